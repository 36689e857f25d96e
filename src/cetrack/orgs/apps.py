from django.apps import AppConfig


class OrgsConfig(AppConfig):
    name = "cetrack.orgs"
    label = "orgs"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Organisations"

    def ready(self) -> None:
        from cetrack.orgs import signals  # noqa: F401  (refreshes compliance snapshots)
