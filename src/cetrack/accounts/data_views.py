"""The person's data: the account export (download), its import into an empty account, and
account deletion with its grace period. Thin views over data_export, data_import, deletion."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from cetrack.accounts import data_export, data_import, deletion
from cetrack.web.http import AuthedRequest
from cetrack.web.throttle import body_limit


class AccountImportForm(forms.Form):
    export = forms.FileField(
        label="Account export (.zip)",
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )


class DeleteForm(forms.Form):
    password = forms.CharField(label="Your password", widget=forms.PasswordInput, strip=False)
    confirm = forms.BooleanField(
        label="I understand that my records, files, plan and history will be deleted"
    )


@login_required
def account_export(request: AuthedRequest) -> FileResponse:
    stream, _ = data_export.account_export(request.user)
    response = FileResponse(
        stream,
        as_attachment=True,
        filename=data_export.export_filename(request.user),
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
@body_limit(lambda: settings.MAX_REQUEST_BYTES)
def account_import(request: AuthedRequest) -> HttpResponse:
    form = AccountImportForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "Choose the account export (.zip) to import.")
        return redirect("exports")
    report = data_import.import_account(request.user, form.cleaned_data["export"])
    if not report.ok:
        return render(
            request,
            "accounts/import_refused.html",
            {"problems": report.problems, "name": form.cleaned_data["export"].name},
            status=400,
        )
    n = report.counts
    messages.success(
        request,
        f"Imported {n.get('credential', 0)} credentials, {n.get('activity', 0)} activities, "
        f"{n.get('certificate', 0)} certificate files, {n.get('planned-item', 0)} planned "
        f"items and {n.get('upload', 0)} uploads, with their history.",
    )
    return redirect("dashboard")


@login_required
def delete_account(request: AuthedRequest) -> HttpResponse:
    user = request.user
    form = DeleteForm(request.POST or None)
    refused = deletion.blockers(user)
    if request.method == "POST" and form.is_valid() and not refused:
        if not user.check_password(form.cleaned_data["password"]):
            form.add_error("password", "That is not your password.")
        else:
            refused = deletion.request_deletion(user)
            if not refused:
                when = timezone.localtime(user.delete_after)
                logout(request)
                return render(request, "accounts/deletion_scheduled.html", {"when": when})
    return render(
        request,
        "accounts/delete.html",
        {
            "form": form,
            "blockers": refused,
            "grace_days": deletion.grace().days,
        },
        status=400 if request.method == "POST" else 200,
    )
