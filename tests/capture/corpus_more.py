"""More layouts for the dev corpus (tests/capture/corpus.py), in the shapes issue 13 lists:
memos on hospital letterhead, printed e-mails, conference attendance with hours per day, series
certificates with a table of modules, Florida and P.A.C.E. certificates stating their numbers in
prose.

Written from the patterns' descriptions, like the rest of the generator; the reader is tuned on
these, never on the held-out corpora. Each layout draws its own variations with the item's
seeded generator and sets the truth from the course it prints.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from tests.capture.corpus import (
    CITIES,
    SIGNER_ROLES,
    SIGNERS,
    STREETS,
    Course,
    Page,
    _number,
    _plain,
    accreditation_statement,
    amount_text,
    fmt_date,
    fmt_number,
)

TAGLINES = [
    "Excellence in patient care since 1952",
    "Where every patient matters",
    "Advancing laboratory medicine",
    "Caring for our community",
    "A teaching hospital of the state university",
]
HOSPITALS = [
    "Lakeview Regional Hospital",
    "Bayside Medical Center",
    "St. Agnes Health System",
    "Northside Community Hospital",
    "Riverbend University Hospital",
]
PLACES = ["Sarasota, Florida", "Chicago, Illinois", "Portland, Oregon", "Albany, New York"]
SENDERS = [
    "Northstar Health Education",
    "LabTrain Online",
    "Clinical Education Partners",
    "Summit Laboratory Academy",
]
CONFERENCES = [
    "Gulf States Laboratory Symposium",
    "Pacific Northwest Clinical Laboratory Conference",
    "Great Lakes Microbiology Summit",
    "Southeastern Blood Bank Forum",
]
SERIES = [
    "Hematology Review Series",
    "Microbiology Essentials Program",
    "Laboratory Leadership Series",
    "Molecular Diagnostics Bootcamp",
]
MODULES = [
    "Red cell morphology", "White cell disorders", "Platelets and coagulation",
    "Specimen processing", "Quality control basics", "Safety and compliance",
    "Antibody screening", "Gram stain review", "PCR fundamentals", "Budget and staffing",
]  # fmt: skip
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight"}


def _letterhead(page: Page, rng: random.Random, org: str) -> float:
    """The organisation large at the top, a tagline, a city; returns the y below it."""
    x, y = 72, page.h - 64
    page.text(x, y, org, rng.choice([16, 18, 20]), "bold")
    y -= 16
    if rng.random() < 0.7:
        page.text(x, y, rng.choice(TAGLINES), 9, "italic")
        y -= 12
    if rng.random() < 0.5:
        page.text(x, y, rng.choice(STREETS), 9)
        y -= 12
    page.text(x, y, rng.choice(PLACES if rng.random() < 0.5 else CITIES), 9)
    y -= 10
    page.c.line(x, y, page.w - x, y)
    return y - 30


def memo(page: Page, rng: random.Random, course: Course) -> None:
    course.provider = rng.choice(HOSPITALS)
    course.accreditation = None if rng.random() < 0.6 else course.accreditation
    if course.fl and course.accreditation is None:
        course.accreditation = "state-board"  # its Florida Board approval is all it names
    course.kind, course.delivery = "in-service", None
    course.format_text = None
    course.provider_number = course.agency_number = course.level = course.course_number = None
    course.approval_number = course.license_number = None
    y = _letterhead(page, rng, course.provider)
    page.text(72, y, rng.choice(["MEMORANDUM", "Memo", "INTERNAL MEMO"]), 14, "bold")
    y -= 28
    anchor = course.end or course.completed_on
    assert anchor is not None
    memo_date = anchor + timedelta(days=rng.randint(1, 14))
    title_line = rng.choice(
        [f"In-service attendance – {course.title}", f"{course.title}", f"CE credit: {course.title}"]
    )
    header = [
        ("TO:", course.printed_name),
        ("FROM:", rng.choice(["Laboratory Education Committee", "Education Coordinator"])),
        ("DATE:", fmt_date(rng, memo_date, rng.choice(["long", "mdy"]))),
        ("RE:", title_line),
    ]
    for label, value in header:
        page.text(72, y, label, 11, "bold")
        page.text(140, y, value, 11)
        y -= 16
    y -= 16
    when = (
        f"held {fmt_date(rng, course.completed_on)}"
        if course.completed_on
        else f"held {fmt_date(rng, course.start, 'long')} through {fmt_date(rng, course.end, 'long')}"  # type: ignore[arg-type]
    )
    body = rng.choice(
        [
            f"This memo confirms your attendance at the in-service {course.title} {when}. "
            f"You are credited with {amount_text(rng, course)}.",
            f"Thank you for attending the in-service {course.title}, {when}. This in-service "
            f"provided {amount_text(rng, course)} of continuing education.",
        ]
    )
    y = page.para(72, y, body, 11, page.w - 144)
    for statement in accreditation_statement(rng, course):
        y = page.para(72, y - 6, statement, 10, page.w - 144)
    if rng.random() < 0.5:
        page.text(72, 40, f"Printed on {fmt_date(rng, memo_date + timedelta(days=3), 'mdy')}", 8)


def email(page: Page, rng: random.Random, course: Course) -> None:
    course.provider = rng.choice(SENDERS)
    course.kind, course.delivery, course.format_text = "live-session", "live", None
    course.completed_on = course.completed_on or course.end
    course.start = course.end = None
    course.level = course.agency_number = course.provider_number = None
    course.approval_number = course.license_number = None
    course.fl = False
    if course.amount_field == "minutes":
        course.amount_field, course.amount = "hours", (course.amount / 60).quantize(Decimal("0.01"))
    assert course.completed_on is not None
    sent = course.completed_on + timedelta(days=rng.randint(1, 6))
    address = course.provider.lower().replace(" ", "")[:12]
    first = course.participant.split()[0]
    subject = rng.choice(
        [
            f"Your attendance record – {course.title}",
            f"Certificate of completion: {course.title}",
            f"RE: CE credit for {course.title}",
        ]
    )
    header = [
        ("From:", f"{course.provider} <ce@{address}.org>"),
        ("Sent:", f"{sent.strftime('%A')}, {fmt_date(rng, sent, 'long')} 4:12 PM"),
        ("To:", f"{course.participant} <{first.lower()}@example.com>"),
        ("Subject:", subject),
    ]
    y = page.h - 72
    for label, value in header:
        page.text(72, y, label, 10, "bold")
        page.text(130, y, value, 10)
        y -= 14
    y -= 24
    page.text(72, y, f"Dear {first},", 11)
    y -= 22
    body = (
        f"Thank you for joining our live webinar on {fmt_date(rng, course.completed_on, 'long')}. "
        f"Our records show you attended the full session and have earned "
        f"{amount_text(rng, course)} of continuing education."
    )
    y = page.para(72, y, body, 11, page.w - 144)
    if course.course_number and rng.random() < 0.5:
        y = page.para(72, y - 6, f"Course ID: {course.course_number}", 11, page.w - 144)
    elif rng.random() < 0.7:
        course.course_number = None
        y = page.para(72, y - 6, _number(rng, "Webinar ID: 999 9999 9999"), 11, page.w - 144)
    else:
        course.course_number = None
    for statement in accreditation_statement(rng, course):
        y = page.para(72, y - 6, statement, 10, page.w - 144)
    page.text(72, 40, f"Printed on {fmt_date(rng, sent + timedelta(days=2), 'mdy')}", 8)


def conference(page: Page, rng: random.Random, course: Course) -> None:
    name = f"{rng.randint(2022, 2025)} {rng.choice(CONFERENCES)}"
    course.title = name
    course.kind, course.delivery, course.format_text = "conference-session", None, None
    course.level = course.course_number = course.provider_number = course.agency_number = None
    course.approval_number = course.license_number = None
    start = course.start or course.completed_on
    assert start is not None
    days = rng.randint(2, 4)
    hours = [
        Decimal(rng.choice(["3", "4.5", "5", "5.5", "6", "6.5", "7", "3.25"])) for _ in range(days)
    ]
    course.start, course.end, course.completed_on = start, start + timedelta(days=days - 1), None
    course.amount_field, course.amount = "hours", sum(hours, Decimal(0))
    w, h = page.w, page.h
    page.text(w / 2, h - 80, name, 18, "bold", "center")
    page.text(
        w / 2,
        h - 104,
        rng.choice(["Certificate of Attendance", "Attendance Verification"]),
        14,
        "regular",
        "center",
    )
    page.text(w / 2, h - 122, f"Presented by {course.provider}", 11, "regular", "center")
    y = h - 160
    statement = rng.choice(
        [
            f"This is to certify that {course.printed_name} attended the {name}, {rng.choice(PLACES)}.",
            f"{course.printed_name} attended the {name}, organized by {course.provider}.",
        ]
    )
    y = page.para(72, y, statement, 11, w - 144) - 16
    head = rng.choice(
        [("Day", "Date", "Contact Hours"), ("Day", "Date", "CE Hours"), ("", "Date", "Hours")]
    )
    for x, text in zip((72, 170, 340), head, strict=True):
        page.text(x, y, text, 11, "bold")
    y -= 18
    for offset, value in enumerate(hours):
        day = start + timedelta(days=offset)
        page.text(72, y, day.strftime("%A"), 11)
        page.text(170, y, fmt_date(rng, day, "mdy"), 11)
        page.text(340, y, fmt_number(rng, value), 11)
        y -= 16
    page.text(72, y - 4, rng.choice(["Total", "Total contact hours", "TOTAL"]), 11, "bold")
    page.text(340, y - 4, _plain(course.amount), 11, "bold")
    y -= 40
    for statement_line in accreditation_statement(rng, course):
        y = page.para(72, y, statement_line, 10, w - 144)
    page.signature(rng, 72, 110)


def modules(page: Page, rng: random.Random, course: Course) -> None:
    course.title = rng.choice(SERIES)
    course.completed_on = course.completed_on or course.end or page_date(rng)
    course.start = course.end = None
    picked = rng.sample(MODULES, rng.randint(2, 4))
    hours = [Decimal(rng.choice(["0.5", "1", "1", "1.5", "2"])) for _ in picked]
    course.amount_field, course.amount = "hours", sum(hours, Decimal(0))
    course.kind = course.delivery = course.format_text = course.level = None
    codes = [_number(rng, "@@@-999") for _ in picked]
    course.course_number = course.provider_number = course.agency_number = None
    course.approval_number = course.license_number = None
    y = _letterhead(page, rng, course.provider)
    page.text(
        72,
        y,
        rng.choice(["Certificate of Completion", "Series Completion Certificate"]),
        16,
        "bold",
    )
    y -= 30
    for label, value in (
        (rng.choice(["Learner", "Participant", "Name"]), course.printed_name),
        (rng.choice(["Program", "Series", "Course"]), course.title),
        (
            rng.choice(["Completed", "Date Completed", "Completion Date"]),
            fmt_date(rng, course.completed_on),
        ),
    ):
        page.text(72, y, f"{label}: {value}", 11)
        y -= 16
    y -= 12
    for x, text in zip((72, 330, 430), ("Module", "Code", "Hours"), strict=True):
        page.text(x, y, text, 11, "bold")
    y -= 18
    for module, code, value in zip(picked, codes, hours, strict=True):
        page.text(72, y, module, 11)
        page.text(330, y, code, 11)
        page.text(430, y, fmt_number(rng, value), 11)
        y -= 16
    page.text(72, y - 4, rng.choice(["Total contact hours", "Total", "Total hours"]), 11, "bold")
    page.text(430, y - 4, _plain(course.amount), 11, "bold")
    y -= 40
    for statement in accreditation_statement(rng, course):
        y = page.para(72, y, statement, 10, page.w - 144)
    page.text(72, 150, rng.choice(SIGNERS), 10)
    page.text(72, 136, rng.choice(SIGNER_ROLES), 10)


def page_date(rng: random.Random):  # type: ignore[no-untyped-def]
    from datetime import date

    return date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))


def prose(page: Page, rng: random.Random, course: Course) -> None:
    """A Florida or P.A.C.E. certificate that states its numbers in sentences."""
    course.completed_on = course.completed_on or course.end or page_date(rng)
    course.start = course.end = None
    course.kind = course.delivery = course.format_text = None
    course.agency_number = course.provider_number = None
    hours = int(rng.choice([1, 2, 3, 4, 6]))
    course.amount_field, course.amount = "hours", Decimal(hours)
    florida = rng.random() < 0.6
    course.fl = florida
    course.accreditation = "state-board" if florida else "pace"
    course.approval_number = _number(rng, "50-9999") if florida else None
    course.course_number = _number(rng, "20-999999") if florida else _number(rng, "999-999-25")
    course.license_number = _number(rng, "@@ 99999") if florida and rng.random() < 0.7 else None
    course.level = rng.choice(["basic", "intermediate", "advanced"]) if rng.random() < 0.5 else None
    w = page.w
    y = _letterhead(page, rng, course.provider)
    page.text(w / 2, y, "Certificate of Completion", 18, "bold", "center")
    y -= 36
    who = course.printed_name
    if course.license_number:
        who += f", licensed in Florida as {course.license_number},"
    amount = rng.choice(
        [
            f"{WORDS.get(hours, str(hours))} ({hours}) contact hours",
            f"{hours}.0 continuing education hours",
        ]
    )
    text = f"This certifies that {who} completed {course.title} on {fmt_date(rng, course.completed_on, 'long')} and is awarded {amount}."
    y = page.para(72, y, text, 11, w - 144) - 10
    if florida:
        line = f"Completion was reported to CE Broker under provider {course.approval_number}, course {course.course_number}."
    else:
        line = f"ASCLS P.A.C.E.® Program {course.course_number}. Approved by ASCLS P.A.C.E.®"
    y = page.para(72, y, line, 11, w - 144) - 10
    if florida:
        y = (
            page.para(
                72,
                y,
                "Approved by the Florida Board of Clinical Laboratory Personnel.",
                11,
                w - 144,
            )
            - 10
        )
    if rng.random() < 0.5:
        other = "CMLE" if course.accreditation != "cmle" else "ACCENT®"
        y = page.para(72, y, f"This activity is not approved for {other} credit.", 10, w - 144) - 10
    if course.level:
        boxes = "   ".join(
            f"[{'x' if level == course.level else ' '}] {level.capitalize()}"
            for level in ("basic", "intermediate", "advanced")
        )
        page.text(72, y, f"Level:   {boxes}", 11)
    page.signature(rng, 72, 110)


MORE_LAYOUTS = {
    "memo": memo,
    "email": email,
    "conference": conference,
    "modules": modules,
    "prose": prose,
}
