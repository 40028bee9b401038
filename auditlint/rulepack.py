"""Rule files: one YAML file per rule code, validated on load.

A rule file says *what* a rule checks and how it explains itself; its
``type`` names the generic rule type in :mod:`auditlint.ruletypes` that does
the checking, with ``parameters`` for that type. An authority overrides a
rule with a file of the same code in one of its ``rule_dirs``: the keys it
gives replace the bundled ones.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError
from .rulepack_files import RawRules, read_rule_files, rule_files  # noqa: F401  (rule_files: as before)

CODE_RE = re.compile(r"^AL[1-9]\d\d$")
FAMILIES = {
    "1": "structure",
    "2": "analysis",
    "3": "actions",
    "4": "tone",
    "5": "plain-english",
    "6": "supervision",
    "7": "privacy",
}
# Families in code order, then the engine's own AL000 internal errors: the one order every report uses.
FAMILY_ORDER = (*FAMILIES.values(), "internal")


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    weak: str = Field(description="Text the rule flags.")
    strong: str = Field(description="The strengthened version, which the rule passes.")
    scope: Literal["paragraph", "action", "domain", "audit"] = Field(
        default="paragraph",
        description="How the example is placed for testing: a narrative paragraph, an action, "
        "a whole domain section (Markdown), or a whole audit (Markdown).",
    )
    domain: int = Field(default=1, ge=1, le=7, description="The domain a paragraph or action example sits in.")
    audit_date: str | None = Field(default=None, description="The audit date the example assumes (YYYY-MM-DD).")
    grade: str | None = Field(default=None, description="The grade of the domain the example sits in.")


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str
    name: str
    family: str
    type: str
    severity: Literal["error", "warning", "info"]
    guide: str = Field(description="The guide section it enforces (G-x).")
    status: Literal["stable", "preview", "deprecated"] = "stable"
    summary: str = Field(description="One line: when it fires.")
    message: str = Field(description="The finding's message; {placeholders} are filled by the rule type.")
    rationale: str
    fix: str
    examples: Examples
    parameters: dict[str, Any] = Field(default_factory=dict)
    immediate_response: bool = False
    references: list[str] = Field(default_factory=list)
    source: str = Field(default="", exclude=True)

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not CODE_RE.match(v):
            raise ValueError("a code is AL + family digit + two digits, like AL301")
        return v

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", v):
            raise ValueError("a name is kebab-case, like action-no-timescale")
        return v

    @property
    def family_name(self) -> str:
        return FAMILIES.get(self.code[2], self.family)


def load_specs(extra_dirs: tuple[Path, ...] = ()) -> dict[str, RuleSpec]:
    """Every rule spec, bundled then the authority's, validated."""
    return specs_from_files(read_rule_files(extra_dirs))


def specs_from_files(raw: RawRules) -> dict[str, RuleSpec]:
    """The rule files' mappings (:func:`~auditlint.rulepack_files.read_rule_files`), validated."""
    specs: dict[str, RuleSpec] = {}
    for code, (data, path) in sorted(raw.items()):
        try:
            spec = RuleSpec.model_validate(data)
        except ValidationError as exc:
            errs = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
            err = errs[0]
            key = ".".join(str(p) for p in err["loc"])
            msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
            raise ConfigError(f"{path}: {key}: {msg}") from None
        if Path(path).stem.split(".")[0] != spec.code:
            raise ConfigError(f"{path}: file name must be the rule code ({spec.code}.yml)")
        spec.source = str(path)
        specs[code] = spec
    return specs
