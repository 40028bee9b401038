"""SARIF 2.1.0, for code-scanning dashboards and editors."""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..errors import InputError
from ..findings import AuditResult
from ..rulepack import RuleSpec

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def render_sarif(results: list[AuditResult], errors: list[InputError], specs: dict[str, RuleSpec]) -> str:
    codes = sorted(specs)
    index = {c: i for i, c in enumerate(codes)}
    rules = [
        {
            "id": s.code,
            "name": s.name,
            "shortDescription": {"text": s.summary},
            "fullDescription": {"text": " ".join(s.rationale.split())},
            "help": {"text": f"{' '.join(s.rationale.split())}\nFix: {s.fix}"},
            "defaultConfiguration": {"level": LEVELS[s.severity]},
            "properties": {"family": s.family, "guide": s.guide, "status": s.status},
        }
        for s in (specs[c] for c in codes)
    ]
    out_results = []
    for r in results:
        for f in r.findings:
            region = {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": f.end_line,
                "endColumn": max(f.end_column, f.column),
            }
            if f.excerpt:
                region["snippet"] = {"text": f.excerpt}
            res = {
                "ruleId": f.code,
                "level": LEVELS[f.severity],
                "message": {"text": f.message + (f" Fix: {f.suggestion}" if f.suggestion else "")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}, "region": region}}],
                "properties": {
                    "audit_id": r.audit_id,
                    "domain": f.domain,
                    "immediate_response": f.immediate_response,
                    "name": f.name,
                },
            }
            if f.code in index:
                res["ruleIndex"] = index[f.code]
            out_results.append(res)
    notifications = [
        {
            "level": "error",
            "message": {"text": e.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(e.path)},
                        **({"region": {"startLine": e.line}} if e.line else {}),
                    }
                }
            ],
        }
        for e in errors
    ]
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "auditlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {"executionSuccessful": not errors, "toolExecutionNotifications": notifications}
                ],
                "results": out_results,
            }
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
