"""Driving the capture pages as a person does: upload, open a draft, submit its form."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client

from cetrack.capture.models import Draft


def upload(client: Client, *files: tuple[str, bytes]) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    payload = [SimpleUploadedFile(name, content) for name, content in files]
    return client.post("/capture/", {"files": payload})


def drafts_of(user: Any) -> list[Draft]:
    return list(Draft.objects.filter(owner=user).order_by("file_id", "position"))


def review_form(client: Client, draft: Draft) -> dict[str, Any]:
    """What submitting the review form unchanged sends."""
    page = client.get(f"/capture/drafts/{draft.pk}/")
    data: dict[str, Any] = {}
    for field in page.context["form"]:
        value = field.value()
        if value not in (None, "", []):
            data[field.html_name] = value
    return data


def confirm(client: Client, draft: Draft, **changes: Any) -> Any:
    return client.post(f"/capture/drafts/{draft.pk}/", {**review_form(client, draft), **changes})


def ticked_topics(client: Client, draft: Draft) -> list[str]:
    """The topic boxes shown ticked on the review page."""
    html = client.get(f"/capture/drafts/{draft.pk}/").content.decode()
    boxes = re.findall(r'<input[^>]*name="topics"[^>]*>', html)
    return [
        re.search(r'value="([^"]*)"', box).group(1)  # type: ignore[union-attr]
        for box in boxes
        if re.search(r"\schecked\b", box)
    ]


def visible_text(html: str) -> str:
    """What a person reads on a page: its text and the options of its lists, without markup,
    attribute values (a date input's ISO value, a <time>'s datetime) or scripts."""
    import html as entities

    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", entities.unescape(re.sub(r"<[^>]+>", " ", html)))
