"""Random payloads at the activity endpoints: every answer is a success or a 422, never a 500.

Payloads mix ledger keys with plausible and absurd values (numbers written as raw JSON tokens,
so huge exponents and long digit strings reach the parser), unknown keys, wrong types, odd
text (NUL, unpaired surrogates, very long), and bodies that are not objects at all.
"""

from __future__ import annotations

import json
from typing import Any

from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cetrack.accounts.models import ApiToken
from cetrack.core.ledger import ACTIVITY_KEYS, AMOUNT_FIELDS
from cetrack.core.vocabulary import vocabulary
from tests.web.conftest import make_activity


class Raw(str):
    """A JSON number token written as is."""


def dump(value: Any) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{dump(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dump(v) for v in value) + "]"
    return json.dumps(value)


numbers = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40).map(lambda n: Raw(str(n))),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda f: Raw(json.dumps(f))),
    st.from_regex(r"-?[0-9]{1,25}(\.[0-9]{1,25})?([eE][-+]?[0-9]{1,10})?", fullmatch=True).map(Raw),
    st.sampled_from(["0.5", "1", "2.25", "30", "0.01", "500", "500.01", "1e-999999999"]).map(Raw),
)
texts = st.one_of(
    st.text(max_size=20),
    st.text(alphabet=st.characters(codec=None), max_size=5),  # surrogates, NUL, controls
    st.sampled_from(["", " ", "x" * 301, "\x00", "\ud800", "2025-02-30", "2025-03-02"]),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts)
anything = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
days = st.one_of(st.dates().map(lambda d: d.isoformat()), texts, anything)
vocab = vocabulary()
plausible = {
    "id": st.one_of(st.from_regex(r"[a-z]{1,8}", fullmatch=True), anything),
    "title": st.one_of(st.just("Coagulation update"), texts, anything),
    "completed_on": days,
    "start": days,
    "end": days,
    "kind": st.one_of(st.sampled_from(sorted(vocab.kinds)), texts),
    "topics": st.one_of(st.lists(st.sampled_from(sorted(vocab.topics)), max_size=3), anything),
    "break_minutes": st.one_of(st.integers(-5, 300).map(lambda n: Raw(str(n))), anything),
    "evidence": st.one_of(st.sampled_from(sorted(vocab.evidence)), texts),
    **{unit: st.one_of(numbers, anything) for unit in AMOUNT_FIELDS},
}
other_keys = sorted(ACTIVITY_KEYS - set(plausible))


@st.composite
def entries(draw: Any) -> Any:
    """Mostly near-valid entries (some succeed), sometimes any JSON at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(anything)
    entry: dict[str, Any] = {
        "title": "Coagulation update",
        "completed_on": "2025-03-02",
        draw(st.sampled_from(AMOUNT_FIELDS)): Raw("1"),
    }
    for key in draw(st.lists(st.sampled_from(sorted(plausible)), max_size=4)):
        entry[key] = draw(plausible[key])
    for key in draw(st.lists(st.sampled_from(other_keys), max_size=3)):
        entry[key] = draw(st.one_of(texts, anything))
    for key in draw(st.lists(st.sampled_from(sorted(entry)), max_size=2)):
        entry.pop(key, None)
    if draw(st.booleans()):
        entry[draw(st.text(max_size=12))] = draw(anything)
    return entry


def test_random_payloads_never_crash_the_api(alice: Any) -> None:
    _, token = ApiToken.issue(alice, "fuzz")
    client = Client(headers={"Authorization": f"Bearer {token}"})
    target = make_activity(alice, id="target").pk
    seen: set[int] = set()

    @settings(
        max_examples=100,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,
    )
    @given(entries())
    def check(entry: Any) -> None:
        body = dump(entry)
        created = client.post("/api/activities", body, content_type="application/json")
        assert created.status_code in (201, 422), (body, created.content)
        patched = client.patch(f"/api/activities/{target}", body, content_type="application/json")
        assert patched.status_code in (200, 422), (body, patched.content)
        for response in (created, patched):
            seen.add(response.status_code)
            if response.status_code == 422:
                detail = response.json()["detail"]
                assert detail and all(d["loc"][0] == "body" and d["msg"] for d in detail)

    check()
    assert {201, 422} <= seen  # the payloads reached both outcomes
