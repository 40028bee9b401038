"""The engine: load the rules once, parse every text once, run every rule.

One ``nlp.pipe`` call parses all the blocks of a batch; each rule reads the
shared parses through :class:`~auditlint.ruletypes.AuditContext`. A rule that
crashes becomes an ``AL000 internal-error`` finding naming the rule, and the
other rules still run.
"""

from __future__ import annotations

import gc
import string
import sys
import traceback
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from pydantic import ValidationError

from .config import Config
from .errors import ConfigError, InputError, debug_enabled
from .findings import AuditResult, Finding, Skipped
from .lexicons import LexiconStore
from .model import Audit
from .rulepack import RuleSpec, load_specs
from .ruletypes import AuditContext, Hit, RuleSkip, RuleType, registry
from .text import excerpt

INTERNAL_ERROR = ("AL000", "internal-error")


class _Values(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, values: dict[str, Any]) -> str:
    try:  # str.format_map gives what string.Formatter gives, in C (a finding's message and fix each go through here)
        return template.format_map(_Values(values))
    except Exception:  # a template it refuses: the Formatter's own result or error, as before
        return string.Formatter().vformat(template, (), _Values(values))


def suppressed(codes: Iterable[str], code: str) -> bool:
    return any(code.startswith(c) for c in codes)


_TRIM: list[Any] = []  # glibc's malloc_trim, looked up on first use (None where there is none)


def return_free_memory() -> None:
    """Hand the C heap's free pages back to the system after a group is checked. The parser's
    arrays differ in size from text to text and glibc keeps what they leave as scattered free
    space, so a long-lived process (the web app) grew with every draft: 120 generated audits
    checked one at a time went 263 -> 276 MB without this, and stayed at 224-229 MB with it."""
    if not _TRIM:
        trim = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                trim = ctypes.CDLL("libc.so.6").malloc_trim
            except (OSError, AttributeError):  # not glibc (musl): nothing to do
                trim = None
        _TRIM.append(trim)
    if _TRIM[0] is not None:
        _TRIM[0](0)


@contextmanager
def collector_paused(collect: bool = True) -> Iterator[None]:
    """No cyclic garbage collection while a group is parsed and checked; one young-generation pass after.

    The parses' views (docview.py) and the rules' per-parse tables live for the whole group, so
    the collector's automatic passes kept walking them without freeing them: some 1,200 passes over
    40 generated audits, 1.7 s of CPU (about a fifth of the rules' time), a full-heap pass each time
    enough of them had been promoted. The group's cycles are freed here in one pass when it ends
    (its objects are garbage by then), and the peak memory stays that of the group. With
    ``collect=False`` (the process ends next) they are frozen out of the collector's view instead:
    that pass over the group's objects took ~25 ms of a cold ``check`` of a 4,000-word audit."""
    if not gc.isenabled():  # a caller (or a test) manages the collector
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if collect:
            gc.enable()
            gc.collect(0)
        else:
            gc.freeze()
            gc.enable()


