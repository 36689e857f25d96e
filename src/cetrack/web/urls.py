from allauth.account.decorators import secure_admin_login
from allauth.account.views import SignupView
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from cetrack.accounts.forms import SignupForm


def health(request: HttpRequest) -> HttpResponse:
    """A trivial view: the framework's floor in bench/web.py, and a liveness probe."""
    return HttpResponse("ok", content_type="text/plain")


# The admin site signs in through the site's login (its rate limits, back-off and two-factor
# step) instead of a password form of its own.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

urlpatterns = [
    path("health/", health, name="health"),
    # Sign-up asks for the name as on the licence (accounts.forms); the rest is allauth's.
    path(
        "accounts/signup/",
        SignupView.as_view(form_class=SignupForm),
        name="account_signup",
    ),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("api/", include("cetrack.api.urls")),
    path("", include("cetrack.records.export_urls")),
    path("", include("cetrack.accounts.urls")),
    path("", include("cetrack.records.urls")),
    path("", include("cetrack.capture.urls")),
    path("", include("cetrack.planning.urls")),
    path("", include("cetrack.issuing.urls")),
    path("", include("cetrack.orgs.urls")),
    path("", include("cetrack.inservice.urls")),
    path("", include("cetrack.competency.urls")),
    path("", include("cetrack.funding.urls")),
    path("", include("cetrack.reminders.urls")),
]
