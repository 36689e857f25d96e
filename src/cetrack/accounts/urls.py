from django.urls import path

from cetrack.accounts import views

urlpatterns = [
    path("settings/", views.settings_page, name="settings"),
    path("settings/tokens/", views.create_token, name="token-create"),
    path("settings/tokens/<int:pk>/revoke/", views.revoke_token, name="token-revoke"),
    path("settings/calendar/", views.calendar_feed, name="calendar-feed"),
]
