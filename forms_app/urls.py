from django.urls import include, path

app_name = "forms_app"
urlpatterns = [
    # Printing (PDF) views live in forms_app.printing; the records' own admin lives in wagtail_hooks.
    path("print/", include("forms_app.printing.urls")),
]
