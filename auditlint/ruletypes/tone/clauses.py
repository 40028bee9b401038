"""Clause structure from the parse, shared by the tone rule types: the verb
heading a token's clause (:func:`clause_head`), a clause's own tokens without
the clauses hanging off it (:func:`own_tokens`), a verb's subjects
(:func:`subjects_of`), and the dependency labels and words they read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


RELATIVE_PRONOUNS = frozenset("who whom which that".split())
SHOULD_AUX = frozenset({"should", "ought"})  # "should have spotted", "ought to have"
SUBJ = ("nsubj", "nsubjpass", "csubj")
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis", "csubj", "csubjpass", "acl"})


def clause_head(tok: Token) -> Token:
    """The verb (or predicate) heading the clause ``tok`` is in."""
    t = tok
    while t.head.i != t.i:  # token objects are not unique: compare indices
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in CLAUSE_DEPS or t.dep_ in ("ROOT", "xcomp", "pcomp")):
            return t
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("ADJ", "NOUN"):
            return t
        t = t.head
    return t


def own_tokens(head: Token) -> set[int]:
    """Indices of a clause's own tokens: its subtree without the clauses hanging off it."""
    out: set[int] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX", "ADJ") or c.dep_ in ("advcl", "relcl", "ccomp", "parataxis"):
                continue
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                continue
            if c.dep_ == "punct" and c.text in (";", ":"):
                continue
            stack.append(c)
    return out


def subjects_of(verb: Token, passive_agent: bool = False) -> list[Token]:
    """The subject(s) of a verb, climbing through xcomp/conj/aux to the clause
    that has one ("the worker chose to ignore", "was lazy and failed to ...").
    With ``passive_agent``, a passive verb's agent ("failed by the worker") counts."""
    v = verb
    for _ in range(6):
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if passive_agent:
            for c in v.children:
                if c.dep_ == "agent":
                    subs += [g for g in c.children if g.dep_ == "pobj"]
        if subs:
            out: list[Token] = []
            for s in subs:
                if s.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                    s = v.head
                out.append(s)
                out += list(s.conjuncts)
            return out
        if v.dep_ in ("xcomp", "conj", "aux", "auxpass", "acomp", "advcl") and v.head.i != v.i:
            if v.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                return []
            v = v.head
            continue
        if v.dep_ == "relcl":
            return [v.head]
        return []
    return []


__all__ = ["clause_head", "own_tokens", "subjects_of"]