class Engine:
    """Rules loaded and configured once; :meth:`check` runs them on a batch."""

    def __init__(self, config: Config | None = None, specs: dict[str, RuleSpec] | None = None):
        self.config = config or Config()
        self.specs = specs if specs is not None else load_specs(tuple(self.config.rule_dirs))
        self.lexicons = LexiconStore(tuple(self.config.lexicon_dirs))
        types = registry()
        self.rules: list[RuleType] = []
        for code, spec in self.specs.items():
            if spec.type not in types:
                raise ConfigError(
                    f"{spec.source}: type: unknown rule type {spec.type!r}; known types: {', '.join(sorted(types))}"
                )
            if not self.config.enabled(code) or spec.status == "deprecated":
                continue
            if spec.status == "preview" and code not in self.config.select:
                continue
            cls = types[spec.type]
            params = {**spec.parameters, **self.config.rules.get(code, {})}
            try:
                p = cls.Params.model_validate(params)
            except ValidationError as exc:
                err = exc.errors()[0]
                key = ".".join(str(x) for x in err["loc"])
                msg = "unknown parameter" if err["type"] == "extra_forbidden" else err["msg"]
                where = self.config.source if code in self.config.rules else spec.source
                raise ConfigError(f"{where}: {code} parameter {key}: {msg}") from None
            self.rules.append(cls(spec, p, self.lexicons))

    @property
    def needs_nlp(self) -> bool:
        return any(r.uses_nlp(self.config) for r in self.rules)

    def severity(self, spec: RuleSpec) -> str:
        return self.config.severity.get(spec.code, spec.severity)

    # -- running ------------------------------------------------------
    def parse(self, audits: list[Audit]) -> dict[int, Any]:
        if not self.needs_nlp:
            return {}
        from . import nlp
        from .docview import DocView

        blocks = [b for a in audits for b in a.blocks()]
        limit = self.config.limits.max_paragraph_chars  # the readers refuse longer; never hand spaCy more
        for a in audits:
            for b in a.blocks():
                if len(b.text) > limit:
                    msg = f"a paragraph has {len(b.text)} characters (limit [limits] max_paragraph_chars = {limit})"
                    raise InputError(a.path, msg, line=b.line)
        nlp.load().max_length = limit
        # spaCy's temporary memory grows with the characters of one nlp.pipe batch (~350 MB per
        # 100,000): parse in runs of at most max(limit, 100,000) characters (benchmarks/limits.py)
        docs: list[Any] = []
        run: list[str] = []
        budget, size = max(limit, 100_000), 0
        for b in blocks:
            if run and size + len(b.text) > budget:
                docs += nlp.parse(run)
                run, size = [], 0
            run.append(b.text)
            size += len(b.text)
        docs += nlp.parse(run) if run else []
        # each parse read once into plain objects the rules share (docview.py: the rules'
        # own walks over spaCy's Token objects cost more than the rules' logic)
        return {id(b): DocView(d) for b, d in zip(blocks, docs)}

    def check(self, audits: list[Audit], then_exit: bool = False) -> list[AuditResult]:
        """Check audits a few at a time: each group is parsed in one ``nlp.pipe`` run,
        checked, and its parses dropped with the words they added to the vocabulary,
        so memory stays flat over a long batch and in the web app. ``then_exit``: the
        process ends once the results are reported (``auditlint check``), so the last
        group's memory is not collected nor handed back to the system."""
        results: list[AuditResult] = []
        groups = self._groups(audits)
        group = next(groups, None)
        while group is not None:
            following = next(groups, None)
            last = then_exit and following is None
            with self._transient(group), collector_paused(collect=not last):
                docs = self.parse(group)
                results += [self.check_one(a, docs) for a in group]
                for view in docs.values():  # no rule reads them again: their cycles go now, not in a collector pass
                    view.release()
                del docs
            if not last:
                return_free_memory()
            group = following
        return results

    def _transient(self, group: list[Audit]) -> AbstractContextManager[object]:
        """The words a group's parses add to spaCy's vocabulary go with the group (``nlp.memory_zone``),
        all but the words the model already knows, whose tokens the tokenizer keeps cached first
        (``nlp.cache_known_words``: inside the zone it would tokenise every word afresh)."""
        if not self.needs_nlp:
            return nullcontext()
        from . import nlp

        nlp.cache_known_words(b.text for a in group for b in a.blocks())
        return nlp.memory_zone()

    def _groups(self, audits: list[Audit]) -> Iterator[list[Audit]]:
        budget = max(self.config.limits.max_paragraph_chars, 100_000)
        group: list[Audit] = []
        size = 0
        for a in audits:
            chars = sum(len(b.text) for b in a.blocks())
            if group and size + chars > budget:
                yield group
                group, size = [], 0
            group.append(a)
            size += chars
        if group:
            yield group

    def warm_up(self) -> None:
        """Load and compile everything the rules build lazily (the model, lexicon
        phrases, word lists) by checking a small built-in audit. ``auditlint
        report --jobs N`` calls it before forking its workers, so they share it all."""
        from .readers import read_text

        self.check([read_text(_WARM_UP_AUDIT, "<warm-up>")])

    def check_one(self, audit: Audit, docs: dict[int, Any]) -> AuditResult:
        from .scoring import ENGINE_CODES_KEY, score_audit

        ctx = AuditContext(audit, docs, self.config, self.lexicons, tuple(self.rules))
        result = AuditResult(
            path=audit.path,
            audit_id=audit.audit_id,
            auditor=audit.auditor,
            child_ref=audit.child_ref,
            audit_date=audit.audit_date.isoformat() if audit.audit_date else None,
            grades={d.number: (d.grade.value if d.grade else None) for d in audit.domains},
            notices=[n.model_dump() for n in audit.notices],
        )
        for rule in self.rules:
            spec = rule.spec
            if suppressed(audit.disabled, spec.code):
                continue
            try:
                hits = list(rule.check(ctx))
            except RuleSkip as skip:
                result.skipped.append(Skipped(code=spec.code, reason=str(skip)))
                continue
            except ConfigError:  # the configuration's fault, not the rule's: stop with its message
                raise
            except Exception as exc:  # a rule bug must not stop the other rules
                result.findings.append(self._internal_error(audit, spec, exc))
                continue
            try:  # building a finding (its message template, its position) is the rule's too
                kept = [h for h in hits if h.block is None or not suppressed(h.block.disabled, spec.code)]
                found = [self.finding(ctx, spec, h) for h in kept]
            except Exception as exc:
                result.findings.append(self._internal_error(audit, spec, exc))
                continue
            result.suppressed += len(hits) - len(found)
            result.findings += found
        result.info = dict(ctx.info)
        result.findings.sort(key=lambda f: (not f.immediate_response, f.line, f.column, f.code))
        ctx.cache[ENGINE_CODES_KEY] = frozenset(r.spec.code for r in self.rules)
        score_audit(ctx, result)
        result.keep(audit=audit)  # for reporters that show the text (not serialised)
        return result

    def finding(self, ctx: AuditContext, spec: RuleSpec, hit: Hit) -> Finding:
        audit = ctx.audit
        block = hit.block
        domain = audit.domain(hit.domain) if hit.domain else None
        values = {
            "child": ctx.child,
            "domain": hit.domain or "",
            "domain_name": domain.name if domain else "",
            **hit.values,
        }
        if block is not None:
            end = len(block.text) if hit.end is None else hit.end
            line, col = block.position(hit.start)
            end_line, end_col = block.position(end)
            text = excerpt(block.text, hit.start, end)
            origin = block.origin
        else:
            line, col, end_line, end_col, text, origin = 1, 1, 1, 1, "", None
        values.setdefault("excerpt", text)
        return Finding(
            code=spec.code,
            name=spec.name,
            severity=self.config.severity.get(spec.code) or hit.severity or spec.severity,
            message=render(spec.message, values),
            domain=hit.domain,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            excerpt=text,
            suggestion=hit.suggestion if hit.suggestion is not None else render(spec.fix, values),
            immediate_response=spec.immediate_response if hit.immediate_response is None else hit.immediate_response,
            origin=origin,
            section=hit.section or (domain.name if domain else None),
        )

    def _internal_error(self, audit: Audit, spec: RuleSpec, exc: Exception) -> Finding:
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
        if debug_enabled():  # the exception's text and traceback may quote the audit: only with --debug
            where += f": {str(exc)[:500]}"
            trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            sys.stderr.write(f"auditlint: debug: rule {spec.code} failed on {audit.path}:\n{trace}")
        return Finding(
            code=INTERNAL_ERROR[0],
            name=INTERNAL_ERROR[1],
            severity="error",
            message=f"rule {spec.code} ({spec.name}) failed on this audit ({type(exc).__name__}{where}); "
            "the other rules still ran. Please report this to the auditlint maintainers.",
            line=1,
            column=1,
            end_line=1,
            end_column=1,
        )



