"""A learned second opinion on the sentence classifier's class (issue 3).

The rule classifier (:mod:`auditlint.ruletypes.analysis`) reads each sentence
clause by clause and names one class with a reason. This module turns a sentence
into a short feature vector and lets a small multinomial logistic regression,
trained on the tune sentence labels (:mod:`auditlint.sentence_training`), give
the final ``process`` / ``evaluation`` / ``impact`` class:

- the rules' class (one-hot) and the kind of reason they gave (``process: a
  dated event``, ``impact: the child is ...``: the quoted words and the verb are
  dropped, so the key says which test fired, not on what word), so the model
  learns when to trust the rules;
- the mean and the maximum of the sentence's rows of spaCy's ``doc.tensor``
  (the small English model's tok2vec layer, 96 numbers per token), which carry
  the words and their context the cue lists never named;
- a handful of parse facts (the child is mentioned, a modal, a negation);
- the common words' lemmas the training sentences use often (no names).

The weights live in a JSON file (``rules/models/sentence-class.json``), read
once per process. Standardisation is folded into the weights when the file is
read, so a sentence costs one small matrix-vector product.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from collections.abc import Iterable
from typing import Any

import numpy as np

from .errors import ConfigError
from .resources import builtin_rules_dir

RULE_CLASSES = ("process", "evaluation", "impact", "other")
"""The rule classifier's classes, in the order of the one-hot feature."""

TENSOR_DIMS = 96
"""Width of a row of ``doc.tensor`` in the small English model."""

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\([^)]*\)")
_WORDS = re.compile(r"[a-z]+")
# the few words of a reason that name the test; the rest name the word it matched
_REASON_WORDS = frozenset(
    "a an the child is was be been not negated process verb about work what did said of practice dated event "
    "consequence for reported view auditor's auditors record does say people doing quality drift or delay world "
    "own words outcomes effect named labelled state without time passes duration since no evidence direct tool "
    "with passive question".split()
)


@lru_cache(maxsize=4096)
def reason_key(reason: str) -> str:
    """The kind of test a rule reason names: ``"process: process verb 'see'"`` -> ``"process: process verb"``.
    (Kept per reason string: a few hundred reasons come back sentence after sentence, and the two regular
    expressions were a tenth of a sentence's scoring.)"""
    kind, _, rest = reason.partition(":")
    words = [w for w in _WORDS.findall(_QUOTED.sub(" ", rest.lower())) if w in _REASON_WORDS]
    return f"{kind.strip()}: {' '.join(words[:4])}".strip()


def sentence_tensor(sent: Any) -> np.ndarray:
    """The sentence's rows of ``doc.tensor`` (a view or a spaCy span)."""
    doc = sent.doc
    tensor = getattr(doc, "spacy", doc).tensor
    rows = tensor[sent.start : sent.end]
    if rows.shape[0] == 0 or rows.shape[1] != TENSOR_DIMS:
        return np.zeros((1, TENSOR_DIMS), dtype=np.float32)
    return rows


def parse_facts(sent: Any, child_mentioned: bool) -> list[float]:
    """Child mentioned, a modal verb, a negation: three 0/1 features read from the parse."""
    modal = negation = 0.0
    for t in sent:
        if t.tag_ == "MD":
            modal = 1.0
        if t.dep_ == "neg":
            negation = 1.0
    return [1.0 if child_mentioned else 0.0, modal, negation]


def sentence_lemmas(sent: Any) -> tuple[str, ...]:
    """The sentence's distinct lower-case lemmas of common words: no proper nouns, so no names
    and no child reference (whether the child is mentioned is a parse fact of its own)."""
    return tuple(sorted({t.lemma_.lower() for t in sent if t.is_alpha and t.pos_ != "PROPN" and t.lower_ != "xxxx"}))


def _lemmas_and_facts(sent: Any, child_mentioned: bool) -> tuple[tuple[str, ...], list[float]]:
    """:func:`sentence_lemmas` and :func:`parse_facts` in one pass over the sentence's tokens."""
    lemmas: set[str] = set()
    modal = negation = 0.0
    for t in sent:
        if t.is_alpha and t.pos_ != "PROPN" and t.lower_ != "xxxx":
            lemmas.add(t.lemma_.lower())
        if t.tag_ == "MD":
            modal = 1.0
        if t.dep_ == "neg":
            negation = 1.0
    return tuple(sorted(lemmas)), [1.0 if child_mentioned else 0.0, modal, negation]


FEATURE_BLOCKS = ("rules", "reasons", "mean", "max", "parse", "lemmas")
"""The blocks a model may use, in the order they are laid out."""


