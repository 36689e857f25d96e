"""W3C Bitstring Status List v1.0: revocation as one bit per issued credential.

The list is a bitstring of at least 131,072 bits (16 KB, so that one bit says little about one
person), GZIP-compressed and written as multibase base64url (`u…`) in the status list
credential's `credentialSubject.encodedList`. Bit 0 is the left-most bit of the first byte.
Each issued credential names its list and index in a `BitstringStatusListEntry`.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from cetrack.core.issuing.canon import VC_V2
from cetrack.core.issuing.multibase import decode_multibase, encode_base64url

MIN_BITS = 131_072
MAX_BITS = 16 * 1024 * 1024 * 8  # 16 MB decompressed at most when reading someone's list


def empty_bits(size: int = MIN_BITS) -> bytes:
    if size < MIN_BITS or size % 8:
        raise ValueError(f"a status list has at least {MIN_BITS} bits, a multiple of 8")
    return bytes(size // 8)


def bit(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] >> (7 - index % 8) & 1)


def with_bit(bits: bytes, index: int, value: bool) -> bytes:
    changed = bytearray(bits)
    mask = 1 << (7 - index % 8)
    changed[index // 8] = changed[index // 8] | mask if value else changed[index // 8] & ~mask
    return bytes(changed)


def encode_list(bits: bytes) -> str:
    return encode_base64url(gzip.compress(bits, mtime=0))


def decode_list(text: Any) -> bytes | None:
    """The bitstring from `encodedList`, or None when it is not GZIP'd multibase base64url."""
    raw = decode_multibase(text) if isinstance(text, str) and text.startswith("u") else None
    if raw is None:
        return None
    inflater = zlib.decompressobj(wbits=31)
    try:
        bits = inflater.decompress(raw, MAX_BITS // 8 + 1)
    except zlib.error:
        return None
    if len(bits) > MAX_BITS // 8 or inflater.unconsumed_tail or len(bits) * 8 < MIN_BITS:
        return None
    return bits


def status_entry(list_url: str, index: int, purpose: str = "revocation") -> dict[str, Any]:
    return {
        "id": f"{list_url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": purpose,
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def status_list_credential(
    list_url: str, issuer: str, bits: bytes, valid_from: datetime, purpose: str = "revocation"
) -> dict[str, Any]:
    """The (unsigned) BitstringStatusListCredential for these bits."""
    return {
        "@context": [VC_V2],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer,
        "validFrom": valid_from.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": purpose,
            "encodedList": encode_list(bits),
        },
    }


def entry_fields(entry: Any) -> tuple[str, int, str] | None:
    """(list URL, index, purpose) of a BitstringStatusListEntry, or None if malformed."""
    if not isinstance(entry, Mapping) or entry.get("type") != "BitstringStatusListEntry":
        return None
    url, index, purpose = (
        entry.get("statusListCredential"),
        entry.get("statusListIndex"),
        entry.get("statusPurpose"),
    )
    if not isinstance(url, str) or not isinstance(purpose, str):
        return None
    if not isinstance(index, str) or not index.isdigit() or len(index) > 12:
        return None
    return url, int(index), purpose
