"""One self-contained HTML file per run: the audit's text with its findings in place.

No external assets: inline CSS and SVG only, so the file works offline and as
an e-mail attachment, and prints legibly. Every piece of audit text goes
through Jinja2's autoescaping (templates in ``auditlint/templates/``).

The page shows, for each audit: the immediate-response banner first, a score
card per domain (auditlint's *writing* score beside the auditor's *practice*
grade, each labelled), then the audit's text. Each finding is highlighted at
its span, coloured by rule family *and* labelled with its code (colour is
never the only signal); its message and fix are in the element's ``title``
(hover) and in a ``<details>`` below the paragraph (click). Each sentence's
class from the classifier (process / evaluation / impact) is shown by a left
border and a small text tag, explained in the legend.

The helpers here (:func:`audit_view`, :func:`render`) are shared with the
``report`` and ``compare`` commands.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import __version__
from ..errors import InputError
from ..findings import AuditResult, Finding
from ..rulepack import FAMILIES, FAMILY_ORDER, RuleSpec
from ..scoring import breakdown_rows
from ..text import excerpt as make_excerpt

FAMILY_LABELS = {
    "structure": "Structure",
    "analysis": "Analysis (so what?)",
    "actions": "Actions (SMART)",
    "tone": "Tone",
    "plain-english": "Plain English",
    "supervision": "Supervision",
    "privacy": "Privacy",
    "internal": "Internal error",
}
CLASS_LABELS = {
    "process": "process: reports that something happened",
    "evaluation": "evaluation: judges the quality of the practice",
    "impact": "impact: says what it meant for the child",
}
SCORE_KIND = "Writing score: auditlint's score of the audit's writing (0-100). It is not a grade of the practice."
GRADE_KIND = "Practice grade: the auditor's grade of the child's record and the practice."


def family_of(code: str, specs: dict[str, RuleSpec] | None = None) -> str:
    if code.startswith("AL0"):
        return "internal"
    spec = (specs or {}).get(code)
    if spec is not None:
        return spec.family_name
    return FAMILIES.get(code[2:3], "internal")


# ---------------------------------------------------------------- anchoring findings in the text
def _offset(block: Any, line: int, column: int, lo: int = 0) -> int | None:
    """The character offset in ``block.text`` at source ``line``:``column`` (at or after ``lo``)."""
    for seg in block.segments:
        if seg.line == line and seg.column <= column <= seg.column + seg.length:
            off = seg.offset + (column - seg.column)
            if off >= lo and block.position(off) == (line, column):
                return off
    return None


def locate(f: Finding, blocks: list[Any]) -> tuple[Any, int, int] | None:
    """The block and (start, end) offsets of a finding, checked against its excerpt.

    Findings carry source positions (line and column); this maps them back to
    the block they were found in. A finding with no excerpt (about the whole
    audit or a missing section) has no place in the text: ``None``.
    """
    if not f.excerpt:
        return None
    for block in blocks:
        if not block.text:
            continue
        start = _offset(block, f.line, f.column)
        if start is None:
            continue
        end = _offset(block, f.end_line, f.end_column, lo=start)
        if end is None:
            continue
        if make_excerpt(block.text, start, end) == f.excerpt:
            return block, start, end
    return None


@dataclass
class _Span:
    start: int
    end: int
    order: int  # 0: a sentence (outermost), 1+: findings
    kind: str
    data: Any
    piece: int = 0

    def clip(self, start: int, end: int) -> _Span:
        return _Span(start, end, self.order, self.kind, self.data, self.piece)


def nest(text: str, spans: list[_Span]) -> list[dict]:
    """Well-nested nodes for ``text`` with the given spans.

    A span that crosses the end of an enclosing one is split in two pieces
    (the pieces share the finding's id, so its text is the pieces' text in
    order). Node dicts: ``{"t": "text", "text"}``, ``{"t": "sent", "cls",
    "children"}``, ``{"t": "mark", "f", "first", "last", "children"}``.
    """
    def key(s: _Span) -> tuple:
        return (s.start, -(s.end - s.start), s.order)

    def build(lo: int, hi: int, items: list[_Span]) -> list[dict]:
        out: list[dict] = []
        pos = lo
        items = sorted(items, key=key)
        while items:
            it = items.pop(0)
            if it.start > pos:
                out.append({"t": "text", "text": text[pos:it.start]})
            inner: list[_Span] = []
            rest: list[_Span] = []
            for o in items:
                if it.end > it.start and o.start < it.end:
                    if o.end <= it.end:
                        inner.append(o)
                    else:
                        inner.append(o.clip(o.start, it.end))
                        tail = o.clip(it.end, o.end)
                        tail.piece = o.piece + 1
                        rest.append(tail)
                else:
                    rest.append(o)
            children = build(it.start, it.end, inner)
            if it.kind == "sent":
                out.append({"t": "sent", "cls": it.data, "piece": it.piece, "children": children})
            else:
                out.append({"t": "mark", "f": it.data, "piece": it.piece, "children": children})
            pos = max(pos, it.end)
            items = sorted(rest, key=key)
        if pos < hi:
            out.append({"t": "text", "text": text[pos:hi]})
        return out

    nodes = build(0, len(text), [s for s in spans if 0 <= s.start <= s.end <= len(text)])
    # mark the first and last piece of every finding (the code label goes on the last)
    pieces: dict[str, list[dict]] = {}

    def walk(ns: list[dict]) -> None:
        for n in ns:
            if n["t"] == "mark":
                pieces.setdefault(n["f"]["id"], []).append(n)
            if n["t"] != "text":
                walk(n["children"])

    walk(nodes)
    for ps in pieces.values():
        for i, n in enumerate(ps):
            n["first"] = i == 0
            n["last"] = i == len(ps) - 1
    return nodes


# ---------------------------------------------------------------- views for the templates
@dataclass
class BlockView:
    nodes: list[dict]
    findings: list[dict] = field(default_factory=list)  # anchored here, shown under the block


def finding_view(f: Finding, fid: str, specs: dict[str, RuleSpec] | None) -> dict:
    fam = family_of(f.code, specs)
    title = f"{f.code} {f.name} ({f.severity}): {f.message}"
    if f.suggestion:
        title += f"\nFix: {f.suggestion}"
    return {
        "id": fid,
        "code": f.code,
        "name": f.name,
        "severity": f.severity,
        "family": fam,
        "family_label": FAMILY_LABELS.get(fam, fam),
        "message": f.message,
        "suggestion": f.suggestion,
        "line": f.line,
        "column": f.column,
        "excerpt": f.excerpt,
        "immediate_response": f.immediate_response,
        "domain": f.domain,
        "title": title,
    }


def _score_class(score: float | None) -> str:
    if score is None:
        return "none"
    if score >= 85:
        return "ready"
    if score >= 70:
        return "minor"
    if score >= 50:
        return "work"
    return "notready"


def overall_grade(result: AuditResult) -> str | None:
    """The audit's overall practice grade: front matter ``overall_grade``, else domain 7's."""
    audit = result.audit
    if audit is not None and audit.overall_grade is not None:
        return audit.overall_grade.value
    return result.grades.get(7)


def audit_view(result: AuditResult, specs: dict[str, RuleSpec] | None = None, index: int = 0) -> dict:
    """Everything a template needs about one checked audit."""
    audit = result.audit
    classes = result.sentence_classes or {}
    fviews = [finding_view(f, f"f{index}-{i}", specs) for i, f in enumerate(result.findings)]
    by_block: dict[int, list[tuple[int, int, dict]]] = {}
    unplaced: list[dict] = []
    blocks: list[Any] = []
    if audit is not None:
        for d in audit.domains:
            blocks += [d.heading, *([d.grade_text] if d.grade_text else []), *d.paragraphs, *(a.block for a in d.actions)]
        for s in (audit.practitioner, audit.family, *audit.extras):
            if s is not None:
                blocks += [s.heading, *s.paragraphs, *(a.block for a in s.actions)]
        blocks += [a.block for a in audit.actions]
    for f, fv in zip(result.findings, fviews):
        where = locate(f, blocks) if blocks else None
        if where is None:
            unplaced.append(fv)
            continue
        block, start, end = where
        fv["anchored"] = True
        by_block.setdefault(id(block), []).append((start, end, fv))

    def block_view(block: Any, sentences: list[tuple[int, int, str]] = ()) -> BlockView:
        spans = [_Span(s, e, 0, "sent", c) for s, e, c in sentences]
        placed = by_block.get(id(block), [])
        spans += [_Span(s, e, 1 + i, "mark", fv) for i, (s, e, fv) in enumerate(placed)]
        return BlockView(nodes=nest(block.text, spans), findings=[fv for _, _, fv in placed])

    sections: list[dict] = []
    scores = {ds.number: ds for ds in result.domains}
    if audit is not None:
        for d in audit.domains:
            ds = scores.get(d.number)
            domain_unplaced = [fv for fv in unplaced if fv["domain"] == d.number]
            sections.append(
                {
                    "kind": "domain",
                    "anchor": f"a{index}-d{d.number}",
                    "number": d.number,
                    "title": d.name,
                    "heading": block_view(d.heading) if d.heading.text else None,
                    "grade": d.grade.value if d.grade else None,
                    "grade_text": block_view(d.grade_text) if d.grade_text is not None and by_block.get(id(d.grade_text)) else None,
                    "score": ds.score if ds else None,
                    "band": ds.band if ds else None,
                    "score_class": _score_class(ds.score if ds else None),
                    "paragraphs": [
                        block_view(p, classes.get((d.number, i), [])) for i, p in enumerate(d.paragraphs)
                    ],
                    "actions": [block_view(a.block) for a in d.actions],
                    "unplaced": domain_unplaced,
                    "counts": Counter(fv["family"] for fv in fviews if fv["domain"] == d.number),
                }
            )
        for k, s in enumerate((audit.practitioner, audit.family, *audit.extras)):
            if s is None:
                continue
            sections.append(
                {
                    "kind": s.kind,
                    "anchor": f"a{index}-s{k}",
                    "title": s.title or s.heading.text or s.kind.title(),
                    "heading": block_view(s.heading) if s.heading.text else None,
                    "paragraphs": [block_view(p) for p in s.paragraphs],
                    "actions": [block_view(a.block) for a in s.actions],
                    "unplaced": [],
                }
            )
        if audit.actions:
            sections.append(
                {
                    "kind": "actions",
                    "anchor": f"a{index}-actions",
                    "title": "Actions",
                    "heading": None,
                    "paragraphs": [],
                    "actions": [block_view(a.block) for a in audit.actions],
                    "unplaced": [],
                }
            )
    present = {d.number for d in audit.domains} if audit is not None else set()
    whole_audit = [fv for fv in unplaced if fv["domain"] is None or fv["domain"] not in present]
    if audit is None:
        whole_audit = list(unplaced)
    counts = Counter(fv["family"] for fv in fviews)
    sev = Counter(f.severity for f in result.findings)
    class_counts: dict[int, Counter] = {}
    for (n, _i), items in classes.items():
        class_counts.setdefault(n, Counter()).update(c for _, _, c in items)
    domains = []
    for ds in result.domains:
        cc = class_counts.get(ds.number, Counter())
        domains.append(
            {
                "number": ds.number,
                "name": ds.name,
                "grade": ds.grade,
                "score": ds.score,
                "band": ds.band,
                "score_class": _score_class(ds.score),
                "missing": audit is not None and ds.number not in present,
                "findings": sum(1 for fv in fviews if fv["domain"] == ds.number),
                "classes": {k: cc.get(k, 0) for k in ("process", "evaluation", "impact", "other")},
                "codes": sorted({fv["code"] for fv in fviews if fv["domain"] == ds.number}),
            }
        )
    return {
        "index": index,
        "path": result.path,
        "audit_id": result.audit_id,
        "auditor": result.auditor,
        "child_ref": result.child_ref,
        "audit_date": result.audit_date,
        "overall_grade": overall_grade(result),
        "score": result.score,
        "band": result.band,
        "score_class": _score_class(result.score),
        "domains": domains,
        "findings": fviews,
        "urgent": [fv for fv in fviews if fv["immediate_response"]],
        "whole_audit": whole_audit,
        "sections": sections,
        "has_text": audit is not None,
        "has_classes": bool(classes),
        "family_counts": {fam: counts.get(fam, 0) for fam in FAMILY_ORDER if counts.get(fam)},
        "severity_counts": {s: sev.get(s, 0) for s in ("error", "warning", "info")},
        "skipped": [s.model_dump() for s in result.skipped],
        "notices": result.notices,
        "suppressed": result.suppressed,
        "breakdown": breakdown_rows(result) if result.score_breakdown else [],
    }


# ---------------------------------------------------------------- rendering
@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("auditlint", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        FAMILY_ORDER=FAMILY_ORDER,
        FAMILY_LABELS=FAMILY_LABELS,
        CLASS_LABELS=CLASS_LABELS,
        SCORE_KIND=SCORE_KIND,
        GRADE_KIND=GRADE_KIND,
        version=__version__,
    )
    env.filters["fmt_score"] = lambda s: "-" if s is None else f"{s:.1f}"
    return env


def render(template: str, **context: Any) -> str:
    context.setdefault("generated", dt.datetime.now().strftime("%d %B %Y %H:%M"))
    return environment().get_template(template).render(**context)


def render_html(results: list[AuditResult], errors: list[InputError], specs: dict[str, RuleSpec]) -> str:
    views = [audit_view(r, specs, i) for i, r in enumerate(results)]
    title = views[0]["audit_id"] if len(views) == 1 else f"{len(views)} audits"
    return render(
        "report.html.j2",
        title=f"auditlint report: {title}",
        audits=views,
        errors=[e.to_dict() for e in errors],
        urgent=[(v, fv) for v in views for fv in v["urgent"]],
    )
