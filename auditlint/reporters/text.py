"""Terminal output: ``path:line:col: CODE severity message``, the excerpt and the fix.

Immediate-response findings come first in their own block; each audit ends
with its summary. Colour is added only on a terminal, and every finding is
also labelled in words, so nothing depends on colour.
"""

from __future__ import annotations

from collections import Counter

import click

from ..errors import InputError
from ..findings import AuditResult, Finding
from ..rulepack import RuleSpec

COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


class TextReporter:
    def __init__(self, color: bool | None = None, explain_score: bool = False, show_fixes: bool = True):
        self.color = color
        self.explain_score = explain_score
        self.show_fixes = show_fixes

    def style(self, text: str, **kw: object) -> str:
        return click.style(text, **kw) if self.color else text  # type: ignore[arg-type]

    def finding(self, path: str, f: Finding) -> list[str]:
        where = f"{path}:{f.line}:{f.column}:"
        head = f"{self.style(where, bold=True)} {self.style(f.code, fg=COLOURS[f.severity], bold=True)} {f.severity} {f.message}"
        out = [head]
        if f.origin:
            out.append(f"    @ {f.origin}")
        if f.excerpt:
            out.append(f"    | {f.excerpt}")
        if self.show_fixes and f.suggestion:
            out.append(f"    = fix: {f.suggestion}")
        return out

    def summary(self, r: AuditResult) -> list[str]:
        counts = Counter(f.severity for f in r.findings)
        parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 and s != 'info' else ''}" for s in ("error", "warning", "info")]
        out = [
            self.style(f"{r.audit_id} ({r.path})", bold=True)
            + f": {', '.join(parts)}"
            + (f", {r.suppressed} suppressed inline" if r.suppressed else "")
        ]
        if r.score is not None:
            out.append(
                f"  writing score {r.score:.1f}/100, {r.band} "
                "(auditlint's score of the audit's writing; the grades below are the auditor's grades of the practice)"
            )
            for d in r.domains:
                grade = d.grade or "no grade"
                score = "missing" if d.grade is None and d.score == 0.0 else f"{d.score:.1f}"
                if d.band and score != "missing":
                    score += f" ({d.band})"
                out.append(f"    {d.number}. {d.name}: writing {score} | practice grade: {grade}")
        for key, value in sorted(r.info.items()):
            out.append(f"  {key}: {value}")
        for s in r.skipped:
            out.append(f"  not run: {s.code} ({s.reason})")
        for n in r.notices:
            out.append(f"  note: line {n['line']}: {n['message']}")
        if self.explain_score and r.score_breakdown:
            from ..scoring import explain

            out += ["  " + line for line in explain(r)]
        return out

    def __call__(self, results: list[AuditResult], errors: list[InputError], specs: dict[str, RuleSpec]) -> str:
        lines: list[str] = []
        urgent = [(r, f) for r in results for f in r.findings if f.immediate_response]
        if urgent:
            lines.append(
                self.style("IMMEDIATE RESPONSE NEEDED", fg="white", bg="red", bold=True)
                + " - start the authority's Immediate Response process for these:"
            )
            for r, f in urgent:
                lines += ["  " + x for x in self.finding(r.path, f)]
            lines.append("")
        for e in errors:
            lines.append(self.style(str(e), fg="red") + "  [input error]")
        if errors:
            lines.append("")
        for r in results:
            for f in r.findings:
                if not f.immediate_response:
                    lines += self.finding(r.path, f)
            lines += self.summary(r)
            lines.append("")
        total = sum(len(r.findings) for r in results)
        lines.append(
            f"Checked {len(results) + len(errors)} file(s): {total} finding(s)"
            + (f", {len(errors)} could not be read" if errors else "")
            + "."
        )
        return "\n".join(lines) + "\n"
