"""The generic lexicon rule type: find the entries of a named lexicon in the
auditor's own words, and report each with the entry's severity and advice.

Used by AL401 (emotive.yml) and meant for AL502 (jargon.yml) and any other
"this word, say that instead" rule. :class:`LexiconMatcher` is the matching
engine; the tone types in :mod:`.tone` use it for their own lexicons.

How entries match
-----------------
* A single word matches a token whose lower-case form or lemma equals the
  entry's word or its ``lemma_field`` ("appalled" also finds "Appalled").
  A word written in capitals in the lexicon ("LAC", "SW") is an
  abbreviation and matches only as written (plural "s" allowed).
* A phrase (several words, or a hyphenated word) matches token by token, each
  token on its form or lemma. The phrase is lemmatised with the same pipeline
  as the text, so "fail to engage" also finds "failed to engage". Hyphens and
  spaces are alike ("short-staffed" = "short staffed"), curly and straight
  apostrophes are alike, "a"/"an" are alike. A two-word phrasal verb ("let
  down") also matches when split by its object ("let XXXX down").
* ``pos_field`` restricts a single word to a part of speech. ``pos_mode:
  loose`` lets an ADJ entry match a participle the tagger calls VERB
  ("shocking", "appalled"), and a NOUN entry a PROPN.
* ``derive_adverbs`` lets an ADJ entry also match its -ly adverb
  ("appalling" -> "Appallingly, ...", "terrible" -> "terribly").
* ``phrase_gaps`` lets up to that many adverbs or adjectives stand inside a
  phrase ("could not even be bothered", "missed the obvious signs").
"""

from __future__ import annotations

import itertools

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .. import nlp as _nlp
from ..docview import doc_of
from ..errors import ConfigError
from ..text import in_quotes
from . import register
from .analysis.cues import doc_lower
from .base import AuditContext, Hit, Params, RuleType

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from ..lexicons import LexiconStore
    from ..model import TextBlock

PARTICLES = frozenset("down up off aside out away over back on in around about".split())
_POS_LOOSE = {
    "ADJ": {"ADJ", "VERB"},
    "NOUN": {"NOUN", "PROPN"},
    "VERB": {"VERB", "AUX"},
    "ADV": {"ADV"},
}
_ARTICLES = {"a": "a", "an": "a"}

_MATCHER_NUMBERS = itertools.count()  # each matcher's own key in a Doc's user_data


# word -> its :func:`norm` form, shared by every Doc of the process (bounded): the rules ask for the same
# few thousand words' forms hundreds of thousands of times
_NORMS: dict[str, str] = {}


def norm(s: str) -> str:
    """Lower-case with curly apostrophes straightened: the form every comparison uses."""
    got = _NORMS.get(s)
    if got is None:
        if len(_NORMS) >= 200_000:
            _NORMS.clear()
        low = s.lower().replace("’", "'").replace("‘", "'")
        got = _NORMS[s] = _ARTICLES.get(low, low)
    return got


def token_forms(t: Token) -> frozenset[str]:
    """The token's text and lemma, normalised (:func:`norm`)."""
    return _forms(t.text, t.lemma_)


_DOC_KEYS = "auditlint.lexicon.keys"


