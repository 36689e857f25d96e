"""Open Badges 3.0 and CLR 2.0 credentials into drafts: JSON, JWT and baked PNG."""

from __future__ import annotations

import base64
import copy
import json
import random
import struct
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cetrack.core.capture.badges import JWT_NOT_VERIFIED, read_badge
from cetrack.core.capture.draft import Capture, CaptureError, Limits

FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
TODAY = date(2025, 6, 1)


def _fixtures() -> Path | None:
    for shared in (Path(__file__).parents[2].parent / "shared", Path("/work/shared")):
        folder = shared / "external" / "openbadges"
        if (folder / "ob30-simple.json").is_file():
            return folder
    return None


FIXTURES = _fixtures()
needs_fixtures = pytest.mark.skipif(
    FIXTURES is None,
    reason="the 1EdTech Open Badges fixtures (../shared/external/openbadges) are not present",
)


def fixture(name: str) -> bytes:
    assert FIXTURES is not None
    return (FIXTURES / name).read_bytes()


def values(capture: Capture) -> list[dict[str, object]]:
    return [{k: f.value for k, f in d.fields.items()} for d in capture.drafts]


def badge(**subject: Any) -> dict[str, Any]:
    """A small OB 3.0 credential for a CE course, VC 2.0 dates."""
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": "https://ce.example/issuer", "type": ["Profile"], "name": "CE Example"},
        "validFrom": "2025-03-02T12:00:00Z",
        "name": "Antibody Identification",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {
                "id": "urn:uuid:1",
                "type": ["Achievement"],
                "name": "Antibody Identification: Case Studies",
                "description": "Approved for 1.5 P.A.C.E.® contact hours.",
                "humanCode": "123-456-25",
                "creator": {"id": "https://ascls.example", "name": "ASCLS"},
            },
            **subject,
        },
    }


def read(document: Any, today: date = TODAY, **kwargs: Any) -> Capture:
    return read_badge("b.json", json.dumps(document).encode(), today=today, **kwargs)


# --- the 1EdTech fixtures ---------------------------------------------------------------------


@needs_fixtures
def test_simple_fixture() -> None:
    capture = read_badge("ob30-simple.json", fixture("ob30-simple.json"), today=TODAY)
    assert capture.errors == () and capture.content_type == "application/json"
    (draft,) = capture.drafts
    assert draft.origin == "badge"
    assert values(capture)[0] == {
        "title": "Teamwork",
        "provider": "Example Corp",
        "completed_on": "2010-01-01",
        "issued_on": "2010-01-01",
        "evidence": "certificate",
    }
    assert draft.fields["completed_on"].confidence < 0.8  # the issue date stands in
    assert not any("expired" in note for note in draft.notes)


@needs_fixtures
def test_complete_fixture_maps_ce_fields() -> None:
    (draft,) = read_badge("c.json", fixture("ob30-complete.json"), today=TODAY).drafts
    assert values_of(draft) == {
        "title": "1EdTech University Degree",
        "provider": "1EdTech University",  # achievement.creator.name
        "course_number": "R1",  # achievement.humanCode
        "license_number": "A-9320041",
        "hours": "42",  # creditsEarned, not creditsAvailable (36)
        "start": "2010-01-01",
        "end": "2010-01-02",
        "issued_on": "2010-01-01",
        "expires_on": "2030-01-01",
        "evidence": "certificate",
    }
    assert "topics" not in draft.fields


def values_of(draft: Any) -> dict[str, object]:
    return {k: f.value for k, f in draft.fields.items()}


@needs_fixtures
def test_expired_fixture_is_flagged_not_refused() -> None:
    capture = read_badge("e.json", fixture("ob30-simple-err-expired.json"), today=TODAY)
    assert capture.errors == ()
    (draft,) = capture.drafts
    assert "this badge expired on 2010-01-01" in draft.notes
    assert draft.text("expires_on") == "2010-01-01"