def assemble(blocks: tuple[str, ...], vocab: dict[str, dict[str, int]], rule_cls: str, reason_keys: Iterable[str],
             mean: np.ndarray | None, top: np.ndarray | None, facts: list[float], lemmas: Iterable[str]) -> np.ndarray:
    """One sentence's unstandardised feature vector from its pieces, blocks in :data:`FEATURE_BLOCKS`
    order; ``vocab`` maps each reason kind and lemma the model knows to its place in its block.
    Training (:mod:`auditlint.sentence_training`) and inference both build rows here."""
    parts: list[np.ndarray] = []
    for block in FEATURE_BLOCKS:
        if block not in blocks:
            continue
        if block == "rules":
            parts.append(np.array([1.0 if rule_cls == c else 0.0 for c in RULE_CLASSES]))
        elif block in ("reasons", "lemmas"):
            index = vocab[block]
            v = np.zeros(len(index))
            for k in reason_keys if block == "reasons" else lemmas:
                at = index.get(k)
                if at is not None:
                    v[at] = 1.0
            parts.append(v)
        elif block == "mean":
            parts.append(mean)
        elif block == "max":
            parts.append(top)
        elif block == "parse":
            parts.append(np.array(facts))
    return np.concatenate(parts) if parts else np.zeros(0)


def raw_features(sent: Any, rule_cls: str, reasons: tuple[str, ...], child_mentioned: bool,
                 blocks: tuple[str, ...], vocab: dict[str, dict[str, int]]) -> np.ndarray:
    """One sentence's unstandardised feature vector, read from its parse and the rules' answer."""
    mean = top = None
    if "mean" in blocks or "max" in blocks:
        rows = sentence_tensor(sent).astype(np.float64)
        mean, top = rows.mean(axis=0), rows.max(axis=0)
    lemmas = sentence_lemmas(sent) if "lemmas" in blocks else ()
    facts = parse_facts(sent, child_mentioned) if "parse" in blocks else []
    return assemble(blocks, vocab, rule_cls, {reason_key(r) for r in reasons}, mean, top, facts, lemmas)


