"""An issued certificate checked with the libraries directly, not with cetrack's verifier:
pyld canonicalizes (contexts read from the package's files), cryptography checks the Ed25519
signature of the embedded proof, joserfc checks the JWT against the published JWKS, and the
JWS is also checked by hand with cryptography. The key comes from the published did.json."""

from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from typing import Any

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.test import Client
from joserfc import jwt
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry
from pyld import jsonld

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CONTEXT_FILES = {
    "https://www.w3.org/ns/credentials/v2": "credentials-v2.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-context-3.0.3.json",
}


def _b58(text: str) -> bytes:  # written again here on purpose: no cetrack code in this check
    number = 0
    for char in text:
        number = number * 58 + ALPHABET.index(char)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def _loader(url: str, options: Any = None) -> dict[str, Any]:
    folder = resources.files("cetrack.core.issuing").joinpath("contexts")
    document = json.loads(folder.joinpath(CONTEXT_FILES[url]).read_text("utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def _canonical(document: dict[str, Any]) -> bytes:
    options = {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": _loader}
    return str(jsonld.normalize(document, options)).encode("utf-8")


def _published_key(method: str) -> Ed25519PublicKey:
    did_document = Client().get("/orgs/riverside/did.json").json()
    [entry] = [m for m in did_document["verificationMethod"] if m["id"] == method]
    assert method in did_document["assertionMethod"]
    raw = _b58(entry["publicKeyMultibase"][1:])
    assert raw[:2] == b"\xed\x01"
    return Ed25519PublicKey.from_public_bytes(raw[2:])


def test_embedded_proof_checks_out_with_pyld_and_cryptography(issued: Any) -> None:
    credential = dict(issued.credential)
    proof = dict(credential.pop("proof"))
    signature = _b58(proof.pop("proofValue")[1:])
    options = {"@context": credential["@context"], **proof}
    data = hashlib.sha256(_canonical(options)).digest()
    data += hashlib.sha256(_canonical(credential)).digest()
    public = _published_key(proof["verificationMethod"])
    public.verify(signature, data)  # raises InvalidSignature if it does not hold
    credential["credentialSubject"]["creditsEarned"] = 3.0
    changed = data[:32] + hashlib.sha256(_canonical(credential)).digest()
    with pytest.raises(InvalidSignature):
        public.verify(signature, changed)


@pytest.mark.filterwarnings("ignore:EdDSA is deprecated")
def test_jwt_checks_out_with_joserfc_and_the_published_jwks(issued: Any) -> None:
    keys = KeySet.import_key_set(Client().get("/orgs/riverside/jwks.json").json())
    token = jwt.decode(issued.jwt, keys, registry=JWSRegistry(algorithms=["EdDSA"]))
    assert token.header["alg"] == "EdDSA"
    assert token.header["kid"] == issued.credential["proof"]["verificationMethod"]
    claims = token.claims
    assert claims["iss"] == issued.credential["issuer"]["id"]
    assert claims["jti"] == issued.credential["id"]
    assert claims["sub"] == issued.credential["credentialSubject"]["id"]
    assert claims["credentialSubject"]["creditsEarned"] == 1.5


def test_jws_signature_checked_by_hand(issued: Any) -> None:
    header, payload, signature = issued.jwt.split(".")
    raw = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    kid = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))["kid"]
    _published_key(kid).verify(raw, f"{header}.{payload}".encode("ascii"))
