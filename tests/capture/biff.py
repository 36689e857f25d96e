"""A minimal .xls writer for tests: one worksheet of text, numbers and dates, BIFF8 in OLE2.

No .xls writer is installed (xlwt is not a dependency), so tests build their legacy Excel files
with this: the smallest workbook Excel and xlrd accept (a BOF/XF/BOUNDSHEET/EOF globals
block, a sheet of LABEL and NUMBER records, in a one-stream compound document).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from datetime import date

Cell = str | int | float | date | None

_DATE_XF = 16  # an XF using built-in number format 14 (m/d/yy): xlrd reports a date cell
_EXCEL_EPOCH = date(1899, 12, 30)


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x06))


def _xf(format_index: int, style: bool) -> bytes:
    type_flags = 0xFFF5 if style else 0x0001  # style XF (parent 0xFFF) or cell XF (parent 0)
    return _record(
        0x00E0, struct.pack("<HHHBBBBIiH", 0, format_index, type_flags, 0x20, 0, 0, 0, 0, 0, 0x20C0)
    )


def _text(value: str, length_bytes: int) -> bytes:
    try:
        encoded, flag = value.encode("latin-1"), 0
    except UnicodeEncodeError:
        encoded, flag = value.encode("utf-16-le"), 1
    size = struct.pack("<B" if length_bytes == 1 else "<H", len(value))
    return size + bytes([flag]) + encoded


def workbook_stream(rows: Sequence[Sequence[Cell]], sheet: str = "Sheet1") -> bytes:
    cells = bytearray()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                cells += _record(0x0204, struct.pack("<HHH", r, c, 15) + _text(value, 2))
            elif isinstance(value, date):
                serial = float((value - _EXCEL_EPOCH).days)
                cells += _record(0x0203, struct.pack("<HHHd", r, c, _DATE_XF, serial))
            else:
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
    width = max((len(row) for row in rows), default=0)
    sheet_part = (
        _bof(0x0010)
        + _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
        + bytes(cells)
        + _record(0x000A, b"")
    )
    xfs = b"".join(_xf(0, style=True) for _ in range(15)) + _xf(0, False) + _xf(14, False)
    name = _text(sheet, 1)

    def globals_part(offset: int) -> bytes:
        return (
            _bof(0x0005)
            + _record(0x0042, struct.pack("<H", 1200))  # CODEPAGE: UTF-16
            + _record(0x0022, struct.pack("<H", 0))  # DATEMODE: 1900
            + xfs
            + _record(0x0085, struct.pack("<IBB", offset, 0, 0) + name)
            + _record(0x000A, b"")
        )

    head = globals_part(0)
    return globals_part(len(head)) + sheet_part


def ole_file(stream: bytes, stream_name: str = "Workbook") -> bytes:
    """A version-3 compound document holding one stream (padded to the 4096-byte cutoff)."""
    sector = 512
    data = stream + b"\x00" * (max(4096, -(-len(stream) // sector) * sector) - len(stream))
    data_sectors = len(data) // sector
    end, free, fat_mark, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [fat_mark, end] + [3 + i if i < data_sectors - 1 else end for i in range(data_sectors)]
    fat += [free] * (128 - len(fat))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<I", 0)  # directory sectors (0 in version 3)
        + struct.pack("<I", 1)  # FAT sectors
        + struct.pack("<I", 1)  # first directory sector
        + struct.pack("<I", 0)  # transaction signature
        + struct.pack("<I", 4096)  # mini stream cutoff
        + struct.pack("<I", end)  # first mini FAT sector
        + struct.pack("<I", 0)  # mini FAT sectors
        + struct.pack("<I", end)  # first DIFAT sector
        + struct.pack("<I", 0)  # DIFAT sectors
        + struct.pack("<I", 0)  # DIFAT[0]: the FAT is sector 0
        + struct.pack("<I", free) * 108
    )
    assert len(header) == sector

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le") if name else b""
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", no_stream, no_stream, child)
            + b"\x00" * 16
            + struct.pack("<I", 0)
            + b"\x00" * 16
            + struct.pack("<II", start, size)
            + struct.pack("<I", 0)
        )

    directory = (
        entry("Root Entry", 5, 1, end, 0)
        + entry(stream_name, 2, no_stream, 2, len(data))
        + entry("", 0, no_stream, 0, 0)
        + entry("", 0, no_stream, 0, 0)
    )
    assert len(directory) == sector
    fat_sector = struct.pack("<128I", *fat)
    return header + fat_sector + directory + data


def xls_bytes(rows: Sequence[Sequence[Cell]], sheet: str = "Sheet1") -> bytes:
    return ole_file(workbook_stream(rows, sheet))
