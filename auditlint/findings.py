"""What a check produces: findings, and the per-audit result."""

from __future__ import annotations

from pydantic import BaseModel, Field

from .config import SEVERITY_RANK


class Finding(BaseModel):
    code: str
    name: str
    severity: str
    message: str
    domain: int | None = None
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str = ""
    suggestion: str | None = None
    immediate_response: bool = False
    origin: str | None = Field(default=None, description="Word files: the paragraph or table cell.")
    section: str | None = None

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.severity]


class Skipped(BaseModel):
    code: str
    reason: str


class DomainScore(BaseModel):
    number: int
    name: str
    grade: str | None
    score: float | None


class AuditResult(BaseModel):
    path: str
    audit_id: str
    auditor: str | None = None
    child_ref: str = "XXXX"
    audit_date: str | None = None
    grades: dict[int, str | None] = Field(default_factory=dict)
    score: float | None = None
    band: str | None = None
    domains: list[DomainScore] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
    notices: list[dict] = Field(default_factory=list)
    suppressed: int = 0
    info: dict[str, str] = Field(default_factory=dict)
    score_breakdown: list[dict] = Field(default_factory=list)

    def worst(self) -> int:
        return max((f.rank for f in self.findings), default=-1)
