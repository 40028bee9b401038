"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

from ..errors import InputError
from ..findings import AuditResult
from ..rulepack import RuleSpec

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render_github(results: list[AuditResult], errors: list[InputError], specs: dict[str, RuleSpec]) -> str:
    lines = []
    for e in errors:
        props = f"file={_escape_prop(e.path)}" + (f",line={e.line}" if e.line else "")
        lines.append(f"::error {props},title=auditlint input error::{_escape_data(e.message)}")
    for r in results:
        for f in r.findings:
            props = (
                f"file={_escape_prop(r.path)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},"
                f"title={_escape_prop(f'{f.code} {f.name}')}"
            )
            msg = f.message + (f" Fix: {f.suggestion}" if f.suggestion else "")
            if f.immediate_response:
                msg = "IMMEDIATE RESPONSE: " + msg
            lines.append(f"::{LEVELS[f.severity]} {props}::{_escape_data(msg)}")
    return "\n".join(lines) + ("\n" if lines else "")
