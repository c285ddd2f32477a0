"""JSON for the records handed from the extract worker to the infer worker.

Generic over dataclasses, so that a field added to :class:`pipeline.records.Extraction` travels
without a change here. Bytes of 64 KiB and more (attachments, archive members) go to the shared
blob store and travel as their sha256; smaller ones travel inline, base64-encoded.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import types
import typing
import zlib
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from pipeline.blobstore import BlobStore
from pipeline.records import Extraction

INLINE_BYTES_LIMIT = 64 * 1024


def encode(value: Any, store: BlobStore) -> Any:
    """``value`` as JSON-ready data."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, bytes):
        if len(value) >= INLINE_BYTES_LIMIT:
            return {"$blob": store.put(value)}
        return {"$b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name), store) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [encode(item, store) for item in value]
    if isinstance(value, dict):
        return {str(key): encode(item, store) for key, item in value.items()}
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode(data: Any, kind: Any, store: BlobStore) -> Any:
    """Rebuild a value of type ``kind`` from what :func:`encode` produced."""
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return decode(data, options[0], store) if len(options) == 1 else _decode_tagged(data, store)
    if isinstance(data, dict) and len(data) == 1 and next(iter(data)).startswith("$"):
        return _decode_tagged(data, store)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = _hints(kind)
        known = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(
            **{name: decode(value, hints[name], store) for name, value in data.items() if name in known}
        )
    if origin in (list, tuple):
        args = typing.get_args(kind)
        item_kind = args[0] if args else Any
        items = [decode(item, item_kind, store) for item in data]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        value_kind = typing.get_args(kind)[1]
        return {key: decode(item, value_kind, store) for key, item in data.items()}
    return data


def _decode_tagged(data: Any, store: BlobStore) -> Any:
    if not isinstance(data, dict) or len(data) != 1:
        return data
    tag, value = next(iter(data.items()))
    if tag == "$blob":
        return store.get(value)
    if tag == "$b64":
        return base64.b64decode(value)
    if tag == "$datetime":
        return datetime.fromisoformat(value)
    if tag == "$date":
        return date.fromisoformat(value)
    if tag == "$decimal":
        return Decimal(value)
    return data


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def dump_extraction(extraction: Extraction, mime_type: str, store: BlobStore) -> bytes:
    """An extraction and its MIME type as compressed JSON, ready to stage."""
    document = {"mime_type": mime_type, "extraction": encode(extraction, store)}
    return zlib.compress(json.dumps(document, separators=(",", ":")).encode("utf-8"), 1)


def load_extraction(payload: bytes, store: BlobStore) -> tuple[Extraction, str]:
    """The extraction and MIME type :func:`dump_extraction` staged."""
    document = json.loads(zlib.decompress(payload))
    extraction = decode(document["extraction"], Extraction, store)
    assert isinstance(extraction, Extraction)
    return extraction, str(document["mime_type"])
