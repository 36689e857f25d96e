"""The team matrix: snapshots that follow a member's records and the date, filters, sorting,
the licence list, the CSV and the inspection binder."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import date, timedelta
from typing import Any

from django.utils import timezone

from cetrack.orgs.compliance import refresh_member, valid_through
from cetrack.orgs.matrix import Filters, filtered_rows, licences, select, team_matrix
from cetrack.orgs.models import AccessLog, BinderExport, ComplianceSnapshot
from cetrack.records import services
from cetrack.records.services import evaluate_for
from tests.web.conftest import make_activity, make_credential, pdf_bytes


def _cell(matrix: Any, name: str, rules: str) -> Any:
    row = next(r for r in matrix.rows if r.name == name)
    return next(c for c in row.cells if c.rules == rules)


def test_a_change_to_the_records_reaches_the_matrix(lab: Any) -> None:
    matrix = team_matrix(lab.org.pk)
    assert matrix.refreshed == 2  # Tess and Ron: first evaluation
    assert _cell(matrix, "Tess Tech", "ascp/MLS").counted == 200
    assert team_matrix(lab.org.pk).refreshed == 0  # nothing changed: read back
    make_activity(
        lab.users["member"], id="more", title="Blood bank update", topics=["blood-banking"], hours=3
    )
    assert ComplianceSnapshot.objects.filter(owner=lab.users["member"], version="").count() == 2
    matrix = team_matrix(lab.org.pk)
    assert matrix.refreshed == 1
    cell = _cell(matrix, "Tess Tech", "ascp/MLS")
    assert (cell.counted, cell.required, cell.missing) == (500, 3600, 3100)
    assert "Blood banking" not in cell.missing_areas and "Chemistry" in cell.missing_areas
    page = lab.client("manager").get(f"/orgs/{lab.org.pk}/compliance/").content.decode()
    assert "5 / 36 points" in page


def test_a_deleted_credential_leaves_the_matrix(lab: Any) -> None:
    team_matrix(lab.org.pk)
    services.delete_credential(lab.users["member2"], lab.records["ron_mls"])
    row = next(r for r in team_matrix(lab.org.pk).rows if r.name == "Ron Runner")
    assert row.cells == ()


def test_snapshot_holds_until_valid_through(lab: Any) -> None:
    """The verdict cannot change before `valid_through` unless the records change; an activity
    dated in the future starts to count the day after."""
    tess = lab.users["member"]
    today = timezone.localdate()
    make_activity(
        tess,
        id="future",
        title="Chemistry week",
        topics=["chemistry"],
        hours=4,
        completed_on=today + timedelta(days=10),
    )
    refresh_member(tess, today)
    snapshot = ComplianceSnapshot.objects.get(credential=lab.records["mls"])
    assert snapshot.valid_through == today + timedelta(days=9)
    for day in (today, today + timedelta(days=5), snapshot.valid_through):
        result = next(c for c in evaluate_for(tess, day).credentials if c.credential.id == "my-mls")
        assert result.progress is not None and result.progress.counted == snapshot.counted
    later = next(
        c
        for c in evaluate_for(tess, today + timedelta(days=10)).credentials
        if c.credential.id == "my-mls"
    )
    assert later.progress is not None and later.progress.counted == snapshot.counted + 400
    # The next day's matrix re-evaluates Tess only.
    assert team_matrix(lab.org.pk, today).refreshed >= 1
    assert team_matrix(lab.org.pk, today + timedelta(days=10)).refreshed == 1


def test_valid_through_after_a_fixed_cycle_end_is_open(lab: Any) -> None:
    tess = lab.users["member"]
    ended = make_credential(tess, id="old", cycle_end=date(2020, 6, 30))
    evaluation = evaluate_for(tess)
    result = next(c for c in evaluation.credentials if c.credential.id == ended.ledger_id)
    assert valid_through(result, [], evaluation.as_of) == date(9999, 12, 31)


def test_filters_and_sorting(lab: Any) -> None:
    carol = lab.users["admin"]
    make_credential(carol, id="soon", cycle_end=timezone.localdate() + timedelta(days=20))
    matrix = team_matrix(lab.org.pk)

    def names(**filters: Any) -> list[str]:
        return [r.name for r in filtered_rows(matrix, Filters(**filters))]

    assert names(site=lab.denver.pk) == ["Ron Runner"]
    assert names(department=lab.hematology.pk) == ["Tess Tech"]
    assert names(role="educator") == ["Ed Educator"]
    assert names(credential="fl/technologist") == ["Tess Tech"]
    assert names(due_within=30) == ["Ada Admin", "Tess Tech"]  # Tess: overdue Florida licence
    assert names(status="not_met", sort="deadline") == ["Tess Tech", "Ada Admin", "Ron Runner"]
    assert names(credential="ascp/MLS", sort="name", descending=True) == [
        "Tess Tech",
        "Ron Runner",
        "Ada Admin",
    ]
    row = filtered_rows(matrix, Filters(credential="ascp/MLS"))[-1]
    assert [c.label for c in row.cells] == ["MLS(ASCP)"]  # other credentials filtered out
    page = select(matrix, Filters(page=2), page_size=2)
    assert (page.number, page.pages, [r.name for r in page.rows]) == (
        2,
        3,
        ["Mona Manager", "Ron Runner"],
    )
    response = lab.client("manager").get(
        f"/orgs/{lab.org.pk}/compliance/?status=not_met&due_within=30&page=x&site=abc"
    )
    assert response.status_code == 200 and "Ada Admin" in response.content.decode()


def test_licence_list(lab: Any) -> None:
    lines = {line.row.name: line for line in licences(team_matrix(lab.org.pk))}
    assert "Ron Runner" not in lines  # Colorado licenses no laboratory staff
    assert lines["Tess Tech"].status == "expired"  # Florida licence cycle ended 2026-08-31
    assert lines["Mona Manager"].status == "missing"
    page = lab.client("manager").get(f"/orgs/{lab.org.pk}/licences/").content.decode()
    assert "Florida clinical laboratory personnel licence" in page
    assert "No licence recorded" in page and "Expired" in page


def test_csv_has_a_line_per_member_and_credential(lab: Any) -> None:
    lab.users["member2"].name = "=HYPERLINK(1)"
    lab.users["member2"].save()
    make_activity(lab.users["member2"], id="x")  # a change, so the matrix is rebuilt
    response = lab.client("manager").get(f"/orgs/{lab.org.pk}/compliance.csv?site={lab.tampa.pk}")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    tess = [r for r in rows if r["member"] == "Tess Tech"]
    assert {r["credential"] for r in tess} == {
        "MLS(ASCP)",
        "Florida Clinical laboratory technologist licence",
    }
    mls = next(r for r in tess if r["rules"] == "ascp/MLS")
    assert (mls["status"], mls["counted"], mls["required"], mls["deadline"]) == (
        "Not met",
        "2",
        "36",
        "2027-06-30",
    )
    assert "Chemistry" in mls["missing_areas"]
    everyone = list(
        csv.DictReader(
            io.StringIO(
                lab.client("manager").get(f"/orgs/{lab.org.pk}/compliance.csv").content.decode()
            )
        )
    )
    assert any(r["member"] == "'=HYPERLINK(1)" for r in everyone)


def _pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def test_inspection_binder(lab: Any) -> None:
    tess = lab.users["member"]
    outcome = services.attach_certificate(tess, lab.records["coag"], "coag.pdf", pdf_bytes())
    assert outcome.ok
    client = lab.client("manager")
    asked = client.post(f"/orgs/{lab.org.pk}/sites/{lab.tampa.pk}/binder/")
    assert asked.status_code == 302
    binder = BinderExport.objects.get(site=lab.tampa)
    assert binder.status == "ready" and binder.members == 4
    listing = client.get(f"/orgs/{lab.org.pk}/binders/").content.decode()
    assert "Ready · 4 members" in listing
    response = client.get(f"/orgs/{lab.org.pk}/binders/{binder.pk}/download/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert hashlib.sha256(response.content).hexdigest() == binder.sha256
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert "summary.pdf" in names and "manifest.json" in names
    assert "members/Tess Tech/certificates/coag/coag.pdf" in names
    assert any(n.startswith("members/Tess Tech/transcript-ascp-MLS") for n in names)
    assert not any("Ron Runner" in n for n in names)  # Denver, not this site
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["site"] == {
        "name": "Tampa core lab",
        "clia_number": "10D0000001",
        "state": "FL",
    }
    for entry in manifest["files"]:
        assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
    summary = _pdf_text(archive.read("summary.pdf"))
    assert "Tess Tech" in summary and "MLS(ASCP)" in summary and "10D0000001" in summary
    everything = b"".join(archive.read(n) for n in names if not n.endswith(".pdf"))
    everything += "".join(_pdf_text(archive.read(n)) for n in names if n.endswith(".pdf")).encode()
    assert b"PRIVATE-NOTE" not in everything
    logged = AccessLog.objects.filter(
        viewer=lab.users["manager"], what="Inspection binder for Tampa core lab"
    )
    assert {entry.member for entry in logged} == {
        lab.users[p] for p in ("admin", "manager", "educator", "member")
    }


def test_a_binder_that_fails_or_stalls_says_so(lab: Any, monkeypatch: Any) -> None:
    from cetrack.orgs import exports

    def broken(*args: Any) -> bytes:
        raise RuntimeError("disk full")

    monkeypatch.setattr(exports, "site_binder", broken)
    client = lab.client("manager")
    client.post(f"/orgs/{lab.org.pk}/sites/{lab.denver.pk}/binder/")
    failed = BinderExport.objects.get(site=lab.denver)
    assert failed.status == "failed"
    assert client.get(f"/orgs/{lab.org.pk}/binders/{failed.pk}/download/").status_code == 404
    stalled = BinderExport.objects.create(organisation=lab.org, site=lab.tampa, status="building")
    BinderExport.objects.filter(pk=stalled.pk).update(
        created_at=timezone.now() - timedelta(hours=2),
        claimed_at=timezone.now() - timedelta(hours=2),
    )
    page = client.get(f"/orgs/{lab.org.pk}/binders/").content.decode()
    assert "The binder could not be built" in page and "Interrupted" in page
    assert 'http-equiv="refresh"' not in page  # nothing is really being built


def test_binder_on_the_job_queue(
    lab: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from cetrack.jobs.models import Job
    from cetrack.orgs import binders

    settings.BINDER_INLINE = False
    with django_capture_on_commit_callbacks(execute=True):
        lab.client("manager").post(f"/orgs/{lab.org.pk}/sites/{lab.denver.pk}/binder/")
    row = BinderExport.objects.get(site=lab.denver)
    job = Job.objects.get(key=f"orgs.binder:{row.pk}")
    assert (job.state, row.status, row.members) == ("done", "ready", 1)
    assert binders.build(row.pk) == "skipped"  # a second run of a finished binder does nothing
    assert zipfile.ZipFile(io.BytesIO(binders.read(row) or b"")).testzip() is None
