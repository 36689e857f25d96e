from django.apps import AppConfig


class CompetencyConfig(AppConfig):
    name = "cetrack.competency"
    label = "competency"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Competency assessment"

    def ready(self) -> None:
        from cetrack.competency.binder import register

        register()  # competency records join each site's inspection binder
