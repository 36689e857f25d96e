from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "cetrack.jobs"
    label = "jobs"
    verbose_name = "Background jobs"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.utils.module_loading import autodiscover_modules

        from cetrack.jobs import tasks  # noqa: F401  (registers the huey tasks)

        # Each app's `jobs` module registers its job handlers and periodic tasks.
        autodiscover_modules("jobs")
