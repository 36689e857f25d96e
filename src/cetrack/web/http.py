"""Request types for views behind @login_required, so `request.user` is our User."""

from django.http import HttpRequest

from cetrack.accounts.models import User


class AuthedRequest(HttpRequest):
    user: User