class _DocKeys:
    """What every matcher reads of a Doc, computed once per Doc and shared by all
    of them (kept in ``doc.user_data``, so it goes with the Doc): each token's
    forms (:func:`token_forms`), and the tokens that are not hyphens with their
    forms and parts of speech."""

    __slots__ = ("forms", "texts", "idx", "keys", "pos", "text", "_at", "_key_at", "_exact_at", "_present")

    def __init__(self, doc: Doc):
        toks = getattr(doc, "tokens", None)  # a DocView's token list: no spaCy Token objects made
        if toks is None:
            toks = list(doc)
        self.texts = texts = [t.text for t in toks]
        # the forms index from the one the sentence analysis keeps of the same Doc (lower-case words and lemmas,
        # :func:`.analysis.cues.doc_lower`, most often made already): the tokens' forms are read only where a
        # matcher needs them (:class:`_LazyForms`)
        low = doc_lower(doc)
        self.forms = _LazyForms(texts, low.lemma)
        self.text = text = doc.text
        self._at = _normed(low.where, "’" in text or "‘" in text)
        if "-" in texts or "‐" in texts:
            self.idx = [i for i, text in enumerate(texts) if text not in ("-", "‐")]
            self.keys = _LazyForms(texts, low.lemma, self.idx)
            self.pos = [toks[i].pos_ for i in self.idx]
        else:  # no hyphen (most paragraphs): every token is a key
            self.idx = list(range(len(texts)))
            self.keys = self.forms
            self.pos = [t.pos_ for t in toks]
        self._key_at = self._exact_at = self._present = None

    def present(self, table: dict[str, list[int]]) -> set[int]:
        """The matchers (their numbers) with a key (``LexiconMatcher._anykeys``) among the Doc's forms, by ``table``
        (:data:`_MATCHER_TABLE`): one pass over the Doc's forms answers every matcher, instead of one set test per
        matcher. Kept for the table it was built from (a new table, when a matcher is added, builds it again)."""
        got = self._present
        if got is None or got[0] is not table:
            found: set[int] = set()
            for f in table.keys() & self._at.keys():
                found.update(table[f])
            got = self._present = (table, found)
        return got[1]

    # Inverted indexes, built on first use: a matcher intersects its own table with
    # them and visits only the tokens that can match, not every token of the Doc.
    @property
    def at(self) -> dict[str, list[int]]:
        """form -> indices of the tokens with that form."""
        return self._at

    @property
    def key_at(self) -> dict[str, list[int]]:
        """form -> positions in ``keys`` (the tokens that are not hyphens) with that form."""
        if self._key_at is None:
            if self.keys is self.forms:
                self._key_at = self.at
            else:  # a token's place among the keys: its index less the hyphens before it
                hyphens = [i for i, text in enumerate(self.texts) if text in ("-", "‐")]
                skip = set(hyphens)
                key_at: dict[str, list[int]] = {}
                for f, found in self.at.items():
                    places = [i - bisect_left(hyphens, i) for i in found if i not in skip]
                    if places:
                        key_at[f] = places
                self._key_at = key_at
        return self._key_at

    def exact_hits(self, exact: dict) -> list[int]:
        """Indices of the tokens that could be an abbreviation entry of ``exact`` (:func:`_exact_key`)."""
        if self._exact_at is None:
            # each token under its text and under its text less the last character (plural "s" and the like)
            at: dict[str, list[int]] = {}
            for i, text in enumerate(self.texts):
                if text.islower():  # an entry has two capitals or more (_is_abbrev): a lower-case word is none
                    continue
                text = text.replace("’", "'")
                at.setdefault(text, []).append(i)
                if text[:-1] != text:
                    at.setdefault(text[:-1], []).append(i)
            self._exact_at = at
        at = self._exact_at
        return [i for key in exact.keys() & at.keys() for i in at[key]]


class _LazyForms:
    """``forms[i]`` is the i-th token's forms (:func:`_forms`), worked out when first asked for."""

    __slots__ = ("texts", "lemmas", "got", "idx")

    def __init__(self, texts: list[str], lemmas: list[str], idx: list[int] | None = None):
        self.texts, self.lemmas, self.idx = texts, lemmas, idx  # with ``idx``: ``forms[k]`` is token ``idx[k]``'s
        self.got: list[frozenset[str] | None] = [None] * (len(texts) if idx is None else len(idx))

    def __getitem__(self, k: int) -> frozenset[str]:
        f = self.got[k]
        if f is None:
            i = k if self.idx is None else self.idx[k]
            f = self.got[k] = _forms(self.texts[i], self.lemmas[i])
        return f

    def __len__(self) -> int:
        return len(self.got)


def _normed(where: dict[str, list[int]], curly: bool) -> dict[str, list[int]]:
    """form (:func:`norm`) -> indices, from lower-case word or lemma -> indices: only "an" (read as "a") and,
    in a text that has them, words with curly apostrophes are told apart by :func:`norm`."""
    at = dict(where)
    odd = [k for k in at if "’" in k or "‘" in k] if curly else []
    if "an" in at:
        odd.append("an")
    for k in odd:
        found = at.pop(k)
        key = norm(k)
        got = at.get(key)
        at[key] = found if got is None else sorted({*got, *found})
    return at


# (text, lemma) -> the token's forms, shared by every Doc of the process (bounded)
_FORMS: dict[tuple[str, str], frozenset[str]] = {}


def _forms(text: str, lemma: str) -> frozenset[str]:
    got = _FORMS.get((text, lemma))
    if got is None:
        if len(_FORMS) >= 200_000:
            _FORMS.clear()
        got = _FORMS[(text, lemma)] = frozenset((norm(text), norm(lemma)))
    return got


# form -> the numbers of the matchers' key sets (``LexiconMatcher._anykeys``: a Doc with none of a matcher's keys has
# no match of it) that hold that form, for every matcher that has been asked to match; replaced by a new table, never
# changed, when a key set is added (:meth:`_DocKeys.present`). A key set is listed once, however many matchers have it
# (an engine built again for the same lexicons adds nothing).
_MATCHER_TABLE: dict[str, list[int]] = {}
_KEY_SETS: dict[frozenset[str], int] = {}  # a key set -> its number in the table


