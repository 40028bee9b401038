"""UK dates as audit writers write them: 28.2.23, 28/02/2023, 28th February 2023.

One parser for the whole project (front matter, action timescales, the
supervision timeline). Dates are read day-first. Nothing is guessed: a date
without a year, or one that only makes sense month-first, is returned with
``date=None`` and a reason, so the caller can report it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
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

_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)")
_ISO = re.compile(r"(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-])")
_DAY_MONTH = re.compile(
    rf"(?<![\w])(\d{{1,2}}){_ORD}(?:\s+of)?\s+({_MONTH_RE})\.?(?:,?\s+(\d{{4}}|'\d{{2}}))?(?![\w])",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"(?<![\w])({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})(?![\w])",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"(?<![\w])({_MONTH_RE})\.?,?\s+(\d{{4}})(?![\w])", re.IGNORECASE)
_MONTH_ALONE = re.compile(
    r"(?<![\w])(january|february|march|april|june|july|august|september|october|november|december)(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str  # "day" | "month" | "none"
    problem: str | None = None  # why ``date`` is None, or a caution

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


def find_dates(text: str) -> list[DateMatch]:
    """Every date-like expression in ``text``, left to right, without overlaps."""
    found: list[DateMatch] = []

    def taken(s: int, e: int) -> bool:
        return any(not (e <= f.start or s >= f.end) for f in found)

    for m in _ISO.finditer(text):
        d, problem = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem))
    for m in _NUMERIC.finditer(text):
        if taken(m.start(), m.end()):
            continue
        day, month, year = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        if month > 12 and day <= 12:
            found.append(
                DateMatch(m.start(), m.end(), m.group(0), None, "none", "month-first (US) order; write it day-first")
            )
            continue
        d, problem = _make(year, month, day)
        found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem))
    for m in _DAY_MONTH.finditer(text):
        if taken(m.start(), m.end()):
            continue
        day, month = int(m.group(1)), MONTHS[m.group(2).lower().rstrip(".")]
        if m.group(3):
            d, problem = _make(_year(m.group(3)), month, day)
            found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem))
        else:
            found.append(DateMatch(m.start(), m.end(), m.group(0), None, "none", "no year given"))
    for m in _MONTH_DAY.finditer(text):
        if taken(m.start(), m.end()):
            continue
        d, problem = _make(int(m.group(3)), MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
        found.append(DateMatch(m.start(), m.end(), m.group(0), d, "day", problem))
    for m in _MONTH_YEAR.finditer(text):
        if taken(m.start(), m.end()):
            continue
        month = MONTHS[m.group(1).lower().rstrip(".")]
        found.append(DateMatch(m.start(), m.end(), m.group(0), dt.date(int(m.group(2)), month, 1), "month"))
    for m in _MONTH_ALONE.finditer(text):
        if taken(m.start(), m.end()):
            continue
        found.append(DateMatch(m.start(), m.end(), m.group(0), None, "none", "month without a year"))
    found.sort(key=lambda f: f.start)
    return found


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
