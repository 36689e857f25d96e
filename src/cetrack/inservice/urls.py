"""In-service pages: organisation routes under orgs/<int:org_id>/inservice/ (each wrapped in
`org_view`), and a member's own pages under inservice/."""

from django.urls import path

from cetrack.inservice import member_views, views

ORG = "orgs/<int:org_id>/inservice/"
SESSION = ORG + "<int:session_id>/"

urlpatterns = [
    path("inservice/", member_views.home, name="inservice-home"),
    path("inservice/checkin/", member_views.checkin, name="inservice-checkin"),
    path(
        "inservice/notices/<int:pk>/dismiss/",
        member_views.notice_dismiss,
        name="inservice-notice-dismiss",
    ),
    path(
        "inservice/involvement/<int:activity_id>/confirm/",
        member_views.involvement_request,
        name="inservice-involvement-request",
    ),
    path(ORG, views.sessions, name="inservice-sessions"),
    path(ORG + "new/", views.session_new, name="inservice-session-new"),
    path(ORG + "confirmations/", member_views.confirmations, name="inservice-confirmations"),
    path(
        ORG + "confirmations/<int:pk>/",
        member_views.confirmation_decide,
        name="inservice-confirmation-decide",
    ),
    path(SESSION, views.session_detail, name="inservice-session"),
    path(SESSION + "edit/", views.session_edit, name="inservice-session-edit"),
    path(SESSION + "code/", views.session_code, name="inservice-session-code"),
    path(SESSION + "cancel/", views.session_cancel, name="inservice-session-cancel"),
    path(SESSION + "roster/", views.session_roster, name="inservice-session-roster"),
    path(SESSION + "issue/", views.session_issue, name="inservice-session-issue"),
    path(
        SESSION + "attendees/<int:user_id>/revoke/",
        views.attendance_revoke,
        name="inservice-attendance-revoke",
    ),
    path(SESSION + "register/", views.session_register, name="inservice-session-register"),
    path(SESSION + "checkout/", views.session_checkout, name="inservice-session-checkout"),
    path(SESSION + "test/", views.session_test, name="inservice-session-test"),
    path(SESSION + "questions/", views.session_questions, name="inservice-session-questions"),
    path(SESSION + "materials/", views.material_upload, name="inservice-material-upload"),
    path(
        SESSION + "materials/<int:material_id>/",
        views.material_file,
        name="inservice-material",
    ),
    path(
        SESSION + "materials/<int:material_id>/remove/",
        views.material_remove,
        name="inservice-material-remove",
    ),
]