class SentenceModel:
    """Weights read from a model file: classes, feature blocks, vocabularies, and a linear layer
    whose input standardisation is already folded in."""

    def __init__(self, data: dict[str, Any], source: str = ""):
        self.source = source
        self.classes: tuple[str, ...] = tuple(data["classes"])
        self.blocks: tuple[str, ...] = tuple(data["features"]["blocks"])
        feats = data["features"]
        self.vocab = {b: {k: i for i, k in enumerate(feats.get(f"{b}_vocabulary", ()))} for b in ("reasons", "lemmas")}
        self.keep_other: bool = bool(data.get("keep_other", True))
        self.min_confidence: float = float(data.get("min_confidence", 0.0))
        # how sure the model must be to make a sentence process (AL201 fires on process): a file without
        # the key uses one threshold for every class
        self.min_confidence_process: float = float(data.get("min_confidence_process", self.min_confidence))
        # how sure the model must be to move a sentence the rules class ``other`` (no process, judgement or
        # impact found) to evaluation or impact, never to process: a follow-up the rules cannot read ("Once
        # in a whole term?") still answers the "so what?" of the sentence before it. A file without the key
        # keeps ``other`` as it is.
        other = data.get("min_confidence_other")
        self.min_confidence_other: float | None = None if other is None else float(other)
        mean = np.asarray(data["standardise"]["mean"], dtype=np.float64)
        scale = np.asarray(data["standardise"]["scale"], dtype=np.float64)
        w = np.asarray(data["weights"], dtype=np.float64)  # classes x features, on standardised input
        b = np.asarray(data["bias"], dtype=np.float64)
        self.w = w / scale
        self.b = b - self.w @ mean
        # where each block's columns start: the one-hot blocks add columns, the dense ones a product
        widths = {"rules": len(RULE_CLASSES), "reasons": len(self.vocab["reasons"]), "mean": TENSOR_DIMS,
                  "max": TENSOR_DIMS, "parse": 3, "lemmas": len(self.vocab["lemmas"])}
        self.at: dict[str, int] = {}
        start = 0
        for block in FEATURE_BLOCKS:
            if block in self.blocks:
                self.at[block] = start
                start += widths[block]
        if start != self.w.shape[1]:
            raise ValueError(f"{source}: the weights have {self.w.shape[1]} columns, the features {start}")
        self._wt = np.ascontiguousarray(self.w.T)  # one row per feature: a feature that is on adds its row
        self._rows: list[list[float]] = self._wt.tolist()
        self._bias: list[float] = self.b.tolist()

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """The class probabilities of a whole feature vector (as :func:`raw_features` builds it)."""
        return _softmax(self.w @ x + self.b)

    def scores(self, sent: Any, rule_cls: str, reasons: tuple[str, ...], child_mentioned: bool) -> list[float]:
        """``w @ raw_features(...) + b`` without building the vector, in plain floats: each one-hot
        feature that is on adds its row of the transposed weights, the parse facts theirs, and the
        tensor mean comes from the doc's rows projected once (:meth:`_tensor_part`)."""
        at, rows = self.at, self._rows
        z = list(self._bias)
        cols: list[int] = []
        if "rules" in at:
            cols.append(at["rules"] + RULE_CLASSES.index(rule_cls))
        if "reasons" in at:
            index = self.vocab["reasons"]
            cols += [at["reasons"] + index[k] for k in {reason_key(r) for r in reasons} if k in index]
        lemmas, facts = _lemmas_and_facts(sent, child_mentioned) if "lemmas" in at and "parse" in at else (None, None)
        if "lemmas" in at:
            index = self.vocab["lemmas"]
            cols += [at["lemmas"] + index[k] for k in (sentence_lemmas(sent) if lemmas is None else lemmas) if k in index]
        if "parse" in at:
            cols += [at["parse"] + i for i, on in enumerate(parse_facts(sent, child_mentioned) if facts is None else facts) if on]
        for c in cols:  # (each class's sum in the same order as one += per class: the same floats)
            z = [a + b for a, b in zip(z, rows[c])]
        for part in (self._tensor_part(sent, "mean"), self._tensor_part(sent, "max")):
            if part is not None:
                z = [a + b for a, b in zip(z, part)]
        return z

    def _tensor_part(self, sent: Any, block: str) -> list[float] | None:
        """The tensor block's share of the scores. For the mean, the doc's rows are multiplied by the
        block's weights once per doc and summed cumulatively, so a sentence costs one subtraction."""
        if block not in self.at:
            return None
        w = self._wt[self.at[block] : self.at[block] + TENSOR_DIMS]
        if block == "max":
            return (sentence_tensor(sent).max(axis=0) @ w).tolist()
        doc = sent.doc
        key = ("auditlint.sentence_model", id(self))
        cum = doc.user_data.get(key)
        if cum is None:
            tensor = getattr(doc, "spacy", doc).tensor
            if tensor.ndim != 2 or tensor.shape[1] != TENSOR_DIMS or tensor.shape[0] != len(doc):
                tensor = np.zeros((len(doc), TENSOR_DIMS))
            proj = tensor.astype(np.float64) @ w
            # row 0 zeros, row k the sum of the first k rows; only the sentences' two rows are read as floats
            cum = np.zeros((proj.shape[0] + 1, w.shape[1]))
            np.cumsum(proj, axis=0, out=cum[1:])
            doc.user_data[key] = cum
        n = sent.end - sent.start
        if n <= 0:
            return None
        hi, lo = cum[sent.end].tolist(), cum[sent.start].tolist()
        return [(h - l) / n for h, l in zip(hi, lo)]

    def predict(self, sent: Any, rule_cls: str, reasons: tuple[str, ...], child_mentioned: bool) -> tuple[str, float]:
        """The model's class for the sentence and its probability, or the rules' class when the model
        is less sure of its own than ``min_confidence`` (``min_confidence_process`` when its class is
        process, the class AL201 fires on). A sentence the rules class ``other`` (no
        process, judgement or impact found) stays ``other`` unless the model is at least
        ``min_confidence_other`` sure it is evaluation or impact (never process: the model was trained
        on the sentences the rules gave one of the three classes)."""
        other = rule_cls not in RULE_CLASSES[:3] and self.keep_other
        if other and self.min_confidence_other is None:
            return rule_cls, 1.0
        z = self.scores(sent, rule_cls, reasons, child_mentioned)
        top = max(z)
        k = z.index(top)
        p = 1.0 / sum(math.exp(v - top) for v in z)
        if other:
            keep = self.classes[k] == "process" or p < self.min_confidence_other  # type: ignore[operator]
            return (rule_cls, p) if keep else (self.classes[k], p)
        if p < (self.min_confidence_process if self.classes[k] == "process" else self.min_confidence):
            return rule_cls, p
        return self.classes[k], p


def _softmax(z: np.ndarray) -> np.ndarray:
    z = np.exp(z - z.max())
    return z / z.sum()


MODEL_DIR = "models"
"""Where the bundled model files live, inside the rules folder."""


def model_path(name: str) -> Path:
    """A model by name (``sentence-class`` -> ``rules/models/sentence-class.json``) or by file path."""
    p = Path(name)
    if p.suffix == ".json" or len(p.parts) > 1:
        return p
    return builtin_rules_dir() / MODEL_DIR / f"{name}.json"


@lru_cache(maxsize=8)
def load_model(name: str) -> SentenceModel | None:
    """The model ``name`` refers to, read once per process; ``none`` (or an empty name) is no model."""
    if not name or name.strip().lower() == "none":
        return None
    path = model_path(name)
    try:
        return SentenceModel(json.loads(path.read_text(encoding="utf-8")), source=str(path))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(
            f"{path}: not a sentence model written by `python -m auditlint.sentence_training` ({type(exc).__name__}: {exc})"
        ) from None
