"""Exports, imports and the calendar feed. Other pages link to these names."""

from django.urls import path

from cetrack.records import build_views
from cetrack.records import export_views as views

urlpatterns = [
    path("export/", views.exports_page, name="exports"),
    path("export/ledger.toml", views.ledger_export, name="ledger-export"),
    path("export/activities.csv", views.activities_csv, name="activities-csv"),
    path("import/", views.ledger_import, name="ledger-import"),
    path("credentials/<int:pk>/transcript.pdf", views.transcript_pdf, name="transcript"),
    path("credentials/<int:pk>/audit-packet.zip", views.audit_packet_zip, name="audit-packet"),
    path("calendar/<str:token>.ics", views.calendar_ics, name="calendar-ics"),
    # transcripts and audit packets too large to make while the person waits (records.builds)
    path("export/prepared/<int:pk>/", build_views.build_page, name="export-build"),
    path(
        "export/prepared/<int:pk>/download",
        build_views.build_download,
        name="export-build-download",
    ),
]
