from django.apps import AppConfig


class InserviceConfig(AppConfig):
    name = "cetrack.inservice"
    label = "inservice"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "In-service sessions"
