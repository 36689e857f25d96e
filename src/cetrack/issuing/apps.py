from django.apps import AppConfig


class IssuingConfig(AppConfig):
    name = "cetrack.issuing"
    label = "issuing"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Certificates"

    def ready(self) -> None:
        from cetrack.core.issuing.trust import register
        from cetrack.issuing.keystore import database_resolver, database_status_lists

        register(database_resolver, database_status_lists)
