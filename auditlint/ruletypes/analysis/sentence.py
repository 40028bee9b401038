"""The clause tests of one sentence (:class:`_Sentence`, built per sentence by
:meth:`.classifier.SentenceClassifier.classify`): whether a clause says what happened to the
child (impact), judges the practice (evaluation) or reports a process, with the helpers they share
(the child's mentions, consequence and reason clauses, support for a cue)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ...text import in_quotes, quoted_spans
from .cues import doc_lower
from .syntax import (
    _ASPECTUAL,
    _CHANGE_DEPS,
    _COPULAS,
    _DATE_RE,
    _EFFECT_NOUNS,
    _FACT_ADJECTIVES,
    _LIGHT_VERBS,
    _NEEDS_UNMET,
    _NEG_DET,
    _ORDINAL_RE,
    _PERCEIVING,
    _PROCESS_REPORTED_DEPS,
    _PRONOUNS_F,
    _PRONOUNS_M,
    _QUANTIFIERS,
    _REASON_MARKS,
    _SUBJ,
    _THIRD_PERSON,
    _VERDICT_NOUNS,
    _WH_CLAUSE,
    _clinical_delay,
    doc_text,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from .classifier import SentenceClassifier


class _Sentence:
    """The analysis of one sentence (built per sentence by the classifier)."""

    _TIME_NOUNS = {"day", "week", "month", "year", "term", "night", "weekend", "hour", "fortnight"}
    _WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

    def __init__(self, clf: SentenceClassifier, sent: Span, child: set[int]):
        self.clf = clf
        self.c = clf.c
        self.sent = sent
        self.doc = sent.doc
        self.child = child
        self.childf = frozenset(child)
        self.reasons: list[str] = []
        # answers asked of the same token more than once, by token index
        self._reported: dict[int, bool] = {}
        self._support: dict[int, str | None] = {}
        self._clause: dict[int, list[Token]] = {}
        self._subjects: dict[int, list[Token]] = {}
        self._impact_noun: dict[int, bool] = {}
        self._passes: bool | None = None
        self._stasis: list[Token] | None = None
        self.preds = clf.predicates(sent)
        self.consequence_heads = self._consequences()
        self.reason_heads: set[int] = set()
        agents = []
        for t in sent:
            if t.dep_ == "mark" and t.lower_ in _REASON_MARKS:
                self.reason_heads.add(t.head.i)
            elif t.dep_ == "agent":
                agents.append(t)
        self.opinion_verbs = self._opinions(agents) if agents else set()

    def _opinions(self, agents: list[Token]) -> set[int]:
        """Verbs of opinion with a person as agent ("is well regarded by the
        school", "was rated good by the IRO"): someone else's judgement."""
        clf, c = self.clf, self.c
        return {
            ag.head.i for ag in agents if ag.head.pos_ == "VERB" and any(
                p.dep_ == "pobj" and (c.person_nouns.has(p) or c.agency_nouns.has(p) or c.professional_nouns.has_at(p))
                for p in ag.children
            ) and (clf.is_(c.judgement_verbs, ag.head) or clf.is_(c.reporting_verbs, ag.head))
        }

    # -- helpers ---------------------------------------------------------------
    def subjects(self, v: Token) -> list[Token]:
        """:meth:`SentenceClassifier.subjects`, once per clause of the sentence (the list is shared: read it only)."""
        got = self._subjects.get(v.i)
        if got is None:
            got = self._subjects[v.i] = self.clf.subjects(v)
        return got

    def is_child(self, t: Token) -> bool:
        return t.i in self.child

    def child_possessed(self, t: Token) -> bool:
        """"XXXX's trust", "her reading", "the risk to XXXX"."""
        if not self.child:
            return False  # the child is not mentioned in the sentence
        for d in t.children:
            if d.dep_ in ("poss", "compound") and d.i in self.child:
                return True  # "XXXX's trust"; "XXXX stability" (the parser often reads a name as a compound)
            if d.dep_ == "prep" and d.lower_ in ("of", "to", "for") and any(p.i in self.child for p in d.children):
                return True
        return False

    def owned_state(self, t: Token) -> bool:
        """A noun the child has that is not a piece of the work about them
        ("his asthma", "her school refusal", but not "her plan", "his views")."""
        c = self.c
        return t.pos_ == "NOUN" and not (c.process_nouns.has_at(t) or c.not_impact_nouns.has(t) or c.person_nouns.has(t)
                                         or c.female_nouns.has(t) or c.male_nouns.has(t))

    def impact_noun(self, t: Token) -> bool:
        got = self._impact_noun.get(t.i)
        if got is None:
            got = self._impact_noun[t.i] = self._find_impact_noun(t)
        return got

    def _find_impact_noun(self, t: Token) -> bool:
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound" or self.c.not_impact_nouns.has(t):
            return False
        if self.c.impact_nouns.has(t):
            return True
        # the last word of a match of up to four words that starts in the sentence
        start = self.c.impact_nouns.last_starts(self.doc).get(t.i + 1)
        return start is not None and start >= max(self.sent.start, t.i - 3)

    def state_noun(self, t: Token) -> bool:
        """A noun the child has, named by an impact adjective: "XXXX's missing
        episodes", "her unsettled nights" (not "her safe plan": a piece of the work)."""
        return self.owned_state(t) and any(a.dep_ == "amod" and self.c.impact_adjectives.has(a) for a in t.children)

    def impact_adjective(self, tokens: Iterable[Token]) -> Token | None:
        toks = sorted(set(tokens), key=lambda t: t.i)
        for t in toks:
            if t.pos_ in ("ADJ", "VERB", "ADV", "NOUN") and t.dep_ != "amod" and self.c.impact_adjectives.has(t):
                return t
        if toks:
            lo, hi = toks[0].i, toks[-1].i + 1
            for s, e in self.c.impact_adjectives.find_in(self.doc, lo, hi, self.childf):
                if e - s > 1:
                    return self.doc[s]
        return None

    def _within(self, v: Token, heads: set[int], limit: int = 8) -> bool:
        h = v
        for _ in range(limit):
            if h.i in heads:
                return True
            if h.head == h:
                return False
            h = h.head
        return False

    def in_consequence(self, v: Token) -> bool:
        return self._within(v, self.consequence_heads)

    def in_reason(self, v: Token) -> bool:
        return self._within(v, self.reason_heads, 6)

    def _consequences(self) -> set[int]:
        """Heads of the clauses that a consequence marker or verb introduces."""
        c, doc, sent = self.c, self.doc, self.sent
        heads: set[int] = set()

        def clause_of(t: Token) -> Token:
            h = t
            while h.head != h and not (h.pos_ in ("VERB", "AUX") and h.dep_ not in ("aux", "auxpass")):
                h = h.head
            return h

        for s, e in c.consequence_markers.find(sent, self.childf):
            heads.add(clause_of(doc[e - 1]).i)
            for t in doc[s:e]:
                if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
                    heads.add(t.i)
                    heads |= {ch.i for ch in t.children if ch.dep_ in ("ccomp", "xcomp", "dobj", "advcl")}
        for t in (doc[i] for i in doc_lower(doc).with_lower(("so", "leaving"), sent.start, sent.end)):
            # "..., so XXXX still does not know ...": "so" joining a result clause
            if t.lower_ == "so" and t.dep_ in ("advmod", "cc", "mark") and t.i > sent.start and (
                doc[t.i - 1].is_punct or doc[t.i - 1].lower_ == "and"
            ):
                heads.add(t.head.i)
                heads |= {ch.i for ch in t.head.children if ch.dep_ == "conj" and ch.i > t.i}
            if t.lower_ == "leaving" and t.pos_ == "VERB":
                heads.add(t.i)
        for v in self.preds:
            # "meant that XXXX stayed at home", "led to three changes of school"
            if self.clf.is_(c.consequence_verbs, v):
                for ch in v.children:
                    if ch.dep_ in ("ccomp", "xcomp", "dobj", "advcl", "prep", "attr", "pcomp", "oprd"):
                        heads.add(ch.i)
                        heads |= {g.i for g in ch.subtree if g.pos_ in ("VERB", "AUX") and g.dep_ not in ("aux", "auxpass")}
        return heads

    def support(self, v: Token) -> str | None:
        """Why a plain clause about the child counts as an outcome for them:
        negation, a modal, a change ("now", "still", "since", a comparative:
        "goes to bed earlier"; "from ... to ...": "has moved from working
        below to working at the expected level"), a duration."""
        if v.i in self._support:
            return self._support[v.i]
        why = self._support[v.i] = self._find_support(v)
        return why

    def clause_tokens(self, v: Token) -> list[Token]:
        """:meth:`SentenceClassifier.clause_tokens`, once per clause of the sentence."""
        got = self._clause.get(v.i)
        if got is None:
            got = self._clause[v.i] = self.clf.clause_tokens(v)
        return got

    def _find_support(self, v: Token) -> str | None:
        clf = self.clf
        if clf.negated(v):
            return "negated"
        if clf.modal(v):
            return "modal"
        preps = 0
        change_words = self.c.change_words
        for t in self.clause_tokens(v):
            if t.dep_ in _CHANGE_DEPS and change_words.has(t):
                return f"'{t.text}'"
            if t.head == v and t.i > v.i and ((t.tag_ == "RBR" and t.dep_ == "advmod") or (t.tag_ == "JJR" and t.dep_ == "acomp")
                                              or (t.dep_ == "dobj" and t.lower_ in ("more", "less") and not any(t.children))):
                return f"comparative '{t.text}'"  # "goes to bed earlier", "is reading more"
            if (t.head == v and t.dep_ == "prep" and t.lower_ in ("from", "to")) or (
                    t.dep_ == "quantmod" and t.lower_ == "to" and preps == 1):  # "has gone from 40% to 92%"
                preps |= 1 if t.lower_ == "from" else 2
                if preps == 3:
                    return "'from ... to ...'"
            if t.dep_ == "npadvmod" and (t.lemma_.lower() in self._TIME_NOUNS or t.lower_ in self._WEEKDAYS) and any(
                    d.dep_ == "det" and d.lower_ in ("every", "each") for d in t.children):
                return "frequency"  # "XXXX has been in school on time every day": a routine
            if t.dep_ in ("npadvmod", "pobj", "dobj") and t.lemma_.lower() in self._TIME_NOUNS and (
                any(n.like_num or n.lower_ in ("several", "many", "whole") for n in t.children)
                or t.dep_ == "npadvmod" or (t.dep_ == "pobj" and t.head.lower_ in ("for", "since", "over"))
            ):
                return "duration"
            if t.dep_ == "pcomp" and t.head.lower_ == "without":
                return "'without'"
            if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head == v and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in t.children):
                return "'with no ...'"  # "XXXX remains at home with no change to the conditions"
        if clf.is_(self.c.change_verbs, v):
            return f"change '{v.lemma_}'"
        if v.lemma_.lower() in _ASPECTUAL and any(x.dep_ == "xcomp" and x.pos_ == "VERB" for x in v.children):
            return f"a change ('{v.text} ...')"  # "XXXX had begun arriving at school with a packed lunch"
        return None

    # -- impact ----------------------------------------------------------------
    def _manner(self, v: Token) -> bool:
        """``v`` describes how something was done: "written in a way XXXX could understand"."""
        if not (v.dep_ == "relcl" and v.head.lemma_.lower() in ("way", "manner", "language", "format", "form", "style")):
            return False
        if not (any(self.is_child(x) for x in self.subjects(v)) and self.clf.modal(v)):
            return False  # "handled in a way that protected him" is an outcome
        h = v.head
        while h.pos_ not in ("VERB", "AUX") and h.head != h:
            h = h.head
        return not self.clf.negated(h)  # "none of this has been explained to her in a way she can understand" is an impact

    def impact(self) -> str | None:
        for v in self.preds:
            why = self._impact_clause(v) or self._childs_work_idle(v)
            # (whether the clause sits in an analysis or a manner is asked only of a clause that would be an impact:
            # the tests are pure, so the order gives the same answer, and most clauses are no impact)
            if why and not (self.clf.embedded_in_analysis(v, self.child) or self._manner(v)):
                return why
        return self._impact_sentence()

    _IDLE_VERBS = frozenset("sit languish lie gather".split())

    def _childs_work_idle(self, v: Token) -> str | None:
        """The child's own piece of work left idle for a time ("XXXX's CAMHS referral sat in a drawer until March",
        "her EHCP request languished for months"): delay in the child's plan, told without the word."""
        if v.lemma_.lower() not in self._IDLE_VERBS or self.clf.negated(v) or self.quoted(v):
            return None
        if not any(self.c.process_nouns.has_at(s) and self.child_possessed(s) for s in self.subjects(v)):
            return None
        for pr in v.children:
            if pr.dep_ == "prep" and pr.lower_ in ("until", "for", "till") and any(
                    p.ent_type_ == "DATE" or p.lemma_.lower() in self._TIME_NOUNS or p.lemma_.lower() in self._WEEKDAYS
                    for p in pr.children if p.dep_ == "pobj"):
                return f"the child's {v.lemma_.lower()} idle ('{pr.text} ...'): delay in the plan"
        return None

    def _impact_clause(self, v: Token) -> str | None:
        clf, c = self.clf, self.c
        lemma = clf.verb_lemma(v)  # the verb's lemma with its particle
        subs = self.subjects(v)
        child_subj = any(self.is_child(s) for s in subs)
        passive = clf.is_passive(v)
        cons = self.in_consequence(v)
        process_verb = clf.is_(c.process_verbs, v) and not clf.is_(c.not_process_verbs, v)
        if self.child:
            # every test of _impact_on_child needs a mention of the child in the sentence (as the clause's subject,
            # its object, a possessor, or the one it describes): in a sentence without one none of them can hold
            decided, why = self._impact_on_child(v, lemma, subs, child_subj, passive, cons, process_verb)
            if decided:
                return why
        # drift in the plan: "the plan drifted", "has stood still", "was put back"
        for s, e in c.drift_phrases.find_in(self.doc, v.i, min(v.i + 4, self.sent.end), self.childf):
            if s == v.i and any(o.dep_ == "dobj" and (c.process_nouns.has_at(o) or any(
                    c.process_nouns.has_at(p) for pr in o.children if pr.dep_ == "prep" for p in pr.children)) for o in v.children):
                continue  # "The IT migration lost some of the case notes"
            if (s == v.i or (self.doc[s].head == v and self.doc[s].dep_ in ("advmod", "acomp", "attr", "prep", "npadvmod"))
                    or (self.doc[e - 1].head == v and e - s > 1)) and (not clf.negated(v) or any(
                        t.lower_ in _NEG_DET for t in self.doc[s:e])):
                return f"drift or delay ('{self.doc[s:e].text}')"
        for s in subs:
            if s.lemma_.lower() in ("drift", "delay") and not clf.negated(v) and not _clinical_delay(s):
                return f"'{s.text}' {lemma}"
        why = self._standing_still(v, subs)
        if why:
            return why
        if not passive and subs and clf.negated(v) and any(c.process_nouns.has_at(s) and not c.professional_nouns.has_at(s) for s in subs) and not (
            v.dep_ == "conj" and v.tag_ == "VBN" and clf.is_passive(v.head)  # "was considered but not progressed"
        ) and not any(ch.dep_ == "dobj" for ch in v.children) and clf.is_(c.change_verbs, v):
            # the plan itself has not moved: "The plan has not moved on since the summer", "the plan for XXXX has
            # not changed since May" (but "the review did not change the plan" judges what the review did)
            return f"drift ('{subs[0].text} ... not {v.text}')"
        why = self._plan_moved_at_last(v, subs)
        if why:
            return why
        # an impact noun that changes or may change: "Stability has improved", "the risk ... is unlikely to be recognised"
        for s in subs:
            # (or measured from one level to another: "attendance has gone from 40% to 92%"; the support is
            # worked out only for a clause with an impact noun as subject)
            if self.impact_noun(s) and (clf.is_(c.change_verbs, v) or clf.modal(v) or (cons and not process_verb) or (
                    not process_verb and self._moved(v))):  # (the subject's test first: most subjects are no impact noun)
                if s.lemma_.lower() in ("progress", "outcome", "future") and not self.child_possessed(s):
                    continue
                return f"'{s.text}' {lemma}"
        # what may happen to the child: "XXXX may not understand", "would mean an emergency move for XXXX"
        if self.child and clf.modal(v) and not (
                process_verb and not child_subj and (passive or (clf.negated(v) and not clf.is_(c.outcome_verbs, v)))):
            # (a piece of work not done to the child is process: "could not be bothered to see XXXX alone"; but
            # "may have to move XXXX again" is what may happen to the child)
            direct = [t for t in self.clause_tokens(v) if self.is_child(t) and (
                (t.dep_ in _SUBJ + ("dobj", "dative") and t.head == v)
                or (t.dep_ == "pobj" and t.head.head == v)
                or (t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.dep_ in ("dobj", "attr") and t.head.head.head == v)
            )]
            if (child_subj or direct) and not self._decided(v):
                return f"what may happen to the child ('{lemma}')"
        # a consequence for the child or their outcomes: "..., so XXXX ...", "which meant XXXX ..."
        if cons:
            ctoks = self.clause_tokens(v)
            part = [t for t in ctoks if self.is_child(t) and (
                (t.dep_ in _SUBJ + ("dobj", "dative"))
                or (t.dep_ == "poss" and (self.impact_noun(t.head) or self.owned_state(t.head)) and t.head.dep_ in _SUBJ + ("dobj",))
                # the child's plan moving (or not) as a result: "which meant XXXX's plan could finally move forward"
                # (not "so that XXXX's plan can be progressed": work to be done on the plan)
                or (t.dep_ == "poss" and t.head.dep_ == "nsubj" and t.head.head == v and clf.is_(c.change_verbs, v) and not clf.is_passive(v))
                or (t.dep_ == "pobj" and t.head.lower_ in ("for", "to", "with", "on", "about", "from", "without", "against")
                    and t.head.head.pos_ in ("VERB", "AUX", "ADJ"))
            )]
            nouns = [t for t in ctoks if self.impact_noun(t) and t.dep_ in _SUBJ + ("dobj", "attr", "pobj")
                     and t.lemma_.lower() not in ("progress", "outcome", "history", "home", "move")]
            cadj = self.impact_adjective(ctoks)
            if part or nouns or cadj is not None:
                what = part[0].text if part else nouns[0].text if nouns else cadj.text  # type: ignore[union-attr]
                return f"a consequence for the child ('{what}')"
        return None

    def _impact_on_child(self, v: Token, lemma: str, subs: list[Token], child_subj: bool, passive: bool, cons: bool,
                         process_verb: bool) -> tuple[bool, str | None]:
        """The tests of :meth:`_impact_clause` that need the child in the sentence: (whether they decided the
        clause, and the reason when it is an impact). (True, None): the clause is not an impact."""
        clf, c = self.clf, self.c
        adj = self._state_adjective(v, lemma) if child_subj else None  # (else asked only when needed, below)

        if self._child_state_as_reason_for_step(v, subs):
            return True, None  # "XXXX was in hospital in March, so the review was moved to April": the review is what changed
        if child_subj and (self._speech_as_time_anchor(v) or self._speaker_quoting_self(v, subs)):
            return True, None  # "a referral was made after XXXX described ...", "Mam-gu said she 'would rather ...'"
        if not (child_subj or passive) and any(self._describes_child(x) for x in subs) and self._child_lived_through(v):
            return True, "the child's own experience"  # "XXXX is a little boy who has been through a lot"
        if child_subj:
            reason_only = self.in_reason(v) and not cons
            if not passive and clf.is_(c.child_speech_verbs, v):
                return True, f"the child {lemma} (their own words or view)"
            if not passive and self._child_lived_through(v):
                return True, "the child's own experience"
            if adj is not None and not reason_only:
                return True, f"the child is '{adj.text}'"
            if not passive and clf.is_(c.impact_verbs, v) and not clf.is_(c.weak_impact_verbs, v):
                return True, f"the child {lemma}"
            if not passive and not process_verb and not reason_only:
                for ch in v.children:
                    if ch.dep_ == "dobj" and self.impact_noun(ch):
                        return True, f"the child {lemma} {ch.text}"
            if passive and clf.is_(c.outcome_verbs, v) and not process_verb:
                return True, f"the child was {v.text}"  # "XXXX was left at home", not "XXXX was given a copy of the plan"
            why = self.support(v) or ("a consequence" if cons else None)
            if why == "modal" and self._decided(v):
                why = None  # "the meeting agreed that XXXX would stay with her godmother": a decision reported
            if why is None and not passive and not process_verb and self._main_after_reason(v):
                why = "the result of what went before"
            if why is None and self._after_shortfall(v):
                why = "a consequence"  # "Because the safety plan was not shared, XXXX was released to an adult ..."
            if why and not reason_only:
                if passive and process_verb and why not in ("modal", "a consequence"):
                    pass  # "XXXX was not seen alone for five weeks" reports the process
                elif lemma in _COPULAS and not cons and why in ("duration", "the result of what went before"):
                    pass  # "XXXX has been in foster care for two years" is background
                elif not cons and self._case_status_since(v, why):
                    pass  # "he has been open to CIN since a DV incident in August" is the case's history
                elif not cons and why in ("duration", "the result of what went before", "'since'") and self._child_age_stated():
                    pass  # "XXXX is ten and has lived with her carers since 2021": a child summary, background
                elif not cons and self._without_work(v):
                    pass  # "XXXX went 14 weeks without a visit" says the visits were not done, like "was not visited"
                else:
                    return True, f"the child {lemma} ({why})"
        if self.child and any(o.dep_ == "dobj" and o.i in self.child for o in v.children) and not passive and not child_subj and (
            v.pos_ == "VERB" and not process_verb and subs and not any(
                c.person_nouns.has(x) or c.professional_nouns.has_at(x) or c.agency_nouns.has(x) or x.pos_ == "PRON" and x.lower_ != "which"
                for x in subs)
        ) and self._psych_verb(v):
            # what happens to the child, not what someone did to them: "The move frightened XXXX" (but "the worker
            # supported XXXX" is work)
            return True, f"'{lemma}' the child"  # "attempts to contact her, which still unsettle her": she is unsettled
        made = clf.causative(v)
        if made is not None and (made.tag_ == "JJR" or self.impact_adjective([made]) is not None) and any(
            self.is_child(x) for x in made.children if x.dep_ in _SUBJ
        ):
            return True, f"'{lemma}' the child '{made.text}'"  # "The move made XXXX very unhappy"
        # the child's state changed (or not) by the work: "None of the actions has reduced the risk to XXXX"
        if self.child and not passive and not child_subj and any(
            ch.dep_ == "dobj" and self.impact_noun(ch) and (self.child_possessed(ch) or self.child_possessed(v)) for ch in v.children
        ) and clf.is_(c.change_verbs, v):
            return True, (f"'{lemma}' the child's {next(ch.text for ch in v.children if ch.dep_ == 'dobj')}")
        # the child as the one an outcome happens to: "left XXXX at risk", "set back XXXX's trust"
        if not passive and clf.is_(c.outcome_verbs, v):
            for ch in v.children:
                if ch.dep_ in ("dobj", "dative", "oprd") and (self.is_child(ch) or (self.child_possessed(ch) and self.impact_noun(ch))):
                    return True, f"'{lemma}' the child"
                if ch.dep_ in ("ccomp", "xcomp") and any(self.is_child(g) and g.dep_ in _SUBJ for g in ch.subtree):
                    return True, f"'{lemma}' the child"
        # a state of the child's: "his self-harm increased", "XXXX's trust has been set back",
        # "his asthma has not been reviewed" (as a consequence), "her school refusal has now lasted two terms"
        for s in subs:
            # (the cheap test of whose the subject is comes first: most subjects are nobody's state)
            if self.child_possessed(s) and (self.impact_noun(s) or self.owned_state(s) or s.lemma_.lower() == "life") and (
                    adj := adj if child_subj else self._state_adjective(v, lemma)) is not None:
                return True, f"the child's {s.text} is '{adj.text}'"  # "XXXX's life is safer and more settled"
            if (self.child_possessed(s) or self.is_child(s)) and (self.impact_noun(s) or self.state_noun(s)):
                # a process verb without an object is no piece of work: "her missing episodes all started after contact"
                if not (process_verb and (passive or any(ch.dep_ == "dobj" for ch in v.children))) or self.support(v) or cons:
                    return True, f"the child's {s.text} ({lemma})"
            elif self.child_possessed(s) and self.owned_state(s) and (cons or (self.support(v) and not process_verb)):
                return True, f"the child's {s.text} ({lemma})"
            elif passive and s.dep_ == "nsubjpass" and self.child_possessed(s) and self.owned_state(s) and not self._work_on(
                    v) and self._event_agent(v):
                # an event acting on a part of the child's life: "XXXX's world has been turned upside down by the move",
                # "his schooling was interrupted by the exclusion" (not "XXXX's bedroom was viewed by the worker")
                return True, f"the child's {s.text} ({lemma})"
        # the child's needs met or unmet: "XXXX's identity needs are met by his carers", "her needs were not met"
        if lemma == "meet" and any(s.lemma_.lower() == "need" and (self.child_possessed(s) or self.is_child(s)) for s in subs):
            return True, ("the child's needs met" if not clf.negated(v) else "the child's needs not met")
        # "XXXX's health needs were neglected", "her needs have been overlooked": the needs left unmet
        if passive and lemma in _NEEDS_UNMET and not clf.negated(v) and any(
                s.lemma_.lower() == "need" and s.dep_ == "nsubjpass" and self.child_possessed(s) for s in subs):
            return True, "the child's needs not met"
        return False, None

    _AT_LAST = frozenset("finally eventually".split())

    _EXPERIENCE_TIME_NOUNS = frozenset("year month week term summer time fortnight".split())

    def _describes_child(self, x: Token) -> bool:
        """``x`` (or the noun a relative pronoun stands for) is what the child is said to be: "XXXX is a resilient
        little boy who ...", the complement of a copula whose subject is the child."""
        if x.tag_ in ("WP", "WDT") and x.head.dep_ == "relcl":
            x = x.head.head
        return x.dep_ == "attr" and x.head.lemma_ == "be" and any(self.is_child(s) for s in self.subjects(x.head))

    def _child_lived_through(self, v: Token) -> bool:
        """The child (the clause's subject, asked by the caller) as the one who underwent something: "has been
        through hell and back", "has gone through a frightening few months", "has had a very difficult year":
        the child's experience, not a step of the work ("we went through each of the visits" has a piece of
        work after "through" and is not said of the child)."""
        if self.clf.negated(v) or self.quoted(v):
            return False
        c, lemma = self.c, v.lemma_.lower()
        if lemma in ("be", "go", "live", "come"):
            return any(pr.dep_ == "prep" and pr.lower_ == "through" and any(
                p.dep_ == "pobj" and not c.process_nouns.has_at(p) and not c.professional_nouns.has_at(p)
                for p in pr.children) for pr in v.children)
        if lemma in ("have", "experience"):
            return any(o.dep_ == "dobj" and o.lemma_.lower() in self._EXPERIENCE_TIME_NOUNS and any(
                a.dep_ in ("amod", "compound") and a.pos_ == "ADJ" for a in o.subtree if a.i < o.i) for o in v.children)
        return False

    def _child_state_as_reason_for_step(self, v: Token, subs: list[Token]) -> bool:
        """The child's state or circumstances (a copula clause: "XXXX was in hospital for three weeks", "her
        college timetable is heavy this term", "XXXX was too unwell to attend") given only as the reason a step of
        the work was moved or arranged, in a clause after "so" ("..., so the review was moved to April", "so her
        views were given through her advocate") or as the "because" of one ("the review was put back because
        XXXX was in hospital"): what changed is the step, not the child's life (the step's clause has a piece of
        work as its subject, not the child)."""
        if v.lemma_.lower() not in _COPULAS or not subs or not all(
                self.is_child(s) or (self.child_possessed(s) and not self.c.person_nouns.has(s)) for s in subs):
            return False
        c, clf = self.c, self.clf

        def step(w: Token) -> bool:
            ws = self.subjects(w)
            return w.i != v.i and w.pos_ in ("VERB", "AUX") and bool(ws) and all(
                c.process_nouns.has_at(x) and not self.is_child(x) for x in ws) and (
                clf.is_passive(w) or clf.is_(c.process_verbs, w) or clf.is_(c.occurrence_verbs, w))

        if v.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _REASON_MARKS for m in v.children) and step(v.head):
            return True
        so = next((t for t in self.sent if t.lower_ == "so" and t.i > v.i and t.dep_ in ("advmod", "cc", "mark")
                   and t.i + 1 < self.sent.end and self.doc[t.i + 1].lower_ not in ("that", "far", "much", "many")), None)
        return so is not None and any(step(w) for w in self.preds if w.i > so.i)

    def _plan_moved_at_last(self, v: Token, subs: list[Token]) -> str | None:
        """The child's plan moving only after a delay: "XXXX's plan finally moved on after 9 mths" (the delay in
        the child's plan is the impact; "the plan has not moved on" is read as drift above)."""
        late = next((a for a in v.children if a.dep_ == "advmod" and a.lower_ in self._AT_LAST), None)
        if late is None:
            return None  # (the cheapest test first: few clauses say "finally")
        if self.clf.is_passive(v) or self.clf.negated(v) or not self.clf.is_(self.c.change_verbs, v):
            return None
        if not any(self.c.process_nouns.has_at(x) and self.child_possessed(x) for x in subs):
            return None
        return f"the child's plan {v.text} '{late.text}' (after a delay)"

    def _case_status_since(self, v: Token, why: str) -> bool:
        """The child's case status with the date it began: "has been open to CIN since August", "has been known
        to the service since 2019" (a status of the case, not a state of the child)."""
        return why.lower() == "'since'" and self._case_status(v)

    def _case_status(self, v: Token) -> bool:
        """A copula giving the child's case a status: "he has been open to CIN", "is known to the service"."""
        return v.lemma_.lower() in _COPULAS and any(
            ch.dep_ in ("acomp", "attr") and self.c.status_adjectives.has(ch) for ch in v.children)

    _TIME_ANCHOR_MARKS = frozenset("after before until till when once as".split())

    def _speech_as_time_anchor(self, v: Token) -> bool:
        """The child's words only date or confirm a step of the work, in a time or manner clause under a clause that
        is not the child's: "a referral was made after XXXX described working for the agent", "not made until three
        weeks after XXXX first mentioned it", "found XXXX to be fifteen as he had said"."""
        if v.dep_ not in ("advcl", "pcomp") or not self.clf.is_(self.c.child_speech_verbs, v):
            return False
        marks = [m for m in v.children if m.dep_ == "mark" and m.lower_ in self._TIME_ANCHOR_MARKS]
        if not marks or (marks[0].lower_ == "as" and any(ch.dep_ in ("ccomp", "dobj", "xcomp") for ch in v.children)):
            return False  # ("as she told me she was scared" is what she said, not when)
        if marks[0].lower_ == "as":
            return True  # an elliptic echo, whatever the clause it confirms: "found XXXX to be fifteen as he had said"
        h = v.head
        while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head
        return not any(self.is_child(x) for x in self.subjects(h))

    def _speaker_quoting_self(self, v: Token, subs: list[Token]) -> bool:
        """A pronoun just before the quoted words of the person who said them is that person, not the child: "Mum's
        partner said he 'wants nothing to do with social'", "Mam-gu said she 'would rather die than ...'"."""
        while v.dep_ != "ccomp" and v.head.i != v.i and self.quoted(v):
            v = v.head  # (a clause further inside the quoted words: "would rather die than have strangers ...")
        h = v.head
        if v.dep_ != "ccomp" or not self.clf.is_(self.c.child_speech_verbs, h) or not self.quoted(v):
            return False
        subs = self.subjects(v)
        speakers = self.subjects(h)
        if not speakers or any(self.is_child(x) for x in speakers):
            return False
        return any(s.pos_ == "PRON" and not self.quoted(s) and s.i + 1 < len(self.doc) and self.doc[s.i + 1].is_quote
                   for s in subs)

    def _child_age_stated(self) -> bool:
        """The sentence says how old the child is ("XXXX is seven and lives with ...", "XXXX is a fourteen-year-old
        young person who ..."): a child summary, whose other clauses are the child's circumstances and history."""
        for t in self.sent:
            if t.lemma_ != "be" or t.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") or not any(self.is_child(x) for x in self.subjects(t)):
                continue
            for ch in t.children:
                if ch.dep_ in ("attr", "acomp") and (ch.like_num or (
                        any(x.lower_ == "old" for x in ch.subtree) and any(x.like_num for x in ch.subtree))):
                    return True
        return False

    def _child_summary(self, main: list[Token]) -> str | None:
        """Who the child is: age, home, legal status ("XXXX is three and lives with his mum ...; Welsh is the language
        of the home"), reported as the case's background: process (what the audit is about, not a judgement or effect)."""
        if len(self.preds) > 1 and not any(
                self.c.process_nouns.has_at(x) or self.c.professional_nouns.has_at(x) for x in main) and self._child_age_stated():
            # (the age alone, "XXXX is nine.", is left as other: it says nothing of the child's circumstances)
            return "a child summary (age and circumstances)"
        return None

    def _work_evidenced(self, v: Token) -> bool:
        """An evidential verb whose object (or passive subject) is a piece of work: "failed to evidence a single piece
        of direct work", "no direct work is evidenced on file": whether the work is on record, not analysis."""
        if not self.c.evidential_words.has(v):
            return False
        for x in v.children:
            if x.dep_ in ("dobj", "nsubjpass"):
                parts = [x] + [p for pr in x.children if pr.dep_ == "prep" and pr.lower_ == "of" for p in pr.children if p.dep_ == "pobj"]
                if any(self.c.process_nouns.has_at(p) for p in parts):
                    return True
        return False

    def _moved(self, v: Token) -> bool:
        """The clause's support is a comparative or "from ... to ...": a level that changed."""
        why = self.support(v)
        return why is not None and (why.startswith("comparative") or why == "'from ... to ...'")

    def _state_adjective(self, v: Token, lemma: str) -> Token | None:
        """The impact adjective (or participle) of the clause headed by ``v``: the verb itself ("XXXX
        thrived"), else its complements ("is settled", "feels safer at home")."""
        adj = self.impact_adjective([v] if v.pos_ != "AUX" and lemma not in _COPULAS else [])
        if adj is None:
            comps = [ch for ch in v.children if ch.dep_ in ("acomp", "oprd", "attr", "prep", "xcomp", "advcl", "dobj")]
            adj = self.impact_adjective(comps + [t for ch in comps if ch.dep_ in ("acomp", "oprd", "attr", "prep") for t in ch.subtree])
        return adj

    def _without_work(self, v: Token) -> bool:
        """The clause's only complement is "without" a piece of work: "went 14 weeks without a visit", "has been
        without an allocated worker since May" (not "without a school place", a part of the child's life)."""
        c = self.c
        if any(ch.dep_ in ("dobj", "acomp", "attr", "oprd", "xcomp") for ch in v.children):
            return False
        return any(pr.dep_ == "prep" and pr.lower_ == "without" and any(
            p.dep_ == "pobj" and (c.process_nouns.has_at(p) or c.professional_nouns.has_at(p)) for p in pr.children)
            for pr in v.children)

    def _event_agent(self, v: Token) -> bool:
        """The passive ``v`` has an agent that is an event or a thing, not a person or an agency doing the work."""
        c = self.c
        agents = [p for ag in v.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"]
        return bool(agents) and not any(
            p.pos_ in ("PRON", "PROPN") or c.person_nouns.has(p) or c.professional_nouns.has_at(p) or c.agency_nouns.has(p)
            or self.family(p) or c.family_terms.has(p) for p in agents)

    def _work_on(self, v: Token) -> bool:
        """``v`` is a step of the work (done, said, recorded, weighed, found out), not something that happens."""
        clf, c = self.clf, self.c
        return any(clf.is_(cues, v) for cues in (c.process_verbs, c.reporting_verbs, c.recording_verbs, c.analysis_verbs,
                                                  c.knowing_verbs, c.occurrence_verbs))

    def _time_passes(self) -> bool:
        """The sentence measures time going by: a count of days, months ... ("eight months on", "for a year",
        "some eleven months after"), "since", an occasion that recurs ("every review", "each iteration", "the
        fourth review", "its nineteenth month"), "again", or two dates or more."""
        if self._passes is None:
            self._passes = len(_DATE_RE.findall(self.sent.text)) > 1 or any(self._marks_time(t) for t in self.sent)
        return self._passes

    def _marks_time(self, t: Token) -> bool:
        """``t`` says that time goes by (see :meth:`_time_passes`); dates are counted there."""
        low = t.lower_
        if low == "again" or (low == "since" and (t.dep_ == "prep" or t.head.tag_ in ("VBD", "VBN") or any(
                p.dep_ == "pobj" for p in t.children))):
            return True  # (not the "since" of a reason: "since each session records the same actions")
        if t.dep_ == "det" and low in ("every", "each") and t.head.pos_ == "NOUN":
            return True
        if t.dep_ == "amod" and _ORDINAL_RE.match(low) and t.head.pos_ == "NOUN":
            return True
        if t.lemma_.lower() in self._TIME_NOUNS:
            return any(n.like_num or n.lower_ in ("several", "many") for n in t.children) or (
                t.dep_ == "pobj" and t.head.lower_ in ("for", "after", "over") and any(d.lower_ in ("a", "an") for d in t.children))
        return False

    def _standing_still(self, v: Token, subs: list[Token]) -> str | None:
        """Drift told without the word: the plan, its actions or the child's future said to stay as they were
        while time goes by ("Eight months on, the plan is unchanged", "the same three actions have appeared in
        every set of minutes since September", "the assessment ordered in March had still not been
        commissioned by the October review", "XXXX's future remains undetermined eleven months on")."""
        c, clf = self.c, self.clf
        still = at_last = in_prep = False  # (the gate's three tests of the verb's children, in one pass)
        for ch in v.children:
            dep = ch.dep_
            if dep == "advmod":
                low = ch.lower_
                if low in ("still", "yet"):
                    still = still or not self._yet_again(ch)
                elif low in ("finally", "eventually"):
                    at_last = True
            elif dep == "prep" and ch.lower_ == "in":
                in_prep = True
        if not (still or self._stasis_here(v, subs) or v.lemma_.lower() in ("remain", "stay", "wait") or (
                v.lemma_ == "be" and in_prep) or at_last):
            return None  # none of the markers below can hold (each needs one of these)
        if any(m.dep_ == "mark" and m.lower_ in _REASON_MARKS and not any(p.dep_ == "pobj" for p in m.children)
               for m in v.children):
            return None  # the reason for a judgement: "has added little, since each session records the same actions"
        work = [s for s in subs if c.process_nouns.has_at(s) and not c.professional_nouns.has_at(s)]
        theirs = [s for s in subs if self.is_child(s) or (self.child_possessed(s) and not c.person_nouns.has(s))]
        marker = None
        if still and clf.negated(v) and not any(s.lower_ in ("i", "we") for s in subs):
            marker = "still not"
        elif any(ch.dep_ == "advmod" and ch.lower_ in ("finally", "eventually") for ch in v.children) and any(
                t.lemma_.lower() in self._TIME_NOUNS and any(n.dep_ == "nummod" for n in t.children) for t in self.sent):
            marker = "finally"  # "some nine months after the referral, XXXX was finally seen"
        elif theirs and v.lemma_.lower() in ("remain", "stay", "wait") and any(
                t.lemma_.lower() in self._TIME_NOUNS and any(n.like_num for n in t.children) and any(
                    x.lower_ == "after" for x in (t.head, *t.children, *t.head.children)) for t in self.sent):
            marker = "still there ... after"  # "XXXX remains in secure care four months after the Hearing agreed she could leave"
        elif (work or theirs) and (c.stasis_words.has(v) and still or any(
                ch.dep_ in ("acomp", "oprd", "attr") and c.stasis_words.has(ch) for ch in v.children)) and not (
                not work and self._case_status(v)):
            marker = "unchanged"
        else:
            # "the same three actions", "the plan, unchanged since September,", "listed as outstanding"
            held = work + [o for o in v.children if o.dep_ == "dobj" and c.process_nouns.has_at(o)] + [
                p for pr in v.children if pr.dep_ == "prep" and pr.lower_ == "with" for p in pr.children
                if p.dep_ == "pobj" and c.process_nouns.has_at(p)]
            if any(a.dep_ in ("amod", "acl", "appos") and c.stasis_words.has(a) for n in held for a in n.children) or (
                    work and any(pr.dep_ == "prep" and pr.lower_ == "as" and any(c.stasis_words.has(x) for x in pr.children)
                                 for pr in v.children)):
                marker = "the same"
            elif work and v.lemma_ == "be" and any(
                    pr.dep_ == "prep" and pr.lower_ == "in" and any(
                        p.lemma_.lower() in self._TIME_NOUNS and any(_ORDINAL_RE.match(a.lower_) for a in p.children)
                        for p in pr.children) for pr in v.children):
                marker = "its nth month"  # "The referral is now in its nineteenth month"
        if marker == "the same" and not any(self._marks_time(t) for t in self.sent):
            return None  # the same actions at two dates may be no more than actions carried over once
        if marker and self._time_passes():
            return f"drift told as time passing ('{marker}')"
        return None

    @staticmethod
    def _yet_again(t: Token) -> bool:
        """"yet again", "yet another": a repetition (often blame wording), not "not yet" (the work still not done)."""
        return t.lower_ == "yet" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("again", "another", "more")

    def _stasis_here(self, v: Token, subs: list[Token]) -> bool:
        """A word of the stasis list is where :meth:`_standing_still` may read one for the clause of ``v``: ``v``,
        a child, grandchild or great-grandchild of ``v``, or a child of a subject. Without one, the clause cannot be
        "unchanged" or "the same". The Doc's stasis words are found once per Doc (most Docs have none)."""
        if self._stasis is None:
            key = (self.c.stasis_words._key, "tokens")
            got = self.doc.user_data.get(key)
            if got is None:
                where, words = doc_lower(self.doc).where, self.c.stasis_words.words
                got = self.doc.user_data[key] = sorted({i for w in where.keys() & words for i in where[w]})
            self._stasis = [self.doc[i] for i in got]
        for t in self._stasis:
            h = t.head
            if v.i in (t.i, h.i, h.head.i, h.head.head.i) or any(h.i == s.i for s in subs):
                return True
        return False

    def _decided(self, v: Token) -> bool:
        """``v`` is what a meeting or a worker decided or agreed ("agreed that XXXX would stay with her
        godmother until the Monday"): the content of a step of the work, not an outcome."""
        h = v
        while h.dep_ == "conj" and h.head != h:
            h = h.head
        c, clf = self.c, self.clf
        return h.dep_ == "ccomp" and clf.is_(c.process_verbs, h.head) and not (
            clf.is_(c.reporting_verbs, h.head) or clf.is_(c.child_speech_verbs, h.head)
            or any(self.is_child(x) for x in self.subjects(h.head)))

    def _psych_verb(self, v: Token) -> bool:
        """A verb whose object feels what its participle names: "unsettle" /
        "unsettled", "frighten" / "frightened", "upset" (read from the
        impact adjectives, so the list is kept in one place)."""
        lemma, adj = v.lemma_.lower(), self.c.impact_adjectives
        return adj.has_lemma(lemma) or adj.has_lemma(lemma + "d") or adj.has_lemma(lemma + "ed")

    def _main_after_reason(self, v: Token) -> bool:
        """``v`` is the main clause (or joined to it) of a sentence that gives
        a reason: "Because the decision was made that day, XXXX went to stay
        with her grandmother"."""
        root = self.sent.root
        if not self.reason_heads:
            return False
        if v != root and not (v.dep_ == "conj" and v.head == root):
            return False
        return any(self._within(self.doc[h], {root.i}) and h != root.i for h in self.reason_heads)

    def _after_shortfall(self, v: Token) -> bool:
        """``v`` is the main clause after a reason that says what was not done ("Because the safety plan was not
        shared with the school, XXXX was released at the gate ..."): what befell the child as the result of the
        omission, even when told as a process in the passive."""
        return self._main_after_reason(v) and any(
            self.clf.negated(self.doc[h]) and self.doc[h].i < v.i for h in self.reason_heads)

    def _effect_named(self) -> str | None:
        """"The outcome for XXXX is that ...", "the main difference is that her brother no longer ...": a noun of
        effect as the subject of "be", with a clause about the child as what it is (not "the outcome of the review
        was that the plan continued", which names no effect on the child)."""
        clf = self.clf
        for v in self.preds:
            if v.lemma_ != "be" or clf.negated(v) or clf.embedded_in_analysis(v, self.child):
                continue
            if not any(s.lemma_.lower() in _EFFECT_NOUNS and s.pos_ == "NOUN" for s in self.subjects(v)):
                continue
            for ch in v.children:
                if ch.dep_ == "ccomp" and any(self.is_child(x) for x in ch.subtree):
                    return f"'{v.text} that' names the effect on the child"
        return None

    def _labelled_state(self) -> str | None:
        """A note headed by a part of the child's life and a colon, which stands for "is": "Sleep: settled since
        the move", "Friendships: lost after the transfer" (not "Supervision: improved", a piece of the work)."""
        c, doc, sent = self.c, self.doc, self.sent
        words = [t for t in sent if t.is_alpha]
        if len(words) < 2:
            return None
        label = words[0]
        if label.i + 1 >= sent.end or doc[label.i + 1].text != ":" or label.pos_ not in ("NOUN", "PROPN", "VERB"):
            return None
        if c.process_nouns.has_at(label) or not (c.impact_nouns.has(label) and not c.not_impact_nouns.has(label)):
            return None
        first = words[1]
        if c.impact_adjectives.has(first) or self.clf.is_(c.change_verbs, first) or c.change_words.has(first):
            return f"'{label.text}: {first.text}'"
        return None

    _DRIFT_NOUNS = ("drift", "delay", "limbo")  # (:meth:`_impact_sentence` reads their tokens from the word index)

    def _impact_sentence(self) -> str | None:
        clf, c = self.clf, self.c
        why = self._effect_named() or self._labelled_state()
        if why:
            return why
        for v in self.preds:
            if v.lemma_ != "be" or not any(x.dep_ == "expl" for x in v.children) or clf.embedded_in_analysis(v, self.child):
                continue
            for t in v.children:
                if t.dep_ != "attr" or t.pos_ not in ("NOUN", "PROPN"):
                    continue
                # (or what the episodes were of: "no incidents of domestic abuse", "no episodes of self-harm")
                state = self.impact_noun(t) or clf.is_(c.impact_verbs, t) or any(
                    c.impact_adjectives.has(a) for a in t.children if a.dep_ in ("amod", "compound")) or any(
                    self.impact_noun(p) for x in t.children if x.dep_ == "prep" and x.lower_ == "of" for p in x.children)
                why = self.support(v) or ("negated" if any(x.lower_ in _NEG_DET for x in t.subtree) else None) or next(
                    (f"'{x.text}'" for x in v.subtree if c.change_words.has(x) and x.dep_ in ("mark", "prep", "advmod")), None)
                if state and not c.process_nouns.has_at(t) and why:
                    return f"'there {v.text} ... {t.text}' ({why})"
        for t in self.sent:
            # "which matters to them", "this means a great deal to XXXX"
            if t.lower_ == "to" and t.dep_ in ("prep", "dative") and any(self.is_child(p) for p in t.children) and t.head.lemma_.lower() in (
                "matter", "mean"
            ) and not clf.embedded_in_analysis(t.head, self.child):
                return f"'{t.head.text} to' the child"
            # "frightening for XXXX", "the outcome for XXXX is ...", "harder ... for XXXX to form"
            if t.lower_ in ("on", "upon") and t.dep_ == "prep" and any(self.is_child(p) for p in t.children) and t.head.lemma_.lower() in (
                "effect", "impact", "bearing", "consequence", "influence", "toll"
            ):
                return f"'{t.head.text} on' the child"
            if t.lower_ == "for" and t.dep_ == "prep" and any(self.is_child(p) for p in t.children):
                head = t.head
                if clf.embedded_in_analysis(head, self.child) or c.process_nouns.has_at(head) or (
                        head.pos_ == "NOUN" and head.dep_ in _SUBJ + ("dobj",)
                        and ((clf.is_(c.process_verbs, head.head) and clf.is_passive(head.head)) or clf.is_(c.analysis_verbs, head.head))):
                    continue  # (not "Outcomes for XXXX were discussed at the core group")
                acomp = [x for x in head.children if x.dep_ == "acomp"] if head.pos_ in ("AUX", "VERB") else []
                effects = ("outcome", "difference", "impact", "effect", "mean", "consequence", "experience", "change", "result")
                if head.pos_ == "ADJ" or acomp or head.lemma_.lower() in effects or (
                    head.pos_ == "VERB" and any(o.dep_ == "dobj" and o.lemma_.lower() in effects for o in head.children)
                ) or (head.pos_ in ("VERB", "AUX") and clf.modal(head)) or self.in_consequence(head):
                    # ("has made a difference for XXXX": the parser hangs "for XXXX" on the verb)
                    return f"'{head.text} for' the child"
        sent = self.sent  # (the tokens of the lemmas tested below, from the word index: most sentences have none)
        for t in (self.doc[i] for i in doc_lower(self.doc).with_lemma(self._DRIFT_NOUNS, sent.start, sent.end)):
            # drift or delay reported: "challenged the drift", "There has been a lot of drift and delay"
            if t.lemma_.lower() in self._DRIFT_NOUNS and t.pos_ == "NOUN" and not _clinical_delay(t):
                h = t.head
                while h.dep_ in ("prep", "pobj", "conj", "attr", "dobj") and h.head != h and h.pos_ not in ("VERB", "AUX", "ADJ"):
                    h = h.head
                if h.pos_ == "ADJ":
                    continue  # "critical of the delay" judges a report of it
                if not clf.negated(h) and not any(d.lower_ in _NEG_DET for d in t.children):
                    return f"'{t.text}' in the child's plan"
        return None

    # -- evaluation ---------------------------------------------------------------
    def reported(self, t: Token) -> bool:
        """``t`` is in what someone other than the auditor said or recorded:
        "The IRO recorded that the plan was good", "Mother said the worker is
        brilliant". Their judgement is reported, not the auditor's finding."""
        got = self._reported.get(t.i)
        if got is None:
            got = self._reported[t.i] = self._reported_climb(t)
        return got

    def _reported_climb(self, t: Token) -> bool:
        clf, c = self.clf, self.c
        h = t
        opinions = self.opinion_verbs
        for _ in range(10):
            if opinions and h.i in opinions:
                return True  # "who is well regarded by the school", "was rated good by Ofsted": their opinion
            if h.head == h:
                return False
            parent = h.head
            if h.dep_ in ("ccomp", "xcomp", "oprd") and h.i > parent.i and parent.pos_ in ("VERB", "AUX") and (
                clf.is_(c.reporting_verbs, parent) or clf.is_(c.child_speech_verbs, parent)
            ):
                subs = self.subjects(parent)
                return bool(subs) and not any(x.lower_ in ("i", "we") for x in subs) and not clf.negated(parent) and not (
                    clf.is_passive(parent))
            h = parent
        return False

    @staticmethod
    def naming(span: Span) -> bool:
        """A judging phrase used as the name of a thing: "good practice guidance",
        "the strengths and needs form"."""
        last = span[-1]
        return last.dep_ == "compound" and last.head.i >= span.end and last.head.pos_ in ("NOUN", "PROPN")

    def evaluation(self) -> str | None:
        clf, c, doc, sent = self.clf, self.c, self.doc, self.sent
        for s, e in c.judgement_phrases.find(sent, self.childf):
            span = doc[s:e]
            if span.text.lower() == "rather than" and e < sent.end and (
                c.timeliness_words.has(doc[e]) or doc[e].like_num
            ):
                continue
            if self.naming(span) or self.reported(span.root):
                continue  # "good practice guidance" names a document; "the IRO said it was good practice"
            if self._when_it_was_due(doc[s].head):
                continue  # "a full year after it should have been" says when it was due
            return f"'{span.text}'"
        for s, e in c.evaluation_markers.find(sent, self.childf):
            span = doc[s:e]
            if e - s < 2 or (span[0].lower_ == "the" and span[-1].lower_ == "of"):
                continue
            last = span[-1]
            if last.pos_ == "VERB" and not any(ch.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for ch in last.children):
                continue  # "I found the referral on the system" reports; "I found that ..." judges
            if self.reported(span.root):
                continue
            return f"'{span.text}'"
        for v in self.preds:
            why = self._evaluative_clause(v) if not (self.quoted(v) or self.reported(v)) else None
            if why:
                return why
        why = self._held_responsible() or self._against_standard() or self._grade_judged_with_reason()
        if why:
            return why
        for t in sent:
            why = self._judged_word(t)
            if why and not self.reported(t):  # (what someone else said is their judgement, not the auditor's)
                return why
        for t in sent:
            # "relies too heavily on", "too descriptive"
            if t.lower_ == "too" and t.dep_ == "advmod" and t.head.pos_ in ("ADJ", "ADV") and not (
                    t.head.lower_ in _QUANTIFIERS and t.head.dep_ == "amod"  # "too many cases" counts, it does not grade
            ) and not self.is_child(t.head.head) and not any(
                self.is_child(x) for x in self.subjects(t.head.head)
            ):
                return f"'too {t.head.text}'"
        root = sent.root
        if root.pos_ in ("NOUN", "PROPN", "ADJ"):
            # a verbless judgement: "Not a strong assessment – too descriptive.", "Mainly descriptive."
            for t in root.subtree:
                if self._judging(t) and t.dep_ in ("amod", "ROOT", "appos", "conj", "acomp", "advmod") and not c.timeliness_words.has(t):
                    return f"'{t.text}'"
            why = self._labelled_fragment(root)
            if why:
                return why
        for frag in root.children:
            # a verbless judgement the parser hung on the clause after it: "What an amazing piece of work - I was moved"
            if frag.dep_ == "dep" and frag.pos_ == "NOUN" and frag.i < root.i and not self.is_child(frag) and not self.reported(frag):
                judged = next((a for a in frag.children if a.dep_ == "amod" and self._judging(a) and not c.timeliness_words.has(a)), None)
                if judged is not None:
                    return f"'{judged.text} {frag.text}'"
        if sent.text.rstrip().endswith("?") and any(t.lower_ == "why" for t in sent):
            return "a 'why' question"
        return self._writer_stance()

    @staticmethod
    def _when_it_was_due(v: Token) -> bool:
        """``v`` heads an elliptic time clause saying when a step was due: "taken to panel a full year after it
        should have been", "later than it should have". A timescale reported, not what should have been done."""
        return v.dep_ == "advcl" and v.lemma_.lower() in ("be", "do", "happen") and any(
            m.dep_ == "mark" and m.lower_ in ("after", "before", "than") for m in v.children
        ) and not any(ch.dep_ in ("acomp", "attr", "dobj", "ccomp", "xcomp", "oprd", "prep") for ch in v.children)

    _ANSWERABLE = frozenset("responsible accountable answerable liable culpable".split())

    def _held_responsible(self) -> str | None:
        """A verdict on a person: "an omission for which the worker must be held personally responsible" (but
        "the team cannot be held responsible for that" rejects the blame)."""
        for v in self.preds:
            if v.lemma_.lower() == "hold" and self.clf.is_passive(v) and not self.clf.negated(v) and not self.quoted(v) and any(
                    x.dep_ in ("acomp", "oprd", "advmod") and x.lemma_.lower() in self._ANSWERABLE for x in v.children):
                return "held responsible (a verdict on a person)"
        return None

    _MEASURED_AGAINST = frozenset("outside against contrary beyond".split())

    def _against_standard(self) -> str | None:
        """A comment that what was done breaks a standard: "..., which is outside the safeguarding procedures",
        "this is contrary to the guidance" (a timescale missed is only reported: "held outside timescale")."""
        sent = self.sent  # (the tokens of the words tested below, from the word index: most sentences have none)
        for t in (self.doc[i] for i in doc_lower(self.doc).with_lower(self._MEASURED_AGAINST, sent.start, sent.end)):
            if t.dep_ not in ("prep", "acomp", "advmod") or t.lower_ not in self._MEASURED_AGAINST or t.head.lemma_ != "be" or self.quoted(t):
                continue
            if not any(x.dep_ == "nsubj" and x.lower_ in ("which", "this", "that", "it") for x in t.head.children):
                continue
            objs = [p for p in t.subtree if p.dep_ == "pobj" and self.c.standard_nouns.has_at(p)]
            if objs and not self.clf.negated(t.head):
                return f"'{t.text} {objs[0].text}' (against a standard)"
        return None

    _GRADE_NOUNS = frozenset("grade grading rating".split())

    def _grade_judged_with_reason(self) -> str | None:
        """A grade described with the reason for the description: "The grade of Good is astonishingly generous
        when the narrative records two moves" (the grade judged against the evidence, G-4), not "The grade is
        Requires Improvement"."""
        c = self.c
        for v in self.preds:
            if v.lemma_ != "be" or not any(s.lemma_.lower() in self._GRADE_NOUNS for s in self.subjects(v)):
                continue
            reason = any(x.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "because", "since", "as", "given", "whereas")
                                                   for m in x.children) for x in v.children)
            for a in v.children:
                if a.dep_ == "acomp" and a.pos_ == "ADJ" and not (c.status_adjectives.has(a) or c.timeliness_words.has(a)) and (
                        reason or any(d.dep_ == "advmod" and d.pos_ == "ADV" for d in a.children)) and not self.quoted(a):
                    return f"the grade judged ('{a.text}')"
        return None

    _REACTION_NOUNS = frozenset("wonder miracle mystery shame pity".split())
    _FIRST_PERSON = frozenset({"me", "us"})

    def _writer_stance(self) -> str | None:
        """The auditor's own reaction to what was done, read from the clause: "it is a wonder anything got done",
        "it is a miracle the assessment got done at all", "quite how ... is beyond me", "..., that much is
        obvious"."""
        for t in self.sent:
            if t.dep_ not in ("attr", "pobj", "nsubj"):
                continue  # each test below needs one of these (the quote and report tests are asked only then)
            if self.quoted(t) or self.reported(t):
                continue
            h = t.head
            if t.dep_ == "attr" and t.lemma_.lower() in self._REACTION_NOUNS and h.lemma_ == "be" and any(
                    x.lower_ == "it" and x.dep_ in ("nsubj", "expl") for x in h.children):
                return f"the auditor's reaction ('{t.text}')"
            if t.lower_ in self._FIRST_PERSON and t.dep_ == "pobj" and h.lower_ == "beyond":
                return "the auditor's reaction ('beyond me')"
            if t.lower_ == "much" and t.dep_ == "nsubj" and any(x.lower_ == "that" for x in t.children) and any(
                    x.dep_ == "acomp" and x.lower_ in ("obvious", "clear", "evident") for x in h.children):
                return "the auditor's stance ('that much is')"
        return self._judged_thing_is_that() or self._stance_participle()

    _FRAME_NOUNS = frozenset("thing point part".split())

    def _judged_thing_is_that(self) -> str | None:
        """A verdict framing what follows: "The canny thing is that XXXX has her nan two streets away", "the worrying
        part is that nobody asked" (an evaluative adjective on a bare frame noun, the subject of "be" + a clause)."""
        sent = self.sent  # (the tokens of the lemmas tested below, from the word index: most sentences have none)
        for t in (self.doc[i] for i in doc_lower(self.doc).with_lemma(self._FRAME_NOUNS, sent.start, sent.end)):
            if t.dep_ != "nsubj" or t.lemma_.lower() not in self._FRAME_NOUNS or t.head.lemma_ != "be" or self.quoted(t):
                continue
            judged = [a for a in t.children if a.dep_ == "amod" and (self._judging(a) or self.c.evaluative_adjectives.has(a))]
            if judged and any(x.dep_ in ("ccomp", "attr") and x.i > t.head.i for x in t.head.children):
                return f"'the {judged[0].text} {t.text} is ...' (a verdict on what follows)"
        return None

    def _stance_participle(self) -> str | None:
        """An evaluative participle the parser read as the main verb of "it is ... to see/that": "It is genuinely
        heartening to see Mum fighting so hard" (the auditor's reaction, like "it is encouraging that ...")."""
        root = self.sent.root
        if root.tag_ != "VBG" or not any(x.lower_ == "it" and x.dep_ in ("nsubj", "expl") for x in root.children):
            return None
        if not any(x.lemma_ == "be" and x.dep_ == "aux" for x in root.children) or not any(
                x.dep_ in ("xcomp", "ccomp") for x in root.children):
            return None
        if self.c.evaluative_adjectives.has(root) or self._judging(root):
            return f"'it is {root.text} to ...' (the auditor's reaction)"
        return None

    def _judged_word(self, t: Token) -> str | None:
        """A judgement read from one word and what hangs on it ("no evidence that ...", "little reflection",
        "well recorded"); :meth:`evaluation` asks whether it is reported speech only when one is found."""
        if t.pos_ != "NOUN" and t.dep_ != "advmod" and t.lower_ not in ("nothing", "none") and t.lemma_.lower() not in (
                "evidence", "sign", "indication"):
            return None  # each test below needs a noun, an adverb, "nothing"/"none" or one of these lemmas
        c, doc = self.c, self.doc
        # "There is no evidence that supervision has made a difference": a judgement of effect
        if t.lemma_.lower() in ("evidence", "sign", "indication") and any(d.lower_ in _NEG_DET for d in t.children):
            for ch in t.children:
                if ch.dep_ in ("acl", "ccomp", "relcl") and ch.pos_ in ("VERB", "AUX"):
                    return f"no {t.text} that ... {ch.text}"
            # "no indication within the record as to whether ...", "no evidence of why it was agreed"
            if any(self._question(x) for pr in t.children if pr.dep_ == "prep" for x in pr.subtree):
                return f"no {t.text} of an answer"
        # "Nothing in the notes about why the siblings were split", "No note of how the decision was reached":
        # the record is said to leave a question open (a fragment or the subject of the sentence)
        if t.dep_ in ("ROOT", "appos", "conj", "attr") + _SUBJ and (t.lower_ in ("nothing", "none") or (
                t.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "no" for d in t.children))) and any(
                self._question(x) for pr in t.children if pr.dep_ == "prep" for x in pr.subtree):
            return f"'{t.text} ...' leaves a question open"
        # the negation on the verb reaches its object: "did not give any rationale", "there is not any
        # reflection", "I cannot find the reason why ..." say what "gave no rationale" says
        if t.pos_ == "NOUN" and t.dep_ in ("dobj", "attr") and c.reason_nouns.has(t) and self._negated_object(t):
            return f"not ... {t.text}"
        # "with little reflection", "gives no rationale"
        if t.pos_ == "NOUN" and c.evaluative_nouns.has(t) and any(
            d.lower_ in ("little", "no", "limited", "insufficient", "good", "poor", "clear", "real", "enough", "sufficient")
            for d in t.children if d.dep_ in ("amod", "det")
        ):
            return f"'{' '.join(d.text for d in t.children if d.dep_ in ('amod', 'det'))} {t.text}'"
        # an evaluative adverb on what was done: "well recorded", "poorly constructed", "records this fairly"
        if t.dep_ == "advmod" and c.evaluative_adverbs.has(t) and (
            t.head.pos_ in ("VERB", "ADP") or (t.head.pos_ == "ADJ" and (t.head.tag_ == "VBN" or t.head.lower_.endswith("ed")))
        ) and not (t.lower_ == "well" and doc[t.i - 1].lower_ == "as"):
            return f"'{t.text} {t.head.text}'"
        return None

    def _labelled_fragment(self, root: Token) -> str | None:
        """A note headed by a piece of work and a colon, which stands for "is": "Supervision: present but
        procedural." Any plain adjective after it then grades the work, as it would after "is" (see
        :meth:`_quality_of_work`), unless it only gives its state or timeliness ("Plan: overdue", "Minutes: complete")."""
        c, doc = self.c, self.doc
        if not (root.pos_ in ("NOUN", "PROPN") or root.tag_ == "VBG") or root.i + 1 >= self.sent.end or doc[root.i + 1].text != ":":
            return None  # (the label may be a gerund: "Recording: descriptive")
        if not (c.process_nouns.has_at(root) or c.quality_nouns.has(root)) or self.is_child(root):
            return None
        heads = {root.i} | {x.i for x in root.children if x.dep_ == "appos"}
        for t in root.subtree:
            if t.i > root.i + 1 and t.pos_ == "ADJ" and t.tag_ in ("JJ", "JJR", "JJS") and t.dep_ in ("appos", "conj", "dep") and (
                    t.head.i in heads or (t.dep_ == "conj" and t.head.head.i in heads)) and not (
                    c.status_adjectives.has(t) or c.timeliness_words.has(t) or c.impact_adjectives.has(t) or self.quoted(t)):
                return f"'{root.text}: {t.text}'"
        return None

    def family(self, t: Token) -> bool:
        """A family member (or a pronoun that is not the child's): their
        understanding is not the auditor's analysis of practice."""
        c = self.c
        if t.i in self.child:
            return False
        if c.female_nouns.has(t) or c.male_nouns.has(t):
            return True
        return t.lower_ in _PRONOUNS_M | _PRONOUNS_F and t.dep_ in _SUBJ

    def work_subject(self, v: Token, subs: list[Token]) -> bool:
        """The clause is about a piece of work: its subject is a process noun
        ("the plan", "case recording"), or "it"/"they"/"this" standing for
        the process noun subject of the clause it is joined to ("Oversight is
        evident but it is largely procedural") or of the sentence before ("A
        safety plan was agreed in May. It is realistic ..."; not the "it" of
        "It is clear that ...", which stands for the clause that follows)."""
        c = self.c
        for s in subs:
            if c.process_nouns.has_at(s) and not c.professional_nouns.has_at(s):
                return True
            if c.quality_nouns.has(s) and not c.evidential_words.has(s):
                return True  # "The worker's analysis has become more confident"
            if s.lemma_.lower() in ("quality", "standard") and any(
                    c.process_nouns.has_at(x) for x in itertools.chain(
                        (m for m in s.children if m.dep_ in ("amod", "compound")),
                        (p for pr in s.children if pr.dep_ == "prep" and pr.lower_ == "of" for p in pr.children))):
                return True  # "Recording quality dipped", "the standard of the plans has slipped"
            if s.lower_ not in ("it", "they", "this") or any(ch.dep_ in ("ccomp", "xcomp", "csubj") for ch in v.children):
                continue
            if v.dep_ == "conj":
                head_subs = self.subjects(v.head)
                if any(c.process_nouns.has_at(x) for x in head_subs):
                    return True
                if s in head_subs and v.head != v and self.work_subject(v.head, head_subs):
                    return True  # the shared "it" of "It sets out the risks but says little about ...": the assessment
            elif v.dep_ == "ROOT" and s.i == self.sent.start and self.sent.start > 0:
                prev = self.doc[self.sent.start - 1].sent.root
                if any(c.process_nouns.has_at(x) and not c.professional_nouns.has_at(x) for x in self.subjects(prev)):
                    return True
        return False

    def _quality_of_work(self, v: Token, subs: list[Token]) -> str | None:
        """A quality said of a piece of work, read from the clause's shape
        rather than a list of approving and disapproving words: a plain
        adjective as the complement of "be" (or "seem", "prove" ...) with
        the work as subject ("The plan is realistic about ...", "The threshold
        decision was sound", "it is largely procedural"), unless it only says
        what state the work is in ("complete", "evident", "overdue"); or a
        change of quality ("Case recording is much improved", "the plans
        have got sharper"). An adjective that would be the child's state
        ("safer", "confident") grades the work when the work is its subject;
        the child's own states are found by the impact test, which runs first."""
        c = self.c
        if not (v.lemma_.lower() in _COPULAS and any(ch.dep_ in ("acomp", "oprd", "advmod") for ch in v.children)) and not (
                self.clf.is_(c.quality_change_verbs, v)):
            return None  # (neither shape below can hold: asked first, as it is cheaper than the subject's test)
        if v.i in self.reason_heads or not self.work_subject(v, subs):
            return None  # "As the case was complex, ..." gives a reason, not a judgement
        if self.clf.is_(c.quality_change_verbs, v) and not any(ch.dep_ == "agent" for ch in v.children):
            return f"'{v.text}' grades the work"
        if v.lemma_.lower() not in _COPULAS:
            return None
        for ch in v.children:
            # the complement, and an adjective joined to a complement the tagger misread ("remains woolly and aspirational")
            if ch.dep_ not in ("acomp", "oprd", "advmod"):
                continue
            for t in ((ch, *ch.conjuncts) if ch.dep_ != "advmod" else ch.conjuncts):
                if t.pos_ == "ADJ" and t.tag_ in ("JJ", "JJR", "JJS") and not (
                    c.status_adjectives.has(t) or c.timeliness_words.has(t) or self.quoted(t)
                    # (a bare verb the tagger read as an adjective: "The case was allocate to the new worker")
                    or (c.process_verbs.has(t) and not self._judging(t))
                ) and not any(x.dep_ in ("xcomp", "ccomp") or self._purpose(x) for x in t.children):
                    # (an adjective with a purpose clause is a participle: "the order was varied in 2021 to add ...")
                    return f"'{t.text}' said of the work"
        return None

    def _step_not_taken(self, v: Token) -> bool:
        """A person's act not done whose object is a piece of work or a contact: "did not return the carers' calls",
        "has not pressed for a care package": a step of the work reported missing (process), not a judgement of it."""
        if any(self.c.process_nouns.has_at(s) for s in self.subjects(v)):
            return False  # a piece of work that did not do something is judged: "The review did not change the plan"
        objs = [x for x in v.children if x.dep_ == "dobj"] + [
            p for pr in v.children if pr.dep_ == "prep" and pr.lower_ == "for" for p in pr.children if p.dep_ == "pobj"]
        return any(self.c.process_nouns.has_at(o) and not self.c.professional_nouns.has_at(o) for o in objs)

    _HOME_NOUNS = frozenset("condition home house flat household kitchen bedroom".split())

    def _home_conditions_judged(self, v: Token, subs: list[Token]) -> str | None:
        """A change of quality said of the home or its conditions ("The home conditions have not improved", "the
        house has deteriorated again"): judging home conditions is evaluation, like judging the work."""
        if not self.clf.is_(self.c.quality_change_verbs, v) or v.i in self.reason_heads or self.quoted(v):
            return None
        if any(s.lemma_.lower() in self._HOME_NOUNS and not self.is_child(s) for s in subs):
            return f"'{v.text}' judges the home"
        return None

    @staticmethod
    def _purpose(x: Token) -> bool:
        """``x`` is an infinitive of purpose hung on its head ("varied to add conditions"): someone did something."""
        return x.dep_ == "advcl" and x.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)

    def _analysis_as_event(self, v: Token) -> bool:
        """An analysis verb that only says a meeting took place and what it was for: "The impact of the drinking
        was explored at the core group of 19 October", "The panel met to consider the audit" (like "The meeting
        considered the impact": what was discussed, not how well; "was not explored at the review" still judges)."""
        clf, c = self.clf, self.c
        if clf.negated(v) or clf.modal(v):
            return False
        if any(pr.dep_ == "prep" and pr.lower_ in ("at", "during") and any(
                p.dep_ == "pobj" and c.process_nouns.has_at(p) for p in pr.children) for pr in v.children):
            return True
        h = v.head
        if v.dep_ not in ("advcl", "xcomp", "acl", "relcl") or h == v or not any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
            return False
        if h.pos_ == "VERB" and h.dep_ == "acl" and h.tag_ == "VBN":
            h = h.head  # "the review meant to consider ...", "a meeting arranged to discuss ..."
        if h.pos_ in ("NOUN", "PROPN"):
            return c.process_nouns.has_at(h)  # "a meeting to consider the contact plan"
        if h.pos_ == "VERB" and h.lemma_.lower() not in ("fail", "neglect", "omit", "refuse") and not clf.is_(c.negating_verbs, h) and any(
                c.process_nouns.has_at(x) and not c.professional_nouns.has_at(x) for x in self.subjects(h)) and not (
                clf.negated(h) or clf.modal(h)):
            return True  # "The review meant to consider the contact arrangements was adjourned"
        return (clf.is_(c.occurrence_verbs, h) or clf.is_(c.process_verbs, h)) and not clf.negated(h) and not clf.modal(h)

    def _auditors_view(self, v: Token) -> str | None:
        """The auditor's own state of mind about the work, read from the
        clause's shape: "I" or "we" with an adjective or participle as
        complement ("I am not convinced the plan would work", "I was reassured
        by the depth of the recording", "we were concerned that ..."), but not
        what the auditor was told or shown, or could not do ("I was told by
        the worker that ...", "I was unable to find the plan"), nor a reaction
        to what was found ("I was pleased to see that ..."), which reports it."""
        c, clf = self.c, self.clf
        if v.lemma_.lower() in _COPULAS:
            comp = next((ch for ch in v.children if ch.dep_ in ("acomp", "oprd") and ch.pos_ in ("ADJ", "VERB")), None)
            if comp is not None and (c.status_adjectives.has(comp) or c.timeliness_words.has(comp)):
                # the state is read on the complements joined to it: "I am sick and tired of ..."
                comp = next((x for x in comp.conjuncts if x.pos_ in ("ADJ", "VERB")), comp)
        elif v.tag_ == "VBN" and clf.is_passive(v):
            comp = v
        else:
            return None
        if comp is None or self.quoted(comp) or c.status_adjectives.has(comp) or c.timeliness_words.has(comp) or any(
            clf.is_(cues, comp) for cues in (c.reporting_verbs, c.child_speech_verbs, c.recording_verbs, c.process_verbs)
        ) or comp.lemma_.lower() in ("give", "show", "inform", "advise", "send", "provide", "ask", "invite", "present"):
            return None
        if any(x.dep_ == "xcomp" for x in comp.children):
            return None  # "I was horrified to find that the plan has not been reviewed": a reaction to what was found
        return f"the auditor's view ('{comp.text}')"

    @staticmethod
    def _question(v: Token) -> bool:
        """``v`` heads an indirect question: "whether the plan was shared", "why step-down was agreed", "what
        engagement means" (the wh-word may sit lower down, at the clause's left edge: "what 'safe' would look like")."""
        if v.pos_ not in ("VERB", "AUX"):
            return False
        if any(w.lower_ in _WH_CLAUSE and w.dep_ in ("mark", "advmod", "nsubj", "nsubjpass", "dobj", "attr") and w.i < v.i
               for w in v.children):
            return True
        w = v.left_edge
        if v.dep_ == "relcl":  # a question the parser hung on a noun: "ask in supervision why the referral ..."
            return w.i < v.i and w.lower_ in ("why", "how", "whether")
        return w.i < v.i and w.lower_ in _WH_CLAUSE and w.tag_ in ("WP", "WRB", "WDT", "WP$") and v.dep_ in (
            "ccomp", "csubj", "csubjpass", "pcomp", "xcomp", "conj", "advcl")

    def _reason_unrecorded(self, v: Token) -> bool:
        """A negated verb of recording whose question asks for a reason or who is responsible ("It is not recorded
        why the visits stopped", "is not written ... who will check it"): a missing rationale, a judgement. What
        the record leaves out of someone's views ("no note records what XXXX thinks") is a recording gap."""
        if not self.clf.is_(self.c.recording_verbs, v):
            return False
        for ch in v.children:
            if ch.dep_ in ("ccomp", "advcl", "xcomp", "dobj", "csubj", "csubjpass") and self._question(ch) and not self._voice_or_step(ch):
                for x in (ch, *ch.conjuncts):
                    if any(w.lower_ in ("why", "how", "whether") and w.i < x.i for w in (*x.children, x.left_edge)):
                        return True
                    # "who will check it" asks who is responsible; "who is attending" only asks for a fact not recorded
                    if any(w.lower_ == "who" and w.i < x.i for w in (*x.children, x.left_edge)) and self.clf.modal(x):
                        return True
        return False

    def _voice_or_step(self, q: Token) -> bool:
        """The question ``q`` a record leaves open asks what the child or family said, or whether a step of the
        work was taken ("notes don't say what XXXX said at any of them", "do not record whether XXXX was asked"):
        a gap in the recording of the work, not a missing reason ("why the visits stopped", "how this will be
        managed"). (What the auditor cannot tell is still a judgement: "It cannot be established whether ...")"""
        clf, c = self.clf, self.c
        if any(w.lower_ in ("why", "how") and w.i < q.i for w in (*q.children, q.left_edge)):
            return False
        subs = self.subjects(q)
        if clf.is_(c.child_speech_verbs, q) and any(self.is_child(x) or self.family(x) or c.family_terms.has(x) for x in subs):
            return True
        return clf.is_(c.process_verbs, q) and not clf.modal(q) and (
            clf.is_passive(q) or any(self.is_child(x) for x in subs) or any(self.is_child(o) for o in q.children if o.dep_ == "dobj"))

    def _negated_object(self, t: Token) -> bool:
        """``t`` (the object or complement of a verb) is in the verb's negation and indefinite ("did not give
        a rationale", "there is not any reflection"), or names what is missing ("cannot find the reason why
        ..."); not what the record leaves out ("the reasons are not recorded" reports a recording gap)."""
        v = t.head
        if v.pos_ not in ("VERB", "AUX") or not any(ch.dep_ == "neg" for ch in v.children) or self.clf.is_(self.c.recording_verbs, v):
            return False
        if any(self.is_child(x) or self.family(x) for x in self.subjects(v)):
            return False  # "XXXX did not give a reason": the child's or the family's, not the work's
        dets = [d.lower_ for d in t.children if d.dep_ in ("det", "poss")]
        return not dets or dets[0] in ("any", "a", "an", "much", "enough") or any(
            ch.dep_ in ("relcl", "acl") and ch.left_edge.lower_ in _WH_CLAUSE for ch in t.children)

    def _judging(self, t: Token) -> bool:
        c = self.c
        if in_quotes(doc_text(self.doc), t.idx, t.idx + len(t.text)):
            return False  # reported speech: someone else's words, not the auditor's judgement
        if t.tag_ in ("JJ", "VBN") and t.lower_.endswith("ed") and any(self._purpose(x) for x in t.children):
            return False  # a participle done for a purpose: "the order was varied in 2021 to add conditions"
        if self._likeness_to_finding(t):
            return False  # "injuries consistent with a serious assault": a finding matched, not the work graded
        # the tagger often reads a participle adjective as a verb: "is deeply disturbing", "was rushed"
        adjectival = t.pos_ in ("ADJ", "NOUN") or (t.pos_ == "VERB" and t.dep_ in ("acomp", "oprd", "amod"))
        return c.evaluative_adjectives.has(t) or (c.judging_words.has(t) and adjectival)

    _LIKENESS_ADJECTIVES = frozenset("consistent inconsistent compatible".split())

    def _likeness_to_finding(self, t: Token) -> bool:
        """An adjective that matches a finding to what may explain it ("a spiral fracture consistent with a
        non-accidental injury", "the marks were consistent with a fall"), said of something that is not a piece
        of work, a professional or an agency: a clinical or forensic finding reported, not the practice graded
        ("visits were consistent with the plan" still grades the work)."""
        if t.lower_ not in self._LIKENESS_ADJECTIVES or not any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in t.children):
            return False
        judged = [t.head] if t.dep_ in ("amod", "appos") else self.subjects(t.head) if t.dep_ in ("acomp", "oprd") else []
        c = self.c
        return bool(judged) and not any(
            c.process_nouns.has_at(x) or c.professional_nouns.has_at(x) or c.agency_nouns.has(x) or x.pos_ == "PRON"
            for x in judged)

    def _evaluative_clause(self, v: Token) -> str | None:
        clf, c = self.clf, self.c
        lemma = v.lemma_.lower()
        subs = self.subjects(v)
        child_subj = any(self.is_child(s) for s in subs)
        first_person = any(s.lower_ in ("i", "we") for s in subs)
        if lemma in _COPULAS or v.pos_ == "AUX" or (v.dep_ == "ROOT" and v.pos_ in ("NOUN", "ADJ")):
            existential = any(ch.dep_ == "expl" for ch in v.children)
            targets = [ch for ch in v.children if ch.dep_ in ("acomp", "attr", "oprd")]
            for ch in v.children:
                if ch.dep_ == "prep" and ch.lower_ in ("of", "below", "above", "up", "about"):
                    targets += [p for p in ch.children if p.dep_ == "pobj"]
                elif ch.dep_ == "prep" and ch.lower_ == "to":  # "which is to the manager's credit"
                    targets += [p for p in ch.children if p.dep_ == "pobj" and c.evaluative_nouns.has(p)]
            targets += [x for t in list(targets) for x in t.conjuncts]
            for t in targets:
                if c.timeliness_words.has(t) and not any(self._judging(a) for a in t.children if a.dep_ == "amod"):
                    continue
                if t.pos_ in ("NOUN", "PROPN") and (self.impact_noun(t) or self.child_possessed(t) or any(
                        c.impact_adjectives.has(a) for a in t.children if a.dep_ == "amod")):
                    continue  # "no missing episodes", "her worst week": the child's life, not the work
                if child_subj and c.impact_adjectives.has(t):
                    continue
                if self._judging(t) and not (first_person and not c.evaluative_adjectives.has(t)):
                    return f"'{t.text}' said of the practice"
                if t.pos_ == "ADJ" and t.tag_ in ("JJR", "JJS") and lemma == "be" and not child_subj and not c.impact_adjectives.has(t):
                    return f"'{t.text}' compares the practice"
                if t.pos_ in ("NOUN", "PROPN"):
                    if c.evaluative_nouns.has(t) and not child_subj and not existential:
                        return f"'{t.text}' said of the practice"
                    if t.dep_ == "attr" and not child_subj:
                        for s_, e_ in c.evaluative_adjectives.find_in(self.doc, t.left_edge.i, t.i, self.childf):
                            if e_ - s_ > 1:
                                return f"'{self.doc[s_:e_].text} {t.text}'"  # "a cut-and-paste job"
                    graded = c.evidential_words.has(t)  # "There is clear evidence of visiting" grades the evidence
                    for a in t.children:
                        if graded and c.evaluative_adjectives_positive.has(a):
                            continue
                        if a.dep_ in ("amod", "compound", "advmod") and (self._judging(a) or a.tag_ == "JJS") and not c.timeliness_words.has(
                            a) and a.tag_ != "VBG":
                            return f"'{a.text} {t.text}'"
            # ", which is negligent": a judgement of what the sentence reported
            if v.dep_ == "relcl" and any(s.lower_ in ("which", "this") for s in subs) and v.head.pos_ in ("VERB", "AUX"):
                if any(ch.dep_ in ("acomp", "attr") and ch.lower_ not in ("why", "when", "where") for ch in v.children):
                    return "', which is ...' judges what went before"
            if v.dep_ in ("relcl", "advcl") and any(x.lower_ == "which" and x.dep_ in _SUBJ for x in v.children) and self.doc[
                    v.left_edge.i - 1].text == "," and any(
                    ch.dep_ == "ccomp" and ch.lemma_.lower() in ("need", "require", "expect") and any(
                        w.lower_ == "what" and w.dep_ in _SUBJ for w in ch.children) for ch in v.children):
                return "', which was what was needed' judges what went before"
            # "It is understandable that the plan was not reviewed": a verdict on what the clause reports
            if any(s_.lower_ == "it" for s_ in subs) and not child_subj:
                for ch in v.children:
                    if ch.dep_ == "acomp" and ch.pos_ == "ADJ" and any(
                            x.dep_ == "ccomp" or (x.dep_ == "xcomp" and not clf.is_(c.reporting_verbs, x))
                            or (x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in x.children))
                            for x in itertools.chain(v.children, ch.children)) and not (
                            c.status_adjectives.has(ch) or c.timeliness_words.has(ch) or c.judging_words.has(ch)
                            or ch.lemma_.lower() in _FACT_ADJECTIVES or self.quoted(ch)):
                        return f"'it is {ch.text} that ...'"
                    # (or a noun that names a verdict: "It is a matter of some concern that ...", "It is a strength of
                    # the plan that ...")
                    if ch.dep_ == "attr" and not c.timeliness_words.has(ch):
                        nouns = [ch] + [p for pr in ch.children if pr.dep_ == "prep" and pr.lower_ == "of"
                                        for p in pr.children if p.dep_ == "pobj"]
                        verdict = next((n for n in nouns if n.lemma_.lower() in _VERDICT_NOUNS), None)
                        if verdict is not None and any(x.dep_ in ("ccomp", "acl") and x.pos_ in ("VERB", "AUX") and any(
                                m.dep_ == "mark" and m.lower_ == "that" for m in x.children)
                                for n in (v, *nouns) for x in n.children):
                            return f"'it is a {verdict.text} that ...'"
        if lemma in _COPULAS and clf.negated(v) and any(x.lemma_.lower() in _EFFECT_NOUNS for x in subs) and any(
                ch.dep_ == "acomp" and c.status_adjectives.has(ch) for ch in v.children):
            return f"no sign of the {subs[0].text}"  # "The impact of the work on XXXX is not evident from the record"
        if not child_subj and not first_person:
            why = self._quality_of_work(v, subs) or self._home_conditions_judged(v, subs)
            if why:
                return why
        family_subj = any(self.family(s) for s in subs)
        if v.tag_ == "VBN" and not child_subj and not family_subj and clf.is_passive(v) and c.evaluative_adjectives.has(v) and not any(
            ch.dep_ in ("agent", "prep", "dobj", "xcomp", "ccomp", "npadvmod", "oprd") or (
                ch.dep_ == "advcl" and ch.i not in self.reason_heads) for ch in v.children
        ):
            return f"'{v.text}' said of the practice"  # "The assessment was rushed": a participle read as a verb
        made = clf.causative(v) if not clf.is_passive(v) else None  # (not "would be made permanent")
        if made is not None and not child_subj and not family_subj and not any(
            self.is_child(x) for x in itertools.chain(self.subjects(made), made.subtree) if x.dep_ in _SUBJ + ("pobj",)
        ):
            # what the work makes hard or possible: "which makes the decision hard to follow", "the notes make it
            # impossible to tell who visited" (but "made it harder for XXXX to trust" is an outcome)
            return f"'{v.text} ... {made.text}' said of the work"
        if first_person and clf.is_(c.judgement_verbs, v):
            return f"the auditor's judgement ('I {v.lemma_}')"
        if first_person and lemma in _PERCEIVING:
            for ch in v.children:
                if ch.dep_ == "prep" and ch.lower_ == "as" and any(x.dep_ == "dobj" for x in v.children):
                    return f"the auditor's judgement ('{v.text} ... as')"  # "I would not see that as altering the grade"
                if ch.dep_ == "dobj" and ch.pos_ == "NOUN" and any(a.dep_ == "amod" and (
                        self._judging(a) or a.tag_ in ("JJR", "JJS")) and not c.timeliness_words.has(a) for a in ch.children):
                    return f"the auditor's reading ('{v.text} a ... {ch.text}')"  # "I have rarely read a worse assessment"
        if first_person:
            why = self._auditors_view(v)
            if why:
                return why
        if lemma in ("be", "seem", "appear", "prove") and any(c.professional_nouns.has_at(x) or c.agency_nouns.has_at(x) for x in subs) and any(
            ch.dep_ == "acomp" and ch.pos_ == "ADJ" and not c.timeliness_words.has(ch) and not c.impact_adjectives.has(ch)
            and not self.quoted(ch) and not any(x.dep_ == "ccomp" for x in ch.children) for ch in v.children
        ):  # (not what they think: "is satisfied that the plan is being followed")
            return "a quality said of the people doing the work"  # "The IRO was asleep at the wheel"
        if lemma in ("matter", "count") and not child_subj and not self.quoted(v):
            return f"'{v.text}'"  # "This matters because ..."
        duration = any(ch.dep_ in ("attr", "acomp", "npadvmod") and ch.lemma_.lower() in _Sentence._TIME_NOUNS and any(
            n.like_num for n in ch.children) for ch in v.children)
        if lemma in _COPULAS and not duration and any(
                c.evaluative_nouns.has(x) and x.lemma_.lower() in _VERDICT_NOUNS for x in subs):
            return f"'{subs[0].text}' names a judgement"  # "The main weakness is ...", "The one gap is that ..."
        if lemma == "be" and any(x.lemma_.lower() == "question" for x in subs) and any(
                self._question(ch) or (ch.lower_ in _WH_CLAUSE and ch.i == v.i + 1)  # (the parser may hang "why" on "is")
                for ch in v.children if ch.dep_ in ("ccomp", "advcl", "attr", "acomp", "advmod")):
            return "a question put to the work"  # "The question the audit does not ask is why ..."
        if any(x.lower_ in ("nothing", "none") or (x.lemma_.lower() == "evidence" and any(
            d.lower_ == "no" for d in x.children)) for x in subs) and clf.is_(c.reporting_verbs, v):
            return f"'{subs[0].text} ... {v.text}'"  # "Nothing in the file shows that it has been"
        if clf.modal(v) and not child_subj and not clf.negated(v) and (
            v.dep_ == "ROOT" or (v.dep_ == "conj" and v.head.dep_ == "ROOT")
        ) and any(
            m.lower_ in ("would", "could", "should", "might") for m in v.children if m.dep_ == "aux"
        ) and any(c.process_nouns.has_at(x) for x in subs):
            return "what the work would need"  # "An assessment of his identity needs would give the plan ..."
        if v.lemma_.lower() in ("need", "require") and not child_subj and not family_subj and any(
            ch.dep_ in ("dobj", "xcomp", "ccomp") for ch in v.children
        ):
            return f"what the work {v.lemma_}s"  # "Needs tighter planning and better recording"
        if not child_subj and not first_person:
            for ch in v.children:
                # "has been planned and purposeful", "found the assessment thorough"
                if ch.dep_ in ("conj", "oprd", "acomp", "xcomp") and ch.pos_ == "ADJ" and self._judging(ch) and not c.timeliness_words.has(ch):
                    return f"'{ch.text}' said of the practice"
                # "has done an excellent job", "gives a clear rationale"
                if ch.dep_ in ("dobj", "attr") and ch.pos_ == "NOUN" and not (v.dep_ in ("advcl", "acl") and v.tag_ == "VBG") and any(
                    a.dep_ == "amod" and self._judging(a) and not c.timeliness_words.has(a) and not (
                        c.evidential_words.has(ch) and c.evaluative_adjectives_positive.has(a)) for a in ch.children
                ):
                    return f"'{next(a.text for a in ch.children if a.dep_ == 'amod' and self._judging(a))} {ch.text}'"
        if clf.negated(v) and clf.is_(c.reporting_verbs, v) and not clf.is_passive(v) and (
            any(c.process_nouns.has_at(s) for s in subs) or self.work_subject(v, subs)
        ) and any(ch.dep_ in ("ccomp", "dobj", "xcomp") for ch in v.children):
            # "The plan does not say how this will be managed", "It sets out the risks but says little about ..."
            # (in the passive its subject is what went unrecorded: "the meeting is not recorded" is a recording gap)
            return f"the record does not {v.lemma_} ..."
        if clf.negated(v) and (clf.is_(c.knowing_verbs, v) or (clf.is_(c.reporting_verbs, v) and not clf.is_(c.recording_verbs, v)) or (
                clf.is_passive(v) and clf.is_(c.analysis_verbs, v)) or self._reason_unrecorded(v)) and not child_subj and not (
                family_subj) and any(
                self._question(ch) and (clf.is_(c.knowing_verbs, v) or not self._voice_or_step(ch))
                for ch in v.children if ch.dep_ in ("ccomp", "advcl", "xcomp", "dobj", "csubj", "csubjpass")):
            # (also a document that does not say, a decision not explained, or a reason not written down: "is not
            # written what engage means or who will check it", "Why the case stayed open is not explained")
            return f"a question the record leaves open ('not {clf.verb_lemma(v)}')"  # "I cannot tell whether ..."
        if clf.is_analysis(v, self.child) and not child_subj and not family_subj and not (
            not clf.negated(v) and not clf.modal(v) and v.dep_ in ("ROOT", "conj") and any(
                c.professional_nouns.has_at(x) or c.person_nouns.has(x) or c.agency_nouns.has(x) for x in subs)
            # "The worker evaluated the safety plan" reports the work (but "little to show that the manager questioned")
        ) and not self._analysis_as_event(v) and not self._work_evidenced(v) and not (
            clf.is_passive(v) and not clf.negated(v) and (c.evidential_words.has(v) or clf.is_(c.reporting_verbs, v) or any(
                s_.lower_ == "it" for s_ in subs))
        ):  # "It is evidenced that ...", "is demonstrated by the attendance ..." only say there is evidence;
            # "are set out in the care plan" says what a document holds
            return f"analysis ('{clf.verb_lemma(v)}')"
        if clf.negated(v) and v.pos_ == "VERB" and lemma != "be" and not (lemma in _LIGHT_VERBS and any(
            o.dep_ == "dobj" and (c.process_nouns.has_at(o) or c.professional_nouns.has_at(o)) for o in v.children
        )) and not clf.is_(c.process_verbs, v) and not clf.is_(
            c.occurrence_verbs, v) and not clf.is_passive(v) and any(
            c.process_nouns.has_at(x) or (c.person_nouns.has(x) and not self.family(x) and not c.family_terms.has(x)) for x in subs
        ) and not c.compliance_phrases.find_in(self.doc, v.i, v.i + 3) and not any(
            x.dep_ == "xcomp" and clf.is_(c.process_verbs, x) for x in v.children
        ) and not self._step_not_taken(v):
            # "the plan does not deal with the afternoons", "the worker showed no interest in Father"
            return f"the {subs[0].text} does not {clf.verb_lemma(v)}"
        if clf.negated(v) and any(c.evaluative_nouns.has(x) for x in subs) and not clf.is_(c.recording_verbs, v):
            return f"no {subs[0].text}"  # "reasons not given" (but "reasons not recorded" reports a recording gap)
        aux = {"have" if x.lower_ in ("'ve", "ve") else x.lower_ for x in v.children if x.dep_ in ("aux", "auxpass")}
        if aux & {"would", "could", "should", "might"} and "have" in aux and not self._when_it_was_due(v):
            return "what should or could have happened"  # "would very likely have moved this on sooner"
        if aux & {"should", "ought"} and not clf.is_passive(v) and v.dep_ in ("ROOT", "conj") and not child_subj and not (
                family_subj or first_person) and subs and (clf.is_(c.analysis_verbs, v) or any(
                    self._question(x) for x in v.subtree if x.dep_ == "relcl" and x.head.head.head == v) or any(
                    self._question(ch) for ch in v.children if ch.dep_ in ("ccomp", "advcl"))):
            # the analysis the work should be doing: "The manager should ask in supervision why ...", "should address
            # the gaps" (but "The manager should ensure that visits are recorded" sets an action)
            return "what the work should question"
        if clf.negated(v) and clf.is_(c.knowing_verbs, v) and not child_subj and not family_subj and any(
                ch.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in ch.children) for ch in v.children):
            return f"no sign on record ('not {clf.verb_lemma(v)} that')"  # "I cannot see that anyone asked whether ..."
        for ch in v.children:
            if ch.dep_ == "prep" and ch.lower_ == "without" and not child_subj and not family_subj and any(
                    x.dep_ == "pcomp" and (clf.is_(c.knowing_verbs, x) or clf.is_(c.analysis_verbs, x)) for x in ch.children):
                return "done without checking"  # "Father's account was accepted without being checked"
            if ch.dep_ == "prep" and not child_subj and not family_subj and c.analysis_verbs.has_lemma(f"{v.lemma_.lower()} {ch.lower_}") and all(
                    self.doc[k].pos_ in ("ADV", "PART", "ADP") for k in range(v.i + 1, ch.i)):  # (not "drawn up ... on 5 July")
                return f"analysis ('{v.lemma_} {ch.text}')"
        if lemma == "fail" and any(x.dep_ == "xcomp" and not clf.is_(c.process_verbs, x) for x in v.children):
            return "failed to ..."
        return None

    # -- process ----------------------------------------------------------------
    def quoted(self, t: Token) -> bool:
        text = doc_text(self.doc)
        if not quoted_spans(text):  # (in_quotes' own list, cached per text: most paragraphs quote nothing)
            return False
        return in_quotes(text, t.idx, t.idx + len(t.text))

    def process(self) -> str | None:
        clf, c, doc, sent = self.clf, self.c, self.doc, self.sent
        for s, e in c.compliance_phrases.find(sent, self.childf):
            if not self.quoted(doc[s]):
                return f"'{doc[s:e].text}'"
        for v in self.preds:
            if clf.is_(c.not_process_verbs, v) or self.quoted(v) or clf.causative(v) is not None or self._reading_felt(v):
                continue  # "makes the decision hard to follow" is no piece of work
            if v.dep_ in ("acl", "amod") and v.tag_ == "VBN" and v.head.dep_ in ("pobj", "npadvmod") and not c.process_nouns.has_at(v.head):
                continue  # "over the six months reviewed", "the help offered"
            if clf.is_(c.occurrence_verbs, v) and any(c.process_nouns.has_at(x) for x in self.subjects(v)):
                return f"'{clf.verb_lemma(v)}' said of a piece of work"  # "two of the core groups have happened"
            if clf.is_(c.process_verbs, v) or (v.dep_ == "ROOT" and c.process_nouns.has_at(v)):
                subs = self.subjects(v)
                if subs and all(self.is_child(s) for s in subs) and not clf.is_passive(v) and v.lemma_.lower() != "attend":
                    continue
                return f"process verb '{clf.verb_lemma(v)}'"
        why = self._how_often()
        if why:
            return why
        for t in sent:
            # a document or event said to exist: "A genogram is on file", "There is no record of a reply"
            if t.dep_ in _PROCESS_REPORTED_DEPS and c.process_nouns.has_at(t):  # (the cheap test first)
                if t.dep_ == "ROOT" or (t.head.dep_ == "ROOT" and t.head.lemma_ in ("be", "have", "remain")):
                    return f"'{t.text}' reported"
                if t.head.lemma_ in ("be", "remain") and any(
                    c.timeliness_words.has(x) or (c.status_adjectives.has(x) and x.dep_ == "acomp")
                    for x in t.head.children if x.dep_ in ("acomp", "advmod", "attr")
                ):
                    return f"'{t.text}' reported"  # "the assessment is pending since three months"
            if t.dep_ == "attr" and t.head.lemma_ == "be" and any(x.dep_ == "expl" for x in t.head.children):
                if any(x.like_num or x.dep_ == "nummod" for x in t.children) or c.process_nouns.has_at(t) or any(
                    c.process_nouns.has_at(p) for x in t.children if x.dep_ == "prep" for p in x.children
                ):
                    return f"'there is/are {t.text}'"
        if _DATE_RE.search(sent.text) and any(c.process_nouns.has_at(t) for t in sent):
            return "a dated event"
        root = sent.root
        # what the professionals or agencies did or did not do: "Police were called to the address",
        # "An interpreter was present at both", "No info from GP"
        actors = [x for x in self.subjects(root)] if root.pos_ in ("VERB", "AUX") else [root]
        for a in actors:
            if a.i in self.child or self.family(a) or c.family_terms.has(a):
                continue
            if c.agency_nouns.has(a) or c.process_nouns.has_at(a):
                return f"what '{a.text}' did"
        if root.pos_ in ("NOUN", "PROPN") and any(d.lower_ == "no" and d.dep_ == "det" for d in root.children):
            return f"'no {root.text}'"
        if root.pos_ in ("NOUN", "PROPN") and c.process_nouns.has_at(root) and root.i + 1 < sent.end and doc[root.i + 1].text == ":":
            return f"'{root.text}: ...' (a note on a piece of work)"  # "Mgmt oversight: none Jun-Sep"
        if root.pos_ in ("PRON", "NOUN") and root.lower_ in _NEG_DET and any(d.dep_ == "prep" for d in root.children):
            return f"'{root.text} ...' (nothing done or received)"  # "Nothing from health since the ICPC."
        if root.pos_ in ("NOUN", "PROPN") and not self.is_child(root) and not self.impact_noun(root) and any(
            d.dep_ in ("acl", "amod") and d.tag_ == "VBN" and d.i > root.i for d in root.children
        ):
            return f"'{root.text} ...' (a step of the work)"  # "Dad's views included.", "Views taken at school."
        if root.pos_ == "VERB" and clf.is_passive(root) and not any(
            self.is_child(x) or self.family(x) or self.impact_noun(x) or x.lemma_.lower() in _VERDICT_NOUNS
            for x in self.subjects(root)
        ):
            return f"'{root.text}' (passive)"
        # a fact about the work or the people doing it: "she has had four allocated social workers",
        # "fourteen weeks passed between visits" (background about the child or family is left as "other":
        # "XXXX is 12 and lives with mother, and there was a previous child protection plan")
        main = [x for x in self.subjects(root)] if root.pos_ in ("VERB", "AUX") else []
        if root.pos_ in ("VERB", "AUX") and self._without_work(root):
            return f"'{root.text} without' a piece of work"  # "XXXX went 14 weeks without a visit"
        why = self._family_account(root, main)
        if why:
            return why
        why = self._child_summary(main)
        if why:
            return why
        if any(x.i in self.child and not (root.lemma_ == "have" and any(
            c.professional_nouns.has_at(o) for o in root.children if o.dep_ == "dobj")) or self.family(x) or c.family_terms.has(x)
               for x in main):
            return self._tool_used()  # (a pronoun that is not the child's may still be the worker's: "She used ...")
        for t in sent:
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ == "compound":
                continue
            if c.process_nouns.has_at(t) or (c.professional_nouns.has_at(t)) or (
                c.agency_nouns.has_at(t) and t.dep_ in _SUBJ
            ):
                return f"about the work ('{t.text}')"
        for v in self.preds:
            # a timescale: "Two of the gaps were six weeks"
            if v.lemma_ == "be" and not any(self.is_child(s) for s in self.subjects(v)):
                for ch in v.children:
                    if ch.dep_ in ("attr", "acomp", "npadvmod") and ch.lemma_.lower() in self._TIME_NOUNS and any(
                        n.like_num for n in ch.children
                    ):
                        return "a timescale"
        if any(self._likeness_to_finding(t) for t in sent):
            return "a finding matched to its cause (reported)"  # "The injuries were consistent with an assault."
        return self._tool_used()

    def _family_account(self, root: Token, main: list[Token]) -> str | None:
        """What a parent or relative said, reported: "Mum said in the meeting that Darren ...", "Dad told me he
        '...'". Their words are part of the record the audit reports, not the auditor's judgement of the work nor
        an outcome for the child (the child's own words are read as impact before this)."""
        clf, c = self.clf, self.c
        if root.pos_ != "VERB" or clf.negated(root) or clf.modal(root) or not clf.is_(c.child_speech_verbs, root):
            return None
        if not main or not all(self.family(x) or c.family_terms.has(x) for x in main) or self.child:
            return None  # (what they say about the child may be an outcome for the child: "describes her as 'a different girl'")
        if any(ch.dep_ == "ccomp" and any(s.lower_ in _THIRD_PERSON for s in clf.subjects(ch))
               and not any(self.quoted(t) for t in ch.subtree if t.is_alpha) for ch in root.children):
            return None  # "Dad says he is home by ten most nights": "he" may well be the child (not in quoted words)
        said = any(ch.dep_ in ("ccomp", "dative") or (ch.dep_ == "dobj" and ch.pos_ == "PRON") for ch in root.children) or any(
            self.quoted(t) for t in self.sent if t.is_alpha)
        return f"what the family said ('{clf.verb_lemma(root)}')" if said else None

    _FREQUENCY = frozenset("daily weekly fortnightly monthly quarterly".split())

    def _how_often(self) -> str | None:
        """How often an arrangement happens, as the predicate of its noun ("Contact with dad is monthly and
        supervised", "Sibling contact is monthly"): a report of the arrangement, not what it meant for the child."""
        for t in self.sent:
            if t.lower_ not in self._FREQUENCY or t.dep_ not in ("acomp", "advmod", "attr") or self.quoted(t):
                continue
            v = t.head
            if v.lemma_ not in ("be", "remain"):
                continue
            subs = self.subjects(v)
            if subs and all(x.pos_ == "NOUN" and not self.is_child(x) for x in subs):
                return f"how often '{t.text}'"
        return None

    def _reading_felt(self, v: Token) -> bool:
        """``v`` is someone reading or seeing, as the complement of how it felt: "devastating to read", "I was
        moved reading it", "sick of seeing the same actions". The reader is the auditor (or anyone), not a
        professional doing a piece of the work ("I have read the supervision records" still reports the audit's evidence)."""
        if v.lemma_.lower() not in _PERCEIVING:
            return False
        gov = v.head
        if v.dep_ == "pcomp" and gov.dep_ == "prep":
            gov = gov.head  # "tired of seeing"
        elif v.dep_ not in ("xcomp", "advcl"):
            return False
        if gov == v or self.clf.is_(self.c.process_verbs, gov):
            return False
        return gov.pos_ == "ADJ" or (gov.tag_ == "VBN" and self.clf.is_passive(gov))

    def _tool_used(self) -> str | None:
        """A direct-work tool used by someone other than the child is a piece
        of the work: "She has used the three houses tool with XXXX". Asked
        last, so the tool list is matched only in sentences nothing else
        classed as process."""
        clf, c = self.clf, self.c
        for v in self.preds:
            if v.pos_ == "VERB" and any(
                o.dep_ == "dobj" and c.direct_work_tools.find_in(self.doc, min(v.i + 1, o.left_edge.i), o.i + 1) for o in v.children
            ) and not any(self.is_child(x) or c.family_terms.has(x) for x in self.subjects(v)):
                return f"direct work with a tool ('{clf.verb_lemma(v)}')"
        return None
