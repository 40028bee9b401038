"""auditlint's quality score of the audit's *writing* (0-100), never a practice grade.

Each finding costs weight = severity weight x family weight. A domain's score
is ``100 * exp(-cost / (scale * length))`` where ``length`` is the domain's
narrative words / ``words_per_unit`` (at least 1), so a long domain is not
punished for being long. The audit's score is the mean over the seven
domains (a missing domain scores 0), times ``exp(-audit_cost / scale)`` for
findings that belong to no domain. An immediate-response finding caps the
band. Every weight is configurable under ``[score]``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from .findings import AuditResult, DomainScore
from .model import DOMAIN_NAMES

if TYPE_CHECKING:  # pragma: no cover
    from .ruletypes import AuditContext


class ScoreConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    severity_weights: dict[str, float] = Field(default_factory=lambda: {"error": 3.0, "warning": 1.5, "info": 0.5})
    family_weights: dict[str, float] = Field(
        default_factory=lambda: {"0": 0.0, "1": 1.2, "2": 1.5, "3": 1.0, "4": 1.2, "5": 0.6, "6": 1.2, "7": 1.0}
    )
    scale: float = Field(default=10.0, gt=0)
    words_per_unit: float = Field(default=150.0, gt=0)
    bands: list[tuple[float, str]] = Field(
        default_factory=lambda: [(85.0, "ready to submit"), (70.0, "minor revisions"), (50.0, "needs work"), (0.0, "not ready")]
    )
    immediate_response_cap: str = "needs work"


def band_for(score: float, cfg: ScoreConfig) -> str:
    for floor, name in cfg.bands:
        if score >= floor:
            return name
    return cfg.bands[-1][1]


def score_audit(ctx: AuditContext, result: AuditResult) -> None:
    cfg = ScoreConfig.model_validate(ctx.config.score)
    audit = ctx.audit

    def weight(f: Any) -> float:
        return cfg.severity_weights.get(f.severity, 1.0) * cfg.family_weights.get(f.code[2], 1.0)

    breakdown: list[dict] = []
    domain_scores: list[DomainScore] = []
    for n in range(1, 8):
        d = audit.domain(n)
        fs = [f for f in result.findings if f.domain == n]
        if d is None:
            domain_scores.append(DomainScore(number=n, name=DOMAIN_NAMES[n], grade=None, score=0.0))
            breakdown.append({"domain": n, "what": "domain missing", "points": 100.0 / 7})
            continue
        cost = sum(weight(f) for f in fs)
        length = max(1.0, d.narrative_words / cfg.words_per_unit)
        score = 100.0 * math.exp(-cost / (cfg.scale * length))
        lost = 100.0 - score
        for f in fs:
            share = lost * weight(f) / cost if cost else 0.0
            if share:
                breakdown.append(
                    {"domain": n, "what": f"{f.code} {f.name} (line {f.line})", "points": round(share / 7, 2)}
                )
        domain_scores.append(
            DomainScore(number=n, name=d.name, grade=d.grade.value if d.grade else None, score=round(score, 1))
        )
    mean = sum(ds.score or 0.0 for ds in domain_scores) / 7
    audit_fs = [f for f in result.findings if f.domain is None]
    audit_cost = sum(weight(f) for f in audit_fs)
    factor = math.exp(-audit_cost / cfg.scale)
    total = mean * factor
    lost_audit = mean - total
    for f in audit_fs:
        share = lost_audit * weight(f) / audit_cost if audit_cost else 0.0
        if share:
            breakdown.append({"domain": None, "what": f"{f.code} {f.name} (line {f.line})", "points": round(share, 2)})
    band = band_for(total, cfg)
    if any(f.immediate_response for f in result.findings):
        order = [name for _, name in cfg.bands]
        if order.index(band) < order.index(cfg.immediate_response_cap):
            band = cfg.immediate_response_cap
            breakdown.append({"domain": None, "what": "immediate-response finding caps the band", "points": 0.0})
    result.domains = domain_scores
    result.score = round(total, 1)
    result.band = band
    result.score_breakdown = sorted(breakdown, key=lambda b: -b["points"])
