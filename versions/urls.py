from django.urls import include, path

from versions import views

app_name = "versions"
urlpatterns = [
    path("<int:page_id>/", include([
        path("", views.history, name="history"),
        path("<int:number>/", views.detail, name="detail"),
        path("on/", views.on_date, name="on_date"),
        path("compare/", views.compare, name="compare"),
        path("compare.pdf", views.compare_pdf, name="compare_pdf"),
    ])),
]
