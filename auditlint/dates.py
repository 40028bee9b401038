"""UK dates as audit writers write them: 28.2.23, 28/02/2023, 28th February 2023.

One parser for the whole project (front matter, action timescales, the
supervision timeline). Dates are read day-first. Nothing is guessed: a date
without a year, or one that only makes sense month-first, is returned with
``date=None`` and a reason, so the caller can report it.

A date written without a year ("3 March", "3rd of March", "7/9") keeps its
day and month (``DateMatch.day``/``.month``). When the caller knows the period
the text is about (an audit's review period), ``find_dates(text, period=(start,
end))`` or :func:`resolve_year` gives it a year deterministically: the unique
year that puts it inside the period, or, when none does, the latest such date
not after the period's end. If two years put it inside the period (a period
longer than a year) it stays undated: that would be a guess. A month named
alone ("since July") is resolved the same way (:func:`resolve_month`) to a
month-precision date. Resolved dates have ``year_from="period"``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORD = r"(?:st|nd|rd|th)?"

# a hyphen may join two dates into a range ("3/4/24-5/4/24"), not a word and a number ("G-3.1.24") nor the parts
# of a longer number ("12-34-56-78"): see ``_hyphen_joined``
_NUMERIC = re.compile(r"(?<![\w/.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|-(?!\d{1,2}\2)|\.\d)")
_ISO = re.compile(r"(?<![\w/.-])(\d{4})([-/])(\d{2})\2(\d{2})(?![\w/-])")
# 12 September 2022, 12th of Sept '22, 12 Sep 22 (a two-digit year only where nothing follows it on its line, and
# never after a comma: "1, 15 and 29 August, 12 and 26 September" is a list of days), 12-Sep-22, 12/Sep/2022
_DAY_MONTH = re.compile(
    rf"(?<![\w])(\d{{1,2}}){_ORD}(?:\s+of\s+|\s+|(?P<sep>[-/]))({_MONTH_RE})\.?"
    rf"(?:(?(sep)(?P=sep)|,?\s+)(\d{{4}}|'\d{{2}}|(?<!,\s)\d{{2}}(?=[ \t]*(?:[,.;:()\n\r]|and\b|&|$))))?(?![\w])",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"(?<![\w])({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})(?![\w])",
    re.IGNORECASE,
)
# "Sept 12th": month first with no year, only with an ordinal ("March 3 visits" is not a date)
_MONTH_DAY_NO_YEAR = re.compile(rf"(?<![\w])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)(?![\w])", re.IGNORECASE)
# "Feb 7": month first with a plain day and no year, only as an item of a list of other dates (see find_dates)
_MONTH_DAY_BARE = re.compile(rf"(?<![\w])({_MONTH_RE})\.?\s+(\d{{1,2}})(?![\w/.:%]|,\d)", re.IGNORECASE)
# "the 3rd, 10th and 24th of January 2023": days before a day-month that share its month
_ORD_DAY = re.compile(r"(?<![\w])(\d{1,2})(?:st|nd|rd|th)(?![\w])", re.IGNORECASE)
# "3rd, 10th", "the 3rd, the 17th and the 31st", "3rd-5th": a list or a range of days
# "on 4, 11 and 18 March", "1, 15 and 29 August": plain numbers before a day-month that share its month
_BARE_DAY = re.compile(r"(?<![\w/.:£$%-])(\d{1,2})(?![\w/.:%]|,\d)")
_BARE_LEAD = re.compile(r"(?:\b(?:on|of|dated|held)\s+|[:(;,]\s*|,\s*and\s+|^\s*|\n\s*)$", re.IGNORECASE)
_ORD_GAP = re.compile(
    r"^(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*|\s*,?\s+then\s+(?:on\s+)?|\s*[-–—]\s*|\s+to\s+)(?:the\s+)?$", re.IGNORECASE
)
# day/month with a slash and no year ("7/9", "30/11"): never with a dot (decimals) or a third part
_NUMERIC_DM = re.compile(r"(?<![\w/.:£$-])(\d{1,2})/(\d{1,2})(?![\w/%]|[.-]\d)")
_NOT_DATES = {"24/7"}  # round the clock, unless it is an item of a list of dates ("26/6, 24/7, 21/8")
_DM_BEFORE = re.compile(r"\d{1,2}/\d{1,2}\s*(?:,|&|\band\b)\s*$", re.IGNORECASE)
_DM_AFTER = re.compile(r"^\s*(?:,|&|\band\b)\s*\d{1,2}/\d{1,2}(?![\d/])", re.IGNORECASE)
# days written as ordinal words ("the sixteenth of September 2024", "September the twelfth"): the words of the
# ordinals from first to thirty-first, compounds with a hyphen or a space
_ORD_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORD_WORDS = {w: i for i, w in enumerate(_ORD_UNITS, 1)}
_ORD_WORDS.update({w: i for i, w in enumerate(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 10)})
_ORD_WORDS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31})
_ORD_WORDS.update({f"twenty-{w}": 20 + i for i, w in enumerate(_ORD_UNITS, 1)})
_ORD_WORD_RE = "(?:" + "|".join(
    w.replace("-", "[- ]") for w in sorted(_ORD_WORDS, key=len, reverse=True)) + ")"
# for other modules' patterns (AL701's spoken dates of birth): a month's name or short name, an ordinal day in words
MONTH_NAME_PATTERN = _MONTH_RE
ORDINAL_WORD_PATTERN = _ORD_WORD_RE
# "the sixteenth of September", "sixteenth September 2024": the day before the month
_WORD_DAY_MONTH = re.compile(
    rf"(?<![\w-])(?:(the)\s+)?({_ORD_WORD_RE})\s+(?:of\s+)?({_MONTH_RE})\.?"
    rf"(?:,?\s+(\d{{4}}))?(?![\w])",
    re.IGNORECASE,
)
# "September the twelfth"
_MONTH_WORD_DAY = re.compile(
    rf"(?<![\w])({_MONTH_RE})\.?\s+(?:the\s+)?({_ORD_WORD_RE})(?:,?\s+(\d{{4}}))?(?![\w-])", re.IGNORECASE
)
# Without "of" an ordinal next to a month may count something else: "in March the second session", "the second
# May session". It is a date only where the phrase ends: punctuation, or a word that starts another phrase.
_PHRASE_ENDS = re.compile(
    r"[ \t]*(?:[,.;:()\n\r&]|$|(?:and|or|then|but|the|a|an|this|that|he|she|they|we|i|it|when|where|at|in|on|"
    r"with|after|before|until|by|for|was|were|is|are|had|has)\b)",
    re.IGNORECASE,
)
# day.month with a dot and no year ("21.10", "03.04"): only with a two-digit month (a one-digit one, "15.1", only
# in a list with a two-digit one: "20.11, 18.12, 15.1, 12.2"), never a time ("at 9.10",
# "4.05pm") or a measure ("1.05 miles"), and not a part of a number or section ("3.1.2", "G-3.10")
_DOTTED_DM = re.compile(
    r"(?<![\w/.:£$-])(?<!\bat\s)(\d{1,2})\.(\d{1,2})(?![\w/%]|[.-]\d)"
    r"(?!\s*(?:a\.?m|p\.?m|hrs?|hours?|mins?|minutes?|miles?|km|kg|cm|mm|ml|metres?|meters?|%)\b)",
    re.IGNORECASE,
)
# month/year in figures ("by 05/24", "in 6/2024"): a two-digit year only from 21 to 39, so that it is never a
# day and month ("10/12") nor a score or a ratio ("3/20", "10/15")
_NUMERIC_MY = re.compile(r"(?<![\w/.:£$-])(?:(0?[1-9]|1[0-2])/(2[1-9]|3\d)|(\d{1,2})/(\d{4}))(?![\w/%]|[.-]\d)")
# a weekday before a day written without a year ("Friday 9th February", "Fri 9/2"): it can decide the year
_WEEKDAY = re.compile(
    r"(?<![\w])(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WEEKDAY_NUM = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_MONTH_YEAR = re.compile(rf"(?<![\w])({_MONTH_RE})\.?,?\s+(\d{{4}})(?![\w])", re.IGNORECASE)
_MONTH_ALONE = re.compile(
    r"(?<![\w])(january|february|march|april|june|july|august|september|october|november|december)(?![\w])",
    re.IGNORECASE,
)
# "May" alone is a month only with a capital after a word that takes a month ("in May", "since May")
_MAY_ALONE = re.compile(r"(?:\b(?i:in|since|until|till|of|and|by|from|to|before|after|early|late|mid|during|or)\s+|,\s*)(May)(?![\w])")


@dataclass(frozen=True)
class _Span:
    """A match's group as a match of its own (start, end, text)."""

    s: int
    e: int
    t: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self, _n: int = 0) -> str:
        return self.t


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str  # "day" | "month" | "none"
    problem: str | None = None  # why ``date`` is None, or a caution
    day: int | None = None  # day and month of a date written without a year
    month: int | None = None
    year_from: str = "text"  # "text" | "period": where the year came from
    weekday: int | None = None  # the weekday written before a date without a year (Monday 0): "Friday 9th February"

    @property
    def last_day(self) -> dt.date | None:
        """For a month-precision date, the month's last day; else the date."""
        if self.date is None or self.precision != "month":
            return self.date
        return self.date.replace(day=calendar.monthrange(self.date.year, self.date.month)[1])


def _year(text: str) -> int:
    text = text.lstrip("'")
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _make(y: int, m: int, d: int) -> tuple[dt.date | None, str | None]:
    try:
        return dt.date(y, m, d), None
    except ValueError:
        return None, "not a real date"


def resolve_year(day: int, month: int, start: dt.date, end: dt.date, weekday: int | None = None) -> dt.date | None:
    """The date of a day and month written without a year, read against the period ``start``..``end``.

    The unique year that puts it inside the period; if no year does, the latest such date not after
    ``end``; if more than one year does (a period longer than a year), None: never a guess. None
    too when the day and month never make a real date (31 April). A weekday written with it
    ("Friday 9th February") decides first: the one year from the year before the period to the
    year after it whose date falls on that weekday."""
    if start > end:
        return None
    if weekday is not None:
        on_day = []
        for year in range(start.year - 1, end.year + 2):
            try:
                cand = dt.date(year, month, day)
            except ValueError:
                continue
            if cand.weekday() == weekday:
                on_day.append(cand)
        if len(on_day) == 1:
            return on_day[0]
    inside: list[dt.date] = []
    for year in range(start.year, end.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if start <= cand <= end:
            inside.append(cand)
    if len(inside) == 1:
        return inside[0]
    if inside:
        return None
    for year in range(end.year, end.year - 9, -1):  # 29 February waits up to 8 years
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if cand <= end:
            return cand
    return None


def resolve_month(month: int, start: dt.date, end: dt.date) -> dt.date | None:
    """The first day of a month named without a year ("since July"), read against the period
    ``start``..``end``: the unique year whose month overlaps the period, or, if none does, the latest
    such month that starts before ``end``; None if more than one year's month overlaps it."""
    if start > end:
        return None
    overlap = []
    for year in range(start.year, end.year + 1):
        first = dt.date(year, month, 1)
        last = first.replace(day=calendar.monthrange(year, month)[1])
        if first <= end and last >= start:
            overlap.append(first)
    if len(overlap) == 1:
        return overlap[0]
    if overlap:
        return None
    year = end.year if month <= end.month else end.year - 1
    return dt.date(year, month, 1)


def _hyphen_joined(text: str, m: re.Match) -> bool:
    """Is a numeric date joined by a hyphen to what is before it, other than as the end of a range of two
    dates written with a slash or a dot ("3/4/24-5/4/24")?"""
    s = m.start()
    if s == 0 or text[s - 1] != "-":
        return False
    return m.group(2) == "-" or s < 2 or not text[s - 2].isdigit()


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday written just before ``start`` ("Friday 9th", "Weds, the 3rd"), Monday 0."""
    w = _WEEKDAY.search(text, max(0, start - 16), start)
    return _WEEKDAY_NUM[w.group(1).lower()[:3]] if w else None


def _no_year(m: re.Match, day: int, month: int, period: tuple[dt.date, dt.date] | None, text: str) -> DateMatch:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return DateMatch(m.start(), m.end(), m.group(0), None, "none", "not a real date", day, month)
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is real
    except ValueError:
        return DateMatch(m.start(), m.end(), m.group(0), None, "none", "not a real date", day, month)
    weekday = _weekday_before(text, m.start())
    if period is not None:
        d = resolve_year(day, month, *period, weekday=weekday)
        if d is not None:
            return DateMatch(m.start(), m.end(), m.group(0), d, "day", None, day, month, "period", weekday)
        return DateMatch(m.start(), m.end(), m.group(0), None, "none", "no year given; more than one year fits the period",
                         day, month, weekday=weekday)
    return DateMatch(m.start(), m.end(), m.group(0), None, "none", "no year given", day, month, weekday=weekday)


def _bare_days(text: str, at: int, day: int) -> list[re.Match]:
    """Plain numbers before a day-month at ``at`` that share its month ("on 4, 11 and 18 March"): only
    separators between them, each smaller than the next, and the first after "on", "of", a colon, a bracket or
    a comma ("1, 15 and 29 August" after another date): not "aged 6 and 20 June". Nearest first, to pop."""
    chain: list[re.Match] = []
    end, nxt = at, day
    while True:
        prev = None
        for o in _BARE_DAY.finditer(text, max(0, end - 12), end):
            if _ORD_GAP.match(text[o.end() : end]):
                prev = o
        if prev is None or not 1 <= int(prev.group(1)) < nxt:
            break
        chain.append(prev)
        end, nxt = prev.start(), int(prev.group(1))
    while chain and not _BARE_LEAD.search(text[: chain[-1].start()]):
        chain.pop()  # the list must open where a date can: "on 4, 11 and 18 March"
    return chain[::-1]


_LIST_SEP = re.compile(r"^\s*(?:,|;|&|\band\b)\s*$", re.IGNORECASE)


def _in_dotted_list(text: str, dotted: list[re.Match], n: int) -> bool:
    """Is the n-th day.month of ``dotted`` an item of a list of them (only separators between neighbours) that
    has one with a two-digit month ("20.11, 18.12, 15.1, 12.2")?"""
    lo = hi = n
    while lo > 0 and _LIST_SEP.match(text[dotted[lo - 1].end() : dotted[lo].start()]):
        lo -= 1
    while hi + 1 < len(dotted) and _LIST_SEP.match(text[dotted[hi].end() : dotted[hi + 1].start()]):
        hi += 1
    return any(len(dotted[k].group(2)) == 2 for k in range(lo, hi + 1))


def find_dates(text: str, period: tuple[dt.date, dt.date] | None = None) -> list[DateMatch]:
    """Every date-like expression in ``text``, left to right, without overlaps.

    With ``period`` (start, end), a day and month written without a year are given one by
    :func:`resolve_year`; without it they are returned undated with the problem "no year given"."""
    found: list[DateMatch] = []
    if _DIGIT.search(text) is None and _MONTH_WORD.search(text) is None:
        return found  # every date form below has a digit or a month's name: most sentences have neither

    has_digit = _DIGIT.search(text) is not None
    month_starts = [m.start() for m in _MONTH_WORD.finditer(text)]  # where a month's name starts (few, often none)
    has_month = bool(month_starts)
    # a day in words ("the sixteenth of", "September the twelfth"): each holds one of _ORD_WORD_PARTS (a text that is
    # not ASCII is always tried: a letter outside ASCII may match one of theirs when case is ignored)
    has_ord_word = has_month and (not text.isascii() or any(map(text.lower().__contains__, _ORD_WORD_PARTS)))

    digit_starts: list[int] | None = None

    def scan(rx: re.Pattern) -> Iterator[re.Match] | list[re.Match]:
        """``rx.finditer(text)``; nothing where the text lacks what every match of ``rx`` holds (a digit, a month,
        a day in words, "May"); a pattern whose every match starts at a month's name, or at a number, is tried
        only there."""
        nonlocal digit_starts
        k = id(rx)
        if not has_digit and k in _WITH_DIGIT_IDS or not has_month and k in _WITH_MONTH_IDS \
                or not has_ord_word and k in _WITH_ORD_WORD_IDS or rx is _MAY_ALONE and "May" not in text:
            return iter(())
        if k in _AT_MONTH_IDS:
            return _matches_at(rx, text, month_starts)
        if k in _AT_NUMBER_IDS:
            if digit_starts is None:
                digit_starts = [m.start() for m in _NUMBER_START.finditer(text)]
            return _matches_at(rx, text, digit_starts)
        return rx.finditer(text)

    def taken(s: int, e: int) -> bool:
        return any(not (e <= f.start or s >= f.end) for f in found)

    for m in scan(_ISO):
        d, problem = _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem))
    for m in scan(_NUMERIC):
        if taken(m.start(), m.end()) or _hyphen_joined(text, m):
            continue
        day, month, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        if month > 12 and day <= 12:
            found.append(
                DateMatch(m.start(), m.end(), m.group(0), None, "none", "month-first (US) order; write it day-first")
            )
            continue
        d, problem = _make(year, month, day)
        found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem))
    for m in scan(_DAY_MONTH):
        if taken(m.start(), m.end()):
            continue
        day, month = int(m.group(1)), MONTHS[m.group(3).lower().rstrip(".")]
        if m.group(4):
            d, problem = _make(_year(m.group(4)), month, day)
            found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem))
            year: int | None = _year(m.group(4))
        else:
            found.append(_no_year(m, day, month, period, text))
            year = None
        # bare ordinal days before it that share its month: "the 3rd, 10th and 24th of January"
        at = m.start()
        shared = _bare_days(text, at, day)  # or plain numbers: "on 4, 11 and 18 March"
        while True:
            prev = None
            for o in _ORD_DAY.finditer(text, max(0, at - 40), at):
                if _ORD_GAP.match(text[o.end() : at]):
                    prev = o
            if prev is None and shared:
                prev = shared.pop()
            if prev is None or taken(prev.start(), prev.end()):
                break
            if year is not None:
                d, problem = _make(year, month, int(prev.group(1)))
                found.append(DateMatch(prev.start(), prev.end(), prev.group(0), d, "day", problem, int(prev.group(1)), month))
            else:
                found.append(_no_year(prev, int(prev.group(1)), month, period, text))
            at = prev.start()
    for m in [*scan(_WORD_DAY_MONTH), *scan(_MONTH_WORD_DAY)]:
        if taken(m.start(), m.end()):
            continue
        if m.re is _WORD_DAY_MONTH:
            word, month_word, year_text = m.group(2), m.group(3), m.group(4)
        else:
            month_word, word, year_text = m.groups()
        if not year_text and not re.search(r"\bof\b", m.group(0), re.IGNORECASE) and not _PHRASE_ENDS.match(text, m.end()):
            continue  # "the second May session"; a year ends the phrase
        day = _ORD_WORDS[re.sub(r"\s+", "-", word.lower())]
        month = MONTHS[month_word.lower().rstrip(".")]
        if year_text:
            d, problem = _make(int(year_text), month, day)
            found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem, day, month))
        else:
            found.append(_no_year(m, day, month, period, text))
    for m in scan(_MONTH_DAY):
        if taken(m.start(), m.end()):
            continue
        d, problem = _make(int(m.group(3)), MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
        found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem))
    for m in scan(_MONTH_DAY_NO_YEAR):
        if taken(m.start(), m.end()):
            continue
        found.append(_no_year(m, int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")], period, text))
    for m in scan(_MONTH_DAY_BARE):
        # "Tues 9th Jan, Feb 7, 7th Mar.": a list item between dates already found, only separators between them
        if taken(m.start(), m.end()):
            continue
        before = any(f.end <= m.start() and _LIST_SEP.match(text[f.end : m.start()]) for f in found)
        after = any(f.start >= m.end() and _LIST_SEP.match(text[m.end() : f.start]) for f in found)
        if before and after:
            found.append(_no_year(m, int(m.group(2)), MONTHS[m.group(1).lower().rstrip(".")], period, text))
    for m in scan(_NUMERIC_DM):
        if taken(m.start(), m.end()):
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue  # "3/20": not a date
        if m.group(0) in _NOT_DATES and not (_DM_BEFORE.search(text[: m.start()]) or _DM_AFTER.match(text[m.end() :])):
            continue  # "24/7" alone: round the clock
        found.append(_no_year(m, day, month, period, text))
    dotted = [m for m in scan(_DOTTED_DM) if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12]
    for n, m in enumerate(dotted):
        if taken(m.start(), m.end()):
            continue
        if len(m.group(2)) == 1 and not _in_dotted_list(text, dotted, n):
            continue  # "1.5", "2.3": a number or a section, not a date
        found.append(_no_year(m, int(m.group(1)), int(m.group(2)), period, text))
    for m in scan(_NUMERIC_MY):
        if taken(m.start(), m.end()):
            continue
        month, year = (int(m.group(1)), _year(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        if 1 <= month <= 12:
            found.append(DateMatch(m.start(), m.end(), m.group(0), dt.date(year, month, 1), "month"))
    for m in scan(_MONTH_YEAR):
        if taken(m.start(), m.end()):
            continue
        month = MONTHS[m.group(1).lower().rstrip(".")]
        found.append(DateMatch(m.start(), m.end(), m.group(0), dt.date(int(m.group(2)), month, 1), "month"))
    alone = [_Span(m.start(1), m.end(1), m.group(1)) for m in scan(_MONTH_ALONE)]
    alone += [_Span(m.start(1), m.end(1), m.group(1)) for m in scan(_MAY_ALONE)]
    for m in sorted(alone, key=lambda x: x.start()):
        if taken(m.start(), m.end()):
            continue
        month = MONTHS[m.group(0).lower()]
        d = resolve_month(month, *period) if period is not None else None
        if d is not None:
            found.append(DateMatch(m.start(), m.end(), m.group(0), d, "month", None, None, month, "period"))
        else:
            found.append(DateMatch(m.start(), m.end(), m.group(0), None, "none", "month without a year", None, month))
    found.sort(key=lambda f: f.start)
    return found


# What every match of these holds: a digit (``\d``); a month's name as a whole word (each is read
# after a space, a hyphen, a slash or a comma, where ``\b`` is, and before a dot, a comma, a space or the end). find_dates tries a pattern only on a text that has it.
_DIGIT = re.compile(r"\d")
# (``\b{_MONTH_RE}(?!\w)`` ignoring case, written to open with a class of the names' first letters in every case
# ignoring case gives them, "s" and "ſ" too, so that a search skips to those letters at once; the boundary before the
# name and its first letter's family are read behind that letter)
_MONTH_WORD = re.compile(
    r"[jJfFmMaAsSſoOnNdD](?<!\w.)(?:(?<=[jJ])(?i:an(?:uary)?|une?|uly?)|(?<=[fF])(?i:eb(?:ruary)?)|(?<=[mM])(?i:ar(?:ch)?|ay)"
    r"|(?<=[aA])(?i:pr(?:il)?|ug(?:ust)?)|(?<=[sSſ])(?i:ep(?:t(?:ember)?)?)|(?<=[oO])(?i:ct(?:ober)?)|(?<=[nN])(?i:ov(?:ember)?)"
    r"|(?<=[dD])(?i:ec(?:ember)?))(?!\w)"
)
_WITH_DIGIT = frozenset({_ISO, _NUMERIC, _DAY_MONTH, _MONTH_DAY, _MONTH_DAY_NO_YEAR, _MONTH_DAY_BARE, _NUMERIC_DM, _DOTTED_DM,
                         _NUMERIC_MY, _MONTH_YEAR})
_WITH_MONTH = frozenset({_DAY_MONTH, _WORD_DAY_MONTH, _MONTH_WORD_DAY, _MONTH_DAY, _MONTH_DAY_NO_YEAR, _MONTH_DAY_BARE,
                         _MONTH_YEAR, _MONTH_ALONE, _MAY_ALONE})
# the same, by identity: a compiled pattern's hash is worked out from its whole program on every look-up
_WITH_DIGIT_IDS = frozenset(map(id, _WITH_DIGIT))
_WITH_MONTH_IDS = frozenset(map(id, _WITH_MONTH))
# what every ordinal day in words holds (lower-case): "first" ... "ninth", "tenth", "eleventh", "twelfth", "-teenth",
# "twentieth", "thirtieth" ("twenty-first", "thirty-first" hold "first")
_ORD_WORD_PARTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                   "twelfth", "teenth", "twentieth", "thirtieth")
assert all(any(p in w for p in _ORD_WORD_PARTS) for w in _ORD_WORDS)
_WITH_ORD_WORD_IDS = frozenset(map(id, (_WORD_DAY_MONTH, _MONTH_WORD_DAY)))
# the patterns whose every match starts at a month's name (``(?<![\w])`` and the name, then no word character: where
# ``_MONTH_WORD`` finds one)
_AT_MONTH_IDS = frozenset(map(id, (_MONTH_DAY, _MONTH_DAY_NO_YEAR, _MONTH_DAY_BARE, _MONTH_WORD_DAY, _MONTH_YEAR, _MONTH_ALONE)))
# the patterns whose every match starts at the first digit of a number (a digit after no word character: each opens
# with a look-behind that refuses ``\w``, then a digit), and where those are (written to open with the digit, so that
# a search skips to the digits at once)
_AT_NUMBER_IDS = frozenset(map(id, (_ISO, _NUMERIC, _DAY_MONTH, _NUMERIC_DM, _DOTTED_DM, _NUMERIC_MY)))
_NUMBER_START = re.compile(r"\d(?<!\w\d)")


def _matches_at(rx: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """``list(rx.finditer(text))`` for a pattern that never matches empty and whose every match starts at one of
    ``starts`` (ascending): tried only there, with finditer's rule that the next match starts where the last ended."""
    out: list[re.Match] = []
    end = 0
    for s in starts:
        if s >= end and (m := rx.match(text, s)) is not None:
            out.append(m)
            end = m.end()
    return out


def parse_date(value: object) -> dt.date | None:
    """A single date from front matter or a form field; None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    s = value.strip()
    hits = [h for h in find_dates(s) if h.precision == "day" and h.date is not None]
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(s.rstrip(".")):
        return hits[0].date
    return None
