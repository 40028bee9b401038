"""Action rule types (AL3): is each action SMART, and does every weak domain have one?

Each action is read once per audit by :class:`ActionParser` into an
:class:`ActionParse` — who owns it, what it asks for, and when — and that one
object is shared by AL301–AL305 through ``ctx.cache``. The words come from
data: ``rules/lexicons/roles.yml`` (who can own an action) and
``rules/lexicons/timescales.yml`` (vague wording, relative and dated
timescales, deadline events); word lists that only one rule needs are that
rule file's ``parameters``.

What the parser reads, using the dependency parse and the two lexicons:

* **owner** — a role, family member, named person or the child in the
  subject of the action ("SW to ...", "The team manager will ...", "Ask the SW
  to ..."), the agent of a passive ("to be completed by SW") or a label
  ("– SW –", "SW:"), initials ("DB to phone ...") or a part of its own ("... – TM to
  check"). The subject of a passive is what is acted on, not the
  owner ("Family to be referred"). Other nouns standing where an owner would
  are kept for AL303 to judge with its own word list.
* **task** — the main verb (an imperative "Update ..." too, which the small
  English model often tags as a noun) and what it acts on; AL304 reads the
  rest of the action for detail.
* **timescale** — the lexicon's relative and dated patterns ("by DATE",
  "within N UNIT", "by the end of MONTH"), deadline events ("before the next
  CIN meeting"), a date or period tagged on at the start or end ("– SW –
  14/04/23", "Deadline: end of March 2023", "– 4 weeks", "- today", "– next visit"), a date the task verb
  takes ("complete it in March 2023"), and vague wording ("asap", "ongoing").
  An event clause ("before any unsupervised contact takes place") is a deadline; a
  condition ("once things settle") is vague. A date that only describes something
  ("the visits that lapsed in July", "the core group held on 2.2.23"), timing inside a
  clause that says what ("ask XXXX who she wants at her review") and a past sentence
  of narrative before the action are not a timescale.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from ..dates import MONTHS, DateMatch, find_dates, resolve_year
from ..errors import ConfigError
from ..matching import TermMatcher
from . import register
from .base import AuditContext, Hit, Params, RuleSkip, RuleType, section_hit

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from ..lexicons import LexiconStore
    from ..model import Action, Domain

# ---------------------------------------------------------------------------
# small helpers

_NUMBER_WORDS = (
    "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
)
_ONE_N = rf"(?:\d{{1,3}}|(?:{_NUMBER_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
# a number or a range of them: "4", "two", "2-3", "6–8", "two to three", "2 or 3"
_N = rf"(?:{_ONE_N}(?:\s*[-–—]\s*|\s+(?:to|or)\s+){_ONE_N}|{_ONE_N})"
_UNIT = r"(?:working\s+days?|wds?|business\s+days?|calendar\s+(?:days?|months?)|school\s+days?|hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|mths?|mnths?)"  # "4 wks", "3 mths"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY_NAME = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri)\.?(?![\w]))"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"
_MASK = "\ue000"  # stands in for a whole date while the timescale patterns are matched
_DATE = rf"{_WEEKDAY}?{_MASK}+"
_SEPARATORS = set("–—-:;,(/[") | {"--", "---"}  # a dash typed as two or three hyphens separates too
_INITIALS = re.compile(r"^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$")  # "DB", "S.J."
_TAIL_PERIOD = re.compile(rf"(?<![\w])({_N}(?:(?<=\d)\s*|\s+){_UNIT})\W*$", re.I)
# a day tagged on at the end or the start: "– SW – Thursday", "- today", "Friday: SW to ..."
_DAY = rf"(?:today|tomorrow|tmrw|tonight|{_WEEKDAY_NAME})"
_TAIL_DAY = re.compile(rf"(?<![\w])({_DAY})\W*$", re.I)
_TAIL_NEXT = re.compile(r"(?<![\w])(?:the\s+)?next\s+(?=[\w\s'’-]{2,60}\W*$)", re.I)
_HEAD_DAY = re.compile(rf"^\W*({_DAY})(?![\w])", re.I)
_BARE_NEXT = re.compile(r"(?<![\w])(?:the\s+)?next\s+", re.I)  # "attend the next core group", "discussed next supervision"
# a short label after a tagged date: "- 06/03/24 - SW", "– 31.3.23 – TM/SW"
_LABEL_AFTER = re.compile(r"\s*(?:[-–—:;]|--)\s*([^-–—:;,()\[\]]{1,30}?)[\s.;)\]]*$")
# a start point at the next of something recurring: "starting from the next session", "beginning with the next contact"
_START_NEXT = re.compile(r"(?<![\w])(?:starting|beginning|commencing)\s+(?:from|with|at)\s+(?:the|her|his|their)\s+next\s+", re.I)
_TIME = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}[:.]\d{2}|noon|midday)"  # "5pm", "17:00"
_FRACTION = r"\d{1,2}\s*/\s*52"  # clinical shorthand for weeks: "2/52" is two weeks
# a day of the month alone: "by the 28th"; not "on the 3rd visit", where the ordinal counts something
_ORDINAL = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)(?!\s+[a-z])"
_PART_MONTH = rf"(?:mid|early|late|the\s+middle\s+of|(?:the\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:week|wk|fortnight)\s+(?:of|in))[\s-]*{_MONTH}"
# a day and month with a dot and no year, which the date reader leaves alone: "w/c 21.10"
_DAY_MONTH = r"(?:[12]?\d|3[01])\.(?:0?[1-9]|1[0-2])(?![.\d])"
_CLOSERS = set("–—-:;,)/].") | {"--", "---"}
_OWNER_FOLLOWERS = frozenset({"to", "will", "should", "must"})  # what follows an owner: "SW to", "IRO will", "VSH should"
# what may stand before a date that opens the action as a tag: "End of August – SW to ..."
_HEAD_LEAD = re.compile(r"^\W*(?:(?:by|before)\s+)?(?:the\s+)?(?:(?:end|close|middle|start|beginning)\s+of|mid-?)\s*$", re.I)
_LIGHT_VERBS = {"give", "have", "hold", "make", "take", "undertake", "carry", "do", "conduct"}  # "give consideration to"
# verbs that only carry out what their object names: "undertake a home visit", "make a referral to CAMHS"
_DELIVERY_VERBS = _LIGHT_VERBS | {"complete", "arrange", "organise", "organize", "schedule", "convene"}
# verbs that only do what their object names: "undertake a home visit", "make a phone call"
_DOING_VERBS = {"undertake", "carry", "do", "conduct", "make"}
# verbs whose object can be a question ("knows when ...", "explain how ..."): a wh-clause under them says what
_KNOWING_VERBS = {"know", "understand", "tell", "explain", "learn", "hear", "say", "show", "decide", "ask", "confirm",
                  "clarify", "establish", "find", "check", "record", "agree", "discuss", "set"}
_DEADLINE_PREPS = ("by", "before", "within")
# prepositions that put an event next to a task without making it a deadline unless the task hangs on them
_WEAK_EVENT_PREPS = ("for", "at", "in")
# Words that open a fronted clause giving the background to an action rather than the action itself:
# "Although the plan agreed on 3.3.24 set out ..., the SW should ...", "Given that school have raised ...,
# the SW to ...". Its verb, people and dates are not the task, its owner or its deadline.
_BACKGROUND_MARKS = (
    ("although",), ("though",), ("while",), ("whilst",), ("given",), ("because",), ("since",), ("as",),
    ("so", "that"), ("despite",), ("whereas",), ("bearing", "in", "mind"), ("in", "light", "of"),
    ("in", "view", "of"), ("considering",), ("notwithstanding",),
)
# Conditions also hold back the main clause ("Once the SW has seen XXXX, she should record ..."), but the
# timing in them is the lexicon's to judge (vague conditions, or a deadline inside them).
_CONDITION_OPENERS = (("once",), ("if",), ("when",), ("unless",), ("after",))
_DEADLINE_WORDS = {"by", "before", "within", "the", "end", "of", "weeks", "week", "days", "months", "working"} | {
    m.lower() for m in calendar.month_name[1:] + calendar.month_abbr[1:]
}
_DEADLINE_START = re.compile(r"^\W*(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|due|deadline|target)(?![\w])", re.I)
_FULL_DATE_PROBLEMS = ("not a real date", "month-first", "no year given")
_OFFSETS_KEY = "auditlint.actions.token_offsets"  # a parse's token offsets, kept in its user_data


def uk_date(d: dt.date) -> str:
    """28 February 2023."""
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


def _plural(n: int, word: str) -> str:
    names = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
    return f"{names.get(n, str(n))} {word}{'' if n == 1 else 's'}"


def _is_full_date(m: DateMatch) -> bool:
    """A day, month (and usually year): what the lexicon's DATE stands for."""
    if m.precision == "day":
        return True
    return m.date is None and any(m.problem and m.problem.startswith(p) for p in _FULL_DATE_PROBLEMS)


def _day_month(text: str) -> tuple[int, int] | None:
    """Day and month of a date written without a year ("3rd April", "April 3rd")."""
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+([A-Za-z]+)", text)
    if m and m.group(2).lower().rstrip(".") in MONTHS:
        return int(m.group(1)), MONTHS[m.group(2).lower().rstrip(".")]
    m = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})", text)
    if m and m.group(1).lower() in MONTHS:
        return int(m.group(2)), MONTHS[m.group(1).lower()]
    return None


def _month_in(text: str) -> int | None:
    for w in re.findall(r"[A-Za-z]+", text):
        if w.lower() in MONTHS:
            return MONTHS[w.lower()]
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _an_age(text: str, t: Timescale) -> bool:
    """'seen by the GP at 6 weeks old', 'at 14 months of age': a point of the child's age, not a review point."""
    return t.text.lower().startswith("at ") and re.match(r"\s*(?:old|of\s+age)(?![\w])", text[t.end :], re.I) is not None


def _compile_notation(pattern: str) -> str:
    """The lexicon's timescale notation as a regular expression (see timescales.yml)."""
    tokens = re.findall(r"\(|\)|\[|\]|\||[^\s()\[\]|]+", pattern)
    pos = 0

    def atom(word: str) -> str:
        return {
            "N": _N, "UNIT": _UNIT, "DATE": _DATE, "MONTH": _MONTH, "YEAR": r"\d{4}", "WEEKDAY": _WEEKDAY_NAME,
            "TIME": _TIME, "N/52": _FRACTION, "ORDINAL": _ORDINAL, "PART-MONTH": _PART_MONTH, "DAY.MONTH": _DAY_MONTH,
        }.get(word, re.escape(word.lower()))

    def sequence(stop: tuple[str, ...]) -> str:
        nonlocal pos
        out = ""
        need_space = False
        while pos < len(tokens) and tokens[pos] not in stop:
            tok = tokens[pos]
            pos += 1
            optional = False
            if tok == "(":
                alts = [sequence((")", "|"))]
                while pos < len(tokens) and tokens[pos] == "|":
                    pos += 1
                    alts.append(sequence((")", "|")))
                pos += 1  # ")"
                piece = "(?:" + "|".join(alts) + ")"
            elif tok == "[":
                piece = "(?:" + sequence(("]",)) + ")"
                pos += 1  # "]"
                optional = True
            else:
                piece = atom(tok)
            if optional:
                out += rf"(?:\s+{piece})?" if need_space else rf"(?:{piece}\s+)?"
            else:
                # a figure may run into its unit: "48hrs", "6wks"
                space = r"(?:(?<=\d)\s*|\s+)" if tok == "UNIT" and tokens[pos - 2 : pos - 1] == ["N"] else r"\s+"
                out += (space if need_space else "") + piece
                need_space = True
        return out

    regex = sequence(())
    if pos != len(tokens):
        raise ValueError(f"unbalanced brackets in timescale pattern {pattern!r}")
    return rf"(?<![\w]){regex}(?![\w])"


def _anchor_word(word: str) -> str:
    """A word of an anchor phrase; "XXXX" (the child) matches any name or reference."""
    if word.startswith("XXXX"):
        return r"[\w-]+" + re.escape(word[4:]).replace("'", "['’]")
    return re.escape(word).replace("'", "['’]")


# the only characters that match an ASCII letter under re.IGNORECASE without being one: where a text holds
# one of them, a word's absence from its lower-case form does not rule out a case-blind match
_CASE_FOLDS = frozenset("\u0130\u0131\u017f\u212a")
_NOTATION_ATOMS = frozenset(
    {"N", "UNIT", "DATE", "MONTH", "YEAR", "WEEKDAY", "TIME", "N/52", "ORDINAL", "PART-MONTH", "DAY.MONTH"}
)  # the stand-ins of the timescale notation, which match no fixed word


def _notation_words(pattern: str) -> tuple[str, ...]:
    """Words one of which every match of a timescale pattern must contain, lower case; () when the pattern
    has no such words (it may open with a number or a date). A cheap test that spares running the pattern."""
    tokens = re.findall(r"\(|\)|\[|\]|\||[^\s()\[\]|]+", pattern)
    pos = 0

    def sequence(stop: tuple[str, ...]) -> tuple[str, ...] | None:
        """The best set of words for one sequence, or None when nothing in it is certain."""
        nonlocal pos
        best: tuple[str, ...] | None = None
        while pos < len(tokens) and tokens[pos] not in stop:
            tok = tokens[pos]
            pos += 1
            need: tuple[str, ...] | None
            if tok == "(":
                alts = [sequence((")", "|"))]
                while pos < len(tokens) and tokens[pos] == "|":
                    pos += 1
                    alts.append(sequence((")", "|")))
                pos += 1
                need = None if any(a is None for a in alts) else tuple(w for a in alts for w in a)
            elif tok == "[":
                sequence(("]",))
                pos += 1
                need = None  # optional: a match may lack it
            else:
                need = None if tok in _NOTATION_ATOMS else (tok.lower(),)
            if need and (best is None or min(map(len, need)) > min(map(len, best))):
                best = need
        return best

    return sequence(()) or ()


def _longest_plain_word(words: list[str]) -> tuple[str, ...]:
    """The longest word that a case-blind match must hold as written (no apostrophe, no stand-in)."""
    plain = [w.lower() for w in words if not w.startswith("XXXX") and not re.search(r"['’]", w)]
    return (max(plain, key=len),) if plain else ()


def _phrase_regex(phrase: str) -> str:
    words = [re.escape(w) for w in phrase.lower().split()]
    return r"(?<![\w])" + r"[\s-]+".join(words) + r"(?![\w])"


# ---------------------------------------------------------------------------
# vocabulary, compiled once per lexicon store


@dataclass(frozen=True)
class RoleEntry:
    words: tuple[str, ...]
    exact: bool  # abbreviations match as written
    kind: str  # "role" | "vague" | "family"
    text: str


class RoleVocabulary:
    """Who can own an action, from the roles lexicon."""

    def __init__(self, data: Any, source: str):
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise ConfigError(f"lexicon {source!r}: expected an 'entries:' list of roles")
        self.raw: list[tuple[str, str]] = []
        for e in data["entries"]:
            if not isinstance(e, dict) or not e.get("role"):
                raise ConfigError(f"lexicon {source!r}: every entry needs a 'role'")
            self.raw.append((str(e["role"]), "role" if e.get("can_own_actions", True) else "vague"))
        for r in data.get("family_roles") or []:
            self.raw.append((str(r), "family"))
        # the child, who can own an action too ("XXXX to register with a GP")
        for r in data.get("child_terms") or []:
            self.raw.append((str(r), "child"))
        self._index: dict[str, list[RoleEntry]] | None = None

    def _compile(self) -> dict[str, list[RoleEntry]]:
        from .. import nlp

        tokenizer = nlp.load().tokenizer
        index: dict[str, list[RoleEntry]] = {}
        seen: set[tuple[str, ...]] = set()
        for text, kind in self.raw:
            words = tuple(t.text for t in tokenizer(text))
            exact = any(c.isupper() for c in text) and text.upper() == text
            key = words if exact else tuple(w.lower() for w in words)
            if not words or key in seen:
                continue
            seen.add(key)
            entry = RoleEntry(key, exact, kind, text)
            index.setdefault(key[0].lower(), []).append(entry)
        for entries in index.values():
            entries.sort(key=lambda e: -len(e.words))
        return index

    @staticmethod
    def _same(tok: Token, word: str, exact: bool, last: bool) -> bool:
        if exact:
            return tok.text == word or (last and tok.text == word + "s")
        return tok.lower_ == word or (last and tok.lemma_.lower() == word) or (tok.lower_ == word + "s" and last)

    def find(self, doc: Doc, timing: set[int] | frozenset[int] = frozenset()) -> list[Mention]:
        """Role mentions, longest first. ``timing`` holds the tokens of timescales: a role the model
        made a compound of a timescale word ("by PA end of the month") still stands on its own."""
        if self._index is None:
            self._index = self._compile()
        out: list[Mention] = []
        toks = list(doc)
        size = len(toks)
        lowers = [t.lower_ for t in toks]
        texts = [t.text for t in toks]
        i = 0
        while i < size:
            best: RoleEntry | None = None
            for e in self._index.get(lowers[i], ()):
                n = len(e.words)
                if i + n > size:
                    continue
                # every word but the last as written (or in lower case); the last may be a plural
                seen = texts if e.exact else lowers
                if seen[i : i + n - 1] == list(e.words[:-1]) and self._same(toks[i + n - 1], e.words[-1], e.exact, True):
                    last = toks[i + n - 1]
                    nxt = toks[i + n] if i + n < size else None
                    # "the team manager": "the team" is only part of a longer noun
                    if (nxt is not None and last.dep_ == "compound" and last.head.i >= i + n
                            and nxt.pos_ in ("NOUN", "PROPN") and nxt.i not in timing):
                        continue
                    best = e
                    break
            if best is not None:
                out.append(Mention(i, i + len(best.words), doc[i : i + len(best.words)].text, best.kind))
                i += len(best.words)
            else:
                i += 1
        return out


@dataclass(frozen=True)
class _Pattern:
    expr: str  # the regular expression (case-insensitive), compiled when first used: most never are
    kind: str  # date | offset | period_end | frequency | anchor | vague
    source: str
    suggestion: str = ""
    needs: frozenset[str] = frozenset()  # lower-case words one of which every match holds; empty when unknown

    @cached_property
    def regex(self) -> re.Pattern:
        return re.compile(self.expr, re.I)


