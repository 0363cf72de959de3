app_name = "forms_app"
urlpatterns = []
