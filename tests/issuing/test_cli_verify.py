"""`cetrack verify FILE`: 0 valid, 1 not valid (with the reason), 2 bad input — never a
traceback, whatever the file holds."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from cetrack.cli import main
from cetrack.issuing.services import revoke

GARBAGE: dict[str, bytes] = {
    "empty.json": b"",
    "spaces.json": b"   \n\t",
    "binary.bin": bytes(range(256)) * 4,
    "latin1.txt": "Zertifikat für Müller".encode("latin-1"),
    "broken.json": b'{"@context": [',
    "array.json": b"[1, 2, 3]",
    "number.json": b"42",
    "string.json": b'"a string"',
    "object.json": b'{"name": "not a credential"}',
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "huge-number.json": b'{"x": ' + b"9" * 100_000 + b"}",
    "jwt-garbage.txt": b"abc.def.ghi",
    "jwt-not-json.txt": b"bm90IGpzb24.bm90IGpzb24.c2ln",
    "jwt-array.txt": b"WzFd.WzFd.c2ln",
    "jwt-payload-not-badge.txt": b"eyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln",
    "png.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
    "types-wrong.json": b'{"type": 5, "credentialSubject": []}',
}


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_garbage_is_bad_input_exit_2_without_traceback(
    name: str, tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / name
    path.write_bytes(GARBAGE[name])
    assert main(["verify", "--offline", str(path)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert captured.err.startswith("cetrack verify: ")


def test_missing_file_and_folder_are_bad_input(tmp_path: Path, capsys: Any) -> None:
    assert main(["verify", str(tmp_path / "nope.json")]) == 2
    assert main(["verify", str(tmp_path)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_issued_certificate_verifies_beside_the_app(
    issued: Any, tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "certificate.json"
    path.write_text(json.dumps(issued.credential))
    assert main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("VALID: ")
    assert "Alice Tech" in out and "[ok] status: not revoked" in out
    jwt_file = tmp_path / "certificate.jwt"
    jwt_file.write_text(issued.jwt + "\n")
    assert main(["verify", str(jwt_file)]) == 0


def test_revoked_and_tampered_exit_1_with_the_reason(
    issued: Any, manager: Any, tmp_path: Path, capsys: Any
) -> None:
    changed = copy.deepcopy(issued.credential)
    changed["credentialSubject"]["creditsEarned"] = 10.0
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(changed))
    assert main(["verify", str(path)]) == 1
    assert "changed after it was signed" in capsys.readouterr().out
    revoke(issued, manager, "Recorded in error")
    path.write_text(json.dumps(issued.credential))
    assert main(["verify", "--json", str(path)]) == 1
    assert json.loads(capsys.readouterr().out)["status"] == "revoked"


def test_offline_with_a_saved_did_document(issued: Any, tmp_path: Path, capsys: Any) -> None:
    credential = tmp_path / "certificate.json"
    credential.write_text(json.dumps(issued.credential))
    assert main(["verify", "--offline", str(credential)]) == 1
    assert "no public key could be found" in capsys.readouterr().out
    did = tmp_path / "did.json"
    did.write_text(Client().get("/orgs/riverside/did.json").content.decode())
    assert main(["verify", "--offline", "--did-document", str(did), str(credential)]) == 0
    out = capsys.readouterr().out
    assert "revocation not checked" in out
    did.write_text("not json")
    assert main(["verify", "--offline", "--did-document", str(did), str(credential)]) == 2
