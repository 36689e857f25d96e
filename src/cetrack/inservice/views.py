"""Organisation pages for in-service sessions, under /orgs/<org_id>/inservice/.

Every view goes through `org_view` (404 for non-members, 403 for a role that may not), finds
the session within that organisation (`access.get_session`), makes one service call and
renders. Educators are the roles in `cetrack.orgs.access.EDUCATORS`.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from cetrack.core import inservice as core
from cetrack.inservice import access, issue, presenters, services
from cetrack.inservice.forms import (
    CancelForm,
    MaterialForm,
    NewSessionForm,
    QuestionsForm,
    SessionForm,
)
from cetrack.inservice.jobs import issue_or_queue
from cetrack.orgs.access import EDUCATORS, members_visible_to, org_view
from cetrack.records import evidence
from cetrack.web.http import AuthedRequest


def _show(form: Any, problems: list[tuple[str | None, str]]) -> None:
    for key, message in problems:
        form.add_error(key if key in form.fields else None, message)


@org_view()
def sessions(request: AuthedRequest, membership: Any) -> HttpResponse:
    now = timezone.now()
    rows = access.sessions_of(membership).select_related("series")
    return render(
        request,
        "inservice/sessions.html",
        {
            "org": membership.organisation,
            "membership": membership,
            "is_educator": membership.role in EDUCATORS,
            "upcoming": list(rows.filter(ends_at__gte=now)),
            "past": list(rows.filter(ends_at__lt=now).order_by("-starts_at")[:50]),
        },
    )


@org_view(*EDUCATORS)
def session_new(request: AuthedRequest, membership: Any) -> HttpResponse:
    form = NewSessionForm(request.POST or None, initial={"kind": "in-service"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = services.create_session(
            membership,
            form.facts(),
            form.extra(),
            every=data.get("repeat") or "",
            count=data.get("occurrences") or 1,
        )
        if outcome.ok:
            first = outcome.saved
            count = first.series.count if first.series else 1
            messages.success(
                request,
                f"Created “{first.title}”" + (f" and {count - 1} more" if count > 1 else ""),
            )
            return redirect("inservice-session", membership.organisation_id, first.pk)
        _show(form, outcome.problems)
    return render(
        request,
        "inservice/session_form.html",
        {"form": form, "org": membership.organisation, "session": None},
    )


@org_view(*EDUCATORS)
def session_edit(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    form = SessionForm(request.POST or None, initial=SessionForm.initial_for(session))
    if request.method == "POST" and form.is_valid():
        outcome = services.update_session(membership, session, form.facts(), form.extra())
        if outcome.ok:
            result = outcome.saved
            summary = result["corrected"]
            if summary is not None:
                messages.success(request, presenters.issue_message(summary, corrected=True))
            elif result["moved"]:
                messages.success(request, "Saved; everyone registered was told of the new time.")
            else:
                messages.success(request, "Saved.")
            return redirect("inservice-session", membership.organisation_id, session.pk)
        _show(form, outcome.problems)
    return render(
        request,
        "inservice/session_form.html",
        {"form": form, "org": membership.organisation, "session": session},
    )


@org_view()
def session_detail(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    mine = access.attendance_of(request.user, session)
    educator = membership.role in EDUCATORS
    context: dict[str, Any] = {
        "org": membership.organisation,
        "membership": membership,
        "session": session,
        "facts": presenters.session_facts(session),
        "mine": presenters.my_attendance(mine, session),
        "materials": session.materials.filter(deleted_at__isnull=True),
        "online_open": services.online_open(session),
        "is_educator": educator,
        "now": timezone.now(),
    }
    if educator:
        members = members_visible_to(request.user, membership.organisation)
        context.update(
            roster=presenters.roster(session, members),
            checkin_url=presenters.checkin_url(request, session),
            material_form=MaterialForm(),
            cancel_form=CancelForm(),
            started=timezone.now() >= session.starts_at,
        )
    return render(request, "inservice/session_detail.html", context)


@org_view(*EDUCATORS)
def session_code(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    """The check-in screen for the room: the code in large type and its QR code."""
    session = access.get_session(membership, session_id)
    url = presenters.checkin_url(request, session)
    opens, closes = core.checkin_window(session.starts_at, session.ends_at)
    return render(
        request,
        "inservice/code.html",
        {
            "org": membership.organisation,
            "session": session,
            "code": presenters.spaced_code(session.checkin_code),
            "url": url,
            "qr": presenters.qr_svg(url),
            "opens": opens,
            "closes": closes,
        },
    )


@org_view(*EDUCATORS)
@require_POST
def session_cancel(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    outcome = services.cancel_session(membership, session, reason)
    if outcome.ok:
        messages.info(request, f"Cancelled “{session.title}”; everyone registered was told.")
    else:
        messages.error(request, outcome.problems[0][1])
    return redirect("inservice-session", membership.organisation_id, session.pk)


@org_view(*EDUCATORS)
@require_POST
def session_roster(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    parsed = presenters.read_roster(request.POST)
    if isinstance(parsed, str):
        messages.error(request, parsed)
        return redirect("inservice-session", membership.organisation_id, session.pk)
    present, absent = parsed
    outcome = services.mark_roster(membership, session, present, absent)
    if outcome.ok:
        messages.success(request, f"Roster saved: {len(present)} present.")
    else:
        messages.error(request, outcome.problems[0][1])
    return redirect("inservice-session", membership.organisation_id, session.pk)


@org_view(*EDUCATORS)
@require_POST
def session_issue(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    summary, queued = issue_or_queue(request.user, session)
    if summary is None:
        messages.success(
            request,
            f"Issuing {queued} certificates in the background: they appear here, and in each "
            "attendee's records, as they are made.",
        )
    elif summary.problems and not (summary.issued or summary.corrected):
        messages.error(request, "; ".join(summary.problems))
    else:
        messages.success(request, presenters.issue_message(summary))
    return redirect("inservice-session", membership.organisation_id, session.pk)


@org_view(*EDUCATORS)
@require_POST
def attendance_revoke(
    request: AuthedRequest, membership: Any, session_id: int, user_id: int
) -> HttpResponse:
    """Revoke one attendee's certificate (with a reason) and take back the issued activity."""
    session = access.get_session(membership, session_id)
    row = session.attendances.select_related("user").filter(user_id=user_id).first()
    if row is None or row.credential_id is None:
        messages.error(request, "That person has no certificate for this session.")
    else:
        reason = " ".join(request.POST.get("reason", "").split())[:200] or "revoked by the educator"
        issue.withdraw(membership, row, reason)
        messages.info(request, f"Revoked the certificate of {row.user.name or row.user.email}.")
    return redirect("inservice-session", membership.organisation_id, session.pk)


