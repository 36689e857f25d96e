"""The review screen shows the certificate's page itself, with where each field was read."""

from __future__ import annotations

import io
import re
from typing import Any

from django.test import Client
from PIL import Image

from tests.capture.samples import certificate_pdf

from .helpers import drafts_of, upload


def test_the_page_is_shown_as_an_image_with_the_regions_fields_were_read_from(
    alice: Any, alice_client: Client
) -> None:
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    html = alice_client.get(f"/capture/drafts/{draft.pk}/").content.decode()
    assert "<iframe" not in html  # not the browser's PDF viewer
    image_url = f"/capture/files/{draft.file_id}/pages/1.png"
    assert f'src="{image_url}"' in html
    boxes = re.findall(r'<span class="read-from" data-field="([a-z_]+)" style="([^"]+)"', html)
    fields = {name for name, _ in boxes}
    assert {"title", "completed_on", "amount_value", "provider"} <= fields
    # "Course Title: ..." is the third line of the page, about a fifth of the way down.
    title_style = next(style for name, style in boxes if name == "title")
    top = float(re.search(r"top:([\d.]+)%", title_style).group(1))  # type: ignore[union-attr]
    assert 10 < top < 25
    answer = alice_client.get(image_url)
    assert answer.status_code == 200 and answer["Content-Type"] == "image/png"
    assert "sandbox" in answer["Content-Security-Policy"]
    page = Image.open(io.BytesIO(b"".join(answer)))
    assert page.width >= 1000 and page.height > page.width  # a letter page, sharp enough


def test_another_persons_page_is_not_found(
    alice: Any, alice_client: Client, bob_client: Client
) -> None:
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    assert bob_client.get(f"/capture/files/{draft.file_id}/pages/1.png").status_code == 404
    assert alice_client.get(f"/capture/files/{draft.file_id}/pages/2.png").status_code == 404


def test_confirming_links_the_stored_file_without_reading_it_again(
    alice: Any, alice_client: Client, monkeypatch: Any
) -> None:
    from cetrack.records import evidence
    from cetrack.records.models import Certificate

    from .helpers import confirm

    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)

    def no_reading(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("the stored file was read again on confirming")

    monkeypatch.setattr(evidence, "read", no_reading)
    monkeypatch.setattr(evidence, "store", no_reading)
    assert confirm(alice_client, draft).status_code == 302
    (certificate,) = Certificate.objects.filter(owner=alice)
    assert certificate.blob_id == draft.file.blob_id
    assert certificate.original_name == "antibody.pdf"
