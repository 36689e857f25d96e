from django.apps import AppConfig


class IssuingConfig(AppConfig):
    name = "cetrack.issuing"
    label = "issuing"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Certificates"
