"""Multibase text for keys, signatures and status lists (W3C Controlled Identifiers, Multikey).

Two encodings are used: base58btc (prefix `z`, the Bitcoin alphabet) for Ed25519 public keys and
Data Integrity signatures, and base64url without padding (prefix `u`) for Bitstring Status
Lists. An Ed25519 public key as Multikey is the multicodec header 0xed 0x01 followed by the 32
key bytes, so its text always starts `z6Mk`. Decoding never raises: bad text gives None.
"""

from __future__ import annotations

import base64
import binascii

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BASE58_INDEX = {char: value for value, char in enumerate(BASE58_ALPHABET)}
ED25519_PUBLIC_HEADER = b"\xed\x01"  # multicodec ed25519-pub, as an unsigned varint
MAX_TEXT = 1_000_000  # characters of multibase text decoded at most


def base58_encode(data: bytes) -> str:
    """Base58 with the Bitcoin alphabet: each leading zero byte becomes a leading '1'."""
    zeros = len(data) - len(data.lstrip(b"\x00"))
    number = int.from_bytes(data, "big")
    digits: list[str] = []
    while number:
        number, remainder = divmod(number, 58)
        digits.append(BASE58_ALPHABET[remainder])
    return "1" * zeros + "".join(reversed(digits))


def base58_decode(text: str) -> bytes | None:
    if len(text) > MAX_TEXT:
        return None
    number = 0
    for char in text:
        value = _BASE58_INDEX.get(char)
        if value is None:
            return None
        number = number * 58 + value
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\x00" * zeros + body


def encode_base58btc(data: bytes) -> str:
    return "z" + base58_encode(data)


def encode_base64url(data: bytes) -> str:
    return "u" + base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def decode_multibase(text: str) -> bytes | None:
    """The bytes of `z…` (base58btc) or `u…` (base64url, no padding) text; None otherwise."""
    if not isinstance(text, str) or len(text) < 2 or len(text) > MAX_TEXT:
        return None
    prefix, body = text[0], text[1:]
    if prefix == "z":
        return base58_decode(body)
    if prefix == "u":
        if "=" in body or not body.isascii():
            return None
        try:
            return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except (binascii.Error, ValueError):
            return None
    return None


def ed25519_multikey(public_key: bytes) -> str:
    """The Multikey text (`z6Mk…`) of a 32-byte Ed25519 public key."""
    if len(public_key) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return encode_base58btc(ED25519_PUBLIC_HEADER + public_key)


def ed25519_from_multikey(text: str) -> bytes | None:
    """The 32 key bytes of Ed25519 Multikey text, or None if it is not one."""
    raw = decode_multibase(text) if isinstance(text, str) and text.startswith("z") else None
    if raw is None or len(raw) != 34 or not raw.startswith(ED25519_PUBLIC_HEADER):
        return None
    return raw[2:]
