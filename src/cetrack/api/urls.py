"""The JSON API at /api/ (web/urls.py includes this), its OpenAPI docs at /api/docs."""

from django.urls import path

from cetrack.api.api import api

urlpatterns = [path("", api.urls)]
