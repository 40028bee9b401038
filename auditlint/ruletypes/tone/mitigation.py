"""AL205: a finding softened by work pressures or staff issues (the
:class:`Mitigation` rule type)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import Field

from ...errors import ConfigError
from ...text import in_quotes
from .. import register
from ..analysis.cues import doc_lower
from ..base import AuditContext, Hit, Params, RuleType
from ..lexicon import Entry, LexiconMatcher, Match, entries_from, head_of, lexicon_part, norm, token_forms
from .clauses import SHOULD_AUX, SUBJ, clause_head, own_tokens, subjects_of
from .people import NEGATIVE_PEOPLE, People, _no_one, writer_in_third_person
from .word_lists import _refs, _strings, tokens_with

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


@register
class Mitigation(RuleType):
    """Fires on a finding softened by work pressures or staff issues.

    A **cue** is an entry of the ``lexicon`` ("high caseloads", "off sick",
    "through no fault of"), or a ``soft_cues`` word ("pressure", "busy",
    "short", "vacant", "capacity", "cover") when it belongs to the service: its
    owner or subject is a professional or ``staff_nouns`` word ("the pressure
    of work across the locality", "the IRO service has been short of chairs").
    A cue whose clause has a ``context_key`` word as owner or subject, or just
    before it ("Mother's sickness", "XXXX was too busy with exams"), is
    about the family and is skipped.

    The sentence fires when a cue, read through the parse, excuses a
    **shortfall** stated elsewhere in the sentence (a negation, a
    ``shortfall_terms`` word, or an entry of ``shortfall_lexicons``):

    * the cue sits in a causal or concessive clause or phrase (``causal``,
      ``concessive``: "due to", "because", "as", "although", "but") or in the
      subject of a causal verb ("staffing shortages meant ...");
    * the cue is the predicate of a professional or team subject ("the
      worker has been off sick, so ..."), unless the shortfall is the
      response to the absence, stated plainly ("... and no cover was
      arranged": ``response_words``).

    It also fires, with no shortfall needed, on a cue after an
    ``explicit_causes`` phrase ("given the pressures, ...", "due to"), an
    ``excuse_kinds`` cue ("through no fault of", "in fairness to"), and a cue
    framed by an ``acknowledge_verbs`` verb ("it should be acknowledged that
    the team has been under pressure"). Cues of ``impact_kinds`` (worker
    changes) set against a shortfall of the child's ("since the change of
    worker she has not ...") are the effect on the child, not an excuse.
    Without any cue, a professional busy with other, counted work in the past
    or perfect progressive ("the manager has been covering two teams"), set in
    a concessive or causal relation to a shortfall, also fires; and so does a
    circumstance read from the parse alone (``circumstances``, see
    :meth:`_circumstance`): a clause whose subject is the service and whose
    shape says the professional was away, taken elsewhere, carrying other work
    or new ("because the manager was in court", "SW was redeployed to the
    front door", "holds a full caseload"), or a causal phrase naming the
    service ("owing to the IRO's heavy diary"), set against a shortfall.

    Also read from the parse (session 18): a service's or partner agency's
    queue (``queue_nouns``: "CAMHS have a 40-week wait, which is why ...")
    set against a shortfall, where the child going without counts; a wait
    measured out as a shortfall (``wait_verbs``: "waited until May"); a
    partner agency as an absolute clause's subject ("..., the virtual school
    having lost two advisers"); a hedge (``hedge_words``, "no wonder", "fair
    enough", "the best that could be managed") beside a reason that names the
    service; a frame ("has to be seen against a caseload of 38", "For
    context, ..."); nobody free to do the work (``availability_words``: "no
    solicitor was free to advise"); and a reason the auditor adopts ("...,
    and I accept that", "which may explain why ...").

    It stays quiet when the auditor refuses the excuse ("not down to
    workload", "this does not excuse": ``refusal_words``), when the finding is
    the service's response ("no cover was arranged"), on a shortfall denied
    ("no visits were missed"), and on a cue that is only what someone talked
    about ("asked about caseload pressures").
    """

    name = "mitigation"
    summary = "A finding softened by work pressures or staff issues."

    class Params(Params):
        lexicon: str = "mitigation"
        entries_key: str = "entries"
        cue_field: str = "cue"
        match_field: str | None = "match"
        kind_field: str = "kind"
        excuse_kinds: list[str] = Field(default_factory=lambda: ["excuse"])
        impact_kinds: list[str] = Field(
            default_factory=list,
            description="Cue kinds (turnover) that are the child's experience when the shortfall is about the "
            "child ('since the change of worker she has not ...'); they fire only against a practice shortfall.",
        )
        shared_kinds: list[str] = Field(
            default_factory=list,
            description="Cue kinds of events that fall on the family too (covid, lockdown): they fire only "
            "against a practice shortfall, not the family's ('covid restrictions meant XXXX could not ...').",
        )
        context_key: str = "not_mitigation_context"
        scarce_cues: list[str] = Field(
            default_factory=list,
            description="Resources outside the team (interpreter) that are a cue only when none could be had: "
            "'no interpreter', 'an interpreter could not be found', 'the availability of interpreters'.",
        )
        staff: list[str] = Field(
            default_factory=lambda: ["blaming:person_subjects"],
            description='Lexicon parts listing professional role nouns ("lexicon:key").',
        )
        staff_nouns: list[str] = Field(default_factory=list, description="Services and posts: team, service, post.")
        work_nouns: list[str] = Field(default_factory=list, description="Nouns of work load: work, caseload, case.")
        soft_cues: list[str | dict[str, str]] = Field(
            default_factory=list,
            description="Words that are cues only when the service owns them; a mapping {word, pos} restricts "
            "the part of speech ({word: leave, pos: NOUN}).",
        )
        causal: list[str] = Field(default_factory=list, description="Markers of a cause: because, as, due to.")
        concessive: list[str] = Field(default_factory=list, description="Markers of a concession: although, but.")
        consequence: list[str] = Field(default_factory=list, description="Markers of a result: so, which is why.")
        causal_verbs: list[str] = Field(default_factory=list, description="Verbs whose subject causes: mean, cause.")
        explicit_causes: list[str] = Field(default_factory=list)
        shortfall_terms: list[str] = Field(default_factory=list)
        shortfall_lexicons: list[str] = Field(default_factory=list, description='"lexicon:key" parts.')
        shortfall_exclude: list[str] = Field(
            default_factory=list, description="Entries of those lexicons that do not state a shortfall here."
        )
        shortfall_patterns: list[str] = Field(
            default_factory=list, description="Regular expressions on a word (adjective or participle): ^un.+ed$."
        )
        progressive: bool = Field(default=True, description="Also the no-cue 'busy with other work' pattern.")
        acknowledge_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that frame a cue as something to take into account (acknowledge, recognise): "
            "the frame is the softening, with or without the finding in the sentence.",
        )
        response_words: list[str] = Field(
            default_factory=list,
            description="Words of the service's response to an absence (cover): a shortfall in that response "
            "is stated plainly, not excused by the absence.",
        )
        load_words: list[str] = Field(
            default_factory=list,
            description="Words marking an object as other or more work in the no-cue pattern (other, several).",
        )
        message_kinds: dict[str, str] = Field(default_factory=dict, description="Words for each cue kind in the message.")
        follow_on: bool = Field(
            default=True,
            description="A busy or redeployed worker stated as a sentence of its own right after a shortfall.",
        )
        circumstances: bool = Field(
            default=True, description="Also read circumstances from the parse, with no cue word (see the class doc)."
        )
        set_aside: bool = Field(
            default=True,
            description="A pressure the auditor concedes in a concessive clause and then sets aside ('While I "
            "recognise the pressure the team was under, the plan should have been updated') is not mitigation.",
        )
        nobody_covered: bool = Field(
            default=True,
            description="A worker's absence as the time of a finding that nobody did the work ('While the worker "
            "was off sick nobody visited') states the missing response, not an excuse.",
        )
        load_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of carrying work (hold, cover, prioritise): with other, counted or work objects "
            "they say a professional was busy elsewhere.",
        )
        demand_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that are competing demands whatever their object (prioritise, juggle).",
        )
        elsewhere_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that, passive, say a professional was taken elsewhere (redeploy, second, tie up).",
        )
        away_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that, like 'be', place a professional somewhere else ('spent much of May in court').",
        )
        engagement_nouns: list[str] = Field(
            default_factory=list,
            description="Work that takes a professional away, as the object of 'have' ('SW had court', 'had duty').",
        )
        joining_verbs: list[str] = Field(
            default_factory=list, description="Verbs of arriving in post (join, start): the professional was new."
        )
        agency_nouns: list[str] = Field(
            default_factory=list,
            description="Other agencies (school, health trust): left 'without' a professional they are short "
            "staffed like the team ('the virtual school have been without a caseworker').",
        )
        topic_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that act on a cue rather than offer it ('reviewed the caseload', 'workload was "
            "discussed'): the cue as their object is a topic.",
        )
        refusal_words: list[str] = Field(
            default_factory=list,
            description="Words that, negated, refuse an excuse ('this does not excuse', 'no excuse'): the sentence "
            "names the circumstance to reject it.",
        )
        refusal_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns that refuse an excuse only as a negated predicate ('that is not a reason for the "
            "wait', 'this is no reason'), not as a subject ('the reason was not recorded').",
        )
        engaged_words: list[str] = Field(
            default_factory=list,
            description="Objects of 'was in/on ...' that mean doing the work, not being away (contact, touch).",
        )
        failing_lexicons: list[str] = Field(
            default_factory=list,
            description='"lexicon:key" parts of words that judge a professional ("out of her depth"): a cause '
            "described by one is a failing, held to account, not a circumstance.",
        )
        practice_causes: list[str] = Field(
            default_factory=list,
            description="Nouns that make a cause the professional's own practice (failure, decision): "
            "'due to the worker's decision' is accountability, not mitigation.",
        )
        hedge_words: list[str] = Field(
            default_factory=list,
            description="Words that call a shortfall expected or forgivable (understandable, inevitable, "
            "unavoidable, and their adverbs): beside a reason that names the service, the hedge softens the finding.",
        )
        availability_words: list[str] = Field(
            default_factory=list,
            description="Predicates of a professional free to do the work (free, available): with nobody or 'no' "
            "staff as their subject ('no solicitor was free to advise', 'nobody free to cover', 'no cover "
            "available') they say the service had nobody to give, the reason for a shortfall beside them.",
        )
        queue_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of work queued at a service (wait, waiting list, backlog): a cue when the service or "
            "a partner agency holds them ('CAMHS have a 40-week wait', 'the court team's backlog') or nobody does "
            "('because of the long waiting list'); not the child's or family's own wait.",
        )
        wait_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that state a delay when measured out in days, weeks or months ('waited eleven weeks', "
            "'waited until May', 'took four months to come through').",
        )
        duration_nouns: list[str] = Field(
            default_factory=list,
            description="Units of time long enough to make a wait a delay (day, week, month).",
        )
        then_preps: list[str] = Field(
            default_factory=list,
            description="Prepositions that place a piece of work in time after 'only' ('only completed on 9 May', "
            "'only resumed in September').",
        )
        timed_work: list[str] = Field(
            default_factory=list,
            description="Pieces of the work that 'only' + a date can call late (assessment, visit, case): the "
            "subject or object of the verb 'only' is on ('visits only resumed in September', 'only took the case "
            "over in February'; not 'who only joined the team on 3 January').",
        )
        assessment_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of an assessment whose day count ``assessment_days`` measures: 'day N' is late only "
            "in a clause about one ('the assessment was completed on day 61', not 'seen on day 50 of the "
            "placement').",
        )
        assessment_days: int = Field(
            default=0,
            description="The working days an assessment has ('completed on day 61' is past it when this is 45); 0 "
            "reads no day count as late.",
        )
        provision_nouns: list[str] = Field(
            default_factory=list,
            description="The child's education or placement (timetable, school, placement): a cue word qualifying"
            " one ('a part-time timetable') describes the child's provision, not the staff.",
        )
        adopting_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs by which the auditor adopts a reason as their own ('..., and I accept that', 'I "
            "understand that ...').",
        )
        reporting_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that report someone else's account ('the worker told me ...'): a reason they carry"
            " is reported, not adopted.",
        )
        context_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns that frame what follows as background ('For context, ...').",
        )
        scarcity_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of a resource that could not be had ('the availability of interpreters', 'a "
            "shortage of translators').",
        )
        sourcing_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of obtaining an outside resource ('an interpreter could not be sourced / found / "
            "booked').",
        )
        absence_words: list[str] = Field(
            default_factory=list,
            description="Words of a worker's absence (leave, sick, off, holiday).",
        )
        light_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of a frame a finding is read in ('in the light / context / against the backdrop of"
            " the pressures').",
        )
        weighing_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of reading a finding against something ('has to be seen / read / considered "
            "against a caseload of 38').",
        )
        frame_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of taking something into account, with frame_nouns ('bear in mind', 'take into "
            "account').",
        )
        frame_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of taking something into account, with frame_verbs ('bear in mind', 'take into "
            "consideration').",
        )
        accepting_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of judging or accepting a view ('I do not think the pressures alter the finding', "
            "'I accept ...').",
        )
        blaming_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of blaming someone ('the worker is not to blame / at fault', 'I do not "
            "criticise').",
        )
        fair_words: list[str] = Field(
            default_factory=list,
            description="Words that call a judgement fair ('it is only fair to note ...', 'it is right to say "
            "...').",
        )
        unfair_words: list[str] = Field(
            default_factory=list,
            description="Words that call a judgement unfair ('it would be unfair to blame the worker').",
        )
        own_staff_nouns: list[str] = Field(
            default_factory=list,
            description="A service's own staff or posts: lost with an owner or a number ('lost half its staff', "
            "'two of its three posts', 'its safeguarding lead') they are a staffing loss, not a lost "
            "thing ('lost the file').",
        )
        judging_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of judging someone or a grade ('judge', 'criticise', 'grade', 'hold to account').",
        )
        altering_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of changing a finding ('the pressures do not alter / outweigh the finding').",
        )
        service_failing_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns that name a failing held by the service ('a service failing', 'a management "
            "issue').",
        )
        finding_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of the audit's own finding or grade (finding, conclusion, grade, outcome).",
        )
        service_words: list[str] = Field(
            default_factory=list,
            description="Words naming the service as whom a finding is against ('a finding for management', 'a "
            "systemic failing'): the circumstance is stated and the service held to account.",
        )
        shortfall_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of a shortfall in the work (lack, absence, delay, gap, drift).",
        )
        explaining_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that excuse or explain a shortfall (mitigate, excuse, offset, explain).",
        )
        understood_words: list[str] = Field(
            default_factory=list,
            description="Words that call a shortfall understandable (understandable, inevitable, forgivable).",
        )
        means_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of the service's means (time, capacity, staffing, resource): 'given the time "
            "available'.",
        )
        oversight_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of management oversight (supervision, manager): what oversight should have done, "
            "set after the circumstance ('should have been picked up in supervision'), holds the "
            "service to the finding.",
        )
        resigned_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of a resigned expectation ('as good as it gets', 'the best that could be managed',"
            " 'all one could hope for').",
        )

    def setup(self) -> None:
        p = self.params
        try:
            self._agency_nouns = frozenset(norm(str(x)) for x in (
                lexicon_part(self.lexicons, "analysis-cues:agency_nouns") or []))
        except ConfigError:  # an authority's lexicons without the list: staff only
            self._agency_nouns = frozenset()
        self.load_verbs = {norm(w) for w in p.load_verbs}
        self.elsewhere_verbs = {norm(w) for w in p.elsewhere_verbs}
        self.joining_verbs = {norm(w) for w in p.joining_verbs}
        self.practice_causes = {norm(w) for w in p.practice_causes}
        self.engaged_words = {norm(w) for w in p.engaged_words}
        self.refusal_words = {norm(w) for w in p.refusal_words}
        # nouns that refuse only as a predicate ("that is not a reason for ..."; not "the reason was not recorded")
        self.refusal_nouns = {norm(w) for w in p.refusal_nouns}
        self.refusal_words |= self.refusal_nouns
        self.refusing = frozenset(self.refusal_words | self._REFUSING_VERBS)
        self.topic_verbs = {norm(w) for w in p.topic_verbs}
        self.agency_words = frozenset(norm(w) for w in p.agency_nouns)
        self.scarce = LexiconMatcher([Entry(w, {p.kind_field: "external"}) for w in p.scarce_cues]) if p.scarce_cues else None
        self.demand_verbs = {norm(w) for w in p.demand_verbs}
        self.away_verbs = {norm(w) for w in p.away_verbs}
        self.engagements = {norm(w) for w in p.engagement_nouns}
        self.circumstance_verbs = (self.load_verbs | self.elsewhere_verbs | self.joining_verbs | self.demand_verbs
                                   | self.away_verbs)
        data = lexicon_part(self.lexicons, p.entries_key, p.lexicon)
        self.cues = LexiconMatcher(entries_from(data, p.cue_field, p.lexicon), match_field=p.match_field)
        ctx_words = _strings(lexicon_part(self.lexicons, p.context_key, p.lexicon))
        self.context = LexiconMatcher([Entry(w) for w in ctx_words])
        self.people = People(_refs(self.lexicons, p.staff) + list(p.staff_nouns), indefinite=False)
        self.work = LexiconMatcher([Entry(w) for w in p.work_nouns])
        soft = [Entry(w, {p.kind_field: "soft"}) if isinstance(w, str)
                else Entry(w["word"], {p.kind_field: "soft", "pos": w.get("pos", "")}) for w in p.soft_cues]
        self.soft = LexiconMatcher(soft, pos_field="pos", pos_mode="strict")
        self.concessive_marks = {norm(w) for w in p.concessive if " " not in w}
        self.causal = LexiconMatcher([Entry(w, {"rel": "cause"}) for w in p.causal]
                                     + [Entry(w, {"rel": "concession"}) for w in p.concessive])
        self.consequence = LexiconMatcher([Entry(w) for w in p.consequence])
        self.causal_verbs = {norm(v) for v in p.causal_verbs}
        self.load_words = {norm(w) for w in p.load_words}
        self.response_words = frozenset(norm(w) for w in p.response_words)
        self.acknowledge = {norm(w) for w in p.acknowledge_verbs}
        self.explicit = {" ".join(norm(w) for w in x.split()) for x in p.explicit_causes}
        drop = {norm(w) for w in p.shortfall_exclude}
        data = lexicon_part(self.lexicons, p.lexicon)
        drop |= {norm(w) for w in (data.get("not_shortfall") or [])} if isinstance(data, dict) else set()
        short = [w for w in list(p.shortfall_terms) + _refs(self.lexicons, p.shortfall_lexicons) if norm(w) not in drop]
        self.shortfall = LexiconMatcher([Entry(w) for w in short])
        self.shortfall_words = {norm(w) for w in short if " " not in w.strip()}
        self.failings = LexiconMatcher([Entry(w) for w in _refs(self.lexicons, p.failing_lexicons)])
        self.patterns = re.compile("|".join(f"(?:{x})" for x in p.shortfall_patterns)) if p.shortfall_patterns else None
        self.queues = LexiconMatcher([Entry(w, {p.kind_field: self.QUEUE_KIND}) for w in p.queue_nouns]) if p.queue_nouns else None
        self.wait_verbs = frozenset(norm(w) for w in p.wait_verbs)
        self.hedge_words = frozenset(norm(w) for w in p.hedge_words)
        self.availability_words = frozenset(norm(w) for w in p.availability_words)
        self.duration_nouns = frozenset(norm(w) for w in p.duration_nouns)
        # the vocabulary of the parse-read patterns (adopted reasons, frames, hedges, findings held to account)
        self.provision_nouns = frozenset(norm(w) for w in p.provision_nouns)
        self.then_preps = frozenset(w.lower() for w in p.then_preps)
        self.timed_work = frozenset(norm(w) for w in p.timed_work)
        self.assessment_nouns = frozenset(norm(w) for w in p.assessment_nouns)
        self.adopting_verbs = frozenset(norm(w) for w in p.adopting_verbs)
        self.reporting_verbs = frozenset(norm(w) for w in p.reporting_verbs)
        self.context_nouns = frozenset(norm(w) for w in p.context_nouns)
        self.scarcity_nouns = frozenset(norm(w) for w in p.scarcity_nouns)
        self.sourcing_verbs = frozenset(norm(w) for w in p.sourcing_verbs)
        self.absence_words = frozenset(norm(w) for w in p.absence_words)
        self.light_nouns = frozenset(norm(w) for w in p.light_nouns)
        self.weighing_verbs = frozenset(norm(w) for w in p.weighing_verbs)
        self.frame_verbs = frozenset(norm(w) for w in p.frame_verbs)
        self.frame_nouns = frozenset(norm(w) for w in p.frame_nouns)
        self.accepting_verbs = frozenset(norm(w) for w in p.accepting_verbs)
        self.altering_verbs = frozenset(norm(w) for w in p.altering_verbs)
        self.blaming_verbs = frozenset(norm(w) for w in p.blaming_verbs)
        self.fair_words = frozenset(norm(w) for w in p.fair_words)
        self.unfair_words = frozenset(norm(w) for w in p.unfair_words)
        self.own_staff_nouns = frozenset(norm(w) for w in p.own_staff_nouns)
        self.judging_verbs = frozenset(norm(w) for w in p.judging_verbs)
        self.finding_nouns = frozenset(norm(w) for w in p.finding_nouns)
        self.service_failing_nouns = frozenset(norm(w) for w in p.service_failing_nouns)
        self.service_words = frozenset(norm(w) for w in p.service_words)
        self.shortfall_nouns = frozenset(norm(w) for w in p.shortfall_nouns)
        self.explaining_verbs = frozenset(norm(w) for w in p.explaining_verbs)
        self.understood_words = frozenset(norm(w) for w in p.understood_words)
        self.means_nouns = frozenset(norm(w) for w in p.means_nouns)
        self.oversight_nouns = frozenset(norm(w) for w in p.oversight_nouns)
        self.resigned_verbs = frozenset(norm(w) for w in p.resigned_verbs)
        # the words each pattern starts from, built from the vocabulary above and the grammar kept here
        self.adoption_verbs = frozenset(self.adopting_verbs | {"take", "explain"})
        self.frame_words = frozenset(self.explaining_verbs | self.understood_words | self.means_nouns
                                     | {"considering"})  # every word _excuse_frame starts from
        self.against_nouns = frozenset(self.finding_nouns | {"criticism"})  # the nouns _finding_against starts from
        # a word each test of _finding_held's loop needs in the sentence (a failing noun on the predicate or under it)
        self.held_words = frozenset(self.altering_verbs | {"else"} | self.service_failing_nouns | self._IN_SPITE)
        self.weighed_words = frozenset(self.light_nouns | self._ALLOWANCES | self._LENIENT
                                       | {"considering"})  # every word _weighed_against_pressure starts from

    # -- pieces of the parse ----------------------------------------------
    def _staffish(self, t: Token) -> bool:
        return self.people.is_role(t) or self.work.matches_token(t)

    def _describes_provision(self, doc: Doc, m: Match) -> bool:
        """A cue word that describes the child's provision, not the staff ("a part-time timetable", "a part-time
        school place"): the head noun it qualifies is the child's education or placement."""
        t = doc[m.end - 1]
        return m.end - m.start <= 3 and t.dep_ in ("amod", "compound") and norm(t.head.lemma_) in self.provision_nouns

    # -- work queued at a service, and a wait measured out (session 18) ---------------------------------
    def _queue_ok(self, doc: Doc, sent: Span, m: Match) -> bool:
        """A queue noun (``queue_nouns``: wait, waiting list, backlog) held by the service, a partner agency or
        nobody: "CAMHS have a 40-week wait", "the SEN team was clearing its backlog", "the court backlog",
        "because of the long waiting list"; not the child's or family's own wait ("XXXX's wait for CAMHS",
        "XXXX faces a long wait"), which is what the service's delay did to them."""
        t = head_of(doc, m.start, m.end)
        if t.pos_ not in ("NOUN", "PROPN"):
            return False  # the verb "wait" is the delay itself (:meth:`_drawn_out`)
        owners = [c for c in t.children if c.dep_ in ("poss", "compound", "nmod")]
        if t.dep_ in ("dobj", "attr") and t.head.pos_ in ("VERB", "AUX"):
            owners += subjects_of(t.head)  # "CAMHS have a 40-week wait", "the EH team had a waiting list"
        region = {x.i for o in owners for x in o.subtree}
        if self._family_in(sent, region) or any(o.lower_ in ("she", "he", "her", "his") for o in owners):
            return False
        # "XXXX faces a long wait", "XXXX has been on the waiting list since March": the child's place in the queue
        held = t.dep_ in ("dobj", "attr") or t.dep_ == "pobj" and t.head.lower_ in ("on", "onto", "in")
        return not (held and self._about_family(t, sent))

    def _drawn_out(self, t: Token) -> bool:
        """A wait measured out (``wait_verbs``): "waited eleven weeks", "waited until May", "waiting since March",
        "took four months to come through". A wait with no measure ("waited for the carer to arrive") and a short one ("took two
        hours") state no delay."""
        lemma = norm(t.lemma_)
        if t.pos_ != "VERB" or lemma not in self.wait_verbs or self._neg(t):
            return False
        kids = list(t.children)
        if lemma == "wait" and any(c.dep_ == "prep" and c.lower_ in ("until", "since") for c in kids):
            return True
        spans = [c for c in kids if c.dep_ in ("npadvmod", "dobj")]
        spans += [g for c in kids if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        measured = any(token_forms(c) & self.duration_nouns and any(
            g.like_num or g.dep_ in ("nummod", "amod", "det") and g.lower_ in ("several", "many", "some")
            for g in c.children) for c in spans)
        if not measured:
            return False
        # "took four months to come through": "take" states a delay only with what took so long
        return lemma == "wait" or any(c.dep_ in ("xcomp", "advcl") for c in kids)

    # -- a reason of the service adopted by the auditor (session 18) -------------------------------------
    _RELATIVE_SUBJECTS = frozenset("which this that it".split())

    def _adoption(self, sent: Span) -> tuple[Token, set[int], Token | None] | None:
        """The auditor adopting a reason: "..., and I accept that", "and I understand why", "I think that has to
        be taken into account", "..., which may explain why supervision slipped", "I accept that this explains the
        late statement". Returns the adopting word, its clause's tokens and, for "explain", its object (the
        finding explained), or None. Not negated ("I cannot accept that this explains ...") and not conceded in
        a "while"/"although" clause."""
        for t in tokens_with(sent, self.adoption_verbs):
            lemma = norm(t.lemma_)
            if t.pos_ != "VERB" or lemma not in self.adoption_verbs or self._neg(t):
                continue
            if any(a.dep_ == "advcl" and any(c.dep_ == "mark" and norm(c.text) in self.concessive_marks
                                             for c in a.children) for a in [t, *t.ancestors]):
                continue  # "While I accept that the worker was stretched, ..." sets it aside
            subs = subjects_of(t)
            clause = own_tokens(t)
            if lemma in self.adopting_verbs and any(x.lower_ in ("i", "we") for x in subs):
                objs = [c for c in t.children if c.dep_ in ("dobj", "ccomp")]
                if any(o.lower_ in ("that", "this", "why") or o.dep_ == "ccomp" for o in objs) or any(
                        c.lower_ == "why" for c in t.children):
                    explained = next((o for o in objs if o.dep_ == "ccomp" and norm(o.lemma_) == "explain"), None)
                    if explained is not None:
                        return self._explaining(explained, clause)
                    return t, clause, None
            if lemma == "take" and any(c.dep_ == "prep" and c.lower_ == "into" and any(
                    g.lower_ == "account" for g in c.children) for c in t.children) and any(
                    c.dep_ == "auxpass" for c in t.children):
                return t, clause, None
            if lemma == "explain" and any(x.lower_ in self._RELATIVE_SUBJECTS for x in subs):
                return self._explaining(t, clause)
        return None

    def _explaining(self, v: Token, clause: set[int]) -> tuple[Token, set[int], Token | None] | None:
        obj = next((c for c in v.children if c.dep_ in ("dobj", "ccomp")), None)
        return (v, clause | own_tokens(v), obj) if obj is not None else None

    def _adopted_reason(self, sent: Span, text: str) -> tuple[str, str] | None:
        """A reason of the service that the auditor adopts (:meth:`_adoption`), beside a shortfall: "The IRO told
        me she could not chair the review in time because three of her colleagues had left, and I accept that";
        "I was told the manager was dealing with a serious case review, which may explain why supervision
        slipped". The reason names the service (:meth:`_service_reason`), or is what a professional reported
        with a load in it ("told by the social worker that she was allocated six new sets of proceedings").
        Accepting a plain account ("the worker told me she visited three times, and I accept that") names no
        shortfall and does not fire."""
        found = self._adoption(sent)
        if found is None:
            return None
        t, clause, explained = found
        doc = sent.doc
        if explained is not None:
            obj = {x.i for x in explained.subtree}
            if not self._region_shortfall(sent, {i for i in range(sent.start, sent.end) if i not in obj}, text):
                return None  # "which explains why she knows the family so well": nothing fell short
        elif not self._region_shortfall(sent, clause, text):
            return None
        frame = clause | ({x.i for x in explained.subtree} if explained is not None else set())
        if self._service_reason(sent, t, frame) is not None:
            return t.text, "pressure"
        for v in sent:  # what a professional reported: "the worker told me ...", "I am told by the SW that ..."
            if norm(v.lemma_) not in self.reporting_verbs or v.pos_ != "VERB" or v.i in frame:
                continue
            reporters = subjects_of(v, passive_agent=True)
            if not any(self._staffish(r) or self._partner_agency(r) for r in reporters):
                continue
            for c in v.children:
                if c.dep_ != "ccomp" or c.i in frame:
                    continue
                region = {x.i for x in c.subtree} - frame
                loaded = any(doc[i].like_num or norm(doc[i].lower_) in self.load_words for i in region)
                if loaded and not self._family_in(sent, region):
                    return t.text, "pressure"
        return None

    # -- a pressure and the "So ..." deficit that follows it (session 18) ---------------------------------
    _SO_OPENERS = frozenset({"so", "hence", "therefore", "consequently"})
    _SO_NOT = frozenset("far much many long that".split())  # "So far ...", "So much ...": degree, not result

    def _opens_with_result(self, sent: Span) -> bool:
        """The sentence opens with a result marker: "So XXXX's PEP slipped", "Hence the drift.", "As a result
        ..."; not "So far, ..." or "So much for ..."."""
        doc = sent.doc
        first = doc[sent.start]
        nxt = doc[sent.start + 1] if sent.start + 1 < sent.end else None
        if first.lower_ in self._SO_OPENERS:
            return nxt is None or nxt.lower_ not in self._SO_NOT
        return first.lower_ == "as" and sent.end - sent.start > 3 and " ".join(doc[i].lower_ for i in range(sent.start, sent.start + 3)) == "as a result"

    def _so_linked(self, first: Span | None, second: Span | None, text: str, deficit: bool = False) -> tuple[str, str] | None:
        """``first`` names a work pressure of the service (a cue: "Staffing has been hard: ...", "Worker off sick
        in May.") and ``second``, right after it in the paragraph, opens with a result marker and states a
        shortfall ("So XXXX's PEP review slipped to October.", "Hence the drift."): the pressure is offered as
        the reason. Both sentences fire: the pressure (``deficit`` False, read on ``first``) and the deficit
        (``deficit`` True, read on ``second``). Leave stated as a fact beside its consequence, with no result
        marker ("SW on leave in April; no visit."), is not linked here."""
        if first is None or second is None or not self._opens_with_result(second):
            return None
        if not self._region_shortfall(second, {second.start}, text):
            return None
        if not self._cue_in(first, {t.i for t in first}) or self._refused(first) or self._finding_held(first):
            return None
        return (second if deficit else first)[0].text, "pressure"

    # -- nobody free to do the work (session 18) ---------------------------------------------------------
    _NOBODY = frozenset("nobody noone none".split())

    def _nobody_free(self, sent: Span, text: str) -> tuple[str, str] | None:
        """Nobody in the service free to do the work, set against a shortfall or a consequence: "no solicitor was
        free to advise until 20 January, which is why the letter went out late", "there is nobody outside the team
        free to supervise, which is why ...", "with no cover available it could not have gone ahead". Not "no
        cover was arranged" (the missing response is the finding) and not a family member ("nobody in the family
        was free to have her")."""
        doc = sent.doc
        for t in tokens_with(sent, self.availability_words):
            if t.pos_ != "ADJ" or norm(t.lemma_) not in self.availability_words:
                continue
            # what is (not) free: the subject of its copula, the noun it follows ("nobody free to cover"), or its head
            cands = [c for c in t.head.children if c.dep_ in SUBJ or c.dep_ == "attr"] if t.dep_ == "acomp" else []
            cands += [t.head] if t.dep_ in ("amod", "acl") or t.head.pos_ in ("NOUN", "PRON") else []
            cands += [c for c in t.children if c.dep_ in SUBJ]
            if t.i > sent.start and doc[t.i - 1].pos_ in ("NOUN", "PRON"):
                cands.append(doc[t.i - 1])  # "no cover available", "nobody free", however the parser hangs them
            cands += [g for c in cands for g in c.children if g.dep_ == "conj"]
            # nobody, or "no" and a noun: a person or a resource of the service ("no solicitor", "no slot")
            who = next((c for c in cands if c.i != t.i and (
                c.lower_ in self._NOBODY or c.pos_ in ("NOUN", "PROPN") and any(
                    g.lower_ == "no" and g.dep_ == "det" for g in c.children))), None)
            if who is None or self._neg(t.head) and t.dep_ == "acomp":
                continue
            region = own_tokens(who) | own_tokens(t) | {t.i}
            if t.dep_ == "acomp":
                region |= own_tokens(t.head)
            if self._family_in(sent, region) or in_quotes(text, t.idx, t.idx + len(t)):
                continue
            if self._region_shortfall(sent, region, text) or any(
                    mk.start > max(region) for mk in self.consequence.find(sent)):
                return self._cue_text(doc, region), "staffing"
        return None

    # -- a shortfall called expected beside a reason that names the service (session 18) -----------------
    _WONDER_DETS = frozenset("no small little".split())
    _EQUATIVES = frozenset("good much well".split())
    # the lemmas _hedge tests by name besides hedge_words and _EQUATIVES (its caller's gate reads them from here)
    _NO_WONDER, _ALWAYS_GOING, _FAIR_ENOUGH, _BEST = "wonder", "go", "fair", "good"
    _HEDGE_NEG = frozenset("not n't never hardly scarcely barely".split())

    def _hedge(self, t: Token) -> bool:
        """A word that calls what happened expected or forgivable: a ``hedge_words`` word ("perhaps
        understandable", "probably inevitable", "understandably so"), "no wonder", "was always going to", "fair
        enough", or the standard lowered to what could be had ("the best that could be managed", "about as much
        as could be expected", "as good as it gets"). Not when negated ("not understandable", "hardly
        inevitable")."""
        lemma = norm(t.lemma_)
        kids = list(t.children)
        if any(c.lower_ in self._HEDGE_NEG for c in kids) or t.dep_ in ("acomp", "attr") and self._neg(t.head):
            return False
        if t.pos_ in ("ADJ", "ADV") and (lemma in self.hedge_words or norm(t.text) in self.hedge_words):
            return True
        if lemma == self._NO_WONDER and t.pos_ == "NOUN" and any(c.lower_ in self._WONDER_DETS for c in kids):
            return True  # "it's no wonder the team struggled"
        if lemma == self._ALWAYS_GOING and t.tag_ == "VBG" and any(c.lower_ == "always" for c in kids) and any(
                c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in kids):
            return True  # "was always going to happen"
        if lemma == self._FAIR_ENOUGH and t.pos_ == "ADJ" and any(c.lower_ == "enough" for c in kids):
            return True  # "fair enough"
        if (t.tag_ == "JJS" and lemma == self._BEST or lemma in self._EQUATIVES and any(c.lower_ == "as" for c in kids)) \
                and any(c.dep_ in ("relcl", "advcl") and (norm(c.lemma_) in self.resigned_verbs or any(
                    g.dep_ == "aux" and g.lower_ in ("could", "can") for g in c.children)) for c in kids):
            return True  # "the best that could be managed", "as much as could be expected", "as good as it gets"
        return False

    def _service_reason(self, sent: Span, hedge: Token, frame: set[int] | frozenset[int] = frozenset()) -> set[int] | None:
        """A reason in the sentence that names the service, a partner agency or a work-pressure cue, and not the
        family: a causal phrase or clause ("given the state of CAMHS", "with the conference service short of
        chairs", "because of the caseloads in the team"), a clause whose subject is the service ("Worker had 30
        cases"), or a cue ("w/ PA caseloads at 35+"); ``frame`` (the words that introduce it) left out. Returns
        its tokens, or None."""
        doc = sent.doc
        regions: list[set[int]] = []
        for mk in self.causal.find(sent):
            if mk.entry.data.get("rel") != "cause" or self._denied(doc, mk.start):
                continue
            first = doc[mk.start]
            if first.dep_ == "mark" and first.head.i != first.i:
                regions.append({x.i for x in first.head.subtree})
            else:
                regions.append({x.i for i in range(mk.start, mk.end) for x in doc[i].subtree})
        failing = {i for m in self.failings.find(sent) for i in range(m.start, m.end)}
        for v in sent:
            if v.pos_ in ("VERB", "AUX") and not self._neg(v):
                subs = subjects_of(v)
                if not subs and v.dep_ == "acl" and v.tag_ == "VBG":
                    subs = [v.head]  # note style: "Worker carrying 31 children"
                if subs and all(self._staffish(x) or self._partner_agency(x) for x in subs):
                    region = own_tokens(v) | {x.i for x_ in subs for x in x_.subtree}
                    # a load counted or a circumstance read from the parse ("Worker had 30 cases", "the manager was
                    # covering two teams"), not the service's conduct ("the school have been evasive")
                    loaded = any(doc[i].like_num or norm(doc[i].lower_) in self.load_words for i in region) \
                        or self._circumstance_kind(v) is not None
                    if loaded and not region & failing:
                        regions.append(region)
        matches = list(self.cues.find(sent)) + list(self.soft.find(sent)) + (
            list(self.queues.find(sent)) if self.queues is not None else [])
        # an acronym cue only in capitals: "IT down", not "grade it down"
        regions += [set(range(m.start, m.end)) for m in matches if not self._acronym_in_lower(doc, m)]
        for region in regions:
            region = region - frame  # the frame's own words ("For context, ...") are not the reason
            if region and hedge.i not in region and self._names_service(sent, region):
                return region
        return None

    @staticmethod
    def _acronym_in_lower(doc: Doc, m: Match) -> bool:
        """A cue whose lexicon term opens with an acronym ("IT down") matched on lower-case text ("it down")."""
        first = m.entry.term.split()[0] if m.entry.term.split() else ""
        return len(first) > 1 and first.isupper() and doc[m.start].text != first

    def _names_service(self, sent: Span, region: set[int]) -> bool:
        """``region`` names the service, a partner agency or a work-pressure cue, and no family word."""
        doc = sent.doc
        if self._family_in(sent, region):
            return False
        return any((self._staffish(doc[i]) or self._partner_agency(doc[i])) and not self.context.matches_token(doc[i])
                   for i in region) or self._cue_in(sent, region)

    _CONTEXT_FRAMES = frozenset("for in give provide set offer add".split())
    _WEIGHED_BESIDE = frozenset({"against", "alongside"})

    def _context_frame(self, sent: Span) -> tuple[str, str] | None:
        """A circumstance of the service offered as the frame the finding is to be read in: "has to be seen against
        a PA caseload of 38", "should be read alongside the pressure the court team was under", "(For context, the
        team has had five managers in eighteen months.)", "should be seen in context: she had to pick up the
        agency worker's unfinished work". The frame is the softening; a family circumstance ("for context, XXXX
        is the youngest of four") or a frame with nothing of the service in it is not."""
        doc = sent.doc
        gate = self.__dict__.get("_context_gate")  # (a token in neither list is passed over below)
        if gate is None:
            gate = self._context_gate = frozenset(self.weighing_verbs | self.context_nouns)
        for t in tokens_with(sent, gate):
            lemma = norm(t.lemma_)
            if t.pos_ == "VERB" and lemma in self.weighing_verbs and not self._neg(t):
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in self._WEIGHED_BESIDE and self._names_service(
                            sent, {x.i for x in c.subtree}):
                        return f"{t.text} {c.text}", "pressure"
            elif lemma in self.context_nouns and t.pos_ == "NOUN" and (
                    t.head.lower_ in ("for", "in") and t.dep_ == "pobj"
                    or t.dep_ == "dobj" and norm(t.head.lemma_) in self._CONTEXT_FRAMES):
                frame = t.head.head if t.head.lower_ == "in" else t.head
                if frame.lower_ == "in" or norm(frame.lemma_) not in self.weighing_verbs and t.head.lower_ == "in":
                    continue  # "in context" only as a way to weigh: "seen in context", not "the risks in context"
                if self._neg(frame) if frame.pos_ in ("VERB", "AUX") else False:
                    continue
                if self._service_reason(sent, t, {x.i for x in frame.subtree}) is not None:
                    return t.text, "pressure"
        return None

    def _hedged_deficit(self, sent: Span, text: str) -> tuple[str, str] | None:
        """A hedge (:meth:`_hedge`) on what happened, beside a reason that names the service
        (:meth:`_service_reason`): "with only two workers on the patch, this is perhaps understandable", "given
        the state of CAMHS nationally, it's no wonder the team struggled", "Worker had 30 cases, fair enough".
        The finding is a shortfall outside the reason, or, with none named, a sentence with no family word
        outside it (the finding stands in the sentence before): "XXXX's anger is understandable given the
        changes of worker" is the child's reaction, not a finding softened."""
        # a hedge has one of these forms (:meth:`_hedge`): only the sentence's tokens with one are tried
        gate = self.__dict__.get("_hedge_gate")
        if gate is None:
            gate = self._hedge_gate = frozenset(self.hedge_words | {self._NO_WONDER, self._ALWAYS_GOING, self._FAIR_ENOUGH, self._BEST} | self._EQUATIVES)
        for t in tokens_with(sent, gate):
            if not self._hedge(t) or in_quotes(text, t.idx, t.idx + len(t)):
                continue
            region = self._service_reason(sent, t)
            if region is None:
                continue
            if self._region_shortfall(sent, region | {t.i}, text) or not self._family_in(
                    sent, {x.i for x in sent} - region):
                return t.text, "pressure"
        return None

    def _scarce(self, doc: Doc, m: Match) -> bool:
        """A resource that could not be had: "no interpreter", "an interpreter
        could not be sourced", "interpreter availability", "the lack of interpreters"
        (not "an interpreter was not used", where not using one is the finding)."""
        t = head_of(doc, m.start, m.end)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return True
        if t.dep_ == "compound" and token_forms(t.head) & self.scarcity_nouns:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "of" and token_forms(t.head.head) & self.scarcity_nouns:
            return True
        v = t.head
        if t.dep_ in ("nsubj", "nsubjpass", "dobj") and v.pos_ in ("VERB", "AUX", "ADJ"):
            negated = any(c.dep_ == "neg" for c in v.children) or v.dep_ == "xcomp" and norm(v.head.lemma_) == "unable"
            return negated and bool(token_forms(v) & (self.sourcing_verbs | {"available", "be"})) or bool(
                token_forms(v) & {"unavailable"})
        return False

    def _soft_ok(self, doc: Doc, sent: Span, m: Match) -> bool:
        """A soft cue counts when it belongs to the service: a noun owned by
        staff or work ("pressure of work", "the team's capacity") or with no
        owner at all ("given the pressures"), or a predicate of a professional
        ("the worker was unwell", "the post was vacant")."""
        t = head_of(doc, m.start, m.end)
        head = clause_head(t)
        subs = subjects_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else []
        staff_subject = any(self.people.is_role(s) or s.lower_ == "we" for s in subs)  # "we had a struggle"
        if t.pos_ in ("NOUN", "PROPN"):
            if any(self._staffish(x) for x in t.subtree if x.i != t.i):
                return True
            if t.dep_ not in SUBJ and staff_subject:
                return True
            owners = [c for c in t.children if c.dep_ in ("poss", "compound", "nmod")
                      or c.dep_ == "prep" and c.lower_ in ("of", "on", "from", "for")]
            # no owner at all ("given the pressures"): the service's, unless the clause is about the family
            return not owners and not self._about_family(t, sent)
        if t.dep_ == "amod" and t.i < t.head.i:  # "the new worker" describes, it does not excuse
            return False
        if t.pos_ == "VERB" and norm(t.lemma_) == "lose" and not any(
                c.dep_ == "dobj" and (self.people.is_role(c) or c.like_num or any(g.like_num for g in c.children))
                for c in t.children):
            return False  # "the team has lost three workers"; not "the worker lost the referral form"
        if self._noted_state(t) is not None:
            return True  # a note's predicate: "post vacant", "TM off sick"
        # "the virtual school has been short of staff"
        return staff_subject or any(c.dep_ == "prep" and any(g.dep_ == "pobj" and self._staffish(g) for g in c.children)
                                    for c in t.children)

    def _family_context(self, doc: Doc, m: Match, sent: Span) -> bool:
        """A context word as the cue's owner or its clause's subject, or just
        before it. A cue inside a phrase ("because of the change of worker,
        XXXX was not visited") does not take the clause's subject as its own."""
        root = head_of(doc, m.start, m.end)
        near = set(range(max(sent.start, m.start - 3), m.end))
        near |= own_tokens(root)  # not a clause hanging off it ("a struggle ... which is why XXXX ...")
        head = clause_head(root)
        path = []
        t = root
        while t.i != head.i and t.head.i != t.i:
            path.append(t)
            t = t.head
        in_phrase = any(x.dep_ in ("prep", "agent", "pcomp") or x.pos_ in ("ADP", "SCONJ") for x in path[1:] + [root])
        if not in_phrase:
            for s in subjects_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else []:
                near |= {x.i for x in s.subtree}
        # "her recent bereavement" where "her" is Mother
        if any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their") and self._family_pronoun(c)
               for c in root.children):
            return True
        # "Mam was giving out about ..., and to be fair she has a point": a pronoun subject of a conjoined
        # clause carries on the first clause's subject
        clause = head
        if clause.dep_ == "advcl" and not any(c.dep_ in SUBJ for c in clause.children) and clause.head.i != clause.i:
            clause = clause.head  # "to be fair, she has a point": the frame hangs from the clause it excuses
        if not in_phrase and clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and any(
                s.lower_ in ("she", "he", "they") for s in subjects_of(clause)):
            for s in subjects_of(clause.head):
                near |= {x.i for x in s.subtree}
        # "the family support worker" names a role, not the family
        return any(any(i in near for i in range(c.start, c.end)) for c in self.context.find(sent)
                   if not (doc[c.end - 1].dep_ == "compound" and self.people.is_role(doc[c.end - 1].head)))

    def _family_pronoun(self, pron: Token) -> bool:
        """The person a pronoun stands for in its sentence (the nearest before it, or else the first
        after it: "Given her bereavement, Mother ...") is the child or family, not a professional."""
        sent = pron.sent
        before = [t for t in pron.doc[sent.start : pron.i] if t.pos_ in ("NOUN", "PROPN")][::-1]
        after = [t for t in pron.doc[pron.i + 1 : sent.end] if t.pos_ in ("NOUN", "PROPN")]
        for t in before + after:
            if self.people.is_role(t) and not self.context.matches_token(t):
                return False
            if self.context.matches_token(t) or t.ent_type_ == "PERSON":
                return self.context.matches_token(t)
        return False

    TOPIC = frozenset({"about", "regarding", "concerning", "re"})
    TIME_MARKERS = frozenset({"since", "after", "during", "when", "while", "whilst", "with"})

    def _topic(self, doc: Doc, m: Match) -> bool:
        """The cue is what someone asked or talked about ("the manager asked about
        caseload pressures") or acted on (``topic_verbs``: "reviewed the
        worker's caseload"), not a circumstance offered for the finding."""
        t = head_of(doc, m.start, m.end)
        while t.dep_ == "compound" and t.head.i != t.i:
            t = t.head  # "staffing pressures should be raised": the cue's noun is the topic
        if t.dep_ in ("dobj", "nsubjpass") and norm(t.head.lemma_) in self.topic_verbs:
            return True  # "the manager reviewed the worker's caseload": something done about it
        for _ in range(4):
            if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
                return False
            t = t.head
            if t.lower_ in self.TOPIC and t.dep_ == "prep":
                return True
        return False

    def _about_family(self, t: Token, sent: Span) -> bool:
        """The clause holding ``t`` has the child or family as its subject."""
        head = clause_head(t)
        subs = subjects_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else []
        if not subs and head.dep_ == "pcomp" and head.head.i != head.i:
            # "she talks about missing them": a gerund takes the subject of the clause it hangs in
            head = clause_head(head.head)
            subs = subjects_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else []
        # "XXXX was stuck at home and missed school": the second verb is active, whatever the first was
        active = any(s.dep_ == "nsubj" for s in subs) or head.dep_ == "conj" and head.pos_ == "VERB" and not any(
            c.dep_ in ("auxpass", "nsubjpass") for c in head.children) and all(s.head.i != head.i for s in subs)
        if not subs and head.dep_ == "ccomp":
            # "covid meant XXXX did not see ...": the parser makes the clause's subject the object of "meant"
            subs = [c for c in head.head.children if c.dep_ == "dobj" and c.i == head.left_edge.i - 1]
            active = bool(subs)
        if not subs:
            return False
        idx = {x.i for s in subs for x in s.subtree}
        if not active:
            return False  # "XXXX was not visited": a practice shortfall with the child as passive subject
        if any(s.lower_ in ("she", "he", "they", "her", "him") for s in subs):
            return True
        return any(any(i in idx for i in range(c.start, c.end)) for c in self.context.find(sent))

    _OTHER = frozenset({"another", "other"})

    def _family_in(self, sent: Span, region: set[int]) -> bool:
        """A family word (``context_key``) inside ``region``; "another family's hearing", "other children's
        cases" are the professional's other work, not this family."""
        doc = sent.doc
        for c in self.context.find(sent):
            if not any(i in region for i in range(c.start, c.end)):
                continue
            head = doc[c.start : c.end].root
            if any(g.dep_ in ("det", "amod") and g.lower_ in self._OTHER for g in head.children):
                continue
            if head.dep_ in ("poss", "compound") and self.people.is_role(head.head) and not self.context.matches_token(
                    head.head):
                continue  # "the young carers' worker", "the carers' link worker": the professional's remit
            return True
        return False

    QUEUE_KIND = "queue"  # the kind of the ``queue_nouns`` cues

    def _region_shortfall(self, sent: Span, excluded: set[int], text: str, practice_only: bool = False,
                          absence_ok: bool = False) -> bool:
        """A shortfall stated outside ``excluded``; with ``practice_only``, not
        in a clause about the child or family (that is the effect on them), unless, with ``absence_ok``, it is
        a negation or absence: the child going without the service ("XXXX has had no therapy", "has not had a
        mentor", "went untreated") is the service's shortfall, not something else that befell them."""
        doc = sent.doc
        for t in sent:
            if t.i in excluded:
                continue
            if in_quotes(text, t.idx, t.idx + len(t)):
                continue
            if t.dep_ == "neg" or t.lower_ in ("no", "nobody", "nothing", "none", "never", "without", "neither") or (
                self.patterns is not None and t.pos_ in ("ADJ", "VERB") and self.patterns.match(t.lower_)
            ):
                if self._negated_shortfall(t):
                    continue  # "no visits were missed": two negatives, nothing fell short
                if not (practice_only and not absence_ok and self._about_family(t, sent)):
                    return True
        if any(t.i not in excluded and self._short_count(t) for t in sent):
            return True  # "3 of 8 visits completed"
        if self.wait_verbs and any(t.i not in excluded and self._drawn_out(t) for t in sent):
            return True  # "XXXX waited until May": the child's wait is the service's delay, whoever the subject
        if any(t.i not in excluded and t.lower_ == "only" and t.head.like_num and t.head.i == t.i + 1
               and not (practice_only and self._about_family(t, sent)) for t in sent):
            return True  # "only one PEP was held in the period"
        if any(t.i not in excluded and (self._only_then(t) or self._past_day(t)) and not (
                practice_only and self._about_family(t, sent)) for t in sent):
            return True  # "the assessment was only completed on 9 May": the positive twin of "not until"
        for m in self.shortfall.find(sent):
            if any(i in excluded for i in range(m.start, m.end)):
                continue
            span = doc[m.start : m.end]
            if in_quotes(text, span.start_char, span.end_char):
                continue
            if self._shortfall_denied(doc[m.start : m.end].root):
                continue
            if not (practice_only and self._about_family(doc[m.start], sent)):
                return True
        return False

    def _only_then(self, t: Token) -> bool:
        """"Only" on a verb of the work, which a date or time then places ("was only completed on 9 May", "only
        started in the spring", "only held a week before the move"): done late, as "not until" says it. A verb of
        the work has a piece of it (``timed_work``) as its subject or object ("visits only resumed", "only took
        the case over"; not "the worker, who only joined the team on 3 January"). Not "only seen on video" (a
        manner, no time) nor "only held because the school rang" (a reason)."""
        if t.lower_ != "only" or t.dep_ != "advmod" or t.head.pos_ != "VERB" or t.head.i < t.i:
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and self._timed_work(c) for c in t.head.children):
            return False
        for c in t.head.children:
            if c.dep_ == "prep" and c.lower_ in self.then_preps and c.i > t.head.i:
                if any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or any(
                        x.like_num for x in g.subtree)) for g in c.children):
                    return True
            if c.dep_ == "prep" and c.lower_ in ("before", "after") and any(
                    g.dep_ == "npadvmod" and g.ent_type_ in ("DATE", "TIME") for g in c.children):
                return True
        return False

    def _timed_work(self, n: Token) -> bool:
        """``n`` names a piece of the work (``timed_work``), alone or with its compounds ("the core group", "the
        life story book")."""
        comps = sorted((x for g in n.children if g.dep_ == "compound" and g.i < n.i for x in g.subtree),
                       key=lambda x: x.i)
        words = [*(g.lower_ for g in comps), n.lemma_]
        return any(norm(" ".join(words[k:])) in self.timed_work for k in range(len(words)))

    def _past_day(self, t: Token) -> bool:
        """Work done on a day of the assessment past its timescale (``assessment_days``): "completed on day 61",
        "signed off on day 52"; not "seen on day 3", and only in a clause about an assessment
        (``assessment_nouns``: not "seen alone on day 50 of the placement")."""
        limit = self.params.assessment_days
        if not limit or t.lower_ != "day" or t.dep_ != "pobj" or t.head.lower_ not in ("on", "by", "at"):
            return False
        v = t.head.head
        if v.pos_ != "VERB":
            return False
        if not any(norm(x.lemma_) in self.assessment_nouns for x in v.subtree):
            return False  # "seen alone on day 50 of the placement": no assessment's timescale in the clause
        n = next((c for c in t.children if c.dep_ == "nummod" and c.text.isdecimal() and c.i > t.i), None)
        return n is not None and int(n.text) > limit

    @staticmethod
    def _short_count(t: Token) -> bool:
        """A count short of its total: "3 of 8 completed", "two of the six visits"."""
        if not t.like_num:
            return False
        if t.dep_ == "quantmod" and t.head.like_num and t.i + 2 == t.head.i and t.nbor(1).lower_ == "of":
            total = t.head  # "2 of 6 sessions": the parser hangs both numbers from the total
            return t.text.isdigit() and total.text.isdigit() and int(t.text) < int(total.text)
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        total = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if total is not None and not total.like_num:  # "two of the six visits"
            total = next((c for c in total.children if c.like_num), None)
        if total is None:
            return False
        try:
            return float(t.text) < float(total.text)
        except ValueError:
            words = "one two three four five six seven eight nine ten eleven twelve".split()
            a, b = t.lower_, total.lower_
            return a in words and b in words and words.index(a) < words.index(b)

    @staticmethod
    def _denied(doc: Doc, start: int) -> bool:
        """The marker starting at ``start`` is negated ("not due to", "not simply down to"; not the
        comparison "not as strong as")."""
        if doc[start].lower_ == "as" and doc[start].dep_ == "advmod":
            return False
        for i in (start - 1, start - 2):
            if i >= 0 and doc[i].lower_ in ("not", "n't", "never"):
                return True
            if i >= 0 and doc[i].pos_ != "ADV":
                break
        return False

    def _negated_shortfall(self, neg: Token) -> bool:
        """A negation whose verb is itself a shortfall ("no visits were missed",
        "supervision was not cancelled")."""
        if neg.lower_ == "without":  # "without a gap"
            return any(c.dep_ == "pobj" and token_forms(c) & self.shortfall_words for c in neg.children)
        h = neg.head
        if neg.dep_ == "det" and h.dep_ in SUBJ:
            h = h.head  # "no visits were missed"
        elif neg.dep_ in SUBJ and neg.lower_ in ("nothing", "none", "nobody"):
            # "nothing was lost": the pronoun's head is the verb; "none was late": its predicate
            if any(c.dep_ in ("acomp", "attr") and token_forms(c) & self.shortfall_words for c in h.children):
                return True

        return h.i != neg.i and bool(token_forms(h) & self.shortfall_words)

    def _shortfall_denied(self, t: Token) -> bool:
        """A shortfall verb that is negated ("was not missed", "no visits were missed")."""
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            return True  # "picked up supervision without a gap"
        if t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr"):
            t = t.head  # "none was late": the copula holds the subject and the negation
        if t.pos_ not in ("VERB", "AUX"):
            return False
        return any(c.dep_ == "neg" or c.dep_ in SUBJ and (
            any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) or c.lower_ in ("nothing", "none", "nobody"))
                   for c in t.children)

    SEPARATORS = frozenset({";", "-", "–", "—", ":", "("})

    def _relations(self, doc: Doc, sent: Span, root: Token) -> list[tuple[str, set[int], str]]:
        """How the clause or phrase holding ``root`` relates to the rest: (relation, region, marker)."""
        rels: list[tuple[str, set[int], str]] = []
        anc = {a.i for a in root.ancestors} | {root.i}
        head = clause_head(root)
        for mk in self.causal.find(sent):
            marker = doc[mk.start : mk.end]
            words = " ".join(norm(t.text) for t in marker)
            last = doc[mk.end - 1]
            first = doc[mk.start]
            rel = mk.entry.data.get("rel", "cause")
            if self._denied(doc, mk.start):
                continue  # "the delay is not down to workload": the excuse is refused
            if words in self.ABSOLUTE and first.pos_ == "ADP" and not any(
                    g.dep_ in ("acl", "advmod", "amod", "prep") and g.i > o.i
                    for o in first.children if o.dep_ == "pobj" for g in o.children):
                continue  # "with an agency worker" is company; "with two managers off" is a circumstance
            # a prepositional marker ("due to", "given", "despite") governing the cue
            if any(t.i in anc for t in marker) and first.i != root.i:
                region = {x.i for t in marker for x in t.subtree}
                if last.pos_ == "VERB":  # "the gaps reflect the worker's court load": only the object is the cause
                    region = {t.i for t in marker} | {x.i for c in last.children if c.i in anc for x in c.subtree}
                rels.append((rel, region, words))
                continue
            # a subordinating marker of the cue's clause ("because", "although")
            if any(t.head.i == head.i and t.dep_ in ("mark", "advmod", "prep") for t in marker) or (
                last.head.i == head.i and last.dep_ != "cc"
            ):
                region = own_tokens(head) | {t.i for t in marker}
                if first.dep_ == "mark" and head.dep_ == "ROOT":
                    # "No core group in May as the team were short staffed": the parser made the "as" clause
                    # the root; what stands before its marker is the main clause, not the cause
                    region = {i for i in region if i >= first.i}
                rels.append((rel, region, words))
                continue
            # "X, but [cue clause]": the cc sits on the first conjunct
            if head.dep_ == "conj" and any(t.dep_ == "cc" and t.head.i == head.head.i and t.i < head.i for t in marker):
                region = own_tokens(head) | {t.i for t in marker}
                rels.append((rel, region, words))
            # a marker right before the cue's clause the parser attached elsewhere
            # ("not recorded as no interpreter could be sourced", "as" read as a preposition)
            if mk.end - mk.start == 1 and head.i != sent.root.i and mk.end == head.left_edge.i \
                    and first.pos_ in ("ADP", "SCONJ"):
                rels.append((rel, own_tokens(head) | {first.i}, words))
        # an absolute clause: "..., there being no capacity", "..., the team having been without a manager"
        if head.dep_ == "advcl" and head.tag_ == "VBG" and not any(c.dep_ == "mark" for c in head.children) \
                and any(c.dep_ in ("nsubj", "expl") for c in head.children):
            rels.append(("cause", own_tokens(head), "absolute"))
        # a circumstance set after the finding with only punctuation between
        # ("Case notes are missing; there was an outage", "no supervision - mgr off sick")
        seps = [t.i for t in doc[sent.start + 1 : root.i] if t.text in self.SEPARATORS]
        if seps:
            rels.append(("cause", set(range(seps[-1], sent.end)), "juxtaposed"))
        for mk in self.consequence.find(sent):
            if mk.start > root.i:  # the cue's clause comes first and is the cause of what follows
                region = own_tokens(head) - set(range(mk.start, sent.end))
                rels.append(("cause", region or {root.i}, "so"))
        # the subject of a causal verb ("staffing shortages meant ...")
        for a in [root, *root.ancestors]:
            if a.dep_ in SUBJ and norm(a.head.lemma_) in self.causal_verbs:
                rels.append(("cause", {x.i for x in a.subtree}, a.head.lemma_))
                break
        return rels

    def _noted_state(self, t: Token) -> Token | None:
        """A verbless note's predicate written after a role or post noun ("post vacant", "TM off sick",
        "SW new"): the noun, or None. Notes drop the verb, so the adjective hangs from the noun itself."""
        noun = t.head
        if t.pos_ not in ("ADJ", "ADV") or t.dep_ not in ("amod", "advmod", "acomp") or t.i < noun.i:
            return None
        if noun.pos_ not in ("NOUN", "PROPN") or not self.people.is_role(noun):
            return None
        return noun if noun.dep_ in ("ROOT", "dep", "conj", "appos", "npadvmod") else None

    def _staff_predicate(self, doc: Doc, sent: Span, root: Token) -> set[int] | None:
        """The cue is the predicate of a clause with a professional or team
        subject ("the worker has been off sick"). Returns the tokens where a
        shortfall does not count: the clause itself, and what the same person
        went on to do ("the IRO is new in post and has challenged the drift")."""
        noun = self._noted_state(root)
        if noun is not None:  # "IHA late, CLA nurse post vacant since Jan": the note about the post
            # not the other notes the parser hung from it ("Plan review overdue, IRO post vacant")
            own = [c for c in noun.children if c.dep_ not in ("dep", "conj", "appos", "parataxis")]
            return {noun.i} | {x.i for c in own for x in c.subtree}
        head = clause_head(root)
        subs = subjects_of(head) if head.pos_ in ("VERB", "AUX", "ADJ") else []
        # "the worker, who had inherited the case, ...": the relative clause hangs inside its subject
        if not subs or any(root.i in own_tokens(s) for s in subs):
            return None
        if not any(self.people.is_role(s) or s.lower_ in ("she", "he", "they") for s in subs):
            return None
        region = own_tokens(head)
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not any(x.dep_ in SUBJ for x in c.children):
                region |= {x.i for x in c.subtree}
        # "... was on leave and no cover was arranged": the finding is the
        # response to the absence, stated plainly, not excused by it
        for t in tokens_with(sent, self.response_words):
            if t.i not in region:
                region |= {x.i for x in clause_head(t).subtree}
        return region

    def _covered(self, sent: Span) -> bool:
        """The sentence says who did the work in the worker's absence: another professional as the doer of the
        main clause ("the visit was carried out by a duty worker", "the deputy manager chaired the review")."""
        root = sent.root
        doers = [c for c in root.children if c.dep_ == "nsubj"] + [
            g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return not self._neg(root) and any(self.people.is_role(d) for d in doers)

    def _fires(self, doc: Doc, sent: Span, m: Match, text: str, soft: bool, response: bool = False) -> str | None:
        root = head_of(doc, m.start, m.end)
        cue_tokens = set(range(m.start, m.end))
        kind = str(m.entry.data.get(self.params.kind_field) or "")
        # staff changes set against what they did to the child are impact, not an excuse
        impact = kind in self.params.impact_kinds
        # events that fall on everyone (covid, lockdown): what they did to the family is not an excuse
        shared = kind in self.params.shared_kinds
        practice_only = impact or shared
        # a service's queue ("because of the court backlog") explains only a shortfall named beside it: "the hearing
        # was adjourned because of the court backlog" is the court's own act; the child going without is the deficit
        queue = kind == self.QUEUE_KIND
        for rel, region, marker in self._relations(doc, sent, root):
            if impact and marker in self.TIME_MARKERS:
                continue  # "since the handover in June, ...": a date, not a cause
            if queue:
                if not response and self._region_shortfall(sent, region | cue_tokens, text, practice_only=True,
                                                           absence_ok=True):
                    return kind
                continue
            if marker in self.explicit and not impact and not (shared and self._about_family(sent.root, sent)):
                if token_forms(root) & self.absence_words and self._covered(sent) and not self._region_shortfall(
                        sent, region | cue_tokens, text):
                    continue  # "Due to the worker's annual leave the visit was carried out by a duty worker": covered
                return kind or "pressure"
            if response:
                continue  # "when the worker was off sick, no cover was arranged": the response is the finding
            if self._region_shortfall(sent, region | cue_tokens, text, practice_only=practice_only):
                return kind or "pressure"
        region = self._staff_predicate(doc, sent, root)
        # "missed while the SW was on leave and no-one covered it": the missing response is the finding
        if region is not None and not response and self._region_shortfall(sent, region | cue_tokens, text, practice_only=practice_only):
            return kind or "pressure"
        if kind in self.params.excuse_kinds:
            return kind  # an excuse in itself ("through no fault of", "in fairness to")
        # "It should be acknowledged that the team has been under pressure": the
        # acknowledgement is the softening, whether or not the finding is in the sentence
        for a in [root, *root.ancestors]:
            if a.dep_ in ("ccomp", "xcomp", "advcl") and norm(a.head.lemma_) in self.acknowledge and not self._plain_note(
                    a.head) or (
                    a.dep_ == "dobj" and (self._mind_frame(a.head) or self._own_acknowledgement(a.head))):
                return kind or "pressure"
        if self._weighed(sent):
            return kind or "pressure"
        return None

    @staticmethod
    def _plain_note(v: Token) -> bool:
        """"It is noted that the IT outage lasted from 2 to 9 March": the passive writer's way of recording a fact
        (present, no modal), not a frame that asks for the circumstance to be weighed ("it should be noted that")."""
        kids = list(v.children)
        return norm(v.lemma_) == "note" and any(c.dep_ == "auxpass" and c.tag_ == "VBZ" for c in kids) and any(
            c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids) and not any(c.dep_ == "aux" for c in kids)

    def _own_acknowledgement(self, v: Token) -> bool:
        """The auditor acknowledges the cue as an object ("I recognise the pressures the team has been
        under", "the staffing difficulties are acknowledged"), not someone else noticing it."""
        if norm(v.lemma_) not in self.acknowledge:
            return False
        subs = [c for c in v.children if c.dep_ in SUBJ]
        return not subs or any(s.lower_ in ("i", "we") for s in subs)

    def _weighed(self, sent: Span) -> bool:
        """A frame that asks the reader to weigh what was said ("the assessment must be read in that light",
        "should be seen in this context", "set against that background")."""
        for t in tokens_with(sent, self.light_nouns):
            if t.dep_ != "pobj":
                continue
            if not any(c.lower_ in ("that", "this", "these", "those") for c in t.children):
                continue
            prep, v = t.head, t.head.head
            if prep.lower_ in ("in", "against") and norm(v.lemma_) in self.weighing_verbs:
                return True
        return False

    def _mind_frame(self, v: Token) -> bool:
        """"bear [the pressures] in mind", "take [the vacancies] into account": a frame that asks the
        reader to weigh the circumstance, like "it should be acknowledged that"."""
        return norm(v.lemma_) in self.frame_verbs and any(
            c.dep_ == "prep" and c.lower_ in ("in", "into") and any(
                g.dep_ == "pobj" and norm(g.lemma_) in self.frame_nouns for g in c.children) for c in v.children)

    def _other_load(self, v: Token) -> bool:
        """The verb's object is other or counted work ("two teams", "three other
        court statements", "a number of complex cases", "a full caseload"), or
        names another post or team ("covering duty", "acting up as service
        manager", "covering for an absent colleague"), or is work on top ("was also managing the MASH");
        "holds the case" is not load."""
        if any(c.dep_ == "advmod" and c.lower_ in ("also", "additionally", "simultaneously") for c in v.children):
            return True
        # the object is the noun a relative clause hangs from ("the sheer number of children the team was asked to hold")
        a = v
        while a.dep_ == "xcomp" and a.head.i != a.i:
            a = a.head
        if a.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in v.children):
            ante = a.head
            if token_forms(ante) & self.load_words or any(
                    x.i <= ante.i and (x.like_num and x.pos_ == "NUM" or norm(x.text) in self.load_words)
                    for x in ante.subtree):
                return True
        for c in v.children:
            if c.dep_ in ("dobj", "attr") or c.dep_ == "prep" and c.lower_ in ("with", "on", "as", "for", "into"):
                words = {norm(x.text) for x in c.subtree}
                counted = c.dep_ != "prep" or c.lower_ in ("with", "on")  # not "for two years"
                if counted and (any(x.like_num and x.pos_ == "NUM" for x in c.subtree) or words & self.load_words):
                    return True
                obj = c if c.dep_ != "prep" else next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ in ("NOUN", "PROPN") and self.people.is_role(obj):
                    return True  # another post or team ("covering duty", "acting up as service manager"), not "the case"
        return False

    _PRONOUNS = frozenset("she he they herself himself themselves".split())

    def _progressive(self, doc: Doc, sent: Span, text: str) -> bool:
        """No cue: a professional busy with other work, set against a shortfall."""
        for v in sent:
            if v.tag_ != "VBG" or v.pos_ != "VERB":
                continue
            auxes = [c for c in v.children if c.dep_ == "aux"]
            if not any(a.lemma_ == "be" and a.tag_ in ("VBD", "VBN") for a in auxes):
                continue
            subs = [s for s in subjects_of(v) if s.head.i == v.i]
            # "the manager was herself managing ...": the parser may leave only the reflexive as the subject
            if not subs or not any(self.people.is_role(s) or s.lower_ in self._PRONOUNS and self._role_antecedent(s)
                                   for s in subs):
                continue
            if not self._other_load(v):
                continue
            own = own_tokens(v)
            if self._family_in(sent, own):
                continue
            for rel, region, _ in self._relations(doc, sent, v):
                if self._region_shortfall(sent, region | own, text):
                    return True
        return False

    # -- circumstances read from the parse, with no cue word -----------------
    def _service_subject(self, v: Token) -> bool:
        """The verb's subject is a professional, a team or post ("we" for the
        auditor's own service), or something a professional owns ("the
        worker's time"); an ``acl`` verb takes the noun it hangs from."""
        subs = subjects_of(v)
        if not subs and v.dep_ == "acl":
            subs = [v.head]
        for s in subs:
            if self.people.is_role(s) or s.lower_ == "we":
                return True
            if s.lower_ in ("she", "he", "they") and self._role_antecedent(s):
                return True
            if any(c.dep_ == "poss" and self.people.is_role(c) for c in s.children):
                return True
        return False

    @staticmethod
    def _called_away(v: Token) -> bool:
        """"called away", "taken off": the verb carries "away"."""
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in v.children)

    @staticmethod
    def _stem(v: Token) -> str:
        """A verb's form without -ing or -ed, for words the lemmatiser does not know."""
        w = norm(v.text)
        for suffix in ("ing", "ed"):
            if w.endswith(suffix) and len(w) > len(suffix) + 3:
                return w[: -len(suffix)]
        return w

    def _role_antecedent(self, pron: Token) -> bool:
        """The pronoun stands for a professional: the subject of the clause its own clause hangs from
        ("the worker did not visit the family because she was having too many cases"), or else the last
        person named before it in its sentence ("the manager's oversight ..., she having been seconded")."""
        v = clause_head(pron)
        while v.dep_ in ("advcl", "conj", "ccomp") and v.head.i != v.i:
            v = clause_head(v.head)
            named = [s for s in subjects_of(v) if s.pos_ in ("NOUN", "PROPN")]
            if named:
                return any(self.people.is_role(s) and not self.context.matches_token(s) for s in named)
        for t in reversed(pron.doc[pron.sent.start : pron.i]):
            if t.pos_ in ("NOUN", "PROPN"):
                if self.people.is_role(t) and not self.context.matches_token(t):
                    return True
                if self.context.matches_token(t) or t.ent_type_ == "PERSON":
                    return False
        return False

    _REFUSING_VERBS = frozenset({"explain", "account"})  # "does not explain the gaps", "does not account for"
    _FAR = frozenset({"far"})

    def _refused(self, sent: Span) -> bool:
        """The auditor names a circumstance only to refuse it ("this does not
        excuse", "is no excuse for", "not down to workload", "far from being a case that fell through
        the gaps because of pressure ...")."""
        if self._not_weighed(sent) or self._alteration_denied(sent):
            return True
        for t in tokens_with(sent, self._FAR):
            if t.lower_ == "far" and t.i + 2 < sent.end and t.nbor(1).lower_ == "from" and t.nbor(2).tag_ == "VBG":
                return True
        for t in tokens_with(sent, self.altering_verbs):
            # "although the team had vacancies, that does not change the fact that the PEP was late"
            if t.pos_ == "VERB" and any(c.dep_ == "neg" for c in t.children) and any(
                    c.dep_ == "dobj" and norm(c.lemma_) == "fact" for c in t.children):
                return True
        for t in tokens_with(sent, self.refusing):
            if t.pos_ in ("VERB", "AUX") and (any(c.dep_ == "neg" for c in t.children) or self._denied_by_writer(t)):
                return True
            if t.pos_ == "NOUN" and (any(c.lower_ == "no" for c in t.children)
                                     or any(c.dep_ == "neg" for c in t.head.children)
                                     and (t.dep_ in ("attr", "dobj") or norm(t.lemma_) not in self.refusal_nouns)):
                return True
        return False

    def _denied_by_writer(self, v: Token) -> bool:
        """The writer's negated judgement over the refusing verb: "I cannot accept that this explains ...",
        "I do not think the vacancy justifies ..." (the negation rises to the verb of judging)."""
        frame = v.head if v.dep_ == "ccomp" else None
        return frame is not None and self._writer_denies(frame)

    def _writer_denies(self, frame: Token) -> bool:
        """``frame`` is the writer's own judging verb, negated ("I would not see", "I don't think")."""
        return norm(frame.lemma_) in self.accepting_verbs and any(c.dep_ == "neg" for c in frame.children) and any(
            c.dep_ == "nsubj" and (c.lower_ in ("i", "we") or writer_in_third_person(c)) for c in frame.children)

    def _alteration_denied(self, sent: Span) -> bool:
        """"This reviewer does not consider that the reduction in staffing alters any finding": the writer
        denies, in a that-clause, that the circumstance changes a finding."""
        for frame in tokens_with(sent, self.accepting_verbs):
            if not self._writer_denies(frame):
                continue
            # read on the words after the frame (the parser may take "alters" for a noun)
            words = [t for t in frame.subtree if t.i > frame.i]
            for k, t in enumerate(words):
                if norm(t.lemma_) in self.altering_verbs and any(
                        norm(x.lemma_) in self.finding_nouns for x in words[k + 1: k + 4]):
                    return True
        return False

    def _not_weighed(self, sent: Span) -> bool:
        """The writer denies the circumstance any weight on the finding: "I would not see that as altering
        the grade", "I do not regard this as changing the finding"."""
        for t in tokens_with(sent, self.altering_verbs):
            if t.pos_ == "VERB" and t.dep_ == "pcomp" \
                    and t.head.lower_ == "as" and self._writer_denies(t.head.head):
                return True
        return False

    def _cleared(self, doc: Doc, start: int, end: int) -> bool:
        """A denied cause whose object is a professional ("this is not really down to the SW"): the writer
        clears the worker, which is an excuse, not a refusal of one ("not down to workload")."""
        objs = [c for i in range(start, end) for c in doc[i].children if c.dep_ == "pobj" and c.i >= end]
        return bool(objs) and all(self.people.is_role(o) or self._professional_pronoun(o) or self._anyone_in_service(o)
                                  for o in objs)

    def _anyone_in_service(self, t: Token) -> bool:
        """"not with anyone in the team": an indefinite person placed in the service."""
        return t.lower_ in self._ANY_ELSE and any(
            c.dep_ == "prep" and any(self.people.is_role(g) for g in c.children) for c in t.children)

    def _professional_pronoun(self, t: Token) -> bool:
        """"so the lack of oversight is not really down to her": a personal pronoun standing for a professional."""
        return t.pos_ == "PRON" and t.lower_ in ("her", "him", "them") and self._role_antecedent(t)

    _MORE = frozenset("more better differently else".split())
    _ANYONE = frozenset("anyone anybody nobody noone".split())

    def _nobody_could(self, sent: Span) -> bool:
        """"I don't think anyone could have done more", "nobody could have done better": the writer says
        the shortfall could not have been helped."""
        for t in tokens_with(sent, self._MORE):
            v = t.head
            if t.dep_ not in ("dobj", "advmod") or norm(v.lemma_) != "do":
                continue
            auxes = {c.lower_ for c in v.children if c.dep_ == "aux"}
            if not auxes & {"could", "would"} or "have" not in auxes:
                continue
            subs = [c for c in v.children if c.dep_ == "nsubj"]
            if not subs or not all(s.lower_ in self._ANYONE or _no_one(s) or self.people.is_role(s) for s in subs):
                continue
            negative = any(s.lower_ in ("nobody", "noone") or _no_one(s) for s in subs)
            doubted = v.dep_ == "ccomp" and norm(v.head.lemma_) == "doubt" and any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in v.head.children)  # "I doubt anyone could ..."
            if negative or doubted or v.dep_ == "ccomp" and self._writer_denies(v.head) or (
                    any(c.dep_ == "neg" for c in v.children) and subs[0].lower_ not in self._ANYONE):
                return True
        return False

    def _exonerated(self, sent: Span) -> bool:
        """The writer declines to hold the service to account ("so I wouldn't hold that against the team",
        "the worker cannot be blamed for the delay"): an excuse in itself."""
        doc = sent.doc
        if any(mk.entry.data.get("rel") == "cause" and self._denied(doc, mk.start) and self._cleared(doc, mk.start, mk.end)
               for mk in self.causal.find(sent)):
            return True
        if self._nobody_could(sent) and any(True for _ in self.cues.find(sent)):
            return True  # "with staffing the way it has been I don't think anyone could have done more"
        for v in tokens_with(sent, self.blaming_verbs):  # (a token whose lemma is one has it among its forms)
            if v.pos_ != "VERB" or norm(v.lemma_) not in self.blaming_verbs or not self._declined(v):
                continue
            if norm(v.lemma_) in ("hold", "attribute"):  # "hold it against the team", "attribute the drift to the worker"
                prep = "against" if norm(v.lemma_) == "hold" else "to"
                targets = [g for c in v.children if c.dep_ == "prep" and c.lower_ == prep
                           for g in c.children if g.dep_ == "pobj"]
            else:
                targets = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
            writer = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in v.children)
            passive = any(c.dep_ == "nsubjpass" for c in v.children)
            if not any(c.dep_ == "neg" for c in v.children):
                # "I don't think it's fair to criticise", "it would not be fair to blame the team"
                writer, targets = True, targets or [None]
            if (writer or passive) and any(g is None or self._staffish(g) or g.lower_ == "we" for g in targets):
                return True
        return False

    def _declined(self, v: Token) -> bool:
        """The blaming act is negated, or is what the writer says it would not be fair to do ("I don't
        think it's fair to criticise", "it would not be right to blame the worker")."""
        if any(c.dep_ == "neg" for c in v.children):
            return True
        if v.dep_ == "xcomp" and (norm(v.head.lemma_) in self.unfair_words or any(
                c.dep_ == "acomp" and norm(c.lemma_) in self.unfair_words and not any(g.dep_ == "neg" for g in v.head.children)
                for c in v.head.children)):
            return True
        if v.dep_ != "xcomp" or norm(v.head.lemma_) not in self.fair_words and not any(
                c.dep_ == "acomp" and norm(c.lemma_) in self.fair_words for c in v.head.children):
            return False
        be = v.head if v.head.pos_ == "AUX" else v.head.head
        return any(c.dep_ == "neg" for c in be.children) or be.dep_ == "ccomp" and self._writer_denies(be.head)

    def _acknowledged(self, v: Token) -> bool:
        """``v`` is the complement of an acknowledging frame ("it must be
        recognised that ...", "I am mindful that ...", "whilst I appreciate ..."),
        or carries a conceding sentence adverb ("Admittedly the IRO was chairing ...")."""
        if any(c.dep_ == "advmod" and c.i < v.i and token_forms(c) & self.acknowledge for c in v.children):
            return True
        for a in [v, *v.ancestors]:
            if a.dep_ not in ("ccomp", "xcomp", "advcl") or a.head.i == a.i:
                continue
            frame = a.head
            if norm(frame.lemma_) in self.acknowledge or any(
                    c.dep_ == "acomp" and norm(c.lemma_) in self.acknowledge for c in frame.children):
                return True
            # "it is worth noting that ...", "it is important to recognise that ...": the verb hangs from the adjective
            if any(c.dep_ == "acomp" and any(g.dep_ == "xcomp" and norm(g.lemma_) in self.acknowledge
                                             for g in c.children) for c in frame.children):
                return True
        # "it is important to recognise the number of cases the team held": the clause inside the acknowledged object
        for a in v.ancestors:
            if a.dep_ == "dobj" and self._own_acknowledgement(a.head):
                return True
        return False

    def _circumstance_kind(self, v: Token) -> str | None:
        """What a clause with a service subject says about the service, from its
        shape alone: "away" (somewhere else or in a state: "was in court", "on
        jury service", "without a manager"), "elsewhere" (passive of
        ``elsewhere_verbs``: "was redeployed", "tied up"), "load" (a
        ``load_verbs`` verb with other, counted or work objects: "holds a full
        caseload", "covering for an absent colleague", or a ``demand_verbs``
        verb: "had to prioritise higher-risk cases"), "new" (``joining_verbs``:
        "joined the team mid-way"), "off" ("the team was four workers down") and
        "obliged" ("the chair had to attend a panel"), which like "away" need a causal
        relation. None for anything else, including a negated
        clause (what was not done is the finding, not the circumstance) and a
        plan ("the worker will hold ...")."""
        if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass"):
            return None
        lemma = norm(v.lemma_)
        if lemma == "lose" and self._lost_staff(v):  # (only "lose" can be a loss of staff: the lemma is read once)
            return "vacancy"
        known = lemma in ("be", "give") or lemma in self.circumstance_verbs  # "give": "giving the priority to"
        away = self._called_away(v)
        if not known:
            stem = self._stem(v)
            if stem not in self.circumstance_verbs and not away:
                return None  # cheap tests first: most verbs are none of these
            if not away:
                lemma = stem  # words the lemmatiser does not know: "firefighting", "overbooked"
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in self.MODALS for c in v.children):
            return None  # what was not done is the finding; what will or should be done is a plan
        if lemma == "be" and (self._too_few_staff(v) or self._one_of_few(v)):
            return "off"
        if lemma == "be" and self._without_staff(v):
            return "vacancy"  # like "load": a shortfall anywhere else in the sentence
        if (lemma == "be" or lemma in self.away_verbs) and not any(
                c.dep_ == "acomp" and c.pos_ in ("VERB", "ADJ") or c.dep_ in ("advmod", "prt") and c.lower_ in (
                    "away", "off", "down") or c.dep_ == "prep" and c.lower_ != "with" for c in v.children):
            return None  # the cheap test first: none of the shapes below, so the subject need not be read
        if not self._service_subject(v):
            return None
        if lemma == "be" or lemma in self.away_verbs:  # "was in court", "spent May in court"
            for c in v.children:
                if c.dep_ == "acomp" and c.pos_ in ("VERB", "ADJ") and (
                        norm(c.lemma_) in self.elsewhere_verbs or self._stem(c) in self.elsewhere_verbs):
                    return "elsewhere"  # "had been double-booked", a participle the parser reads as an adjective
                if c.dep_ in ("advmod", "prt") and c.lower_ in ("away", "off", "down"):
                    return "off"  # "the team was four workers down", "the TM being off"
                if c.dep_ == "prep" and c.lower_ != "with" and not any(
                        g.dep_ == "pobj" and token_forms(g) & self.engaged_words for g in c.children):
                    return "away"  # "in court", "on jury service", "without a manager"; not "in contact with"
            return None
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
        if passive and (lemma in self.elsewhere_verbs or away):
            return "elsewhere"
        if lemma in self.elsewhere_verbs and not any(c.dep_ == "dobj" for c in v.children) and any(
                c.dep_ == "prep" and c.lower_ in ("to", "onto", "into", "over") and any(
                    g.dep_ == "pobj" and self._staffish(g) for g in c.children) for c in v.children):
            return "elsewhere"  # "SW moved onto court work", "the manager moved over to the front door"
        if lemma == "give" and any(c.dep_ == "dobj" and norm(c.lemma_) == "priority" for c in v.children):
            return "load"  # "she was giving the priority to the court cases"
        if lemma in self.demand_verbs and not any(c.dep_ == "xcomp" for c in v.children):
            return "load"  # "had to prioritise ...", "firefighting"; not "struggled to engage Father" (the practice)
        if lemma in self.load_verbs and self._other_load(v):
            return "load"
        if lemma == "have" and any(c.dep_ == "dobj" and token_forms(c) & self.engagements and not any(
                g.dep_ == "poss" for g in c.children) for c in v.children):
            return "obliged"  # "as SW had court next day", "the TM had duty": needs the causal relation
        if lemma == "have" and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                   for c in v.children):
            return "obliged"  # "because the chair had to attend an emergency panel": needs the causal relation
        if lemma in self.joining_verbs and not passive and all(
                c.dep_ != "dobj" or self.people.is_role(c) for c in v.children):
            return "new"
        return None

    def _lost_staff(self, v: Token) -> bool:
        """The service lost some of its staff ("because the virtual school lost two officers", "the team has lost
        its manager"): a vacancy, told as a loss."""
        if norm(v.lemma_) != "lose" or any(c.dep_ == "neg" for c in v.children):
            return False
        if not any(c.dep_ == "dobj" and (self.people.is_role(c) or self._staff_share(c)) for c in v.children):
            return False
        subs = subjects_of(v) or ([v.head] if v.dep_ == "acl" else [])  # "the service losing half its staff"
        return bool(subs) and not any(s.pos_ == "PRON" or self.context.matches_token(s) for s in subs) and all(
            self._staffish(s) or token_forms(s) & self.agency_words for s in subs)

    def _staff_share(self, obj: Token) -> bool:
        """What a service lost is its own staff or posts, or a share of them ("half its staff", "two of its
        three posts", "its safeguarding lead"), not a thing ("lost the file")."""
        if norm(obj.lemma_) in self.own_staff_nouns and any(c.dep_ == "poss" or c.pos_ == "NUM" or c.dep_ == "predet"
                                                           for c in obj.children):
            return True
        return obj.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and (norm(g.lemma_) in self.own_staff_nouns or self.people.is_role(g)) for g in c.children)
            for c in obj.children)

    def _without_staff(self, v: Token) -> bool:
        """A service, this team or another agency, left without a professional ("the virtual school have
        been without a caseworker since Easter", "the team was without a manager"): a vacancy."""
        if not any(c.dep_ == "prep" and c.lower_ == "without" for c in v.children):
            return False  # the cheap test first: the subjects are read only for "was without ..."
        subs = subjects_of(v)
        if not subs or any(s.pos_ == "PRON" or self.context.matches_token(s) for s in subs):
            return False
        if not all(self._staffish(s) or token_forms(s) & self.agency_words for s in subs):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "without" and any(
            g.dep_ == "pobj" and self.people.is_role(g) for g in c.children) for c in v.children)

    _FEW = frozenset("only no few just one".split())

    def _too_few_staff(self, v: Token) -> bool:
        """An existential clause counting too few staff: "there was only two social workers",
        "there was no manager in post", "there were few qualified staff"."""
        if not any(c.dep_ == "expl" for c in v.children):
            return False
        for c in v.children:
            if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN") and self.people.is_role(c):
                marks = {x.lower_ for x in c.subtree if x.i < c.i}
                if marks & self._FEW or any(x.lower_ == "enough" and any(
                        n.dep_ == "neg" for n in v.children) for x in c.subtree):
                    return True
        return False

    def _one_of_few(self, v: Token) -> bool:
        """A professional counted among too few staff: "the worker was one of only two staff holding cases",
        "she was one of few qualified workers in the team" (not "one of the two workers", a plain count)."""
        ones = [c for c in v.children if c.dep_ == "attr" and c.lower_ == "one"]
        if not ones or not self._service_subject(v):
            return False  # the cheap test first: the subject is read only for "was one of ..."
        for c in ones:
            for of in c.children:
                if of.dep_ != "prep" or of.lower_ != "of":
                    continue
                for g in of.children:
                    group = g if self.people.is_role(g) else next(
                        (x for x in g.subtree if x.pos_ in ("NOUN", "PROPN") and self.people.is_role(x)), None)
                    if group is not None and any(x.lower_ in ("only", "few", "just") for x in g.subtree if x.i < group.i):
                        return True
        return False

    ABSOLUTE = frozenset({"with", "through"})
    MODALS = frozenset({"will", "shall", "should", "must", "'ll", "need"})

    def _fragment(self, t: Token) -> bool:
        """A verbless note about the service ("team on skeleton staff"): a team or
        role noun heading a fragment of its own, with a phrase saying where it is."""
        # ("appos": a note after a colon, "Supervision: ...; TM on leave", hangs from the heading word)
        return (t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dep", "ROOT", "parataxis", "appos") and self.people.is_role(t)
                and any(c.dep_ == "prep" for c in t.children))

    @staticmethod
    def _neg(v: Token) -> bool:
        return any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children)

    _CONCESSIVE = frozenset("while whilst although though".split())
    _DURING = frozenset("while whilst when".split())
    _HOLDING = frozenset("should ought must".split())

    def _conceded(self, sent: Span) -> bool:
        """The auditor concedes the pressure and sets it aside: "While I recognise the pressure the team was
        under, the plan should have been updated", "Although we acknowledge the vacancies, XXXX went three
        months without a plan". The acknowledgement is the writer's own, in a concessive clause, and the main
        clause states the finding about the work or the child (not the writer declining to judge)."""
        for t in tokens_with(sent, self.acknowledge):
            if t.pos_ != "VERB" or t.dep_ != "advcl" or self._neg(t):
                continue
            if not any(c.dep_ == "mark" and c.lower_ in self._CONCESSIVE for c in t.children):
                continue
            if not any(c.dep_ in SUBJ and c.lower_ in ("i", "we") for c in t.children):
                continue
            main = t.head
            subs = [c for c in main.children if c.dep_ in SUBJ]
            if not subs or any(c.lower_ in ("i", "we", "it") for c in subs) or self._declines_to_judge(sent) is not None:
                continue
            # the main clause holds the work to account ("should have been updated") or gives what the child
            # lived ("XXXX went three months without a plan"); a bare verdict on the work after the concession
            # ("the records are thin") is still softened by it
            held = any(c.dep_ == "aux" and c.lower_ in self._HOLDING for v in [main, *main.conjuncts] for c in v.children)
            child = any(s_.pos_ == "PROPN" and s_.text.isupper() and s_.text.isalpha() for s_ in subs)
            if held or child:
                return True
        return False

    _CONTROL = frozenset({"control"})

    def _declines_to_judge(self, sent: Span) -> Token | None:
        """The auditor declines to hold the shortfall against the worker or the team: "it would be unfair to
        judge the recording too harshly", "this should not count against the team", "the SW cannot be blamed
        for the delays", "I would not want her judged on this", "so I have let it stand", "which was outside
        the worker's control". An excuse in itself, whatever the pressure is called. Not about the family
        ("it would be unfair to blame Mother")."""
        for t in tokens_with(sent, self.judging_verbs):
            if t.pos_ != "VERB":
                continue
            objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(self._about_family(o, sent) for o in objs):
                continue
            head = t.head
            if t.dep_ == "xcomp" and head.pos_ == "ADJ" and token_forms(head) & self.unfair_words and not self._neg(
                    head.head if head.dep_ == "acomp" else head):
                return t  # "it would be unfair to judge ..."
            if t.dep_ == "xcomp" and head.pos_ in ("AUX", "VERB") and any(
                    c.dep_ == "acomp" and token_forms(c) & self.unfair_words for c in head.children) and not self._neg(head):
                return t  # "it would be unfair to judge", parsed from the copula
            if t.dep_ == "xcomp" and (self._writer_denies(head) or head.dep_ == "ccomp" and self._writer_denies(
                    head.head)) and any(c.dep_ in ("dobj", "acomp", "attr") and norm(c.lemma_) in self.fair_words
                                        for c in head.children):
                return t  # "I do not feel it would be fair to grade her work", "I dont think its fair to judge ..."
            against = any(c.dep_ == "prep" and c.lower_ == "against" for c in t.children)
            if norm(t.lemma_) in ("count", "hold") and against and self._neg(t):
                return t  # "this should not count against the team", "not be held against her"
            if norm(t.lemma_) in ("blame", "fault", "criticise", "criticize") and self._neg(t) and any(
                    c.dep_ == "aux" and norm(c.lemma_) in ("can", "could", "should") for c in t.children):
                return t  # "the SW cannot be blamed for the delays"
            if t.dep_ in ("ccomp", "xcomp", "oprd") and norm(head.lemma_) == "want" and self._neg(head) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children):
                return t  # "I would not want her judged on this"
        for t in tokens_with(sent, frozenset({"stand"})):
            let = t.head
            if t.pos_ == "VERB" and norm(let.lemma_) == "let" and t.dep_ in ("ccomp", "xcomp") and any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in let.children) and not self._neg(let):
                return let  # "so I have let it stand" (the grade)
        for t in tokens_with(sent, self._CONTROL):
            prep = t.head
            if t.dep_ != "pobj" or prep.lower_ not in ("outside", "beyond"):
                continue
            owners = [c for c in t.children if c.dep_ == "poss"]
            if any(o.lower_ in ("anyone", "anybody", "our", "my") or self._staffish(o) for o in owners):
                return prep  # "outside the worker's control", "outside anyone's control"
        return None

    # -- the finding held, or the circumstance weighed, read from the clause (round 11) -------------------
    _IN_SPITE = frozenset({"despite", "notwithstanding"})
    _ANY_ELSE = frozenset("anyone anybody nobody".split())

    def _cue_in(self, sent: Span, region: set[int]) -> bool:
        """A work-pressure cue of the service inside ``region`` of the sentence."""
        doc = sent.doc
        return any(m.start in region and not self._family_context(doc, m, sent) and not self._acronym_in_lower(doc, m)
                   for m in self.cues.find(sent)) or any(
            m.start in region and self._soft_ok(doc, sent, m) for m in self.soft.find(sent)) or (
            self.queues is not None and any(m.start in region and self._queue_ok(doc, sent, m)
                                            for m in self.queues.find(sent)))

    def _credits(self, doc: Doc, m: Match) -> bool:
        """An excuse phrase on praise ("The school have been brilliant to be fair"): it gives credit where due;
        on a verdict of shortfall ("supervision was patchy, to be fair") it still softens."""
        if str(m.entry.data.get(self.params.kind_field) or "") not in self.params.excuse_kinds:
            return False
        adj = head_of(doc, m.start, m.end).head
        return adj.pos_ == "ADJ" and adj.dep_ == "acomp" and adj.i < m.start and not self._neg(adj.head) \
            and not token_forms(adj) & self.shortfall_words and not (self.patterns and self.patterns.match(adj.lower_))

    def _own_fault_cleared(self, doc: Doc, m: Match) -> bool:
        """"Through no fault of her own, XXXX had to leave her placement": the fault cleared is that of the clause's
        own subject, and the subject is the child or the family, not the service."""
        fault = next((doc[i] for i in range(m.start, m.end) if norm(doc[i].lemma_) == "fault"), None)
        if fault is None or not any(x.lower_ == "own" for x in doc[m.end: min(m.end + 3, len(doc))]):
            return False
        v = fault
        while v.head.i != v.i and v.pos_ not in ("VERB", "AUX"):
            v = v.head
        subs = subjects_of(v)
        return bool(subs) and not any(self._staffish(x) or x.pos_ == "PRON" for x in subs)

    def _finding_against(self, sent: Span) -> bool:
        """The auditor names the finding as one against the service ("this is a finding against the service",
        "a criticism of the team"): the circumstance stated, the service held to account."""
        for t in tokens_with(sent, self.against_nouns):  # only such a noun can name the finding
            if t.dep_ == "attr" and norm(t.lemma_) in self.finding_nouns | {"criticism"} and not self._neg(t.head):
                whom = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("against", "of", "for")
                        for g in c.children if g.dep_ == "pobj"]
                if any(norm(g.lemma_) in self.service_words or self._staffish(g) for g in whom):
                    return True  # "which is a finding for management"
                if self._finding_stands(t):
                    return True
        return False

    def _held_to_oversight(self, sent: Span) -> bool:
        """"...; the trafficking indicators should have been picked up in supervision, and they were not": what
        oversight should have done, set after the circumstance, holds the service to the finding."""
        for t in tokens_with(sent, self.oversight_nouns):
            if t.dep_ != "pobj" or t.head.dep_ not in ("prep", "agent"):
                continue
            v = t.head.head
            if v.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in self._HOLDING for c in v.children) and any(
                    c.dep_ == "aux" and c.lower_ == "have" for c in v.children):
                return True
        return False

    def _finding_stands(self, noun: Token) -> bool:
        """"..., but the gaps in oversight are still a finding": the finding kept after the circumstance is named."""
        return norm(noun.lemma_) == "finding" and any(
            c.dep_ == "advmod" and c.lower_ == "still" for c in [*noun.children, *noun.head.children])

    def _finding_held(self, sent: Span) -> bool:
        """The auditor names the circumstance and holds the finding anyway: "that does not change the finding
        that ...", "Despite the staffing pressures ..., the plan should have been reviewed", "the handover gap is
        a service failing", "that is a management issue", "... and were not picked up by anyone else"."""
        if self._finding_against(sent) or self._held_to_oversight(sent):
            return True
        if not tokens_with(sent, self.held_words):
            return False  # each test below needs one of these words in the sentence: none of them can pass
        for t in sent:
            if t.pos_ == "VERB" and norm(t.lemma_) in self.altering_verbs and self._neg(t) and any(
                    c.dep_ == "dobj" and norm(c.lemma_) in self.finding_nouns for c in t.children):
                return True
            if t.dep_ == "attr" and norm(t.head.lemma_) == "be" and not self._neg(t.head):
                words = {t.lower_, norm(t.lemma_)} | {
                    w for c in t.children if c.dep_ in ("compound", "amod") for w in (c.lower_, norm(c.lemma_))}
                if words & self.service_failing_nouns and words & self.service_words:
                    return True  # "a service failing", "a management issue": the service held to account
            if t.lower_ in self._IN_SPITE and t.dep_ == "prep" and t.head.pos_ in ("VERB", "AUX"):
                main = t.head
                held = any(c.dep_ == "aux" and c.lower_ in self._HOLDING for c in main.children)
                if held and self._cue_in(sent, {x.i for x in t.subtree}):
                    return True
            if t.lower_ == "else" and t.head.lower_ in self._ANY_ELSE:
                who = t.head
                v = who.head.head if who.dep_ == "pobj" and who.head.dep_ == "agent" else who.head if who.dep_ in SUBJ else None
                if v is not None and v.pos_ in ("VERB", "AUX") and (self._neg(v) or who.lower_ == "nobody") and not any(
                        c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
                    return True  # the missing cover is the finding, not the absence that needed it
        return False

    def _excuse_frame(self, sent: Span, text: str) -> tuple[str, str] | None:
        """A frame that weighs a work-pressure cue against the finding: "the lack of direct work is mitigated by
        the team being 40% down on staff", "Considering the level of staff turnover, ...", "..., which is
        understandable given it was one of six allocated to a newly qualified worker", "would have been
        stronger with more time, which the worker simply did not have"."""
        # only a token with one of the frames' words can open one: the others are not visited
        for t in tokens_with(sent, self.frame_words):
            if t.pos_ == "VERB" and norm(t.lemma_) in self.explaining_verbs and any(
                    c.dep_ == "nsubjpass" and norm(c.lemma_) in self.shortfall_nouns for c in t.children):
                agent = {x.i for c in t.children if c.dep_ == "agent" for x in c.subtree}
                if agent and (self._cue_in(sent, agent) or any(self._staffish(sent.doc[i]) for i in agent)):
                    return t.text, "pressure"
            if t.lower_ == "considering" and t.i == sent.start and self._cue_in(sent, {x.i for x in t.subtree}):
                return t.text, "pressure"
            if t.pos_ == "ADJ" and norm(t.lemma_) in self.understood_words and t.dep_ == "acomp" and not self._neg(t.head) \
                    and any(c.dep_ in SUBJ and c.lower_ in ("which", "this", "that", "it") for c in t.head.children) \
                    and self._cue_in(sent, set(range(t.i, sent.end))) \
                    and self._region_shortfall(sent, set(range(t.head.i, sent.end)), text, practice_only=True):
                return t.text, "pressure"
            if t.pos_ == "NOUN" and norm(t.lemma_) in self.means_nouns and t.dep_ == "pobj" and t.head.lower_ == "with" \
                    and any(c.lower_ == "more" for c in t.children):
                v = t.head.head if t.head.head.pos_ in ("VERB", "AUX") else t.head.head.head
                kids = list(v.children)
                if any(c.lower_ in ("would", "could") for c in kids) and any(c.lower_ == "have" for c in kids):
                    return f"with more {t.text}", "workload"
        return self._weighed_against_pressure(sent)

    _ATTRIBUTING = frozenset("sit lie rest".split())  # "the delay sits with the court backlog"
    _CONTRAST_BEFORE = frozenset({",", "and", "but", "-", "–", "—"})
    _THAN_NOT = frozenset({"than", "not"})

    def _cleared_in_contrast(self, sent: Span) -> bool:
        """A cause set against the professional or team it clears, in a negated tail: "bc of agency turnover tho,
        not the SW", "that delay sits with the court backlog and not with anyone in the team". An excuse in
        itself, about the child's delay too; a cause named only to say whose it is not."""
        doc = sent.doc
        for t in tokens_with(sent, self._THAN_NOT):  # each token below that is not one of these is passed over
            rather = t.lower_ == "than" and t.i > sent.start and doc[t.i - 1].lower_ == "rather"  # "rather than with the team"
            if not rather and (t.lower_ != "not" or t.i == sent.start or doc[t.i - 1].text not in self._CONTRAST_BEFORE):
                continue
            j = t.i + 1
            while j < sent.end and (doc[j].pos_ in ("ADP", "DET") or doc[j].lower_ in ("down", "really", "simply")):
                j += 1
            if j >= sent.end:
                continue
            who = doc[j]
            if not (self.people.is_role(who) and not self.context.matches_token(who) or self._anyone_in_service(who)):
                continue
            caused = any(mk.start < t.i and mk.entry.data.get("rel") == "cause" for mk in self.causal.find(sent)) \
                or any(m.start < t.i and not self._family_context(doc, m, sent) for m in self.cues.find(sent)) \
                or any(norm(doc[i].lemma_) in self._ATTRIBUTING and any(c.lower_ == "with" for c in doc[i].children)
                       or norm(doc[i].lemma_) in self._REASONS and doc[i].dep_ == "attr" for i in range(sent.start, t.i))
            if caused:
                return True
        return False

    _HARDLY = frozenset("hardly scarcely barely little not".split())
    _EXPECTING = frozenset({"surprising", "expect"})

    def _expectation(self, sent: Span) -> Token | None:
        """The finding called expected: "that's hardly surprising", "the gaps are to be expected", "you could
        hardly expect otherwise"."""
        for t in tokens_with(sent, self._EXPECTING):
            lemma = norm(t.lemma_)
            if lemma == "surprising" and t.pos_ == "ADJ" and (
                    any(c.lower_ in self._HARDLY or c.dep_ == "neg" for c in t.children) or self._neg(t.head)):
                return t
            if lemma == "expect" and t.pos_ == "VERB":
                kids = list(t.children)
                passive_to = t.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in kids) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in kids)
                hardly = any(c.lower_ in ("hardly", "scarcely") for c in kids) and any(
                    c.lower_ == "otherwise" for c in kids)
                if passive_to and not self._neg(t.head) or hardly:
                    return t
        return None

    def _expected_given(self, sent: Span, text: str) -> tuple[str, str] | None:
        """A practice shortfall called expected or unsurprising beside a circumstance of the service ("..., but the
        designated teacher changed twice this year so that's hardly surprising", "Given that you have only been
        qualified for eight months, the gaps in the chronology are to be expected"): the expectation excuses it."""
        exp = self._expectation(sent)
        if exp is None:
            return None
        own = {exp.i} | {c.i for c in exp.children if c.dep_ in SUBJ}
        reason = [t for t in sent if t.i not in own and t.dep_ in (*SUBJ, "pobj", "dobj") and (
            self.people.is_role(t) and not self.context.matches_token(t) or t.lower_ == "you" and t.dep_ in SUBJ)]
        if not reason or not self._region_shortfall(sent, {t.i for t in reason}, text, practice_only=True):
            return None
        if any(self._about_family(t, sent) for t in reason):
            return None
        return exp.text, "pressure"

    def _better_but_for(self, sent: Span) -> tuple[str, str] | None:
        """The work or grade would have been better but for a work-pressure cue: "the grade would have been higher
        had the team not been carrying so many vacancies", "the plan would have been stronger if the worker had
        not been off sick". The cue is offered as what held the work back."""
        if not tokens_with(sent, self._WOULD_HAVE) or not tokens_with(sent, self._HAVE):
            return None  # no "would"/"could"/"might" or no "have" in the sentence: no verb below has both auxiliaries
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or self._neg(v):
                continue
            auxes = {c.lower_ for c in v.children if c.dep_ == "aux"}
            if not auxes & {"would", "could", "might"} or "have" not in auxes:
                continue
            better = next((c for c in v.children if c.dep_ in ("acomp", "advmod", "dobj")
                           and (c.tag_ in ("JJR", "RBR") or c.lower_ == "more")), None)
            if better is None:
                continue
            subject = {x.i for c in v.children if c.dep_ in SUBJ for x in c.subtree}
            if self._cue_in(sent, {t.i for t in sent} - subject - {v.i}):
                return f"would have been {better.text}", "pressure"
        return None

    _WOULD_HAVE = frozenset({"would", "could", "might"})
    _HAVE = frozenset({"have"})
    _LENIENT = frozenset("generous lenient kind forgiving soft charitable".split())
    _ALLOWANCES = frozenset({"allowance"})

    def _weighed_against_pressure(self, sent: Span) -> tuple[str, str] | None:
        """The auditor's judgement tempered by a work-pressure cue named in the frame itself: "a reasonable piece of
        work considering the pressures the team has been under", "has to be seen against a backdrop of significant
        staffing difficulties", "allowances must be made for the fact that the service was in a restructure", "I
        have been generous with the grade as the worker is newly qualified"."""
        # only a token with one of the frames' words can open one: the others are not visited
        for t in tokens_with(sent, self.weighed_words):
            region: set[int] | None = None
            if t.lower_ == "considering" and t.dep_ in ("acl", "advcl", "prep") and t.i > sent.start:
                region = {x.i for x in t.subtree}
            elif t.dep_ == "pobj" and norm(t.lemma_) in self.light_nouns and t.head.lower_ in ("in", "against") \
                    and norm(t.head.head.lemma_) in self.weighing_verbs:
                region = {x.i for x in t.subtree}
            elif norm(t.lemma_) in self._ALLOWANCES and t.dep_ in ("nsubjpass", "dobj") and norm(t.head.lemma_) == "make":
                region = {x.i for c in t.head.children if c.dep_ == "prep" and c.lower_ == "for" for x in c.subtree}
            elif t.pos_ == "ADJ" and norm(t.lemma_) in self._LENIENT and t.dep_ == "acomp" and any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.head.children):
                region = {x.i for c in t.head.children if c.dep_ == "advcl" for x in c.subtree}
            if region and not self._neg(t.head) and self._cue_in(sent, region):
                return t.text, "pressure"
        return None

    def _response_finding(self, sent: Span) -> bool:
        """The sentence states the service's response as the finding ("no cover
        was arranged", "the case was not reallocated")."""
        # "While the worker was off sick nobody visited": nobody did the work in the worker's absence
        root = sent.root
        # (the cheap test first: such a subject is one of the sentence's tokens with a negative person's word)
        if self.params.nobody_covered and tokens_with(sent, self._NOBODY_WORDS) and root.pos_ in (
                "VERB", "AUX") and not self._neg(root) and any(
                c.dep_ in SUBJ and (c.lower_ in NEGATIVE_PEOPLE or _no_one(c)) for c in root.children) and any(
                c.dep_ == "advcl" and any(g.dep_ in ("mark", "advmod") and g.lower_ in self._DURING for g in c.children)
                for c in root.children):
            return True
        for t in tokens_with(sent, self.response_words):
            if any(c.lower_ in ("no", "without") or c.dep_ == "neg" for c in t.children) or (
                    t.head.lower_ == "without" or any(c.dep_ == "neg" for c in t.head.children)):
                return True
            # "... and no-one covered it", "nobody picked up the cover"
            if any(c.dep_ in SUBJ and (c.lower_ in NEGATIVE_PEOPLE or _no_one(c)) for c in t.children):
                return True
            # "this should have been escalated so that cover was put in place": the missing response
            auxes = {c.lower_ for a in [t.head, *t.head.ancestors] for c in a.children if c.dep_ == "aux"}
            if auxes & SHOULD_AUX and "have" in auxes:
                return True
            # "no evidence of a handover", "the lack of cover"
            if t.head.lower_ == "of" and (any(c.lower_ == "no" for c in t.head.head.children)
                                         or norm(t.head.head.lemma_) in ("lack", "absence")):
                return True
        return False

    _NOBODY_WORDS = NEGATIVE_PEOPLE | {"one"}  # "nobody", "none", "no one" (:func:`_no_one`)
    TEMPORAL = frozenset({"while", "whilst"})  # concessive or temporal: "while the worker was on leave"
    _REASONS = frozenset({"reason", "explanation", "cause"})  # "the reason for ... is that ..."

    def _clause_cause(self, doc: Doc, sent: Span, v: Token) -> set[int] | None:
        """The clause of ``v`` offered as a cause: introduced by a causal
        subordinator ("because", "as", "when", "after", or "while" of time), followed by a result
        marker ("..., so", "hence"), or an absolute participle ("the TM being
        off"). A marker inside the clause ("in post since January") is not one.
        Returns the clause's tokens, or None."""
        # the clause itself, or the clause it completes ("while the team waited for an agency worker to start")
        heads = [v] + ([v.head] if v.dep_ in ("advcl", "xcomp") and v.head.i != v.i else [])
        # "because he had an accident and was in hospital": a second verb shares its first conjunct's marker
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "mark" for c in v.children):
            heads.append(v.head)
        for mk in self.causal.find(sent):
            words = " ".join(norm(doc[i].text) for i in range(mk.start, mk.end))
            if mk.entry.data.get("rel") != "cause" and words not in self.TEMPORAL or self._denied(doc, mk.start):
                continue
            for h in heads:
                if any(doc[i].head.i == h.i and doc[i].dep_ in ("mark", "advmod") for i in range(mk.start, mk.end)):
                    return {x.i for x in h.subtree}
        for mk in self.consequence.find(sent):
            if mk.start > v.i:
                return own_tokens(v) - set(range(mk.start, sent.end))
        # "the reason for the thin assessment is that the worker was new"
        if v.dep_ in ("ccomp", "attr") and norm(v.head.lemma_) == "be" and any(
                c.dep_ == "nsubj" and any(norm(x.lemma_) in self._REASONS for x in c.subtree) for c in v.head.children):
            return {x.i for x in v.subtree}
        if v.tag_ == "VBG" and v.dep_ in ("advcl", "ccomp", "npadvmod", "conj") and any(
                c.dep_ in SUBJ for c in v.children):
            return {x.i for x in v.subtree}  # "..., the TM being off for much of the period"
        seps = [t.i for t in doc[sent.start + 1 : v.i] if t.text in self.SEPARATORS]
        subs = subjects_of(v)
        named = {x.i for s in subs for x in s.subtree}
        # with no marker, the clause must name the work it was taken by ("on duty", "joined the team"),
        # not just a place ("was at the house for two hours" is the visit itself)
        if seps and all(s.left_edge.i > seps[-1] for s in subs) and any(
                self.work.matches_token(doc[i]) for i in own_tokens(v) - named):
            # "No direct work was done; the worker was on duty most days": set after the finding
            # (the parser may hang the finding from this clause: only the part after the mark counts)
            return set(range(seps[-1], sent.end))
        return None

    def _as_description(self, marker: Token, objs: list[Token]) -> bool:
        """"as" before a noun phrase, hanging from a verb other than "be" ("reads as a case list", "was treated
        as a duty task"): the manner or role of the thing, not a cause; a role noun ("as the worker was new")
        is left to the cause."""
        return marker.lower_ == "as" and marker.pos_ == "ADP" and marker.dep_ == "prep" \
            and marker.head.pos_ == "VERB" and norm(marker.head.lemma_) != "be" \
            and all(o.dep_ == "pobj" and not self.people.is_role(o) for o in objs)

    def _set_after_finding(self, sent: Span, v: Token) -> int | None:
        """The clause of ``v`` stands after a separator that follows the rest of the sentence ("No supervision in
        April or May; the team was two managers down"): set beside the finding as its explanation. Returns the
        separator's index, or None."""
        subs = subjects_of(v)
        seps = [t.i for t in sent.doc[sent.start + 1 : v.i] if t.text in self.SEPARATORS]
        if seps and subs and all(s_.left_edge.i > seps[-1] for s_ in subs):
            return seps[-1]
        return None

    @staticmethod
    def _cue_text(doc: Doc, region: set[int]) -> str:
        """The words of a circumstance, for the message (at most twelve)."""
        a = min(region)
        b = min(max(region) + 1, a + 12)
        while b > a + 1 and (doc[b - 1].dep_ in ("cc", "punct") or doc[b - 1].is_punct):
            b -= 1
        while a < b - 1 and doc[a].is_punct:
            a += 1
        return doc[a:b].text

    def _circumstance(self, doc: Doc, sent: Span, text: str, prev: Span | None = None) -> tuple[str, str] | None:
        """No cue word: a circumstance of the service, read from the parse, set
        against a shortfall (returns its kind, or None).

        * a clause whose subject is the service (:meth:`_circumstance_kind`)
          framed as something to acknowledge fires on its own; one of kind
          "away" needs a causal relation to a shortfall ("postponed because the
          manager was in court", not "was at the meeting but did not ..."); the
          other kinds need a shortfall anywhere else in the sentence ("No life
          story work has been started; the worker holds a full caseload"), or,
          when the clause is the whole sentence, in the sentence before
          (``prev``: "The plan has not been updated. The worker has had a lot
          of other cases.");
        * a causal phrase ("owing to", "down to", "during", "since", "limited
          by") whose words name the service ("the IRO's heavy diary",
          "industrial action in the team", "the move to the new recording
          system"), not the family, and not a practice failing of its own
          (``practice_causes``, a negation), set against a practice shortfall.

        Returns (kind, the circumstance's words) or None.
        """
        for v in sent:
            pos = v.pos_
            if pos in ("VERB", "AUX"):  # only a verb has a kind, only a noun heads a fragment
                kind, fragment = self._circumstance_kind(v), False
            elif pos in ("NOUN", "PROPN"):
                kind, fragment = None, self._fragment(v)
            else:
                continue
            if kind is None and not fragment or in_quotes(text, v.idx, v.idx + len(v)):
                continue
            if fragment:  # note style: "Plan not reviewed; team on skeleton staff."
                kind, region = "away", {x.i for x in v.subtree}
                if self._region_shortfall(sent, region, text):
                    return kind, self._cue_text(doc, region)
                continue
            region = own_tokens(v)
            for s in subjects_of(v):
                region |= {x.i for x in s.subtree}
            if self._family_in(sent, region):
                continue  # "the worker was in court with Mother": about the family
            if self._acknowledged(v) and (kind != "away" or self._region_shortfall(sent, region, text)):
                return kind, self._cue_text(doc, region)  # "being somewhere" softens only with a shortfall by it
            if kind in ("away", "new", "obliged", "off"):
                cause = self._clause_cause(doc, sent, v)
                if cause is None and kind == "off" and any(
                        c.dep_ == "mark" and norm(c.text) in self.concessive_marks for c in v.children):
                    cause = {x.i for x in v.subtree}  # "..., though the team was four workers down"
                sep = self._set_after_finding(sent, v) if cause is None and kind == "off" else None
                if sep is not None:  # "No supervision in April or May; the team was two managers down"
                    cause = region = {i for i in region if i > sep}  # the parser may hang the finding from this clause
                if cause is not None and self._region_shortfall(sent, cause | region, text):
                    return kind, self._cue_text(doc, region)
                continue
            if self._region_shortfall(sent, region, text):
                return kind, self._cue_text(doc, region)
            if prev is not None and v.dep_ == "ROOT" and self._region_shortfall(prev, set(), text, practice_only=True):
                return kind, self._cue_text(doc, region)
        for t in tokens_with(sent, self.ABSOLUTE):  # (the sentence's tokens with the word, in order)
            # "With the case management system down for most of November, ...": an absolute clause
            if t.dep_ == "mark" and t.lower_ in self.ABSOLUTE and t.head.dep_ == "advcl" \
                    and t.head.pos_ not in ("VERB", "AUX"):
                subs = [c for c in t.head.children if c.dep_ in SUBJ]
                region = {x.i for x in t.head.subtree}
                if subs and all(self._staffish(x) for x in subs) and self._region_shortfall(
                        sent, region, text, practice_only=True):
                    return "away", self._cue_text(doc, region)
        for mk in self.causal.find(sent):
            if mk.entry.data.get("rel") != "cause" or self._denied(doc, mk.start):
                continue
            last = doc[mk.end - 1]
            # the phrase's object hangs from the last marker word ("owing to X") or, as the
            # parser sometimes has it, from the first ("because [of] X")
            objs = [c for i in range(mk.start, mk.end) for c in doc[i].children
                    if c.dep_ in ("pobj", "pcomp") and c.i >= mk.end]
            if not objs or last.lower_ == "since" and any(self._staffish(o) for o in objs):
                continue  # "since the case transferred in March" dates the finding; "since the restructure" may cause it
            if mk.end - mk.start == 1 and last.lower_ in self.ABSOLUTE and not any(
                    g.dep_ in ("acl", "advmod", "amod") and g.pos_ in ("VERB", "ADV", "ADJ") and g.i > o.i
                    for o in objs for g in o.children):
                continue  # "sat with the duty team" is where, not why; "with two managers off" is why
            if last.lower_ == "as" and any(self.people.is_role(o) for o in objs) and any(
                    t.lower_ in ("i", "we") and t.dep_ in SUBJ for t in sent):
                continue  # "As a new manager I would have expected ...": the auditor's own standpoint
            if mk.end - mk.start == 1 and self._as_description(last, objs):
                continue  # "supervision reads as a case list": what it is like, not why
            phrase = {x.i for o in objs for x in o.subtree}
            toks = [doc[i] for i in sorted(phrase)]
            if not any(self._staffish(t) for t in toks):
                continue
            if any(t.dep_ == "neg" or t.lower_ in ("no", "not", "never") or token_forms(t) & self.practice_causes
                   for t in toks) or any(x.start in phrase for x in self.failings.find(sent)):
                continue  # a failing as the cause ("down to a worker who was out of her depth") is accountability
            if mk.end - mk.start == 1 and last.lower_ in self.ABSOLUTE and self._region_shortfall(
                    sent, {t.i for t in sent} - phrase, text):
                continue  # "with gaps of six weeks between case notes" describes the shortfall itself
            if self._family_in(sent, phrase):
                continue
            if self._region_shortfall(sent, phrase | {last.i}, text, practice_only=True):
                return "pressure", self._cue_text(doc, phrase | set(range(mk.start, mk.end)))
        return self._absolute_staffing_clause(doc, sent, text)

    _ABSOLUTE_PARTICIPLES = frozenset({"being", "having"})

    def _partner_agency(self, t: Token) -> bool:
        """A partner agency or service named as such ("school", "the police", "health": analysis-cues.yml
        agency_nouns), read once."""
        return bool(token_forms(t) & self._agency_nouns)

    def _absolute_staffing_clause(self, doc: Doc, sent: Span, text: str) -> tuple[str, str] | None:
        """A nominative absolute set off by a comma, whose subject is the service ("XXXX waited until May for her
        medical, the team being two social workers down"; "..., the police having lost both their officers";
        "No targets set, school being between SENCOs"), beside a practice shortfall: the state of the service
        offered as the reason for it, with no cue word. Not a family member as subject (staff and services only)."""
        for t in tokens_with(sent, self._ABSOLUTE_PARTICIPLES):  # (the sentence's tokens with the word, in order)
            if t.lower_ not in self._ABSOLUTE_PARTICIPLES:
                continue
            head = t.head if t.dep_ in ("aux", "auxpass") else t
            subs = [c for c in head.children if c.dep_ in SUBJ]
            if not subs and t.pos_ == "NOUN":  # the tagger's "school being" as a compound noun
                subs = [c for c in t.children if c.dep_ == "compound"]
            if not subs and t.dep_ == "acl" and t.head.dep_ == "appos" and t.head.i < t.i:
                # "..., the independent social worker having a backlog": the parser's apposition with a participle
                subs = [t.head]
            if not subs or not all(self._staffish(x) or self._partner_agency(x) for x in subs):
                continue
            first = min(x.left_edge.i for x in subs)
            if first <= sent.start or doc[first - 1].text not in (",", ";"):
                continue
            if head.pos_ == "VERB" and token_forms(head) & self.shortfall_words and not self._lost_staff(head) and not any(
                    c.dep_ == "dobj" and any(g.dep_ in ("nummod", "poss") for g in c.children) for c in head.children):
                continue  # "..., the school having lost the paperwork": a failing of its own, not a pressure (a count
                # or a share of its own lost, "having lost two advisers", is its staffing)
            # (the clause runs from its subject on: the parser may make the participle the root and hang the
            # finding before the comma from it, "Visits were late, the worker having been away on training")
            region = {x.i for x in head.subtree if x.i >= first} | {x.i for s_ in subs for x in s_.subtree}
            if self._family_in(sent, region):
                continue
            if self._region_shortfall(sent, region, text, practice_only=True):
                return "pressure", self._cue_text(doc, region)
        return None

    def _staff_in(self, doc: Doc, sent: Span) -> bool:
        """The sentence has a token :meth:`_circumstance` and :meth:`_progressive` need, or they find nothing: every
        circumstance they read is said of a role or work noun (:meth:`_staffish`, :meth:`People.is_role`, also through a pronoun's
        antecedent in the sentence) or of "we". The Doc's such tokens are listed once, in the Doc's user_data."""
        found = doc.user_data.get(self._staff_key)
        if found is None:
            at = {*self.people.roles._covering(doc), *self.work._covering(doc), *doc_lower(doc).with_lower(("we",))}
            found = doc.user_data[self._staff_key] = sorted(at)
        k = bisect_left(found, sent.start)
        return k < len(found) and found[k] < sent.end

    _staff_key = ("auditlint.mitigation.staff",)

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        kinds = self.params.message_kinds
        for block, dom, section in ctx.audit.placed_blocks():
            text = block.text
            if not text.strip():
                continue
            doc = ctx.doc(block)
            prev = None
            sents = list(doc.sents)
            for k, sent in enumerate(sents):
                found = None
                prev, before = sent, prev
                after = sents[k + 1] if k + 1 < len(sents) else None
                # (the tests that set a sentence aside are read below, only for a sentence that would fire: most
                # sentences fire nothing, and every test here only reads the parse)
                response = self._response_finding(sent)
                cands = [(m, False) for m in self.cues.find(sent) if not self._acronym_in_lower(doc, m)] + [
                    (m, True) for m in self.soft.find(sent) if self._soft_ok(doc, sent, m)]
                if self.scarce is not None:
                    cands += [(m, False) for m in self.scarce.find(sent) if self._scarce(doc, m)]
                if self.queues is not None:
                    cands += [(m, True) for m in self.queues.find(sent) if self._queue_ok(doc, sent, m)]
                for m, soft in sorted(cands, key=lambda x: x[0].start):
                    span = doc[m.start : m.end]
                    if in_quotes(text, span.start_char, span.end_char):
                        continue
                    if self._family_context(doc, m, sent) or self._topic(doc, m) or self._own_fault_cleared(doc, m):
                        continue
                    if self._describes_provision(doc, m):
                        continue  # "stuck on a part-time timetable": the child's provision, not the staffing
                    if self._credits(doc, m):
                        continue  # "The school have been brilliant to be fair": credit, not an excuse
                    kind = self._fires(doc, sent, m, text, soft, response)
                    if kind:
                        found = (span.text, kind)
                        break
                if found is None:
                    declined = self._declines_to_judge(sent)
                    if declined is not None:
                        found = (declined.text, "excuse")
                if found is None and self._exonerated(sent) and (
                        self._region_shortfall(sent, set(), text, practice_only=True)
                        or before is not None and self._region_shortfall(before, set(), text, practice_only=True)):
                    found = ("", "excuse")
                if found is None and self._cleared_in_contrast(sent) and self._region_shortfall(sent, set(), text):
                    found = ("", "excuse")
                if found is None and not response:
                    found = self._expected_given(sent, text) or self._better_but_for(sent)
                if found is None and not response:
                    found = self._excuse_frame(sent, text)
                if found is None and not response and self.hedge_words:
                    found = self._hedged_deficit(sent, text)
                if found is None and not response:
                    found = self._context_frame(sent)
                if found is None and not response:
                    found = self._adopted_reason(sent, text)
                if found is None and not response:
                    # a pressure set up before a "So ..."/"Hence ..." deficit, and that deficit: "Worker off sick in
                    # May. Hence the drift."
                    found = self._so_linked(sent, after, text) or self._so_linked(before, sent, text, deficit=True)
                if found is None and self.availability_words:
                    # (not gated on the response finding: "no cover available" is scarcity, "no cover arranged" the response)
                    found = self._nobody_free(sent, text)
                staff = found is None and self._staff_in(doc, sent)  # (read once: the three tests below ask it)
                if found is None and self.params.progressive and staff and self._progressive(
                        doc, sent, text):  # (its subject is a role, or a pronoun for one: :meth:`_staff_in`)
                    found = ("", "workload")
                if found is None and self.params.circumstances and not response and staff:
                    found = self._circumstance(doc, sent, text, before if self.params.follow_on else None)
                    if found:
                        found = (found[1], found[0])
                if found is None and self.params.circumstances and not response and not staff:
                    # a partner agency as the absolute clause's subject ("..., the virtual school having lost two
                    # advisers"): no role or work noun for :meth:`_staff_in` to find
                    found = self._absolute_staffing_clause(doc, sent, text)
                    if found:
                        found = (found[1], found[0])
                if found is None:
                    continue
                if any(mk.entry.data.get("rel") == "cause" and self._denied(doc, mk.start)
                       and not self._cleared(doc, mk.start, mk.end)
                       for mk in self.causal.find(sent)) or self._refused(sent):
                    continue  # "the delay is not down to workload": the auditor refuses the excuse
                if self.params.set_aside and self._conceded(sent):
                    continue  # "While I recognise the pressure the team was under, the plan should have been updated"
                if self._finding_held(sent):
                    continue  # "that does not change the finding", "the handover gap is a service failing"
                cue, kind = found
                a, b = sent.start_char, sent.end_char
                if in_quotes(text, a, b):
                    continue
                yield Hit(block=block, start=a, end=b, domain=dom, section=section,
                          values={"cue": cue or "work pressure", "kind": kinds.get(kind, kind)})


__all__ = ["Mitigation"]
