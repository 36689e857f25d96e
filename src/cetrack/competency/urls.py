"""Competency pages, under orgs/<int:org_id>/competency/ (each wrapped in `org_view`)."""

from django.urls import path

from cetrack.competency import assessment_views as a
from cetrack.competency import views as v

P = "orgs/<int:org_id>/competency/"

urlpatterns = [
    path(P, v.home, name="competency-home"),
    path(P + "sites/<int:site_id>/", v.site_due, name="competency-site"),
    path(P + "sites/<int:site_id>/systems/", v.systems, name="competency-systems"),
    path(P + "sites/<int:site_id>/policy/", v.policy, name="competency-policy"),
    path(P + "systems/<int:system_id>/", v.system, name="competency-system"),
    path(P + "systems/<int:system_id>/assign/", v.assign, name="competency-assign"),
    path(P + "systems/<int:system_id>/change/", v.change, name="competency-change"),
    path(P + "systems/<int:system_id>/retire/", v.retire, name="competency-retire"),
    path(P + "assignments/<int:assignment_id>/end/", v.end_assignment, name="competency-unassign"),
    path(P + "assignments/<int:assignment_id>/assess/", a.start, name="competency-start"),
    path(P + "qualifications/", v.qualifications, name="competency-qualifications"),
    path(
        P + "qualifications/<int:qualification_id>/end/",
        v.end_qualification,
        name="competency-qualification-end",
    ),
    path(P + "assessments/<int:assessment_id>/", a.assessment, name="competency-assessment"),
    path(
        P + "assessments/<int:assessment_id>/elements/<slug:element>/",
        a.element,
        name="competency-element",
    ),
    path(P + "assessments/<int:assessment_id>/date/", a.set_date, name="competency-date"),
    path(P + "assessments/<int:assessment_id>/sign/", a.sign, name="competency-sign"),
    path(P + "assessments/<int:assessment_id>/reopen/", a.reopen, name="competency-reopen"),
    path(
        P + "assessments/<int:assessment_id>/acknowledge/",
        a.acknowledge,
        name="competency-acknowledge",
    ),
    path(P + "assessments/<int:assessment_id>/discard/", a.discard, name="competency-discard"),
    path(
        P + "assessments/<int:assessment_id>/remediation/",
        a.remediation,
        name="competency-remediation",
    ),
    path(
        P + "assessments/<int:assessment_id>/files/<int:file_id>/",
        a.evidence_file,
        name="competency-file",
    ),
    path(
        P + "assessments/<int:assessment_id>/files/<int:file_id>/remove/",
        a.remove_file,
        name="competency-file-remove",
    ),
    path(P + "members/<int:membership_id>/", a.member, name="competency-member"),
    path(
        P + "members/<int:membership_id>/sites/<int:site_id>/record.pdf",
        a.member_pdf,
        name="competency-member-pdf",
    ),
]
