from django.urls import path

from cetrack.reminders import views

urlpatterns = [
    path("settings/reminders/", views.save_settings, name="reminders-settings"),
    path("reminders/unsubscribe/<str:token>/", views.unsubscribe, name="reminders-unsubscribe"),
]
