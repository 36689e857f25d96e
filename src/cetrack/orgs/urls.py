"""Organisation pages. Every route under orgs/<int:org_id>/ is wrapped in `org_view` (see
cetrack.orgs.access); other apps add their own organisation routes under the same prefix."""

from django.urls import path

from cetrack.orgs import team_views, views

urlpatterns = [
    path("orgs/", views.my_organisations, name="orgs"),
    path("orgs/new/", views.create_organisation, name="org-create"),
    path("orgs/join/<str:token>/", views.join, name="org-join"),
    path("orgs/access-log/", views.access_log, name="org-access-log"),
    path("orgs/<int:org_id>/", views.org_home, name="org-home"),
    path("orgs/<int:org_id>/consent/", views.consent, name="org-consent"),
    path("orgs/<int:org_id>/leave/", views.leave, name="org-leave"),
    path("orgs/<int:org_id>/members/", views.members, name="org-members"),
    path(
        "orgs/<int:org_id>/members/<int:membership_id>/edit/",
        views.member_edit,
        name="org-member-edit",
    ),
    path(
        "orgs/<int:org_id>/members/<int:membership_id>/remove/",
        views.member_remove,
        name="org-member-remove",
    ),
    path("orgs/<int:org_id>/invite/", views.invite, name="org-invite"),
    path(
        "orgs/<int:org_id>/invitations/<int:invitation_id>/revoke/",
        views.invitation_revoke,
        name="org-invitation-revoke",
    ),
    path("orgs/<int:org_id>/settings/", views.org_settings, name="org-settings"),
    path("orgs/<int:org_id>/history/", views.history, name="org-history"),
    path("orgs/<int:org_id>/compliance/", team_views.compliance, name="org-compliance"),
    path("orgs/<int:org_id>/compliance.csv", team_views.compliance_csv, name="org-compliance-csv"),
    path("orgs/<int:org_id>/licences/", team_views.licence_list, name="org-licences"),
    path(
        "orgs/<int:org_id>/members/<int:membership_id>/",
        team_views.member_page,
        name="org-member",
    ),
    path(
        "orgs/<int:org_id>/members/<int:membership_id>/credentials/<int:credential_id>/",
        team_views.member_credential,
        name="org-member-credential",
    ),
    path("orgs/<int:org_id>/binders/", team_views.binder_list, name="org-binders"),
    path(
        "orgs/<int:org_id>/sites/<int:site_id>/binder/",
        team_views.binder_request,
        name="org-binder-request",
    ),
    path(
        "orgs/<int:org_id>/binders/<int:binder_id>/download/",
        team_views.binder_download,
        name="org-binder-download",
    ),
]
