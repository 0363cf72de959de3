"""The background task that brings Wagtail's reference index up to date after a spreadsheet import
(its own module: the import service enqueues it and the job tasks run the service)."""

from django.apps import apps
from django.db import transaction
from django_tasks import task
from wagtail.models import ReferenceIndex


@task()
def update_references(app_label: str, model_name: str, pks: list) -> None:
    """Bring Wagtail's reference index (the 'usage' views) up to date for the imported rows."""
    model = apps.get_model(app_label, model_name)
    if not ReferenceIndex.is_indexed(model):
        return
    for start in range(0, len(pks), 500):
        with transaction.atomic():
            for obj in model.objects.filter(pk__in=pks[start:start + 500]):
                ReferenceIndex.create_or_update_for_object(obj)
