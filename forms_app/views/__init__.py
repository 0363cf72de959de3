"""Admin viewsets of the records, one module per idea; registered in forms_app/wagtail_hooks.py."""
