"""The organisation pages as each persona meets them."""

from __future__ import annotations

from typing import Any

from cetrack.orgs.models import AccessLog


def test_manager_sees_the_matrix_with_human_names(lab: Any) -> None:
    response = lab.client("manager").get(f"/orgs/{lab.org.pk}/compliance/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Tess Tech" in text and "Ron Runner" in text
    assert "MLS(ASCP)" in text
    assert "ascp/MLS" not in text.replace('value="ascp/MLS"', "")
    assert "PRIVATE-NOTE" not in text
    assert '<table class="grid matrix">' in text  # the table made once, shown as HTML
    again = lab.client("manager").get(f"/orgs/{lab.org.pk}/compliance/").content.decode()
    table = text[text.index('<div class="scroll">') : text.index("</table>")]
    assert table in again


def test_drill_down_is_logged_for_the_member(lab: Any) -> None:
    client = lab.client("manager")
    m = lab.memberships["member"]
    url = f"/orgs/{lab.org.pk}/members/{m.pk}/credentials/{lab.records['mls'].pk}/"
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    text = response.content.decode()
    assert "Coagulation update" in text
    assert "PRIVATE-NOTE" not in text
    log = AccessLog.objects.get(member=lab.users["member"])
    assert log.viewer == lab.users["manager"]
    page = lab.client("member").get("/orgs/access-log/").content.decode()
    assert "Mona Manager" in page and "MLS(ASCP)" in page