def _key_set_number(keys: Iterable[str]) -> int:
    global _MATCHER_TABLE
    keys = frozenset(keys)
    number = _KEY_SETS.get(keys)
    if number is None:
        number = len(_KEY_SETS)
        table = {f: list(got) for f, got in _MATCHER_TABLE.items()}
        for f in keys:
            table.setdefault(f, []).append(number)
        _MATCHER_TABLE = table
        _KEY_SETS[keys] = number
    return number


def doc_keys(doc: Doc) -> _DocKeys:
    keys = doc.user_data.get(_DOC_KEYS)
    if keys is None:
        keys = doc.user_data[_DOC_KEYS] = _DocKeys(doc)
    return keys


def _is_hyphen(t: Token) -> bool:
    return t.text in ("-", "‐")  # a hyphen, not a dash between clauses


def _is_abbrev(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# --------------------------------------------------------------------------
# Lexicon references and entries
# --------------------------------------------------------------------------
def lexicon_part(store: LexiconStore, ref: str, default_lexicon: str | None = None) -> Any:
    """``"name:key"`` (or ``"key"`` of ``default_lexicon``, or ``"name"``) -> that part of a lexicon."""
    if ":" in ref:
        name, key = ref.split(":", 1)
    elif default_lexicon is not None:
        name, key = default_lexicon, ref
    else:
        name, key = ref, ""
    data = store.get(name)
    if not key:
        return data
    if not isinstance(data, dict) or key not in data:
        raise ConfigError(f"lexicon {name!r} has no key {key!r}")
    return data[key]


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: ``term`` as written, the raw mapping in ``data``."""

    term: str
    data: dict = field(default_factory=dict, hash=False, compare=False)
    source: str = ""


def entries_from(items: Any, term_field: str = "word", source: str = "") -> list[Entry]:
    """Entries from a lexicon list: mappings (term in ``term_field``) or plain strings."""
    out: list[Entry] = []
    for it in items or []:
        if isinstance(it, dict):
            term = it.get(term_field)
            if term is None:
                raise ConfigError(f"lexicon {source or '?'}: an entry has no {term_field!r}: {it}")
            out.append(Entry(str(term), it, source))
        elif it is not None:
            out.append(Entry(str(it), {}, source))
    return out


@dataclass
class Match:
    """A found entry: token indices ``start``..``end`` (exclusive) in the Doc."""

    start: int
    end: int
    entry: Entry
    how: str = "entry"  # entry | adverb | intensified

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@dataclass
class _Phrase:
    forms: list[set[str]]
    entry: Entry
    phrasal: bool = False  # verb + particle, may be split by an object
    article: bool = False  # "a" + noun: the noun may carry modifiers ("an absolute joke")


class LexiconMatcher:
    """Finds lexicon entries in a parsed Doc (see the module docstring).

    Tables are built when the rule is set up; the phrases are lemmatised the
    first time a text is checked (so loading rules needs no NLP model), once
    per process. The last Doc's matches are cached.
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        *,
        lemma_field: str | None = None,
        pos_field: str | None = None,
        match_field: str | None = None,
        pos_mode: Literal["loose", "strict", "off"] = "loose",
        derive_adverbs: bool = False,
        gaps: int = 0,
    ):
        self.pos_mode = pos_mode
        self.gaps = gaps
        self.words: dict[str, list[tuple[Entry, str | None]]] = {}
        self.exact: dict[str, list[Entry]] = {}
        self._phrase_src: list[tuple[Entry, list[str]]] = []
        self._phrases: dict[str, list[_Phrase]] | None = None
        # this matcher's matches in a Doc live in the Doc's user_data: they go with the Doc, and a
        # long-running process (the web app) keeps no Doc alive after its request
        self._memo_key = ("auditlint.matches", next(_MATCHER_NUMBERS))
        self._listed: set[str] | None = None  # the keys listed in ``_MATCHER_TABLE`` for this matcher, and their number
        self._listed_number = -1
        self._cover: tuple | None = None
        self._anchors: dict[str, list[_Phrase]] = {}
        self.entries: list[Entry] = []
        for e in entries:
            self.entries.append(e)
            pos = str(e.data.get(pos_field) or "").upper() if pos_field else ""
            pos = None if pos in ("", "PHRASE") else pos
            forms = [e.term]
            if lemma_field and e.data.get(lemma_field):
                forms.append(str(e.data[lemma_field]))
            how = str(e.data.get(match_field) or "").lower() if match_field else ""
            texts = [" ".join(f.split()) for f in forms if f and f.strip()]
            multi = how == "phrase" or any(" " in f or "-" in f[1:-1] or "'" in f or "’" in f for f in texts)
            if multi:
                self._phrase_src.append((e, texts))
                continue
            for f in texts:
                if _is_abbrev(f) and f == e.term:
                    self.exact.setdefault(f, []).append(e)
                    continue
                self.words.setdefault(norm(f), []).append((e, pos))
                if derive_adverbs and (pos == "ADJ" or pos is None and f.endswith(("ful", "ing", "ous", "ble", "ic", "ed"))):
                    for adv in _adverbs(norm(f)):
                        self.words.setdefault(adv, []).append((e, "ADV*"))
        self._wordkeys = set(self.words)  # a set, not a frozenset: ``&`` with a dict's keys then walks the smaller
        self._anykeys = self._wordkeys  # with the phrases' anchors (:meth:`_compile`): a Doc with none has no match
        if self._phrase_src:
            _nlp.want_phrases(t for _, texts in self._phrase_src for t in texts)

    # -- compiling -------------------------------------------------------
    def _compile(self) -> dict[str, list[_Phrase]]:
        if self._phrases is not None:
            return self._phrases
        index: dict[str, list[_Phrase]] = {}
        seen_ph: set[int] = set()
        flat = [(e, t) for e, texts in self._phrase_src for t in texts]
        docs = _nlp.phrase_docs([t for _, t in flat]) if flat else []
        seen: set[tuple] = set()
        for (entry, _text), doc in zip(flat, docs):
            toks = [t for t in doc if not _is_hyphen(t)]
            if not toks:
                continue
            forms = [token_forms(t) for t in toks]
            key = (entry.term, tuple(tuple(sorted(f)) for f in forms))
            if key in seen:
                continue
            seen.add(key)
            phrasal = len(toks) == 2 and toks[0].pos_ in ("VERB", "AUX") and norm(toks[1].text) in PARTICLES
            article = len(toks) >= 2 and forms[0] == {"a"}
            ph = _Phrase(forms, entry, phrasal, article)
            for f in forms[0]:
                index.setdefault(f, []).append(ph)
            if article:  # also indexed by the noun, checked for its article below
                for f in forms[1]:
                    index.setdefault(f, []).append(ph)
        # each phrase also under the forms of one of its words, the one least likely in a paragraph (not "as",
        # "a", "to"): a phrase can match only if the Doc has that word, so the Doc's forms met with these keys
        # give the few phrases worth a closer look (:meth:`_viable`), not every phrase that starts with "as"
        anchors: dict[str, list[_Phrase]] = {}
        for phs in index.values():
            for ph in phs:
                if id(ph) not in seen_ph:
                    seen_ph.add(id(ph))
                    for f in min(ph.forms, key=_commonness):
                        anchors.setdefault(f, []).append(ph)
        self._anchors = anchors
        self._anykeys = self._wordkeys | anchors.keys()
        self._phrases = index
        return index

    def _viable(self, dk: _DocKeys, index: dict[str, list[_Phrase]]) -> dict[str, list[_Phrase]]:
        """First word -> the phrases of ``index`` (in its order) each of whose words has a form in the Doc,
        for the first words that stand in the Doc (not as a hyphen)."""
        at = dk.at
        absent = at.keys().isdisjoint  # a form set none of whose forms is in the Doc
        ok: set[int] = set()
        firsts: set[str] = set()
        for f in self._anchors.keys() & at.keys():
            for ph in self._anchors[f]:
                if id(ph) not in ok and not any(map(absent, ph.forms)):
                    ok.add(id(ph))
                    firsts.update(ph.forms[0])
                    if ph.article:
                        firsts.update(ph.forms[1])
        if not firsts:  # (no phrase has all its words in the Doc: the key table need not be made)
            return {}
        viable: dict[str, list[_Phrase]] = {}
        for k in firsts & dk.key_at.keys():
            phs = [ph for ph in index[k] if id(ph) in ok]
            if phs:
                viable[k] = phs
        return viable

    # -- matching --------------------------------------------------------
    def _pos_ok(self, t: Token, pos: str | None) -> bool:
        if pos is None or self.pos_mode == "off":
            return True
        if pos == "ADV*":
            return t.pos_ == "ADV" or t.tag_ == "RB"
        if self.pos_mode == "strict":
            return t.pos_ == pos
        return t.pos_ in _POS_LOOSE.get(pos, {pos})

    def token_entries(self, t: Token) -> list[tuple[Entry, str]]:
        """Single-word entries this token matches, with how ('entry' or 'adverb')."""
        return self._entries(t, token_forms(t))

    def _entries(self, t: Token, forms: frozenset[str]) -> list[tuple[Entry, str]]:
        """:meth:`token_entries`, given the token's forms (read from the Doc's table by :meth:`_doc_matches`)."""
        out: list[tuple[Entry, str]] = []
        seen: set[int] = set()
        for f in forms:
            for e, pos in self.words.get(f, ()):
                if id(e) not in seen and self._pos_ok(t, pos):
                    seen.add(id(e))
                    out.append((e, "adverb" if pos == "ADV*" else "entry"))
        text = t.text.replace("’", "'")
        for key in (text, text[:-1] if text.endswith("s") else None):
            for e in self.exact.get(key or "", ()):
                if id(e) not in seen:
                    seen.add(id(e))
                    out.append((e, "entry"))
        return out

    def _doc_matches(self, doc: Doc) -> list[Match]:
        memo = doc.user_data
        got = memo.get(self._memo_key)
        if got is not None:
            return got
        found: list[Match] = []
        dk = doc_keys(doc)
        words, exact = self._wordkeys, self.exact
        index = self._compile() if self._phrase_src else {}
        # (an abbreviation the text does not hold is none of its tokens)
        exact = exact if exact and any(k in dk.text or "'" in k for k in exact) else None
        if not exact:
            if self._listed is not self._anykeys:  # (the first time, or keys changed: the table lists them as they are)
                self._listed_number = _key_set_number(self._anykeys)
                self._listed = self._anykeys
            if self._listed_number not in dk.present(_MATCHER_TABLE):  # (most matchers, in most paragraphs)
                memo[self._memo_key] = found
                return found
        # only a token with a form in the word table (or an abbreviation) can match
        hits: set[int] = set()
        if words:
            at = dk.at
            for f in words & at.keys():
                hits.update(at[f])
        if exact:
            hits.update(dk.exact_hits(exact))
        forms = dk.forms
        for i in sorted(hits):
            for e, how in self._entries(doc[i], forms[i]):
                found.append(Match(i, i + 1, e, how))
        if index:
            toks = _LazyTokens(doc, dk.idx)
            keys = dk.keys
            # a phrase can match only if the Doc has some form of each of its words: the others
            # (most of them, for phrases that start with "as", "in", "a") are not tried at all
            viable = self._viable(dk, index)
            starts: set[int] = set()
            for k in viable:
                starts.update(dk.key_at[k])
            for p in sorted(starts):
                ks = keys[p]
                cands: list[_Phrase] = []
                for k in ks:
                    cands += viable.get(k, ())
                done: set[int] = set()
                for ph in cands:
                    if id(ph) in done:
                        continue
                    done.add(id(ph))
                    n = len(ph.forms)
                    end = _match_seq(dk.pos, keys, p, ph.forms, self.gaps)
                    if end is not None:
                        found.append(Match(toks[p].i, toks[end].i + 1, ph.entry, "entry"))
                    elif ph.article and keys[p] & ph.forms[1] and p + n - 1 <= len(toks) and all(
                        keys[p + j - 1] & ph.forms[j] for j in range(1, n)
                    ):
                        noun = toks[p]
                        dets = [c for c in noun.children if c.dep_ == "det" and norm(c.text) == "a" and c.i < noun.i]
                        if dets:
                            found.append(Match(dets[0].i, toks[p + n - 2].i + 1, ph.entry, "entry"))
                    elif ph.phrasal:
                        verb = toks[p]
                        for c in verb.children:
                            if c.dep_ == "prt" and token_forms(c) & ph.forms[1] and c.i > verb.i:
                                found.append(Match(verb.i, c.i + 1, ph.entry, "entry"))
        found = _longest(found) if found else found
        memo[self._memo_key] = found
        return found

    def find(self, doc: Doc | Span) -> list[Match]:
        """Matches inside ``doc`` (a Doc or a Span), longest first at each place, no overlaps."""
        whole = doc_of(doc)  # a Span's Doc, or the Doc itself
        matches = self._doc_matches(whole)
        if whole is doc:
            return matches
        if not matches:  # (most matchers, in most paragraphs)
            return []
        return [m for m in matches if m.start >= doc.start and m.end <= doc.end]

    def matches_token(self, t: Token) -> bool:
        """True if the token is (part of) a match."""
        return t.i in self._covering(t.doc)

    def match_at(self, t: Token) -> Match | None:
        """The first match (in :meth:`find`'s order) that holds the token."""
        return self._covering(t.doc).get(t.i)

    def _covering(self, doc: Doc) -> dict[int, Match]:
        """Token index -> the first match holding it, for the Doc of the last :meth:`_doc_matches`."""
        matches = self._doc_matches(doc)
        if self._cover is None or self._cover[0] is not matches:
            at: dict[int, Match] = {}
            for m in matches:
                for i in range(m.start, m.end):
                    at.setdefault(i, m)
            self._cover = (matches, at)
        return self._cover[1]


