import shutil

import pytest

from forms_app.spreadsheets import jobs
from forms_app.tests import factories


@pytest.fixture
def world(db):
    return factories.world()


@pytest.fixture(autouse=True)
def _clean_imports():
    yield
    shutil.rmtree(jobs.root(), ignore_errors=True)
