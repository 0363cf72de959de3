from django.urls import path

from versions import views

app_name = "versions"
urlpatterns = [
    path("<int:page_id>/", views.history, name="history"),
    path("<int:page_id>/<int:number>/", views.detail, name="detail"),
    path("<int:page_id>/on/", views.on_date, name="on_date"),
    path("<int:page_id>/compare/", views.compare, name="compare"),
    path("<int:page_id>/compare.pdf", views.compare_pdf, name="compare_pdf"),
]
