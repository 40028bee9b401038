"""The rule-type interface: a generic check that rule files configure."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

    from ..config import Config
    from ..lexicons import LexiconStore
    from ..model import Audit, TextBlock
    from ..rulepack import RuleSpec


class Params(BaseModel):
    """A rule type's parameters; unknown keys are an error in the rule file."""

    model_config = ConfigDict(extra="forbid")


@dataclass
class Hit:
    """One place a rule fires; the engine turns it into a positioned finding."""

    block: TextBlock | None = None
    start: int = 0
    end: int | None = None
    domain: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    immediate_response: bool | None = None
    section: str | None = None
    severity: str | None = None  # a per-hit severity (a lexicon entry's); the config's override still wins


class RuleSkip(Exception):
    """Raised by a rule that cannot run on this audit (no audit date, no backend)."""


class AuditContext:
    """One audit with its parses, shared by every rule."""

    def __init__(
        self, audit: Audit, docs: dict[int, Doc], config: Config, lexicons: LexiconStore, rules: tuple = ()
    ):
        self.audit = audit
        self._docs = docs
        self.config = config
        self.lexicons = lexicons
        self.rules: tuple[RuleType, ...] = tuple(rules)  # the rules running on this audit (a rule may defer to another)
        self.cache: dict[str, Any] = {}  # per-audit results shared between rules (sentence classes...)
        self.info: dict[str, str] = {}  # facts the output reports, e.g. {"grammar": "built-in checker"}

    @property
    def child(self) -> str:
        return self.audit.child_ref or "the child"

    def doc(self, block: TextBlock) -> Doc:
        try:
            return self._docs[id(block)]
        except KeyError:
            raise RuntimeError("this rule needs the NLP parse, but the block was not parsed") from None

    def sentences(self, block: TextBlock) -> list[Span]:
        return list(self.doc(block).sents)


class RuleType:
    """Base class. Subclasses set ``name``, ``Params`` and implement ``check``."""

    name: ClassVar[str] = ""
    needs_nlp: ClassVar[bool] = True
    Params: ClassVar[type[Params]] = Params
    summary: ClassVar[str] = ""

    def __init__(self, spec: RuleSpec, params: Params, lexicons: LexiconStore):
        self.spec = spec
        self.params = params
        self.lexicons = lexicons
        self.setup()

    def setup(self) -> None:
        """Compile lexicons and patterns once, when the rule is loaded."""

    def uses_nlp(self, config: Config) -> bool:
        """This rule, as configured, reads the spaCy parse: the engine loads the
        model only when a selected rule does. A type whose need depends on its
        configuration (grammar: the built-in checker does, LanguageTool does not) overrides it."""
        return self.needs_nlp

    def check(self, ctx: AuditContext) -> Iterator[Hit]:  # pragma: no cover - interface
        raise NotImplementedError


def section_hit(block: TextBlock | None, domain: int | None, **values: Any) -> Hit:
    """A finding about a whole section, placed on its heading (or the file's start)."""
    return Hit(block=block if block is not None and block.text else None, domain=domain, values=values)
