"""The "so what?" analysis (AL2, G-3.2 and G-4): a sentence classifier and the
rule types built on it.

Every narrative sentence of every domain is put in one of four classes:

``process``
    reports that a process happened, a document exists or a timescale was
    met ("The plan was reviewed on 3.4.23", "A genogram is on file").
``evaluation``
    a judgement of the quality of the practice, usually with its reason
    ("The assessment is thorough, drawing on ...", "There is no evidence that
    supervision changed the plan").
``impact``
    what the practice means or meant for the child: their safety, stability,
    wellbeing, relationships, understanding of their own story, drift or
    delay in their plan, their lived experience ("..., so XXXX still does not
    know why she lives with her grandmother").
``other``
    none of these: background about the family ("Father has misused alcohol
    for several years") or a fact about the child that is not an outcome.

The classes are read from the dependency parse, not from word lists alone:
the lists (all in ``rules/lexicons/analysis-cues.yml``; a rule file may add
to them under ``parameters.cues``) say which lemmas are process verbs, impact
adjectives and so on, and the parse says who is the subject, whether the clause is
passive, negated or modal, which clause is the consequence of which, and
whether a cue is the child's state or only mentioned inside an analysis
("the assessment does not consider what it means for XXXX" is an
evaluation, not an impact).

The classification is done once per audit (per cue set) and kept in
``ctx.cache``; :func:`classify_audit` is the public entry point (the HTML
report uses it to show each sentence's class).

A rule's ``model`` parameter may name a learned model
(:mod:`auditlint.sentence_model`, weights in ``rules/models/``) that reads
the rules' class, their reason and the parse of each sentence and gives the
final class; where it overrules the rules, the reason says so. AL201 uses the
bundled one; ``model: none`` keeps the rules' classes.

The package's modules: :mod:`.syntax` (the closed-class grammar read with the
parse), :mod:`.cues` (the cue lists and their matching), :mod:`.classifier`
(:class:`SentenceClassifier`), :mod:`.sentence` (its clause tests, per
sentence), :mod:`.per_audit` (the classification of an audit, made once and
cached) and :mod:`.rule_types` (AL201-AL203). Importing this package imports
:mod:`.rule_types`, so that its types register; it re-exports the public
interface: the classes and the classification per audit.
"""

from __future__ import annotations

from . import rule_types
from .classifier import CLASSES, EVALUATION, IMPACT, OTHER, PROCESS, SentenceClass
from .per_audit import classify_audit, classify_audit_detail, default_cues, default_model

__all__ = [
    "CLASSES",
    "EVALUATION",
    "IMPACT",
    "OTHER",
    "PROCESS",
    "SentenceClass",
    "classify_audit",
    "classify_audit_detail",
    "default_cues",
    "default_model",
    "rule_types",
]
