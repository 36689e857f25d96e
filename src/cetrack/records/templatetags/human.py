"""Template filters that put ids into words and dates into the one format people read, and the
pieces of every form: a control with its help and error announced (aria-describedby)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import template
from django.forms import BoundField
from django.utils.html import format_html
from django.utils.safestring import SafeString

from cetrack.core import names
from cetrack.core.rules.library import default_library

register = template.Library()


@register.filter
def day(value: date | datetime | None) -> SafeString | str:
    """<time datetime="2026-11-14">14 Nov 2026</time>; '' for none."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), names.day_text(value))


@register.filter
def topic(value: str) -> str:
    return names.topic_name(value)


@register.filter
def topics(values: Any) -> str:
    return ", ".join(names.topic_name(v) for v in values or ())


@register.filter
def kind(value: str) -> str:
    return names.kind_name(value)


@register.filter
def accreditation(value: str) -> str:
    return names.accreditation_name(value)


@register.filter
def evidence(value: str) -> str:
    return names.evidence_name(value)


@register.filter
def ruleset(value: str) -> str:
    return names.ruleset_name(value)


@register.filter
def human(message: str) -> str:
    """A core message with rule-set ids, field keys and file syntax put in words."""
    return names.human_problem(str(message))


@register.inclusion_tag("_acronyms.html")
def acronyms(*texts: str) -> dict[str, Any]:
    """Short explanations of the acronyms these texts use (CMP, CCP, P.A.C.E., CE Broker); a
    rule-set id stands for its program's name and note."""
    words: list[str] = []
    for text in texts:
        book = default_library().get(str(text)) if text else None
        words += [book.program.name, book.program.note or ""] if book else [str(text or "")]
    return {"notes": names.acronym_notes(*words)}


@register.filter
def webcal(url: str) -> str:
    """A feed address as the webcal: link calendar apps subscribe to when it is opened."""
    scheme, sep, rest = str(url).partition("://")
    return f"webcal://{rest}" if sep and scheme in ("http", "https") else str(url)


@register.filter
def approvals(values: Any) -> str:
    return ", ".join(names.approval_name(v) for v in values or ())


def described_by(field: BoundField) -> str:
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}-error")
    return " ".join(ids)


@register.filter
def control(field: BoundField) -> SafeString:
    """The field's widget pointing at its help and its error (aria-describedby), so a screen
    reader announces both; a control with an error says so (aria-invalid)."""
    attrs: dict[str, str | bool] = {}
    if ids := described_by(field):
        attrs["aria-describedby"] = ids
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def describedby(field: BoundField) -> str:
    return described_by(field)


@register.inclusion_tag("_undo.html", takes_context=True)
def undo_toast(context: template.Context) -> dict[str, Any]:
    """The Undo of the last removal, on whatever page the person lands next."""
    request = context.get("request")
    undo = request.session.pop("undo", None) if request is not None else None
    return {"undo": undo, "csrf_token": context.get("csrf_token")}
