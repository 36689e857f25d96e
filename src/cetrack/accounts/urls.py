from django.urls import path

from cetrack.accounts import data_views, mfa, views

urlpatterns = [
    path("settings/", views.settings_page, name="settings"),
    path("settings/tokens/", views.create_token, name="token-create"),
    path("settings/tokens/<int:pk>/revoke/", views.revoke_token, name="token-revoke"),
    path("settings/calendar/", views.calendar_feed, name="calendar-feed"),
    path("settings/two-factor/", mfa.two_factor_required, name="two-factor-required"),
    path("account/export.zip", data_views.account_export, name="account-export"),
    path("account/import/", data_views.account_import, name="account-import"),
    path("account/delete/", data_views.delete_account, name="account-delete"),
]
