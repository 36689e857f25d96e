"""Field values in ledger form from certificate wording, and the collector that keeps the best.

Names without post-nominals, organisations, identifiers, levels, formats and labelled amounts;
`Fields` keeps, per field, the value found with the highest confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Final

from cetrack.core.capture.draft import Field
from cetrack.core.capture.labels import (
    QUOTES,
)
from cetrack.core.capture.values import (
    find_amounts,
    find_dates,
    plain_decimal,
)
from cetrack.core.ledger import AMOUNT_FIELDS, AMOUNT_LIMITS

# Confidence of a value by how it was found (before the OCR discount).
LABELLED: Final = 0.95  # "Course Title: X", a label cell and its value cell
LABELLED_WEAK: Final = 0.85  # a one-word label without a colon ("Program X")
PROSE: Final = 0.75  # "has successfully completed X", "on March 2, 2025"
INFERRED: Final = 0.6  # a statement, a format word in running text
GUESSED: Final = 0.45  # the letterhead as provider, a lone date
OCR_FACTOR: Final = 0.85  # text read by OCR may hold misread characters

SOURCE_CHARS = 160

# --- values ----------------------------------------------------------------------------------------

_CREDENTIALS: Final = frozenset(
    ["mls", "mt", "mlt", "cls", "clt", "sbb", "sh", "sc", "sm", "sct", "ht", "htl", "pbt", "dlm", "ct", "mb", "bb", "cm", "phd", "md", "do", "ms", "ma", "bs", "ba", "mba", "mph", "edd", "rn", "drph", "ascp", "amt", "mhs", "msc", "bsc", "mha", "mlt(ascp)", "pa", "lpn", "np", "cpt", "cpt1", "cpt2", "cphl", "rma", "mlsasc", "dr", "mlsascp", "mt(ascp)", "mls(ascp)"]
)  # fmt: skip
# A word of a name in any script's letters: "Trần", "D'Amato-Reyes", "O'Brien", "J.".
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*\.?")
_NAME_PARTICLES: Final = frozenset(
    {"de", "da", "das", "dos", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "los",
     "las", "vda.", "vda",
     "ibn", "al", "el", "di", "du", "y", "e", "ter", "ten", "st."}
)  # fmt: skip
# Generational suffixes belong to the name ("Robert L. Jenkins, Sr."), credentials do not.
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NOT_NAME_WORDS: Final = frozenset(
    ["certificate", "certificates", "completion", "course", "program", "programme", "hours", "credit", "credits", "date", "provider", "title", "laboratory", "laboratories", "lab", "labs", "society", "association", "hospital", "university", "department", "education", "continuing", "transcript", "attendance", "achievement", "participation", "record", "the", "of", "for", "and", "this", "that", "has", "have", "successfully", "completed", "attended", "presented", "awarded", "clinical", "medical", "science", "sciences", "health", "system", "center", "centre", "institute", "college", "school", "inc", "llc", "ltd", "director", "coordinator", "manager", "signature", "sincerely", "approved", "webinar", "workshop", "session", "activity", "contact", "points", "ceu", "ceus", "learner", "participant", "name", "dear", "to", "whom", "it", "may", "concern", "verification", "re", "member", "id", "printed", "total", "sessions", "session", "day", "days", "results", "test"]
)  # fmt: skip


def clean_name(text: str) -> str | None:
    """A person's name from a cell or phrase, without post-nominal credentials (a generational
    suffix stays: "Robert L. Jenkins, Sr."), or None when it does not look like one."""
    text = text.strip().strip(QUOTES).strip(" ,;:")
    if not text or len(text) > 80 or any(ch.isdigit() for ch in text):
        return None
    head, *rest = [part.strip() for part in text.split(",")]
    suffix = ""
    if rest and rest[0].strip(".").casefold() in _SUFFIXES:
        suffix = ", " + _suffix(rest.pop(0))
    if rest and not _all_credentials(", ".join(rest)):
        return None
    tokens = head.rstrip(".").split() if not head.endswith((" Jr.", " Sr.")) else head.split()
    # OCR specks read as a lone letter ("Linda Williams e").
    while tokens and len(tokens[-1]) == 1 and tokens[-1].islower():
        tokens.pop()
    while tokens and (_is_credential(tokens[-1]) and len(tokens) > 2):
        tokens.pop()
    if tokens and tokens[0].rstrip(".").casefold() in {"dr", "mr", "mrs", "ms", "miss", "prof"}:
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 6:
        return None
    for index, token in enumerate(tokens):
        bare = token.casefold().strip(".")
        if token.casefold() in _NAME_PARTICLES and 0 < index < len(tokens) - 1:
            continue
        if bare in _SUFFIXES and index == len(tokens) - 1 and index >= 2:
            continue
        if bare in _NOT_NAME_WORDS or not _NAME_TOKEN.fullmatch(token) or not token[0].isupper():
            return None
    if all(len(token.strip(".")) == 1 for token in tokens):
        return None
    last = tokens[-1]
    if (
        last.endswith(".")
        and len(last.strip(".")) > 1
        and last.strip(".").casefold() not in _SUFFIXES
    ):
        tokens[-1] = last.rstrip(".")  # the sentence's full stop
    return " ".join(tokens) + suffix


def _suffix(text: str) -> str:
    bare = text.strip().rstrip(".")
    return bare + "." if bare.casefold() in ("jr", "sr") else bare.upper()


def _is_credential(token: str) -> bool:
    bare = token.strip(",.;").casefold()
    return "(" in bare or bare in _CREDENTIALS


def _all_credentials(text: str) -> bool:
    tokens = [t for t in re.split(r"[\s,/]+", text) if t]
    return bool(tokens) and all(_is_credential(t) or t.isupper() for t in tokens)


ABBREVIATIONS = ("inc.", "co.", "ltd.", "corp.", "llc.", "st.", "dept.", "univ.", "jr.", "sr.")


def clean_text(text: str, *, limit: int = 300) -> str | None:
    text = " ".join(text.split())
    text = text.strip(" ,;:")
    if len(text) >= 2 and text[0] in QUOTES and text[-1] in QUOTES:
        text = text[1:-1].strip()
    elif text and text[0] in '“"' and text.count(text[0]) == 1 and "”" not in text:
        text = text[1:].strip()
    text = text.strip(" ,;:")
    text = text.rstrip('”"').lstrip('“"') if text.count("“") != text.count("”") else text
    if text.endswith(".") and not text.casefold().endswith(ABBREVIATIONS):
        text = text[:-1].rstrip()
    if sum(ch.isalpha() for ch in text) < 3 or len(text) > limit:
        return None
    return text


STATEMENT = re.compile(
    r"\b(?:approved|designates?|accredit\w*|certif\w*|retain|sincerely|signature|is\s+an?\b|"
    r"has\s+been|this\s+(?:program|activity|course|certificate|letter)|please|hereby|awarded|"
    r"presented\s+to|granted|credit\s+is|records?)\b",
    re.I,
)
JOB_TITLE = re.compile(
    r"(?:[\w&,-]+\s+){0,3}(?:director|coordinator|manager|chair(?:man|person)?|officer|president|"
    r"specialist|educator|administrator|supervisor|dean|instructor|faculty|chief|lead|head|"
    r"representative|registrar|secretary|chairman|chairperson)s?",
    re.I,
)
STATEMENT_START = re.compile(
    r"(?:this|these|approved|accredited|credit\s+(?:is|has)|[A-Z][\w&'.,-]*(?:\s+[\w&'.,()-]+){0,8}\s+"
    r"(?:is|are|has\s+been)\s+(?:an?\s+)?(?:approved|accredited)|\w+\s+designates)\b",
    re.I,
)
ORG_WORDS = re.compile(
    r"\b(?:society|association|laborator(?:y|ies)|hospital|health|university|college|school|"
    r"institute|institut|centers?|centres?|department|inc|llc|ltd|corp|gmbh|academy|foundation|"
    r"system|services|learning|press|alliance|diagnostics|cooperative|consortium|partners|"
    r"education|clinic|medical|medicine|pathology|council|board|agency|group|network|lab|"
    r"labs|ascls|ascp|adlm|aacc|labce|medialab|arup|cdc|camlt|amt|reach|university)\b",
    re.I,
)
# A unit of an organisation, not the organisation: "Customer Education Center", "QA Office".
DEPARTMENT: Final = re.compile(
    r"\b(?:department|dept|office|committee|division|staff|team|unit|section|customer|"
    r"education\s+(?:center|centre|services|department)|staff\s+development|"
    r"^(?:office\s+of\s+)?(?:continuing|professional)\s+education$|education\s*&\s*training|training\s+center)\b",
    re.I,
)
# Kinds of organisation that are the issuer itself, not one of its parts.
INSTITUTION: Final = re.compile(
    r"\b(?:society|association|hospital|university|college|inc|llc|ltd|corp|gmbh|foundation|"
    r"academy|institute|institut|laborator(?:y|ies)|labs?|health|clinic|press|alliance|network|"
    r"learning|diagnostics|group|partners|cooperative|consortium|council|board|system)\b\.?",
    re.I,
)


HEADING = re.compile(
    r"\b(?:certificate|certification|award|transcript|record\s+(?:of|for)|in\s+recognition|"
    r"continuing\s+education\s+credit|credit\s+summary|"
    r"verification|statement\s+of|diploma|acknowledg)",
    re.I,
)


# After an organisation's name: its acronym in brackets, its role, its accreditation.
_ORG_TAIL = re.compile(
    r"\s*\([A-Z][A-Za-z&]{1,9}\)(?=\s*(?:,|$))|,\s*(?:(?:the\s+|an?\s+)?(?:organi[sz]er|host|"
    r"sponsor|co-?sponsor|p\.?\s?a\.?\s?c\.?\s?e|accent|provider|approved|accredited)\b).*$",
    re.I,
)
# A role before the organisation: "Registrar, Keystone Lab Academy".
_ROLE_HEAD = re.compile(r"^[A-Z][\w ]{2,40}?,\s+(?=[A-Z])")


def clean_org(text: str) -> str | None:
    text = re.sub(r"^\s*the\s+(?=[A-Z])", "", text)  # "presented by the Texas Association ..."
    head = _ROLE_HEAD.match(text)
    role = head.group(0).rstrip(", ") if head else ""
    if head and JOB_TITLE.fullmatch(role) and not ORG_WORDS.search(role):
        text = text[head.end() :]
    text = _ORG_TAIL.sub("", text)
    found = clean_text(text, limit=120)
    if found is None or find_dates(found) or HEADING.search(found) or found[:1].islower():
        return None  # "the manufacturer", "the chemistry lead": no organisation's name
    if re.search(r"\b(?:is|has|was|are|were|have|will)\b", found):
        return None
    return found


_ID = re.compile(
    r"#?\s*(?P<id>[A-Za-z0-9](?:[A-Za-z0-9./-]*[A-Za-z0-9])?"
    r"(?:\s(?=\d)\d[A-Za-z0-9./-]*[A-Za-z0-9]|\s(?=\d)\d)?)"
)


def clean_id(text: str) -> str | None:
    """An identifier from the start of a value: "#116-201-25." -> "116-201-25"."""
    match = _ID.match(text.strip())
    if not match:
        return None
    found = match.group("id")
    if not any(ch.isdigit() for ch in found) or len(found) > 40:
        return None
    head = found.split()[0]
    if " " in found and (len(head) > 4 or any(ch.isdigit() for ch in head)):
        found = head  # "116 2025": only a short letter prefix ("FL 12-345") joins a number
    return found


_LEVELS: Final = (
    ("basic", re.compile(r"\b(?:basic|beginn\w*|introductory|elementary|entry)\b", re.I)),
    ("intermediate", re.compile(r"\bintermediate\b", re.I)),
    ("advanced", re.compile(r"\badvanced\b", re.I)),
)


# Check boxes: "[x] Advanced", "☒ Intermediate", "■ Basic" ticked; "[ ]", "☐", "□" not.
_TICKED = r"(?:\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑■✔✓●◉▣])"
_BOX = re.compile(r"\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[☐☒☑□■✔✓●○◉▣]")
_AFTER_TICK = re.compile(_TICKED + r"\s*(?P<word>[A-Za-z-]+)")


def level_of(text: str) -> str | None:
    """The level a text states; with check boxes, the ticked one."""
    if _BOX.search(text):
        ticked = [m.group("word") for m in _AFTER_TICK.finditer(text)]
        for word in ticked:
            for level, pattern in _LEVELS:
                if pattern.fullmatch(word):
                    return level
        return None  # boxes, none of them ticked beside a level
    stated = _levels_named(text)
    # "Basic  Intermediate  Advanced" with no mark: a form's choices, none of them chosen.
    return stated[0] if len(stated) == 1 else None


def _levels_named(text: str) -> list[str]:
    return [level for level, pattern in _LEVELS if pattern.search(text)]


def lists_levels(text: str) -> bool:
    """Whether a text names more than one level (a form's row of choices)."""
    return len(_levels_named(text)) > 1


# (pattern, kind, delivery): first match wins for kind; delivery from the first that gives one.
_FORMATS: Final = (
    (
        r"recorded\s+(?:webinar|session|lecture|presentation|program|course|event|version)"
        r"|on[-\s]?demand|archived|enduring|home[-\s]?study|self[-\s]?(?:study|paced|directed)"
        r"|independent\s+study|journal(?:-based)?\s+ce|correspondence|printed\s+material",
        "self-study",
        "self-study",
    ),
    (r"webinar|webcast|teleconference|live\s+online|live\s+virtual|virtual\s+live", "live-session", "live"),
    (r"workshop|seminar|wet[-\s]?lab|hands[-\s]?on", "workshop", None),
    (r"conference|annual\s+meeting|meeting\s+session|symposium|convention|congress|forum|summit", "conference-session", None),
    (r"in[-\s]?service", "in-service", None),
    (r"lecture|grand\s+rounds", "live-session", "live"),
    (r"academic|semester|quarter\s+credit", "academic", None),
)  # fmt: skip
FORMAT_RES: Final = tuple((re.compile(r"\b(?:" + p + r")\b", re.I), k, d) for p, k, d in _FORMATS)
LIVE = re.compile(
    r"\b(?:live|in[-\s]?person|classroom|face[-\s]to[-\s]face|on[-\s]?site|onsite|in[-\s]room"
    r"|held\s+(?:in|at)\s+the\s+(?:[\w'&-]+\s+){0,4}(?:room|auditorium|hall|suite|classroom))\b",
    re.I,
)


def format_of(text: str) -> tuple[str | None, str | None]:
    """(kind, delivery) a format description states; with check boxes, the ticked one."""
    if _BOX.search(text):
        ticked = re.findall(_TICKED + r"\s*([^\[\]☐☒☑□■✔✓●○◉▣(]+)", text)
        if not ticked:
            return None, None
        text = " ".join(ticked)
    kind: str | None = None
    delivery: str | None = None
    for pattern, found_kind, found_delivery in FORMAT_RES:
        if pattern.search(text):
            kind = found_kind
            delivery = found_delivery
            break
    if delivery is None and kind != "self-study" and LIVE.search(text):
        delivery = "live"
    return kind, delivery


def amount_unit(label: str) -> str:
    """The amount field a label's unit words name ("CEUs" -> ceu)."""
    low = label.casefold()
    if re.search(r"c\.?e\.?u|continuing\s+education\s+units?", low):
        return "ceu"
    if re.search(r"\bmin(?:ute)?s?\b|duration\s*\(?min", low):
        return "minutes"
    if re.search(r"\b(?:cmp|ccp)?\s*points?\b", low):
        return "points"
    if "semester" in low:
        return "semester_hours"
    if "quarter" in low:
        return "quarter_hours"
    return "hours"


# After a labelled number: an aside in brackets, a full stop, or another fact past a separator
# ("6.0 · intermediate").
_AFTER_NUMBER = re.compile(r"\s*(?:\([^)]*\))?\s*[.,;:]?\s*(?:[·•|—–]\s.*)?")
BARE_NUMBER = re.compile(r"(?<![\w.])(\d{1,4}(?:[.,]\d{1,3})?|\.\d{1,3})(?![\w.]|,\d)")


def amount_value(label: str, value: str) -> tuple[str, str, str] | None:
    """(field, decimal, raw) from a labelled amount: "1.5 contact hours", or "1.5" under
    "CEUs"."""
    found = find_amounts(value)
    if found and found[0][1].start == len(value) - len(value.lstrip()):
        field_, hit = found[0]
        # "Duration: 90 minutes (1.5 contact hours)": the first stated unit.
        return field_, hit.value, hit.raw
    value = value.strip()
    match = BARE_NUMBER.match(value)
    if not match or not _AFTER_NUMBER.fullmatch(value[match.end() :]):
        return None
    field_ = amount_unit(label)
    try:
        number = Decimal(match.group(1).replace(",", "."))
    except InvalidOperation:
        return None
    if number <= 0 or number > AMOUNT_LIMITS[field_]:
        return None
    if field_ == "minutes" and number != number.to_integral_value():
        return None
    return field_, plain_decimal(number), match.group(0)


# --- collecting candidates ---------------------------------------------------------------------------


@dataclass
class Fields:
    ocr: bool
    found: dict[str, Field] = field(default_factory=dict)
    # Every credit figure a reader offered, taken or not: (amount field, value, line or -1).
    amounts_seen: list[tuple[str, str, int]] = field(default_factory=list)

    def add(
        self, name: str, value: str | tuple[str, ...] | None, confidence: float, source: str
    ) -> None:
        if value is None or value == "" or value == ():
            return
        if self.ocr:
            confidence *= OCR_FACTOR
        current = self.found.get(name)
        if current is not None and current.confidence >= confidence:
            return
        source = " ".join(source.split())
        if len(source) > SOURCE_CHARS:
            source = source[: SOURCE_CHARS - 1] + "…"
        self.found[name] = Field(value, round(confidence, 3), source)

    def conf(self, name: str) -> float:
        current = self.found.get(name)
        if current is None:
            return 0.0
        return current.confidence / (OCR_FACTOR if self.ocr else 1.0)


def add_amount(
    fields: Fields, name: str, value: str, confidence: float, source: str, line: int = -1
) -> None:
    """One amount per draft: the best-supported one replaces any other."""
    fields.amounts_seen.append((name, value, line))
    best = max((fields.conf(n) for n in AMOUNT_FIELDS if n in fields.found), default=0.0)
    if confidence <= best:
        return
    for other in AMOUNT_FIELDS:
        fields.found.pop(other, None)
    fields.add(name, value, confidence, source)


ORDER: Final = (
    "title", "provider", "participant_name", "completed_on", "start", "end", *AMOUNT_FIELDS,
    "kind", "accreditation", "approvals", "course_number", "provider_number", "approval_number",
    "accrediting_agency_number", "license_number", "level", "delivery", "issued_on", "expires_on",
)  # fmt: skip


def storable_amount(found: dict[str, Field]) -> list[str]:
    """The ledger keeps amounts to two decimals. "0.125 CEU" is written as the 1.25 contact
    hours it stands for (1 CEU = 10 contact hours); other amounts with more decimals are left
    for the reviewer, with a note."""
    for name in AMOUNT_FIELDS:
        current = found.get(name)
        if current is None or not isinstance(current.value, str):
            continue
        try:
            value = Decimal(current.value)
        except InvalidOperation:
            return []
        if value == value.quantize(Decimal("0.01")):
            return []
        if name == "ceu" and value * 10 == (value * 10).quantize(Decimal("0.01")):
            del found[name]
            hours = plain_decimal(value * 10)
            found["hours"] = Field(hours, current.confidence, current.source)
            return [f"{current.value} CEU is entered as {hours} contact hours (1 CEU = 10 hours)"]
        return [f"the amount {current.value} has more than two decimals; round it as the rules say"]
    return []
