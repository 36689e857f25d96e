from django.urls import path

from cetrack.accounts import mfa, views

urlpatterns = [
    path("settings/", views.settings_page, name="settings"),
    path("settings/tokens/", views.create_token, name="token-create"),
    path("settings/tokens/<int:pk>/revoke/", views.revoke_token, name="token-revoke"),
    path("settings/calendar/", views.calendar_feed, name="calendar-feed"),
    path("settings/two-factor/", mfa.two_factor_required, name="two-factor-required"),
]
