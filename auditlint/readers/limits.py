"""``[limits]`` for the text readers (Markdown, JSON, YAML): paragraphs, their length, all the text.

The Word reader applies the same three limits while it walks the document
(:class:`~auditlint.readers.word.DocxLimits`); the file size is checked before any
reader runs. Every refusal is an :class:`~auditlint.errors.InputError` naming the
file and the line, quoting no text, and saying which setting to raise.
"""

from __future__ import annotations

import re

from ..config import LimitsConfig
from ..errors import InputError
from ..model import Audit, TextBlock


def too_many_paragraphs(path: str, limit: int, line: int | None) -> InputError:
    return InputError(
        path,
        f"has more than {limit} paragraphs (limit [limits] max_paragraphs = {limit}): this is not a normal "
        "audit document; split it, or raise the limit in auditlint.toml",
        line=line,
    )


def paragraph_too_long(path: str, chars: int, limit: int, line: int | None) -> InputError:
    return InputError(
        path,
        f"a paragraph has {chars} characters (limit [limits] max_paragraph_chars = {limit}): split it into "
        "paragraphs, or raise the limit in auditlint.toml",
        line=line,
    )


def too_much_text(path: str, limit: int, line: int | None) -> InputError:
    return InputError(
        path,
        f"has more than {limit} characters of text (limit [limits] max_chars = {limit}): this is not a normal "
        "audit document; split it, or raise the limit in auditlint.toml",
        line=line,
    )


class Counter:
    """Counts the blocks a reader builds, refusing the file as soon as a limit is passed."""

    def __init__(self, path: str, limits: LimitsConfig | None):
        self.path = path
        self.limits = limits or LimitsConfig()
        self.count = 0
        self.chars = 0

    def block(self, chars: int, line: int | None) -> None:
        self.count += 1
        self.chars += chars
        if self.count > self.limits.max_paragraphs:
            raise too_many_paragraphs(self.path, self.limits.max_paragraphs, line)
        if chars > self.limits.max_paragraph_chars:
            raise paragraph_too_long(self.path, chars, self.limits.max_paragraph_chars, line)
        if self.chars > self.limits.max_chars:
            raise too_much_text(self.path, self.limits.max_chars, line)


def _all_blocks(audit: Audit) -> list[TextBlock]:
    out: list[TextBlock] = []
    for d in audit.domains:
        out.append(d.heading)
        if d.grade_text is not None:
            out.append(d.grade_text)
        out += d.paragraphs
        out += [a.block for a in d.actions]
    for s in (audit.practitioner, audit.family, *audit.extras):
        if s is not None:
            out.append(s.heading)
            out += s.paragraphs
            out += [a.block for a in s.actions]
    out += [a.block for a in audit.actions]
    return [b for b in out if b.text]


def check_audit(audit: Audit, limits: LimitsConfig | None) -> Audit:
    """Apply the limits to an audit read whole (JSON, YAML): every non-empty block counts."""
    counter = Counter(audit.path, limits)
    for b in _all_blocks(audit):
        counter.block(len(b.text), b.line if b.segments else None)
    return audit


MAX_FLOW_DEPTH = 100
_BRACKETS = re.compile(r"[\[\]{}]")


def flow_nesting(text: str, stop: int = MAX_FLOW_DEPTH) -> int:
    """The deepest ``[``/``{`` nesting in ``text`` (quotes ignored), stopping at ``stop``.

    PyYAML's scanner slows down with the square of the flow nesting (10,000 ``[``
    take minutes): YAML nested past ``stop`` is refused before it is parsed.
    """
    depth = deepest = 0
    for m in _BRACKETS.finditer(text):
        if m.group(0) in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest >= stop:
                    break
        elif depth:
            depth -= 1
    return deepest
