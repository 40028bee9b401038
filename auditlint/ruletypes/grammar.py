"""The grammar rule type (AL503): LanguageTool where one is configured, else
the built-in offline checker (:mod:`auditlint.grammar`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import Field, field_validator

from ..grammar import BackendError, BackendUnavailable, GrammarOptions, forget_backend, select_backend
from ..grammar.builtin import CHECKS
from ..resources import builtin_rules_dir
from ..text import quoted_spans
from . import register
from .base import AuditContext, Hit, Params, RuleSkip, RuleType

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config
    from ..model import TextBlock




def _rule_runs(config: Config, code: str) -> bool:
    """Does rule ``code`` run with this configuration (its file exists and it is selected)?"""
    if not code or not config.enabled(code):
        return False
    for folder in (builtin_rules_dir(), *config.rule_dirs):
        if any((folder / f"{code}{ext}").is_file() for ext in (".yml", ".yaml")):
            return True
    return False


@register
class Grammar(RuleType):
    """Fires on each grammar issue the configured backend finds, paragraph by
    paragraph, never inside quotation marks. The backend is chosen by the
    configuration's ``[grammar]`` table (auto | languagetool | builtin | off);
    the one that ran is reported as ``info.grammar``, and when none can run the
    rule is reported as not run, with the reason.

    Parameters: ``builtin_checks`` (the built-in checks that are on),
    ``languagetool_disabled_categories`` / ``languagetool_disabled_rules``
    (LanguageTool rules that duplicate auditlint's own rules, never asked
    for), ``spelling_rule`` with ``spelling_categories`` / ``spelling_rules``
    (LanguageTool's spelling, switched off while that auditlint rule runs),
    ``max_replacements`` (how many replacements a fix offers).
    """

    name = "grammar"
    needs_nlp = True  # the built-in checker reads the shared parse; LanguageTool does not (uses_nlp)

    class Params(Params):
        builtin_checks: list[str] = Field(default_factory=lambda: list(CHECKS))
        languagetool_disabled_categories: list[str] = Field(default_factory=list)
        languagetool_disabled_rules: list[str] = Field(default_factory=list)
        spelling_rule: str = Field(default="AL504", description="While this rule runs, LanguageTool's spelling is off.")
        spelling_categories: list[str] = Field(default_factory=lambda: ["TYPOS"])
        spelling_rules: list[str] = Field(default_factory=lambda: ["MORFOLOGIK_RULE_EN_GB", "HUNSPELL_RULE"])
        max_replacements: int = Field(default=3, ge=0, le=10)
        timeout_seconds: float = Field(default=30.0, gt=0, le=300)

        @field_validator("builtin_checks")
        @classmethod
        def _known(cls, v: list[str]) -> list[str]:
            unknown = [c for c in v if c not in CHECKS]
            if unknown:
                raise ValueError(f"unknown built-in check(s) {', '.join(unknown)}; known: {', '.join(CHECKS)}")
            return v

    def options(self, config: Config) -> GrammarOptions:
        p = self.params
        categories = {c.upper() for c in p.languagetool_disabled_categories}
        rules = {r.upper() for r in p.languagetool_disabled_rules}
        if _rule_runs(config, p.spelling_rule):
            categories |= {c.upper() for c in p.spelling_categories}
            rules |= {r.upper() for r in p.spelling_rules}
        return GrammarOptions(
            disabled_categories=frozenset(categories),
            disabled_rules=frozenset(rules),
            builtin_checks=tuple(p.builtin_checks),
            timeout=p.timeout_seconds,
        )

    def uses_nlp(self, config: Config) -> bool:
        try:
            return select_backend(config, self.options(config)).needs_doc
        except (BackendUnavailable, ValueError):  # the rule will be skipped, and reads nothing
            return False

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        options = self.options(ctx.config)
        try:
            backend = select_backend(ctx.config, options)
        except BackendUnavailable as exc:
            raise RuleSkip(f"no grammar backend reachable: {exc}") from None
        except ValueError as exc:  # a bad parameter for the built-in checker
            raise RuleSkip(f"no grammar backend reachable: {exc}") from None
        names = [ctx.audit.child_ref] if ctx.audit.child_ref else []
        hits: list[Hit] = []
        for block, domain in ctx.audit.blocks_by_domain():
            text = block.text
            if not text.strip():
                continue
            doc = ctx.doc(block) if backend.needs_doc else None
            try:
                issues = backend.check(text, doc, names=names)
            except BackendError as exc:
                forget_backend(ctx.config, options, str(exc))
                raise RuleSkip(f"no grammar backend reachable: {exc}") from None
            quotes = quoted_spans(text)
            for issue in issues:
                if any(a < issue.end and issue.start < b for a, b in quotes):
                    continue  # reported speech is never judged
                hits.append(self._hit(block, domain, issue))
        ctx.info["grammar"] = backend.name
        yield from hits

    def _hit(self, block: TextBlock, domain: int | None, issue) -> Hit:
        text = block.text[issue.start : issue.end]
        reps = list(issue.replacements[: self.params.max_replacements])
        values = {
            "message": issue.message.rstrip(),
            "check": issue.rule_id or issue.category or "grammar",
            "text": text,
            "replacements": " or ".join(f'"{r}"' for r in reps),
        }
        if reps:
            suggestion = None  # the rule file's fix, filled from the replacements
        elif text.strip():
            suggestion = f'Reword "{text.strip()}" so that the sentence is grammatical.'
        else:
            suggestion = "Reword the sentence so that it is grammatical."
        return Hit(block=block, start=issue.start, end=issue.end, domain=domain, values=values, suggestion=suggestion)
