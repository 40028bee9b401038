"""Small text helpers shared by rule types: quoted speech, words, excerpts."""

from __future__ import annotations

import re
from functools import lru_cache

_PAIRS = (("“", "”"), ("„", "“"), ("«", "»"))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@lru_cache(maxsize=4096)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges inside quotation marks: reported speech, never judged for tone or plain English."""
    spans: list[tuple[int, int]] = []
    for open_q, close_q in _PAIRS:
        start = 0
        while True:
            i = text.find(open_q, start)
            if i < 0:
                break
            j = text.find(close_q, i + 1)
            if j < 0:
                break
            spans.append((i, j + 1))
            start = j + 1
    # straight double quotes pair up in order
    idx = [m.start() for m in re.finditer('"', text)]
    for a, b in zip(idx[0::2], idx[1::2]):
        spans.append((a, b + 1))
    # single curly quotes used as quotation marks (not apostrophes)
    for m in re.finditer(r"(?:(?<=^)|(?<=[\s(\[]))‘([^’]{1,400}?)’(?![A-Za-z])", text):
        spans.append((m.start(), m.end()))
    if "'" in text:
        spans += [(m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text)]
    return tuple(sorted(spans))


# Straight single quotes used as quotation marks ('out of her depth'): opened after a space or
# bracket, closed before a non-letter; apostrophes inside words ("Mother's", "don't") may stand
# inside, and a plural possessive ("the parents' home") neither opens nor closes one.
_SINGLE_QUOTED = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[]))'(?=\S)((?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){1,300}?)(?<=\S)'(?![A-Za-z])"
)


def in_quotes(text: str, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in quoted_spans(text))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def excerpt(text: str, start: int, end: int, width: int = 120) -> str:
    s = " ".join(text[start:end].split())
    return s if len(s) <= width else s[: width - 1] + "…"
