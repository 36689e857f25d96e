from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "cetrack.records"
    label = "records"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cetrack.records import state

        state.connect()  # any change to a person's data changes their state token