_GAP_POS = ("ADV", "ADJ")

# Words a paragraph is likely to have: a phrase is looked up by one of its other words if it has one.
_COMMON = frozenset(
    "a an the to of in on at for with by from as and or but not no n't be is was were been being have has had do "
    "does did will would can could should may might must this that these those it its he she they them their his "
    "her we you i my our your who which what when where there than so up out off down over back about into all "
    "any some more very just also because due through without after never nothing why "
    # and the case file's own everyday words
    "worker social child children xxxx mother father family carer foster care service services plan record "
    "recorded contact visit review case work date person health manager support "
    "make made take took know known want need see give hold get go come good change update updated".split()
)


def _commonness(forms: set[str]) -> tuple[int, int]:
    """How likely a phrase word (its forms) is in a paragraph, least first: a word not in ``_COMMON``,
    the longer the better."""
    return (0 if forms.isdisjoint(_COMMON) else 1, -min(len(f) for f in forms))


def _exact_key(text: str, exact: dict) -> bool:
    """The token could be an abbreviation entry (as :meth:`LexiconMatcher.token_entries` looks them up)."""
    text = text.replace("’", "'")
    return text in exact or text[:-1] in exact


class _LazyTokens:
    """``toks[k]`` is the Doc's token at ``idx[k]``, made only when it is asked for."""

    __slots__ = ("doc", "idx")

    def __init__(self, doc: Doc, idx: list[int]):
        self.doc, self.idx = doc, idx

    def __getitem__(self, k: int) -> Token:
        return self.doc[self.idx[k]]

    def __len__(self) -> int:
        return len(self.idx)


