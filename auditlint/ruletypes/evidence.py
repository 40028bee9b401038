"""Evidence against the grade (AL204, G-4): does the narrative's evidence
point the same way as the grade the auditor gave?

Each sentence of a domain is weighed for **deficits** (evidence that practice
fell short: "lack of", "has not been updated", drift, delay, missing ...)
and **strengths** (evidence that it was good: clear, regular, "well met", a
trusting relationship ...). The cue lists come from
``rules/lexicons/analysis-cues.yml``; the parse decides their direction:

* a strength under negation is a deficit ("not clear", "is not SMART",
  "visits are not within timescales");
* a deficit under negation is a strength ("no drift", "there were no
  concerns", "no visit was missed");
* a process that did not happen is a deficit when practice was responsible
  for it ("the plan was not reviewed", "no strategy discussion followed",
  "minutes were never shared"), but not when a parent is the subject
  ("Father has not attended contact");
* a shortfall denied through the subject or a frame is a strength ("not a
  single visit was late", "nothing suggests the worker lost sight of XXXX",
  "no missed visits"), but a negated comparison denies nothing ("these do not
  outweigh the strength of the relationship");
* work done but only once or twice is a deficit ("seen only twice in five
  months", "contacted just once"), and so is work done without a piece of
  process ("decided without a multi-agency discussion");
* a label before a colon ("One small gap: ...") names what the sentence says
  and is not weighed again;
* words inside quotation marks are someone else's and are not weighed, nor are direct questions, nor
  the practitioner's own claims for the work ("I was told by the worker that XXXX is thriving");
* shortfalls told as facts, without a deficit word, are read by :class:`ShortfallFacts` from numbers,
  units and the words they hang on: time lost ("held four months after it was due", "six weeks apart"),
  a length against its standard, work done rarely over a stated span ("2 visits in 4 months"), work the
  same as before, work lacking a part ("the plan has no dates"), what should have happened, and the
  child's account taken only through a parent;
* what a sentence concedes ("Although ...", "..., but") gives way to what its main clause finds, and a
  shortfall hedged before "but" gives way to what follows when that finds none and speaks of the same thing
  ("brief but to the point", "thin, but it has since been rewritten"), unless what follows is an excuse (the
  worker's caseload, "because ...", "it was half term") or brings in something else ("but the rest of the file
  is in order"); a piece of work denied ("did not review the plan but signed it off") is never hedged away;
* a shortfall the work itself found and answered ("the manager picked up that the grant had stalled and chased
  it") is not the work's failing; one found and left ("the review found the plan had drifted"), or one it did
  not notice ("did not pick up that the PEP was out of date") is still a shortfall;
* a piece of work judged by its measure ("a strong piece of analysis") is judged as the work;
* in a domain graded Good or Outstanding, the shortfalls of a sentence about the grade itself that names a
  higher grade or says "higher"/"lower" ("Good rather than Outstanding because ...", "I have not graded this
  higher because ...") say why the grade is where it is, not that it is wrong (talk of another's grade, or of
  grading something else, keeps its shortfalls).

A sentence counts as a deficit or a strength sentence by the balance of its
cues; a sentence that lists at least three (net) weighs as many sentences, up
to ``list_weight``, and in a short domain (``clause_domain_sentences``) a
sentence weighs as many clauses as carry its side. A domain graded Good or Outstanding fires when its deficit
sentences weigh at least ``min_deficits`` and make up at least
``deficit_share`` of the weighed sentences; a domain graded Inadequate fires
when it names no deficit at all. Requires Improvement is never a mismatch.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from pydantic import Field

from ..model import Grade
from ..text import excerpt, in_quotes
from . import register
from .analysis.classifier import SentenceClassifier
from .analysis.cues import Cues, CueSet, doc_lower, merge_cues
from .analysis.syntax import _NEG_DET, _SUBJ, _per_token, doc_text
from .base import AuditContext, Hit, Params, RuleType, section_hit

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

_GRADE_WORDS = {"Good", "Outstanding", "Inadequate", "Requires", "RI"}
_LIST = 3  # cues in one sentence that make it a list
_LABEL_WORDS = 4  # the longest label before a colon ("One small gap:", "Areas for development:")
_RESTRICTING = {"only", "just", "merely"}
_FREQUENCY = {"once", "twice", "thrice"}
_OCCASIONS = {"occasion", "time", "visit", "session", "contact", "meeting"}
_OCCASIONS_OR_NOTES = _OCCASIONS | {"note", "call", "record"}
_CONCESSIVE = {"although", "though", "while", "whilst"}
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}  # (ShortfallFacts.rare: built once, not per token)
_VERDICT_OPENERS = {"overall", "altogether", "all-in-all"}  # "Overall a good assessment."
_CONTRAST_OPENERS = {"however", "but", "yet", "nevertheless", "nonetheless"}  # a sentence that turns from the one before
_CONTAINING = {"include", "contain", "cover", "mention", "feature"}  # "the enquiry did not include a medical"
_HARD = {"difficult", "hard", "impossible", "unclear"}  # "it is difficult to tell ..."
_DEMONSTRATIVES = {"this", "that", "these", "those"}
_BACK_REFERENCES = _DEMONSTRATIVES | {"both", "all"}  # "Both were put right", "these gaps were addressed"
# where a record is kept, and the verbs of writing one: "not on the file", "nothing recorded for May"
_RECORD_PLACES = frozenset({"file", "record", "system", "log", "chronology", "database"})
_RECORDING_VERBS = frozenset({"record", "write", "document", "log", "upload", "enter", "note", "file"})
_FEELING_VERBS = frozenset({"feel", "sit", "seem"})  # the auditor's sense of a case, not a finding about it
_WHOLE_CASE = frozenset({"case", "file", "family"})  # unease "about this case" names no piece of the work
_NEG_WORDS = {"not", "n't", "no", "never", "nothing", "none", "nobody", "without", "lack", "neither", "nor", "cannot"}


_UNIT_WEEKS = {"day": 1 / 7, "week": 1.0, "wk": 1.0, "fortnight": 2.0, "month": 4.3, "mth": 4.3, "year": 52.0, "yr": 52.0}
_RATE_WEEKS = {"weekly": 1.0, "monthly": 4.3}  # "6-weekly", "two-monthly"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "forty-five": 45, "fifty": 50, "sixty": 60,
}
_VAGUE_COUNTS = {"some": 2, "several": 3, "many": 4}  # "some weeks after", "several months late"
_MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")], 1) for m in names}
_LATE_WORDS = {"late", "overdue", "behind", "later"}  # a length of time before these is time lost
_GAP_NOUNS = {"gap", "interval", "delay", "wait", "lapse"}
_SPAN_PREPS = {"in", "over", "across", "during"}
_STANDARD_WORDS = {"standard", "timescale", "target", "expectation", "requirement", "expect", "require"}
_SAMENESS = {"same", "identical", "unchanged", "unaltered", "copy", "verbatim"}
_EARLIER = {"since", "last", "previous", "previously", "earlier", "ago", "before", "prior", "original", "initial", "first",
            "again"}
_WISH_VERBS = {"like", "expect", "want", "wish", "prefer", "benefit", "help", "hope"}
_BETTER_ADJ = {"helpful", "better", "useful", "appropriate", "good", "beneficial"}
_SOLELY = {"only", "solely", "entirely", "exclusively", "wholly", "purely"}
_SECOND_HAND_PREPS = {"through", "via", "from", "by"}
_LOW_RATE_WEEKS = 5.0  # work done less often than about monthly over a stated span
_LONG_GAP_WEEKS = 4.0  # a gap between pieces of work longer than the monthly rhythm
_STALE_WEEKS = 26.0  # a plan or review last done longer ago than this is out of date
_DATE_GAP_WEEKS = 6.0  # visits listed by date further apart than this
_DELAY_WEEKS = 2.5  # time taken after a referral or a request that is a delay, not a response (over ~12 working days)


_AFTER = frozenset({"after"})
_ONLY = frozenset({"only"})
_MOVING = ("move", "slip", "extend", "push", "change", "put")  # a due date that moved

_NO_TIME = {"point", "time", "stage", "occasion", "juncture", "moment"}  # "at no point", "on no occasion"
# the words of a development point (:meth:`GradeEvidence._development_points`)
_WISH_MODALS = {"would", "could", "might"}
_WISH_ADJ = {"good", "helpful", "useful", "beneficial", "better"}
_IMPROVING = {"improvement", "development", "strengthening", "attention", "work", "updating", "progress"}
_ROOM = {"scope", "opportunity", "room"}
_IMPROVING_VERBS = {"improve", "strengthen", "enhance"}  # under "would"/"could": what the work lacks
_MORE_OF = {"further", "more", "additional"}
_POINT_LEMMAS = frozenset({"benefit", "wish", "be", "need", "require", "area", *_ROOM})  # (with a participle: what a point reads)
# the auxiliaries a participle's point needs besides its passive one: "could be improved", "should be rewritten"
_POINT_AUX = frozenset(_WISH_MODALS | {"should", "must", "ought"})
# verbs of putting a shortfall right: "actions that stalled were escalated"
_REMEDYING = {"escalate", "resolve", "address", "rectify", "correct", "remedy", "fix", "chase", "tackle"}
_REMEDY_PHRASAL = {"pick": "up", "put": "right", "sort": "out"}  # "picked up", "put right", "sorted out" (:meth:`GradeEvidence._puts_right`)
# verbs of holding back from a hard question: denied ("doesn't shy away from"), they say it was faced
_SHRINKING = {"shy", "shrink", "flinch", "baulk", "balk"}
# verbs of letting something happen: denied with what is let ("has not been allowed to drift"), a shortfall prevented
_PERMITTING = {"allow", "permit"}


_VERB_NEGATED_KEY = "auditlint.evidence.verb_negated"
_NEG_DET_NOT = frozenset(_NEG_DET | {"not"})
_PERFECT_AUX = frozenset({"have", "'ve"})  # (ShortfallFacts.counterfactual)
_BE = frozenset({"be"})  # (GradeEvidence._absent_from_record)
_NOTHING_NONE = frozenset({"nothing", "none"})


def _verb_negated(v: Token) -> bool:
    """:func:`_find_verb_negated`, worked out once per token (kept in the parse's ``user_data``)."""
    return _per_token(v, _VERB_NEGATED_KEY, _find_verb_negated)


def _find_verb_negated(v: Token) -> bool:
    """A verb negated by its own words (:meth:`SentenceClassifier.negated`), or by a phrase that denies it at
    every time: "has at no point been tested", "at no stage was XXXX seen alone", "on no occasion"."""
    if SentenceClassifier.negated(v):
        return True
    if any(c.dep_ in _SUBJ and any(d.dep_ in ("nummod", "det", "amod", "quantmod") and any(x.dep_ == "neg" for x in d.children)
                                   for d in c.children) for c in v.children):
        return True  # "Not one core group has been missed", "not a single review was late": the subject's count denied
    if "no" not in doc_lower(v.doc).where:
        return False  # most paragraphs have no "no" at all
    return any(
        c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _NO_TIME
            and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
            for g in c.children)
        for c in v.children
    )


def _nor_clause(v: Token) -> bool:
    """A clause coordinated by "nor", which denies it: "the views are not included, nor is there evidence ..."."""
    return v.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < v.i for c in v.head.children)


def _any_lower_between(doc: Doc, words: set[str] | frozenset[str], lo: int, hi: int) -> bool:
    """A token in ``lo``..``hi`` (inclusive) whose lower-case form is one of ``words``."""
    low = doc_lower(doc)
    lower = low.lower
    for w in words:
        at = low.where.get(w)
        if at:
            k = bisect_left(at, lo)
            while k < len(at) and at[k] <= hi:
                if lower[at[k]] == w:
                    return True
                k += 1
    return False


_UNITS_KEY = "auditlint.evidence.units"


def _unit_indices(doc: Doc) -> list[int]:
    """Indices (ascending) of the Doc's words that can be a unit of time or a rate (what
    :meth:`ShortfallFacts.sent_durations` reads), found once per Doc."""
    got = doc.user_data.get(_UNITS_KEY)
    if got is None:
        low = doc_lower(doc)
        got = doc.user_data[_UNITS_KEY] = [
            i for i, (lem, lw) in enumerate(zip(low.lemma, low.lower))
            if lem in _UNIT_WEEKS or lw in _RATE_WEEKS or lw.rstrip("s") in _UNIT_WEEKS]
    return got


def _number(tok: Token) -> float | None:
    if tok.lower_ in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[tok.lower_])
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return None


def _unit_weeks(tok: Token) -> float | None:
    low = tok.lemma_.lower()
    return _UNIT_WEEKS.get(low, _UNIT_WEEKS.get(tok.lower_.rstrip("s")))


