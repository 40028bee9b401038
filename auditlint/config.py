"""Configuration: ``auditlint.toml`` or ``[tool.auditlint]`` in ``pyproject.toml``.

Looked for in the current folder and its parents (the first found wins), or
named with ``--config``. Relative folders in it are read from the file's folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .configfile import CONFIG_NAMES, find_config  # noqa: F401  (found without pydantic: auditlint rules)
from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class GrammarConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    backend: Literal["auto", "languagetool", "builtin", "off"] = "auto"
    server_url: str | None = None
    allow_public_service: bool = False
    language: str = "en-GB"


class LimitsConfig(BaseModel):
    """``[limits]``: what one audit file may hold. Every reader refuses a file past one of them
    with an input error naming the file, the line and the setting; none is read into memory past them.

    Memory grows with the text parsed (benchmarks/limits.py, peak resident memory of one
    ``auditlint check``): ~260 MB to start, ~0.35 MB per 1,000 characters kept parsed, and ~350 MB
    while spaCy parses a paragraph of 100,000 characters. At the defaults the most text accepted
    (four paragraphs of 100,000 characters) peaked at 666 MB; 5,000 short paragraphs at 434 MB.
    """

    model_config = ConfigDict(extra="forbid")
    max_file_mb: float = Field(default=20, gt=0, description="The largest file read (a .docx with pictures is large).")
    max_paragraphs: int = Field(default=5000, gt=0, description="Paragraphs, headings and list items in one audit.")
    max_paragraph_chars: int = Field(
        default=100_000, gt=0, le=2_000_000, description="Characters in one paragraph; also spaCy's max_length."
    )
    max_chars: int = Field(
        default=500_000, gt=0, description="Characters of text in one audit (a long audit has about 60,000)."
    )


class WebConfig(BaseModel):
    """``[web]``: the local web page (``auditlint serve``)."""

    model_config = ConfigDict(extra="forbid")
    max_upload_mb: float = Field(default=10, gt=0, description="The largest draft or file the page accepts.")
    token: str | None = Field(
        default=None, description="Required by every request when set; needed to listen on a non-loopback address."
    )
    copy_minutes: float = Field(
        default=10, gt=0, le=120, description="How long a reviewed Word copy is kept (in memory) for its download."
    )


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")

    select: list[str] = Field(default_factory=lambda: ["AL"])
    ignore: list[str] = Field(default_factory=list)
    fail_on: Severity = "error"
    severity: dict[str, Severity] = Field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict, description="Rule parameters by code.")
    rule_dirs: list[Path] = Field(default_factory=list)
    lexicon_dirs: list[Path] = Field(default_factory=list)
    vocabulary: list[str] = Field(default_factory=list, description="The authority's own accepted words.")
    grammar: GrammarConfig = Field(default_factory=GrammarConfig)
    limits: LimitsConfig = Field(default_factory=LimitsConfig)
    web: WebConfig = Field(default_factory=WebConfig)
    score: dict[str, Any] = Field(default_factory=dict)
    source: Path | None = Field(default=None, exclude=True)

    @field_validator("select", "ignore")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        out = [c.strip().upper() for c in v]
        for c in out:
            if not c.startswith("AL") or not c[2:].isdigit() and c != "AL":
                raise ValueError(f"{c!r} is not a rule code or prefix (like AL4 or AL401)")
        return out

    @field_validator("severity")
    @classmethod
    def _sev_codes(cls, v: dict[str, str]) -> dict[str, str]:
        return {k.upper(): s for k, s in v.items()}

    @field_validator("rules")
    @classmethod
    def _rule_codes(cls, v: dict[str, dict]) -> dict[str, dict]:
        return {k.upper(): p for k, p in v.items()}

    def enabled(self, code: str) -> bool:
        """Ruff-style selection: the longest matching prefix decides; ignore wins a tie."""
        best_sel = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        best_ign = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return best_sel > best_ign

    def with_cli(
        self,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        fail_on: str | None = None,
        extend_select: tuple[str, ...] = (),
    ) -> Config:
        data = self.model_dump()
        data["source"] = self.source
        if select:
            data["select"] = _split(select)
        if extend_select:
            data["select"] = data["select"] + _split(extend_select)
        if ignore:
            data["ignore"] = data["ignore"] + _split(ignore)
        if fail_on:
            data["fail_on"] = fail_on
        try:
            return Config.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(_explain(exc, "command line")) from None


def _split(values: tuple[str, ...]) -> list[str]:
    return [c for v in values for c in v.replace(" ", ",").split(",") if c]


def _explain(exc: ValidationError, where: str) -> str:
    parts = []
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown setting"
        parts.append(f"{where}: {key}: {msg}")
    return "; ".join(parts)


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """The configuration from ``path``, or found from ``start`` (default: the current folder)."""
    if path is None:
        path = find_config(start or Path.cwd())
        if path is None:
            return Config()
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    if path.name == "pyproject.toml":
        raw = raw.get("tool", {}).get("auditlint", {})
    raw = {k.replace("-", "_"): v for k, v in raw.items()}
    try:
        cfg = Config.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_explain(exc, str(path))) from None
    base = path.parent
    cfg.rule_dirs = [d if d.is_absolute() else (base / d) for d in cfg.rule_dirs]
    cfg.lexicon_dirs = [d if d.is_absolute() else (base / d) for d in cfg.lexicon_dirs]
    for d in (*cfg.rule_dirs, *cfg.lexicon_dirs):
        if not d.is_dir():
            raise ConfigError(f"{path}: folder {d} named in the configuration does not exist")
    cfg.source = path
    return cfg