def _match_seq(pos: list[str], keys: list[frozenset[str]], p: int, forms: list[set[str]], gaps: int) -> int | None:
    """Index (in ``keys``) of the last token of a phrase match starting at ``p``, or None.
    Up to ``gaps`` adverbs or adjectives (``pos``) may stand between the phrase's words
    ("could not even be bothered", "missed the obvious signs")."""
    if not keys[p] & forms[0]:
        return None
    q = p
    left = gaps
    for j in range(1, len(forms)):
        q += 1
        while q < len(keys) and not keys[q] & forms[j] and left > 0 and pos[q] in _GAP_POS:
            q += 1
            left -= 1
        if q >= len(keys) or not keys[q] & forms[j]:
            return None
    return q


def _adverbs(adj: str) -> list[str]:
    """The -ly adverbs of an adjective: appalling -> appallingly, terrible -> terribly, tragic -> tragically."""
    if adj.endswith("le") and len(adj) > 3:
        return [adj[:-1] + "y"]
    if adj.endswith("y"):
        return [adj[:-1] + "ily"]
    if adj.endswith("ic"):
        return [adj + "ally"]
    return [adj + "ly"]


def _longest(found: list[Match]) -> list[Match]:
    """Drop matches that sit inside a longer one; keep one match per span (of two on the same span, the
    first by term: the matches come from sets, whose order changes with the process's hash seed)."""
    found.sort(key=lambda m: (m.start, -(m.end - m.start), m.entry.term, m.how, m.entry.source))
    out: list[Match] = []
    reach = -1  # the furthest end of a kept match: every kept one starts at or before m
    for m in found:
        if m.end <= reach:
            continue
        out.append(m)
        reach = m.end
    return out


