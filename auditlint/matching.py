"""Finding lexicon terms in parsed text, compiled once per rule.

Single words match a token's lemma or its lower-case form ("visits" matches
"visit"); phrases match their lower-case token sequence with spaCy's
PhraseMatcher. Built lazily, when the first text is checked, so loading the
rules needs no NLP.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


_MATCHER_NUMBERS = itertools.count()  # each matcher's own key in a Doc's user_data


class TermMatcher:
    def __init__(self, terms: Iterable[str], name: str = "terms"):
        self.name = name
        self.words: set[str] = set()
        self.phrases: list[str] = []
        for t in terms:
            t = " ".join(str(t).lower().split())
            if not t:
                continue
            if " " in t or "-" in t[1:-1] or "'" in t:
                self.phrases.append(t)
            else:
                self.words.add(t)
        self._matcher = None
        # matches kept in the Doc's user_data go with the Doc: a long-running process keeps none
        self._memo_key = ("auditlint.terms", next(_MATCHER_NUMBERS))

    def _phrase_matcher(self):
        if self._matcher is None:
            from spacy.matcher import PhraseMatcher

            from . import nlp

            model = nlp.load()
            m = PhraseMatcher(model.vocab, attr="LOWER")
            if self.phrases:
                # Built lazily, so often inside a check's memory zone (nlp.memory_zone), whose new strings
                # go when it ends; the matcher looks its label up on every call: the label is kept for good.
                label = f"auditlint:{self.name}"
                model.vocab.strings.add(label, allow_transient=False)
                m.add(label, list(model.tokenizer.pipe(self.phrases)))
            self._matcher = _OnSpacy(m)
        return self._matcher

    def token_matches(self, tok: Token) -> bool:
        return tok.lower_ in self.words or tok.lemma_.lower() in self.words

    def _doc_matches(self, doc: Doc) -> list[tuple[int, int]]:
        got = doc.user_data.get(self._memo_key)
        if got is not None:
            return got
        out = {(t.i, t.i + 1) for t in doc if self.token_matches(t)}
        if self.phrases:
            out |= {(s, e) for _, s, e in self._phrase_matcher()(doc)}
        result = sorted(out)
        doc.user_data[self._memo_key] = result
        return result

    def find(self, doc: Doc | Span) -> list[tuple[int, int]]:
        """(start, end) token indices (in the whole Doc) of every match inside ``doc``."""
        whole = doc.doc if hasattr(doc, "doc") and doc.doc is not doc else doc
        matches = self._doc_matches(whole)
        if whole is doc:
            return matches
        return [(s, e) for s, e in matches if s >= doc.start and e <= doc.end]

    def any(self, doc: Doc | Span) -> bool:
        if any(self.token_matches(t) for t in doc):
            return True
        return bool(self.phrases) and bool(self.find(doc))

    def in_text(self, text: str) -> bool:
        low = " " + " ".join(text.lower().split()) + " "
        return any(f" {w} " in low for w in self.words) or any(p in low for p in self.phrases)


class _OnSpacy:
    """A spaCy matcher that also takes a parse view (docview.py): it runs on the spaCy original."""

    def __init__(self, matcher):
        self.matcher = matcher

    def __call__(self, doclike):
        from .docview import as_spacy

        return self.matcher(as_spacy(doclike))