class TimescaleVocabulary:
    """Vague wording, relative/dated patterns and deadline events, from the timescales lexicon."""

    def __init__(self, data: Any, source: str):
        if not isinstance(data, dict):
            raise ConfigError(f"lexicon {source!r}: expected vague:, relative: and anchors: lists")
        self.vague: list[_Pattern] = []
        for e in data.get("vague") or []:
            phrase = str(e["phrase"] if isinstance(e, dict) else e)
            sugg = str(e.get("suggestion", "")) if isinstance(e, dict) else ""
            self.vague.append(_Pattern(_phrase_regex(phrase), "vague", phrase, sugg,
                                       frozenset(_longest_plain_word(phrase.split()))))
        self.relative: list[_Pattern] = []
        for e in data.get("relative") or []:
            kind = str(e.get("kind", "offset"))
            try:  # an authority's own pattern: its mistakes reported when the lexicon loads
                # (unbalanced brackets, by _compile_notation: what it returns is always a valid expression,
                # fixed atoms and escaped words in balanced groups, so it is compiled when first used, as the
                # vague and anchor patterns are; compiling all 60 here took ~40 ms of every cold start)
                rx = _compile_notation(str(e["pattern"]))
            except (ValueError, re.error, KeyError) as exc:
                raise ConfigError(f"lexicon {source!r}: bad relative pattern {e!r}: {exc}") from None
            needs = frozenset(_notation_words(str(e["pattern"])))
            self.relative.append(_Pattern(rx, kind, str(e["pattern"]), needs=needs))
        self.anchors: list[_Pattern] = []
        for e in data.get("anchors") or []:
            phrase = str(e["phrase"] if isinstance(e, dict) else e)
            words = [_anchor_word(w) for w in phrase.split()]
            rx = r"(?<![\w])" + r"\s+".join(words) + r"(?![\w])"
            self.anchors.append(_Pattern(rx, "anchor", phrase, needs=frozenset(_longest_plain_word(phrase.split()))))
        # every word a pattern needs, to find in a text once rather than once per pattern, and for each
        # list the patterns that need nothing and those that need each word
        self.needed_words = sorted({w for pat in self.vague + self.relative + self.anchors for w in pat.needs})
        self._screens: dict[str, tuple[list[int], dict[str, list[int]]]] = {}
        for group in ("vague", "relative", "anchors"):
            always: list[int] = []
            by_word: dict[str, list[int]] = {}
            for n, pat in enumerate(getattr(self, group)):
                if not pat.needs:
                    always.append(n)
                for w in pat.needs:
                    by_word.setdefault(w, []).append(n)
            self._screens[group] = (always, by_word)
        cond = data.get("vague_conditions") or {}
        self.condition_marks: list[tuple[str, ...]] = sorted(
            (tuple(str(w).lower().split()) for w in cond.get("marks") or []), key=len, reverse=True
        )
        self.condition_suggestion = str(cond.get("suggestion", "give a date, or the date by which the condition must be met"))
        self.event_marks = {str(w).lower() for w in data.get("event_clause_marks") or []}
        preps = [str(p) for p in data.get("anchor_prepositions") or []]
        next_preps = [str(p) for p in data.get("next_anchor_prepositions") or []]
        events = [str(p) for p in data.get("anchor_events") or []]
        bare = [str(p) for p in data.get("bare_anchor_prepositions") or []]
        self.bare: re.Pattern | None = None
        if bare and events:
            bare_rx = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(bare, key=len, reverse=True))
            event_rx = "|".join(r"[\s-]+".join(map(re.escape, e.split())) for e in sorted(events, key=len, reverse=True))
            # "prior to transfer", "before conference": no determiner, the event straight after
            self.bare = re.compile(rf"(?<![\w])(?:{bare_rx})\s+(?:{event_rx})(?![\w-])", re.I)
        self.general: re.Pattern | None = None
        self.general_next: re.Pattern | None = None
        if preps and events:
            prep_rx = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(preps, key=len, reverse=True))
            event_rx = "|".join(
                r"[\s-]+".join(map(re.escape, e.split())) for e in sorted(events, key=len, reverse=True)
            )
            self.general = re.compile(
                rf"(?<![\w])(?:{prep_rx})\s+(?:the(?:\s+next)?|[\w’'-]+(?:'s|’s)(?:\s+next)?|(?:her|his|their)(?:\s+next)?|(?:my|our|your)\s+next|next)\s+",
                re.I,
            )
            # "to the next core group": these prepositions need "next"
            self.general_next = (
                re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, next_preps))})\s+(?:the\s+)?next\s+", re.I)
                if next_preps else None
            )
            # up to three describing words, then the event: "the next looked after review"
            self.event_after = [
                re.compile(rf"(?:[\w’'-]+\s+){{{k}}}(?P<event>{event_rx})(?![\w])", re.I) for k in range(4)
            ]


    def possible(self, group: str, present: set[str] | None) -> list[_Pattern]:
        """The patterns of ``group`` (vague, relative, anchors) that could match a text holding the needed
        words ``present``, in the lexicon's order; all of them when ``present`` is None."""
        patterns: list[_Pattern] = getattr(self, group)
        if present is None:
            return patterns
        always, by_word = self._screens[group]
        picked = set(always)
        for w in present:
            picked.update(by_word.get(w, ()))
        return [patterns[n] for n in sorted(picked)]


_TIMESCALE_VOCABULARIES: dict[str, TimescaleVocabulary] = {}


def timescale_vocabulary(data: Any, source: str) -> TimescaleVocabulary:
    """The :class:`TimescaleVocabulary` of a timescales lexicon, built (its many
    regular expressions compiled) once per process per lexicon content and shared
    by every rule that reads it."""
    try:
        key = json.dumps(data, sort_keys=True)
    except (TypeError, ValueError):  # not plain data: build it as it is
        return TimescaleVocabulary(data, source)
    vocab = _TIMESCALE_VOCABULARIES.get(key)
    if vocab is None:
        vocab = _TIMESCALE_VOCABULARIES[key] = TimescaleVocabulary(data, source)
    return vocab


@dataclass
class Mention:
    start: int  # token indices
    end: int
    text: str
    kind: str  # role | vague | family | person | pronoun

    def tokens(self) -> range:
        return range(self.start, self.end)


@dataclass
class Timescale:
    kind: str  # date | offset | period_end | frequency | anchor | vague | tag
    start: int  # character offsets in the action's text
    end: int
    text: str
    source: str = ""
    suggestion: str = ""
    dates: list[DateMatch] = field(default_factory=list)

    @property
    def concrete(self) -> bool:
        return self.kind in ("date", "offset", "period_end", "anchor", "tag", "weekday")


@dataclass
class ActionParse:
    """Everything AL301–AL305 need to know about one action, read once."""

    action: Action
    doc: Doc
    child_ref: str = "XXXX"
    owners: list[Mention] = field(default_factory=list)
    vague_owners: list[Mention] = field(default_factory=list)
    roles: list[Mention] = field(default_factory=list)
    subjects: list[Token] = field(default_factory=list)  # other nouns where an owner would stand
    verb: Token | None = None  # the main verb (an imperative "Update" included)
    timescales: list[Timescale] = field(default_factory=list)
    dates: list[DateMatch] = field(default_factory=list)
    timescale_tokens: set[int] = field(default_factory=set)
    narrative: set[int] = field(default_factory=set)  # tokens of past sentences before the action
    background: set[int] = field(default_factory=set)  # tokens of a fronted clause before the main one
    background_kind: str = ""  # reason | purpose | condition

    @property
    def text(self) -> str:
        return self.action.block.text

    @property
    def concrete(self) -> list[Timescale]:
        return [t for t in self.timescales if t.concrete]

    @property
    def vague(self) -> list[Timescale]:
        return [t for t in self.timescales if t.kind == "vague"]

    @property
    def frequencies(self) -> list[Timescale]:
        return [t for t in self.timescales if t.kind == "frequency"]

    @property
    def owner_tokens(self) -> set[int]:
        return {i for m in self.owners + self.vague_owners for i in m.tokens()}

    def passive(self, verb: Token | None = None) -> bool:
        v = verb if verb is not None else self.verb
        if v is None:
            return False
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            return True
        return v.tag_ == "VBN" and v.i > 0 and v.doc[v.i - 1].lemma_ == "be"  # "to be updated", misparsed

    def verb_i_if_imperative(self) -> int:
        """The main verb's index when it is an imperative the model did not read as the clause's verb; else -1."""
        v = self.verb
        if v is None or (v.pos_ == "VERB" and v.dep_ in ("ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl", "acl")):
            return -1
        return v.i


