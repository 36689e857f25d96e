from django.apps import AppConfig


class FundingConfig(AppConfig):
    name = "cetrack.funding"
    label = "funding"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "CE funding"
