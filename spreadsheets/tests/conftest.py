import pytest

from forms_app.tests import factories


@pytest.fixture
def world(db):
    return factories.world()


@pytest.fixture(autouse=True)
def _own_import_dir(settings, tmp_path):
    # Each test keeps its pending uploads apart: several test runs may share this working tree.
    settings.JOB_FILES_DIR = tmp_path / "job-files"
