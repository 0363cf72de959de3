from django.urls import path

from . import views

app_name = "printing"
urlpatterns = [
    path("blank/notice.pdf", views.blank_notice, name="blank_notice"),
    path("blank/registration.pdf", views.blank_registration, name="blank_registration"),
    path("notices/<int:pk>.pdf", views.notice_pdf, name="notice"),
    path("registrations/<int:pk>.pdf", views.registration_pdf, name="registration"),
    path("assistants/roster.pdf", views.roster_pdf, name="roster"),
    path("jobs/<uuid:job_id>/", views.job_status, name="job_status"),
    path("jobs/<uuid:job_id>/notices.pdf", views.job_download, name="job_download"),
    path("jobs/<uuid:job_id>/retry/", views.job_retry, name="job_retry"),
]
