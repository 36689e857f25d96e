"""Held-out certificate corpus, written blind.

Written on 2026-11-21 without reading the certificate parser (``src/cetrack/core/capture/``)
or the existing synthetic generator (``tests/capture/corpus.py``, ``bench/capture.py``), to
serve as a held-out measurement of the parser. Each of the forty single-page PDFs imitates a
different real-world style of continuing-education certificate for medical laboratory
professionals (field lists from ``external-material.md`` section 1.1). Organisation names
other than the well-known national bodies, all people, addresses, phone numbers and
identifiers are invented.

``truth`` keys (a key is omitted when the page does not state it): ``participant_name``,
``title``, ``provider`` (as printed); ``completed_on`` (ISO) or ``start``/``end`` for a
multi-day event; exactly one amount among ``hours``, ``ceu``, ``minutes``, ``points`` (plain
decimal); ``accreditation`` (pace, accent, cmle, accme, state-board); ``course_number``,
``provider_number``, ``approval_number``, ``accrediting_agency_number``, ``license_number`` (as
printed); ``level`` (basic/intermediate/advanced); ``delivery`` (live/self-study).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

__all__ = ["BlindItem", "blind_certificates"]


@dataclass(frozen=True)
class BlindItem:
    name: str
    pdf: bytes
    truth: dict[str, str]


# --------------------------------------------------------------------------- rendering

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
_TTF: dict[str, tuple[str, str]] = {
    "DejaVuSans": ("DejaVuSans.ttf", "Helvetica"),
    "DejaVuSans-Bold": ("DejaVuSans-Bold.ttf", "Helvetica-Bold"),
    "DejaVuSans-Oblique": ("DejaVuSans-Oblique.ttf", "Helvetica-Oblique"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "Times-Roman"),
    "DejaVuSerif-Bold": ("DejaVuSerif-Bold.ttf", "Times-Bold"),
    "DejaVuSerif-Italic": ("DejaVuSerif-Italic.ttf", "Times-Italic"),
}


@cache
def _font(name: str) -> str:
    """The font to use: a DejaVu TTF when installed (registered on first use), else a base-14."""
    spec = _TTF.get(name)
    if spec is None:
        return name
    file, fallback = spec
    path = _DEJAVU / file
    if not path.is_file():
        return fallback
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception:
        return fallback
    return name


Colour = tuple[float, float, float]
BLACK: Colour = (0, 0, 0)
GREY: Colour = (0.35, 0.35, 0.35)
NAVY: Colour = (0.08, 0.16, 0.36)
MAROON: Colour = (0.45, 0.08, 0.12)
GREEN: Colour = (0.05, 0.33, 0.22)
TEAL: Colour = (0.0, 0.35, 0.4)


class _Page:
    def __init__(self, *, wide: bool = False, doc_title: str = "Certificate") -> None:
        self.buf = io.BytesIO()
        size = landscape(letter) if wide else letter
        self.w, self.h = size
        self.c = Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(doc_title)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "Helvetica",
        size: float = 11,
        align: str = "left",
        colour: Colour = BLACK,
    ) -> None:
        self.c.setFont(_font(font), size)
        self.c.setFillColorRGB(*colour)
        if align == "centre":
            self.c.drawCentredString(x, y, s)
        elif align == "right":
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)
        self.c.setFillColorRGB(*BLACK)

    def centre(
        self, y: float, s: str, font: str = "Helvetica", size: float = 11, colour: Colour = BLACK
    ) -> None:
        self.text(self.w / 2, y, s, font, size, "centre", colour)

    def para(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "Helvetica",
        size: float = 10,
        width: float = 460,
        leading: float | None = None,
        align: str = "left",
        colour: Colour = BLACK,
    ) -> float:
        """Wrap ``s`` into ``width``; return the baseline below the last line."""
        lead = leading if leading is not None else size * 1.35
        for line in simpleSplit(s, _font(font), size, width):
            if align == "centre":
                self.text(x + width / 2, y, line, font, size, "centre", colour)
            else:
                self.text(x, y, line, font, size, "left", colour)
            y -= lead
        return y

    def centre_para(
        self,
        y: float,
        s: str,
        font: str = "Helvetica",
        size: float = 11,
        width: float = 460,
        leading: float | None = None,
        colour: Colour = BLACK,
    ) -> float:
        return self.para((self.w - width) / 2, y, s, font, size, width, leading, "centre", colour)

    def rule(
        self, x1: float, y1: float, x2: float, y2: float, width: float = 0.8, colour: Colour = BLACK
    ) -> None:
        self.c.setStrokeColorRGB(*colour)
        self.c.setLineWidth(width)
        self.c.line(x1, y1, x2, y2)
        self.c.setStrokeColorRGB(*BLACK)

    def frame(
        self, inset: float = 24, width: float = 2, colour: Colour = BLACK, double: bool = False
    ) -> None:
        self.c.setStrokeColorRGB(*colour)
        self.c.setLineWidth(width)
        self.c.rect(inset, inset, self.w - 2 * inset, self.h - 2 * inset)
        if double:
            self.c.setLineWidth(width / 3)
            gap = inset + 6
            self.c.rect(gap, gap, self.w - 2 * gap, self.h - 2 * gap)
        self.c.setStrokeColorRGB(*BLACK)

    def band(self, x: float, y: float, w: float, h: float, colour: Colour) -> None:
        self.c.setFillColorRGB(*colour)
        self.c.rect(x, y, w, h, stroke=0, fill=1)
        self.c.setFillColorRGB(*BLACK)

    def rows(
        self,
        x: float,
        y: float,
        pairs: list[tuple[str, str]],
        label_font: str = "Helvetica-Bold",
        value_font: str = "Helvetica",
        size: float = 11,
        label_w: float = 150,
        leading: float = 18,
        value_w: float = 300,
    ) -> float:
        for label, value in pairs:
            self.text(x, y, label, label_font, size)
            lines = simpleSplit(value, _font(value_font), size, value_w)
            for i, line in enumerate(lines):
                self.text(x + label_w, y - i * size * 1.3, line, value_font, size)
            y -= leading + (len(lines) - 1) * size * 1.3
        return y

    def grid(
        self,
        x: float,
        y: float,
        pairs: list[tuple[str, str]],
        col1: float = 170,
        col2: float = 330,
        label_font: str = "Helvetica-Bold",
        value_font: str = "Helvetica",
        size: float = 10.5,
        shade: Colour | None = (0.92, 0.92, 0.92),
    ) -> float:
        """A ruled two-column table of label/value rows, top edge at ``y``."""
        self.c.setLineWidth(0.6)
        for label, value in pairs:
            lines = simpleSplit(value, _font(value_font), size, col2 - 12)
            h = 10 + len(lines) * size * 1.3
            if shade is not None:
                self.band(x, y - h, col1, h, shade)
            self.c.rect(x, y - h, col1, h)
            self.c.rect(x + col1, y - h, col2, h)
            self.text(x + 6, y - 5 - size, label, label_font, size)
            for i, line in enumerate(lines):
                self.text(x + col1 + 6, y - 5 - size - i * size * 1.3, line, value_font, size)
            y -= h
        return y

    def signature(
        self,
        x: float,
        y: float,
        scrawl: str,
        lines: list[str],
        font: str = "Helvetica",
        size: float = 9.5,
        width: float = 190,
        script: str = "Times-Italic",
    ) -> None:
        """A signature: a handwritten-looking name above a line, then printed lines below."""
        self.text(x + 8, y + 6, scrawl, script, 15, colour=NAVY)
        self.rule(x, y, x + width, y, 0.7)
        for i, line in enumerate(lines):
            self.text(x, y - 12 - i * (size + 2.5), line, font, size)

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


Built = tuple[bytes, dict[str, str]]

PACE_STATEMENT = (
    "{org} is approved as a provider of continuing education programs in the clinical "
    "laboratory sciences by the ASCLS P.A.C.E.® Program."
)


# --------------------------------------------------------------------------- certificates


def _ascls_pace_webinar() -> Built:
    p = _Page(wide=True)
    p.frame(22, 3, NAVY, double=True)
    top = p.h - 78
    p.centre(top, "American Society for Clinical Laboratory Science", "Times-Bold", 21, NAVY)
    p.centre(
        top - 17,
        "Education Office · 8405 Greensboro Drive, Suite 420 · McLean, VA 22102 · (571) 555-0142",
        "Times-Roman",
        9.5,
        GREY,
    )
    p.centre(top - 62, "CERTIFICATE OF COMPLETION", "Times-Bold", 28)
    p.centre(top - 92, "This certifies that", "Times-Italic", 14)
    p.centre(top - 126, "Danielle M. Okafor", "Times-Bold", 25)
    p.rule(p.w / 2 - 170, top - 134, p.w / 2 + 170, top - 134)
    p.centre(
        top - 156, "has successfully completed the P.A.C.E.® approved program", "Times-Italic", 13
    )
    p.centre(
        top - 182,
        "Antimicrobial Stewardship in the Clinical Laboratory: Cascade Reporting in Practice",
        "Times-Bold",
        16,
    )
    p.centre(
        top - 212,
        "Program No. 519-101-25        Completion Date: 03/02/2025        "
        "P.A.C.E.® Contact Hours: 1.0",
        "Times-Roman",
        12,
    )
    p.centre(
        top - 230,
        "Level: Intermediate        Format: Self-study (recorded webinar)",
        "Times-Roman",
        12,
    )
    p.centre_para(
        top - 262,
        PACE_STATEMENT.format(org="The American Society for Clinical Laboratory Science")
        + " P.A.C.E.® Provider No. 519.",
        "Times-Italic",
        10,
        560,
    )
    p.signature(
        90,
        92,
        "Karen R. Whitfield",
        ["Karen R. Whitfield, MS, MLS(ASCP)CM", "Director, Continuing Education"],
        "Times-Roman",
    )
    p.text(p.w - 60, 48, "Page 1 of 1", "Times-Roman", 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Danielle M. Okafor",
        "title": "Antimicrobial Stewardship in the Clinical Laboratory: Cascade Reporting in Practice",
        "provider": "American Society for Clinical Laboratory Science",
        "completed_on": "2025-03-02",
        "hours": "1",
        "accreditation": "pace",
        "course_number": "519-101-25",
        "provider_number": "519",
        "level": "intermediate",
        "delivery": "self-study",
    }


def _adlm_accent_webinar() -> Built:
    p = _Page()
    p.band(0, p.h - 96, p.w, 96, TEAL)
    p.text(48, p.h - 58, "ADLM", "Helvetica-Bold", 34, colour=(1, 1, 1))
    p.text(
        p.w - 48,
        p.h - 44,
        "Association for Diagnostics & Laboratory Medicine",
        "Helvetica-Bold",
        12,
        "right",
        (1, 1, 1),
    )
    p.text(
        p.w - 48,
        p.h - 60,
        "900 Seventh Street NW, Suite 400 · Washington, DC 20001 · Tel 202.555.0190",
        "Helvetica",
        8.5,
        "right",
        (1, 1, 1),
    )
    p.centre(p.h - 150, "ACCENT® CERTIFICATE OF CONTINUING EDUCATION", "Helvetica-Bold", 17, TEAL)
    p.centre(p.h - 190, "Awarded to", "Helvetica-Oblique", 12)
    p.centre(p.h - 222, "Priya Ramanathan", "Helvetica-Bold", 24)
    p.centre(p.h - 252, "for participation in the live webinar", "Helvetica", 12)
    p.centre(
        p.h - 280,
        "“Lp(a) Testing: Standardization, Units, and Clinical Decision Limits”",
        "Helvetica-Bold",
        14,
    )
    y = p.rows(
        150,
        p.h - 330,
        [
            ("Activity ID:", "ACC-25-0412"),
            ("Date of Activity:", "Mar. 18, 2025"),
            ("ACCENT® Credit Hours:", "1.5"),
            ("Level:", "Advanced"),
        ],
        size=11.5,
        label_w=160,
    )
    p.para(
        72,
        y - 20,
        "The Association for Diagnostics & Laboratory Medicine designates this activity for a "
        "maximum of 1.5 ACCENT® credit hours. Participants should claim only the credit "
        "commensurate with the extent of their participation in the activity. ACCENT® credit is "
        "accepted by the ASCP Board of Certification for its Certification Maintenance Program.",
        "Helvetica",
        9.5,
        468,
    )
    p.signature(72, 140, "M. Castellano", ["Miriam Castellano, PhD", "Senior Director, Education"])
    p.text(72, 48, "Questions? education@adlm.example.org", "Helvetica", 8, colour=GREY)
    p.text(p.w - 72, 48, "Page 1 of 1", "Helvetica", 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Priya Ramanathan",
        "title": "Lp(a) Testing: Standardization, Units, and Clinical Decision Limits",
        "provider": "Association for Diagnostics & Laboratory Medicine",
        "completed_on": "2025-03-18",
        "hours": "1.5",
        "accreditation": "accent",
        "course_number": "ACC-25-0412",
        "level": "advanced",
        "delivery": "live",
    }


def _ascp_cmle_selfstudy() -> Built:
    p = _Page()
    f, fb = "DejaVuSans", "DejaVuSans-Bold"
    p.text(60, p.h - 70, "American Society for Clinical Pathology", fb, 17, colour=MAROON)
    p.text(
        60,
        p.h - 86,
        "100 W. Adams Street, Suite 900 · Chicago, IL 60603 · 312-555-0178",
        f,
        8.5,
        colour=GREY,
    )
    p.rule(60, p.h - 96, p.w - 60, p.h - 96, 1.5, MAROON)
    p.centre(p.h - 160, "Certificate of Credit", fb, 24)
    p.centre(p.h - 200, "This is to certify that", f, 11)
    p.centre(p.h - 230, "Laura Beth Simmons", fb, 20)
    p.centre(p.h - 260, "has completed the online self-study activity", f, 11)
    p.centre(
        p.h - 288, "Hematology Case Studies: Red Cell Inclusions and What They Tell Us", fb, 13
    )
    y = p.rows(
        150,
        p.h - 336,
        [
            ("Course #:", "HEM-2514"),
            ("Completion date:", "2025-03-02"),
            ("Credits awarded:", "1.0 CMLE"),
        ],
        fb,
        f,
        11,
        140,
    )
    p.para(
        60,
        y - 24,
        "The American Society for Clinical Pathology (ASCP) designates this self-study activity "
        "for a maximum of 1.0 ASCP Continuing Medical Laboratory Education (CMLE) credit. ASCP "
        "CMLE credit hours are acceptable to meet the continuing education requirements for the "
        "ASCP Board of Certification Certification Maintenance Program (CMP).",
        f,
        9,
        492,
    )
    p.signature(
        60, 150, "R. Okonjo", ["Ruth Okonjo, MHA, MLS(ASCP)", "Vice President, Education"], f, 9
    )
    p.text(60, 50, "Certificate generated: 2025-03-09", f, 8, colour=GREY)
    p.text(p.w - 60, 50, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Laura Beth Simmons",
        "title": "Hematology Case Studies: Red Cell Inclusions and What They Tell Us",
        "provider": "American Society for Clinical Pathology",
        "completed_on": "2025-03-02",
        "hours": "1",
        "accreditation": "cmle",
        "course_number": "HEM-2514",
        "delivery": "self-study",
    }


def _labce_online() -> Built:
    p = _Page(wide=True)
    p.band(0, p.h - 70, p.w, 70, (0.1, 0.3, 0.55))
    p.text(40, p.h - 46, "LabCE", "Helvetica-Bold", 28, colour=(1, 1, 1))
    p.text(
        140,
        p.h - 43,
        "Online Continuing Education for the Clinical Laboratory",
        "Helvetica-Oblique",
        12,
        colour=(1, 1, 1),
    )
    p.centre(p.h - 120, "Certificate of Completion", "Helvetica-Bold", 30)
    p.centre(p.h - 165, "Marcus A. Bellamy", "Helvetica-Bold", 24, (0.1, 0.3, 0.55))
    p.centre(p.h - 195, "for successful completion of", "Helvetica", 12)
    p.centre(
        p.h - 222,
        "Urinalysis Sediment Identification: Crystals, Casts, and Cells",
        "Helvetica-Bold",
        16,
    )
    p.rows(
        90,
        p.h - 270,
        [
            ("Provider:", "LabCE"),
            ("Course #:", "1187"),
            ("Credit hours:", "2.0 P.A.C.E.® contact hours"),
            ("Level of instruction:", "Intermediate"),
        ],
        size=11,
        label_w=125,
        value_w=220,
    )
    p.rows(
        450,
        p.h - 270,
        [
            ("Type:", "Self-study"),
            ("Date completed:", "03/02/2025"),
            ("Certificate #:", "2025-0302-88431"),
        ],
        size=11,
        label_w=110,
        value_w=200,
    )
    p.centre_para(
        120,
        PACE_STATEMENT.format(org="LabCE") + " P.A.C.E.® Provider #307.",
        "Helvetica",
        9.5,
        600,
    )
    p.centre(
        70,
        "LabCE.com · 2700 Edison Road, Suite 5 · South Bend, IN 46615 · (574) 555-0123",
        "Helvetica",
        8.5,
        GREY,
    )
    p.text(p.w - 40, 30, "Page 1 of 1", "Helvetica", 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Marcus A. Bellamy",
        "title": "Urinalysis Sediment Identification: Crystals, Casts, and Cells",
        "provider": "LabCE",
        "completed_on": "2025-03-02",
        "hours": "2",
        "accreditation": "pace",
        "course_number": "1187",
        "provider_number": "307",
        "level": "intermediate",
        "delivery": "self-study",
    }


def _medialab_table() -> Built:
    p = _Page()
    p.text(60, p.h - 62, "MediaLab, Inc.", "Helvetica-Bold", 20, colour=GREEN)
    p.text(60, p.h - 78, "Compliance & Continuing Education", "Helvetica", 10, colour=GREEN)
    p.text(p.w - 60, p.h - 62, "Phone (877) 555-0110", "Helvetica", 9, "right", GREY)
    p.text(p.w - 60, p.h - 75, "www.medialab.example.net", "Helvetica", 9, "right", GREY)
    p.rule(60, p.h - 90, p.w - 60, p.h - 90, 1, GREEN)
    p.centre(p.h - 140, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 20)
    p.centre(
        p.h - 168,
        "This document certifies that the individual named below has completed the following course.",
        "Helvetica",
        10,
    )
    y = p.grid(
        60,
        p.h - 195,
        [
            ("Name", "Olivia Grant-Whitaker"),
            ("Course Title", "Laboratory Quality Control: Westgard Rules and Beyond"),
            ("P.A.C.E.® Program Number", "226-018-25"),
            ("Contact Hours", "1.5"),
            ("Level", "Basic"),
            ("Format", "Self-study"),
            ("Date Completed", "2 March 2025"),
            ("Provider", "MediaLab, Inc."),
        ],
        col1=170,
        col2=322,
    )
    p.para(60, y - 30, PACE_STATEMENT.format(org="MediaLab, Inc."), "Helvetica-Oblique", 9.5, 492)
    p.text(60, 50, "Printed 04/01/2025", "Helvetica", 8, colour=GREY)
    p.text(p.w - 60, 50, "Page 1 of 1", "Helvetica", 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Olivia Grant-Whitaker",
        "title": "Laboratory Quality Control: Westgard Rules and Beyond",
        "provider": "MediaLab, Inc.",
        "completed_on": "2025-03-02",
        "hours": "1.5",
        "accreditation": "pace",
        "course_number": "226-018-25",
        "level": "basic",
        "delivery": "self-study",
    }


def _cdc_train_iacet() -> Built:
    p = _Page()
    p.text(54, p.h - 60, "TRAIN Learning Network", "Helvetica-Bold", 16, colour=NAVY)
    p.text(
        54, p.h - 74, "powered by the Public Health Foundation", "Helvetica-Oblique", 9, colour=GREY
    )
    p.frame(36, 1, GREY)
    p.centre(p.h - 140, "Certificate of Completion", "Helvetica-Bold", 26)
    p.centre(p.h - 180, "This is to certify that", "Helvetica", 12)
    p.centre(p.h - 212, "Hannah J. Lindqvist", "Helvetica-Bold", 22)
    p.centre(p.h - 244, "has successfully completed", "Helvetica", 12)
    p.centre(
        p.h - 272,
        "Introduction to Laboratory Biosafety Levels (BSL-1 through BSL-3)",
        "Helvetica-Bold",
        14,
    )
    p.rows(
        130,
        p.h - 320,
        [
            ("Course ID:", "1098765"),
            ("Completion Date:", "February 11, 2025"),
            ("Course Provider:", "Centers for Disease Control and Prevention"),
            ("Credits:", "IACET CEU 0.1"),
        ],
        size=11,
        label_w=120,
    )
    p.para(
        72,
        p.h - 420,
        "The Centers for Disease Control and Prevention is authorized by IACET to offer 0.1 CEU's "
        "for this program.",
        "Helvetica",
        9.5,
        468,
    )
    p.text(54, 50, "Printed on 02/11/2025", "Helvetica", 8, colour=GREY)
    p.text(p.w - 54, 50, "Page 1 of 1", "Helvetica", 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Hannah J. Lindqvist",
        "title": "Introduction to Laboratory Biosafety Levels (BSL-1 through BSL-3)",
        "provider": "Centers for Disease Control and Prevention",
        "completed_on": "2025-02-11",
        "ceu": "0.1",
        "course_number": "1098765",
    }


def _cdc_onelab_live() -> Built:
    p = _Page()
    f, fb, fi = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    p.text(60, p.h - 64, "CDC OneLab", fb, 18, colour=NAVY)
    p.text(60, p.h - 80, "Centers for Disease Control and Prevention", f, 10.5)
    p.text(
        60,
        p.h - 94,
        "Division of Laboratory Systems · 1600 Clifton Road NE · Atlanta, GA 30329",
        f,
        8.5,
        colour=GREY,
    )
    p.rule(60, p.h - 104, p.w - 60, p.h - 104, 0.8)
    p.centre(p.h - 160, "Certificate of Attendance", fb, 24)
    p.centre(p.h - 206, "Reginald T. Ashworth", fb, 20)
    p.centre(p.h - 234, "attended the live webinar", fi, 11)
    y = p.centre_para(
        p.h - 262,
        "Biosafety Risk Assessment for Clinical Laboratories: Applying the Five Steps",
        fb,
        13,
        440,
    )
    y = p.rows(
        120,
        y - 22,
        [
            ("Date of live webinar:", "January 9, 2025"),
            ("P.A.C.E.® contact hours:", "1.0"),
            ("Level:", "Basic"),
            ("Program number:", "277-005-25"),
        ],
        fb,
        f,
        10.5,
        175,
    )
    p.para(
        60,
        y - 20,
        "CDC is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.® Program. This program has been approved for "
        "1.0 contact hour of P.A.C.E.® credit.",
        fi,
        9,
        492,
    )
    p.text(60, 60, "Certificate issued: January 21, 2025", f, 8.5, colour=GREY)
    p.text(p.w - 60, 60, "Page 1 of 1", f, 8.5, "right", GREY)
    return p.pdf(), {
        "participant_name": "Reginald T. Ashworth",
        "title": "Biosafety Risk Assessment for Clinical Laboratories: Applying the Five Steps",
        "provider": "Centers for Disease Control and Prevention",
        "completed_on": "2025-01-09",
        "hours": "1",
        "accreditation": "pace",
        "course_number": "277-005-25",
        "level": "basic",
        "delivery": "live",
    }


def _state_society_annual_meeting() -> Built:
    p = _Page(wide=True)
    p.frame(20, 4, MAROON, double=True)
    p.centre(p.h - 75, "Keystone Society for Clinical Laboratory Science", "Times-Bold", 22, MAROON)
    p.centre(p.h - 92, "A constituent society of ASCLS", "Times-Italic", 10, GREY)
    p.centre(p.h - 140, "Certificate of Attendance", "Times-Bold", 30)
    p.centre(p.h - 172, "This is to certify that", "Times-Italic", 13)
    p.centre(p.h - 206, "Gregory P. Matsumoto", "Times-Bold", 24)
    p.centre(p.h - 232, "attended the", "Times-Italic", 13)
    p.centre(p.h - 260, "2025 Annual Meeting & Exhibit Show", "Times-Bold", 19)
    p.centre(
        p.h - 284,
        "April 9-11, 2025 · Seven Springs Conference Center, Champion, PA",
        "Times-Roman",
        12,
    )
    p.centre(p.h - 310, "and earned a total of 12.5 P.A.C.E.® contact hours", "Times-Roman", 13)
    p.centre_para(
        p.h - 342,
        PACE_STATEMENT.format(org="The Keystone Society for Clinical Laboratory Science")
        + " Provider No. 216.",
        "Times-Italic",
        9.5,
        560,
    )
    p.signature(
        110, 95, "Thomas Brandt", ["Thomas Brandt, MS, MLS(ASCP)", "President"], "Times-Roman"
    )
    p.signature(
        p.w - 300,
        95,
        "Alicia Moreno",
        ["Alicia Moreno, MLS(ASCP)CM", "Education Chair"],
        "Times-Roman",
    )
    p.centre(
        42, "Retain this certificate for four years for audit purposes.", "Times-Italic", 8, GREY
    )
    return p.pdf(), {
        "participant_name": "Gregory P. Matsumoto",
        "title": "2025 Annual Meeting & Exhibit Show",
        "provider": "Keystone Society for Clinical Laboratory Science",
        "start": "2025-04-09",
        "end": "2025-04-11",
        "hours": "12.5",
        "accreditation": "pace",
        "provider_number": "216",
    }


def _hospital_inservice_letter() -> Built:
    p = _Page(doc_title="In-service attendance letter")
    f = "Times-Roman"
    p.text(72, p.h - 66, "St. Brigid Regional Medical Center", "Times-Bold", 17, colour=NAVY)
    p.text(72, p.h - 82, "Department of Pathology & Laboratory Medicine", "Times-Italic", 11)
    p.text(
        72,
        p.h - 96,
        "2200 Harbor View Road · Portland, ME 04101 · Tel (207) 555-0168 · Fax (207) 555-0169",
        f,
        9,
        colour=GREY,
    )
    p.rule(72, p.h - 104, p.w - 72, p.h - 104, 1.2, NAVY)
    p.text(72, p.h - 140, "March 12, 2025", f, 11.5)
    p.text(72, p.h - 176, "To Whom It May Concern:", f, 11.5)
    y = p.para(
        72,
        p.h - 204,
        "This letter confirms that Tomás Herrera, Medical Laboratory Scientist (Employee ID 40718), "
        "attended the departmental in-service “Sysmex XN Body Fluid Mode: Verification and "
        "Competency” on Tuesday, March 4, 2025.",
        f,
        11.5,
        468,
        16,
    )
    y = p.para(
        72,
        y - 10,
        "The session consisted of 60 minutes of instruction presented by Lisa Tran, MLS(ASCP)SH, "
        "Hematology Technical Specialist, and was held in the laboratory conference room. "
        "Attendance is documented in the employee's training file.",
        f,
        11.5,
        468,
        16,
    )
    y = p.para(
        72,
        y - 10,
        "Please contact our office at (207) 555-0168 with any questions.",
        f,
        11.5,
        468,
        16,
    )
    p.text(72, y - 20, "Sincerely,", f, 11.5)
    p.signature(
        72,
        y - 70,
        "Renee Castellanos",
        ["Renee Castellanos, MD", "Medical Director, Clinical Laboratory"],
        f,
        11,
    )
    p.centre(40, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Tomás Herrera",
        "title": "Sysmex XN Body Fluid Mode: Verification and Competency",
        "provider": "St. Brigid Regional Medical Center",
        "completed_on": "2025-03-04",
        "minutes": "60",
    }


def _university_ce_letter() -> Built:
    p = _Page(doc_title="CEU award letter")
    f, fb = "Helvetica", "Helvetica-Bold"
    p.centre(p.h - 60, "Lakeshore State University", fb, 18, (0.1, 0.25, 0.45))
    p.centre(p.h - 77, "Office of Continuing Education", f, 11)
    p.centre(
        p.h - 91,
        "410 College Avenue, Room 112 · Marquette, MI 49855 · 906-555-0133 · ce@lakeshore.example.edu",
        f,
        8.5,
        GREY,
    )
    p.rule(72, p.h - 100, p.w - 72, p.h - 100, 0.8)
    p.text(72, p.h - 135, "May 20, 2025", f, 11)
    for i, line in enumerate(["Anjali Patel", "1187 Birchwood Lane", "Ishpeming, MI 49849"]):
        p.text(72, p.h - 170 - 14 * i, line, f, 11)
    p.text(72, p.h - 230, "Dear Ms. Patel:", f, 11)
    y = p.para(
        72,
        p.h - 256,
        "Our records show that you successfully completed the following short course, offered by "
        "the Department of Clinical Laboratory Science, on 2 May 2025:",
        f,
        11,
        468,
        15,
    )
    p.centre(y - 8, "Molecular Methods in Infectious Disease Diagnostics", fb, 12.5)
    p.centre(y - 26, "Course No. CLS 5910-CE", f, 11)
    y = p.para(
        72,
        y - 56,
        "In recognition of your participation, you have been awarded 0.2 CEUs (Continuing "
        "Education Units). One CEU is defined as ten contact hours of participation in an "
        "organized continuing education experience under responsible sponsorship, capable "
        "direction and qualified instruction.",
        f,
        11,
        468,
        15,
    )
    y = p.para(
        72,
        y - 8,
        "Please retain this letter for your records. An official transcript of CEUs may be "
        "requested from our office.",
        f,
        11,
        468,
        15,
    )
    p.text(72, y - 16, "Sincerely,", f, 11)
    p.signature(
        72,
        y - 62,
        "D. Whitcombe",
        ["Daniel O. Whitcombe, EdD", "Director, Office of Continuing Education"],
        f,
        10.5,
    )
    p.centre(40, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Anjali Patel",
        "title": "Molecular Methods in Infectious Disease Diagnostics",
        "provider": "Lakeshore State University",
        "completed_on": "2025-05-02",
        "ceu": "0.2",
        "course_number": "CLS 5910-CE",
    }


def _florida_cebroker_homestudy() -> Built:
    p = _Page()
    f, fb = "Helvetica", "Helvetica-Bold"
    p.text(60, p.h - 60, "Gulf Coast Laboratory Education, LLC", fb, 16, colour=TEAL)
    p.text(60, p.h - 75, "PO Box 14882 · Tampa, FL 33690 · (813) 555-0147", f, 9, colour=GREY)
    p.rule(60, p.h - 84, p.w - 60, p.h - 84, 1, TEAL)
    p.centre(p.h - 120, "CERTIFICATE OF COMPLETION", fb, 20)
    p.centre(p.h - 138, "Florida Clinical Laboratory Personnel", f, 11)
    y = p.rows(
        80,
        p.h - 180,
        [
            ("Participant:", "Kevin J. Tran"),
            ("Lic. No.:", "CL 54102"),
            ("Course Title:", "Florida Laws and Rules for Clinical Laboratory Personnel"),
            ("CE Broker Course #:", "20-918273"),
            ("Provider:", "Gulf Coast Laboratory Education, LLC"),
            ("FL Board Approval No.:", "50-11762"),
            ("Date of Completion:", "03/02/2025"),
            ("Format:", "Self-study (home study)"),
        ],
        fb,
        f,
        11,
        160,
        20,
        290,
    )
    p.text(80, y - 6, "CE Hours by Specialty Area", fb, 11)
    p.rule(80, y - 11, 450, y - 11, 0.5)
    p.text(90, y - 26, "Supervision/Administration (Laws and Rules)", f, 10.5)
    p.text(450, y - 26, "1.0", f, 10.5, "right")
    p.rule(80, y - 32, 450, y - 32, 0.5)
    p.text(90, y - 46, "Total CE Hours", fb, 10.5)
    p.text(450, y - 46, "1.0", fb, 10.5, "right")
    p.para(
        60,
        y - 84,
        "This course is approved by the Florida Board of Clinical Laboratory Personnel. "
        "Completion has been reported to CE Broker on 03/03/2025. Licensees must retain this "
        "certificate for four years.",
        f,
        9.5,
        492,
    )
    p.signature(
        60, 110, "Sharon Beaulieu", ["Sharon Beaulieu, MT(ASCP)", "Provider Representative"], f
    )
    p.text(p.w - 60, 44, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Kevin J. Tran",
        "title": "Florida Laws and Rules for Clinical Laboratory Personnel",
        "provider": "Gulf Coast Laboratory Education, LLC",
        "completed_on": "2025-03-02",
        "hours": "1",
        "accreditation": "state-board",
        "course_number": "20-918273",
        "approval_number": "50-11762",
        "license_number": "CL 54102",
        "delivery": "self-study",
    }


def _california_camlt_workshop() -> Built:
    p = _Page()
    f, fb = "Times-Roman", "Times-Bold"
    p.frame(30, 1.2)
    p.centre(p.h - 72, "Bay Area Clinical Laboratory Consortium", fb, 18)
    p.centre(
        p.h - 88,
        "1450 Mission Street, 3rd Floor · San Francisco, CA 94103 · (415) 555-0191",
        f,
        9,
        GREY,
    )
    p.centre(p.h - 130, "Certificate of Continuing Education", fb, 22)
    y = p.rows(
        84,
        p.h - 175,
        [
            ("Licensee:", "Jennifer Y. Wu"),
            ("California License No.:", "CLS 305519"),
            ("Course Name:", "Blood Bank Antibody Identification Workshop"),
            ("Course Number:", "BACLC-25-014"),
            ("CE Credits:", "3.0"),
            ("Date of Completion:", "06/14/2025"),
            ("Level / Format:", "Intermediate / Live workshop"),
            ("Provider:", "Bay Area Clinical Laboratory Consortium"),
            (
                "Accrediting Agency:",
                "California Association for Medical Laboratory Technology (CAMLT)",
            ),
            ("Accrediting Agency No.:", "0021"),
        ],
        fb,
        f,
        11.5,
        160,
        21,
        280,
    )
    p.para(
        72,
        y - 16,
        "CAMLT is approved by the California Department of Public Health, Laboratory Field "
        "Services, as an accrediting agency for continuing education. This course meets the "
        "continuing education requirements for clinical laboratory personnel license renewal "
        "(Title 17, California Code of Regulations, §1320).",
        "Times-Italic",
        10,
        468,
    )
    p.signature(72, 96, "Paul Yamada", ["Paul Yamada, CLS, Program Coordinator"], f, 10)
    p.text(p.w - 72, 96, "Issued 06/14/2025", f, 9, "right", GREY)
    return p.pdf(), {
        "participant_name": "Jennifer Y. Wu",
        "title": "Blood Bank Antibody Identification Workshop",
        "provider": "Bay Area Clinical Laboratory Consortium",
        "completed_on": "2025-06-14",
        "hours": "3",
        "accreditation": "state-board",
        "course_number": "BACLC-25-014",
        "accrediting_agency_number": "0021",
        "license_number": "CLS 305519",
        "level": "intermediate",
        "delivery": "live",
    }


def _vendor_webinar() -> Built:
    p = _Page(wide=True)
    f, fb = "Helvetica", "Helvetica-Bold"
    p.band(0, 0, 26, p.h, (0.45, 0.1, 0.45))
    p.text(60, p.h - 60, "VERIDIA DIAGNOSTICS", fb, 20, colour=(0.45, 0.1, 0.45))
    p.text(
        60,
        p.h - 76,
        "Veridia Diagnostics, Inc. · Clinical Education Services · 75 Innovation Way, "
        "Marlborough, MA 01752 · 1-800-555-0199",
        f,
        8.5,
        colour=GREY,
    )
    p.centre(p.h - 130, "Certificate of Attendance — Live Webinar", fb, 24)
    p.centre(p.h - 164, "Presented to", "Helvetica-Oblique", 12)
    p.centre(p.h - 196, "Siobhan O'Malley", fb, 24)
    p.centre(p.h - 224, "for attending", "Helvetica-Oblique", 12)
    p.centre(p.h - 252, "Sepsis Biomarkers in Practice: Procalcitonin, Lactate, and Beyond", fb, 16)
    p.centre(p.h - 278, "Wednesday, 21 May 2025 · 12:00–1:00 PM ET", f, 12)
    p.centre(
        p.h - 310,
        "P.A.C.E.® Contact Hours: 1.0        Program #: 308-441-25        Level: Basic",
        f,
        11.5,
    )
    p.centre_para(
        p.h - 345,
        PACE_STATEMENT.format(org="Veridia Diagnostics, Inc.") + " Provider #308.",
        f,
        9.5,
        560,
    )
    p.signature(
        80,
        80,
        "J. Albrecht",
        ["Jonas Albrecht, MS, MLS(ASCP)", "Manager, Clinical Education"],
        f,
        9,
    )
    p.text(
        p.w - 50,
        36,
        "This educational program is non-promotional.  Page 1 of 1",
        f,
        8,
        "right",
        GREY,
    )
    return p.pdf(), {
        "participant_name": "Siobhan O'Malley",
        "title": "Sepsis Biomarkers in Practice: Procalcitonin, Lactate, and Beyond",
        "provider": "Veridia Diagnostics, Inc.",
        "completed_on": "2025-05-21",
        "hours": "1",
        "accreditation": "pace",
        "course_number": "308-441-25",
        "provider_number": "308",
        "level": "basic",
        "delivery": "live",
    }


def _adlm_annual_meeting() -> Built:
    p = _Page()
    f, fb = "DejaVuSans", "DejaVuSans-Bold"
    p.centre(p.h - 60, "Association for Diagnostics & Laboratory Medicine", fb, 14, TEAL)
    p.centre(p.h - 92, "2025 ADLM Annual Scientific Meeting & Clinical Lab Expo", fb, 15)
    p.centre(p.h - 110, "July 27–31, 2025 · McCormick Place, Chicago, IL", f, 10.5)
    p.rule(60, p.h - 122, p.w - 60, p.h - 122, 0.6, TEAL)
    p.centre(p.h - 165, "CERTIFICATE OF ATTENDANCE", fb, 20)
    y = p.para(
        72,
        p.h - 205,
        "This certifies that Wei-Lin Chang attended the 2025 ADLM Annual Scientific Meeting & "
        "Clinical Lab Expo and has claimed the following continuing education credit:",
        f,
        11,
        468,
        16,
    )
    y = p.rows(
        150,
        y - 20,
        [("ACCENT® Credits Earned:", "18.75"), ("Sessions attended:", "14")],
        fb,
        f,
        11.5,
        190,
    )
    p.para(
        72,
        y - 16,
        "ADLM designates this live activity for a maximum of 31.5 ACCENT® credit hours. "
        "Participants should claim only the credit commensurate with the extent of their "
        "participation. ACCENT® is a registered trademark of ADLM.",
        f,
        9,
        468,
    )
    p.signature(
        72,
        120,
        "Rosa Delgado-Hart",
        ["Rosa Delgado-Hart, PhD, DABCC", "Chair, Annual Meeting Organizing Committee"],
        f,
        9,
    )
    p.text(72, 50, "Transcript printed 08/15/2025", f, 8, colour=GREY)
    p.text(p.w - 72, 50, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Wei-Lin Chang",
        "title": "2025 ADLM Annual Scientific Meeting & Clinical Lab Expo",
        "provider": "Association for Diagnostics & Laboratory Medicine",
        "start": "2025-07-27",
        "end": "2025-07-31",
        "hours": "18.75",
        "accreditation": "accent",
        "delivery": "live",
    }


def _journal_cmp_points() -> Built:
    p = _Page()
    f, fb = "Times-Roman", "Times-Bold"
    p.text(72, p.h - 64, "Northfield Medical Publishing", fb, 16)
    p.text(
        72,
        p.h - 79,
        "Journal-Based Continuing Education · 88 Elm Street · Northfield, MN 55057",
        f,
        9,
        colour=GREY,
    )
    p.rule(72, p.h - 88, p.w - 72, p.h - 88, 0.6)
    p.centre(p.h - 135, "CE Certificate", fb, 24)
    y = p.rows(
        96,
        p.h - 185,
        [
            ("Participant", "Ahmed El-Sayed"),
            ("Activity", "Journal CE: Interpreting Serum Protein Electrophoresis Patterns"),
            ("Quiz passed", "Mar. 2, 2025 (score 90%)"),
            ("Format", "Self-study (journal-based)"),
            ("Credit", "2 CMP points"),
        ],
        fb,
        f,
        12,
        120,
        22,
        300,
    )
    p.para(
        72,
        y - 20,
        "This activity is worth 2 CMP points toward the ASCP Board of Certification "
        "Certification Maintenance Program. Record the points on your CMP declaration.",
        "Times-Italic",
        10.5,
        468,
    )
    p.signature(72, 120, "E. Lindgren", ["Erik Lindgren, Managing Editor"], f, 10)
    p.centre(44, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Ahmed El-Sayed",
        "title": "Journal CE: Interpreting Serum Protein Electrophoresis Patterns",
        "provider": "Northfield Medical Publishing",
        "completed_on": "2025-03-02",
        "points": "2",
        "delivery": "self-study",
    }


def _amt_ccp_points() -> Built:
    p = _Page(wide=True)
    f, fb, fi = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    p.frame(28, 1.5, NAVY)
    p.centre(p.h - 78, "American Medical Technologists", fb, 22, NAVY)
    p.centre(p.h - 96, "Certification Continuation Program (CCP)", fi, 11)
    p.centre(p.h - 111, "10700 W. Higgins Road, Suite 950 · Rosemont, IL 60018", f, 8.5, GREY)
    p.centre(p.h - 160, "STEP Certificate of Completion", fb, 26)
    p.centre(p.h - 205, "Kimberly A. Nwosu", fb, 22)
    p.centre(p.h - 232, "has completed", fi, 12)
    p.centre(p.h - 260, "Point-of-Care Glucose Testing: Quality Control Essentials", fb, 16)
    p.centre(p.h - 300, "Date: 3/2/25          CCP Points: 3          AMT ID: 4412987", f, 12)
    p.centre(
        p.h - 330,
        "AMT STEP courses are automatically posted to your AMTrax record.",
        fi,
        9.5,
        GREY,
    )
    p.signature(p.w / 2 - 95, 80, "L. Ferraro", ["Linda Ferraro, Director of Certification"], f, 9)
    return p.pdf(), {
        "participant_name": "Kimberly A. Nwosu",
        "title": "Point-of-Care Glucose Testing: Quality Control Essentials",
        "provider": "American Medical Technologists",
        "completed_on": "2025-03-02",
        "points": "3",
    }


def _cap_enduring_cme() -> Built:
    p = _Page()
    f, fb = "Times-Roman", "Times-Bold"
    p.text(72, p.h - 64, "College of American Pathologists", fb, 18, colour=NAVY)
    p.text(
        72,
        p.h - 80,
        "Learning Center · 325 Waukegan Road, Suite 12 · Northfield, IL 60093",
        f,
        9,
        colour=GREY,
    )
    p.rule(72, p.h - 88, p.w - 72, p.h - 88, 1, NAVY)
    p.centre(p.h - 128, "Certificate of CME Credit", fb, 22)
    y = p.rows(
        84,
        p.h - 170,
        [
            ("Awarded to:", "Samuel K. Achebe"),
            ("Activity:", "Digital Pathology Validation: Applying the Updated Guideline"),
            ("Activity ID:", "CAP-EM-25-031"),
            ("Activity type:", "Enduring material (self-study)"),
            ("Date of original release:", "January 15, 2025"),
            ("Expiration date:", "January 15, 2028"),
            ("Date completed:", "March 2nd, 2025"),
            ("Credits claimed:", "1.0 AMA PRA Category 1 Credit™"),
        ],
        fb,
        f,
        11.5,
        165,
        20,
        280,
    )
    p.para(
        72,
        y - 18,
        "The College of American Pathologists is accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME) to provide continuing medical education for "
        "physicians. The CAP designates this enduring material for a maximum of 1.0 AMA PRA "
        "Category 1 Credit™. Physicians should claim only the credit commensurate with the "
        "extent of their participation in the activity.",
        "Times-Italic",
        10,
        468,
    )
    p.signature(72, 100, "M. Osei", ["Michael Osei, MD, FCAP", "Chair, CME Committee"], f, 10)
    p.centre(40, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Samuel K. Achebe",
        "title": "Digital Pathology Validation: Applying the Updated Guideline",
        "provider": "College of American Pathologists",
        "completed_on": "2025-03-02",
        "hours": "1",
        "accreditation": "accme",
        "course_number": "CAP-EM-25-031",
        "delivery": "self-study",
    }


def _typewriter_consortium() -> Built:
    p = _Page()
    f, fb = "Courier", "Courier-Bold"
    p.text(72, p.h - 72, "Tri-County Laboratory Education Consortium", fb, 13)
    p.text(72, p.h - 86, "c/o Mercy Valley Hospital Laboratory, 45 Depot St.", f, 10)
    p.text(72, p.h - 98, "Greenfield, MA 01301      Tel. 413-555-0121", f, 10)
    p.text(72, p.h - 140, "CERTIFICATE OF ATTENDANCE", fb, 14)
    p.text(72, p.h - 152, "-" * 52, f, 10)
    rows = [
        ("NAME ............", "Robert L. Kowalczyk"),
        ("PROGRAM .........", "Coagulation Testing: Mixing Studies Revisited"),
        ("PROGRAM NO. .....", "144-207-25"),
        ("DATE ............", "2025-03-02"),
        ("CONTACT HOURS ...", "1.5 (P.A.C.E.)"),
        ("LEVEL ...........", "ADVANCED"),
        ("FORMAT ..........", "LIVE"),
    ]
    y = p.h - 176
    for label, value in rows:
        p.text(72, y, f"{label} {value}", f, 10)
        y -= 16
    p.text(72, y - 2, "-" * 52, f, 10)
    p.para(
        72,
        y - 26,
        "Tri-County Laboratory Education Consortium is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.(R) "
        "Program. Provider number 144.",
        f,
        10,
        468,
        13,
    )
    p.text(72, y - 100, "Issued 2025-03-10", f, 10)
    p.text(72, y - 130, "/s/ J. Pereira", f, 10)
    p.text(72, y - 143, "J. Pereira, Program Coordinator", f, 10)
    p.text(72, 50, "Page 1 of 1", f, 9)
    return p.pdf(), {
        "participant_name": "Robert L. Kowalczyk",
        "title": "Coagulation Testing: Mixing Studies Revisited",
        "provider": "Tri-County Laboratory Education Consortium",
        "completed_on": "2025-03-02",
        "hours": "1.5",
        "accreditation": "pace",
        "course_number": "144-207-25",
        "provider_number": "144",
        "level": "advanced",
        "delivery": "live",
    }


def _two_column_microbiology() -> Built:
    p = _Page()
    f, fb = "Helvetica", "Helvetica-Bold"
    side = 180
    p.band(0, 0, side, p.h, (0.86, 0.9, 0.86))
    y = p.h - 70
    for line, font, size in [
        ("Heartland Association", fb, 13),
        ("for Clinical Microbiology", fb, 13),
        ("", f, 6),
        ("P.O. Box 7731", f, 9.5),
        ("Omaha, NE 68107", f, 9.5),
        ("(402) 555-0185", f, 9.5),
        ("www.hacm.example.org", f, 9.5),
        ("", f, 6),
        ("P.A.C.E.® Provider No. 712", fb, 9.5),
    ]:
        p.text(22, y, line, font, size, colour=GREEN if font == fb else BLACK)
        y -= size + 5
    x = side + 36
    width = p.w - x - 40
    p.text(x, p.h - 110, "Certificate of Attendance", fb, 24, colour=GREEN)
    p.text(x, p.h - 160, "This certifies that", f, 11)
    p.text(x, p.h - 190, "Elena Vasquez-Moreno", fb, 20)
    p.text(x, p.h - 220, "attended", f, 11)
    yy = p.para(x, p.h - 246, "Spring Symposium: Emerging Fungal Pathogens", fb, 15, width, 19)
    yy = p.rows(
        x,
        yy - 16,
        [
            ("Date:", "Saturday, April 26, 2025"),
            ("Location:", "Omaha, Nebraska"),
            ("Contact Hours:", "4.0"),
            ("Level:", "Intermediate"),
            ("Program No.:", "712-003-25"),
        ],
        fb,
        f,
        10.5,
        100,
        17,
        width - 100,
    )
    p.para(
        x,
        yy - 20,
        PACE_STATEMENT.format(org="The Heartland Association for Clinical Microbiology"),
        "Helvetica-Oblique",
        9,
        width,
    )
    p.signature(x, 120, "Dana Whitlock", ["Dana Whitlock, PhD, D(ABMM)", "Program Chair"], f, 9)
    p.text(p.w - 40, 40, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Elena Vasquez-Moreno",
        "title": "Spring Symposium: Emerging Fungal Pathogens",
        "provider": "Heartland Association for Clinical Microbiology",
        "completed_on": "2025-04-26",
        "hours": "4",
        "accreditation": "pace",
        "course_number": "712-003-25",
        "provider_number": "712",
        "level": "intermediate",
    }


def _health_system_record_table() -> Built:
    p = _Page()
    f, fb = "DejaVuSans", "DejaVuSans-Bold"
    p.text(60, p.h - 62, "NorthStar Health System", fb, 17, colour=NAVY)
    p.text(60, p.h - 78, "Laboratory Services · Education & Training", f, 10)
    p.text(60, p.h - 91, "3100 Aurora Parkway, Fargo, ND 58104 · 701-555-0150", f, 8.5, colour=GREY)
    p.centre(p.h - 135, "Continuing Education Record", fb, 19)
    y = p.grid(
        70,
        p.h - 160,
        [
            ("Participant", "Brianna K. Hollis"),
            ("Activity Title", "Critical Value Reporting: Closing the Loop"),
            ("Activity ID", "NSL-25-0319"),
            ("Date Completed", "March 19, 2025"),
            ("CE Credits Earned", "0.75"),
            ("Accreditation", "ASCLS P.A.C.E.®"),
            ("Level", "Basic"),
            ("Format", "Live (in person)"),
        ],
        150,
        322,
        fb,
        f,
        10,
        (0.88, 0.91, 0.96),
    )
    p.para(
        70,
        y - 26,
        PACE_STATEMENT.format(org="NorthStar Health System") + " Provider No. 421.",
        f,
        9,
        472,
    )
    p.signature(
        70,
        130,
        "C. Lindahl",
        ["Carla Lindahl, MLS(ASCP)", "Laboratory Education Coordinator"],
        f,
        9,
    )
    p.text(60, 44, "Form LS-ED-07 rev. 01/2024", f, 7.5, colour=GREY)
    p.text(p.w - 60, 44, "Page 1 of 1", f, 7.5, "right", GREY)
    return p.pdf(), {
        "participant_name": "Brianna K. Hollis",
        "title": "Critical Value Reporting: Closing the Loop",
        "provider": "NorthStar Health System",
        "completed_on": "2025-03-19",
        "hours": "0.75",
        "accreditation": "pace",
        "course_number": "NSL-25-0319",
        "provider_number": "421",
        "level": "basic",
        "delivery": "live",
    }


def _histotech_webinar() -> Built:
    p = _Page(wide=True)
    f, fb, fi = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    p.frame(18, 5, (0.55, 0.45, 0.15), double=True)
    p.centre(p.h - 80, "National Society for Histotechnology", fb, 22)
    p.centre(p.h - 125, "Certificate of Completion", fb, 30, (0.55, 0.45, 0.15))
    p.centre(p.h - 160, "This Certificate of Completion is hereby presented to", fi, 13)
    p.centre(p.h - 196, "Tamika R. Jefferson", fb, 24)
    p.centre(p.h - 224, "for successful completion of the live webinar", fi, 13)
    p.centre(p.h - 254, "Decalcification Techniques for Bone Marrow Trephine Biopsies", fb, 17)
    p.centre(
        p.h - 286, "Presented February 14, 2025  ·  1.0 Contact Hour  ·  Level: Intermediate", f, 12
    )
    p.centre(p.h - 306, "Program No. 115-022-25", f, 11)
    p.centre_para(
        p.h - 338,
        PACE_STATEMENT.format(org="The National Society for Histotechnology"),
        fi,
        9.5,
        560,
    )
    p.signature(
        p.w - 320,
        78,
        "G. Ibarra",
        ["Gloria Ibarra, HTL(ASCP)QIHC", "Education Committee Chair"],
        f,
        9,
    )
    return p.pdf(), {
        "participant_name": "Tamika R. Jefferson",
        "title": "Decalcification Techniques for Bone Marrow Trephine Biopsies",
        "provider": "National Society for Histotechnology",
        "completed_on": "2025-02-14",
        "hours": "1",
        "accreditation": "pace",
        "course_number": "115-022-25",
        "level": "intermediate",
        "delivery": "live",
    }


def _tennessee_state_board() -> Built:
    p = _Page()
    f, fb = "Helvetica", "Helvetica-Bold"
    p.text(
        p.w / 2,
        p.h - 60,
        "Volunteer State Laboratory Professionals Association",
        fb,
        15,
        "centre",
        MAROON,
    )
    p.centre(p.h - 75, "P.O. Box 23091 · Nashville, TN 37202 · 615-555-0139", f, 9, GREY)
    p.frame(40, 0.8, MAROON)
    p.centre(p.h - 125, "Certificate of Continuing Education", fb, 22)
    y = p.rows(
        110,
        p.h - 175,
        [
            ("Participant:", "Lauren E. McAllister"),
            ("Tennessee License #:", "0048812"),
            ("Program:", "Transfusion Reactions: Recognition, Workup, and Reporting"),
            ("Date:", "09/18/2025"),
            ("Credit:", "2 hours"),
            ("Approval Code:", "TN-MLB-25-118"),
        ],
        fb,
        f,
        11.5,
        150,
        22,
        260,
    )
    p.para(
        90,
        y - 18,
        "This program has been approved by the Tennessee Medical Laboratory Board for 2 hours of "
        "continuing education credit. Keep this certificate with your license renewal records.",
        f,
        9.5,
        432,
    )
    p.signature(110, 130, "B. Whitaker", ["Beverly Whitaker, MT(ASCP)", "CE Coordinator"], f, 9)
    p.centre(56, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Lauren E. McAllister",
        "title": "Transfusion Reactions: Recognition, Workup, and Reporting",
        "provider": "Volunteer State Laboratory Professionals Association",
        "completed_on": "2025-09-18",
        "hours": "2",
        "accreditation": "state-board",
        "approval_number": "TN-MLB-25-118",
        "license_number": "0048812",
    }


def _poc_vendor_training() -> Built:
    p = _Page()
    f, fb = "DejaVuSans", "DejaVuSans-Bold"
    p.text(60, p.h - 62, "CardioQuant Systems, Inc.", fb, 16, colour=MAROON)
    p.text(
        60,
        p.h - 77,
        "Customer Training Department · 5 Technology Drive, Irvine, CA 92618 · (949) 555-0172",
        f,
        8.5,
        colour=GREY,
    )
    p.rule(60, p.h - 86, p.w - 60, p.h - 86, 2, MAROON)
    p.centre(p.h - 140, "CERTIFICATE OF TRAINING", fb, 24)
    p.centre(p.h - 178, "This is to certify that", f, 11)
    p.centre(p.h - 208, "Jorge L. Ramírez", fb, 21)
    p.centre(p.h - 236, "has completed operator training on the", f, 11)
    p.centre(p.h - 262, "CardioQuant CQ-7 Point-of-Care Cardiac Marker Analyzer", fb, 14)
    y = p.rows(
        140,
        p.h - 310,
        [
            ("Training date:", "10 June 2025"),
            ("Training duration:", "2 hours"),
            ("Delivery:", "Live, instructor-led (on site)"),
            ("Trainer:", "Amy Sorensen, Field Application Specialist"),
            ("Site:", "Lakeview Community Hospital, Laboratory"),
        ],
        fb,
        f,
        10.5,
        130,
        18,
        260,
    )
    p.para(
        60,
        y - 20,
        "This certificate documents operator training only. Retain it with the site's "
        "point-of-care competency records.",
        "DejaVuSans-Oblique",
        9,
        492,
    )
    p.signature(60, 110, "Amy Sorensen", ["Amy Sorensen", "Field Application Specialist"], f, 9)
    p.text(p.w - 60, 44, "Doc. TR-114 · Page 1 of 1", f, 7.5, "right", GREY)
    return p.pdf(), {
        "participant_name": "Jorge L. Ramírez",
        "title": "CardioQuant CQ-7 Point-of-Care Cardiac Marker Analyzer",
        "provider": "CardioQuant Systems, Inc.",
        "completed_on": "2025-06-10",
        "hours": "2",
        "delivery": "live",
    }


def _osha_online_minutes() -> Built:
    p = _Page()
    f, fb = "Helvetica", "Helvetica-Bold"
    p.band(0, p.h - 8, p.w, 8, (0.9, 0.5, 0.1))
    p.text(54, p.h - 50, "SafeLab Compliance Online", fb, 15)
    p.text(
        p.w - 54,
        p.h - 50,
        "www.safelab.example.com · support 1-888-555-0163",
        f,
        8.5,
        "right",
        GREY,
    )
    p.centre(p.h - 120, "Certificate of Completion", fb, 26)
    p.centre(p.h - 158, "Awarded to", f, 11)
    p.centre(p.h - 188, "Nathaniel Brooks", fb, 21)
    p.centre(p.h - 216, "for completing", f, 11)
    p.centre(
        p.h - 244, "Bloodborne Pathogens for Laboratory Workers (OSHA 29 CFR 1910.1030)", fb, 13.5
    )
    p.rows(
        150,
        p.h - 296,
        [
            ("Course length:", "45 minutes"),
            ("Format:", "Online, self-paced"),
            ("Completed on:", "2025-01-07 at 14:32 CST"),
            ("Valid through:", "01/07/2026 (annual retraining required)"),
            ("Verification code:", "SLC-7F3K-2291"),
        ],
        fb,
        f,
        10.5,
        120,
        18,
    )
    p.text(54, 44, "SafeLab Compliance Online is not affiliated with OSHA.", f, 7.5, colour=GREY)
    p.text(p.w - 54, 44, "Page 1 of 1", f, 7.5, "right", GREY)
    return p.pdf(), {
        "participant_name": "Nathaniel Brooks",
        "title": "Bloodborne Pathogens for Laboratory Workers (OSHA 29 CFR 1910.1030)",
        "provider": "SafeLab Compliance Online",
        "completed_on": "2025-01-07",
        "minutes": "45",
        "delivery": "self-study",
    }


def _florida_medical_errors_live() -> Built:
    p = _Page(wide=True)
    f, fb, fi = "Times-Roman", "Times-Bold", "Times-Italic"
    p.frame(24, 2, GREEN, double=True)
    p.centre(p.h - 76, "Suncoast Clinical Laboratory Seminars", fb, 20, GREEN)
    p.centre(
        p.h - 92, "3301 Bayshore Blvd., Suite 210 · Sarasota, FL 34236 · (941) 555-0126", f, 9, GREY
    )
    p.centre(p.h - 135, "Certificate of Completion", fb, 28)
    p.centre(p.h - 165, "This is to certify that", fi, 13)
    p.centre(p.h - 197, "Yolanda M. Pierre-Louis", fb, 22)
    p.centre(p.h - 217, "Lic. No. CL 32987", f, 11)
    p.centre(p.h - 241, "has completed the course", fi, 13)
    p.centre(p.h - 268, "Prevention of Medical Errors in the Clinical Laboratory", fb, 17)
    p.centre(p.h - 294, "on Saturday, March 15, 2025  ·  Format: Live seminar", f, 12)
    p.centre(p.h - 316, "Credit: 2.0 CE hours (Medical Error Prevention)", f, 12)
    p.centre(p.h - 338, "CE Broker Tracking #: 20-556120      FL Board Approval #: 50-8821", f, 11)
    p.centre(
        p.h - 362,
        "Approved by the Florida Board of Clinical Laboratory Personnel. Completion reported to CE Broker within 30 days.",
        fi,
        9.5,
    )
    p.signature(
        p.w / 2 - 100, 70, "D. Akintola", ["Deborah Akintola, MS, MT(ASCP), Program Director"], f, 9
    )
    return p.pdf(), {
        "participant_name": "Yolanda M. Pierre-Louis",
        "title": "Prevention of Medical Errors in the Clinical Laboratory",
        "provider": "Suncoast Clinical Laboratory Seminars",
        "completed_on": "2025-03-15",
        "hours": "2",
        "accreditation": "state-board",
        "course_number": "20-556120",
        "approval_number": "50-8821",
        "license_number": "CL 32987",
        "delivery": "live",
    }


def _florida_multiday_specialties() -> Built:
    p = _Page()
    f, fb = "Helvetica", "Helvetica-Bold"
    p.text(60, p.h - 60, "Panhandle Laboratory Professionals Society", fb, 15)
    p.text(
        60, p.h - 74, "1720 N. Ninth Avenue · Pensacola, FL 32503 · 850-555-0117", f, 9, colour=GREY
    )
    p.rule(60, p.h - 82, p.w - 60, p.h - 82, 0.8)
    p.centre(p.h - 118, "CERTIFICATE OF ATTENDANCE", fb, 19)
    y = p.rows(
        80,
        p.h - 156,
        [
            ("Name:", "Christopher D. Lang"),
            ("Florida License No.:", "TL 77120"),
            ("Program:", "Spring Microbiology & Immunology Seminar"),
            ("Dates of Attendance:", "05/12/2025 - 05/13/2025"),
            ("Location:", "Pensacola, FL"),
            ("Provider:", "Panhandle Laboratory Professionals Society"),
            ("FL Approval Number:", "50-2290"),
        ],
        fb,
        f,
        11,
        150,
        19,
        300,
    )
    p.text(80, y - 8, "CE Hours by Specialty Area", fb, 11)
    rows = [("Microbiology", "6.0"), ("Immunology/Serology", "3.0")]
    yy = y - 28
    for name, hrs in rows:
        p.text(96, yy, name, f, 10.5)
        p.text(420, yy, hrs, f, 10.5, "right")
        yy -= 16
    p.rule(90, yy + 10, 425, yy + 10, 0.5)
    p.text(96, yy - 4, "Total", fb, 10.5)
    p.text(420, yy - 4, "9.0", fb, 10.5, "right")
    p.para(
        60,
        yy - 40,
        "Approved by the Florida Board of Clinical Laboratory Personnel. Hours have been reported "
        "to CE Broker.",
        "Helvetica-Oblique",
        9.5,
        492,
    )
    p.signature(
        60,
        110,
        "R. Santangelo",
        ["Provider signature: Rita Santangelo, Education Director"],
        f,
        9,
        220,
    )
    p.text(p.w - 60, 110, "Issued: 05/30/2025", f, 9, "right")
    p.text(p.w - 60, 44, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Christopher D. Lang",
        "title": "Spring Microbiology & Immunology Seminar",
        "provider": "Panhandle Laboratory Professionals Society",
        "start": "2025-05-12",
        "end": "2025-05-13",
        "hours": "9",
        "accreditation": "state-board",
        "approval_number": "50-2290",
        "license_number": "TL 77120",
    }


def _california_accent_section() -> Built:
    p = _Page()
    f, fb, fi = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    p.centre(p.h - 64, "ADLM Northern California Section", fb, 17, TEAL)
    p.centre(p.h - 80, "c/o 500 Parnassus Avenue, Box 0134 · San Francisco, CA 94143", f, 8.5, GREY)
    p.centre(p.h - 125, "Certificate of Continuing Education", fb, 20)
    y = p.rows(
        80,
        p.h - 170,
        [
            ("Licensee:", "Roberto C. Villanueva"),
            ("Course:", "Mass Spectrometry in the Routine Clinical Laboratory"),
            ("Course No.:", "NCS-25-03"),
            ("Date of completion:", "2025-09-20"),
            ("Format:", "Live"),
            ("Credit:", "2.0 ACCENT® credit hours"),
            ("Accrediting agency:", "ACCENT® (Association for Diagnostics & Laboratory Medicine)"),
        ],
        fb,
        f,
        10.5,
        170,
        22,
        280,
    )
    p.text(80, y - 4, "California accrediting agency number: 0007", fb, 10.5)
    p.para(
        72,
        y - 34,
        "Keep this certificate for at least four years. California Laboratory Field Services "
        "accepts certificates that show the course number and the accrediting agency number.",
        fi,
        9,
        468,
    )
    p.signature(72, 110, "K. Nakamura", ["Kenji Nakamura, PhD, Section Chair"], f, 9)
    p.centre(44, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Roberto C. Villanueva",
        "title": "Mass Spectrometry in the Routine Clinical Laboratory",
        "provider": "ADLM Northern California Section",
        "completed_on": "2025-09-20",
        "hours": "2",
        "accreditation": "accent",
        "course_number": "NCS-25-03",
        "accrediting_agency_number": "0007",
        "delivery": "live",
    }


def _ascp_annual_meeting_cmle() -> Built:
    p = _Page(wide=True)
    f, fb = "DejaVuSans", "DejaVuSans-Bold"
    p.band(0, p.h - 110, p.w, 110, MAROON)
    p.centre(p.h - 50, "American Society for Clinical Pathology", fb, 20, (1, 1, 1))
    p.centre(p.h - 76, "ASCP 2025 Annual Meeting", f, 15, (1, 1, 1))
    p.centre(p.h - 96, "Sept. 10-12, 2025 · Orlando, FL", f, 11, (1, 1, 1))
    p.centre(p.h - 160, "Certificate of Participation", fb, 28)
    p.centre(p.h - 205, "Olamide F. Adeyemi", fb, 24, MAROON)
    p.centre(p.h - 236, "has participated in the above educational activity and is awarded", f, 12)
    p.centre(p.h - 268, "14.5 CMLE credits", fb, 18)
    p.centre_para(
        p.h - 305,
        "ASCP designates this live activity for a maximum of 21.0 ASCP Continuing Medical "
        "Laboratory Education (CMLE) credits. ASCP CMLE credits are acceptable for the ASCP Board "
        "of Certification Certification Maintenance Program.",
        f,
        9.5,
        580,
    )
    p.signature(
        80,
        80,
        "A. Whitford",
        ["Andrea Whitford, MD, FASCP", "Chair, Annual Meeting Steering Committee"],
        f,
        9,
    )
    p.text(p.w - 60, 80, "Date issued: October 2, 2025", f, 9.5, "right")
    return p.pdf(), {
        "participant_name": "Olamide F. Adeyemi",
        "title": "ASCP 2025 Annual Meeting",
        "provider": "American Society for Clinical Pathology",
        "start": "2025-09-10",
        "end": "2025-09-12",
        "hours": "14.5",
        "accreditation": "cmle",
        "delivery": "live",
    }


def _amp_webinar_cme() -> Built:
    p = _Page()
    f, fb = "Helvetica", "Helvetica-Bold"
    p.text(p.w / 2, p.h - 62, "Association for Molecular Pathology", fb, 17, "centre", NAVY)
    p.centre(
        p.h - 77,
        "6120 Executive Blvd., Suite 700 · Rockville, MD 20852 · 301-555-0108",
        f,
        8.5,
        GREY,
    )
    p.centre(p.h - 125, "CERTIFICATE OF CME CREDIT", fb, 21)
    p.centre(p.h - 160, "Fatima Z. Hussain", fb, 19)
    p.centre(p.h - 186, "Webinar", "Helvetica-Oblique", 11)
    p.centre(p.h - 208, "Liquid Biopsy Assay Validation: Pre-analytical Pitfalls", fb, 14)
    y = p.rows(
        120,
        p.h - 250,
        [
            ("Live webinar held:", "Thursday, 02/06/2025"),
            ("AMA PRA Category 1 Credits™ claimed:", "1.25"),
        ],
        fb,
        f,
        11,
        240,
        19,
    )
    p.para(
        72,
        y - 18,
        "The Association for Molecular Pathology is accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME) to provide continuing medical education for "
        "physicians. AMP designates this live activity for a maximum of 1.5 AMA PRA Category 1 "
        "Credits™. Physicians should claim only the credit commensurate with the extent of their "
        "participation in the activity.",
        f,
        9,
        468,
    )
    p.signature(
        72,
        120,
        "S. Kaplan",
        ["Steven Kaplan, MD, PhD", "Chair, Professional Development Committee"],
        f,
        9,
    )
    p.text(p.w - 72, 44, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Fatima Z. Hussain",
        "title": "Liquid Biopsy Assay Validation: Pre-analytical Pitfalls",
        "provider": "Association for Molecular Pathology",
        "completed_on": "2025-02-06",
        "hours": "1.25",
        "accreditation": "accme",
        "delivery": "live",
    }


def _public_health_lab_webinar() -> Built:
    p = _Page()
    f, fb, fi = "Times-Roman", "Times-Bold", "Times-Italic"
    p.frame(36, 1, GREEN)
    p.centre(p.h - 86, "Prairie State Public Health Laboratory", fb, 19, GREEN)
    p.centre(p.h - 104, "Laboratory Preparedness Webinar Series", fi, 12)
    p.centre(p.h - 118, "2100 Capitol Drive · Springfield, IL 62702 · (217) 555-0144", f, 9, GREY)
    p.centre(p.h - 170, "Certificate of Participation", fb, 26)
    p.centre(p.h - 210, "Presented to Caleb J. Nordstrom", fb, 17)
    p.centre(p.h - 236, "for participation in the live webinar", fi, 12)
    p.centre(p.h - 262, "Shipping Category A and B Infectious Substances: 2025 Refresher", fb, 14)
    p.centre(p.h - 286, "June 3, 2025", f, 12)
    p.centre(p.h - 310, "Credit hours: 0.5 P.A.C.E.®      Level: Basic", f, 12)
    p.centre_para(
        p.h - 345,
        PACE_STATEMENT.format(org="Prairie State Public Health Laboratory")
        + " Provider #: 590. Program #: 590-016-25.",
        fi,
        10,
        440,
    )
    p.signature(p.w / 2 - 95, 110, "H. Larkin", ["Helen Larkin, MPH, Training Coordinator"], f, 9.5)
    p.centre(52, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Caleb J. Nordstrom",
        "title": "Shipping Category A and B Infectious Substances: 2025 Refresher",
        "provider": "Prairie State Public Health Laboratory",
        "completed_on": "2025-06-03",
        "hours": "0.5",
        "accreditation": "pace",
        "course_number": "590-016-25",
        "provider_number": "590",
        "level": "basic",
        "delivery": "live",
    }


def _aphl_two_column() -> Built:
    p = _Page(wide=True)
    f, fb = "Helvetica", "Helvetica-Bold"
    p.text(50, p.h - 56, "Association of Public Health Laboratories", fb, 18, colour=NAVY)
    p.text(
        50,
        p.h - 72,
        "8515 Georgia Avenue, Suite 700 · Silver Spring, MD 20910 · 240.555.0182",
        f,
        9,
        colour=GREY,
    )
    p.rule(50, p.h - 82, p.w - 50, p.h - 82, 1.5, NAVY)
    p.rule(470, p.h - 110, 470, 130, 0.6, GREY)
    p.text(50, p.h - 130, "Certificate of Completion", fb, 26)
    p.text(50, p.h - 178, "Mei-Ling Cho", fb, 22, colour=NAVY)
    p.text(50, p.h - 204, "has successfully completed the self-study course", f, 12)
    y = p.para(
        50,
        p.h - 232,
        "Tuberculosis Drug Susceptibility Testing: Molecular and Phenotypic Methods",
        fb,
        15,
        390,
        19,
    )
    p.para(
        50,
        y - 16,
        PACE_STATEMENT.format(org="APHL") + " Provider number 116.",
        "Helvetica-Oblique",
        9.5,
        390,
    )
    p.rows(
        495,
        p.h - 140,
        [
            ("Completion date", "04/03/2025"),
            ("Contact hours", "2.0"),
            ("Program number", "116-204-25"),
            ("Level", "Advanced"),
            ("Issued", "04/15/2025"),
        ],
        fb,
        f,
        11,
        110,
        24,
        150,
    )
    p.signature(
        495,
        160,
        "T. Greaves",
        ["Tanya Greaves, MS", "Manager, Professional Development"],
        f,
        9,
        220,
    )
    p.text(p.w - 50, 36, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Mei-Ling Cho",
        "title": "Tuberculosis Drug Susceptibility Testing: Molecular and Phenotypic Methods",
        "provider": "Association of Public Health Laboratories",
        "completed_on": "2025-04-03",
        "hours": "2",
        "accreditation": "pace",
        "course_number": "116-204-25",
        "provider_number": "116",
        "level": "advanced",
        "delivery": "self-study",
    }


def _quality_alliance_symposium() -> Built:
    p = _Page()
    f, fb, fi = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    p.frame(30, 2.5, NAVY)
    p.centre(p.h - 82, "Laboratory Quality Alliance", fb, 20, NAVY)
    p.centre(
        p.h - 98,
        "9881 Broken Land Parkway, Suite 200 · Columbia, MD 21046 · 800-555-0175",
        f,
        8.5,
        GREY,
    )
    p.centre(p.h - 150, "Certificate of Attendance", fb, 24)
    p.centre(p.h - 185, "Patrick J. Donnelly", fb, 20)
    p.centre(p.h - 210, "attended the", fi, 11)
    p.centre(p.h - 234, "2025 Fall Symposium for Clinical Laboratories", fb, 15)
    p.centre(p.h - 256, "October 30 – November 1, 2025 · New Orleans, LA", f, 11)
    p.centre(p.h - 290, "Total Contact Hours: 15.0", fb, 13)
    p.centre_para(
        p.h - 324,
        PACE_STATEMENT.format(org="Laboratory Quality Alliance")
        + " Attendees may claim P.A.C.E.® credit only for sessions attended.",
        fi,
        9,
        440,
    )
    p.signature(p.w / 2 - 95, 110, "N. Osterberg", ["Nina Osterberg, Director of Education"], f, 9)
    p.centre(50, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Patrick J. Donnelly",
        "title": "2025 Fall Symposium for Clinical Laboratories",
        "provider": "Laboratory Quality Alliance",
        "start": "2025-10-30",
        "end": "2025-11-01",
        "hours": "15",
        "accreditation": "pace",
    }


def _leadership_network_boxed() -> Built:
    p = _Page(wide=True)
    f, fb = "Helvetica", "Helvetica-Bold"
    p.centre(p.h - 60, "Laboratory Leadership Network", fb, 20, (0.2, 0.2, 0.5))
    p.centre(
        p.h - 76,
        "Developing leaders in laboratory medicine · info@lln.example.org · 312-555-0166",
        f,
        9,
        GREY,
    )
    p.centre(p.h - 130, "Certificate of Completion", fb, 30)
    p.centre(p.h - 168, "Awarded to Sandra L. Okonkwo", fb, 20)
    p.centre(p.h - 196, "Webinar: Staffing Models for the 24/7 Laboratory", f, 15)
    bx, by, bw, bh = 130, p.h - 330, p.w - 260, 110
    p.c.setLineWidth(1)
    p.c.rect(bx, by, bw, bh)
    p.rows(
        bx + 20,
        by + bh - 24,
        [("Date:", "03/27/2025"), ("CE Credits Earned:", "1.0"), ("Level:", "Advanced")],
        fb,
        f,
        11,
        130,
        22,
        150,
    )
    p.rows(
        bx + bw / 2 + 20,
        by + bh - 24,
        [("Delivery:", "Live"), ("Program No.:", "633-015-25"), ("Provider No.:", "633")],
        fb,
        f,
        11,
        100,
        22,
        150,
    )
    p.centre_para(by - 28, PACE_STATEMENT.format(org="Laboratory Leadership Network"), f, 9.5, 560)
    p.signature(
        p.w / 2 - 95, 62, "V. Ruiz", ["Victor Ruiz, MBA, MLS(ASCP), Executive Director"], f, 9, 190
    )
    return p.pdf(), {
        "participant_name": "Sandra L. Okonkwo",
        "title": "Staffing Models for the 24/7 Laboratory",
        "provider": "Laboratory Leadership Network",
        "completed_on": "2025-03-27",
        "hours": "1",
        "accreditation": "pace",
        "course_number": "633-015-25",
        "provider_number": "633",
        "level": "advanced",
        "delivery": "live",
    }


def _blood_bank_ornate() -> Built:
    p = _Page(wide=True)
    f, fb, fi = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    p.frame(16, 6, MAROON, double=True)
    p.centre(p.h - 80, "Great Lakes Blood Bank Association", fb, 22, MAROON)
    p.centre(p.h - 132, "Certificate of Attendance", fb, 32)
    p.centre(p.h - 166, "Be it known that", fi, 13)
    p.centre(p.h - 202, "Anneliese Vogt-Brennan", fb, 26)
    p.centre(p.h - 230, "attended the one-day seminar", fi, 13)
    p.centre(p.h - 260, "Immunohematology Update 2025", fb, 19)
    p.centre(p.h - 288, "held on the 8th of March, 2025 in Ann Arbor, Michigan,", f, 12.5)
    p.centre(p.h - 308, "and is awarded 6.5 contact hours of P.A.C.E.® credit.", f, 12.5)
    p.centre_para(
        p.h - 340,
        PACE_STATEMENT.format(org="The Great Lakes Blood Bank Association"),
        fi,
        9,
        520,
    )
    p.signature(120, 72, "E. Thorsen", ["Erik Thorsen, MT(ASCP)SBB", "President"], f, 9)
    p.signature(
        p.w - 310, 72, "M. Dubois", ["Marie Dubois, MLS(ASCP)CMSBBCM", "Seminar Chair"], f, 9
    )
    return p.pdf(), {
        "participant_name": "Anneliese Vogt-Brennan",
        "title": "Immunohematology Update 2025",
        "provider": "Great Lakes Blood Bank Association",
        "completed_on": "2025-03-08",
        "hours": "6.5",
        "accreditation": "pace",
    }


def _lms_completion() -> Built:
    p = _Page()
    f, fb = "Helvetica", "Helvetica-Bold"
    p.band(0, p.h - 50, p.w, 50, (0.93, 0.93, 0.93))
    p.text(40, p.h - 32, "LearnTrack", fb, 16, colour=(0.2, 0.45, 0.2))
    p.text(p.w - 40, p.h - 32, "My Learning › Transcript › Certificate", f, 9, "right", GREY)
    p.centre(p.h - 110, "Certificate of Completion", fb, 24)
    p.rows(
        90,
        p.h - 160,
        [
            ("Learner:", "Dominic R. Fairweather"),
            ("Organization:", "Riverbend Health"),
            ("Course:", "Specimen Labeling and Patient Identification Annual Review"),
            ("Course Code:", "LAB-SPEC-0425"),
            ("Provider:", "Riverbend Health Laboratory Services"),
            ("Completed:", "17-Apr-2025"),
            ("Contact Hours:", "0.75"),
            ("Score:", "100%"),
        ],
        fb,
        f,
        11,
        120,
        22,
        320,
    )
    p.text(40, 60, "Printed: 18-Apr-2025 09:14", f, 8, colour=GREY)
    p.text(p.w - 40, 60, "Powered by LearnTrack LMS · Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Dominic R. Fairweather",
        "title": "Specimen Labeling and Patient Identification Annual Review",
        "provider": "Riverbend Health Laboratory Services",
        "completed_on": "2025-04-17",
        "hours": "0.75",
        "course_number": "LAB-SPEC-0425",
    }


def _instrument_training_multiday() -> Built:
    p = _Page()
    f, fb, fi = "Times-Roman", "Times-Bold", "Times-Italic"
    p.text(72, p.h - 64, "Meridian Bioinstruments", fb, 18, colour=TEAL)
    p.text(
        72,
        p.h - 80,
        "Technical Training Center · 1200 Research Blvd, Durham, NC 27709 · (919) 555-0104",
        f,
        9,
        colour=GREY,
    )
    p.rule(72, p.h - 88, p.w - 72, p.h - 88, 0.8, TEAL)
    p.centre(p.h - 140, "Certificate of Completion", fb, 26)
    p.centre(p.h - 180, "This is to certify that", fi, 12)
    p.centre(p.h - 212, "Hye-jin Park", fb, 22)
    p.centre(p.h - 240, "has successfully completed the", fi, 12)
    y = p.centre_para(
        p.h - 268,
        "Operator Training Course: MBI Vantage-ID Automated Microbial Identification System",
        fb,
        15,
        420,
        19,
    )
    p.centre(y - 14, "Training dates: 2025-08-04 to 2025-08-06 · Durham, NC", f, 12)
    p.centre(y - 34, "Total instruction: 24 hours · Instructor-led, in person", f, 12)
    p.signature(72, 120, "K. Brandt", ["Kurt Brandt, Senior Technical Trainer"], f, 9.5)
    p.signature(p.w - 262, 120, "P. Osei", ["Priscilla Osei, Training Manager"], f, 9.5)
    p.text(72, 50, "Certificate no. MBI-TTC-25-0871", f, 8, colour=GREY)
    p.text(p.w - 72, 50, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Hye-jin Park",
        "title": "Operator Training Course: MBI Vantage-ID Automated Microbial Identification System",
        "provider": "Meridian Bioinstruments",
        "start": "2025-08-04",
        "end": "2025-08-06",
        "hours": "24",
        "delivery": "live",
    }


def _community_college_ceu() -> Built:
    p = _Page()
    f, fb = "Helvetica", "Helvetica-Bold"
    p.frame(40, 1.5, (0.1, 0.3, 0.2))
    p.centre(p.h - 90, "Cascade Valley Community College", fb, 18, (0.1, 0.3, 0.2))
    p.centre(
        p.h - 106,
        "Workforce & Continuing Education · 2400 River Road · Bend, OR 97701 · 541-555-0155",
        f,
        8.5,
        GREY,
    )
    p.centre(p.h - 160, "Certificate of Completion", fb, 24)
    p.centre(p.h - 196, "Phlebotomy Skills Refresher Workshop", fb, 15)
    p.centre(p.h - 232, "Awarded to Destiny M. Abernathy", f, 15)
    p.centre(p.h - 262, "Sessions held Saturday, October 4 and Saturday, October 11, 2025", f, 11)
    p.centre(p.h - 284, "Continuing Education Units awarded: 0.6 CEU", fb, 12)
    p.centre(p.h - 304, "Course #: HLTH-0921", f, 11)
    p.centre_para(
        p.h - 336,
        "One Continuing Education Unit (CEU) equals ten hours of participation in an organized "
        "continuing education experience.",
        "Helvetica-Oblique",
        9,
        400,
    )
    p.signature(
        90, 120, "G. Halvorsen", ["Greta Halvorsen, Dean", "Workforce & Continuing Education"], f, 9
    )
    p.signature(p.w - 280, 120, "T. Ruiz", ["Teresa Ruiz, CPT, Instructor"], f, 9)
    p.centre(58, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Destiny M. Abernathy",
        "title": "Phlebotomy Skills Refresher Workshop",
        "provider": "Cascade Valley Community College",
        "start": "2025-10-04",
        "end": "2025-10-11",
        "ceu": "0.6",
        "course_number": "HLTH-0921",
    }


def _caribbean_uppercase_name() -> Built:
    p = _Page(wide=True)
    f, fb = "DejaVuSans", "DejaVuSans-Bold"
    p.band(0, p.h - 20, p.w, 20, (0.0, 0.45, 0.55))
    p.band(0, 0, p.w, 20, (0.0, 0.45, 0.55))
    p.centre(p.h - 70, "Caribbean Society of Clinical Laboratory Scientists", fb, 19)
    p.centre(
        p.h - 87, "Calle Loíza 1912, Suite 3 · San Juan, PR 00911 · (787) 555-0138", f, 9, GREY
    )
    p.centre(p.h - 140, "CERTIFICATE OF COMPLETION", fb, 28, (0.0, 0.45, 0.55))
    p.centre(p.h - 190, "MARÍA JOSÉ FERNÁNDEZ-RUIZ", fb, 24)
    p.centre(p.h - 220, "completed the continuing education program", f, 12)
    p.centre(p.h - 248, "Dengue and Arbovirus Serology: Interpreting NS1, IgM and IgG", fb, 16)
    p.centre(p.h - 276, "02 MAR 2025 · San Juan, Puerto Rico", f, 12)
    p.centre(p.h - 298, "3.0 P.A.C.E.® contact hours · Basic level · Live", f, 12)
    p.centre(p.h - 318, "Program No. 498-007-25", f, 11)
    p.centre_para(
        p.h - 350,
        PACE_STATEMENT.format(org="The Caribbean Society of Clinical Laboratory Scientists"),
        f,
        9,
        560,
    )
    p.signature(p.w / 2 - 95, 70, "L. Acevedo", ["Luis Acevedo, MT, President"], f, 9)
    return p.pdf(), {
        "participant_name": "MARÍA JOSÉ FERNÁNDEZ-RUIZ",
        "title": "Dengue and Arbovirus Serology: Interpreting NS1, IgM and IgG",
        "provider": "Caribbean Society of Clinical Laboratory Scientists",
        "completed_on": "2025-03-02",
        "hours": "3",
        "accreditation": "pace",
        "course_number": "498-007-25",
        "level": "basic",
        "delivery": "live",
    }


def _ce_organizer_session() -> Built:
    p = _Page()
    f, fb, fi = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    p.text(
        60, p.h - 60, "Rocky Mountain Society for Clinical Laboratory Science", fb, 14, colour=NAVY
    )
    p.text(60, p.h - 75, "CE Organizer · Session Certificate", f, 9.5, colour=GREY)
    p.rule(60, p.h - 84, p.w - 60, p.h - 84, 0.8, NAVY)
    p.centre(p.h - 130, "Certificate of Continuing Education", fb, 20)
    y = p.para(
        72,
        p.h - 170,
        "Zachary T. Pemberton is hereby awarded 1.5 P.A.C.E.® contact hours for the session",
        f,
        12,
        468,
        17,
    )
    y = p.centre_para(
        y - 10,
        "From Reference Intervals to Clinical Decision Limits: Verifying, Transferring, and "
        "Establishing Intervals in a Multi-Site Laboratory Network",
        fb,
        13,
        430,
        17,
    )
    y = p.para(
        72, y - 8, "presented at the 2025 RMSCLS Spring Conference, Denver, Colorado.", f, 12, 468
    )
    y = p.rows(
        110,
        y - 20,
        [
            ("Session date:", "April 25, 2025"),
            ("Session code:", "RM25-T14"),
            ("P.A.C.E.® Program No.:", "335-118-25"),
            ("Level:", "Intermediate"),
            ("Date claimed:", "05/02/2025"),
        ],
        fb,
        f,
        10.5,
        170,
        18,
    )
    p.para(
        72,
        y - 16,
        PACE_STATEMENT.format(org="The Rocky Mountain Society for Clinical Laboratory Science"),
        fi,
        9,
        468,
    )
    p.signature(72, 100, "J. Castellanos", ["Julia Castellanos, MS, MLS(ASCP)CM, CE Chair"], f, 9)
    p.text(p.w - 60, 44, "Page 1 of 1", f, 8, "right", GREY)
    return p.pdf(), {
        "participant_name": "Zachary T. Pemberton",
        "title": (
            "From Reference Intervals to Clinical Decision Limits: Verifying, Transferring, and "
            "Establishing Intervals in a Multi-Site Laboratory Network"
        ),
        "provider": "Rocky Mountain Society for Clinical Laboratory Science",
        "completed_on": "2025-04-25",
        "hours": "1.5",
        "accreditation": "pace",
        "course_number": "335-118-25",
        "level": "intermediate",
    }


def _grand_rounds_cme() -> Built:
    p = _Page()
    f, fb, fi = "Times-Roman", "Times-Bold", "Times-Italic"
    p.text(72, p.h - 64, "Mercy Health System", fb, 18, colour=MAROON)
    p.text(72, p.h - 80, "Office of Continuing Medical Education", fi, 11)
    p.text(p.w - 72, p.h - 64, "615 S. New Ballas Road", f, 9, "right", GREY)
    p.text(p.w - 72, p.h - 76, "St. Louis, MO 63141", f, 9, "right", GREY)
    p.text(p.w - 72, p.h - 88, "314-555-0149", f, 9, "right", GREY)
    p.rule(72, p.h - 96, p.w - 72, p.h - 96, 1, MAROON)
    p.centre(p.h - 136, "Attendance Verification", fb, 21)
    y = p.rows(
        90,
        p.h - 180,
        [
            ("Attendee:", "Isabel Moreau-Quinn"),
            (
                "Activity:",
                "Pathology Grand Rounds: Diagnostic Stewardship for C. difficile Testing",
            ),
            ("Date:", "Thursday, November 13, 2025"),
            ("Location:", "Mercy Hospital, Auditorium B (live, in person)"),
            ("Hours attended:", "1.0"),
        ],
        fb,
        f,
        11.5,
        120,
        21,
        320,
    )
    p.para(
        72,
        y - 16,
        "Mercy Health System is accredited by the Accreditation Council for Continuing Medical "
        "Education (ACCME) to provide continuing medical education for physicians. Mercy Health "
        "System designates this live activity for a maximum of 1.0 AMA PRA Category 1 Credit™. "
        "Non-physician attendees receive this certificate of participation.",
        fi,
        10,
        468,
    )
    p.signature(72, 110, "A. Feld", ["Aaron Feld, MD, CME Director"], f, 10)
    p.text(p.w - 72, 110, "Issued 11/20/2025", f, 9.5, "right")
    p.centre(44, "Page 1 of 1", f, 8, GREY)
    return p.pdf(), {
        "participant_name": "Isabel Moreau-Quinn",
        "title": "Pathology Grand Rounds: Diagnostic Stewardship for C. difficile Testing",
        "provider": "Mercy Health System",
        "completed_on": "2025-11-13",
        "hours": "1",
        "accreditation": "accme",
        "delivery": "live",
    }


_BUILDERS: tuple[tuple[str, Callable[[], Built]], ...] = (
    ("ascls_pace_webinar", _ascls_pace_webinar),
    ("adlm_accent_webinar", _adlm_accent_webinar),
    ("ascp_cmle_selfstudy", _ascp_cmle_selfstudy),
    ("labce_online", _labce_online),
    ("medialab_table", _medialab_table),
    ("cdc_train_iacet", _cdc_train_iacet),
    ("cdc_onelab_live", _cdc_onelab_live),
    ("state_society_annual_meeting", _state_society_annual_meeting),
    ("hospital_inservice_letter", _hospital_inservice_letter),
    ("university_ce_letter", _university_ce_letter),
    ("florida_cebroker_homestudy", _florida_cebroker_homestudy),
    ("california_camlt_workshop", _california_camlt_workshop),
    ("vendor_webinar", _vendor_webinar),
    ("adlm_annual_meeting", _adlm_annual_meeting),
    ("journal_cmp_points", _journal_cmp_points),
    ("amt_ccp_points", _amt_ccp_points),
    ("cap_enduring_cme", _cap_enduring_cme),
    ("typewriter_consortium", _typewriter_consortium),
    ("two_column_microbiology", _two_column_microbiology),
    ("health_system_record_table", _health_system_record_table),
    ("histotech_webinar", _histotech_webinar),
    ("tennessee_state_board", _tennessee_state_board),
    ("poc_vendor_training", _poc_vendor_training),
    ("osha_online_minutes", _osha_online_minutes),
    ("florida_medical_errors_live", _florida_medical_errors_live),
    ("florida_multiday_specialties", _florida_multiday_specialties),
    ("california_accent_section", _california_accent_section),
    ("ascp_annual_meeting_cmle", _ascp_annual_meeting_cmle),
    ("amp_webinar_cme", _amp_webinar_cme),
    ("public_health_lab_webinar", _public_health_lab_webinar),
    ("aphl_two_column", _aphl_two_column),
    ("quality_alliance_symposium", _quality_alliance_symposium),
    ("leadership_network_boxed", _leadership_network_boxed),
    ("blood_bank_ornate", _blood_bank_ornate),
    ("lms_completion", _lms_completion),
    ("instrument_training_multiday", _instrument_training_multiday),
    ("community_college_ceu", _community_college_ceu),
    ("caribbean_uppercase_name", _caribbean_uppercase_name),
    ("ce_organizer_session", _ce_organizer_session),
    ("grand_rounds_cme", _grand_rounds_cme),
)


def blind_certificates() -> list[BlindItem]:
    """Render the forty held-out certificates (deterministic bytes, one page each)."""
    items = []
    for name, build in _BUILDERS:
        pdf, truth = build()
        items.append(BlindItem(name=name, pdf=pdf, truth=dict(truth)))
    return items
