"""The machine-readable contract of docs/audit-format.md (add fields, never rename)."""

from __future__ import annotations

import json

from .. import __version__
from ..errors import InputError
from ..findings import AuditResult
from ..rulepack import RuleSpec

FINDING_KEYS = (
    "code",
    "name",
    "severity",
    "message",
    "domain",
    "line",
    "column",
    "end_line",
    "end_column",
    "excerpt",
    "suggestion",
    "immediate_response",
    "origin",
    "section",
)


def audit_dict(r: AuditResult) -> dict:
    return {
        "path": r.path,
        "audit_id": r.audit_id,
        "auditor": r.auditor,
        "audit_date": r.audit_date,
        "score": r.score,
        "band": r.band,
        "score_kind": "auditlint's score of the audit's writing (0-100), not a grade of the practice",
        "domains": [d.model_dump() for d in r.domains],
        "findings": [{k: getattr(f, k) for k in FINDING_KEYS} for f in r.findings],
        "skipped": [s.model_dump() for s in r.skipped],
        "notices": r.notices,
        "suppressed": r.suppressed,
        "info": r.info,
        "immediate_response": any(f.immediate_response for f in r.findings),
        "score_breakdown": r.score_breakdown,  # added: the terms of the writing score, in audit points
    }


def document(results: list[AuditResult], errors: list[InputError]) -> dict:
    return {
        "version": f"auditlint {__version__}",
        "audits": [audit_dict(r) for r in results],
        "errors": [e.to_dict() for e in errors],
    }


def render_json(results: list[AuditResult], errors: list[InputError], specs: dict[str, RuleSpec]) -> str:
    return json.dumps(document(results, errors), indent=2, ensure_ascii=False) + "\n"