@needs_fixtures
def test_clr_fixture_gives_one_draft_per_credential_and_achievement() -> None:
    capture = read_badge("clr.json", fixture("clr20-simple.json"), today=TODAY)
    assert capture.errors == ()
    assert [(d.where, d.text("title")) for d in capture.drafts] == [
        ("credential 1", "Teamwork"),
        ("achievement 1", "Achievement 1"),
        ("achievement 2", "Achievement 2"),
    ]
    parent, child = capture.drafts[1], capture.drafts[2]
    assert "includes 'Achievement 2' (isParentOf)" in parent.notes
    assert "part of 'Achievement 1' (isParentOf)" in child.notes
    # the achievements' creator is the CLR's issuer, named only on the CLR
    assert child.text("provider") == "Example University"


# --- dates and expiry -------------------------------------------------------------------------


def test_vc_2_and_vc_1_1_dates_mean_the_same() -> None:
    v2 = badge()
    v2["validUntil"] = "2025-01-01T00:00:00Z"
    v11 = badge()
    del v11["validFrom"]
    v11["issuanceDate"] = "2025-03-02T12:00:00Z"
    v11["expirationDate"] = "2025-01-01T00:00:00Z"
    for document in (v2, v11):
        (draft,) = read(document).drafts
        assert (draft.text("issued_on"), draft.text("expires_on")) == ("2025-03-02", "2025-01-01")
        assert draft.text("completed_on") == "2025-03-02"
        assert "this badge expired on 2025-01-01" in draft.notes


def test_expiry_is_compared_with_today() -> None:
    document = badge()
    document["validUntil"] = "2026-01-01T00:00:00Z"
    (before,) = read(document, today=date(2025, 12, 31)).drafts
    (after,) = read(document, today=date(2026, 1, 2)).drafts
    assert not any("expired" in note for note in before.notes)
    assert "this badge expired on 2026-01-01" in after.notes


def test_activity_dates_win_over_the_issue_date() -> None:
    (one_day,) = read(badge(activityEndDate="2025-02-28T00:00:00Z")).drafts
    assert one_day.text("completed_on") == "2025-02-28"
    (span,) = read(
        badge(activityStartDate="2025-02-26T09:00:00Z", activityEndDate="2025-02-28")
    ).drafts
    assert (span.text("start"), span.text("end")) == ("2025-02-26", "2025-02-28")


# --- amounts, names, provider -----------------------------------------------------------------


def test_credits_earned_beat_credits_available() -> None:
    (earned,) = read(badge(creditsEarned=1.5)).drafts
    assert earned.text("hours") == "1.5"
    document = badge()
    document["credentialSubject"]["achievement"]["creditsAvailable"] = 2
    (available,) = read(document).drafts
    assert available.text("hours") == "2"
    assert available.fields["hours"].confidence < earned.fields["hours"].confidence


def test_hours_from_the_description_when_no_credits_field() -> None:
    (draft,) = read(badge()).drafts
    assert draft.text("hours") == "1.5"
    assert draft.fields["hours"].confidence < 0.5
    assert draft.text("accreditation") == "pace"
    assert draft.text("course_number") == "123-456-25"
    assert draft.text("provider") == "ASCLS"  # creator, not the issuing platform


def test_participant_name_from_an_unhashed_name_identifier() -> None:
    identifier = [
        {
            "type": "IdentityObject",
            "identityType": "emailAddress",
            "identityHash": "p@x.org",
            "hashed": False,
        },
        {
            "type": "IdentityObject",
            "identityType": "name",
            "identityHash": "Pat Doe",
            "hashed": False,
        },
    ]
    (draft,) = read(badge(identifier=identifier)).drafts
    assert draft.text("participant_name") == "Pat Doe"
    hashed = [{"identityType": "name", "identityHash": "sha256$abc", "hashed": True}]
    (draft,) = read(badge(identifier=hashed)).drafts
    assert draft.text("participant_name") is None


# --- other forms ------------------------------------------------------------------------------


def _b64(data: bytes) -> bytes:
    return base64.urlsafe_b64encode(data).rstrip(b"=")


