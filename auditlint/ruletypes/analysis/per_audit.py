"""Classification per audit: every domain sentence of an audit classified once per cue set (and
learned model) and kept in ``ctx.cache`` (:func:`classify_audit_detail`, :func:`classify_audit`),
the cues and model the bundled (or an authority's) AL201 rule file names (:func:`default_cues`,
:func:`default_model`), and the parameters an analysis rule chooses them with
(:class:`AnalysisParams`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field

from ..base import AuditContext, Params
from .classifier import SentenceClass, SentenceClassifier, _State
from .cues import Cues, merge_cues

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

    from ...lexicons import LexiconStore
    from ...model import Domain, TextBlock
    from ...sentence_model import SentenceModel

_CACHE_KEY = "analysis.sentence_classes"
_MODEL_CACHE_KEY = "analysis.sentence_classes.learned"
_MODEL_USED_KEY = "analysis.model"
_CHILD_KEY = "analysis.child_tokens"  # (cue fingerprint, id(block), sentence start) -> the child's tokens there


def _classifier_for(cues: Cues) -> SentenceClassifier:
    clf = _CLASSIFIERS.get(cues.fingerprint)
    if clf is None:
        clf = _CLASSIFIERS[cues.fingerprint] = SentenceClassifier(cues)
    return clf


_CLASSIFIERS: dict[str, SentenceClassifier] = {}


def classify_domain(ctx: AuditContext, d: Domain, clf: SentenceClassifier, gender: str | None) -> dict[int, list[SentenceClass]]:
    state = _State(child_ref=ctx.audit.child_ref or "XXXX", child_gender=gender)
    out: dict[int, list[SentenceClass]] = {}
    children = ctx.cache.setdefault(_CHILD_KEY, {})
    for block in d.paragraphs:
        items: list[SentenceClass] = []
        for sent in ctx.sentences(block):
            if not sent.text.strip() or not any(t.is_alpha for t in sent):
                continue
            child = clf.child_tokens(sent, state)
            children[(clf.c.fingerprint, id(block), sent.start_char)] = child
            items.append(clf.classify(sent, child))
            clf.update_state(state)
        out[id(block)] = items
    return out


def with_model(model: SentenceModel, sent: Span, found: SentenceClass) -> SentenceClass:
    """The rules' class kept (with its reasons) when the learned model agrees; the model's class,
    with the model named as the reason, when it does not."""
    cls, p = model.predict(sent, found.cls, found.reasons, found.child_mentioned)
    if cls == found.cls:
        return found
    rules_said = f"the rules said {found.cls}" + (f" ({found.reasons[0]})" if found.reasons else "")
    return SentenceClass(found.start, found.end, cls, (f"{cls}: learned model (p={p:.2f}); {rules_said}",),
                         found.child_mentioned)


def classify_audit_detail(ctx: AuditContext, cues: Cues | None = None, model: str | None = None) -> dict[int, list[SentenceClass]]:
    """Every domain paragraph's sentences with their class and reasons, keyed
    by ``id(block)``. Computed once per audit, cue set and model, kept in ``ctx.cache``.

    Without ``cues`` it returns the classification an analysis rule already
    made for this audit, or classifies with the bundled lexicon (plus any
    cues the bundled AL201 rule file adds). ``model`` names the learned model
    that gives each sentence's final class (:mod:`auditlint.sentence_model`;
    without it, the one the bundled AL201 rule file names); ``"none"`` keeps the
    rules' classes. The rules' classification is made once and shared: a model
    only reads it again, sentence by sentence.
    """
    store: dict[str, dict[int, list[SentenceClass]]] = ctx.cache.setdefault(_CACHE_KEY, {})
    if cues is None and store:
        fingerprint = next(iter(store))
    else:
        cues = cues or default_cues(ctx.lexicons, tuple(ctx.config.rule_dirs))
        fingerprint = cues.fingerprint
    if fingerprint not in store:
        clf = _classifier_for(cues)
        docs = [ctx.doc(b) for d in ctx.audit.domains for b in d.paragraphs]
        gender = clf.infer_gender(docs, ctx.audit.child_ref or "XXXX")
        result: dict[int, list[SentenceClass]] = {}
        for d in ctx.audit.domains:
            result.update(classify_domain(ctx, d, clf, gender))
        store[fingerprint] = result
    if model is None:  # the model an analysis rule already used for this audit, or the bundled AL201's
        model = ctx.cache.get(_MODEL_USED_KEY) or default_model(tuple(ctx.config.rule_dirs))
    else:
        ctx.cache.setdefault(_MODEL_USED_KEY, model)
    from ...sentence_model import load_model  # numpy and the weights, only when a model is asked for

    learned = load_model(model)
    if learned is None:
        return store[fingerprint]
    learned_store: dict[tuple[str, str], dict[int, list[SentenceClass]]] = ctx.cache.setdefault(_MODEL_CACHE_KEY, {})
    key = (fingerprint, model)
    if key not in learned_store:
        rules = store[fingerprint]
        out: dict[int, list[SentenceClass]] = {}
        for d in ctx.audit.domains:
            for block in d.paragraphs:
                spans = {s.start_char: s for s in ctx.sentences(block)}
                out[id(block)] = [with_model(learned, spans[c.start], c) for c in rules.get(id(block), [])]
        learned_store[key] = out
    return learned_store[key]


def classify_audit(ctx: AuditContext, cues: Cues | None = None) -> dict[int, list[tuple[int, int, str]]]:
    """The class of every narrative sentence of every domain.

    Returns ``{id(block): [(start_char, end_char, cls), ...]}`` for each
    paragraph of each domain, in text order; offsets index ``block.text``
    and ``cls`` is one of :data:`CLASSES` (``process``, ``evaluation``,
    ``impact``, ``other``). Shares the cached result of
    :func:`classify_audit_detail` (which also gives each sentence's reasons).
    """
    return {k: [(s.start, s.end, s.cls) for s in v] for k, v in classify_audit_detail(ctx, cues).items()}


_DEFAULT_CUES: dict[tuple[int, tuple[Path, ...]], tuple[LexiconStore, Cues]] = {}
_DEFAULT_MODEL: dict[tuple[Path, ...], str] = {}


def default_model(rule_dirs: tuple[Path, ...] = ()) -> str:
    """The learned model the AL201 rule file names (``none``: the rules alone): the bundled file, or an
    authority's AL201 in ``rule_dirs`` over it."""
    if rule_dirs not in _DEFAULT_MODEL:
        from ...rulepack import load_specs

        spec = load_specs(rule_dirs).get("AL201")
        _DEFAULT_MODEL[rule_dirs] = str(
            (spec.parameters if spec else {}).get("model", AnalysisParams.model_fields["model"].default)
        )
    return _DEFAULT_MODEL[rule_dirs]


def default_cues(lexicons: LexiconStore, rule_dirs: tuple[Path, ...] = ()) -> Cues:
    """The cues of the AL201 rule file (lexicon plus its extra cues): the bundled file, or an
    authority's AL201 in ``rule_dirs`` over it.

    Built once per lexicon store and rule folders: reading the rule files and compiling the
    matchers for every audit made a batch many times slower.
    """
    hit = _DEFAULT_CUES.get((id(lexicons), rule_dirs))
    if hit is not None and hit[0] is lexicons:
        return hit[1]
    from ...rulepack import load_specs

    spec = load_specs(rule_dirs).get("AL201")
    params = dict(spec.parameters) if spec else {}
    p = AnalysisParams.model_validate({k: v for k, v in params.items() if k in AnalysisParams.model_fields})
    cues = Cues(merge_cues(lexicons, p.lexicon, p.cues, p.roles_lexicon, p.judging_lexicons))
    _DEFAULT_CUES[(id(lexicons), rule_dirs)] = (lexicons, cues)
    return cues


def domain_sentences(ctx: AuditContext, d: Domain, cues: Cues, model: str) -> list[tuple[TextBlock, SentenceClass]]:
    classes = classify_audit_detail(ctx, cues, model)
    return [(b, s) for b in d.paragraphs for s in classes.get(id(b), [])]


class AnalysisParams(Params):
    lexicon: str = Field(default="analysis-cues", description="The lexicon of cue lists (see its header).")
    roles_lexicon: str | None = Field(default="roles", description="Where child_terms and people's roles come from.")
    judging_lexicons: list[str] = Field(
        default_factory=lambda: ["emotive", "blaming"],
        description="Lexicons whose single-word entries judge the practice (or a person) when said of it.",
    )
    cues: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Extra cues added to the lexicon's lists, by list name. Rules that share the same cues share "
        "one classification of the audit.",
    )
    model: str = Field(
        default="none",
        description="The learned model that gives each sentence's final class from the rules' class and the parse "
        "(a name in rules/models/ or a path to a JSON file written by `python -m auditlint.sentence_training`); "
        "`none`: the rules' classes alone.",
    )
