"""Certificate files and prepared exports on S3-compatible storage (CETRACK_S3_BUCKET), tested
against a real S3-compatible server on this machine: moto's (from PyPI, a dev dependency),
started on a loopback port for the module. Nothing leaves the machine.

Uploads land in the bucket (not the data folder) under their SHA-256, pages and the API serve
them back, audit packets and background builds read and write there, and `cetrack backup` /
`restore` carry the bucket's files like the folder's."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from tests.test_backup import POPULATE, cetrack, environment, files_of, run, sqlite_rows
from tests.web.conftest import make_activity, make_credential, pdf_bytes

moto_server = pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")

BUCKET = "cetrack-test"
KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    from tests.serving.harness import free_port

    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    for name, value in KEYS.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **_keys())
    client.create_bucket(Bucket=BUCKET)
    yield client
    listed = client.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    for item in listed:
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def _keys() -> dict[str, str]:
    return {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


def _storage(endpoint: str, prefix: str) -> dict[str, Any]:
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "location": prefix,
            "endpoint_url": endpoint,
            "region_name": "us-east-1",
            "addressing_style": "path",
            "default_acl": None,
            "file_overwrite": True,
        },
    }


@pytest.fixture
def on_s3(bucket: Any, endpoint: str, settings: Any) -> Any:
    settings.STORAGES = {
        **settings.STORAGES,
        "evidence": _storage(endpoint, "evidence"),
        "exports": _storage(endpoint, "exports"),
    }
    return bucket


def _keys_in(client: Any) -> list[str]:
    return sorted(i["Key"] for i in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_certificates_go_to_the_bucket_and_come_back(
    on_s3: Any, alice: Any, alice_client: Client, settings: Any
) -> None:
    import hashlib

    activity = make_activity(alice, id="coag", title="Coagulation update")
    content = pdf_bytes("On S3")
    sha = hashlib.sha256(content).hexdigest()
    response = alice_client.post(
        f"/activities/{activity.pk}/certificates/",
        {"certificate": io.BytesIO(content)},
    )
    assert response.status_code in (200, 302)
    assert _keys_in(on_s3) == [f"evidence/{sha[:2]}/{sha}"]
    assert not Path(settings.EVIDENCE_DIR).exists() or not any(
        Path(settings.EVIDENCE_DIR).rglob("*")
    )
    certificate = activity.certificates.get()
    page = alice_client.get(f"/certificates/{certificate.pk}/")
    assert b"".join(page.streaming_content) == content
    api = Client()
    from cetrack.accounts.models import ApiToken

    token = ApiToken.issue(alice, "s3")[1]
    served = api.get(f"/api/certificates/{certificate.pk}", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert b"".join(served.streaming_content) == content


def test_audit_packets_and_background_builds_use_the_bucket(
    on_s3: Any,
    alice: Any,
    alice_client: Client,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from cetrack.jobs.models import Job
    from cetrack.records import services

    credential = make_credential(alice)
    for number in range(3):
        row = make_activity(alice, id=f"c{number}", completed_on=date(2025, 3, 2 + number))
        assert services.attach_certificate(alice, row, f"c{number}.pdf", pdf_bytes(str(number))).ok
    packet = alice_client.get(f"/credentials/{credential.pk}/audit-packet.zip")
    names = zipfile.ZipFile(io.BytesIO(packet.content)).namelist()
    assert len([n for n in names if n.startswith("certificates/")]) == 3
    settings.CETRACK_EXPORT_INLINE_ROWS = 1
    with django_capture_on_commit_callbacks(execute=True):
        asked = alice_client.get(f"/credentials/{credential.pk}/transcript.pdf")
    assert asked.status_code == 303
    job = Job.objects.get(kind="records.build")
    assert any(key.startswith("exports/") for key in _keys_in(on_s3)), job.error
    download = alice_client.get(f"/export/prepared/{job.pk}/download")
    assert b"".join(download.streaming_content).startswith(b"%PDF")


@pytest.mark.slow  # three fresh processes (populate, backup, restore)
def test_backup_and_restore_carry_the_bucket(bucket: Any, endpoint: str, tmp_path: Path) -> None:
    def env(data: Path, prefix: str) -> dict[str, str]:
        return {
            **environment(data),
            **KEYS,
            "CETRACK_S3_BUCKET": BUCKET,
            "CETRACK_S3_ENDPOINT_URL": endpoint,
            "CETRACK_S3_REGION": "us-east-1",
        }

    a, b, backup = tmp_path / "a", tmp_path / "b", tmp_path / "backup"
    populated = run(["-c", POPULATE], env(a, "a"))
    assert populated.returncode == 0, populated.stderr
    stored = _keys_in(bucket)
    assert len(stored) == 4 and all(k.startswith("evidence/") for k in stored)
    assert not (a / "evidence").exists()
    made = cetrack(["backup", str(backup)], env(a, "a"))
    assert made.returncode == 0, made.stderr
    assert "4 certificate files" in made.stdout
    assert sorted(f"evidence/{name}" for name in files_of(backup / "evidence")) == stored
    for key in stored:  # the bucket is lost
        bucket.delete_object(Bucket=BUCKET, Key=key)
    restored = cetrack(["restore", str(backup)], env(b, "b"))
    assert restored.returncode == 0, restored.stderr
    assert _keys_in(bucket) == stored
    for key in stored:
        body = bucket.get_object(Bucket=BUCKET, Key=key)["Body"].read()
        assert body == (backup / key).read_bytes()
    assert sqlite_rows(a / "cetrack.sqlite3") == sqlite_rows(b / "cetrack.sqlite3")