def jwt(payload: Any) -> bytes:
    return (
        _b64(b'{"alg":"ES256","typ":"JWT"}') + b"." + _b64(json.dumps(payload).encode()) + b".c2ln"
    )


def test_jwt_with_vc_claim_and_registered_dates() -> None:
    document = badge()
    del document["validFrom"]
    capture = read_badge(
        "b.jwt", jwt({"vc": document, "nbf": 1740916800, "exp": 1745000000}), today=TODAY
    )
    assert capture.content_type == "application/jwt"
    (draft,) = capture.drafts
    assert JWT_NOT_VERIFIED in draft.notes
    assert (draft.text("issued_on"), draft.text("expires_on")) == ("2025-03-02", "2025-04-18")


def test_jwt_whose_payload_is_the_credential() -> None:
    (draft,) = read_badge("b.jwt", b"  " + jwt(badge()) + b"\n", today=TODAY).drafts
    assert draft.text("title") == "Antibody Identification: Case Studies"


def _png(*chunks: tuple[bytes, bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    return (
        b"\x89PNG\r\n\x1a\n"
        + header
        + b"".join(chunk(k, d) for k, d in chunks)
        + chunk(b"IEND", b"")
    )


def test_baked_png_plain_and_compressed() -> None:
    text = json.dumps(badge()).encode()
    plain = _png((b"iTXt", b"openbadgecredential\x00\x00\x00\x00\x00" + text))
    packed = _png((b"iTXt", b"openbadgecredential\x00\x01\x00\x00\x00" + zlib.compress(text)))
    for content in (plain, packed):
        capture = read_badge("b.png", content, today=TODAY)
        assert capture.content_type == "image/png"
        assert [d.text("title") for d in capture.drafts] == [
            "Antibody Identification: Case Studies"
        ]
    baked_jwt = _png((b"iTXt", b"openbadgecredential\x00\x00\x00\x00\x00" + jwt(badge())))
    (draft,) = read_badge("j.png", baked_jwt, today=TODAY).drafts
    assert JWT_NOT_VERIFIED in draft.notes


def test_png_without_a_badge_and_a_badge_that_only_links() -> None:
    (error,) = read_badge("p.png", _png(), today=TODAY).errors
    assert error.code == "unsupported"
    link = _png((b"iTXt", b"openbadges\x00\x00\x00\x00\x00https://badges.example/a/1"))
    (error,) = read_badge("l.png", link, today=TODAY).errors
    assert error.code == "unsupported" and "does not fetch" in error.message


def test_compressed_chunk_that_inflates_too_far() -> None:
    bomb = _png(
        (b"iTXt", b"openbadgecredential\x00\x01\x00\x00\x00" + zlib.compress(b" " * 200_000))
    )
    (error,) = read_badge("bomb.png", bomb, today=TODAY, limits=Limits(max_bytes=100_000)).errors
    assert error.code == "too-large"


def test_open_badges_2_assertion_with_embedded_badge_class() -> None:
    assertion = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "issuedOn": "2024-11-05T10:00:00Z",
        "badge": {
            "type": "BadgeClass",
            "name": "Lab Safety 2024",
            "issuer": {"name": "Mercy Hospital"},
        },
    }
    (draft,) = read(assertion).drafts
    assert (draft.text("title"), draft.text("provider"), draft.text("completed_on")) == (
        "Lab Safety 2024",
        "Mercy Hospital",
        "2024-11-05",
    )
    (error,) = read({**assertion, "badge": "https://x.example/badge"}).errors
    assert error.code == "unsupported"


def test_json_array_of_credentials() -> None:
    capture = read([badge(), badge(creditsEarned=3)])
    assert [d.where for d in capture.drafts] == ["credential 1", "credential 2"]


# --- bad input --------------------------------------------------------------------------------


def test_malformed_json_is_located() -> None:
    (error,) = read_badge("b.json", b'{\n  "type": ["OpenBadgeCredential",\n}', today=TODAY).errors
    assert error.code == "corrupt" and error.where == "line 3, column 1"


def test_absurd_nesting_and_numbers_are_clear_errors() -> None:
    (deep,) = read_badge("d.json", b"[" * 200_000 + b"]" * 200_000, today=TODAY).errors
    assert deep.code == "too-large" and "nested" in deep.message
    (digits,) = read_badge("n.json", b'{"a": ' + b"9" * 5000 + b"}", today=TODAY).errors
    assert digits.code == "corrupt"
    (big,) = read_badge(
        "big.json", b" " * 2000 + b"{}", today=TODAY, limits=Limits(max_bytes=1000)
    ).errors
    assert big.code == "too-large"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b"[1, 2]", "unsupported"),
        (b'{"type": "Person"}', "unsupported"),
        (b'{"type": ["VerifiableCredential", "EndorsementCredential"]}', "unsupported"),
        (b'{"type": "OpenBadgeCredential", "credentialSubject": {}}', "missing-value"),
        (b"\xff\xfe\x00\xd8", "encoding"),
        (b"\x80abc", "encoding"),
        (b"aaa.!!!.ccc", "corrupt"),
    ],
)
def test_bad_files_are_capture_errors(content: bytes, code: str) -> None:
    capture = read_badge("x", content, today=TODAY)
    assert [e.code for e in capture.errors] == [code] and capture.drafts == ()