class ActionParser:
    """Reads actions into :class:`ActionParse` objects; one per lexicon pair."""

    def __init__(self, lexicons: LexiconStore, roles: str, timescales: str):
        self.key = ("auditlint.actions", roles, timescales)
        self.roles = RoleVocabulary(lexicons.get(roles), roles)
        self.times = timescale_vocabulary(lexicons.get(timescales), timescales)
        self._verbs: set[str] | None = None
        acr = lexicons.get("acronyms") or {}
        self.acronyms = {str(e.get("acronym", "")) for e in (acr.get("entries") or []) if isinstance(e, dict)}

    def _known_thing(self, doc: Doc, t: Token) -> bool:
        """A known acronym set apart as a label ("ASAP - PEP") names a thing, not a worker's initials; one
        followed by what it will do ("VSH to look at ...") is who does it. Roles among the acronyms ("IRO",
        "SW") are found by the roles lexicon first."""
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        return t.text in self.acronyms and (nxt is None or nxt.lower_ not in _OWNER_FOLLOWERS)

    # -- the shared, cached parse ------------------------------------------
    def parsed(self, ctx: AuditContext) -> list[ActionParse]:
        """Every action of the audit, parsed once and shared through ``ctx.cache``."""
        store = ctx.cache.setdefault(self.key, {})
        out = []
        for action in ctx.audit.all_actions():
            p = store.get(id(action.block))
            if p is None:
                p = store[id(action.block)] = self.parse(action, ctx.doc(action.block), ctx.audit.child_ref)
            out.append(p)
        return out

    # -- verbs the model may have tagged as nouns -----------------------------
    def _verb_forms(self) -> set[str]:
        if self._verbs is None:
            from .. import nlp

            forms: set[str] = set()
            try:
                table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")
                forms = {str(v) for v in table.get("verb", [])}
            except (KeyError, ValueError, AttributeError):  # a pipeline without lookup tables
                forms = set()
            self._verbs = forms
        return self._verbs

    def parse(self, action: Action, doc: Doc, child_ref: str = "XXXX") -> ActionParse:
        p = ActionParse(action=action, doc=doc, child_ref=child_ref)
        text = action.block.text
        p.dates = find_dates(text)
        # a past sentence of narrative before the action ("The worker and I discussed ... SW to ..."):
        # its verb, people and dates are what happened, not the task, its owner or when it is due
        p.narrative = {
            t.i for s in doc.sents if s.end < len(doc) and (
                (s.root.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in s.root.children))
                or _told_past_passive(s.root))  # "The plan was agreed on 3.3.24. SW to ..."
            for t in s
        }
        main_start, reason = self._main_clause_start(doc)
        p.background = set(range(main_start))
        if main_start:
            p.background_kind = "purpose" if [t.lower_ for t in doc[:2]] == ["so", "that"] else (
                "reason" if reason else "condition")
        # timing in a fronted reason or concession only describes the background; in a condition it
        # may still say when ("Once ..., which should happen at the next visit, ...")
        told = {t.idx for t in doc if t.i in p.narrative or (reason and t.i in p.background)}
        p.timescales = [ts for ts in self._timescales(text, doc, p.dates) if ts.start not in told]
        p.timescale_tokens = {t.i for ts in p.timescales for t in self._tokens(doc, ts.start, ts.end)}
        p.roles = self.roles.find(doc, p.timescale_tokens)
        taken = {i for m in p.roles for i in m.tokens()}
        # initials stand for a person; the model often reads them as the verb ("DB to phone ...")
        p.roles += [Mention(t.i, t.i + 1, t.text, "person") for t in doc
                    if t.i not in taken and not self._known_thing(doc, t) and self._initials(doc, t)]
        p.roles = sorted((m for m in p.roles if m.start not in p.narrative), key=lambda m: m.start)
        p.verb = self._main_verb(doc, p)
        self._owners(doc, p, child_ref)
        return p

    # -- timescales ------------------------------------------------------
    def _timescales(self, text: str, doc: Doc, dates: list[DateMatch]) -> list[Timescale]:
        full = [d for d in dates if _is_full_date(d)]
        masked = list(text)
        for d in full:
            masked[d.start : d.end] = _MASK * (d.end - d.start)
        masked_text = "".join(masked)
        # most patterns cannot match: every word that would let them is missing from the text
        lowered = text.lower()
        present = None if _CASE_FOLDS.intersection(text) else {w for w in self.times.needed_words if w in lowered}
        found: list[Timescale] = []
        for pat in self.times.possible("relative", present):
            for m in pat.regex.finditer(masked_text):
                found.append(Timescale(pat.kind, m.start(), m.end(), text[m.start() : m.end()], pat.source))
        for pat in self.times.possible("anchors", present):
            for m in pat.regex.finditer(text):
                found.append(Timescale("anchor", m.start(), m.end(), text[m.start() : m.end()], pat.source))
        for rx in (self.times.general, self.times.general_next):
            for m in rx.finditer(text) if rx is not None else ():
                # the longest event that ends its noun phrase: "before the review conference"
                for k in range(3, -1, -1):
                    e = self.times.event_after[k].match(text, m.end())
                    if e and self._event_ends_phrase(doc, e.end()) and self._plain_words(doc, m.end(), e.start("event")):
                        found.append(Timescale("anchor", m.start(), e.end(), text[m.start() : e.end()], "anchor"))
                        break
        found += self._next_starts(doc, text)
        found += self._unmarked_next_events(doc, text)
        if self.times.bare is not None:
            for m in self.times.bare.finditer(text):
                if self._event_ends_phrase(doc, m.end()):
                    found.append(Timescale("anchor", m.start(), m.end(), text[m.start() : m.end()], "anchor"))
        clauses = self._conditions(doc)
        found += [c for c in clauses if c.kind == "anchor"]
        found += [
            c for c in clauses
            if c.kind == "vague" and not any(f.concrete and f.start < c.end and c.start < f.end for f in found)
            and not any(c.start <= d.start < c.end for d in dates)
        ]
        for pat in self.times.possible("vague", present):
            for m in pat.regex.finditer(text):
                if not self._attributive(doc, m.start(), m.end()) or self._all_future(doc, m.start(), m.end()):
                    found.append(
                        Timescale("vague", m.start(), m.end(), text[m.start() : m.end()], pat.source, pat.suggestion)
                    )
        # an event inside a clause that says what, not when: "ask XXXX who she wants at her review"
        # ("the next review" is scheduled, wherever the model hangs it)
        found = [
            t for t in found
            if t.kind != "anchor" or re.search(r"\bnext\b", t.text, re.I)
            or not any(self._content_clause(x) for x in self._tokens(doc, t.start, t.start + 1))
        ]
        found = [t for t in found if not self._names_a_noun(doc, t)]
        # the longest match wins where matches overlap
        found.sort(key=lambda t: (-(t.end - t.start), t.start))
        kept: list[Timescale] = []
        for t in found:
            if all(t.end <= k.start or t.start >= k.end for k in kept):
                kept.append(t)
        kept.sort(key=lambda t: t.start)
        kept = [t for t in kept if not self._past_reference(doc, t, kept) and not self._was_due(doc, t)
                and not _an_age(text, t)]
        # dates the patterns did not cover: a tag at the start or end of the action
        # ("– SW – 14/04/23", "– March 2023"), or a date the task verb takes ("complete it in March 2023")
        for d in dates:
            if any(t.start <= d.start < t.end for t in kept):
                continue
            full = _is_full_date(d)
            tag = self._tagged(doc, text, d.start, d.end)
            if tag is not None:
                kept.append(Timescale("tag" if full else "period_end", tag, d.end, text[tag : d.end], "tag"))
            elif self._verb_takes(doc, d.start, d.end):
                kept.append(Timescale("date" if full else "period_end", d.start, d.end, d.text, "verb"))
        # a period tagged on at the end: "– SW – 4 weeks"
        m = _TAIL_PERIOD.search(text)
        tag = self._tagged(doc, text, m.start(1), m.end(1)) if m else None
        if m and tag is not None and not any(t.start < m.end() and m.start() < t.end for t in kept):
            kept.append(Timescale("offset", tag, m.end(1), text[tag : m.end(1)], "tag"))
        kept += self._day_tags(doc, text, kept)
        if any(self._firm(t) for t in kept):
            # with a firm deadline, "the incident on 2.1.23" only says which incident
            kept = [t for t in kept if self._firm(t) or not self._describes_noun(doc, t, kept)]
        for t in kept:
            t.dates = [d for d in dates if t.start <= d.start and d.end <= t.end]
        kept.sort(key=lambda t: t.start)
        return kept

    def _next_starts(self, doc: Doc, text: str) -> list[Timescale]:
        """A start point at the next of something that recurs, whatever it is called: "record her presentation
        after each session, starting from the next session", "beginning with the next contact". "Next" makes
        it a scheduled occurrence, like "at the next core group"; the noun phrase after it is taken whole."""
        out = []
        for m in _START_NEXT.finditer(text):
            toks = self._tokens(doc, m.end(), m.end() + 1)
            if not toks:
                continue
            head = toks[0]
            while head.dep_ in ("compound", "amod") and head.head.i > head.i:
                head = head.head
            if head.pos_ not in ("NOUN", "PROPN"):
                continue
            end = head.idx + len(head.text)
            out.append(Timescale("anchor", m.start(), end, text[m.start() : end], "start"))
        return out

    def _unmarked_next_events(self, doc: Doc, text: str) -> list[Timescale]:
        """A scheduled event named with 'next' and no preposition, as what the task is done at: "All agencies
        to attend the next core group", "Contact to be discussed next supervision (TM)". The event is the
        task's object or a bare adverbial of it; after a preposition the general anchor form reads it, and
        after 'of' ("the date of the next review") it only names a thing."""
        out: list[Timescale] = []
        if self.times.general is None:
            return out
        for m in _BARE_NEXT.finditer(text):
            toks = self._tokens(doc, m.start(), m.start() + 1)
            if not toks or (toks[0].i > 0 and doc[toks[0].i - 1].pos_ in ("ADP", "SCONJ")):
                continue
            for k in range(3, -1, -1):
                e = self.times.event_after[k].match(text, m.end())
                if not (e and self._event_ends_phrase(doc, e.end()) and self._plain_words(doc, m.end(), e.start("event"))):
                    continue
                last = self._tokens(doc, e.end() - 1, e.end())
                head = last[-1] if last else None
                if head is not None and head.dep_ in ("dobj", "npadvmod", "tmod") and head.head.pos_ in ("VERB", "AUX"):
                    out.append(Timescale("anchor", m.start(), e.end(), text[m.start() : e.end()], "next"))
                break
        return out

    @staticmethod
    def _was_due(doc: Doc, t: Timescale) -> bool:
        """'The strategy discussion was due on 21.9.23 - TM to confirm ...': 'due' after a past form of 'be'
        says when something else was due, not when this action is."""
        if not t.text.lower().startswith("due"):
            return False
        toks = ActionParser._tokens(doc, t.start, t.start + 1)
        prev = doc[toks[0].i - 1] if toks and toks[0].i > 0 else None
        return prev is not None and prev.lemma_ == "be" and prev.tag_ in ("VBD", "VBN")

    def _day_tags(self, doc: Doc, text: str, kept: list[Timescale]) -> list[Timescale]:
        """A day set apart at the end or the start of the action: "– SW – Thursday", "Discuss in
        supervision - today", "Friday: SW to ...". Set apart like a date tag, it says when; inside the
        sentence ("the contact on Thursday") it is left to the patterns."""
        out = []
        # "– next visit", "- next core group": the event set apart at the end, with no preposition
        tail = _TAIL_NEXT.search(text)
        if tail is not None and self.times.general is not None and not any(t.end > tail.start() for t in kept):
            e = next((m for rx in self.times.event_after if (m := rx.match(text, tail.end()))
                      and not text[m.end():].strip(" .;)")), None)
            tag = self._tagged(doc, text, tail.start(), e.end()) if e is not None else None
            if e is not None and tag is not None:
                out.append(Timescale("anchor", tag, e.end(), text[tag : e.end()], "tag"))
        for rx in (_TAIL_DAY, _HEAD_DAY):
            m = rx.search(text)
            if m is None or any(t.start < m.end(1) and m.start(1) < t.end for t in kept + out):
                continue
            tag = self._tagged(doc, text, m.start(1), m.end(1))
            if tag is not None:
                out.append(Timescale("weekday", tag, m.end(1), text[tag : m.end(1)], "tag"))
        # "TM to confirm today that it took place": the day as an adverbial of a verb still to be done
        for tok in doc:
            if tok.lower_ in ("today", "tonight") and tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB" \
                    and tok.head.tag_ == "VB" and not any(t.start <= tok.idx < t.end for t in kept + out):
                out.append(Timescale("weekday", tok.idx, tok.idx + len(tok.text), tok.text, "day"))
        return out

    def _conditions(self, doc: Doc) -> list[Timescale]:
        """Timing that waits on an undated condition: "once things settle", "when Mother is ready",
        "as soon as she agrees". The clause the mark introduces is vague timing (a concrete timescale
        inside it, "when the assessment is done by 3.3.23", still wins: it is the longer match only
        if it covers more, and the vague one never overrides a concrete one). A clause that says what
        rather than when ("agree what happens when XXXX refuses to go to bed") is left alone. An event
        clause ("before any contact takes place") is a deadline, returned as an anchor."""
        out: list[Timescale] = []
        for t in doc:
            clause = t.head
            if not (t.dep_ == "mark" or (t.dep_ == "advmod" and clause.dep_ == "advcl" and t.i < clause.i)):
                continue
            if clause.pos_ not in ("VERB", "AUX") or self._content_clause(clause):
                continue
            # (the model sometimes makes the event clause the root: "... before any contact takes place")
            if t.dep_ == "mark" and t.lower_ in self.times.event_marks and clause.tag_ != "VBD" and t.i < clause.i:
                end = doc[clause.i].idx + len(doc[clause.i].text)
                for x in doc[clause.i + 1 :]:
                    if (x.is_punct and x.text != "'") or x.pos_ == "CCONJ":
                        break
                    end = x.idx + len(x.text)
                out.append(Timescale("anchor", t.idx, end, doc.text[t.idx : end], "event clause"))
                continue
            if clause.dep_ != "advcl":
                continue
            for words in self.times.condition_marks:
                first = t.i - len(words) + 1
                if first < 0 or [w.lower_ for w in doc[first : t.i + 1]] != list(words):
                    continue
                end_tok = max(x.i for x in clause.subtree)
                # a condition set off by commas ends at the comma ("It would seem sensible, when time
                # permits, for the SW to ..."), wherever the model hangs what follows
                end_tok = next((x.i - 1 for x in doc[clause.i + 1 : end_tok + 1] if x.text == ","), end_tok)
                start, end = doc[first].idx, doc[end_tok].idx + len(doc[end_tok].text)
                out.append(Timescale("vague", start, end, doc.text[start:end], "condition", self.times.condition_suggestion))
                break
        return out

    @staticmethod
    def _content_clause(tok: Token) -> bool:
        """``tok`` is inside a clause that says what, not when: a relative clause ("a plan for the days
        when Mum is unwell") or a question put as an object ("agree what happens when ...", "ask XXXX
        who she wants at her review"). The clause opens with a wh-word, "whether" or "if" ("SW to
        look ...", which the model reads as a relative clause of "SW", does not)."""
        t = tok
        while t.head.i != t.i:
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
                return False  # a task of its own, joined on: "..., and if not, ask school to name one"
            if t.dep_ in ("ccomp", "csubj", "relcl") and any(
                c.i < t.i and (c.tag_ in ("WP", "WDT", "WRB", "WP$") or c.lower_ in ("whether", "if"))
                for c in t.children
            ):
                return True
            # a question a verb of knowing or telling takes as its object, read as a clause of time:
            # "so that XXXX knows when she will next see her brother", "explain to Mum when contact restarts"
            # ("agree the plan when Mum is ready" has its object already: the clause says when)
            if t.dep_ == "advcl" and t.head.lemma_.lower() in _KNOWING_VERBS and any(
                c.i < t.i and c.tag_ == "WRB" for c in t.children
            ) and not any(c.dep_ in ("dobj", "ccomp") and c.i < t.i and c.pos_ not in ("PRON", "PROPN")
                          for c in t.head.children):
                return True
            t = t.head
        return False

    def _names_a_noun(self, doc: Doc, t: Timescale) -> bool:
        """'agree a date for the transfer', 'the attendance records for the autumn term': an event after
        'for', 'at' or 'in' that hangs from a noun says which thing is meant, not by when the task is due.
        A scheduled event ('the report for the next review') is still when; 'by', 'before' and the like
        always set a deadline."""
        words = t.text.split()
        if t.kind != "anchor" or not words or words[0].lower() not in _WEAK_EVENT_PREPS or re.search(r"\bnext\b", t.text, re.I):
            return False
        toks = self._tokens(doc, t.start, t.start + 1)
        if not toks:
            return False
        prep = toks[0]
        return prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.i < prep.i

    @staticmethod
    def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
        """The tokens that overlap the characters ``start:end``."""
        offsets = doc.user_data.get(_OFFSETS_KEY)
        if offsets is None:  # where each token starts and ends, worked out once per parse
            offsets = doc.user_data[_OFFSETS_KEY] = ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])
        starts, ends = offsets
        return [doc[i] for i in range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end))]

    def _plain_words(self, doc: Doc, start: int, end: int) -> bool:
        """The words between 'the next' and the event describe it ("looked after"): no new clause."""
        return all(t.pos_ not in ("DET", "AUX", "SCONJ", "CCONJ", "PRON", "PUNCT") for t in self._tokens(doc, start, end))

    def _event_ends_phrase(self, doc: Doc, end: int) -> bool:
        """'in the CIN review minutes' names the minutes, not the review."""
        toks = self._tokens(doc, end - 1, end)
        if not toks:
            return True
        last = toks[-1]
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        return not (last.dep_ == "compound" and nxt is not None and nxt.pos_ in ("NOUN", "PROPN"))

    def _attributive(self, doc: Doc, start: int, end: int) -> bool:
        """'the ongoing concerns', 'a short term placement': describes a noun, not when."""
        toks = self._tokens(doc, start, end)
        if not toks:
            return False
        last = toks[-1]
        head = last.head
        # "Ongoing monitoring.", "Ongoing liaison with school to continue", "... – ongoing monitoring": the
        # noun is the task itself, so the timing is vague
        task = (
            head.dep_ == "ROOT"
            or (head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in ("continue", "remain"))
            or (all(t.is_punct for t in doc[head.i + 1 :]) and toks[0].i > 0 and doc[toks[0].i - 1].text in _SEPARATORS)
        )
        # "Ongoing – worker to keep in touch with school": set apart as a label, it says when, whatever the
        # model hangs it from (a hyphen joining words, "on-going work", is not a separator)
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        label = nxt is not None and nxt.text in ("–", "—", ":", "-") and (nxt.text != "-" or bool(last.whitespace_))
        return last.dep_ in ("amod", "compound") and head.i > last.i and head.pos_ in ("NOUN", "PROPN") and not task \
            and not label

    def _all_future(self, doc: Doc, start: int, end: int) -> bool:
        """'to be included in all future reports', 'for all future visits': 'all future' before the noun a
        preposition takes is a standing instruction from now on (vague timing), not a describing word."""
        toks = self._tokens(doc, start, end)
        if len(toks) < 2 or toks[0].lower_ != "all":
            return False
        head = toks[-1].head
        return head.dep_ == "pobj" and head.i > toks[-1].i

    def _tagged(self, doc: Doc, text: str, start: int, end: int) -> int | None:
        """Where a tag that sets the date apart starts, or None: '– SW – 14/04/23', '– end of
        March 2023', 'Deadline: 31.3.23' (a short last part with no verb of its own), or a
        date opening the action ('31.3.23 – SW to ...', 'End of August – SW to ...')."""
        before = text[:start].rstrip()
        after = text[end:].strip()
        if not after.strip("".join(_CLOSERS) + " ") or self._label_follows(doc, text, end):  # at the end
            cut = max((i for i, c in enumerate(before) if c in _SEPARATORS and c not in "/-"), default=-1)
            cut = max(cut, max((m.end() - 1 for m in re.finditer(r"\s[-–—](?:\s|$)", before)), default=-1))
            if before.endswith(".") and start > len(before):
                cut = max(cut, len(before) - 1)  # the date as a note's last part of its own: "Update care plan. SW. 1/3/24"
            if cut < 0 and before:
                return None
            lead = text[cut + 1 : start]
            if len(lead.split()) > 4 or any(
                t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in self._tokens(doc, cut + 1, start)
            ):
                return None
            return cut + 1 + (len(lead) - len(lead.lstrip()))
        if (not before or _HEAD_LEAD.match(before)) and after[:1] in _CLOSERS:
            return len(before) - len(before.lstrip(" \t\n")) if before else start
        return None

    def _label_follows(self, doc: Doc, text: str, end: int) -> bool:
        """Only a short label is left after the date: "... - 06/03/24 - SW", "– 31.3.23 – TM/SW". Set apart
        by a dash or colon, up to three words with no verb or preposition: who, not another part."""
        m = _LABEL_AFTER.match(text, end)
        if m is None:
            return False
        words = [t for t in self._tokens(doc, m.start(1), m.end(1)) if not t.is_punct]
        return 0 < len(words) <= 3 and all(t.pos_ in ("NOUN", "PROPN", "SYM", "CCONJ", "X") for t in words)

    def _verb_takes(self, doc: Doc, start: int, end: int) -> bool:
        """'SW to complete the assessment in March 2023': the date belongs to the task, not to a noun."""
        toks = self._tokens(doc, start, end)
        if not toks:
            return False
        inside = {t.i for t in toks}
        top = next((t for t in toks if t.head.i not in inside), toks[0])
        link = top.head
        if link.dep_ == "prep" and link.lower_ not in ("since", "of", "from", "after"):
            verb = link.head
        elif top.dep_ in ("npadvmod", "tmod"):
            verb = link
        else:
            return False
        if verb.pos_ != "VERB" or verb.tag_ == "VBD" or _past_passive_clause(verb) or _told_past_passive(verb):
            return False
        return not (verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))

    @staticmethod
    def _firm(t: Timescale) -> bool:
        """A deadline in its own right: by/before/within a date or period, not 'on', 'at' or 'in'."""
        words = t.text.split()
        return t.concrete and t.source != "verb" and bool(words) and words[0].lower() not in ("on", "at", "in")

    def _describes_noun(self, doc: Doc, t: Timescale, kept: list[Timescale]) -> bool:
        if any(k is not t and k.kind == "anchor" and 0 <= t.start - k.end <= 2 for k in kept):
            return False
        toks = self._tokens(doc, t.start, t.end)
        if toks and t.source == "verb" and toks[0].i > 0 and toks[0].head.i == toks[0].i - 1:
            toks = [doc[toks[0].i - 1]] + toks  # the preposition before the date
        if not toks:
            return False
        prev = doc[toks[0].i - 1] if toks[0].i > 0 else None
        return (toks[0].dep_ == "prep" and toks[0].head.pos_ in ("NOUN", "PROPN")) or (
            prev is not None and prev.pos_ in ("NOUN", "PROPN")
        )

    def _past_reference(self, doc: Doc, t: Timescale, kept: list[Timescale]) -> bool:
        """'discussed at the core group on 2.2.23', 'Following the audit, we discussed ...', 'if attendance
        has fallen this term': a date or event in the past tense is what happened, not when the action is
        due. Only for 'on', 'at', 'in', 'following', 'this' and 'during'; 'by', 'before' and 'within'
        always set a deadline."""
        first = t.text.split()[0].lower() if t.text.split() else ""
        # ("has fallen below 80% this term": "this" and "during" say when something happened, like "in")
        if first not in ("on", "at", "in", "following", "this", "during"):
            return False
        # "before the next CIN meeting on 3.3.23": the date of the event named just before
        if first == "on" and any(k is not t and k.kind == "anchor" and 0 <= t.start - k.end <= 2 for k in kept):
            return False
        toks = self._tokens(doc, t.start, t.end)
        if not toks:
            return False
        head = toks[0].head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return False
        kids = {c.dep_ for c in head.children}
        if head.tag_ == "VBD":  # a past clause with its own subject: "the visits that lapsed in July"
            return bool({"nsubj", "nsubjpass"} & kids) and "aux" not in kids
        if head.tag_ == "VBN" and not ({"aux", "auxpass"} & kids) and head.dep_ in ("acl", "relcl", "amod"):
            return True
        # a past passive saying which thing: "the appointment that was requested in November"
        if _past_passive_clause(head):
            return True
        if _told_past_passive(head):
            return True
        return head.tag_ == "VBN" and any(c.lemma_ == "have" for c in head.children if c.dep_ == "aux")

    # -- the main clause -----------------------------------------------------
    @staticmethod
    def _main_clause_start(doc: Doc) -> tuple[int, bool]:
        """Where the main clause starts when the action opens with a fronted clause ("Although the plan
        ..., the SW should ...", "Once the SW has seen XXXX, she should ..."), and whether that clause is
        background (a reason or concession) rather than a condition; (0, False) when there is none.
        The small model often hangs the main clause from the fronted one, so the parse is not trusted
        for where it ends: the main clause is the first part after a comma that opens with a subject
        and then "to", a modal, "is to" or the root verb ("..., the SW to write ...")."""
        words = tuple(t.lower_ for t in doc[:3])
        reason = any(words[: len(m)] == m for m in _BACKGROUND_MARKS)
        if not reason and not any(words[: len(m)] == m for m in _CONDITION_OPENERS):
            return 0, False
        commas = [t.i for t in doc if t.text == ","]
        for c in commas:
            j = c + 1
            if j >= len(doc) or doc[j].tag_ in ("WDT", "WP", "WRB", "IN"):
                continue  # "..., which was agreed ...", "..., that he arrives hungry"
            k = j
            while k < len(doc) and k - j < 6 and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART") \
                    and doc[k].lower_ != "to":
                k += 1
            if k == j or k >= len(doc):
                continue
            if doc[k].lower_ in ("is", "are") and k + 1 < len(doc) and doc[k + 1].lower_ == "to":
                k += 1
            if doc[k].lower_ == "to" or doc[k].tag_ == "MD" or (doc[k].pos_ in ("VERB", "AUX") and doc[k].dep_ == "ROOT"):
                # the fronted part must be a clause: "As a priority, SW to ..." has no background
                if any(t.pos_ in ("VERB", "AUX") for t in doc[1:c]):
                    return j, reason
                return 0, False
        return 0, False

    # -- the main verb ------------------------------------------------------
    def _main_verb(self, doc: Doc, p: ActionParse) -> Token | None:
        role_tokens = {i for m in p.roles for i in m.tokens()}
        # a role set apart as a label ("SW: ...", "SW – update ...") does not stop an imperative opening
        labels = {
            i for m in p.roles for i in m.tokens()
            if m.end < len(doc) and doc[m.end].text in _CLOSERS and (m.start == 0 or doc[m.start - 1].text in _SEPARATORS)
        }
        labels |= _numbered_label(doc)  # "Action 2: ...", "Recommendation 3 – ...": which action, not the task
        first_content = True
        for t in doc:
            if t.i in p.timescale_tokens or t.is_punct or t.is_space or t.i in labels or t.i in p.narrative:
                continue
            if t.i in p.background:
                continue
            if t.i in role_tokens:
                first_content = False
                continue
            if first_content and t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ"):
                reduced = self._reduced_passive(doc, t)
                if reduced is not None:
                    return reduced  # "Plan to be updated ...", "Sibling assessment to be completed ..."
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "aux", "auxpass", "nmod"):
                if t.lemma_ == "be" and t.dep_ not in ("ROOT",):
                    continue
                if any(x.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP", "WP$") for c in x.children)
                       for x in (t, *t.ancestors)):
                    continue  # "The plan, which has not been reviewed since ..., needs reviewing"
                if self._aside(t):
                    first_content = False
                    continue
                if self._modifier_ing(doc, t):
                    first_content = False
                    continue  # "Fostering team to complete ...": the -ing word names the team
                v = t
                if v.lemma_ == "be":
                    # "the team manager is to record ...": the infinitive is the task
                    xs = [c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
                    if xs:
                        v = xs[0]
                    # "Chronology to be updated", read as "be" + an adjective
                    elif v.i + 1 < len(doc) and doc[v.i + 1].tag_ == "VBN":
                        v = doc[v.i + 1]
                return v
            if first_content and self._imperative(doc, t):
                return t  # an imperative the model read as a noun: "Update case summary."
            if (
                t.pos_ in ("NOUN", "PROPN") and t.i > 0 and doc[t.i - 1].lower_ == "to" and doc[t.i - 1].pos_ == "PART"
                and t.lower_ in self._verb_forms()
            ):
                return t  # an infinitive the model read as a noun: "SW to evidence XXXX's wishes"
            if t.pos_ not in ("DET", "ADP", "CCONJ", "SCONJ", "PART"):
                first_content = False
        return None

    @staticmethod
    def _aside(t: Token) -> bool:
        """A verb that is not the task: a participle used as a preposition ("Following the audit, ...")
        or one describing a noun ("with the support of the practice supervisor as required")."""
        if t.dep_ == "prep":
            return True
        return t.dep_ == "advcl" and t.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in t.children
        )

    @staticmethod
    def _reduced_passive(doc: Doc, t: Token) -> Token | None:
        """'Plan to be updated', 'Sibling assessment to be completed': an action opening with what is
        acted on, then 'to be' and a participle. The model often reads the first word as a verb; the
        participle is the task."""
        j = t.i
        while j < len(doc) and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "DET", "PART") and doc[j].lower_ != "to"):
            if doc[j].pos_ == "VERB" and doc[j].tag_ not in ("VB", "VBG", "NN", "NNP") and j != t.i \
                    and not _noun_read_as_verb(doc, j):
                return None
            j += 1
        if j == t.i or j + 2 >= len(doc) or doc[j].lower_ != "to" or doc[j + 1].lemma_ != "be" or doc[j + 2].tag_ != "VBN":
            return None
        if j - t.i > 5:
            return None
        return doc[j + 2]

    @staticmethod
    def _modifier_ing(doc: Doc, t: Token) -> bool:
        """'Fostering team to ...', 'Leaving care service will ...': an -ing word read as the verb
        although a noun and then 'to' or a modal follow it, so it is part of the owner's name."""
        if t.tag_ != "VBG" or t.i + 2 >= len(doc):
            return False
        noun, nxt = doc[t.i + 1], doc[t.i + 2]
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        return nxt.lower_ in ("to", "will", "should", "must", "shall", "can", "are", "is") and any(
            x.pos_ in ("VERB", "AUX") for x in doc[t.i + 3 : t.i + 5]
        )

    def _imperative(self, doc: Doc, t: Token) -> bool:
        """'Update case summary.': the first word can be a verb and the model read it
        as part of a noun phrase that is not the subject of anything."""
        if t.pos_ == "AUX" or t.lower_ not in self._verb_forms():
            return False
        # a noun, not an instruction: after a determiner or a preposition ("The review for the plan ...",
        # "On balance, ..."), or taking "of" ("Review of safety plan – ongoing")
        prev = doc[t.i - 1] if t.i > 0 else None
        if (prev is not None and prev.pos_ in ("DET", "ADP")) or t.dep_ == "pobj":
            return False
        if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" and t.tag_ != "VB":
            return False
        if t.tag_ == "VB" and t.dep_ not in ("aux", "auxpass", "xcomp"):
            return True  # a base-form verb opening the action is an instruction: "Explore ..."
        if not (t.pos_ in ("NOUN", "PROPN", "ADJ") or t.dep_ in ("compound", "amod", "nmod")):
            return False
        head = t
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i and head.head.i > head.i:
            head = head.head
        # "Address Father's refusal ...", "Review Mum's budget": a verb opening the action, read as part of
        # the name of the person whose thing it acts on
        owner_of = t.i == 0 and t.dep_ == "compound" and head.i == 1 and head.dep_ == "poss" and head.pos_ == "PROPN"
        if not owner_of and (t.dep_ in ("nsubj", "nsubjpass", "poss") or head.dep_ in ("nsubj", "nsubjpass", "poss")):
            return False
        nxt = head.i + 1
        # "Contact arrangements to be reviewed": the phrase is what is acted on
        if nxt < len(doc) and doc[nxt].lower_ == "to" and any(c.pos_ in ("VERB", "AUX") for c in doc[nxt:]):
            return False
        return not any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.i > head.i for c in head.children)

    # -- owners ----------------------------------------------------------
    def _owners(self, doc: Doc, p: ActionParse, child_ref: str) -> None:
        verb = p.verb
        passive = p.passive()
        mentions = list(p.roles)
        role_tokens = {i for m in mentions for i in m.tokens()}
        child = child_ref.lower()
        # a person named in the subject, or "I" (the auditor)
        for t in doc:
            if t.i in role_tokens:
                continue
            if t.lower_ == child:
                mentions.append(Mention(t.i, t.i + 1, t.text, "child"))
                continue
            if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.pos_ == "PROPN":
                if self._imperative_name(doc, t):
                    continue  # "Monitor XXXX's attendance": an instruction, not a person called Monitor
                end = t.i + 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
                if any(doc[k].lower_ == child for k in range(t.i, end)):
                    continue  # "Reveiw XXXX's contact ...": a word run into the child's reference, not a name
                mentions.append(Mention(t.i, end, doc[t.i : end].text, "person"))
            elif t.text == "I" and t.dep_ == "nsubj":
                mentions.append(Mention(t.i, t.i + 1, "I", "pronoun"))
        for m in sorted(mentions, key=lambda m: m.start):
            if m.start in p.background:
                continue  # "While the SW has had a high caseload, the plan needs ...": not who does it
            if m.kind == "child" and not self._child_subject(doc, m, verb, passive):
                continue  # the child owns an action only as the subject of its verb: "XXXX to register ..."
            if self._is_owner(doc, m, verb, passive, role_tokens):
                (p.vague_owners if m.kind == "vague" else p.owners).append(m)
        # "Once the social worker has seen XXXX, she should record ...": the pronoun subject of the task
        # stands for the worker named in the clause before it
        if not p.owners and verb is not None and not passive and any(
            m.kind in ("role", "person") and m.start in p.background for m in mentions
        ):
            for c in verb.children:
                if c.dep_ == "nsubj" and c.lower_ in ("she", "he", "they"):
                    p.owners.append(Mention(c.i, c.i + 1, c.text, "pronoun"))
        # other nouns in the owner's place ("the worker to ..."), for a rule to judge with its own word list;
        # not those of a clause that describes ("The plan, which still names a nursery she left, ...")
        taken = {i for m in mentions for i in m.tokens()}
        relative = _asides(doc)
        for t in doc:
            if t.pos_ in ("NOUN", "PROPN") and t.i not in taken and t.i not in p.timescale_tokens and t.i not in p.background \
                    and t.i not in relative:
                if t.dep_ == "compound" and t.head.i > t.i:
                    continue
                m = Mention(t.i, t.i + 1, t.text, "noun")
                if self._is_owner(doc, m, verb, passive, role_tokens):
                    p.subjects.append(t)

    @staticmethod
    def _listed_after_preposition(doc: Doc, m: Mention) -> bool:
        """A mention that goes on a list begun after a preposition, where the model took the comma for the
        start of a clause: "arrange a professionals meeting with school, CAMHS and the GP to agree who
        leads", with "CAMHS" read as the subject of "agree". The item before the comma is the preposition's
        object and the list goes on after the mention ("and the GP"), so the mention is who the task is done
        with; "meet with Mum, TM to chair" (a second part with its own owner) is not a list."""
        start = m.start
        while start > 0 and doc[start - 1].pos_ == "DET":  # ", the health visitor and the GP"
            start -= 1
        if start < 2 or doc[start - 1].text != "," or m.end >= len(doc):
            return False
        if doc[m.end].lower_ not in ("and", "or", "&", ","):
            return False
        item = doc[start - 2]
        while item.dep_ == "conj" and item.head.i != item.i:
            item = item.head
        return item.pos_ in ("NOUN", "PROPN") and item.dep_ == "pobj" and item.head.pos_ == "ADP" \
            and doc[m.end - 1].head.i != item.i

    @staticmethod
    def _named_responsible(doc: Doc, m: Mention) -> bool:
        """Who the action says is responsible, wherever the sentence puts it: "this is the SW's
        responsibility", "the responsibility of the team manager", "Responsibility for ... rests with the
        Leaving Care Team"."""
        last = doc[m.end - 1]
        head = last.head
        if last.dep_ == "poss" and head.lemma_.lower() == "responsibility":
            return True
        if last.dep_ != "pobj" or head.lower_ not in ("of", "with"):
            return False
        if head.lower_ == "of":
            return head.head.lemma_.lower() == "responsibility"
        return head.head.lemma_.lower() in ("rest", "lie", "sit") and any(t.lemma_.lower() == "responsibility" for t in doc)

    @staticmethod
    def _initials(doc: Doc, t: Token) -> bool:
        """A worker's initials where an owner stands: "DB to phone ...", "– JS to check", "AB will ...",
        "– RS – 24/3/25". Two or three capitals opening the action or a part of it, followed by what they
        will do, or set apart as a label; an acronym naming a thing ("LAC review to ...") has its noun
        after it instead."""
        if not _INITIALS.match(t.text):
            return False
        if t.i > 0 and doc[t.i - 1].text not in _SEPARATORS and doc[t.i - 1].text not in (".", "\n"):
            return False
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.i > 0 and (nxt is None or nxt.text in _CLOSERS):
            return True  # set apart as a label: "... to the chronology – RS – 24/3/25"
        return nxt is not None and nxt.lower_ in _OWNER_FOLLOWERS

    def _imperative_name(self, doc: Doc, t: Token) -> bool:
        """A verb opening the action, capitalised only because it comes first, that the model took for a
        name: "Monitor XXXX's attendance". A name is followed by what the person will do ("Mark to ...")."""
        if t.i != 0 or t.lower_ not in self._verb_forms():
            return False
        nxt = doc[1] if len(doc) > 1 else None
        if nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "PART", "CCONJ") or nxt.lower_ in ("to", "and"):
            return False
        return True

    @staticmethod
    def _child_subject(doc: Doc, m: Mention, verb: Token | None, passive: bool) -> bool:
        if verb is None or passive:
            return False
        last = doc[m.end - 1]
        if last.dep_ == "nsubj" and last.head == verb:
            return True
        # "XXXX to register ...", "XXXX will ...": only auxiliaries between the child and the verb
        between = doc[m.end : verb.i]
        return m.end <= verb.i and all(t.dep_ in ("aux", "neg") or t.lower_ == "to" for t in between)

    @staticmethod
    def _bracketed_list(doc: Doc, m: Mention, people: set[int] | frozenset[int]) -> bool:
        """'(grandmother, two uncles)': brackets that hold more than who and by when list people the task
        is about; a label in brackets ('(SW)', '(TM, by 3/3/23)') holds only people, dates and punctuation."""
        if m.start == 0 or doc[m.start - 1].text not in ("(", "["):
            return False
        for t in doc[m.end :]:
            if t.text in (")", "]"):
                return False
            if not (t.is_punct or t.i in people or t.ent_type_ in ("DATE", "TIME") or t.lower_ in _DEADLINE_WORDS
                    or t.lower_ in ("and", "&") or any(ch.isdigit() for ch in t.text)):
                return True
        return False

    @staticmethod
    def _joined_roles(doc: Doc, m: Mention, people: set[int] | frozenset[int]) -> tuple[int, int]:
        """The run of roles ``m`` is joined into by "and", "&" or "+" ("– SW and TM", "(SW & IRO)"): a label
        naming two owners is set apart as a whole, not role by role. Only roles join a run."""
        start, end = m.start, m.end
        while start >= 2 and doc[start - 1].lower_ in ("and", "&", "+") and doc[start - 2].i in people:
            start -= 2
            while start > 0 and doc[start - 1].i in people:
                start -= 1
        while end + 1 < len(doc) and doc[end].lower_ in ("and", "&", "+") and doc[end + 1].i in people:
            end += 2
            while end < len(doc) and doc[end].i in people:
                end += 1
        return start, end

    def _is_owner(self, doc: Doc, m: Mention, verb: Token | None, passive: bool,
                  people: set[int] | frozenset[int] = frozenset()) -> bool:
        first, last = doc[m.start], doc[m.end - 1]
        prev = doc[m.start - 1] if m.start > 0 else None
        if self._named_responsible(doc, m):
            return True  # "..., this is the SW's responsibility, ..."
        # skip "the", "XXXX's" and the like before the mention
        j = m.start - 1
        while j >= 0 and (doc[j].pos_ == "DET" or doc[j].dep_ in ("poss", "case", "amod")):
            j -= 1
        before = doc[j] if j >= 0 else None
        if before is not None and before.lower_ == "by" and not any(
            c.like_num or c.ent_type_ == "DATE" for c in doc[m.start : m.end]
        ):
            return True  # the agent: "to be completed by SW"
        nxt = doc[m.end] if m.end < len(doc) else None
        # "– SW and TM", "(SW & TM)": roles joined into one label are set apart together
        g_start, g_end = self._joined_roles(doc, m, people)
        if (g_start, g_end) != (m.start, m.end):
            prev = doc[g_start - 1] if g_start > 0 else None
            nxt = doc[g_end] if g_end < len(doc) else None
        # "– allocated SW", "(the SW)": describing words between the separator and the role
        # ("her half-sibling": a hyphen inside a word joins it, and sets nothing apart)
        joined = prev is not None and prev.text == "-" and prev.i > 0 and not prev.whitespace_ \
            and not doc[prev.i - 1].whitespace_
        label_before = prev is None or (prev.text in _SEPARATORS and not joined and not self._bracketed_list(doc, m, people)) or any(
            doc[k].text in _SEPARATORS and all(
                doc[x].pos_ in ("DET", "ADJ") or doc[x].tag_ in ("VBN", "VBD") for x in range(k + 1, g_start)
            )
            for k in range(max(0, g_start - 3), g_start - 1)
        )
        # "Action for SW: ...", "Lead - TM: ...": a label near the start naming who
        if nxt is not None and nxt.text == ":" and m.start <= 3 and (prev is None or prev.lower_ in ("for", "by", "lead", "owner")):
            return True
        label_after = nxt is None or nxt.text in _CLOSERS or nxt.like_num or nxt.text in (")", "]")
        # "– SW by 31 Jan 2024": only the deadline follows the role
        label_after = label_after or (nxt.lower_ in _DEADLINE_PREPS and all(
            t.is_punct or t.like_num or t.ent_type_ in ("DATE", "TIME") or t.lower_ in _DEADLINE_WORDS
            or any(ch.isdigit() for ch in t.text) for t in doc[nxt.i + 1 :]
        ))
        # a label opening the action or a sentence of it: "SW: ...", "... them. SW – 30/11/2023"
        opens = first.i == 0 or (prev is not None and prev.text in (".", "\n") and nxt is not None and nxt.text in ("–", "—", "-"))
        if label_before and label_after and first.i != 0 or (opens and nxt is not None and nxt.text in (":", "–", "—", "-", ")")):
            return True  # "– SW –", "(SW)", "SW: ..."
        # a note's part of its own between full stops: "Update care plan. SW. 1/3/24"
        if prev is not None and prev.text == "." and first.i > 1 and (nxt is None or nxt.text == "."):
            return True
        # "Chronology to be updated – TM to check": a part of its own that opens with who does what
        after = doc[m.end + 1] if m.end + 1 < len(doc) else None
        if (prev is not None and (prev.text in _SEPARATORS or prev.text in (".", ";")) and nxt is not None
                and nxt.lower_ == "to" and after is not None and after.lemma_ != "be"
                and (after.pos_ == "VERB" or after.lower_ in self._verb_forms())):  # "..., SW to action, ..."
            return True
        # "It would seem sensible for the SW to complete ...": the subject of an infinitive after "for"
        if before is not None and before.lower_ == "for" and nxt is not None and nxt.lower_ == "to" and \
                m.end + 1 < len(doc) and doc[m.end + 1].pos_ in ("VERB", "AUX"):
            return True
        if before is not None and (before.pos_ == "ADP" or before.lower_ == "to"):
            return False  # "with the SW"; "a letter to father", with "to" read as the infinitive's
        if self._listed_after_preposition(doc, m):
            return False  # "a meeting with school, CAMHS and the GP to agree ...": who it is held with
        first_conj = last
        while first_conj.dep_ == "conj" and first_conj.head.i != first_conj.i:
            first_conj = first_conj.head
        if first_conj is not last and first_conj.dep_ == "pobj":
            return False  # "liaison with school, health and police"
        if verb is None:
            return last.dep_ in ("nsubj", "ROOT") or first.i == 0
        if m.start < verb.i:
            if passive and last.dep_ != "nsubj":
                return False  # "Family to be referred ...": acted on, not responsible
            # "Sibling contact to go up to fortnightly", "TM supervision to take place monthly": the role names
            # the kind of the noun after it, which is what the task is about, not who does it
            if nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and nxt.i not in people and \
                    m.end + 1 < len(doc) and doc[m.end + 1].lower_ in _OWNER_FOLLOWERS | {"needs", "need"}:
                return False
            return True
        # "Ask the SW to update ...": the person asked to do the task
        if last.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > last.i for c in last.head.children):
            return True
        # "Ensure the SW updates the plan": the subject of the clause the imperative governs, directly or
        # through the word that judges it ("It may be worth the IRO considering ...", "It is vital that the
        # SW visits ...")
        if last.dep_ != "nsubj" or last.head.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        gov = last.head.head
        return gov == verb or (gov.dep_ in ("acomp", "attr") and gov.head == verb)


