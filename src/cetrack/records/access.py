"""The one way to reach a user's records: every view and API call goes through these helpers.

Each `get_*_for_user` returns the object only when the user owns it, and raises Http404
otherwise — an outsider cannot even learn that the object exists. When organisations arrive,
sharing rules are added here and nowhere else.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from cetrack.records.models import Activity, Certificate, Credential


def credentials_for(user: Any) -> QuerySet[Credential]:
    return Credential.objects.filter(owner=user, deleted_at__isnull=True)


def activities_for(user: Any) -> QuerySet[Activity]:
    return Activity.objects.filter(owner=user, deleted_at__isnull=True)


def counted_activities_for(user: Any) -> QuerySet[Activity]:
    """The activities every evaluation sees: the live ones the user has not hidden."""
    return activities_for(user).filter(hidden_at__isnull=True)


def certificates_for(user: Any) -> QuerySet[Certificate]:
    return Certificate.objects.filter(
        owner=user, deleted_at__isnull=True, activity__deleted_at__isnull=True
    ).select_related("blob")


def get_owned(queryset: QuerySet[Any], pk: Any) -> Any:
    try:
        return queryset.get(pk=int(pk))
    except (ValueError, TypeError, OverflowError, queryset.model.DoesNotExist):
        raise Http404("no such record") from None


def get_credential_for_user(user: Any, pk: Any, *, include_deleted: bool = False) -> Credential:
    queryset = Credential.objects.filter(owner=user) if include_deleted else credentials_for(user)
    return get_owned(queryset, pk)  # type: ignore[no-any-return]


def get_activity_for_user(user: Any, pk: Any, *, include_deleted: bool = False) -> Activity:
    queryset = Activity.objects.filter(owner=user) if include_deleted else activities_for(user)
    return get_owned(queryset, pk)  # type: ignore[no-any-return]


def get_certificate_for_user(user: Any, pk: Any) -> Certificate:
    return get_owned(certificates_for(user), pk)  # type: ignore[no-any-return]
