"""docs/funding.md kept honest: every id the API uses is documented, every field of the §127
limits file appears, the figure it states is the file's, and every API operation is listed."""

from __future__ import annotations

from pathlib import Path

from cetrack.core import funding
from cetrack.funding.api import router

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "funding.md").read_text("utf-8")


def test_every_id_is_documented() -> None:
    for table in (funding.KINDS, funding.STATUSES, funding.TAX_TREATMENTS, funding.FILE_KINDS):
        for ident in table:
            assert f"`{ident}`" in DOC, ident


def test_every_field_of_the_limits_file_is_documented() -> None:
    models = [funding._File, funding._Entry, funding._Beyond]
    for model in models:
        for name, field in model.model_fields.items():
            key = field.alias or name
            written = (f"{key} =", f"[{key}]", f"[[{key}]]")
            assert any(form in DOC for form in written), f"{model.__name__}.{name}"


def test_the_limit_stated_is_the_files() -> None:
    limit = funding.default_limits().for_year(2026)
    assert limit.confirmed
    assert f"Up to ${limit.amount:,.0f} a calendar year" in DOC


def test_every_api_operation_is_listed() -> None:
    assert len(router.path_operations) == 5
    for path, item in router.path_operations.items():
        for operation in item.operations:
            for method in operation.methods:
                assert f"`{method} /api{path}" in DOC, (method, path)
