import re
from typing import Any


def text_of(response: Any) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_dashboard_shows_progress_for_each_credential(
    alice_client: Any, alice_records: Any
) -> None:
    page = text_of(alice_client.get("/"))
    assert "Medical Laboratory Scientist, MLS(ASCP)" in page
    assert "3 / 36 points" in page
