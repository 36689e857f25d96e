from django.apps import AppConfig


class PlanningConfig(AppConfig):
    name = "cetrack.planning"
    label = "planning"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Planning: catalogue, plans and pathways"
