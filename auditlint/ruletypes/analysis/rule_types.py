"""The rule types on the sentence classes: AL201 a process with no evaluation or impact after it
(:class:`ProcessWithoutImpact`), AL202 a domain with no impact sentence
(:class:`DomainWithoutImpact`), AL203 a domain mostly compliance and process
(:class:`ComplianceHeavy`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from pydantic import Field

from ...errors import ConfigError
from .. import register
from ..base import AuditContext, Hit, RuleType, section_hit
from .classifier import CLASSES, EVALUATION, IMPACT, OTHER, PROCESS, SentenceClass
from .cues import Cues, CueSet, merge_cues
from .per_audit import _CHILD_KEY, AnalysisParams, _classifier_for, classify_audit_detail, domain_sentences
from .syntax import _ANYONE, _HYPOTHETICAL_MODALS, _NEG_DET, _OBLIGATION_MODALS, _SUBJ

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from ...model import Domain, TextBlock


class _AnalysisType(RuleType):
    class Params(AnalysisParams):
        pass

    def setup(self) -> None:
        p = self.params
        self.cues = Cues(merge_cues(self.lexicons, p.lexicon, p.cues, p.roles_lexicon, p.judging_lexicons))
        self.classifier = _classifier_for(self.cues)
        if p.model.strip().lower() not in ("", "none"):
            from ...sentence_model import model_path  # (the file is read when first used: no numpy at start-up)

            if not model_path(p.model).is_file():
                raise ConfigError(f"rule {self.spec.code}: parameter model: no model file {model_path(p.model)}")

    def classes(self, ctx: AuditContext) -> dict[int, list[SentenceClass]]:
        return classify_audit_detail(ctx, self.cues, self.params.model)

    def classified_sentences(self, ctx: AuditContext, d: Domain, sents: list[tuple[TextBlock, SentenceClass]]
                             ) -> Iterator[tuple[Span, SentenceClass, set[int]]]:
        """Each classified sentence of domain ``d`` (``sents``: its :func:`domain_sentences`) with its parse and
        the child's tokens in it, as the classifier resolved them for this audit."""
        by_start = {(id(b), s.start): s for b, s in sents}
        children, fingerprint = ctx.cache.get(_CHILD_KEY, {}), self.classifier.c.fingerprint
        for block in d.paragraphs:
            for sent in ctx.sentences(block):
                found = by_start.get((id(block), sent.start_char))
                if found is not None:
                    yield sent, found, children.get((fingerprint, id(block), sent.start_char), set())


@register
class ProcessWithoutImpact(_AnalysisType):
    """Fires on a sentence that reports a process (class ``process``) when
    neither it nor the next sentence of the same paragraph evaluates the
    practice or says what it meant for the child."""

    name = "process-without-impact"

    class Params(AnalysisParams):
        look_ahead: int = Field(default=1, ge=0, le=3, description="How many following sentences may answer it.")

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        classes = self.classes(ctx)
        for d in ctx.audit.domains:
            for block in d.paragraphs:
                items = classes.get(id(block), [])
                for i, s in enumerate(items):
                    if s.cls != PROCESS:
                        continue
                    after = items[i + 1 : i + 1 + self.params.look_ahead]
                    if any(n.cls in (EVALUATION, IMPACT) for n in after):
                        continue
                    yield Hit(block=block, start=s.start, end=s.end, domain=d.number)


def _child_summary_class(s: SentenceClass) -> bool:
    """The classifier read the sentence as the domain 1 child summary (who the child is, where they live)."""
    return any(r.startswith("process: a child summary") for r in s.reasons)


def _every_mention_under(sent: Span, child: set[int], head_test: Callable[[Token], bool], depth: int = 6) -> bool:
    """Every mention of the child has, within ``depth`` heads above it, a head that passes ``head_test``."""

    def under(t: Token) -> bool:
        h = t
        for _ in range(depth):
            if h.head.i == h.i:
                return False
            h = h.head
            if head_test(h):
                return True
        return False

    return all(under(sent.doc[i]) for i in child)


def _found_by_process(sent: Span, child: set[int], nouns: set[str]) -> bool:
    """Every mention of the child sits in a clause under a verb whose subject is one of ``nouns`` (a process
    that reaches a finding: "the enquiry concluded that XXXX was not at risk")."""
    if not child or not nouns:
        return False
    return _every_mention_under(sent, child, lambda h: h.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns for c in h.children))


