import pytest
from django.contrib.auth import get_user_model


@pytest.fixture(autouse=True)
def _job_dir(settings, tmp_path):
    settings.JOB_FILES_DIR = tmp_path / "job-files"


@pytest.fixture
def users(demo):
    User = get_user_model()
    return {u.username: u for u in User.objects.filter(username__in=["admin", "staff", "head", "village_a", "village_b"])}
