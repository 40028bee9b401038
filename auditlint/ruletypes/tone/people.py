"""Who the tone rule types read as a person: :class:`People` (a professional,
by the lexicons' role nouns, or a person at all), the personal pronouns, the
negative and indefinite people ("nobody", "no one"), and a writer naming
themselves in the third person ("this reviewer")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import Entry, LexiconMatcher, norm

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


NEGATIVE_PEOPLE = frozenset("nobody noone none neither".split())
PERSONAL_PRONOUNS = frozenset("i we you he she they him her them me us who whom".split())


def _no_one(t: Token) -> bool:
    """"no one", "no-one" (the tokeniser may split off the hyphen: "No", "-", "one")."""
    if t.lower_ != "one":
        return False
    if any(c.lower_ == "no" for c in t.children):
        return True
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "no" or (
        t.i >= 1 and doc[t.i - 1].lower_ == "no-")


_SELF_NAMES = frozenset("reviewer auditor writer author".split())


def writer_in_third_person(t: Token) -> bool:
    """"This reviewer", "this auditor": a formal writer naming themselves ("This reviewer does not consider ...",
    "This reviewer can only describe ... as harrowing")."""
    return norm(t.lemma_) in _SELF_NAMES and any(c.dep_ == "det" and c.lower_ == "this" for c in t.children)


class People:
    """Who counts as a professional (role nouns from lexicons) or a person at all."""

    INDEFINITE = frozenset("nobody noone everyone everybody anybody anyone somebody someone".split())

    def __init__(self, roles: list[str], others: list[str] = (), indefinite: bool = True):
        self.roles = LexiconMatcher([Entry(r) for r in roles])
        self.others = LexiconMatcher([Entry(r) for r in others]) if others else None
        self.indefinite = indefinite

    _NOMINAL = frozenset({"nsubj", "nsubjpass", "pobj", "dobj"})

    def is_role(self, t: Token) -> bool:
        # the tagger sometimes calls a role noun an adjective where only a noun can stand ("by every professional")
        if t.pos_ not in ("NOUN", "PROPN") and not t.text.isupper() and not (t.pos_ == "ADJ" and t.dep_ in self._NOMINAL):
            return False
        return self.roles.matches_token(t)

    def is_professional(self, t: Token) -> bool:
        """A professional: a role noun, or an indefinite person ("nobody in the team")."""
        if self.is_role(t):
            return True
        if t.pos_ == "PROPN" and any(c.dep_ == "appos" and self.is_role(c) for c in t.children):
            return True  # "Ms Rahman (social worker)", "Mr Hughes, the team manager,"
        if self.indefinite and (t.lower_ in self.INDEFINITE or _no_one(t)):
            return True
        return False

    def is_person(self, t: Token) -> bool:
        if self.is_professional(t) or t.lower_ in PERSONAL_PRONOUNS or t.ent_type_ == "PERSON":
            return True
        if t.pos_ == "PROPN" and t.text.isupper():  # the anonymised child (XXXX)
            return True
        return self.others is not None and self.others.matches_token(t)


__all__ = ["People"]
