"""What a check produces: findings, and the per-audit result."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, PrivateAttr

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
    band: str | None = None


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
    # not serialised: the audit itself and its sentence classes, for reporters that show the text (HTML)
    _audit: Any = PrivateAttr(default=None)
    _sentence_classes: Any = PrivateAttr(default=None)

    def keep(self, audit: Any = None, sentence_classes: Any = None) -> None:
        """Keep the audit and its sentence classes ``{(domain, paragraph index): [(start, end, cls)]}``."""
        if audit is not None:
            self._audit = audit
        if sentence_classes is not None:
            self._sentence_classes = sentence_classes

    @property
    def audit(self) -> Any:
        """The :class:`~auditlint.model.Audit` checked, when the engine kept it (``None`` otherwise)."""
        return self._audit

    @property
    def sentence_classes(self) -> Any:
        """The class of every domain sentence, or ``None`` when the audit was not parsed."""
        return self._sentence_classes

    def worst(self) -> int:
        return max((f.rank for f in self.findings), default=-1)