@register
class DomainWithoutImpact(_AnalysisType):
    """Fires on a domain with narrative but no sentence of class ``impact``."""

    name = "domain-without-impact"

    class Params(AnalysisParams):
        min_sentences: int = Field(default=1, ge=1, description="Domains with fewer sentences are not judged.")
        result_markers: list[str] = Field(
            default_factory=list,
            description="Connectives, besides the lexicon's consequence_markers, that introduce what practice led to "
            "('which is why'): with the child taking part in the clause after them, the sentence states an effect.",
        )
        waiting_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of waiting or staying: with the child as their subject and a stretch of time or "
            "'until' in their clause, outside domain 1, the delay the child lived through (an effect).",
        )
        time_nouns: list[str] = Field(
            default_factory=list, description="Units of time that, counted ('four months'), make a stretch of time."
        )
        concern_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of a concern raised (worries, concerns, referral): the child's state as their content "
            "('after school raised worries about XXXX being tired') is the case history, not the effect of practice.",
        )

    def setup(self) -> None:
        super().setup()
        self.results = CueSet(list(self.cues.data.get("consequence_markers", [])) + list(self.params.result_markers),
                              "result_markers")
        self.concerns = {w.lower() for w in self.params.concern_nouns}
        self.waits = CueSet(self.params.waiting_verbs, "waiting_verbs")
        self.spans = {w.lower() for w in self.params.time_nouns}

    def _child_part(self, t: Token, child: set[int]) -> bool:
        """``t`` is the child or something of the child's ("his tutor", "her exams")."""
        return t.i in child or any(c.i in child and c.dep_ in ("poss", "compound") for c in t.children)

    def _effect_for_child(self, sent: Span, child: set[int]) -> bool:
        """A process or judgement sentence that still says what followed for the
        child: after a result connective the child (or the child's own people
        and things) takes part in the clause ("which is why the nursery knew
        to offer XXXX breakfast", "which led to ... and he is now on track"),
        or a fronted cause leads into a main clause about the child ("Because
        the college had the minutes, his tutor was able to agree deadlines")."""
        if not child:
            return False
        clf = self.classifier
        for s, _e in self.results.find(sent, frozenset(child)):
            for t in sent:
                if t.i < s or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative") or not self._child_part(t, child):
                    continue
                v = t.head
                if v.i <= s or v.pos_ not in ("VERB", "AUX") or clf.negated(v):
                    continue
                # the child given something ("offer XXXX breakfast") is an effect; the child as the
                # subject of a process ("which is why XXXX was referred") is more process
                if t.dep_ in ("dobj", "dative") or not clf.is_(self.cues.process_verbs, v):
                    return True
        for v in sent:  # "respite was agreed in January and XXXX sat all his exams"
            if (v.dep_ == "conj" and v.pos_ == "VERB" and v.head.pos_ in ("VERB", "AUX")
                    and clf.is_(self.cues.process_verbs, v.head) and v.i > v.head.i
                    and any(c.dep_ == "cc" and c.lower_ == "and" for c in v.head.children if c.i < v.i)
                    and any(c.dep_ == "nsubj" and c.i in child for c in v.children)
                    and not clf.negated(v) and not clf.is_(self.cues.process_verbs, v)
                    and not clf.is_(self.cues.child_speech_verbs, v)):
                return True
        root = sent.root
        fronted = [c for c in root.children if c.dep_ == "advcl" and c.i < root.i
                   and any(m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in c.children)]
        if fronted and root.pos_ in ("VERB", "AUX") and not clf.negated(root) and not clf.is_passive(root):
            return any(self._child_part(x, child) for x in clf.subjects(root))
        return False

    def _waited(self, sent: Span, child: set[int]) -> bool:
        """The child, as the subject, waited or stayed somewhere for a stretch of time or until a date ("XXXX
        remained at home for a further three weeks", "she waited until March for her appointment"): the delay or
        drift the child lived through, an effect on the child whether or not the writer names it."""
        if not child or not self.waits:
            return False
        clf = self.classifier
        for v in sent:
            if v.pos_ != "VERB" or not clf.is_(self.waits, v) or clf.negated(v) or not any(
                    x.i in child for x in clf.subjects(v)):
                continue
            for t in v.subtree:  # within the verb's own clause: no other verb between
                h, own = t, True
                while h.i != v.i:
                    h = h.head
                    if h.i != v.i and h.pos_ in ("VERB", "AUX"):
                        own = False
                        break
                if not own:
                    continue
                if t.lower_ in ("until", "till", "til") and t.dep_ in ("prep", "mark"):
                    return True
                if t.pos_ == "NOUN" and t.lemma_.lower() in self.spans and any(
                        c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in ("further", "another", "several"))
                        for c in t.children):
                    return True
        return False

    def _concern_raised(self, sent: Span, child: set[int]) -> bool:
        """Every mention of the child sits inside a concern raised about them
        ("after school raised worries about XXXX being late, tired ..."): the
        reason the case opened, not what practice did for the child."""
        if not child or not self.concerns:
            return False
        return _every_mention_under(sent, child, lambda h: h.pos_ == "NOUN" and h.lemma_.lower() in self.concerns)

    def _states_an_effect(self, ctx: AuditContext, d: Domain) -> bool:
        """Whether any sentence of the domain states an effect on the child,
        read again from the parse where the class alone misjudges it."""
        sents = domain_sentences(ctx, d, self.cues, self.params.model)
        if d.number != 1 and any(s.cls == IMPACT for _, s in sents):
            return True  # only domain 1 opens with the case history; elsewhere an impact sentence settles it
        for sent, found, child in self.classified_sentences(ctx, d, sents):
            if found.cls == IMPACT:
                if d.number == 1 and self._concern_raised(sent, child):
                    continue
                return True
            if self._effect_for_child(sent, child):
                return True
            if d.number != 1 and self._waited(sent, child):
                return True  # (in domain 1 a stay is the case history: "he was in a children's home for four months")
        return False

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for d in ctx.audit.domains:
            sents = domain_sentences(ctx, d, self.cues, self.params.model)
            if len(sents) < self.params.min_sentences:
                continue
            if self._states_an_effect(ctx, d):
                continue
            counts = {k: sum(1 for _, s in sents if s.cls == k) for k in CLASSES}
            yield section_hit(d.heading, d.number, sentences=len(sents), number=d.number, name=d.name, **counts)


