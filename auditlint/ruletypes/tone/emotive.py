"""AL401: emotive language in the auditor's voice (the :class:`Emotive`
lexicon rule type, G-3.1b), with the child's experience and hyperbole read
from the parse; :class:`Hyperbole`, :class:`Reactions` and :class:`Emphasis`
are parts of its parameters."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import Field

from ...text import in_quotes
from .. import register
from ..analysis.cues import doc_lower
from ..base import AuditContext, Hit, Params
from ..lexicon import (
    Entry,
    LexiconMatcher,
    LexiconRule,
    Match,
    child_text,
    described_noun,
    head_of,
    lexicon_part,
    norm,
    token_forms,
)
from .blame import Blame
from .clauses import RELATIVE_PRONOUNS, SUBJ
from .people import PERSONAL_PRONOUNS, writer_in_third_person
from .word_lists import _indices_with, _strings, tokens_with

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


_ENOUGH = frozenset({"enough"})
_BEYOND = frozenset({"beyond"})
_WHAT = frozenset({"what"})


class Hyperbole(Params):
    """'The worst chronology I have ever seen': a superlative the auditor measures against their own
    experience."""

    superlatives: list[str] = Field(default_factory=lambda: ["worst"], description="Superlative words (as written).")
    frames: list[str] = Field(
        default_factory=lambda: ["see", "read", "come", "encounter", "know", "audit", "meet"],
        description="Verb lemmas of the clause that measures it against the writer's experience.",
    )
    severity: str = "warning"
    plain: str = "give the fact and the standard it misses; a comparison with your own experience is not evidence"
    negative_words: list[str] = Field(
        default_factory=list,
        description='Lexicon parts ("lexicon:key") of negative evaluative words: their superlative ("the weakest", '
        '"the most disorganised") measured against the writer\'s experience is hyperbole too.',
    )
    domains: list[str] = Field(
        default_factory=list,
        description="Nouns of a whole the superlative ranks the thing within ('the most disorganised file in the "
        "locality', 'the worst plan in the service'): a league table of the writer's making, not evidence.",
    )
    overstating: list[str] = Field(
        default_factory=list,
        description="Verbs of saying too much (overstate, exaggerate): negated or 'hard to', the writer says the "
        "words fall short ('it is hard to overstate how ...', 'I cannot overstate').",
    )
    breaking: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Verbs of physical destruction (lemma: the particles it needs, none for any) said of a person "
        "or a part of their life ('her world was shattered', 'the family was torn apart'): a metaphor of damage.",
    )
    life_parts: list[str] = Field(
        default_factory=list,
        description="What a life is made of (world, childhood, confidence): what a breaking verb must be said of.",
    )
    endless: list[str] = Field(
        default_factory=list,
        description="Nouns of a time without end (eternity, lifetime): said of a span of time ('six weeks is an "
        "eternity at seven', 'the wait felt like a lifetime'), a catastrophising measure, not the span itself.",
    )
    spans: list[str] = Field(
        default_factory=list,
        description="Nouns of a span of time (week, month, wait, gap, delay) that an 'endless' noun can be said of.",
    )


class Reactions(Params):
    """The writer's own feeling put in place of the finding: "I was left speechless", "it is sad to see that",
    "readers will be disappointed to learn"."""

    words: list[str] = Field(default_factory=list, description="Lemmas of reaction adjectives (sad, speechless).")
    readers: list[str] = Field(
        default_factory=list, description="Nouns for the audit's readers, whose projected reaction counts (reader)."
    )
    severity: str = "warning"
    plain: str = "leave out the reaction; state the finding, the standard it misses and what it meant for XXXX"
    feeling_verbs: list[str] = Field(
        default_factory=list,
        description="Reaction verbs that take what is felt about as their object ('I loved the booklet', "
        "'loved reading it'); the other reaction verbs with an object are actions ('we moved the review').",
    )
    nouns: list[str] = Field(
        default_factory=list,
        description="Reaction words only as a noun after 'it is a' ('it is a miracle she is still in school', "
        "'it is a wonder anything got done'); as a verb ('I wonder whether') they ask, not react.",
    )
    stirring: list[str] = Field(
        default_factory=list,
        description="Participles that say something stirs feeling (moving, touching): made emphatic by a degree "
        "word ('profoundly moving', 'one of the most moving things'), the writer's reaction in place of the "
        "finding; without one they may be plain motion ('XXXX is moving to her aunt's').",
    )
    stirring_degrees: list[str] = Field(
        default_factory=list, description="Degree words that make a stirring participle a reaction (deeply, most)."
    )


class Emphasis(Params):
    """Evaluation made emphatic by its shape rather than its word: the same adjective said twice ("a
    beautiful, beautiful piece of work", "poor, poor recording"), or an evaluating adjective in an exclaimed
    sentence ("XXXX is so lucky to have her!", "Visits late again!") or an exclamative "what a ..."."""

    degree_words: list[str] = Field(
        default_factory=lambda: ["so", "such", "really", "very", "truly", "just", "simply", "absolutely", "totally"],
        description="Degree adverbs that, in an exclaimed sentence, mark the adjective they modify as the feeling.",
    )
    pity_words: list[str] = Field(default_factory=list, description="Adjectives of pity before a person (poor).")
    pity_nouns: list[str] = Field(
        default_factory=list, description="Singular nouns for a child that 'poor' pities ('the poor lad', 'poor wee thing').")
    capitals: bool = Field(
        default=False,
        description="A word of the sentence's grammar written in capitals for emphasis ('was NEVER seen', 'did NOT "
        "visit'): an adverb, verb, adjective or function word, not a name or acronym (nouns), the child's "
        "reference, or a run of capitals (a heading, a form's label).",
    )
    severity: str = "warning"
    plain: str = "say once, plainly, what was good or poor and what it meant for XXXX; the evidence shows the degree"


@register
class Emotive(LexiconRule):
    """The lexicon type (``lexicon``) for emotive words, with two readings from the parse. An
    emotive word whose experiencer is a person ("frightening for XXXX", "terrifying to her") describes
    what that person went through, not the auditor's opinion, and is not judged (``experiencers``: the
    child's reference always counts, and any pronoun or person). ``hyperbole`` finds a superlative measured
    against the writer's own experience ("the worst chronology I have seen in twenty years")."""

    name = "emotive-lexicon"
    summary = "Emotive words in the auditor's voice, not the child's experience; hyperbole against the writer's experience."

    class Params(LexiconRule.Params):
        experiencer_prepositions: list[str] = Field(
            default_factory=lambda: ["for", "to"],
            description="Prepositions that name who felt it: 'frightening for XXXX'.",
        )
        experiencers: list[str] = Field(
            default_factory=list, description="Nouns (lemmas) for people who can feel it: the child, a parent, a carer."
        )
        hyperbole: Hyperbole | None = None
        clinical_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns (lemmas) of clinical measures: an intensified word describing one is a clinical "
            "grading ('grossly delayed speech', 'her language is severely delayed'), not the auditor's tone.",
        )
        negatives: list[str] = Field(
            default_factory=list,
            description="Negative quantifiers an intensifier makes emphatic ('absolutely no oversight', "
            "'utterly nothing was done').",
        )
        family_adverbs: list[str] = Field(
            default_factory=list,
            description="Sentence adverbs of sympathy that are not judged on a clause whose subject is the child "
            "or family ('Sadly, her grandmother died in June').",
        )
        use_field: str = Field(
            default="use",
            description="Entry field: 'predicate' for nouns with a plain literal sense ('mess', 'nightmare'), "
            "emotive only as a verdict ('the plan is a mess'), not as a thing ('dog mess', 'has nightmares').",
        )
        reactions: Reactions | None = None
        emphasis: Emphasis | None = None
        feeling_nouns: list[str] = Field(
            default_factory=list,
            description="Verdict nouns that also name a feeling (joy, delight): with 'for'/'to' + a person they say "
            "what that person feels ('contact is a joy for XXXX'), not the writer's praise.",
        )
        plain_praise: list[str] = Field(
            default_factory=list,
            description="Praise nouns that are ordinary unless intensified ('a credit to her carers' is plain; 'an "
            "absolute credit', 'such a credit' gush).",
        )
        measured: list[str] = Field(
            default_factory=list,
            description="Words of a state that an adverb of extent measures rather than intensifies "
            "('completely absent from her life', 'entirely missing'), unlike a verdict ('completely inadequate').",
        )
        defer_to_blame: bool = Field(
            default=False,
            description="Leave a sentence that AL402 (the blame rule) judges to it, when it runs too: an emotive "
            "word in a sentence that blames a person is part of that blame ('Frankly the social worker has been "
            "lazy'), one finding, not two.",
        )
        mistagged_after: list[str] = Field(
            default_factory=list,
            description="Words after which an adjective entry the tagger calls a noun is still the adjective "
            "('its heartbreaking', written for \"it's\"; 'so heartbreaking'; 'absolutely shambolic').",
        )

    def setup(self) -> None:
        super().setup()
        p = self.params
        self.clinical = {norm(x) for x in p.clinical_nouns}
        self.measured = {norm(x) for x in p.measured}
        self.negatives = {norm(x) for x in p.negatives}
        self.family_adverbs = {norm(x) for x in p.family_adverbs}
        self.exp_preps = {w.lower() for w in p.experiencer_prepositions}
        self.feeling_nouns = frozenset(norm(w) for w in p.feeling_nouns)
        self.plain_praise = frozenset(norm(w) for w in p.plain_praise)
        self.experiencers = LexiconMatcher([Entry(w) for w in p.experiencers]) if p.experiencers else None
        self._child = "xxxx"
        h = p.hyperbole
        self.negative_words = frozenset({norm(w) for ref in (h.negative_words if h else []) for w in _strings(
            lexicon_part(self.lexicons, ref, p.lexicon)) if " " not in w.strip()})
        r = p.reactions
        self.reaction_words = frozenset(norm(w) for w in r.words) if r else frozenset()
        self.readers = {norm(w) for w in r.readers} if r else set()
        self.feeling_verbs = {norm(w) for w in r.feeling_verbs} if r else set()
        self.reaction_nouns = frozenset(norm(w) for w in r.nouns) if r else frozenset()
        self.stirring = frozenset(w.lower() for w in r.stirring) if r else frozenset()
        self.stirring_degrees = frozenset(w.lower() for w in r.stirring_degrees) if r else frozenset()
        self.degree_words = {norm(w) for w in p.emphasis.degree_words} if p.emphasis else set()
        self.pity_words = frozenset(norm(w) for w in p.emphasis.pity_words) if p.emphasis else frozenset()
        self.pity_nouns = {norm(w) for w in p.emphasis.pity_nouns} if p.emphasis else set()
        # one-word adjective entries, for a verdict written as a sentence of its own ("Appalling.")
        self.bare_verdicts = {e.term.lower() for e in self.entries
                              if " " not in e.term and str(e.data.get(p.pos_field or "pos", "")) == "ADJ"}
        self.adjectives = {e.term.lower(): e for e in self.entries
                           if " " not in e.term and str(e.data.get(p.pos_field or "pos", "")) == "ADJ"}
        self.mistagged_after = frozenset(w.lower() for w in p.mistagged_after)
        data = lexicon_part(self.lexicons, p.lexicon)
        self.outcome_verdicts = frozenset(norm(w) for w in (data.get("outcome_verdicts") or [])) if isinstance(
            data, dict) else frozenset()
        self.maximal = frozenset(norm(w) for w in (data.get("maximal_degree") or [])) if isinstance(
            data, dict) else frozenset()
        self.plain_degree = frozenset(norm(w) for w in (data.get("plain_with_maximal") or [])) if isinstance(
            data, dict) else frozenset()
        self.plain_or_negative = self.plain_degree | self.negatives  # what a degree word of totality leaves plain
        self.breaking = {norm(k): [w.lower().split() for w in v or ()] for k, v in (h.breaking if h else {}).items()}
        self.life_parts = frozenset(norm(w) for w in h.life_parts) if h else frozenset()
        self.endless = frozenset(norm(w) for w in h.endless) if h else frozenset()
        self.spans = frozenset(norm(w) for w in h.spans) if h else frozenset()

    def _person(self, t: Token, child: str) -> bool:
        if t.lower_ == child or t.lower_ in PERSONAL_PRONOUNS - {"i", "we", "me", "us"} or t.ent_type_ == "PERSON":
            return True
        if t.pos_ == "PROPN" and t.text.isupper():
            return True
        return self.experiencers is not None and self.experiencers.matches_token(t)

    def _experienced(self, doc: Doc, m: Match, child: str) -> bool:
        """'frightening for XXXX', 'was terrifying to her': the word says what a person felt."""
        root = head_of(doc, m.start, m.end)
        if root.pos_ not in ("ADJ", "VERB") and not (root.pos_ == "NOUN" and norm(root.lemma_) in self.feeling_nouns):
            return False  # (a feeling noun too: "contact is a joy for XXXX", her joy, not the writer's praise)
        if self._outcome_verdict(root):
            return False  # "devastating for him", "a catastrophe for XXXX": the writer's verdict on the outcome
        feeler = root.head if root.dep_ == "acomp" else root
        # a thing as subject of an active perfect ("attendance has plummeted", "had nosedived") moved, it felt nothing
        active_perfect = root.dep_ != "acomp" and not any(c.dep_ == "auxpass" for c in root.children) and any(
            c.dep_ == "aux" and norm(c.lemma_) == "have" for c in root.children)
        if root.text.lower().endswith("ed") and (root.dep_ == "acomp" or root.tag_ == "VBN") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") and (
                    self._person(c, child) or m.end - m.start == 1 and c.pos_ in ("NOUN", "PROPN")
                    and not active_perfect and not token_forms(c) & self.readers)
                for c in feeler.children):
            return True  # "Mother was shocked to learn ...": her reaction, not the auditor's
        if root.dep_ in ("oprd", "ccomp", "acomp") and root.head.lemma_.lower() == "find" and any(
                c.dep_ == "nsubj" and c.lower_ not in ("i", "we") and self._person(c, child)
                for c in root.head.children):
            return True  # "XXXX finds contact upsetting" (not "I find it upsetting")
        kids = list(root.children)
        if root.dep_ in ("acomp", "attr", "oprd"):  # "was frightening for XXXX": the phrase hangs from the copula
            kids += [c for c in root.head.children if c.i > root.i]
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in self.exp_preps:
                for g in c.children:
                    if g.dep_ == "pobj" and (self._person(g, child) or any(self._person(x, child) for x in g.conjuncts)):
                        return True
        return False

    def _outcome_verdict(self, word: Token) -> bool:
        """A word that grades an outcome rather than names a feeling (emotive.yml ``outcome_verdicts``:
        devastating, catastrophic): "for XXXX" says whom the outcome fell on, not who felt it."""
        return bool(token_forms(word) & self.outcome_verdicts)

    def _hyperbole(self, doc: Doc) -> Iterator[tuple[int, int]]:
        h = self.params.hyperbole
        if h is None:
            return
        words = self.__dict__.get("_hyperbole_words")  # the settings' word sets, made once, not once per Doc
        if words is None or words[0] is not h:
            words = self._hyperbole_words = (
                h, {w.lower() for w in h.superlatives}, {w.lower() for w in h.frames}, {norm(w) for w in h.domains},
                frozenset(norm(w) for w in h.overstating))
        _h, sups, frames, domains, overstating = words
        yield from self._never_seen(doc, frames)
        yield from self._beyond_words(doc)
        yield from self._beyond_adjective(doc)
        yield from self._past_saying(doc, overstating)
        yield from self._broken_life(doc)
        yield from self._endless_span(doc)
        # only a superlative word, or a word of the negative lexicon (what _negative_superlative needs), can start one
        cands = set(doc_lower(doc).with_lower(sups))
        if self.negative_words:
            cands.update(_indices_with(doc, self.negative_words))
        lower = doc_lower(doc).lower
        for i in sorted(cands):
            if lower[i] not in sups and not self._negative_superlative(doc[i]):
                continue
            t = doc[i]
            noun = t.head if t.dep_ == "amod" else t
            for c in noun.children:
                if c.dep_ == "relcl" and c.lemma_.lower() in frames and any(
                    s.dep_ == "nsubj" and s.lower_ in ("i", "we") for s in c.children
                ):
                    end = max(x.i for x in c.subtree if x.i <= c.i + 3) + 1
                    yield t.i, max(end, c.i + 1)
                # "the most disorganised file in the locality", "the worst plan in the service": ranked within a whole
                if domains and noun.pos_ in ("NOUN", "PROPN") and noun.i > t.i:
                    for c in noun.children:
                        whole = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in (
                            "in", "across", "within") else []
                        if any(token_forms(g) & domains for g in whole):
                            yield t.i, max(x.i for x in c.subtree) + 1
                            break

    def _endless_span(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """A span of time called a time without end ("Six weeks is an eternity at seven years old", "the wait felt
        like a lifetime to her"): catastrophising, the writer's feeling about the delay in place of its measure.
        Only as what a span of time is or feels like (a predicate noun of 'be', or after 'like' with 'feel' or
        'seem'); not as a measure of its own ("a lifetime tenancy", "lifetime support needs")."""
        if not self.endless:
            return
        for t in tokens_with(doc, self.endless):  # (the tokens with the lemma, from the Doc's index: the same ones, in order)
            if norm(t.lemma_) not in self.endless or t.pos_ != "NOUN":
                continue
            v = t.head
            if t.dep_ == "pobj" and t.head.lower_ in ("like", "as") and t.head.head.pos_ in ("VERB", "AUX"):
                v = t.head.head  # "felt like an eternity"
            elif t.dep_ not in ("attr", "acomp", "oprd"):
                continue
            if v.pos_ not in ("VERB", "AUX") or norm(v.lemma_) not in ("be", "feel", "seem"):
                continue
            spans = [s for s in v.children if s.dep_ in ("nsubj", "nsubjpass") and (
                norm(s.lemma_) in self.spans)]
            if spans:
                yield min(s.left_edge.i for s in spans), t.i + 1

    def _broken_life(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """A verb of physical destruction said of a person or of a part of their life, in the writer's voice
        ("her world was shattered", "the family was torn apart", "her sleep fell apart", "self-esteem shredded",
        "quietly crushed by all of this"): a metaphor of damage, not a measure. Not of an object ("the window
        was shattered"), nor of a thing torn or crushed literally."""
        gate = self.__dict__.get("_breaking_gate")
        if gate is None:
            gate = self._breaking_gate = frozenset(self.breaking)
        for t in tokens_with(doc, gate):
            if t.pos_ != "VERB":
                continue
            lemma = norm(t.lemma_)
            if lemma not in self.breaking:
                continue
            particles = self.breaking[lemma]
            prt = [c for c in t.children if c.dep_ in ("prt", "advmod", "prep") and any(
                c.i >= len(w) - 1 and [x.lower_ for x in doc[c.i - len(w) + 1:c.i + 1]] == w for w in particles)]
            if particles and not prt:
                continue
            objs = [c for c in t.children if c.dep_ == "dobj"]
            if objs and any(c.dep_ == "nsubj" and (self._person(c, self._child) or c.ent_type_ in ("PERSON", "ORG"))
                            for c in t.children):
                continue  # "the ex-partner has wrecked this family": someone charged with the damage (AL402's)
            subs = objs or [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]  # what was broken
            subs = [t.head if s.lower_ in RELATIVE_PRONOUNS and t.dep_ == "relcl" else s for s in subs]
            if not subs and t.dep_ in ("conj", "xcomp", "acl", "relcl"):
                subs = [t.head]
            if not subs and t.dep_ == "csubj":  # "Being ripped away from his dad ...": whom the person was torn from
                subs = [g for c in t.subtree if c.dep_ == "prep" and (c.head.i == t.i or c.head in prt)
                        for g in c.children if g.dep_ == "pobj"]
            if not any(norm(s.lemma_) in self.life_parts or s.lower_ == self._child or s.lemma_.lower() in (
                    "she", "he", "they", "boy", "girl", "child", "baby", "mum", "dad") for s in subs):
                continue
            end = max([t.i, *(c.i for c in prt)]) + 1
            yield t.i, end

    @staticmethod
    def _beyond_words(doc: Doc) -> Iterator[tuple[int, int]]:
        """"I can't praise this enough", "we cannot stress enough": the writer says the words fall short."""
        for i in doc_lower(doc).with_lower(_ENOUGH):
            t = doc[i]
            if t.dep_ != "advmod" or t.head.pos_ != "VERB":
                continue
            v = t.head
            modal = any(c.dep_ == "aux" and c.lemma_.lower() == "can" for c in v.children)
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children)
            writer = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in v.children)
            if modal and negated and writer:
                yield min(c.i for c in v.children if c.dep_ in ("nsubj", "aux", "neg")), t.i + 1

    @staticmethod
    def _beyond_adjective(doc: Doc) -> Iterator[tuple[int, int]]:
        """"beyond disappointing", "beyond poor": a judgement said to exceed its own word (not "beyond
        doubt", "beyond the threshold", where "beyond" takes a noun)."""
        for i in doc_lower(doc).with_lower(_BEYOND):
            t = doc[i]
            adj = next((c for c in t.children if c.dep_ in ("pcomp", "pobj", "amod", "acomp") and c.pos_ == "ADJ"), None)
            if adj is not None and adj.i == t.i + 1:
                yield t.i, adj.i + 1

    @staticmethod
    def _past_saying(doc: Doc, verbs: set[str]) -> Iterator[tuple[int, int]]:
        """"it is hard to overstate how ...", "I cannot overstate", "it would be impossible to exaggerate": the
        writer says no words could say too much."""
        if not verbs:
            return
        for t in tokens_with(doc, verbs):  # a token whose lemma is one of them has it among its forms
            if t.pos_ != "VERB" or norm(t.lemma_) not in verbs:
                continue
            # "I cannot overstate", not "the IRO did not overstate the risk" (a plain account of what someone said)
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children) and any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we", "one", "you") for c in t.children) and any(
                c.dep_ == "aux" and norm(c.lemma_) in ("can", "could") for c in t.children)
            hard = t.dep_ == "xcomp" and norm(t.head.lemma_) in ("hard", "difficult", "impossible") or t.dep_ == "xcomp" \
                and any(c.dep_ == "acomp" and norm(c.lemma_) in ("hard", "difficult", "impossible") for c in t.head.children)
            if negated or hard:
                start = t.head.i if hard and t.head.i < t.i else min([c.i for c in t.children if c.i < t.i] + [t.i])
                yield start, t.i + 1

    def _negative_superlative(self, t: Token) -> bool:
        """"weakest", "most disorganised": a superlative of a negative evaluative word."""
        if not self.negative_words or t.pos_ != "ADJ":
            return False
        if t.tag_ == "JJS":
            return bool(token_forms(t) & self.negative_words)
        return any(c.lower_ == "most" for c in t.children) and bool(token_forms(t) & self.negative_words)

    _COMPARING = frozenset("such so less fewer worse thinner poorer weaker".split())
    _SELDOM = frozenset("never rarely seldom".split())  # "I have rarely read a worse assessment"

    def _never_seen(self, doc: Doc, frames: set[str]) -> Iterator[tuple[int, int]]:
        """"I have never read a plan with less in it", "we have never seen such drift": the writer's
        experience as the measure, with a comparison in the object (not "I have never met Father")."""
        for i in doc_lower(doc).with_lower(self._SELDOM):
            t = doc[i]
            if t.head.lemma_.lower() not in frames:
                continue
            v = t.head
            if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in v.children):
                continue
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            # the comparison may hang from the object or, as the parser often has it, from the verb after it
            said = [*obj.subtree, *(x for c in v.children if c.dep_ == "prep" and c.i > obj.i for x in c.subtree)]
            if any(x.lower_ in self._COMPARING or x.tag_ in ("JJR", "RBR") for x in said):
                yield t.i, max(x.i for x in said) + 1

    _PERCEIVE = frozenset("see read learn hear find note discover say".split())
    _LEAVE = frozenset("leave feel be remain find".split())

    def _reactions(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """The writer's feeling in place of the finding (``reactions``): a reaction word whose holder is the
        writer ("I was left speechless", "we are saddened"), the audit's readers ("managers will be
        disappointed to read"), or nobody ("it is extraordinary that ...", "is very sad to see that ..."),
        not a person in the case ("Mother was sad to leave")."""
        if not self.reaction_words:
            return
        yield from self._marvelled(doc)
        yield from self._stirred(doc)
        for t in tokens_with(doc, self.reaction_words):
            if t.pos_ == "NOUN" and t.dep_ == "attr":
                v = t.head  # "it is a shame that nobody ...", "it is a pity that ..."
                if any(c.lower_ == "it" or c.dep_ == "expl" for c in v.children if c.dep_ in SUBJ or c.dep_ == "expl") \
                        and self._complement(t, v) and not self._family_news(t, v):
                    yield t.i, t.i + 1
                continue
            if t.pos_ not in ("ADJ", "VERB"):
                continue
            if t.dep_ == "amod":
                continue  # "an extraordinary effort by the carer" describes, it does not react
            v = t.head if t.dep_ in ("acomp", "oprd", "xcomp") or t.dep_ == "ccomp" and t.head.lemma_ == "find" else t
            subs = [c for c in v.children if c.dep_ in SUBJ or c.dep_ == "expl"]
            if t.dep_ in ("oprd", "ccomp") and v.i != t.i and v.lemma_.lower() not in self._LEAVE:
                continue
            if not subs and v.dep_ == "conj" and v.head.i != v.i:
                # "Mother works nights and is often too tired to attend": the conjuncts share the subject
                subs = [c for c in v.head.children if c.dep_ in SUBJ or c.dep_ == "expl"]
            feeling_verb = t.pos_ == "VERB" and bool(token_forms(t) & self.feeling_verbs)
            if t.pos_ == "VERB" and not feeling_verb and any(c.dep_ == "dobj" for c in t.children) \
                    and not any(c.dep_ == "nsubjpass" for c in t.children):
                continue  # "we moved the review": an action with an object, not a feeling
            if not subs and feeling_verb and t.tag_ in ("VBD", "VBN", "VBP") and self._opens_sentence(t):
                yield t.i, t.i + 1  # "Loved the booklet she made": note style drops the writer as subject
                continue
            if not subs:
                # "Is very sad to see that ...": the writer's, when the feeling takes a complement
                if self._complement(t, v):
                    yield t.i, t.i + 1
                continue
            s = subs[0]
            if self._family_news(t, v):
                continue  # "I was sad to hear that XXXX's grandmother died": sympathy, not a verdict
            if s.lower_ in ("i", "we", "one") or token_forms(s) & self.readers:
                yield t.i, t.i + 1
            elif (s.dep_ == "expl" or s.lower_ == "it") and self._complement(t, v):
                yield t.i, t.i + 1  # "it is, to put it mildly, extraordinary that nobody ..."
            elif s.dep_ == "csubj" and t.dep_ == "acomp" and not t.lower_.endswith("ed"):
                yield t.i, t.i + 1  # "What this boy has survived is unimaginable": the writer's reaction to it
            elif any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in v.children) and any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in self._PERCEIVE for c in t.children):
                yield t.i, t.i + 1  # "members of the leadership team will be disappointed to read that ..."

    def _stirred(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """A participle of stirred feeling made emphatic ("Her devotion to her brother is profoundly moving", "one
        of the most moving things I have read"): the writer's reaction in place of the finding. Only with a degree
        word on it and no object or direction ("is moving to her aunt's", "the plan is not moving", "touching
        the hob" are motion and contact), nor with any other adverb ("the plan is now really moving quickly")."""
        if not self.stirring:
            return
        for t in doc:
            if t.lower_ not in self.stirring or t.pos_ not in ("ADJ", "VERB"):
                continue
            if not any(c.dep_ == "advmod" and c.lower_ in self.stirring_degrees for c in t.children):
                continue
            if any(c.dep_ in ("dobj", "prep", "prt", "nsubjpass", "advcl", "npadvmod") or c.dep_ == "advmod" and
                   c.lower_ not in self.stirring_degrees for c in t.children):
                continue  # a verb's adverb of manner, time or direction ("really moving quickly", "moving on",
                # "now really moving"): motion; the adjective of feeling takes only a degree word
            if self._negated(t):
                continue
            yield min(c.i for c in t.children if c.dep_ == "advmod" and c.lower_ in self.stirring_degrees), t.i + 1

    def _marvelled(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """"it is a miracle she is still in school", "it is a wonder anything got done": the writer's astonishment
        as a noun after an empty "it", with what astonished as its complement (not "I wonder whether ...")."""
        for t in tokens_with(doc, self.reaction_nouns):
            if t.pos_ != "NOUN" or t.dep_ != "attr" or token_forms(t) & self.reaction_words:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                continue  # "it is no wonder the plan drifted", "small wonder": a conclusion, not astonishment
            v = t.head
            if any(c.lower_ == "it" or c.dep_ == "expl" for c in v.children if c.dep_ in SUBJ or c.dep_ == "expl") \
                    and not self._negated(v) and (self._complement(t, v) or any(
                        c.dep_ == "relcl" and c.i > t.i and not any(g.tag_ in ("WDT", "WP", "WP$") for g in c.children)
                        for c in t.children)) and not self._family_news(t, v):
                yield t.i, t.i + 1  # the parser may read "a wonder anything got done" as a relative clause

    @staticmethod
    def _opens_sentence(t: Token) -> bool:
        """Nothing but punctuation or adverbs before the word in its sentence ("Honestly, loved ...")."""
        return all(x.is_punct or x.pos_ in ("ADV", "INTJ", "SPACE") for x in t.doc[t.sent.start : t.i])

    def _emphasis(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """Emphasis by shape (``emphasis``): a repeated adjective, or evaluation in an exclamation."""
        if self.params.emphasis is None:
            return
        yield from self._repeated(doc)
        if self.params.emphasis.capitals:
            yield from self._capitals(doc)
        for t in tokens_with(doc, self.pity_words):
            if t.dep_ == "amod" and self._pitied(t.head):
                yield t.i, t.head.i + 1  # "Poor XXXX has been let down": pity, not evidence
        # what each sentence is looked at for, found once in the Doc: a sentence with none of it is passed over
        # (:meth:`.analysis.cues._DocLower.with_lower`, read from the side of the Doc's words: the list is long)
        if self.bare_verdicts:
            low = doc_lower(doc)
            lower, where = low.lower, low.where
            verdicts = sorted(i for w in where.keys() & self.bare_verdicts for i in where[w] if lower[i] == w)
        else:
            verdicts = []
        whats = doc_lower(doc).with_lower(_WHAT)
        bang = "!" in doc.text  # no "!" in the Doc: no sentence is exclaimed
        for sent in doc.sents:
            lo, hi = sent.start, sent.end
            if verdicts and bisect_left(verdicts, lo) < bisect_left(verdicts, hi):
                words = [t for t in sent if not t.is_punct and not t.is_space]
                if len(words) == 1 and words[0].lower_ in self.bare_verdicts:
                    yield words[0].i, words[0].i + 1  # "Appalling." on its own: the tagger takes it for a name
            if bang and self._exclaimed(sent):
                for t in sent:
                    if self._exclaimed_evaluation(t) or self._exclaimed_superlative(t):
                        yield t.i, t.i + 1
            for i in whats[bisect_left(whats, lo) : bisect_left(whats, hi)]:
                t = doc[i]
                # "What an amazing piece of work": an exclamative noun phrase, not a question
                if t.dep_ in ("det", "predet") and t.head.pos_ == "NOUN" and any(
                        c.pos_ == "ADJ" and c.dep_ == "amod" for c in t.head.children) and not any(
                        x.text == "?" for x in sent):
                    yield t.i, t.head.i + 1

    # closed-class words only (never, not, must, all, no): an acronym is a name, and names are open-class
    _SHOUTABLE = frozenset({"ADV", "AUX", "PART", "DET", "PRON", "ADP", "SCONJ", "CCONJ"})

    def _capitals(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """A grammatical word in capitals among lower-case words ("XXXX was NEVER seen alone", "did NOT
        visit"): emphasis by shouting. Nouns and names are left alone (acronyms: CIN, IRO, XXXX), and so is
        a run of capitals (a heading or a label)."""
        for t in doc:
            text = t.text
            if len(text) < 2 or not text.isalpha() or not text.isupper() or t.pos_ not in self._SHOUTABLE:
                continue
            if t.lower_ == self._child:
                continue
            around = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc) and doc[i].text.isalpha()]
            if not around or any(x.text.isupper() and len(x.text) > 1 for x in around):
                continue  # "DO NOT", a heading in capitals
            if not any(x.text.islower() for x in around):
                continue
            yield t.i, t.i + 1

    def _pitied(self, noun: Token) -> bool:
        """A person pitied by "poor": the child's reference, a named person, or a singular word for a child."""
        if noun.lower_ == self._child or noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN" and noun.text.isupper():
            return True
        return noun.tag_ == "NN" and bool(token_forms(noun) & self.pity_nouns)

    @staticmethod
    def _repeated(doc: Doc) -> Iterator[tuple[int, int]]:
        """The same adjective twice in a row, with at most a comma between ("brilliant, brilliant work")."""
        for t in doc:
            if t.pos_ != "ADJ" or t.like_num or t.i + 1 >= len(doc):
                continue
            nxt = doc[t.i + 1]
            if nxt.text == "," and t.i + 2 < len(doc):
                nxt = doc[t.i + 2]
            if nxt.lower_ == t.lower_ and nxt.pos_ in ("ADJ", "ADV"):
                yield t.i, nxt.i + 1

    @staticmethod
    def _exclaimed(sent: Span) -> bool:
        """The sentence ends in an exclamation mark that is the writer's, not inside a quotation."""
        marks = [t for t in sent if t.text.startswith("!")]
        return bool(marks) and sent[-1].text.startswith("!") and not in_quotes(sent.doc.text, marks[-1].idx, marks[-1].idx + 1)

    def _exclaimed_evaluation(self, t: Token) -> bool:
        """An adjective that carries the exclamation: a predicate ("is so lucky!"), the head of a verbless
        fragment ("Brilliant work!"), or one a degree word makes emphatic."""
        if t.pos_ != "ADJ" or t.like_num:
            return False
        if any(c.dep_ == "advmod" and norm(c.lemma_) in self.degree_words for c in t.children):
            return True
        if t.dep_ in ("acomp", "oprd", "ROOT"):
            return True
        doc = t.doc
        if t.i > 0 and doc[t.i - 1].text in (",", "-", "–", "—") and all(x.is_punct for x in doc[t.i + 1 : t.sent.end]):
            return True  # "There's loads of direct work on here, brilliant!!!": a verdict tacked on the end
        return t.dep_ == "amod" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") and t.i < t.head.i

    @staticmethod
    def _exclaimed_superlative(t: Token) -> bool:
        """A superlative in an exclaimed sentence ("This is the best direct work I have ever seen!!!"): the
        degree is the writer's enthusiasm; "the most recent review" or "the last visit" only place it."""
        return t.tag_ == "JJS" and t.pos_ == "ADJ" and t.lower_ not in ("most", "least", "last", "latest", "earliest")

    def _family_news(self, t: Token, v: Token) -> bool:
        """The feeling is about something that happened to the family: its complement's subject is the
        child or a family member and nothing in it is negated."""
        for c in [*t.children, *v.children]:
            if c.dep_ not in ("ccomp", "xcomp") or c.i < t.i:
                continue
            clauses = [c, *(g for g in c.children if g.dep_ == "ccomp")]
            for cl in clauses:
                subs = [g for g in cl.children if g.dep_ in SUBJ]
                if subs and all(self._person(g, self._child) and g.lower_ not in ("nobody", "no one") for g in subs) \
                        and not any(g.dep_ == "neg" for g in cl.children) and not self._service_failing(cl):
                    return True
        return False

    @staticmethod
    def _service_failing(cl: Token) -> bool:
        """The news is something the child was made to go through or went without ("that XXXX has had to tell
        her story seven times and still has no therapy"): a failing of the service, not the family's event."""
        for x in cl.subtree:
            if x.dep_ == "neg" or x.dep_ == "det" and x.lower_ == "no" or x.lower_ == "never":
                return True
            if x.dep_ == "advmod" and x.lower_ == "still" and x.head.i == cl.i:
                return True  # "that XXXX is still living in squalor": a state the service has let go on
            if norm(x.lemma_) == "have" and any(c.dep_ == "xcomp" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in x.children):
                return True  # "has had to tell"
        return False

    @staticmethod
    def _complement(t: Token, v: Token) -> bool:
        """The feeling takes what was found as its complement ("that nobody asked", "to see that ...")."""
        return any(c.dep_ in ("ccomp", "xcomp") for c in [*t.children, *v.children] if c.i > t.i)

    _ENDURE = frozenset("experience suffer endure witness survive face have".split())

    def _lived(self, doc: Doc, m: Match, child: str) -> bool:
        """What happened to the child or family, not the auditor's opinion of the practice: a
        ``family_adverbs`` sentence adverb on a clause with a family subject ("Sadly, her grandmother
        died in June"; not "Heartbreakingly, XXXX asked ..."), or a word
        describing what a person went through ("XXXX has been through a frightening few months")."""
        root = head_of(doc, m.start, m.end)
        if root.pos_ == "ADV":
            if not token_forms(root) & self.family_adverbs:
                return False
            v = root.head
            if v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("nsubj", "nsubjpass") and root.i < v.i:
                # "Sadly XXXX's grandmother, her main carer, died": the parser hangs the adverb from the subject
                subs = [v] if v.dep_ == "nsubj" or v.lower_ != child else []
                v = v.head
                return bool(subs) and not self._negated(v) and all(self._person(s_, child) for s_ in subs)
            # "Sadly, her grandmother died"; passive only for the family, not the child ("XXXX was moved")
            subs = [c for c in v.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and c.lower_ != child]
            return bool(subs) and not self._negated(v) and all(
                s.pos_ != "PRON" and self._person(s, child) for s in subs)
        noun = described_noun(root)
        if noun is None:
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "through":
            v = noun.head.head
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in self._ENDURE:
            v = noun.head
        else:
            return False
        return any(c.dep_ == "nsubj" and self._person(c, child) for c in v.children)

    @staticmethod
    def _negated(v: Token) -> bool:
        return any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children)

    def _excused(self, doc: Doc, m: Match) -> bool:
        if m.entry.data.get(self.params.use_field) == "predicate" and not self._verdict(head_of(doc, m.start, m.end)):
            return True  # "dog mess on the floor", "XXXX was having nightmares": the thing itself
        root = head_of(doc, m.start, m.end)
        if self.plain_praise and not self._intensified_praise(doc, m):
            return True  # "XXXX's progress is a credit to her foster carers": ordinary praise
        if self._named(root) or self._reported(root) or self._literal_verb(root, m):
            return True
        if self.clinical and m.end - m.start == 1 and root.pos_ == "ADJ" and self._clinical(root):
            return True  # "her prognosis is bleak": a clinical outlook, graded by the clinician
        if self._stressed_description(doc, m):
            return False
        return super()._excused(doc, m) and not (self._its_for_it_is(root) or self._owned_idiom(doc, m)) or self._experienced(
            doc, m, self._child) or (self._lived(doc, m, self._child) and not self._stressed_ordeal(doc, m))

    def _intensified_praise(self, doc: Doc, m: Match) -> bool:
        """Whether a plain praise noun in the match (``plain_praise``: credit) is intensified: an adjective on it
        ("an absolute credit", "a real credit"), a degree word on it or its copula ("such a credit", "is really
        a credit"), or a second verdict noun coordinated with it ("a credit to himself and an inspiration"). True
        for a match with no plain praise noun in it."""
        nouns = [t for t in doc[m.start : m.end] if t.pos_ == "NOUN" and norm(t.lemma_) in self.plain_praise]
        if not nouns:
            return True
        for n in nouns:
            kids = [*n.children, *(n.head.children if n.dep_ in ("attr", "appos") else ())]
            if any(c.dep_ == "amod" and c.i < n.i or c.dep_ in ("advmod", "predet", "amod") and norm(c.lemma_) in
                   self.degree_words for c in kids):
                return True
            if any(c.dep_ == "conj" and c.pos_ == "NOUN" and any(g.dep_ == "det" for g in c.children)
                   for c in n.children):
                return True  # praise stacked on praise: "a credit to himself and an inspiration to the whole team"
        return False

    _DICTATED = re.compile(r"\bquote\b(.*?)\bunquote\b", re.I | re.S)

    @classmethod
    def _dictated_quote(cls, text: str, at: int) -> bool:
        """Speech dictated as "quote ... unquote" (no quotation marks): someone else's words, as if quoted."""
        return any(m.start(1) <= at < m.end(1) for m in cls._DICTATED.finditer(text)) if "unquote" in text.lower() \
            else False

    @staticmethod
    def _owned_idiom(doc: Doc, m: Match) -> bool:
        """"beyond anyone's wildest hopes", "on its knees": a possessive inside a set phrase belongs to the idiom,
        so the phrase is not a literal thing someone has."""
        return m.end - m.start > 1 and any(c.dep_ == "poss" and c.i < m.end for c in head_of(doc, m.start, m.end).children)

    @staticmethod
    def _its_for_it_is(noun: Token) -> bool:
        """"its just a catastrophe": "its" written for "it's" (a noun cannot take both "its" and an article), so
        the noun is the writer's predicate, not something possessed."""
        return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)

    def _stressed_ordeal(self, doc: Doc, m: Match) -> bool:
        """What the child went through, stressed by a degree adverb ("XXXX has been through an absolutely horrendous
        year"): as with a stressed description, the stress is the writer's feeling ("a frightening few months" is hers)."""
        root = head_of(doc, m.start, m.end)
        return m.end - m.start == 1 and root.pos_ == "ADJ" and any(
            c.dep_ == "advmod" and c.lower_ in self._STRESSING for c in root.children)

    _STRESSING = frozenset("absolutely utterly truly totally completely simply".split())

    def _stressed_description(self, doc: Doc, m: Match) -> bool:
        """A word describing an event or experience ("XXXX's experience in that flat was absolutely horrific"),
        stressed by a degree adverb: the stress is the writer's feeling, not the description of the event."""
        root = head_of(doc, m.start, m.end)
        if m.end - m.start != 1 or root.pos_ != "ADJ" or not self.describing:
            return False
        if not any(c.dep_ == "advmod" and c.lower_ in self._STRESSING for c in root.children):
            return False
        noun = described_noun(root)
        return noun is not None and bool(token_forms(noun) & self.describing)

    # verbs that carry someone's account or description; the words in their complement are that person's
    _REPORTING = frozenset("say tell describe report call refer label characterise characterize complain claim "
                           "allege state disclose explain feel believe think express recount recall mention admit "
                           "write consider regard view".split())
    _WRITER = frozenset({"i", "we", "one", "you", "me", "us"})
    _REPORT_PATH = frozenset({"amod", "acomp", "attr", "oprd", "pobj", "prep", "ccomp", "xcomp", "conj", "advmod",
                              "npadvmod", "appos"})

    def _reported(self, t: Token) -> bool:
        """The word is in someone else's account, not in quotation marks: the complement of a reporting verb
        whose subject is not the writer ("the police described the home as appalling", "Mother said the flat
        was a nightmare", "the case was described at conference as a disaster"). The writer's own
        ("I think the plan is appalling", "can only be described as a shambles") is still judged."""
        a = t
        for _ in range(6):
            if a.head.i == a.i or a.dep_ not in self._REPORT_PATH and not (
                    a.dep_ == "advcl" and any(c.lower_ == "as" for c in a.children)):  # "describes him as scary"
                return False
            a = a.head
            if a.pos_ in ("VERB", "AUX") and norm(a.lemma_) in self._REPORTING:
                return self._someone_elses(a) and not self._clause_apart(t, a)
        return False

    @staticmethod
    def _clause_apart(t: Token, v: Token) -> bool:
        """A semicolon between the word and the reporting verb after it ("... has been devastating for him; his
        carer says ..."): the parser joined two sentences, and the word is not in the report."""
        return t.i < v.i and any(x.text == ";" for x in t.doc[t.i: v.i])

    def _someone_elses(self, v: Token) -> bool:
        """The account of a reporting verb is someone else's: an active subject or passive agent who is
        not the writer, or a past passive with no agent ("was described at conference as")."""
        agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return not any(g.lower_ in self._WRITER for g in agents)
        if any(c.dep_ == "auxpass" for c in v.children):
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
            return not modal and any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in v.children)
        subs = [c for c in v.children if c.dep_ == "nsubj"]
        return bool(subs) and not any(s.lower_ in self._WRITER or s.dep_ == "expl" or s.lower_ == "it"
                                      or writer_in_third_person(s) for s in subs)


    def _literal_verb(self, t: Token, m: Match) -> bool:
        """An adjective entry matched on a verb with an object is the verb in its plain sense ("has been
        disturbing her sleep"), not a verdict; a feeling put on the writer ("it appalled me") still counts."""
        pos = str(m.entry.data.get(self.params.pos_field or "pos") or "").upper()
        return pos == "ADJ" and t.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ not in self._WRITER for c in t.children)

    @staticmethod
    def _named(t: Token) -> bool:
        """The word is part of a name ("the Star Project", "Wonderful Wednesdays group"): a title-case
        proper noun inside a run of proper nouns, not opening its sentence."""
        if not t.is_title or t.is_sent_start or t.pos_ not in ("PROPN", "ADJ", "NOUN"):
            return False
        if t.dep_ == "compound" and (t.head.pos_ == "PROPN" or t.head.is_title):
            return True  # "Wonderful Wednesdays", tagged an adjective inside the name
        return t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)

    _VERDICT_HEADS = frozenset("be seem look remain become make call describe".split())
    _LEFT_IN = frozenset("leave get find keep".split())
    _VERDICT_ADJ = frozenset("complete total absolute utter real right sheer proper unholy".split())

    def _verdict(self, noun: Token) -> bool:
        """A noun used as a verdict: a predicate ("the plan is a mess", "made a mess of"), a fragment or
        apposition ("Chronology - a mess"), "in a mess", or intensified ("a complete mess")."""
        if any(c.dep_ == "amod" and c.lower_ in self._VERDICT_ADJ for c in noun.children):
            return True
        if any(c.dep_ == "compound" for c in noun.children):
            return False  # "dog mess", "a brain insult": a kind of thing
        if noun.dep_ == "appos" and (noun.head.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children)):
            return False  # "same house, same mess, same dad": an item in a list of things, not a verdict on one
        if noun.dep_ in ("attr", "oprd", "appos", "ROOT", "dep") and not noun.tag_.endswith("S"):
            return noun.dep_ in ("appos", "ROOT", "dep") or norm(noun.head.lemma_) in self._VERDICT_HEADS
        if noun.dep_ == "dobj" and norm(noun.head.lemma_) == "make":
            return True
        # "the file is in a mess", "left in a mess" (not "involved in a car crash")
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and not noun.tag_.endswith("S") and any(
            c.dep_ == "det" and c.lower_ == "a" for c in noun.children) and (
            norm(noun.head.head.lemma_) in self._VERDICT_HEADS | self._LEFT_IN)

    def _clinical(self, word: Token) -> bool:
        """The word grades a clinical measure ("grossly delayed speech age"): the
        noun it describes, or that noun's compound ("speech age"), is clinical."""
        noun = described_noun(word)
        if noun is None and word.pos_ in ("VERB", "ADJ"):  # "her speech is grossly delayed" (passive)
            noun = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None:
            return False
        return any(token_forms(n) & self.clinical for n in [noun, *(c for c in noun.children if c.dep_ == "compound")])

    # after the verb these say how much, not how the writer feels ("missing the paternal family entirely")
    _COMPLETELY = frozenset("entirely completely totally wholly fully thoroughly altogether".split())

    _GOOD_LESS = frozenset("seamless flawless faultless tireless timeless spotless selfless fearless unless "
                           "regardless nevertheless doubtless countless harmless painless".split())

    def _intensified(self, doc: Doc) -> Iterator[tuple[int, int, str, str]]:
        """The generic intensified words, less clinical gradings; plus an intensifier on a
        negative quantifier ("absolutely no management oversight")."""
        found = set()
        for s, e, intens, word in super()._intensified(doc):
            if self.clinical and self._clinical(doc[e - 1]):
                continue
            if token_forms(doc[s]) & self._COMPLETELY and token_forms(doc[e - 1]) & self.measured:
                continue  # "completely absent from her life": how much, not how the writer feels
            found.add(s)
            yield s, e, intens, word
        if self.intensifiers is not None:
            for im in self.intensifiers.find(doc):
                head = doc[im.start].head
                # "utterly meaningless", "completely pointless": an adjective of lack, not a listed word
                if im.start not in found and doc[im.start].pos_ == "ADV" and head.pos_ == "ADJ" and head.i > im.start \
                        and head.lower_.endswith("less") and head.lower_ not in self._GOOD_LESS:
                    yield im.start, head.i + 1, doc[im.start:im.end].text, head.text
        if self.intensifiers is not None and self.targets is not None:
            targets = {i for tm in self.targets.find(doc) for i in range(tm.start, tm.end)}
            for im in self.intensifiers.find(doc):
                t = doc[im.start]
                v = t.head
                # "failed miserably", "let her down badly": the adverb after the verb it intensifies
                if im.start not in found and t.pos_ == "ADV" and t.dep_ == "advmod" and v.pos_ == "VERB" \
                        and v.i < t.i and v.i in targets and norm(t.lemma_) not in self._COMPLETELY:
                    found.add(im.start)
                    yield v.i, im.end, doc[im.start:im.end].text, v.text
        if self.maximal:
            yield from self._maximal_degree(doc, found)
        if self.negatives and self.intensifiers is not None:
            for im in self.intensifiers.find(doc):
                nxt = doc[im.end] if im.end < len(doc) else None
                if nxt is not None and doc[im.start].pos_ == "ADV" and token_forms(nxt) & self.negatives:
                    yield im.start, im.end + 1, doc[im.start:im.end].text, nxt.text

    _MAXIMAL_HEADS = {"advmod": ("ADJ", "VERB"), "amod": ("NOUN",)}

    def _maximal_degree(self, doc: Doc, found: set[int]) -> Iterator[tuple[int, int, str, str]]:
        """A degree word of totality (emotive.yml maximal_degree: "absolutely", "utterly", "truly", "an absolute",
        "an utter") on any quality, state or thing in the writer's voice ("utterly stuck", "truly phenomenal",
        "absolutely blossoming", "an absolute labyrinth"): the writer's feeling, not a measure. Not on words of
        certainty or necessity (plain_with_maximal: "absolutely clear", "absolutely essential that ..."), on a
        negative ("absolutely nothing", judged above), nor on a clinical grading."""
        for t in tokens_with(doc, self.maximal):
            head = t.head
            allowed = self._MAXIMAL_HEADS.get(t.dep_)
            if t.dep_ == "advmod" and head.pos_ == "ADV" and (head.dep_ in ("oprd", "acomp") or head.dep_ == "advmod" and (
                    head.i > head.head.i and t.i > 0 and doc[t.i - 1].text == ",")):
                allowed = ("ADV",)  # a state said of a person: "left utterly alone", "..., utterly alone."
            if t.i in found or not allowed or head.pos_ not in allowed or head.i < t.i or head.i - t.i > 3:
                continue
            if head.pos_ == "VERB" and head.tag_ not in ("VBG", "VBN"):
                continue  # "absolutely needs", "truly reflects": a claim, not a description
            if token_forms(head) & self.plain_or_negative or any(
                    c.dep_ in ("ccomp", "xcomp") for c in head.children):
                continue
            if self.clinical and self._clinical(head):
                continue
            found.add(t.i)
            yield t.i, head.i + 1, t.text, head.text

    def _mistagged(self, ctx: AuditContext, block, dom, section, doc: Doc) -> Iterator[Hit]:
        """An adjective entry the tagger took for a noun or a name after a word only an adjective follows
        there ("its heartbreaking", with "its" for "it's"; "so heartbreaking"; "absolutely shambolic"): the
        lexicon's part of speech is met by the word, not by the tag."""
        if not self.mistagged_after:
            return
        words = self.__dict__.get("_adjective_words")  # the entries' words as one set, made once, not once per Doc
        if words is None or words[0] is not self.adjectives:
            words = self._adjective_words = (self.adjectives, frozenset(self.adjectives))
        for t in tokens_with(doc, words[1]):
            if t.pos_ not in ("NOUN", "PROPN") or t.i == 0 or doc[t.i - 1].lower_ not in self.mistagged_after:
                continue
            if any(c.dep_ == "det" for c in t.children) or self._named(t) or self._reported(t):
                continue
            entry = self.adjectives.get(t.lower_)
            if entry is None:
                continue
            a, b = t.idx, t.idx + len(t)
            if self.params.skip_quoted and in_quotes(block.text, a, b):
                continue
            yield self._hit(ctx, block, dom, section, a, b, t.text, entry)

    def _blamed_sentences(self, ctx: AuditContext) -> dict[int, list[tuple[int, int]]]:
        """(block id) -> the character ranges of its sentences that AL402 judges, when it runs with this rule."""
        if not self.params.defer_to_blame:
            return {}
        blamer = next((r for r in ctx.rules if isinstance(r, Blame)), None)  # AL402, where it runs with this rule
        if blamer is None:
            return {}
        from ...engine import suppressed

        if suppressed(ctx.audit.disabled, blamer.spec.code):
            return {}
        out: dict[int, list[tuple[int, int]]] = {}
        for block, _dom, _section in ctx.audit.placed_blocks(actions=blamer.params.include_actions):
            if not block.text.strip() or suppressed(block.disabled, blamer.spec.code):
                continue
            found = blamer.block_findings(ctx, block)
            if found:
                doc = ctx.doc(block)
                sents = {doc[s].sent.start for s, e, k, _x in found if blamer.names_target(doc, s, e, k)}
                out[id(block)] = [(x.start_char, x.end_char) for x in doc.sents if x.start in sents]
                out[id(block)] += self._blame_spans(doc, found)
        return out

    @staticmethod
    def _blame_spans(doc: Doc, found: list) -> list[tuple[int, int]]:
        """The character ranges of the blame AL402 reports itself ("she is choosing him over her daughter which
        is frankly disgusting"): an emotive word inside one is part of that blame, whoever it names."""
        return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e, _k, _x in found if e > s]

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        self._child = (ctx.audit.child_ref or "XXXX").lower()
        p = self.params
        taken: dict[int, list[tuple[int, int]]] = {}
        blamed = self._blamed_sentences(ctx)

        def deferred(hit: Hit) -> bool:
            return any(a <= hit.start < b for a, b in blamed.get(id(hit.block), ()))

        def lexicon_hits() -> Iterator[Hit]:
            yield from super(Emotive, self).check(ctx)
            if self.mistagged_after:
                for block, dom, section in ctx.audit.placed_blocks(actions=p.include_actions):
                    if block.text.strip():
                        yield from self._mistagged(ctx, block, dom, section, ctx.doc(block))

        for hit in lexicon_hits():
            if p.skip_quoted and in_quotes(hit.block.text, hit.start, hit.end):
                continue  # 'horrible' in straight single quotes: someone else's word
            if p.skip_quoted and self._dictated_quote(hit.block.text, hit.start):
                continue
            if any(hit.start < y and x < hit.end for x, y in taken.get(id(hit.block), ())):
                continue
            taken.setdefault(id(hit.block), []).append((hit.start, hit.end))
            if not deferred(hit):
                yield hit
        finders = [(p.hyperbole, self._hyperbole), (p.reactions, self._reactions), (p.emphasis, self._emphasis)]
        for block, dom, section in ctx.audit.placed_blocks(actions=p.include_actions):
            if not block.text.strip() or not any(cfg is not None for cfg, _ in finders):
                continue
            doc = ctx.doc(block)
            seen = taken.get(id(block), [])
            for cfg, find in finders:
                if cfg is None:
                    continue
                for s_, e_ in find(doc):
                    span = doc[s_:e_]
                    a, b = span.start_char, span.end_char
                    if p.skip_quoted and in_quotes(block.text, a, b) or any(a < y and x < b for x, y in seen):
                        continue
                    if p.skip_quoted and self._dictated_quote(block.text, a):
                        continue
                    seen.append((a, b))
                    if any(x <= a < y for x, y in blamed.get(id(block), ())):
                        continue
                    plain = child_text(cfg.plain, ctx.child)
                    values = {"term": span.text, "entry": span.text, "plain": plain, "severity": cfg.severity}
                    yield Hit(block=block, start=a, end=b, domain=dom, values=values, suggestion=plain,
                              severity=cfg.severity, section=section)


__all__ = ["Emotive"]
