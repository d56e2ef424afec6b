"""Content keys: the one way every cache and output names what made it.

A key is the SHA-256 of a canonical JSON rendering (sorted keys, UTF-8), so
the same inputs give the same key on every machine and in every process, and
any change to an input gives a new one.
"""

from __future__ import annotations

import hashlib
import json


def content_key(value: object) -> str:
    """The SHA-256 (hex) of `value` as canonical JSON; non-JSON values by their str()."""
    material = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def key_of(*parts: object) -> str:
    """A content key of several parts (the parts as one JSON array)."""
    return content_key(parts)