# ---------------------------------------------------------------------------
# the rule types


class _ActionParams(Params):
    roles_lexicon: str = Field(default="roles", description="The lexicon of roles that can own an action.")
    timescales_lexicon: str = Field(default="timescales", description="The lexicon of timescale wording.")


class _ActionRule(RuleType):
    """Shared set-up: the parser, and one parse per action per audit shared through ``ctx.cache``."""

    Params = _ActionParams

    def setup(self) -> None:
        self.parser = ActionParser(self.lexicons, self.params.roles_lexicon, self.params.timescales_lexicon)

    def actions(self, ctx: AuditContext) -> list[ActionParse]:
        return [p for p in self.parser.parsed(ctx) if p.text.strip()]

    @staticmethod
    def hit(p: ActionParse, start: int = 0, end: int | None = None, **values: Any) -> Hit:
        block = p.action.block
        if end is None:
            end = len(block.text.rstrip())
            start = len(block.text) - len(block.text.lstrip())
        return Hit(block=block, start=start, end=end, domain=p.action.domain, values=values)

    @staticmethod
    def example_deadline(ctx: AuditContext, weeks: int) -> dict[str, str]:
        """'by 14 March 2023' (four weeks after the audit), or a relative timescale without an audit date."""
        if ctx.audit.audit_date is None:
            return {"example_date": f"within {weeks} weeks of this audit", "example_note": "give the date once the audit is dated"}
        due = ctx.audit.audit_date + dt.timedelta(weeks=weeks)
        return {"example_date": f"by {uk_date(due)}", "example_note": f"{_plural(weeks, 'week')} after the audit"}


@register
class ActionTimescale(_ActionRule):
    """An action has no timescale (``flag: missing``) or only vague timing
    (``flag: vague``: "asap", "ongoing", "going forward" — the vague list in the
    timescales lexicon). A concrete timescale is a date, a relative period
    ("within 4 weeks") or a deadline event ("by the next review"). A frequency
    alone ("monthly") counts as a timescale only if ``frequency_is_timescale``.
    ``example_weeks`` sets the deadline the suggestion offers."""

    name = "action-timescale"

    class Params(_ActionParams):
        flag: Literal["missing", "vague"]
        frequency_is_timescale: bool = Field(default=False, description="Whether 'monthly' alone is a timescale.")
        example_weeks: int = Field(default=4, ge=1, description="The deadline a suggestion offers, in weeks after the audit.")

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for p in self.actions(ctx):
            if p.concrete or (self.params.frequency_is_timescale and p.frequencies):
                continue
            example = self.example_deadline(ctx, self.params.example_weeks)
            if self.params.flag == "vague":
                for v in p.vague[:1]:
                    # the lexicon's own example date is replaced by one worked out from this audit
                    advice = re.sub(r",?\s*e\.g\.\s*'[^']*'", "", v.suggestion).strip() or "give a date or a fixed period"
                    yield self.hit(p, v.start, v.end, phrase=v.text, advice=advice, **example)
            elif not p.vague:
                freq = p.frequencies
                note = f" ('{freq[0].text}' says how often, not by when)" if freq else ""
                yield self.hit(p, frequency_note=note, **example)


