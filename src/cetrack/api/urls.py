# The JSON API (django-ninja) is mounted here.
urlpatterns: list = []
