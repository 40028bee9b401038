"""Cue matching: the classifier's cue lists (``rules/lexicons/analysis-cues.yml`` plus a rule
file's extra cues, :func:`merge_cues`) compiled into :class:`CueSet` matchers (:class:`Cues`),
matched on each token's lemma or lower-case form; and what every cue set reads of a Doc,
computed once per Doc (:func:`doc_lower`)."""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import operator
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ...lexicons import LexiconStore

_UIDS = itertools.count()

_LOWER_KEY = "auditlint.analysis.lower"


_LOWER_OF, _LEMMA_OF = operator.attrgetter("lower_"), operator.attrgetter("lemma_")


class _DocLower:
    """What every cue set reads of a Doc, computed once per Doc and shared by all
    of them (kept in ``doc.user_data``): each token's lower-case form and
    lower-cased lemma, and the sentences' token ranges."""

    __slots__ = ("lower", "lemma", "sents", "_where", "_sent_end")

    @property
    def sent_end(self) -> list[int]:
        """The end of each token's sentence (built once per Doc, on first use)."""
        if self._sent_end is None:
            ends = [0] * len(self.lower)
            for lo, hi in self.sents:
                ends[lo:hi] = [hi] * (hi - lo)
            self._sent_end = ends
        return self._sent_end

    @property
    def where(self) -> dict[str, list[int]]:
        """Each lower-case form and lemma of the Doc with the tokens that have
        it: a cue set looks up its own words here instead of testing every
        token (built once per Doc, on first use)."""
        if self._where is None:
            where: dict[str, list[int]] = {}
            get = where.get
            for i, (a, b) in enumerate(zip(self.lower, self.lemma)):
                got = get(a)
                if got is None:
                    where[a] = [i]
                else:
                    got.append(i)
                if b != a:
                    got = get(b)
                    if got is None:
                        where[b] = [i]
                    else:
                        got.append(i)
            self._where = where
        return self._where

    def with_lower(self, words: Iterable[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """Indices (ascending) of the tokens in ``lo``..``hi`` (exclusive) whose lower-case form is one of
        ``words``, read from :attr:`where` instead of walking the tokens."""
        return self._with(self.lower, words, lo, len(self.lower) if hi is None else hi)

    def with_lemma(self, words: Iterable[str], lo: int = 0, hi: int | None = None) -> list[int]:
        """As :meth:`with_lower`, for the lower-cased lemma."""
        return self._with(self.lemma, words, lo, len(self.lemma) if hi is None else hi)

    def _with(self, forms: list[str], words: Iterable[str], lo: int, hi: int) -> list[int]:
        where = self.where
        out: list[int] = []
        parts = 0  # the words that gave tokens: one word's are ascending already
        for w in words:
            at = where.get(w)
            if at and at[0] < hi and at[-1] >= lo:  # ascending: only the stretch inside lo..hi is read
                k, end = bisect.bisect_left(at, lo), bisect.bisect_left(at, hi)
                got = [i for i in at[k:end] if forms[i] == w]
                if got:
                    out += got
                    parts += 1
        return sorted(out) if parts > 1 else out

    def __init__(self, doc: Doc):
        self._where = self._sent_end = None
        toks = doc.tokens if hasattr(doc, "tokens") else list(doc)  # (a DocView's token list, else spaCy's tokens)
        self.lower = list(map(_LOWER_OF, toks))  # (map with attrgetter: the loops run in C)
        self.lemma = list(map(str.lower, map(_LEMMA_OF, toks)))
        if doc.has_annotation("SENT_START"):
            self.sents = [(s.start, s.end) for s in doc.sents]
        else:
            self.sents = [(0, len(doc))]


def doc_lower(doc: Doc) -> _DocLower:
    got = doc.user_data.get(_LOWER_KEY)
    if got is None:
        got = doc.user_data[_LOWER_KEY] = _DocLower(doc)
    return got


# One CueSet per list of terms per process: rules and cue sets that hold the same
# terms share the compiled phrases and the per-Doc matches.
_CUESETS: dict[tuple[frozenset[str], tuple[str, ...]], CueSet] = {}


class CueSet:
    """One list of cues, matched on lemma (or lower-case form) with the parse.

    A single word matches a token whose lemma or lower-case form is the word.
    A phrase matches a run of tokens, each equal to the phrase's word in
    lemma or lower-case form; the phrase is lemmatised once, lazily, with the
    same pipeline as the text (all the phrases of every cue set in one
    cached call: :func:`auditlint.nlp.phrase_docs`). ``XXXX`` in a phrase
    matches a mention of the child (the ``child`` token indices passed to
    :meth:`find`).

    Cue sets of the same terms are one object (per process), so what one rule
    matched in a Doc another reuses.
    """

    def __new__(cls, terms: Iterable[str], name: str = "cues") -> CueSet:
        words: set[str] = set()
        raw: list[str] = []
        for t in terms:
            t = " ".join(str(t).split())
            if not t:
                continue
            if " " in t or ("-" in t[1:-1] and len(t) > 3) or "'" in t:
                raw.append(t)
            else:
                words.add(t.lower())
        key = (frozenset(words), tuple(dict.fromkeys(raw)))
        self = _CUESETS.get(key) if cls is CueSet else None
        if self is not None:
            return self
        self = super().__new__(cls)
        self.name = name
        self.words = words
        self._raw = list(key[1])
        self._phrases: dict[str, list[tuple[tuple[str, str], ...]]] | None = None
        self._child_phrases: dict[str, list[tuple[tuple[str, str], ...]]] = {}
        self._lemma_phrases: set[str] = set()
        self._firsts: set[str] | None = None
        self._keys: tuple[set[str], set[str], set[str]] | None = None  # (:meth:`_start_keys`)
        self._starts_memo: dict[tuple[str, str], tuple[list, dict[str, list], dict[str, list]]] = {}
        # matches are computed once per Doc (per sentence) and kept in doc.user_data under this key
        self._key = ("auditlint.cueset", next(_UIDS))
        if self._raw:
            from ... import nlp

            nlp.want_phrases(self._raw)
        if cls is CueSet:
            _CUESETS[key] = self
        return self

    def __init__(self, terms: Iterable[str], name: str = "cues"):
        pass  # built by __new__ (shared by every cue set of the same terms)

    def __bool__(self) -> bool:
        return bool(self.words or self._raw)

    def _compiled(self) -> dict[str, list[tuple[tuple[str, str], ...]]]:
        if self._phrases is None:
            from ... import nlp

            out: dict[str, list[tuple[tuple[str, str], ...]]] = {}
            child: dict[str, list[tuple[tuple[str, str], ...]]] = {}
            if self._raw:
                for doc in nlp.phrase_docs(self._raw):
                    toks = tuple((t.lower_, t.lemma_.lower()) for t in doc if not t.is_space)
                    if toks:
                        # phrases naming the child ("XXXX's plan") depend on who the child is: matched per call
                        target = child if any(w[0] == "xxxx" for w in toks) else out
                        for k in {toks[0][0], toks[0][1]}:
                            target.setdefault(k, []).append(toks)
                        self._lemma_phrases.add(" ".join(t[1] for t in toks))
                        self._lemma_phrases.add(" ".join(t[0] for t in toks))
            self._phrases, self._child_phrases = out, child
        return self._phrases

    def has(self, tok: Token) -> bool:
        w = self.words
        if not w:
            return False
        doc = tok.doc
        d = doc.user_data.get(_LOWER_KEY) or doc_lower(doc)
        i = tok.i
        return d.lower[i] in w or d.lemma[i] in w

    def has_at(self, tok: Token) -> bool:
        """``tok`` is a single-word term, or the last word of a phrase ("core group")."""
        if self.has(tok):
            return True
        if not self._raw:
            return False
        return tok.i in self._doc_matches(tok.doc)[2]

    def lemma_phrases(self) -> set[str]:
        """The phrases of the list, by their words' lemmas and by their forms (joined with spaces)."""
        if self._phrases is None:
            self._compiled()
        return self._lemma_phrases

    def phrase_firsts(self) -> set[str]:
        """Every beginning of a phrase of :meth:`lemma_phrases` that a space follows ("carry" of "carry over")."""
        if self._firsts is None:
            self._firsts = {p[:j] for p in self.lemma_phrases() for j, ch in enumerate(p) if ch == " "}
        return self._firsts

    def has_phrase_key(self, first: str, keys: Callable[[], Iterable[str]]) -> bool:
        """One of ``keys()`` (a verb with its particle or its object: "step down", "take place") is a phrase
        of the list. ``keys`` is asked only when some phrase starts with ``first`` (the verb's lemma) and a
        space: most verbs start none, and their keys are never worked out."""
        if not self._raw or first not in self.phrase_firsts():
            return False
        phrases = self.lemma_phrases()
        return any(" " in k and k in phrases for k in keys())

    def has_lemma(self, lemma: str) -> bool:
        """A lemma, or a verb with its particle ("step down"), is in the list."""
        if lemma in self.words:
            return True
        if " " in lemma and self._raw:
            self._compiled()
            return lemma in self._lemma_phrases
        return False

    def _doc_matches(self, doc: Doc) -> tuple[list[int], list[tuple[int, int]], set[int]]:
        """Every match in ``doc`` (within its sentences) that does not depend on
        the child, computed once per Doc: (starts, matches, last tokens of the
        phrases of up to six words)."""
        got = doc.user_data.get(self._key)
        if got is None:
            d = doc_lower(doc)
            matches: list[tuple[int, int]] = []
            w = self.words
            where = d.where
            if w:
                keys = where.keys() & w  # (a set intersection, in C)
                if len(keys) == 1:  # (one word's tokens are ascending already: nothing to merge)
                    matches = [(i, i + 1) for i in where[next(iter(keys))]]
                elif keys:
                    matches = [(i, i + 1) for i in sorted({i for k in keys for i in where[k]})]
            if self._raw and self._compiled():
                starts = self._phrase_starts(d)
                if starts:  # (most Docs have no place a phrase can start: the single words' matches stand)
                    found: set[tuple[int, int]] = set(matches)
                    self._scan_doc(d, starts, found)
                    if len(found) > len(matches):
                        matches = sorted(found)
            ends = {e - 1 for s, e in matches if 1 < e - s <= 6} if self._raw else set()  # (single words: none)
            got = doc.user_data[self._key] = ([m[0] for m in matches], matches, ends)
        return got

    def _start_keys(self) -> tuple[set[str], set[str], set[str]]:
        """What a phrase (not naming the child) may start with: the forms and lemmas that begin a phrase of
        one word, those that begin a longer phrase, and the forms and lemmas of the longer phrases' second words."""
        if self._keys is None:
            one: set[str] = set()
            longer: set[str] = set()
            second: set[str] = set()
            for key, phrases in self._compiled().items():
                for ph in phrases:
                    if len(ph) == 1:
                        one.add(key)
                    else:
                        longer.add(key)
                        second.update(ph[1])
            self._keys = (one, longer, second)
        return self._keys

    def _phrase_starts(self, d: _DocLower) -> list[int]:
        """The tokens of the Doc where :meth:`_scan_doc` may find a phrase, ascending. A phrase can only start
        at a token whose form or lemma begins one; a phrase of two words or more only where, besides, the next
        token's form or lemma is a second word of one. Most tokens that begin a phrase are common words ("the",
        "be", "as"), and most of them are not followed by what a phrase needs next: the scan skips them. (A
        superset of the real starts: :meth:`_scan_doc` still compares every word of every phrase it tries.)"""
        one, longer, second = self._start_keys()
        where, low, lem = d.where, d.lower, d.lemma
        keys = where.keys()
        starts = {i for k in keys & one for i in where[k]} if one else set()
        if longer:
            nexts = keys & second  # the second words the Doc has at all: with none, no longer phrase can start
            if nexts:
                last = len(low) - 1
                starts.update(i for k in keys & longer for i in where[k]
                              if i < last and (low[i + 1] in nexts or lem[i + 1] in nexts))
        return sorted(starts)

    def last_starts(self, doc: Doc) -> dict[int, int]:
        """The end of each match in ``doc`` (not naming the child) with the start of the shortest match that
        ends there (once per Doc): whether a match of at most n words ends at a token, without :meth:`find_in`."""
        key = (self._key, "last-starts")
        got = doc.user_data.get(key)
        if got is None:
            got = {}
            for s, e in self._doc_matches(doc)[1]:
                if got.get(e, -1) < s:
                    got[e] = s
            doc.user_data[key] = got
        return got

    def find(self, span: Span | Doc, child: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
        """(start, end) token indices of every match in ``span``."""
        if getattr(span, "start", None) is not None:  # a Span (a Doc has no start)
            return self.find_in(span.doc, span.start, span.end, child)
        return self.find_in(span, 0, len(span), child)

    def find_in(self, doc: Doc, lo: int, hi: int, child: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
        """:meth:`find` in the tokens ``lo``..``hi`` of ``doc`` (as ``doc[lo:hi]``, without building the span)."""
        hi = min(hi, len(doc))
        if hi < lo:
            hi = lo
        starts, matches, _ = self._doc_matches(doc)
        a = bisect.bisect_left(starts, lo)
        b = bisect.bisect_left(starts, hi, a)
        out = [m for m in matches[a:b] if m[1] <= hi] if a < b else []
        if child and self._child_phrases:
            d = doc_lower(doc)
            # a phrase naming the child starts at a mention of the child or at a token that starts one
            starts = sorted({*self._child_starts(doc, d), *(i for i in child if lo <= i < hi)})
            here = starts[bisect.bisect_left(starts, lo): bisect.bisect_left(starts, hi)]
            if here:
                found: set[tuple[int, int]] = set()
                self._scan_phrases(d, lo, hi, child, self._child_phrases, found, here)
                out = sorted(set(out) | found)
        return out

    def _child_starts(self, doc: Doc, d: _DocLower) -> list[int]:
        """Tokens of ``doc`` whose form or lemma starts a phrase naming the child (once per Doc)."""
        key = (self._key, "child-starts")
        got = doc.user_data.get(key)
        if got is None:
            where = d.where
            got = doc.user_data[key] = [i for k in self._child_phrases.keys() & where.keys() for i in where[k]]
        return got

    def _starting(self, a: str, b: str) -> tuple[list, dict[str, list], dict[str, list]]:
        """The phrases (not naming the child) that may start at a token of form ``a`` and lemma ``b``,
        kept per pair of strings: those of one word, and the longer ones by their second word (by the
        form or lemma that a token's form may equal, and by the lemma that its lemma may equal)."""
        got = self._starts_memo.get((a, b))
        if got is None:
            phrases = self._compiled()
            ca, cb = phrases.get(a), phrases.get(b) if b != a else None
            seen: dict[int, tuple[tuple[str, str], ...]] = {}
            for ph in (ca or []) + (cb or []):
                seen.setdefault(id(ph), ph)
            one: list = []
            by_form: dict[str, list] = {}
            by_lemma: dict[str, list] = {}
            for ph in seen.values():
                if len(ph) == 1:
                    one.append(ph)
                    continue
                form, lemma = ph[1]
                for key in {form, lemma}:
                    by_form.setdefault(key, []).append(ph)
                by_lemma.setdefault(lemma, []).append(ph)
            got = self._starts_memo[(a, b)] = (one, by_form, by_lemma)
        return got

    def _scan_doc(self, d: _DocLower, starts: list[int], out: set[tuple[int, int]]) -> None:
        """Add to ``out`` every phrase (not naming the child) that starts at one of ``starts`` and ends in
        the same sentence: one pass over the Doc, trying only the phrases whose first two words fit."""
        low, lem, send = d.lower, d.lemma, d.sent_end
        memo, starting = self._starts_memo, self._starting
        for i in starts:
            a, b = low[i], lem[i]
            one, by_form, by_lemma = memo.get((a, b)) or starting(a, b)
            hi = send[i]
            for ph in one:
                w0, w1 = ph[0]
                if a == w0 or b == w1 or a == w1:
                    out.add((i, i + 1))
            if i + 1 >= hi:
                continue
            for cands in (by_form.get(low[i + 1]), by_lemma.get(lem[i + 1])):
                if not cands:
                    continue
                for ph in cands:
                    n = len(ph)
                    if i + n > hi:
                        continue
                    k = i
                    for w0, w1 in ph:
                        x = low[k]
                        if not (x == w0 or lem[k] == w1 or x == w1):
                            break
                        k += 1
                    else:
                        out.add((i, i + n))

    @staticmethod
    def _scan_phrases(d: _DocLower, lo: int, hi: int, child: frozenset[int], phrases: dict,
                      out: set[tuple[int, int]], starts: Iterable[int] | None = None) -> None:
        """Add to ``out`` every phrase of ``phrases`` that starts and ends in tokens ``lo``..``hi``
        (starting only at ``starts`` when given)."""
        low, lem = d.lower, d.lemma
        xxxx = phrases.get("xxxx", ()) if child else ()
        for i in (range(lo, hi) if starts is None else starts):
            a, b = low[i], lem[i]
            ca, cb = phrases.get(a), phrases.get(b) if b != a else None
            if ca is None and cb is None and not (xxxx and i in child):
                continue
            cands = (ca or []) + (cb or [])
            if xxxx and i in child:
                cands = cands + list(xxxx)
            seen = set()
            for ph in cands:
                n = len(ph)
                if id(ph) in seen or i + n > hi:
                    continue
                seen.add(id(ph))
                for j, want in enumerate(ph):
                    k = i + j
                    if want[0] == "xxxx":
                        if k not in child:
                            break
                    elif not (low[k] == want[0] or lem[k] == want[1] or low[k] == want[1]):
                        break
                else:
                    out.add((i, i + n))

    def any(self, span: Span | Doc, child: frozenset[int] = frozenset()) -> bool:
        return bool(self.find(span, child))


_CUE_KEYS = (
    # keys of analysis-cues.yml
    "process_verbs", "process_nouns", "compliance_phrases", "impact_nouns", "impact_adjectives",
    "impact_verbs", "consequence_markers", "evaluation_markers", "deficit_cues", "strength_cues",
    "child_voice", "child_voice_reason", "direct_work_tools",
    # extra keys the classifier understands (given in a rule file's parameters.cues)
    "evaluative_adjectives_positive", "evaluative_adjectives_negative", "evaluative_nouns",
    "evaluative_adverbs", "analysis_verbs", "outcome_verbs", "consequence_verbs", "weak_impact_verbs",
    "child_speech_verbs", "change_words", "timeliness_words", "change_verbs", "child_terms", "person_nouns",
    "female_nouns", "male_nouns", "not_process_verbs", "not_impact_nouns", "judgement_phrases", "judging_words",
    "drift_phrases", "object_control_verbs", "reporting_verbs", "judgement_verbs",
    "negative_process_verbs", "negating_verbs", "family_terms", "agency_nouns", "recording_verbs",
    "occurrence_verbs", "professional_nouns", "judging_adjectives", "quality_nouns", "evidential_words",
    "status_adjectives", "quality_change_verbs", "stasis_words", "knowing_verbs", "reason_nouns",
    "standard_nouns",
)


class Cues:
    """Every cue list the classifier uses, compiled once."""

    def __init__(self, data: dict[str, list[str]]):
        self.data = data
        for key in _CUE_KEYS:
            setattr(self, key, CueSet(data.get(key, []), key))
        evaluative = CueSet(
            list(data.get("evaluative_adjectives_positive", [])) + list(data.get("evaluative_adjectives_negative", []))
            + list(data.get("judging_adjectives", [])),
            "evaluative_adjectives",
        )
        self.evaluative_adjectives = evaluative
        self.fingerprint = hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def merge_cues(lexicons: LexiconStore, lexicon: str, extra: dict[str, list[str]],
               roles_lexicon: str | None = "roles", judging_lexicons: Iterable[str] = ("emotive", "blaming")) -> dict[str, list[str]]:
    """The lexicon's lists plus a rule file's extra cues, as one mapping."""
    base = lexicons.get(lexicon) or {}
    data: dict[str, list[str]] = {}
    for key, val in base.items():
        if key == "evaluative_adjectives" and isinstance(val, dict):
            data["evaluative_adjectives_positive"] = list(val.get("positive", []))
            data["evaluative_adjectives_negative"] = list(val.get("negative", []))
        elif isinstance(val, list):
            data[key] = [str(v) for v in val]
    if roles_lexicon:
        # added to the lexicon's own lists of the same name, never replacing them
        roles = lexicons.get(roles_lexicon) or {}
        data["child_terms"] = data.get("child_terms", []) + [str(v) for v in roles.get("child_terms", [])]
        data["family_terms"] = data.get("family_terms", []) + [str(v) for v in roles.get("family_roles", [])]
        data["person_nouns"] = data.get("person_nouns", []) + [str(v) for v in roles.get("family_roles", [])] + [
            str(e["role"]) for e in roles.get("entries", []) if isinstance(e, dict) and e.get("role")
        ]
    for name in judging_lexicons:
        # single words that judge practice or a person ("appalling", "lazy") judge the practice when said of it
        lex = lexicons.get(name) or {}
        words = [str(e.get("lemma") or e.get("word")) for e in lex.get("entries", [])
                 if isinstance(e, dict) and e.get("pos", "ADJ") in ("ADJ", "NOUN")]
        words += [str(w) for w in lex.get("intensified", [])]
        data["judging_words"] = data.get("judging_words", []) + [w for w in words if " " not in w.strip()]
    for key, val in (extra or {}).items():
        data[key] = data.get(key, []) + [str(v) for v in val]
    for key in data:
        data[key] = sorted(set(data[key]), key=str.lower)
    return data