@register
class ActionOwner(_ActionRule):
    """An action names nobody responsible: no role from the roles lexicon (with
    ``can_own_actions: true``), family member, the child or a named person as
    its subject, the agent of a passive ("by SW"), or a label ("– SW –"). A noun
    from ``owner_nouns`` in that place counts too ("the worker", "school").
    A role too vague to be accountable ("the team") is reported as such.
    ``example_owner`` starts the suggested rewrite."""

    name = "action-owner"

    class Params(_ActionParams):
        example_owner: str = Field(default="The social worker", description="Who the suggestion names.")
        owner_nouns: list[str] = Field(
            default_factory=list, description="People and agencies not in the roles lexicon that can own an action."
        )
        named_group_nouns: list[str] = Field(
            default_factory=list,
            description="Groups that can own an action only when named ('the fostering team', 'the leaving care "
            "service'), never bare ('the team').",
        )
        stance_words: list[str] = Field(
            default_factory=list,
            description="Words with which the auditor ('I') only says what they want done ('I would like it "
            "updated', 'I am concerned that ...'): the 'I' does not own the action.",
        )
        asking_words: list[str] = Field(
            default_factory=list,
            description="Verbs with which the auditor ('I') asks for the task ('I have asked that this is looked "
            "at'): the 'I' does not own it unless the action names somebody.",
        )
        obligation_verbs: list[str] = Field(
            default_factory=list,
            description="Passive verbs that put the task on their subject ('The social worker is advised to seek "
            "...'), unlike 'Dad to be supported to attend ...', where someone unnamed does the work.",
        )

    def setup(self) -> None:
        super().setup()
        self.owner_nouns = TermMatcher(self.params.owner_nouns, "owner_nouns")
        self.groups = TermMatcher(self.params.named_group_nouns, "named_group_nouns")
        self.obligation = {w.lower() for w in self.params.obligation_verbs}
        self.stance = {w.lower() for w in self.params.stance_words}
        self.asking = {w.lower() for w in self.params.asking_words}

    def _obliged(self, p: ActionParse) -> bool:
        """A role told to do the task: the subject of a passive obligation verb with a task of its own."""
        v = p.verb
        if v is None or v.lemma_.lower() not in self.obligation or not any(c.dep_ == "xcomp" for c in v.children):
            return False
        subj = [p.doc[m.end - 1] for m in p.roles if m.kind != "vague"] + p.subjects
        return any(t.dep_ == "nsubjpass" and t.head == v and (t not in p.subjects or self.owner_nouns.token_matches(t))
                   for t in subj)

    def _named_group(self, t: Token) -> bool:
        if not self.groups.token_matches(t):
            return False
        if any(c.dep_ in ("compound", "amod", "nmod") and c.i < t.i for c in t.children):
            return True
        prev = t.doc[t.i - 1] if t.i > 0 else None
        return prev is not None and prev.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not prev.is_punct

    @staticmethod
    def _name(t: Token) -> bool:
        """A first name the model did not tag as a person, where an owner stands: "I'd like Aisha to ..."."""
        text = t.text
        return t.pos_ == "PROPN" and t.i > 0 and len(text) > 2 and text[0].isupper() and text[1:].islower() \
            and not t.doc[t.i - 1].is_punct

    def _only_wishes(self, p: ActionParse, m: Mention) -> bool:
        """'I would like it updated', 'I am concerned that ...', 'I'll expect to see ...': the auditor says
        what they want done, not that they will do it."""
        if m.kind != "pronoun":
            return False
        head = p.doc[m.end - 1].head
        if head.lemma_.lower() in self.asking:
            # "I have asked that this is looked at" names nobody; "I would ask that the SW and I meet ..."
            # does (the model does not always hang the second part from "ask")
            return not any(r.kind in ("role", "person") for r in p.roles)
        return head.lemma_.lower() in self.stance or any(
            c.dep_ == "acomp" and c.lemma_.lower() in self.stance for c in head.children
        )

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for p in self.actions(ctx):
            owners = [m for m in p.owners if not self._only_wishes(p, m)]
            if owners or any(self.owner_nouns.token_matches(t) or self._named_group(t) or self._name(t) for t in p.subjects):
                continue
            if self._obliged(p):
                continue
            task = what_text(p) if p.verb is not None else ""
            example = f"{self.params.example_owner} will {task} …" if task else f"{self.params.example_owner} will …"
            if p.vague_owners:
                note = f": '{p.vague_owners[0].text}' is too vague to hold to account"
            else:
                note = ""
            yield self.hit(p, vague_note=note, example=example)


def _object_core(tok: Token, out: set[int]) -> None:
    """A noun with what only names it: determiners, compounds, possessives, adjectives, numbers."""
    out.add(tok.i)
    for c in tok.children:
        if c.dep_ in ("det", "compound", "poss", "case", "amod", "nummod", "predet", "nmod", "quantmod", "cc", "punct"):
            _object_core(c, out)
        elif c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            _object_core(c, out)
        elif c.dep_ == "prep" and c.lower_ == "of":  # "the recommendations of the assessment" names one thing
            out.add(c.i)
            for g in c.children:
                if g.dep_ == "pobj":
                    _object_core(g, out)


_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "dative")
_RECORD_PLACES = frozenset({"diary", "log", "chart", "tally", "logbook"})  # kept to be written in as things happen
_LOOSE_CLAUSE_DEPS = ("ROOT", "conj", "xcomp", "ccomp", "advcl")  # a verb of its own clause, not a relative one
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))\(?\d{1,2}[.)](?=\s)")  # "1. Update chronology 2. update ..."
_FUNCTION_POS = ("DET", "ADP", "PART", "CCONJ", "SCONJ", "PRON", "AUX", "PUNCT", "SPACE", "SYM", "X", "INTJ")


def task_objects(p: ActionParse, t: Token) -> list[Token]:
    """What the task verb ``t`` acts on: its object, the subject of a passive, the noun
    an imperative read as a noun belongs to ("Update case summary"), or the noun a
    reduced clause hangs from ("Health assessment to be chased")."""
    doc = p.doc
    owners = p.owner_tokens
    note = _tagged_note(doc, t)
    if note is not None and note.i not in owners:
        return [note]
    objs = []
    for c in t.children:
        if c.dep_ not in _OBJECT_DEPS:
            continue
        if c.i in p.timescale_tokens:  # "update chronology asap", read with "asap" as the object
            objs += [g for g in c.children if g.dep_ == "compound" and g.i not in p.timescale_tokens]
        else:
            objs.append(c)
    # "update the risk assessment re: dog at the property": "re" and what follows it read as more objects;
    # they are what the task is about, not what it acts on
    cut = next((c.i for c in objs if c.lower_ == "re" and c.pos_ == "ADP" and c.i > t.i), None)
    if cut is not None:
        objs = [c for c in objs if c.i < cut]
    if p.passive(t):  # what is acted on comes first: "The plan to be rewritten so that ..."
        objs = [c for c in objs if c.dep_ == "nsubjpass"] or objs
        if not any(c.dep_ == "nsubjpass" for c in objs) and t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i and t.head.i not in owners:
            return [t.head]
    if objs:
        return objs
    if t.pos_ in ("NOUN", "PROPN"):  # an imperative the model read as a noun
        head = t
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return [head] if head.i != t.i else [c for c in t.children if c.pos_ in ("NOUN", "PROPN")][:1]
    if t.tag_ == "VBN" and t.i > 0 and doc[t.i - 1].lemma_ == "be":  # "Chronology to be updated asap"
        subj = [c for c in doc[t.i - 1].children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in owners]
        if subj:
            return subj
        # "Plan to be updated ...", misparsed with the first word as a verb: the words before "to be"
        if t.i >= 3 and doc[t.i - 2].lower_ == "to":
            lead = [w for w in doc[: t.i - 2] if w.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and w.i not in owners]
            if lead and all(w.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "DET", "PART") for w in doc[: t.i - 2]):
                return lead
    if t.dep_ in ("acl", "relcl", "advcl") and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < t.i and t.head.i not in owners:
        return [t.head]  # "Life story work to start ..."
    # "CIN plan to be reviewed and updated with ...": a participle joined to a passive acts on its subject
    if t.dep_ == "conj" and t.tag_ == "VBN" and t.head.i < t.i and p.passive(t.head):
        return task_objects(p, t.head)
    nxt = t.i + 1
    while nxt < len(doc) and doc[nxt].dep_ in ("advmod", "prt") and doc[nxt].head == t:
        nxt += 1  # "look again at the risk assessment"
    if nxt < len(doc) and doc[nxt].dep_ == "prep" and doc[nxt].head == t and nxt not in p.timescale_tokens:
        objs = [c for c in doc[nxt].children if c.dep_ in ("pobj", "pcomp")]
        if objs:
            return objs
    # an imperative the model misread ("Explore XXXX's identity needs with her"): the words that follow it
    if t.i == p.verb_i_if_imperative():
        run = []
        for w in doc[t.i + 1 :]:
            if w.pos_ in ("ADP", "PUNCT", "CCONJ", "SCONJ", "AUX") or w.i in p.timescale_tokens or w.i in owners:
                break
            run.append(w)
        if run:
            return run
    # telegraphic actions: "SW: life story work – start."; not the doer of "Worker to visit ..."
    return [
        c for c in t.children
        if c.dep_ in ("dep", "npadvmod", "nmod", "appos", "nsubj") and c.pos_ in ("NOUN", "PROPN")
        and c.i not in owners and c.i not in p.timescale_tokens and not _doer(doc, c, t)
    ]


def _tagged_note(doc: Doc, t: Token) -> Token | None:
    """The note a participle set apart by a dash is about: in "Referral to the Disabled Children's Team for a
    short breaks assessment - completed by TM", "completed" is said of the referral the note opens with,
    not of the noun the model hangs it from."""
    if t.dep_ not in ("acl", "relcl") or t.tag_ != "VBN":
        return None
    first = t.i
    while first > 0 and (doc[first - 1].lower_ in ("to", "be") or doc[first - 1].dep_ in ("aux", "auxpass")):
        first -= 1
    if first == 0 or doc[first - 1].text not in ("-", "–", "—", "--", ":"):
        return None
    root = doc[t.i].sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= first or t.head.i == root.i:
        return None
    return root


def _comparative_objects(t: Token) -> list[Token]:
    """Objects of ``t`` that only ask for more of a quality: "build a stronger relationship with Mum", "gain a
    better understanding of the family's history", "develop a clearer picture". Like "be more curious", they
    ask the worker to change how they work, not for something that can be checked as done."""
    return [o for o in t.children if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.i < o.i and (c.tag_ == "JJR" or any(m.lower_ in ("more", "less") for m in c.children))
        for c in o.children)]


def _classifier_possessive(c: Token) -> bool:
    """'a carer's assessment', 'a parent's capacity assessment': a possessive common noun with an article of
    its own says which kind of thing, not whose."""
    return c.dep_ == "poss" and c.tag_ == "NN" and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)


def _told_past_passive(verb: Token) -> bool:
    """A past passive with its subject: "XXXX was seen at 6 months", "the core group was held on 2.2.23". Its
    timing is what happened, not when the action is due."""
    kids = {c.dep_ for c in verb.children}
    return verb.tag_ == "VBN" and "nsubjpass" in kids and "aux" not in kids and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _noun_read_as_verb(doc: Doc, j: int) -> bool:
    """'Support plan to be reviewed', 'CIN plan to be ...': a present-tense verb after a singular noun, which it
    cannot agree with, is the last word of a compound noun the model split."""
    return doc[j].tag_ == "VBP" and j > 0 and doc[j - 1].tag_ in ("NN", "NNP") and doc[j - 1].dep_ in ("nsubj", "compound")


def _past_passive_clause(verb: Token) -> bool:
    """A past passive saying which thing: "the appointment that was requested in November", "the visits
    that were missed in December". Its date is when that happened, not when the action is due."""
    return verb.tag_ == "VBN" and verb.dep_ in ("relcl", "acl") and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children) and not any(c.dep_ == "aux" for c in verb.children)


def _doer(doc: Doc, subj: Token, verb: Token) -> bool:
    """'Worker to visit', 'Housing will check': the subject stands before its verb with only 'to' or
    auxiliaries between, so it says who does the task, not what the task acts on."""
    if subj.dep_ != "nsubj" or subj.i > verb.i:
        return False
    between = doc[subj.i + 1 : verb.i]
    return bool(between) and all(w.lower_ == "to" or w.dep_ in ("aux", "neg") for w in between)


def _numbered_label(doc: Doc) -> set[int]:
    """A numbered label opening the action: "Recommendation 3:", "Action 2 –". It says which action this is,
    not what it asks for."""
    for t in doc[:5]:
        if t.text in (":", "–", "—") and t.i > 0:
            words = doc[: t.i]
            if any(w.like_num for w in words) and all(w.like_num or w.pos_ in ("NOUN", "PROPN") for w in words):
                return set(range(t.i + 1))
            return set()
    return set()


def _asides(doc: Doc) -> set[int]:
    """Tokens of a relative clause set off by a comma ("The plan, which has not been reviewed since July,
    needs ..."): it describes how things stand, not what must change. A clause without the comma ("the
    training that the fostering service runs in July") says which thing, and is left alone."""
    out: set[int] = set()
    for t in doc:
        if t.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP", "WP$") for c in t.children):
            first = t.left_edge
            if first.i > 0 and doc[first.i - 1].text == ",":
                out |= {x.i for x in t.subtree}
    return out


def _indirect_question(verb: Token) -> bool:
    """A clause asking which, who or how ("which authority holds ...", "who leads the work", "how XXXX gets to
    school"): a wh-word opens it, as its subject, its subject's determiner or an adverb of its verb."""
    first = verb.left_edge
    return first.tag_ in ("WDT", "WP", "WP$", "WRB") and first.i < verb.i and (
        first.head.i == verb.i or first.head.head.i == verb.i)


