"""The tone rule types' word lists: the tokens of a Doc or a sentence with a
form in one (:func:`tokens_with`, read from one index of the Doc's forms for
every list in use), and the plain strings a lexicon part holds
(:func:`_strings`, :func:`_refs`)."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from ...docview import doc_of
from ..lexicon import doc_keys, lexicon_part

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


_WITH_KEY = "auditlint.tone.indices_with"

# Every word list asked for so far (the rules' own lists, a few dozen, fixed by their setup) and each word's
# lists, swapped together for new ones when a list is added: one pass over a Doc's forms answers all the lists
# at once (:func:`_with_table`), so the rules' many look-ups (most find nothing in a paragraph) are each one
# dict read, not one scan per list.
_LISTS: tuple[frozenset[frozenset[str]], dict[str, list[frozenset[str]]]] = (frozenset(), {})
_NONE: list[int] = []  # (shared, read only)


def _with_table(doc: Doc) -> dict:
    """word list -> indices (ascending) of the Doc's tokens with a form in it, for every list of ``_LISTS``
    (an empty list for most: few of the lists have a word in a paragraph)."""
    at = doc_keys(doc).at
    lists, word_lists = _LISTS  # (replaced, never changed, when a list is added)
    parts: dict[frozenset[str], list[list[int]]] = {}
    for w in word_lists.keys() & at.keys():
        found = at[w]
        for words in word_lists[w]:
            got = parts.get(words)
            if got is None:
                parts[words] = [found]
            else:
                got.append(found)
    memo: dict = dict.fromkeys(lists, _NONE)
    for words, got in parts.items():
        memo[words] = got[0] if len(got) == 1 else sorted({i for f in got for i in f})
    return memo


def _register(words: frozenset[str]) -> None:
    global _LISTS
    lists, word_lists = _LISTS
    if words in lists:
        return
    word_lists = {w: list(got) for w, got in word_lists.items()}
    for w in words:
        word_lists.setdefault(w, []).append(words)
    _LISTS = (lists | {words}, word_lists)


def _indices_with(doc: Doc, words: frozenset[str] | set[str]) -> list[int]:
    """Indices (ascending) of the Doc's tokens with a form in ``words`` (:func:`token_forms`), worked out
    once per Doc for every word list in use (kept in ``doc.user_data``; the list is shared: read it only)."""
    memo = doc.user_data.get(_WITH_KEY)  # word list -> indices, one table per Doc (a frozenset key hashes once)
    if type(words) is not frozenset:
        words = frozenset(words)
    if memo is None:
        _register(words)
        memo = doc.user_data[_WITH_KEY] = _with_table(doc)
    got = memo.get(words)
    if got is None:
        _register(words)  # a list first asked for after the table was made (the next Doc's table has it)
        at = doc_keys(doc).at
        got = memo[words] = sorted({i for w in _present(words, at) for i in at[w]})
    return got


def _present(words: frozenset[str] | set[str], at: dict) -> Any:
    """The words the Doc's index has: a long word list is met from the (shorter) index side."""
    return at.keys() & words if len(words) > len(at) else (w for w in words if w in at)


def tokens_with(span: Doc | Span, words: frozenset[str] | set[str]) -> list[Token]:
    """The tokens of ``span`` (a Doc or a sentence) whose form or lemma (:func:`token_forms`) is one of
    ``words``, in order: read from the Doc's index of forms, so the text is not walked token by token
    for a few rare words."""
    doc = doc_of(span)
    memo = doc.user_data.get(_WITH_KEY)  # (the memo read here first: most asks are answered from it)
    found = memo.get(words) if memo is not None and type(words) is frozenset else None
    if found is None:
        found = _indices_with(doc, words)
    if not found:  # (most asks)
        return []
    if doc is span:
        return [doc[i] for i in found]
    a = bisect_left(found, span.start)
    b = bisect_left(found, span.end, a)
    return [doc[i] for i in found[a:b]]


def _strings(part: Any, field: str | None = None) -> list[str]:
    """Plain strings from a lexicon part: a list of strings, or of mappings (``field``)."""
    out: list[str] = []
    for x in part or []:
        if isinstance(x, dict):
            keys = (field,) if field else ("word", "cue", "phrase", "term", "role", "acronym")
            for k in keys:
                if k and x.get(k):
                    out.append(str(x[k]))
                    break
        elif x is not None:
            out.append(str(x))
    return out


def _refs(store, refs: list[str], field: str | None = None) -> list[str]:
    out: list[str] = []
    for ref in refs:
        out += _strings(lexicon_part(store, ref), field)
    return out