# --------------------------------------------------------------------------
# Parse helpers shared with the tone types
# --------------------------------------------------------------------------
_CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "conj", "relcl", "xcomp", "pcomp", "parataxis", "csubj", "acl"}


def head_of(doc: Doc, start: int, end: int) -> Token:
    """The token of ``doc[start:end]`` whose head lies outside it (the span's root)."""
    span = doc[start:end]
    return span.root


def described_noun(tok: Token) -> Token | None:
    """The noun an adjective (or adjective phrase) describes: its head for
    ``amod`` ("a shocking incident"), the subject for a predicate ("the
    incident was frightening"), climbing through conjunctions and adverbs."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("conj", "advmod") and t.head.i != t.i:
            t = t.head
            continue
        break
    if t.dep_ == "amod" or (t.dep_ == "compound" and t.head.pos_ in ("NOUN", "PROPN")):
        return t.head
    if t.dep_ in ("acomp", "attr", "oprd"):
        verb = t.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl"):
                return c
        return None
    return None


def child_text(text: str, child: str) -> str:
    """Advice written with XXXX for the child, in this audit's own reference."""
    return text.replace("XXXX", child) if child and child != "XXXX" else text


# --------------------------------------------------------------------------
# The rule type
# --------------------------------------------------------------------------
class Intensify(BaseModel):
    """Optional intensifier logic: an intensifier directly modifying an
    evaluative word makes it a finding ("utterly unacceptable")."""

    model_config = ConfigDict(extra="forbid")
    intensifiers: list[str] = Field(
        default_factory=list,
        description='Lexicon parts holding the intensifiers, as "lexicon:key" or "key" of the rule\'s lexicon.',
    )
    targets: list[str] = Field(
        default_factory=list,
        description='Lexicon parts holding the words that become findings when intensified ("emotive:intensified"; '
        'a verb list such as "blaming:blame_verbs" catches "utterly failed").',
    )
    severity: Literal["error", "warning", "info"] | None = Field(
        default=None, description="Severity of an intensified finding; the rule's own when not given."
    )
    suggestion: str | None = Field(
        default=None, description="Advice for an intensified finding (a template: {term}, {word}, {intensifier})."
    )