class ShortfallFacts:
    """Shortfalls in practice told as facts, without a deficit word: lengths of time lost ("held four months
    after it was due", "visits six weeks apart", "a week behind", "it took eleven weeks"), a length measured
    against a standard ("at 14 weeks against a 10-week standard"), work done rarely over a stated span ("2
    visits in 4 months", "seen on four occasions between March and August"), work the same as before ("the
    plan is the same as last year's"), work that lacks a part ("the plan has no dates", "says nothing about
    Father", "without XXXX having been interviewed"), what should have happened ("should have been held in
    August"), and the child's account taken only through a parent. All read from the parse: numbers, units,
    the words they hang on, and the subject of the work (the family's own lateness is not the practice's)."""

    def __init__(self, rule: GradeEvidence):
        self.rule = rule
        self._durations: tuple[tuple[int, int, int], list[tuple[Token, float]]] | None = None
        self._used: set[int] = set()

    def weigh(self, sent: Span, used: set[int]) -> Iterator[tuple[str, int, int]]:
        """(cue, token index, side) for each fact not already weighed: side -1 a deficit, +1 a strength."""
        seen = set(used)
        self._used = used  # what the cues weighed already, for a finder that reads a negation a cue may hold
        self._durations = None
        for finder in (self.time_lost, self.against_standard, self.rare, self.same_as_before, self.lacking,
                       self.counterfactual, self.second_hand, self.left_open, self.dates_apart, self.few_of,
                       self.deadline_moved, self.only_late, self.left_undone):
            for cue, i, side in finder(sent):
                if i not in seen:
                    seen.add(i)
                    used.add(i)
                    yield cue, i, side

    # -- helpers -------------------------------------------------------------
    @staticmethod
    def weeks(u: Token) -> float | None:
        """The length a time noun with its count gives, in weeks ("four months", "a fortnight", "10-week"),
        or a rate's interval ("6-weekly"); None for anything else."""
        unit = _unit_weeks(u)
        if unit is None and u.lower_ in _RATE_WEEKS:
            unit = _RATE_WEEKS[u.lower_]
            before = u.doc[u.i - 2] if u.i >= 2 and u.doc[u.i - 1].text == "-" else None
            n = _number(before) if before is not None else None
            return n * unit if n else None
        if unit is None:
            return None
        counts = [c for c in u.children if c.dep_ in ("nummod", "det", "quantmod", "amod", "compound")]
        n = next((x for c in counts if (x := _number(c))), None) or next(
            (_VAGUE_COUNTS[c.lower_] for c in counts if c.lower_ in _VAGUE_COUNTS), None)  # "some eleven weeks" is eleven
        return n * unit if n else None

    def durations(self, tokens) -> list[tuple[Token, float]]:
        return [(t, w) for t in tokens if (w := self.weeks(t))]

    def sent_durations(self, sent: Span) -> list[tuple[Token, float]]:
        """:meth:`durations` of a sentence, read once for all the finders that ask. Only the words that can be
        a unit of time or a rate are read (looked up in the parse's forms and lemmas)."""
        doc, key = sent.doc, (sent.start, sent.end)
        # the Doc itself is kept and compared, not its id(): a later Doc may reuse a freed one's id
        if self._durations is None or self._durations[0] is not doc or self._durations[1] != key:
            at = _unit_indices(doc)
            units = [doc[i] for i in at[bisect_left(at, sent.start) : bisect_left(at, sent.end)]]
            self._durations = (doc, key, self.durations(units))
        return self._durations[2]

    @staticmethod
    def verb_of(t: Token) -> Token | None:
        h = t
        for _ in range(8):
            if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("aux", "auxpass"):
                return h
            if h.head == h:
                return None
            h = h.head
        return None

    def theirs(self, t: Token) -> bool:
        """The clause ``t`` is in is done by the family or the child ("Mum arrived a week late")."""
        v = self.verb_of(t)
        return v is not None and self.rule._subject_is_family(v)

    def is_work(self, n: Token) -> bool:
        """A piece of work, or a part of one ("PEP targets", "the plan's outcomes")."""
        r = self.rule
        return r.process_nouns.has(n) or any(
            c.dep_ in ("compound", "poss") and r.process_nouns.has(c) for c in n.children)

    @staticmethod
    def clause(v: Token) -> list[Token]:
        skip = {t.i for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        return [t for t in v.subtree if t.i not in skip]

    # -- the facts -----------------------------------------------------------
    def time_lost(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        for u, w in self.sent_durations(sent):
            h = u.head
            if self.theirs(u) or self.rule.in_question(u) or any(d.lower_ in ("every", "each", "per") for d in u.children):
                continue  # "every four weeks" is a rhythm, not time lost
            late = h if h.lower_ in _LATE_WORDS else next((c for c in u.children if c.lower_ in _LATE_WORDS), None)
            if late is not None:
                # read at the lateness word, so that "overdue" weighed as a cue is not weighed again
                yield f"{u.text} {late.text}", late.i, -1  # "eight months overdue", "a week behind", "a fortnight late"
            elif h.lower_ == "apart" and w > _LONG_GAP_WEEKS:
                yield f"{u.text} apart", u.i, -1  # "visits were six weeks apart"
            elif (h.lemma_.lower() in _GAP_NOUNS and u.dep_ == "compound") or (
                    h.dep_ == "prep" and h.lower_ == "of" and h.head.lemma_.lower() in _GAP_NOUNS):
                if w >= _LONG_GAP_WEEKS:
                    yield f"gap of {u.text}", u.i, -1  # "gaps of five and seven weeks", "a six-week delay"
            elif h.lemma_.lower() == "take" and u.dep_ in ("dobj", "npadvmod", "attr") and w >= _DELAY_WEEKS and not any(
                    c.dep_ == "dobj" and c.lower_ == "place" for c in h.children):  # "took place" is not "took eleven weeks"
                yield f"took {u.text}", u.i, -1  # "it took eleven weeks from the referral"
            elif u.dep_ == "npadvmod" and self._after_due_or_request(u, w):
                yield f"{u.text} after", u.i, -1  # "held four months after it was due"
            elif w >= _STALE_WEEKS and any(x.lower_ == "ago" for x in (h, *u.children)) and any(
                    a.lower_ == "last" for v in (h, h.head) for a in v.children if a.dep_ == "advmod"):
                yield f"last {u.text} ago", u.i, -1  # "last reviewed fourteen months ago"
        for i in doc_lower(sent.doc).with_lower(_AFTER, sent.start, sent.end):
            # after the date that was set: late, however long ("received in June, after the date set in the plan";
            # the parser may read "after the date agreed at the meeting" as a clause)
            a = sent.doc[i]
            scope = list(a.subtree) if a.dep_ == "prep" else list(a.head.subtree) if a.dep_ == "mark" else []
            date = next((t for t in scope if t.lemma_.lower() in ("date", "deadline", "timescale")), None)
            if date is not None and any(x.lower_ in ("set", "agreed", "due", "planned", "expected", "given") for x in scope) \
                    and not self.theirs(a.head if a.dep_ == "prep" else a.head.head):
                yield f"after the {date.text}", date.i, -1

    def _after_due_or_request(self, u: Token, w: float) -> bool:
        """``u`` measures how long after a due date or a piece of work something happened: after "it was
        due" (any length), or after a referral or request (long enough to be a delay)."""
        h = u.head
        afters = [x for x in (h, *u.children, *h.children) if x.lower_ in ("after", "later") and x.i > u.i]
        afters += [m for x in h.children if x.dep_ == "advcl" and x.i > u.i for m in x.children
                   if m.dep_ == "mark" and m.lower_ == "after"]
        for a in afters:
            scope = list(a.head.subtree) if a.dep_ == "mark" else list(a.subtree)
            if any(t.lower_ in ("due", "agreed", "requested", "promised", "recommended") for t in scope):
                return True
            if w >= _DELAY_WEEKS and any(t.dep_ == "pobj" and self.rule.process_nouns.has(t) for t in scope):
                return True
        return False

    def against_standard(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """A length or an interval set against the standard for it: longer is a shortfall ("completed at 14
        weeks against a 10-week standard", "6-weekly (standard: 4-weekly)"), shorter a strength."""
        marks = [sent.doc[i] for i in doc_lower(sent.doc).with_lemma(_STANDARD_WORDS, sent.start, sent.end)]
        if not marks:
            return
        durs = self.sent_durations(sent)
        if len(durs) < 2:
            return
        for m in marks:
            # the standard's own length is in its phrase or just after it ("a 10-week standard", "standard: 4-weekly");
            # the length achieved comes before it
            inside = {t.i for t in m.subtree}
            expected = min((d for d in durs if (d[0].i in inside or d[0].i > m.i) and abs(d[0].i - m.i) <= 4),
                           key=lambda d: abs(d[0].i - m.i), default=None)
            if expected is None:
                continue
            actual = max((d for d in durs if d[0].i < m.i and d[0].i not in inside), key=lambda d: d[0].i, default=None)
            if actual is None or self.theirs(actual[0]):
                continue
            if actual[1] > expected[1] * 1.05:
                yield f"{actual[0].text} against {expected[0].text}", actual[0].i, -1
            elif actual[1] < expected[1]:
                yield f"{actual[0].text} within {expected[0].text}", actual[0].i, 1
            return

    def _span_weeks(self, tokens: list[Token]) -> float | None:
        """The span of time a clause states: "in four months", "over six weeks", "between March and
        August"."""
        for t in tokens:
            if t.dep_ == "pobj" and t.head.lower_ in _SPAN_PREPS and (w := self.weeks(t)):
                return w
            if t.lower_ in ("between", "from") and t.dep_ == "prep":
                first = next((c for c in t.children if c.dep_ == "pobj" and c.lower_ in _MONTHS), None)
                last = None
                if first is not None:
                    last = next((c for c in first.children if c.dep_ == "conj" and c.lower_ in _MONTHS), None)
                    if last is None:
                        to = next((c for c in t.head.children if c.lower_ in ("to", "until") and c.i > t.i), None)
                        last = next((c for c in to.children if c.lower_ in _MONTHS), None) if to is not None else None
                if first is not None and last is not None:
                    months = (_MONTHS[last.lower_] - _MONTHS[first.lower_]) % 12
                    return months * _UNIT_WEEKS["month"] if months else None
        return None

    def rare(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """Work done rarely over the span the sentence states: "2 visits in 4 months", "seen once in
        four months", "on four occasions between March and August" (less often than about monthly)."""
        r = self.rule
        for t in sent:
            n = _TIMES.get(t.lower_)
            if n is None and t.dep_ == "nummod" and not _unit_weeks(t.head) and (
                    t.head.lemma_.lower() in _OCCASIONS_OR_NOTES or r.process_nouns.has(t.head)):
                n = _number(t)
            if not n:
                continue
            v = self.verb_of(t)
            if v is not None and (r._subject_is_family(v) or r.clf.is_(r.negative_process, v)
                                  or _verb_negated(v) or r.in_question(t)):
                continue
            scope = self.clause(v) if v is not None else list(sent)
            span = self._span_weeks(scope)
            if span and span / n > _LOW_RATE_WEEKS:
                yield f"{t.text} in {span:.0f} weeks", t.i, -1

    def same_as_before(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """A piece of work the same as an earlier one: "the plan is the same since last year", "PEP targets
        are the same as last year's", "record identical actions to the last review", "plan = copy of
        last year's". Only with an earlier time in the sentence, and not under negation."""
        if not doc_lower(sent.doc).with_lower(_SAMENESS, sent.start, sent.end) and not doc_lower(sent.doc).with_lemma(_SAMENESS, sent.start, sent.end):
            return  # no word of sameness: nothing below can hold
        if not any(t.lower_ in _EARLIER or (t.lower_ in ("each", "every") and t.dep_ in ("det", "pobj")) for t in sent) \
                and not any(t.ent_type_ == "DATE" for t in sent):
            return  # the same as before, or the same in each review
        for t in sent:
            if t.lemma_.lower() not in _SAMENESS and t.lower_ not in _SAMENESS:
                continue
            if t.dep_ in ("amod", "compound"):
                held = [t.head]
                if t.head.dep_ == "dobj" and (r := self.rule).clf.is_(r.knowing, t.head.head):
                    held.append(t.head.head)  # "I found the same sentence copied in each": what was found is the work
                if t.head.dep_ == "dobj":
                    held += self.rule.clf.subjects(t.head.head)  # "the plan records the same five outcomes"
                if t.head.dep_ in ("nsubj", "nsubjpass") and (r := self.rule).clf.is_(r.clf.c.recording_verbs, t.head.head):
                    held.append(t.head.head)  # "the same concerns are recorded at each review": the recording is the work
            elif t.pos_ in ("VERB", "AUX"):
                held = self.rule.clf.subjects(t)
            else:
                held = self.rule.clf.subjects(t.head) if t.head.pos_ in ("VERB", "AUX") else []
            if any(self.is_work(n) or n.pos_ == "VERB" for n in held) and not self.rule.negated(t):
                yield t.text, t.i, -1

    def lacking(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """A piece of work that lacks a part or is absent: "the plan has no dates", "the assessment says
        nothing about Father", "none is on file", "concluded without XXXX having been interviewed"."""
        r = self.rule
        doc = sent.doc
        low = doc_lower(doc)
        # the words "no" determines ("no dates", "no named lead"), read from where "no" is, not from every word
        with_no = {doc[i].head.i for i in low.where.get("no", ()) if sent.start <= i < sent.end
                   and low.lower[i] == "no" and doc[i].dep_ == "det"}
        for t in sent:
            no = t.i in with_no
            if not no and t.pos_ not in ("VERB", "AUX") and t.lower_ not in ("nothing", "little", "none", "one"):
                continue  # each test below needs one of these
            v = t.head
            if t.dep_ == "dobj" and no and any(
                    self.is_work(s) for s in r.clf.subjects(v)):
                yield f"no {t.text}", t.i, -1  # "the plan has no dates", "actions have no named lead"
            elif t.dep_ == "dobj" and t.lower_ in ("nothing", "little") and r.clf.is_(r.reporting, v) and any(
                    self.is_work(s) for s in r.clf.subjects(v)):
                yield f"{v.text} {t.text}", t.i, -1  # "the assessment says nothing about Father"
            elif t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("none", "nothing") and any(
                    p.dep_ == "prep" and p.lower_ in ("on", "in") and any(r.process_nouns.has(o) for o in p.children)
                    for p in v.children):
                yield f"{t.text} {v.text}", t.i, -1  # "none is on file"
            elif t.dep_ == "pcomp" and v.lower_ == "without" and t.pos_ == "VERB" and r.clf.is_(r.process_verbs, t) \
                    and not r._subject_is_family(t):
                yield f"without {t.text}", t.i, -1  # "without XXXX having been interviewed"
            elif no and self._work_label(t):
                yield f"no {t.text}", t.i, -1  # "Plan: outcomes listed but no dates, no owners"
            elif t.lower_ == "one" and any(d.lower_ == "no" for d in t.children) and t.dep_ in _SUBJ and any(
                    p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ in ("touch", "contact") for o in p.children)
                    for p in v.children):
                yield "no one in touch", t.i, -1  # "no one from the team has been in touch since January"
            elif t.dep_ == "acl" and t.pos_ == "VERB" and v.dep_ == "pobj" and v.head.lower_ == "without" \
                    and r.clf.is_(r.process_verbs, t):
                yield f"without {t.text}", t.i, -1  # "closed without XXXX's views having been sought" (parsed as a noun)
            elif t.dep_ == "pobj" and v.lower_ == "with" and no and not (r.deficit.has(t) or r.clf.is_(r.negative_process, t)) \
                    and (w := self.verb_of(v)) is not None and v.head.i == w.i and self._work_verb(w):
                yield f"with no {t.text}", t.i, -1  # "visits are recorded with no detail" (not "with no delay")
            elif t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _CONTAINING and _verb_negated(t) \
                    and not any(c.i in self._used for c in t.children if c.dep_ in ("neg", "advmod")) \
                    and any(self.is_work(x) for x in r.clf.subjects(t)):
                yield f"not {t.text}", t.i, -1  # "the section 47 enquiry did not include a medical"

    def _work_verb(self, v: Token) -> bool:
        """A verb that does a piece of work, or whose subject is one: "visits are recorded ...", "the plan was
        closed ..."; not what the family did."""
        r = self.rule
        if r._subject_is_family(v):
            return False
        return r.clf.is_(r.process_verbs, v) or r.clf.is_(r.clf.c.recording_verbs, v) or any(
            self.is_work(x) for x in r.clf.subjects(v))

    def dates_apart(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """Visits or sessions listed by date with long gaps between them ("the statutory visits fell on 4
        January, 29 February and 17 May"): a gap of more than ``_DATE_GAP_WEEKS`` between consecutive dates."""
        r = self.rule
        if _MONTHS.keys().isdisjoint(doc_lower(sent.doc).lower[sent.start : sent.end]):
            return  # no month named: no dates to set apart (most sentences)
        if not any(t.tag_ == "NNS" and r.process_nouns.has(t) or t.lemma_.lower() == "visit" for t in sent):
            return
        days = []
        for t in sent:
            if t.lower_ in _MONTHS and t.pos_ == "PROPN":
                # a day of the month, not the year: "November 2024 and April 2025" name no days to set apart
                day = next((n for c in (*t.children, t.doc[t.i - 1] if t.i > 0 else t) if c.like_num
                            and (n := _number(c)) is not None and 1 <= n <= 31), None)
                if day is None and any(x.lemma_.lower() in ("visit", "see") for x in sent) and any(
                        c.like_num and (_number(c) or 0) > 1900 for c in t.children):
                    day = 15  # "visited in March 2024 and not again until June 2024": a month, its day unknown
                if day:
                    days.append((t.i, _MONTHS[t.lower_] * 30.4 + day))
        worst, at = 0.0, None
        for (_, a), (i, b) in zip(days, days[1:]):
            gap = (b - a) % 365 / 7
            if gap > worst:
                worst, at = gap, i
        if at is not None and worst > _DATE_GAP_WEEKS:
            yield f"{worst:.0f} weeks between dates", at, -1

    def few_of(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """Work done on a small share of the occasions: "seen alone: 1 of 4 visits", "on two of the seven
        visits" (less than half; not a count of things missed, nor the family's)."""
        r = self.rule
        if "of" not in doc_lower(sent.doc).lower[sent.start : sent.end]:
            return  # the share needs its "of" (a child of the count, in its sentence)
        for t in sent:
            n = _number(t) if t.like_num or t.lower_ in _NUMBER_WORDS else None
            if n is None:
                continue
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None:
                continue
            whole = next((p for p in of.children if p.dep_ == "pobj"), None)
            m = next((_number(c) for c in whole.children if c.dep_ == "nummod"), None) if whole is not None else None
            if not m or n >= m / 2:
                continue
            v = self.verb_of(t)
            if v is not None and (r._subject_is_family(v) or r.clf.is_(r.negative_process, v) or _verb_negated(v)):
                continue
            yield f"{t.text} of {m:.0f}", t.i, -1

    def left_undone(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """A piece of work said to be in an undone state by an un- participle: "the referral sat unallocated
        for eleven weeks", "the placement plan is unsigned", "the letter remained unanswered" (said of the work,
        after its verb; not a modifier such as "unannounced visits", nor under negation)."""
        r = self.rule
        lower = doc_lower(sent.doc).lower
        for i in range(sent.start, sent.end):
            low = lower[i]
            if not (low.startswith("un") and low.endswith("ed") and len(low) > 6):
                continue  # (read from the word forms: most tokens are not looked at)
            t = sent.doc[i]
            if t.dep_ not in ("acomp", "oprd", "xcomp"):
                continue
            stem = low[2:].lstrip("-")[:-2]  # "unallocated" -> "allocat": the work not done is a process verb
            if not any(r.process_verbs.has_lemma(x) for x in (stem, stem + "e", stem[:-1])):
                continue  # "the visit was unannounced": a manner of the work, not work left undone
            v = t.head
            if v.pos_ not in ("VERB", "AUX") or _verb_negated(v) or r.in_question(t):
                continue
            if any(self.is_work(s) for s in r.clf.subjects(v)):
                # "Not once ... has a visit gone unrecorded": denied from above, the state is a strength
                yield t.text, t.i, (1 if r.negated(t) else -1)

    def only_late(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """Work done, but only at a late time: "the referral was made only in the eighth month", "XXXX was seen
        alone only after six months", "the plan was shared only in March" ("only" restricting a phrase of
        time on a piece of work; not "seen only in school", a place, nor what the family did)."""
        r = self.rule
        for i in doc_lower(sent.doc).with_lower(_ONLY, sent.start, sent.end):
            t = sent.doc[i]
            if t.dep_ != "advmod":
                continue
            prep = t.head if t.head.pos_ == "ADP" else next(
                (c for c in t.head.children if c.dep_ == "prep" and c.i == t.i + 1), None)
            if prep is None or prep.lower_ not in ("in", "after", "at", "during"):
                continue
            when = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if when is None or not (when.ent_type_ == "DATE" or _unit_weeks(when) or when.lower_ in _MONTHS):
                continue
            v = self.verb_of(prep)
            if v is None or not r.clf.is_(r.process_verbs, v) or r._subject_is_family(v) or _verb_negated(v) \
                    or r.in_question(v):
                continue
            yield f"only {prep.text} {when.text}", t.i, -1

    def deadline_moved(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """A due date that has moved ("the date by which the assessment was to be completed has moved from
        March to June", "the timescale was extended twice"): drift told as the deadline going back."""
        r = self.rule
        for i in doc_lower(sent.doc).with_lemma(_MOVING, sent.start, sent.end):
            v = sent.doc[i]
            if v.pos_ == "VERB" and v.lemma_.lower() in _MOVING and any(
                    s.lemma_.lower() in ("date", "deadline", "timescale") for s in r.clf.subjects(v)) and not _verb_negated(v):
                yield f"date {v.text}", v.i, -1

    def left_open(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """The record leaves a question open ("I could not tell from it what the worker thinks will happen",
        "it cannot be established whether Father was seen"), or what was looked for is not there ("I looked
        for a rationale and there isn't one")."""
        r = self.rule
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or not _verb_negated(v):
                continue
            # only when the auditor or the record is the one who cannot tell: "it is not known whether his
            # contact is safe" is an open question about the child, not a judgement of the record
            finder = [x for x in r.clf.subjects(v) if x.lower_ in ("i", "we") or r.process_nouns.has(x)] or [
                o for p in v.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                if o.dep_ == "pobj" and r.process_nouns.has(o)]
            if finder and r.clf.is_(r.knowing, v) and any(
                    c.dep_ in ("ccomp", "xcomp") and any(w.tag_ in ("WDT", "WP", "WRB") or w.lower_ in ("whether", "if")
                                                         for w in c.subtree if w.i < c.i) for c in v.children):
                yield f"not {v.text}", v.i, -1
            elif v.lemma_ == "be" and any(c.dep_ == "expl" for c in v.children) and any(
                    c.dep_ == "attr" and c.lower_ in ("one", "any", "anything") for c in v.children):
                yield f"not {v.text} one", v.i, -1
        # "It is difficult to identify what difference the plan has made", "I found it hard to tell whether ...":
        # the record makes it hard for the reader to know (not "Mum finds it hard to understand the plan")
        for i in doc_lower(sent.doc).with_lower(_HARD, sent.start, sent.end):
            a = sent.doc[i]
            if a.dep_ not in ("acomp", "oprd", "ccomp"):
                continue
            v = a.head
            if v.pos_ not in ("VERB", "AUX") or _verb_negated(v):
                continue
            if not all(s.lower_ in ("it", "i", "we") for s in r.clf.subjects(v)):
                continue
            know = next((x for x in (*a.children, *v.children) if x.dep_ == "xcomp" and r.clf.is_(r.knowing, x)), None)
            if know is not None:
                yield f"{a.text} to {know.text}", a.i, -1

    def _work_label(self, t: Token) -> bool:
        """``t`` is in the value of a "field: value" note whose field names a piece of work ("Plan: ... no
        dates")."""
        colon = next((x for x in reversed(t.doc[t.sent.start : t.i]) if x.text == ":"), None)
        if colon is None or t.i - colon.i > 8 or colon.i == t.sent.start:
            return False
        return self.rule.process_nouns.has(t.doc[colon.i - 1])

    def counterfactual(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """What should have happened, so did not: "the review that should have been held in August",
        "I would have expected a strategy discussion", "XXXX would have benefited from ...". Not in a
        question, and not what the family should have done."""
        if _PERFECT_AUX.isdisjoint(doc_lower(sent.doc).lower[sent.start : sent.end]) or sent.text.rstrip().endswith("?"):
            return  # each needs its "have" (an auxiliary of the verb, in its sentence)
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or v.tag_ != "VBN" or v.dep_ in ("aux", "auxpass"):
                continue
            auxes = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
            if not any(a in ("have", "'ve") for a in auxes):
                continue
            modal = next((c for c in v.children if c.lower_ in ("should", "ought")), None)
            if modal is not None:
                if not self.rule._subject_is_family(v):
                    yield f"should have {v.text}", modal.i, -1  # read at the modal: "should have" may be a cue already
            elif any(a in ("would", "'d", "could") for a in auxes) and (
                    v.lemma_.lower() in _WISH_VERBS or any(c.dep_ == "acomp" and c.lower_ in _BETTER_ADJ for c in v.children)):
                yield f"would have {v.text}", v.i, -1

    def second_hand(self, sent: Span) -> Iterator[tuple[str, int, int]]:
        """The child's account or the record taken only through a parent: "conveyed only through the
        mother", "drawn almost entirely from what Mother chose to say"."""
        r = self.rule
        for i in doc_lower(sent.doc).with_lower(_SOLELY, sent.start, sent.end):
            t = sent.doc[i]
            if t.dep_ != "advmod":
                continue
            prep = t.head if t.head.pos_ == "ADP" else next(
                (c for c in t.head.children if c.dep_ == "prep" and c.i == t.i + 1), None)
            if prep is None or prep.lower_ not in _SECOND_HAND_PREPS:
                continue
            whom = [c for c in prep.children if c.dep_ == "pobj"]
            whom += [s for c in prep.children if c.dep_ == "pcomp" for s in r.clf.subjects(c)]
            if whom and all(r.family.has(w) for w in whom):
                yield f"only {prep.text} {whom[0].text}", t.i, -1


# How each grade opens in running text, capitalised as written ("Good rather than Outstanding", "Requires
# Improvement"): the grade names of auditlint.model.Grade, their first two words at most.
_GRADE_OPENINGS = tuple(tuple(g.value.split()[:2]) for g in Grade)


@dataclass
class Weighed:
    """One sentence's evidence: its deficit and strength cues (as text)."""

    block_id: int
    start: int
    end: int
    text: str
    deficits: list[str]
    strengths: list[str]
    clauses: int = 1  # how many clauses of the sentence weigh on its side
    puts_right: bool = False  # the sentence says the shortfalls just told were put right ("Both were picked up ...")
    grade_talk: bool = False  # the auditor speaks of the grade itself ("Good rather than Outstanding because ...")

    @property
    def polarity(self) -> int:
        d, s = len(self.deficits), len(self.strengths)
        return -1 if d > s else 1 if s > d else 0

    def weight(self, cap: int, by_clause: bool = True) -> int:
        """How much the sentence weighs on its side: one, or for a list of at least ``_LIST`` cues ("the
        assessment is out of date, the plan has no timescales, visits have lapsed ...") its net count, at
        most ``cap``. Two cues are often one shortfall said twice ("One small gap: the genogram is missing")."""
        net = abs(len(self.deficits) - len(self.strengths))
        if net >= _LIST:
            return min(cap, net)
        # two shortfalls in two clauses of one long sentence ("the visits happened on four occasions between
        # March and August, and the record is drawn almost entirely from what Mother chose to say") are two
        if by_clause and net >= 2 and self.clauses >= 2:
            return min(cap, net, self.clauses)
        return min(net, 1)


@register
class GradeEvidence(RuleType):
    """Fires when a domain's evidence points clearly away from its grade:
    Good or Outstanding with mostly deficits, or Inadequate with no deficit
    named. Parameters: ``min_deficits`` and ``deficit_share`` for Good and
    Outstanding; ``cite`` how many conflicting sentences the message quotes;
    extra cue lists in ``cues`` (``deficit_cues``, ``strength_cues``,
    ``negative_process_verbs``: process verbs that are themselves a shortfall,
    such as miss or cancel; ``family_terms``: subjects whose non-attendance is
    not a practice deficit; ``comparing_verbs``: verbs whose negation does not
    deny what they weigh). ``list_weight`` is the most one sentence listing
    several shortfalls or strengths weighs."""

    name = "grade-evidence"

    class Params(Params):
        lexicon: str = Field(default="analysis-cues")
        roles_lexicon: str | None = Field(default="roles")
        cues: dict[str, list[str]] = Field(default_factory=dict, description="Extra cues, by list name.")
        min_deficits: int = Field(default=2, ge=1, description="Fewest deficit sentences for a Good/Outstanding mismatch.")
        deficit_share: float = Field(
            default=0.65, gt=0, le=1, description="Share of the weighed sentences that must be deficits."
        )
        cite: int = Field(default=2, ge=1, le=5, description="How many conflicting sentences the message quotes.")
        list_weight: int = Field(
            default=1, ge=1, le=5,
            description="Most a sentence weighs for Good/Outstanding: its net count of deficits or strengths, "
            "up to this (1: every sentence weighs one).",
        )
        clause_domain_sentences: int = Field(
            default=3, ge=0,
            description="A domain of at most this many sentences weighs a long sentence by its clauses (two shortfalls "
            "in two clauses weigh two); 0 turns this off.",
        )
        not_evidence: list[str] = Field(
            default_factory=list,
            description="Cues of the lexicon not weighed here: words that name the child's risks more often than a "
            "shortfall in practice (\"concerns were raised by school\").",
        )
        excerpt_width: int = Field(default=70, ge=20)

    def setup(self) -> None:
        p = self.params
        data = merge_cues(self.lexicons, p.lexicon, p.cues, p.roles_lexicon, ())
        self.cues = Cues(data)
        c = self.cues
        skip = {str(x).lower() for x in p.not_evidence}
        # drift and delay in the plan ("has stood still", "was put back") are deficits whatever the verb
        self.deficit = CueSet(
            [x for x in list(data.get("deficit_cues", [])) + list(data.get("evaluative_adjectives_negative", []))
             + list(data.get("drift_phrases", [])) if x.lower() not in skip], "deficit"
        )
        self.quality = CueSet(data.get("quality_nouns", []), "quality_nouns")
        self.child_terms = CueSet(data.get("child_terms", []), "child_terms")
        self.strength = CueSet(
            [x for x in list(data.get("strength_cues", [])) + list(data.get("evaluative_adjectives_positive", []))
             if x.lower() not in skip], "strength"
        )
        self.negative_process = CueSet(data.get("negative_process_verbs", []), "negative_process_verbs")
        self.negating = CueSet(data.get("negating_verbs", []), "negating_verbs")
        self.reporting = CueSet(data.get("reporting_verbs", []), "reporting_verbs")
        self.knowing = CueSet(data.get("knowing_verbs", []), "knowing_verbs")
        self.professional = CueSet(data.get("professional_nouns", []), "professional_nouns")
        self.child_voice = CueSet([w for w in data.get("child_voice", []) if " " not in w and w.isalpha()], "child_voice")
        self.comparing = CueSet(data.get("comparing_verbs", []), "comparing_verbs")
        self.agency = CueSet(data.get("agency_nouns", []), "agency_nouns")
        self.excusing = CueSet(data.get("excusing_words", []), "excusing_words")
        self.finding = CueSet(data.get("finding_verbs", []), "finding_verbs")
        self.verdicts = CueSet(data.get("work_verdicts", []), "work_verdicts")
        self.family = CueSet(
            list(data.get("family_terms", [])) + list(data.get("female_nouns", [])) + list(data.get("male_nouns", [])),
            "family",
        )
        self.process_verbs = c.process_verbs
        self.process_nouns = c.process_nouns
        self.clf = SentenceClassifier(c)
        self.facts = ShortfallFacts(self)

    # -- negation ----------------------------------------------------------
    def negated(self, tok: Token) -> bool:
        """Whether ``tok`` is under a negation: its own ("no drift"), its
        clause's ("was not reviewed"), an avoiding verb's ("drift was
        avoided"), a contrast's ("reflection rather than task lists"), or a
        negated frame it is the content of ("there is nothing to suggest that
        it was premature", "the plan does not say how progress will be
        measured"). A relative clause is an assertion of its own."""
        if any(d.dep_ in ("det", "neg", "advmod") and d.lower_ in _NEG_DET_NOT for d in tok.children):
            return True
        doc = tok.doc
        before = [doc[j].lower_ for j in range(max(tok.sent.start, tok.left_edge.i - 2), tok.left_edge.i)]
        if before[-2:] in (["rather", "than"], ["instead", "of"]):
            return True  # "summarised rather than quoted", "reflection rather than task lists"
        h = tok
        prev = tok  # the word the walk came up from
        framed = False  # once inside a reported clause, only an explicit "not" or "nothing" above it counts
        for _ in range(10):
            if h.i != tok.i and h.lower_ in ("none", "nothing", "neither") and h.pos_ in ("NOUN", "PRON"):
                return True  # "none with a measure of progress", "nothing of substance"
            if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("aux", "auxpass"):
                if h.i != tok.i and self.clf.is_(self.comparing, h):
                    return False  # "these do not outweigh the strength of the relationship"
                if h.i != tok.i and self._noticed(prev, h):
                    return False  # "the TM did not pick up the recording delays": the delays were there all the same
                explicit = any(c.dep_ == "neg" or c.lower_ == "never" for c in h.children) or _nor_clause(h)
                # "No concerns about visiting: visits are purposeful", misread as one clause: the "no" of a
                # subject across a colon does not reach the verb
                apart = any(
                    t.text in (":", ";") for c in h.children if c.dep_ in _SUBJ and c.i < h.i for t in doc[c.i + 1 : h.i]
                )
                if explicit or (not framed and not apart and (_verb_negated(h) or (h.i != tok.i and self.clf.is_(self.negating, h)))):
                    return True
                if not framed and any(c.dep_ in _SUBJ and any(d.dep_ == "neg" for d in c.children) for c in h.children):
                    return True  # "Not a single visit was late", "not one review was missed"
                if h.dep_ in ("ccomp", "xcomp", "acl", "pcomp", "relcl") and h.head != h:
                    parent = h.head
                    if self._set_apart(h, parent):
                        return False  # "No concerns about visiting: visits are purposeful" asserts its own clause
                    if parent.lower_ in _NEG_DET or any(d.dep_ == "det" and d.lower_ in _NEG_DET for d in parent.children):
                        return True
                    if h.dep_ == "acl" and parent.dep_ in ("attr", "dobj") and parent.head.pos_ in ("VERB", "AUX") and (
                            any(c.dep_ == "neg" for c in parent.head.children) or _nor_clause(parent.head)):
                        return True  # "nor is there evidence that she was seen alone", "there isn't any sign that ..."
                    # "..., the dental check is overdue and ...": a clause with its own subject after a comma, hung on
                    # a negated verb before it, is the next item of a list, not what that verb denies
                    own_subj = next((c for c in h.children if c.dep_ in _SUBJ), None) if h.dep_ == "ccomp" else None
                    listed = own_subj is not None and parent.i < own_subj.i and any(
                        t.text == "," for t in doc[parent.i + 1 : own_subj.i])
                    if listed:
                        return False
                    # "Not once in six months has a visit gone unrecorded": the inverted perfect read as "has" with
                    # an object the participle describes; the denial on "has" is the participle's
                    if h.dep_ == "acl" and parent.dep_ == "dobj" and parent.head.lemma_ == "have" \
                            and parent.head.i < parent.i and SentenceClassifier.negated(parent.head):
                        return True
                    if self._noticed(h, parent):
                        return False  # "the manager did not pick up that the assessment was out of timescale"
                    if parent.pos_ in ("VERB", "AUX") and h.dep_ in ("ccomp", "xcomp") and any(
                        c.dep_ == "neg" or c.lower_ == "never" for c in parent.children
                    ):
                        return True  # "the plan does not say how progress will be measured"
                    if h.dep_ == "ccomp" and self.clf.is_(self.reporting, parent) and any(
                        c.dep_ in _SUBJ and c.lower_ in _NEG_DET for c in parent.children
                    ):
                        return True  # "nothing in the record suggests the worker lost sight of XXXX"
                    if parent.pos_ in ("VERB", "AUX") and h.dep_ in ("xcomp", "pcomp", "ccomp"):
                        framed = framed or h.dep_ == "ccomp"
                        h = parent
                        continue
                return False
            if h.head == h or h.dep_ in ("relcl", "dep", "npadvmod", "appos", "parataxis", "intj", "meta", "punct"):
                return False
            if h.dep_ == "pobj" and h.head.lower_ == "without" and h.head.dep_ == "prep":
                return True  # "visited the next week without any gap", "completed without delay"
            if h.dep_ in ("pobj", "conj") and h.head.lower_ in ("than", "of") and any(
                d.lower_ in ("rather", "instead") for d in list(h.head.children) + list(h.head.head.children)
            ):
                return True  # "reflection rather than task lists"
            if h.dep_ in _SUBJ + ("dobj",) and self.clf.is_(self.negating, h.head):
                return True  # "drift was avoided", "prevented any delay"
            if h.head.pos_ in ("NOUN", "PROPN") and h.dep_ in ("prep", "pobj", "compound", "amod", "nmod") and any(
                d.dep_ == "det" and d.lower_ in _NEG_DET for d in h.head.children
            ):
                return True  # "no evidence of supervision"
            prev, h = h, h.head
        return False

    _DEFINITE = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "their"})

    def _noticed(self, content: Token, verb: Token) -> bool:
        """``content`` is what a verb of finding (noticing, picking up, identifying) takes as a fact: a that-clause
        ("did not pick up that the PEP was out of date") or a thing named with a definite word ("did not pick up
        the transition gaps", "did not notice the delay"). The verb's negation denies the noticing, not the
        shortfall noticed. Not an existence denied ("I could not identify any gaps", "did not find a single late
        visit")."""
        if not self.finding or verb.pos_ != "VERB" or not self.clf.is_(self.finding, verb):
            return False
        if content.dep_ == "ccomp" and content.head.i == verb.i:
            return True
        return content.dep_ == "dobj" and content.head.i == verb.i and any(
            d.dep_ in ("det", "poss") and d.lower_ in self._DEFINITE for d in content.children)

    @staticmethod
    def _set_apart(clause: Token, parent: Token) -> bool:
        """A clause the parser hung on an earlier word across a colon, semicolon or dash: a new assertion,
        not the content of that word (and so not under its negation)."""
        lo, hi = sorted((parent.i, clause.left_edge.i))
        if any(t.text in (":", ";", "–", "—") for t in clause.doc[lo + 1 : hi]):
            return True
        # a semicolon between the word and the clause's own verb ends the first assertion ("I could see no sign
        # that ...; and the assessment is eight months overdue"), even when the parse hangs one on the other
        lo, hi = sorted((parent.i, clause.i))
        return any(t.text == ";" for t in clause.doc[lo + 1 : hi])

    def _about_family(self, words: Span, child_ref: str = "xxxx") -> bool:
        """The shortfall is the family's or the child's, not the practice's: "Mum's engagement remains
        poor", "XXXX's behaviour at school has deteriorated", "Father's drinking is heavy". The clause's
        subject is a family member or the child, or something of theirs that is not a piece of work
        ("XXXX's plan has not been reviewed" is still a practice deficit)."""
        h = words.root
        for _ in range(6):
            if h.dep_ in ("aux", "auxpass") and h.head != h:
                h = h.head  # "Mother should have attended": the cue is on the auxiliaries
                continue
            if h.pos_ in ("VERB", "AUX") or h.head == h:
                break
            h = h.head
        if h.pos_ not in ("VERB", "AUX") or SentenceClassifier.is_passive(h):
            return False
        if self._caused_by_family(h, child_ref):
            return True  # "family time is inconsistent because she often cancels"
        subs = self.clf.subjects(h)
        if not subs:
            return False

        def theirs(s: Token) -> bool:
            if self.child_voice.has(s) and s.pos_ == "NOUN":
                return False  # "XXXX's wishes appear nowhere in the plan": recording them is the practice's work
            if self.family.has(s) or self.child_terms.has(s) or s.lower_ == child_ref or self._family_pronoun(s, child_ref):
                return True
            owner = next((c for c in s.children if c.dep_ in ("poss", "compound")), None)  # "Mum's drinking", "home conditions"
            if owner is None or not (self.family.has(owner) or self.child_terms.has(owner) or owner.lower_ == child_ref):
                return False
            return not (self.process_nouns.has(s) or self.quality.has(s) or self.clf.c.evaluative_nouns.has(s))

        return all(theirs(s) for s in subs)

    def _not_evidence(self, words: Span) -> bool:
        """Cues that are not evidence about the practice here: a grade named
        in the text ("graded Good rather than Outstanding"), or a one-word
        adjective describing something other than the work ("late October",
        "late bedtimes")."""
        if len(words) == 1:
            t = words[0]
            if t.text in _GRADE_WORDS and (t.i > words.sent.start or any(x.lemma_.lower() == "grade" for x in words.sent)
                                           or all(x.i == t.i or x.is_punct for x in words.sent)):  # "Good." is the grade
                return True
            if t.text.capitalize() in _GRADE_WORDS and any(x.lemma_.lower() == "grade" and x.i < t.i for x in words.sent):
                return True  # "Graded good.", "I have graded this good": the grade named in any case
            # "Overall a good assessment.", "Overall the outcomes are good.": the auditor's verdict in the grade's own
            # word restates the grade; it is not evidence for it
            if t.lower_ in ("good", "outstanding", "inadequate") and words.sent[0].lower_ in _VERDICT_OPENERS:
                return True
            if t.pos_ == "VERB" and any(c.text in _GRADE_WORDS for c in t.children):
                return True  # "the domain is considered Outstanding": the auditor's grading, not evidence
            # "late bedtimes", "missing episodes" (a participle read as a verb); "a settled home" is still evidence
            if t.lower_ in _RATE_WEEKS and t.i >= 2 and t.doc[t.i - 1].text == "-" and _number(t.doc[t.i - 2]) not in (None, 1.0):
                return True  # "6-weekly" is not "weekly": the interval is weighed against its standard
            # "it was a good one": "one" stands for the piece of work named before it
            proform = t.head.lower_ == "one" and any(d.lower_ == "a" for d in t.head.children)
            if t.dep_ == "amod" and (t.pos_ == "ADJ" or t.tag_ == "VBG") and not (
                self.process_nouns.has(t.head) or self.clf.c.evaluative_nouns.has(t.head) or proform
                or self._of_the_work(t.head)
            ):
                return True
        return False

    def _of_the_work(self, n: Token) -> bool:
        """A noun that measures out a piece of the work: "a strong piece of analysis", "a careful piece of work",
        "a good example of direct work", or names what a partner agency gave to it: "good attendance from the
        school", "poor input from health" (the adjective before it judges the work)."""
        for c in n.children:
            if c.dep_ != "prep" or c.lower_ not in ("of", "from"):
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                if c.lower_ == "of" and (self.process_nouns.has(g) or self.clf.c.evaluative_nouns.has(g)):
                    return True
                if c.lower_ == "from" and (self.agency.has(g) or self.professional.has(g)):
                    return True
        return False

    def _subject_is_family(self, v: Token, child_ref: str = "xxxx") -> bool:
        """The family or the child did (or did not do) it: "Father has not
        attended contact", "XXXX did not attend school". Not when they are
        what the work was done to: "Father not spoken to" is a deficit."""
        if SentenceClassifier.is_passive(v) or self.telegraphic_passive(v):
            return False
        subs = self.clf.subjects(v)
        return bool(subs) and all(
            self.family.has(s) or self.child_terms.has(s) or s.lower_ == child_ref or self._family_pronoun(s, child_ref)
            for s in subs
        )

    def _family_pronoun(self, s: Token, child_ref: str = "xxxx") -> bool:
        """A personal pronoun whose nearest noun before it in the sentence is a family member or the child
        ("family time with mum is inconsistent because she often cancels")."""
        if s.lower_ not in ("she", "he", "they"):
            return False
        for t in reversed(list(s.doc[s.sent.start : s.i])):
            if t.pos_ in ("NOUN", "PROPN"):
                return self.family.has(t) or self.child_terms.has(t) or t.lower_ == child_ref
        return False

    def _caused_by_family(self, h: Token, child_ref: str = "xxxx") -> bool:
        """Is the shortfall put down to the family in a reason clause ("because Mum often cancels")?"""
        for c in h.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("because", "as") for m in c.children) \
                    and c.pos_ in ("VERB", "AUX") and self._subject_is_family(c, child_ref):
                return True
        return False

    _SPEECH = {"tell", "say", "assure", "report", "insist", "feel", "believe", "describe", "explain", "state"}

    def _hearsay(self, tok: Token) -> bool:
        """A strength the practitioner claims for their own work, or that the auditor was told without
        saying by whom ("I was told by the worker that XXXX is thriving", "the worker says the plan is
        working"): not evidence from the record (the guide warns of grades after concerns are talked away)."""
        h = tok
        for _ in range(8):
            if h.head == h:
                return False
            h = h.head
            if h.pos_ != "VERB" or h.lemma_.lower() not in self._SPEECH:
                continue
            if SentenceClassifier.is_passive(h):
                agents = [p for a in h.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                return not agents or all(self.professional.has(a) for a in agents)
            return any(self.professional.has(x) for x in self.clf.subjects(h))
        return False

    def _not_practice_strength(self, tok: Token) -> bool:
        """A strength word that is not about the practice: a manner the family or child did something in
        ("he set them out clearly to his teacher", "Mum engaged positively"), or the auditor's own belief
        ("I trust that the work is happening")."""
        if tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.head.pos_ == "VERB" and self._subject_is_family(tok.head):
            return True
        return tok.pos_ == "VERB" and any(s.lower_ in ("i", "we") for s in self.clf.subjects(tok))

    def _verdict_off_the_work(self, tok: Token) -> bool:
        """A verdict word (``work_verdicts``: "acceptable") that does not judge the work: said of something not
        the work ("XXXX's behaviour at school has not been acceptable" judges the child), or a bare pass ("only
        just acceptable", "barely acceptable"), which praises nothing. Said of the work or of what the sentence
        points back to ("this is not acceptable for a baby on a plan", "the plan is acceptable") it is weighed."""
        if not self.verdicts or not self.verdicts.has(tok):
            return False
        if any(c.dep_ == "advmod" and c.lower_ in ("just", "barely", "scarcely", "hardly") for c in tok.children):
            return True
        h = tok.head if tok.dep_ in ("acomp", "attr", "oprd") else tok
        subs = self.clf.subjects(h) if h.pos_ in ("VERB", "AUX") else []
        return bool(subs) and not any(
            x.pos_ == "PRON" or self.process_nouns.has(x) or self.clf.c.evaluative_nouns.has(x) for x in subs)

    def _family_members_state(self, tok: Token) -> bool:
        """A strength word said of something of a parent's or carer's own, not of the work nor of the child
        ("Mum's mental health is stable at present"): the family's circumstances, not evidence for the grade."""
        h = tok
        for _ in range(3):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        if h.pos_ not in ("VERB", "AUX") or SentenceClassifier.is_passive(h):
            return False
        subs = self.clf.subjects(h)
        if not subs:
            return False

        def family_owned(x: Token) -> bool:
            owner = next((c for c in x.children if c.dep_ == "poss"), None)
            if owner is None or not self.family.has(owner) or self.child_terms.has(owner):
                return False
            return not (self.process_nouns.has(x) or self.quality.has(x) or self.clf.c.evaluative_nouns.has(x))

        return all(family_owned(x) for x in subs)

    @staticmethod
    def _risk_the_work_names(tok: Token) -> bool:
        """A shortfall that is the content of a risk named for the child ("the assessment explains what this
        means for XXXX: she is at risk of her needs being missed in the gaps between visits"): the harm that
        may come, which the work has seen, not a deficit in the work."""
        h = tok
        for _ in range(8):
            if h.head.i == h.i:
                return False
            h = h.head
            if h.lemma_.lower() == "risk" and h.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
                return True
        return False

    @staticmethod
    def _open_condition(tok: Token) -> bool:
        """A shortfall put as an open condition ("if the step-down is not carefully managed, ..."): what
        might happen, not what the work did. A past counterfactual ("if the plan had been reviewed") still
        tells of a shortfall."""
        h = tok
        for _ in range(6):
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in h.children):
                return not any(c.lower_ in ("had", "were", "'d") for c in h.children if c.dep_ in ("aux", "auxpass"))
            if h.head.i == h.i or h.dep_ in ("ccomp", "relcl"):
                return False
            h = h.head
        return False

    def _shortfall_state(self, t: Token) -> bool:
        """A word saying a piece of work is in a state of shortfall: "undone", "unanswered", "missed",
        "late" (a deficit cue or a participle of a negative process, or an un- participle)."""
        if self.deficit.has(t) or self.clf.is_(self.negative_process, t):
            return True
        return t.lower_.startswith("un") and t.tag_ in ("VBN", "JJ") and len(t) > 5

    def _denied_shortfall(self, v: Token) -> str | None:
        """A negated verb that denies a shortfall rather than a piece of work: a finding verb whose object
        is a shortfall ("I did not find a single missed visit", "I could not see any late reviews"), or any
        verb whose object is a concern ("Nothing in the file gave me cause for concern")."""
        objects = [c for c in v.children if c.dep_ in ("dobj", "attr")]
        for o in objects:
            if any(x.lemma_.lower() in ("concern", "worry", "doubt") for x in o.subtree):
                return "concern"
            if self.clf.is_(self.knowing, v) and any(
                    a.dep_ in ("amod", "compound") and self._shortfall_state(a) for a in o.children):
                return f"{o.text} {next(a.text for a in o.children if a.dep_ in ('amod', 'compound') and self._shortfall_state(a))}"
        return None

    def _development_points(self, sent: Span) -> Iterator[tuple[str, int, set[int]]]:
        """Shortfalls worded as development points, read from the parse: (cue, token, tokens it covers).
        A modal wish ("would benefit from", "may wish to", "it would be helpful if / good to see"), a need of
        improvement or of the work being done ("improvement is needed", "requires significant improvement",
        "further work is required", "needs bringing up to date"), room for it ("there is scope / an opportunity
        to", "an area for development"), or a passive under "should" / "must" ("should be rewritten",
        "consideration should be given to"). Not when negated ("no further work is needed")."""
        doc, lemmas = sent.doc, doc_lower(sent.doc).lemma
        for i in range(sent.start, sent.end):
            lemma = lemmas[i]
            if lemma not in _POINT_LEMMAS and doc[i].tag_ != "VBN":
                continue  # every test below needs a participle or one of these lemmas
            t = doc[i]
            kids = list(t.children)
            if lemma not in _POINT_LEMMAS and not (any(c.dep_ == "auxpass" for c in kids) and any(
                    c.dep_ == "aux" and c.lower_ in _POINT_AUX for c in kids)):
                continue  # a participle: only the last two tests can hold, and both need these (its negation is not read)
            modals = [c for c in kids if c.dep_ == "aux" and c.lower_ in _WISH_MODALS]
            if t.pos_ in ("VERB", "AUX") and _verb_negated(t):
                continue
            if t.pos_ == "VERB" and lemma == "benefit" and modals:
                # what it would benefit from is wished for, not found: "from being brought up to date"
                yield f"{modals[0].text} benefit", t.i, {t.i, *(x.i for c in kids if c.dep_ == "prep" for x in c.subtree)}
            elif t.pos_ == "VERB" and lemma == "wish" and any(c.lower_ in ("may", "might") for c in kids):
                yield f"may wish to", t.i, {t.i}
            elif t.pos_ == "AUX" and lemma == "be" and any(c.lower_ in ("would", "could") for c in kids) and any(
                    c.dep_ == "nsubj" and c.lower_ == "it" for c in kids):
                adj = next((c for c in kids if c.dep_ == "acomp" and c.lemma_.lower() in _WISH_ADJ), None)
                if adj is not None and any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in list(kids) + list(adj.children)):
                    yield f"it would be {adj.text}", t.i, {t.i, adj.i}
            elif t.pos_ == "VERB" and lemma in ("need", "require"):
                nouns = [c for c in kids if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in _IMPROVING]
                doing = [c for c in kids if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"
                         or (c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in c.children))]
                subj = [c for c in kids if c.dep_ in _SUBJ]
                if self._subject_is_family(t):
                    continue  # "XXXX needs ...": the child's or family's needs, not the work's
                # "further analysis is needed of ...", "more direct work is required": more of the work is wanted
                nouns = nouns or [c for c in kids if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and any(
                    a.dep_ == "amod" and a.lower_ in _MORE_OF for a in c.children)]
                if nouns:
                    pair = sorted((nouns[0], t), key=lambda x: x.i)
                    yield f"{pair[0].text} {pair[1].text}", t.i, {t.i, *(x.i for n in nouns for x in n.subtree)}
                elif doing and subj and subj[0].pos_ in ("NOUN", "PROPN") and subj[0].ent_type_ != "PERSON":
                    yield f"{t.text} {doing[0].text}", t.i, {t.i, *(x.i for x in doing[0].subtree)}
            elif t.pos_ == "NOUN" and lemma in _ROOM and t.dep_ in ("attr", "dobj", "nsubj") and not any(
                    c.dep_ == "det" and c.lower_ in _NEG_DET for c in kids):
                # "scope to strengthen", "room for", or the infinitive hung from "there is" ("There is scope to ...")
                infinitive = [c for c in kids if c.dep_ in ("acl", "relcl")] + (
                    [c for c in t.head.children if c.dep_ in ("advcl", "xcomp") and c.i > t.i] if t.dep_ == "attr" else [])
                if any(any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in infinitive) or any(
                        c.dep_ == "prep" and c.lower_ == "for" for c in kids):
                    yield f"{t.text} to", t.i, {t.i}
            elif t.pos_ == "NOUN" and lemma == "area" and any(
                    c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in _IMPROVING for g in c.children) for c in kids):
                yield "area for development", t.i, {t.i, *(x.i for x in t.subtree)}
            elif t.tag_ == "VBN" and lemma in _IMPROVING_VERBS and any(c.dep_ == "auxpass" for c in kids) and modals \
                    and not self._subject_is_family(t):
                # "the assessment would be improved by including dad's views", "could be strengthened by ..."
                yield f"{modals[0].text} be {t.text}", t.i, {t.i, *(x.i for c in kids if c.dep_ in ("agent", "prep") for x in c.subtree)}
            elif t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) and any(
                    c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in kids) \
                    and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids) \
                    and not self._subject_is_family(t):  # "should have been held" is weighed as what should have happened
                yield f"should be {t.text}", t.i, {t.i}

    def _bare_negated_aux(self, words) -> bool:
        """A cue that is only a negation and auxiliaries ("not been") over a verb whose own sense decides the
        polarity: a negative process ("have not been missed", "has not been allowed to drift") or a verb of
        permitting ("has not been allowed to stand still"): the denial of a shortfall, not a piece of work
        left undone. Nor is a denied copula ("him not being comfortable", "has not been strong"), whose
        complement is weighed under the denial."""
        if not all(t.lower_ in _NEG_WORDS or t.dep_ in ("aux", "auxpass", "neg") or t.lemma_.lower() == "be" for t in words):
            return False
        # a copula denied ("him not being comfortable", "has not been strong", "there has not been one missed
        # visit"): what it links decides, weighed with the denial on its own
        cop = next((t for t in words if t.lemma_.lower() == "be" and t.dep_ not in ("aux", "auxpass")), None)
        if cop is not None:
            if any(c.dep_ == "expl" for c in cop.children):
                # "there has not been a core group since June" denies the work itself (a shortfall); only what is
                # itself a shortfall, denied, is not one ("there has not been one missed visit", "a late review")
                return any(c.dep_ == "attr" and any(
                    a.dep_ in ("amod", "compound")
                    and (a.tag_ == "VBN" or self.deficit.has(a) or self.clf.is_(self.negative_process, a))
                    for a in c.children) for c in cop.children)
            return any(c.dep_ in ("acomp", "attr") for c in cop.children)
        verb = next((t.head for t in words if t.dep_ in ("aux", "auxpass")), None)
        if verb is None or verb.pos_ != "VERB":
            return False
        if self.clf.is_(self.negative_process, verb):
            return True
        return verb.lemma_.lower() in _PERMITTING and any(c.dep_ == "xcomp" for c in verb.children)

    @staticmethod
    def telegraphic_passive(v: Token) -> bool:
        """A note-style passive with its auxiliary dropped: "Dad not contacted", "School not invited to the
        meeting". An active past tense takes "did" before "not", so a bare participle under "not" is done
        to its subject, not by it."""
        return v.tag_ in ("VBD", "VBN") and any(c.dep_ == "neg" for c in v.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in v.children)

    @staticmethod
    def _minimised(v: Token) -> bool:
        """A piece of work done, but only once or twice: "seen only twice in five months", "contacted just
        once", "obtained on a single occasion only". A restricting word ("only", "just", "merely") in the
        clause and a count of times or occasions."""
        if not _any_lower_between(v.doc, _RESTRICTING, v.left_edge.i, v.right_edge.i):
            return False  # no restricting word anywhere in the verb's subtree (most verbs)
        skip = {t.i for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        clause = [t for t in v.subtree if t.i not in skip]
        if not any(t.dep_ == "advmod" and t.lower_ in _RESTRICTING for t in clause):
            return False
        return any(
            t.lower_ in _FREQUENCY
            or (t.dep_ in ("nummod", "amod") and (t.like_num or t.lower_ == "single") and t.head.lemma_.lower() in _OCCASIONS)
            for t in clause
        )

    @staticmethod
    def in_question(tok: Token) -> bool:
        """``tok`` is inside an open question the text asks or reports ("asks
        what would need to change", "it is not known whether his contact is
        safe"): not an assertion about the practice."""
        h = tok
        for _ in range(8):
            # the question word is a child of the clause's verb or a grandchild ("what would need to change")
            if h.pos_ in ("VERB", "AUX") and h.dep_ in ("ccomp", "pcomp", "csubj", "dobj", "xcomp") and any(
                c.i < h.i and (c.tag_ in ("WDT", "WP", "WRB") or c.lower_ in ("whether", "if")) and c.lower_ not in ("when", "that")
                for k in h.children for c in (k, *k.children)
                if c.i <= tok.i
            ):
                return True
            if h.head == h:
                return False
            h = h.head
        return False

    # -- weighing ----------------------------------------------------------
    def weigh(self, sent: Span, block_id: int, offset: int = 0) -> Weighed:
        doc = sent.doc
        text = doc_text(doc)
        used: set[int] = set()
        deficits: list[str] = []
        strengths: list[str] = []
        where: dict[str, list[int]] = {"deficit": [], "strength": []}  # the token each cue was read at

        def deficit(cue: str, i: int) -> None:
            deficits.append(cue)
            where["deficit"].append(i)

        def strength(cue: str, i: int) -> None:
            strengths.append(cue)
            where["strength"].append(i)

        def spans(cues: CueSet) -> list[tuple[int, int]]:
            found = cues.find(sent)
            return sorted(found, key=lambda se: (-(se[1] - se[0]), se[0]))

        def take(s: int, e: int) -> bool:
            if any(i in used for i in range(s, e)) or in_quotes(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])):
                return False
            used.update(range(s, e))
            return True

        # a shortfall put as a point for development ("would benefit from", "improvement is needed", "there is scope
        # to", "should be rewritten"): what the auditor asks for is what the work lacks
        words_at = doc_lower(doc).with_lower  # (the tokens of a few words, from the word index: not a walk of the sentence)
        conceded = {x.i for t in (doc[i] for i in words_at(_CONCESSIVE, sent.start, sent.end))
                    if t.dep_ == "mark" for x in t.head.subtree}
        for cue, i, frame in self._development_points(sent):
            # "Although the chronology needs updating, the work ... has been consistently thoughtful": a caveat
            # conceded before the finding is not the finding
            if i not in conceded and not in_quotes(text, doc[i].idx, doc[i].idx + len(doc[i])):
                deficit(cue, i)
                used.update(frame)
        # two negations that cancel: "was not made without a clear written rationale" says there was one
        # and the same said of a span or of a count denied: "hasn't gone a month without being seen", "not once
        # signed off without adding a comment", "no action has been carried over without a reason", "not a single
        # month without a recorded supervision", "at no point left without an allocated worker"
        for w in (doc[i] for i in words_at(("without",), sent.start, sent.end)):
            if w.dep_ != "prep" or w.i in used:
                continue
            v = w.head
            obj = next((c for c in w.children if c.dep_ in ("pobj", "pcomp")), None)
            denier = self._without_denied(v)
            if obj is None or denier is None or v.i in used or in_quotes(text, v.idx, v.idx + len(v)):
                continue
            strength(f"not {v.text} without {obj.text}", v.i)
            used.update({v.i, *(t.i for t in w.subtree), *(t.i for t in denier)})
        # "Two weaknesses: ...", "One small gap: ...": a label that names what the rest of the sentence lists
        colon = next((t.i for t in sent[:_LABEL_WORDS + 1] if t.text in (":", "–", "—") and t.i + 1 < sent.end), None)
        label: list[str] = []
        for s, e in spans(self.deficit):
            words = doc[s:e]
            if self._not_evidence(words) or self.in_question(words.root) or self._about_family(words) \
                    or self._own_unease(words.root) or self._put_right(words.root) or not take(s, e):
                continue
            if self._risk_the_work_names(words.root) or self._open_condition(words.root):
                continue  # "the assessment explains ...: she is at risk of being missed"; "if it is not managed"
            if colon is not None and e <= colon:
                label.append(words.text)
                continue
            inner_neg = any(t.lower_ in _NEG_WORDS or t.lemma_.lower() in _NEG_WORDS for t in words)
            if inner_neg and self._bare_negated_aux(words):
                used.difference_update(range(s, e))
                continue  # "have not been missed": the verb the "not" denies is weighed below, with its own polarity
            if not inner_neg and self.negated(words.root):
                strength(f"not {words.text}", words.root.i)
            else:
                deficit(words.text, words.root.i)
        label_strengths: list[tuple[str, int]] = []
        for s, e in spans(self.strength):
            words = doc[s:e]
            if self._not_evidence(words) or self.in_question(words.root) or self._hearsay(words.root) \
                    or self._not_practice_strength(words.root) or self._own_unease(words.root) \
                    or self._family_members_state(words.root) or self._open_condition(words.root) \
                    or self._verdict_off_the_work(words.root) or not take(s, e):
                continue
            if colon is not None and e <= colon:
                label_strengths.append((words.text, words.root.i))  # "Seen alone: 1 of 4 visits" names a field
                continue
            if words.root.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in _DEMONSTRATIVES for d in words.root.children):
                continue  # "However, that clarity serves to reveal ...": a strength named before, taken up again
            inner_neg = any(t.lower_ in _NEG_WORDS or t.lemma_.lower() in _NEG_WORDS for t in words)
            root = words.root
            scant = root.pos_ == "NOUN" and any(d.dep_ == "amod" and d.lower_ in ("little", "few") and not any(
                x.lower_ == "a" for x in d.children) and not any(x.lower_ == "a" and x.i == d.i - 1 for x in doc[d.i - 1 : d.i])
                for d in root.children)  # "little progress", "few strengths" (not "a little progress")
            if not inner_neg and root.pos_ == "VERB" and self._minimised(root):
                deficit(f"only {words.text}", root.i)  # "seen alone only once in six months": the strength, rationed
            elif not inner_neg and (scant or self.negated(root) or (root.pos_ == "ADJ" and any(d.dep_ == "neg" for d in root.head.children))):
                deficit(f"not {words.text}", words.root.i)
            else:
                strength(words.text, words.root.i)
        for v in sent:
            if v.pos_ != "VERB" or v.dep_ in ("amod", "compound") or v.i in used or in_quotes(text, v.idx, v.idx + len(v)):
                continue
            if any(c.i in used for c in v.children if c.dep_ == "neg"):
                continue  # "not always recorded", "has not yet spoken": the "not" was weighed with its cue
            # the subjects are read only for a negated reporting verb (most verbs are neither)
            if self.clf.is_(self.reporting, v) and _verb_negated(v) and (subjects := self.clf.subjects(v)) and any(
                self.process_nouns.has(x) for x in subjects
            ) and not any(x.lower_ in _NEG_DET for x in subjects):
                deficit(f"not {v.text}", v.i)  # "the plan does not say how progress will be measured"
                used.update(t.i for t in v.subtree)
                continue
            is_process = self.clf.is_(self.process_verbs, v)
            is_negative = self.clf.is_(self.negative_process, v)
            if not (is_process or is_negative) or self._subject_is_family(v) or self.in_question(v):
                continue
            # "did not increase visits or seek legal advice": the second verb shares the first one's "not"
            # but not across "but", which asserts what it joins: "did not accommodate him but arranged for him to stay"
            neg = _verb_negated(v) or (
                v.dep_ == "conj" and v.head.pos_ == "VERB" and not any(c.dep_ in _SUBJ for c in v.children)
                and _verb_negated(v.head)
                and not any(c.dep_ == "cc" and c.lower_ == "but" and v.head.i < c.i < v.i for c in v.head.children)
            )
            if neg and not any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children) and any(
                c.i in used for c in v.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
            ):
                continue  # "I could find no gaps in visiting": the "no" belongs to a cue weighed above
            if is_negative and not neg and self._put_right(v):
                used.add(v.i)  # "actions that stalled were escalated": a shortfall since put right
            elif is_negative:
                (strength if neg else deficit)(("not " if neg else "") + v.text, v.i)
                used.add(v.i)
            elif neg and (denied := self._denied_shortfall(v)):
                strength(f"no {denied}", v.i)  # "I did not find a single missed visit", "nothing gave me cause for concern"
                used.update(t.i for t in v.subtree)
            elif neg:
                deficit(f"not {v.text}", v.i)
                used.add(v.i)
            elif self._minimised(v):
                deficit(f"only {v.text}", v.i)  # "XXXX was seen only twice in five months"
                used.add(v.i)
        for v in (doc[i] for i in doc_lower(doc).with_lemma(_SHRINKING, sent.start, sent.end)):
            # "the analysis doesn't shy away from the tension": holding back, denied, is facing the hard question
            if v.pos_ == "VERB" and v.lemma_.lower() in _SHRINKING and v.i not in used and _verb_negated(v) \
                    and not self._subject_is_family(v) and not in_quotes(text, v.idx, v.idx + len(v)):
                strength(f"not {v.text}", v.i)
                used.update({v.i, *(c.i for c in v.children if c.dep_ in _SUBJ or c.dep_ == "neg")})
        for t in sent:
            # a quality the work lacks: "not backed by any analysis", "without a rationale"
            if t.i in used or t.pos_ != "NOUN" or not self.quality.has(t) or in_quotes(text, t.idx, t.idx + len(t)):
                continue
            without = t.dep_ == "pobj" and t.head.lower_ == "without"  # "reduced without any rationale"
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "within", "across", "throughout") \
                    and t.head.head.lower_ in ("nothing", "none") and t.head.head.dep_ in _SUBJ:
                continue  # "Nothing in the oversight suggests drift": where nothing was found, not what is lacking
            if (without or self.negated(t)) and not self.in_question(t):
                deficit(f"{'without' if without else 'no'} {t.text}", t.i)
                used.add(t.i)
        for t in sent:
            # a piece of work that is absent: "no contingency plan", "No strategy discussion followed"
            if t.i in used or t.pos_ != "NOUN" or not self.process_nouns.has(t):
                continue
            if t.dep_ == "pobj" and t.head.lower_ == "without" and not self.in_question(t):
                deficit(f"without {t.text}", t.i)  # "made without a multi-agency discussion"
                used.add(t.i)
                continue
            if any(d.dep_ == "det" and d.lower_ in ("no",) for d in t.children):
                missed = next((d for d in t.children if d.dep_ in ("amod", "compound") and self.clf.is_(self.negative_process, d)), None)
                if missed is not None:
                    strength(f"no {missed.text} {t.text}", t.i)  # "no missed visits", "no cancelled reviews"
                    used.add(t.i)
                    continue
                verb = t.head
                if verb.pos_ == "VERB" and self.clf.is_(self.negative_process, verb):
                    continue  # "no visit was missed": counted as a strength above
                state = next((x for x in verb.children if x.dep_ in ("oprd", "acomp", "xcomp") and self._shortfall_state(x)), None)
                if t.dep_ in _SUBJ and state is not None:
                    strength(f"no {t.text} {state.text}", t.i)  # "no action from the review was left undone"
                    used.update((t.i, state.i))
                    continue
                if t.dep_ in _SUBJ and any(x.i in used for x in verb.children if x.dep_ in ("acomp", "attr", "oprd")):
                    continue  # "no review was late": the shortfall word, negated, was weighed above
                deficit(f"no {t.text}", t.i)
                used.add(t.i)
        for i in words_at(("none",), sent.start, sent.end):
            # "Last supervision on file 11/6/25, and none since", "Plan review: none since January", "core group held
            # in May and none since": a piece of work not done since a time (not "six restraints in April and none
            # since": what is counted is not the work; nor "two missed visits in May and none since": what is
            # counted is itself a shortfall, and none since is a strength if anything)
            t = doc[i]
            if i not in used and t.dep_ in ("conj", "appos") and any(c.lower_ == "since" for c in t.children) \
                    and (self.facts.is_work(t.head) or (t.head.pos_ == "VERB" and self.facts._work_verb(t.head))) \
                    and not any(c.dep_ in ("amod", "compound")
                                and (self.deficit.has(c) or self.clf.is_(self.negative_process, c))
                                for c in t.head.children) \
                    and not in_quotes(text, t.idx, t.idx + len(t)):
                deficit("none since", i)
                used.add(i)
        for cue, i in self._absent_from_record(sent, used):
            if not in_quotes(text, doc[i].idx, doc[i].idx + len(doc[i])):
                deficit(cue, i)  # "the core group minutes are not on the file", "nothing recorded for May"
                used.add(i)
        for cue, i, side in self.facts.weigh(sent, used):
            if not in_quotes(text, doc[i].idx, doc[i].idx + len(doc[i])):
                (deficit if side < 0 else strength)(cue, i)
        if deficits and self.finding:
            # "the manager picked up in April that the grant had stalled": a shortfall the work itself found
            found = [i for i in where["deficit"] if self._found_by_the_work(doc[i])]
            # a shortfall of the work found and left there ("the review found the plan had drifted for five months")
            # is the shortfall all the same: only when the sentence also tells the response (a strength, or a later
            # verb of the work, not denied: "... and chased it the same day"), or what was found is not the work's
            # ("the analysis found that the third hypothesis needed more time"), does the finding stand alone
            if found and not strengths and any(self._about_the_work(doc[i]) for i in found) and not any(
                    v.dep_ == "conj" and v.pos_ == "VERB" and v.i > min(found) and not _verb_negated(v)
                    and v.i not in where["deficit"] for v in sent):
                found = []
            if found:
                kept = [(c, i) for c, i in zip(deficits, where["deficit"]) if i not in found]
                where["deficit"] = [i for _, i in kept]
                deficits = [c for c, _ in kept]
        if deficits:
            deficits = self._hedged_before_but(sent, deficits, where)
        deficits, strengths = self._outside_concession(sent, deficits, strengths, where)
        if label and not deficits:
            deficits = label  # the label is all the sentence says
        if label_strengths and not deficits and not strengths:
            for cue, i in label_strengths:
                strength(cue, i)
        clauses = self._clauses_on_side(doc, where, len(strengths) - len(deficits)) if deficits is not label else 1
        return Weighed(block_id, sent.start_char + offset, sent.end_char + offset, sent.text, deficits, strengths,
                       clauses, self._puts_right(sent), self._grade_talk(sent))

    @staticmethod
    def _grade_talk(sent: Span) -> bool:
        """The auditor speaks of the grade itself: a verb of grading ("I have not graded this Outstanding because
        ...", "what stops me from grading this higher"), the grade as a noun ("a reason to lower the grade", "the
        grade of Good"), or a grade's name inside the sentence ("Good rather than Outstanding because ...", "what
        would make it Outstanding is ..."). Not a pupil's grades ("predicted grades", "a grade 5 in maths") nor a
        tool named after grading ("the Graded Care Profile")."""
        low = doc_lower(sent.doc)  # (only the few words that can say it, from the word index)
        at = sorted({*low.with_lemma(("grade",), sent.start, sent.end),
                     *low.with_lower(tuple(o[0].lower() for o in _GRADE_OPENINGS), sent.start, sent.end)})
        for t in (sent.doc[i] for i in at):
            if t.lemma_.lower() == "grade":
                if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound"):
                    return True
                if t.pos_ == "NOUN" and t.tag_ == "NN" and not any(c.dep_ in ("nummod", "amod") for c in t.children) \
                        and not (t.i + 1 < sent.end and t.doc[t.i + 1].like_num):
                    return True
            elif t.i > sent.start and any(
                    tuple(w.text for w in t.doc[t.i : min(t.i + len(o), sent.end)]) == o for o in _GRADE_OPENINGS):
                return True
        return False

    @staticmethod
    def _without_denied(v: Token) -> list[Token] | None:
        """The words that deny ``v``, the head of a "without" phrase, so that the two negations cancel: a "not"
        or "never" of its own, a denial at every time ("at no point", "not once"), a subject that is none ("none
        of the episodes has gone", "no action has been carried over"), or, for a noun, a count denied ("not a
        single month"). None when ``v`` is not denied."""
        kids = list(v.children)
        if v.pos_ in ("NOUN", "PROPN"):
            neg = [c for c in kids if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")]
            neg += [d for c in kids if c.dep_ in ("amod", "det", "nummod") for d in c.children if d.dep_ == "neg"]
            return neg or None
        if v.pos_ not in ("VERB", "AUX"):
            return None
        neg = [c for c in kids if c.dep_ == "neg" or c.lower_ == "never"]
        neg += [c for c in kids if c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children)]  # "not once"
        for c in kids:
            if c.dep_ in _SUBJ and (c.lower_ in ("none", "nothing", "nobody") or any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
                neg += [c, *(d for d in c.children if d.dep_ == "det")]
        if not neg and _verb_negated(v):
            neg = [c for c in kids if c.dep_ == "prep"]  # "at no point has she been left without ..."
        return neg or None

    def _absent_from_record(self, sent: Span, used: set[int]) -> Iterator[tuple[str, int]]:
        """What the record does not hold: a thing said not to be on the file or system ("the minutes for May are
        not on the file", "her disclosure is not on the system at all"), or nothing written down for a time
        ("there is nothing recorded for June", "nothing was written up")."""
        low = doc_lower(sent.doc)
        # only the tokens each test needs: a "be", a "nothing" or "none" (from the word index, in order)
        at = sorted({*low.with_lemma(_BE, sent.start, sent.end), *low.with_lower(_NOTHING_NONE, sent.start, sent.end)})
        for t in (sent.doc[i] for i in at):
            if t.i in used:
                continue
            if t.lemma_.lower() == "be" and any(c.dep_ == "neg" for c in t.children) and not self._subject_is_family(t):
                place = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                              for g in c.children if g.dep_ == "pobj" and g.lower_ in _RECORD_PLACES), None)
                if place is not None and any(c.dep_ in _SUBJ for c in t.children):
                    yield f"not on the {place.text}", t.i
                    continue
            if t.lower_ in ("nothing", "none"):
                verb = next((c for c in t.children if c.dep_ in ("acl", "relcl", "amod")
                             and c.lemma_.lower() in _RECORDING_VERBS), None)
                if verb is None and t.dep_ == "nsubjpass" and t.head.lemma_.lower() in _RECORDING_VERBS:
                    verb = t.head
                if verb is not None and verb.i not in used:
                    yield f"{t.text.lower()} {verb.text}", t.i

    def _put_right(self, tok: Token) -> bool:
        """A past shortfall named only to say it was dealt with: the cue is in a clause that describes the
        subject of a verb of putting it right ("actions that stalled were escalated", "the delay, which had
        built up over the summer, was resolved in September")."""
        h = tok
        for _ in range(4):
            if h.dep_ in ("relcl", "acl") and h.head.dep_ in _SUBJ:
                v = h.head.head
                return v.pos_ in ("VERB", "AUX") and not _verb_negated(v) and (
                    self.clf.is_(self.negating, v) or v.lemma_.lower() in _REMEDYING)
            if h.head.i == h.i:
                return False
            h = h.head
        return False

    def _own_unease(self, tok: Token) -> bool:
        """The auditor's own unease that names nothing in the work: "I am not fully assured by this case",
        "something doesn't sit right with me", but not "I am not assured that visits took place" nor "I am not
        satisfied with the assessment", which say what is wrong."""
        v = tok
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return False
        first = {"i", "me", "we", "us"}
        feels = any(c.dep_ in _SUBJ and c.lower_ in first for c in v.children) or any(
            c.dep_ == "prep" and c.lower_ in ("with", "to") and any(g.lower_ in first for g in c.children) for c in v.children)
        # "it doesn't feel right", "something doesn't sit right": a feeling with no piece of the work as its subject
        feels = feels or (v.lemma_.lower() in _FEELING_VERBS and any(
            c.dep_ in _SUBJ and c.lower_ in ("it", "something", "this", "that") for c in v.children))
        if not feels or any(c.dep_ in ("ccomp", "xcomp", "advcl", "dobj") for c in v.children):
            return False
        # what the unease is about: "by this case" names nothing in the work; "with the plan" does
        about = [g for c in v.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
        return not any(self.quality.has(g) or self.clf.c.evaluative_nouns.has(g)
                       or (self.process_nouns.has(g) and g.lower_ not in _WHOLE_CASE) for g in about)

    def _clauses_on_side(self, doc, where: dict[str, list[int]], net: int) -> int:
        """How many clauses of the sentence weigh on its side: each clause (main, coordinated, or a relative
        clause set off by a comma) votes by its own cues."""
        if net == 0:
            return 1
        votes: dict[int, int] = {}
        for side, sign in (("deficit", -1), ("strength", 1)):
            for i in where[side]:
                head = self._clause_head(doc[i]).i
                votes[head] = votes.get(head, 0) + sign
        want = -1 if net < 0 else 1
        return max(1, sum(1 for v in votes.values() if v * want > 0))

    @staticmethod
    def _clause_head(t: Token) -> Token:
        """The verb heading the main or coordinated clause ``t`` is in. Reported clauses and restrictive
        relative clauses belong to the clause they hang on; a relative clause set off by a comma ("the plan,
        which was last reviewed fourteen months ago") is an assertion of its own."""
        h = t
        for _ in range(12):
            if h.head == h:
                return h
            if h.pos_ in ("VERB", "AUX") and h.dep_ in ("ROOT", "conj", "parataxis"):
                return h
            if h.pos_ in ("VERB", "AUX") and h.dep_ == "relcl" and h.left_edge.i > 0 and h.doc[h.left_edge.i - 1].text == ",":
                return h
            h = h.head
        return h

    def _work_left_undone(self, tok: Token) -> bool:
        """A deficit cue that is a piece of work denied ("did not review the plan", "was not updated"): the verb
        itself or its "not". Not a state that did not change ("his needs will not change at 18"), nor what is
        denied done to the child ("did not mind him")."""
        v = tok.head if tok.dep_ == "neg" else tok
        if v.pos_ != "VERB" or not _verb_negated(v) or not self.facts._work_verb(v) or any(
                c.dep_ == "dobj" and (c.pos_ == "PRON" or c.lower_ == "xxxx") for c in v.children):
            return False
        # done by someone doing the work (or done to the child or the work: a passive), not by another thing
        return SentenceClassifier.is_passive(v) or not any(
            x.pos_ in ("NOUN", "PROPN") and not (self.professional.has(x) or self.agency.has(x) or self.facts.is_work(x))
            for x in self.clf.subjects(v))

    def _about_the_work(self, tok: Token) -> bool:
        """The clause of a cue speaks of the work: its verb is a piece of work or its subject is ("the plan had
        drifted", "no visits had happened", "XXXX had not been seen alone"), not of what the work was about ("the
        third hypothesis needed more time")."""
        v = tok
        for _ in range(6):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        return self.facts._work_verb(v) or any(self.facts.is_work(x) for x in self.clf.subjects(v)) \
            or self.facts.is_work(tok)

    def _outside_concession(self, sent: Span, deficits: list[str], strengths: list[str],
                            where: dict[str, list[int]]) -> tuple[list[str], list[str]]:
        """A sentence that concedes one side in a subordinate clause and asserts the other in its main
        clause ("Although the worker has built a good rapport with Mother, XXXX was seen once in five
        months") weighs on the side of its main clause: what is conceded is not the auditor's finding."""
        if not deficits or not strengths:
            return deficits, strengths
        conceded: set[int] = set()
        for t in sent:
            if (t.dep_ == "mark" and t.lower_ in _CONCESSIVE) or (t.dep_ == "prep" and t.lower_ in ("despite", "notwithstanding")):
                clause = t.head if t.dep_ == "mark" else t
                conceded.update(x.i for x in clause.subtree)
            elif t.dep_ == "cc" and t.lower_ == "but" and t.head.dep_ == "ROOT" and t.head.pos_ in ("VERB", "AUX"):
                doc = sent.doc
                undone = [i for i in where["deficit"] if sent.start <= i < t.i and self._work_left_undone(doc[i])]
                second = next((c for c in t.head.children if c.dep_ == "conj" and c.i > t.i), None)
                if undone and second is not None and second.pos_ == "VERB" \
                        and not any(c.dep_ in _SUBJ for c in second.children):
                    # "did not update the plan but recorded every visit carefully": what was done instead does not
                    # make up for the work denied, it is the denial that the sentence finds
                    conceded.update(x.i for x in second.subtree if x.i > t.i)
                    continue
                # "X has built a warm relationship, but ...": the first clause gives way, but not a piece of work
                # denied ("the worker did not visit in May, but ...": still a shortfall)
                conceded.update(i for i in range(sent.start, t.i) if i not in undone)
        if not conceded:
            return deficits, strengths
        d_out = sum(i not in conceded for i in where["deficit"])
        s_out = sum(i not in conceded for i in where["strength"])
        if d_out > s_out:  # the main clause finds shortfalls: the strengths it concedes are set aside
            kept = [(c, i) for c, i in zip(strengths, where["strength"]) if i not in conceded]
            where["strength"] = [i for _, i in kept]
            return deficits, [c for c, _ in kept]
        if s_out > d_out:
            kept = [(c, i) for c, i in zip(deficits, where["deficit"]) if i not in conceded]
            where["deficit"] = [i for _, i in kept]
            return [c for c, _ in kept], strengths
        return deficits, strengths

    def _found_by_the_work(self, tok: Token) -> bool:
        """A shortfall that is what the work itself found: the object or the reported clause of a verb of finding
        ("the December supervision identified the out-of-date passport", "the manager picked up in April that the
        grant had stalled", "the updated analysis found that the third hypothesis needed more time") whose subject is
        the worker, a manager or a piece of the work. Finding it is the work's strength, not its shortfall. Not the
        auditor's own finding ("I found that visits had lapsed", "this audit found ..."), not a passive with no
        finder named ("it was found that ..."), and not a finding denied ("supervision did not pick up that ...")."""
        h = tok
        for _ in range(8):
            if h.head.i == h.i:
                return False
            dep, h = h.dep_, h.head
            if h.pos_ != "VERB" or dep not in ("dobj", "ccomp"):
                continue
            if not self.clf.is_(self.finding, h) or _verb_negated(h) or SentenceClassifier.is_passive(h) \
                    or self.in_question(h):
                return False
            subs = self.clf.subjects(h)
            return bool(subs) and all(
                self.professional.has(x) or x.lower_ == "it"
                or ((self.process_nouns.has(x) or self.clf.c.evaluative_nouns.has(x)) and x.lemma_.lower() != "audit")
                for x in subs)
        return False

    def _hedged_before_but(self, sent: Span, deficits: list[str], where: dict[str, list[int]]) -> list[str]:
        """Hedged praise: a shortfall conceded before "but" when what follows finds none ("the records are brief
        but to the point", "the first version was thin, but it has since been rewritten", "there were early delays,
        but since March the difference for him is plain to see"). The shortfall gives way to what the sentence goes
        on to say. Not an excuse, where the words after "but" turn to the people or the service that did the work
        ("the assessment is thin, but the worker was carrying 28 cases", "... but the team was covering a
        vacancy"): a shortfall explained away is still a shortfall (G-4), nor when a reason follows "but" ("...
        but this was because ...")."""
        doc = sent.doc
        drop: set[int] = set()
        for b in doc_lower(doc).with_lower(("but",), sent.start, sent.end):
            t = doc[b]
            if t.dep_ != "cc" or b == sent.start:
                continue
            # what "but" joins: the conjunct after it, and the rest of its head's clause before it, within the
            # colons and semicolons around it
            first = t.head
            # (the parser may hang what follows as the head's next dependent: "brief but to the point")
            second = next((c for c in first.children if c.dep_ == "conj" and c.i > b), None) or next(
                (c for c in first.children if c.i > b and c.dep_ not in ("punct", "cc")), None)
            if second is None:
                continue
            lo = max([sent.start] + [k + 1 for k in range(sent.start, b) if doc[k].text in (";", ":")])
            hi = next((k for k in range(b + 1, sent.end) if doc[k].text in (";", ":")), sent.end)
            after = [x for x in second.subtree if b < x.i < hi]
            conceded = {x.i for x in first.subtree if lo <= x.i < b}
            before = [i for i in where["deficit"] if i in conceded]
            if not before or any(b < i < hi for i in where["deficit"]):
                continue
            # a shortfall after "but" that no cue weighed ("started in October but not finished"), or an excuse
            if _verb_negated(second) or any(c.dep_ == "neg" or c.lower_ == "never" for c in second.children) \
                    or self.excusing.find_in(doc, b + 1, hi) or any(
                    self.professional.has(x) or self.agency.has(x) for x in after if x.pos_ in ("NOUN", "PROPN")):
                continue
            # a piece of work denied is the finding, never hedged away ("did not review the plan but simply signed
            # it off", "not reviewed for eight months but the family were happy with it")
            if any(self._work_left_undone(doc[i]) for i in before):
                continue
            # what follows "but" must speak of the same thing again ("brief but to the point", "thin, but it has
            # since been rewritten"); a new subject brings in something else ("the rest of the file is in order",
            # "mother understood it"), and a pronoun with a noun after the copula a circumstance ("it was half term")
            subj2 = [c for c in second.children if c.dep_ in _SUBJ or c.dep_ == "expl"]
            if any(x.pos_ != "PRON" and not any(d.dep_ == "det" and d.lower_ in ("every", "each", "all") for d in x.children)
                   for x in subj2):
                continue
            if subj2 and second.lemma_ == "be" and any(c.dep_ == "attr" for c in second.children):
                continue
            drop.update(before)
        if not drop:
            return deficits
        kept = [(c, i) for c, i in zip(deficits, where["deficit"]) if i not in drop]
        where["deficit"] = [i for _, i in kept]
        return [c for c, _ in kept]

    @staticmethod
    def _not_put_right(weighed: list[Weighed]) -> list[Weighed]:
        """The sentences without the shortfalls a later sentence says were put right: the run of deficit
        sentences just before it in the same paragraph ("Earlier in the year there was drift: he was not seen for
        seven weeks ... Both were picked up by the service manager in April and put right")."""
        drop: set[int] = set()
        for k, w in enumerate(weighed):
            if not w.puts_right:
                continue
            j = k - 1
            while j >= 0 and weighed[j].block_id == w.block_id and (weighed[j].deficits or weighed[j].polarity < 0) \
                    and weighed[j].polarity <= 0:
                drop.add(j)
                j -= 1
        return [w for k, w in enumerate(weighed) if k not in drop] if drop else weighed

    def _puts_right(self, sent: Span) -> bool:
        """The sentence says what was just told was put right: a verb of remedying, or "picked up", "put right",
        "sorted out", not negated, whose subject refers back ("This was picked up by the TM in February", "Both
        were put right", "These gaps have since been addressed")."""
        for v in sent:
            if v.pos_ != "VERB":
                continue
            lemma = v.lemma_.lower()
            if lemma not in _REMEDYING and lemma not in _REMEDY_PHRASAL:
                continue  # (most verbs: their children are not read)
            kids = list(v.children)
            remedy = lemma in _REMEDYING or any(c.lower_ == _REMEDY_PHRASAL.get(lemma) for c in kids)
            if not remedy or _verb_negated(v):
                continue
            subs = [c for c in kids if c.dep_ in _SUBJ] or ([c for c in v.head.children if c.dep_ in _SUBJ]
                                                            if v.dep_ == "conj" else [])
            if any(x.lower_ in _BACK_REFERENCES or any(d.dep_ in ("det", "predet") and d.lower_ in _BACK_REFERENCES
                                                       for d in x.children) for x in subs):
                return True
        return False

    @staticmethod
    def _conceded_before(weighed: list[Weighed]) -> set[int]:
        """Sentences conceded by the one after them, which opens with a contrast and weighs the other way ("The
        worker clearly cares about XXXX. However, ..."): what the finding turns from weighs one sentence at most,
        however many clauses or cues it has."""
        out: set[int] = set()
        for prev, w in zip(weighed, weighed[1:]):
            first = w.text.lstrip(" -*•\t").split(maxsplit=1)
            if prev.block_id == w.block_id and first and first[0].strip(",;:").lower() in _CONTRAST_OPENERS \
                    and prev.polarity * w.polarity < 0:
                out.add(id(prev))
        return out

    def weigh_domain(self, ctx: AuditContext, d) -> list[Weighed]:
        return list(self.weigh_each(ctx, d))

    def weigh_each(self, ctx: AuditContext, d) -> Iterator[Weighed]:
        """The domain's sentences weighed one by one, as they are asked for."""
        for block in d.paragraphs:
            for sent in ctx.sentences(block):
                if sent.text.strip() and not sent.text.strip().strip("\"'”’)").endswith("?"):
                    # a direct question asserts nothing ("Was XXXX seen alone?"); its answer is weighed
                    yield self.weigh(sent, id(block))

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        p = self.params
        for d in ctx.audit.domains:
            if d.grade not in (Grade.GOOD, Grade.OUTSTANDING, Grade.INADEQUATE) or not d.paragraphs:
                continue
            if d.grade is Grade.INADEQUATE:
                # one sentence that names a deficit settles it: the rest need not be weighed, unless the sentence
                # after the shortfalls says they were put right
                weighed = []
                run = 0  # deficit sentences just weighed, not yet followed by a sentence of another kind
                for w in self.weigh_each(ctx, d):
                    if w.deficits or w.polarity < 0:
                        weighed.append(w)
                        run += 1
                        continue
                    if run and not w.puts_right:
                        break
                    weighed.append(w)
                    run = 0
                weighed = self._not_put_right(weighed)
            else:
                # why the grade is not higher ("I have graded this Good rather than Outstanding because the contingency
                # plan is a single line"): the gap the auditor names keeps the grade where it is, it does not argue
                # against it
                # only when the sentence names a grade above the domain's own or weighs it against the grades either
                # side ("not graded this higher/lower because ..."): talk of another grade ("the previous audit
                # graded this Inadequate and ...", "which is not Good enough") or of grading anything else keeps
                # its shortfalls
                above = [g.value for g in Grade][: [g for g in Grade].index(d.grade)]
                def beside(w: Weighed) -> bool:
                    said = set(w.text.lower().replace(",", " ").replace(".", " ").split())
                    return any(g in w.text for g in above) or not said.isdisjoint(("higher", "lower"))
                weighed = [replace(w, deficits=[]) if w.grade_talk and w.deficits and beside(w) else w
                           for w in self.weigh_domain(ctx, d)]
                weighed = self._not_put_right(weighed)
            deficit = [w for w in weighed if w.polarity < 0]
            strength = [w for w in weighed if w.polarity > 0]
            blocks = {id(b): b for b in d.paragraphs}
            if d.grade in (Grade.GOOD, Grade.OUTSTANDING):
                # a sentence that lists several shortfalls ("the assessment is out of date, the plan has no
                # timescales, visits have lapsed ...") weighs as much as its net count, up to ``list_weight``
                # in a short domain each clause of a long sentence is a large share of the evidence; in a longer one
                # the sentences that describe the work without a cue word carry much of it, so clauses are not counted
                by_clause = len(weighed) <= p.clause_domain_sentences
                conceded = self._conceded_before(weighed)
                dw = sum(min(1, w.weight(p.list_weight, by_clause)) if id(w) in conceded else w.weight(p.list_weight, by_clause)
                         for w in deficit)
                sw = sum(min(1, w.weight(p.list_weight, by_clause)) if id(w) in conceded else w.weight(p.list_weight, by_clause)
                         for w in strength)
                if dw < p.min_deficits or dw / max(1, dw + sw) < p.deficit_share:
                    continue
                worst = sorted(deficit, key=lambda w: (len(w.strengths) - len(w.deficits), w.start))[: p.cite]
                cited = "; ".join(f'"{excerpt(w.text, 0, len(w.text), p.excerpt_width)}"' for w in worst)
                direction = f"{len(deficit)} of its {len(deficit) + len(strength)} weighed sentences name deficits"
            else:
                if deficit or any(w.deficits for w in weighed):
                    continue
                best = sorted(strength, key=lambda w: (len(w.deficits) - len(w.strengths), w.start))[: p.cite]
                best = best or weighed[: p.cite]
                cited = "; ".join(f'"{excerpt(w.text, 0, len(w.text), p.excerpt_width)}"' for w in best)
                direction = "it names no deficit in the practice"
                worst = best
            first = worst[0] if worst else None
            block = blocks.get(first.block_id) if first else None
            values = {"grade": d.grade.value, "direction": direction, "cited": cited, "number": d.number, "name": d.name,
                      "deficits": len(deficit), "strengths": len(strength)}
            if block is not None and first is not None:
                yield Hit(block=block, start=first.start, end=first.end, domain=d.number, values=values)
            else:
                yield section_hit(d.heading, d.number, **values)
