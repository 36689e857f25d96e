"""Labelled facts: "Course Title: X", a label cell beside or above its value cell, numbers
introduced by a label inside a sentence ("Program #116-201-25").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from cetrack.core.capture.days import date_ranges
from cetrack.core.capture.fields import (
    ABBREVIATIONS,
    DEPARTMENT,
    GUESSED,
    HEADING,
    INFERRED,
    INSTITUTION,
    JOB_TITLE,
    LABELLED,
    LABELLED_WEAK,
    ORG_WORDS,
    PROSE,
    STATEMENT,
    Fields,
    add_amount,
    amount_value,
    clean_id,
    clean_name,
    clean_org,
    clean_text,
    format_of,
    level_of,
    lists_levels,
)
from cetrack.core.capture.issuer import generic_department
from cetrack.core.capture.labels import (
    HEADER_WORDS,
    Label,
    labels_of,
)
from cetrack.core.capture.prose import ABBREVIATION_BEFORE, TRAILING_CONNECTOR, could_be_title
from cetrack.core.capture.text import Cell, Doc
from cetrack.core.capture.values import (
    accreditation_id,
    find_accreditations,
    find_amounts,
    find_dates,
)


def read_labelled(doc: Doc, fields: Fields, used_lines: set[int]) -> None:
    """Facts printed under a label: in one cell, in the next cell, or on the next line."""
    taken: set[tuple[int, int]] = set()  # cells used as values
    memo = _is_memo(doc)
    for number, line_cells in enumerate(doc.cells):
        in_paragraph = _in_paragraph(doc, number)
        cells = [piece for cell in line_cells for piece in _split_at_labels(cell)]
        for index, cell in enumerate(cells):
            if (cell.line, cell.start) in taken:
                continue
            labels = labels_of(cell) or _wrapped_label(doc, cell) or _inner_labels(cell)
            for label in labels:
                cell = label.cell
                if index == 0 and (
                    (in_paragraph and not label.explicit)
                    or (_period_after(label) and _wraps_into(doc, number))
                ):
                    # "program Antibody ..." or "Program. Up to 12.5 hours ...": a wrapped
                    # sentence going on, not a label
                    continue
                if label.value:
                    options = [(label.value, [cell])]
                elif label.label.casefold() in HEADER_WORDS:
                    # A memo's or an e-mail's header: its value is beside it, whatever it says
                    # ("Subject:   RE: ..."), never under it.
                    options = [(c.text, [cell, c]) for c in cells[index + 1 : index + 2]]
                else:
                    options = [(c.text, [cell, c]) for c in _value_cells(doc, cells, index, cell)]
                accepted = False
                for value, source_cells in options:
                    if _accept(doc, fields, label, value, source_cells, memo=memo):
                        for used in source_cells[1:]:
                            taken.add((used.line, used.start))
                        used_lines.add(number)
                        accepted = True
                        break
                if accepted and not label.value.startswith("/"):
                    break  # one label per cell, but both of "Level / format   Basic / live"


def _wraps_into(doc: Doc, number: int) -> bool:
    """Whether the line above runs on into line `number` (no full stop or colon ends it)."""
    above = doc.flat_line(number - 1) if number > 0 else ""
    return bool(above) and not above.endswith((".", ":", "!", "?"))


def _period_after(label: Label) -> bool:
    """Whether a label word ends a sentence ("Program." then a new sentence)."""
    after = label.cell.text[len(label.label) :].lstrip()
    return bool(re.match(r"\.\s+[A-Z]", after))  # not a leader of dots, not "No."


def _wrapped_label(doc: Doc, cell: Cell) -> list[Label]:
    """A label broken over two lines in a narrow column: "California Accrediting Agency" /
    "Number: 7176"."""
    below = cell_below(doc, cell.line, cell.start)
    if below is None or below.line != cell.line + 1 or len(cell.text) > 40:
        return []
    if not re.match(r"(?:number|n[o0]\.|#|id\b|date|name|title|code)", below.text, re.I):
        return []
    joined = Cell(cell.text + " " + below.text, below.line, cell.start, below.end)
    return [label for label in labels_of(joined) if label.explicit and label.value]


_INNER_ROLES: Final = frozenset(
    {"license_number", "course_number", "provider_number", "approval_number",
     "accrediting_agency_number", "date", "dates", "issued", "expires", "amount", "ignore"}
)  # fmt: skip
_LABEL_MARK = re.compile(r"[:#]|\bn[o0]\.", re.I)
_WORD_START = re.compile(r"(?<=\s)(?=\S)")


def _split_at_labels(cell: Cell) -> list[Cell]:
    """A cell holding two labelled facts printed a space apart ("Participant: Jane Doe
    Florida license no.: TS 88120", "Employee: Jane Doe Employee ID: 004417") as one cell per
    fact. Only a label set off by a colon or a number sign that names a number, a date, an
    amount or something to ignore starts a new fact (a title may hold "Program: Basics")."""
    text = cell.text
    if len(_LABEL_MARK.findall(text)) < 2:
        return [cell]
    for match in _WORD_START.finditer(text):
        rest = Cell(text[match.start() :], cell.line, cell.start + match.start(), cell.end)
        if any(
            label.marked and label.value and (label.role in _INNER_ROLES or " " in label.label)
            for label in labels_of(rest)
        ):
            head = text[: match.start()].rstrip()
            first = Cell(head, cell.line, cell.start, cell.start + len(head))
            if not labels_of(first):
                return [cell]
            return [first, *_split_at_labels(rest)]
    return [cell]


_SENTENCE_END = re.compile(r"[.;!?]\s+(?=[A-Z])")


def _inner_labels(cell: Cell) -> list[Label]:
    """A label starting a later sentence of the cell, set off by a colon: "Up to 5.5 contact
    hours were offered. Hours claimed: 4.0"."""
    for match in _SENTENCE_END.finditer(cell.text):
        if ABBREVIATION_BEFORE.search(cell.text, 0, match.start() + 1):
            continue
        rest = Cell(cell.text[match.end() :], cell.line, cell.start + match.end(), cell.end)
        labels = [label for label in labels_of(rest) if label.marked and label.value]
        if labels:
            return labels
    return []


def _in_paragraph(doc: Doc, number: int) -> bool:
    """Whether line `number` continues a sentence wrapped from the line above."""
    if number == 0 or len(doc.cells[number - 1]) != 1:
        return False
    above = doc.flat_line(number - 1)
    if any(lbl.marked for lbl in labels_of(doc.cells[number - 1][0])):
        return False  # "Accredited Provider - ...": a label line, not a sentence
    upper, lower = doc.geometry[number - 1], doc.geometry[number]
    if (
        upper is not None
        and lower is not None
        and (
            abs(upper.size - lower.size) > 0.15 * max(upper.size, lower.size)
            or lower.top - upper.bottom > 1.2 * upper.size
        )
    ):
        return False  # printed larger or smaller, or farther down: not the same paragraph
    return len(above) >= 45 and not above.endswith((".", ":", "!", "?")) and " " in above


def _value_cells(doc: Doc, cells: list[Cell], index: int, label: Cell) -> list[Cell]:
    """Where the value of a label printed alone may be, most likely first: the next cell on
    its line, the cell just below it (a label above its value), and last the next cell even
    when it reads like a label itself ("FORMAT   In-service") unless a colon sets it off."""
    found: list[Cell] = []
    last_resort: list[Cell] = []
    if index + 1 < len(cells):
        candidate = cells[index + 1]
        labels = labels_of(candidate)
        if not any(lbl.strong for lbl in labels):
            found.append(candidate)
        elif not any(lbl.marked for lbl in labels):
            last_resort.append(candidate)
    for below in (label.line + 1, label.line + 2):  # past one blank line
        if below >= len(doc.cells):
            break
        for candidate in doc.cells[below]:
            if doc.aligned(label, candidate):
                if not any(lbl.strong for lbl in labels_of(candidate)):
                    found.append(candidate)
                break
        if doc.cells[below]:
            break
    return found + last_resort


# "Series: ...", "Hosted at: ...": a label the reader does not know still starts a new fact.
_UNKNOWN_LABEL = re.compile(r"[A-Z][\w ()/#&.'-]{0,30}:\s")


_JOINING_WORD: Final = re.compile(
    r"(?:with|and|for|of|in|on|to|from|through|using|versus|vs\.?)\s", re.I
)


def _wrapped_past_blank(doc: Doc, last: Cell, column: int) -> list[Cell]:
    """A title's last words alone on the next printed line of its value column, set apart by
    a form's wide line spacing ("PROGRAM:   Bench Review: Blood and Tissue" / "" /
    "           Protozoa" / "" / "DATE: ..."): a short unlabelled cell exactly under the value,
    with nothing else on its line and a blank or a new row after it."""
    below = last.line + 2
    if below >= len(doc.cells) or doc.cells[last.line + 1]:
        return []
    cells = doc.cells[below]
    if len(cells) != 1 or cells[0].start != column:
        return []
    cell = cells[0]
    after = doc.cells[below + 1] if below + 1 < len(doc.cells) else []
    if after and not any(labels_of(c) or _UNKNOWN_LABEL.match(c.text) for c in after):
        return []  # a paragraph under the form, not a lone wrapped word or two
    # A value ending in a colon or a connector announces more; a lone connector starts it.
    announced = last.text.endswith(":") or bool(TRAILING_CONNECTOR.search(last.text))
    joined = bool(_JOINING_WORD.match(cell.text))
    if (
        len(cell.text.split()) > (10 if announced or joined else 4)
        or not (cell.text[:1].isupper() or joined)
        or labels_of(cell)
        or _UNKNOWN_LABEL.match(cell.text)
        or find_dates(cell.text)
        or find_amounts(cell.text)
        or STATEMENT.search(cell.text)
        or re.search(r"[.!?]$", last.text)
        or not could_be_title(last.text + " " + cell.text)
    ):
        return []
    return [cell]


def _continuation(doc: Doc, last: Cell, column: int, label_column: int) -> list[Cell]:
    """Cells below `last` that continue its value (a title or name wrapped onto more lines).
    A line whose label column holds a label starts the next row of a table instead."""
    more: list[Cell] = []
    line = last.line + 1
    inline = label_column >= column - 2  # "Name: Jane Doe": label and value in one cell
    skipped = 0
    while line < len(doc.cells) and len(more) < 5:
        candidates = [c for c in doc.cells[line] if abs(c.start - column) <= 2]
        if not candidates:
            # A line of a column further right, printed between two lines of this value.
            if (
                doc.cells[line]
                and skipped == 0
                and all(c.start > column + 12 for c in doc.cells[line])
            ):
                skipped += 1
                line += 1
                continue
            break
        if label_column < column - 2 and any(
            abs(c.start - label_column) <= 2 and any(lbl.strong for lbl in labels_of(c))
            for c in doc.cells[line]
        ):
            break
        if any(
            c.start < column - 2 and _UNKNOWN_LABEL.fullmatch(c.text + " ") for c in doc.cells[line]
        ):
            break  # "FL license:   SU 55102": a label the reader does not know starts a new row
        cell = candidates[0]
        text = cell.text
        if (
            labels_of(cell)
            or (inline and _UNKNOWN_LABEL.match(text))
            or find_dates(text)
            or find_amounts(text)
            or STATEMENT.search(text)
            or len(text) > 80
            or (text.endswith(".") and not text.casefold().endswith(ABBREVIATIONS))
            or re.match(r"(?:held|earning|presented|offered|provided|sponsored)\b", text, re.I)
        ):
            break
        more.append(cell)
        line += 1
    return more


@dataclass(frozen=True, slots=True)
class _Found:
    """A labelled value on its way into the fields: where it is and how it was found."""

    doc: Doc
    label: Label
    value: str
    cells: list[Cell]
    conf: float
    source: str

    @property
    def column(self) -> int:
        """The column the value starts in (its own cell, or the label's when they share one)."""
        return self.cells[-1].start if len(self.cells) > 1 else self.label.cell.start

    def below(self) -> Cell | None:
        return cell_below(self.doc, self.cells[-1].line, self.column)


_MEMO_HEADER = re.compile(r"(?:to|from|re|subject|sent|date|memo(?:randum)?)\s*:", re.I)


def _is_memo(doc: Doc) -> bool:
    """Whether the document heads itself as a memo or an e-mail: "TO:", "FROM:", "RE:"..."""
    heads = sum(1 for cells in doc.cells[:30] if cells and _MEMO_HEADER.match(cells[0].text))
    return heads >= 3 or (heads >= 2 and bool(re.search(r"\bmemo", doc.flat[:400], re.I)))


def _accept(
    doc: Doc, fields: Fields, label: Label, value: str, cells: list[Cell], *, memo: bool = False
) -> bool:
    """Record a labelled value if it looks like what the label promises."""
    role = label.role
    if role == "ignore":
        return True
    word = label.label.casefold().rstrip(": ")
    if memo and role == "date" and word in ("date", "sent", "date sent"):
        # A memo's or an e-mail's own date, not the activity's.
        label = replace(label, role="issued")
        role = "issued"
    source = " ".join(c.text for c in cells)
    if role in ("title", "provider", "name", "format"):
        column = cells[-1].start if len(cells) > 1 else label.cell.start
        # "ARTICLE ...... Decalcification Endpoints and" / "Antigen Preservation ...": the
        # value wraps under itself, not under its label.
        offset = label.cell.text.rfind(value) if len(cells) == 1 and value else -1
        extra: list[Cell] = []
        if offset > 0:
            extra = _continuation(doc, cells[-1], label.cell.start + offset, label.cell.start - 3)
        if not extra:
            extra = _continuation(doc, cells[-1], column, label.cell.start)
        if role == "title" and _rows_of_a_table(doc, label.cell, cells[-1], column):
            return False  # "Session" over a table of sessions, each a row: no one title
        if not extra and role == "title" and len(cells) > 1:
            extra = _wrapped_past_blank(doc, cells[-1], column)
        if extra:
            value = value + " " + " ".join(c.text for c in extra)
            source += " " + " ".join(c.text for c in extra)
    conf = LABELLED if label.strong else LABELLED_WEAK
    if word in HEADER_WORDS:
        # A memo's "TO:" is its reader, "FROM:" often a committee of the organisation.
        conf = LABELLED_WEAK if role == "name" else INFERRED
    found = _Found(doc, label, value, cells, conf, source)
    take = _TAKE.get(role)
    return take(fields, found) if take is not None else False


_EMAIL = re.compile(r"<[^<>\n]*@[^<>\n]*>|\(?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b\)?|\[mailto:[^]]*\]")


def _without_address(value: str) -> str:
    """ "Northstar Health Education <ce@northstarhealth.org>" -> the display name."""
    return _EMAIL.sub("", value).strip().strip('"').strip()


# Where a name given in running text ends: "Licensee Jane Doe (license number ...) completed".
_NAME_ENDS = re.compile(
    r"\s*\(|\s+(?:has|have|had|completed|attended|participated|successfully|earned|took|is|was)\b"
)


def _take_name(fields: Fields, found: _Found) -> bool:
    name = clean_name(_without_address(found.value))
    cut = _NAME_ENDS.search(found.value)
    if name is None and cut is not None and found.label.label[:1].isupper():
        name = clean_name(found.value[: cut.start()])
    if name is None or JOB_TITLE.fullmatch(name):
        return False  # "Attendee   Meeting Chair": a signature's caption, not a name
    conf = found.conf
    if found.doc.ocr and re.match(r"trainee", found.label.label, re.I):
        # OCR reads "Trainer:" as "Trainee:" (one letter): the name is left for checking.
        conf = min(conf, INFERRED)
    fields.add("participant_name", name, conf, found.source)
    return True


_BOXES = re.compile(r"\[\s*[xX✓✔]?\s*\]|[☐☒☑□■]")
_SUBJECT_PREFIX = re.compile(r"^(?:(?:re|fwd?|fw)\s*:\s*)+", re.I)
_SUBJECT_LEAD = re.compile(
    r"\b(?:attendance|record|certificate|completion|confirmation|in-?\s?service|registration|"
    r"thank|your|credit|ce|cme|continuing\s+education|transcript|verification|reminder)\b",
    re.I,
)


_SUBJECT_ABOUT = re.compile(
    r"(?:your\s+)?(?:ce\s+credit|credit|certificate|attendance|transcript|completion)"
    r"\s+(?:for|from)\s+(?P<title>.+)",
    re.I,
)


def subject_title(value: str) -> str:
    """A course title out of an e-mail subject or a memo's "RE:" line: "Your attendance
    record – Sepsis Bundles" -> "Sepsis Bundles"."""
    value = _SUBJECT_PREFIX.sub("", value.strip())
    about = _SUBJECT_ABOUT.match(value)
    if about and len(about.group("title").split()) >= 2:
        return about.group("title").strip().strip('"“”')
    parts = re.split(r"\s+[–—-]\s+|:\s+", value, maxsplit=1)
    if len(parts) == 2 and _SUBJECT_LEAD.search(parts[0]) and len(parts[1].split()) >= 2:
        return parts[1].strip().strip('"“”')
    return value


def _rows_of_a_table(doc: Doc, label: Cell, value: Cell, column: int) -> bool:
    """A column header ("Session", "Course") whose value is the first of several table rows:
    the value's row and the next one each hold three or more cells, one in the same column."""
    if value.line == label.line or len(doc.cells[label.line]) < 3:
        return False
    following = value.line + 1
    while following < len(doc.cells) and not doc.cells[following]:
        following += 1  # rows set apart by blank lines
    if following >= len(doc.cells) or len(doc.cells[value.line]) < 3:
        return False
    row = doc.cells[following]
    return len(row) >= 3 and any(abs(c.start - column) <= 2 for c in row)


# "program number 0129-...", and after a title word used as a label ("Meeting   number 2481",
# "Webinar   IDs 612 448 ..."): a number's label, not a title.
_NUMBER_WORDS_FIRST: Final = re.compile(
    r"(?:(?:program(?:me)?|course|activity|provider|approval|session)\s*)?"
    r"(?:number|nos?\.|#|ids?|passcode|code)(?:\s|:|$)",
    re.I,
)
# A subject line that names no course: "Your CE certificate is ready", "Certificate attached".
_SUBJECT_NOTICE: Final = re.compile(
    r"(?:(?:fwd?|fw|re)\s*:\s*)*(?:your\s+)?(?:ce\s+|cme\s+)?(?:certificate|credit|transcript|"
    r"record|documentation)s?\s+(?:is\s+|are\s+)?(?:ready|available|attached|enclosed|inside)\W*",
    re.I,
)


def _in_table_row(found: _Found) -> bool:
    """A title label without a colon, its value beside it, in a row of three or more cells
    ("Date   Session   Offered", "Wednesday   Workshop W2   3.0"): a table's header or one of
    its rows, not a form's field (a header's value is under it)."""
    line = found.label.cell.line
    beside = found.cells[-1].line == line  # the value in the label's own row, not under it
    return beside and not found.label.marked and len(found.doc.cells[line]) >= 3


def _take_title(fields: Fields, found: _Found) -> bool:
    value, strong = found.value, found.label.strong
    if _in_table_row(found):
        return False
    if any(
        label.role in _NUMBER_ROLES for label in labels_of(Cell(value, 0, 0, len(value)))
    ) or _NUMBER_WORDS_FIRST.match(value):
        return False  # "Conference   program number 0129-1014-25": a number's label
    if found.label.label.casefold().rstrip(": ") in ("re", "subject"):
        if _SUBJECT_NOTICE.fullmatch(value.strip()):
            return False  # the e-mail's subject names no course; its body may
        value = subject_title(value)
    if not strong and (value[:1].islower() or STATEMENT.search(value) or len(value.split()) < 2):
        return False
    if not could_be_title(value):
        return False  # "Course #   CEU/Hours": a header row, its values under it
    if JOB_TITLE.fullmatch(value.strip()) or re.match(r"(?:dear|hi|hello)\b", value, re.I):
        return False  # "Program Director" under a signature, "Dear Samuel," opening a letter
    if not found.label.explicit and HEADING.search(value):
        return False  # "Series Completion Certificate": a heading, not "Series: ..."
    if find_dates(value) and (len(value) < 30 or not strong):
        return False
    title = clean_text(value)
    if title is None or title.casefold() in ("title", "course", "program"):
        return False
    fields.add("title", title, found.conf, found.source)
    return True


# "Presented by the Red Mesa Chapter to Mr. Ezekiel Marsh": the issuer ends before its award.
_TO_PERSON = re.compile(r"\s+to\s+(?=(?-i:(?:M[rs]s?\.?|Mx\.?|Dr\.?)\s|[A-Z][a-z]+\s+[A-Z]))")


def _take_provider(fields: Fields, found: _Found) -> bool:
    value = found.value
    if value.lstrip().startswith("/"):
        return False  # "Provider / Program #": the first of two labels, not a name
    to_person = _TO_PERSON.search(value)
    if to_person is not None:
        value = value[: to_person.start()]
    org = clean_org(_without_address(value))
    if org is None or clean_id(org) == org:
        return False
    if JOB_TITLE.fullmatch(org) and not ORG_WORDS.search(org):
        return False  # "CE Provider Representative" under a signature: a role
    conf = found.conf
    if DEPARTMENT.search(org) and (not INSTITUTION.search(org) or generic_department(org)):
        conf = min(conf, GUESSED)  # "FROM: Education Committee": the letterhead names the issuer
    fields.add("provider", org, conf, found.source)
    return True


def _take_date(fields: Fields, found: _Found) -> bool:
    value, source = found.value, found.source
    below = found.below()
    if below is not None:
        # A date wrapped in a narrow column: "Jan. 30," / "2024", "March 3, 2025 –" /
        # "March 5, 2025". Joined when that completes a date or a range.
        joined = value + " " + below.text
        if len(date_ranges(joined)) > len(date_ranges(value)) or (
            not find_dates(value) and find_dates(joined)
        ):
            value, source = joined, source + " " + below.text
    return _labelled_date(fields, found.label.role, value, found.conf, source)


_DURATION_LABEL: Final = re.compile(r"(?:duration|length|time)\b", re.I)


def _take_amount(fields: Fields, found: _Found) -> bool:
    label = found.label.label
    amount = amount_value(label, found.value)
    if amount is None:
        # "Credit Awarded: 2 AMA PRA Category" / "1 Credit(s)™" wrapped in a column.
        below = found.below()
        if below is not None and not labels_of(below):
            amount = amount_value(label, found.value + " " + below.text)
    if amount is None:
        return False
    name, decimal, raw = amount
    conf = found.conf
    if _DURATION_LABEL.match(label):
        conf -= 0.15  # how long it lasted: the credit, when also printed, is the claim
    add_amount(fields, name, decimal, conf, found.source, found.cells[-1].line)
    unit_acc = find_accreditations(label + " " + raw)
    if unit_acc:
        fields.add("accreditation", unit_acc[0][0], 0.9, found.source)
    return True


_PACE_PREFIX = re.compile(
    r"^\s*(?:ascls\s+)?p\.?\s?a\.?\s?c\.?\s?e\.?\s*(?:®|\(r\))?\s*(?=#?\s*\d)", re.I
)


# "Provider / Program #   0244 / 0244-0311-25": two labels, two values, in the same order.
_NUMBER_ROLES: Final = frozenset(
    {"course_number", "provider_number", "approval_number", "accrediting_agency_number",
     "license_number"}
)  # fmt: skip
_PAIRED_LABEL: Final = re.compile(r"(?P<first>[^\W\d_][\w .#]*?)\s*/\s*$")
_PAIRED_VALUE: Final = re.compile(r"\s*(?P<first>[^\s/]+)\s*/\s*(?P<second>[^\s/]+)")


def _take_number(fields: Fields, found: _Found) -> bool:
    value = found.value
    cell = found.label.cell
    before = cell.text[: max(0, cell.text.find(found.label.label))]
    paired_label = _PAIRED_LABEL.fullmatch(before) if before else None
    paired_value = _PAIRED_VALUE.match(value)
    if paired_label is not None and paired_value is not None:
        # "Provider / Program #": the number sign belongs to both.
        first = Cell(paired_label.group("first") + " #:", cell.line, cell.start, cell.end)
        roles = [lbl.role for lbl in labels_of(first) if lbl.role in _NUMBER_ROLES]
        ident = clean_id(paired_value.group("first"))
        if roles and ident is not None:
            role = number_role(roles[0], paired_label.group("first"), ident)
            fields.add(role, ident, found.conf, found.source)
        value = paired_value.group("second")
    ident = clean_id(_PACE_PREFIX.sub("", value))
    if ident is None:
        return False
    role = number_role(found.label.role, found.label.label, ident)
    fields.add(role, ident, found.conf, found.source)
    florida = re.search(r"florida|\bfl\b|broker", found.label.label, re.I)
    if role == "approval_number" and (florida or ident.startswith("50-")):
        fields.add("approvals", ("fl",), PROSE, found.source)
    return True


def _take_level(fields: Fields, found: _Found) -> bool:
    value = found.value
    line = found.doc.lines[found.label.cell.line]
    rest = line[found.label.cell.start + len(found.label.label) :]
    if _BOXES.search(value) or lists_levels(rest) or value.lstrip().startswith("/"):
        # "Level:   [ ] Basic   [x] Advanced": every box of the line, not the first cell; and
        # "Level:   Basic   Intermediate   Advanced" with no mark states none of them.
        value = rest
    level = level_of(value)
    if level is None:
        return False
    fields.add("level", level, found.conf, found.source)
    return True


def _take_format(fields: Fields, found: _Found) -> bool:
    kind, delivery = format_of(found.value)
    if kind is None and delivery is None:
        return False
    fields.add("kind", kind, found.conf - 0.05, found.source)
    fields.add("delivery", delivery, found.conf - 0.05, found.source)
    return True


def _take_accreditation(fields: Fields, found: _Found) -> bool:
    ident = accreditation_id(found.value)
    if ident in ("other", "none"):
        named = find_accreditations(found.value)
        if not named:
            return False
        ident = named[0][0]
    fields.add("accreditation", ident, found.conf - 0.05, found.source)
    if re.search(r"florida|\bfl\b|ce\s*broker", found.value, re.I):
        fields.add("approvals", ("fl",), PROSE, found.source)
    return True


_TAKE: Final = {
    "name": _take_name,
    "title": _take_title,
    "provider": _take_provider,
    "date": _take_date,
    "dates": _take_date,
    "issued": _take_date,
    "expires": _take_date,
    "amount": _take_amount,
    "course_number": _take_number,
    "provider_number": _take_number,
    "approval_number": _take_number,
    "accrediting_agency_number": _take_number,
    "license_number": _take_number,
    "level": _take_level,
    "format": _take_format,
    "accreditation": _take_accreditation,
}


_RANGE_END = re.compile(r"(?:-|–|—|\bto|\bthrough|\bthru)\s*$", re.I)
_RANGE_START = re.compile(r"(?:-|–|—|to\b|through\b|thru\b)", re.I)


def cell_below(doc: Doc, line: int, column: int) -> Cell | None:
    """The cell starting at `column` on the next line of that column, if any: past one blank
    line, and past lines that only hold text of a column further right (two columns whose lines
    do not line up)."""
    blanks = 0
    for number in range(line + 1, min(line + 4, len(doc.cells))):
        cells = doc.cells[number]
        found = [c for c in cells if abs(c.start - column) <= 2]
        if found:
            return found[0]
        if not cells:
            blanks += 1
            if blanks > 1:
                return None
            continue
        if any(c.start < column + 12 for c in cells):
            return None  # something else is printed in this column: the value has ended
    return None


def number_role(role: str, label: str, ident: str) -> str:
    """CE Broker numbers say what they are: 50-... a provider (Florida approval), 20-... a
    course."""
    if "broker" in label.casefold() or "tracking" in label.casefold():
        if ident.startswith("50-"):
            return "approval_number"
        if ident.startswith("20-"):
            return "course_number"
    if role == "provider_number" and re.fullmatch(r"50-\d{3,6}", ident):
        return "approval_number"  # a Florida board (CE Broker) provider approval
    return role


def _labelled_date(fields: Fields, role: str, value: str, conf: float, source: str) -> bool:
    ranges = date_ranges(value)
    if ranges and ranges[0][0].start <= 12 and role in ("date", "dates"):
        first, last = ranges[0]
        fields.add("start", first.value, conf, source)
        fields.add("end", last.value, conf, source)
        return True
    dates = find_dates(value)
    if not dates or dates[0].start > 12:
        return False
    name = {"issued": "issued_on", "expires": "expires_on"}.get(role, "completed_on")
    if role == "dates" and len(dates) >= 2:
        fields.add("start", dates[0].value, conf - 0.1, source)
        fields.add("end", dates[-1].value, conf - 0.1, source)
        return True
    fields.add(name, dates[0].value, conf, source)
    return True
