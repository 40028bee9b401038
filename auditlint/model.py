"""The audit model every reader produces and every rule reads.

Every piece of text is a :class:`TextBlock` that remembers where each of its
characters came from, so a finding on ``text[start:end]`` maps back to a
1-based line and column in the original file (or, for Word, a paragraph).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Grade(str, Enum):
    """The four grades of the practice (never auditlint's own score)."""

    OUTSTANDING = "Outstanding"
    GOOD = "Good"
    REQUIRES_IMPROVEMENT = "Requires Improvement to be Good"
    INADEQUATE = "Inadequate"


DOMAIN_NAMES: dict[int, str] = {
    1: "Help, Protection and Stability",
    2: "Recording and Communication",
    3: "Assessment",
    4: "Relationship Based Practice and Direct Work",
    5: "Multi-Agency Planning, Analysis, Review and Decision Making",
    6: "The role of Supervision and Management Oversight",
    7: "Impact and Overall Outcomes",
}


class Segment(BaseModel):
    """``text[offset:offset+length]`` starts at ``line``:``column`` in the source."""

    model_config = ConfigDict(frozen=True)

    offset: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    length: int = Field(ge=0)


class TextBlock(BaseModel):
    """A paragraph, action, heading or grade line with its source map."""

    text: str
    segments: list[Segment] = Field(default_factory=list)
    origin: str | None = Field(
        default=None, description="Where the text came from in a Word file (paragraph, table cell)."
    )
    disabled: list[str] = Field(
        default_factory=list, description="Rule codes or prefixes suppressed inline for this block."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: object) -> object:
        # JSON/YAML input may give a bare string; a located string carries its source map
        if isinstance(value, str):
            return {"text": str(value), "segments": list(getattr(value, "segments", []))}
        if isinstance(value, dict) and isinstance(value.get("text"), str) and hasattr(value["text"], "segments"):
            return {**value, "text": str(value["text"]), "segments": list(value["text"].segments)}
        return value

    @model_validator(mode="after")
    def _default_segment(self) -> TextBlock:
        if not self.segments:
            self.segments = [Segment(offset=0, line=1, column=1, length=len(self.text))]
        return self

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of character ``offset`` (end offsets allowed)."""
        offset = max(0, min(offset, len(self.text)))
        starts = [s.offset for s in self.segments]
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        seg = self.segments[i]
        # an offset on the newline that ends a segment stays on that line
        delta = offset - seg.offset
        return seg.line, seg.column + delta

    @property
    def line(self) -> int:
        return self.segments[0].line

    @property
    def words(self) -> int:
        return len(self.text.split())


class Action(BaseModel):
    block: TextBlock
    domain: int | None = Field(
        default=None, ge=1, le=7, description="The domain it belongs to; None for audit-level actions."
    )

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: object) -> object:
        return {"block": value} if isinstance(value, str) else value


def _empty_block() -> TextBlock:
    return TextBlock(text="")


class Domain(BaseModel):
    number: int = Field(ge=1, le=7)
    name: str = ""
    heading: TextBlock = Field(default_factory=_empty_block)
    grade: Grade | None = None
    grade_text: TextBlock | None = Field(default=None, description="The grade as written, kept when unrecognised.")
    paragraphs: list[TextBlock] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)

    @model_validator(mode="after")
    def _name(self) -> Domain:
        if not self.name:
            self.name = DOMAIN_NAMES[self.number]
        return self

    @property
    def narrative_words(self) -> int:
        return sum(p.words for p in self.paragraphs)


class Section(BaseModel):
    kind: Literal["practitioner", "family", "actions", "extra"] = "extra"
    title: str = ""
    heading: TextBlock = Field(default_factory=_empty_block)
    paragraphs: list[TextBlock] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)


class Notice(BaseModel):
    """Something a reader noticed and kept (an unknown heading, an encoding guess)."""

    line: int
    message: str


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier, clamped to the month's end."""
    y, m = divmod(day.year * 12 + (day.month - 1) - months, 12)
    m += 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(y, m, d)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - 28 always exists


class Audit(BaseModel):
    """One case-file audit, whatever file format it came from."""

    path: str = ""
    source_format: Literal["markdown", "json", "yaml", "docx"] = "markdown"
    audit_id: str = ""
    child_ref: str = "XXXX"
    audit_date: dt.date | None = None
    auditor: str | None = None
    review_start: dt.date | None = Field(default=None, description="Defaults to 6 months before the audit date.")
    review_end: dt.date | None = Field(default=None, description="Defaults to the audit date.")
    overall_grade: Grade | None = None
    domains: list[Domain] = Field(default_factory=list)
    practitioner: Section | None = None
    family: Section | None = None
    extras: list[Section] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list, description="Audit-level actions.")
    disabled: list[str] = Field(default_factory=list, description="Rule codes or prefixes suppressed for the file.")
    notices: list[Notice] = Field(default_factory=list)

    @model_validator(mode="after")
    def _review_period(self) -> Audit:
        self.fill_review_period()
        return self

    def fill_review_period(self) -> None:
        """The review period is the 6 months before the audit date unless given."""
        if self.audit_date is not None and self.review_end is None:
            self.review_end = self.audit_date
        if self.review_end is not None and self.review_start is None:
            self.review_start = months_before(self.review_end, 6)

    def domain(self, number: int) -> Domain | None:
        for d in self.domains:
            if d.number == number:
                return d
        return None

    def all_actions(self) -> list[Action]:
        acts = [a for d in self.domains for a in d.actions]
        acts += self.actions
        for s in (self.practitioner, self.family, *self.extras):
            if s is not None:
                acts += s.actions
        return acts

    def placed_blocks(
        self, actions: bool = True, sections: bool = True
    ) -> Iterator[tuple[TextBlock, int | None, str | None]]:
        """Every narrative (and action) block in document order of sections, as
        (block, domain number, section title). Headings and grade lines are never
        included. Outside the domains the domain is None, except that an audit-level
        action keeps the domain it names; the title is set only outside the domains."""
        for d in self.domains:
            for b in d.paragraphs:
                yield b, d.number, None
            if actions:
                for a in d.actions:
                    yield a.block, d.number, None
        if sections:
            for s in (self.practitioner, self.family, *self.extras):
                if s is None:
                    continue
                for b in s.paragraphs:
                    yield b, None, s.title or None
                if actions:
                    for a in s.actions:
                        yield a.block, None, s.title or None
        if actions:
            for a in self.actions:
                yield a.block, a.domain, None

    def blocks_by_domain(self) -> list[tuple[TextBlock, int | None]]:
        """Every narrative and action block in document order, with its domain number."""
        return [(b, d) for b, d, _ in self.placed_blocks()]

    def blocks(self) -> list[TextBlock]:
        """Every narrative and action block, in document order of sections."""
        return [b for b, _, _ in self.placed_blocks()]
