"""Small hand-written inputs shared by the CLI and web capture tests."""

from __future__ import annotations

import io


def certificate_pdf(
    name: str = "Alice Tech",
    title: str = "Antibody Identification Case Studies",
    when: str = "March 2, 2025",
    amount: str = "1.5 contact hours",
) -> bytes:
    """A one-page certificate with labelled fields, as many providers print them."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    lines = [
        "Certificate of Completion",
        f"Participant: {name}",
        f"Course Title: {title}",
        "Provider: American Society for Clinical Laboratory Science",
        f"Date of Completion: {when}",
        f"Credit Awarded: {amount}",
        "ASCLS P.A.C.E.® Program Number: 519-101-25",
    ]
    page.setFont("Helvetica", 14)
    for number, line in enumerate(lines):
        page.drawString(72, 700 - number * 28, line)
    page.showPage()
    page.save()
    return buffer.getvalue()


TRANSCRIPT = (
    b"Course Title,Date Completed,Contact Hours,Provider\n"
    b"Antibody Identification Case Studies,03/02/2025,1.5,ASCLS\n"
    b"Urine Sediment Review,04/10/2025,1,ASCLS\n"
)