@register
class ComplianceHeavy(_AnalysisType):
    """Fires on a domain of at least ``min_sentences`` sentences when more than
    ``max_share`` of them are of class ``process``."""

    name = "compliance-heavy"

    class Params(AnalysisParams):
        max_share: float = Field(default=0.6, gt=0, lt=1, description="Largest share of process sentences allowed.")
        min_sentences: int = Field(default=3, ge=1, description="Domains with fewer sentences are not judged.")
        challenge_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of challenge ('asked why', 'questioned why'): a sentence whose main verb is one, with "
            "a why-clause, reports oversight testing the plan (G-3.2), not only that a process happened.",
        )
        discovery_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of oversight finding a fault ('picked up that', 'spotted that'): with a that-clause, "
            "the same as a challenge.",
        )
        finding_nouns: list[str] = Field(
            default_factory=list,
            description="In domain 1, a sentence about the child only as what one of these concluded ('the enquiry "
            "concluded that XXXX was not at risk') reports the outcome of a process: it counts as process.",
        )
        content_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of a record's content ('It covers all seven dimensions'): a sentence the classifier "
            "left as other with one as its main verb and a record (or 'it') as its subject says what a document holds: "
            "process. So does a record's part said to be there or missing ('XXXX's views are there').",
        )
        credit_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs, besides the lexicon's outcome_verbs, that credit a piece of work with a result ('the "
            "work made the difference'): with the work as the subject, not a process report.",
        )
        missed_work_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of direct work besides the lexicon's direct_work_tools ('no other tools'): with a "
            "negation, like the child not met, the work with the child judged absent, not a process report.",
        )
        presence_words: list[str] = Field(
            default_factory=list, description="Predicates of a part of a record being there or not ('there', 'missing')."
        )
        cause_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of cause ('reason', 'factor'): a clause pointing back at the process ('this', 'that') "
            "that names it the cause of something ('this is one of the reasons XXXX has no housing plan') weighs the "
            "process, not only reports it.",
        )
        concession_marks: list[str] = Field(
            default_factory=list,
            description="Words that open a concessive clause ('even though', 'although', 'despite'): a process set "
            "against what should have prompted it is judged, not only reported.",
        )
        work_verbs: list[str] = Field(
            default_factory=list,
            description="Light verbs of work done ('She did a timeline with him'): a sentence the classifier left as "
            "other whose main verb is one, with a thing done as its object and someone other than the child as its "
            "subject, reports that a piece of work happened: it counts as process (so does 'the move happened in June', "
            "an occurrence verb of the lexicon with a thing as its subject).",
        )

    def setup(self) -> None:
        super().setup()
        self.challenges = CueSet(self.params.challenge_verbs, "challenge_verbs")
        self.discoveries = CueSet(self.params.discovery_verbs, "discovery_verbs")
        self.works = CueSet(self.params.work_verbs, "work_verbs")
        self.contents = CueSet(self.params.content_verbs, "content_verbs")
        self.presence = {w.lower() for w in self.params.presence_words}
        self.results = self.cues.consequence_markers  # (the shared cue set of the lexicon)
        self.findings = {w.lower() for w in self.params.finding_nouns}
        self.credits = CueSet(self.params.credit_verbs, "credit_verbs")
        self.missed_work = {w.lower() for w in self.params.missed_work_nouns}
        self.causes = {w.lower() for w in self.params.cause_nouns}
        self.concessions = {w.lower() for w in self.params.concession_marks}

    def _main_verbs(self, sent: Span) -> list[Token]:
        root = sent.root
        return [root] + [x for x in root.children if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX")]

    def _judged_in_clause(self, sent: Span) -> bool:
        """A main verb of the process sentence carries the writer's judgement of how the work went: an evaluative
        adverb of manner ("the core group worked well together"), or, said of it with "be", a superlative that
        ranks the work ("this was the most important piece of work in the period")."""
        c = self.cues
        for v in self._main_verbs(sent):
            # (an adverb of manner may hang on another: "worked well together" is parsed well <- together <- worked)
            if any(x.dep_ == "advmod" and (c.evaluative_adverbs.has(x) or any(
                    y.dep_ == "advmod" and c.evaluative_adverbs.has(y) for y in x.children)) for x in v.children):
                return True
            if v.lemma_ != "be":
                continue
            for x in v.children:
                if x.dep_ not in ("attr", "acomp"):
                    continue
                for t in x.subtree:
                    if t.pos_ != "ADJ" or c.status_adjectives.has(t) or c.timeliness_words.has(t):
                        continue
                    if t.tag_ == "JJS" or any(m.dep_ == "advmod" and m.lower_ in ("most", "least") for m in t.children):
                        return True
        return False

    def _hypothetical_reader(self, sent: Span) -> bool:
        """The main verb says what someone unnamed could or would do with the work ("a worker new to the case could
        follow them", "anyone reading the file would know why"): the work judged by a test the writer sets, not a
        step that happened."""
        for v in self._main_verbs(sent):
            if not any(x.dep_ == "aux" and x.lower_ in _HYPOTHETICAL_MODALS for x in v.children):
                continue
            for x in self.classifier.subjects(v):
                if x.lower_ in _ANYONE or (x.pos_ == "NOUN" and any(
                        d.dep_ == "det" and d.lower_ in ("a", "an", "any") for d in x.children)):
                    return True
        return False

    def _conceded(self, sent: Span) -> bool:
        """A concessive clause sets the process against what should have prompted it ("the young carers service
        was not invited, even though caring is the main worry school raised"): the writer weighs the step."""
        if not self.concessions:
            return False
        return any(t.lower_ in self.concessions and (
            (t.dep_ == "mark" and t.head.dep_ == "advcl") or (t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX")))
            for t in sent)

    @staticmethod
    def _standard_set(sent: Span) -> bool:
        """The writer sets the standard the step is measured against, in their own voice ("Seen alone 3 times in
        the period - should be every visit", "..., which the worker should build on"): a modal of obligation not
        inside what someone else says ("the policy says cases should be discussed monthly" still reports)."""
        for t in sent:
            if t.dep_ != "aux" or t.lower_ not in _OBLIGATION_MODALS:
                continue
            h, reported = t.head, False
            while h.head.i != h.i:
                if h.dep_ == "ccomp":
                    reported = True
                    break
                h = h.head
            if not reported:
                return True
        return False

    def _named_cause(self, sent: Span) -> bool:
        """A clause pointing back at the process names it a cause ("..., and this is one of the reasons XXXX has
        no housing plan", "that may have been a factor in the restraints"): the process weighed by its effect."""
        if not self.causes:
            return False
        for v in sent:
            if v.lemma_ != "be" or self.classifier.negated(v):
                continue
            if not any(x.dep_ == "nsubj" and x.lower_ in ("this", "that", "it", "which") for x in v.children):
                continue
            for x in v.children:
                if x.dep_ != "attr":
                    continue
                heads = [x] + [p for q in x.children if q.dep_ == "prep" and q.lower_ == "of"
                               for p in q.children if p.dep_ == "pobj"]  # "one of the reasons"
                if any(h.lemma_.lower() in self.causes for h in heads):
                    return True
        return False

    def _challenge(self, sent: Span) -> bool:
        """The main verb questions why something was (not) done, or finds that it went wrong."""
        root, clf = sent.root, self.classifier
        if root.pos_ not in ("VERB", "AUX") or clf.negated(root):
            return False
        for c in root.children:
            if c.dep_ != "ccomp":
                continue
            if self.challenges and clf.is_(self.challenges, root) and any(x.lower_ == "why" for x in c.children):
                return True
            if self.discoveries and clf.is_(self.discoveries, root) and any(
                    x.dep_ == "mark" and x.lower_ == "that" for x in c.children):
                return True
        return False

    def _event_reported(self, sent: Span, child: set[int]) -> bool:
        """A sentence left as other that only reports that something happened or was done: an occurrence verb
        with a thing as its subject ("The move happened in June"), or a light verb of work with its object ("She
        did a wishes and feelings sheet"), neither said of the child."""
        root, clf = sent.root, self.classifier
        if root.pos_ not in ("VERB", "AUX") or clf.negated(root) or root.i in child:
            return False
        subj = clf.subjects(root)
        if not subj:
            return False
        if clf.is_(self.cues.occurrence_verbs, root) and all(x.pos_ == "NOUN" and x.i not in child for x in subj):
            return True
        if self.contents and clf.is_(self.contents, root) and all(
                x.lower_ in ("it", "they") or self.cues.process_nouns.has_at(x) for x in subj):
            return True
        if root.lemma_ == "be" and any(c.dep_ in ("advmod", "acomp", "attr") and c.lower_ in self.presence
                                       for c in root.children) and all(x.pos_ == "NOUN" for x in subj):
            return True
        # (whoever did it: a pronoun for the worker is often resolved to the child)
        return bool(self.works) and clf.is_(self.works, root) and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in child for c in root.children)

    def _led_to(self, sent: Span, child: set[int]) -> bool:
        """The process sentence goes on to what it led to: a result connective ("as a result", "which meant"), or
        a clause whose subject points back at the process and whose verb is a consequence ("which led directly to
        the safety plan now in place")."""
        if self.results.any(sent, frozenset(child)):
            return True
        clf = self.classifier
        return any(
            v.dep_ in ("relcl", "conj", "advcl", "ccomp") and clf.is_(self.cues.consequence_verbs, v)
            and not clf.negated(v)
            and any(c.dep_ == "nsubj" and c.lower_ in ("which", "this", "that", "it") for c in v.children)
            for v in sent)

    def _child_clause(self, v: Token, child: set[int]) -> bool:
        """The clause of ``v`` has the child (or the child's own people and things) as its subject."""
        return any(x.i in child or any(c.i in child and c.dep_ == "poss" for c in x.children)
                   for x in self.classifier.subjects(v))

    def _credits_practice(self, sent: Span, child: set[int]) -> bool:
        """The main verb credits a piece of work with a result rather than reporting that it happened: the work (a
        thing, not a person or an agency) as the subject of an outcome verb whose object is no step of the process
        ("each change of worker set the relationship back", "the taxi made the difference", "the respite gave the
        family a break"). A person or an agency as the subject ("the manager supported the plan"), a process as
        the object ("the assessment supported the plan") and an outcome verb with nothing it affected ("the
        chronology stops in February") still report the work."""
        root, clf, c = sent.root, self.classifier, self.cues
        if root.pos_ != "VERB" or clf.negated(root) or clf.is_passive(root) or self._child_clause(root, child):
            return False
        subj = clf.subjects(root)
        if not subj or not all(x.pos_ == "NOUN" and not c.person_nouns.has(x) and not c.professional_nouns.has(x)
                               and not c.agency_nouns.has(x) for x in subj):
            return False
        if not (clf.is_(c.outcome_verbs, root) or clf.is_(self.credits, root) or any(
                x.dep_ in ("prt", "advmod") and c.outcome_verbs.has_lemma(f"{root.lemma_.lower()} {x.lower_}")
                for x in root.children)):  # (its particle after the object: "set the relationship back")
            return False
        objs = [x for x in root.children if x.dep_ in ("dobj", "dative", "ccomp")]
        return bool(objs) and not any(c.process_nouns.has_at(x) for x in objs if x.dep_ != "ccomp")

    def _with_child(self, x: Token, child: set[int]) -> bool:
        """``x`` is the child, or a piece of direct work with the child."""
        return (x.i in child or self.cues.direct_work_tools.has_at(x)
                or (x.pos_ == "NOUN" and x.lemma_.lower() in self.missed_work))

    def _missed_contact(self, sent: Span, child: set[int]) -> bool:
        """The main clause says the work with the child did not happen: the child not met or seen, no direct work
        done with them ("The assessor has not met her alone", "No direct-work tools have been used with XXXX",
        "There has been no life-story work since 2022", "No other tools."). The child's experience judged absent
        from the work, which the writers read as a judgement of the practice, not a report that a process
        happened. A record not written or updated ("the chronology has not been updated") is a document missing,
        and a professional not invited ("the police have not been invited") a step of the process: both stay
        process."""
        root, clf = sent.root, self.classifier
        if root.pos_ == "NOUN":  # a verbless note: "No other tools."
            return (any(x.dep_ == "det" and x.lower_ in _NEG_DET for x in root.children)
                    and self._with_child(root, child))
        for v in [root] + [x for x in root.children if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX")]:
            if v.pos_ not in ("VERB", "AUX") or not clf.negated(v):
                continue
            passive = clf.is_passive(v)
            who = [x for x in v.children if x.dep_ in ("dobj", "dative", "attr") or (passive and x.dep_ in _SUBJ)]
            who += [p for x in v.children if x.dep_ == "prep" and x.lower_ == "with" for p in x.children
                    if p.dep_ == "pobj"]
            if v.lemma_ == "be":  # "There has been no life-story work": what there was none of
                who += [x for x in v.children if x.dep_ == "nsubj" and x.lower_ not in ("it", "this", "that")]
            if any(self._with_child(x, child) for x in who):
                return True
        return False

    def _judged_after(self, sent: Span) -> bool:
        """A which-clause sums the process up as good or bad ("..., which is good practice", "..., which is far too
        little contact for a child at this level of risk"): the sentence judges the practice, a quality judgement
        the writers do not count as a process report."""
        c = self.cues
        for w in sent:
            v = w.head
            if w.lower_ != "which" or w.dep_ != "nsubj" or v.lemma_ != "be" or self.classifier.negated(v):
                continue
            for x in v.children:
                if x.dep_ not in ("attr", "acomp"):
                    continue
                pred = list(x.subtree)
                if any(c.evaluative_adjectives.has(t) or c.evaluative_nouns.has_at(t)
                       or (t.lower_ == "too" and t.dep_ == "advmod") for t in pred):
                    return True
                if c.judgement_phrases.find(sent.doc[pred[0].i: pred[-1].i + 1]):
                    return True
        return False

    def _process_count(self, ctx: AuditContext, d: Domain, sents: list) -> int:
        """Process sentences among the domain's classified ``sents``: the domain 1 child summary (G-3.1a) is who
        the child is, not a process; a challenge is oversight at work; a finding about the child is what a process
        concluded."""
        k = 0
        for sent, found, child in self.classified_sentences(ctx, d, sents):
            if found.cls == PROCESS:
                if _child_summary_class(found):
                    continue  # who the child is (their age, where they live): in any domain, not a process
                if (self._judged_in_clause(sent) or self._conceded(sent) or self._named_cause(sent)
                        or self._hypothetical_reader(sent) or self._standard_set(sent)):
                    continue  # the process weighed in its own sentence: a judgement, not only a report
                if self._challenge(sent):
                    continue
                if self._led_to(sent, child):
                    continue  # it goes on to what the process led to: not only a report that it happened
                if self._credits_practice(sent, child):
                    continue  # what the work did for the child, not only that it happened
                if self._judged_after(sent):
                    continue  # the process judged in the same sentence: a quality judgement
                if self._missed_contact(sent, child):
                    continue  # the work with the child judged absent, not a process reported
                k += 1
            elif found.cls == IMPACT and d.number == 1:
                if _found_by_process(sent, child, self.findings):
                    k += 1
            elif found.cls == OTHER and self._event_reported(sent, child):
                k += 1
        return k

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for d in ctx.audit.domains:
            sents = domain_sentences(ctx, d, self.cues, self.params.model)
            n = len(sents)
            if n < self.params.min_sentences:
                continue
            k = self._process_count(ctx, d, sents)
            if k / n > self.params.max_share:
                yield section_hit(
                    d.heading, d.number, process=k, sentences=n, share=f"{round(100 * k / n)}%",
                    max_share=f"{round(100 * self.params.max_share)}%", number=d.number, name=d.name,
                )
