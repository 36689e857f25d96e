"""One claimed message as an e-mail: plain text and HTML from templates/reminders, with a
signed unsubscribe link (also as List-Unsubscribe, one-click), and a Message-ID made from
the message's row so a retried send carries the same id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from cetrack.reminders.models import SHORT_NAMES, Digest, Kind, Message, Reminder
from cetrack.reminders.presenters import Line, day_text, line, ordered, subject_of
from cetrack.reminders.tokens import make_token

SUBJECT_PREFIX = "[cetrack] "
DIGEST_TITLES = {
    "changes": "Status changes",
    "due": "Due within {days} days",
    "competency_overdue": "Competency overdue or not cleared",
    "funding": "Funding requests waiting for a decision",
}


def public_url(path: str) -> str:
    return str(settings.CETRACK_PUBLIC_URL).rstrip("/") + path


def _host() -> str:
    return urlsplit(str(settings.CETRACK_PUBLIC_URL)).hostname or "localhost"


def lines_of(reminders: Sequence[Reminder], message: Message) -> list[Line]:
    # A credential whose deadline is in the same e-mail: its window needs no second status.
    dated = {r.subject for r in reminders if r.kind in (Kind.DEADLINE, Kind.OVERDUE)}
    made = [
        replace(
            line(r.kind, r.threshold, r.facts, message.as_of, brief=r.subject in dated),
            key=r.key,
        )
        for r in reminders
        if r.kind != Kind.DIGEST
    ]
    return [
        replace(item, link=public_url(item.link)) if item.link else item for item in ordered(made)
    ]


def digest_sections(content: dict[str, Any]) -> list[dict[str, Any]]:
    """The digest's sections as a template shows them: title, lines, how many more."""
    found = []
    sections = content.get("sections", {})
    totals = content.get("totals", {})
    for name, title in DIGEST_TITLES.items():
        lines = []
        for entry in sections.get(name, []):
            when = entry.get("since") or entry.get("due_on")
            lines.append({**entry, "when": day_text(when) if when else ""})
        found.append(
            {
                "name": name,
                "title": title.format(days=content.get("due_within_days", 30)),
                "lines": lines,
                "more": max(0, int(totals.get(name, 0)) - len(lines)),
            }
        )
    return found


def _digest_content(reminder: Reminder) -> dict[str, Any]:
    content = reminder.facts.get("content")
    if isinstance(content, dict):
        return content
    found = Digest.objects.filter(pk=reminder.facts.get("digest_id")).first()
    return found.content if found else {}


def _digest_context(reminders: Sequence[Reminder]) -> tuple[str, dict[str, Any]]:
    content = _digest_content(reminders[0])
    organisation = content.get("organisation") or reminders[0].facts.get("organisation", "")
    org_id = content.get("organisation_id") or reminders[0].facts.get("organisation_id")
    context = {
        "organisation": organisation,
        "week": content.get("week", ""),
        "since": day_text(content.get("since")),
        "sections": digest_sections(content),
        "team_url": public_url(reverse("org-compliance", args=[org_id])) if org_id else "",
        "competency_url": public_url(reverse("competency-home", args=[org_id])) if org_id else "",
    }
    return f"Weekly digest for {organisation} ({context['week']})", context


def build(message: Message, reminders: Sequence[Reminder], user: Any) -> EmailMultiAlternatives:
    kinds = sorted({r.kind for r in reminders})
    unsubscribe = public_url(reverse("reminders-unsubscribe", args=[make_token(user.pk, kinds)]))
    context: dict[str, Any] = {
        "name": user.name or user.email,
        "settings_url": public_url(reverse("settings")) + "#reminders",
        "unsubscribe_url": unsubscribe,
        "kinds": [SHORT_NAMES[k] for k in kinds if k in SHORT_NAMES],
        "today": day_text(message.as_of),
    }
    if message.kind == "digest":
        subject, extra = _digest_context(reminders)
        context.update(extra)
        template = "reminders/digest"
    else:
        lines = lines_of(reminders, message)
        subject = subject_of(lines)
        context["lines"] = lines
        template = "reminders/email"
    email = EmailMultiAlternatives(
        subject=SUBJECT_PREFIX + subject,
        body=render_to_string(f"{template}.txt", context),
        to=[user.email],
        headers={
            "Message-ID": f"<cetrack.reminders.{message.pk}@{_host()}>",
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
            "X-Cetrack-Reminders": " ".join(
                f"{r.kind}:{r.subject}:{r.due_on.isoformat()}:{r.threshold}" for r in reminders
            ),
        },
    )
    email.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return email
