"""Building the audit model from sections, shared by the text-based readers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Action, Audit, Domain, Grade, Notice, Section, Segment, TextBlock
from ..sections import SectionCatalogue, SectionMatch

_ACTION_DOMAIN = re.compile(r"^\s*(?:\(?\s*(?:domain|d)\s*(\d)\s*\)?\s*[:.\-–)]\s*)", re.IGNORECASE)


class BlockBuilder:
    """Collects source lines into one TextBlock with an exact source map."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.segments: list[Segment] = []
        self.length = 0

    def add(self, text: str, line: int, column: int) -> None:
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        self.segments.append(Segment(offset=self.length, line=line, column=column, length=len(text)))
        self.parts.append(text)
        self.length += len(text)

    def __bool__(self) -> bool:
        return bool(self.parts)

    def build(self, origin: str | None = None, disabled: list[str] | None = None) -> TextBlock:
        return TextBlock(text="".join(self.parts), segments=self.segments, origin=origin, disabled=disabled or [])


def action_domain(text: str) -> int | None:
    """An audit-level action that names its domain ("Domain 3: ...", "D3 -")."""
    m = _ACTION_DOMAIN.match(text.lstrip()[:100])  # a short prefix: linear time on any text
    if m and 1 <= int(m.group(1)) <= 7:
        return int(m.group(1))
    return None


@dataclass
class SectionDraft:
    match: SectionMatch
    heading: TextBlock
    line: int
    grade: Grade | None = None
    grade_text: TextBlock | None = None
    grade_line: int | None = None
    paragraphs: list[TextBlock] = field(default_factory=list)
    actions: list[TextBlock] = field(default_factory=list)


def extra_section(heading: TextBlock, paragraphs: list[TextBlock], action_blocks: list[TextBlock]) -> Section:
    """A section kept as it is, outside the seven domains (an unknown heading, a repeated domain)."""
    return Section(
        kind="extra",
        title=heading.text,
        heading=heading,
        paragraphs=paragraphs,
        actions=[Action(block=b, domain=None) for b in action_blocks],
    )


def assemble(audit: Audit, drafts: list[SectionDraft], catalogue: SectionCatalogue) -> Audit:
    """Place each drafted section in the model; duplicates are kept and reported."""
    for d in drafts:
        kind = d.match.kind
        if kind == "domain":
            n = d.match.number
            assert n is not None
            first = audit.domain(n)
            if first is not None:
                audit.notices.append(
                    Notice(
                        line=d.line,
                        message=f"domain {n} ({catalogue.domain_names[n]}) appears again; "
                        f"the first section (line {first.heading.line}) is checked as domain {n}, "
                        "this one is kept as an extra section",
                    )
                )
                kind = "extra"
            else:
                audit.domains.append(
                    Domain(
                        number=n,
                        name=catalogue.domain_names[n],
                        heading=d.heading,
                        grade=d.grade,
                        grade_text=d.grade_text,
                        paragraphs=d.paragraphs,
                        actions=[Action(block=b, domain=n) for b in d.actions],
                    )
                )
                continue
        if kind in ("practitioner", "family"):
            if getattr(audit, kind) is not None:
                audit.notices.append(
                    Notice(line=d.line, message=f"a second {d.match.name.lower()} section is kept as an extra section")
                )
                kind = "extra"
            else:
                setattr(
                    audit,
                    kind,
                    Section(
                        kind=kind,
                        title=d.heading.text,
                        heading=d.heading,
                        paragraphs=d.paragraphs,
                        actions=[Action(block=b, domain=None) for b in d.actions],
                    ),
                )
                continue
        if kind == "actions":
            audit.actions += [Action(block=b, domain=action_domain(b.text)) for b in d.actions]
            if d.paragraphs:
                audit.extras.append(
                    Section(kind="actions", title=d.heading.text, heading=d.heading, paragraphs=d.paragraphs)
                )
            continue
        if d.heading.text and d.match.kind == "extra":
            audit.notices.append(
                Notice(line=d.line, message=f"unknown section heading {d.heading.text!r} kept as an extra section")
            )
        audit.extras.append(extra_section(d.heading, d.paragraphs, d.actions))
    audit.domains.sort(key=lambda d: d.number)
    return audit
