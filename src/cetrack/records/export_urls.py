# Exports, imports and the calendar feed are mounted here (being built).
from django.http import HttpRequest, HttpResponse
from django.urls import path


def _pending(request: HttpRequest, **kwargs: object) -> HttpResponse:
    return HttpResponse("not built yet", status=501)


urlpatterns = [
    path("export/", _pending, name="exports"),
    path("credentials/<int:pk>/transcript.pdf", _pending, name="transcript"),
    path("credentials/<int:pk>/audit-packet.zip", _pending, name="audit-packet"),
    path("calendar/<str:token>.ics", _pending, name="calendar-ics"),
]
