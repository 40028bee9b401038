"""A reviewed copy of a Word audit: each finding as a Word comment on its exact text.

The copy is the original document with comment ranges added; where a finding
starts or ends inside a run, the run is split in two (both halves keep its
formatting) so the comment covers exactly the finding's characters. Findings
without a place in the text (a missing domain) go in one summary comment at
the top, with the writing score, its band and any immediate-response flags.

Positions come from the reader (:mod:`auditlint.readers.word`): a finding's
``line`` is the paragraph number and ``column`` the character offset + 1, counted
by the same :func:`document_paragraphs` and :func:`paragraph_pieces`.
"""

from __future__ import annotations

import copy
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .errors import AuditlintError
from .findings import AuditResult, Finding
from .readers.word import W_R, W_T, Piece, document_paragraphs, paragraph_pieces

AUTHOR = "auditlint"
INITIALS = "AL"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_W_RPR = W_R.replace("}r", "}rPr")


@dataclass
class Annotated:
    """What :func:`annotate_document` did."""

    data: bytes
    placed: list[Finding] = field(default_factory=list)
    in_summary: list[Finding] = field(default_factory=list)


def finding_text(f: Finding) -> str:
    head = f"{f.code} {f.name} ({f.severity}): {f.message}"
    if f.immediate_response:
        head = "IMMEDIATE RESPONSE NEEDED. " + head
    return head + (f"\nFix: {f.suggestion}" if f.suggestion else "")


def summary_text(result: AuditResult, placed: list[Finding], unplaced: list[Finding]) -> str:
    counts = Counter(f.severity for f in result.findings)
    lines = []
    if result.score is not None:
        lines.append(f"auditlint review: writing score {result.score:.1f}/100 ({result.band}).")
    else:
        lines.append("auditlint review.")
    lines.append(
        "This score is of the audit's writing, not of the practice: the grades in this audit are the auditor's "
        "own judgements and auditlint does not change them."
    )
    total = len(result.findings)
    lines.append(
        f"{total} finding{'s' if total != 1 else ''}: {counts.get('error', 0)} errors, "
        f"{counts.get('warning', 0)} warnings, {counts.get('info', 0)} info. {len(placed)} are comments on the "
        f"text they are about" + (f"; {len(unplaced)} are listed here." if unplaced else ".")
    )
    urgent = [f for f in result.findings if f.immediate_response]
    if urgent:
        lines.append("Immediate-response findings: start the authority's Immediate Response process for these:")
        for f in urgent:
            where = f" ({f.origin})" if f.origin else ""
            lines.append(f"• {f.code} {f.message}{where}")
    else:
        lines.append("No immediate-response flags.")
    if unplaced:
        lines.append("Not tied to a place in the text:")
        for f in unplaced:
            fix = f" Fix: {f.suggestion}" if f.suggestion else ""
            lines.append(f"• {f.code} {f.name} ({f.severity}): {f.message}{fix}")
    if result.domains:
        lines.append("Writing score by domain (the auditor's practice grade in brackets):")
        for d in result.domains:
            score = "missing" if d.grade is None and d.score == 0.0 else f"{d.score:.1f}"
            lines.append(f"{d.number}. {d.name}: {score} ({d.grade or 'no grade'})")
    for s in result.skipped:
        lines.append(f"Could not run {s.code}: {s.reason}")
    return "\n".join(lines)


# -- splitting runs ---------------------------------------------------------------------------
def _content(r: Any) -> list[Any]:
    return [c for c in r if c.tag != _W_RPR]


def _preserve(t: Any) -> None:
    if t.text and (t.text[0].isspace() or t.text[-1].isspace()):
        t.set(_XML_SPACE, "preserve")


def _split_run(r: Any, child: Any, k: int) -> None:
    """Move ``child``'s text from ``k`` on, and every later child, into a copy of ``r`` after it."""
    content = _content(r)
    idx = content.index(child)
    if k == 0 and idx == 0:
        return  # the run already starts here
    twin = copy.deepcopy(r)
    twin_content = _content(twin)
    for c in content[idx + 1 :]:
        r.remove(c)
    for c in twin_content[:idx]:
        twin.remove(c)
    if k == 0:
        r.remove(child)
    else:
        text = child.text or ""
        child.text, twin_content[idx].text = text[:k], text[k:]
        _preserve(child)
        _preserve(twin_content[idx])
    r.addnext(twin)