def _lower_first(text: str) -> str:
    """'Contingency planning' -> 'contingency planning'; acronyms and names keep their case."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1:].lower() != first[1:]):
        return text
    return text[:1].lower() + text[1:]


def what_text(p: ActionParse, limit: int = 12) -> str:
    """What the action asks for, in its own words, without its owner or timescale:
    'review supervision frequency', 'make sure records are up to date'. A passive or
    an imperative the model misread is put as verb + object ('update the chronology')."""
    doc = p.doc
    v = p.verb
    if v is None:
        return _lower_first(" ".join(p.text.split()).rstrip(" ."))
    if p.passive() or p.verb_i_if_imperative() >= 0:
        phrase = task_phrase(p)
        if phrase:
            return phrase
    skip = p.owner_tokens | p.timescale_tokens
    words = [t for t in doc[v.i :] if t.i not in skip]
    while words and (words[-1].is_punct or words[-1].pos_ in ("CCONJ", "ADP", "DET")):
        words.pop()
    text = "".join(t.text_with_ws for t in words[:limit]).strip().rstrip(",;:–-").strip()
    if len(text.split()) < 2:  # "SW: life story work – start."
        return task_phrase(p) or _lower_first(text)
    return _lower_first(text)


def task_phrase(p: ActionParse) -> str:
    """'update the case summary': the verb and what it acts on, for suggestions."""
    v = p.verb
    if v is None:
        return ""
    skip = p.timescale_tokens | p.owner_tokens
    doc = p.doc
    words = [v.lemma_.lower() if v.lemma_ else v.lower_]
    # what follows the verb and belongs to it: "brought up to date", "look at"
    after: list[str] = []
    i = v.i + 1
    if i < len(doc) and doc[i].dep_ == "prt" and i not in skip:
        while i < len(doc) and i not in skip and (doc[i].dep_ in ("prt", "prep", "pobj") and doc[i].pos_ != "PROPN"):
            after.append(doc[i].lower_)
            i += 1
    elif i < len(doc) and doc[i].dep_ == "prep" and doc[i].head == v and i not in skip:
        words.append(doc[i].lower_)
    for o in task_objects(p, v)[:1]:
        core: set[int] = set()
        if o.pos_ == "VERB":  # "look at sibling contact", read as a gerund
            core = {t.i for t in o.subtree}
        else:
            _object_core(o, core)
        toks = [doc[i] for i in sorted(core) if i not in skip and i != v.i and not doc[i].is_punct]
        if toks and toks[0].pos_ not in ("DET", "PRON") and toks[0].dep_ != "poss" and o.tag_ in ("NN", "NNP") and not o.ent_type_:
            words.append("the")
        words += [t.text if t.pos_ == "PROPN" or t.text.isupper() else t.lower_ for t in toks]
    return " ".join(words + after).replace(" 's", "'s")


@register
class ActionSpecific(_ActionRule):
    """An action asks for a generic task with nothing saying what must change:
    a verb from ``generic_verbs`` (or no verb) acting on a bare object ("update
    case summary", "review plan", "chronology to be updated"). The parse finds
    the task (passing through ``wrapper_verbs`` such as "ensure", "continue",
    "need to") and its object; what only names the object (determiners,
    compounds, possessives, adjectives) is not detail. Detail is what is left
    — the object's prepositional and clausal modifiers, "to include ...",
    "so that ...", "with ...", further clauses — apart from the owner, the
    timescale, the child's reference and ``generic_words`` (which say nothing
    specific: "in supervision", "appropriate"). The action is specific when it
    has at least ``min_detail`` words of detail (a role named in it counts as
    one word), or, with ``require_generic_verb``, when some task verb is not
    generic ("visit XXXX", "book the interpreter").

    The parse carries this past our own phrasing: "re-" before a generic verb
    is generic ("reconvene"); a light verb with a generic task noun is generic
    ("consideration to be given to ...", "have a discussion"); a purpose clause
    that is itself a generic task on a bare object adds nothing ("to reduce
    risk"); while a clause with a task of its own ("by presenting the case at
    panel"), a topic pinned down by its own modifier ("about the damp in her
    bedroom") or an outcome named for the child ("XXXX has a dental check")
    is specific."""

    name = "action-specific"

    class Params(_ActionParams):
        generic_verbs: list[str] = Field(default_factory=list, description="Verbs that do not say what must change.")
        wrapper_verbs: list[str] = Field(default_factory=list, description="Verbs that introduce the real task.")
        generic_words: list[str] = Field(default_factory=list, description="Words that add no detail.")
        topic_prepositions: list[str] = Field(
            default_factory=list,
            description="Prepositions that only name a topic after a generic task ('address the concerns about "
            "home conditions', 'work with Dad around his anger'): their words are not detail unless they hold a "
            "clause ('about why she cannot live with Father').",
        )
        topic_only_after: dict[str, list[str]] = Field(
            default_factory=dict,
            description="Topic prepositions that are topics only after these words ('help XXXX with her "
            "independence skills', but 'update the chronology with the dates of ...' says what to add).",
        )
        deliberation_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of thinking a question over: after them a yes/no question that only judges "
            "('consider whether the plan remains appropriate') names a topic, not a change.",
        )
        content_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that place content somewhere ('add', 'upload'): with a place ('to the file') their "
            "object is what is added, and the words naming it are detail.",
        )
        contact_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of getting in touch ('talk to', 'ring', 'phone'): the person reached is not what the "
            "task is about, so 'SW to ring Mum' says nothing of what must change.",
        )
        wish_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of finding ('see', 'hear') that, under a wish or an expectation ('I'll expect to see "
            "...', 'It would be lovely to see ...'), only say what the auditor wants found, not who does what.",
        )
        empty_objects: list[str] = Field(
            default_factory=list,
            description="Nouns that, as the object of a task verb that is not generic, still say nothing of what "
            "is acted on ('share information', 'give support'), unless a word that is not generic names them.",
        )
        min_detail: int = Field(default=2, ge=1, description="Fewest words of detail a specific action has.")
        require_generic_verb: bool = Field(
            default=True, description="Only a generic verb (or none) can make an action not specific."
        )

    def setup(self) -> None:
        super().setup()
        self.generic_verb_words = sorted(
            (tuple(w.lower().split()) for w in self.params.generic_verbs if w.strip()), key=len, reverse=True
        )
        self._single_generic = {w for w in self.generic_verb_words if len(w) == 1}
        self.wrappers = {w.lower() for w in self.params.wrapper_verbs}
        self.deliberation = {w.lower() for w in self.params.deliberation_verbs}
        self.content_verbs = {w.lower() for w in self.params.content_verbs}
        self.contact_verbs = {w.lower() for w in self.params.contact_verbs}
        self.wish_verbs = {w.lower() for w in self.params.wish_verbs}
        self.empty_objects = {w.lower() for w in self.params.empty_objects}
        self.generic = TermMatcher(self.params.generic_words, "generic_words")
        self.topic_after = {k.lower(): {w.lower() for w in v} for k, v in self.params.topic_only_after.items()}
        self.topic_preps = sorted(
            (tuple(w.lower().split()) for w in self.params.topic_prepositions if w.strip()), key=len, reverse=True
        )

    def _topic_tokens(self, p: ActionParse, tasks: list[Token], core: set[int]) -> set[int]:
        """Words in a topic phrase hanging from a generic task or its object: 'the concerns about home
        conditions', 'with independence skills'. A phrase holding a verb (a clause) is detail."""
        doc = p.doc
        out: set[int] = set()
        heads = [t for t in tasks if self._verb_generic(p, t)[0]] or ([] if tasks else [t for t in doc if t.dep_ == "ROOT"])
        anchors = {t.i for t in heads} | {i for i in core if any(doc[i].head.i == h.i or doc[i].i == h.i for h in heads)}
        for t in doc:
            if t.dep_ != "prep" or t.head.i not in anchors | core:
                continue
            for words in self.topic_preps:
                if all(t.i + k < len(doc) and doc[t.i + k].lower_ == w for k, w in enumerate(words)):
                    only = self.topic_after.get(" ".join(words))
                    if only is not None and t.head.lemma_.lower() not in only:
                        break
                    sub = list(t.subtree)
                    people = {i for m in p.roles for i in m.tokens()}
                    # a person or role is who the task is done with, not a topic: "with the LAC nurse"
                    if any(x.i in people or x.ent_type_ == "PERSON" for x in sub if x.dep_ == "pobj"):
                        break
                    # a topic after a piece of work named by its kind says which one is meant: "convene a
                    # strategy discussion re the new disclosure" (not "hold a case discussion re drift", whose
                    # describing word is generic, nor "address the concerns about home conditions")
                    # (not the person the task is done with: "liaise with the YOT worker re XXXX's court date")
                    objs = [o for h in heads for o in task_objects(p, h) if o.i < t.i and o.i not in people]
                    if any(self._kind_named(p, o) for o in objs if o.pos_ in ("NOUN", "PROPN")) or self._named_run(p, objs):
                        break
                    # a topic pinned down by its own modifier is detail: "about the damp in XXXX's bedroom"
                    if any(g.dep_ == "prep" and g.lower_ != "of" for x in t.children if x.dep_ == "pobj" for g in x.children):
                        break
                    # and so is one pinned down by when it happened: "about the bruise seen on 2 February"
                    if any(g.dep_ in ("acl", "relcl") and any(d.start <= y.idx < d.end for y in g.subtree for d in p.dates)
                           for x in t.children if x.dep_ == "pobj" for g in x.children):
                        break
                    # (the preposition itself may be tagged a verb: "regarding", "concerning")
                    # ("around the family's engagement going forward": a timescale is not a clause)
                    if not any(x.pos_ in ("VERB", "AUX") and x.tag_ != "VBN" and x.i != t.i
                               and x.i not in p.timescale_tokens for x in sub):
                        out |= {x.i for x in sub}
                    break
        return out

    def _named_run(self, p: ActionParse, objs: list[Token]) -> bool:
        """'Strat disc to be held re new disclosure': the words before 'to be', taken whole as what is acted on
        when the model split them, with a describing word that is not generic before the last."""
        idx = sorted(o.i for o in objs)
        if len(idx) < 2 or idx != list(range(idx[0], idx[-1] + 1)):
            return False
        return any(not self.generic.token_matches(p.doc[i]) and p.doc[i].i not in p.owner_tokens
                   and p.doc[i].i not in p.timescale_tokens and p.doc[i].pos_ in ("NOUN", "PROPN", "ADJ") for i in idx[:-1])

    def _telling_objects(self, p: ActionParse, t: Token) -> list[Token]:
        """What a task acts on, leaving out generic words and nouns that name a generic task: "Direct work",
        "Contact review", read as a verb and its object, act on nothing in particular."""
        objs = task_objects(p, t)
        if t.lemma_.lower() in self.contact_verbs:
            # "talk to XXXX", "ring Mum": who is reached is not what the task is about; what it is about is
            # ("ring GP re XXXX's missed immunisations", "speak to Dad about the contact plan")
            people = {i for m in p.roles for i in m.tokens()}
            reached = [o for o in objs if o.i in people or o.lower_ == p.child_ref.lower() or o.pos_ == "PRON"
                       or o.ent_type_ == "PERSON"]
            objs = [o for o in objs if o not in reached]
            # ("speak to the SW about recording": a topic of generic words only says nothing; the topic may
            # hang from the person reached: "phone Mum about the missed appointment")
            objs += [g for c in [*t.children, *(x for o in reached for x in o.children)]
                     if c.dep_ == "prep" and (c.lower_,) in self.topic_preps
                     for g in c.children if g.dep_ in ("pobj", "pcomp") and g not in objs
                     and not self._generic_topic(p, g)]
            # and so is what the call is for: "call Dad to agree the dates of the next two contacts"
            objs += [o for c in t.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                     for o in task_objects(p, c) if not self.generic.token_matches(o)]
        # what is only a generic word says nothing of what is acted on: "All agencies to share information";
        # nor does more of a quality: "build a stronger relationship with Mum"
        more = _comparative_objects(t)
        objs = [o for o in objs if not self._only_generic(p, o) and o not in more]
        # (a timescale before it does not open the note: "Ongoing direct work with XXXX.")
        if t.i != p.verb_i_if_imperative() or any(not x.is_punct and x.i not in p.timescale_tokens for x in p.doc[: t.i]):
            return objs  # only a note's opening word is in doubt between a verb and a describing word
        return [o for o in objs if not self._nominal_generic(o)]

    def _generic_topic(self, p: ActionParse, o: Token) -> bool:
        """A topic named by generic words and function words only: "about recording", "re the concerns"."""
        return all(x.pos_ in _FUNCTION_POS or x.is_punct or x.lower_ == p.child_ref.lower() or self.generic.token_matches(x)
                   for x in o.subtree)

    def _only_generic(self, p: ActionParse, o: Token) -> bool:
        """An object from ``empty_objects`` with nothing but generic words or function words naming it:
        "information", "all relevant information", "the necessary support" ("reallocate the case" acts on
        a thing, and says what is done to it)."""
        if o.pos_ not in ("NOUN", "PROPN") or o.lemma_.lower() not in self.empty_objects:
            return False
        core: set[int] = set()
        _object_core(o, core)
        return all(i == o.i or p.doc[i].pos_ in _FUNCTION_POS or p.doc[i].is_punct or p.doc[i].lower_ == p.child_ref.lower()
                   or self.generic.token_matches(p.doc[i]) for i in core)

    @staticmethod
    def _how_often(p: ActionParse, t: Token) -> bool:
        """A task that is not generic, set to recur: "Social worker to visit fortnightly". How often says the
        act is to be repeated and checked; "continue to visit" alone says neither."""
        freq = {x.i for f in p.frequencies for x in ActionParser._tokens(p.doc, f.start, f.end)}
        return any(x.head.i == t.i for x in p.doc if x.i in freq)

    def _kind_of_act(self, p: ActionParse, o: Token) -> bool:
        """An act named by a verb-noun and its kind after a verb of doing: "undertake a home visit", "make a
        phone call". The noun is a task that is not generic, and its describing word (not generic, not the owner
        or the timescale) says which; a bare one ("a visit") or a generic one ("the sibling assessment") does not.
        Verbs that also finish or host things ("complete the graded care profile", "hold the core group") do
        not make their object an act."""
        if o.pos_ != "NOUN" or o.lower_ not in self.parser._verb_forms() or self._nominal_generic(o) \
                or self.generic.token_matches(o):
            return False
        return any(c.dep_ in ("compound", "amod") and c.i < o.i and c.pos_ in ("NOUN", "ADJ")
                   and c.i not in p.owner_tokens and c.i not in p.timescale_tokens
                   and not self.generic.token_matches(c) for c in o.children)

    def _kind_named(self, p: ActionParse, o: Token) -> bool:
        """A describing word before ``o`` that says which one ("a CAMHS referral", "an advocacy referral"):
        not generic ("the necessary referrals"), not the owner, not the timescale."""
        return any(c.dep_ in ("compound", "amod", "nmod") and c.i < o.i
                   and (c.pos_ in ("NOUN", "PROPN", "ADJ") or (c.pos_ == "ADV" and c.dep_ == "amod"))  # "a together and apart discussion"
                   and c.i not in p.owner_tokens and c.i not in p.timescale_tokens
                   and not self.generic.token_matches(c) for c in o.children)

    def _lone_verbs(self, p: ActionParse) -> list[Token]:
        """Words that can be verbs standing alone between dashes, colons or commas in a note, or before its
        timescale: "– book –", "– complete –", "– commission by Friday"."""
        doc = p.doc
        verbs = self.parser._verb_forms()
        out = []
        for t in doc:
            if t.i in p.owner_tokens or t.i in p.timescale_tokens or t.lower_ not in verbs or t.is_punct:
                continue
            before = doc[t.i - 1] if t.i > 0 else None
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            # (or straight before the timescale: "Parenting assessment – ISW – commission by the end of next week")
            if before is not None and before.text in _SEPARATORS and (
                    after is None or after.text in _CLOSERS or after.i in p.timescale_tokens):
                out.append(t)
        return out

    def _deliberates(self, v: Token) -> bool:
        """A verb of thinking a question over ("consider", "reflect on", "review"), or a light verb with
        such a noun ("consideration to be given to"); unlike "seek advice on whether ..." or "confirm
        whether ...", which ask for the answer."""
        if v.lemma_.lower() in self.deliberation:
            return True
        return v.lemma_.lower() in _LIGHT_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and any(c.lemma_.lower().startswith(w) for w in self.deliberation)
            for c in v.children
        )

    def _question_topics(self, p: ActionParse, tasks: list[Token], wrappers: set[int]) -> set[int]:
        """Words of a yes/no question a generic task only raises: "consider whether the care plan remains
        appropriate", "reflect on whether more could be done", "consideration to whether a legal planning
        meeting is warranted". A question whose predicate only judges (a copula, an agentless passive,
        a generic verb, or a verb acting on generic words: "is meeting XXXX's needs") names a topic,
        not a change; one with a task of its own ("whether the plan should go to the next review for
        a decision") is detail."""
        generic_tasks = {t.i for t in tasks if self._verb_generic(p, t)[0]}
        out: set[int] = set()
        for mark in p.doc:
            if mark.dep_ != "mark" or mark.lower_ not in ("whether", "if"):
                continue
            q = mark.head
            if q.pos_ not in ("VERB", "AUX"):
                continue
            # the task the question hangs from, through a preposition or a noun ("consideration to whether")
            up = q.head
            while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                up = up.head
            # "SW to consider whether a referral ... is appropriate": the verb of thinking is passed through as a
            # wrapper, and the question's own verb taken for the task
            raised = up.i in wrappers and self._deliberates(up) and q in tasks
            if up.i in wrappers and not raised:  # "It may be worth the IRO considering ..., whether ...", hung from "be"
                up = next((t for t in tasks if t.i in generic_tasks), up)
            if not raised and (up.i not in generic_tasks or not self._deliberates(up)):
                continue
            kids = list(q.children)
            judging = (
                q.lemma_ in ("be", "remain", "seem", "appear", "stay")
                or (q.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ == "agent" for c in kids))
                or self._verb_generic(p, q)[0]
            )
            objs = [c for c in kids if c.dep_ in ("dobj", "attr", "acomp")]
            if not judging and objs and all(self.generic.token_matches(o) or o.pos_ == "ADJ" for o in objs):
                judging = True
            # "whether XXXX's views about his name change have been heard": a topic pinned down is detail
            # (not an act the question weighs: "whether a referral to the FGC service would be of benefit"
            # asks whether to refer, like "consider a referral to ...")
            pinned = any(g.dep_ == "prep" and g.lower_ != "of" for c in kids if c.dep_ in ("nsubj", "nsubjpass")
                         and not self._nominal_act(c) for g in c.children)
            inside = {x.i for x in q.subtree}
            if judging and not pinned and (raised or not any(t.i in inside for t in tasks)):
                out |= inside
        return out

    def _placed_content(self, p: ActionParse, tasks: list[Token]) -> set[int]:
        """The describing words of what a task puts somewhere: "upload the strategy discussion records to
        the file", "add the dates of the missed visits to the chronology". With a verb that places content
        and a place it goes, the object is what is added, not the record worked on, so the words naming
        it ("strategy discussion") say what must be done; "update the case summary" has no such place."""
        out: set[int] = set()
        for t in tasks:
            if t.lemma_.lower() not in self.content_verbs:
                continue
            objs = task_objects(p, t)
            # the place may hang from the object, as the model often reads it ("the visits to the chronology")
            places = list(t.children) + [x for o in objs for x in o.subtree if x.i > o.i]
            if not any(c.dep_ == "prep" and c.lower_ in ("to", "into", "onto", "on", "in") and c.i not in p.timescale_tokens
                       and any(g.dep_ == "pobj" for g in c.children) for c in places):
                continue
            for o in objs:
                for c in o.children:
                    naming = c.dep_ in ("compound", "amod", "nmod") and c.i < o.i and not self.generic.token_matches(c)
                    if naming or (c.dep_ == "prep" and c.lower_ == "of"):  # "the dates of the missed visits"
                        out |= {x.i for x in c.subtree}
        return out

    def _kept_content(self, p: ActionParse, tasks: list[Token]) -> set[int]:
        """What a record kept by the task is to hold: "keep a diary of XXXX's sleep and night-time waking",
        "start a log of each missing episode". A diary, log or chart is only a place; what it is "of" says
        what must be written down, as the object of a verb that places content does ("add the dates ... to
        the chronology"). The chronology or the plan are records worked on, and are not such places."""
        out: set[int] = set()
        for t in tasks:
            for o in task_objects(p, t):
                if o.lemma_.lower() not in _RECORD_PLACES:
                    continue
                for c in o.children:
                    if c.dep_ == "prep" and c.lower_ == "of" and c.i > o.i:
                        out |= {x.i for x in c.subtree}
        return out

    def _named_act(self, p: ActionParse) -> bool:
        """A note with no verb that names a deliverable by its kind: "Advocacy referral for XXXX", "CAMHS
        referral – SW". The noun is a task that is not generic (refer) and its describing word says which;
        a generic one ("Transition planning", "Health assessment") or a bare one ("Referral.") is not."""
        root = next((t for t in p.doc if t.dep_ == "ROOT"), None)
        if root is None or not self._nominal_act(root) or self.generic.token_matches(root):
            return False  # ("Monthly supervision.": a generic word, and its describing word says when)
        return any(c.dep_ in ("compound", "amod") and c.i < root.i and c.i not in p.owner_tokens
                   and c.i not in p.timescale_tokens and not self.generic.token_matches(c) for c in root.children)

    def _recurring_act(self, p: ActionParse) -> bool:
        """A note with no verb naming an act that is not generic, set to recur: "Fortnightly visits by the SW
        until the case conference". Like "Social worker to visit fortnightly", how often says the act is to
        be repeated and checked; a generic one ("Monthly supervision", "Ongoing review") is not."""
        root = next((t for t in p.doc if t.dep_ == "ROOT"), None)
        if root is None or root.pos_ != "NOUN" or self.generic.token_matches(root) or self._nominal_generic(root):
            return False
        lemma = root.lemma_.lower()
        if lemma not in self.parser._verb_forms() or (lemma,) in self._single_generic:
            return False
        freq = {x.i for f in p.frequencies for x in ActionParser._tokens(p.doc, f.start, f.end)}
        # (or through "be": "Statutory visits to XXXX to be every 6 weeks")
        return any(p.doc[i].head.i == root.i or (p.doc[i].head.lemma_ == "be" and p.doc[i].head.head.i == root.i)
                   for i in freq)

    def _considered_acts(self, p: ActionParse, tasks: list[Token]) -> set[int]:
        """Words of a task a verb of thinking only raises: "Consider referral to Family Group Conference",
        "reflect on an application for an SGO". Like "consider whether to ...", the act is weighed, not
        done, so its object is a topic (a clause of its own under it is still detail)."""
        out: set[int] = set()
        for t in tasks:
            if not self._deliberates(t) or not self._verb_generic(p, t)[0]:
                continue
            for o in task_objects(p, t):
                sub = list(o.subtree)
                if self._nominal_act(o) and not any(x.pos_ in ("VERB", "AUX") and x.tag_ != "VBN" for x in sub):
                    out |= {x.i for x in sub}
        return out

    def _listed_generic_tasks(self, p: ActionParse, core: set[int]) -> set[int]:
        """Words of further tasks in a list the model read as nouns: "Update chronology, review plan and
        complete assessment". An item joined to the object whose first word is a generic verb ("review",
        "complete") is that verb on a bare object, and says no more than the first task does; an item
        with a verb that is not generic ("book dentist") or with detail of its own is left to count."""
        out: set[int] = set()
        for tok in p.doc:
            if tok.dep_ not in ("conj", "appos") or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            head = tok.head
            while head.dep_ in ("conj", "appos") and head.head.i != head.i and head.i not in core:
                head = head.head
            if head.i not in core:
                continue
            lead = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i]
            if not lead or (lead[0].lower_,) not in self._single_generic or lead[0].i != tok.left_edge.i:
                continue
            words: set[int] = set()
            _object_core(tok, words)
            out |= {i for i in words if not any(c.dep_ in ("conj", "appos") and c.i == i for c in tok.children)
                    or i == tok.i} | {c.i for c in tok.children if c.dep_ in ("cc", "punct")}
        return out

    def _numbered_generic_items(self, p: ActionParse) -> set[int]:
        """'1. Update chronology 2. update case summary 3. review plan - all by 31.5.24': numbered items run
        together on one line, which the model cannot parse. The numbers only count the items, and an item that
        is a generic verb and a bare noun phrase (up to four nouns or describing words, to the first separator)
        says no more than "update case summary"; an item with more to it is left to count."""
        marks = list(_INLINE_NUMBER.finditer(p.text))
        if len(marks) < 2:
            return set()
        out: set[int] = set()
        ends = [m.start() for m in marks[1:]] + [len(p.text)]
        for m, end in zip(marks, ends):
            number = {t.i for t in ActionParser._tokens(p.doc, m.start(), m.end()) if not t.is_space}
            out |= number
            words = []
            for t in ActionParser._tokens(p.doc, m.end(), end):
                if t.i in number or t.text in _SEPARATORS or t.i in p.timescale_tokens:
                    break
                words.append(t)
            if not words or (words[0].lower_,) not in self._single_generic:
                continue
            if 0 < len(words) - 1 <= 4 and all(w.pos_ in ("NOUN", "PROPN", "ADJ", "DET") or w.tag_ == "VB" for w in words[1:]):
                out |= {w.i for w in words}
        return out

    @staticmethod
    def _disposition_topics(tasks: list[Token]) -> set[int]:
        """Words under a task that only asks for more of a quality: "be more curious about who is living
        in the home", "become clearer about the risks". A comparative after "be" or "become" asks the
        worker to change how they work, not for something to be done, so what it is about is a topic,
        even a clause."""
        out: set[int] = set()
        for t in tasks:
            for o in _comparative_objects(t):  # "build a stronger relationship with Mum"
                out |= {x.i for x in o.subtree}
            if t.lemma_ not in ("be", "become"):
                continue
            for c in t.children:
                comparative = c.tag_ == "JJR" or any(m.lower_ in ("more", "less") and m.i < c.i for m in c.children)
                if c.dep_ == "acomp" and c.pos_ == "ADJ" and comparative:
                    out |= {x.i for x in c.subtree}
        return out

    def _tasks(self, p: ActionParse) -> tuple[list[Token], set[int]]:
        """The task verbs (wrappers passed through) and the tokens that only introduce them."""
        v = p.verb
        doc = p.doc
        wrappers: set[int] = set()
        if v is None:
            return [], wrappers
        seen = 0
        while v.lemma_.lower() in self.wrappers and seen < 4:
            seen += 1
            # "ensure that ...", "make sure that ..." (the clause hangs from "sure")
            # (not the timescale: "consider all options going forward", read with "going" as the clause)
            inner = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                     and c.i not in p.timescale_tokens]
            # ("make sure the plan is updated": "sure" may be read as a clause of its own, an ADJ)
            inner = inner or [
                g for c in v.children if c.dep_ in ("acomp", "oprd") or (c.dep_ == "ccomp" and c.pos_ == "ADJ")
                for g in c.children if g.dep_ in ("xcomp", "ccomp") and g.pos_ in ("VERB", "AUX")
            ]
            # "It is the expectation that visits are undertaken ...", "There is scope for the summary to be
            # brought up to date": an evaluative frame whose noun holds the task
            if not inner and v.lemma_ in ("be", "seem", "appear"):
                inner = [
                    g for c in v.children if c.dep_ == "attr" for g in c.children
                    if g.dep_ in ("acl", "relcl", "ccomp") and g.pos_ == "VERB"
                ] or [c for c in v.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i not in p.timescale_tokens and any(
                    x.dep_ == "expl" or x.lower_ == "it" for x in v.children if x.dep_ in ("expl", "nsubj"))]
            # "It would seem sensible, when time permits, for the SW to complete ...": an evaluative frame
            # ("it" and a judging adjective) whose infinitive the model hung elsewhere
            if not inner and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in v.children) and any(
                    c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" for c in v.children):
                inner = [x for x in doc[v.i + 1 :] if x.pos_ == "VERB" and x.i not in p.timescale_tokens
                         and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)][:1]
            if not inner:
                break
            wrappers.add(v.i)
            wrappers |= {c.i for c in v.children if c.dep_ in ("aux", "mark", "nsubj", "neg", "acomp", "oprd")
                         or (c.dep_ == "ccomp" and c.pos_ == "ADJ" and c.i < inner[0].i)}
            # the frame's own object and what qualifies it before the task: "seek assurance from the team
            # manager that ...", "satisfy herself that ..." (who is asked is not what must change)
            inside = {x.i for x in inner[0].subtree}
            for c in v.children:
                if c.i < inner[0].left_edge.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.i > v.i)):
                    wrappers |= {x.i for x in c.subtree} - inside
            # the frame's own noun ("a clear commitment from the partnership to improve ...") says who wants it
            for c in v.children:
                if c.dep_ == "attr" and inner[0].head in (c, v):  # ("There is scope for ... to be ...")
                    wrappers |= {x.i for x in c.subtree} - {x.i for x in inner[0].subtree}
            v = inner[0]
        # "get the CIN plan reviewed", "have the chronology updated": a causative whose participle, with the
        # thing acted on as its subject, is the task
        if v.lemma_.lower() in ("get", "have"):
            inner = [c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBD")
                     and c.i not in p.timescale_tokens and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children)]
            if inner:
                wrappers.add(v.i)
                v = inner[0]
        # "SW to re-visit the assessment", split at the hyphen with "re" read as the verb: the verb is the
        # word after the hyphen, and the generic test reads the two together
        if v.lower_ == "re" and v.i + 2 < len(doc) and doc[v.i + 1].text == "-" and doc[v.i + 2].pos_ in ("VERB", "NOUN"):
            wrappers |= {v.i, v.i + 1}
            v = doc[v.i + 2]
        tasks = [v]
        stack = [v]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ == "conj" and c.pos_ == "VERB" and c not in tasks:
                    tasks.append(c)
                    stack.append(c)
        return tasks, wrappers

    def _verb_generic(self, p: ActionParse, v: Token) -> tuple[bool, set[int]]:
        """Whether ``v`` is a generic verb, and the tokens of the verb phrase ("brought up to date")."""
        doc = p.doc
        # "I'll expect to see ...", "It would be lovely to see ...": what the auditor wants found
        # (the frame's subject is the auditor or "it"; "the TM to ensure the SW sees XXXX" asks for a visit)
        if v.lemma_.lower() in self.wish_verbs and v.dep_ in ("xcomp", "ccomp") and v.head.lemma_.lower() in self.wrappers \
                and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "it") for c in v.head.children):
            return True, {v.i}
        forms = {v.lemma_.lower(), v.lower_}
        # "reconvene", "re-book", "reschedule": doing a generic task again is as generic as doing it
        lemma = v.lemma_.lower()
        if v.i >= 2 and doc[v.i - 1].text == "-" and doc[v.i - 2].lower_ == "re":
            lemma = "re" + lemma  # "Re-visit the plan", split at the hyphen
            if (lemma,) in self._single_generic:
                return True, {v.i - 2, v.i - 1, v.i}
        if lemma.startswith("re") and len(lemma) > 5:
            again = lemma[2:].lstrip("-")
            if (again,) in self._single_generic:
                return True, {v.i}
        # "Consideration to be given to ...", "have a discussion about ...": a light verb whose object
        # names a generic task
        if lemma in _LIGHT_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and self._nominal_generic(c) for c in v.children
        ):
            return True, {v.i}
        for words in self.generic_verb_words:
            if words[0] not in forms:
                continue
            if len(words) == 1:
                return True, {v.i}
            # the rest of the phrase straight after the verb, or after its object: "put a plan in place"
            rest = words[1:]
            for c in v.children:
                if c.i > v.i and c.dep_ in ("prt", "prep", "advmod", "dobj") and c.lower_ == rest[0]:
                    end = c.i + len(rest)
                    if end <= len(doc) and all(doc[c.i + k].lower_ == w for k, w in enumerate(rest)):
                        return True, {v.i, *range(c.i, end)}
        return False, {v.i}

    def _nominal_generic(self, tok: Token) -> bool:
        """A noun that names a generic task: "consideration", "discussion", "review", "assessment"."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if self._generic_gerund(tok):  # "Transition planning", "chasing"
            return True
        low = tok.lemma_.lower()
        stems = [low]
        for suffix, ends in (("ation", ("", "e")), ("ion", ("", "e")), ("ment", ("",))):
            if low.endswith(suffix) and len(low) > len(suffix) + 3:
                stems += [low[: -len(suffix)] + e for e in ends]
        return any((w,) in self._single_generic for w in stems)

    def _generic_gerund(self, tok: Token) -> bool:
        """A generic task named by its -ing form and read as a noun: "chasing", "updating", "tidying up"."""
        low = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN") or not low.endswith("ing") or len(low) < 6:
            return False
        # "confirm in writing": after "in" on a verb it says in what form, not a task
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB" \
                and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
            return False
        stem = low[:-3]
        stems = {stem, stem + "e"} | ({stem[:-1]} if stem[-1] == stem[-2] else set())
        return any((w,) in self._single_generic for w in stems)

    def _nominal_act(self, tok: Token) -> bool:
        """A noun made from a verb that is not generic: "referral" (refer), "registration" (register).
        Nouns that are verbs as they stand ("place", "group", "profile") are left out."""
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        low = tok.lemma_.lower()
        stems = []
        for suffix in ("ation", "ion", "ment", "al"):
            base = low[: -len(suffix)]
            if low.endswith(suffix) and len(base) > 3:
                stems += [base, base + "e"] + ([base[:-1]] if base[-1] == base[-2] else [])
        verbs = self.parser._verb_forms()
        return not self._nominal_generic(tok) and any(w in verbs for w in stems)

    def _nominal_objects(self, p: ActionParse, o: Token) -> list[Token]:
        """What a generic task named by a noun acts on: "consideration to a legal planning meeting",
        "a review of the plan" (the object of its "to", "of" or "into", or the verb's "to"; "about" and
        the like name a topic, which ``topic_prepositions`` handle)."""
        out = []
        heads = [o] + ([o.head] if o.head.pos_ == "VERB" else [])
        for h in heads:
            for c in h.children:
                if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "of", "into") and c.i > o.i - 1:
                    out += [g for g in c.children if g.dep_ == "pobj" and g.i not in p.owner_tokens]
        return out

    def _generic_clauses(self, p: ActionParse, tasks: list[Token], skip: set[int]) -> set[int]:
        """Words of a clause under the task that is itself a generic task on a bare object: "work with the
        family to reduce risk", "... in order to improve outcomes". Such a purpose says no more than the
        task does; one with detail of its own ("to reduce contact to once a fortnight") is left to count."""
        out: set[int] = set()
        for t in tasks:
            for c in t.subtree:
                if c is t or c in tasks or c.pos_ != "VERB" or c.dep_ not in ("advcl", "xcomp", "acl", "relcl", "pcomp"):
                    continue
                is_generic, phrase = self._verb_generic(p, c)
                if not is_generic:
                    continue
                objs = [g for g in c.children if g.dep_ in ("dobj", "nsubjpass")]
                # "to go through the written agreement": in a purpose, the object of the phrase's own
                # preposition ("focusing on food, hygiene and ..." says how, and is left to count)
                if any(x.lower_ == "to" and x.dep_ == "aux" for x in c.children):
                    objs += [g for i in phrase if i != c.i for g in p.doc[i].children if g.dep_ == "pobj"]
                words = phrase | {x.i for x in c.children if x.dep_ in ("aux", "auxpass", "mark", "neg", "advmod", "prt")}
                for o in objs:
                    _object_core(o, words)
                rest = [x for x in c.subtree if x.i not in words and x.i not in skip and not x.is_punct]
                if objs and not rest:
                    out |= words
        return out

    def _named_outcome(self, p: ActionParse, tasks: list[Token]) -> bool:
        """An outcome for the child or a family member, named by its kind: "ensure XXXX has a dental check",
        "Mum gets a carer's assessment". The person is not the owner but who the action is for, and the
        object's describing word ("dental") says which thing they get; a bare or evaluative object ("has
        support", "has appropriate support") names nothing."""
        family = {i for m in p.roles if m.kind in ("family", "child") for i in m.tokens()}
        child = p.child_ref.lower()
        for t in tasks:
            # the child or a family member may own the action too: "XXXX to attend his dental appointment",
            # "Mum to attend the Freedom Programme"; a named worker who owns it is not who it is for
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")] + [
                doc_t for doc_t in (p.doc[m.end - 1] for m in p.owners if m.kind in ("family", "child"))
            ]
            if not any(c.lower_ == child or c.i in family or (c.ent_type_ == "PERSON" and c.i not in p.owner_tokens)
                       for c in subj):
                continue
            for o in task_objects(p, t):
                if any(c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN")
                       and not self.generic.token_matches(c) for c in o.children):
                    return True
        return False

    def _named_piece(self, p: ActionParse, tasks: list[Token]) -> bool:
        """A piece of work named by its kind and by the person it is about: "complete a parenting assessment
        of Father", "the viability assessment of the paternal aunt". The person (not the child, not the
        owner) and the kind together say which piece of work is meant; either alone ("the pre-birth
        assessment", "an assessment of Mum") does not."""
        people = {i for m in p.roles if m.kind != "child" for i in m.tokens()} - p.owner_tokens
        # a note whose deadline took its verb ("Viability assessment of paternal aunt to be completed by ...")
        # names the piece as its head noun
        pieces = [task_objects(p, t) for t in tasks] or [[r for r in p.doc if r.dep_ == "ROOT" and r.pos_ in ("NOUN", "PROPN")]]
        for objs in pieces:
            for o in objs:
                # (or a classifier possessive with its own article: "a carer's assessment")
                kind = any((c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN")
                            or _classifier_possessive(c)) and not self.generic.token_matches(c) for c in o.children)
                about = any(g.dep_ == "pobj" and (g.i in people or (g.ent_type_ == "PERSON" and g.lower_ != p.child_ref.lower()))
                            for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on") for g in c.children)
                if kind and about:
                    return True
        return False

    @staticmethod
    def _ensured_frequency(p: ActionParse, tasks: list[Token]) -> bool:
        """A standard to be made to hold, with how often: "ensure XXXX's case is discussed monthly", "make
        sure the statutory visits are done every 10 working days". The frequency under "ensure" or "make
        sure" is what must change and can be checked; a generic task set to recur by its owner ("will review
        this case monthly") is not ensured, and stays a generic task."""
        v = p.verb
        if v is None or v.lemma_.lower() not in ("ensure", "make") or not tasks or tasks[0].i == v.i:
            return False
        if v.lemma_.lower() == "make" and not any(c.lower_ == "sure" for c in v.children):
            return False
        freq = {x.i for f in p.frequencies for x in ActionParser._tokens(p.doc, f.start, f.end)}
        inside = {x.i for t in tasks for x in t.subtree}
        return bool(freq & inside)

    def _parts(self, p: ActionParse) -> list[list[Token]]:
        """The actions run together on one line with ";", "+" or inline numbers ("SW to refer to SALT + request
        an EHCP needs assessment + update the PEP", "SW to 1) refer ... 2) update ..."), each without its owner,
        its numbering and the timescale. A "+" or a number starts a part only where a verb follows it ("obtain
        Dad's DBS + refs for Nan's partner" joins two things to one task)."""
        doc = p.doc
        verbs = self.parser._verb_forms()
        skip = p.owner_tokens | p.timescale_tokens

        def opening(i: int) -> Token | None:  # the first word of a part, past its owner and "to"
            while i < len(doc) and (doc[i].i in skip or doc[i].is_punct or doc[i].lower_ == "to"):
                i += 1
            return doc[i] if i < len(doc) else None

        cuts = []
        for t in doc:
            number = t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].text in (")", ".") and t.i not in p.timescale_tokens
            if t.text == ";" or number or t.text == "+":
                start = t.i + (2 if number else 1)
                first = opening(start)
                if t.text != ";" and (first is None or (first.pos_ != "VERB" and first.lower_ not in verbs)):
                    continue
                cuts.append((t.i, start))
        if not cuts:
            return []
        parts, begin = [], 0
        for at, start in cuts:
            parts.append(list(doc[begin:at]))
            begin = start
        parts.append(list(doc[begin:]))
        parts = [[w for w in part if w.i not in skip and not w.is_punct and not w.is_space] for part in parts]
        # (an owner alone before the cut is no action of its own: "SW + TM to discuss", "SW to 1) ...")
        return [part for part in parts if any(w.pos_ not in _FUNCTION_POS for w in part)]

    def _bare_part(self, p: ActionParse, words: list[Token]) -> bool:
        """A part that is a generic task on a bare object and nothing more: "update the PEP", "School place to
        be chased". Its words are the generic verb, "to"/"be", and up to four words only naming the object."""
        child = p.child_ref.lower()
        rest = [w for w in words if w.lower_ != "to" and w.lemma_ != "be" and w.pos_ not in ("DET", "PART")
                and w.lower_ != child]
        if not rest:
            return False
        # the verb closes a passive part ("School place to be chased") or opens an active one ("update the PEP")
        if words[-1].tag_ == "VBN" and any(w.lemma_ == "be" for w in words):
            verb = rest[-1]
        elif rest[0].pos_ == "VERB" or rest[0].lower_ in self.parser._verb_forms():
            verb = rest[0]
        else:
            return False
        if not self._verb_generic(p, verb)[0]:
            return False
        naming = [w for w in rest if w is not verb]
        return 0 < len(naming) <= 4 and all(
            w.pos_ in ("NOUN", "PROPN", "ADJ") and w.tag_ != "VBN" or self.generic.token_matches(w) for w in naming)

    def _weak_part(self, p: ActionParse) -> bool:
        """Several actions run together where one is a generic task on a bare object: the line is no more
        specific than its weakest action, since each must be SMART on its own (G-3.1d)."""
        parts = self._parts(p)
        return len(parts) >= 2 and any(self._bare_part(p, w) for w in parts)

    @staticmethod
    def _timed_standard(p: ActionParse, tasks: list[Token]) -> bool:
        """A standard every instance of something must meet, with a fixed time limit: "all visits to be recorded
        within 48 hours", "each return home interview to be offered within 72 hours". The limit counted from each
        instance ("within N hours/days" with a number) says what must change and can be checked case by case;
        "all visits to be recorded within timescales" names no limit, and a task done once ("update the plan
        within 2 weeks") is a deadline, not a standard."""
        for t in tasks:
            # (what is acted on, also as the noun a reduced clause hangs from: "All visits to be recorded ...")
            acted = task_objects(p, t) + [c for c in t.children if c.dep_ == "nsubj"]
            every = [c for c in acted if c.i not in p.owner_tokens
                     and any(d.dep_ in ("det", "predet") and d.lower_ in ("all", "every", "each", "any") for d in c.children)]
            if not every:
                continue
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "within" and c.i in p.timescale_tokens and any(
                        x.like_num for x in c.subtree):
                    return True
        return False

    def _means_clause(self, p: ActionParse, tasks: list[Token], skip: set[int]) -> bool:
        """A clause under a generic task that says how or why, with a task of its own: "progress the plan
        by presenting the case at panel", "review the plan, setting out who ...". Its verb is not generic
        and acts on something, so the action says what will be done even when few words are left once the
        timescale is taken out. Participles that only describe a noun ("the issues raised") do not count."""
        generic = {i for s, e in self.generic.find(p.doc) for i in range(s, e)}
        for t in tasks:
            for c in t.subtree:
                if c is t or c.i in skip or c.pos_ != "VERB" or c.tag_ == "VBN" or c in tasks:
                    continue
                if c.dep_ not in ("pcomp", "advcl", "xcomp", "ccomp", "relcl", "acl"):
                    continue
                if c.lemma_.lower() in self.wrappers or self._verb_generic(p, c)[0]:
                    continue
                # a clause of generic words only ("the recommendations arising from this audit") says nothing
                if all(x.i in skip or x.i in generic or x.is_punct or x.pos_ in _FUNCTION_POS
                       or self.generic.token_matches(x) for x in c.subtree):
                    continue
                if any(g.dep_ in ("dobj", "ccomp", "xcomp") or (g.dep_ == "prep" and any(x.dep_ == "pobj" for x in g.children))
                       for g in c.children if g.i not in p.timescale_tokens):
                    return True
        return False

    def assess(self, p: ActionParse) -> tuple[bool, list[Token], list[str]]:
        """(specific?, the task verbs, the detail words found)."""
        doc = p.doc
        tasks, core = self._tasks(p)
        wrapper_tokens = set(core)
        if p.verb is not None:
            core.add(p.verb.i)
        for t in tasks:
            core |= self._verb_generic(p, t)[1]
            core |= {c.i for c in t.children if c.dep_ in ("aux", "auxpass", "neg", "prt", "mark", "expl")}
            objs = task_objects(p, t)
            objs += [c for c in t.children if c.dep_ == "nsubj" and c.i not in p.owner_tokens and c not in objs]
            if t.i + 1 < len(doc) and doc[t.i + 1].dep_ == "prep" and doc[t.i + 1].head == t and any(
                o.head == doc[t.i + 1] for o in objs
            ):
                core.add(t.i + 1)
            for o in objs:
                _object_core(o, core)
                if self._nominal_generic(o) and self._verb_generic(p, t)[0]:
                    for g in self._nominal_objects(p, o):
                        core.add(g.head.i)
                        _object_core(g, core)
                if o.pos_ == "VERB":  # "look at sibling contact", read as a gerund
                    for c in o.children:
                        if c.dep_ in _OBJECT_DEPS:
                            _object_core(c, core)
        core -= self._placed_content(p, tasks) | self._kept_content(p, tasks)
        if not tasks:
            # "Dad – parenting course – complete – by end of term", "LAC medical – book – SW": a verb set
            # apart on its own is the task of a note, and the other parts say what it acts on
            lone = self._lone_verbs(p)
            if any(not self._verb_generic(p, v)[0] for v in lone):
                return True, lone, []
            for v in lone:
                core.add(v.i)
                for part in doc:
                    if part.pos_ in ("NOUN", "PROPN") and part.head.i == part.i or part.dep_ == "appos":
                        _object_core(part, core)
        if not tasks:  # "Contingency planning."
            root = next((t for t in doc if t.dep_ == "ROOT"), None)
            if root is not None:
                _object_core(root, core)
                if root.pos_ not in ("NOUN", "PROPN"):  # "Life story work – SW – ongoing": the noun it is about
                    for c in root.children:
                        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
                            _object_core(c, core)
        # a noun in the owner's place, but not the subject of a clause the task takes ("check with the GP that
        # XXXX's asthma review has taken place"): that says what the task is about
        # (nor that of a question the task settles: "agree which authority holds case responsibility", "decide
        # who will chair")
        subjects = [t for t in p.subjects if not (t.head not in tasks and t.head.dep_ in ("ccomp", "advcl") and (any(
            c.dep_ == "mark" and c.lower_ in ("that", "whether", "if", "so") for c in t.head.children)
            or _indirect_question(t.head)) and t.head.head in tasks)]
        skip = core | p.owner_tokens | p.timescale_tokens | {t.i for t in subjects} | p.narrative
        for t in subjects:
            if t.dep_ in ("nsubj", "nsubjpass"):
                _object_core(t, skip)  # "Senior leaders will ...": who, not what
        skip |= _asides(doc)
        # the owner's name in apposition ("The Head of Service, Mr Adeyemi, will ..."): who, not what
        for t in doc:
            if t.dep_ == "appos" and t.head.i in p.owner_tokens:
                _object_core(t, skip)
        skip |= _numbered_label(doc)
        if p.background_kind in ("reason", "condition"):
            skip |= p.background  # why or when the action is set, not what it asks ("so that ..." does say)
        skip |= self._topic_tokens(p, tasks, core)
        skip |= self._generic_clauses(p, tasks, skip)
        skip |= self._question_topics(p, tasks, wrapper_tokens)
        skip |= self._disposition_topics(tasks)
        skip |= self._considered_acts(p, tasks)
        skip |= self._listed_generic_tasks(p, core)
        skip |= self._numbered_generic_items(p)
        generic = {i for s, e in self.generic.find(doc) for i in range(s, e)}
        # a generic verb says no more outside the task ("... and the TM to check they are done", "reviewed,
        # updated and brought into line with ..."), nor in a list the model read as nouns ("update
        # chronology, review plan, chase health"; the compound test in the loop below)
        loose = set()
        for t in doc:
            if t.pos_ == "VERB" and t.dep_ in _LOOSE_CLAUSE_DEPS and t.i not in skip:
                is_generic, words = self._verb_generic(p, t)
                if is_generic:
                    loose |= words
        people = [m for m in p.roles if m.kind != "child"]  # the child's reference is skipped below
        role_at = {m.start: m for m in people}
        role_tokens = {i for m in people for i in m.tokens()}
        child = p.child_ref.lower()
        detail: list[str] = []
        for t in doc:
            if t.i in skip or t.pos_ in _FUNCTION_POS or t.is_punct:
                continue
            if t.i in generic or t.lower_ == child or self.generic.token_matches(t):
                continue
            if t.pos_ == "ADV" and t.dep_ == "advmod" and t.i < t.head.i and t.head.pos_ in ("VERB", "AUX"):
                continue  # a hedge or stance before its verb ("perhaps", "usefully revisit", "now meet")
            if t.pos_ == "ADV" and t.dep_ == "advmod" and (t.head.i in wrapper_tokens or t.head.i in p.timescale_tokens):
                continue  # a hedge on the frame or the timing: "There is arguably scope ...", "ideally sooner"
            if t.i in loose or (t.dep_ == "compound" and t.tag_ == "NN" and (t.lower_,) in self._single_generic):
                continue
            if self._generic_gerund(t):
                continue  # "Health assessment overdue – needs chasing", the -ing form read as a noun
            if t.i in role_tokens:
                if t.i in role_at:
                    detail.append(role_at[t.i].text)
                continue
            detail.append(t.text)
        enough = len(detail) >= self.params.min_detail
        if self._weak_part(p):
            return False, tasks, detail
        if enough or self._means_clause(p, tasks, skip) or self._named_outcome(p, tasks) or self._named_piece(p, tasks) \
                or (not tasks and (self._named_act(p) or self._recurring_act(p))) or self._ensured_frequency(p, tasks) \
                or self._timed_standard(p, tasks):
            return True, tasks, detail
        # a task verb that names a deliverable ("visit XXXX", "book the interpreter") is specific; one with
        # nothing to act on and nothing said about it ("continue to visit") is not
        if self.params.require_generic_verb and any(
            (not self._verb_generic(p, t)[0] and (self._telling_objects(p, t) or detail or self._how_often(p, t)))
            # "make a referral to the Educational Psychologist": the noun names a task that is not generic,
            # and something says which ("a CAMHS referral", "to the Educational Psychologist"); a bare one
            # ("make a referral", "make the necessary referrals") does not say where it goes or what for
            or (t.lemma_.lower() in _DELIVERY_VERBS and any(
                (self._nominal_act(o) and (detail or self._kind_named(p, o)))
                or (t.lemma_.lower() in _DOING_VERBS and self._kind_of_act(p, o))
                for o in task_objects(p, t)))
            for t in tasks
        ):
            return True, tasks, detail
        return False, tasks, detail

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for p in self.actions(ctx):
            specific, _tasks, _detail = self.assess(p)
            if specific:
                continue
            task = what_text(p)
            phrase = task_phrase(p)
            if phrase and " " in phrase and p.verb is not None and p.verb.lemma_.lower() not in self.wrappers:
                example = f", e.g. '{phrase} to include …' or '{phrase} so that …'"
            else:
                example = f", and what difference it should make for {ctx.child}"
            yield self.hit(p, task=task, example=example)


