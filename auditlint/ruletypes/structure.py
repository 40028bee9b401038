"""Structure rule types (AL1): sections, grades, the child summary, thin narrative."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from ..matching import TermMatcher
from ..text import in_quotes
from ..sections import catalogue
from . import register
from .analysis.classifier import SentenceClassifier
from .base import AuditContext, Hit, Params, RuleType, section_hit

negated = SentenceClassifier.negated  # the sentence classifier's reading of negation, not a second one


@register
class DomainPresent(RuleType):
    """Fires once for each of the seven domains that has no section."""

    name = "domain-present"
    needs_nlp = False

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        names = catalogue().domain_names
        for n in range(1, 8):
            if ctx.audit.domain(n) is None:
                yield Hit(domain=n, values={"number": n, "name": names[n]})


@register
class GradePresent(RuleType):
    """Fires on a domain section that has no grade line."""

    name = "grade-present"
    needs_nlp = False

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for d in ctx.audit.domains:
            if d.grade is None and d.grade_text is None:
                yield section_hit(d.heading, d.number, number=d.number, name=d.name)


@register
class GradeRecognised(RuleType):
    """Fires on a grade that is written but is not one of the four (readers that
    tolerate one, such as a Word form, keep the text; Markdown reports it as an
    input error instead)."""

    name = "grade-recognised"
    needs_nlp = False

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        cat = catalogue()
        for d in ctx.audit.domains:
            if d.grade is None and d.grade_text is not None and d.grade_text.text.strip():
                near = cat.nearest_grade(d.grade_text.text)
                yield Hit(
                    block=d.grade_text,
                    domain=d.number,
                    values={"grade": d.grade_text.text, "nearest": f"; did you mean '{near}'?" if near else "."},
                )


@register
class NarrativeLength(RuleType):
    """Fires on a domain whose narrative has fewer than ``min_words`` words."""

    name = "narrative-length"
    needs_nlp = False

    class Params(Params):
        min_words: int = Field(default=40, ge=1, description="Fewest words a domain's narrative may have.")

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for d in ctx.audit.domains:
            words = d.narrative_words
            if words < self.params.min_words:
                yield section_hit(
                    d.heading, d.number, words=words, min_words=self.params.min_words, number=d.number, name=d.name
                )


@register
class SectionPresent(RuleType):
    """Fires when the practitioner discussion or the family feedback is not
    recorded. The section counts when one of its sentences records the
    discussion or the feedback as having happened (one of ``verbs``, or a person
    telling their view, not negated and not still to come). A section that says
    only that it has not happened ("Not yet held. To be arranged.", "N/A", "Not
    sought") fires; for the family, a reason or an attempt to reach them
    (``reasons``, ``attempts``) is enough, as the guide asks (G-3.3). With no
    section, or one too short to read, a sentence elsewhere in the auditor's own
    voice ("I spoke to mother on ...", "Discussed with SW ...") records it.
    Feedback or an attempt still to come ("a feedback form will be sent to
    mother") is not feedback; a reason elsewhere counts only in a sentence about
    reaching the person ("the SW was on leave, so I could not meet her"), not as
    the cause of something else ("the core group was cancelled, SW on leave")."""

    name = "section-present"

    class Params(Params):
        section: Literal["practitioner", "family"]
        min_words: int = Field(default=8, ge=1, description="Fewest words the section must have to count.")
        people: list[str] = Field(default_factory=list, description="Who the discussion or feedback is with.")
        verbs: list[str] = Field(default_factory=list, description="Lemmas that record a discussion or a view.")
        reasons: list[str] = Field(
            default_factory=list, description="Phrases that explain why it could not be obtained."
        )
        attempts: list[str] = Field(
            default_factory=list,
            description="Lemmas of an attempt to reach someone (call, letter, visit): for the family, "
            "an attempt recorded is a reason it could not be obtained.",
        )
        not_done: list[str] = Field(
            default_factory=list,
            description="Words that say the discussion or feedback has not happened or is still to come "
            "(besides negation, which the parse finds).",
        )
        purpose_words: list[str] = Field(
            default_factory=lambda: ["audit"],
            description="Lemmas that tie a reason given outside the section to reaching the person for this audit "
            "('the SW was on leave when this audit was done'), besides the verbs, attempts and the first person.",
        )

    _FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "auditor"})
    _SPEECH = frozenset({"say", "tell", "agree", "explain", "describe", "feel", "accept", "acknowledge", "report"})

    def setup(self) -> None:
        self.people = TermMatcher(self.params.people, "people")
        self.verbs = TermMatcher(self.params.verbs, "verbs")
        self.reasons = TermMatcher(self.params.reasons, "reasons")
        self.attempts = TermMatcher(self.params.attempts, "attempts")
        self.not_done = TermMatcher(self.params.not_done, "not_done")
        self.purpose = {w.lower() for w in self.params.purpose_words}

    # -- what one sentence says -------------------------------------------------
    @staticmethod
    def _negated(t) -> bool:
        """It did not happen: "not held", "not yet held", "never met", "no discussion has taken place"."""
        if t.pos_ in ("NOUN", "PROPN"):
            return any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in t.children) or negated(t.head)
        return negated(t)

    @staticmethod
    def _clause_verb(t):
        """The verb of the clause a noun is in ("a feedback form will be sent": "sent"), or the token itself."""
        h = t
        for _ in range(4):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        return h if h.pos_ in ("VERB", "AUX") else t

    @classmethod
    def _to_come(cls, t) -> bool:
        """Still to come: "will meet", "to be arranged", "is booked to discuss"; for a noun, its clause's verb
        ("a feedback form will be sent to mother", "a letter is to go to father")."""
        if t.pos_ in ("NOUN", "PROPN"):
            t = cls._clause_verb(t)
        return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "to") for c in t.children)

    def _attempted(self, sent) -> bool:
        """An attempt made to reach someone ("I telephoned twice", "a letter was sent"), not one still to come or
        not made ("a letter will be sent", "Dad not telephoned")."""
        return any(not self._negated(sent.doc[e - 1]) and not self._to_come(sent.doc[e - 1])
                   for _, e in self.attempts.find(sent))

    def _unfulfilled(self, sent) -> bool:
        return self.not_done.any(sent) or any(
            t.pos_ in ("VERB", "AUX", "ADJ") and (self._negated(t) or self._to_come(t)) for t in sent
        )

    def _records(self, sent) -> bool:
        """The sentence records the discussion or the view as having happened."""
        for t in sent:
            done = self.verbs.token_matches(t) or (
                t.lemma_.lower() in self._SPEECH and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            )
            if done and t.pos_ in ("VERB", "NOUN") and not self._negated(t) and not self._to_come(t):
                return True
        return False

    def _first_person_in(self, t) -> bool:
        """The auditor takes part in what ``t`` records: "I spoke to mother", "she told me", "my discussion with
        the SW", "mother spoke to me" (its subject, object, possessive, or the object of one of its prepositions)."""
        text = t.doc.text

        def me(x) -> bool:  # not a first person inside someone's quoted words ('Mum says, "I want ..."')
            return x.lower_ in self._FIRST_PERSON and not in_quotes(text, x.idx, x.idx + len(x))

        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss", "agent") and me(c):
                return True
            if c.dep_ in ("prep", "agent") and any(g.dep_ == "pobj" and me(g) for g in c.children):
                return True
        return False

    @staticmethod
    def _note_verb(t) -> bool:
        """A note in the auditor's voice: a past verb heading the line, with no subject nor agent ("Discussed with SW
        on 3.3.23", "Spoke to mum 4/5"), not the record's passive ("Referred by school ... had said ...")."""
        chain = [t]
        while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)  # "Spoke to mum and agreed ...": the line's first verb has no subject either
        return chain[-1].dep_ == "ROOT" and t.tag_ in ("VBD", "VBN") and not any(
            c.dep_.startswith("nsubj") or c.dep_ == "agent" for h in chain for c in h.children)

    def _auditor_records(self, sent, child: str) -> bool:
        """A sentence outside the section that records it: the auditor's own (the auditor taking part in the
        recorded discussion, "I spoke to mother on ...", "she told me ...", or a subjectless note such as
        "Discussed with SW on 3.3.23"), not the record's ("Mother told the social worker ...", "Referred by school
        as XXXX had said ..."), or a reason it could not be obtained, in a sentence about reaching the person for
        the audit ("Mother could not be contacted", "the SW has left and I could not meet her"), not a reason
        given for something else ("the review was cancelled because the worker was on leave")."""
        has_person = self.people.any(sent) or (
            self.params.section == "family" and any(t.lower_ == child for t in sent)
        )
        if not has_person:
            return False
        if self.reasons.any(sent) and any(
                self.verbs.token_matches(t) or self.attempts.token_matches(t) or t.lower_ in self._FIRST_PERSON
                or t.lemma_.lower() in self.purpose for t in sent):
            return True  # a reason is the auditor's whoever's voice it is in ("Mother could not be contacted ...")
        return any(
            self.verbs.token_matches(t) and t.pos_ in ("VERB", "NOUN") and not self._negated(t) and not self._to_come(t)
            and (self._first_person_in(t) or self._note_verb(t))
            for t in sent)

    # -- the rule ------------------------------------------------------------------
    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        family = self.params.section == "family"
        section = getattr(ctx.audit, self.params.section)
        if section is not None:
            sents = [s for p in section.paragraphs for s in ctx.sentences(p)]
            if any(self._records(s) for s in sents):
                return
            if family and any(self.reasons.any(s) or self._attempted(s) for s in sents):
                return
            if any(self._unfulfilled(s) for s in sents):
                state = "is not recorded (the section says it has not happened" + (", and gives no reason)" if family else ")")
                yield section_hit(section.heading, None, state=state)
                return
            if sum(p.words for p in section.paragraphs) >= self.params.min_words:
                return
        child = ctx.audit.child_ref.lower()
        for block in ctx.audit.blocks():
            if section is not None and any(block is p for p in section.paragraphs):
                continue
            if any(self._auditor_records(s, child) for s in ctx.sentences(block)):
                return
        if section is not None:
            yield section_hit(section.heading, None, state="is too short to record it")
        else:
            yield Hit(values={"state": "is missing"})


@register
class ChildSummary(RuleType):
    """Fires when domain 1 does not open with the child: who they are, their
    history, their current circumstances. Reads the first ``sentences``
    sentences; the child must be named (``child_ref`` or one of
    ``child_terms``) and at least ``min_aspects`` of the three aspects found by
    the parse: identity (age, a person noun, a nationality), history (a past
    event that is not a process step, a year or "since"), current
    circumstances (a present-tense state: lives, attends, is in care)."""

    name = "child-summary"

    class Params(Params):
        sentences: int = Field(default=3, ge=1)
        min_aspects: int = Field(default=2, ge=1, le=3)
        child_terms: list[str] = Field(default_factory=list)
        identity_terms: list[str] = Field(default_factory=list)
        history_terms: list[str] = Field(default_factory=list)
        current_terms: list[str] = Field(default_factory=list)
        process_verbs: list[str] = Field(
            default_factory=list, description="Verbs of process, which do not count as the child's history."
        )

    def setup(self) -> None:
        p = self.params
        self.child_terms = TermMatcher(p.child_terms, "child")
        self.identity = TermMatcher(p.identity_terms, "identity")
        self.history = TermMatcher(p.history_terms, "history")
        self.current = TermMatcher(p.current_terms, "current")
        self.process = set(v.lower() for v in p.process_verbs)

    _SUBJ = ("nsubj", "nsubjpass", "csubj")
    _PRONOUNS = ("she", "he", "they", "her", "his", "him", "their", "them")

    def _child_tokens(self, sent, child: str, named_before: bool) -> list:
        out = [t for t in sent if t.lower_ == child]
        for _, e in self.child_terms.find(sent):
            head = sent.doc[e - 1]
            if head.dep_ != "compound":  # "the child protection plan" is not the child
                out.append(head)
        if out or named_before:
            out += [t for t in sent if t.lower_ in self._PRONOUNS and t.dep_ in self._SUBJ]
        return out

    def _clause_aspects(self, verb, found: set[str]) -> None:
        """What a clause whose subject is the child says about them."""
        lemma = verb.lemma_.lower()
        deps = list(verb.children)
        if lemma == "be":
            for c in deps:
                if c.dep_ in ("attr", "acomp", "appos") or c.dep_ == "npadvmod":
                    sub = list(c.subtree)
                    if any(t.like_num or self.identity.token_matches(t) or t.ent_type_ == "NORP" for t in sub):
                        found.add("identity")
                if c.dep_ == "prep" and self.current.any(verb.doc[verb.i : c.right_edge.i + 1]):
                    found.add("current")
        if lemma in self.process:
            return
        if verb.tag_ in ("VBZ", "VBP") and lemma != "be" or (
            lemma == "be" and verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "prep" for c in deps)
        ):
            found.add("current")
        aux = {c.lemma_ for c in deps if c.dep_ in ("aux", "auxpass")}
        if verb.tag_ == "VBG" and "be" in aux and any(c.tag_ in ("VBZ", "VBP") for c in deps):
            found.add("current")
        if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & {"have", "be"}):
            if lemma not in ("be",) or verb.tag_ == "VBD" and any(c.dep_ == "prep" for c in deps):
                found.add("history")

    def aspects(self, sents: list, child: str) -> tuple[bool, set[str]]:
        named = False
        found: set[str] = set()
        for sent in sents:
            tokens = self._child_tokens(sent, child, named)
            if not tokens:
                continue
            named = True
            for c in tokens:
                # identity next to the name: "XXXX (aged 9)", "XXXX, a 14-year-old girl,"
                near = sent.doc[c.i : min(c.i + 6, sent.end)]
                if any(t.lower_ in ("aged", "age") or t.lower_.endswith("-year-old") for t in near):
                    found.add("identity")
                for a in c.children:
                    if a.dep_ in ("appos", "amod", "acl") and any(
                        t.like_num or self.identity.token_matches(t) for t in a.subtree
                    ):
                        found.add("identity")
                    if a.dep_ == "relcl":
                        self._clause_aspects(a, found)
                if c.dep_ in self._SUBJ and c.head.pos_ in ("VERB", "AUX"):
                    verb = c.head
                    self._clause_aspects(verb, found)
                    for conj in verb.conjuncts:
                        self._clause_aspects(conj, found)
                    for clause in verb.children:
                        if clause.dep_ in ("relcl", "advcl") and clause.tag_ in ("VBZ", "VBP", "VBD"):
                            pass
                    sub = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
                    if self.history.any(sub):
                        found.add("history")
                    if self.current.any(sub):
                        found.add("current")
                elif c.dep_ == "pobj" and c.head.head.pos_ in ("VERB", "AUX", "NOUN"):
                    # "This audit is about XXXX, a nine-year-old who ..." — identity via appos handled above
                    pass
        return named, found

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        d = ctx.audit.domain(1)
        if d is None:
            return  # AL101 reports the missing domain
        if not d.paragraphs:
            yield section_hit(d.heading, 1, missing="the domain has no narrative")
            return
        sents: list = []
        for block in d.paragraphs[:2]:
            sents += ctx.sentences(block)
            if len(sents) >= self.params.sentences:
                break
        sents = sents[: self.params.sentences]
        named, found = self.aspects(sents, ctx.audit.child_ref.lower())
        if named and len(found) >= self.params.min_aspects:
            return
        wanted = {"identity": f"who {ctx.child} is", "history": "their history", "current": "their current circumstances"}
        if not named:
            missing = f"it does not name {ctx.child} in its first sentences"
        else:
            missing = "it does not say " + " or ".join(v for k, v in wanted.items() if k not in found)
        first = d.paragraphs[0]
        end = sents[-1].end_char if sents else len(first.text)
        yield Hit(block=first, start=0, end=min(end, len(first.text)), domain=1, values={"missing": missing})
