"""RDF Dataset Canonicalization (RDFC-1.0 / URDNA2015, through pyld) with shipped contexts only.

A document is canonicalized only if every JSON-LD context it names is one cetrack ships
(`contexts/`): the W3C Verifiable Credentials 2.0 context and the Open Badges 3.0 context.
Nothing is fetched at run time, and an unknown or inline context is refused, so a credential can
never be verified against a context an attacker chose. A property the contexts do not define
would be left out of the signed data by JSON-LD; such a document is refused too (pyld's
"property dropped" hook, the equivalent of jsonld.js's safe mode).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from pyld import jsonld

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
SHIPPED = {VC_V2: "credentials-v2.json", OB_V3: "ob-context-3.0.3.json"}
MAX_BLANK_NODES = 200  # objects without an id; bounds canonicalization's work on hostile input


class CanonicalizationError(Exception):
    """The document cannot be canonicalized; the message says why in plain words."""


@cache
def _context(url: str) -> dict[str, Any]:
    text = resources.files("cetrack.core.issuing").joinpath("contexts").joinpath(SHIPPED[url])
    loaded: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return loaded


def _loader(url: str, options: Any = None) -> dict[str, Any]:
    if url not in SHIPPED:
        raise jsonld.JsonLdError(
            f"unknown JSON-LD context {url}",
            "jsonld.LoadDocumentError",
            {"url": url},
            code="loading document failed",
        )
    return {"contextUrl": None, "documentUrl": url, "document": _context(url)}


def context_problem(document: Mapping[str, Any]) -> str | None:
    """Why the document's @context is not one cetrack can process, or None."""
    contexts = document.get("@context")
    if isinstance(contexts, str):
        contexts = [contexts]
    if not isinstance(contexts, list) or not contexts:
        return "the document has no JSON-LD @context list"
    if contexts[0] != VC_V2:
        return f"the first @context must be {VC_V2} (a Verifiable Credential 2.0)"
    for item in contexts:
        if not isinstance(item, str):
            return "an inline JSON-LD context is not accepted (only published contexts)"
        if item not in SHIPPED:
            return f"unknown JSON-LD context {item[:200]}; cetrack knows {', '.join(SHIPPED)}"
    return None


def _blank_nodes(value: Any, depth: int = 0) -> int:
    if depth > 40:
        raise CanonicalizationError("the document is nested too deeply")
    if isinstance(value, list):
        return sum(_blank_nodes(item, depth + 1) for item in value)
    if not isinstance(value, dict):
        return 0
    node_id = value.get("id", value.get("@id"))
    if isinstance(node_id, str) and node_id.startswith("_:"):
        raise CanonicalizationError("blank node identifiers (_:) are not accepted")
    own = 0 if node_id or "@value" in value or ("@context" in value and depth == 0) else 1
    return own + sum(
        _blank_nodes(item, depth + 1) for key, item in value.items() if key != "@context"
    )


def canonicalize(document: Mapping[str, Any]) -> str:
    """The canonical N-Quads of a JSON-LD document; raises CanonicalizationError with a reason."""
    problem = context_problem(document)
    if problem:
        raise CanonicalizationError(problem)
    if _blank_nodes(document) > MAX_BLANK_NODES:
        raise CanonicalizationError(f"more than {MAX_BLANK_NODES} objects without an id")
    dropped: list[str] = []
    processor = jsonld.JsonLdProcessor(on_property_dropped=lambda term: dropped.append(str(term)))
    options = {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": _loader,
    }
    try:
        canonical = processor.normalize(dict(document), options)
    except jsonld.JsonLdError as error:
        raise CanonicalizationError(_reason(error)) from None
    except (RecursionError, TypeError, ValueError, KeyError, AttributeError) as error:
        raise CanonicalizationError(
            f"the document is not valid JSON-LD ({type(error).__name__})"
        ) from None
    if dropped:
        names = ", ".join(sorted(set(dropped))[:5])
        raise CanonicalizationError(
            f"properties the JSON-LD contexts do not define would go unsigned: {names}"
        )
    return str(canonical)


def _reason(error: Exception) -> str:
    cause: BaseException | None = error
    while cause is not None:
        message = str(cause.args[0]) if cause.args else ""
        if message.startswith("unknown JSON-LD context"):
            return message
        cause = cause.__cause__ or getattr(cause, "cause", None)
    first = str(error.args[0]) if error.args else "invalid JSON-LD"
    return f"the document is not valid JSON-LD: {first[:200]}"
