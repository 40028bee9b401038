"""Bytes to lines: UTF-8 (with or without BOM), Windows-1252, any line ending."""

from __future__ import annotations

import codecs
import re

_NEWLINE = re.compile(r"\r\n|\r|\n")


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8 are read as Windows-1252 (a file with both: pasted text)."""
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("auditlint-cp1252", _cp1252_fallback)


def _mixed(data: bytes) -> str:
    return data.decode("utf-8", errors="auditlint-cp1252")


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read as.

    Word's "plain text" export is often Windows-1252; a file that is not valid
    UTF-8 is read as that (every byte decodes, so nothing is lost); in a file that
    mixes the two (text pasted from elsewhere), the valid UTF-8 is kept as UTF-8
    and only the other bytes are read as Windows-1252. A file with
    a UTF-8 or UTF-16 byte-order mark that does not decode as that (mixed
    encodings, a truncated file) is read as Windows-1252 too, never an error.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        except UnicodeDecodeError:
            return _mixed(data[3:]), "windows-1252"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass  # an odd length or a lone surrogate: not UTF-16 after all
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _mixed(data), "windows-1252"


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting lines as :func:`split_lines`
    does (YAML's marks also count NEL and the Unicode separators as line breaks)."""
    index = max(0, min(index, len(text)))
    starts = [m.end() for m in _NEWLINE.finditer(text, 0, index)]
    start = starts[-1] if starts else 0
    return len(starts) + 1, index - start + 1


def split_lines(text: str) -> list[str]:
    """Lines without their endings; CRLF, CR and LF each end one line."""
    lines = _NEWLINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines
