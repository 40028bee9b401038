"""Supervision timeline rule types (AL6, guide G-3.1e).

One generic type, ``supervision-timeline``, reads every supervision date the
audit names and checks the timeline they make across the review period. The
rule file's ``check`` parameter picks the finding:

``six-month-gap``
    a span of ``span_months`` in the review period with no supervision, or a
    statement that there has been none (the Immediate Response flag);
``monthly-gap``
    a gap between supervisions, from the start of the review period to the
    first one, or from the last one to the audit date, longer than
    ``max_gap_days``;
``dates-missing``
    domain 6 names no supervision date that can be placed, so the gaps cannot
    be checked.

How a date becomes a supervision date. ``auditlint.dates.find_dates`` finds
the dates; the parse decides what each one dates. From the date the
dependency tree is climbed (through prepositions, other dates of the same
list, weekday and time nouns) to the first noun or verb it belongs to:

* a noun: the date is a supervision date only if that noun is a supervision
  term ("supervision on 3.3.23"), or is qualified by one ("supervision
  sessions: ...", "the supervision record dated ..."). A conference, visit,
  review or core group date in the same sentence stops at its own noun.
* a verb: the clause is about supervision when the verb is one
  ("was supervised on"), or its subject, object or a prepositional object is
  a supervision term ("discussed in supervision on", "the last supervision
  was on"). A pronoun or a word like "session" takes the nearest subject
  before it ("Supervision is six-weekly, and it took place on ...").

A supervision is named by a ``supervision_terms`` word (or one slip from a long
one: "supervison"), or by a meeting or discussion (``meeting_terms``) held with
a supervisor (``supervisor_terms``): "discussed with the team manager on ...",
"the manager met with the social worker on ...", "XXXX was discussed with the
ATM on ..." (a passive subject is the topic, not who met), "Manager and social
worker they discuss ...", "They last met on ..." after a sentence about such
meetings; but not "Mum met the team manager" nor "a strategy meeting with the TM".

``oversight_terms`` ("management oversight", "TM oversight", "case direction")
count only as the head of their phrase: "a management oversight entry" is a
file entry, not a supervision. A one-word term ("oversight") counts only bare,
as a label ("Oversight - 24.10.23, ..."), or when a supervisor has it ("the TM
has recorded her oversight on ..."): not "Mum's oversight", "an oversight".
``other_senses`` are nouns that give a supervision word another meaning
("supervised contact", "a supervision order").

A year written alone after a preposition ("the last supervision was in 2022")
is a date to the year, used like a month: only where the whole year gives a
certain answer. A month that opens a range takes its year from the range's end
("from January to March 2022"). A date in a list whose earlier items date
supervision dates it too, wherever the parser hung it.

Negation is read from the parse too: a supervision noun with "no" ("there has
been no supervision", "no record of supervision"), or a negated verb whose
subject or object it is ("I could not find a supervision record", "the case
has not been supervised"), a clause governed by a negative word ("I was unable
to locate any supervision records"), or a supervision word negated by its prefix
when the case or the worker went without it ("the case has gone unsupervised",
not "the children were left unsupervised"). A copula that only denies a quality ("supervision
is not reflective", "that is not supervision") or a transitive verb that
denies what supervision did ("supervision did not address ...") is not a
statement that there was none. A denial's scope comes from the clause:
"since"/"after"/"from" a date (an anchor; "between <date> and the audit" too), the whole period ("in the last
six months", "for this period"), another limit ("after November", "before
or after it"), or none (the whole period).

Nothing is guessed: a date without a year ("3 March", "7/9") takes its year
from the list it is part of when the list writes one ("26 August, 23 September
and 16 December 2022"); otherwise from the audit's review period
(``auditlint.dates.resolve_year``: the one year that puts it inside the period,
or the latest such date before the period's end), unless a weekday written with
it ("Friday 9th February") fits one year only. A month alone ("since
July") gets its year the same way but stays a month: it is used only where the
whole month gives a certain answer. A month-first date, or a day and month that
more than one year would put in the period, are reported as "could not place". A month with its year ("July 2022") is never read as a day; it is used
only where the whole month gives a certain answer (it ended before the review
period, so at least N days have passed since; "since July 2022" starts from the
end of July). Dates after the audit date, planned sessions ("the next session
is booked for ...") and cancelled ones are not counted, and the first two are
mentioned. The extraction is done once per audit and shared by the three rules
through ``ctx.cache``.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from pydantic import Field

from ..dates import DateMatch, find_dates, resolve_month, resolve_year
from ..docview import doc_of
from ..matching import TermMatcher
from ..model import TextBlock, months_before
from . import register
from .analysis.cues import doc_lower
from .base import AuditContext, Hit, Params, RuleSkip, RuleType, section_hit

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

_SUBJ = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_PRONOUNS = {"it", "they", "these", "those", "one", "ones"}  # "this" and "that" often stand for a whole event
_RELATIVE = {"which", "that", "who"}
_ORDINALS = {"next", "last", "previous", "latest", "first", "following", "second", "third"}  # "the next was ..."
_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_WEEKDAYS = {
    d.lower()
    for d in ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun").split()
}
_PLAIN_SESSION_WORDS = {"case", "further", "other", "subsequent", "later", "earlier", "monthly", "regular", "recent", "these",
                        "those", "individual", "formal", "one-to-one", "fortnightly", "weekly", "two", "three", "four",
                        "five", "six", "seven", "eight", "nine", "ten", "reflective", "supervisory", "line", "management"}
_COUNT = re.compile(r"^x\d+$")  # "x4": four of them
_MONTH_NAMES = {m.lower() for m in "January February March April May June July August September October November December".split()}
_TIME_NOUNS = {"week", "month", "day", "time", "occasion", "date", "interval", "fortnight", "year", "basis"}
_ANCHOR_PREPS = {"since", "after", "from"}
# verbs whose subject takes part in the meeting that is their object ("the TM held a meeting with ...", "the senior
# practitioner has provided case consultation"): not "chaired the professionals' meeting", "attended the meeting"
_LIGHT_VERBS = {"have", "hold", "take", "conduct", "run", "do", "give", "provide", "offer", "facilitate", "lead",
                "complete", "undertake", "record"}
_GIVING_VERBS = {"give", "provide", "offer", "facilitate", "hold", "conduct", "run"}  # "provided case consultation"
# adjectives that say how a meeting went, not what kind it was ("a single recorded managerial discussion")
_DESCRIBING = {"single", "only", "brief", "short", "long", "lengthy", "informal", "formal", "further", "additional",
               "separate", "detailed", "useful", "helpful", "productive", "reflective", "regular", "monthly", "weekly",
               "fortnightly", "virtual", "online", "recent", "another", "subsequent", "follow-up"}
# what makes a meeting noun refer back to a meeting named before it ("..., with a further discussion on 5 June")
_ANAPHORIC = {"further", "another", "subsequent", "later", "second", "third", "following", "follow-up", "next", "other",
              "such"}
# a meeting of two people, which in a case file is the worker's with the supervisor unless someone else is named
_PAIR_MEETINGS = {"1-1", "1-1s", "one-to-one", "one-to-ones"}  # as :func:`_joined` writes them
_JOINS = re.compile(r"(?<=\w)(?:\s*[-:]\s*|\s+)(?=\w)")  # what joins the parts of a term: "catch-up", "1:1", "one to one"


def _joined(text: str) -> str:
    """A term with its parts joined by a hyphen, however they were joined: "one to one", "one-to-one" and
    "1:1" / "1-1" are each one spelling."""
    return _JOINS.sub("-", text.lower().strip())


def _spellings(terms: list[str]) -> list[str]:
    """``terms`` and the other ways their parts are joined: a hyphen, a space or (between numbers) a colon
    ("catch-up", "catch up"; "one-to-one", "one to one"; "1:1", "1-1")."""
    out = list(terms)
    for t in terms:
        parts = re.split(r"\s*[-:]\s*|\s+", t.strip())
        if len(parts) < 2 or not all(parts):
            continue
        joins = ["-", ":"] if all(x.rstrip("s").isdigit() for x in parts) else [" ", "-"]
        out += [j.join(parts) for j in joins]
    return list(dict.fromkeys(out))
# what a manager does on the file without discussing the case: an entry that does it is a sign-off, not a supervision
_SIGN_OFF = {"authorise", "authorize", "approve", "sign", "countersign", "endorse", "ratify", "agree"}
_SIGN_OFF_STEMS = ("authoris", "authoriz", "approv", "countersign", "signed", "signing", "sign-off", "endors")
_NONE_WORDS = {"none", "neither", "nothing"}  # "none of that": a negated subject that takes up what came before
_TAKE_UP = {"this", "that", "these", "those", "it", "they", "which", "either"}
_SEARCH_VERBS = {"look", "search", "check", "seek", "examine", "scan", "trawl", "query", "explore", "read"}
# verbs of saying: a clause they head reports a claim ("while reported to have occurred"), it does not limit a span
_REPORTING = {"say", "report", "tell", "state", "claim", "describe", "suggest", "assert", "believe", "indicate",
              "think", "feel", "assure"}
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$", re.I)  # "January to March 2022"
_HOLDING_VERBS = {"have", "hold", "contain", "include", "show", "find", "locate", "see"}  # "the file holds one record"
_RECORD_NOUNS = {"entry", "mention", "trace", "reference", "sign"}  # what an empty record holds none of
_NOW_WORDS = {"audit", "now", "present", "today", "date"}  # the end of a span that runs to the present
_LIMIT_WORDS = {"before", "after", "since", "until", "till", "between", "during", "except", "apart", "prior", "while"}
_LIST_GAP = re.compile(
    r"^(?:[\s,;&()\u2713\u2714]|\bw/c\b|\bw/b\b|\bweek (?:commencing|beginning)\b|\band\b|\bor\b|\bthen\b|\bthe\b|\bon\b|\bof\b|\balso\b|\bagain\b|"
    r"\bthereafter\b|\bsubsequently\b|\bafterwards\b|\blater\b|"  # "..., 18 December 2023, and thereafter on 22 January"
    + "|".join(rf"\b{w}\b" for w in sorted(_WEEKDAYS, key=len, reverse=True))
    + r")*$",
    re.IGNORECASE,
)  # (a tick after each item, "6/9 \u2713 4/10 \u2713", marks it held: a separator)

# a bracketed aside between two items of a list of dates, then a separator
_ASIDE_GAP = re.compile(r"^\s*\([^()]*\)\s*[,;&]\s*(?:and\s+)?(?:(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
                        + r")\.?,?\s+)?$", re.IGNORECASE)
# "about six weeks ago": a length back from the audit date, and "last" before it
_AGO = re.compile(r"\b(about|around|roughly|approximately|nearly|almost|some|over|more than)?\s*\b(\d{1,2}|one|two|three|four|"
                  r"five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?)\s+ago\b", re.IGNORECASE)
_LAST = re.compile(r"\b(?:last|latest|most recent|most recently)\b", re.IGNORECASE)
# a weekday that opens a list item before its date ("Wed 5 July 2023", "Thurs, 3rd August")
_LEAD_WEEKDAY = re.compile(r"^(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b\.?,?\s*", re.IGNORECASE)
# the marker that opens a list item on its own line: "- ", "• ", "1. ", "2) "
_ITEM_MARK = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*•·–—>])[ \t]+")


def fmt(day: dt.date) -> str:
    """A date as UK audits write it: 14.2.23."""
    return f"{day.day}.{day.month}.{day.year % 100:02d}"


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# -- what the extraction produces ---------------------------------------------


@dataclass
class SupDate:
    """A date the parse ties to a supervision."""

    block: TextBlock
    domain: int | None
    start: int
    end: int
    text: str
    date: dt.date | None  # None: could not be placed
    precision: str  # "day" | "month" | "none"
    kind: Literal["held", "since", "planned", "none"]
    problem: str | None = None
    phrase: str = ""  # the words that tie it to supervision, for messages
    from_list: bool = False  # its year was read from the list it belongs to
    sent_start: int = 0  # the sentence it is in, where findings are placed
    sent_end: int = 0


@dataclass
class Denial:
    """A statement that there was no supervision, with its scope."""

    block: TextBlock
    domain: int | None
    start: int
    end: int
    text: str
    scope: Literal["whole", "since", "limited"]
    anchor: dt.date | None = None
    months: int | None = None  # the length the audit gives ("for eight months", "a gap of seven months")


@dataclass
class Extraction:
    dates: list[SupDate] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)
    # the last supervision put only relative to the audit ("last supervised about six weeks ago"): the sentence and
    # the fewest days it can be before the audit date (never a date: AL603 still says no date is named)
    ago: list[tuple[SupDate, int]] = field(default_factory=list)

    def held(self) -> list[SupDate]:
        return [d for d in self.dates if d.kind in ("held", "since")]


# -- the rule type -------------------------------------------------------------


@register
class SupervisionTimeline(RuleType):
    """Checks the supervision timeline across the review period (G-3.1e).

    ``check`` picks the finding: ``six-month-gap`` (AL601), ``monthly-gap``
    (AL602) or ``dates-missing`` (AL603). ``span_months`` is the span without
    supervision that needs an Immediate Response; ``max_gap_days`` the longest
    gap the monthly standard allows. The vocabulary parameters say what a
    supervision is (``supervision_terms``; ``oversight_terms`` only as the head
    of their phrase; ``session_terms`` and pronouns refer back), what gives a
    supervision word another sense (``other_senses``, ``other_supervision``:
    "supervised contact", "Mother's supervision of the children"), what negates it
    (``negation_cues``), what names the whole period (``period_terms``), and
    what marks a session as planned rather than held (``planned_cues``) or as
    not held at all (``not_held_cues``), what says supervision ended
    (``ending_cues``), and
    what a denial may be about and still cover the whole case (``case_terms``;
    "no supervision of the decision to ..." is about one topic and is not a
    six-month gap).
    """

    name = "supervision-timeline"
    summary = "Supervision dates across the review period: six-month gaps, monthly gaps, dates missing."

    class Params(Params):
        check: Literal["six-month-gap", "monthly-gap", "dates-missing"]
        span_months: int = Field(default=6, ge=1, le=24, description="Months without supervision that need an Immediate Response.")
        max_gap_days: int = Field(default=31, ge=1, description="Longest gap in days the monthly standard allows.")
        standard_name: str = Field(default="monthly", description="What the standard is called in messages.")
        supervision_terms: list[str] = Field(default_factory=lambda: ["supervision", "supervise", "case discussion"])
        oversight_terms: list[str] = Field(default_factory=lambda: ["management oversight"])
        session_terms: list[str] = Field(default_factory=lambda: ["session"])
        other_senses: list[str] = Field(default_factory=lambda: ["order", "contact"])
        negation_cues: list[str] = Field(default_factory=lambda: ["no", "not", "never", "without", "absence", "lack"])
        period_terms: list[str] = Field(default_factory=lambda: ["period", "six months"])
        planned_cues: list[str] = Field(default_factory=lambda: ["will", "next", "book", "plan", "schedule", "due"])
        ending_cues: list[str] = Field(
            default_factory=lambda: ["stop", "cease", "lapse"],
            description="Verb lemmas that say supervision ended ('supervision stopped in July 2022'): "
            "a date with them is where the span without supervision starts.",
        )
        not_held_cues: list[str] = Field(
            default_factory=lambda: ["cancel", "postpone", "miss"],
            description="Verb lemmas that say a dated session did not happen ('was cancelled').",
        )
        other_supervision: list[str] = Field(
            default_factory=lambda: ["mother", "father", "parent", "carer", "children"],
            description="People whose supervision ('Mother's supervision', 'supervision of the children') is "
            "not supervision of the worker; the child reference always counts.",
        )
        carrier_terms: list[str] = Field(
            default_factory=lambda: ["place", "period", "file", "record", "note", "minutes", "log"],
            description="Nouns a date can hang from without naming another event ('took place (5 Jan, ...)', "
            "'one note for the whole period (20.12.22)', and the people supervision is with: 'case discussion "
            "with TM: ...'): the climb from the date passes through them, as it does through named people.",
        )
        supervisor_terms: list[str] = Field(
            default_factory=lambda: ["manager", "team manager", "TM", "supervisor"],
            description="The people a worker is supervised by: a meeting or discussion with one of them "
            "('discussed with the team manager on ...', 'meetings with the TM: ...') is a supervision.",
        )
        meeting_terms: list[str] = Field(
            default_factory=lambda: ["discuss", "discussion", "meet", "meeting", "talk"],
            description="Verbs and nouns of talking a case through: a supervision when held with a "
            "``supervisor_terms`` person.",
        )
        joint_terms: list[str] = Field(
            default_factory=lambda: ["review", "consult", "consultation"],
            description="Verbs and nouns of going over a case that name a supervision only when done *with* a "
            "supervisor ('case reviewed with TM 24.7.24', 'consultation with the team leader'): not when the "
            "supervisor does them alone ('the manager reviewed the assessment' is a sign-off).",
        )
        record_terms: list[str] = Field(
            default_factory=lambda: ["minutes", "notes", "record", "records"],
            description="The written record of a session: bare, as a subject ('the minutes list XXXX on ...'), it "
            "refers to the supervision just named.",
        )
        gap_terms: list[str] = Field(
            default_factory=lambda: ["gap", "break", "hiatus"],
            description="Nouns that say supervision stopped for a while ('a gap of seven months in supervision'): "
            "a six-month gap only when the length they give is at least ``span_months``.",
        )
        label_terms: list[str] = Field(
            default_factory=lambda: ["dates", "date"],
            description="A bare label that introduces a list of dates ('Dates: ...') and refers back to the "
            "supervision named just before it.",
        )
        case_terms: list[str] = Field(
            default_factory=lambda: ["case", "child", "worker"],
            description="What a denial may be about and still cover the whole case ('no supervision of the case').",
        )

    def setup(self) -> None:
        p = self.params
        self.key = "supervision-timeline:" + repr(
            (p.supervision_terms, p.oversight_terms, p.session_terms, p.other_senses, p.negation_cues,
             p.period_terms, p.planned_cues, p.not_held_cues, p.ending_cues, p.other_supervision, p.case_terms,
             p.carrier_terms, p.label_terms, p.record_terms, p.gap_terms, p.supervisor_terms, p.meeting_terms,
             p.joint_terms)
        )
        self.extractor = _Extractor(p)  # matchers compile lazily, on the first parsed text

    # -- checks ---------------------------------------------------------------
    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        audit = ctx.audit
        if self.params.check == "dates-missing":
            yield from self._dates_missing(ctx)
            return
        end = audit.review_end
        if audit.audit_date is None and end is None:
            raise RuleSkip(
                "no audit date: the review period and the gaps to the audit date cannot be worked out; "
                "add audit_date to the front matter"
            )
        assert end is not None
        start = audit.review_start or months_before(end, 6)
        ex = self.extract(ctx)
        if self.params.check == "six-month-gap":
            yield from self._six_month_gap(ctx, ex, start, end)
        else:
            yield from self._monthly_gap(ctx, ex, start, end)

    def _end_label(self, ctx: AuditContext, end: dt.date) -> str:
        if ctx.audit.audit_date == end:
            return f"the audit date ({fmt(end)})"
        return f"the end of the review period ({fmt(end)})"

    def _counted(
        self, ex: Extraction, end: dt.date | None, start: dt.date | None = None
    ) -> tuple[list[SupDate], list[str], list[SupDate]]:
        """Held supervisions placed to a day (on or before ``end``), notes on the rest, and those given
        only to a month that ended before ``start`` ("the last supervision was in July 2022"): they
        cannot be placed to a day, but they certainly fall before the review period."""
        counted: list[SupDate] = []
        early: list[SupDate] = []
        notes: list[str] = []
        unplaced: list[str] = []
        later: list[str] = []
        planned: list[str] = []
        for d in ex.dates:
            if d.kind == "none":
                continue
            if d.kind == "planned":
                planned.append(f"'{d.text}'")
                continue
            if d.date is None or d.precision != "day":
                if d.kind == "since" and d.date is not None:
                    continue  # "no supervision since April 2022": read as from the end of that month
                if d.precision in ("month", "year") and d.date is not None and start is not None and _last_day(d.date, d.precision) < start:
                    early.append(d)
                    continue
                why = d.problem or ({"month": "only a month is given", "year": "only a year is given"}.get(d.precision, "not a day"))
                unplaced.append(f"'{d.phrase or d.text}' ({why})")
                continue
            if end is not None and d.date > end:
                later.append(fmt(d.date))
                continue
            counted.append(d)
        if unplaced:
            notes.append("could not place: " + _join(sorted(set(unplaced), key=unplaced.index)))
        if later:
            notes.append(f"not counted, after the audit date: {_join(sorted(set(later), key=later.index))}")
        if planned:
            notes.append(f"not counted, planned rather than held: {_join(sorted(set(planned), key=planned.index))}")
        counted.sort(key=lambda d: d.date)
        early.sort(key=lambda d: d.date)
        return counted, notes, early

    @staticmethod
    def _notes(notes: list[str]) -> str:
        return "".join(f" {n[0].upper()}{n[1:]}." for n in notes)

    @staticmethod
    def _dates_text(dates: list[SupDate]) -> str:
        seen: list[str] = []
        for d in dates:
            s = fmt(d.date) if d.precision == "day" else d.text.rstrip(".")
            s += " (the audit says none since)" if d.kind == "since" else ""
            if s not in seen:
                seen.append(s)
        return ", ".join(seen) if seen else "none"

    def _six_month_gap(self, ctx: AuditContext, ex: Extraction, start: dt.date, end: dt.date) -> Iterator[Hit]:
        counted, notes, early = self._counted(ex, end, start)
        inside = [d for d in counted if start <= d.date <= end]
        months = self.params.span_months
        evidence: list[str] = []
        place: SupDate | Denial | None = None
        # 1. the timeline: a span of ``months`` in the period with no supervision
        if counted or early:
            points: list[tuple[dt.date, str]] = [(start, f"the start of the review period ({fmt(start)})")]
            points += [(d.date, fmt(d.date)) for d in inside]
            points.append((end, self._end_label(ctx, end)))
            unsure = [d for d in ex.dates if d.kind == "held" and (d.date is None or d.precision != "day")]
            for (a, a_label), (b, b_label) in zip(points, points[1:]):
                if months_before(b, months) < a:
                    continue
                if any(self._may_fall_in(d, a, b) for d in unsure):
                    continue
                before = sorted([d for d in counted if d.date < start] + early, key=self._latest)
                if not inside and before:
                    last = before[-1]
                    evidence.append(
                        f"Supervision dates found: {self._dates_text(before)}; none falls in the review period "
                        f"({fmt(start)} to {fmt(end)}): {self._since_text(last, end)} to {self._end_label(ctx, end)}."
                    )
                    place = last
                else:
                    evidence.append(
                        f"Supervision dates found: {self._dates_text(counted)}; no supervision from {a_label} to "
                        f"{b_label} ({(b - a).days} days)."
                    )
                    place = next((d for d in inside if d.date == a), inside[0] if inside else None)
                break
        # 2. what the audit says: a length of six months or more counts whatever dates are given
        # ("a gap of seven months in supervision (14.6.22 to 20.1.23)")
        if not evidence:
            for den in ex.denials:
                if den.months is not None and den.months >= months and den.scope == "whole":
                    evidence.append(f"The audit says there has been no supervision: '{den.text.rstrip('.;: ')}'.")
                    place = den
                    break
        if not evidence and not inside:
            cutoff = months_before(end, months)
            for den in ex.denials:
                whole = den.scope == "whole" and cutoff >= start  # the period is long enough to hold the span
                if whole or (den.scope == "since" and den.anchor is not None and den.anchor <= cutoff):
                    evidence.append(f"The audit says there has been no supervision: '{den.text.rstrip('.;: ')}'.")
                    place = den
                    break
        if not evidence:
            return
        values = {
            "evidence": " ".join(evidence),
            "months": months,
            "notes": self._notes(notes),
            "dates": self._dates_text(counted + early if not inside else counted),
        }
        yield self._hit(ctx, place, values)

    @staticmethod
    def _latest(d: SupDate) -> dt.date:
        """The latest day a held supervision can have been on."""
        return _last_day(d.date, d.precision)

    def _since_text(self, d: SupDate, end: dt.date) -> str:
        if d.precision in ("month", "year"):
            return f"at least {(end - self._latest(d)).days} days from {d.text.rstrip('.')}"
        return f"{(end - d.date).days} days from {fmt(d.date)}"

    @staticmethod
    def _may_fall_in(d: SupDate, a: dt.date, b: dt.date) -> bool:
        """Could an unplaced supervision mention fall between ``a`` and ``b``?"""
        if d.date is None:
            return True  # no year, or month-first: it could be anywhere
        last = _last_day(d.date, d.precision)
        return not (last < a or d.date > b)

    def _monthly_gap(self, ctx: AuditContext, ex: Extraction, start: dt.date, end: dt.date) -> Iterator[Hit]:
        counted, notes, early = self._counted(ex, end, start)
        if not counted and not early:
            # only "last supervised about six weeks ago": the gap to the audit date is at least what it says
            ago = [(d, n) for d, n in ex.ago if n > self.params.max_gap_days]
            if ago:
                d, n = ago[0]
                values = {
                    "dates": "none (the audit gives only how long ago)",
                    "gaps": f"at least {n} days from the last supervision ('{d.text}') to {self._end_label(ctx, end)}",
                    "exceed": "exceeds", "max_gap": self.params.max_gap_days, "standard": self.params.standard_name,
                    "longest": n, "notes": self._notes(notes),
                }
                yield self._hit(ctx, d, values)
            return  # nothing to measure from: AL603 says the dates are missing
        inside = [d for d in counted if start <= d.date <= end]
        end_label = self._end_label(ctx, end)
        limit = self.params.max_gap_days
        gaps: list[tuple[int, str, SupDate | None]] = []
        if inside:
            first = inside[0]
            n = (first.date - start).days
            if n > limit:
                gaps.append((n, f"{n} days from the start of the review period ({fmt(start)}) to {fmt(first.date)}", first))
            for a, b in zip(inside, inside[1:]):
                n = (b.date - a.date).days
                if n > limit:
                    gaps.append((n, f"{n} days from {fmt(a.date)} to {fmt(b.date)}", a))
            last = inside[-1]
        else:
            last = sorted(counted + early, key=self._latest)[-1]
        n = (end - self._latest(last)).days
        if n > limit:
            gaps.append((n, f"{self._since_text(last, end)} to {end_label}", last))
        if not gaps:
            return
        values = {
            "dates": self._dates_text(counted + early if not inside else counted),
            "gaps": _join([g[1] for g in gaps]),
            "exceed": "exceeds" if len(gaps) == 1 else "exceed",
            "max_gap": limit,
            "standard": self.params.standard_name,
            "longest": max(g[0] for g in gaps),
            "notes": self._notes(notes),
        }
        yield self._hit(ctx, gaps[0][2], values)

    def _dates_missing(self, ctx: AuditContext) -> Iterator[Hit]:
        d6 = ctx.audit.domain(6)
        if d6 is None:
            return  # AL101 reports the missing domain
        ex = self.extract(ctx)
        counted, notes, _ = self._counted(ex, ctx.audit.review_end)
        if any(d.domain == 6 for d in counted):
            return
        elsewhere = [d for d in counted if d.domain != 6]
        if elsewhere:
            where = _join(sorted({f"domain {d.domain}" if d.domain else "another section" for d in elsewhere}))
            notes.append(f"supervision dates are given only in {where} ({self._dates_text(elsewhere)})")
        values = {"notes": self._notes(notes)}
        if d6.heading.text:
            yield section_hit(d6.heading, 6, **values)
        elif d6.paragraphs:
            first = d6.paragraphs[0]
            yield Hit(block=first, start=0, end=len(first.text), domain=6, values=values)
        else:
            yield Hit(domain=6, values=values)

    @staticmethod
    def _hit(ctx: AuditContext, where: SupDate | Denial | None, values: dict) -> Hit:
        if isinstance(where, SupDate):
            return Hit(block=where.block, start=where.sent_start, end=where.sent_end, domain=where.domain, values=values)
        if where is not None:
            return Hit(block=where.block, start=where.start, end=where.end, domain=where.domain, values=values)
        d6 = ctx.audit.domain(6)
        if d6 is not None and d6.paragraphs:
            return Hit(block=d6.paragraphs[0], start=0, end=len(d6.paragraphs[0].text), domain=6, values=values)
        return Hit(domain=6 if d6 is not None else None, values=values)

    # -- extraction (once per audit, shared) ------------------------------------
    def extract(self, ctx: AuditContext) -> Extraction:
        ex = ctx.cache.get(self.key)
        if ex is None:
            ex = self.extractor.run(ctx)
            ctx.cache[self.key] = ex
        return ex


_FOUND_KEY = "auditlint.supervision.found"


def _found(matcher: TermMatcher, doc: Doc | Span) -> list[tuple[int, int]]:
    """``matcher.find(doc)``, read once per parse: the words looked up in the parse's index of forms and lemmas
    (:func:`auditlint.ruletypes.analysis.cues.doc_lower`) instead of testing every token, and kept in the parse's
    ``user_data`` for the next ask (the extractor asks the same parse many times over)."""
    whole = doc_of(doc)
    key = (_FOUND_KEY, id(matcher))
    matches = whole.user_data.get(key)
    if matches is None:
        where = doc_lower(whole).where
        out = {(i, i + 1) for w in where.keys() & matcher.words for i in where[w]}
        if matcher.phrases and _may_have_phrase(matcher, where):
            out |= {(s, e) for _, s, e in matcher._phrase_matcher()(whole)}
        matches = whole.user_data[key] = sorted(out)
    if whole is doc:
        return matches
    return [(s, e) for s, e in matches if s >= doc.start and e <= doc.end]


# each matcher's phrases by their first word, as the matcher's tokenizer splits them (lower case, as it matches)
_PHRASE_WORDS: weakref.WeakKeyDictionary[TermMatcher, dict[str, list[tuple[str, ...]]]] = weakref.WeakKeyDictionary()


def _may_have_phrase(matcher: TermMatcher, where: dict[str, list[int]]) -> bool:
    """Could one of ``matcher``'s phrases match in the parse whose word index is ``where``: are all the words of
    one of them in it? Without, spaCy's PhraseMatcher is not run (it finds nothing; most paragraphs)."""
    by_first = _PHRASE_WORDS.get(matcher)
    if by_first is None:
        from .. import nlp

        by_first = {}
        for doc in nlp.load().tokenizer.pipe(matcher.phrases):
            words = tuple(t.lower_ for t in doc)
            if words:
                by_first.setdefault(words[0], []).append(words[1:])
        _PHRASE_WORDS[matcher] = by_first
    return any(all(w in where for w in rest) for k in by_first.keys() & where.keys() for rest in by_first[k])


_MIN_FUZZY = 10  # the shortest term a misspelling is looked for: "supervision", not "session"


def _one_slip(a: str, b: str) -> bool:
    """Is ``a`` ``b`` with one letter dropped, added, changed, or two neighbours swapped?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1])
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _contracted_ion(low: str, long: list[str]) -> bool:
    """Is ``low`` a long "-ion" term written short without an apostrophe ("supn", "supns"): the term's first
    three letters, then some of its letters in order, ending in its "n" (or "ns" for a plural term)?"""
    for w in long:
        if w.endswith("ions") and not low.endswith("ns"):
            continue
        stem = w[:-1] if w.endswith("ions") else w
        if stem.endswith("ion") and low[:3] == w[:3] and low.rstrip("s").endswith("n") and _subsequence(low, w):
            return True
    return False


def _subsequence(a: str, b: str) -> bool:
    """Are the letters of ``a`` found in ``b`` in the same order ("supn" in "supervision")?"""
    it = iter(b)
    return all(ch in it for ch in a)


def _month_end(day: dt.date) -> dt.date:
    nxt = day.replace(day=28) + dt.timedelta(days=4)
    return nxt - dt.timedelta(days=nxt.day)


def _last_day(day: dt.date, precision: str) -> dt.date:
    """The latest day a date given to ``precision`` can be: the day, the month's end, the year's end."""
    if precision == "year":
        return dt.date(day.year, 12, 31)
    return _month_end(day) if precision == "month" else day


_BARE_YEAR = re.compile(r"\b(?:in|during|since|from|before|until|throughout)\s+((?:19|20)\d{2})\b(?![/.\-–]\d)", re.I)
_UN_AT_START = re.compile("un").match  # a word that opens with "un" (``Supervision._prefixed``)


def _with_bare_years(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """``matches`` and the years written alone after a preposition ("the last supervision was in 2022",
    "nothing since 2021"): a date to the year, used only where the whole year gives a certain answer."""
    extra = []
    for m in _BARE_YEAR.finditer(text):
        a, b = m.span(1)
        if any(d.start < b and a < d.end for d in matches):
            continue  # part of a date ("in March 2022")
        extra.append(DateMatch(start=a, end=b, text=m.group(1), date=dt.date(int(m.group(1)), 1, 1), precision="year"))
    return sorted(matches + extra, key=lambda d: d.start) if extra else matches


# a full stop on the end of a word, then a word in lower case: an abbreviation inside a sentence ("Case disc. w/ TM
# on 15/4", "Supv. with TM 02.01.25"), which the parser often takes for the end of one
# (the stop first, its letter checked behind it: a pattern that opens with a look-behind is tried at every
# character of the paragraph; one that opens with a full stop only where there is one. Same matches.)
_ABBREV_STOP = re.compile(r"\.(?<=[A-Za-z]\.)[ \t]+(?=[a-z&+]|w/)")
# a full stop after a shortened supervision term ("sup.", "supv.", "disc."), before a bracket or a date: "RS
# (reflective sup.) 15/2, 14/3", "Grp sup. 11/4"
_TERM_STOP = r"(?<![\w.])(?:{})\.\)?[ \t]+(?=\d)"
# what every match of :data:`_TERM_STOP` holds: a paragraph without it (most) is not searched for the terms
_TERM_STOP_GATE = re.compile(r"\.\)?[ \t]+\d")


@lru_cache(maxsize=16)
def _term_stop(shortened: tuple[str, ...]) -> re.Pattern[str]:
    """:data:`_TERM_STOP` for the shortened terms, compiled once per set of them."""
    return re.compile(_TERM_STOP.format("|".join(re.escape(w) for w in sorted(shortened, key=len, reverse=True))), re.IGNORECASE)


def _by_lines(text: str, doc: Doc | None = None, shortened: tuple[str, ...] = ()) -> Doc | None:
    """The paragraph parsed again where a full stop that ends an abbreviation ends its sentence, else None.

    "Case disc. w/ TM on 15/4, ...": the stop does not end the sentence when the next word is in lower case,
    or when the word is a shortened supervision term (``shortened``: "sup." for "supervision") and a date
    follows (``doc``, the paragraph's own parse, says whether the parser split there), so the dates after it
    still hang from the supervision named before it. A list paragraph keeps its items as sentences
    (:func:`auditlint.nlp.preset_list_sentences`, as in every parse). Same offsets as the paragraph's own parse."""
    from .. import nlp

    joins = {m.end() for m in _ABBREV_STOP.finditer(text)}
    if shortened and _TERM_STOP_GATE.search(text):
        joins |= {m.end() for m in _term_stop(shortened).finditer(text)}
    listed = nlp.is_list(text)
    if not joins or (not listed and doc is not None and not any(t.is_sent_start for t in doc if t.idx in joins)):
        return None
    pipeline = nlp.load()
    # the parser does not keep a sentence start it is told is not one, so the abbreviation's full stop is left
    # out of what it reads (a space in its place: same offsets)
    parse_text = list(nlp.for_parse(text))
    for end in joins:
        stop = text.rfind(".", 0, end)
        parse_text[stop] = " "
    doc = pipeline.make_doc("".join(parse_text))
    if listed:
        nlp.preset_list_sentences(doc, text)
    for _name, proc in pipeline.pipeline:
        doc = proc(doc)
    return doc


class _Extractor:
    """Reads supervision dates and denials out of an audit's parses."""

    def __init__(self, p: SupervisionTimeline.Params):
        self.p = p
        self.terms = TermMatcher(p.supervision_terms, "supervision")
        self.oversight = TermMatcher(p.oversight_terms, "oversight")
        self.sessions = TermMatcher(p.session_terms, "sessions")
        self.other = TermMatcher(p.other_senses, "other-senses")
        self.period = TermMatcher(p.period_terms, "period")
        self.neg = {c.lower() for c in p.negation_cues}
        self.planned = {c.lower() for c in p.planned_cues}
        self.not_held = {c.lower() for c in p.not_held_cues}
        self.ending = {c.lower() for c in p.ending_cues}
        self.neg |= self.ending  # "supervision stopped" says there has been none since
        self.case = TermMatcher(p.case_terms, "case")
        self.people = TermMatcher(p.other_supervision, "other-supervision")
        self.carriers = TermMatcher(p.carrier_terms, "carriers")
        self.supervisors = TermMatcher(p.supervisor_terms, "supervisors")
        self.meetings = TermMatcher(_spellings(p.meeting_terms), "meetings")
        self.joint = TermMatcher(p.joint_terms, "joint")
        self.records = TermMatcher(p.record_terms, "records")
        self.gaps = {w.lower() for w in p.gap_terms}
        self.labels = {w.lower() for w in p.label_terms}
        self.child = "xxxx"
        self.period_span: tuple[dt.date, dt.date] | None = None
        # the one-word terms that are the start of a longer one: abbreviations ("sup", "supv", "disc" of "case disc")
        words = {w.split()[-1] for w in p.supervision_terms}
        self.shortened = tuple(sorted(w for w in words if any(o.startswith(w) and len(o) - len(w) >= 3 for o in words)))
        self._slips: dict[str, bool] = {}  # word forms and whether each is one slip from a long term
        self._shortened: dict[str, bool] = {}  # word forms and whether each is a long "-ion" term cut short ("supn")
        self._plain: set[str] = set()  # word forms that are no slip of a term (:meth:`_misspelt`; kept for the process)
        self._fuzzy: tuple[object, list[str], set[str]] | None = None  # (terms, long terms, "-e" terms) for :meth:`_misspelt`
        self._dates_of: tuple[str, list[DateMatch]] | None = None
        self.n_dates: int | None = None
        self._misspelt_found: set[int] = set()
        self._prefixed_found: set[int] = set()

    # -- per audit
    def run(self, ctx: AuditContext) -> Extraction:
        ex = Extraction()
        audit = ctx.audit
        self.child = audit.child_ref.lower()
        self.period_span = None
        if audit.review_end is not None:
            self.period_span = (audit.review_start or months_before(audit.review_end, 6), audit.review_end)
        blocks: list[tuple[TextBlock, int | None]] = []
        for d in audit.domains:
            blocks += [(b, d.number) for b in d.paragraphs]  # actions are plans, not a record
        for s in (audit.practitioner, audit.family, *audit.extras):
            if s is not None:
                blocks += [(b, None) for b in s.paragraphs]
        prev: tuple[TextBlock, int | None, bool] | None = None  # the paragraph before, and whether it names supervision
        for block, domain in blocks:
            if not block.text.strip():
                continue
            own = ctx.doc(block)
            held = len(ex.dates)
            self._block(_by_lines(block.text, own, self.shortened) or own, block, domain, ex)
            named = bool(self.strong or self.over)
            # a table pasted under a label that names supervision may name a supervisor or a "1:1" in its cells
            # without naming what its rows are: the label does
            table = "|" in block.text and prev is not None and prev[0].text.rstrip().endswith(":")
            if len(ex.dates) == held and (not named or table) and prev is not None and prev[2] and domain is not None \
                    and prev[1] == domain and self._has_dates(block.text) and self._carries_on(prev[0], block):
                carried = self._continued(prev[0], block, domain)
                if carried:
                    ex.dates += carried
                    continue  # the next item of a list carries on from the same paragraph
            prev = (block, domain, named)
        return ex

    def _carries_on(self, before: TextBlock, block: TextBlock) -> bool:
        """Can a paragraph with dates and no supervision word of its own carry on the one before: that one ends
        with a label's colon, or this one is only dates, or its first sentence's subject is a word that refers
        back ("The sessions took place on ...", "Dates are ...", "The notes are dated ..."; not a pronoun, which in
        a case file is most often the child)?"""
        if before.text.rstrip().endswith(":"):
            return True
        text = block.text
        rest, at = [], 0
        for m in self._dates_in(text):
            rest.append(text[at : m.start])
            at = m.end
        rest.append(text[at:])
        if _LIST_GAP.match(_ITEM_MARK.sub("", " ".join(rest)).strip(" \t\n.-*•")):
            return True
        first = next(iter(self.doc.sents), None)
        return first is not None and any(
            t.dep_ in _SUBJ and (t.i in self.session or self.records.token_matches(t) or t.lower_ in self.labels)
            for t in first
        )

    def _continued(self, before: TextBlock, block: TextBlock, domain: int | None) -> list[SupDate]:
        """The dates of a paragraph that carries on the one before it, which names supervision: a list under a
        label that ends the paragraph before ("Supervision dates in the review period:", then the dates as a
        list of their own), or a sentence that refers back to it ("The sessions took place on ..."). Read as
        one text, the two paragraphs tie the dates as a single paragraph would; only the second one's dates are
        kept (the first one's were read with it). Parsed again only for a paragraph with dates none of which
        was tied on its own."""
        from .. import nlp

        lead = before.text.rstrip() + "\n"
        joined = lead + block.text
        tmp = Extraction()
        self._block(nlp.parse([joined])[0], TextBlock(text=joined), domain, tmp)
        n = len(lead)
        return [
            replace(d, block=block, start=d.start - n, end=d.end - n, sent_start=max(0, d.sent_start - n),
                    sent_end=max(0, d.sent_end - n))
            for d in tmp.dates if d.start >= n
        ]

    def _dates_in(self, text: str) -> list[DateMatch]:
        """``find_dates(text)``, kept for the paragraph last read (:meth:`_carries_on` reads it again)."""
        if self._dates_of is None or self._dates_of[0] != text:
            self._dates_of = (text, find_dates(text))
        return self._dates_of[1]

    def _has_dates(self, text: str) -> bool:
        """Does the paragraph last read name a date (a year alone after a preposition too)?"""
        if self.n_dates is None:
            self.n_dates = len(_with_bare_years(text, self._dates_in(text)))
        return self.n_dates > 0

    def _unnamed(self, doc: Doc) -> bool:
        """Does the paragraph name no supervision in any way the extraction reads one: no supervision or
        oversight term (nor a slip of one, nor one negated by its prefix), no supervisor, no one-to-one? Then
        no date in it can be tied to a supervision and nothing in it denies one, so its dates are not read
        (most paragraphs outside domain 6). The term sets are kept for :meth:`_block`."""
        self._misspelt_found = self._misspelt(doc)
        self._prefixed_found = self._prefixed(doc)
        if _found(self.terms, doc) or _found(self.oversight, doc) or _found(self.supervisors, doc) \
                or self._misspelt_found or self._prefixed_found:
            return False
        return not any(_joined(doc[s:e].text) in _PAIR_MEETINGS for s, e in _found(self.meetings, doc))

    def _block(self, doc: Doc, block: TextBlock, domain: int | None, ex: Extraction) -> None:
        text = block.text
        self.doc = doc
        self.session = self._term_heads(doc, self.sessions)
        if self._unnamed(doc):
            self.n_dates = None  # read only if asked (:meth:`_has_dates`)
            self.date_tokens = set()
            self.met = self.strong = self.over = self.unterms = set()
            return
        matches = _with_bare_years(text, self._dates_in(text))
        self.n_dates = len(matches)
        date_tokens: set[int] = set()
        spans: list[tuple[DateMatch, Span | None]] = []
        for m in matches:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            spans.append((m, span))
            if span is not None:
                date_tokens.update(t.i for t in span)
        self.date_tokens = date_tokens
        self.met = self._with_supervisor(doc)
        self.strong = self._term_heads(doc, self.terms) | self._misspelt_found | self.met
        self.over = {doc[s:e].root.i for s, e in _found(self.oversight, doc) if e - s > 1 or self._managers(doc[s])}
        self.unterms = self._prefixed_found
        runs = self._runs(text, matches)
        placed = self._fill_years(matches, runs)
        # a day and month with no year that no list gives one: the year that puts it in the review period
        if self.period_span is not None:
            for i, (m, (date, precision, problem, from_list)) in enumerate(zip(matches, placed)):
                if date is None and problem == "no year given" and m.day and m.month:
                    d = resolve_year(m.day, m.month, *self.period_span, weekday=m.weekday)
                    if d is not None:
                        placed[i] = (d, "day", None, True)
                    else:
                        placed[i] = (None, precision, "no year given, and more than one year fits the review period", False)
                elif date is None and problem == "month without a year" and m.month:
                    d = self._range_start(text, matches, i) or resolve_month(m.month, *self.period_span)
                    if d is not None:  # "since July": a month, never a day
                        placed[i] = (d, "month", "month without a year", True)
        # denials read the dates as placed ("no supervision since 3 March", "since July")
        spans = [
            (replace(m, date=pl[0], precision=pl[1], problem=pl[2]) if pl[3] else m, sp)
            for (m, sp), pl in zip(spans, placed)
        ]
        run_of = {i: run for run in runs for i in run}
        tied: dict[int, SupDate] = {}  # dates tied to supervision, by index, for the lists they head
        untied: list[int] = []
        for i, ((m, span), (date, precision, problem, from_list)) in enumerate(zip(spans, placed)):
            if span is None:
                continue
            if date is None or precision != "day":
                if span.root.dep_ in ("compound", "nmod", "amod", "poss"):
                    continue  # "the December supervision": a back-reference, not a date of its own
            # in a table the parse runs across rows: the row decides
            line_start = text.rfind("\n", 0, m.start) + 1
            line_end = text.find("\n", m.end)
            line_end = len(text) if line_end < 0 else line_end
            in_table = text[line_start:line_end].count("|") >= 2
            tie = None if in_table else self._tie(span, self._lead(doc, spans[run_of[i][0]][1]))
            if tie is None:
                line_kind = self._line_tie(text, m)
                if line_kind is not None:
                    ex.dates.append(
                        SupDate(
                            block=block, domain=domain, start=m.start, end=m.end, text=m.text, date=date,
                            precision=precision, kind=line_kind, problem=problem,
                            phrase=" ".join(text[line_start:line_end].replace("|", " ").split()),
                            from_list=from_list, sent_start=line_start, sent_end=line_end,
                        )
                    )
                elif not in_table:
                    untied.append(i)
                continue
            local, term, verb, prep = tie
            before = doc[span.start - 1] if span.start > 0 else None
            if prep is None and before is not None and before.pos_ in ("ADP", "SCONJ"):
                prep = before  # "nil since 14 Aug.": the parse hung the date elsewhere, the word before it decides
            kind = self._kind(local, verb, prep, span)
            ex.dates.append(
                SupDate(
                    block=block, domain=domain, start=m.start, end=m.end, text=m.text, date=date,
                    precision=precision, kind=kind, problem=problem, phrase=self._phrase(term, span, prep),
                    from_list=from_list, sent_start=span.sent.start_char, sent_end=span.sent.end_char,
                )
            )
            tied[i] = ex.dates[-1]
        ex.dates += self._list_members(untied, tied, run_of, spans, placed)
        ex.ago += self._last_ago(doc, block, domain)
        seen: set[int] = set()
        for i in sorted(self.strong | self.over | self.unterms):
            tok = doc[i]
            top = self._denied(tok)
            if top is None or top.i in seen:
                continue
            seen.add(top.i)
            ex.denials.append(self._denial(block, domain, top, tok, spans))

    def _last_ago(self, doc: Doc, block: TextBlock, domain: int | None) -> list[tuple[SupDate, int]]:
        """'was last supervised about six weeks ago', 'the last session was two months ago': the last supervision
        put relative to the audit, in a sentence that names supervision (not denied) and says it was the last. The
        least number of days it can be: an approximate length ("about", "around", "nearly") less one unit."""
        out: list[tuple[SupDate, int]] = []
        if "ago" not in doc.text.lower():
            return out  # every match of _AGO ends in "ago": most paragraphs have none
        for sent in doc.sents:
            m = _AGO.search(sent.text)
            if m is None or not _LAST.search(sent.text[: m.start()]):
                continue
            terms = [i for i in self.strong | self.session if sent.start <= i < sent.end]
            if not terms or any(self._denied(doc[i]) is not None for i in terms):
                continue
            n = _NUMBERS.get(m.group(2).lower()) if not m.group(2).isdigit() else int(m.group(2))
            if n is None:
                continue
            loose = m.group(1) is not None and m.group(1).lower() not in ("over", "more than")
            days = {"day": 1, "week": 7, "month": 30}[m.group(3).lower().rstrip("s")]
            least = (n - 1 if loose else n) * days
            a, b = sent.start_char + m.start(), sent.start_char + m.end()
            out.append((SupDate(block=block, domain=domain, start=a, end=b, text=m.group(0), date=None,
                                precision="none", kind="held", phrase=m.group(0), sent_start=sent.start_char,
                                sent_end=sent.end_char), least))
        return out

    @staticmethod
    def _range_start(text: str, matches: list[DateMatch], i: int) -> dt.date | None:
        """The month that opens a range whose end gives the year: "from January to March 2022" (January
        2022), "November to February 2023" (November 2022)."""
        m = matches[i]
        if i + 1 >= len(matches) or not m.month:
            return None
        nxt = matches[i + 1]
        if nxt.date is None or nxt.precision != "month" or not _RANGE_GAP.match(text[m.end : nxt.start]):
            return None
        year = nxt.date.year - (1 if m.month > nxt.date.month else 0)
        return dt.date(year, m.month, 1)

    @staticmethod
    def _list_members(
        untied: list[int], tied: dict[int, SupDate], run_of: dict[int, list[int]],
        spans: list[tuple[DateMatch, Span | None]], placed: list[tuple[dt.date | None, str, str | None, bool]],
    ) -> list[SupDate]:
        """Dates of a list ("held 19/5/23, 16/6/23, ..., 3/11/23 - all reflective") that the parse hung
        from something else: a list item dates what the items before it in the same list date (the
        nearest tied one). A list is only dates and separators (``_runs``), so another event named
        between two dates ("on 3.3.23 and the conference on 5.3.23") starts a new list."""
        out: list[SupDate] = []
        for i in untied:
            mates = [j for j in run_of.get(i, []) if j in tied and j < i]
            # the first items of a list the parser hung from a noun before it ("in recorded consultations (...) on
            # 26 January, 23 February, ..."): the list dates one thing, so they date what the items after them date
            later = [j for j in run_of.get(i, []) if j in tied and j > i]
            if not mates and len(later) < 2:
                continue
            ref = tied[mates[-1]] if mates else tied[later[0]]
            m = spans[i][0]
            date, precision, problem, from_list = placed[i]
            out.append(replace(ref, start=m.start, end=m.end, text=m.text, date=date, precision=precision,
                               problem=problem, from_list=from_list))
        return out

    # -- terms
    @staticmethod
    def _term_heads(doc: Doc, matcher: TermMatcher) -> set[int]:
        """Token indices heading a match ("case discussion" -> "discussion")."""
        return {doc[s:e].root.i for s, e in _found(matcher, doc)}

    def _with_supervisor(self, doc: Doc) -> set[int]:
        """Meetings and discussions between a worker and a supervisor ("the case was discussed with the team
        manager on ...", "1:1 meetings with the TM", "the manager met with the social worker to discuss XXXX
        on ..."): a supervisor among who met, the subject and the ``with``/``between`` phrase (which may hang
        from a phrase of its own: "discussed on a one-to-one basis with her manager"), and no parent or child
        among them ("Mum met the team manager")."""
        out: set[int] = set()
        joint = set(_found(self.joint, doc))
        for s, e in sorted(set(_found(self.meetings, doc)) | joint):
            t = doc[s:e].root  # "a catch-up": the head of the term
            # "1:1s with the ATM", "a one-to-one with ...": the tagger reads a one-to-one as a number; it is a noun
            if t.pos_ not in ("VERB", "NOUN", "PROPN") and not (t.pos_ == "NUM" and (not t.like_num or e - s > 1)):
                continue
            if t.pos_ == "NOUN" and any(
                c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in _PLAIN_SESSION_WORDS
                and not self.meetings.token_matches(c) and c.i not in self.date_tokens and not s <= c.i < e
                and not self._describes(c) and not self._is_supervisor(c)
                for c in t.children
            ):
                continue  # "a strategy meeting with the team manager", "a team meeting": another kind of meeting
            verb = t if t.pos_ == "VERB" else None
            if verb is None and t.dep_ in ("dobj", "xcomp") and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _LIGHT_VERBS:
                verb = t.head  # "had a meeting with ...": not "chaired the professionals' meeting"
            # who met: not the passive subject, which is what was discussed ("XXXX was discussed with the ATM")
            who = [w for s in (self._subjects(verb) if verb is not None else []) if s.dep_ != "nsubjpass"
                   for w in (s, *s.conjuncts)]
            if verb is t and t.lemma_.lower() == "meet":
                who += [c for c in t.children if c.dep_ == "dobj"]  # "the worker first met the team manager on ..."
            # "the Team Manager, who has met the practitioner about this child on ...": who the relative pronoun is
            who += [verb.head for w in who if w.lower_ in ("who", "that") and verb.dep_ == "relcl"]
            if verb is t and t.dep_ == "advcl" and not who:
                who += self._subjects(t.head)  # "the manager met with the worker to discuss XXXX"
            if verb is t and not who and t.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in _SUBJ for c in t.children):
                who += self._lost_subject(t)
            if verb is not None and any(w.lower_ in ("they", "we") for w in who):
                # a subject said before its pronoun: "Manager and social worker they discuss XXXX on ...";
                # or the people of the sentence before: "Priya's manager has stayed alongside her. They sat down ..."
                who += [w for c in verb.children if c.dep_ == "npadvmod" and c.i < t.i for w in (c, *c.conjuncts)]
                if t.sent.start > 0:
                    who += [w for c in doc[t.sent.start - 1].sent if c.dep_ in ("nsubj", "nsubjpass") for w in (c, *c.conjuncts)]
            frontier = [t] if verb in (None, t) else [t, verb]  # "had touchpoints with her manager": the verb holds "with"
            # a supervisor named as a modifier of the meeting ("TM 1:1s - 8/1, ...", "manager catch-up 3/4"), or
            # beside it when both modify what follows (a date the parser made the head)
            if t.pos_ in ("NOUN", "PROPN"):
                who += [c for c in t.children if c.dep_ in ("compound", "nmod") and c.i not in self.date_tokens]
                who += [c for c in t.children if c.dep_ == "amod" and self._is_supervisor(c)]  # "managerial discussion"
                # whose meeting it was: "the manager's discussions with the worker", "her discussions with the
                # worker" (the person the pronoun stands for)
                who += [self._antecedent(c) if c.pos_ == "PRON" else c for c in t.children if c.dep_ == "poss"]
                who = [w for w in who if w is not None]
                if t.dep_ == "compound":
                    who += [c for c in t.head.children if c.dep_ == "compound" and c.i < t.i]
            giving = verb is not None and verb is not t and verb.lemma_.lower() in _GIVING_VERBS
            if (s, e) in joint and not giving and not any(w.conjuncts for w in who):
                # only who it was done with counts: "the manager reviewed the plan" is a sign-off; "the worker and
                # the head of service reviewed the plan together" names both; a consultation the manager gave
                # ("the senior practitioner has provided case consultation") is one she held with the worker
                who = []
            named_partner = False
            for _ in range(2):
                preps = [c for n in frontier for c in n.children if c.dep_ == "prep"]
                partners = [o for c in preps if c.lower_ in ("with", "between")
                            for g in c.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)]
                named_partner = named_partner or bool(partners)
                # "discussed with TM 3/4": the parser folds the person into the date that follows as its compound
                who += partners + [c for o in partners if o.i in self.date_tokens for c in o.children
                                   if c.dep_ in ("compound", "nmod") and c.i not in self.date_tokens]
                frontier = [g for c in preps for g in c.children if g.dep_ == "pobj"]
            if not any(w.lower_ == self.child or self.people.token_matches(w) for w in who) and (
                any(self._is_supervisor(w) for w in who) or self._bare_pair(doc[s:e], t, named_partner)
            ):
                out.add(t.i)
        return out

    def _bare_pair(self, term: Span, head: Token, named_partner: bool) -> bool:
        """A one-to-one named with no one it was with ("1:1s: 2.8.24, ...", "monthly one-to-ones"): in a case
        file the worker's one-to-one is with the worker's supervisor; not one with someone else ("1:1 with
        XXXX") nor one that names another kind of work ("1:1 direct work sessions": the pair term modifies)."""
        if named_partner or _joined(term.text) not in _PAIR_MEETINGS:
            return False
        # a modifier only of a date the parser made the head ("Monthly 1:1s - 5/9/22, ...") still names the meeting
        # or of its record ("the 1:1 notes are dated ..."), when the record names no other kind of work nor
        # anyone else ("the 1:1 work notes with the child")
        if head.dep_ not in ("compound", "nummod", "amod", "nmod") or head.head.i in self.date_tokens:
            return True
        record = head.head
        return self.records.token_matches(record) and not any(
            (c.dep_ in ("compound", "nmod") and c.i != head.i and c.i not in self.date_tokens)
            or (c.dep_ == "prep" and c.lower_ in ("with", "between"))
            for c in record.children
        )

    @staticmethod
    def _lost_subject(verb: Token) -> list[Token]:
        """The subject of a finite verb the parser left without one, in a long sentence whose subject it hung from
        another verb ("Although the manager, who has since moved ..., last discussed XXXX with the worker on ...";
        "manager" made the subject of "runs"): the nearest subject before it that is not inside a relative clause."""
        for t in reversed(list(verb.sent)[: verb.i - verb.sent.start]):
            if t.dep_ not in ("nsubj",) or t.lower_ in _RELATIVE:
                continue
            inner = False
            for a in t.ancestors:
                if a.dep_ == "relcl":
                    inner = True
                    break
            if not inner:
                return [t, *t.conjuncts]
        return []

    def _antecedent(self, pron: Token) -> Token | None:
        """The person a personal pronoun ("her", "his") stands for: the nearest person named as a subject before
        it, in its sentence or the one before, else the nearest person named at all (a supervisor, a worker, a
        parent, the child or a named person). A subject is what a pronoun most often continues: "Although the
        team manager ... knows XXXX's family well, her discussions with the worker ..." """
        if pron.lower_ not in ("her", "his", "their", "she", "he", "they"):
            return None
        sent = pron.sent
        before = [t for t in sent if t.i < pron.i]
        if sent.start > 0:
            before = list(self.doc[sent.start - 1].sent) + before
        people = [
            t for t in reversed(before)
            if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod") and (
                self._is_supervisor(t) or self.people.token_matches(t) or t.lower_ == self.child
                or t.ent_type_ == "PERSON" or t.lemma_.lower() in ("worker", "practitioner"))
        ]
        return next((t for t in people if t.dep_ in _SUBJ), people[0] if people else None)

    @staticmethod
    def _bare_meeting(tok: Token) -> bool:
        """A meeting noun that says nothing of its own kind or company, only that it is one more ("a further
        discussion", "the next such meeting", "meetings"), so it continues the meetings named before it."""
        mods = [c for c in tok.children if c.dep_ not in ("punct",)]
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of", "about") for c in mods):
            return False  # "meetings with the family": who it was with is said
        kinds = [c for c in mods if c.dep_ in ("compound", "nmod", "poss", "amod")]
        if any(c.lower_ not in _ANAPHORIC and c.lower_ not in _DESCRIBING and c.tag_ not in ("VBN", "VBD") for c in kinds):
            return False  # "a strategy meeting", "the family's meeting"
        dets = [c for c in mods if c.dep_ == "det"]
        if any(c.lower_ not in ("the", "a", "an", "another", "these", "those", "such") for c in dets):
            return False
        return bool(kinds) or not dets or any(c.lower_ in ("another", "these", "those") for c in dets)

    @staticmethod
    def _agrees(pron: Token, noun: Token) -> bool:
        """Can ``pron`` stand for ``noun`` by number: "they" not for "the auditor", "it" not for "the records"."""
        if pron.lower_ in ("they", "these", "those"):
            return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)
        if pron.lower_ == "it":
            return noun.tag_ not in ("NNS", "NNPS")
        return True

    def _person(self, tok: Token) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and (
            self._is_supervisor(tok) or self.people.token_matches(tok) or tok.lower_ == self.child
            or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in ("worker", "practitioner"))

    @staticmethod
    def _describes(mod: Token) -> bool:
        """A modifier that says how or when a meeting went, not what kind of meeting it was: a participle ("the
        recorded discussion", "a planned catch-up"), an ordinal or a comparison ("the last meeting", "the most
        recent discussion"); not "a strategy meeting", "a team meeting", "a multi-agency meeting"."""
        if mod.dep_ != "amod":
            return False
        return mod.tag_ in ("VBN", "VBD", "JJR", "JJS") or mod.lower_ in _ORDINALS or mod.lower_ in _DESCRIBING

    def _managers(self, tok: Token) -> bool:
        """Is a one-word oversight term ("oversight") a manager's? Bare, as a label ("Oversight - 24.10.23, ..."),
        or had by a supervisor ("the TM has recorded her oversight", "TM has had oversight of the case"); not
        "Mum's oversight", "parental oversight", "an oversight", "oversight of the contact"."""
        kids = [c for c in tok.children if c.dep_ != "punct" and c.i not in self.date_tokens]
        if not kids:
            return True
        if any(c.dep_ not in ("poss", "prep") for c in kids):
            return False
        of = [g for c in kids if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if any(not self.case.token_matches(g) and g.lower_ != self.child for g in of):
            return False
        owners = [c for c in kids if c.dep_ == "poss" and c.pos_ != "PRON"]
        if not owners and tok.dep_ == "dobj":
            owners = self._subjects(tok.head)  # "the TM has recorded her oversight"
        return any(self._is_supervisor(w) for w in owners)

    def _is_supervisor(self, tok: Token) -> bool:
        """Does ``tok`` head or end a supervisor's title: "the team manager", "the Head of Service" (a title whose
        words run past its head)?"""
        span = self.doc[tok.left_edge.i : tok.right_edge.i + 1]
        return any(s <= tok.i < e for s, e in _found(self.supervisors, span))

    def _misspelt(self, doc: Doc) -> set[int]:
        """Nouns one slip away from a long one-word supervision term ("supervison", "supervsion",
        "superivsion"): a letter dropped, added, changed or two swapped; or a contraction of one ("Sup'n")."""
        low_doc = doc_lower(doc)
        lower = low_doc.lower
        words = self.terms.words
        if self._fuzzy is None or self._fuzzy[0] is not words:  # (built once: the terms are the extractor's own)
            self._fuzzy = (words, [w for w in words if len(w) >= _MIN_FUZZY], {w for w in words if w.endswith("e")})
            self._plain = set()
        long, verbs = self._fuzzy[1], self._fuzzy[2]
        slips = self._slips
        shortened = self._shortened  # word form -> whether it is such a contraction (depends on the form alone)
        out = set()
        # each test below depends on the word form (and then on the token's tag or lemma): each form of the
        # paragraph is tested once, and only the tokens of the forms that pass are looked at
        plain = self._plain  # forms that passed none of the tests (each depends on the form and the terms alone)
        # (the parse's word index holds each form once, its lemmas too: a lemma tested as a form finds no token)
        for low in low_doc.where.keys() - plain:
            n = len(low)
            slip = short = contracted = False
            if n >= _MIN_FUZZY - 1 and low not in words:
                slip = slips.get(low)
                if slip is None:
                    slip = slips[low] = any(_one_slip(low, w) for w in long)
            # a contraction, the apostrophe standing for the letters left out ("Sup'n", "superv'n"): the start and
            # the end of a long term
            if "'" in low or "’" in low:
                form = low.replace("’", "'")
                if form.count("'") == 1:
                    head, tail = form.split("'")
                    contracted = len(head) >= 3 and bool(tail) and any(
                        w.startswith(head) and w.endswith(tail) and len(w) > len(form) for w in long)
            # the same contraction of an "-ion" noun written without the apostrophe, as case notes do ("Supn",
            # "supns"): the term's first three letters, then some of its letters in order, ending in its "n" (or
            # plural "ns")
            if 4 <= n <= 6 and low.isalpha() and low not in words:
                short = shortened.get(low)
                if short is None:
                    short = shortened[low] = _contracted_ion(low, long)
            # a past participle the tagger read as an adjective, whose lemma is then the word itself ("Supervised
            # 14 Feb, ..."): the term verb with "-d" / "-ed"
            participle = low.endswith("ed") and low[:-1] in verbs
            if not (slip or contracted or short or participle):
                plain.add(low)
                continue
            for i, x in enumerate(lower):
                if x != low:
                    continue
                if short:
                    out.add(i)
                    continue
                pos = doc[i].pos_
                if (slip and pos in ("NOUN", "PROPN")) or (contracted and pos in ("NOUN", "PROPN", "VERB", "X")) or (
                        participle and doc[i].lemma_.lower() == low):
                    out.add(i)
        return out

    def _prefixed(self, doc: Doc) -> set[int]:
        """Supervision words negated by their prefix: "unsupervised", "un-supervised" (the rest of the
        word, less an "-ed"/"-d" ending, is a supervision term)."""
        d = doc_lower(doc)
        w = self.terms.words
        forms = []  # each word form of the paragraph tested once; its tokens read from the word index
        # (its forms and lemmas: a lemma that is no form finds no token in with_lower; those opening with "un" picked
        # by a search at their start, in C, not by a test of each in turn)
        for low in filter(_UN_AT_START, d.where):
            if len(low) < 6:
                continue
            rest = low[2:].lstrip("-")
            if rest in w or rest[:-1] in w or rest[:-2] in w:
                forms.append(low)
        return set(d.with_lower(forms)) if forms else set()

    def _prefix_denied(self, term: Token) -> Token | None:
        """'The case has gone unsupervised', 'the worker was left unsupervised on this case': the clause
        head, when what went unsupervised is the case or the worker (``case_terms``), not a person
        (``other_supervision``, the child: "the children were left unsupervised" is about their care)."""
        if term.dep_ in ("amod", "compound"):
            return None  # "unsupervised contact"
        head = term.head if term.dep_ in ("acomp", "oprd", "xcomp", "advcl", "advmod") else term
        for s in self._subjects(head) if head.pos_ in ("VERB", "AUX") else []:
            if s.lower_ == self.child or self.people.token_matches(s) or s.ent_type_ == "PERSON":
                return None
            if self.case.token_matches(s):
                return head
        return None

    def _other_sense(self, tok: Token) -> bool:
        """A supervision word in another sense: "supervised contact", "a supervision order", a parent's
        supervision of the children."""
        if self.other.token_matches(tok):
            return True
        for c in tok.children:
            people = []
            if c.dep_ == "poss":
                people.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                people += [g for g in c.children if g.dep_ == "pobj"]
            for g in people:
                if g.lower_ == self.child and c.dep_ == "prep" and not self._carer_named(tok):
                    continue  # "No supervision of XXXX has taken place this review period": the case, by its child
                if g.lower_ == self.child or self.people.token_matches(g):
                    return True
                if any(e == g.i + 1 for _, e in _found(self.people, self.doc[g.left_edge.i : g.i + 1])):
                    return True
        span = self.doc[tok.left_edge.i : tok.i + 1]
        return any(e == tok.i + 1 for _, e in _found(self.other, span))

    def _carer_named(self, tok: Token) -> bool:
        """Is someone who could be looking after the child named with a supervision word ("Mum's supervision of
        XXXX", "supervision of XXXX by her grandmother", "no supervision of XXXX while dad slept"): a possessor,
        an agent, or a family member anywhere in its sentence?"""
        if any(c.dep_ == "poss" for c in tok.children):
            return True
        return bool(_found(self.people, tok.sent))

    @staticmethod
    def _mistagged_noun(tok: Token) -> bool:
        """A plural noun the tagger took for a verb, which the parse still gives a noun's place: "Supervision
        records for 20.10.23 ... are on file" ("records" tagged a verb in the present, parsed as the subject)."""
        return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and not any(c.dep_ in _SUBJ for c in tok.children)

    def _care_sense(self, verb: Token) -> bool:
        """Is a supervision verb about care of the child rather than of the work: what was supervised is a
        person of the family or the child, or a word of another sense ("Mum supervised the children", "XXXX was
        supervised at the park", "contact was supervised"), or one of the family did it ("supervised by the
        grandmother")? Not "XXXX's case was supervised": the case is the work, whoever's it is."""
        patients = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        doers = [s for s in self._subjects(verb) if s.dep_ in ("nsubj", "csubj")]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        for c in [w for p in patients for w in (p, *p.conjuncts)]:
            if c.lower_ == self.child or self.people.token_matches(c) or self.other.token_matches(c):
                return True
            if any(e == c.i + 1 for _, e in _found(self.other, self.doc[c.left_edge.i : c.i + 1])):
                return True  # "family time was supervised"
        return any(w.lower_ == self.child or self.people.token_matches(w) for d in doers for w in (d, *d.conjuncts))

    def sup_np(self, tok: Token) -> Token | None:
        """The supervision term heading or qualifying the phrase ``tok`` heads, if any."""
        # a date the parser made the head of the words before it ("Monthly 1:1s - 5/9/22") carries them as its modifiers
        # a noun the tagger took for a verb keeps a noun's place in the parse ("Supervision records for 20.10.23
        # ... are on file": "records" tagged a verb, parsed the subject)
        if tok.pos_ in ("NOUN", "PROPN") or self._mistagged_noun(tok) \
                or (tok.pos_ == "NUM" and (tok.i in self.strong or tok.i in self.date_tokens)):
            # a meeting with a supervisor may be about the child ("a managerial discussion of XXXX"); a supervision
            # word of the child is a parent's ("Mother's supervision of XXXX")
            if tok.i in self.strong and (tok.i in self.met and not self.other.token_matches(tok) or not self._other_sense(tok)):
                return tok
            if tok.i in self.over:
                # "Management oversight is recorded on 12.12.23 (authorising the step-down)": a decision signed off
                return None if self._signs_off(tok) else tok
            if self._other_sense(tok):
                return None
            for c in tok.children:
                if c.dep_ in ("compound", "nmod") and c.i in self.strong and c.pos_ in ("NOUN", "PROPN"):
                    return c
                if c.dep_ in ("compound", "nmod", "nummod") and c.pos_ == "NUM" and c.i in self.met:
                    return c  # a one-to-one the tagger read as a number: "1:1s - 5/9/22, ...", "the 1:1 notes"
                if c.dep_ == "amod" and c.i in self.strong and c.pos_ == "ADJ":
                    return c  # "supervisory notes: 12.09, 10.10, ..."
                # "management oversight entries are on the file on ...": the record of a manager's oversight, as
                # "supervision notes" are of a supervision; not an entry that only signs a decision off
                if c.dep_ in ("compound", "nmod") and c.i in self.over and self.records.token_matches(tok) \
                        and not self._signs_off(tok):
                    return c
                # a short form glossed in brackets: "RS (reflective sup.) 15/2, 14/3"
                if c.dep_ == "appos" and c.i in self.strong and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i > 0 \
                        and self.doc[c.left_edge.i - 1].text == "(" and not self._other_sense(c):
                    return c
                # "the practice supervisor's notes of 2 November": the record a supervisor keeps is of a supervision
                if c.dep_ == "poss" and self.records.token_matches(tok) and self._is_supervisor(c):
                    return tok
                # "dates of supervision: ...", "the record of supervision dated ..."
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj" and g.i in self.strong and g.pos_ in ("NOUN", "PROPN"):
                            return g
        return None

    @staticmethod
    def _signs_off(record: Token) -> bool:
        """Is a record said, in its sentence, to authorise or approve something ("a management oversight entry
        on 10.11.22 authorising the transfer", "oversight entries dated ... only authorise visits")? A sign-off
        is a manager's decision on the file, not a discussion of the case. Read from the words' lemmas, since
        the parser often mistags the verb after a list of dates."""
        return any(t.lemma_.lower() in _SIGN_OFF or t.lower_.startswith(_SIGN_OFF_STEMS) for t in record.sent)

    def _resolve(self, tok: Token, depth: int = 0) -> Token | None:
        """The supervision a pronoun or "session" refers back to: the nearest subject before it."""
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            ante = tok.head.head
            found = self.sup_np(ante)
            if found is None and tok.lower_ == "which" and self._person(ante):
                # "which" never stands for a person: the parser hung it from the last noun of the clause before
                # ("... sat down with the worker to consider XXXX, which was on 12 November"); it is about that
                # clause, so the supervision that clause names
                t = ante
                for _ in range(5):
                    if t.head.i == t.i:
                        break
                    t = t.head
                    if t.i in self.strong and t.pos_ == "VERB" and self._denied(t) is None:
                        return t
            return found
        sent = tok.sent
        before = [t for t in sent if t.i < tok.i]
        if sent.start > 0:
            before = list(self.doc[sent.start - 1].sent) + before
        for t in reversed(before):
            if t.dep_ in _SUBJ and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ not in ("acomp", "amod", "compound"):
                if not self._agrees(tok, t):
                    continue  # "Could the auditor have found the supervision records? ... they are ...": not the auditor
                term = self.sup_np(t)
                if term is None and self._plain_session(t) and t.sent.start < sent.start and depth < 3:
                    term = self._resolve(t, depth + 1)  # "The October session ... Sessions on ..."
                if term is not None or not self._plain_session(tok):
                    return term
                break
        # no subject to refer to ("There was a break in supervision ...; otherwise it was monthly", "The worker
        # had supervision on ... Further sessions were held on ..."): the supervision named just before, in
        # the same sentence (a pronoun) or the one before (a plain "session")
        kind_of = self._kind_of(tok)
        if tok.lower_ in _PRONOUNS or self._plain_session(tok) or kind_of:
            scope = [t for t in sent if t.i < tok.i]
            if (self._plain_session(tok) or kind_of or tok.lower_ in ("they", "these", "those")) and sent.start > 0:
                scope = list(self.doc[sent.start - 1].sent) + scope
            for t in reversed(scope):
                phrase = t.head if t.dep_ == "compound" else t
                if tok.lower_ in ("they", "these", "those") and phrase.tag_ not in ("NNS", "NNPS"):
                    continue  # a plural pronoun stands for a plural phrase ("the supervision records ... they")
                if (t.i in self.strong or t.i in self.over) and t.pos_ in ("NOUN", "PROPN"):
                    term = self.sup_np(t)
                    denied = self._denied(term) if term is not None else None
                    if term is not None and (denied is None or kind_of or denied.lemma_.lower() in self.gaps):
                        return term
            if self._plain_session(tok) and not kind_of:
                return self._resolve_back(tok)  # named further back in the paragraph, nothing else between
        return None

    @staticmethod
    def _kind_of(tok: Token) -> bool:
        """An ordinal that stands for one more of a kind named before ("the last one", "the next is booked for
        ...", "the most recent was ..."): it takes up the kind, not the instance, so it refers back even to a
        supervision the sentence before denied ("There has been no supervision since ... The last one I can
        find is ...")."""
        if tok.lower_ in ("one", "ones"):
            # "the last one", "the latest one", "the most recent one": an ordinal or a superlative
            return any(c.dep_ == "amod" and (c.lower_ in _ORDINALS or c.tag_ == "JJS" or any(
                a.dep_ == "advmod" and a.lower_ == "most" for a in c.children)) for c in tok.children)
        return tok.lower_ in _ORDINALS and tok.pos_ == "ADJ" and tok.dep_ in (*_SUBJ, "pobj", "dobj")

    # -- the layout: tables and lists under a label ---------------------------
    def _sup_chars(self, a: int, b: int) -> list[Token]:
        """Supervision terms (not in another sense) whose text lies between characters ``a`` and ``b``."""
        out = []
        for i in sorted(self.strong | self.over):
            t = self.doc[i]
            if a <= t.idx < b and t.pos_ in ("NOUN", "PROPN") and not self._other_sense(t):
                out.append(t)
        return out

    def _line_kind(self, a: int, b: int) -> Literal["held", "planned", "none"]:
        toks = [t for t in self.doc if a <= t.idx < b and t.pos_ in ("VERB", "AUX", "ADJ")]  # not "contact plan"
        if any(t.lemma_.lower() in self.not_held for t in toks):
            return "none"
        # a status cell in capitals ("CANCELLED (TM unwell)"), which the tagger may read as a name
        if any(t.is_upper and t.lower_.startswith(tuple(self.not_held)) for t in self.doc if a <= t.idx < b):
            return "none"
        if any(t.lower_ in self.planned or t.lemma_.lower() in self.planned for t in toks):
            return "planned"
        return "held"

    def _line_tie(self, text: str, m: DateMatch) -> Literal["held", "planned", "none"] | None:
        """A date the parse did not tie, placed by the layout: a table row that names supervision, or
        whose column is headed by it ("| 12.9.22 | Supervision |", "| Supervision date | ..."), or a list
        item starting with the date under a label line that names it ("Supervision:" then "12.9.22 - ...")."""
        lines: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        k = next((n for n, (a, b) in enumerate(lines) if a <= m.start <= b), None)
        if k is None:
            return None
        a, b = lines[k]
        line = text[a:b]
        if line.count("|") >= 2:  # a table row
            if any(not self._denied(t) for t in self._sup_chars(a, b)):
                return self._line_kind(a, b)
            col = line[: m.start - a].count("|")
            for ha, hb in lines[:k]:
                header = text[ha:hb]
                if header.count("|") < 2 or set(header.strip()) <= set("|-: "):
                    continue
                cells = header.split("|")
                if col < len(cells):
                    ca = ha + sum(len(c) + 1 for c in cells[:col])
                    if self._sup_chars(ca, ca + len(cells[col])):
                        return self._line_kind(a, b)
                break
            # a table pasted under a title that names supervision ("Supervision record (copied from the
            # supervision tab):"): each row is a session, unless it names another kind of entry
            # ("Management oversight")
            title = next((n for n in range(k - 1, -1, -1) if text[lines[n][0]:lines[n][1]].count("|") < 2
                          and text[lines[n][0]:lines[n][1]].strip()), None)
            if title is not None and all(text[la:lb].count("|") >= 2 for la, lb in lines[title + 1 : k]):
                ta, tb = lines[title]
                label = text[ta:tb].strip()
                if (label.endswith(":") or len(label.split()) <= 4) \
                        and any(not self._denied(t) for t in self._sup_chars(ta, tb)) \
                        and not any(a <= t.idx < b for t in (self.doc[i] for i in self.over)):
                    return self._line_kind(a, b)
            return None
        # a list item that starts with the date, under a label that names supervision
        # "Wed 5 July 2023" as an item: a weekday before the date is part of it
        if _LEAD_WEEKDAY.sub("", line[: m.start - a].strip(" \t-*•·–—>0123456789.)")) != "":
            return None
        for n in range(k - 1, -1, -1):
            la, lb = lines[n]
            prev = text[la:lb].strip()
            if not prev:
                return None
            bare = prev.strip(" \t-*•·–—")
            if find_dates(bare) and _LEAD_WEEKDAY.sub("", bare)[:1].isdigit():
                continue  # another item of the same list
            words = bare.split()
            # a label: a colon, or a line with no verb; a heading of three words or fewer is one whatever the
            # tagger made of it ("Supervision dates", where "dates" may be read as a verb)
            heading = len(words) <= 3 and not bare.endswith((".", "!", "?"))
            if len(words) <= 6 and (bare.endswith(":") or heading or not any(
                t.pos_ in ("VERB", "AUX") for t in self.doc if la <= t.idx < lb
            )):
                if any(not self._denied(t) for t in self._sup_chars(la, lb)):
                    return self._line_kind(a, b)
            return None
        return None

    def _plain_session(self, tok: Token) -> bool:
        """'Further sessions', 'the October session', 'sessions': a session word with nothing naming another
        kind of session ('contact sessions', 'direct work sessions')."""
        if tok.i not in self.session:
            return False
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod"):
                if c.i in self.date_tokens or c.lower_ in _ORDINALS or c.lower_ in _PLAIN_SESSION_WORDS:
                    continue
                if c.pos_ == "PROPN" and c.lower_ in _MONTH_NAMES:
                    continue
                return False
        return True

    def _resolve_label(self, tok: Token) -> Token | None:
        """The supervision a label ("Dates: ...") refers back to: a supervision subject of the sentence
        before it, even when another subject is nearer ("Supervision is held monthly and the notes
        show ... Dates: ...")."""
        sent = tok.sent
        if sent.start == 0 or any(t.pos_ in ("VERB", "AUX") for t in sent if t.i < tok.i):
            return None
        prev = self.doc[sent.start - 1].sent
        for t in prev:
            if t.dep_ in _SUBJ and (t.i in self.strong or t.i in self.over):
                term = self.sup_np(t)
                if term is not None:
                    return term
        # or a sentence whose own verb is the supervision: "The case has been supervised every month. Dates: ..."
        root = prev.root
        if root.i in self.strong and root.pos_ == "VERB" and not self._care_sense(root) and self._denied(root) is None:
            return root
        return None

    def _gap_of(self, tok: Token) -> Token | None:
        """The supervision term of 'a gap (of N months) in supervision', if ``tok`` is such a gap."""
        if tok.lemma_.lower() not in self.gaps:
            return None
        for t in tok.subtree:
            if t.i in self.strong and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "pobj" and t.head.lower_ in ("in", "of"):
                return t
        return None

    def _resolve_back(self, tok: Token) -> Token | None:
        """The supervision named last before ``tok``, in its sentence or the one before."""
        sent = tok.sent
        before = [t for t in sent if t.i < tok.i]
        if sent.start > 0:
            before = list(self.doc[sent.start - 1].sent) + before
        for t in reversed(before):
            if t.i in self.strong or t.i in self.over:
                # a noun, or a verb of meeting a supervisor ("Sam and her manager meet monthly. They last met on ...")
                term = self.sup_np(t) if t.pos_ in ("NOUN", "PROPN") else t if t.i in self.met and t.pos_ == "VERB" else None
                if term is not None and self._denied(term) is None:
                    return term
        # further back in the paragraph, while nothing between names another kind of session or event ("I have read
        # every supervision record ... On the twentieth of January the manager and the worker set out three
        # hypotheses ... The sessions on the seventeenth of March ... revisit them")
        start = before[0].i if before else sent.start
        while start > 0:
            prev = self.doc[start - 1].sent
            if "\n\n" in self.doc[prev.start : start + 1].text:
                return None
            for t in reversed(list(prev)):
                if t.i in self.strong or t.i in self.over:
                    term = self.sup_np(t) if t.pos_ in ("NOUN", "PROPN") else None
                    return term if term is not None and self._denied(term) is None else None
                if t.i in self.session or self.other.token_matches(t):
                    return None
            start = prev.start
        return None

    def _arg_term(self, tok: Token) -> Token | None:
        term = self.sup_np(tok)
        if term is not None:
            return term
        # "the only record of XXXX being discussed with a manager is a note dated 14 April 2023": a record the
        # copula equates with a record of a supervision (the parser may hang "of ..." from a relative clause)
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and self.records.token_matches(tok):
            for subj in self._subjects(tok.head):
                if subj.pos_ == "VERB" and subj.i in self.strong and self._denied(subj) is None:
                    return subj  # the parser made the meeting itself the subject: "... being discussed with a manager"
                if subj.pos_ not in ("NOUN", "PROPN") or not self.records.token_matches(subj):
                    continue
                term = self.sup_np(subj) or next(
                    (t for t in subj.subtree if t.i in self.strong and t.pos_ == "VERB" and self._denied(t) is None), None)
                if term is not None:
                    return term
        # "the last time the case was taken to supervision was ...": a time noun whose relative clause is about
        # supervision
        if tok.lemma_.lower() in _TIME_NOUNS:
            for c in tok.children:
                found = self._clause_term(c) if c.dep_ == "relcl" else None
                if found is not None:
                    return found[1]
        # "Dates: ..." after a sentence about supervision: a bare label refers back
        if tok.lower_ in self.labels and tok.dep_ in ("ROOT", *_SUBJ) and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss") or (c.dep_ == "prep" and c.lower_ == "of") for c in tok.children
        ):
            return self._resolve(tok) or self._resolve_label(tok)
        # "(the minutes list XXXX on ...)", "the notes are dated ...": a bare record noun as a subject refers
        # to the supervision just named
        # the object of a verb that only says the file has it ("The file holds one record, dated ...",
        # "I found two notes (3.3.23 and ...)") does the same
        # and so does one a "with" phrase adds to the clause ("Monthly supervision is evident, with records dated ...")
        holder = tok.dep_ in _SUBJ or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HOLDING_VERBS) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ in ("VERB", "AUX"))
        if holder and tok.pos_ == "NOUN" and self.records.token_matches(tok) and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss", "prep")
            and not (c.dep_ == "amod" and (c.lower_ in _ORDINALS or c.lower_ in _PLAIN_SESSION_WORDS))
            for c in tok.children
        ):
            return self._resolve_back(tok)
        # "..., with a further discussion on 5 June": a meeting noun that says it is one more of those named
        # before it refers back to them
        # ("The next such meeting ...", "followed by meetings on ..."): one with no word of its own on what kind of
        # meeting it was or who was at it
        if tok.pos_ == "NOUN" and self.meetings.token_matches(tok) and self._bare_meeting(tok):
            back = self._resolve_back(tok)
            if back is not None:
                return back
        if (
            tok.lower_ in _PRONOUNS
            or (tok.i in self.session and self._plain_session(tok))
            or (tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl")
            or (tok.lower_ in _ORDINALS and tok.pos_ == "ADJ" and tok.dep_ in (*_SUBJ, "pobj", "dobj"))
            or self._elided(tok)
        ):
            return self._resolve(tok)
        return None

    @staticmethod
    def _elided(tok: Token) -> bool:
        """A phrase whose noun is left out, taken from what came before: an ordinal or a superlative with no
        noun ("the most recent being 5.4.24", "the latest was ..."), or a count it picks out ("The last seven
        were on ...", "the first two")."""
        if tok.dep_ not in (*_SUBJ, "pobj", "dobj", "attr") or tok.pos_ not in ("ADJ", "NUM"):
            return False
        if tok.pos_ == "ADJ":
            return tok.tag_ == "JJS" or any(c.dep_ == "advmod" and c.lower_ == "most" for c in tok.children)
        return any(c.dep_ == "amod" and (c.lower_ in _ORDINALS or c.tag_ == "JJS") for c in tok.children)

    # -- tying a date to what it dates
    def _transparent(self, tok: Token) -> bool:
        if tok.i in self.date_tokens:
            return True
        if tok.lower_ in _WEEKDAYS or _COUNT.match(tok.lower_):
            return True  # "Friday 9th February", "x4 in period (03/01, 07/02, ...)"
        if tok.pos_ in ("NOUN", "PROPN", "NUM") and (tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in _TIME_NOUNS):
            return self.sup_np(tok) is None
        # a carrier noun ("took place (...)", "for the whole period (...)") or a person the supervision was
        # with ("case discussion with TM: ..."): not an event of its own
        if tok.pos_ in ("NOUN", "PROPN") and self.sup_np(tok) is None:
            if self.carriers.token_matches(tok) or tok.lower_ == self.child:
                return True  # the child is not an event: "met the TM about XXXX on 5.9.22" (the parser's attachment)
            if tok.ent_type_ == "PERSON":
                return tok.dep_ in ("pobj", "appos", "compound")
        return tok.pos_ in ("ADV", "ADJ", "PUNCT", "CCONJ", "DET", "PART", "NUM", "SYM", "X", "SPACE")

    def _tie(self, span: Span, lead: Token | None = None) -> tuple[Token, Token, Token | None, Token | None] | None:
        """When the date dates a supervision: (the word in its clause that names the supervision, the
        supervision term it is or refers to, the clause verb, the date's preposition).

        A list of dates after a colon or bracket ("discussed in supervision every month: 31/08/2022,
        ...") elaborates the clause before it, whatever the parser attached the list to: when the
        climb from the date finds nothing, it is tried again from the colon (``lead``)."""
        found = self._climb(span, span.root)
        if found is None:
            found = self._labelled(span)
        if found is None and lead is not None:
            found = self._climb(span, lead)
            # "The TM and SW have met monthly to reflect on XXXX's progress (19/05, 16/06, ...)": a bracketed list
            # after a clause whose verb (or the verb its purpose clause hangs from) is itself a supervision
            verb = self._verb_of(lead)
            if found is None and lead.text == "(" and verb is not None:
                for v in (verb, verb.head) if verb.dep_ in ("advcl", "xcomp") else (verb,):
                    if v.i in self.strong and v.pos_ == "VERB":
                        found = (v, v, v, None)
                        break
        if found is None and lead is not None and lead.text.endswith(":"):
            found = self._colon_label(lead)
        if found is None and lead is not None and lead.text.endswith(":"):
            found = self._after_anchor(lead)
        if found is None:
            found = self._answer(span)
        if found is None:
            found = self._comma_participle(span)
        if found is None:
            found = self._parenthetical(span)
        if found is None and span.start > 0 and span.root.dep_ in _SUBJ and span.root.head.i > span.root.i:
            # a date parsed as the subject of a later clause ("is dated 11/05/22, before the case
            # was transferred") belongs to the word before it
            prev = span.doc[span.start - 1]
            if prev.pos_ in ("VERB", "AUX"):
                term = self._clause_term(prev)
                found = (*term, prev, None) if term is not None else None
            elif prev.pos_ == "ADP":
                found = self._climb(span.doc[prev.i : prev.i + 1], prev)
        if found is None:
            found = self._opening_term(span)
        return found

    def _opening_term(self, span: Span) -> tuple[Token, Token, Token | None, Token | None] | None:
        """A note that opens with the supervision word and goes straight on to its dates ("Supervised 12th Oct
        '22, 9th Nov '22, ..."), however the parser took the word (often an adjective of the first date)."""
        first = span.sent[0]
        if span.start == first.i + 1 and first.i in self.strong and not self._other_sense(first):
            return first, first, None, None
        return None

    def _after_anchor(self, colon: Token) -> tuple[Token, Token, Token | None, Token | None] | None:
        """A list of dates after a colon that ends a time anchor ("supervised fortnightly since the PLO meeting:
        20.11.2024, 4.12.2024, ..."): the anchor is one event, so a list of several dates is not its date but
        the dates of the clause the anchor hangs from."""
        noun = colon.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in _ANCHOR_PREPS or colon.i < noun.i:
            return None
        after = [t for t in colon.doc[colon.i + 1 : colon.sent.end] if t.i in self.date_tokens]
        if len(after) < 3:
            return None
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        found = self._clause_term(verb)
        return (*found, verb, None) if found is not None else None

    def _parenthetical(self, span: Span) -> tuple[Token, Token, Token | None, Token | None] | None:
        """A date set off by commas after a clause ("The file shows one managerial discussion in the period, on
        23 May 2024, at which ...") that the parser hung from a word after the closing comma: it dates the clause
        it follows, so that clause's supervision."""
        doc = span.doc
        prep = span.root.head if span.root.head.pos_ == "ADP" and span.root.head.i == span.start - 1 else None
        first = prep.i if prep is not None else span.start
        if first < 2 or doc[first - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
            return None
        if (prep or span.root).head.i <= span.end:
            return None  # the parser hung it before the comma: the climb has already read it
        verb = next((a for a in [doc[first - 2], *doc[first - 2].ancestors] if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i > first:
            return None
        term = self._clause_term(verb)
        return (*term, verb, prep) if term is not None else None

    def _comma_participle(self, span: Span) -> tuple[Token, Token, Token | None, Token | None] | None:
        """", dated 5.9.22, ..." after a clause, which the parser made a modifier of the date: the participle
        describes the clause's subject ("they are in the shared drive, dated 5.9.22, ...")."""
        root = span.root
        part = next((c for c in root.children if c.tag_ == "VBN" and c.i < span.start and c.i > 0
                     and self.doc[c.i - 1].text == ","), None)
        if part is None:
            return None
        verb = self._verb_of(root)
        if verb is None:
            return None
        for subj in self._subjects(verb):
            term = self._arg_term(subj)
            if term is not None:
                return subj, term, verb, None
        return None

    def _answer(self, span: Span) -> tuple[Token, Token, Token | None, Token | None] | None:
        """Dates in a verbless answer to a question about supervision: "Is there evidence that the case was
        discussed in supervision? Yes, on 24 April, 22 May and 19 June." The answer dates what the question asks
        about; not a "No" ("Was there supervision in May? No, only on 3 June.")."""
        sent = span.sent
        if sent.start == 0 or any(t.pos_ in ("VERB", "AUX") and t.i not in self.date_tokens for t in sent):
            return None
        words = [t for t in sent if not t.is_punct and not t.is_space]
        if words and words[0].lower_ in ("no", "none", "not", "never", "nil"):
            return None
        question = self.doc[sent.start - 1].sent
        if not question.text.rstrip().endswith("?"):
            return None
        for t in question:
            if t.i in self.strong and t.pos_ == "VERB" and self._denied(t) is None:
                return t, t, t, None
            if (t.i in self.strong or t.i in self.over) and t.pos_ in ("NOUN", "PROPN"):
                term = self.sup_np(t)
                if term is not None and self._denied(term) is None:
                    return t, term, self._verb_of(t), None
        return None

    def _colon_label(self, colon: Token) -> tuple[Token, Token, Token | None, Token | None] | None:
        """A list of dates after a label that names supervision, with no verb: "Supervision log extract (case
        management system): ...", whatever the parser made the head (a bracket inside the label often takes it).
        The label runs from the sentence start (or the last full stop) to the colon, brackets left out."""
        words: list[Token] = []
        depth = colon.text.count(")")
        for t in reversed(self.doc[colon.sent.start : colon.i]):
            if t.text in (".", ";", ":"):
                break
            depth += t.text.count(")") - t.text.count("(")
            if depth == 0 and not t.is_punct:
                words.append(t)
        # a plural noun the tagger took for a verb is still a noun when a noun modifies it ("Formal supervision
        # dates: ...", "supervision dates" parsed as a subject and its verb): a verb takes no compound
        if not words or len(words) > 6 or any(
            t.pos_ == "AUX" or t.tag_ in ("VBD", "VBZ", "VBP") and not self._label_noun(t, colon) for t in words
        ):
            return None
        for t in reversed(words):
            if (t.i in self.strong or t.i in self.over) and t.pos_ in ("NOUN", "PROPN") and not self._other_sense(t):
                if self._denied(t) is None:
                    return t, t, None, None
        return None

    def _label_noun(self, tok: Token, colon: Token) -> bool:
        """Is a word tagged as a verb in the present the last noun of a label ("Supervision dates:", "Formal
        supervision dates:"): it ends at the colon and a noun before it is its modifier or its "subject"?"""
        if tok.tag_ not in ("VBZ", "VBP"):
            return False
        between = self.doc[tok.i + 1 : colon.i]
        # a bracket may stand between the label and its colon: "Supn dates (dd/mm): ..."
        if len(between) and not (between[0].text.startswith("(") and colon.text.startswith(")")):
            return False
        return any(c.i < tok.i and c.dep_ in ("compound", "nsubj", "amod") and c.pos_ in ("NOUN", "PROPN") for c in tok.children)

    def _labelled(self, span: Span) -> tuple[Token, Token, Token | None, Token | None] | None:
        """A date the parse made the head of its supervision label: "Reflective supervision 12.9.22, ...",
        "12.9.22 – supervision: plan agreed" (the term hangs from the date as a compound or apposition)."""
        inside = {t.i for t in span}
        if span.start >= 2 and span.doc[span.start - 1].text == ":":
            label = span.doc[span.start - 2]
            if label.pos_ in ("NOUN", "PROPN", "VERB") and label.i not in self.strong and label.i not in self.over \
                    and label.i not in self.session and not self.carriers.token_matches(label) \
                    and label.lower_ not in self.labels and not self.records.token_matches(label):
                return None  # "Visit: 8 July, Supervision: 10 July": the label before the colon names what it dates
        heads = list(span)
        tok = span.root
        while tok.head.i != tok.i and tok.head.i in self.date_tokens:  # the date heading a list it is in
            tok = tok.head
            heads.append(tok)
        dates = inside | {t.i for t in heads}
        for t in heads:
            for c in t.children:
                if c.i in dates or c.dep_ not in ("compound", "appos", "nmod", "amod", "dep"):
                    continue
                if c.pos_ in ("NOUN", "PROPN") and (c.i in self.strong or c.i in self.over):
                    term = self.sup_np(c)
                    # not a supervision the text says did not happen: "Visit: 30 Sept (no supervision after the 4th)"
                    if term is not None and self._denied(c) is None:
                        return c, term, self._verb_of(c), None
        return None

    def _climb(self, span: Span, tok: Token) -> tuple[Token, Token, Token | None, Token | None] | None:
        inside = {t.i for t in span}
        prep: Token | None = None
        while True:
            h = tok.head
            if h.i == tok.i:
                break
            if h.i in inside or h.i in self.date_tokens:
                tok = h
                continue
            if h.pos_ == "ADP" or h.dep_ in ("prep", "agent"):
                if prep is None:
                    prep = h
                tok = h
                continue
            if h.pos_ in ("NOUN", "PROPN", "PRON") or self._mistagged_noun(h):
                term = self._arg_term(h)
                if term is not None:
                    return h, term, self._verb_of(h), prep
                gap_term = self._gap_of(h)
                if gap_term is not None:
                    # "a gap in supervision (14.6.22 to 20.1.23)", "a gap in supervision since 1.7.22":
                    # the dates that bound the gap are the supervisions either side of it
                    return h, gap_term, self._verb_of(h), prep
                if self._transparent(h):
                    tok = h
                    continue
                # "a reflective session using the signs of safety framework on 16/01/2024": the object of a participle
                # that describes a supervision is what the session did, and the date is the session's
                v = h.head
                if h.dep_ == "dobj" and v.tag_ == "VBG" and v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
                    term = self._arg_term(v.head)
                    if term is not None:
                        return v.head, term, self._verb_of(v.head), prep
                return None  # the date belongs to another event (conference, visit, review...)
            if h.pos_ in ("VERB", "AUX"):
                found = self._clause_term(h)
                if found is None and h.lemma_ == "be" and h.dep_ in ("acl", "advcl") and not self._subjects(h):
                    tok = h  # "Supervision is monthly, the last two being 3/4/24 and 1/5/24": about the sentence
                    continue
                if found is None and h.dep_ == "ccomp" and self.meetings.token_matches(h):
                    found = self._shown_by_record(h.head)  # "the supervision file shows XXXX was discussed on ..."
                if found is None and self._purpose_of_meeting(h):
                    # "the TM met the worker to consider XXXX's case on 25 September": the date of the purpose
                    # is the date of the meeting it is the purpose of
                    return h.head, h.head, h.head, prep
                return (*found, h, prep) if found is not None else None
            tok = h
        if tok.pos_ in ("VERB", "AUX"):
            found = self._clause_term(tok)
            return (*found, tok, prep) if found is not None else None
        # the date itself at the top: the parser made it the head of the words that name it ("Monthly 1:1s - 5/9/22,
        # ...", "supervision 5/9/22")
        term = self._arg_term(tok) if tok.i not in inside else self.sup_np(tok)
        return (tok, term, None, prep) if term is not None else None

    def _shown_by_record(self, verb: Token) -> tuple[Token, Token] | None:
        """The supervision record a reporting verb has as its subject ("the supervision file shows", "the
        supervision log records"): the discussion it reports is a supervision."""
        if verb.pos_ != "VERB":
            return None
        for subj in self._subjects(verb):
            term = self.sup_np(subj)
            if term is not None and subj.i != term.i and self.records.token_matches(subj) or (
                    term is not None and subj.lemma_.lower() in ("file", "log")):
                return subj, term
        return None

    def _purpose_of_meeting(self, verb: Token) -> bool:
        """Is ``verb`` an infinitive of purpose ("to consider ...", "to discuss ...") hanging from a verb that names
        a supervision ("met with the practitioner to consider ...")?"""
        if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VB":
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        head = verb.head
        return head.pos_ == "VERB" and head.i in self.strong

    @staticmethod
    def _verb_of(tok: Token) -> Token | None:
        while tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
        return tok if tok.pos_ in ("VERB", "AUX") else None

    def _subjects(self, verb: Token) -> list[Token]:
        v = verb
        for _ in range(4):
            subs = [c for c in v.children if c.dep_ in _SUBJ]
            # a subject the parser hung from the auxiliary ("they are, however, regularly dated: ...")
            subs += [g for c in v.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in _SUBJ]
            if subs or v.head.i == v.i:
                return subs
            if v.dep_ == "pcomp" and v.head.lower_ == "as":
                v = v.head  # "Supervision recorded as taking place on ...": the subject of the verb "as" hangs from
            elif v.dep_ == "advcl" and v.tag_ in ("VBG", "VBN") and not any(c.dep_ == "mark" for c in v.children):
                pass  # "Supervision has been timely, taking place on ...", "..., followed by 15.12.23": a participle
                # shares its clause's subject
            elif v.dep_ not in ("conj", "xcomp", "acomp"):
                return subs  # "acomp": a participle after a copula ("they are, however, consistently dated: ...")
            if v.dep_ == "conj" and self._quoted_clause(v.head):
                v = v.head  # 'notes say "XXXX discussed" and are dated ...': the parser joined the verb to the quote
            v = v.head
        return []

    def _quoted_clause(self, verb: Token) -> bool:
        """Is ``verb`` the verb of words quoted as a complement ('the notes say "XXXX discussed"')?"""
        doc = self.doc
        left = verb.left_edge.i
        return verb.dep_ == "ccomp" and left > 0 and doc[left - 1].text in ('"', "“", "'", "‘") \
            and verb.i + 1 < len(doc) and doc[verb.i + 1].text in ('"', "”", "'", "’")

    def _clause_term(self, verb: Token) -> tuple[Token, Token] | None:
        """(the word, the supervision term) a clause is about: its verb, subject, object or
        prepositional object."""
        # a cleft ("it was only on 8 May that the case was discussed with her manager"): the clause after "that"
        if verb.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
            for c in verb.children:
                if c.dep_ == "ccomp" and any(m.lower_ == "that" and m.i < c.i for m in c.children):
                    found = self._clause_term(c)
                    if found is not None:
                        return found
        if verb.i in self.strong and verb.pos_ == "VERB":
            # "supervised contact", "supervised the children": another sense; but a meeting with a supervisor
            # may be about the child ("the SW and TM discussed XXXX's case")
            if verb.i in self.met or not self._care_sense(verb):
                return verb, verb
        subjects = self._subjects(verb)
        args = list(subjects)
        for c in verb.children:
            if c.dep_ in ("dobj", "attr", "oprd", "acomp", "npadvmod"):
                args.append(c)
            elif c.dep_ in ("prep", "agent"):
                args += [g for g in c.children if g.dep_ == "pobj"]
        # "met the worker for supervision on ...": the purpose attached to the object
        for o in [c for c in verb.children if c.dep_ == "dobj"]:
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "in", "at", "during", "through"):
                    args += [g for g in c.children if g.dep_ == "pobj"]
        # a clause that modifies a noun is about that noun unless it has a subject of its own
        if verb.dep_ in ("acl", "relcl") and all(s.lower_ in _RELATIVE for s in subjects):
            args.append(verb.head)
        # a participle after a comma that the parser hung from the noun before it, inside a phrase of the clause
        # ("they are on the system, dated 22.1.24, ..."): it describes the clause's subject, not that noun
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > 0 and self.doc[verb.i - 1].text == "," \
                and verb.head.dep_ == "pobj" and not subjects:
            clause = self._verb_of(verb.head)
            if clause is not None:
                args += self._subjects(clause)
        # a participle the parser hung from the verb ("holds one record, dated 17 January 2023") describes
        # the object just before it
        own = [c for c in verb.children if c.dep_ in (*_SUBJ, "aux", "auxpass")]
        if verb.dep_ in ("advcl", "conj") and verb.tag_ in ("VBN", "VBD") and not own:
            args += [
                c for c in verb.head.children
                if c.dep_ in ("dobj", "nsubjpass") and c.i < verb.i and c.right_edge.i >= verb.i - 2
            ]
        for a in list(args):
            args += [c for c in a.conjuncts]
        for a in args:
            term = self._arg_term(a)
            if term is not None:
                return a, term
        # "They met on ...", after a sentence about the sessions with the manager: who met is who was supervised
        if verb.pos_ == "VERB" and self.meetings.token_matches(verb):
            for s in subjects:
                if s.pos_ == "PRON" and s.lower_ in ("they", "we"):
                    term = self._resolve_back(s)
                    if term is not None:
                        return s, term
        carried = self._carried_subject(verb) if not subjects else None
        if carried is not None:
            term = self._arg_term(carried)
            if term is not None:
                return carried, term
        return None

    def _carried_subject(self, verb: Token) -> Token | None:
        """The subject a note-style sentence leaves out, carried over from the sentence before: a participle
        that opens its sentence with no subject of its own ("Supervision is consistent. Recorded on 3.3.23,
        ...", "Held 4.4.23 and 2.5.23") is about the subject of the main clause just before it."""
        sent = verb.sent
        if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT" or sent.start == 0:
            return None
        if any(t.pos_ not in ("ADV", "PUNCT") for t in self.doc[sent.start : verb.i]):
            return None
        prev = self.doc[sent.start - 1].sent.root
        return next((s for s in self._subjects(prev) if s.pos_ in ("NOUN", "PROPN")), None)

    # -- what kind of mention a tied date is
    def _kind(self, term: Token, verb: Token | None, prep: Token | None,
              date: Span | None = None) -> Literal["held", "since", "planned", "none"]:
        denied = self._denied(term)
        if denied is not None:
            # "no supervision since 14.7.22", "supervision stopped in July 2022"
            if prep is not None and prep.lower_ in _ANCHOR_PREPS or denied.lemma_.lower() in self.ending:
                return "since"
            return "none"
        if self._disowned(term) or self._child_not_discussed(term, date):
            return "none"
        # "the supervision on 12.12.22 was cancelled", "the cancelled session on ..."
        if verb is not None and verb.lemma_.lower() in self.not_held:
            return "none"
        if any(c.lemma_.lower() in self.not_held for c in term.children if c.dep_ in ("amod", "compound")):
            return "none"
        if self._planned(term, verb):
            return "planned"
        return "held"

    def _child_not_discussed(self, term: Token, date: Span | None = None) -> bool:
        """Does the sentence say the child's case was not discussed at the session ("group supervision on 29 July,
        in which XXXX's case was not discussed", "..., but XXXX was not one of the cases discussed")? A session
        that did not take up the child's case is not a supervision of it. With ``date``, only what is said of that
        date's session: not a denial that follows another item of the list ("30 May (...); 25 Jul (... XXXX's is
        not one of them)")."""
        for t in term.sent:
            if t.i <= term.i or t.lemma_.lower() not in ("discuss", "present", "raise", "mention"):
                continue
            if date is not None and date.end <= t.i and any(
                    x.text in (";", "(") for x in self.doc[date.end : t.i]) and any(
                    i in self.date_tokens for i in range(date.end, t.i)):
                continue
            clause = t
            for _ in range(3):  # "was not one of the cases discussed": the "not" is on the clause above
                if any(c.dep_ == "neg" for c in clause.children):
                    break
                clause = clause.head
            if not any(c.dep_ == "neg" for c in clause.children):
                # "the minutes list the cases discussed and XXXX's is not one of them": the denial is a clause
                # coordinated with the one that names the discussion
                chain = [t, t.head, t.head.head]
                clause = next((c for h in chain for c in h.conjuncts if c.i > t.i and any(x.dep_ == "neg" for x in c.children)
                               and any(x.dep_ == "attr" and x.lower_ == "one" for x in c.children)), clause)
            if not any(c.dep_ == "neg" for c in clause.children):
                continue
            if any(c.lower_ in ("since", "after", "again", "until") for x in (t, clause) for c in x.children):
                continue  # "XXXX has not been discussed since": not at a later time, which says nothing of this one
            who = [x for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for x in c.subtree]
            if any(x.lower_ == self.child for x in who):
                return True
        return False

    def _disowned(self, term: Token) -> bool:
        """Does a later clause of the sentence deny that what ``term`` names counts as supervision ("... and in a
        team case discussion in March, but none of that is recorded as supervision", "..., which was not counted
        as supervision")? The clause has "as" and a supervision word of another kind than ``term`` (a date of
        "supervision" itself is not disowned by it), a negated verb, and a subject that takes up what came before
        (a demonstrative, a relative or a word like "none")."""
        for t in term.sent:
            if t.i <= term.i or t.dep_ != "pobj" or t.head.lower_ != "as" or t.i not in self.strong:
                continue
            verb = t.head.head
            if t.lemma_.lower() == term.lemma_.lower() or verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = self._subjects(verb)
            negated = self._neg_child(verb) or any(w.lower_ in _NONE_WORDS for w in subjects)
            if negated and any(w.lower_ in _NONE_WORDS or w.lower_ in _TAKE_UP for w in subjects):
                return True
        return False

    def _planned(self, term: Token, verb: Token | None) -> bool:
        """A session booked or due rather than held: "the next session is booked for ...", "supervision
        will take place on ...", "the manager has scheduled supervision for ..."."""
        # "the next session is on ...", but not "the next such meeting was not until 11 November": told in the past
        # tense, the next one is one that was held
        # (a participle with no auxiliary of its own is told in the tense of the clause it hangs from: "The next
        # supervision was on 17.11.23, followed by 15.12.23")
        tensed = verb
        if verb is not None and verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBG") and verb.head.i != verb.i \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            tensed = verb.head
        past = tensed is not None and (tensed.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tensed.children))
        if any(c.lower_ in self.planned for c in term.children if c.dep_ in ("amod", "det")) and not past:
            return True
        if verb is None:
            return False
        if verb.lemma_.lower() in self.planned:
            # "planned the direct work in supervision on ..." is a supervision that was held
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
            if passive or term.dep_ == "dobj" and term.head.i == verb.i or verb.i == term.i:
                return True
        for c in verb.children:
            if c.dep_ in ("aux", "acomp", "xcomp", "oprd") and (c.lemma_.lower() in self.planned or c.lower_ in self.planned):
                return True
        return False

    def _phrase(self, term: Token, span: Span, prep: Token | None) -> str:
        """The words that tie a date to supervision ("supervision took place in March"), for messages."""
        doc = self.doc
        first = span.start
        if prep is not None and prep.i == span.start - 1:
            first = prep.i
        between = range(term.i + 1, span.start)
        if (
            term.i < span.start
            and span.start - term.i <= 6
            and term.sent == span.sent
            and not any(i in self.date_tokens for i in between)
        ):
            first = max(doc[term.i].left_edge.i, span.sent.start)
        return doc[first : span.end].text.rstrip(".")

    # -- negation
    def _neg_child(self, tok: Token) -> bool:
        """A negation on ``tok``; not "not until" ("it was not until 28.11.22 that ...": it did happen, then)."""
        doc = self.doc
        return any(
            ((c.dep_ == "neg") or (c.dep_ in ("det", "advmod", "amod", "preconj") and c.lower_ in self.neg))
            and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("until", "till", "before"))
            for c in tok.children
        )

    def _container(self, tok: Token) -> Token:
        """The phrase a supervision noun sits in: "no record of supervision", "a supervision record"."""
        top = tok
        for _ in range(3):
            h = top.head
            if top.dep_ in ("compound", "nmod", "amod") and h.pos_ in ("NOUN", "PROPN"):
                top = h
            elif top.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ in ("NOUN", "PROPN", "PRON"):
                top = h.head
            else:
                break
        return top

    def _denied(self, term: Token) -> Token | None:
        """The clause head if ``term`` is in a statement that there was no supervision."""
        if term.i in self.unterms:
            return self._prefix_denied(term)
        if term.pos_ == "VERB":
            if term.dep_ in ("amod", "compound"):
                return None  # "supervised contact"
            if self._neg_child(term) and not self._quality(term, None):
                return term
            # "no evidence of the case being discussed with a manager"
            # (a clause after what governs it: "the file does not say who ..." does not govern a clause before it)
            return self._neg_governor(term) if term.dep_ in ("ccomp", "acl", "xcomp") and term.i > term.head.i else None
        if term.pos_ not in ("NOUN", "PROPN"):
            return None
        np = self._container(term)
        if self._other_sense(np):
            return None  # "no supervision order"
        if np is not term and np.lemma_.lower() in self.labels:
            # "supervision dates are not recorded on the file": the dates are missing (AL603), not the supervision
            return None
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and g.lemma_.lower() in self.labels
                                                               for g in c.children) for c in np.children):
            return None  # "I could not find any supervision records with dates on them": the dates are missing
        np_neg = self._neg_child(np) or self._neg_child(term) or any(
            t.lemma_.lower() in self.neg for t in (np, term) if t.pos_ in ("NOUN", "PRON")
        )
        if np.dep_ == "pobj" and np.head.lower_ in self.neg:
            np_neg = True  # "without supervision"
        # the noun as the object of a preposition of its verb: "discussed in supervision"
        head = np
        if np.dep_ == "pobj" and np.head.dep_ in ("prep", "agent"):
            head = np.head
        verb = head.head if head.dep_ != "ROOT" else head
        # "a gap of seven months in supervision": the gap is the denial; its length decides its scope
        if head is not np:
            g = verb
            for _ in range(3):  # "a gap of seven months in supervision": up through "months" to "gap"
                if g.pos_ not in ("NOUN", "PROPN", "ADP"):
                    break
                if g.pos_ != "ADP" and g.lemma_.lower() in self.gaps:
                    return g
                if g.head.i == g.i:
                    break
                g = g.head
        # "Supervision: none recorded.", "Supervision – nil.", "• Supervision: none found on file": a label that
        # opens its line, whatever the parser hung it from
        opens = np.dep_ == "ROOT" or all(t.is_punct or t.pos_ == "DET" for t in np.sent if t.i < np.left_edge.i)
        if not np_neg and opens and self._label_denied(np):
            return np
        searched = self._searched_none(np, term)
        if searched is not None:
            return searched
        if verb.pos_ not in ("VERB", "AUX"):
            return np if np_neg and np.dep_ == "ROOT" else None
        if np_neg:
            if np.dep_ in _SUBJ and self._quality(verb, np):
                return None
            return verb
        if self._neg_child(verb) or verb.lemma_.lower() in self.neg:
            if self._quality(verb, np):
                return None
            return verb
        # "the supervision file contains no entry for XXXX", "the supervision log has nothing on this case": a
        # supervision record that holds no record (not "the supervision notes contain no analysis", a quality)
        if np.dep_ in _SUBJ and verb.lemma_.lower() in _HOLDING_VERBS:
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                empty = obj.lower_ in ("nothing", "none") or self._neg_child(obj)
                if empty and (obj.lower_ in ("nothing", "none") or obj.lemma_.lower() in _RECORD_NOUNS
                              or self.records.token_matches(obj)):
                    return verb
        # a copula that says it was absent: "supervision has been absent"
        if verb.lemma_ == "be" and np.dep_ in _SUBJ:
            if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self.neg for c in verb.children):
                return verb
        # "there is no evidence that supervision took place", "I have not seen any evidence that the case
        # was discussed in supervision": the negation is on what governs the clause
        # "I was unable to locate any supervision records", "the worker failed to attend supervision":
        # an infinitive governed by a word that says it did not happen (``negation_cues``)
        if verb.dep_ in ("ccomp", "acl", "xcomp") and verb.i > verb.head.i and not self._quality(verb, np):
            return self._neg_governor(verb)
        return None

    def _searched_none(self, np: Token, term: Token) -> Token | None:
        """A search for supervision that found nothing: "I looked for supervision and found none recorded",
        "checked the supervision folder and found nothing on XXXX" (a finding verb coordinated with the search),
        "Queried the system for supervision records ...: zero results" (the result after a colon). The search
        verb is the first verb above the supervision phrase (the parser may hang "for ..." from its object)."""
        if np.dep_ in _SUBJ:
            return None
        verb = np
        for _ in range(4):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SEARCH_VERBS or self._neg_child(verb):
            return None
        for other in (*verb.conjuncts, *([verb.head] if verb.dep_ == "conj" else [])):
            if other.lemma_.lower() not in _HOLDING_VERBS or other.i < verb.i:
                continue
            found = [c for c in other.children if c.dep_ == "dobj"]
            found += [g for c in other.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ in _SUBJ]
            if any(f.lower_ in ("none", "nothing") or self._neg_child(f) for f in found) and not self._neg_child(other):
                return other
        colon = next((t for t in self.doc[term.i + 1 : term.sent.end] if t.text == ":"), None)
        if colon is not None and colon.i + 1 < term.sent.end:
            if self.doc[colon.i + 1].lower_ in ("none", "nothing", "nil", "zero", "0", "no"):
                return verb
        return None

    def _neg_governor(self, verb: Token) -> Token | None:
        """The word governing a clause that says it did not happen: "there is no evidence that ...", "I was
        unable to locate ...", "there is no record of the case being discussed in supervision" (through the
        ``of`` of a noun)."""
        gov = verb.head
        for _ in range(2):
            if gov.dep_ == "pobj" and gov.head.lower_ == "of" and gov.head.head.pos_ in ("NOUN", "PROPN"):
                gov = gov.head.head
            if self._neg_child(gov) or gov.lemma_.lower() in self.neg:
                return gov
            if gov.dep_ == "acomp" and gov.head.lemma_ == "be" and self._neg_child(gov.head):
                return gov.head  # "I have not been able to find any record of supervision"
            if gov.pos_ not in ("NOUN", "PROPN") or gov.dep_ not in ("dobj", "attr", "nsubj", "nsubjpass"):
                break
            gov = gov.head
        return None

    def _label_denied(self, np: Token) -> bool:
        """'Supervision: none recorded', 'Supervision – nil', 'Supervision evidenced: N': a label, then a word that
        says there was none."""
        doc = self.doc
        i = np.i + 1
        if i < len(doc) and doc[i].tag_ in ("VBN", "VBD") and doc[i].sent == np.sent:
            i += 1  # "Supervision evidenced: N", "Supvn recorded - none": a field named with its participle
        if i >= len(doc) or doc[i].text not in (":", "-", "–", "—"):
            return False
        i += 1
        if i >= len(doc):
            return False
        # a tick-box answer: "N" for no, the field's answer alone ("Supervision evidenced: N. Dates: ...")
        answer_n = doc[i].text in ("N", "N.") and (i + 1 == len(doc) or doc[i + 1].is_punct or doc[i + 1].is_space
                                                  or doc[i + 1].sent != doc[i].sent or doc[i].text == "N.")
        return (doc[i].lower_ in self.neg or answer_n) and (doc[i].sent == np.sent or answer_n)

    def _quality(self, verb: Token, np: Token | None) -> bool:
        """True when a negated clause denies a quality or an action of supervision, not that it happened."""
        kids = list(verb.children)
        if verb.lemma_ == "be":
            if any(c.dep_ == "expl" for c in kids):
                return False
            if np is not None and np.dep_ == "pobj" and np.head.head.i == verb.i and np.head.lower_ == "to":
                return False  # "XXXX's case has not been to supervision": it was not taken there
            if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in self.neg for c in kids):
                return False
            return True  # "is not reflective", "is not a substitute for supervision", "that is not supervision"
        if np is not None and np.dep_ not in _SUBJ:
            return False  # "could not find a supervision record", "has not been discussed in supervision"
        # what the verb did to something: an object, or a clause after it (a clause before it is one the parser
        # hung there: "... is not borne out by the records: no supervision could be evidenced")
        objs = [c for c in kids if c.dep_ in ("dobj", "ccomp", "xcomp") and c.lemma_.lower() != "place"
                and (c.dep_ == "dobj" or c.i > verb.i)]
        return bool(objs)

    def _clause_tokens(self, head: Token) -> list[Token]:
        """The clause ``head`` heads, without the clauses coordinated with it."""
        skip: set[int] = set()
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                skip.update(t.i for t in c.subtree)
            if c.dep_ == "cc":
                skip.add(c.i)
        return [t for t in head.subtree if t.i not in skip]

    def _topic(self, term: Token) -> bool:
        """True when a denied supervision is about one topic ("no supervision of the decision to ..."),
        not about the child's case as a whole."""
        for np in {term, self._container(term)}:
            for c in np.children:
                if c.dep_ != "prep" or c.lower_ not in ("of", "about", "on", "regarding", "concerning", "around"):
                    continue
                for p in c.children:
                    if p.dep_ != "pobj" or p.pos_ == "PRON" or p.left_edge.i <= term.i <= p.right_edge.i:
                        continue  # "no record of any supervision or management discussion": the term's own phrase
                    if p.ent_type_ in ("DATE", "TIME") or p.i in self.date_tokens or _found(self.period, self.doc[p.i : p.i + 1]):
                        continue
                    if p.lower_ == self.child or self.case.token_matches(p) or _found(self.case, self.doc[p.left_edge.i : p.i + 1]):
                        continue
                    return True
        return False

    @staticmethod
    def _duration(toks: list[Token]) -> int | None:
        """The longest span a denial names, in months: "for eight months" 8, "in over a year" 12."""
        best: int | None = None
        for t in toks:
            lemma = t.lemma_.lower()
            if lemma not in ("month", "year", "week", "fortnight", "day"):
                continue
            n: int | None = None
            for c in t.children:
                if c.dep_ in ("nummod", "det") and c.lower_ in ("a", "an"):
                    n = 1  # "a year", "over a year"
                elif c.dep_ == "nummod":
                    word = c.lower_
                    n = int(word) if word.isdigit() else _NUMBERS.get(word)
            if n is None:
                continue
            months = {"year": n * 12, "month": n, "week": n * 7 // 30, "fortnight": n * 14 // 30, "day": n // 30}[lemma]
            best = months if best is None else max(best, months)
        return best

    def _anchored(self, span: Span, head: Token) -> bool:
        """Is the date the start of the denied span: "since 14.7.22", "after 2.8.22", "since the case
        was transferred in August 2022"?"""
        if span.start > 0 and span.doc[span.start - 1].lower_ in _ANCHOR_PREPS:
            return True  # the word before the date, wherever the parser hung it
        tok = span.root
        for _ in range(12):
            if tok.i not in self.date_tokens and (
                tok.lower_ in _ANCHOR_PREPS
                and tok.pos_ in ("ADP", "SCONJ")
                or any(c.dep_ in ("mark", "prep") and c.lower_ in _ANCHOR_PREPS and c.i < span.start for c in tok.children)
            ):
                return True
            if tok.i == head.i or tok.head.i == tok.i:
                return False
            tok = tok.head
        return False

    @staticmethod
    def _to_now(toks: list[Token], m: DateMatch) -> bool:
        """The clause bounds its span by one date and the present: "between <date> and the audit",
        "from <date> to date", "from <date> until now"."""
        if not any(t.lower_ in ("between", "from") for t in toks):
            return False
        for t in toks:
            if t.idx <= m.start or t.lower_ not in _NOW_WORDS:
                continue
            if t.dep_ == "conj" or (t.dep_ in ("pobj", "advmod", "pcomp") and t.head.lower_ in ("to", "until", "till", "and")):
                return True
        return False

    def _denial(self, block: TextBlock, domain: int | None, head: Token, term: Token,
                spans: list[tuple[DateMatch, Span | None]]) -> Denial:
        toks = self._clause_tokens(head)
        ids = {t.i for t in toks}
        doc = self.doc
        anchor: dt.date | None = None
        limited = False
        ending = head.lemma_.lower() in self.ending
        placed: list[DateMatch] = []
        for m, span in spans:
            if span is None or not any(t.i in ids for t in span):
                continue
            if m.date is not None:
                placed.append(m)
            if m.date is not None and (ending or self._anchored(span, head)):
                latest = _last_day(m.date, m.precision)
                anchor = latest if anchor is None else max(anchor, latest)
            else:
                limited = True
        clause = doc[min(ids) : max(ids) + 1]
        whole = bool(_found(self.period, clause))
        # "between the transfer on 14.6.23 and the audit", "from June 2023 to date": one date, and the other
        # end is now; the date is where the span starts
        if len(placed) == 1 and anchor is None and self._to_now(toks, placed[0]):
            m = placed[0]
            anchor = _last_day(m.date, m.precision)
            limited = False
        # "no supervision between August 2022 and February 2023": the span the two dates make
        if len(placed) >= 2 and any(t.lower_ in ("between", "from") for t in toks):
            lo = max(_last_day(m.date, m.precision) for m in placed[:-1])
            hi = placed[-1].date
            anchor, limited = None, True
            # the range takes in its last day: "between 1.4.24 and 30.9.24" is six whole months
            if hi is not None and months_before(_last_day(hi, placed[-1].precision) + dt.timedelta(days=1), self.p.span_months) >= lo:
                whole, limited = True, False
        months = self._duration(toks)
        if months is not None:
            whole, limited = months >= self.p.span_months, months < self.p.span_months
        elif head.lemma_.lower() in self.gaps:
            whole, limited = False, True  # "there are gaps in supervision": how long is not said
        if self._topic(term):
            limited, whole = True, False
        if not whole:
            for t in toks:
                if t.lower_ in _LIMIT_WORDS and t.pos_ in ("ADP", "SCONJ", "ADV"):
                    # "while reported to have occurred", "while the manager says it happens": a concession about
                    # what is claimed, not a time
                    if t.dep_ == "mark" and t.head.lemma_.lower() in _REPORTING:
                        continue
                    limited = True
                if t.ent_type_ in ("DATE", "TIME") and t.pos_ in ("NOUN", "PROPN", "NUM"):
                    limited = True
        sent = head.sent
        if anchor is not None:
            scope: Literal["whole", "since", "limited"] = "since"
        elif whole:
            scope = "whole"
        elif limited:
            scope = "limited"
        else:
            scope = "whole"
        return Denial(
            block=block, domain=domain, start=sent.start_char, end=sent.end_char,
            text=" ".join(sent.text.split()), scope=scope, anchor=anchor, months=months,
        )

    # -- years from the list a date belongs to
    @staticmethod
    def _lead(doc: Doc, first: Span | None) -> Token | None:
        """The colon, dash or bracket that introduces a list of dates starting at ``first``."""
        if first is None:
            return None
        i = first.start - 1
        start = first.sent.start
        while i >= start:
            if doc[i].lower_ in _WEEKDAYS:
                i -= 1
            elif i >= 1 and doc[i].lower_ == "d" and doc[i - 1].lower_ == "we" and doc[i].idx == doc[i - 1].idx + 2:
                # "Wed 7th Aug": the tokenizer splits "Wed" as it splits "we'd", and the parser may start a sentence
                # at either half
                start = min(start, doc[i - 1].sent.start)
                i -= 2
            else:
                break
        if i >= start and (doc[i].text in (":", "(", "-", "–", "—") or doc[i].text in ("):", "]:")):
            return doc[i]  # "Supervision log extract (case management system): 2023-12-11, ..."
        if i == start - 1 and i >= 0 and doc[i].text.endswith(":"):
            return doc[i]  # the parser ended a sentence at the label's colon: "Formal supervision: Oct 20th, ..."
        return None

    @staticmethod
    def _runs(text: str, matches: list[DateMatch]) -> list[list[int]]:
        """Indices of the dates that form one list ("26 August, 23 September and 16 December 2022"). Only
        separators lie between the items, so no sentence ends inside a list, whatever the parser's sentence
        split says (it often breaks a list of abbreviated months: "23rd May 2024 and 20th Jun 2024")."""
        runs: list[list[int]] = []
        for i, m in enumerate(matches):
            if runs and i - 1 == runs[-1][-1]:
                gap = text[matches[i - 1].end : m.start]
                if "\n\n" not in gap and _LIST_GAP.match(gap):
                    runs[-1].append(i)
                    continue
            if len(runs) >= 2 and i - 1 == runs[-1][-1] and runs[-2][-1] == runs[-1][0] - 1:
                # an aside in brackets after an item ("Fri 11 Oct 2024 (moved from 9 October because of a court
                # hearing), Wed 6 Nov 2024, ..."): the list goes on after it; the dates inside it are not its items
                gap = text[matches[runs[-2][-1]].end : m.start]
                if "\n" not in gap and _ASIDE_GAP.match(gap):
                    runs[-2].append(i)
                    runs.append(runs.pop(-2))
                    continue
            runs.append([i])
        return runs

    def _fill_years(self, matches: list[DateMatch], runs: list[list[int]]) -> list[tuple[dt.date | None, str, str | None, bool]]:
        """(date, precision, problem, year-from-list) for each match."""
        out = [(m.date, m.precision, m.problem, False) for m in matches]
        for run in runs:
            if not any(out[i][0] is not None and out[i][1] == "day" for i in run):
                continue
            # forwards from each dated item, then backwards for the items before the first one
            last: dt.date | None = None
            for i in run:
                if out[i][0] is not None and out[i][1] == "day":
                    last = out[i][0]
                elif last is not None and matches[i].problem == "no year given":
                    d = self._with_year(matches[i].text, last.year)
                    if d is not None and d < last:
                        d = self._with_year(matches[i].text, last.year + 1)
                    if d is not None:
                        out[i] = (d, "day", None, True)
                        last = d
            nxt: dt.date | None = None
            for i in reversed(run):
                if out[i][0] is not None and out[i][1] == "day":
                    nxt = out[i][0]
                elif nxt is not None and matches[i].problem == "no year given":
                    d = self._with_year(matches[i].text, nxt.year)
                    if d is not None and d > nxt:
                        d = self._with_year(matches[i].text, nxt.year - 1)
                    if d is not None:
                        out[i] = (d, "day", None, True)
                        nxt = d
        return out

    @staticmethod
    def _with_year(text: str, year: int) -> dt.date | None:
        found = find_dates(f"{text.rstrip('.')} {year}")
        if not found or found[0].precision != "day":
            found = find_dates(text)  # "7/9": day and month only
            if len(found) == 1 and found[0].day and found[0].month:
                try:
                    return dt.date(year, found[0].month, found[0].day)
                except ValueError:
                    return None
        if len(found) == 1 and found[0].precision == "day":
            return found[0].date
        return None