# --- fuzzing ----------------------------------------------------------------------------------


def _check(capture: Capture) -> None:
    assert isinstance(capture, Capture)
    assert all(isinstance(e, CaptureError) and e.message for e in capture.errors)


@FUZZ
@given(st.binary(max_size=2048))
def test_fuzz_random_bytes(content: bytes) -> None:
    _check(read_badge("f", content, today=TODAY))
    _check(read_badge("f", b"\x89PNG\r\n\x1a\n" + content, today=TODAY))


KEYS = [
    "type", "name", "issuer", "credentialSubject", "achievement", "creator", "creditsEarned",
    "creditsAvailable", "activityStartDate", "activityEndDate", "validFrom", "validUntil",
    "issuanceDate", "expirationDate", "identifier", "identityType", "identityHash", "hashed",
    "licenseNumber", "humanCode", "verifiableCredential", "association", "associationType",
    "sourceId", "targetId", "id", "badge", "description", "alignment", "vc", "proof",
]  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        ["OpenBadgeCredential", "ClrCredential", "Assertion", "name", "isParentOf", "urn:uuid:1",
         "2025-01-02T00:00:00Z", "9999-99-99", "1.5", "P.A.C.E.", "12 CEUs", "", "x"]
    ),
    st.text(max_size=20),
)  # fmt: skip
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=6)
    ),
    max_leaves=40,
)


@FUZZ
@given(DOCUMENTS)
def test_fuzz_credential_shaped_json(document: Any) -> None:
    content = json.dumps(document, allow_nan=True).encode()
    _check(read_badge("f.json", content, today=TODAY))
    _check(read_badge("f.jwt", jwt(document), today=TODAY))


@needs_fixtures
@settings(FUZZ, max_examples=15)
@given(st.randoms(use_true_random=False))
def test_fuzz_mutated_fixtures(rng: random.Random) -> None:
    names = ["ob30-complete.json", "clr20-simple.json", "ob30-simple.json"]
    document = json.loads(fixture(rng.choice(names)))

    def mutate(node: Any) -> Any:
        if isinstance(node, dict):
            for key in list(node):
                roll = rng.random()
                if roll < 0.1:
                    del node[key]
                elif roll < 0.2:
                    node[key] = rng.choice([None, 0, -1, "", [], {}, "x", 1e308, True])
                else:
                    node[key] = mutate(node[key])
        elif isinstance(node, list):
            return [mutate(item) for item in node if rng.random() > 0.1]
        return node

    _check(read_badge("f.json", json.dumps(mutate(copy.deepcopy(document))).encode(), today=TODAY))