@register
class ActionDate(_ActionRule):
    """An action's date is not a real date (31/02/2023, or month-first such as
    02/28/2023), or the deadline is before the audit date. Dates without a year
    are read in the nearest year when they are plainly the deadline (the audit's,
    the next or, across the turn of the year, the last), so one just gone is
    reported, not moved a year on;
    otherwise as the first such date after the audit date. Without
    an audit date only the not-a-real-date check runs; if that finds nothing and
    there are dates to check, the rule reports that it could not run."""

    name = "action-date"

    class Params(_ActionParams):
        example_weeks: int = Field(default=4, ge=1, description="The deadline a suggestion offers, in weeks after the audit.")

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        audit_date = ctx.audit.audit_date
        hits: list[Hit] = []
        unchecked = 0
        for p in self.actions(ctx):
            example = self.example_deadline(ctx, self.params.example_weeks)
            reported: set[int] = set()
            for d in p.dates:
                if d.date is None and d.problem and (d.problem.startswith("not a real") or d.problem.startswith("month-first")):
                    reported.add(d.start)
                    reason, advice = self._why_not_real(d)
                    hits.append(self.hit(p, d.start, d.end, date=d.text, reason=reason, advice=advice, **example))
            for ts in p.concrete:
                due = self._deadline(ts, audit_date, p)
                if due is None:
                    continue
                if due == "unchecked":
                    unchecked += 1
                    continue
                day, where = due
                if where[0] in reported:
                    continue
                if audit_date is not None and day < audit_date:
                    written = p.text[where[0] : where[1]]
                    reason = f"is before the audit date ({uk_date(audit_date)})"
                    if day != _parsed_date(written):
                        reason = f"(read as {uk_date(day)}) {reason}"
                    advice = f"give a date after the audit, e.g. '{example['example_date']}' ({example['example_note']})"
                    hits.append(self.hit(p, where[0], where[1], date=written, reason=reason, advice=advice, **example))
        if audit_date is None and not hits and unchecked:
            raise RuleSkip("the audit has no audit_date, so action dates could not be checked against it")
        yield from hits

    @staticmethod
    def _why_not_real(d: DateMatch) -> tuple[str, str]:
        """Why the date does not exist, and what it was probably meant to be."""
        if d.problem and d.problem.startswith("month-first"):
            swapped = re.sub(r"^(\d{1,2})([./-])(\d{1,2})", r"\3\2\1", d.text)
            return (
                "is written month first (US order), so it is not a real date when read the British way",
                f"write it day first: '{swapped}'",
            )
        nums = [int(x) for x in re.findall(r"\d+", d.text)]
        named = _month_in(d.text)
        month = named or (nums[1] if len(nums) >= 2 else None)
        year_n = nums[2] if len(nums) >= 3 else (nums[1] if named and len(nums) >= 2 else None)
        year = None if year_n is None else year_n + (2000 if year_n < 70 else 1900 if year_n < 100 else 0)
        if month and 1 <= month <= 12 and year:
            days = calendar.monthrange(year, month)[1]
            name = calendar.month_name[month]
            return (
                f"is not a real date: {name} {year} has {days} days",
                f"if you meant the end of {name}, write '{days} {name} {year}'",
            )
        if month and month > 12:
            return f"is not a real date: there is no month {month}", "check the day and the month"
        return "is not a real date", "check the day and the month"

    @staticmethod
    def _firm_deadline(ts: Timescale, p: ActionParse) -> bool:
        """Is a date written without a year plainly the action's deadline: worded as one ("by 28th Feb", "before
        end of June"), or the only timing the action gives? Then it is read as the nearest such date, even one
        just gone. A date that may only say when something happened ("about going missing on 28 May ... within
        72 hrs") keeps the next such date after the audit, so it is never reported on a guess."""
        return bool(_DEADLINE_START.match(ts.text)) or len(p.concrete) == 1

    def _deadline(self, ts: Timescale, audit_date: dt.date | None, p: ActionParse):
        """(the date the action is due, (start, end) of the words that say so), 'unchecked', or None."""
        if ts.kind in ("date", "tag"):
            full = [d for d in ts.dates if _is_full_date(d)]
            if not full:
                return None
            d = full[-1]
            if d.date is not None:
                return (d.date, (d.start, d.end)) if audit_date is not None else "unchecked"
            if d.problem == "no year given":
                dm = (d.day, d.month) if d.day and d.month else _day_month(d.text)
                if dm is None or audit_date is None:
                    return "unchecked" if audit_date is None else None
                due = _nearest(audit_date, *dm) if self._firm_deadline(ts, p) else _next_on_or_after(audit_date, *dm)
                if d.weekday is not None:  # "by Friday 9th February": the year that day is a Friday
                    on_day = resolve_year(dm[0], dm[1], audit_date, audit_date, weekday=d.weekday)
                    due = on_day if on_day is not None and on_day.weekday() == d.weekday else due
                return (due, (d.start, d.end)) if due else None
            return None
        if ts.kind == "period_end":
            m = _month_in(ts.text) if not re.search(r"\b(this|next|the)\s+(week|month)\b", ts.text, re.I) else None
            if m is None:
                return None  # "by the end of next month": counted from the audit date
            year = re.search(r"\b(\d{4})\b", ts.text)
            if year:
                end = _month_end(int(year.group(1)), m)
                return (end, (ts.start, ts.end)) if audit_date is not None else "unchecked"
            if audit_date is None:
                return "unchecked"
            end = _month_end(audit_date.year, m)
            if not self._firm_deadline(ts, p):
                if end < audit_date:
                    end = _month_end(audit_date.year + 1, m)
            elif end < audit_date and (audit_date - end) >= (_month_end(audit_date.year + 1, m) - audit_date):
                end = _month_end(audit_date.year + 1, m)  # "by end of Jan" in a December audit: next January
            return end, (ts.start, ts.end)
        return None


