"""A ledger import is written in short transactions as staged rows and swapped in at the end
(cetrack.records.staging): nobody sees part of one, and one that fails, stops or is abandoned
leaves nothing behind."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from cetrack.core import ledger as core
from cetrack.records import services, staging
from cetrack.records.access import activities_for, credentials_for
from cetrack.records.models import Activity, Certificate, Credential, ImportBatch, Revision
from cetrack.web import budget
from tests.web.conftest import make_activity, pdf_bytes


def ledger(count: int, prefix: str = "course", with_file: bool = False) -> core.Ledger:
    text = ['format = 1\n[person]\nname = "Alice Tech"\n']
    text.append('[[credential]]\nid = "mls"\nrules = "ascp/MLS"\ncycle_end = 2027-06-30\n')
    for number in range(count):
        text.append(
            f'[[activity]]\nid = "{prefix}-{number}"\ntitle = "Course {number}"\n'
            f'completed_on = 2025-03-{1 + number % 28:02d}\nhours = 1\naccreditation = "pace"\n'
            + (f'certificate = "certificates/{prefix}-{number}.pdf"\n' if with_file else "")
        )
    parsed = core.parse_ledger("\n".join(text), "test.toml", services.library().check_credential)
    assert parsed.ledger is not None, parsed.problems
    return parsed.ledger


def _staged_rows() -> int:
    return sum(
        model.with_staged.filter(import_batch__isnull=False).count()
        for model in (Credential, Activity, Certificate)
    )


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(staging, "CHUNK", 3)
    monkeypatch.setattr(staging, "YIELD", 0)


def test_a_large_import_is_written_in_chunks_and_lands_whole(
    alice: Any, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real = staging._stage_certificates

    def watch(rows: Any, *args: Any) -> Any:
        # between chunks, the person sees none of the import yet
        seen.append(activities_for(alice).count())
        return real(rows, *args)

    monkeypatch.setattr(staging, "_stage_certificates", watch)
    summary = services.import_ledger(alice, ledger(10, with_file=True), files=_files(10))
    assert summary.ok, summary.problems
    assert (summary.credentials, summary.activities, summary.certificates) == (1, 10, 10)
    assert seen == [0, 0, 0, 0]  # four chunks of at most three, nothing visible meanwhile
    assert activities_for(alice).count() == 10
    assert credentials_for(alice).count() == 1
    assert Certificate.objects.filter(owner=alice, deleted_at__isnull=True).count() == 10
    assert _staged_rows() == 0 and not ImportBatch.objects.exists()
    imported = Revision.objects.filter(owner=alice, action="imported")
    assert imported.filter(object_type="activity").count() == 10
    assert Revision.objects.filter(owner=alice, action="attached").count() == 10
    assert imported.first().channel  # who and from where, as any change


def _files(count: int, prefix: str = "course") -> dict[str, tuple[str, bytes]]:
    return {
        f"certificates/{prefix}-{n}.pdf": (f"{prefix}-{n}.pdf", pdf_bytes(f"Certificate {n}"))
        for n in range(count)
    }


def test_staged_rows_are_nobodys_until_swapped_in(alice: Any, alice_client: Client) -> None:
    batch = ImportBatch.objects.create(owner=alice)
    staging._stage(alice, batch, ledger(4), set(), {})
    assert activities_for(alice).count() == 0
    assert Activity.objects.filter(owner=alice).count() == 0  # not even as deleted rows
    assert Activity.with_staged.filter(owner=alice).count() == 4
    history = alice_client.get("/history/")
    assert history.status_code == 200 and "Course 1" not in history.content.decode()
    assert "Course 1" not in alice_client.get("/activities/").content.decode()
    staging.discard(batch)
    assert _staged_rows() == 0


def test_an_id_taken_while_the_import_ran_imports_nothing(
    alice: Any, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = staging._stage

    def stage_then_someone_saves(*args: Any) -> Any:
        staged = real(*args)
        make_activity(alice, id="course-7", title="Saved meanwhile")
        return staged

    monkeypatch.setattr(staging, "_stage", stage_then_someone_saves)
    summary = services.import_ledger(alice, ledger(9))
    assert summary.problems == ["activity id 'course-7' is already in use"]
    assert summary.activities == 0
    assert list(activities_for(alice).values_list("title", flat=True)) == ["Saved meanwhile"]
    assert credentials_for(alice).count() == 0
    assert _staged_rows() == 0 and not ImportBatch.objects.exists()


def test_an_import_whose_client_went_away_stops_and_leaves_nothing(
    alice: Any, small_chunks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks = iter([None, None, budget.RequestStopped("the client went away")])

    def check() -> None:
        if (stop := next(checks, None)) is not None:
            raise stop

    monkeypatch.setattr(budget, "check", check)
    with pytest.raises(budget.RequestStopped):
        services.import_ledger(alice, ledger(9))
    assert activities_for(alice).count() == 0 and credentials_for(alice).count() == 0
    assert _staged_rows() == 0 and not ImportBatch.objects.exists()


def test_a_bad_certificate_file_refuses_the_import_before_anything_is_written(
    alice: Any,
) -> None:
    files = _files(3)
    files["certificates/course-1.pdf"] = ("course-1.pdf", b"not a pdf at all")
    summary = services.import_ledger(alice, ledger(3, with_file=True), files=files)
    assert summary.problems == [
        "activity 'course-1': 'course-1.pdf' is not a PDF, PNG or JPEG file (judged by its "
        "content, not its name)"
    ]
    assert not ImportBatch.objects.exists() and activities_for(alice).count() == 0


def test_abandoned_imports_are_removed(alice: Any) -> None:
    """A process killed half-way leaves a batch; an hour later it is removed (the next import,
    or the hourly job, does it)."""
    batch = ImportBatch.objects.create(owner=alice)
    staging._stage(alice, batch, ledger(4), set(), {})
    assert staging.discard_abandoned() == 0  # still young: maybe still running
    ImportBatch.objects.filter(pk=batch.pk).update(started_at=timezone.now() - timedelta(hours=2))
    assert staging.discard_abandoned() == 1
    assert _staged_rows() == 0


def test_a_replacing_import_retires_the_old_records_at_the_swap(alice: Any) -> None:
    old = make_activity(alice, id="old-one", title="Old course")
    summary = services.import_ledger(alice, ledger(2), replace=True)
    assert summary.ok and summary.replaced == 1
    assert set(activities_for(alice).values_list("ledger_id", flat=True)) == {
        "course-0",
        "course-1",
    }
    old.refresh_from_db()
    assert old.deleted_at is not None
    assert Revision.objects.filter(object_id=old.pk, action="deleted").exists()


def test_the_ceiling_is_checked_again_at_the_swap(
    alice: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.CETRACK_MAX_ACTIVITIES = 5
    real = staging._stage

    def stage_then_someone_saves(*args: Any) -> Any:
        staged = real(*args)
        for number in range(2):
            make_activity(alice, id=f"meanwhile-{number}", completed_on=date(2025, 1, 1))
        return staged

    monkeypatch.setattr(staging, "_stage", stage_then_someone_saves)
    summary = services.import_ledger(alice, ledger(4))
    assert len(summary.problems) == 1 and "at most 5 activities" in summary.problems[0]
    assert activities_for(alice).count() == 2
    assert _staged_rows() == 0