@register
class LexiconRule(RuleType):
    """Fires on each entry of a lexicon found in the auditor's own words.

    Quoted speech is skipped (``skip_quoted``). Each finding carries the
    entry's severity (``severity_field``) and advice (``suggestion_field``);
    every plain field of the entry is available to the message as
    ``{field}``, the words as written as ``{term}`` and the entry's headword
    as ``{entry}``. Optional intensifier logic (``intensify``) and context
    exclusions (``exceptions``, ``exceptions_field``, ``exclude_describing``,
    ``exclude_near``) keep fair wording from firing.
    """

    name = "lexicon"
    summary = "Lexicon entries (words or phrases) found in narrative text, with per-entry severity and advice."

    class Params(Params):
        lexicon: str = Field(description="The lexicon's name (rules/lexicons/NAME.yml).")
        entries_key: str = Field(default="entries", description="The key of the entry list in the lexicon.")
        term_field: str = Field(default="word", description="The entry field holding the word or phrase.")
        lemma_field: str | None = Field(
            default=None, description="An entry field with the dictionary form to match as well (emotive: lemma)."
        )
        match_field: str | None = Field(
            default=None, description="An entry field saying 'lemma' (one word) or 'phrase' (jargon: match)."
        )
        pos_field: str | None = Field(default=None, description="An entry field restricting the part of speech.")
        pos_mode: Literal["loose", "strict", "off"] = Field(
            default="loose", description="loose: ADJ entries also match participles tagged VERB."
        )
        severity_field: str | None = Field(default=None, description="An entry field with error | warning | info.")
        suggestion_field: str | None = Field(default=None, description="An entry field with the advice (plain).")
        exceptions_field: str | None = Field(
            default=None, description="An entry field listing longer phrases in which the match is fine (jargon)."
        )
        exceptions: list[str] = Field(
            default_factory=list, description="Phrases in which any match is fine (for every entry)."
        )
        exclude_describing: list[str] = Field(
            default_factory=list,
            description="Nouns (lemmas): a match that describes one of them is not judged "
            "(AL401: an event the child went through, 'a shocking incident').",
        )
        exclude_near: list[str] = Field(
            default_factory=list,
            description="Words or phrases that, within ``near_window`` tokens before the match, excuse it.",
        )
        near_window: int = Field(default=2, ge=1, le=10)
        literal_when_possessed: bool = Field(
            default=False,
            description="A NOUN entry with a possessor names something someone has, in its literal sense "
            "(\"XXXX's nightmares\"), and is not judged.",
        )
        derive_adverbs: bool = Field(
            default=False, description="ADJ entries also match their -ly adverb ('Appallingly, ...')."
        )
        phrase_gaps: int = Field(
            default=0, ge=0, le=3,
            description="Adverbs or adjectives allowed inside a phrase ('could not even be bothered').",
        )
        intensify: Intensify | None = None
        skip_quoted: bool = Field(default=True, description="Never judge text in quotation marks (reported speech).")
        include_actions: bool = Field(default=True, description="Also check actions, not only narrative.")

    def setup(self) -> None:
        p = self.params
        items = lexicon_part(self.lexicons, p.entries_key, p.lexicon)
        self.entries = entries_from(items, p.term_field, p.lexicon)
        self.matcher = LexiconMatcher(
            self.entries,
            lemma_field=p.lemma_field,
            pos_field=p.pos_field,
            match_field=p.match_field,
            pos_mode=p.pos_mode,
            derive_adverbs=p.derive_adverbs,
            gaps=p.phrase_gaps,
        )
        exc = [Entry(x, {}, "exceptions") for x in p.exceptions]
        self.entry_exceptions: dict[str, LexiconMatcher] = {}
        if p.exceptions_field:
            for e in self.entries:
                extra = e.data.get(p.exceptions_field) or []
                if extra:
                    self.entry_exceptions[e.term] = LexiconMatcher([Entry(str(x)) for x in extra])
        self.exceptions = LexiconMatcher(exc) if exc else None
        self.near = LexiconMatcher([Entry(x) for x in p.exclude_near]) if p.exclude_near else None
        self.describing = {norm(x) for x in p.exclude_describing}
        self.intensifiers = self.targets = None
        if p.intensify is not None:
            ints = [Entry(str(x)) for ref in p.intensify.intensifiers for x in _strings(lexicon_part(self.lexicons, ref, p.lexicon))]
            tgts = [Entry(str(x)) for ref in p.intensify.targets for x in _strings(lexicon_part(self.lexicons, ref, p.lexicon))]
            self.intensifiers = LexiconMatcher(ints)
            self.targets = LexiconMatcher(tgts)

    # -- exclusions ------------------------------------------------------
    def _excused(self, doc: Doc, m: Match) -> bool:
        for matcher in (self.exceptions, self.entry_exceptions.get(m.entry.term)):
            if matcher is not None and any(x.start <= m.start and m.end <= x.end for x in matcher.find(doc)):
                return True
        if self.near is not None:
            lo = max(0, m.start - self.params.near_window)
            if any(x.end <= m.start and x.start >= lo for x in self.near.find(doc)):
                return True
        root = head_of(doc, m.start, m.end)
        if self.params.literal_when_possessed and root.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "poss" for c in root.children
        ):
            return True
        if self.describing:
            noun = described_noun(head_of(doc, m.start, m.end))
            if noun is not None and token_forms(noun) & self.describing:
                return True
        return False

    def _intensified(self, doc: Doc) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, intensifier, word) for each intensifier modifying a target."""
        if self.intensifiers is None or self.targets is None:
            return
        targets = self.targets.find(doc)
        for im in self.intensifiers.find(doc):
            tok = doc[im.start]
            if tok.pos_ not in ("ADV", "ADJ") and tok.tag_ != "RB":
                continue
            hit = None
            for tm in targets:
                if tm.start <= tok.head.i < tm.end and tm.start > tok.i or tm.start == im.end:
                    hit = tm
                    break
            if hit is not None:
                yield im.start, hit.end, doc[im.start : im.end].text, doc[hit.start : hit.end].text

    # -- checking --------------------------------------------------------
    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        p = self.params
        for block, dom, section in ctx.audit.placed_blocks(actions=p.include_actions):
            if not block.text.strip():
                continue
            doc = ctx.doc(block)
            taken: list[tuple[int, int]] = []
            for m in self.matcher.find(doc):
                span = doc[m.start : m.end]
                a, b = span.start_char, span.end_char
                if p.skip_quoted and in_quotes(block.text, a, b):
                    continue
                if self._excused(doc, m):
                    continue
                taken.append((m.start, m.end))
                yield self._hit(ctx, block, dom, section, a, b, span.text, m.entry)
            for s, e, intens, word in self._intensified(doc):
                if any(s < te and ts < e for ts, te in taken):
                    continue
                span = doc[s:e]
                a, b = span.start_char, span.end_char
                if p.skip_quoted and in_quotes(block.text, a, b):
                    continue
                cfg = p.intensify
                values = {"term": span.text, "entry": span.text, "intensifier": intens, "word": word,
                          "plain": "", "severity": cfg.severity}
                sugg = None
                if cfg.suggestion:
                    from ..engine import render

                    sugg = child_text(render(cfg.suggestion, values), ctx.child)
                    values["plain"] = sugg
                yield Hit(block=block, start=a, end=b, domain=dom, values=values, suggestion=sugg,
                          severity=cfg.severity, section=section)

    def _hit(self, ctx: AuditContext, block: TextBlock, dom: int | None, section: str | None, a: int, b: int,
             text: str, entry: Entry) -> Hit:
        p = self.params
        values: dict[str, Any] = {k: v for k, v in entry.data.items() if isinstance(v, (str, int, float, bool))}
        values.update(term=text, entry=entry.term)
        sugg = None
        if p.suggestion_field and entry.data.get(p.suggestion_field):
            sugg = child_text(str(entry.data[p.suggestion_field]), ctx.child)
            values[p.suggestion_field] = sugg
        sev = str(entry.data.get(p.severity_field)) if p.severity_field and entry.data.get(p.severity_field) else None
        if sev not in ("error", "warning", "info"):
            sev = None
        return Hit(block=block, start=a, end=b, domain=dom, values=values, suggestion=sugg, severity=sev,
                   section=section)


def _strings(part: Any) -> list[str]:
    if isinstance(part, dict):
        part = part.get("entries", [])
    out = []
    for x in part or []:
        if isinstance(x, dict):
            for k in ("word", "cue", "phrase", "term", "lemma", "acronym", "role"):
                if x.get(k):
                    out.append(str(x[k]))
                    break
        elif x is not None:
            out.append(str(x))
    return out