def _parsed_date(text: str) -> dt.date | None:
    hits = [d for d in find_dates(text) if d.date is not None]
    return hits[0].date if hits else None


def _nearest(day: dt.date, d: int, m: int) -> dt.date | None:
    """A deadline written without a year, read in the year of ``day`` (the audit date) unless the next one
    is nearer: "by 28th Feb" in a 9 March audit is the 28 February just gone, which the action is reported
    for, not silently moved a year on; "by 10th Jan" in a December audit is the January to come, and "by
    28/12" in an 8 January audit the December just gone (the nearest, across the turn of the year, as a
    date a few days or weeks out is what a writer leaves the year off); an even split goes to the later date."""
    after = _next_on_or_after(day, d, m)
    candidates = []
    for year in (day.year, day.year - 1):
        try:
            candidates.append(dt.date(year, m, d))
        except ValueError:  # 29 February outside a leap year
            pass
    before = max((c for c in candidates if c < day), default=None)
    if before is None or (after is not None and after - day <= day - before):
        return after
    return before


def _next_on_or_after(day: dt.date, d: int, m: int) -> dt.date | None:
    """The first d/m on or after ``day`` (29 February waits for a leap year)."""
    for year in range(day.year, day.year + 5):
        try:
            cand = dt.date(year, m, d)
        except ValueError:
            continue
        if cand >= day:
            return cand
    return None


@register
class ActionsPresent(RuleType):
    """A domain graded one of ``grades`` has no action anywhere for it: none in
    its own Actions list, and no audit-level action that names it ("Domain 3:
    ...", or "domain 3" anywhere in the action)."""

    name = "actions-present"
    needs_nlp = False

    class Params(Params):
        grades: list[str] = Field(
            default_factory=lambda: ["Requires Improvement to be Good", "Inadequate"],
            description="Grades that need at least one action.",
        )

    def setup(self) -> None:
        from ..sections import catalogue

        cat = catalogue()
        self.grades = set()
        for g in self.params.grades:
            grade = cat.parse_grade(g)
            if grade is None:
                raise ConfigError(f"{self.spec.source}: {self.spec.code} parameter grades: unknown grade {g!r}")
            self.grades.add(grade)

    @staticmethod
    def _names(action: Action, n: int) -> bool:
        """The action is for domain ``n``: it sits there, says "Domain n" / "D n", or opens
        with the domain's name as a label ("Supervision: TM to ...")."""
        if action.domain == n:
            return True
        if action.domain is not None:
            return False
        text = action.block.text
        if re.search(rf"\b(?:domain|d)\s*{n}\b", text, re.I):
            return True
        from ..sections import catalogue, normalise, strip_numbering

        label = re.match(r"\s*([^:–—\n]{3,80}?)\s*(?::|\s[-–—]\s)", text)
        return bool(label) and normalise(strip_numbering(label.group(1))) in catalogue().domain_aliases.get(n, [])

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        audit = ctx.audit
        others = [a for a in audit.all_actions() if a.block.text.strip()]
        for d in audit.domains:
            if d.grade not in self.grades:
                continue
            if any(a.block.text.strip() for a in d.actions):
                continue
            if any(self._names(a, d.number) for a in others):
                continue
            yield self._hit(d)

    @staticmethod
    def _hit(d: Domain) -> Hit:
        hit = section_hit(d.heading, d.number, grade=d.grade.value if d.grade else "", number=d.number, name=d.name)
        return hit