@org_view()
@require_POST
def session_register(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    outcome = services.register(request.user, session)
    if outcome.ok:
        messages.success(request, f"You are registered for “{session.title}”.")
    else:
        messages.error(request, outcome.problems[0][1])
    return redirect("inservice-session", membership.organisation_id, session.pk)


@org_view()
@require_POST
def session_checkout(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    outcome = services.check_out(request.user, session)
    if outcome.ok:
        left = timezone.localtime(outcome.saved.checked_out_at)
        messages.info(request, f"Checked out at {left:%H:%M}; you are credited until then.")
    else:
        messages.error(request, outcome.problems[0][1])
    return redirect("inservice-session", membership.organisation_id, session.pk)


@org_view()
def session_test(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    """Online completion: the materials and the post-test; a pass issues the certificate."""
    session = access.get_session(membership, session_id)
    questions = list(session.questions.all())
    result = None
    if request.method == "POST":
        answers = presenters.read_answers(request.POST, len(questions))
        outcome = services.submit_test(request.user, session, answers)
        if not outcome.ok:
            messages.error(request, outcome.problems[0][1])
        else:
            result = outcome.saved
            if result.passed:
                messages.success(
                    request,
                    f"Passed ({result.correct} of {result.total}). Your certificate is in your "
                    "activities.",
                )
                return redirect("inservice-session", membership.organisation_id, session.pk)
    return render(
        request,
        "inservice/test.html",
        {
            "org": membership.organisation,
            "session": session,
            "questions": questions,
            "open": services.online_open(session),
            "result": result,
            "attempts": session.attempts.filter(user=request.user)[:10],
            "materials": session.materials.filter(deleted_at__isnull=True),
        },
    )


@org_view(*EDUCATORS)
def session_questions(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    initial = {
        "questions": core.questions_text(services.questions_of(session)),
        "pass_mark": session.pass_mark if session.pass_mark is not None else 70,
    }
    form = QuestionsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = services.set_questions(
            membership, session, data["questions"] or "", data["pass_mark"]
        )
        if outcome.ok:
            messages.success(request, "Post-test saved.")
            return redirect("inservice-session", membership.organisation_id, session.pk)
        _show(form, outcome.problems)
    return render(
        request,
        "inservice/questions.html",
        {"form": form, "org": membership.organisation, "session": session},
    )


@org_view(*EDUCATORS)
@require_POST
def material_upload(request: AuthedRequest, membership: Any, session_id: int) -> HttpResponse:
    session = access.get_session(membership, session_id)
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, "Choose a file to add.")
    else:
        content = upload.read(settings.MAX_UPLOAD_BYTES + 1)
        outcome = services.add_material(session, upload.name or "material", content)
        if outcome.ok:
            messages.success(request, f"Added {outcome.saved.original_name}.")
        else:
            messages.error(request, outcome.problems[0][1])
    return redirect("inservice-session", membership.organisation_id, session.pk)


@org_view()
def material_file(
    request: AuthedRequest, membership: Any, session_id: int, material_id: int
) -> Any:  # a FileResponse (streaming), which org_view passes through
    session = access.get_session(membership, session_id)
    material = access.get_material(session, material_id)
    response = FileResponse(
        evidence.open_file(material.blob),
        content_type=material.blob.content_type,
        filename=material.original_name,
    )
    response["Content-Security-Policy"] = "sandbox"
    return response


@org_view(*EDUCATORS)
@require_POST
def material_remove(
    request: AuthedRequest, membership: Any, session_id: int, material_id: int
) -> HttpResponse:
    session = access.get_session(membership, session_id)
    material = access.get_material(session, material_id)
    services.remove_material(material)
    messages.info(request, f"Removed {material.original_name}.")
    return redirect(reverse("inservice-session", args=[membership.organisation_id, session.pk]))
