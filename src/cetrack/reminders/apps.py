from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "cetrack.reminders"
    label = "reminders"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Reminders"