def split_at(p: Any, offset: int) -> None:
    """Make ``offset`` (a character offset in paragraph ``p``) a run boundary."""
    for pc in paragraph_pieces(p):
        if pc.synthetic or pc.child is None:
            continue
        if pc.start < offset < pc.end and pc.child.tag == W_T:
            _split_run(pc.run, pc.child, offset - pc.start)
            return
        if pc.start == offset:
            _split_run(pc.run, pc.child, 0)
            return


def runs_covering(p: Any, start: int, end: int) -> list[Any]:
    """The runs (in order) holding exactly ``text[start:end]`` of paragraph ``p``."""
    pieces: list[Piece] = paragraph_pieces(p)
    out: list[Any] = []
    for pc in pieces:
        if pc.text and not pc.synthetic and pc.start >= start and pc.end <= end and pc.run not in out:
            out.append(pc.run)
    if not out:  # a form field's value, or a span the runs cannot mark exactly: the nearest runs
        for pc in pieces:
            if pc.run is not None and pc.start < max(end, start + 1) and pc.end > start and pc.run not in out:
                out.append(pc.run)
    return out


class Annotator:
    def __init__(self, doc: Any):
        from docx.text.run import Run

        self._Run = Run
        self.doc = doc
        self.paras = document_paragraphs(doc)

    def comment(self, first: Any, last: Any, text: str) -> None:
        self.doc.add_comment([self._Run(first, None), self._Run(last, None)], text=text, author=AUTHOR, initials=INITIALS)

    def span(self, line: int, start: int, end_line: int, end: int, text: str) -> bool:
        """Comment ``text`` on paragraph ``line`` offset ``start`` to paragraph ``end_line`` offset ``end``."""
        if not (1 <= line <= end_line <= len(self.paras)):
            return False
        p, q = self.paras[line - 1], self.paras[end_line - 1]
        if line == end_line and end <= start:
            end = start + 1
        split_at(p, start)
        split_at(q, end)
        if p is q:
            runs = runs_covering(p, start, end)
            if not runs:
                return False
            first, last = runs[0], runs[-1]
        else:
            a = runs_covering(p, start, 10**9)
            b = runs_covering(q, 0, end)
            if not a or not b:
                return False
            first, last = a[0], b[-1]
        self.comment(first, last, text)
        return True

    def top(self, text: str) -> None:
        """A comment on the first paragraph that has text (or on an empty run at the very top)."""
        for p in self.paras:
            pieces = [pc for pc in paragraph_pieces(p) if pc.text.strip()]
            if pieces:
                runs = runs_covering(p, pieces[0].start, pieces[-1].end)
                if runs:
                    self.comment(runs[0], runs[-1], text)
                    return
        from docx.oxml import OxmlElement

        body = self.doc.element.body
        p = self.paras[0] if self.paras else None
        if p is None:
            p = OxmlElement("w:p")
            body.insert(0, p)
        r = OxmlElement("w:r")
        p.append(r)
        self.comment(r, r, text)


def placeable(f: Finding) -> bool:
    return f.origin is not None and f.line >= 1


def annotate_document(data: bytes, path: str, result: AuditResult) -> Annotated:
    """The bytes of a copy of ``data`` with a comment per finding and a summary at the top."""
    from .readers.word import open_docx

    doc = open_docx(data, path)
    if not hasattr(doc, "add_comment"):
        raise AuditlintError(
            "writing Word comments needs python-docx 1.2 or later; upgrade it (pip install -U 'python-docx>=1.2,<2')"
        )
    ann = Annotator(doc)
    placed: list[Finding] = []
    unplaced: list[Finding] = []
    for f in sorted(result.findings, key=lambda f: (f.line, f.column, f.code)):
        if placeable(f) and ann.span(f.line, f.column - 1, f.end_line, f.end_column - 1, finding_text(f)):
            placed.append(f)
        else:
            unplaced.append(f)
    ann.top(summary_text(result, placed, unplaced))
    buf = io.BytesIO()
    doc.save(buf)
    return Annotated(buf.getvalue(), placed, unplaced)


__all__ = ["AUTHOR", "INITIALS", "Annotated", "annotate_document", "finding_text", "summary_text"]
