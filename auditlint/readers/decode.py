"""Bytes to lines: UTF-8 (with or without BOM), Windows-1252, any line ending."""

from __future__ import annotations

import re

_NEWLINE = re.compile(r"\r\n|\r|\n")


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read as.

    Word's "plain text" export is often Windows-1252; a file that is not valid
    UTF-8 is read as that (every byte decodes, so nothing is lost).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def split_lines(text: str) -> list[str]:
    """Lines without their endings; CRLF, CR and LF each end one line."""
    lines = _NEWLINE.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines
