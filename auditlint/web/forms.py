"""Request bodies read into memory, never onto disk, with a size limit.

A draft is about a child: nothing of it is spooled to a temporary file.
:func:`read_body` reads the body with a limit (the ``Content-Length`` is
checked first, then the bytes as they arrive); :func:`parse_multipart` parses
``multipart/form-data`` from those bytes with python-multipart's streaming
parser into memory (Starlette's own form parser would spool files over 1 MB
to the system's temporary folder).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

try:  # python-multipart >= 0.0.13
    from python_multipart.multipart import MultipartParser, parse_options_header
except ImportError:  # pragma: no cover - older python-multipart
    from multipart.multipart import MultipartParser, parse_options_header  # type: ignore[no-redef]

DRAIN_LIMIT = 128 * 1024 * 1024  # a refused body is read (and dropped) up to this, so the browser sees the answer
MAX_PARTS = 20


class BodyTooLarge(Exception):
    """The request body is over the limit (``limit`` bytes)."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"request body over {limit} bytes")


class BadForm(Exception):
    """The body is not a form we can read; the message is for the user (no audit text in it)."""


@dataclass
class Upload:
    filename: str
    data: bytes
    content_type: str = ""


@dataclass
class Form:
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)


async def read_body(request: Any, limit: int) -> bytes:
    """The whole body, or :class:`BodyTooLarge` when it is over ``limit`` bytes."""
    declared = request.headers.get("content-length")
    too_large = False
    if declared is not None:
        try:
            too_large = int(declared) > limit
        except ValueError:
            raise BadForm("the request's Content-Length is not a number") from None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if too_large or size > limit:
            too_large = True
            chunks.clear()  # drop what was read: keep nothing of a refused draft
            if size > DRAIN_LIMIT:
                break
            continue
        chunks.append(chunk)
    if too_large:
        raise BodyTooLarge(limit)
    return b"".join(chunks)


def _decode_field(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def parse_multipart(body: bytes, content_type: str) -> Form:
    """The fields and files of a ``multipart/form-data`` body held in memory."""
    ctype, params = parse_options_header(content_type)
    if ctype != b"multipart/form-data":
        raise BadForm("expected a multipart/form-data form")
    boundary = params.get(b"boundary")
    if not boundary:
        raise BadForm("the form has no multipart boundary")

    parts: list[dict] = []
    state: dict[str, Any] = {}

    def on_part_begin() -> None:
        if len(parts) >= MAX_PARTS:
            raise BadForm(f"the form has more than {MAX_PARTS} parts")
        state["part"] = {"headers": {}, "data": []}
        state["field"] = b""
        state["value"] = b""

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["field"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state["value"] += data[start:end]

    def on_header_end() -> None:
        state["part"]["headers"][state["field"].decode("latin-1").lower()] = state["value"]
        state["field"] = b""
        state["value"] = b""

    def on_part_data(data: bytes, start: int, end: int) -> None:
        state["part"]["data"].append(bytes(data[start:end]))

    def on_part_end() -> None:
        parts.append(state.pop("part"))

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except BadForm:
        raise
    except Exception:
        raise BadForm("the form could not be read (a broken multipart body)") from None

    form = Form()
    for part in parts:
        disposition, options = parse_options_header(part["headers"].get("content-disposition", b""))
        if disposition != b"form-data" or b"name" not in options:
            continue
        name = options[b"name"].decode("utf-8", errors="replace")
        data = b"".join(part["data"])
        if b"filename" in options:
            filename = options[b"filename"].decode("utf-8", errors="replace")
            if not filename and not data:
                continue  # a file input left empty
            ctype_part = part["headers"].get("content-type", b"").decode("latin-1")
            form.files[name] = Upload(filename=filename, data=data, content_type=ctype_part)
        else:
            form.fields[name] = _decode_field(data)
    return form


def parse_urlencoded(body: bytes) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body (the login form)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadForm("the form is not UTF-8") from None
    return dict(parse_qsl(text, keep_blank_values=True, max_num_fields=20))