# A short audit that reaches every rule (narrative, actions, quotes, the two
# feedback sections), for :meth:`Engine.warm_up`.
_WARM_UP_AUDIT = """---
audit_id: WARM-UP
child_ref: XXXX
audit_date: 2023-03-14
auditor: Team Manager
---

# Help, Protection and Stability
Grade: Good

XXXX is an eight-year-old boy who lives with his mother and his younger sister in a small flat near his school. The social worker visited every two weeks, saw him on his own at each visit, and kept the focus on his emotional safety now that the abuse has stopped. His mother finished a recovery programme in October and says she now notices controlling behaviour much earlier. For XXXX this has meant a settled home and a settled school life; he told me that home "feels calmer" and that he sleeps well.

Actions:
- The social worker will meet father by 31 March 2023 to agree a written plan for contact.

# Recording and Communication
Grade: Requires Improvement to be Good

Case notes are up to date, but the chronology has not been updated since November 2022, so a duty worker would get an out-of-date picture.

# Assessment
Grade: Good

The assessment is thorough and explains how the abuse affected XXXX, using his own words.

# Relationship Based Practice and Direct Work
Grade: Good

The social worker used drawings to help XXXX talk about his worries, and he said he trusts her.

# Multi-Agency Planning, Analysis, Review and Decision Making
Grade: Good

The school, the health visitor and the domestic abuse service attended each review meeting, and the plan changed when his attendance improved.

# The role of Supervision and Management Oversight
Grade: Good

Supervision on 12 January 2023 recorded the decision to end the plan and the reasons for it.

# Impact and Overall Outcomes
Grade: Good

XXXX is safer and happier at home, and his attendance has risen to 96%.

# Practitioner discussion

I discussed the audit with the social worker, who agreed with the findings.

# Family and child feedback

Mother said the help had made a real difference to the family.
"""
