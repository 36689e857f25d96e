"""Upload certificates, transcripts and badges; review each draft beside its file; confirm.

Each view: who (login), which object (an access helper), one service or job call, render.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cetrack.capture import jobs, services
from cetrack.capture.access import (
    batches_for,
    drafts_for,
    get_batch_for_user,
    get_draft_for_user,
    get_file_for_user,
    get_preset_for_user,
    presets_for,
)
from cetrack.capture.mapping import columns_for, mapping_from_post
from cetrack.capture.models import Batch, ColumnPreset, Draft, UploadedFile
from cetrack.capture.pages import SHOWN_AS_PAGES, PageView, page_views
from cetrack.capture.review import (
    draft_entry,
    flag_fields,
    initial_for,
    read_from,
    suggest_topics,
)
from cetrack.core.capture.draft import CaptureError
from cetrack.core.capture.pages import page_image
from cetrack.core.capture.tabular import MappingError
from cetrack.core.names import human_problem
from cetrack.records import evidence
from cetrack.records.access import get_activity_for_user
from cetrack.records.forms import ActivityForm
from cetrack.web.http import AuthedRequest

ACCEPT = ".pdf,.png,.jpg,.jpeg,.csv,.txt,.xlsx,.xls,.json,.xml,.zip"
MAX_FILES = 100


@login_required
def upload(request: AuthedRequest) -> HttpResponse:
    problem = None
    if request.method == "POST":
        files = request.FILES.getlist("files")
        if not files:
            problem = "Choose one or more files (or a ZIP)."
        elif len(files) > MAX_FILES:
            problem = f"At most {MAX_FILES} files at once; a ZIP can hold up to 500."
        else:
            with transaction.atomic():
                batch = Batch.objects.create(owner=request.user)
                for item in files:
                    content = item.read(settings.MAX_UPLOAD_BYTES + 1)
                    jobs.store_upload(request.user, batch, item.name or "upload", content)
                jobs.start(batch)
            return redirect("capture-batch", pk=batch.pk)
    recent = batches_for(request.user).annotate(
        file_count=Count("files", distinct=True),
        pending=Count("files__drafts", filter=Q(files__drafts__state="pending"), distinct=True),
    )[:10]
    return render(
        request,
        "capture/upload.html",
        {"problem": problem, "accept": ACCEPT, "recent": recent, "max_files": MAX_FILES},
        status=400 if problem else 200,
    )


def _batch_context(batch: Batch) -> dict[str, Any]:
    files = list(batch.files.prefetch_related("drafts").select_related("blob"))
    total = len(files)
    finished = sum(
        f.status in (UploadedFile.Status.READ, UploadedFile.Status.FAILED) for f in files
    )
    pending = [d for f in files for d in f.drafts.all() if d.state == Draft.State.PENDING]
    for upload in files:  # the column-mapping step, once reading is over
        upload.table = None if finished < total else columns_for(upload)  # type: ignore[attr-defined]
    return {
        "batch": batch,
        "files": files,
        "total": total,
        "finished": finished,
        "running": finished < total,
        "percent": 100 * finished // total if total else 100,
        "next_draft": pending[0] if pending else None,
        "pending": len(pending),
    }


@login_required
def batch_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    batch = get_batch_for_user(request.user, pk)
    context = _batch_context(batch)  # read only: polled every second while files are read
    context["presets"] = list(presets_for(request.user))
    template = "capture/_batch.html" if request.headers.get("HX-Request") else "capture/batch.html"
    return render(request, template, context)


@login_required
def file_content(request: AuthedRequest, pk: int) -> FileResponse:
    upload = get_file_for_user(request.user, pk)
    if upload.blob is None:
        raise Http404("this file was not kept")
    response = FileResponse(
        evidence.open_file(upload.blob),
        content_type=upload.blob.content_type,
        filename=upload.original_name,
    )
    # Shown inline beside the review form, never run as a page of this site.
    response["Content-Disposition"] = response["Content-Disposition"].replace(
        "attachment", "inline"
    )
    # Only this site may frame it. Images also get a CSP that forbids everything else; PDFs
    # cannot (browsers refuse to show a PDF under a `sandbox` policy), and they are served
    # only after their bytes were checked to be a PDF, with nosniff.
    policy = "frame-ancestors 'self'"
    if upload.blob.content_type != "application/pdf":
        policy = f"sandbox; default-src 'none'; {policy}"
    response["Content-Security-Policy"] = policy
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def file_page(request: AuthedRequest, pk: int, number: int) -> HttpResponse:
    """Page `number` of an uploaded certificate as an image, as the reader saw it."""
    upload = get_file_for_user(request.user, pk)
    if upload.blob is None or upload.content_type not in SHOWN_AS_PAGES:
        raise Http404("this file has no pages to show")
    scanned = (
        upload.content_type != "application/pdf" or upload.drafts.filter(origin="ocr").exists()
    )
    image = page_image(
        evidence.read(upload.blob), number, scanned=scanned, limits=evidence.limits()
    )
    if isinstance(image, CaptureError):
        raise Http404(image.message)
    response = HttpResponse(image, content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _pages(draft: Draft) -> list[PageView]:
    """The pages to show beside the form, from where the draft's fields were read (the file
    is not opened: its page images are fetched by the browser)."""
    return page_views(draft, draft.file)


def _review_page(
    request: AuthedRequest, draft: Draft, form: ActivityForm, status: int = 200, **extra: Any
) -> HttpResponse:
    flagged = flag_fields(form, draft)
    suggest_topics(form, draft)
    siblings = list(
        drafts_for(request.user)
        .filter(file__batch_id=draft.file.batch_id, state=Draft.State.PENDING)
        .exclude(pk=draft.pk)
        .values_list("pk", flat=True)[:1]
    )
    context = {
        "draft": draft,
        "upload": draft.file,
        "form": form,
        "flagged": flagged,
        "read_from": read_from(draft),
        "next_pk": siblings[0] if siblings else None,
        "shows_file": draft.file.blob is not None
        and draft.file.content_type in ("application/pdf", "image/png", "image/jpeg"),
        "pages": _pages(draft),
        **extra,
    }
    return render(request, "capture/review.html", context, status=status)


@login_required
def review(request: AuthedRequest, pk: int) -> HttpResponse:
    draft = get_draft_for_user(request.user, pk)
    initial = initial_for(draft, request.user.name)
    if request.method != "POST" or draft.state != Draft.State.PENDING:
        repeats = []
        if draft.state == Draft.State.PENDING:  # say so before the person retypes anything
            repeats = services.repeats_of(request.user, draft_entry(draft))
        return _review_page(request, draft, ActivityForm(initial=initial), repeats=repeats)
    form = ActivityForm(request.POST, initial=initial)
    if not form.is_valid():
        return _review_page(request, draft, form, status=400)
    entry = form.entry()
    if not request.POST.get("keep_both"):
        repeats = services.repeats_of(request.user, entry)
        if repeats:
            return _review_page(request, draft, form, status=409, repeats=repeats)
    outcome = services.confirm(request.user, draft, entry)
    if not outcome.ok:
        form.show_problems(outcome.problems)
        return _review_page(request, draft, form, status=400)
    messages.success(request, f"Added “{outcome.saved.title}”.")
    return _after_decision(request, draft)


def _after_decision(request: AuthedRequest, draft: Draft) -> HttpResponse:
    following = (
        drafts_for(request.user)
        .filter(file__batch_id=draft.file.batch_id, state=Draft.State.PENDING)
        .values_list("pk", flat=True)
        .first()
    )
    if following is not None:
        return redirect("capture-review", pk=following)
    return redirect("capture-batch", pk=draft.file.batch_id)


@login_required
@require_POST
def merge(request: AuthedRequest, pk: int, activity_pk: int) -> HttpResponse:
    draft = get_draft_for_user(request.user, pk)
    activity = get_activity_for_user(request.user, activity_pk)
    form = ActivityForm(request.POST, initial=initial_for(draft, request.user.name))
    # A merge keeps the activity's own accreditation: it only adds the file and documentation.
    form.fields["accreditation"].required = False
    if draft.state != Draft.State.PENDING or not form.is_valid():
        return _review_page(request, draft, form, status=400)
    outcome = services.merge(request.user, draft, activity, form.entry())
    if not outcome.ok:
        form.show_problems(outcome.problems)
        return _review_page(request, draft, form, status=400)
    messages.success(request, f"Merged into “{activity.title}”; the file is linked to it.")
    return _after_decision(request, draft)


@login_required
@require_POST
def discard(request: AuthedRequest, pk: int) -> HttpResponse:
    draft = get_draft_for_user(request.user, pk)
    if draft.state == Draft.State.PENDING:
        services.discard(request.user, draft)
        messages.info(request, "Discarded. Undo from the upload page.")
    return _after_decision(request, draft)


@login_required
@require_POST
def undo(request: AuthedRequest, pk: int) -> HttpResponse:
    draft = get_draft_for_user(request.user, pk)
    if draft.state != Draft.State.PENDING:
        services.undo(request.user, draft)
        messages.info(request, "Undone: the draft is back for review.")
    return redirect("capture-batch", pk=draft.file.batch_id)


@login_required
@require_POST
def columns(request: AuthedRequest, pk: int) -> HttpResponse:
    """Re-reads a transcript with the chosen column mapping, optionally saved as a preset."""
    upload = get_file_for_user(request.user, pk)
    preset_pk = request.POST.get("preset")
    if preset_pk:
        mapping_text = get_preset_for_user(request.user, preset_pk).mapping
    else:
        try:
            mapping_text = mapping_from_post(request.POST)
        except MappingError as error:
            # The core names mapping keys (columns.completed_on); the page says them in words.
            messages.error(request, f"{upload.original_name}: {human_problem(str(error))}")
            return redirect("capture-batch", pk=upload.batch_id)
        name = request.POST.get("save_as", "").strip()[:100]
        if name:
            ColumnPreset.objects.update_or_create(
                owner=request.user, name=name, defaults={"mapping": mapping_text}
            )
    with transaction.atomic():
        upload.columns = mapping_text
        upload.status = UploadedFile.Status.QUEUED
        upload.save(update_fields=["columns", "status"])
        jobs.start(upload.batch)
    return redirect("capture-batch", pk=upload.batch_id)
