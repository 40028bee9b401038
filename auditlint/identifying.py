"""Identifying details in audit text: names, dates of birth, addresses, postcodes,
phone numbers, e-mail addresses, NHS numbers and case numbers.

Used by rule AL701 and by ``auditlint redact``; usable on its own::

    from auditlint.identifying import find_details
    find_details("Her social worker, Aisha Rahman, lives at 4 Elm Road.")

Names come from the parse (spaCy PERSON entities, filtered by the role words
of ``roles.yml``, the ``identifying`` lexicon, the care vocabulary and the
authority's ``vocabulary``, the anonymised reference, months and weekdays,
places after "in"/"at") and from structure the small model misses: a
courtesy title (``Mrs Patel``), "named"/"called"/"known as", a role or
relation next to a capitalised proper noun (``her brother Tyler``,
``Precious, XXXX's older sister``, ``Will is her brother``), the subject of a
verb only people do (``Jayden told ...``), a possessor of what people have
(``Tyler's school``), a word coordinated with a name, a name typed in lower
case or in capitals that the en_GB dictionary knows only as a name, a word in
lower case the dictionary does not know after a title or name cue, as a subject
or an owner, or with an age in brackets (``dr ahmed``, ``tia's bf``, ``kai (9)``;
:meth:`Detector._lower_names`), a flattened table's row of name, relation and date
(``Sharon Pike Mother 14/02/1990``), and a
word already found as part of a name elsewhere in the same document
(:meth:`Detector.find_all`). Case-note shapes are read too: a verb of
communication or care before a capitalised word (``Visited Aoife``, ``placed
with Pieter van der Berg``; ``contact_cues``), names set off by commas in a
list or after a role (``Present: Gurpreet Kaur Sandhu, Callum MacLeod``), the
agent of a person's verb (``agreed by Imran``), a subject the dictionary does
not know at all (``Rashid is doing well``), shorthand that opens with a verb
(parsed again with the verb in lower case). From the parse, too: a list of
capitalised subjects of a verb people do or with an object only people have
(``Summer and Mason have separate bedrooms``), the object after "at" of a verb
done at people (``shouts at Kian and Leo``), a subject described by an age
(``Zuzanna, 9, translated``), a capitalised modal before a finite verb (``Will
has been staying``), initials set off after a person (``Mother's ex, J.B.,``),
names in brackets after a word for people (``the kids (Freddie, Archie &
Poppy)``), and a family word before a word in any case (``nanny bev``, ``aunt
Mairead``; ``kinship``). The frame around a word, too (:meth:`Detector._frame_names`):
the owner after "of" (``the views of Teodor``), the value of a person's name (``the
name of the friend is Mehwish``), a list after a word for people and a colon or
"including", someone spoken to in quoted speech, an ordinary word owning a bedroom,
two names joined by text-speak "n". Last, a broad fallback keyed on no word list: a capitalised
proper noun alone in a place people fill, the subject or object of any verb, after
"with", owning a noun or in apposition with a word for people (``a good rapport with
Tegwen``, ``Ruairí's football kit``), unless a listed place, an article, a capitalised
neighbour or an entity type other than a place explains it
(:meth:`Detector._argument_names`). Listed local authorities, towns and clubs
(``places``: ``agreed by Sefton``, ``supports Everton``) are names only on a
title, a family word or a name cue. A flattened table's field labels
(``Tel:``, ``| Gender:``), a capitalised word before a tool word (``the
Barnahus model``; ``thing_words``) or ending in a building word, and an
acronym spelt out after it (``the SENCO, Special Educational Needs
Coordinator``) are not names. Round r5 added: initials in a person's place (``led by D.M.``,
:meth:`Detector._in_person_role`), a name or initials in capitals before a role in brackets (``JW (IRO)``),
a nickname in quotes beside a word for people, a sentence's subject that a later "she is ..." describes, a
sender naming themselves in a message (``hi its chantelle``), a double first name in lower case; and as
look-alikes an ordinary word opening a sentence before its subject (``Overall, the worker ...``), the last
word of a course's title (``the Skills to Foster training``), capitalised words modifying a plural thing
(``Bookstart packs``), an acronym's plural and an interpreter's language in brackets. Round r6 added a gazetteer
(``names``: forenames and surnames common in the UK) for names no other rule reaches, each guarded by the parse
(:meth:`Detector._gazetteer_names`): a listed forename that is no ordinary word, alone in a person's place
(``at Kenzie's``); one that is an ordinary word (``Grace``, ``Summer``) only before a surname or in a list of
such names that is a verb's subject or object; one in capitals owning something (``MAISIE'S REVIEW``). Session 7
added: a gazetteer name in a run of capitals in a person's place (``SPOKE TO KAYLEIGH``, a place's preposition ending
the run), a lower-case name as the object of a person's verb (``visited tegan``), a full date alone in brackets after a
family member's name (``Tia (04/09/2016)``; not after a title or a word of meeting), and a house number and street with
no street word after a word of living (``lives at 14 Larkspur, Kirkby``); then a lower-case forename that is also an
ordinary word in a person's place (``shell said``, ``dad's partner shell``, ``visited faith``, ``sw (jo)``:
:meth:`Detector._ordinary_name_slot`), two capitals standing for a person in minutes (``KO to close the case``, ``seen
by RB``; never a known acronym, role or title: :meth:`Detector._initials_names`), judges' titles (``HHJ``, ``DJ``), and
as look-alikes a language or a people (``speaks Welsh``, ``Welsh-medium``: :meth:`Detector._language_word`), an
ordinary word listed with a bare abstract noun (``Joy and fun were missing``) and the audit's grades. The scans
for cue phrases try their phrases only where a word that opens one starts (:class:`_PhraseScan`), the same
matches as scanning every character. Session 9 added: a listed forename that is also a word, joined by
"and"/"&" to a name found after it or straight after a family word (``Storm and River (half-siblings)``, ``her twin
Mercy``), or opening a sentence that a later "she is ..." describes (``Sky has been a big help - she's ...``);
initials before a role owned by someone in brackets (``JB (mum's new partner)``); a lower-case forename before
"from" (``jo from the school``) and an Irish surname in lower case with its title (``sister o'brien``); a double
forename in capitals with its surname (``(DESTINY-ROSE PRICE)``); the "d/o/b" cue, a second record of a date of
birth (``but the school has 10-01-15``), and no birth for a date before "born on <its own date>"; streets named in
Welsh (``14a Cwrt y Dderwen``); and as look-alikes English counties and grandparents' words in other languages
(``Dziadek``). Round 10 added: a second record of a date of birth after "reads"/"says" or corrected in place ("is
2016-04-03, not 03/04/2015"), a month and year after a written DOB field (``(DOB 05/2019)``), an NHS number listed
after one under the same cue; a title before a name whatever its bracket holds (``Mrs Doyle (DT)``), a surname after
"al-"/"el-", initials with an Irish O' (``K.O'C.``), a lower-case listed forename as any subject, after a role word
(``sw tomasz k``) or with an elided "d'" (``d'arcy``), a word-name set off before "who" (``Summer, who is ...``), a
name with its service in brackets (``Jess (Catch22)``), a nickname's adjective (``Big Mo``), a Traveller site or
caravan park before its road; and as look-alikes Welsh head words and what follows them (``Ysgol ...``, ``Tîm``,
``Dydd Llun``: ``welsh_heads``), a thing's name ending in a thing word (``Ghana Card``). Rounds 11 and 12 added: an address
led by a house's name with no number, before its street and town or, after "at"/"address", a farm's, a cottage's or a
hamlet part's name before its town (``The Old Forge, Mill Hill Lane, Brampton``, ``at Higher Polscoe Farm, Lostwithiel``:
:meth:`Detector._named_house_addresses`), the line between a house number and its postcode in any case or spelling
(``88 fernleigh cresent, hull hu5 2dx``), a street in capitals; a second record of a date of birth one slip from it (a
year out, or day and month swapped) in the same sentence; names by their frame in any case (:meth:`Detector._named_by_frame`:
a greeting, "it's ... here", "née", a listed forename in capitals with an age, a quoted nickname after "goes by" or
"calls him", "the O'Sullivans", "everyone calls Pree,", "at kelsie's"), a listed forename after a family word in lower
case or after "Baby", "dr" before a listed surname, a nickname's adjective before two words (``Mad Dog Morris``); and as
look-alikes wards, towns and grounds (``places``), Welsh towns by their first syllable (``place_prefixes``), lakes by
their head word (``place_heads``), festivals, family words in Somali and Vietnamese, case-note shorthand, and a club
named like a person where it is watched, supported or worn (``clubs_named_like_people``). Round 14 added: a table pasted as
text (a date under a DOB header, the cell under a name header: ``_table_columns``), a rank, collar number and surname
(``PC 4521 Hughes``), a name with its own initials in brackets, a forename and surname set off after a role, a sender
naming themselves at a quoted text's start, a contact saved as a forename and a word, a lower-case name after "my
best friend is", a baby's arrival as a birth; and as look-alikes (:meth:`Detector._drop_look_alikes`) firms, organisations
by their last word (``org_heads``), courts, eponymous illnesses, "X is where", two words after "in", a boat's name
(``named_things``), a bare street where a B&B, a hostel or a mooring is (``lodging_words``), police and court parties.
Round 15 added (:meth:`Detector._names_beside_found_names`, :meth:`Detector._list_and_context_look_alike`): a listed forename after a family
title though listed as a label (``Uncle Tel``), a surname with a Gaelic or Irish prefix after a forename, lower-case names
in brackets after a name, the surname after a quoted nickname, a lower-case sender in a text, a quoted nickname listed
with names, Welsh months and birth cues, chronology rows with cells before "born"; and as look-alikes lists of places,
lists described as places, Welsh joiners, "the X <thing>", dialect "up"/"round" places, acronyms with a lower-case tail,
table headers, a forename's bare plural, services named for a group, conditions, a bare street "near" or at a service
building, and another system's number than the configured pattern.
Round 16 added: a scanned form's letter/digit slips read undone (``_undo_scan_slips``: "O7700 9OO 644", "3O/11/1985",
"5 Mi11 Lane", "J0ANNE"), a date-of-birth cue with an aside before "is", workers' initials joined by a slash though one
pair spells an acronym, initials opening a note or after "the statement of", "Thanks,"/"Cheers," sign-offs, a bare team
label after a name in brackets, a forename opening a list of names, a nickname's adjective with an initial in quotes or
in lower case after a name, two-letter street words in capitals; and as look-alikes animals named after their plural,
a name-like run after "the" before a place's noun, one word after "the" as a place, a word after a brand, someone's
home by a possessive then "in" a place, "back to" a place, Urdu/Punjabi aunts and uncles, festivals, and a cued
reference in another format than the configured pattern.
Round 18 added: a second record of a date of birth with its own record after it ("1/7/1995 on LCS and 7/1/1995 on the
health record"), Welsh ordinals "-ain"/"-il", a full name then a date too old for a visit (``_nominal_dobs``), a forename
tagged alone before a surname in capitals, initials after "signed" or in a handover line ("H/O from KP to RT"), a farm
after "moved to", a lower-case name and initial in brackets after a role, scanner slips in a date's first figure, in
"D0B", in a capital O opening a name and in a street word ("Hi11"); and as look-alikes "Dear", an ordinary word opening
a quote or a table cell as a subject, one word after "the" tagged a person, a team's plural nickname, a role after a name.
Everything else is patterns with the real format
rules (UK postcodes, UK phone shapes, the NHS number's modulus-11 check) or a
cue ("born", "DOB", "NHS number", "case ref").

A :class:`Detail` holds offsets only (and the text, for callers that need
it); nothing here logs or prints the text.
"""

from __future__ import annotations

import calendar
import re
import string
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable

from .dates import MONTH_NAME_PATTERN, ORDINAL_WORD_PATTERN, find_dates

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .lexicons import LexiconStore

KINDS = ("name", "date_of_birth", "address", "postcode", "phone", "email", "nhs_number", "case_number")
KIND_LABELS = {
    "name": "personal name",
    "date_of_birth": "date of birth",
    "address": "address",
    "postcode": "postcode",
    "phone": "phone number",
    "email": "e-mail address",
    "nhs_number": "NHS number",
    "case_number": "case or record number",
}


@dataclass(frozen=True)
class Detail:
    """``text[start:end]`` is an identifying detail of ``kind``."""

    kind: str
    start: int
    end: int
    text: str = ""

    def __repr__(self) -> str:  # never the value: a repr may end up in a log
        return f"Detail({self.kind!r}, {self.start}, {self.end})"


class _LazyPattern:
    """A regular expression compiled on its first use, with the compiled pattern's methods: a pattern that most
    texts never reach (a gate or a rare cue before it) costs nothing when a process starts."""

    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._rx: re.Pattern | None = None

    def __getattr__(self, name: str) -> Any:  # (only for what the instance lacks: the pattern's own methods)
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return getattr(self._rx, name)


# -- patterns that need no lexicon ------------------------------------------------------
# (the patterns a typical audit never reaches, rare cues and shapes, are compiled on first use: ``_LazyPattern``)
# UK postcodes: outward A9, A9A, A99, AA9, AA9A, AA99 with the letters each position allows; inward 9AA
# (typed with no space or two, in either case)
_POSTCODE = _LazyPattern(
    r"(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|\d\d|[A-HK-Y]\d[ABEHMNPRV-Y]?|[A-HK-Y]\d\d)"
    r" {0,2}\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])"
)
_POSTCODE_LOWER = _LazyPattern(
    r"(?<![A-Za-z0-9])(?:[a-pr-uwyz](?:\d[a-hjkpstuw]?|\d\d|[a-hk-y]\d[abehmnprv-y]?|[a-hk-y]\d\d)"
    r" {0,2}\d[abd-hjlnp-uw-z]{2})(?![A-Za-z0-9])"
)
# a letter, then a figure: every postcode holds one (but "GIR 0AA"), a gate before the two patterns above
# (the figure first, the letter then read behind it: a search skips to the figures)
_POSTCODE_GATE = re.compile(r"\d(?<=[A-Za-z]\d)")
# how every match of ``Detector._caps_address_re`` opens: a house number and a word in capitals (a gate before it)
_CAPS_ADDRESS_GATE = re.compile(r"\d[A-Z]?,?\s+[A-Z][A-Z'’-]")


def _postcodes(text: str) -> list[re.Match]:
    """The matches of ``_POSTCODE``, then of ``_POSTCODE_LOWER``."""
    if _POSTCODE_GATE.search(text) is None and "GIR 0AA" not in text:
        return []
    return [*_POSTCODE.finditer(text), *_POSTCODE_LOWER.finditer(text)]


_EMAIL = _LazyPattern(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
# word shapes tested per token (compiled once)
_SHAPE_CAP_PLURAL = re.compile(r"[A-Z][a-z]+s")
_SHAPE_CAP = re.compile(r"[A-Z][a-z]+")
_SHAPE_CAP3 = re.compile(r"[A-Z][a-z]{2,}")
_SHAPE_LOWER = re.compile(r"[a-z]+")
_SHAPE_INITIALS = re.compile(r"(?:[A-Z](?:['’][A-Z])?\.){2,3}")  # "J.M.", "K.O'C." (an Irish O' initial)
_SHAPE_CAP_PAST = re.compile(r"[A-Z][a-z]+ed")
_PHONE = re.compile(
    r"(?<![\w+/.-])(?:(?:\+|00[\s.-]?)44[\s.-]?(?:\(0\)[\s.-]?)?|\(0|0(?: (?=7\d{3}))?)\d(?:(?:[\s-]{0,2}\)?[\s-]{0,2}|(?<=\d)\.(?=\d))\d){8,11}(?![\w/-]|\.\d)"
)
_INTL_PREFIX = _LazyPattern(r"(?:\+|00[\s.-]?)44")
# ten digits; a full stop may stand before them only as the end of "No." ("NHS No.9990166137")
# (the first figure first, the look-behinds then read behind it: a search skips to the figures)
_TEN_DIGITS = re.compile(r"\d(?:(?<![\w/.+-]\d)|(?<=[Nn]o\.\d))\d{2}[\s-]?\d{3}[\s-]?\d{4}(?![\w/-]|\.\d)")
# ten digits in any other grouping ("99937 62113", "999 1933 123"): an NHS number only when introduced as one or when
# its check digit holds (``Detector._nhs``)
_TEN_DIGITS_ANY = re.compile(r"\d(?:(?<![\w/.+-]\d)|(?<=[Nn]o\.\d))(?:[ -]?\d){9}(?![\w/-]|\.\d|[ -]\d)")
_NHS_CUE = _LazyPattern(r"\bNHS\b(?:\s*(?:no|num)\.)?[^.;!?\n]{0,40}$", re.IGNORECASE)
# between two NHS numbers of one list: a short clause with no sentence break or digit, then "and"/"or"/"&" or a comma
_NHS_LIST_GAP = _LazyPattern(r"(?:[^.;!?\n\d]{0,40}\s(?:and|or|&)|\s*[,/&])\s*$", re.IGNORECASE)
_DOB_CUE = re.compile(
    r"(?:\bturns?\s+\d{1,2}\s+on|\bborn|(?<![\w.])b\.|\bd[./-]?\s?o[./-]?\s?b(?:s|['’]s)?\b\.?|\bdates?\s+of\s+birth|\bbirth\s?dates?|\bbirthdays?)"
    r"(?:\s*[:(\-–,]\s*|\s+(?:is|are|was|were|on|in|of|the|being|given|recorded|listed|shown|noted|as|both)\b|\s)*\s*$",
    re.IGNORECASE,
)
# a written cue (not "born", not "birthday") a few words before the date, with no number or clause break
# between: "Date of birth given by the hospital as 1 March 2020", "DOBs on the referral: XXXX 2014-07-22"
_DOB_CUE_LOOSE = re.compile(
    r"(?:\bd[./-]?\s?o[./-]?\s?b(?:s|['’]s)?\b\.?|\bdates?\s+of\s+birth|\bbirth\s?dates?)(?P<gap>[^\d.,;!?\n]{1,45})$", re.IGNORECASE
)
# "born at home on 2nd Feb 2024", "born in Lagos on the 3rd of March 1990": where, then the date
_BORN_WHERE = re.compile(r"\b(?i:born)\s+(?:at|in)\s+(?:home\s+|hospital\s+|(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})on\s+(?:the\s+)?$")
# a baby's arrival, the birth: "baby, Mason, arrived on 02/02/2025", "the baby was delivered on 3/3/2024"
_BABY_ARRIVED = re.compile(
    r"\b(?i:bab(?:y|ies))(?:\s+(?i:brother|sister|boy|girl|son|daughter))?(?:\s*,?\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,?)?"
    r"\s+(?i:arrived|was\s+delivered)\s+(?i:on\s+)?(?i:the\s+)?$"
)
# a due date written where a date of birth would go ("Date of birth for the unborn: EDD 12/10/2024")
_DUE_DATE = _LazyPattern(r"\b(?:EDD|[Dd]ue(?:\s+date)?|[Ee]xpected(?:\s+date)?)\W*$")
# what every date of birth needs somewhere in the text, unless it is in brackets after the reference: the
# letters of a cue of ``_DOB_CUE``, ``_DOB_CUE_LOOSE``, ``_BORN_WHERE`` or ``_BORN_AFTER`` (or "d." and a word,
# which dropping a word for people in ``Detector._dob`` can turn into "d.o.b")
# (``born|b\.|birth|turn|\bd[./-]?\s?o[./-]?\s?b|\bd\.\w``, written to open with a letter: scanned several times faster;
# the cue may be written "DOB", "d.o.b", "d/o/b" or "D-O-B")
# a written cue as the subject, an aside between commas, then its verb and the date: "Mum's date of birth, which I have
# checked against the passport, is 23/09/1987"
_DOB_CUE_ASIDE = re.compile(
    r"(?:\bd[./-]?\s?o[./-]?\s?b\b\.?|\bdates?\s+of\s+birth|\bbirth\s?dates?)"
    # (whose, first: "DOB for the youngest, Ibrahim, is recorded as ...")
    r"(?:\s+(?:for|of)\s+[^,.;:!?\n\d]{1,40})?\s*,[^,.;:!?\n\d]{3,140},\s*(?:is|was)\s+(?:(?:recorded|given|shown|listed)\s+as\s+)?$",
    re.IGNORECASE,
)
# (case ignored after the first letter, which a class of its cases opens, so a search skips to those letters at once;
# "b." and "turn"/"turns" only where the cues read them, not inside a word: "job.", "return", "turned")
# (one class of the three letters first, each letter's cue after it: a search skips to those letters at once, where a
# choice of three classes is tried at every character)
_DOB_ANY_CUE = re.compile(
    r"[bBtTdD](?:(?<=[bB])(?:(?i:orn|irth|ab(?:y|ies))|(?<![\w.][bB])\.)|(?<=[tT])(?<!\w[tT])(?i:urns?)(?!\w)"
    r"|(?<=[dD])(?<![\w][dD])(?i:[./-]?\s?o[./-]?\s?b|\.\w))")
_BORN_AFTER = re.compile(r"[\s,:;–—-]*(?:[\w'’-]+\s+){0,4}?(?:was\s+|were\s+)?born\b(?!\s+(?:in|and\s+raised)\b)", re.IGNORECASE)
# what may stand between "born" and its own date ("born on 2/1/2024", "born: the 3rd of May"): then an earlier date in
# the sentence dates something else ("The conference on 14/03/2024 heard that baby Ayesha was born on 2/1/2024")
_BORN_OWN_DATE = _LazyPattern(r"\s*(?:[:,–-]\s*)?(?:on\s+)?(?:the\s+)?", re.IGNORECASE)
# a second record of a date of birth already given, later in the same sentence: the text between them ends in a
# record keeper's verb ("XXXX born 01-01-15, but the school has 10-01-15", "DOB: 29.02.2016 (leap year) - the system
# records it as 01.03.2016"); no sentence break between, and at most a short clause
_RECORD_GAP = _LazyPattern(
    r"^[^.;!?\n]{0,60}\b(?:has|have|had|shows?|showed|shown|records?|recorded|lists?|listed|gives?|gave|given|holds?|puts?|logged|entered"
    r"|reads?|says?|states?|stated)"
    r"(?:\s+(?:it|her|him|them|this|that|the\s+date|the\s+dob|the\s+d\.?o\.?b\.?))?(?:\s+(?:down\s+)?as)?\s*:?\s*$"
    # or corrected in place: "the DOB on the roll is 2015-09-03, not 03/09/2014 as on LCS"
    r"|^\s*[,(–-]?\s*(?:and\s+|but\s+)?not\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the first date of birth given "as" a value ("is given as 01/01/2010", "recorded as ..."), so that a later "and as"
# or "but as" in the same sentence gives the same thing a second value ("..., and as 14/08/2009 by XXXX himself")
_GIVEN_AS = _LazyPattern(r"\b(?:given|recorded|listed|shown|entered|logged|written|put\s+down|noted|stated)\s+as\s*:?\s*$", re.IGNORECASE)
_AND_AS_GAP = _LazyPattern(
    r"^[^.;!?\n]{0,80}?(?:,\s*|\s)(?:and|but|or|while|whereas|yet)\s+(?:(?:(?:it\s+is|is|was)\s+)?(?:(?:given|recorded|listed|shown)\s+)?as\s*)?$",
    re.IGNORECASE,
)  # (the "as" may be left out: "recorded as 1/1/2020 on the Home Office papers and 17/03/2020 by the GP")
# a written date-of-birth field (not "born", which with a month and year gives an age): then a month and year is the
# date of birth as far as the writer knows it ("Brooklyn (DOB 05/2019)", "Date of birth: May 2019")
_DOB_WRITTEN_CUE = re.compile(r"(?:\bd[./-]?\s?o[./-]?\s?b\b\.?|\bdate\s+of\s+birth)\s*(?:[:(–-]\s*|\s+(?:is|was)\s+)?$", re.IGNORECASE)
# an age, then a full date in the same brackets: "(aged 9, 03/04/2014)", "(half-sister, 15, 2.3.2008)"
_AGE_BEFORE_DATE = re.compile(
    r"\((?:[^()\n\d]{0,40}[,;]\s*(?:(?i:aged?)\s*:?\s*)?|[^()\n\d]{0,40}?\b(?i:aged?)\s*:?\s*)\d{1,2}(?:\s*(?i:y(?:rs?|ears?)(?:\s+old)?|yo|y/o))?\s*[,;]\s*$"
)
_AGE_IN_BRACKETS = re.compile(r"\(\s*(?:[^()\n\d]{0,40}[,;]\s*)?(?i:aged?\s*)?\d{1,2}\b")
# ``_AGE_BEFORE_DATE`` anywhere in a text (not only just before a date): an age in brackets before a date is itself a
# cue that the date may be a date of birth ("(half-sister aged 15, 2.3.2008)", which ``_AGE_IN_BRACKETS`` does not read)
_AGE_BEFORE_ANY = _LazyPattern(_AGE_BEFORE_DATE.pattern.removesuffix(r"\s*$"))
_LIST_LABEL = re.compile(r"\b(?:half|step)[-\s]?|\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?: [A-Z][a-z'’]+)?\b")


def _blank_label(m: re.Match) -> str:
    """A "half-"/"step-" prefix or a capitalised word that is no ordinary word (a name), with the capitalised
    word after it (a surname: "Callum Pike"), labelling a date in a list."""
    word = m.group()
    return " " if word.startswith(("half", "step")) or not _common_word(word.split()[0]) else word


_DATE_LIST_GAP = _LazyPattern(r"^(?:\s|,|;|&|\band\b|\bor\b|\bas\b|\bis\b|\bwas\b|\w+['’]s\b|\(|\)){0,8}$", re.IGNORECASE)
_MONTH_WORDS = {m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept")}
_WEEKDAYS = {d.lower() for d in (*calendar.day_name, *calendar.day_abbr)} | {"tues", "weds", "thur", "thurs"}  # notes' short forms
# letters of the Latin alphabets names are written in ("Máire", "Łukasz", "Ştefan")
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŜŞŠŢŤŪŮŰŲŹŻŽȘȚ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēėęěĝğġģĥīįıķĺļľłńņňōőœŕřśŝşšţťūůűųźżžșț"
_CAP_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}'’]+(?:-(?:Mc|Mac|O['’])?[{_UPPER}][{_LOWER}'’]+)?"
_SHAPE_NAME = re.compile(rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}'’]+)?")  # "Tomasz", "Siobhán", "Mason-Lee"


def nhs_check_ok(digits: str) -> bool:
    """The NHS number's modulus-11 check digit."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _phrase_parts(words: Iterable[str]) -> list[str]:
    return sorted({re.escape(str(w).strip()).replace(r"\ ", r"\s+") for w in words if str(w).strip()}, key=len, reverse=True)


def _phrases(words: Iterable[str]) -> str:
    return "|".join(_phrase_parts(words)) or r"(?!x)x"


_WORD_RUN = re.compile(r"\w+")
_ANY_DIGIT = re.compile(r"\d")


# what an ASCII letter matches beside itself and its other case when case is ignored (tests/test_identifying.py
# reads every character to check it)
_CASE_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _ci_alternation(parts: list[str]) -> str:
    """``(?i:<parts>)`` for the escaped phrases ``parts`` (as :func:`_phrases` writes them), grouped by their first
    letter behind a class of its cases outside the ``(?i:...)``: the same matches, in the same order of preference,
    but at a word the matcher skips each group whose letter is not the word's at once (a phrase ignoring case is
    otherwise tried one by one). As written when a phrase does not open with an ASCII letter."""
    if not parts or not all(x[:1].isascii() and x[:1].isalpha() for x in parts):
        return "(?i:" + ("|".join(parts) or r"(?!x)x") + ")"
    groups: dict[str, list[str]] = {}
    for x in parts:  # (phrases of different first letters never match at one place: the groups' order is free)
        groups.setdefault(x[0].lower(), []).append(x[1:])
    return "(?:" + "|".join(f"[{k}{k.upper()}{_CASE_FOLDS.get(k, '')}](?i:{'|'.join(rest)})" for k, rest in groups.items()) + ")"


def _holds_any(text: str, parts: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, parts))


def _first_words(words: Iterable[str]) -> frozenset[str] | None:
    """The lower-cased first word of each phrase of :func:`_phrases`; None when a
    phrase does not start with a word (then every position is tried).

    A first word that is not ASCII ("bà", "ông") needs no entry: the gates try every word
    that is not ASCII, and such a word can match no ASCII word, even ignoring case, when one
    of its letters matches no ASCII letter (``_ascii_folds``; not the "K" of the kelvin sign)."""
    out: set[str] = set()
    for w in words:
        s = str(w).strip()
        if not s:
            continue
        m = _WORD_RUN.match(s)
        if m is None:
            return None
        if m.group().isascii():
            out.add(m.group().lower())
        elif all(c.isascii() or _ascii_folds(c) for c in m.group()):
            return None
    return frozenset(out)


@lru_cache(maxsize=None)
def _ascii_folds(c: str) -> bool:
    """``c`` matches some ASCII character when case is ignored (the kelvin sign "K" matches "k")."""
    rx = re.compile(re.escape(c), re.IGNORECASE)
    return any(rx.fullmatch(chr(a)) for a in range(128))


@lru_cache(maxsize=16)
def _word_starts(text: str) -> tuple[dict[str, list[int]], list[int]]:
    """Where each word of ``text`` starts: the ASCII words by their lower-cased form, and the
    other words (tried by every gate: case-insensitive matching may fold them). Read once per text
    and shared by every gated scan (read-only: callers copy before changing)."""
    by_word: dict[str, list[int]] = {}
    other: list[int] = []
    if text.isascii():  # (every word ASCII, and lowering keeps every character where it is)
        get = by_word.get
        for m in _WORD_RUN.finditer(text.lower()):
            w = m[0]
            ps = get(w)
            if ps is None:
                by_word[w] = [m.start()]
            else:
                ps.append(m.start())
        return by_word, other
    for w in _WORD_RUN.finditer(text):
        word = w.group()
        if word.isascii():
            by_word.setdefault(word.lower(), []).append(w.start())
        else:
            other.append(w.start())
    return by_word, other


def _digit_count(text: str) -> int:
    """How many characters of ``text`` ``\\d`` matches."""
    if text.isascii():
        return sum(map(text.count, "0123456789"))
    return len(_ANY_DIGIT.findall(text))


@lru_cache(maxsize=16)
def _lowered(text: str) -> str:
    return text.lower()


def _may_hold(text: str, *parts: str) -> bool:
    """False when a pattern that needs one of ``parts`` (lower-case ASCII), in any case, cannot match ``text``:
    an ASCII text that holds none of them, ignoring case (a text that is not ASCII is always tried: a letter
    outside ASCII may match one of theirs when case is ignored, as the kelvin sign "K" matches "k")."""
    if not text.isascii():
        return True
    return any(map(_lowered(text).__contains__, parts))


def _matches_at(rx: re.Pattern, text: str, starts: Iterable[int]) -> list[re.Match]:
    """``list(rx.finditer(text))`` when every match of ``rx`` starts at one of ``starts``
    (ascending): the pattern is tried only there, not at every character, with finditer's
    rule that the next match starts where the last one ended. ``rx`` never matches empty."""
    out: list[re.Match] = []
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = rx.match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def _words_in(first: frozenset[str], by_word: dict[str, list[int]]) -> Iterable[str]:
    """The words of ``first`` that ``by_word`` holds, read from the smaller of the two (a set's intersection with
    a dict reads every word of the dict)."""
    return [*filter(by_word.__contains__, first)] if len(first) < len(by_word) else first.intersection(by_word)


def _gated_finditer(rx: re.Pattern, first: frozenset[str], text: str) -> list[re.Match]:
    """``list(rx.finditer(text))`` for a pattern whose every match starts at a word that is one of ``first``
    (lower-cased; then a character that is no word character) or is not ASCII."""
    return _matches_at(rx, text, _gate_starts(first, text))


def _gate_starts(first: frozenset[str], text: str) -> list[int]:
    """Where a word of ``first`` (lower-cased) or a word that is not ASCII starts in ``text``, ascending (read-only:
    the lists of ``_word_starts`` may be handed out as they are)."""
    by_word, other = _word_starts(text)
    words = _words_in(first, by_word)
    if not words:  # (most texts hold none of a scan's first words: its other words' starts, already ascending)
        return other
    if not other and len(words) == 1:
        for w in words:
            return by_word[w]
    return sorted([*other, *(p for w in words for p in by_word[w])])


class _PhraseScan:
    """A pattern that opens, after ``(?<![\\w])`` (or a stricter look-behind), with an alternation of the
    phrases of :func:`_phrases`, where each phrase's first word is followed by a character that is no
    word character (in the phrase or in the pattern after it). ``full`` is the pattern as a whole;
    :meth:`finditer` gives what ``full.finditer`` gives, trying the pattern only where a word starts
    that opens a phrase (``first``; every word that is not ASCII too, which case-insensitive matching
    may fold), not at every character. ``ignore_case``: ``build`` is given the phrases as
    :func:`_ci_alternation` writes them, ignoring case (with ``(?i:...)`` around them), not as they are."""

    def __init__(self, words: Iterable[str], build, flags: int = 0, ignore_case: bool = False):
        words = [str(w) for w in words]
        # ordered as :func:`_phrases` orders them (a set, then by length: the same order within a process)
        self._order = sorted({re.escape(w.strip()).replace(r"\ ", r"\s+") for w in words if w.strip()}, key=len, reverse=True)
        self._full: re.Pattern | None = None  # (compiled on first use: most scans try only their words' patterns)
        self.first = _first_words(words)
        self._build, self._flags, self._ignore_case = build, flags, ignore_case
        self._by_word: dict[str, Any] = {}
        self._parts_by_word: dict[str, list[str]] | None = None  # the phrases by first word, grouped on first use
        self._not_ascii: Any = False  # ``_other_pattern``'s pattern, built on first use (None: no such phrase)

    @property
    def full(self) -> re.Pattern:
        if self._full is None:
            self._full = re.compile(self._build(self._alternation(self._order)), self._flags)
        return self._full

    def _alternation(self, parts: list[str]) -> str:
        return _ci_alternation(parts) if self._ignore_case else "|".join(parts) or r"(?!x)x"

    def _starts(self, text: str) -> list[int]:
        return _gate_starts(self.first, text)

    def finditer(self, text: str) -> list[re.Match]:
        """``list(self.full.finditer(text))`` (the pattern never matches empty)."""
        if self.first is None:
            return list(self.full.finditer(text))
        return _matches_at(self.full, text, self._starts(text))

    def _word_pattern(self, word: str) -> re.Pattern | None:
        """The pattern with only the phrases that open with ``word`` (the others cannot match where it
        starts), in the same order, so the same phrase wins; None when that phrase is ``word`` alone,
        which matches wherever the word starts."""
        if word not in self._by_word:
            if self._parts_by_word is None:  # one pass over the phrases, kept in their order within each word
                self._parts_by_word = {}
                for x in self._order:  # ("\w" is never escaped)
                    self._parts_by_word.setdefault(_WORD_RUN.match(x).group().lower(), []).append(x)
            parts = self._parts_by_word.get(word, [])
            alone = len(parts) == 1 and _WORD_RUN.fullmatch(parts[0]) is not None
            self._by_word[word] = None if alone else re.compile(self._build(self._alternation(parts)), self._flags)
        return self._by_word[word]

    def _other_pattern(self, word: str) -> re.Pattern | None:
        """The pattern to try where ``word``, a word that is not ASCII, starts. A phrase whose first word is ASCII
        matches there only when a letter of ``word`` folds to an ASCII one when case is ignored (the kelvin sign
        "K" and "k"): then ``full``; otherwise only the phrases whose first word is not ASCII, in their order (the
        same phrase wins), so a text with "Siân" in it does not compile the whole alternation; None when there are
        no such phrases."""
        if any(not c.isascii() and _ascii_folds(c) for c in word):
            return self.full
        if self._not_ascii is False:
            parts = [x for x in self._order if not _WORD_RUN.match(x).group().isascii()]  # ("\w" is never escaped)
            self._not_ascii = re.compile(self._build(self._alternation(parts)), self._flags) if parts else None
        return self._not_ascii

    def lookahead_spans(self, text: str) -> list[tuple[int, int]]:
        """``[(m.start(1), m.end(1)) for m in self.full.finditer(text)]`` for a pattern that only looks
        ahead, ``(?<![\\w])(?=((?:<phrases>)(?![\\w])))``: at most one span per word start."""
        if self.first is None:
            return [(m.start(1), m.end(1)) for m in self.full.finditer(text)]
        by_word, other = _word_starts(text)
        out: list[tuple[int, int]] = []
        for p in other:
            rx = self._other_pattern(_WORD_RUN.match(text, p).group())
            m = rx.match(text, p) if rx is not None else None
            if m is not None:
                out.append((m.start(1), m.end(1)))
        for w in _words_in(self.first, by_word):  # (not ``by_word.keys() & first``, which reads every word of a frozenset)
            rx = self._word_pattern(w)
            for p in by_word[w]:
                if rx is None:
                    out.append((p, p + len(w)))
                elif (m := rx.match(text, p)) is not None:
                    out.append((m.start(1), m.end(1)))
        out.sort()
        return out


class _WrittenWords:
    """The first words of a case-sensitive alternation of phrases (a street's words, "Road", "Heol"; a house's) that
    a pattern reads after a space: :meth:`held_by` is False only when ``text`` holds none of them as a word, read from
    the text's table of words (:func:`_word_starts`) instead of a scan of the text per phrase.

    A phrase opens with a word character (else every text is tried); its first run of word characters, as written,
    is then the whole of a word of the text (the space before the phrase opens the word, and the pattern's ``\\b``
    or the phrase's next character, a space or no word character, ends it). A phrase whose first run is not ASCII is
    looked for in every text that holds a word that is not ASCII."""

    def __init__(self, phrases: Iterable[str]):
        self.runs: dict[str, set[str]] | None = {}  # the first runs as written, by their lower-cased form
        self.other = False  # a first run that is not ASCII
        self.keys: frozenset[str] = frozenset()
        for x in (str(w).strip() for w in phrases):
            m = _WORD_RUN.match(x) if x else None
            if x and m is None:
                self.runs = None
                return
            if m is not None and m.group().isascii():
                self.runs.setdefault(m.group().lower(), set()).add(m.group())
            elif m is not None:
                self.other = True
        self.keys = frozenset(self.runs)

    def held_by(self, text: str) -> bool:
        if self.runs is None:
            return True
        by_word, other = _word_starts(text)
        if other and self.other:
            return True
        runs = self.runs
        for w in _words_in(self.keys, by_word):
            written, n = runs[w], len(w)
            if any(text[p : p + n] in written for p in by_word[w]):
                return True
        return False


class _TokenShapes:
    """A parse's tokens sorted by shape in one pass, read by the shorthand test and every name test of one
    :meth:`Detector.find` call: each test that needs a token of some shape visits only those (its candidates), not
    every token of the parse, and no test walks the parse again to find them.

    ``caps``: the text opens with a capital; ``lower``: all in lower case (``str.islower``); ``upper``: a word of two
    letters or more all in capitals (``isupper``, ``isalpha``); ``hyphens``, ``brackets``, ``colons``: a "-", a "("
    or a ":" alone; ``quotes``: a quote mark alone, opening or closing (``_QUOTES``, ``_CLOSING_QUOTES``);
    ``textspeak``: an "n" alone; ``propn``: tagged a proper noun; ``conj``: the indexes of the tokens in a
    coordination after its first (dep "conj"); ``framed``: a dep :meth:`Detector._frame_names` reads
    (``_FRAME_DEPS``); ``structure``: the tokens :meth:`Detector._people_by_structure` reads wherever they stand (one
    of ``_STRUCTURE_DEPS`` but not a word in lower case, whose every test there needs a capital; a modal, a full stop in
    the word or the word in capitals); ``shorthand``: a word shaped
    like a verb opening case-note shorthand, a capitalised past in "-ed" or an irregular past in any case (what
    :func:`_reparse_shorthand` tests first). Each list keeps the parse's order."""

    __slots__ = (
        "tokens", "texts", "by_start", "caps", "lower", "upper", "hyphens", "brackets", "colons", "quotes", "textspeak", "framed", "propn",
        "conj", "structure", "shorthand",
    )

    def __init__(self, doc: Doc):
        self.tokens = tokens = list(doc)
        self.texts = texts = [t.text for t in tokens]  # (read once: reaching a token's attribute is slow)
        self.by_start = {t.idx: t for t in tokens}
        self.caps = caps = []
        self.lower = lower = []
        self.upper = upper = []
        self.hyphens = hyphens = []
        self.brackets = brackets = []
        self.colons = colons = []
        self.quotes = quotes = []
        self.textspeak = textspeak = []
        self.framed = framed = []
        self.propn = propn = []
        self.conj = conj = []
        self.structure = structure = []
        self.shorthand = shorthand = []
        for t, w in zip(tokens, texts):
            dep = t.dep_
            # (an irregular past lowers to itself in lower case, and no word longer than "brought" lowers to one:
            # lowering never shortens a word)
            if w.islower():  # (most words; one that opens with a capital is never all in lower case, nor one all in capitals)
                lower.append(t)
                if w in _IRREGULAR_PAST:
                    shorthand.append(t)
                elif w == "n":
                    textspeak.append(t)
                if t.tag_ == "MD" or "." in w:  # (a word in lower case: no dep of ``_STRUCTURE_DEPS`` counts)
                    structure.append(t)
            else:
                if w[:1].isupper():
                    caps.append(t)
                    if (w.endswith("ed") and _SHAPE_CAP_PAST.fullmatch(w)) or (len(w) <= 7 and w.lower() in _IRREGULAR_PAST):
                        shorthand.append(t)
                elif w == "-":
                    hyphens.append(t)
                elif w == "(":
                    brackets.append(t)
                elif w == ":":
                    colons.append(t)
                elif w in _QUOTES or w in _CLOSING_QUOTES:
                    quotes.append(t)
                elif len(w) <= 7 and w.lower() in _IRREGULAR_PAST:  # ("sAW")
                    shorthand.append(t)
                if w.isupper():
                    structure.append(t)
                    if len(w) >= 2 and w.isalpha():
                        upper.append(t)
                elif dep in _STRUCTURE_DEPS or t.tag_ == "MD" or "." in w:
                    structure.append(t)
            if t.pos_ == "PROPN":
                propn.append(t)
            if dep == "conj":
                conj.append(t.i)
            elif dep in _FRAME_DEPS:
                framed.append(t)


class Detector:
    """Finds identifying details; build once (lexicons compiled), call :meth:`find` per text."""

    def __init__(
        self,
        lexicons: LexiconStore | None = None,
        kinds: Iterable[str] = KINDS,
        case_number_pattern: str | None = None,
        role_lexicon: str = "roles",
        ignore_lexicon: str = "identifying",
        vocabulary_lexicon: str | None = "care-vocabulary",
        extra_ignore: Iterable[str] = (),
        names_lexicon: str | None = "names",
    ):
        if lexicons is None:
            from .lexicons import LexiconStore

            lexicons = LexiconStore()
        self.kinds = set(kinds)
        # the gazetteer: forenames and surnames common in the UK (lists of lines of words; an authority's list extends them)
        gaz = (lexicons.get(names_lexicon) or {}) if names_lexicon else {}
        self.forenames = _gazetteer_words(gaz.get("forenames"))
        # (a token that is a listed forename then opens with a capital: ``_gazetteer_names`` reads only those)
        self._forenames_capitalised = all(w[:1].isupper() for w in self.forenames)
        self.surnames = _gazetteer_words(gaz.get("surnames"))
        unknown = self.kinds - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kind(s) {sorted(unknown)}; known: {', '.join(KINDS)}")
        self.case_re = re.compile(case_number_pattern) if case_number_pattern else None
        roles = lexicons.get(role_lexicon) or {}
        lex = lexicons.get(ignore_lexicon) or {}
        role_words = [str(e.get("role", "")) for e in roles.get("entries", [])]
        role_words += [str(w) for w in roles.get("family_roles", [])]
        child_terms = [str(w) for w in roles.get("child_terms", [])]
        if vocabulary_lexicon:  # practice words ("genogram") and the authority's own are never names
            vocab = lexicons.get(vocabulary_lexicon) or {}
            # (but not a forename that is also a word: "honour" the practice word, "Honour, who is 15" the girl)
            word_names = {str(w).lower() for w in lex.get("word_names", [])}
            extra_ignore = [*extra_ignore, *(str(w) for w in vocab.get("entries", []) if str(w).lower() not in word_names)]
        self.role_words = {w.lower() for w in role_words}
        self.not_names = {w.lower() for w in (*role_words, *child_terms, *lex.get("not_names", []), *extra_ignore)}
        self.not_names |= {w.lower().removeprefix("the ") for w in child_terms}
        # the head word of a role is never a name on its own ("Manager", "Worker")
        self.not_names |= {w.lower().split()[-1] for w in role_words if w.strip()}
        # phrases in which a capitalised word is never a person ("Team Manager", "Hall of Fame"); overlapping
        self._protected = _PhraseScan(
            [*role_words, *lex.get("not_names", []), *extra_ignore], lambda alt: r"(?<![\w])(?=((?:" + alt + r")(?![\w])))", re.IGNORECASE
        )
        self.place_words = {str(w) for w in lex.get("place_words", [])}
        self._caps_place_words = {w.upper() for w in self.place_words} | _CAPS_TITLE_WORDS
        self.person_verbs = {str(w).lower() for w in lex.get("person_verbs", [])}
        self.person_objects = {str(w).lower() for w in lex.get("person_objects", [])}
        self.place_verbs = {str(w).lower() for w in lex.get("place_verbs", [])}
        self.titles = {str(w) for w in lex.get("titles", [])}
        self.not_towns = {str(w) for w in lex.get("not_towns", [])}
        self.thing_words = {str(w).lower() for w in lex.get("thing_words", [])}
        self.at_person_verbs = {str(w).lower() for w in lex.get("at_person_verbs", [])}
        self.personal_things = {str(w).lower() for w in lex.get("personal_things", [])}
        self.animals = {str(w).lower() for w in lex.get("animals", [])}
        self.word_names = {str(w).lower() for w in lex.get("word_names", [])}
        self.street_types = {str(w) for w in lex.get("street_types", [])}
        self.service_words = {str(w).lower() for w in lex.get("service_words", [])}
        # known acronyms (services, orders, roles): letters before a bracketed role are initials only when no acronym
        acr = lexicons.get("acronyms") or {}
        self.acronyms = {str(e.get("acronym", "")).lower() for e in acr.get("entries", []) if isinstance(e, dict)}
        self.acronyms |= {str(w).lower() for w in acr.get("allow", []) or []}
        # a pet's or a boat's name: "a Jack Russell called Biscuit", "the boat is called 'Lady Jane'" (a title in it too)
        lodging = [str(w) for w in lex.get("lodging_words", [])]
        self._lodging_re = _LazyPattern(r"(?<![\w])" + _ci_alternation(_phrase_parts(lodging)) + r"s?(?:\s+(?:is|was|are|were))?\s+$") if lodging else None
        self.org_heads = {str(w) for w in lex.get("org_heads", [])}
        self.named_things = {str(w).lower() for w in lex.get("named_things", [])}
        self._pet_re = re.compile(
            r"(?<![\w])" + _ci_alternation(_phrase_parts(self.animals | self.named_things)) + r"s?\s*,?\s+(?:(?:is|was|are|were)\s+)?"
            r"(?:called|named|known\s+as)\s+['‘\"“]?(?:(?:" + _phrases(self.titles) + r")\.?\s+)?$"
        )
        self.places = {" ".join(str(w).lower().split()) for w in lex.get("places", [])}
        prefixes = [str(w) for w in lex.get("place_prefixes", [])]
        self._place_prefix_re = _LazyPattern(r"(?:" + "|".join(map(re.escape, prefixes)) + r")[a-zâêîôûŵŷ]{3,}$") if prefixes else None
        # football clubs named like people ("Chelsea"), read as clubs only where a club is watched, supported or worn
        clubs = _phrases(str(w) for w in lex.get("clubs_named_like_people", []))
        self._club_re = re.compile(
            rf"(?<![\w])(?:(?i:watch(?:es|ed|ing)?|support(?:s|ed|ing)?|supporters?\s+of|fans?\s+of|plays?\s+for|played\s+for)\s+({clubs})(?![\w'’-])"
            rf"|({clubs})\s+(?=(?i:fans?|shirt|kit|game|match|matches|FC|season\s+ticket|supporter)\b|(?:won|lost|drew)\s+\d+\s*[-–]\s*\d+))"
        ) if clubs else None
        self._club_first = _first_words([*_CLUB_VERB_WORDS, *lex.get("clubs_named_like_people", [])])  # (``_gated_finditer``)
        self._place_parts = {w for p in self.places if " " in p for w in p.split()}  # words of places of two or more words
        # languages and nationalities ("speaks Welsh", "a Polish interpreter"): like places, no name on weak evidence
        self.languages = {str(w).lower() for w in lex.get("languages", [])}
        # Welsh head words that open a place's, a team's or a day's name ("Ysgol Gymraeg Treganna", "Dydd Llun")
        self.welsh_heads = {str(w) for w in lex.get("welsh_heads", [])}
        # (and the words that open a lake's or a loch's name the same way: "Lough Erne", "Loch Lomond")
        self.welsh_heads |= {str(w) for w in lex.get("place_heads", [])}
        self.not_names |= {w.lower() for w in self.welsh_heads}
        # two capitals never a person's initials (besides the acronyms and the roles): "PE", "AM", "TV"
        self.not_initials = {str(w).upper() for w in lex.get("not_initials", [])} | {a.upper() for a in self.acronyms}
        self.role_shorthand = frozenset(str(w) for w in lex.get("role_shorthand", []))  # "fc jan": a lower-case role before a name
        self.not_initials |= {w.upper() for w in self.role_words | self.not_names | self.titles if len(w) <= 4}
        # the same without the glossary's acronyms (a role, a title or a record type is never a person's initials)
        self.not_initials_strict = {str(w).upper() for w in lex.get("not_initials", [])} | {
            w.upper() for w in self.role_words | self.not_names | self.titles if len(w) <= 4
        }
        kin = [str(w) for w in lex.get("kinship", [])]
        self.not_names |= {w.lower() for w in kin}  # "Visited Gran (Maureen)": the family word is not the name
        self.kin_words = {w.lower() for w in kin if " " not in w}
        # a family word, then a word in any case ("nanny bev", "aunt Mairead (maternal)", "mum, Carys,")
        self._kin_re = _PhraseScan(
            kin, lambda alt: r"(?<![\w-])" + alt + r"(?:\s*,\s*|\s+[-–]\s+|\s+['‘\"“]|\s+|\s*\(\s*)"
            + rf"(?=([A-Za-z{_UPPER}][{_LOWER}'’]+(?:-[A-Z][a-z]+)?)(?![\w-]))", ignore_case=True
        ) if kin else None
        name = r"(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r")?)"
        # "Mrs Okafor", "Dr A. Shah"; a title with an initial alone ("Mrs T", not the placeholders "Mr X", "Mr Y")
        self._title_re = _PhraseScan(
            self.titles, lambda alt: r"(?<![\w])(?:" + alt + r")\.?\s+(?:(?:[A-Z]\.?\s*){0,2}" + name + r"|([A-W])\.?(?![\w'’&-]))"
        )
        # a title typed in lower case, then a word the dictionary does not know in lower case ("spk 2 dr ahmed");
        # only the titles that are no ordinary word themselves ("dr", "mrs"; not "miss", "pc")
        lower_titles = [w.lower() for w in self.titles if not _common_word(w.lower())]
        self._title_lower_re = _PhraseScan(lower_titles, lambda alt: r"(?<![\w])(?:" + alt + r")\.?\s+([a-z][a-z'’-]+)(?![\w])")
        cue_words = [*lex.get("name_cues", [])]
        nick = r"(?:(?:" + "|".join(sorted(_NICKNAME_WORDS)) + r")\s+(?=" + _CAP_WORD + r"\s+" + _CAP_WORD + r"))?"
        # a name cue straight before a word ("a male known as JD")
        self._cue_tail_re = _LazyPattern(r"(?<![\w])" + _ci_alternation(_phrase_parts(cue_words)) + r"\s+['‘\"“]?$") if cue_words else None
        self._cue_re = _PhraseScan(
            # (a nickname's adjective may open it, with two words after: "known as Mad Dog Morris")
            cue_words, lambda alt: r"(?<![\w])" + alt + r"(?:\s+only)?\s+(?:['‘\"“]\s*)?" + "(" + nick + name[1:],
            ignore_case=True,
        )
        # the same cue, then a name typed in lower case that the dictionary knows only capitalised ("is called darren")
        self._cue_lower_re = _PhraseScan(cue_words, lambda alt: r"(?<![\w])" + alt + r"\s+([a-z][a-z'’-]+)(?![\w])", ignore_case=True)
        # a verb of communication or care, then a capitalised word ("Visited Aoife", "placed with Pieter van der Berg")
        particle = r"(?:\s+(?:" + "|".join(sorted(_PARTICLES)) + r"))*"
        self._contact_re = _PhraseScan(
            lex.get("contact_cues", []), lambda alt: r"(?<![\w-])" + alt + r"\s+(?:(?:her|his|their|the)\s+)?("
            + _CAP_WORD + r"(?:" + particle + r"\s+" + _CAP_WORD + r"){0,3})(?![\w'’-])", ignore_case=True
        ) if lex.get("contact_cues") else None
        # a nickname in quotes after "calls ..." ("calls mum's partner 'Big Mick'")
        # or after "known ... as" ("known locally as 'Spider'", "known to police as 'Tricky'")
        self._quoted_re = re.compile(
            r"(?<![\w])(?:call(?:s|ed|ing)?|(?i:known|nicknamed|goes\s+by))\s+(?:[\w'’]+\s+){0,4}['‘\"“]" + name + r"['’\"”]"
        )
        rel = [*lex.get("relations", []), *role_words]
        people = [w for w in rel if not w.lower().startswith(("the ", "all ")) and w.lower() not in _NOT_PEOPLE]
        self.person_nouns = {w.lower() for w in people} | {w.lower().split()[-1] for w in people if w.strip()}
        self.possessions = {str(w).lower() for w in lex.get("possessions", [])} | self.person_nouns
        rel_re = _ci_alternation(_phrase_parts(rel))  # (``(?i:`` and the phrases)
        self._person_noun_re = re.compile(r"\b" + _ci_alternation(_phrase_parts(self.person_nouns)) + r"(?i:['’]s)?(?!\w)")
        # (notes write "=" for "is": "sw = Precious M.")
        self._relation_re = _PhraseScan(rel, lambda alt: r"(?<![\w])" + alt + r"(?:\s*[,:=]\s*|\s+|\s*\(\s*)" + name, ignore_case=True)
        # a row of a flattened table: a name, its relation, then a number or date ("Sharon Pike Mother 14/02/1990")
        self._row_re = re.compile(r"(?<![\w'’-])" + name + r"\s+" + rel_re + r"\s+(?=\d)")
        lower_rel = [w for w in lex.get("relations", []) if w in ("partner", "boyfriend", "girlfriend", "bf", "gf", "husband", "wife", "friend", "brother", "sister", "son", "daughter", "nan", "nanny", "nana", "grandad", "auntie", "aunty", "uncle", "cousin", "carer")]
        self._relation_lower_re = _PhraseScan(
            lower_rel, lambda alt: r"(?<![\w])" + alt + r"(?:\s*,\s*|\s+)(?=([a-z]+)\b)",  # a lookahead: "carer nanny maureen" tries "nanny maureen" too
            ignore_case=True,
        ) if lower_rel else None
        lead = r"(?:(?:the|a|an|her|his|their|our|[\w-]+['’]s)\s+)"
        # "Precious, XXXX's older sister", "Sadia, who is 13", "Lee Brennan (father)"
        self._appos_re = re.compile(
            r"(?<![\w'’-])" + name + r"(?:\s*,\s*|\s*\(\s*)(?:(?:who|whose|aged?\s+\d)\b|(?<=\()\s*\d{1,2}\s*\)|"
            + r"(?:as\s+)?" + lead + r"(?:[\w'’-]+\s+){0,3}?" + rel_re + r"s?\b|" + rel_re + r"\s*\))"
            + r"|(?<![\w'’-])" + name + r"\s+and\s+(?:her|his|their)\s+(?:[\w'’-]+\s+){0,2}?" + rel_re + r"\b"
        )
        # "Will is XXXX's older brother", "Brook is the youngest of ..."
        self._copula_re = re.compile(
            r"(?:^|(?<=[.!?;:]\s)|(?<=\n))\s*" + name + r"\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:"
            + lead + r"(?:[\w'’-]+\s+){0,2}?" + rel_re + r"\b|(?:now\s+|aged\s+)?\d{1,2}(?![.,]\d)(?:\s+years?\s+old)?\b(?!\s+(?:[A-Z]|the\b))(?!\s*(?:%|per|times|days|weeks|months|visits)))"
        )
        streets = _phrases(lex.get("street_types", []))
        houses = _phrases(lex.get("house_words", []))
        # a street named in Welsh opens with its street word, then its name, with the article "y"/"yr" between
        # ("Cwrt y Dderwen", "Heol Glan yr Afon", "Stryd Fawr")
        welsh = _phrases(lex.get("welsh_street_types", []))
        welsh_name = rf"(?:(?:y|yr)\s+)?{_CAP_WORD}"
        street = rf"(?:(?:{_CAP_WORD}\s+){{1,3}}(?:{streets})\b\.?|(?:{welsh})\s+{welsh_name}(?:\s+{welsh_name}){{0,2}})"
        town = rf"(?:,?\s*(?P<town>{_CAP_WORD}(?:[\s-]{_CAP_WORD}){{0,2}}))?"
        # a house number, or a Scottish tenement flat and its close ("14/3 Leith Walk": flat 3 at number 14)
        number = r"(?<![\w/.,-])(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?|/\d{1,2})?,?\s+"
        flat = r"(?:Flat|Apartment|Apt\.?|Unit)\s+(?:\d{1,4}[A-Za-z]?|[A-Z](?![\w'’]))(?![\w'’]),?\s+"  # "Flat 2", "Flat B"
        house = rf"{_CAP_WORD}(?:\s+{_CAP_WORD})?\s+(?:{houses}),\s*"
        building = rf"{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}"
        # a street named in one word that ends in a street type ("88 Kingsway", "4 Hillside")
        suffixes = _phrases(w.lower() for w in lex.get("street_types", []) if len(w) >= 3 and " " not in w)
        one_word = rf"[A-Z][a-z]{{2,}}(?:{suffixes})\b(?!\s+[a-z])"  # not "12 Fairfield pupils"
        # (a match holds a figure, a flat's word or a house's word: ``_addresses`` tries it only on a text that does; a
        # flat's word may open a match inside a word, a house's word stands after a space)
        self._flat_gate = ("Flat", "Apartment", "Apt", "Unit")
        self._house_words = _WrittenWords(lex.get("house_words", []))
        self._address_re = re.compile(
            rf"(?:(?:{flat})(?:{number})?(?:{street}|{building})|(?:(?:{house})(?:{number})?|{number})(?:{street}|{one_word})){town}"
            # "6 The Paddocks, Formby": a named close after a house number, with its town
            rf"|{number}The\s+{_CAP_WORD}(?:\s+{_CAP_WORD})?,\s*(?P<town2>{_CAP_WORD}(?:[\s-]{_CAP_WORD}){{0,2}})"
        )
        self._street_cue_re = re.compile(
            rf"(?<![\w])(?:lives?|living|lived|moved|moving|resides|residing|address\s+is|staying|stays|stayed)"
            rf"\s+(?:on|at|in|to|into)\s+(?:the\s+)?(?:{_CAP_WORD},\s+)?(?P<street>{street}){town}",
        )  # "live at Rosemount, Church Road, Formby": a house's name before the street
        # a house number after a word of living there, then a street with no street word ("lives at 14 Larkspur,
        # Kirkby", "address is 9 Meadowbank"): capitalised words that are no month, with the town after a comma
        self._house_cue_re = re.compile(
            rf"(?<![\w])(?:(?i:lives?|living|lived|moved|moving|resides|residing|staying|stays|stayed)\s+(?:at|to|into)"
            rf"|(?i:address)(?:\s+is|\s*[:-])|(?i:resident\s+at))\s+"
            rf"(?P<street>(?!(?:19|20)\d\d\b)\d{{1,4}}[A-Za-z]?,?\s+{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}})"
            rf"(?:,\s*(?P<town>{_CAP_WORD}))?(?![\w'’-])"
        )
        # only the street types that are no other word (``lower_street_types``):
        # a street with no number after a preposition ("the flat above the shop on Smithdown Road"), not "the
        # High Street" or "at Ash Grove Children's Centre"
        plain = lex.get("lower_street_types", [])
        plain_caps = _phrases(w.capitalize() for w in plain)
        self._street_prep_words = _WrittenWords(w.capitalize() for w in plain)  # (a match holds one of them)
        self._street_prep_re = _LazyPattern(
            rf"(?<![\w])(?:on|off|along|near|in|at)\s+(?P<street>(?:{_CAP_WORD}\s+){{1,3}}(?:{plain_caps})\b)(?!\s+[A-Z])"
        )
        # a street and perhaps its town, all there is of an address found (``_bare_street``)
        self._bare_street_re = _LazyPattern(rf"{street}(?:,?\s*{_CAP_WORD}(?:[\s-]{_CAP_WORD}){{0,2}})?")
        # a house number and a street typed in lower case ("22 beech grove bootle", "19 hollybank rd"), with no
        # function word between ("10 minutes down the road")
        self._lower_address_re = re.compile(
            rf"(?<![\w/.,-])\d{{1,4}}[a-z]?,?\s+(?:(?!(?:{_FUNCTION_WORDS})\b)[a-z]+\s+){{1,3}}?(?:{_phrases(plain)})\b"
        )
        # a house known by its name alone, with no number (``_named_house_addresses``): the name, then its street and
        # town ("The Old Forge, Mill Hill Lane, Brampton", "Rosemount, Ferry Lane, Goring"); or, after "at" or
        # "address", a farm's or cottage's name, or a hamlet's part ("Higher ...", "Lower ..."), then its town
        # ("at Higher Polscoe Farm, Lostwithiel", "farms at Lower Treloweth, St Erth")
        self._named_house_re = re.compile(
            rf"(?<![\w'’-])(?P<house>(?:The\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,2}}),\s+(?:{street}),\s*{_CAP_WORD}(?:[\s-]{_CAP_WORD}){{0,2}}"
        )
        # (every match of it holds a street's word, as written: a gate before it)
        self._street_words = _WrittenWords([*lex.get("street_types", []), *lex.get("welsh_street_types", [])])
        self.house_words = {str(w) for w in lex.get("house_words", [])}
        dwellings = _phrases(w for w in lex.get("house_words", []) if w in ("Farm", "Cottage", "Cottages", "Barn", "Lodge", "Manor", "House"))
        self._rural_house_re = re.compile(
            rf"(?<![\w])(?:at|(?P<moved>(?i:moved|moving|moves|move|relocated)\s+(?:back\s+)?to)|(?i:address)(?:\s+is|\s*[:,-]))\s+(?P<street>(?P<part>Higher|Lower|Upper|Nether|Little|Great|Middle)?\s*"
            rf"(?P<house>{_CAP_WORD}(?:\s+{_CAP_WORD})?)),\s*(?P<town>{_CAP_WORD}(?:\s+{_CAP_WORD})?(?:,\s*{_CAP_WORD}(?![\w'’-]|\s+[A-Z][a-z]))?)"
            rf"(?![\w'’-]|\s+(?:and|&|or)\b)"
        )
        self._dwelling_re = _LazyPattern(rf"(?:{dwellings})$")
        # a street typed in capitals ("8 FOXGLOVE WAY, HEXHAM")
        # (two-letter short forms too, "19 ROCHDALE RD, TODMORDEN", but not "ST" alone, which is as often "Saint")
        caps_streets = _phrases(w.upper() for w in lex.get("street_types", []) if len(w) >= 3 or (len(w) == 2 and w.upper() != "ST"))
        # a scanned street's name with a 1 or a 0 among its letters, before its street word ("5 Mi11 Lane")
        title_streets = _phrases(w for w in lex.get("street_types", []) if len(w) >= 3 and w[:1].isupper())
        # or the street word itself so damaged, after a house number and the street's name ("14 Primrose Hi11")
        slipped = [w for w in lex.get("street_types", []) if len(w) >= 3 and w[:1].isupper() and re.search("[loO]", w)]
        damaged = "|".join(
            sorted(("".join({"l": "[l1]", "o": "[o0]", "O": "[O0]"}.get(c, re.escape(c)) for c in w) for w in slipped), key=len, reverse=True)
        ) or "(?!)"
        # each such word all letters, one of them no slip's: so a 0 or a 1 of every match stands beside a letter
        self._scan_street_gated = all(w.isascii() and w.isalpha() and set(w) - set("loO") for w in slipped)
        self._scan_street_re = re.compile(
            rf"(?<![\w'’-])(?=[A-Z][A-Za-z01]*[a-z])[A-Z][A-Za-z]*[01][A-Za-z01]*(?=\s+(?:{title_streets})\b)"
            rf"|(?<![\w/.-])\d{{1,4}}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?P<word>(?=[A-Za-z01]*[01])(?:{damaged}))(?![\w'’-])"
        )
        self._caps_address_re = _LazyPattern(
            rf"(?<![\w/.,-])\d{{1,4}}[A-Z]?,?\s+(?:[A-Z][A-Z'’-]+\s+){{1,3}}(?:{caps_streets})\b(?:,\s*[A-Z]{{3,}}(?:[\s-][A-Z]{{3,}})?(?![\w'’-]))?(?![ \t]+[a-z])"
        )
        cues = _ci_alternation(_phrase_parts(lex.get("case_cues", [])))  # (``(?i:`` and the phrases)
        self._lower_word_class: dict[str, tuple[bool, bool, bool, bool] | None] = {}  # ``_classify_lower_word``
        # (the same for ordinary words the dictionary knows, kept for the life of the detector: no audit's content)
        self._ordinary_word_class: dict[str, tuple[bool, bool, bool, bool] | None] = {}
        # the parses made here during one :meth:`find_all` call, by the text parsed (``_reparse_shorthand``, a scan's
        # slips mended): its second pass over a parse reads the same text again, and one parse of a text costs more
        # than all the rest of a block's tests (None outside ``find_all``: nothing is kept from one audit to the next)
        self._parsed: dict[str, Doc] | None = None
        self._case_cue_re = re.compile(
            rf"(?<![\w]){cues}(?i:\s*(?:number|no\b\.?|num\b\.?|ref\b\.?|reference|id\b|identifier|#)\s*(?:is|was)?\s*[:#]?\s*"
            r"(?P<value>[A-Z]{0,5}[-/]?\d[A-Z0-9/-]*\d[A-Z0-9]*))",
        )

    # -- public -----------------------------------------------------------------------
    def find(self, doc_or_text: Doc | str, child_ref: str = "XXXX", known_names: Iterable[str] = ()) -> list[Detail]:
        """Every detail in a spaCy Doc (the engine's parse) or a string (parsed here when names are wanted).

        ``known_names``: words already found as parts of names elsewhere in the audit.
        """
        doc = doc_or_text
        if isinstance(doc_or_text, str):
            text = doc_or_text
            doc = _parse(text, self._parsed) if "name" in self.kinds else None
        else:
            text = doc_or_text.text
        # a scanned form's letter/digit slips ("O7700 9OO 644", "3O/11/1985", "5 Mi11 Lane", "J0ANNE"): the patterns
        # read a copy with them undone, the same length, so every span holds for the text as written
        original, text = text, _undo_scan_slips(text, self._scan_street_re, self._scan_street_gated)
        if doc is not None and text is not original and any(a != b and b.isalpha() for a, b in zip(original, text)):
            # a word's letters changed ("J0ANNE", "Mi11 Lane"): the name finders read the parse, so parse the
            # mended copy; figures mended inside numbers ("O7700", "3O/11/1985") are read by patterns on the text
            doc = _parse(text, self._parsed)
        found: list[Detail] = []
        k = self.kinds
        if "email" in k:
            found += [Detail("email", m.start(), m.end()) for m in _EMAIL.finditer(text)] if "@" in text else []
        if "date_of_birth" in k:
            found += self._dob(text, child_ref)
        digits = _ANY_DIGIT.search(text) is not None  # a postcode, a phone or an NHS number has one
        postcodes = _postcodes(text) if digits and ("postcode" in k or "address" in k) else []  # (read once, for both)
        if "postcode" in k and digits:
            found += [Detail("postcode", m.start(), m.end()) for m in postcodes]
        digit_count = _digit_count(text) if digits else 0  # (a phone number has nine or more, an NHS number ten)
        if "nhs_number" in k and digit_count >= 10:
            found += self._nhs(text)
        if "phone" in k and digit_count >= 9:
            found += self._phones(text)
        if "case_number" in k:
            found += self._case_numbers(original)  # the configured pattern, as written (a slip is not its number)
        bare: list[Detail] = []
        if "address" in k:
            addresses = self._addresses(text, child_ref, postcodes)
            bare = [d for d in addresses if self._bare_street(text, d)]
            found += [d for d in addresses if d not in bare]
        # the anonymised reference is kept, whatever it looks like
        refs = [(m.start(), m.end()) for ref in {child_ref, "XXXX"} if ref for m in re.finditer(re.escape(ref), text)]
        found = [d for d in found if not _overlaps(d.start, d.end, refs)]
        if "name" in k and doc is not None:
            taken = [(d.start, d.end) for d in found] + refs + [(d.start, d.end) for d in bare]  # (a street is no name)
            shapes = _TokenShapes(doc)  # (one pass over the tokens: read by the shorthand test and by the name tests)
            parsed = _reparse_shorthand(doc, self._parsed, shapes.shorthand)
            names = self._names(parsed, text, child_ref, taken, set(known_names), shapes if parsed is doc else None)
            names += self._table_names(text, child_ref, names, taken)
            names += self._collar_names(text)
            names += self._role_apposition_names(text, names)
            names = self._drop_look_alikes(doc, text, names)
            found += names
            if "date_of_birth" in k:
                found += _nominal_dobs(text, names, found, self.titles)
        return _resolve(found, original)

    def find_all(self, docs: Iterable[Doc], child_ref: str = "XXXX", known_names: Iterable[str] = ()) -> list[list[Detail]]:
        """Details in each parse of one document: a word found in a name anywhere
        in it is a name everywhere in it ("Sarah Jones" ... "Sarah"); ``known_names``
        are such words known from elsewhere (a child's name written as its reference)."""
        docs = list(docs)
        # the per-word memo of ``_lower_names`` holds one document's words only: nothing one audit
        # says is kept in memory for the next (a server checks many people's audits)
        self._lower_word_class.clear()
        self._parsed = {}  # (the parses made here, for the second pass: dropped on return)
        try:
            first = [self.find(d, child_ref=child_ref, known_names=known_names) for d in docs]
            known = {w for found in first for x in found if x.kind == "name" for w in x.text.split()} | set(known_names)
            if not known:
                return first
            # a known word changes only the parses that hold it (``_names`` matches token texts
            # against it): the others keep their first answer
            words = {w.strip("'’") for w in known}
            return [
                self.find(d, child_ref=child_ref, known_names=known)
                # (a token's text is part of the parse's text: a parse whose text holds none of the words has no token that
                # is one, and its tokens are not read)
                if isinstance(d, str) or (any(map(d.text.__contains__, words)) and not words.isdisjoint([t.text for t in d])) else f
                for d, f in zip(docs, first)
            ]
        finally:
            self._parsed = None

    def _table_names(self, text: str, child_ref: str, names: list[Detail], taken: list[tuple[int, int]]) -> list[Detail]:
        """The cell under a name column of a table pasted as text, when a person's name ("Connor", not "Mum")."""
        out = []
        for a, b in _table_columns(text)[1]:
            words = text[a:b].split()
            if words[0] in (child_ref, "XXXX") or any(w.lower().strip("'’") in self.not_names or w.lower() in self.person_nouns for w in words):
                continue
            if not _overlaps(a, b, [(d.start, d.end) for d in names] + taken):
                out.append(Detail("name", a, b))
        return out

    def _collar_names(self, text: str) -> list[Detail]:
        """A police rank, a collar number and a surname, one span for every rank ("PC 4521 Hughes", "PCSO 7781 Grant")."""
        if not _ANY_DIGIT.search(text) or not any(w in text for w in _COLLAR_RANK_PARTS):
            return []
        return [
            Detail("name", m.start(), m.end())
            for m in _COLLAR_NAME.finditer(text)
            if m.group("surname").lower() not in self.not_names and m.group("surname").lower() not in _MONTH_WORDS | _WEEKDAYS
            and (m.group("surname") in self.surnames or not _common_word(m.group("surname")))  # not "PC 2019 Annual Report"
        ]

    def _role_apposition_names(self, text: str, names: list[Detail]) -> list[Detail]:
        """A listed forename and a listed surname set off by commas after a role, even when the surname is a common
        or a place's word ("The school DSL, Bethany Ward, shared ...", "her IRO, Carol Hall, agreed")."""
        out = []
        for m in _matches_at(_ROLE_APPOSITION, text, _letters_before_commas(text)) if ", " in text else ():
            role, first, last = m.group("role").lower(), m.group("first"), m.group("last")
            if (role in self.role_words or role in self.person_nouns) and first in self.forenames and last in self.surnames and (
                first.lower() not in self.not_names and not _overlaps(m.start("first"), m.end("last"), [(d.start, d.end) for d in names])
            ):
                out.append(Detail("name", m.start("first"), m.end("last")))
        return out

    def _drop_look_alikes(self, doc: Doc, text: str, names: list[Detail]) -> list[Detail]:
        """Capitalised words that the words around them show are no person, whatever path found them:

        - an illness named after someone, a bare possessive after "has" or "with" ("has Parkinson's", "with Crohn's");
        - a place that "is where" something happens ("Sydney is where her aunt emigrated");
        - a firm ("Hart & Co and Birketts are acting"), an organisation by its last word ("National Fostering Group"),
          a court ("Norwich Magistrates' Court");
        - two or more capitalised words after "in", with no owner's "'s" after them ("the Travelodge in Milton
          Keynes"; not "in Sarah Jones's car", "confided in Sarah Jones").
        """
        if not names:
            return names
        firms = [(m.start(), m.end()) for m in _FIRM_LIST.finditer(text)] if "&" in text else []
        by_start = {t.idx: t for t in doc if t.text[:1].isupper()}
        out = []
        for d in names:
            before, after, words = text[max(0, d.start - 30) : d.start], text[d.end : d.end + 30], text[d.start : d.end].split()
            if len(words) == 1 and _ILLNESS_AFTER.match(after) and _ILLNESS_BEFORE.search(before):
                continue
            if _WHERE_AFTER.match(after) and _starts_sentence(text, d.start):
                continue
            if self._list_and_context_look_alike(doc, text, d, by_start):
                continue
            if _overlaps(d.start, d.end, firms) or _COURT_AFTER.match(after):
                continue
            if len(words) >= 2 and words[-1].strip("'’") in self.org_heads:
                continue
            if self._service_by_place(words) or self._thing_after_possessive(before, words):
                continue
            tok = by_start.get(d.start)
            if tok is not None and len(words) >= 2 and tok.dep_ in ("pobj", "compound") and not re.match(r"['’]|s['’]", after):
                prep = tok.head if tok.dep_ == "pobj" else tok.head.head
                if tok.dep_ == "compound" and tok.head.dep_ != "pobj":
                    prep = None
                if prep is not None and prep.lower_ == "in" and prep.head.lemma_.lower() not in _IN_A_PERSON:
                    continue  # people are not "in" someone: "placed at the Travelodge in Milton Keynes"
            if tok is not None and len(words) == 1 and self._in_after_elided_home(tok) and not re.match(r"['’]|s['’]", after):
                continue
            out.append(d)
        return out

    def _service_by_place(self, words: list[str]) -> bool:
        """A listed place with ordinary words before or after it, no forename among them: a hospital, a scheme or a
        service called by its town ("Hull Royal did the medical", "Child Friendly Leeds was quoted")."""
        words = [w.strip("'’,") for w in words]
        if len(words) < 2 or not any(w.lower() in self.places for w in (words[0], words[-1])):
            return False
        place = words[0] if words[0].lower() in self.places else words[-1]
        rest = [w for w in words if w is not place]
        return place not in self.forenames and bool(rest) and all(
            _common_word(w) and w not in self.forenames and w not in self.surnames for w in rest
        )

    def _thing_after_possessive(self, before: str, words: list[str]) -> bool:
        """An ordinary word, capitalised, straight after a capitalised owner's "'s": the name of a thing called after
        a person or a place ("the Duke of Edinburgh's Award", "the Prince's Trust"), not a person."""
        w = words[0].strip("'’,") if len(words) == 1 else ""
        return bool(w) and _common_word(w) and not _proper_stem(w) and w not in self.forenames and (
            _CAPITAL_OWNER_BEFORE.search(before) is not None
        )

    def _names_beside_found_names(self, doc: Doc, text: str, spans: list[tuple[int, int]], protected, taken) -> None:
        """Names read from names already found:

        - a listed forename and surname in lower case in brackets after a name or a family word ("nanna dot (dorothy
          wilson)");
        - the surname after a forename and a quoted nickname ("Séamus 'Shay' Devlin");
        - a word in quotes listed with names ("are Tyler-James, 'Smudge' and a lad called Ollie").
        """
        if not spans:
            return
        found = {t.i for s, e in spans if (sp := doc.char_span(s, e, alignment_mode="expand")) is not None for t in sp}

        def put(s_: int, e_: int) -> None:
            if not (_overlaps(s_, e_, protected) or _overlaps(s_, e_, taken) or _overlaps(s_, e_, spans)):
                spans.append((s_, e_))

        n = len(doc)
        for t in doc:
            # "me and tyler and big mo": a nickname's adjective in lower case and a word the dictionary does not know,
            # listed after a name found
            if (
                t.lower_ in _LOWER_NICKNAME_WORDS and t.text.islower() and t.i >= 2 and t.i + 1 < n
                and doc[t.i - 1].lower_ in ("and", "&", ",") and t.i - 2 in found
                and _SHAPE_LOWER.fullmatch(doc[t.i + 1].text) and not _common_word(doc[t.i + 1].text)
                and doc[t.i + 1].lower_ not in self.not_names and doc[t.i + 1].lower_ not in self.kin_words
                and doc[t.i + 1].lower_ not in self.person_nouns
            ):
                put(t.idx, doc[t.i + 1].idx + len(doc[t.i + 1].text))
            # "Johnny, Levi and Cinderella Lee were ...": a listed forename opening a sentence, then a comma and a list
            # of names found (the parser reads the first as an aside, not as one of the list)
            if (
                t.is_sent_start and t.text in self.forenames and t.lower_ not in self.not_names and t.i + 2 < n
                and doc[t.i + 1].text == "," and t.i + 2 in found
                and any(c.dep_ == "conj" for c in doc[t.i + 2].children) and t.i not in found
            ):
                put(t.idx, t.idx + len(t.text))
            # "(dorothy wilson)" after a name or a family word
            if t.text == "(" and t.i > 0 and t.i + 3 < n and doc[t.i + 3].text == ")" and (
                t.i - 1 in found or doc[t.i - 1].lower_ in self.kin_words or doc[t.i - 1].lower_ in self.person_nouns
            ):
                a, b = doc[t.i + 1], doc[t.i + 2]
                if (
                    _SHAPE_LOWER.fullmatch(a.text) and _SHAPE_LOWER.fullmatch(b.text)
                    and a.text.capitalize() in self.forenames and b.text.capitalize() in self.surnames
                    and a.text not in self.not_names and b.text not in self.not_names
                ):
                    put(a.idx, b.idx + len(b.text))
            if t.text not in _QUOTES or t.i + 2 >= n or doc[t.i + 2].text not in _CLOSING_QUOTES:
                continue
            q = doc[t.i + 1]
            if not _SHAPE_NAME.fullmatch(q.text) or q.lower_ in self.not_names:
                continue
            # "Séamus 'Shay' Devlin": a forename found, the nickname, then the surname
            if q.i - 2 >= 0 and q.i - 2 in found and doc[q.i - 2].text[:1].isupper() and q.i + 2 < n:
                x = doc[q.i + 2]
                if x.idx == doc[q.i + 1].idx + 2 and (_SHAPE_NAME.fullmatch(x.text) or _PREFIXED_SURNAME.fullmatch(x.text)) and (
                    x.text in self.surnames or not _common_word(x.text)
                ) and self._name_token(x, "XXXX") and x.text not in self.place_words:
                    put(x.idx, x.idx + len(x.text))
            # "Tyler-James, 'Smudge' and ...": a quoted word in a list with a name
            linked = q.head.i in found or any(c.i in found for c in q.children if c.dep_ in ("conj", "appos")) or any(
                c.i in found for c in q.head.children if c.dep_ in ("conj", q.dep_) and c.i != q.i  # (list members the parse
            )  # hangs side by side: "are Tyler, 'Biscuit' and ...")
            if q.dep_ in ("appos", "conj", "attr") and linked and doc[t.i - 1].text in (",", "and", "&"):
                put(q.idx, q.idx + len(q.text))

    def _list_and_context_look_alike(self, doc: Doc, text: str, d: Detail, by_start: dict[int, Any]) -> bool:
        """Look-alikes read from the parse around a name found by any path:

        - a member of a list whose other members are places ("Barrow, Ulverston and Dalton", "Kent, Medway and
          Essex", "Jersey, Guernsey and the Isle of Man"), and the same word again in the text ("in Dalton");
        - a list described as places or services ("X and Y were the two hospitals", "mentioned as places");
        - a word between capitalised words and a Welsh article or joiner ("Tîm o Amgylch y Teulu", "Mwy na Geiriau");
        - one capitalised word after "the" that modifies a thing ("the Sellafield canteen", "the Sikh youth project");
        - a place after a dialect "up"/"down"/"round" of going or being known ("goes up Molineux", "known round Maryport");
        - an acronym ending in lower case ("the ALNCo", "SENCo");
        - a cell in the header row of a table pasted as text ("Name | Rel | DOB");
        - a forename's bare plural, with no "the", for a thing ("wants Jordans and a PS5").
        """
        words = text[d.start : d.end].split()
        sp = doc.char_span(d.start, d.end, alignment_mode="expand")
        if sp is None or not len(sp):
            return False
        tok, last = sp[0], sp[-1]
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (prev.text.rstrip(".") in self.titles or prev.lower_ in self.kin_words):
            return False  # "Mrs Dalton", "uncle Preston": a person whatever the list
        cache = self.__dict__.setdefault("_context_look_alike_cache", {})
        key = id(doc), doc.text
        if cache.get("key") != key:
            cache.clear()
            cache["key"] = key
            cache["places"] = self._place_list_words(doc)
            cache["welsh"] = {  # words beside a Welsh article or joiner between capitalised words
                x.text for x in doc if x.text[:1].isupper() and (
                    (x.i >= 2 and doc[x.i - 1].text in _WELSH_JOINERS and doc[x.i - 2].text[:1].isupper())
                    or (x.i + 2 < len(doc) and doc[x.i + 1].text in _WELSH_JOINERS and doc[x.i + 2].text[:1].isupper())
                )
            }
        if words[-1] in cache["places"] and all(x.dep_ == "compound" and x.head.i == last.i for x in sp[:-1]):
            return True  # "Barrow, Ulverston and Dalton", "Egremont and Cleator Moor"; and "in Dalton" after the list
        if len(words) == 1 and words[0] in cache["welsh"]:
            return True  # "The Urdd" where "Gwersyll yr Urdd" names it too
        if len(sp) == 1 and last.i + 2 < len(doc) and doc[last.i + 1].text in ("'s", "’s") and doc[last.i + 2].lemma_.lower() in ("disease", "syndrome", "palsy"):
            return True  # "Crohn's disease", "Asperger's syndrome": an illness named after someone
        # a list described as places or services
        root = last
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and (root.conjuncts or len(sp) > 1):
            for c in root.head.children:
                noun = c if c.dep_ == "attr" else next((g for g in c.children if g.dep_ == "pobj"), None) if (c.dep_ == "prep" and c.lower_ == "as") else None
                if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in _PLACE_NOUNS | {w.lower() for w in self.place_words}:
                    return True
        # a Welsh article or joiner between capitalised words
        lo, hi = tok.i, last.i
        if (lo >= 2 and doc[lo - 1].text in _WELSH_JOINERS and doc[lo - 2].text[:1].isupper()) or (
            hi + 2 < len(doc) and doc[hi + 1].text in _WELSH_JOINERS and doc[hi + 2].text[:1].isupper()
        ):
            return True
        # "the Sellafield canteen": one capitalised word after "the" modifying a thing
        if (
            len(sp) == 1 and prev is not None and prev.lower_ in ("the", "a", "an") and tok.dep_ in ("compound", "amod", "nmod")
            and tok.head.pos_ == "NOUN" and tok.head.i > tok.i and tok.head.text.islower()
            and tok.head.lower_ not in self.possessions | self.personal_things | self.kin_words | self.person_nouns
            and tok.text not in self.forenames and tok.text not in self.surnames and not text[d.end :].startswith(("'s", "’s"))
        ):
            return True
        # "the Lawrence Hill locality", "the Dean Clough gallery sessions": a name-like run after "the" that only
        # modifies a place or a service named in lower case after it
        if prev is not None and prev.lower_ == "the" and self._names_a_place_noun(sp):
            return True
        # "six sessions of Lego Therapy", "Forest School": an ordinary word in capitals after a brand, a tool or another
        # word that is never a name, which it heads (the run names a thing; a name before it would be a surname's place)
        if (
            len(sp) == 1 and prev is not None and prev.text[:1].isupper() and prev.dep_ == "compound" and prev.head.i == tok.i
            and prev.lower_ in self.not_names and prev.lower_ not in self.kin_words and prev.text.rstrip(".") not in self.titles
            and prev.lower_ not in self.role_words and prev.lower_ not in self.person_nouns  # ("Nurse Begum")
            and _common_word(tok.text) and not _proper_stem(tok.text) and tok.text not in self.forenames
        ):
            return True
        # "takes him to the Mem", "a gig at the Roundhouse": one capitalised word after "the", ending its phrase as the
        # object of a place's preposition (a person takes no "the"; a family does, in the plural: "the Kowalskis")
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if (
            len(sp) == 1 and prev is not None and prev.lower_ == "the" and tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS
            and not tok.text.endswith("s") and tok.text not in self.forenames and tok.text not in self.surnames
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "PART") and nxt.text not in ("'", "’"))
        ):
            return True
        # "goes up Molineux", "known round Maryport"
        if (
            prev is not None and prev.lower_ in ("up", "down", "round") and tok.i >= 2 and doc[tok.i - 2].lemma_.lower() in _GOING
            and not re.match(r"['’]s?\b|s['’]", text[d.end :])
        ):
            return True
        if words[-1] in _GROUP_PLURALS and all(_common_word(w) for w in words) and re.match(r"['’]s?\b", text[d.end :]):
            return True  # "the Black Country Women's Aid worker": a service named for those it serves
        group = [root, *root.conjuncts]
        if len(sp) == 1 and len(group) > 1 and any(
            m.lemma_.lower() in _CONDITIONS
            or any(c.lemma_.lower() in _CONDITIONS for c in m.children)
            or (m.i + 2 < len(doc) and doc[m.i + 1].text in ("'s", "’s") and (doc[m.i + 2].is_punct or doc[m.i + 2].pos_ == "CCONJ"))
            for m in group if m.i != last.i
        ):
            return True  # "Down syndrome, Tourette's and Perthes": a condition listed with conditions
        if len(words) == 1 and re.fullmatch(r"[A-Z]{2,}[a-z]{1,2}", words[0]) and words[0] not in self.forenames:
            return True  # "ALNCo", "SENCo": an acronym with a lower-case tail
        if "|" in text and _in_table_header(text, d.start, d.end):
            return True
        if (
            len(words) == 1 and _SHAPE_CAP_PLURAL.fullmatch(words[0]) and words[0][:-1] in self.forenames
            and words[0] not in self.forenames and words[0] not in self.surnames
            and (prev is None or prev.lower_ not in ("the", "both", "all")) and not text[d.end :].startswith(("'", "’"))
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in self.person_nouns | self.kin_words)
            and tok.dep_ in ("dobj", "conj", "pobj")
        ):
            return True  # "wants Jordans and a PS5": a thing named after someone, in the plural
        return False

    @staticmethod
    def _in_after_elided_home(tok: Any) -> bool:
        """``tok`` follows "in" after someone's home written as a possessive alone: "her nana's in Grangetown", "at
        his dad's in Thornaby" (the house is in the place)."""
        prep = tok.head
        return tok.dep_ == "pobj" and prep.lower_ == "in" and any(c.dep_ == "case" for c in prep.head.children) and (
            prep.head.pos_ in ("NOUN", "PROPN")
        )

    def _names_a_place_noun(self, sp: Any) -> bool:
        """Every word of ``sp`` is a compound inside a noun phrase whose lower-case words after it include a place's or a
        service's noun ("Lawrence Hill locality", "Dean Clough gallery sessions", "Kirkby library")."""
        last = sp[-1]
        head = last
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head.i == last.i or head.pos_ != "NOUN" or not head.text.islower():
            return False
        if any(x.dep_ != "compound" or not (x.i < x.head.i <= head.i) for x in sp):
            return False
        nouns = self.__dict__.get("_place_nouns_lower")
        if nouns is None:
            nouns = self._place_nouns_lower = {w.lower() for w in self.place_words} | _PLACE_NOUNS | self.service_words | {"locality", "gallery"}
        between = sp.doc[last.i + 1 : head.i + 1]
        return all(x.text.islower() for x in between) and any(x.lemma_.lower() in nouns or x.lower_ in nouns for x in between)

    def _place_list_words(self, doc: Doc) -> set[str]:
        """Words in lists whose other members are places: a listed place, a place the model tags (not a listed
        name), or a capitalised proper noun after "the" ("the Isle of Man")."""
        out: set[str] = set()
        seen: set[int] = set()
        for t in doc:
            if t.i in seen or not t.conjuncts or t.dep_ == "conj":
                continue
            members = [t, *t.conjuncts]
            seen |= {m.i for m in members}
            if not all(m.text[:1].isupper() for m in members):
                continue

            def place(m: Any) -> bool:
                if m.lower_ in self.places or (self._place_prefix_re is not None and self._place_prefix_re.match(m.text)):
                    return True
                if m.ent_type_ in ("GPE", "LOC") and m.text not in self.forenames | self.surnames and m.lower_ not in self.word_names:
                    return True
                return (  # "the Isle of Man" (not "the Wards", "the IRO")
                    m.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ == "the" for c in m.children)
                    and _SHAPE_CAP.fullmatch(m.text) is not None and not _SHAPE_CAP_PLURAL.fullmatch(m.text)
                    and m.lower_ not in self.person_nouns and m.lower_ not in self.not_names
                )

            if any(c.dep_ == "appos" and (c.lower_ in self.person_nouns or c.lemma_.lower() in self.person_nouns) for c in t.children):
                continue  # "Sky and River, the carers' own children,"
            places = [m for m in members if place(m)]
            if any(c.dep_ == "compound" and (c.lower_ in self.person_nouns or c.lower_ in self.kin_words) for m in members for c in m.children):
                continue  # "her son Patryk and neighbour lady Halina"
            person_verb = t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in self.person_verbs  # "... told their teacher"
            named = sum(m.text in self.forenames and not place(m) for m in members)  # ("Kaydence, Nevaeh and Zion")
            if (len(places) >= 2 and named <= len(places)) or (places and len(members) >= 3 and not person_verb and named <= len(places)):
                for m in members:
                    if m.pos_ == "PROPN":
                        out.add(m.text)
        return out

    # -- kinds ------------------------------------------------------------------------
    def _dob(self, text: str, child_ref: str = "XXXX") -> list[Detail]:
        out: list[Detail] = []
        refs = "|".join(re.escape(r) for r in {child_ref, "XXXX"} if r)
        # "Ganwyd XXXX ar 4 Ebrill 2017", "Dyddiad geni:"
        welsh_cue = _may_hold(text, "ganwyd", "dyddiad") and _WELSH_BIRTH.search(text) is not None
        if not _DOB_ANY_CUE.search(text) and not ("(" in text and re.search(r"(?:" + refs + r")\s*\(", text)) and not _AGE_IN_BRACKETS.search(text) and not welsh_cue \
                and not ("(" in text and _AGE_BEFORE_ANY.search(text)):
            return out  # no cue and no reference before a bracket: no date here can be a date of birth
        dates = _with_welsh_dates(text, list(find_dates(text)))
        day_starts = {dm.start for dm in dates if dm.precision == "day"}
        table_dobs = _table_columns(text)[0]  # a date in a DOB column of a table pasted as text
        last_date_end = -1
        for dm in dates:
            prev_date_end, last_date_end = last_date_end, dm.end
            before = text[max(0, dm.start - 60) : dm.start]
            if dm.precision == "month" and _DOB_WRITTEN_CUE.search(before):
                out.append(Detail("date_of_birth", dm.start, dm.end))  # "(DOB 05/2019)": the cue's field, a month's precision
                continue
            if dm.precision == "month" or (dm.precision == "none" and dm.problem == "month without a year"):
                continue  # "born in May 2023" says the age, not the date
            # "Dates of birth: XXXX 01/01/2012", "DOB of the baby: 01/06/2023": a person between the cue and the date
            cued = _DOB_CUE.search(before) or _DOB_CUE.search(re.sub(r"\s*:\s*$", ": ", self._person_noun_re.sub("", before))) or (
                re.search(r"(?:" + refs + r")(?:['’]s)?\s*[:-]?\s*$", before) and _DOB_CUE.search(re.sub(r"(?:" + refs + r")(?:['’]s)?\s*[:-]?\s*$", "", before))
            )
            # the child's reference with a full date in brackets: "XXXX (3/3/14) lives with nan"
            bracketed = dm.precision == "day" and re.search(r"(?:" + refs + r")\s*\(\s*$", before) and re.match(r"\s*\)", text[dm.end :])
            # a list of dates after one: "DOBs 11/02/2017 and 23/08/2019", "mother's as ... and father's as ..."
            gap = text[out[-1].end : dm.start] if out else ""
            nouns = self.__dict__.get("_person_nouns_rx")
            if nouns is None:  # built once per detector, not once per date
                nouns = self._person_nouns_rx = "|".join(re.escape(w) for w in sorted(self.person_nouns, key=len, reverse=True))
            gap = re.sub(r"\b(?:" + refs + r")\b|\b(?:" + nouns + r")(?:['’]s)?(?!\w)", " ", gap, flags=re.IGNORECASE)
            # a name or a half-/step- relation may label the next date ("; half-sibling Reuben 3rd Jan 2017")
            gap = _LIST_LABEL.sub(_blank_label, gap)
            listed = out and _DATE_LIST_GAP.match(gap)
            cued = cued or (dm.precision == "day" and _DOB_CUE_ASIDE.search(text, max(0, dm.start - 200), dm.start) is not None)
            if not cued:
                loose = _DOB_CUE_LOOSE.search(before)
                cued = loose is not None and len(loose.group("gap").split()) <= 6
            # a chronology line: "2022-06-02 half-sibling Rocco born", "On 3 March 2023 the baby was born"
            born_after = dm.precision == "day" and _BORN_AFTER.match(text[dm.end : dm.end + 60])
            if dm.precision == "day" and not born_after:  # a chronology row: "2023-11-19 | Birth | Half-sister Amara born"
                born_after = _BORN_IN_ROW.match(text[dm.end : dm.end + 60])
                if born_after and _REPORTED.search(born_after.group(0)):
                    born_after = None  # "2019-03-01 | Visit | Mum said baby born early": the visit's date
            if born_after and _BORN_OWN_DATE.match(text, dm.end + born_after.end()).end() in day_starts:
                born_after = None  # "born on 2/1/2024" has its own date: this one is the conference's
            # a second record of the date of birth just found, straight after it ("but the school has 10-01-15")
            recorded = dm.precision == "day" and out and out[-1].end == prev_date_end and (
                _RECORD_GAP.match(text[out[-1].end : dm.start])
                # the same thing given a second value: "given as 01/01/2010 on the papers, ..., and as 14/08/2009 by him"
                or (_GIVEN_AS.search(text, max(0, out[-1].start - 30), out[-1].start) and _AND_AS_GAP.match(text[out[-1].end : dm.start]))
            )
            # an age, then the date, closing the brackets: "XXXX (aged 9, 03/04/2014)"
            aged = dm.precision == "day" and _AGE_BEFORE_DATE.search(before) and re.match(r"\s*\)", text[dm.end :])
            tabled = dm.precision == "day" and any(a <= dm.start and dm.end <= b for a, b in table_dobs)
            cued = cued or (welsh_cue and dm.precision == "day" and _WELSH_BIRTH_BEFORE.search(before) is not None)
            cued = cued or bracketed or born_after or aged or recorded or tabled or _BORN_WHERE.search(before) or (
                dm.precision == "day" and _BABY_ARRIVED.search(before)
            )
            if (cued or listed) and not _DUE_DATE.search(before):
                out.append(Detail("date_of_birth", dm.start, dm.end))
        if out and len(dates) > len(out):
            out += _other_records(text, dates, out)
        out += _spoken_dobs(text, out)
        return out

    def _nhs(self, text: str) -> list[Detail]:
        out = []
        found = list(_TEN_DIGITS.finditer(text))
        spans = [x.span() for x in found]
        found += [x for x in _TEN_DIGITS_ANY.finditer(text) if not _overlaps(*x.span(), spans)]
        for m in sorted(found, key=lambda x: x.start()):
            digits = re.sub(r"\D", "", m.group(0))
            cued = bool(_NHS_CUE.search(text[max(0, m.start() - 45) : m.start()]))
            # a list under one cue: "NHS no. 999-348-5357 is recorded for XXXX and 999 644 7244 for the baby"
            cued = cued or bool(out and _NHS_LIST_GAP.match(text, out[-1].end, m.start()))
            if cued or (nhs_check_ok(digits) and not digits.startswith("0")):
                out.append(Detail("nhs_number", m.start(), m.end()))
        return out

    def _phones(self, text: str) -> list[Detail]:
        out = []
        for m in _PHONE.finditer(text):
            raw = m.group(0)
            digits = re.sub(r"\D", "", raw)
            intl = _INTL_PREFIX.match(raw)  # "+44 ...", "0044 ...", "00 44 ...": the UK number after the country code
            if intl:
                rest = raw[intl.end() :].lstrip(" .-")
                digits = "0" + re.sub(r"\D", "", rest).removeprefix("0")  # "(0)161", "0161" after the code
            if len(digits) not in (10, 11) or digits[1] == "0":
                continue
            start = m.start() + (1 if raw.startswith("(") and ")" not in raw else 0)  # "(07700 900123)"
            out.append(Detail("phone", start, m.end()))
        return out

    def _case_numbers(self, text: str) -> list[Detail]:
        out = []
        if self.case_re is not None:
            out += [Detail("case_number", m.start(), m.end()) for m in self.case_re.finditer(text) if m.end() > m.start()]
        for m in self._case_cue_re.finditer(text) if _ANY_DIGIT.search(text) else ():  # (the value has a digit)
            value = m.group("value")
            if self.case_re is not None and _number_of_another_system(text[m.start() : m.start("value")], value, self.case_re):
                continue
            if self.case_re is not None and _other_format(value, self.case_re):
                continue
            if sum(c.isdigit() for c in value) >= 4:
                out.append(Detail("case_number", m.start("value"), m.end("value")))
        return out

    def _addresses(self, text: str, child_ref: str, postcodes: list[re.Match]) -> list[Detail]:
        """``postcodes``: the text's postcodes (:func:`_postcodes`)."""
        out = []
        if _ANY_DIGIT.search(text):  # (a house number)
            out += [Detail("address", m.start(), m.end()) for m in self._lower_address_re.finditer(text)]
        # a bare street after a preposition ("the refuge on Carrow Street"); not where a B&B, a hostel or a mooring
        # is (a bare street is no address by the corpus README: "the B&B on Station Road", "a mooring off Ferry Lane")
        out += [
            Detail("address", m.start("street"), m.end("street"))
            for m in (_gated_finditer(self._street_prep_re, _STREET_PREP_FIRST, text) if self._street_prep_words.held_by(text) else ())
            if not (self._lodging_re and self._lodging_re.search(text, max(0, m.start() - 40), m.start()))
            and not _bare_street_near_building(text, m)
        ]
        if _ANY_DIGIT.search(text):
            for m in _gated_finditer(self._house_cue_re, _HOUSE_CUE_FIRST, text):
                words = m.group("street").split()[1:]
                if any(w.lower().strip("'’") in _MONTH_WORDS | _WEEKDAYS for w in words) or words[0].lower() in ("the", "years"):
                    continue  # "moved in 3 March"
                end = m.end("town") if m.group("town") and m.group("town").strip("'’") not in self.not_towns | {child_ref} else m.end("street")
                out.append(Detail("address", m.start("street"), end))
        out += self._named_house_addresses(text, child_ref, postcodes)
        # a match opens with a house number, or with a flat's word or a house's name before its house word: with none of
        # those words in the text, only where a figure stands (every match of the number opens with one)
        words_gate = _holds_any(text, self._flat_gate) or self._house_words.held_by(text)
        address_starts = (
            (m.start() for m in _ADDRESS_START.finditer(text)) if words_gate
            else (m.start() for m in _ANY_DIGIT.finditer(text)) if _ANY_DIGIT.search(text) is not None else None
        )
        for rx, found in (
            (self._address_re, _matches_at(self._address_re, text, address_starts) if address_starts is not None else []),
            (self._street_cue_re, _gated_finditer(self._street_cue_re, _STREET_CUE_FIRST, text)),
        ):
            group = 0 if rx is self._address_re else "street"
            for m in found:
                start, end = m.start(group), m.end()
                tg = "town" if m.group("town") else ("town2" if "town2" in m.re.groupindex and m.group("town2") else None)
                town = m.group(tg) if tg else None
                if town and tg == "town" and (
                    town.split()[0].strip("'’") in self.not_towns | {child_ref}
                    or town.split()[0].lower() in _MONTH_WORDS | _WEEKDAYS
                ):
                    end = len(text[: m.start(tg)].rstrip(" ,"))
                elif town and tg == "town2" and town.split()[0].strip("'’") in self.not_towns | {child_ref}:
                    continue
                if text[start:end].endswith(".") and not re.search(r"\b(?:St|Rd|Ave|Ln|Ct|Cres|Gdns|Dr|Pl|Sq|Tce)\.$", text[start:end]):
                    end -= 1  # the full stop ends the sentence, not an abbreviation
                out.append(Detail("address", start, end))
        return out

    def _bare_street(self, text: str, d: Detail) -> bool:
        """An address found that is a street alone, with its town or not, after an ordinary word ("the refuge on Carrow
        Street", "lives on Seacroft Avenue", "previous tenancy was off Hessle Road"): by the corpus README a street
        with no house number, house name or flat is no address. A number or a house's name comes just before the
        street ("Rose Cottage, Mill Lane", "14 Mill Lane") or opens the span, and keeps it."""
        span = text[d.start : d.end].rstrip(" ,.")
        if _ANY_DIGIT.search(span) or any(w.strip(",") in self.house_words for w in span.split()):
            return False
        if not self._bare_street_re.fullmatch(span):
            return False
        before = text[: d.start].split()[-1:]
        return bool(before) and before[0].isalpha() and before[0].islower()

    def _named_house_addresses(self, text: str, child_ref: str, postcodes: list[re.Match]) -> list[Detail]:
        """Addresses with no house number: a house's name before its street and town, a farm's, a cottage's or a
        hamlet's part's name after "at" or "address" before its town; a street typed in capitals; and what lies
        between a house number and the postcode that ends the line ("88 fernleigh cresent, hull hu5 2dx")."""
        out: list[Detail] = []
        if ", " in text:
            for m in _matches_at(self._named_house_re, text, _cap_starts(text)) if self._street_words.held_by(text) else ():
                house = m.group("house").split()
                named = house[0] == "The"  # "The Old Forge", "The Granary": an article names the house
                house = house[1:] if named else house
                if not house or house[0].strip("'’") in self.not_towns | {child_ref} or house[-1].lower() in self.not_names or (
                    house[0].lower() in _MONTH_WORDS | _WEEKDAYS
                ):
                    continue  # "Mother, Mill Lane, ...": a word that is no house's name
                if len(house) == 1 and not named and _common_word(house[0]) and not _proper_stem(house[0]):
                    continue  # "Yesterday, Mill Lane, ...": an ordinary word
                if house[-1] in self.place_words and house[-1] not in self.house_words:
                    continue  # "Ash Grove Children's Centre, Moss Lane, Bootle": a service's address, not a home's
                out.append(Detail("address", m.start(), m.end()))
            for m in _gated_finditer(
                self._rural_house_re, frozenset({"at", "address", "Address", "ADDRESS", "moved", "moving", "moves", "move", "relocated",
                                                 "Moved", "Moving", "Moves", "Move", "Relocated"}), text
            ):
                house = m.group("house").split()
                dwelling = self._dwelling_re.search(m.group("house")) is not None
                if m.group("moved") and not dwelling:
                    continue  # "moved to Lower Kersal, Salford": after a move only a farm's or a cottage's name makes an address
                if house[0] in self.not_towns or house[0] == child_ref or self._dwelling_re.search(m.group("town")):
                    continue  # "Brook Farm, Willow Lodge and ...": a list of houses, no town
                if not dwelling and not (m.group("part") and not any(_known_word(w) for w in house)):
                    continue  # "at Higher Blackley" is an area: a hamlet's part is an address only with a name no dictionary has
                if not dwelling and m.group("town").split(",")[0].strip().lower() in self.places:
                    continue  # "at Lower Kersal, Salford": an area of a listed town or authority, not a farm or a hamlet
                out.append(Detail("address", m.start("street"), m.end("town")))
        if _ANY_DIGIT.search(text):
            if _CAPS_ADDRESS_GATE.search(text):
                out += [Detail("address", m.start(), m.end()) for m in self._caps_address_re.finditer(text)]
            # a house number, then words with no sentence break or function word, up to the postcode ending the line
            for pm in postcodes:
                m = _LINE_BEFORE_POSTCODE.search(text, max(0, pm.start() - 60), pm.start())
                if m and not any(w.lower() in _FUNCTION_WORD_SET for w in re.findall(r"[A-Za-z]+", m.group("line"))):
                    out.append(Detail("address", m.start("line"), m.start("line") + len(m.group("line").rstrip(","))))
        return out

    # -- names ------------------------------------------------------------------------
    def _is_word_ok(self, word: str, child_ref: str) -> bool:
        """A capitalised word that can be (part of) a personal name."""
        w = word.strip("'’")
        low = w.lower()
        if not w or not w[0].isupper() or any(map(str.isdigit, w)):
            return False
        if w.isupper() and len(w) > 1:  # acronyms (IRO, CAMHS); the child reference
            return False
        if _PLURAL_ACRONYM.fullmatch(w):  # "BMWs", "GPs", "IROs": an acronym's plural
            return False
        if low in (child_ref.lower(), "xxxx") or low in _MONTH_WORDS or low in _WEEKDAYS:
            return False
        return low not in self.not_names and w not in self.titles

    def _names(
        self, doc: Doc, text: str, child_ref: str, taken: list[tuple[int, int]], known: set[str], shapes: _TokenShapes | None = None
    ) -> list[Detail]:
        """``shapes``: ``doc``'s tokens by shape (:class:`_TokenShapes`), when already read."""
        protected = self._protected.lookahead_spans(text)
        if self._club_re is not None:  # "went to watch Chelsea", "a Chelsea shirt": the club, not a girl
            clubs = self._club_re.finditer(text) if self._club_first is None else _gated_finditer(self._club_re, self._club_first, text)
            protected += [m.span(1) if m.group(1) else m.span(2) for m in clubs]
        if shapes is None:  # (the tests below that need a token of some shape read only those)
            shapes = _TokenShapes(doc)
        tokens, by_start = shapes.tokens, shapes.by_start
        # the tokens that open with a capital: every shape test below that needs one ([A-Z], ``_UPPER``) reads only these
        caps = shapes.caps
        propn = shapes.propn  # (the proper nouns, for the tests that need one)
        spans: list[tuple[int, int]] = []
        # (every test it gates reads a token that is a head word: a parse with none has none to read)
        welsh = not self.welsh_heads.isdisjoint(shapes.texts)

        def add_tokens(toks: list[Any], strict: bool = True, strong: bool = False) -> None:
            """``strong``: the evidence is a title, a family word or a name cue, which a place
            does not take ("Mrs Crosby"); weaker evidence (the model's tag, a verb) does not
            make a listed place or club a name ("agreed by Sefton", "supports Everton")."""
            # trim words that cannot be names at the edges (titles, roles, "the")
            while toks and (
                not self._name_token(toks[0], child_ref) or toks[0].is_punct
                # an adverb opening the sentence ("Perhaps Wilhelmina, as the named worker, ...")
                or (len(toks) > 1 and toks[0].pos_ in ("ADV", "SCONJ", "INTJ") and _starts_segment(toks[0].doc, toks[0])
                    and _common_word(toks[0].text) and not _proper_stem(toks[0].text))
            ):
                toks = toks[1:]
            while toks and (not self._name_token(toks[-1], child_ref) or toks[-1].is_punct):
                toks = toks[:-1]
            if not toks or any(not self._name_token(t, child_ref) for t in toks):
                return
            if welsh and (toks[0].text in self.welsh_heads or (toks[0].i > 0 and doc[toks[0].i - 1].text in self.welsh_heads)):
                return  # Welsh names the head first: "Ysgol Gymraeg Treganna", "Tîm Around the Family", "Dydd Llun"
            if not strong and len(toks) > 1 and toks[-1].lower_ in self.thing_words and toks[0].text not in self.forenames:
                return  # "his Ghana Card", "the Hollie Guard App": a thing ending the run names it (not "Jude Law")
            if strict and any(t.pos_ in _FUNCTION_POS for t in toks):
                return
            if not strong and self._is_place(doc, toks):
                return
            if not strong and all(self._language_word(t) for t in toks):
                return  # "speaks Welsh at school", "a Welsh-medium school", "first language is Lithuanian"
            if not strong and len(toks) == 1 and self._with_abstract_noun(toks[0]):
                return  # "Joy and fun were missing": an ordinary word listed with a bare abstract noun
            obj = toks[0].head if toks[0].dep_ == "conj" else toks[0]  # "spoke Tigrinya and Amharic"
            if len(toks) == 1 and obj.dep_ == "dobj" and obj.head.lemma_.lower() == "speak" and toks[0].ent_type_ != "PERSON":
                return  # "speaking Tigrinya at home": one speaks a language, and speaks to or with a person
            if len(toks) == 1 and toks[0].dep_ == "appos" and toks[0].head.lower_ in _LANGUAGE_ROLES and toks[0].i > 0 and (
                doc[toks[0].i - 1].text == "("
            ):
                return  # "Interpreter (Amharic) booked": the language asked for
            if (
                not strong and len(toks) == 1 and _common_word(toks[0].text) and not _proper_stem(toks[0].text)
                and self._listed_with_things(toks[0], protected)
            ):
                return  # "Tools used: Bear Cards, Three Houses, Wizard": an ordinary word in a list of tools
            if not strong and all(_common_word(t.text) and not _proper_stem(t.text) for t in toks) and self._called_a_thing(toks[0]):
                return  # "Honesty and Kindness are values the school promotes"
            if self._is_animal(toks) or self._in_apposition(toks, self.service_words):
                return  # "Angel, the setting's therapy dog", "Frank, the drugs advice service"
            if self._pet_re.search(text, max(0, toks[0].idx - 40), toks[0].idx):
                return  # "a Jack Russell called Biscuit": a pet's name
            s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if _overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans):
                return
            nxt = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
            if nxt is not None and nxt.text in ("'s", "’s") and nxt.i + 1 < len(doc):
                nxt = doc[nxt.i + 1]
            if nxt is not None and (
                nxt.text in self.place_words or (nxt.text.isupper() and nxt.text.capitalize() in self.place_words)
                or (nxt.i == toks[-1].i + 2 and nxt.text in self.street_types)  # "at Abbot's Lea", "St John's Wood"
                or (  # "Jack and Jill nursery", "Marie Curie nurses": a service named after someone
                    nxt.i == toks[-1].i + 1 and nxt.text.islower() and nxt.text.capitalize() in self.place_words
                    and nxt.text not in ("home", "house")
                )
            ):
                return  # "St Mary's Primary", "Alder Hey Hospital"
            if (
                nxt is not None and nxt.lower_ in ("and", "&") and nxt.i + 2 < len(doc) and doc[nxt.i + 1].text[:1].isupper()
                and doc[nxt.i + 2].text.capitalize() in self.place_words
            ):
                return  # "Jack and Jill Nursery": the first of two names that name a service
            if (
                nxt is not None and nxt.text == "(" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text.isupper()
                and doc[nxt.i + 1].text.lower() not in self.not_names
                # a courtesy title says a person whatever the letters ("Mrs Doyle (DT)": the design technology teacher)
                and not (toks[0].i > 0 and doc[toks[0].i - 1].text.rstrip(".") in self.titles)
                and not (  # (past an initial: "Ms D. Okafor-Lane (IRO)")
                    toks[0].i > 1 and _SURNAME_INITIAL.fullmatch(doc[toks[0].i - 1].text)
                    and doc[toks[0].i - 2].text.rstrip(".") in self.titles
                )
                and not (  # "Imran Qureshi (YOS)": a person tagged as such, with a team whose letters do not spell
                    # the words before it ("Parents and Children Together (PACT)": T for Together, P for Parents)
                    all(t.ent_type_ == "PERSON" for t in toks)
                    and not doc[nxt.i + 1].text.startswith(toks[0].text[:1])
                    and not doc[nxt.i + 1].text.endswith(toks[-1].text[:1])
                )
            ):
                return  # "Parents and Children Together (PACT)": a name of a service; "Siobhan McAllister (IRO)" is a person
            if toks[-1].text in _INSTRUMENT_HEADS or (nxt is not None and nxt.text in _INSTRUMENT_HEADS):
                return  # "a Child Abduction Warning Notice", "a Special Guardianship Order": a legal instrument
            prep = doc[toks[0].i - 1] if toks[0].i > 0 else None
            if (
                len(toks) > 1 and toks[-1].text in self.place_words and prep is not None and all(_common_word(t.text) for t in toks[:-1])
                and (prep.lower_ in _SETTING_PREPS or (prep.lower_ == "with" and prep.head.lemma_.lower() in _SENDING_ACTS))
            ):
                # "stays at Beech Lodge", "shared with Willow Lodge": ordinary words and a place's head used as a setting
                # (not "was seen with Grace Lodge": with whom, after a verb done to people)
                return
            if nxt is not None and nxt.lower_ in self.thing_words and (
                doc[toks[-1].i + 1].text not in ("'s", "’s") or nxt.text[:1].isupper()
            ):
                return  # "the Barnahus model", "the Hollie Guard app", "a Clare's Law disclosure" (not "Tyler's app")
            if nxt is not None and nxt.text == ":" and len(toks) == 1 and (
                _starts_segment(doc, toks[0]) or (_common_word(toks[0].text) and not _proper_stem(toks[0].text))
            ):
                return  # a field's label in a flattened table or a header ("Tel: ...", "| Gender: F", "... Subject: XXXX")
            if nxt is not None and nxt.like_num and len(nxt.text) == 4:
                return  # "the Children Act 1989"
            if (
                toks[-1].text in self.place_words
                and not (len(toks) > 2 and toks[-2].text in ("-", "‐") and not toks[-2].whitespace_)  # "Okafor-Lane"
                and (len(toks) > 1 or _common_word(toks[-1].text))
                and (not _proper_stem(toks[-1].text) or not any(t.ent_type_ == "PERSON" for t in toks[:-1]))
            ):
                return  # "Cunard Building", "Kirkby Library" read as a name
            if len(toks) > 1 and toks[-1].text in self.place_words and toks[0].i > 0 and doc[toks[0].i - 1].lower_ in _LOCATIVE_PREPS:
                return  # "met at Mary Seacole House": a building named after someone, where something happened
            if (
                not (strong and len(toks) == 1 and toks[0].text in self.forenames)  # ("Baby Blessing NHS 999 ...")
                and nxt is not None and nxt.text.isupper() and nxt.text.isalpha() and len(nxt.text) >= 2
                and nxt.idx == toks[-1].idx + len(toks[-1].text) + 1 and nxt.text.lower() not in self.role_words
            ):
                return  # "Sefton MASH", "Knowsley MBC": a place naming a service (a role may follow a name: "Aisha Rahman SW")
            prev = doc[toks[0].i - 1] if toks[0].i > 0 else None
            if (prev is not None and prev.text in ("St", "St.", "Saint", "HMP", "HMYOI")) or toks[0].text in ("St", "Saint"):
                return  # "St Helens", "HMP Altcourse": a place or a prison
            spans.append((s, e))

        def regex_tokens(m: re.Match, group: int = 1) -> list[Any]:
            return [by_start[i] for i in _token_starts(m.start(group), m.end(group), by_start)]

        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            if len(ent) > 1 and ent[0].pos_ == "VERB" and (_starts_segment(doc, ent[0]) or doc[ent.start - 1].text in _QUOTES):
                ent = ent[1:]  # "'Ring Bex on ...'": an order opening a sentence, then the name
            comma = next((x.i for x in reversed(ent) if x.text == ","), None)
            tail = [x for x in doc[comma + 1 : ent.end] if not x.is_punct] if comma is not None else []
            if tail and tail[-1].lower_ in self.person_nouns and all(_common_word(x.text) and not _proper_stem(x.text) for x in tail):
                ent = doc[ent.start : comma]  # "Dr R. Venkataraman, Consultant Paediatrician": the role after the name
            toks = [t for t in ent if self._name_token(t, child_ref)]
            if any(t.pos_ in ("VERB", "ADV") for t in toks):
                continue  # "Email the school", "Children Together (PACT)"
            if len(toks) == 1 and len(ent) > 1 and toks[0].is_sent_start and _common_word(toks[0].text):
                continue  # "Monitor XXXX's attendance": the parse took a verb for a first name
            if len(toks) == 1 and self._place_object(toks[0]):
                continue  # "transferred from Sefton to Knowsley"
            if len(toks) == 1 and toks[0].lower_ in self.thing_words:
                continue  # "a Clare's Law disclosure": the model takes the thing for a person
            if len(toks) == 1 and self._names_a_thing(toks[0]):
                continue  # "the Skills to Foster training": an ordinary word in the title of a thing
            if (
                len(toks) == 1 and len(ent) == 1 and _SHAPE_CAP_PLURAL.fullmatch(toks[0].text)
                and _common_word(toks[0].text) and _common_word(toks[0].text[:-1]) and not self._human_by_verb(toks[0])
            ):
                continue  # "Brownies and Guides": a plural ordinary word
            first = toks[0].head if toks and toks[0].dep_ == "conj" else (toks[0] if toks else None)
            if len(toks) == 1 and first.dep_ in ("dobj", "pobj") and (
                (toks[0].dep_ == "conj" and toks[0].head.ent_type_ in ("GPE", "LOC", "FAC"))
                or any(c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in toks[0].children)
            ):
                continue  # "visited Southport and Formby": coordinated with a place (not "Danielle and Lee separated")
            if len(toks) == 1 and len(ent) == 1 and _starts_segment(doc, toks[0]) and _common_word(toks[0].text) and (
                toks[0].pos_ != "PROPN" or (toks[0].dep_ == "compound" and toks[0].head.pos_ == "NOUN")
                or not _proper_stem(toks[0].text)
            ) and not self._human_by_verb(toks[0]):
                continue  # "Attendance was 87.5%", "Dawn visits ...": an ordinary word; a name there needs other evidence
            if (
                toks and len(ent) > len(toks) and next((x for x in reversed(ent) if not x.is_punct), ent[-1]).lower_ in self.person_nouns
                and all(_common_word(t.text) and not _proper_stem(t.text) for t in toks)
            ):
                continue  # "Main Carer", "Lead Professional": ordinary words before a role
            if len(toks) > 1 and all(_common_word(t.text) for t in toks) and (len(toks) > 2 or not _proper_stem(toks[-1].text)):
                continue  # "Golden Thread", "Change Grow Live": ordinary words that end in no name
            if (
                len(ent) == 1 and len(toks) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the"
                and not _SHAPE_CAP_PLURAL.fullmatch(toks[0].text) and not _next_is_possessive(doc, toks[0])
                and not (ent.end < len(doc) and doc[ent.end].lower_ in self.person_nouns)
            ):
                continue  # "loves the Urdd", "referred to the Hub": one word after "the" names a thing (not "the Joneses")
            add_tokens(list(ent))
        self._nominal_names(doc, child_ref, spans, protected, taken)
        # structure: a title, "named"/"called", a nickname in quotes (no tagging needed)
        for found in (self._title_re.finditer(text), self._cue_re.finditer(text), _gated_finditer(self._quoted_re, _QUOTED_FIRST, text)):
            for m in found:
                add_tokens(regex_tokens(m, m.lastindex or 1), strong=True)
        # a verb of communication or care, then a capitalised word ("Visited Aoife", "lives with Grandad Tomasz")
        for m in self._contact_re.finditer(text) if self._contact_re else ():
            toks = regex_tokens(m)
            named = [t for t in toks if self._name_token(t, child_ref)]
            named = [t for t in named if t.text not in _PARTICLES and t.text != "-"]
            # one texts or rings a person or an agency (whose towns ``places`` holds), not a town as such
            message = _MESSAGE_CUE.match(m.group(0)) is not None and not re.search(r"(?i)\sthe\s", m.group(0))
            if not named or all(
                (not message and t.ent_type_ in ("GPE", "LOC", "FAC") and (_proper_stem(t.text) or _known_word(t.text)))
                or self._place_object(t)
                for t in named
            ):
                continue  # "visited Southport"
            if all(_common_word(t.text) for t in named) and not _proper_stem(named[-1].text):
                continue  # "met Tuesday", "liaised with Alder Hey"
            if re.search(r"(?i)\bthe\s+$", text[m.start() : m.start(1)]) and _common_word(named[0].text):
                continue  # "rang the Out of Hours team": "the" and an ordinary word make a service
            if not message and all(_proper_stem(t.text) for t in named) and not any(t.ent_type_ == "PERSON" for t in named):
                continue  # "visited Southport and Formby": the dictionary's places, unless the parse says a person
            after = doc[toks[-1].i + 1] if toks and toks[-1].i + 1 < len(doc) else None
            if after is not None and (
                after.text in self.place_words
                or after.lower_ in self.thing_words
                or (after.text.isupper() and len(after.text) >= 2 and after.text.isalpha())
            ):
                continue  # "Kirkby Library", "Sefton MASH", "Knowsley MBC"
            add_tokens(toks, strict=False)
        # a role or relation, then a proper noun ("her brother Tyler", "social worker, Aisha Rahman")
        for m in self._relation_re.finditer(text):
            # (or a listed forename that is also a word, which the parse tags as one: "her twin Mercy (both b. ...)")
            toks = [t for t in regex_tokens(m) if t.pos_ == "PROPN" or t.ent_type_ == "PERSON" or self._word_forename_after_role(t)]
            if not toks:
                continue  # "SW: Is that ...": a speaker's label, then the first word said (no name after the cue)
            cue = text[m.start() : m.start(1)].strip(" ,:(")
            if cue.isupper() and "".join(t.text[0] for t in _leading_run(toks) if t.text[:1].isupper()).startswith(cue[:2]):
                continue  # "the SENCO, Special Educational Needs Coordinator": the acronym spelt out
            run = _leading_run(toks) if toks else []
            after = doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
            before = text[: m.start()].split()[-1:]
            if cue[:1].isupper() and all(_common_word(t.text) and not _proper_stem(t.text) for t in run) and (
                any(t.tag_ in ("NNS", "NNPS") for t in run) or (after is not None and after.pos_ == "NOUN" and after.text.islower())
                # the relation is the last word of a thing's capitalised name ("Fairy Godmother, Wizard": two tools)
                or (before and before[0][:1].isupper() and before[0].lower() not in self.not_names)
            ):
                continue  # "The Partner Agencies meeting": a capitalised heading, not "Foster Carer Dawn attended"
            if toks and toks[0].idx == m.start(1):
                add_tokens(run, strong=True)
        # (a row's relation is followed by its number or date: a text with no figure has none)
        for m in _matches_at(self._row_re, text, _cap_starts(text)) if _ANY_DIGIT.search(text) is not None else ():
            toks = regex_tokens(m)
            if not all(_common_word(t.text) for t in toks):
                add_tokens(toks, strict=False)
        # a capitalised word described as a person ("Precious, XXXX's older sister", "Will is her brother")
        for rx, found in (
            (self._appos_re, _matches_at(self._appos_re, text, _cap_starts(text))),
            (self._copula_re, _matches_at(self._copula_re, text, _clause_starts(text))),
        ):
            for m in found:
                listed = rx is self._appos_re and "," in m.group(0) and not re.search(r"\b(?:who|whose|aged?)\b", m.group(0))
                if listed and re.match(r"\s*(?:,\s*)?(?:and|or)\b", text[m.end() :]):
                    continue  # a list ("College, the GP and her carer"), not a description
                word = m.group(next(i for i in range(1, (m.re.groups or 0) + 1) if m.group(i)))
                if rx is self._copula_re and re.search(r"\d\s*(?:years?\s+old)?$", m.group(0)) and (
                    " " not in word and _common_word(word) and not _proper_stem(word)
                ):
                    continue  # "Score is 12", "Address is 3 ...": an ordinary word with a number
                group = next(i for i in range(1, (m.re.groups or 0) + 1) if m.group(i))
                if rx is self._appos_re and self._opener_before_subject(doc, regex_tokens(m, group), m.end()):
                    continue  # "Overall, the social worker visited ...", "Aye, the worker's been ...": no apposition
                add_tokens(regex_tokens(m, group))
        for t in propn:
            if t.pos_ != "PROPN" or t.ent_type_ in _NOT_PERSON_ENTS or not self._name_token(t, child_ref):
                continue
            # the subject of a verb only people do ("Jayden told the IRO ...")
            subj = t.head if t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass") else t  # "Summer and Mason were seen"
            human_subject = (t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in self.person_verbs and t.head.pos_ != "PROPN") or (
                subj.dep_ == "nsubjpass" and subj.head.lemma_.lower() in self.person_objects and t.ent_type_ not in ("GPE", "LOC", "FAC")
            )
            # a possessor of what people have ("Tyler's school", "Eilidh's view")
            possessor = _next_is_possessive(doc, t) and (
                (t.dep_ == "poss" and t.head.lemma_.lower() in self.possessions)
                or (t.i + 2 < len(doc) and doc[t.i + 2].lower_ in self.possessions and t.ent_type_ not in ("GPE", "LOC", "FAC"))
            )  # "Hamza's mum reports ..." (the parse may hang the possessive on the verb)
            # the object of a verb done to people ("saw Kyle alone"), or "to"/"with" after one ("spoke to Mia")
            single = not _common_word(t.text) and (
                t.ent_type_ not in _PLACE_ENTS
                # the small model calls many names ORG or GPE ("XXXX hit Leo", "Ask Jamal"): a word the dictionary
                # lists as a name, or does not know at all, will do, unless it is a listed place
                or (t.ent_type_ == "ORG" and _proper_stem(t.text) and t.lower_ not in self.places)
                or (t.ent_type_ == "GPE" and not _known_word(t.text) and t.lower_ not in self.places)
            )
            # the agent of a verb only people do ("agreed by Imran"); the parse often calls such a name an ORG
            agent = (
                t.dep_ == "pobj"
                and t.head.lower_ == "by"
                and t.head.dep_ == "agent"
                and t.head.head.lemma_.lower() in self.person_verbs | self.person_objects
                and t.ent_type_ not in ("GPE", "LOC", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART")
                and not _common_word(t.text)
                and (t.ent_type_ == "PERSON" or not _proper_stem(t.text))  # "agreed by Sefton": a council
            ) or (  # the agent of a passive of proposing, signing or a person's act, a word the dictionary does not know
                # or a listed surname ("was suggested by Dhaliwal"); not a place, a service's letters or a listed place
                t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.dep_ == "agent" and t.head.head.tag_ == "VBN"
                and t.head.head.lemma_.lower() in self.person_verbs | self.person_objects | _PROPOSING_ACTS
                and any(c.dep_ == "auxpass" for c in t.head.head.children)
                and t.ent_type_ not in ("GPE", "LOC", "FAC", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "NORP")
                and _SHAPE_NAME.fullmatch(t.text) is not None and not any(c.dep_ in ("det", "compound", "amod") for c in t.children)
                and t.lower_ not in self.places and t.lower_ not in self.acronyms and not _common_word(t.text)
                and (not _known_word(t.text) or t.text in self.surnames)
            )
            human_object = agent or single and (
                (t.dep_ == "dobj" and t.head.lemma_.lower() in self.person_objects)
                or (  # "observed Tyrese playing", "saw Kyle crying"
                    t.dep_ == "nsubj"
                    and t.head.tag_ == "VBG"
                    and t.head.dep_ in ("ccomp", "xcomp", "dobj", "advcl")
                    and t.head.head.lemma_.lower() in self.person_objects
                )
                or (
                    t.dep_ == "pobj"
                    and t.head.lower_ in ("to", "with")
                    and t.head.head.lemma_.lower() in self.person_verbs | self.person_objects
                )
            )
            if human_object and not self._place_object(t):
                add_tokens([t])
            if human_subject and (self._word_before_subject(doc, t) or _heading_before_colon(doc, t)):
                continue  # "Comma the plan does not say ...": a spoken or stray word before the real subject
            if (
                (human_subject or possessor) and _starts_segment(doc, t)
                # (in quotes, a quoted clause's subject: not a nickname alone in quotes, "ex 'Smiler' (real name ...)")
                or (human_subject and _opens_segment_or_quote(doc, t) and t.head.i > t.i)
            ) and _common_word(t.text) and t.text not in self.forenames and (
                not _proper_stem(t.text) and t.ent_type_ != "PERSON" and not any(c.dep_ == "compound" and c.text[:1].isalpha() for c in t.lefts)
            ):
                continue  # "'Conference agreed CP plan'", "| Referral re ...": an ordinary word capitalised as a first word
            if possessor and t.i > 1 and _SHAPE_CAP_PLURAL.fullmatch(t.text) and _common_word(t.text[:-1]) and (
                doc[t.i - 1].dep_ in ("compound", "amod") and _common_word(doc[t.i - 1].text) and doc[t.i - 1].text[:1].isupper()
                and doc[t.i - 2].lower_ == "the"
            ):
                continue  # "The Black Cats' academy": ordinary words in the plural naming a team or a band
            if human_subject or possessor:
                comp = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                add_tokens(_leading_run(sorted([*comp, t], key=lambda x: x.i)) if comp else [t])
        # two capitalised proper nouns that are no ordinary words, mid-sentence ("from Ofelia Marin at ...")
        for a, b in [(t, tokens[t.i + 1]) for t in propn if t.i + 1 < len(tokens)]:
            if (
                a.pos_ == b.pos_ == "PROPN"
                and not a.is_sent_start
                and b.idx == a.idx + len(a.text) + 1
                and a.text[:1].isupper() and b.text[:1].isupper()
                and not a.text.isupper() and not b.text.isupper()
                and not (
                    # (the pair may sit inside a longer one: "Ysgol Cwm Eithin", a school named in Welsh)
                    a.ent_type_ in _PLACE_ENTS and b.ent_iob_ == "I"
                    and (a.ent_iob_ == "B" or doc[a.i - 1].text not in ("-", "‐"))  # not "Lily-Mae Kinsella"
                    # the model calls many unknown names ORG ("Rhiannon Pryce"); a service has a word it knows
                    and not (a.ent_type_ == "ORG" and not _known_word(a.text) and not _known_word(b.text))
                )
                and not _common_word(a.text) and not _common_word(b.text)
            ):
                add_tokens([a, b])
        # a lowercase name after a relation ("mum's partner dave"): a word the dictionary knows only capitalised
        for m in self._relation_lower_re.finditer(text) if self._relation_lower_re else ():
            tok = by_start.get(m.start(1))
            # (whatever its tag: the small model reads "her bf kev" as a verb)
            if tok is not None and _capitalised_only(tok.text):
                spans.append((tok.idx, tok.idx + len(tok.text)))
        self._lower_names(doc, text, spans, protected, taken, shapes)
        self._kin_names(doc, text, by_start, add_tokens, spans, protected, taken)
        self._people_by_structure(doc, add_tokens, spans, protected, taken, shapes.structure)
        self._frame_names(doc, text, add_tokens, spans, protected, taken, shapes)
        self._argument_names(doc, caps, add_tokens)
        self._initials_names(doc, spans, protected, taken, shapes.upper)
        self._noted_initials(doc, spans, protected, taken, shapes)
        self._gazetteer_names(doc, child_ref, add_tokens, spans, protected, taken, shapes)
        # a month's name used as a person's, which the parse dates ("April's mum", "March, his older brother,")
        for start, month in _month_names(text):
            t = by_start.get(start)
            if t is not None and t.text == month and self._month_person(t):
                add_tokens([t], strict=False)
        # coordinated with a name ("Callum and Jade", "Maya and Rhys")
        conj_at = set(shapes.conj)
        for _ in range(2):  # twice: a list's later items hang on its earlier ones ("Nathaniel, Precious and Blessing")
            name_tokens = {t.i for s, e in spans if (sp := doc.char_span(s, e, alignment_mode="expand")) for t in sp}
            # (only a "conj" token or a token of a name can act below: the others are skipped, in the same order)
            for t in [tokens[i] for i in sorted(conj_at | name_tokens)]:
                # a capitalised word mid-sentence in a list with a name, whatever its tag ("Nathaniel, Precious and Blessing")
                capitalised = t.pos_ in ("NOUN", "ADJ") and t.text[:1].isupper() and not _starts_segment(doc, t)
                if (t.pos_ == "PROPN" or capitalised) and t.dep_ == "conj" and (t.head.i in name_tokens or any(
                    c.i in name_tokens for c in t.children if c.dep_ == "conj"
                )):
                    add_tokens([t], strict=not capitalised)
                elif t.i in name_tokens:
                    for c in t.children:
                        if c.dep_ == "conj" and c.pos_ == "PROPN":
                            add_tokens([c])
                    if t.dep_ == "conj" and t.head.pos_ == "PROPN" and (
                        t.head.ent_type_ not in ("GPE", "LOC", "FAC") or t.head.dep_ not in ("dobj", "pobj")
                    ):  # "Danielle and Lee"
                        add_tokens([t.head])
                    elif (  # "misses Dolly and Frankie": the parse tagged the first of the pair a person but not a noun
                        t.dep_ == "conj" and t.head.ent_type_ == "PERSON" and t.head.pos_ in ("ADV", "ADJ", "NOUN", "VERB")
                        and _SHAPE_NAME.fullmatch(t.head.text) and not _starts_segment(doc, t.head)
                        and t.head.i + 1 < len(doc) and doc[t.head.i + 1].lower_ in ("and", "&") and doc[t.head.i + 2].i == t.i
                    ):
                        add_tokens([t.head], strict=False)
        # a name typed in lower case, joined to a name found ("jade and her mate kelsey were seen"): the parse calls
        # it a proper noun and it has no article or owner, as a name has none
        name_tokens = {t.i for s, e in spans if (sp := doc.char_span(s, e, alignment_mode="expand")) for t in sp}
        # (read from the names' own "conj" links, not from every token)
        near = {c for i in name_tokens for c in (*doc[i].children, doc[i].head) if c.i not in name_tokens}
        for t in sorted(near, key=lambda x: x.i):
            if not (t.pos_ == "PROPN" and _SHAPE_LOWER.fullmatch(t.text)):
                continue
            linked = (t.dep_ == "conj" and t.head.i in name_tokens) or any(c.dep_ == "conj" and c.i in name_tokens for c in t.children)
            if (
                linked and len(t.text) >= 3
                and t.lower_ not in self.not_names and t.lower_ not in self.person_nouns
                and not any(c.dep_ in ("det", "poss", "amod") for c in t.children)
            ):
                s_, e_ = t.idx, t.idx + len(t.text)
                if not (_overlaps(s_, e_, protected) or _overlaps(s_, e_, taken) or _overlaps(s_, e_, spans)):
                    spans.append((s_, e_))
        # set off by commas after a name or a role ("Gurpreet Kaur Sandhu, Callum MacLeod, the IRO"; "The ISW, Moses Okonkwo-Bello,")
        for t in propn:
            if t.pos_ != "PROPN" or t.dep_ != "appos" or not self._name_token(t, child_ref):
                continue
            if t.ent_type_ in ("LOC", "FAC") or (t.ent_type_ == "GPE" and (_known_word(t.text) or t.lower_ in self.places)):
                continue  # a place; the model calls many names GPE ("sister-in-law, Parveen,"): not a word it knows
            h = t.head
            role_head = h.lower_ in self.person_nouns or (
                h.text.isupper() and len(h.text) >= 2 and h.i > 0 and doc[h.i - 1].lower_ in ("the", "her", "his", "their")
            ) or (  # "the interpreter from Language Line, Mihaela,": the parse hangs the name on the service,
                # but a name set off after "a person from a service" is the person's
                h.dep_ == "pobj" and h.head.lower_ in ("from", "at", "of")
                and h.head.head.lower_ in self.person_nouns | _LANGUAGE_ROLES
                and t.i + 1 < len(doc) and doc[t.i + 1].text in (",", ")")
            )
            # a word in quotes beside a word for people is what they are called ("an older lad, 'Tricky',")
            left = t.left_edge if t.left_edge.text not in _QUOTES else doc[t.left_edge.i + 1]
            quoted = left.i > 0 and doc[left.i - 1].text in _QUOTES and t.i + 1 < len(doc) and doc[t.i + 1].text in _CLOSING_QUOTES
            expansion = role_head and h.text.isupper() and "".join(
                x.text[0] for x in t.subtree if x.i <= t.i and x.text[:1].isupper()
            ).startswith(h.text[:2])  # "The SENCO, Special Educational Needs Coordinator": the acronym spelt out
            # (the dictionary is asked only when its answer decides: a word it cannot settle from the compiled
            # list, "Oct.", loads the whole spell-checker)
            if h.i in name_tokens or (role_head and not expansion and (quoted or any(
                x.ent_type_ == "PERSON" or not _known_word(x.text) for x in t.subtree if x.i <= t.i and x.text != "-"
            ))):
                run = [c for c in t.subtree if c.i <= t.i and (c.dep_ in ("compound",) or c.text in ("-",)) or c is t]
                run = _leading_run(sorted(run, key=lambda x: x.i)) if run else [t]
                if run[-1] is t and (quoted or not all(_common_word(x.text) for x in run if x.text != "-")):
                    add_tokens(run, strict=False)
        # a double first name ("Evie-Mae"): two capitalised parts the dictionary knows only as names; or one
        # such part and an ordinary word or month, owning something ("Ellie-May's dad", "Tia-Rose's school")
        # (both tests need a hyphen in the middle)
        # (``shapes.hyphens`` is every token "-", in order: the same triples as a scan of every token)
        for a, h, b in [(tokens[x.i - 1], x, tokens[x.i + 1]) for x in shapes.hyphens if 0 < x.i < len(tokens) - 1]:
            if (
                h.text == "-" and h.idx == a.idx + len(a.text) and b.idx == h.idx + 1
                and _SHAPE_CAP.fullmatch(a.text) and _SHAPE_CAP.fullmatch(b.text)
                and _next_is_possessive(doc, b)
                and ((not _common_word(a.text) and (_proper_stem(a.text) or not _known_word(a.text)))
                     or (not _common_word(b.text) and (_proper_stem(b.text) or not _known_word(b.text))))
                and not {a.ent_type_, b.ent_type_} & {"GPE", "LOC", "FAC", "NORP"}
                and (b.i + 2 < len(doc) and (doc[b.i + 2].lower_ in self.possessions or doc[b.i + 2].lower_ in self.person_nouns))
            ):
                s_, e_ = a.idx, b.idx + len(b.text)
                if not (_overlaps(s_, e_, protected) or _overlaps(s_, e_, taken) or _overlaps(s_, e_, spans)):
                    spans.append((s_, e_))
                continue
            if (
                h.text == "-"
                and h.idx == a.idx + len(a.text)
                and b.idx == h.idx + 1
                and _SHAPE_CAP.fullmatch(a.text)
                and _SHAPE_CAP.fullmatch(b.text)
                and not _common_word(a.text)
                and not _common_word(b.text)
                and (_proper_stem(a.text) or _proper_stem(b.text))
                and a.ent_type_ not in ("GPE", "LOC", "FAC")
            ):
                add_tokens([a, h, b], strict=False)
        # a name in capitals ("CONTACT BETWEEN MAYA AND RHYS", "ZARA'S VIEWS")
        for t in self._caps_names(doc, child_ref, shapes.upper):
            s, e = t.idx, t.idx + len(t.text)
            if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                spans.append((s, e))
        # an owner written without the apostrophe, before a family or role word ("Kims mum rang", "Jaydens dad")
        for t in caps:
            if self._bare_possessive(t, child_ref):
                s, e = t.idx, t.idx + len(t.text) - 1
                if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                    spans.append((s, e))
        # a forename that is also a word or a month, shown a person by what follows ("Autumn (half-sister, 15)",
        # "June, the childminder,", "and Autumn sleeps at nan's")
        for t in caps:
            if self._word_name_person(t, child_ref):
                s, e = t.idx, t.idx + len(t.text)
                if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_:
                    s = doc[t.i - 2].idx  # "Ruby-Mae (born ...)": the whole double forename
                if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                    spans.append((s, e))
        # a name alone in capitals in ordinary text ("MARCUS said", "Hamza ALI-KHAN", "brother ALFIE-JAY")
        # (and a double forename in capitals, with a surname after it: "(DESTINY-ROSE PRICE)")
        for s, e in [*self._lone_caps_names(doc, child_ref, shapes.upper), *self._caps_double_forenames(doc, shapes.hyphens)]:
            if _overlaps(s, e, protected) or _overlaps(s, e, taken):
                continue
            merged = [(a, b) for a, b in spans if a < e and s < b]
            spans[:] = [x for x in spans if x not in merged]
            spans.append((min([s, *(a for a, _ in merged)]), max([e, *(b for _, b in merged)])))
        # the subject of a verb, a capitalised word the dictionary does not know at all ("Rashid is doing well"),
        # or one joined to it ("Cerys and Iwan live with ...")
        for t in caps:
            subj = t.head if t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass") else t
            if (
                (subj.dep_ == "nsubj" or (subj.dep_ == "nsubjpass" and subj.head.lemma_.lower() in self.person_objects))
                and t.pos_ in ("PROPN", "NOUN")
                and _SHAPE_CAP3.fullmatch(t.text)
                and subj.head.pos_ in ("VERB", "AUX")
                and t.ent_type_ in ("", "PERSON", "ORG", "NORP")
                and not any(c.dep_ in ("det", "compound", "amod") for c in t.children)
                and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
                and not _common_word(t.text)
                and not _proper_stem(t.text)
                and not _known_word(t.text)
            ):
                add_tokens([t])
        # a capitalised word mid-sentence that the dictionary does not know at all, in a noun's place, whatever
        # the small model tagged it ("observed Tyrese playing", tagged ADJ/NORP): a name, unless a place or a thing
        for t in caps:
            if (
                _SHAPE_CAP3.fullmatch(t.text)
                and not _starts_segment(doc, t)
                and (
                    t.dep_ in ("nsubj", "nsubjpass", "appos", "attr", "dative")
                    or (  # someone spoken to: "'Get in here now, Tyrese!'"
                        doc[t.i - 1].text == "," and t.i + 1 < len(doc) and doc[t.i + 1].text in ("!", "?")
                    )
                    or (t.dep_ == "dobj" and t.head.lemma_.lower() in self.person_objects | self.person_verbs)
                    or (  # "time with Tyrese", "spoke to Oyelaran": not "referred to Barnahus", "using Qustodio"
                        t.dep_ == "pobj" and t.head.lower_ in ("with", "to", "by")
                        and t.head.head.lemma_.lower() in self.person_objects | self.person_verbs | self.person_nouns
                    )
                )
                and t.ent_type_ not in ("GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "DATE", "TIME")
                and t.i > 0 and doc[t.i - 1].lower_ not in ("the", "a", "an")
                and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())
                and not self._place_object(t)
                and not _known_word(t.text)
            ):
                add_tokens([t], strict=False)
        # a family by its surname ("the Siddiquis", "the Brennans")
        for t in caps:
            if (
                t.tag_ in ("NNPS", "NNP")
                and t.dep_ in ("nsubj", "nsubjpass", "appos", "poss", "conj")
                and t.i > 0
                and doc[t.i - 1].lower_ == "the"
                and _SHAPE_CAP_PLURAL.fullmatch(t.text)
                and not _common_word(t.text[:-1])
                and not _common_word(t.text)
                and t.ent_type_ not in ("GPE", "LOC", "FAC")
                # the small model calls many unknown plural surnames ORG ("the Choudhurys"): a word the dictionary
                # does not know at all, in the plural or not, and no listed place or club, will do
                and (t.ent_type_ != "ORG" or (
                    not _known_word(t.text) and not _known_word(t.text[:-1]) and t.lower_ not in self.places
                    and t.lower_[:-1] not in self.places
                ))
            ):
                add_tokens([t])
        # a listed forename that is also a word, joined by "and"/"&" to a name found just after it, whatever the parse
        # made of it ("Storm and River (half-siblings, 4 and 2)", "Precious & Kwame Asante-Boateng"); not a month or season
        for s, _ in list(spans):
            t = by_start.get(s)
            if t is not None and t.i >= 2 and doc[t.i - 1].lower_ in ("and", "&") and self._word_forename_joined(doc[t.i - 2]):
                add_tokens([doc[t.i - 2]], strict=False)
        for t in (self._names_after_our(doc) + self._family_by_apposition(doc, shapes.structure) + self._message_sign_offs(doc, shapes.quotes) + self._transcript_vocatives(doc, caps)
                  + self._names_before_honorific(doc)):
            add_tokens([t], strict=False, strong=True)
        for t in self._lower_unknown_subjects(doc, shapes.lower):
            s, e = t.idx, t.idx + len(t.text)
            if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                spans.append((s, e))
        # words already known as parts of names (in this text or elsewhere in the audit)
        known |= {w for s, e in spans for w in text[s:e].split()}
        known = {w.strip("'’") for w in known if w and self._is_word_ok(w, child_ref)}
        if known:
            for t in tokens:
                if t.text in known and (not t.is_sent_start or t.pos_ == "PROPN" or t.ent_type_ == "PERSON"):
                    add_tokens([t], strong=True)
                elif t.text.endswith("s") and t.text[:-1] in known and t.i > 0 and doc[t.i - 1].lower_ == "the":
                    add_tokens([t], strong=True)  # "Cian Joyce ... the Joyces": the family by a known surname
        spans = _extend_with_surnames(spans, doc, lambda t: self._name_token(t, child_ref) and t.pos_ == "PROPN")
        # the first of a list of names the parse split ("Imogen, Tobias and Wren were all seen"): a capitalised
        # proper noun, then a comma, then a name that the list joins to another by "and"/"&"
        starts = {s for s, _ in spans}
        for s, e in list(spans):
            sp = doc.char_span(s, e, alignment_mode="expand")
            t, end = by_start.get(s), (sp[-1] if sp is not None and len(sp) else None)
            if t is None or end is None or t.i < 2 or doc[t.i - 1].text != "," or end.i + 2 >= len(doc):
                continue
            c, joiner, later = doc[t.i - 2], doc[end.i + 1], doc[end.i + 2]
            if (
                joiner.lower_ in ("and", "&", ",") and later.idx in starts and c.pos_ == "PROPN"
                and re.fullmatch(r"[A-Z][a-z'’]+", c.text) and not _common_word(c.text) and c.lower_ not in self.places
                and (c.i == 0 or not doc[c.i - 1].text[:1].isupper())
            ):
                add_tokens([c], strict=False)
        # a couple under one surname, found only once the surname was ("Siân and Gruffydd Pritchard-Jones")
        for s, e in list(spans):
            t = by_start.get(s)
            if t is not None and t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ == "PROPN" and t.i >= 2 and doc[t.i - 1].lower_ in ("and", "&"):
                if t.head.i == t.i - 2:
                    add_tokens([t.head])
            elif (  # "Harvey and Lola's mum": two owners of one person
                t is not None and t.i >= 2 and doc[t.i - 1].lower_ in ("and", "&") and _next_is_possessive(doc, t)
                and doc[t.i - 2].pos_ == "PROPN"
                and (t.i == 2 or _starts_segment(doc, doc[t.i - 2]) or not doc[t.i - 3].text[:1].isupper())
            ):
                add_tokens([doc[t.i - 2]])
        # a nickname's adjective and a word or an initial, alone in quotes ("'Lil T' picks her up", "'big mo'")
        for m in _QUOTED_ADJ_NICKNAME.finditer(text) if ("'" in text or "‘" in text or '"' in text or "“" in text) else ():
            word = m.group(1).split()[-1].rstrip(".")
            if len(word) > 1 and (_common_word(word) or word.lower() in self.not_names):
                continue  # "'big fun'", "'Little Women'": an ordinary phrase in quotes
            if re.search(r"(?i:named|called|nicknamed|known\s+as|aka)\s*$", text[max(0, m.start() - 20) : m.start()]):
                continue  # after a name cue the cue's own reading decides, which knows a van or a pet ("named 'Big Bertha'")
            if not (_overlaps(*m.span(1), protected) or _overlaps(*m.span(1), taken) or _overlaps(*m.span(1), spans)):
                spans.append(m.span(1))
        # a worker's name and initial typed in lower case, in brackets after the role ("the SW (jo b)", "IRO (sam t.)")
        for t in shapes.brackets:
            if t.i == 0 or (doc[t.i - 1].lower_ not in self.person_nouns and doc[t.i - 1].lower_ not in self.role_words):
                continue
            close = next((x for x in doc[t.i + 1 : t.i + 5] if x.text == ")"), None)
            inner = [x for x in doc[t.i + 1 : close.i] if x.text != "."] if close is not None else []
            if (
                len(inner) == 2 and all(x.text.isalpha() and x.text.islower() for x in inner)
                and inner[0].text.capitalize() in self.forenames and inner[0].lower_ not in self.not_names
                and (len(inner[1].text) == 1 or _capitalised_only(inner[1].text))
            ):
                s_, e_ = inner[0].idx, inner[-1].idx + len(inner[-1].text)
                if not (_overlaps(s_, e_, protected) or _overlaps(s_, e_, taken) or _overlaps(s_, e_, spans)):
                    spans.append((s_, e_))
        self._names_beside_found_names(doc, text, spans, protected, taken)
        # Welsh names the head first: whatever found the words after "Ysgol", "Tîm" or "Dydd", they are no person
        if welsh:
            spans = [(s, e) for s, e in spans if not self._after_welsh_head(doc, by_start.get(s))]
        return [Detail("name", s, e) for s, e in spans]

    def _after_welsh_head(self, doc: Doc, t: Any) -> bool:
        """``t`` follows a Welsh head word, perhaps after other capitalised words ("Ysgol Gymraeg Treganna")."""
        while t is not None and t.i > 0:
            t = doc[t.i - 1]
            if t.text in self.welsh_heads:
                return True
            if not t.text[:1].isupper():
                return False
        return False

    def _lower_unknown_subjects(self, doc: Doc, lower: list[Any]) -> list[Any]:
        """A name typed in lower case as the subject of what people do ("penhaligon did not attend the meeting", "since
        raja moved out"): a word the dictionary does not know in any case, with no article or adjective of its own,
        and no shorthand, role or family word (``not_names``, acronyms). ``lower``: the tokens of ``doc`` all in
        lower case (:class:`_TokenShapes`)."""
        out = []
        for t in lower:
            if t.dep_ not in ("nsubj", "nsubjpass") or not t.text.isalpha() or not t.text.islower() or len(t.text) < 4:
                continue
            if t.head.lemma_.lower() not in self.person_verbs and t.head.lemma_.lower() not in _PERSON_MOVES:
                continue
            low = t.lower_
            if low in self.not_names or low in self.acronyms or low in self.kin_words or low in self.role_words or low in self.person_nouns:
                continue
            if _known_word(t.text) or _common_word(t.text) or not re.search("[aeiouy]", low) or any(c.dep_ in ("det", "amod", "poss") for c in t.children):
                continue
            if low.endswith(("body", "thing", "one", "where")):
                continue  # "naebody had told the school": "nobody" as a dialect spells it
            out.append(t)
        return out

    def _names_before_honorific(self, doc: Doc) -> list[Any]:
        """A capitalised name before an honorific written after it, as in Urdu, Punjabi and Hindi ("Chaudhry sahib
        holds a lot of sway", "Rani ji"); not a role so honoured ("Qari sahib", "Imam sahib": _HONOURED_ROLES), nor
        an ordinary word."""
        out = []
        by_word, other = _word_starts(doc.text)  # (each honorific is a whole word: a text of ASCII words needs one of them)
        if (not other and _POSTPOSED_HONORIFICS.isdisjoint(by_word)) or not _POSTPOSED_HONORIFIC_WORD.search(doc.text):
            return out
        for t in doc:
            if t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in _POSTPOSED_HONORIFICS or not _SHAPE_NAME.fullmatch(t.text):
                continue
            low = t.lower_
            if low in _HONOURED_ROLES or low in self.not_names or low in self.kin_words or low in self.places or t.text in self.titles:
                continue
            if t.text in self.forenames or t.text in self.surnames or not _common_word(t.text):
                out.append(t)
        return out

    def _transcript_vocatives(self, doc: Doc, caps: list[Any]) -> list[Any]:
        """Someone named at the end of a turn of a call written as a transcript, set off by a comma ("SW: Is that
        Mrs Ó Súilleabháin? / Caller: It is, yes, Siobhán."): spoken, as a name at the end of quoted speech is, when
        a listed forename or a word the dictionary does not know. ``caps``: the tokens of ``doc`` that open with a
        capital (:class:`_TokenShapes`), as a name's shape does."""
        out = []
        if ":" not in doc.text:
            return out
        for t in caps:
            if t.i < 3 or doc[t.i - 1].text != "," or not _SHAPE_NAME.fullmatch(t.text):
                continue
            if t.i + 1 < len(doc) and doc[t.i + 1].text not in (".", "!", "?"):
                continue
            low = t.lower_
            if low in self.not_names or low in self.kin_words or low in self.places or t.text in self.titles or low in _GROUP_NOUNS:
                continue
            if not (t.text in self.forenames or not _common_word(t.text)) or not _in_speaker_turn(doc, t):
                continue
            out.append(t)
        return out

    def _message_sign_offs(self, doc: Doc, quotes: list[Any] | None = None) -> list[Any]:
        """A name that signs a message quoted in the text, alone after its last sentence and before the closing quote
        ("... is that ok?? Ewa\"", "'see you soon x Dee'"): a listed forename or a word the dictionary does not know,
        not a family word ("... tonight. Mum'") nor an ordinary one ("... late. Thanks'"). ``quotes``: the quote marks
        of ``doc`` (:attr:`_TokenShapes.quotes`), read from ``doc`` when not given."""
        out = []
        n = len(doc)
        if not any(q in doc.text for q in _QUOTES):
            return out
        # (only a token before a closing quote can sign: each is read from its quote)
        for t in [doc[q.i - 1] for q in (_TokenShapes(doc).quotes if quotes is None else quotes) if q.text in _CLOSING_QUOTES and q.i >= 3]:
            if not _SHAPE_NAME.fullmatch(t.text):
                continue
            if t.i + 2 < n and not doc[t.i + 2].is_punct:
                continue
            if doc[t.i - 1].text not in (".", "!", "?", "x", "xx", "xxx", "X", "XX"):
                continue
            low = t.lower_
            if low in self.not_names or low in self.kin_words or low in self.places or t.text in self.titles:
                continue
            if t.text in self.forenames or not _common_word(t.text):
                out.append(t)
        return out

    def _family_by_apposition(self, doc: Doc, structure: list[Any] | None = None) -> list[Any]:
        """A family named by its plural surname in apposition to "family" or "household" ("A Romanian family, the
        Popescus, live upstairs", "the household (the Okonkwos)"): "the", then a capitalised plural proper noun.
        ``structure``: the tokens of ``doc`` with an "appos" dep not in lower case, among others (a surname is
        capitalised: :attr:`_TokenShapes.structure`), read from ``doc`` when not given."""
        out = []
        if "family" not in doc.text.lower() and "household" not in doc.text.lower():
            return out
        for t in _TokenShapes(doc).structure if structure is None else structure:
            if t.dep_ != "appos" or t.head.lemma_.lower() not in ("family", "household") or t.pos_ != "PROPN":
                continue
            if not _SHAPE_CAP_PLURAL.fullmatch(t.text) or t.i == 0 or doc[t.i - 1].lower_ != "the":
                continue
            if (_common_word(t.text) or _common_word(t.text[:-1])) and t.text[:-1] not in self.surnames:
                continue  # "the family, the Greens," keeps a listed surname; "the Saints" an ordinary word
            if t.lower_ in self.not_names or t.text[:-1].lower() in self.places or t.text[:-1].lower() in self.languages:
                continue
            out.append(t)
        return out

    def _names_after_our(self, doc: Doc) -> list[Any]:
        """A capitalised proper noun after a lower-case "our", the northern way of naming one of the family ("just me
        and our Jade", "she calls her 'our Chanty'"); not what is ours and named ("our Zoom call", "our Christmas
        plans", "our Lady of Lourdes": a noun or "of" after it), a month, a day, a title or a listed place."""
        out = []
        if _OUR_BEFORE_CAPITAL.search(doc.text) is None:
            return out
        for t in doc:
            if t.i == 0 or doc[t.i - 1].text != "our" or t.pos_ != "PROPN" or not _SHAPE_NAME.fullmatch(t.text):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.lower_ == "of"):
                continue
            low = t.lower_
            if t.ent_type_ in ("DATE", "TIME", "EVENT", "LANGUAGE") or low in _MONTH_WORDS | _WEEKDAYS or t.text in self.titles:
                continue
            if low in self.not_names or low in self.places or low in self.thing_words or low in self.kin_words:
                continue
            out.append(t)
        return out

    def _nominal_names(self, doc: Doc, child_ref: str, spans, protected, taken) -> None:
        """A person in the police's nominal form, forename then SURNAME in capitals ("SUSP Jason
        KILBRIDE", "partner Lee SMITH"): the parse tags the pair a person, the forename can be a
        name and the capitals are a word, not a listed or vowel-less acronym (not "Sefton MASH")."""
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            if ent.end < len(doc) and doc[ent.end].text.isupper() and not ent[-1].text.isupper() and (
                doc[ent.end].idx == ent[-1].idx + len(ent[-1].text) + 1 and doc[ent.end].lower_ not in self.acronyms
                and doc[ent.end].lower_ not in self.role_words and doc[ent.end].pos_ in ("PROPN", "NOUN")
            ):
                ent = doc[ent.start : ent.end + 1]  # the parse tagged the forename alone ("Jordan WAINWRIGHT, 03/03/1999")
            if len(ent) < 2:
                continue
            toks = [t for t in ent if t.text[:1].isupper()]
            if not toks or toks[-1].i != ent[-1].i:
                continue
            surname, first = toks[-1], toks[:-1]
            w = surname.text
            if not (w.isupper() and w.isalpha() and len(w) >= 3) or w.lower() in self.not_names or not re.search("[AEIOUY]", w):
                continue
            # a double-barrelled surname in capitals ("Reece TAYLOR-BROOK"): its first part stands before the hyphen
            opening = surname
            while opening.i >= 2 and doc[opening.i - 1].text == "-" and doc[opening.i - 2].text.isupper() and (
                doc[opening.i - 2].text.isalpha() and doc[opening.i - 2].i >= ent.start
            ):
                opening = doc[opening.i - 2]
            first = [t for t in first if self._name_token(t, child_ref) and not t.text.isupper()]
            if not first or first[-1].i != opening.i - 1 or w.capitalize() in self.place_words:
                continue
            s, e = first[0].idx, surname.idx + len(w)
            if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                spans.append((s, e))

    def _lower_names(self, doc, text, spans, protected, taken, shapes: _TokenShapes) -> None:
        """Names typed in lower case (text-speak, quoted messages), where the shape of the sentence
        says a person and the dictionary does not know the word in lower case:

        - after a title that is no ordinary word itself ("spk 2 dr ahmed"; not "miss", "pc");
        - after a name cue, a word the dictionary knows only capitalised ("is called darren");
        - a subject the parse reads as a proper noun ("'jayden wont go 2 school'");
        - the owner of a person or of what people have ("tia's bf is 22");
        - a word with an age in brackets, as in a list of children ("sibs: kai (9) lexi (6)"),
          unless every part of it is an ordinary word;
        - an Irish surname by its shape, "o'" and a word ("school nurse: sister o'brien"; not "o'clock"),
          with a title typed before it;
        - a listed forename the dictionary does not know in lower case, set before "from" and where
          they come from ("jo from the school", "kev from housing").
        """
        # (or a listed surname the dictionary knows as a word: "gp is dr khan")
        found = [
            (m.span(1), not _common_word(m.group(1)) or m.group(1).capitalize() in self.surnames)
            for m in self._title_lower_re.finditer(text)
        ]
        found += self._named_by_frame(text)
        # (or a listed forename that is also a word, ending its phrase: "someone called dean over the weekend")
        found += [
            (m.span(1), _capitalised_only(m.group(1)) or (
                m.group(1).capitalize() in self.forenames and m.group(1) not in self.not_names
                and _PHRASE_END.match(text, m.end(1)) is not None
            ))
            for m in self._cue_lower_re.finditer(text)
        ]
        found += [
            (m.span(1), any(not _common_word(p) and re.search("[aeiouy]", p) for p in m.group(1).split("-")))
            for m in (_LOWER_AGED.finditer(text) if "(" in text and _AGE_IN_BRACKETS_ONLY.search(text) else ())
        ]
        # a message that opens by saying who sends it ("hi its chantelle can u ring me", "hiya, this is kez")
        found += [(m.span(1), self._self_named(doc, m)) for m in _matches_at(_SELF_NAMED, text, _greeting_starts(text))]
        # "sister o'brien", "o'neill": no English word but "o'clock" is written so; a title before it joins the span
        # (read first, so the span with its title wins over the same word after "mrs" read above)
        for m in _LOWER_IRISH_SURNAME.finditer(text) if "o'" in text or "o’" in text else ():
            title = _LOWER_TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            found.insert(0, ((title.start() if title else m.start(), m.end()), True))
        person_acts = self.person_objects | self.person_verbs
        tokens, texts = shapes.tokens, shapes.texts
        n = len(texts)

        def i_from(t: Any) -> bool:  # "from" and a word after ``t`` ("jo from the school")
            return t.i + 2 < n and texts[t.i + 1] == "from" and texts[t.i + 2].isalpha()

        word_class, ordinary_class = self._lower_word_class, self._ordinary_word_class
        for t in shapes.lower:  # (every test below needs a word in lower case)
            w = t.text
            # what the word alone says (``_lower_word_class``, read once per word): None when no test below can act
            cls = word_class.get(w, False)
            if cls is False:
                cls = ordinary_class.get(w, False)
                if cls is False:
                    cls = self._classify_lower_word(w)
            if cls is None:
                continue
            from_ok, short_ok, skip, listed = cls
            if from_ok and i_from(t):
                found.append(((t.idx, t.idx + len(w)), True))  # "jo from the school": a person and where they come from
                continue
            if short_ok:
                if t.dep_ == "appos" and t.head.lower_ in self.person_nouns:
                    found.append(((t.idx, t.idx + 2), True))  # "sw (jo)": a short forename set beside a role
                continue
            if skip:
                continue
            i = t.i
            if listed and i > 0 and (texts[i - 1].lower() in self.role_words or texts[i - 1] in self.role_shorthand) and not _common_word(w) and not (
                w in _MONTH_WORDS and i + 1 < n and texts[i + 1][:1].isdigit()  # "sw jan 2024": a month
            ):
                # a listed forename that is no word, straight after a role: "sw tomasz k", "iro bogdan" (a surname's
                # initial after it joins the span)
                e = t.idx + len(w)
                if i + 1 < n and len(texts[i + 1]) == 1 and texts[i + 1].isalpha() and texts[i + 1].islower():
                    e = tokens[i + 1].idx + 1
                found.append(((t.idx, e), True))
                continue
            # (of a verb, or of "was" itself: "tyler was hungry"); "me & shaz went": joined to the subject; a listed
            # forename the dictionary does not know, whatever the parse tagged it ("mum says oliwia has moved in")
            subject = (t.pos_ == "PROPN" or (listed and not _known_word(w))) and (
                arg := t.head if t.dep_ == "conj" else t
            ).dep_ in ("nsubj", "nsubjpass") and arg.head.pos_ in ("VERB", "AUX")
            owner = i + 2 < n and texts[i + 1] in ("'s", "’s", "'", "’") and tokens[i + 2].lower_ in self.possessions
            # the object of a verb done to people, or "to"/"with" after one ("visited tegan", "spoke to jaz")
            obj = (t.dep_ == "dobj" and t.head.lemma_.lower() in person_acts) or (
                t.dep_ == "pobj" and t.head.lower_ in ("to", "with") and t.head.head.lemma_.lower() in person_acts
            )
            # the complement of "is" whose subject is a word for a person ("my favrit person is tiago", "bf is kai")
            said_person = t.dep_ in ("attr", "acomp") and t.head.lemma_ == "be" and (listed or not _known_word(w)) and any(
                c.dep_ == "nsubj" and c.lower_ in self.person_nouns for c in t.head.children
            )
            if said_person and not _common_word(w) and w not in self.not_names:
                found.append(((t.idx, t.idx + len(w)), True))
                continue
            if listed and not (subject or owner or obj) and self._ordinary_name_slot(t):
                found.append(((t.idx, t.idx + len(w)), True))
                continue
            if not (subject or owner or obj):
                continue
            # no article, adjective or noun before it, as a name has none (not "Reflective supervison was held")
            bare = not any(c.dep_ in ("det", "amod", "poss") or (c.dep_ == "compound" and c.pos_ == "NOUN") for c in t.children)
            # (the owner's "'s" touches the word: not a quote mark after "said")
            touching = owner and tokens[i + 1].idx == t.idx + len(w) and t.pos_ in ("NOUN", "PROPN", "VERB")
            if listed and bare and (touching or self._ordinary_name_slot(t)):
                found.append(((t.idx, t.idx + len(w)), True))  # "rose's mum", "shell said", "visited faith"
                continue
            if bare and len(w) >= 3 and re.search("[aeiouy]", w):
                unknown = _capitalised_only(w) or not _known_word(w)
                found.append(((t.idx, t.idx + len(w)), unknown and not (w.endswith("in") and _known_word(w + "g"))))
        found += self._lower_double_names(doc, shapes.hyphens)
        for (s, e), ok in found:
            if ok and text[s:e] not in self.not_names and not (
                _overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)
            ):
                spans.append((s, e))

    def _classify_lower_word(self, w: str) -> tuple[bool, bool, bool, bool] | None:
        """The tests of :meth:`_lower_names` that read the word alone, kept per word in ``_lower_word_class``:
        ``(from_ok, short_ok, skip, listed)``, where ``from_ok`` holds for a listed forename no word (before "from ..."),
        ``short_ok`` for a two-letter listed forename, ``skip`` when every later test fails or adds nothing, and
        ``listed`` for a listed forename no role; None when nothing can act on the word wherever it stands."""
        cls: tuple[bool, bool, bool, bool] | None
        if not w.islower():
            cls = None  # (every test needs a word in lower case)
        else:
            listed = w.capitalize() in self.forenames and w not in self.not_names
            from_ok = listed and len(w) >= 2 and w.isalpha() and not _common_word(w)
            short_ok = listed and len(w) == 2
            # (the cheap test first: most words are not in lower case with three letters); a word the dictionary
            # knows, not listed: every later test fails, or adds a span marked not ok
            skip = len(w) < 3 or not (_SHAPE_LOWER.fullmatch(w) or _SHAPE_LOWER_ELIDED.fullmatch(w)) or (not listed and _known_word(w))
            cls = None if not from_ok and not short_ok and skip else (from_ok, short_ok, skip, listed)
        if len(self._lower_word_class) >= 50_000:  # (bounded: a long-running process reads many words)
            self._lower_word_class.clear()
        if _is_ordinary_word(w) and (cls is None or not cls[3]):  # (kept for every audit: ``_ordinary_word_class``;
            # a listed forename - "jade", "rose" - stays with the audit that wrote it)
            if len(self._ordinary_word_class) >= 50_000:
                self._ordinary_word_class.clear()
            self._ordinary_word_class[w] = cls
        else:
            self._lower_word_class[w] = cls
        return cls

    def _named_by_frame(self, text: str) -> list[tuple[tuple[int, int], bool]]:
        """Names shown by the words around them, in any case, whatever the parse made of them:

        - someone greeted by a listed forename, then a comma ("Hi Sky,", "hiya precious!");
        - a sender naming themselves before "here" ("its brooke here", "it's Grace here");
        - a maiden name after "née" ("(NEE BOLTON)", "née Pritchard");
        - a listed forename in capitals with an age in brackets ("KAI (9), MAISIE (6)"; not "EHCP (2)");
        - a nickname in quotes after "goes by", "known as", "calls him" ("goes by 'deano'", "call him 'DJ'");
        - a family by its plural surname with an Irish or Scottish prefix ("the O'Sullivans", "the McKennas");
        - someone's home by a listed forename in lower case ("XXXX is at kelsie's", "went to jade's house");
        - the word after "calls" that ends its clause, unknown to the dictionary or a listed forename
          ("whom everyone calls Pree, is 17").
        """
        found: list[tuple[tuple[int, int], bool]] = []
        has_quote = any(q in text for q in _QUOTES)  # (``_TEXT_SELF_NAMED`` and its lower-case form open with a quote)
        for m in _matches_at(_GREETED, text, _greeted_starts(text)):
            w = m.group(1)
            found.append((m.span(1), w.capitalize() in self.forenames and w.lower() not in self.not_names))
        for m in _HERE_NAMED.finditer(text) if "here" in text else ():
            w = m.group(1)
            found.append((m.span(1), w.lower() not in self.not_names and (w.capitalize() in self.forenames or not _known_word(w))))
        found += [(m.span(1), True) for m in _NEE.finditer(text)] if _may_hold(text, "nee") else []
        for m in _TEXT_SELF_NAMED.finditer(text) if has_quote and "it" in text.lower() else ():
            w = m.group(1)
            found.append((m.span(1), w.lower() not in self.not_names and w.lower() not in _MONTH_WORDS | _WEEKDAYS and (
                "-" in w or " " in w or w in self.forenames or not _known_word(w)
            )))
        for m in _TEXT_SELF_NAMED_LOWER.finditer(text) if has_quote and "it" in text.lower() else ():
            w = m.group(1)  # "'its kezza, new number ...'": a sender's nickname in lower case
            found.append((m.span(1), w not in self.not_names and w not in _MONTH_WORDS | _WEEKDAYS and not _known_word(w)))
        for m in _NAME_THEN_INITIALS.finditer(text) if "(" in text else ():
            w, ini = m.group(1), m.group(2)
            bare_ini = ini.replace(".", "")
            if w[0] == ini[0] and w.lower() not in self.not_names and w.lower() not in self.person_nouns and not (
                bare_ini in self.not_initials or bare_ini.lower() in self.acronyms or bare_ini.lower() in self.not_names
                or bare_ini.lower() in self.role_words or bare_ini.lower() in self.person_nouns
            ):
                found += [(m.span(1), True), (m.span(2), True)]
        for m in _SAVED_AS.finditer(text) if ("as" in text or "under" in text) and _may_hold(text, "saved", "stored", "listed") else ():
            w = m.group(1)
            found.append((m.span(1), w in self.forenames and w.lower() not in self.not_names))
        for m in _CAPS_AGED.finditer(text) if "(" in text and _AGE_IN_BRACKETS_ONLY.search(text) else ():
            w = m.group(1)  # (a listed forename: letters the gazetteer does not know may be an acronym, "EHCP (2)")
            found.append((m.span(1), w.lower() not in self.acronyms and w not in self.not_initials and w.lower() not in self.not_names and (
                any(p.capitalize() in self.forenames for p in w.split("-"))
            )))
        # (every match opens with one of the cue words ``_QUOTED_FIRST``: tried only where one starts)
        for m in _gated_finditer(_QUOTED_NICKNAME, _QUOTED_FIRST, text) if "'" in text or "‘" in text or '"' in text or "“" in text else ():
            w = m.group(1)
            found.append((m.span(1), w.isupper() or (w.lower() not in self.not_names and not _common_word(w))))
        if "Mc" in text or "Mac" in text or "O'" in text or "O’" in text:  # (the prefixes, as ``_PLURAL_CLAN`` writes them)
            found += [(m.span(1), m.group(1).lower() not in self.not_names) for m in _PLURAL_CLAN.finditer(text)]
        # nicknames in quotes after a name cue, one or a list ("named 'Skinny' and 'Little Dre'", "known as 'J-Bone'")
        cue = has_quote and _may_hold(text, "name", "called", "known", "goes", "aka", "a.k.a", "calls")  # (``_QUOTED_AFTER_CUE``'s cues)
        for m in _QUOTED_AFTER_CUE.finditer(text) if cue else ():
            if self._pet_re.search(text, max(0, m.start(1) - 40), m.start(1) + 1):
                continue  # "the boat is called 'Lady Jane'": a thing's name
            for q in _QUOTED_ITEM.finditer(text, m.start(1), m.end(1)):
                w = q.group(1)
                words = w.split()
                found.append((q.span(1), (w[0].isupper() or w[0] == "@") and len(words) <= 3 and w.lower() not in self.not_names and not any(
                    x.lower() in _FUNCTION_WORD_SET or x.lower() in self.not_names for x in words
                )))
        # a social-media handle standing for a person: in quotes or after the platform or a word for a contact
        # ("Snapchat contact '@kayla.xo_22'", "added @jaydenn_07 on Insta"); an e-mail address is no handle
        for m in _HANDLE.finditer(text) if "@" in text else ():
            quoted = m.start() > 0 and text[m.start() - 1] in "'‘\"“"
            found.append((m.span(), quoted or _HANDLE_CUE.search(text, max(0, m.start() - 50), m.start()) is not None))
        for m in _gated_finditer(_AT_SOMEONES, _AT_SOMEONES_FIRST, text) if "'" in text or "’" in text else ():
            w = m.group(1)
            found.append((m.span(1), w.capitalize() in self.forenames and w not in self.not_names and (not _common_word(w) or m.group(2) is not None)))
        for m in _CALLS_NAME.finditer(text) if "call" in text else ():
            w = m.group(1)
            found.append((m.span(1), w.lower() not in self.not_names and w.lower() not in self.places and (
                w in self.forenames or not _known_word(w)
            )))
        found += self._known_to_as_names(text)
        found += _quoted_handles(text)
        found += self._saved_contact_names(text)
        return found

    def _saved_contact_names(self, text: str) -> list[tuple[tuple[int, int], bool]]:
        """What a number is saved as in a phone, in quotes ("a number saved as 'Bigz 💯'", "saved in her phone as
        'Unc T'"): a person's name or nickname when one of its words is a listed forename or no ordinary word."""
        found = []
        for m in _SAVED_AS_QUOTED.finditer(text) if "saved" in text.lower() or "stored" in text.lower() else ():
            words = re.findall(r"[^\W\d_][\w'’.-]*", m.group(1))
            if not words:
                continue
            s = m.start(1) + m.group(1).find(words[0])
            e = m.start(1) + m.group(1).rfind(words[-1]) + len(words[-1])
            found.append(((s, e), all(w.lower() not in self.not_names and w.lower() not in _FUNCTION_WORD_SET for w in words) and any(
                w in self.forenames or not _common_word(w) for w in words
            )))
        return found

    def _known_to_as_names(self, text: str) -> list[tuple[tuple[int, int], bool]]:
        """A capitalised word after "known ... as" with the people who use it between ("known to the young people as
        Llian", "known on the estate as Dre"): a listed forename or a word the dictionary does not know."""
        found = []
        for m in _KNOWN_TO_AS.finditer(text) if "known" in text.lower() else ():
            w = m.group(1)
            found.append((m.span(1), w.lower() not in self.not_names and w.lower() not in self.places and (
                w in self.forenames or not _known_word(w)
            )))
        return found

    def _initials_names(self, doc: Doc, spans, protected, taken, upper: list[Any]) -> None:
        """Two capitals standing for a person, as minutes write them: the one given an action ("KO to
        close the case", "ACTION: KB to chase GP"), the agent of a verb done by people ("seen by RB"),
        the subject or object of a verb of speaking or meeting ("RB said", "spoke to KO"), or after a
        name cue ("a male known as JD"). Never a known acronym, role or title (``not_initials``:
        "SW to visit", "EH to close", "TM oversight") and never a word in a run of capitals. ``upper``: the words of
        ``doc`` in capitals (:class:`_TokenShapes`)."""
        text = doc.text
        for t in upper:
            w = t.text
            if len(w) != 2 or not w.isalpha() or not w.isupper() or w in self.not_initials or w.lower() in _TWO_LETTER_WORDS:
                continue  # ("NO to contact", "WE to attend": English words in capitals)
            prev = doc[t.i - 1] if t.i > 0 else None
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if any(x is not None and x.text.isalpha() and x.text.isupper() and len(x.text) >= 2 and x.idx - 1 <= t.idx + 2
                   and abs(x.i - t.i) == 1 for x in (prev, nxt)):
                continue  # "NFA KO", "MASH RB": a run of capitals is a heading or a team
            action = (
                nxt is not None and nxt.lower_ == "to" and t.i + 2 < len(doc) and doc[t.i + 2].tag_ == "VB"
                and (prev is None or prev.text in (",", ";", ":", "-", "–", "(", "&", "/") or prev.lower_ in ("and", "action", "actions")
                     or _starts_segment(doc, t))
            )
            agent = (
                t.dep_ == "pobj" and prev is not None and prev.lower_ == "by"
                and prev.head.lemma_.lower() in self.person_verbs | self.person_objects | _MEETING_ACTS | {"chair", "complete", "write", "sign", "authorise", "approve", "review", "note"}
            )
            arg = t.head if t.dep_ == "conj" else t
            spoken = (arg.dep_ == "nsubj" and arg.head.lemma_.lower() in _SPEECH_ACTS) or (
                arg.dep_ == "dobj" and arg.head.lemma_.lower() in _MEETING_ACTS
            ) or (arg.dep_ == "pobj" and arg.head.lower_ in ("to", "with") and arg.head.head.lemma_.lower() in _MEETING_ACTS | _SPEECH_ACTS)
            cued = self._cue_tail_re is not None and self._cue_tail_re.search(text, max(0, t.idx - 30), t.idx) is not None
            if not (action or agent or spoken or cued):
                continue
            s_, e_ = t.idx, t.idx + 2
            if not (_overlaps(s_, e_, protected) or _overlaps(s_, e_, taken) or _overlaps(s_, e_, spans)):
                spans.append((s_, e_))

    def _initials_ok(self, w: str, plain_max: int = 2, slash_joined: bool = False) -> bool:
        """``w`` is shaped as a person's initials and is no acronym, role, title or family word: two capitals (three
        where ``plain_max`` allows), or letters with stops and perhaps a Scottish or Irish prefix ("R.S.", "S.McN.",
        "P.O'N"). ``slash_joined``: joined by a slash to a person's initials, so a glossary acronym or a two-letter word
        ("DA", "AH") may stand; a role, a title or a record type still may not."""
        if _PLAIN_INITIALS.fullmatch(w):
            if len(w) > plain_max or (w.lower() in _TWO_LETTER_WORDS and not slash_joined) or _ROMAN.fullmatch(w):
                return False
        elif not _DOTTED_INITIALS.fullmatch(w):
            return False
        key = re.sub(r"[.'’]", "", w).upper()
        if slash_joined:
            return key not in self.not_initials_strict and key.lower() not in self.not_names and key.lower() not in self.kin_words
        return key not in self.not_initials and key.lower() not in self.not_names and key.lower() not in self.kin_words and (
            key.lower() not in self.acronyms
        )

    def _noted_initials(self, doc: Doc, spans, protected, taken, shapes: _TokenShapes) -> None:
        """Initials that sign or attribute a case note, found by where they stand rather than by a verb:

        - alone in brackets closing the note or its line, after the last sentence, perhaps after a team and a dash
          ("... SW to attend. (AK)", "No concerns. (EDT - P.O'N)", "(S.McN.)"); three capitals only after a team;
        - in brackets after a role or a family word ("MGM (R.S.)", "SW (DM) returned call");
        - in brackets after a contact or visit, alone or several ("Home visit (JP/LW)");
        - after a call, text or e-mail "to" or "from" ("TC to JP", "call from AK").
        Never a known acronym, role, title or family word (``_initials_ok``). ``shapes``: ``doc``'s tokens by shape
        (:class:`_TokenShapes`): each test reads only the tokens of the shape it opens with."""
        text = doc.text
        found: list[Any] = []
        for t in shapes.brackets:
            close = next((x for x in doc[t.i + 1 : t.i + 9] if x.text in (")", "):", ").")), None)
            if close is None:
                continue
            inner = list(doc[t.i + 1 : close.i])
            parts = [x for x in inner if x.text not in ("/", "&", ",", "and")]
            if not parts:
                continue
            last_line = text[close.idx + 1 :].strip(" .\t") == "" or text[close.idx + 1 :].lstrip(" .\t").startswith("\n")
            before = text[: t.idx].rstrip(" \t")
            sentence_end = before == "" or before[-1] in ".!?;\n"
            # "(EDT - P.O'N)", "(SW: AK)": a team or role, a dash or colon, then the initials
            team = len(parts) >= 3 and parts[1].text in ("-", "–", "—", ":") and parts[0].text[:1].isupper() and all(
                self._initials_ok(x.text, 3) for x in parts[2:]
            )
            people = parts[2:] if team else parts
            if not people:
                continue
            prev = doc[t.i - 1] if t.i > 0 else None
            # workers' initials joined by a slash ("(KM/DA)", "(JW/AH)"): with one pair that no acronym reads, the
            # others are initials too, though they spell one ("DA", "AH")
            slashed = len(people) >= 2 and any(x.text == "/" for x in inner) and any(self._initials_ok(x.text) for x in people)
            initials = all(self._initials_ok(x.text, slash_joined=slashed) for x in people)
            if last_line and sentence_end and (team or initials):
                found += people  # a note's signature
                continue
            # initials alone in brackets opening a note or its line: its author ("(JW) XXXX says ...")
            if (before == "" or before.endswith("\n")) and not team and initials and len(text[close.idx + 1 :].strip()) > 0:
                found += people
                continue
            if not initials or prev is None:
                continue
            role = prev.lower_ in self.person_nouns or prev.lower_ in self.kin_words or prev.lower_ in self.role_words
            contact = prev.lemma_.lower() in _NOTE_CONTACTS and prev.pos_ in ("NOUN", "PROPN")
            if role or contact:
                found += people
        # an initial and a surname ("in the name of D. Whitfield", "signed by K. Adebayo"): a capital and a stop, then a
        # capitalised word the dictionary does not know in lower case and no place; not after a capitalised word
        # ("Plan A. Meeting", "Form C. Whitfield's") or a number
        for a in shapes.caps:  # (an initial opens with a capital)
            b = doc[a.i + 1] if a.i + 1 < len(doc) else None
            if (
                b is not None and len(a.text) == 2 and _SURNAME_INITIAL.fullmatch(a.text) and b.idx == a.idx + 3 and _SHAPE_NAME.fullmatch(b.text)
                and not _common_word(b.text) and b.lower_ not in self.places and b.lower_ not in self.not_names and b.text not in self.titles
                and b.text not in self.place_words and b.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME")
                and (a.i == 0 or not (doc[a.i - 1].text[:1].isupper() or doc[a.i - 1].like_num) or doc[a.i - 1].text.rstrip(".") in self.titles)
                and not (b.i + 1 < len(doc) and (doc[b.i + 1].text in self.place_words or doc[b.i + 1].text in _INSTRUMENT_HEADS))
            ):
                found.append((a.idx, b.idx + len(b.text)))
        # whose statement, evidence or account it is: "see also the statement of L.M.", "the evidence of J.B."
        for t in shapes.structure if "of" in text else ():  # (a "pobj" is one of them, unless in lower case as no initials are)
            if (
                t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _WITNESS_PAPERS
                and self._initials_ok(t.text) and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN", "NUM"))
            ):
                found.append(t)
        # a note signed or handed over by initials ("signed 'AW'", "H/O from KP to RT", "handover to DM")
        signed = _SIGNED_INITIALS.finditer(text) if _may_hold(text, "signed") else ()
        for m in [*signed, *(_HANDOVER_INITIALS.finditer(text) if _may_hold(text, "h/o", "hand") else ())]:
            for g in range(1, (m.re.groups or 0) + 1):
                if m.group(g) and self._initials_ok(m.group(g).rstrip(".") if m.group(g).count(".") == 1 else m.group(g)):
                    found.append(m.span(g))
        for m in _NOTE_CONTACT_TO.finditer(text) if _may_hold(text, "tc", "call", "text", "mail", "message", "msg", "letter") else ():
            t = shapes.by_start.get(m.start(1))
            if t is not None and self._initials_ok(t.text) and (t.i + 1 >= len(doc) or not doc[t.i + 1].text[:1].isupper()):
                found.append(t)
        for t in found:
            s_, e_ = t if isinstance(t, tuple) else (t.idx, t.idx + len(t.text))
            if not (_overlaps(s_, e_, protected) or _overlaps(s_, e_, taken) or _overlaps(s_, e_, spans)):
                spans.append((s_, e_))

    def _ordinary_name_slot(self, t: Any) -> bool:
        """A forename typed in lower case that is also an ordinary word ("shell", "rose", "faith") stands
        in a place only a person takes: the subject of a verb of speaking or meeting ("shell said"), the
        object of one ("visited faith", "spoke to grace"), after a word for a person ("dad's partner shell",
        "her eldest faith", "sw (jo)"), or listed with another such forename and a word for people
        ("grace n summer (twins)"). Never with an article or an owner of its own ("the rose", "her faith")."""
        # "her eldest faith", "dad's partner shell": the owner is the role's, not the name's
        ordinal = any(
            (c.dep_ == "amod" and c.lower_ in _BIRTH_ORDER) or (c.dep_ == "compound" and c.lower_ in self.person_nouns)
            for c in t.children
        )
        if (not ordinal and any(c.dep_ in ("det", "poss", "nummod") for c in t.children)) or t.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(c.dep_ == "amod" and c.lower_ not in _BIRTH_ORDER for c in t.children):
            return False  # "strong faith"; "her eldest faith" keeps its name
        arg = t.head if t.dep_ == "conj" else t
        if arg.dep_ == "nsubj" and arg.head.lemma_.lower() in _SPEECH_ACTS and arg.head.pos_ == "VERB":
            return True
        if arg.dep_ == "dobj" and arg.head.lemma_.lower() in _MEETING_ACTS:
            return True
        if arg.dep_ == "pobj" and arg.head.lower_ in ("to", "with") and arg.head.head.lemma_.lower() in _MEETING_ACTS | _SPEECH_ACTS:
            return True
        if any(c.dep_ in ("compound", "amod") and (c.lower_ in self.person_nouns or c.lower_ in _BIRTH_ORDER) for c in t.children):
            return True  # "dad's partner shell", "her eldest faith"
        if t.dep_ == "appos" and t.head.lower_ in self.person_nouns:
            return True  # "sw (jo)", "his sister, rose,"
        if t.dep_ == "conj" and t.head.lower_ in self.person_nouns and t.i > 0 and t.doc[t.i - 1].dep_ == "amod":
            return True
        members = [arg, *[c for c in arg.children if c.dep_ == "conj"]]
        listed = [m for m in members if m.text.islower() and m.text.capitalize() in self.forenames]
        return len(listed) >= 2 and any(
            c.dep_ == "appos" and (c.lower_ in self.person_nouns or c.lemma_.lower() in self.person_nouns or c.lower_ in _GROUP_PEOPLE)
            for m in members for c in m.children
        )

    def _lower_double_names(self, doc: Doc, hyphens: list[Any]) -> list[tuple[tuple[int, int], bool]]:
        """A double first name typed in lower case ("mum says jean-luc has not been around"): two parts
        joined by a hyphen, one the dictionary lists as a name and one it does not know in lower case, as
        the subject or the owner of something; the model tags the pair a person, or its verb is one only
        people do. Not "the check-in" (an article), not "follow-up" (ordinary words). ``hyphens``: the tokens of
        ``doc`` that are a "-" alone (:class:`_TokenShapes`)."""
        out: list[tuple[tuple[int, int], bool]] = []
        for a in hyphens:
            if a.i == 0 or a.i + 1 >= len(doc):
                continue
            first, last = doc[a.i - 1], doc[a.i + 1]
            if a.idx != first.idx + len(first.text) or last.idx != a.idx + 1:
                continue
            parts = (first.text, last.text)
            if not all(_SHAPE_LOWER.fullmatch(p) and len(p) >= 2 and re.search("[aeiouy]", p) for p in parts):
                continue
            if not any(_proper_stem(p) for p in parts) or not any(not _known_word(p) or _capitalised_only(p) for p in parts):
                continue
            if any(c.dep_ in ("det", "amod", "poss") for c in last.children):
                continue
            subject = last.dep_ in ("nsubj", "nsubjpass") and last.head.pos_ in ("VERB", "AUX")
            owner = _next_is_possessive(doc, last)
            person = last.ent_type_ == "PERSON" or (subject and self._human_by_verb(last))
            if (subject or owner) and person:
                out.append(((first.idx, last.idx + len(last.text)), True))
        return out

    @staticmethod
    def _self_named(doc: Doc, m: re.Match) -> bool:
        """The word after "hi its" is the sender's name: the dictionary knows it only capitalised or not at all
        (not "hiya its gud news"), and it ends its phrase - the message runs on with a modal, a pronoun, a
        preposition or stops ("hi its chantelle can u ring me"), where a describing word runs into what it
        describes ("its gud news", "im jus checking")."""
        word = m.group(1)
        low = word.lower()
        if len(word) < 3 or not re.search("[aeiouy]", low) or _common_word(low):
            return False
        if not (_capitalised_only(low) or not _known_word(word)) or (low.endswith("in") and not _capitalised_only(low)):
            return False  # "its nuffin": a dropped g
        after = doc.char_span(m.end(1), len(doc.text), alignment_mode="expand")
        nxt = after[0] if after is not None and len(after) else None
        return nxt is None or nxt.pos_ in ("PUNCT", "AUX", "PRON", "ADP", "CCONJ", "INTJ") or nxt.tag_ == "MD"

    def _kin_names(self, doc, text, by_start, add_tokens, spans, protected, taken) -> None:
        """A family word, then a name in any case: "nanny bev", "uncle dazza", "nanny sue will
        be there", "aunt Mairead (maternal)", "aunty Precious". In lower case the word must be
        unknown to the dictionary (a nickname) or a name the dictionary knows that the parse
        reads as a proper noun; capitalised, an ordinary word ("Hope") counts only after a
        family word in lower case, a family word used as a title ("Aunty Mags") or in quotes
        ("her brother 'Dodo'"), not in a heading ("Partner Agencies")."""
        for m in self._kin_re.finditer(text) if self._kin_re else ():
            tok = by_start.get(m.start(1))
            if tok is None or tok.pos_ in _FUNCTION_POS or (tok.i > 0 and doc[tok.i - 1].text in ("'s", "’s")):
                continue
            w = tok.text
            if w[:1].isupper():
                kin_lower = text[m.start()].islower()
                # "Aunty Mags", "Uncle Pete": a family word used as a title takes any name
                kin_title = text[m.start() : m.start(1)].strip(" ,(-–'‘\"“").lower() in _KIN_TITLES
                # the quotes may hold a name of a few words ("Uncle 'Big Mick'")
                quoted = text[m.start(1) - 1] in "'‘\"“" and re.match(r"(?:\s+[A-Z][\w'’-]*){0,2}['’\"”]", text[m.start(1) + len(w) :]) is not None
                kin_title = kin_title or quoted  # "her brother 'Dodo'": a quoted word after a family word is what they are called
                if text[m.start() : m.start(1)].strip(" ,(-–'‘\"“").lower() == "baby" and not quoted:
                    # "Baby Blessing": a baby is named by a listed forename or a word no dictionary has (not "Baby Massage")
                    kin_title = w in self.forenames or not _known_word(w)
                    if not kin_title:
                        continue
                if _common_word(w) and not (kin_lower and _proper_stem(w) or kin_lower and tok.pos_ in ("PROPN", "ADJ") or kin_title):
                    continue
                nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
                if _common_word(w) and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower():
                    continue  # "her brother Lego set"
                if kin_title and _listed_name_after_title(self, tok, nxt, "XXXX"):
                    s_, e_ = tok.idx, tok.idx + len(w)  # "Uncle Tel (Terence Pugh ...)": a short form the word lists hold as a label
                    if not (_overlaps(s_, e_, taken) or _overlaps(s_, e_, spans)):  # (its own listing protects it)
                        spans.append((s_, e_))
                    continue
                add_tokens([tok], strict=False, strong=True)
                continue
            if tok.pos_ in ("VERB", "AUX", "ADV") or not _SHAPE_LOWER.fullmatch(w):
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if (
                len(w) >= 3 and w.capitalize() in self.forenames and w not in self.not_names
                and (nxt is None or nxt.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") or nxt.tag_ == "MD")
            ):  # "aunty precious says ...": a listed forename that is also a word, ending its phrase
                s, e = tok.idx, tok.idx + len(w)
                if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                    spans.append((s, e))
                continue
            if len(w) == 2:  # "aunty jo": a two-letter word the dictionary lists only as a name
                if _proper_stem(w) and not _common_word(w) and tok.pos_ in ("PROPN", "NOUN", "X"):
                    s, e = tok.idx, tok.idx + len(w)
                    if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                        spans.append((s, e))
                continue
            nickname = not _known_word(w) and re.search(r"[aeiouy]", w) and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X")
            nickname = nickname and not (w.endswith("in") and _known_word(w + "g"))  # "dad stayin at ...": a dropped g
            if nickname or (tok.pos_ == "PROPN" and _proper_stem(w)) or _capitalised_only(w):
                s, e = tok.idx, tok.idx + len(w)
                if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                    spans.append((s, e))

    def _people_by_structure(self, doc, add_tokens, spans, protected, taken, structure: list[Any] | None = None) -> None:
        """Names the parse shows by what is said of them, not by their tag:

        - a list of capitalised subjects of a verb only people do, or of a verb whose object
          only people have ("Summer and Mason have separate bedrooms", "Paige, Reece and
          Skye share a bedroom"): every member is capitalised, so not "Mum and the school";
        - the object of "at" after a verb done at people ("shouts at Kian and Leo");
        - a subject described by an age ("Zuzanna, 9, translated");
        - a list of capitalised objects of a verb done to people ("dont tell Tiff or Mo");
        - a sentence's first word that the dictionary lists as a name, saying or feeling
          ("Faith said ..."), or any capitalised singular noun there doing what only a body
          does ("Summer has been sleeping better"; not "Staff laughed");
        - names after "as" when a word for people is being named ("named her friends as Ivy,
          Maisie and Ocean", "lists her PA as Gwen Hughes-Parry");
        - a capitalised modal opening a clause before a finite verb ("Will has been staying"):
          a modal cannot take one, so it is a name;
        - names in brackets after a word for people ("the kids (Freddie, Archie & Poppy)");
        - initials in apposition with a person ("Mother's ex, J.B.,", "Mum (K.L.)").
        Places the model or the dictionary knows stay out (``not_place``, ``places``). ``structure``: the tokens of
        ``doc`` these tests read wherever they stand (:attr:`_TokenShapes.structure`), read from ``doc`` when not given.
        """
        cap = re.compile(r"[A-Z][a-z'’]+")

        def not_place(x: Any) -> bool:
            return not (x.ent_type_ in ("GPE", "LOC", "FAC") and _known_word(x.text)) and not (
                x.ent_type_ == "NORP" and x.pos_ == "ADJ"
            )

        # where a word is set off before a relative "who"/"whose" (read once from the text, not per token)
        before_who = {m.start() for m in _COMMA_WHO.finditer(doc.text)} if "who" in doc.text else set()
        # every test below needs one of these deps, a modal, a word before "who", capitals or a full stop
        if structure is None:
            structure = _TokenShapes(doc).structure
        if before_who:  # (the words set off before "who", in the parse's order with the others)
            by_index = {t.i: t for t in structure}
            by_index.update((t.i, t) for t in doc if t.idx + len(t.text) in before_who)
            structure = [by_index[i] for i in sorted(by_index)]
        for t in structure:
            if t.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in t.children):
                v = t.head
                human = (
                    (t.dep_ == "nsubj" and v.lemma_.lower() in self.person_verbs)
                    or (t.dep_ == "nsubjpass" and v.lemma_.lower() in self.person_objects)
                    or any(c.dep_ == "dobj" and c.lemma_.lower() in self.personal_things for c in v.children)
                )
                group = [t, *t.conjuncts]
                if human and len(group) >= 2 and all(cap.fullmatch(x.text) for x in group):
                    for x in group:  # a member with a compound is a service ("Mersey Care"), unless tagged a person
                        if any(c.dep_ == "compound" for c in x.children) and x.ent_type_ != "PERSON":
                            continue
                        if not_place(x) and not self._place_object(x):
                            add_tokens([x], strict=False)
            elif (  # "dont tell Tiff or Mo", "saw Hope and Harley": a list of capitalised objects of a verb done to people
                t.dep_ == "dobj" and t.head.lemma_.lower() in self.person_objects and t.conjuncts
                and not _starts_segment(doc, t) and all(cap.fullmatch(x.text) for x in (t, *t.conjuncts))
            ):
                for x in (t, *t.conjuncts):
                    if not_place(x) and not any(c.dep_ == "compound" for c in x.children):
                        add_tokens([x], strict=False)
            elif (  # "Faith said ...", "Hope told ...": a word the dictionary lists as a name, saying or feeling;
                # a listed name that is no ordinary word, doing what people do ("Florence has settled well");
                # an adjective there, which cannot be a subject ("Precious told the school nurse"); also opening
                # a clause after a conjunction ("and Autumn shares with the baby")
                # (the word's tag and shape first: every test is a pure one, so the order changes nothing)
                t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN", "ADJ") and cap.fullmatch(t.text)
                and (_starts_segment(doc, t) or doc[t.i - 1].lower_ in ("and", "but", "when", "while"))
                and t.head.pos_ == "VERB" and (
                    t.head.lemma_.lower() in _SPEECH_VERBS
                    or (t.head.lemma_.lower() in self.person_verbs and not _common_word(t.text))
                    or (t.head.lemma_.lower() in self.person_verbs and t.lower_ in self.word_names)
                    # having what only a person has ("Gideon has autism")
                    or any(c.dep_ == "dobj" and c.lemma_.lower() in self.personal_things for c in t.head.children)
                )
                and (_proper_stem(t.text) or t.pos_ == "ADJ" or t.lower_ in self.word_names)
                and not any(c.dep_ in ("det", "compound", "amod", "poss") for c in t.children)
                and t.ent_type_ not in ("GPE", "LOC", "FAC")
            ):
                add_tokens([t], strict=False)
            elif (  # "Summer has been sleeping better"
                t.dep_ == "nsubj" and t.tag_ in ("NN", "NNP") and cap.fullmatch(t.text) and _starts_segment(doc, t)
                and t.head.lemma_.lower() in _BODY_VERBS and t.head.pos_ == "VERB" and t.lower_ not in _GROUP_NOUNS
                and not any(c.dep_ in ("det", "compound", "amod", "poss", "prep") for c in t.children)
                and t.ent_type_ not in ("GPE", "LOC", "FAC")
            ):
                add_tokens([t], strict=False)
            elif (  # "named her friends as Ivy, Maisie and Ocean", "lists her PA as Gwen Hughes-Parry"
                t.dep_ == "pobj" and t.head.lower_ == "as" and cap.fullmatch(t.text)
                and (t.head.head.lemma_.lower() in self.person_nouns or any(
                    c.dep_ == "dobj" and (c.lower_ in self.person_nouns or c.lemma_.lower() in self.person_nouns)
                    for c in t.head.head.children
                ))
            ):
                for x in (t, *t.conjuncts):
                    if cap.fullmatch(x.text) and not_place(x) and x.lower_ not in self.not_names:
                        comp = [c for c in x.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                        add_tokens(sorted([*comp, x], key=lambda y: y.i) if comp else [x], strict=False)
            elif (
                t.dep_ == "pobj" and t.head.lower_ == "at" and t.head.head.lemma_.lower() in self.at_person_verbs
                and cap.fullmatch(t.text) and not_place(t)
            ):
                for x in (t, *t.conjuncts):
                    if cap.fullmatch(x.text) and not_place(x):
                        add_tokens([x], strict=False)
            elif t.tag_ == "MD" and cap.fullmatch(t.text) and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("VBZ", "VBD"):
                # opening a sentence or, capitalised, a clause ("when Will returns from university")
                if (_starts_segment(doc, t) or doc[t.i - 1].pos_ in ("SCONJ", "CCONJ")) and not t.sent.text.rstrip().endswith("?"):
                    add_tokens([t], strict=False)  # "Will has been staying with ...", "Will said ..."
            elif (  # the same in lower case, opening a clause: "mum says will has been kicking off"
                t.tag_ == "MD" and t.text.isalpha() and t.text.islower() and t.i + 1 < len(doc)
                and doc[t.i + 1].tag_ in ("VBZ", "VBD")
                and (_starts_segment(doc, t) or doc[t.i - 1].pos_ in ("VERB", "SCONJ", "CCONJ"))
            ):
                s, e = t.idx, t.idx + len(t.text)
                if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                    spans.append((s, e))
            if (
                t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and cap.fullmatch(t.text)
                and any(c.dep_ == "appos" and c.like_num and c.text.isdigit() and int(c.text) <= 21 for c in t.children)
            ):
                add_tokens([t], strict=False)  # "Zuzanna, 9, translated"
            if before_who and t.idx + len(t.text) in before_who and self._word_forename(t) and self._followed_by_who(t):
                add_tokens([t], strict=False, strong=True)  # "Summer, who is XXXX's older sister, ...", "Honour, who is 15"
            if t.dep_ in ("nsubj", "nsubjpass") and self._described_by_pronoun(t):
                # (strong: "she is ..." outweighs a complement that is a thing, "Sky has been a big help - she's ...")
                add_tokens([t], strict=False, strong=True)  # "Hope has been a steady presence: she is XXXX's older sister"
            if t.text.isupper() and t.text.isalpha() and self._caps_before_role(t):
                s, e = t.idx, t.idx + len(t.text)  # "PAULINE (contact supervisor)", "JW (IRO) to chase"
                if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                    spans.append((s, e))
            if (  # "the kids (Freddie, Archie & Poppy)", "Child B (Mason)": names in brackets after a word for people
                t.dep_ == "appos" and t.i > 0 and doc[t.i - 1].text == "(" and (
                    t.head.lower_ in self.person_nouns
                    or any(c.dep_ == "compound" and c.lower_ in self.person_nouns for c in t.head.children)
                )
                and cap.fullmatch(t.text) and not any(c.dep_ == "compound" for c in t.children)
            ):
                for x in (t, *t.conjuncts):
                    if cap.fullmatch(x.text) and not_place(x) and not any(c.dep_ == "compound" for c in x.children):
                        add_tokens([x], strict=False)
            if "." in t.text and _SHAPE_INITIALS.fullmatch(t.text) and t.text.replace(".", "").lower() not in self.not_names:
                person = (t.dep_ == "appos" and t.head.lower_ in self.person_nouns) or any(
                    c.dep_ == "appos" and c.lower_ in self.person_nouns for c in t.children
                ) or (t.i >= 2 and doc[t.i - 1].text == "(" and doc[t.i - 2].lower_ in self.person_nouns) or (
                    self._in_person_role(t)  # "the discussion was led by D.M.", "K.P. said ..."
                ) or any(q in t.text for q in "'’")  # an Irish surname's initial ("K.O'C."): a thing's initials have none
                s, e = t.idx, t.idx + len(t.text)
                if person and not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                    spans.append((s, e))

    def _frame_names(self, doc: Doc, text: str, add_tokens, spans, protected, taken, shapes: _TokenShapes | None = None) -> None:
        """Names shown by the frame around them rather than by a verb or a tag:

        - the owner in an "of" phrase after what a person has or a word for people ("the views of
          Teodor and Lenuta", "the father of Ricky"): the "of" form of "Teodor's views";
        - the value of a name ("the name of the friend is Mehwish", "her name is Paris"): the subject
          is "name", owned by a person, so the word is a name even if it is an ordinary word or a place;
        - the members of a list after a word for people and a colon ("siblings: rocco, bella (twins),
          and baby mae"), in any case, that the dictionary does not know in lower case;
        - examples of a word for people ("the children, including Jenson and Ruby-Mae");
        - someone spoken to in quoted speech (:meth:`_vocative`);
        - an ordinary word owning what only a person has ("Summer's bedroom");
        - two names joined by text-speak "n" ("Dylan n Macie").

        ``shapes``: ``doc``'s tokens by shape (:class:`_TokenShapes`), read from ``doc`` when not given: each test
        opens with a dep (``framed``), a capital (``caps``), an "n" (``textspeak``) or a word before a colon
        (``colons``), so only those tokens are read, in the parse's order.
        """

        def put(tok: Any) -> None:
            s, e = tok.idx, tok.idx + len(tok.text)
            if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                spans.append((s, e))

        speech = any(q in text for q in _QUOTES)  # a vocative needs quoted speech

        def textspeak_pair(i: int) -> bool:
            """Text-speak "n" for "and" between two capitalised words that are no ordinary words and no
            listed or tagged places ("Dylan n Macie r sharing"): the model reads "n" as a noun and loses
            the list, so the pair is read here."""
            pair = (doc[i - 1], doc[i + 1])
            return all(
                _SHAPE_NAME.fullmatch(x.text) and (not _common_word(x.text) or _proper_stem(x.text))
                and x.lower_ not in self.places and not (x.ent_type_ in ("GPE", "LOC", "FAC") and _known_word(x.text))
                for x in pair
            )

        shapes = _TokenShapes(doc) if shapes is None else shapes
        tokens, words = shapes.tokens, shapes.texts
        n = len(words)
        candidates = {t.i for t in shapes.framed} | {t.i for t in shapes.caps} | {t.i for t in shapes.textspeak}
        candidates.update(c.i - 1 for c in shapes.colons if c.i > 0)
        for i in sorted(candidates):
            t, w, dep = tokens[i], words[i], tokens[i].dep_
            if dep == "pobj":
                prep = t.head
                owned = prep.head
                if prep.lower_ == "of" and owned.text.islower() and (
                    owned.lower_ in self.possessions or owned.lemma_.lower() in self.possessions or owned.lower_ in self.person_nouns
                ):
                    for x in (t, *t.conjuncts):
                        if (
                            x.pos_ == "PROPN" and _SHAPE_NAME.fullmatch(x.text) and not _common_word(x.text)
                            and x.lower_ not in self.places and x.ent_type_ not in _NOT_NAME_ENTS
                            and not any(c.dep_ in ("det", "amod", "compound") for c in x.children)
                        ):
                            add_tokens([x], strict=False)
                elif prep.lower_ in ("including", "like", "incl", "e.g.", "eg") and owned.lower_ in self.person_nouns:
                    # "the children, including Jenson and Ruby-Mae": examples of a word for people
                    for x in (t, *t.conjuncts):
                        if _SHAPE_NAME.fullmatch(x.text) and (not _common_word(x.text) or _proper_stem(x.text)):
                            comp = [c for c in x.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                            add_tokens(sorted([*comp, x], key=lambda y: y.i), strict=False)
            elif dep in ("attr", "acomp", "oprd") and t.head.lemma_ == "be" and self._names_a_person(t.head):
                for x in (t, *t.conjuncts):
                    if _SHAPE_NAME.fullmatch(x.text) and not any(c.dep_ == "det" for c in x.children):
                        comp = [c for c in x.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                        add_tokens(sorted([*comp, x], key=lambda y: y.i), strict=False, strong=True)
                    elif _SHAPE_LOWER.fullmatch(x.text) and len(x.text) >= 3 and not _common_word(x.text):
                        put(x)
            if not w[:1].isalpha() or i + 1 >= n:
                continue
            nxt = words[i + 1]
            if w[:1].isupper():
                if speech and nxt in (",", ".", "!", "?", "'", "’", '"', "”") and self._vocative(t):
                    add_tokens([t], strict=False)
                elif (  # "Summer's bedroom", "Storm's dad": an ordinary word owning what only a person has
                    nxt in ("'s", "’s") and i + 2 < n and words[i + 2].islower() and _SHAPE_NAME.fullmatch(w)
                    and (doc[i + 2].lemma_.lower() in self.personal_things or words[i + 2].lower() in self.person_nouns)
                    and w.lower() not in _MONTH_WORDS
                    and not any(c.dep_ in ("det", "amod", "compound") for c in t.children)
                ):
                    add_tokens([t], strict=False)
            if w == "n" and i > 0 and textspeak_pair(i):
                for x in (doc[i - 1], doc[i + 1]):
                    add_tokens([x], strict=False)
            if nxt == ":" and w.lower() in self.person_nouns:
                for x in _list_members(t):
                    xw = x.text
                    unknown = not _common_word(xw) and re.search("[aeiouy]", xw.lower()) and len(xw) >= 3
                    if not unknown or xw.lower() in self.not_names or any(c.dep_ == "det" for c in x.children):
                        continue
                    if _SHAPE_NAME.fullmatch(xw):
                        add_tokens([x], strict=False)
                    elif _SHAPE_LOWER.fullmatch(xw):
                        put(x)

    @staticmethod
    def _vocative(t: Any) -> bool:
        """``t`` is someone spoken to inside quoted speech: a capitalised word set off by a comma at
        the end of an utterance ("'Come here, Precious,' she said", "'Thank you, Miriam.'"), or opening
        one before an order ("'Precious, come here'"). Titles and family words are left to the checks
        of ``add_tokens`` ("'Thank you, Miss'")."""
        doc = t.doc
        if not _SHAPE_NAME.fullmatch(t.text) or t.i == 0 or t.i + 1 >= len(doc) or t.pos_ == "PRON" or t.lower_ in _GROUP_NOUNS:
            return False  # "'Hello, Everyone,'"
        prev, nxt = doc[t.i - 1], doc[t.i + 1]
        after = doc[t.i + 2] if t.i + 2 < len(doc) else None
        quoted = any(x.text in _QUOTES for x in doc[max(0, t.i - 12) : t.i])
        closing = nxt.text in ("'", "’", '"', "”") or (
            nxt.text in (",", ".", "!", "?") and after is not None and after.text in ("'", "’", '"', "”")
        )
        if prev.text == "," and closing and quoted:
            return True
        return prev.text in _QUOTES and nxt.text == "," and after is not None and after.tag_ == "VB"

    def _names_a_person(self, verb: Any) -> bool:
        """``verb`` ("is") has the subject "name", owned by a person ("her name", "the name of the
        friend"), not by a thing ("the name of the school")."""
        for c in verb.children:
            if c.dep_ != "nsubj" or c.lemma_.lower() != "name":
                continue
            owners = [x for x in c.children if x.dep_ == "poss"]
            owners += [x for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"]
            if not owners or any(x.pos_ == "PRON" or x.lower_ in self.person_nouns or x.pos_ == "PROPN" for x in owners):
                return True
        return False

    def _argument_names(self, doc: Doc, caps: list[Any], add_tokens) -> None:
        """The broad fallback: a capitalised word in a place in the sentence that people fill, which
        nothing else explains, is a name, whatever verb or noun governs it (the lexicon-keyed rules
        above each need a listed verb, relation or cue, and unseen writers use others):

        - the subject of any verb ("Kacper and Zofia are moving schools", "Toby goes to breakfast club");
        - the object of "with" ("a relationship with Tegan"), or of any verb ("XXXX hit Leo");
        - the owner of a noun in lower case ("Winston's school place");
        - in apposition with a word for people ("Mother's sister-in-law, Parveen,").

        The word must be a proper noun (or, mid-sentence, a noun or adjective the dictionary does not
        know in lower case), not an ordinary word unless the dictionary also lists it capitalised and it
        is capitalised mid-sentence, and alone: no capitalised neighbour (a service's or a title's
        words: "Little Acorns", "Granny's Garden") and no article or adjective ("the Hub").
        The model often tags a name GPE or LOC, so only a listed place, a place's preposition or a list
        with a listed place ("Prescot and Rainhill") rules it out; other entity types (dates, products,
        events, nationalities) do. ``caps``: the tokens of ``doc`` that open with a capital."""
        for t in caps:
            if not _SHAPE_NAME.fullmatch(t.text) or t.ent_type_ in _NOT_NAME_ENTS or t.lower_ in self.places:
                continue
            start = _starts_segment(doc, t)
            if t.pos_ != "PROPN" and (t.pos_ not in ("NOUN", "ADJ") or start or _common_word(t.text)):
                continue
            if _common_word(t.text) and (start or not _proper_stem(t.text)):
                continue  # "Health said", "Kindness and Courage": an ordinary word needs other evidence
            prev = doc[t.i - 1] if t.i > 0 else None
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            opener = prev is not None and _starts_segment(doc, prev) and _common_word(prev.text)  # "Ask Jamal"
            if (prev is not None and not start and prev.text[:1].isupper() and prev.text not in self.titles and not opener) or (
                nxt is not None and nxt.text[:1].isupper()
            ):
                continue
            if prev is not None and prev.text in ("'s", "’s") and t.i >= 2 and doc[t.i - 2].text[:1].isupper():
                continue  # "Granny's Garden", "Clare's Law": a word inside a proper name
            if any(c.dep_ in ("det", "amod", "compound", "nummod") and c.lower_ not in self.person_nouns for c in t.children):
                continue  # "the Hub", "a Barnardo's worker" (not "their mum Máire")
            if self._place_object(t) or any(x.lower_ in self.places for x in t.conjuncts):
                continue
            if t.dep_ == "nsubjpass" and t.ent_type_ in ("GPE", "LOC") and _proper_stem(t.text):
                continue  # "Paris was discussed as a destination": a place talked about (not "Paris said")
            arg = t
            while arg.dep_ == "conj" and arg.head is not arg:
                arg = arg.head
            if self._called_a_thing(t):
                continue  # "Destiny and Faith are words she uses": the complement says what kind of thing it is
            if any(x.text.islower() and x.pos_ == "NOUN" and x.lower_ not in self.person_nouns for x in (arg, *arg.conjuncts)):
                continue  # "used Miro boards and Padlet": in a list with a thing
            if (
                (arg.dep_ in ("nsubj", "nsubjpass") and arg.head.pos_ in ("VERB", "AUX"))
                or (arg.dep_ == "pobj" and arg.head.lower_ == "with")
                # "worried about Tiago", "a cot for Anaya": a word the dictionary does not know at all
                # (the model tags such names ORG or LOC as often as PERSON)
                or (
                    arg.dep_ == "pobj" and arg.head.lower_ in _PERSON_PREPS and not _common_word(t.text)
                    and (not _known_word(t.text) or t.ent_type_ not in ("GPE", "LOC", "FAC"))
                    # "bought for Anaya", not "an interpreter for Dari" (a noun's "for" names what it is for)
                    and (arg.head.lower_ != "for" or arg.head.head.pos_ in ("VERB", "AUX"))
                )
                or (arg.dep_ == "dobj" and arg.head.pos_ == "VERB")
                or (arg.dep_ == "dative" and arg.head.pos_ == "VERB")  # "gave Tegan a lift": the one given to
                # "would not let Shane back in", "keeps Tyler indoors": the subject of a clause with no verb
                # of its own (a particle or an adverb), which is the object of the verb above it
                or (arg.dep_ == "nsubj" and arg.head.pos_ in ("ADV", "ADP", "ADJ") and arg.head.dep_ in ("ccomp", "xcomp")
                    and arg.head.head.pos_ == "VERB" and arg.head.i == arg.i + 1)
                or (arg.dep_ == "appos" and arg.head.lower_ in self.person_nouns)
                or (_next_is_possessive(doc, t) and t.i + 2 < len(doc) and doc[t.i + 2].text.islower() and doc[t.i + 2].pos_ == "NOUN")
            ):
                add_tokens([t])

    def _caps_names(self, doc: Doc, child_ref: str, upper: list[Any]) -> list[Any]:
        """Words in a run of capitals that the dictionary knows only as names, not in a service's title. ``upper``:
        the words of ``doc`` in capitals (:class:`_TokenShapes`)."""
        out: list[Any] = []
        runs: list[list[Any]] = []
        for t in upper:  # (in order: a run is read from the tokens' positions)
            # a place's preposition ends a run: "VISITED BROOKE | AT SCHOOL" (the school's words are not hers)
            if runs and runs[-1][-1].text in _CAPS_PLACE_PREPS:
                runs.append([t])
            elif runs and runs[-1][-1].i == t.i - 1 or (runs and t.i >= 2 and runs[-1][-1].i == t.i - 2 and doc[t.i - 1].text in ("'S", "’S", "'s", "’s")):
                runs[-1].append(t)
            else:
                runs.append([t])
        place = self._caps_place_words
        for run in runs:
            if len(run) < 2 or any(t.text in place for t in run):
                continue
            for k, t in enumerate(run):
                w = t.text
                cap = w.capitalize()
                # the dictionary's names, or the gazetteer's forenames and surnames ("KAYLEIGH", "BROOKE")
                listed = cap in self.forenames or cap in self.surnames
                if not (len(w) >= 3 and (_proper_stem(w) or listed) and not _common_word(w) and self._is_word_ok(cap, child_ref)):
                    continue
                if t.i > 0 and doc[t.i - 1].text.upper() in _CAPS_PLACE_PREPS and (w.lower() in self.places or not (
                    cap in self.forenames or (k + 1 < len(run) and run[k + 1].text.capitalize() in self.surnames)
                )):
                    continue  # "VISIT TO LIVERPOOL"; not "SPOKE TO KAYLEIGH", "FROM MARCUS PEARSON"
                out.append(t)
        if out:
            from . import nlp

            titled = nlp.parse([_title_case_runs(doc.text, out)])[0]
            # a listed forename (then a listed surname) is a person, whatever organisation the model reads there
            paired = {x.i for a, b in zip(out, out[1:]) if b.i == a.i + 1 and a.text.capitalize() in self.forenames
                      and b.text.capitalize() in self.surnames for x in (a, b)}
            paired |= {t.i for t in out if t.text.capitalize() in self.forenames and t.lower_ not in self.places}
            starts = {t.idx for t in out}

            def kept(t: Any) -> bool:
                sp = titled.char_span(t.idx, t.idx + len(t.text))
                if sp is None:
                    return True
                x = sp[0]
                if not _proper_stem(t.text) and x.dep_ in ("compound", "amod", "nmod") and x.head.idx not in starts:
                    return False  # a forename known only to the gazetteer, naming a thing ("MAISIE REVIEW")
                return x.ent_type_ not in _PLACE_ENTS or (t.i in paired and x.ent_type_ == "ORG")

            out = [t for t in out if kept(t)]
        return out

    def _word_name_person(self, t: Any, child_ref: str) -> bool:
        """A listed forename that the model may read as a word or a date ("Autumn", "Dawn", "June", "Hope"),
        shown a person by the words after it: a family or role word alone in brackets or between commas
        ("Dawn (school nurse, ...)", "June, the childminder, is"), a birth or an age in brackets ("Ruby-Mae
        (born ...)"), or, mid-sentence, a verb of doing or saying
        ("... and Autumn sleeps at nan's"). Not after a word that dates it ("in June", "last Autumn")."""
        doc = t.doc
        w = t.text
        if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_:
            w = doc[t.i - 2].text + "-" + w  # a double forename ("Ruby-Mae"), read whole
            if not (_SHAPE_NAME.fullmatch(w) and any(p in self.forenames for p in w.split("-"))):
                return False
        elif not (_SHAPE_NAME.fullmatch(w) and len(w) >= 3 and (w in self.forenames or w.lower() in self.word_names)):
            return False
        if t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_:
            return False  # the first half of a double name: read from its last part
        month = w.lower() in _MONTH_WORDS
        if not month and not self._is_word_ok(w, child_ref):
            return False
        end = t
        if "-" in w:
            t = doc[t.i - 2]  # what comes before is read from the first part, what follows from the last
        prev = doc[t.i - 1] if t.i > 0 else None
        if prev is not None and (prev.like_num or prev.lower_ in _DATING_WORDS or prev.lower_ in _DETERMINERS or prev.text[:1].isupper()):
            if not _starts_segment(doc, t):
                return False
        if end.i + 2 >= len(doc):
            return False
        nxt = doc[end.i + 1]
        tail = doc.text[nxt.idx : nxt.idx + 60]
        if re.match(r"\(\s*(?i:born|b\.|d[./-]?o[./-]?b\b|aged?\s*\d)", tail):
            return True  # "Ruby-Mae (born 02/02/2020)", "Hope (aged 4)": a birth or an age is a person's
        # "(half-sister, 15)", "(school nurse, 0117 ...)", ", the childminder,", ", her aunt,"
        m = re.match(r"\(\s*((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*[,;)]", tail) or re.match(
            r",\s*(?:the|her|his|their|our|a)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*[,;]", tail
        )
        if m:
            phrase = m.group(1)
            last = phrase.split()[-1]
            if any(x in self.service_words for x in phrase.split()):
                return False  # "Frank, the drugs advice service,": a service's name
            last = last if last in self.person_nouns or last in self.kin_words else last.split("-")[-1]  # "great-grandmother"
            return phrase in self.person_nouns or last in self.person_nouns or last in self.kin_words
        if month or _starts_segment(doc, t) or (prev is not None and prev.pos_ == "ADP"):
            return False
        verb = nxt.lemma_.lower()
        if not (nxt.pos_ == "VERB" and nxt.tag_ in ("VBZ", "VBD") and nxt.text.islower()):
            return False
        if w.lower() in _SEASONS:  # a season does things too ("and Autumn brought new worries"), but never says or sleeps
            return verb in _SPEECH_VERBS | _BODY_VERBS
        return verb not in ("be", "have", "seem", "become", "get", "start", "begin", "end", "come", "go")

    def _bare_possessive(self, t: Any, child_ref: str) -> bool:
        """``t`` is a name with "s" for "'s", straight before a family or role word: "Kims mum", "Jaydens dad
        said". The word with its "s" is no ordinary word in lower case (not "Sports", "Mums", "Nans"), and the name
        without it is a listed forename or surname, a name the dictionary lists, or a word it does not know."""
        doc = t.doc
        if not (_SHAPE_CAP_PLURAL.fullmatch(t.text) and len(t.text) >= 4 and t.i + 1 < len(doc)):
            return False
        nxt = doc[t.i + 1]
        if not (nxt.text.islower() and (nxt.text in self.kin_words or nxt.text in self.person_nouns)):
            return False
        stem = t.text[:-1]
        if _common_word(t.text) and not (stem in self.forenames and nxt.text in self.kin_words):  # "Toms mum", "Jacks dad"
            return False
        if not self._is_word_ok(stem, child_ref) or stem.lower() in self.places:
            return False
        if f"{stem.lower()}'s" in self.not_names or f"{stem.lower()}’s" in self.not_names:
            return False  # "Barnardos worker": a listed service named with an owner's "'s"
        if t.i > 0 and doc[t.i - 1].lower_ in _DETERMINERS:
            return False  # "the Smiths family": a family by its surname, handled elsewhere
        if stem in self.forenames or stem in self.surnames:
            return True
        if nxt.text in _WORKPLACE_ROLES:
            return False  # "Sainsburys manager", "Lidls staff": a shop or a service has workers too
        return (_proper_stem(stem) and not _common_word(stem)) or not _known_word(stem)

    @staticmethod
    def _glued_word_before(doc: Doc, tok: Any) -> Any:
        """The capitalised word just before ``tok``, with its hyphenated parts ("Ellie-May"), as a span."""
        if tok.i == 0 or not _SHAPE_NAME.fullmatch(doc[tok.i - 1].text) or not doc[tok.i - 1].whitespace_:
            return None
        start = tok.i - 1
        while (
            start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
            and _SHAPE_NAME.fullmatch(doc[start - 2].text)
        ):
            start -= 2
        sp = doc[start : tok.i]
        return sp if _SHAPE_NAME.fullmatch(sp.text) else None

    def _lone_caps_names(self, doc: Doc, child_ref: str, upper: list[Any]) -> list[tuple[int, int]]:
        """A word in capitals, alone among lower-case words (not a heading), that the gazetteer lists as a
        forename or surname and the dictionary does not know as an ordinary word: "MARCUS (older brother)",
        "Hamza ALI-KHAN", "Shane DOCHERTY". An acronym (IRO, CAMHS, LAC) is not on the lists; a forename in
        ordinary case just before it joins the span. ``upper``: the words of ``doc`` in capitals (:class:`_TokenShapes`)."""
        out: list[tuple[int, int]] = []
        i = 0  # (the token after the last unit read: a word joined into a unit is not read again)
        for t in upper:
            if t.i < i:
                continue
            unit = [t]  # "ALI-KHAN": capitals joined by hyphens with no space
            while (
                unit[-1].i + 2 < len(doc) and doc[unit[-1].i + 1].text == "-" and not unit[-1].whitespace_
                and not doc[unit[-1].i + 1].whitespace_ and doc[unit[-1].i + 2].text.isupper() and doc[unit[-1].i + 2].text.isalpha()
            ):
                unit.append(doc[unit[-1].i + 2])
            i = unit[-1].i + 1
            first, last = unit[0], unit[-1]
            prev = doc[first.i - 1] if first.i > 0 else None
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if any(x is not None and x.text.isupper() and x.text.isalpha() and len(x.text) >= 2 for x in (prev, nxt)):
                continue  # a run of capitals (a heading, "CONTACT WITH MAYA"): ``_caps_names`` reads those
            words = [u.text.capitalize() for u in unit]
            if any(w.lower() in self.not_names or w.upper() in self.not_initials or not self._is_word_ok(w, child_ref) for w in words):
                continue
            if not any((w in self.forenames or w in self.surnames) and not _common_word(w) and len(w) >= 3 for w in words):
                continue
            if (prev is not None and prev.text.lower() in self.places) or any(w.lower() in self.places or w.lower() in self.languages for w in words):
                continue  # "MALI", "to LEEDS"
            s, e = first.idx, last.idx + len(last.text)
            before = self._glued_word_before(doc, first)
            forename_before = before is not None and (
                (before.text in self.forenames and self._is_word_ok(before.text, child_ref))
                or ("-" in before.text and any(p in self.forenames for p in before.text.split("-")))
            )
            if forename_before:
                s = before.start_char  # "Shane DOCHERTY", "Ellie-May KOWALSKI": the forename before the surname in capitals
            elif len(unit) == 1 and len(first.text) <= 3 and not (prev is not None and (prev.lower_ in self.person_nouns or prev.lower_ in self.kin_words)):
                continue  # three capitals are an acronym's shape ("RUI", "SAM"), unless a family or role word names them ("brother IAN")
            out.append((s, e))
        return out

    def _caps_double_forenames(self, doc: Doc, hyphens: list[Any]) -> list[tuple[int, int]]:
        """A double forename in capitals: two forenames joined by a hyphen, one listed and the other listed or no
        ordinary word ("DESTINY-ROSE", "LILY-MAE"), even in a sentence written all in capitals where each part alone is
        an ordinary word: the pair is a name's shape. A listed surname in capitals straight after it joins the span
        ("DESTINY-ROSE PRICE"). Not two months or seasons ("MAY-JUNE", "SUMMER-AUTUMN"). ``hyphens``: the tokens of
        ``doc`` that are a "-" alone (:class:`_TokenShapes`)."""
        out: list[tuple[int, int]] = []
        for h in hyphens:
            if h.i == 0 or h.i + 1 >= len(doc) or h.whitespace_:
                continue
            a, b = doc[h.i - 1], doc[h.i + 1]
            if a.whitespace_ or not (a.text.isupper() and b.text.isupper() and a.text.isalpha() and b.text.isalpha()):
                continue
            parts = [a.text.capitalize(), b.text.capitalize()]
            listed = [p in self.forenames for p in parts]  # (a part the lists miss must be no ordinary word: "LILY-MAE")
            if not any(listed) or not all(x or not _common_word(p) for x, p in zip(listed, parts)):
                continue
            if any(p.lower() in self.not_names for p in parts) or all(p.lower() in _MONTH_WORDS | _SEASONS for p in parts):
                continue
            if a.i > 0 and doc[a.i - 1].text == "-" and not doc[a.i - 1].whitespace_:
                continue  # the middle of a longer hyphenated run
            end = b
            nxt = doc[b.i + 1] if b.i + 1 < len(doc) else None
            if b.whitespace_ and nxt is not None and nxt.text.isupper() and nxt.text.isalpha() and nxt.text.capitalize() in self.surnames:
                end = nxt
            out.append((a.idx, end.idx + len(end.text)))
        return out

    def _opener_before_subject(self, doc: Doc, toks: list[Any], end: int) -> bool:
        """``toks`` is one ordinary word opening the sentence before a comma ("Overall,", "Honestly,",
        "Aye,"), and the word for people after the comma is the subject of the clause's own verb
        ("Overall, the social worker visited ..."): a sentence adverb or interjection, not a name
        described by a role ("Precious, XXXX's older sister, said ...", where the role is an apposition)."""
        if len(toks) != 1 or not _starts_segment(doc, toks[0]):
            return False
        word = toks[0]
        if not _common_word(word.text) or _proper_stem(word.text) or word.ent_type_ == "PERSON":
            return False
        role = next((t for t in doc if t.idx < end <= t.idx + len(t.text) + 1 and t.i > word.i), None)
        if role is None or role.i + 1 >= len(doc) or role.dep_ not in ("nsubj", "nsubjpass", "appos"):
            return False
        # an apposition is closed by a comma or a bracket; a subject runs straight on into its verb (or into
        # "'s" for "has" before a participle: "the manager's been")
        nxt = doc[role.i + 1]
        if nxt.text in ("'s", "’s") and role.i + 2 < len(doc) and doc[role.i + 2].tag_ == "VBN":
            return True
        return nxt.pos_ in ("VERB", "AUX")

    @staticmethod
    def _word_before_subject(doc: Doc, tok: Any) -> bool:
        """``tok`` opens the sentence, is an ordinary word that the dictionary does not list as a name,
        and runs straight (no comma) into an article that begins the real subject, which the parse hangs
        on it as an apposition ("Comma the plan does not say ...", "Basically the worker said ..."). A
        name with a role after it is set off by a comma ("Precious, the eldest, said ...")."""
        if not _starts_segment(doc, tok) or tok.i + 1 >= len(doc) or tok.ent_type_ == "PERSON":
            return False
        if not _common_word(tok.text) or _proper_stem(tok.text):
            return False
        nxt = doc[tok.i + 1]
        return nxt.pos_ == "DET" and nxt.head.dep_ == "appos" and nxt.head.head.i == tok.i

    def _names_a_thing(self, tok: Any) -> bool:
        """``tok`` is an ordinary word (the dictionary knows it in lower case) that modifies a noun in lower
        case which is no word for people, under an article: the last word of the title of a course, a
        programme or a tool ("the Skills to Foster training", "a Safer Together approach"), not a person
        ("the Smith family" has a word for people; "Tyler's school" a possessive). Any capitalised word, or
        list of them, that modifies a plural thing is the name of a product or programme ("Ready Steady Go and
        Bookstart packs", "Pokémon cards"): a person owns things with "'s"."""
        root = tok
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        head = root.head
        if root.dep_ not in ("compound", "nmod", "amod") or head.i <= root.i or not head.text.islower() or head.pos_ != "NOUN":
            return False
        if {head.lower_, head.lemma_.lower()} & (self.person_nouns | self.possessions):
            return False  # "the Smith family", "the Foster home": what a person or a family has
        members = (root, *root.conjuncts)
        # the list runs straight into the thing ("Bookstart packs"), not "Sheridan close brackets"
        touching = max(x.i for x in members) + 1 == head.i
        if head.tag_ == "NNS" and touching and not any(_next_is_possessive(tok.doc, x) for x in members):
            return True
        if tok.dep_ != "compound" or not _common_word(tok.text):
            return False
        if any(c.dep_ == "det" and c.i < tok.i for c in (*head.children, *tok.children)):
            return True
        # or the end of a title in capitals joined by a small word ("Skills to Foster", "Keeping in Touch")
        doc = tok.doc
        return tok.i >= 2 and doc[tok.i - 1].lower_ in _TITLE_JOINERS and doc[tok.i - 2].text[:1].isupper() and not (
            _starts_segment(doc, doc[tok.i - 2])
        )

    def _word_forename(self, tok: Any) -> bool:
        """``tok`` is capitalised and listed as a forename, often an ordinary word too ("Mercy", "Storm", "Precious")."""
        return _SHAPE_NAME.fullmatch(tok.text) is not None and (tok.text in self.forenames or tok.lower_ in self.word_names)

    def _word_forename_after_role(self, tok: Any) -> bool:
        """A listed forename straight after a role or family word, mid-sentence and naming no thing after it ("her twin
        Mercy (both ...)"; not "her brother Summer holidays")."""
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return self._word_forename(tok) and not _starts_segment(doc, tok) and not _opens_speaker_turn(doc, tok) and tok.lower_ not in _MONTH_WORDS and not (
            nxt is not None and nxt.text.islower() and nxt.pos_ in ("NOUN", "PROPN")
        )

    def _word_forename_joined(self, tok: Any) -> bool:
        """A listed forename opening a pair joined by "and"/"&" (``tok`` is the first): a list's start, with no article,
        number, date word or capitalised word before it (not "In Summer and ...", "the Grace and ...")."""
        doc = tok.doc
        if not self._word_forename(tok) or tok.lower_ in _MONTH_WORDS or tok.lower_ in _SEASONS:
            return False
        prev = doc[tok.i - 1] if tok.i > 0 else None
        return prev is None or _starts_segment(doc, tok) or not (
            prev.text[:1].isupper() or prev.like_num or prev.lower_ in _DETERMINERS or prev.lower_ in _DATING_WORDS
        )

    def _caps_before_role(self, tok: Any) -> bool:
        """``tok``, in capitals, stands before a role in brackets ("PAULINE (contact supervisor)", "JW (IRO)
        to chase", "JB (mum's new partner)": a role someone has), as minutes and action lists name people: a word
        the dictionary lists only as a name (typed in capitals), or two or three letters that are no known acronym
        and do not spell out the bracket ("HV (health visitor)") - a person's initials."""
        doc = tok.doc
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "(":
            return False
        close = next((x for x in doc[tok.i + 2 : tok.i + 8] if x.text == ")"), None)
        if close is None:
            return False
        inside = doc[tok.i + 2 : close.i]
        role = " ".join(x.lower_ for x in inside)
        if not inside or (role not in self.person_nouns and inside[-1].lower_ not in self.person_nouns):
            return False
        w = tok.text
        if len(w) == 2 or (len(w) == 3 and re.search("[AEIOU]", w) is None):
            spelt = "".join(x.text[:1].upper() for x in inside)
            return w.lower() not in self.acronyms and w.lower() not in self.not_names and not spelt.startswith(w[:2])
        return len(w) >= 3 and _proper_stem(w) and not _common_word(w) and w.lower() not in self.not_names and (
            w.lower() not in self.acronyms
        )

    def _described_by_pronoun(self, tok: Any) -> bool:
        """``tok`` is the capitalised subject opening a sentence, a word the dictionary lists as a name,
        and a later clause of the same sentence says who "she" or "he" is with a word for people ("Hope
        has been a steady presence: she is XXXX's older sister"), with no other person named between
        for the pronoun to point to. A thing is "it", so "Summer was hard: she is ..." needs the same
        pronoun's clause to describe a person. An ordinary word counts when the lists give it as a forename
        ("Sky has been a big help - she's XXXX's best friend's mum")."""
        doc = tok.doc
        # (the word's shape before its place: every test is a pure one, so the order changes nothing)
        if tok.dep_ not in ("nsubj", "nsubjpass") or not _SHAPE_NAME.fullmatch(tok.text) or not _starts_segment(doc, tok):
            return False
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") or tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "DATE"):
            return False
        listed = tok.lower_ in self.word_names or tok.text in self.forenames
        if (_common_word(tok.text) and not _proper_stem(tok.text) and not listed) or tok.lower_ in self.not_names:
            return False
        if any(c.dep_ in ("det", "compound", "amod", "poss") for c in tok.children):
            return False
        for x in doc[tok.i + 1 : tok.sent.end]:
            if x.pos_ == "PROPN" or x.lower_ in self.person_nouns or x.ent_type_ == "PERSON":
                return False  # someone else the pronoun may mean
            if x.lower_ in ("she", "he") and x.dep_ == "nsubj" and x.head.lemma_ == "be":
                return any(
                    c.dep_ == "attr" and (c.lower_ in self.person_nouns or c.lemma_.lower() in self.person_nouns)
                    for c in x.head.children
                )
        return False

    @staticmethod
    def _followed_by_who(tok: Any) -> bool:
        """``tok`` is set off by a comma before a relative "who" or "whose" that describes it: only a person is
        "who" to a word-name ("Summer, who is 15"; a season or a virtue is "which")."""
        doc = tok.doc
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ not in ("who", "whose"):
            return False
        rel = doc[tok.i + 2]
        return any(a.i == tok.i for a in rel.ancestors) or rel.head.dep_ == "relcl"

    def _in_person_role(self, tok: Any) -> bool:
        """``tok`` fills a place in the sentence that a person fills: the agent of a passive ("led by
        D.M."), the subject of a verb only people do or the passive subject of one done to people, the
        object of a verb done to people or of "to"/"with" after one ("spoke to K.P."), or the owner of what
        people have ("J.B.'s partner"). For words that carry no other sign of a person (initials)."""
        head = tok.head
        people_verbs = self.person_verbs | self.person_objects
        if tok.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent" and (
            len(tok.text) <= 4 or head.head.lemma_.lower() in people_verbs  # "by D.M.", not "given by C.A.B."
        ):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass") and self._human_by_verb(tok):
            return True
        if tok.dep_ in ("nsubj", "nsubjpass"):  # "K.L. is her ex-partner", "J.R.B. is believed to be the same man"
            verbs = [head, *(c for c in head.children if c.dep_ == "xcomp" and c.lemma_ == "be")]
            if any(
                c.dep_ == "attr" and c.lemma_.lower() in self.person_nouns and c.lemma_.lower() not in self.service_words | {"service"}
                for v in verbs for c in v.children
            ):
                return True
        if tok.dep_ == "dobj" and head.lemma_.lower() in self.person_objects:
            return True
        if tok.dep_ == "pobj" and head.lower_ in ("to", "with") and head.head.lemma_.lower() in people_verbs:
            return True
        doc = tok.doc
        return _next_is_possessive(doc, tok) and tok.i + 2 < len(doc) and (
            doc[tok.i + 2].lower_ in self.possessions or doc[tok.i + 2].lower_ in self.person_nouns
        )

    def _human_by_verb(self, tok: Any) -> bool:
        """``tok`` is the subject of a verb only people do, or the passive subject of one done to people."""
        lemma = tok.head.lemma_.lower()
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
            return False  # "Email from aunty confirms ...", "Letter from the school says ...": a message speaks
        return (tok.dep_ == "nsubj" and lemma in self.person_verbs) or (
            tok.dep_ == "nsubjpass" and lemma in self.person_objects
        )

    def _is_place(self, doc: Doc, toks: list[Any]) -> bool:
        """``toks`` spell a listed place or club (``places``), perhaps after a shorthand verb
        that opens the note ("Supports Everton")."""
        words = [t.text for t in toks]
        if " ".join(words).lower() in self.places:
            return True
        if len(words) == 1 and self._place_prefix_re is not None and self._place_prefix_re.match(words[0]):
            return True  # "Llandeilo", "Aberaeron", "Pontypridd": a Welsh town by its first syllable
        if len(words) > 1 and words[0].lower() in self.places and all(w in self.place_words for w in words[1:]):
            return True  # "Leeds United", "Bradford City": a club or service named after a listed place
        if len(words) > 1 and _starts_segment(doc, toks[0]) and _common_word(words[0]) and " ".join(words[1:]).lower() in self.places:
            return True
        # part of a longer listed place: the run of capitalised words around it ("Rhondda Cynon" in "Rhondda Cynon Taf")
        if not any(t.lower_ in self._place_parts for t in toks):
            return False
        lo, hi = toks[0].i, toks[-1].i
        while lo > 0 and doc[lo - 1].text[:1].isupper() and not _starts_segment(doc, doc[lo]):
            lo -= 1
        while hi + 1 < len(doc) and doc[hi + 1].text[:1].isupper():
            hi += 1
        return (lo, hi) != (toks[0].i, toks[-1].i) and any(
            " ".join(t.text for t in doc[a : b + 1]).lower() in self.places
            for a in range(lo, toks[0].i + 1) for b in range(toks[-1].i, hi + 1)
        )

    def _language_word(self, tok: Any) -> bool:
        """``tok`` names a language or a people, not a person: a listed one (``languages``), or one the
        sentence uses as a language whatever the model tags it: the object of "speak" ("speaks Pashto"), a word
        before "-medium", "-speaking" or an interpreter ("Welsh-medium", "a Kurmanji interpreter"), "in" after a
        word of speaking or writing ("fluent in Urdu", "writes in Welsh"), or what a language is ("her first
        language is Lithuanian"). A listed forename is left to the rest of the evidence."""
        if tok.lower_ in self.languages and tok.text not in self.forenames:
            return True  # (a forename that is also a language, "Shona", goes by the sentence)
        doc = tok.doc
        arg = tok.head if tok.dep_ == "conj" else tok
        if arg.dep_ == "dobj" and arg.head.lemma_.lower() in _SPEAKING and not any(c.dep_ == "compound" for c in tok.children) and not (
            tok.ent_type_ == "PERSON" and (tok.text in self.forenames or tok.text in self.surnames)
        ):
            return True  # (not "spoke tae Ailsa": a word between, or a name the gazetteer and the model agree on)
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text in ("-", "‐") and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in _LANGUAGE_AFTER:
            return True
        if nxt is not None and nxt.lower_ in _LANGUAGE_ROLES | {"speaker", "speakers", "speaking"}:
            return True
        if arg.dep_ == "pobj" and arg.head.lower_ == "in" and arg.head.head.lemma_.lower() in _SPEAKING | _FLUENT:
            return True
        if arg.dep_ in ("attr", "acomp") and arg.head.lemma_ == "be":
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _LANGUAGE_NOUNS for c in arg.head.children)
        return False

    def _with_abstract_noun(self, tok: Any) -> bool:
        """``tok``, an ordinary word as well as a name ("Joy", "Hope"), is listed with a bare noun in lower
        case that names no person ("Joy and fun were missing"): two abstract nouns, not a person and a thing.
        The noun has no article or owner ("Hope and the dog", "Joy and her mum" keep their name)."""
        if not (_common_word(tok.text) or _known_word(tok.text.lower())):
            return False
        head = tok.head if tok.dep_ == "conj" else tok
        members = [head, *[c for c in head.children if c.dep_ == "conj"]]
        return any(
            m is not tok and m.pos_ == "NOUN" and m.text.islower() and m.tag_ == "NN"
            and m.lower_ not in self.person_nouns and m.lemma_.lower() not in self.person_nouns and m.lower_ not in self.not_names
            and not any(c.dep_ in ("det", "poss", "nummod") for c in m.children)
            for m in members
        )

    def _called_a_thing(self, tok: Any) -> bool:
        """``tok`` (or the list it heads) is the subject of "be" with a complement that is a noun in lower case
        and no word for people ("Destiny and Faith are words she uses", not "Faith is her sister")."""
        arg = tok
        while arg.dep_ == "conj" and arg.head is not arg:
            arg = arg.head
        return arg.dep_ == "nsubj" and arg.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.pos_ == "NOUN" and c.text.islower() and c.lower_ not in self.person_nouns
            and c.lemma_.lower() not in self.person_nouns for c in arg.head.children
        )

    def _gazetteer_names(self, doc: Doc, child_ref: str, add_tokens, spans, protected, taken, shapes: _TokenShapes | None = None) -> None:
        """Names the parse and the dictionary miss, read from the gazetteer (the ``names`` lexicon: forenames and
        surnames common in the UK) and guarded by the word's place in the sentence (:attr:`forenames`):

        - a listed forename that is no ordinary word, capitalised, with no article, adjective, owner or number
          before it, and no capitalised neighbour but a surname or a title (not "Stanley Park", "the Victoria
          line", "Alder Hey"); opening a sentence only as its subject or an owner ("Brooklyn cries", "Jaxon's
          mum"); never a listed place, the object of a place's preposition ("moved to Jordan"; but "at Jaxon's"),
          a date, a product, an event or a nationality by the parse, or a modifier of a noun ("a Milo drink");
        - a forename that is also an ordinary word (Grace, Will, Summer, Amber) only before a surname ("Grace
          Okafor"), or in a list of such capitalised names, each listed, that is the subject or the object of a
          verb ("Destiny and Harmony are both on plans"; "Amber and Jasmine were seen");
        - a listed forename in capitals owning something in a heading ("KELSEY'S SCHOOL").

        ``shapes``: ``doc``'s tokens by shape (:class:`_TokenShapes`): every test needs a word in capitals (``upper``)
        or a listed forename, which opens with a capital (``caps``) when every listed one does.
        """
        if not self.forenames:
            return
        n = len(doc)
        candidates: Iterable[Any] = doc
        if shapes is not None and self._forenames_capitalised:
            candidates = shapes.caps
            if not all(t.text[:1].isupper() for t in shapes.upper):  # (a word in capitals opening with no letter that has a case)
                by_index = {t.i: t for t in (*shapes.caps, *shapes.upper)}
                candidates = [by_index[i] for i in sorted(by_index)]

        def surname_after(t: Any) -> Any:
            """The capitalised word straight after ``t`` when it can be a surname: listed, or no ordinary word,
            and no place's, street's or thing's word ("Grace Okafor", not "Grace Darling Ward")."""
            if t.i + 1 >= n:
                return None
            x = doc[t.i + 1]
            w = x.text
            if x.idx != t.idx + len(t.text) + 1 or not (_SHAPE_NAME.fullmatch(w) or _PREFIXED_SURNAME.fullmatch(w)) or not self._name_token(x, child_ref):
                return None
            if w in self.place_words or w in self.street_types or x.lower_ in self.thing_words or x.lower_ in self.places:
                return None
            if x.i + 1 < n and doc[x.i + 1].text[:1].isupper() and doc[x.i + 1].text not in self.surnames:
                return None  # a longer capitalised title ("Grace Darling Ward")
            return x if (w in self.surnames or w in self.forenames or not _common_word(w)) else None

        def bare(t: Any) -> bool:
            prev = doc[t.i - 1] if t.i > 0 else None
            return not any(c.dep_ in ("det", "amod", "poss", "nummod") for c in t.children) and not (
                prev is not None and prev.lower_ in _DETERMINERS
            )

        for t in candidates:
            w = t.text
            if w.isupper() and len(w) >= 4 and w.isalpha():
                cap = w.capitalize()
                if (
                    cap in self.forenames and not _common_word(w) and w.lower() not in self.acronyms
                    and self._is_word_ok(cap, child_ref) and t.i + 1 < n and doc[t.i + 1].text in ("'S", "’S", "'s", "’s")
                ):
                    s, e = t.idx, t.idx + len(w)  # (a word in capitals is an acronym to ``add_tokens``)
                    if not (_overlaps(s, e, protected) or _overlaps(s, e, taken) or _overlaps(s, e, spans)):
                        spans.append((s, e))
                continue
            if w not in self.forenames or not self._name_token(t, child_ref):
                continue
            if t.lower_ in self.places or t.ent_type_ in _NOT_NAME_ENTS or not bare(t):
                continue
            prev = doc[t.i - 1] if t.i > 0 else None
            start = _starts_segment(doc, t)
            if prev is not None and prev.text in ("St", "St.", "Saint"):
                continue
            # a nickname's adjective before a listed forename joins it ("'Big Mo is coming round'", "Little Jay")
            nick = [prev] if prev is not None and prev.text in _NICKNAME_WORDS and not _starts_segment(doc, t) else []
            if prev is not None and not start and prev.text[:1].isupper() and not (
                prev.text in self.forenames or prev.text in self.titles or prev.lower_ in self.person_nouns or nick
            ):
                continue  # inside a capitalised title ("Big Brothers", "Alder Hey")
            surname = surname_after(t)
            owner = _next_is_possessive(doc, t)
            nxt = doc[t.i + 1] if t.i + 1 < n else None
            if nxt is not None and nxt.text[:1].isupper() and surname is None and not owner and nxt.text not in _QUOTES:
                continue  # "Stanley Park", "Victoria Station"
            if not owner and (self._place_object(t) or (
                t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS
            )):
                continue  # "moved to Jordan", "is from Jordan" (tagged a place), "in Florence"; but "at Jaxon's"
            if _common_word(w):
                if surname is not None and (surname.text in self.surnames or not _common_word(surname.text)):
                    add_tokens([t, surname], strict=False)
                elif self._listed_word_names(t):
                    add_tokens([t], strict=False)
                continue
            if surname is not None:
                add_tokens([*nick, t, surname], strict=False)
            elif owner or t.dep_ in ("nsubj", "nsubjpass") or (
                not start and t.dep_ not in ("compound", "amod", "nmod") and t.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB")
            ):
                add_tokens([*nick, t], strict=False)

    def _listed_word_names(self, t: Any) -> bool:
        """``t`` is in a list of two or more capitalised words, each a listed forename with no article before it,
        that is the subject of a verb, the object of a verb done to people or of "with" ("Destiny and Harmony are
        both on plans", "saw Amber and Jasmine"): a list of names, not of plants or values ("Rose and Ivy were
        planted", "Destiny and Faith are words she uses")."""
        root = t
        while root.dep_ == "conj" and root.head is not root and root.head.i < root.i:
            root = root.head
        members = [root, *root.conjuncts]
        if len(members) < 2 or t not in members:
            return False
        if not all(_SHAPE_NAME.fullmatch(x.text) and x.text in self.forenames for x in members):
            return False
        if any(c.dep_ in ("det", "amod", "poss", "compound") for x in members for c in x.children):
            return False
        if any(_starts_segment(x.doc, x) for x in members if x is not root) or self._called_a_thing(root):
            return False  # "Destiny and Faith are words she uses"
        verb = root.head.lemma_.lower()
        return (
            (root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX"))
            or (root.dep_ in ("nsubjpass", "dobj") and verb in self.person_objects)  # not "Rose and Ivy were planted"
            or (root.dep_ == "pobj" and root.head.lower_ == "with")
        )

    def _listed_with_things(self, tok: Any, protected: list[tuple[int, int]]) -> bool:
        """``tok`` is in a list (joined by "and", commas or apposition) with a listed tool or service
        (``protected``, not a word for people or an acronym): its neighbours say what kind of thing it is."""
        people = self.person_nouns
        root = tok
        while root.dep_ in ("conj", "appos") and root.head is not root:
            root = root.head
        members = {root, *root.conjuncts}
        todo = [root]
        while todo:  # the list's members hang on each other by "conj" or "appos"
            x = todo.pop()
            for c in x.children:
                if c.dep_ in ("conj", "appos") and c not in members:
                    members.add(c)
                    todo.append(c)
        # (a service in brackets straight after the word is where a person works, "Jess (Catch22)", not a list)
        doc = tok.doc
        return any(
            _overlaps(m.idx, m.idx + len(m.text), protected) for m in members
            if m is not tok and m.lower_ not in people and m.lemma_.lower() not in people and not m.text.isupper()
            and not (m.head.i == tok.i and m.dep_ == "appos" and m.i == tok.i + 2 and doc[tok.i + 1].text == "(")
        )

    def _is_animal(self, toks: list[Any]) -> bool:
        """A word in apposition with an animal ("Angel, the therapy dog"; "the dog, Angel")."""
        last = toks[-1]
        if last.lemma_.lower() in self.animals or (last.dep_ == "appos" and last.head.lemma_.lower() in self.animals):
            return True
        if any(c.dep_ == "appos" and c.lemma_.lower() in self.animals for t in toks for c in t.children):
            return True
        return self._listed_after_animals(toks[0])

    def _listed_after_animals(self, tok: Any) -> bool:
        """A list set off by commas straight after animals in the plural, which the parser reads as more things in
        the list: "the horses, Duke and Queenie, and ...", "his dogs, Bella and Max." (the list names them)."""
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "PROPN":
            first = first.head
        head = first.head
        if first.dep_ not in ("conj", "appos") or head.i != first.i - 2 or head.tag_ != "NNS" or head.lemma_.lower() not in self.animals:
            return False
        doc = tok.doc
        if doc[first.i - 1].text != ",":
            return False
        last = max((x for x in first.subtree if x.dep_ == "conj" or x is first), key=lambda x: x.i)
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        return after is None or after.text in (",", ".", ";", ")", "!", "?")

    @staticmethod
    def _in_apposition(toks: list[Any], words: set[str]) -> bool:
        """A word in apposition with one of ``words`` ("Frank, the drugs advice service"). The thing it is takes an
        article; a bare label after a person's name is the team they are from ("(Joanne Lightfoot, 0-19 service)")."""
        last = toks[-1]

        def described(noun: Any) -> bool:
            return any(c.dep_ in ("det", "poss") for c in noun.children)

        return (last.dep_ == "appos" and last.head.lemma_.lower() in words and described(last.head)) or any(
            c.dep_ == "appos" and c.lemma_.lower() in words and described(c) for t in toks for c in t.children
        )

    def _month_person(self, tok: Any) -> bool:
        """A month's name used as a person's: nothing dating it (no number, no "in"/"since" before it),
        and the parse shows a person: in apposition with a word for people ("her brother August",
        "June, their foster carer"), joined to one ("April and her brother"), owning one ("June's mum"),
        the subject of saying or of what a body does, or a modal before a finite verb ("May sleeps")."""
        doc = tok.doc
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (prev is not None and (prev.like_num or prev.lower_ in _DATING_WORDS)) or (nxt is not None and (nxt.like_num or nxt.lower_ == "of")):
            return False
        people = self.person_nouns
        if prev is not None and prev.lower_ in people:
            return True  # "her sister May", "foster carers Jan and Pete Whitworth"
        if tok.dep_ == "appos" and tok.head.lower_ in people or any(c.dep_ == "appos" and c.lower_ in people for c in tok.children):
            return True
        after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 7]]
        if after[:1] == ["and"] and after[1:2] and after[1] in ("her", "his", "their") and any(w in people for w in after[2:]):
            return True
        if after[:1] == [","] and after[1:2] and after[1] in ("her", "his", "their") and any(
            w in people and after[i + 1 : i + 2] == [","] for i, w in enumerate(after[2:5], start=2)
        ):
            return True  # "March, his older brother, was ...": set off by commas on both sides (the parse dates it)
        if after[:1] in (["'s"], ["’s"]) and after[1:2] and after[1] in people:
            return True
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _SPEECH_VERBS | _BODY_VERBS:
            return True
        return tok.tag_ == "MD" and _starts_segment(doc, tok) and nxt is not None and nxt.tag_ in ("VBZ", "VBD")

    def _place_object(self, tok: Any) -> bool:
        """``tok`` is the object of "from", "to", "in" ... after a verb of moving or living."""
        head = tok.head
        while head.dep_ == "conj" and head.head is not head:
            head = head.head  # "from Sefton to Knowsley": Knowsley hangs on Sefton's preposition's verb
        if tok.dep_ != "pobj" and not (tok.dep_ == "conj" and head.dep_ == "pobj"):
            return False
        prep = tok.head if tok.dep_ == "pobj" else head.head
        if prep.lower_ in _LOCATIVE_PREPS:
            return True  # "in Crosby", "at Formby": people are not "in" or "at" someone
        verb = prep.head
        if verb.dep_ == "advmod" and verb.lower_ in _MOVING_ADVERBS and verb.head.i != verb.i:
            verb = verb.head  # "went back to Greenock", "moved away to Leeds": the adverb carries the preposition
        if prep.lower_ == "on" and verb.lemma_.lower() in _LIVING_ON_VERBS:
            return True  # "lives on Bransholme", "grew up on Seacroft": an estate, as one lives on a street
        return prep.lower_ in _PLACE_PREPS and verb.lemma_.lower() in self.place_verbs

    def _name_token(self, tok: Any, child_ref: str) -> bool:
        if tok.text in ("-",):
            return True
        if tok.lower_ in _MONTH_WORDS and tok.text.istitle() and self._month_person(tok):
            return True  # "her brother August", "June, their foster carer,", "May sleeps in the box room"
        if tok.text in _PARTICLES and tok.i + 1 < len(tok.doc) and (
            tok.doc[tok.i + 1].text[:1].isupper() or tok.doc[tok.i + 1].text in _PARTICLES
            or (  # joined by a hyphen to the capitalised rest: "Khaled al-Hariri", "Yusuf el-Amin"
                tok.doc[tok.i + 1].text == "-" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 2].text[:1].isupper()
                and tok.doc[tok.i + 2].idx == tok.idx + len(tok.text) + 1
            )
        ):
            return True  # "van der", "de", "bin" inside a name ("Johannes van der Linde")
        return self._is_word_ok(tok.text, child_ref)


# -- helpers ------------------------------------------------------------------------------------
# the first words of ``Detector._club_re``'s verbs of support, each followed by a space
_CLUB_VERB_WORDS = (
    "watch", "watches", "watched", "watching", "support", "supports", "supported", "supporting", "supporter", "supporters",
    "fan", "fans", "play", "plays", "played",
)
_MONTH_NAME_WORDS = {m.lower(): m for m in calendar.month_name[1:]}
_MONTH_NAME_FIRSTS = frozenset(_MONTH_NAME_WORDS)


def _month_names(text: str) -> list[tuple[int, str]]:
    """Where a month's name stands in ``text`` as a whole word, as written ("April", not "april" or "Aprils"), with
    the name, in order: read from the text's table of words (:func:`_word_starts`), not by a scan of the text."""
    by_word, _ = _word_starts(text)
    found = [
        (p, _MONTH_NAME_WORDS[w]) for w in _words_in(_MONTH_NAME_FIRSTS, by_word) for p in by_word[w]
        if text.startswith(_MONTH_NAME_WORDS[w], p)
    ]
    found.sort()
    return found


# words that date a month's name ("since April", "last June", "mid-May")
# people who may work for a shop or a service as well as a person ("Sainsburys manager")
_WORKPLACE_ROLES = {
    "worker", "keyworker", "manager", "officer", "teacher", "nurse", "doctor", "staff", "coach", "mentor", "colleague",
    "solicitor", "barrister", "therapist", "counsellor", "visitor", "head", "lead", "chair", "supervisor", "practitioner",
    "professional", "adviser", "advocate", "guardian", "nominal",
}
_SEASONS = {"spring", "summer", "autumn", "winter"}
_STRUCTURE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})  # the deps ``_people_by_structure`` reads
_FRAME_DEPS = frozenset({"pobj", "attr", "acomp", "oprd"})  # the deps ``Detector._frame_names`` reads
_SETTING_PREPS = {"at", "in", "to", "from", "into", "near", "within", "outside", "inside"}
_SENDING_ACTS = {"share", "send", "copy", "circulate", "forward", "email", "e-mail", "arrange", "book"}
# what a person does to a plan or a paper, by whom it was done ("was suggested by Dhaliwal", "countersigned by ...")
_PROPOSING_ACTS = {
    "suggest", "propose", "recommend", "raise", "request", "query", "question", "advise", "highlight", "challenge", "chair",
    "sign", "countersign", "write", "author", "complete", "witness", "approve", "authorise", "authorize", "note", "decide",
    "instruct", "prepare", "lead", "make",
}
# a list of things in quotes after a name cue ("named 'Skinny' and 'Little Dre'", "known on the street as 'J-Bone'")
_QUOTED_AFTER_CUE = re.compile(
    r"(?<![\w])(?i:named|names|called|known(?:\s+[\w'’]+){0,4}\s+as|nicknamed|goes\s+by|aka|a\.k\.a\.?|calls\s+(?:him|her|them))\s+"
    r"((?:['‘\"“][^'’\"”\n]{1,30}['’\"”](?:\s*(?:,|and|&|or)\s*(?=['‘\"“]))?)+)"
)
_QUOTED_ITEM = _LazyPattern(r"['‘\"“]([^'’\"”\n]{1,30})['’\"”]")
_SAVED_AS_QUOTED = re.compile(r"(?<![\w])(?i:saved|stored)(?:\s+[\w'’]+){0,3}?\s+(?i:as)\s+['‘\"“]([^'’\"”\n]{1,30})['’\"”]")
# "known" and one to four words, then "as" and a capitalised word (with no words between, ``name_cues`` reads it)
_KNOWN_TO_AS = _LazyPattern(rf"(?<![\w])(?i:known)(?:\s+[\w'’]+){{1,4}}?\s+(?i:as)\s+({_CAP_WORD})(?![\w'’-])")
# a handle written without its "@", alone in quotes: letters run into a dot, an underscore or figures, as no word is
# ("Snapchat name 'lil.kaii04'", "added 'jaydenn_07'")
_QUOTED_HANDLE = re.compile(r"['‘\"“]([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]{2,}[0-9]{2,})['’\"”]")


def _quoted_handles(text: str) -> list[tuple[tuple[int, int], bool]]:
    """A handle in quotes with no "@", after the platform or a word for a contact (``_HANDLE_CUE``)."""
    return [
        (m.span(1), _HANDLE_CUE.search(text, max(0, m.start() - 50), m.start()) is not None)
        for m in (_QUOTED_HANDLE.finditer(text) if ("'" in text or '"' in text or "‘" in text or "“" in text) else ())
    ]
# a social-media handle ("@kayla.xo_22"), not the end of an e-mail address
_HANDLE = _LazyPattern(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z])")
_HANDLE_CUE = _LazyPattern(
    r"(?i:snapchat|snap|instagram|insta|tiktok|facebook|twitter|whatsapp|messenger|kik|discord|telegram|yubo|wizz|xbox|"
    r"gamertag|user\s?name|handle|account|profile|contacts?|friends?|followers?|added|messag\w*|dms?|dm['’]?d|chatting)\b[^.;!?\n]{0,40}$"
)
# initials as a note writes them: two or three capitals, or letters with stops ("R.S.", "S.McN.", "P.O'N")
_PLAIN_INITIALS = re.compile(r"[A-Z]{2,3}")
_DOTTED_INITIALS = re.compile(r"[A-Z]\.(?:(?:Ma?c|O['’])?[A-Z]\.?){1,2}")
_ROMAN = _LazyPattern(r"[IVXLC]+")
# a contact a note records, after which a bracket names who made it ("Home visit (JP/LW)")
_NOTE_CONTACTS = {"visit", "call", "contact", "session", "meeting", "tc", "phonecall", "discussion"}
# what a person gives, in court papers and records: "the statement of L.M.", "the evidence of J.B."
_WITNESS_PAPERS = {"statement", "evidence", "account", "testimony", "affidavit", "interview", "disclosure"}
# a call, text or e-mail to or from someone ("14:20 TC to JP", "call from AK")
_NOTE_CONTACT_TO = re.compile(r"(?<![\w])(?:TC|(?i:phone\s+call|call|text|e-?mail|message|msg|voicemail|letter))\s+(?:to|from|with)\s+([A-Z][A-Za-z.'’]{1,6})(?![\w'’])")
# the head of a legal instrument's name ("Child Abduction Warning Notice", "Non-Molestation Order"): never a person
# initials that sign a note or a statement ("signed 'AW'", "countersigned: K.L."); not "initialled JS and KT", which the
# first tune set (t512) keeps as look-alike initials
_INITIALS_SHAPE = r"[A-Z]{2,3}(?![\w.])|[A-Z]\.(?:(?:Ma?c|O['’])?[A-Z]\.?){1,2}(?![\w])"
_SIGNED_INITIALS = re.compile(
    rf"(?<![\w])(?i:signed|countersigned|signed\s+off)(?:\s+(?i:by|as|off))?\s*[:-]?\s*['‘\"“]?({_INITIALS_SHAPE})"
)
# workers' initials in a handover line ("H/O from KP to RT", "handed over from JB to DM", "handover to SL")
_HANDOVER_INITIALS = re.compile(
    rf"(?<![\w])(?i:h/o|hand(?:ed)?[- ]?over)(?:\s+(?i:from)\s+({_INITIALS_SHAPE}))?\s+(?:(?i:to)\s+|->\s*|→\s*)({_INITIALS_SHAPE})"
    rf"|(?<![\w])(?i:h/o|hand(?:ed)?[- ]?over)\s+(?i:from)\s+({_INITIALS_SHAPE})"
)
_INSTRUMENT_HEADS = {"Notice", "Notices", "Order", "Orders", "Warning", "Injunction", "Undertaking", "Direction", "Directions", "Summons", "Warrant"}
_COMMA_WHO = re.compile(r",\s*who(?:se)?\b", re.IGNORECASE)
# adjectives that make a nickname of a forename ("Big Mo", "Little Jay", "Young Kez")
_NICKNAME_WORDS = {"Big", "Little", "Lil", "Young", "Mad"}
_LOWER_NICKNAME_WORDS = {w.lower() for w in _NICKNAME_WORDS}
# a nickname's adjective and a word or an initial, alone inside quotes ("'Lil T'", "'big mo'", "“Young Kez”")
_QUOTED_ADJ_NICKNAME = re.compile(
    r"(?<![\w'’])['‘\"“]((?i:big|little|lil|young|mad)\s+(?:[A-Za-z]\.?|[A-Za-z][a-z'’-]+|[A-Z][A-Z'’-]+))['’\"”](?![\w'’])"
)
_DATING_WORDS = {"in", "on", "since", "until", "till", "by", "from", "during", "last", "next", "this", "early", "late", "mid", "end", "-", "of", "before", "after", "through", "throughout"}
_PLACE_PREPS = {"from", "to", "in", "into", "at", "near", "around", "across", "within", "outside", "towards"}
_CAPS_PLACE_PREPS = {"IN", "AT", "TO", "FROM", "NEAR", "INTO", "AROUND", "OUTSIDE"}
_CAPS_TITLE_WORDS = {
    "AUDIT", "REPORT", "FORM", "TOOL", "CASE", "FILE", "SERVICES", "SERVICE", "CHILDREN", "COUNCIL", "AUTHORITY",
    "BOROUGH", "CITY", "COUNTY", "METROPOLITAN", "DEPARTMENT", "DIRECTORATE", "SAFEGUARDING", "PARTNERSHIP",
}


def _title_case_runs(text: str, toks: list[Any]) -> str:
    out = list(text)
    for t in toks:
        out[t.idx + 1 : t.idx + len(t.text)] = t.text[1:].lower()
    return "".join(out)


# small words inside the title of a course or a programme ("Skills to Foster", "Signs of Safety")
# people a service sends, who are not in the lexicon's words for people because the brackets after them hold
# a language, not a name ("Interpreter (Tigrinya) used throughout"; "the interpreter from Language Line, Mihaela,")
_LANGUAGE_ROLES = {"interpreter", "translator"}
# verbs whose subject or object is a person, for a lower-case forename that is also an ordinary word
_SPEECH_ACTS = {"say", "tell", "explain", "describe", "disclose", "ask", "admit", "deny", "agree", "refuse", "report", "state",
                "mention", "confirm", "shout", "scream", "cry", "laugh", "smile", "attend", "visit", "meet", "phone", "text",
                "ring", "call", "talk", "speak", "reply", "answer"}
_MEETING_ACTS = {"see", "visit", "meet", "call", "ring", "text", "message", "phone", "ask", "tell", "collect", "hug",
                 "interview", "thank", "remind", "observe", "speak", "talk", "contact", "email", "chat"}
_BIRTH_ORDER = {"eldest", "youngest", "oldest", "middle"}
_TWO_LETTER_WORDS = {"no", "so", "go", "do", "be", "by", "if", "in", "is", "it", "me", "my", "of", "on", "or", "to", "up", "us",
                     "we", "he", "an", "as", "at", "am", "ok", "oh", "hi", "ah", "yo"}
_GROUP_PEOPLE = {"twins", "twin", "triplets", "sisters", "brothers", "siblings", "sibs", "kids", "children"}
_SPEAKING = {"speak", "talk", "write", "read", "learn", "understand", "communicate", "converse", "sing", "teach", "study", "reply", "respond"}
_FLUENT = {"fluent", "bilingual", "literate", "conversant", "taught", "lesson", "lessons", "class", "classes"}
_LANGUAGE_AFTER = {"medium", "speaking", "speaker", "speakers", "language", "born"}
_LANGUAGE_NOUNS = {"language", "nationality", "ethnicity", "heritage", "religion", "faith", "tongue", "dialect"}
_TITLE_JOINERS = {"to", "of", "and", "&", "for", "in", "on", "the"}
_MOVING_ADVERBS = {"back", "home", "away", "over", "out", "down", "up", "off"}
_LOCATIVE_PREPS = {"in", "at", "near", "around", "across", "within", "outside", "inside"}
# verbs of living whose object after "on" is an estate or a street ("lives on Bransholme")
_LIVING_ON_VERBS = {"live", "reside", "grow", "settle", "rehouse", "house", "base"}
# prepositions whose object is a person more often than a place or a service ("worried about Tiago")
_PERSON_PREPS = {"about", "for", "against", "without", "towards"}
_PLACE_ENTS = {"GPE", "LOC", "FAC", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
_NOT_PEOPLE = {"virtual school", "business support", "business support officer", "designated safeguarding lead"}
_FUNCTION_POS = {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "INTJ"}
# entities that are no person in :meth:`Detector._argument_names` (not GPE or LOC: the small model gives many names those)
_NOT_NAME_ENTS = {"FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART", "NORP", "LANGUAGE", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_NOT_PERSON_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP", "LANGUAGE", "LAW"}


# contact cues of messages and discussions: their object is a person or an agency (``places`` holds the agencies' towns), never
# a town as such ("Texted Marcus", "Rang Leo"), so a name the dictionary also knows as a place is still a name
_MESSAGE_CUE = _LazyPattern(
    r"(?i)(?:text|rang|phon|e-?mail|messag|call|heard|spoke|speak|talk|letter|news|update|told|informed|discuss|supervision)"
)


# family words that are used as titles ("Aunty Mags", "Nanny Sue", "Uncle Pete")
_KIN_TITLES = {
    "aunt", "aunty", "auntie", "uncle", "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandad", "grandpa",
    "nain", "taid", "granda", "grampa",
    "mgm", "mgf", "pgm", "pgf",  # genogram shorthand stands before a name as a title does ("PGF Florin")
}

# what only a body does: a capitalised singular noun opening a sentence as the subject of one is a person,
# even an ordinary word with no listed name ("Summer has been sleeping better"); an agency says and wants, but
# does not sleep or cry
_BODY_VERBS = {"sleep", "cry", "laugh", "giggle", "smile", "scream", "sulk", "wet", "soil", "eat", "cuddle", "nap"}

_GROUP_NOUNS = {"staff", "everyone", "everybody", "nobody", "somebody", "someone", "family", "class", "group", "team", "audience", "crowd"}

# verbs of speaking and feeling: a sentence's first word that the dictionary lists as a name, as their subject,
# is a person ("Faith said ...", "Hope misses ..."), not an agency ("Health said" is no listed name)
_SPEECH_VERBS = {
    "say", "tell", "explain", "describe", "disclose", "cry", "laugh", "smile", "shout", "scream", "want", "wish",
    "feel", "miss", "love", "hate", "worry", "ask", "hope", "like", "enjoy", "fear", "talk", "whisper",
}


# lower-case particles inside a surname
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "le", "la", "bin", "ibn", "al", "el", "ap", "ter", "ten"}


_QUOTES = {"'", "‘", '"', "“"}
_CLOSING_QUOTES = {"'", "’", '"', "”"}
_FUNCTION_WORDS = (
    "the|a|an|down|up|along|across|on|in|at|of|to|off|from|by|over|round|around|near|this|that|my|our|your|his|her|their"
)
_FUNCTION_WORD_SET = frozenset(_FUNCTION_WORDS.split("|")) | {"and", "or", "is", "was", "for", "with", "but", "so", "who", "it", "be"}
# a greeting, then the sender naming themselves, in a message quoted in full
_SELF_NAMED = re.compile(
    r"(?<![\w])(?i:hi+|hiya|hey+|hello|helo|morning|evening|ello)\b[\s,!.]*(?i:it['’]?s|it\s+is|this\s+is|i['’]?m|i\s+am)\s+"
    r"([A-Za-z][a-z]+(?:['’-][a-z]+)*)(?![\w-])"
)
# the words that open a match of ``_SELF_NAMED`` (a greeting), and those of the fixed openings below
_GREETING = re.compile(r"hi+|hiya|hey+|hello|helo|morning|evening|ello")
_GREETING_INITIALS = frozenset("hme")


def _greeting_starts(text: str) -> list[int]:
    """Where a word that can open ``_SELF_NAMED`` starts (and every word that is not ASCII)."""
    return _greeting_tables(text)[0]


@lru_cache(maxsize=16)
def _greeting_tables(text: str) -> tuple[list[int], list[int]]:
    """``_greeting_starts`` and ``_greeted_starts`` of ``text``, from one pass over its words (each scan that reads
    them reads the same text; read-only)."""
    by_word, other = _word_starts(text)
    opening: list[int] = []
    greeted: list[int] = []
    # (every greeting opens with "h", "m" or "e", every greeted word's cue with "h", "d", "m", "a" or "e": the first
    # letter is read before the patterns)
    for w, ps in by_word.items():
        if w[:1] in _GREETED_INITIALS:
            if w[:1] in _GREETING_INITIALS and _GREETING.fullmatch(w):
                opening += ps
            if _GREETED_WORD.fullmatch(w):
                greeted += ps
    return sorted([*other, *opening]), sorted([*other, *greeted])


# where a capitalised word starts that is not inside a word, a name or a hyphenated word: every match of
# ``Detector._appos_re`` and ``Detector._row_re`` starts at one (``_CAP_WORD``, after ``(?<![\w'’-])``)
# (the capital first, the look-behind then read behind it: a search skips to the capitals)
_CAP_START = re.compile(rf"[{_UPPER}](?<![\w'’-][{_UPPER}])")


@lru_cache(maxsize=16)
def _cap_starts(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _CAP_START.finditer(text))


# where ``Detector._copula_re`` can start: the text's start, after a sentence's end and a space, or a new line
_CLAUSE_START = _LazyPattern(r"^|(?<=[.!?;:]\s)|(?<=\n)")
# (``[.!?;:]\s|\n`` written to open with one class: a search skips to those characters at once)
_CLAUSE_BREAK = re.compile(r"[.!?;:\n](?:(?<=\n)|(?<=[.!?;:])\s)")


def _clause_starts(text: str) -> list[int]:
    """Where ``_CLAUSE_START`` matches: the text's start and the end of every ``_CLAUSE_BREAK``
    (found by a search for the break, which is quicker than a look-behind tried at every character)."""
    return [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text))]
_QUOTED_FIRST = frozenset({"call", "calls", "called", "calling", "known", "nicknamed", "goes"})
_STREET_CUE_FIRST = frozenset(
    {"live", "lives", "living", "lived", "moved", "moving", "resides", "residing", "address", "staying", "stays", "stayed"}
)
_HOUSE_CUE_FIRST = frozenset(
    {"live", "lives", "living", "lived", "moved", "moving", "resides", "residing", "staying", "stays", "stayed", "address", "resident"}
)
_STREET_PREP_FIRST = frozenset({"on", "off", "along", "near", "in", "at"})
# every match of ``Detector._address_re`` starts at a capital ("Flat", a house's or street's name) or a digit
_ADDRESS_START = re.compile(rf"[{_UPPER}\d]")
# an Irish surname typed in lower case ("o'brien", "o’neill-hart"), not "o'clock"; a title typed before it
_LOWER_IRISH_SURNAME = _LazyPattern(r"(?<![\w'’-])o['’](?!clock)[a-z]{3,}(?:-[a-z]+)?(?![\w'’-])")
_LOWER_TITLE_BEFORE = _LazyPattern(r"(?<![\w])(?:mr|mrs|ms|miss|dr|sister|nurse|father|fr|prof)\.?\s+$")
# a name in lower case with an elided particle ("d'arcy", "d'souza"; not "pt'ner"): "o'clock" is a word the dictionary knows
_SHAPE_LOWER_ELIDED = re.compile(r"[dlo]['’][a-z]{3,}")
_LOWER_AGED = _LazyPattern(r"(?<![\w-])([a-z]{2,}(?:-[a-z]{2,})?)\s*\(\s*(?:aged?\s*)?\d{1,2}\s*\)")


# a house number and the words after it (two to five, commas allowed) up to a postcode: the address line before it
_LINE_BEFORE_POSTCODE = _LazyPattern(
    r"(?<![\w/.,:-])(?P<line>(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?,?(?:\s+[A-Za-z][A-Za-z'’-]*,?){2,5}?)[\s,]*$"
)


# a greeting, then a listed forename and a comma ("Hi Sky,", "hiya precious!", "Dear Mercy,")
_GREETED = re.compile(r"(?<![\w])(?i:hi+|hiya|hey+|hello|dear|morning|afternoon|evening)\s+([A-Za-z][a-z]+)\s*[,!]")
# the words that open a match of ``_GREETED`` (lower-cased, as ``_word_starts`` keys them), by their first letters
_GREETED_WORD = re.compile(r"hi+|hiya|hey+|hello|dear|morning|afternoon|evening")
_GREETED_INITIALS = frozenset("hdmae")


def _greeted_starts(text: str) -> list[int]:
    """Where a word that can open ``_GREETED`` starts (and every word that is not ASCII)."""
    return _greeting_tables(text)[1]


# a sender naming themselves: "its brooke here", "it's Grace here"
_HERE_NAMED = re.compile(r"(?<![\w])(?i:it['’]?s|this\s+is)\s+([A-Za-z][a-z]+)\s+here\b")
# a sender naming themselves by a street name at a quoted text's start: "'yo its T-Rex, ring me'", "'its Big Dee!'"
_TEXT_SELF_NAMED = re.compile(
    r"['‘\"“](?:(?i:yo|hey|hi|oi|ye|yh|ok)[,\s]+)?(?i:it['’]?s|its|this\s+is)\s+([A-Z][\w'’]*(?:[\s-][A-Z][\w'’]*)?)\s*[,!.]"
)
# a name with its initials in brackets after it, which open with its first letter: "Rhys (R.K.)", "Shona (SM)"
_NAME_THEN_INITIALS = re.compile(r"(?<![\w'’-])([A-Z][a-z'’-]+)\s*\(((?:[A-Z]\.?){2,3})\)")
# a contact saved under a forename and a word for what they do: "saved as 'Reece Taxi'" gives Reece
_SAVED_AS = re.compile(r"(?<![\w])(?i:saved\s+(?:as|under)|stored\s+as|listed\s+as)\s+['‘\"“]([A-Z][a-z'’-]+)(?:\s+[A-Za-z][\w'’-]*){1,2}['’\"”]")
# a maiden name after "née" in any case: "(NEE BOLTON)", "née Pritchard"
_NEE = re.compile(r"(?<![\w])(?i:n[eé]e)\.?:?\s+((?:Mc|Mac|O['’])?[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?)(?![\w-])")
# an age alone in brackets: every match of ``_CAPS_AGED`` and ``_LOWER_AGED`` holds one (a gate before them)
_AGE_IN_BRACKETS_ONLY = re.compile(r"\(\s*(?:(?i:aged?)\s*)?\d{1,2}\s*\)")
# a word in capitals with an age in brackets: "KAI (9)"
_CAPS_AGED = _LazyPattern(r"(?<![\w'’-])([A-Z]{3,}(?:-[A-Z]{2,})?)\s*\(\s*(?:(?i:aged?)\s*)?\d{1,2}\s*\)")
# a nickname in quotes: in lower case after "goes by", "known as", "nicknamed", "calls him"; in two or three capitals
# after "calls him/her" ("goes by 'deano'", "call him 'DJ'")
_QUOTED_NICKNAME = re.compile(
    r"(?<![\w])(?:(?i:goes\s+by|known(?:\s+\w+){0,3}\s+as|nicknamed)|(?i:call(?:s|ed|ing)?)\s+(?:him|her|them))\s+['‘\"“]"
    r"([a-z][a-z'’-]{2,}|(?<=(?:him|her|hem)\s['‘\"“])[A-Z]{2,3})['’\"”]"  # ("hem": the end of "them")
)
# what may follow a name that ends its phrase: a stop, a preposition, a conjunction or a verb's auxiliary
_PHRASE_END = _LazyPattern(r"\s*(?:[,.;:!?)'’\"”]|$)|\s+(?:over|at|from|in|on|to|with|and|who|is|was|has|had|said|says|came|comes)\b")
# someone's home by a name in lower case: "XXXX is at kelsie's", "went to jade's house"
_AT_SOMEONES = re.compile(r"(?<![\w])(?:at|to|from|round)\s+([a-z]{3,})['’]s(?![\w'’])(\s+(?:house|flat|place|home))?")
_AT_SOMEONES_FIRST = frozenset({"at", "to", "from", "round"})  # (``_gated_finditer``)
# a family by a plural surname with an Irish or Scottish prefix: "the O'Sullivans", "the McKennas"
_PLURAL_CLAN = re.compile(r"(?<![\w])(?i:the)\s+((?:O['’]|Mc|Mac)[A-Z][a-z]+s)(?:['’])?(?![\w'’-])")
# what someone is called, ending its clause: "whom everyone calls Pree, is 17"
_CALLS_NAME = re.compile(r"(?<![\w])calls\s+(?:(?:him|her|them)\s+)?([A-Z][a-z]+)(?=\s*[,.;)]|\s+(?:is|was|and|but)\b)")


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "every", "each", "any", "some", "no"}


def _gazetteer_words(value: Any) -> frozenset[str]:
    """The words of a gazetteer list: a text of words separated by spaces or lines, or a list of such texts."""
    texts = [value] if isinstance(value, str) else [str(v) for v in value or ()]
    return frozenset(w for text in texts for line in text.splitlines() if not line.lstrip().startswith("#") for w in line.split())


def _starts_segment(doc: Doc, t: Any) -> bool:
    """``t`` begins a sentence, a line or a cell of a flattened table ("... | Tel: ...")."""
    if t.i == 0 or t.is_sent_start:
        return True
    prev = doc[t.i - 1].text  # (read once: reaching a token is slow)
    if prev in ("|", ";", "\n", "-", "•", "*") or "\n" in prev:
        return True
    # the first word after a case note's time stamp ("10:10 Email received ...", "16:45 Text from mum"): the note's
    # type opens it as a sentence's first word does
    return _TIME_STAMP.fullmatch(prev) is not None and _starts_segment(doc, doc[t.i - 1])


def _opens_segment_or_quote(doc: Doc, t: Any) -> bool:
    """``t`` begins a sentence, a line, a table's cell (``_starts_segment``) or a quotation ("minutes record 'Conference
    agreed ...'": the quote mark joined to it)."""
    if _starts_segment(doc, t):
        return True
    prev = doc[t.i - 1]
    return prev.text in _QUOTES and not prev.whitespace_ and (prev.i == 0 or doc[prev.i - 1].whitespace_ or doc[prev.i - 1].is_punct)


# honorifics written after a name in Urdu, Punjabi, Hindi and Bengali homes ("Chaudhry sahib", "Rani ji"), and the
# religious and learned roles they also follow ("Qari sahib": the Quran teacher, no name)
# moves only a person makes in a family's story ("since raja moved out"), beyond ``person_verbs``
_PERSON_MOVES = {"move", "leave", "return", "arrive"}
_POSTPOSED_HONORIFICS = {"sahib", "sahiba", "sahab", "saab", "ji", "jee"}
_POSTPOSED_HONORIFIC_WORD = _LazyPattern(rf"(?<![\w'’-])(?i:{'|'.join(sorted(_POSTPOSED_HONORIFICS))})(?![\w'’-])")
# a lower-case "our", then a capital ("our Jade", "'our Chanty'")
_OUR_BEFORE_CAPITAL = re.compile(r"our(?<![\w-]our)\s+[A-Z]")  # ("our" first: a search skips to it)
_HONOURED_ROLES = {
    "qari", "imam", "maulana", "maulvi", "molvi", "mufti", "hafiz", "sheikh", "shaykh", "pir", "hakim", "doctor", "master",
    "giani", "granthi", "sant", "baba", "pandit", "guru", "ustad", "ustaad", "alim", "aalim", "mullah",
}
# a capitalised owner and its "'s" straight before a word ("Edinburgh's Award")
_CAPITAL_OWNER_BEFORE = _LazyPattern(r"(?<![\w'’-])[A-Z][\w'’-]*['’]s\s+$")
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:hrs|h)?")


def _opens_speaker_turn(doc: Doc, tok: Any) -> bool:
    """``tok`` is the first word said after a speaker's label in a transcript ("SW: Can I get a number?", "... / Mum:
    Just me"): a colon just before it, and one or two words before that which open the note, a line, or a turn
    after a " / " that joins the turns of a call written on one line."""
    if tok.i < 2 or doc[tok.i - 1].text != ":":
        return False
    for k in (2, 3):
        label = doc[tok.i - k] if tok.i - k >= 0 else None
        if label is None or not label.text[:1].isalpha():
            return False
        if _starts_segment(doc, label) or (label.i > 0 and doc[label.i - 1].text in ("/", "//")):
            return True
    return False


def _in_speaker_turn(doc: Doc, tok: Any) -> bool:
    """``tok`` is said in a turn of a transcript: a speaker's label ("Caller:") opens its turn (``_opens_speaker_turn``),
    with no " / " between them."""
    for j in range(tok.i - 1, max(0, tok.i - 25), -1):
        if doc[j].text in ("/", "//") or "\n" in doc[j].text:
            return False
        if doc[j].text == ":" and j + 1 < len(doc) and _opens_speaker_turn(doc, doc[j + 1]):
            return True
    return False


def _heading_before_colon(doc: Doc, tok: Any) -> bool:
    """``tok`` is an ordinary word that heads a note, with a colon between it and the verb the parse hangs it on
    ("Transcript, 9 Feb: SW asks for DOB", "Update: Mum says ..."): the heading, not the verb's subject."""
    if not _starts_segment(doc, tok) or tok.ent_type_ == "PERSON" or not _common_word(tok.text) or _proper_stem(tok.text):
        return False
    return tok.head.i > tok.i + 1 and any(doc[i].text == ":" for i in range(tok.i + 1, tok.head.i))


@lru_cache(maxsize=4096)
def _known_word(word: str) -> bool:
    """The dictionary knows ``word`` in any capitalisation or as an inflection (spell-check accepts it)."""
    try:
        from .ruletypes.plain import dictionary_lookup

        return dictionary_lookup(word) or dictionary_lookup(word.lower())
    except Exception:  # the dictionary is optional here
        return True


def _is_ordinary_word(w: str) -> bool:
    """``w`` is letters a-z only and a word the dictionary knows in lower case ("the", "visited"): nothing personal,
    so what is worked out about it may be kept from one audit to the next. (Letters only: the compiled word list
    answers for them, so asking never loads the spell-checker for a word like "e.g.")"""
    return _SHAPE_LOWER.fullmatch(w) is not None and _common_word(w)


def _next_is_possessive(doc: Doc, t: Any) -> bool:
    return t.i + 1 < len(doc) and doc[t.i + 1].text in ("'s", "’s", "'", "’")


@lru_cache(maxsize=1024)
def _capitalised_only(word: str) -> bool:
    """The dictionary knows ``word`` only with a capital: a name typed in lower case ("dave")."""
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return False
    try:
        from .ruletypes.plain import dictionary_lookup

        return not dictionary_lookup(word) and dictionary_lookup(word.capitalize())
    except Exception:  # the dictionary is optional here
        return False


@lru_cache(maxsize=4096)
def _common_word(word: str) -> bool:
    """The dictionary knows ``word`` in lower case (an ordinary word, whatever else it may be)."""
    try:
        from .ruletypes.plain import dictionary_lookup

        return dictionary_lookup(word.lower())
    except Exception:  # the dictionary is optional here
        return False


@lru_cache(maxsize=4096)
def _proper_stem(word: str) -> bool:
    """The dictionary lists ``word`` capitalised as a word of its own (a name or a place: "Hope", "Maya")."""
    try:
        from .ruletypes.plain import dictionary_has_stem

        return dictionary_has_stem(word[:1].upper() + word[1:].lower())
    except Exception:  # the dictionary is optional here
        return False


def _near_copy(a: Any, b: Any) -> bool:
    """Two dates one slip apart: the same day and month a year or two out, or day and month swapped in the same year
    ("14/6/2013" and "14/6/2012", "01-06-2006" and "06-01-2006")."""
    if a == b:
        return True
    if (a.day, a.month) == (b.day, b.month) and abs(a.year - b.year) <= 2:
        return True
    return a.year == b.year and (a.day, a.month) == (b.month, b.day)


# a date of an event: "had a review on 3/4/2016", "seen at 14/6/2016" (not "as", "per", "or", "instead of")
_EVENT_PREP_BEFORE = _LazyPattern(r"\b(?i:on|at|from|until|till|by|since|before|after|dated|during)\s+(?:the\s+)?$")
_RECORD_WORD_BEFORE = _LazyPattern(
    r"(?:\b(?i:as|of|or|not|vs|versus|is|has|had|have|says?|said|reads?|gives?|gave|shows?|records?|recorded|lists?|holds?)|[,(:/–-])\s*$"
)
# a record keeper and its verb opening the clause of a later date ("; LCS has", "; the GP records it as")
_KEEPER_BEFORE = _LazyPattern(
    r"(?:^|[;,]\s*)(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:has|have|had|shows?|records?|recorded|lists?|gives?|holds?|says?|reads?)"
    r"(?:\s+(?:it|her|him|the\s+date))?(?:\s+(?:down\s+)?as)?\s*:?\s*$"
    # or the record named first, then "it is" ("; on the school system it is 08/02/2012", "; in the GP record it's")
    r"|(?:^|[;,]\s*)(?:on|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+it\s*(?:is|was|['’]s|reads|says|shows)\s*:?\s*$",
    re.IGNORECASE,
)
# a record a date is written in, straight after it ("on LCS", "per the GP", "in the school's records", "according to
# the Home Office"), and the gap between two such dates of one birth: the first's record and a joining word
_SOURCE_PHRASE = r"(?:on|in|per|from|according\s+to)\s+(?:the\s+|his\s+|her\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?"
_PARALLEL_SOURCE_GAP = _LazyPattern(rf"^\s*,?\s*{_SOURCE_PHRASE}\s*,?\s*(?:and|but|while|whereas|yet)\s*$", re.IGNORECASE)
_SOURCE_AFTER = _LazyPattern(rf"\s*,?\s*{_SOURCE_PHRASE}(?=\s*(?:[.,;:)!?]|$))", re.IGNORECASE)
_BIRTHDAY_BEFORE = _LazyPattern(r"(?i:birthday|anniversary|turns?|turned|aged?)\b[^\d]*$")


_ORDINAL_WORDS = ORDINAL_WORD_PATTERN
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_MONTH_NAMES = MONTH_NAME_PATTERN
# a date as it is said aloud: an ordinal day "of" a month (or "of the" an ordinal month), then the year in figures or
# in words ("17th of the 5th, 2015", "Twelfth of March, ninety-two", "the third of June two thousand and nine")
_SPOKEN_DATE = re.compile(
    rf"(?<![\w/.-])(?i:(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})\s+of\s+(?:the\s+(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORDS})|{_MONTH_NAMES})\b"
    rf",?\s+(?:(?:19|20)\d\d|['’]\d\d|(?:nineteen|twenty)[- ](?:(?:ninety|eighty|seventy|sixty|ten|eleven|twelve|"
    rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:[- ](?:{_NUMBER_WORDS}))?|oh[- ](?:{_NUMBER_WORDS}))"
    rf"|two\s+thousand(?:\s+and)?\s+(?:{_NUMBER_WORDS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    rf"eighteen|nineteen|twenty(?:[- ](?:{_NUMBER_WORDS}))?)|(?:ninety|eighty|seventy)(?:[- ](?:{_NUMBER_WORDS}))?|oh[- ](?:{_NUMBER_WORDS})))(?![\w-])"
)
# a date-of-birth cue asked or said before the answer, in the same turn or the one before ("SW asks for DOB; Mum says",
# "What's Dad's date of birth? / Mum:")
_SPOKEN_DOB_CUE = _LazyPattern(r"\b(?i:d\.?o\.?b|date\s+of\s+birth|birth\s?date|born)\b")


def _spoken_dobs(text: str, found: list[Detail]) -> list[Detail]:
    """A date of birth said aloud in a transcript or a quoted answer, a date-of-birth cue up to 80 characters before it
    (``_SPOKEN_DATE``, which the date reader does not take)."""
    out: list[Detail] = []
    for m in _SPOKEN_DATE.finditer(text) if " of " in text else ():
        if _overlaps(m.start(), m.end(), [(d.start, d.end) for d in found]):
            continue
        if _SPOKEN_DOB_CUE.search(text, max(0, m.start() - 80), m.start()) is not None:
            out.append(Detail("date_of_birth", m.start(), m.end()))
    return out


def _other_records(text: str, dates: list[Any], dobs: list[Detail]) -> list[Detail]:
    """A second record of a date of birth found, later in the same sentence with no cue of its own, that differs from
    it by one slip ("dob 14/6/2013 per school, 14/6/2012 per gp", "recorded as 2016-03-09 on LCS but as 09/03/2015
    on the health record", "as 01-06-2006 instead of 06-01-2006"): the same birth written twice, not a visit's date."""
    found = {(d.start, d.end) for d in dobs}
    births = [dm for dm in dates if (dm.start, dm.end) in found and dm.precision == "day" and dm.date is not None]
    out: list[Detail] = []
    for dm in dates:
        if (dm.start, dm.end) in found or dm.precision != "day" or dm.date is None:
            continue
        for b in births:
            lo, hi = (b.end, dm.start) if b.end <= dm.start else (dm.end, b.start)
            # (a semicolon may part them when the later one is a record keeper's own: "2016-09-13; LCS has 13/09/2016")
            keeper = dm.start > b.start and _KEEPER_BEFORE.search(text, max(0, dm.start - 40), dm.start) is not None
            if (
                _near_copy(b.date, dm.date) and hi - lo <= 80
                and not re.search(r"[.!?\n]\s" if keeper else r"[.;!?\n]\s", text[lo:hi] + " ")
                and not _BIRTHDAY_BEFORE.search(text, max(0, dm.start - 40), dm.start)
                and not _EVENT_PREP_BEFORE.search(text, max(0, dm.start - 12), dm.start)
                # written as another record of it: after a comma or bracket, "as", "of", "or", "not", "vs", a record's verb
                and (
                    dm.start < b.start or _RECORD_WORD_BEFORE.search(text, max(0, dm.start - 12), dm.start) is not None
                    # each date with its own record after it: "1/7/1995 on LCS and 7/1/1995 on the health record"
                    or (_PARALLEL_SOURCE_GAP.match(text[lo:hi]) is not None and _SOURCE_AFTER.match(text, dm.end) is not None)
                )
            ):
                out.append(Detail("date_of_birth", dm.start, dm.end))
                break
    return out


# a full numeric date straight after a name: ", 1/9/85" or " (01.09.1985"
_NOMINAL_DATE = _LazyPattern(r"\s*[,(]\s*(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))(?![\d/-]|\.\d)")


def _nominal_dobs(text: str, names: list[Detail], found: list[Detail], titles: Iterable[str] = ()) -> list[Detail]:
    """The date in the police's nominal form, "Dean HOLLIS, 1/9/85": a name whose surname is in
    capitals, then a date with nothing between but a comma or a bracket, is a person's date of
    birth (a visit after a name, "Seen by Dr Patel, 3/4/24", is not written in this form). So is a
    full date alone in brackets straight after a family member's name ("Tia (04/09/2016) and Mason
    (21/1/2019)"), unless a title marks a professional or the name follows a word of meeting
    ("seen by Dr Patel (3/4/24)", "met Kelly (12/3/24)"), where the date is the meeting's."""
    out: list[Detail] = []
    taken = [(x.start, x.end) for x in found]
    for d in names:
        words = text[d.start : d.end].split()
        if len(words) >= 2 and words[-1].isupper() and len(words[-1]) >= 3 and not words[0].isupper():
            m = _NOMINAL_DATE.match(text, d.end)
        elif (
            len(words) >= 2 and all(_SHAPE_NAME.fullmatch(w) for w in words) and words[0].rstrip(".") not in titles
            and (m := _NOMINAL_DATE.match(text, d.end)) is not None and _years_ago(m.group(1)) >= 12
            and not _NOMINAL_DATE_EVENT_BEFORE.search(text, max(0, d.start - 40), d.start)
        ):
            pass  # a full name, then a date too old for a visit, set off by a comma: "calls him Michael Tierney, 7/4/79"
        else:
            m = _BRACKETED_DATE.match(text, d.end) or _AGED_BRACKETED_DATE.match(text, d.end)
            before = _WORD_RUN.findall(text[max(0, d.start - 30) : d.start])
            if m and (words[0].rstrip(".") in titles or (before and (before[-1].lower() in _MEETING_WORDS or before[-1] in titles))):
                m = None
        if m and not _overlaps(m.start(1), m.end(1), taken):
            out.append(Detail("date_of_birth", m.start(1), m.end(1)))
    return out


# a meeting, a letter or a signature before a name, whose date follows it ("seen by Jane Smith, 3/4/24")
_NOMINAL_DATE_EVENT_BEFORE = _LazyPattern(
    r"\b(?i:by|with|from|to|met|meet|saw|see|seen|visited|visit|called|rang|phoned|emailed|texted|spoke|contacted|attended"
    r"|signed|dated|sent|wrote|written|letter|report|statement)\s+(?:\w+\s+)?$"
)


def _years_ago(value: str) -> int:
    """How many years before this year the numeric date ``value`` ("7/4/79", "03.03.1999") falls (0 if unreadable)."""
    import datetime as _dt

    year = re.split(r"[/.-]", value)[-1]
    if not year.isdigit():
        return 0
    now = _dt.date.today().year
    y = int(year)
    if len(year) == 2:
        y += 2000 if 2000 + y <= now else 1900
    return now - y


# a full date alone in brackets ("Tia (04/09/2016)")
_BRACKETED_DATE = _LazyPattern(r"\s*\(\s*(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))\s*\)")
# an age, then a full date, alone in brackets after a name ("Kai (15, 02.09.2009)")
_AGED_BRACKETED_DATE = _LazyPattern(
    r"\s*\(\s*(?:(?i:aged?)\s*)?\d{1,2}(?:\s*(?i:y(?:rs?|ears?)(?:\s+old)?|yo|y/o))?\s*[,;]\s*(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2}))\s*\)"
)
# words before a person met on a date: the bracketed date is the meeting's, not a birth
_MEETING_WORDS = frozenset(
    {"by", "with", "from", "to", "met", "meet", "saw", "see", "seen", "visited", "visit", "called", "rang", "phoned",
     "emailed", "texted", "spoke", "contacted", "contact", "attended", "observed", "interviewed"}
)


def _list_members(head: Any) -> list[Any]:
    """The words listed after ``head`` and a colon ("siblings: rocco, bella (twins), and baby mae"):
    its appositions and their conjuncts and appositions, in order."""
    out: list[Any] = []
    todo = [c for c in head.children if c.dep_ in ("appos", "conj", "dobj", "npadvmod") and c.i > head.i + 1]
    while todo:
        x = todo.pop()
        if x in out:
            continue
        out.append(x)
        todo += [c for c in x.children if c.dep_ in ("appos", "conj")]
    return sorted(out, key=lambda y: y.i)


def _token_starts(start: int, end: int, by_start: dict[int, Any]) -> list[int]:
    return sorted(i for i in by_start if start <= i < end)


def _leading_run(toks: list[Any]) -> list[Any]:
    if not toks:
        return []
    out = [toks[0]]
    for t in toks[1:]:
        if t.i != out[-1].i + 1:
            break
        out.append(t)
    return out


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


_SURNAME_INITIAL = re.compile(r"[A-Z]\.")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}['’]?s")


def _extend_with_surnames(spans: list[tuple[int, int]], doc: Doc, ok) -> list[tuple[int, int]]:
    """A name next to another capitalised proper noun takes it in ("Sarah" + "Jones", "Tyler" + "Jones")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        span = doc.char_span(s, e, alignment_mode="expand")
        while (  # "Ruby" + "-" + "Rose"
            span is not None
            and span.end + 1 < len(doc)
            and doc[span.end].text in ("-", "‐")
            and doc[span.end].idx == e
            and doc[span.end + 1].idx == e + 1
            and doc[span.end + 1].text[:1].isupper()
        ):
            e = doc[span.end + 1].idx + len(doc[span.end + 1].text)
            span = doc.char_span(s, e, alignment_mode="expand")
        while span is not None and span.end < len(doc) and ok(doc[span.end]) and doc[span.end].idx == e + 1:
            e = doc[span.end].idx + len(doc[span.end].text)
            span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.end < len(doc) and doc[span.end].idx == e + 1 and _SURNAME_INITIAL.fullmatch(doc[span.end].text):
            e = doc[span.end].idx + 1  # "Precious M.": the surname's initial (not the full stop after it)
            span = doc.char_span(s, e, alignment_mode="expand")
        while (  # "Lily" + "-" + "Mae Kinsella": the first part of a double first name
            span is not None and span.start >= 2 and doc[span.start - 1].text in ("-", "‐")
            and doc[span.start - 1].idx + 1 == s and doc[span.start - 2].idx + len(doc[span.start - 2].text) == s - 1
            and _SHAPE_NAME.fullmatch(doc[span.start - 2].text)
        ):
            s = doc[span.start - 2].idx
            span = doc.char_span(s, e, alignment_mode="expand")
        while span is not None and span.start > 0 and ok(doc[span.start - 1]) and not doc[span.start - 1].is_sent_start:
            prev = doc[span.start - 1]
            if prev.idx + len(prev.text) + 1 != s:
                break
            s = prev.idx
            span = doc.char_span(s, e, alignment_mode="expand")
        if out and (s < out[-1][1] or (s == out[-1][1] + 1 and doc.text[out[-1][1]] in "-‐")):
            out[-1] = (min(out[-1][0], s), max(out[-1][1], e))  # (two halves of "marie-claude" are one name)
        else:
            out.append((s, e))
    return out


_PRIORITY = {k: i for i, k in enumerate(("email", "nhs_number", "date_of_birth", "postcode", "phone", "case_number", "address", "name"))}


# a police rank, the officer's collar number, then the surname ("PC 4521 Hughes", "DS 0912 Amos", "PCSO 7781 Grant")
# (every rank of ``_COLLAR_NAME`` holds one of these, as written: a text with none has no match)
_COLLAR_RANK_PARTS = ("PC", "PS", "DC", "DS", "DI", "Sgt", "Insp", "SC", "Sergeant", "Constable", "Inspector")
_COLLAR_NAME = _LazyPattern(
    r"(?<![\w/])(?:PCSO|WPC|PC|PS|DC|DS|DI|DCI|DSgt|D/Sgt|Sgt|Insp|SC|(?:Detective\s+)?(?:Sergeant|Constable|Inspector))\.?\s*\d{3,5}\s+(?P<surname>[A-Z][a-z][A-Za-z'’-]*)(?![\w'’-])(?!\s+[A-Z][a-z])"
)
# a role, then a forename and a surname set off by commas ("The school DSL, Bethany Ward, shared ...")
_ROLE_APPOSITION = re.compile(r"(?<![\w'’-])(?P<role>[A-Za-z]{2,}),\s+(?P<first>[A-Z][a-z]+)\s+(?P<last>[A-Z][a-z'’-]+)\s*[,;)]")
_ASCII_LETTERS = frozenset(string.ascii_letters)


def _letters_before_commas(text: str) -> list[int]:
    """Where a run of two or more ASCII letters that a comma ends starts, ascending: every match of
    ``_ROLE_APPOSITION`` starts at one (found from the commas, not by trying the pattern at every character)."""
    starts: list[int] = []
    c = text.find(",")
    while c >= 0:
        s = c
        while s > 0 and text[s - 1] in _ASCII_LETTERS:
            s -= 1
        if c - s >= 2:
            starts.append(s)
        c = text.find(",", c + 1)
    return starts
# an illness named after someone: a bare possessive after "has", "with", "diagnosed with" ("has Parkinson's.")
_ILLNESS_AFTER = _LazyPattern(r"['’]s(?:\s+(?:disease|syndrome))?(?=\s*(?:[.,;:!?)]|$|\s+(?:and|but|so|which|since|for)\b))")
_ILLNESS_BEFORE = _LazyPattern(r"(?i:\b(?:has|had|have|with|of|from|developed|diagnosed\s+with)\s+)$")
# what one may be "in" a person: "confided in Sarah Jones", "interest in ..."
_IN_A_PERSON = {"confide", "believe", "trust", "interest", "interested", "confidence", "faith", "change", "role", "part"}
# a place that is where something happens ("Sydney is where ...")
# round 15's look-alikes (:meth:`Detector._list_and_context_look_alike`)
_PLACE_NOUNS = {"place", "town", "city", "village", "area", "county", "island", "country", "hospital", "school", "authority",
                    "council", "venue", "club", "setting", "service", "agency", "team", "organisation", "provider", "site"}
_GOING = {"go", "come", "walk", "head", "drive", "travel", "wander", "hang", "live", "move", "know", "nip", "pop", "be"}
_WELSH_JOINERS = {"y", "yr", "o", "na"}
_GROUP_PLURALS = {"Women", "Men", "Children", "People", "Girls", "Boys", "Parents", "Families", "Mothers", "Fathers", "Carers"}
_CONDITIONS = {"syndrome", "disease", "disorder", "palsy", "condition", "adhd", "autism", "asd", "epilepsy", "asthma", "eczema"}


_SERVICE_HEADS = _LazyPattern(
    r"(?:Centre|Center|Hub|Library|Clinic|Surgery|Practice|Hospital|School|Academy|College|Nursery|Station|Church|Mosque|"
    r"Temple|Chapel|Office|Offices|Museum|Club)\s+$"
)


def _bare_street_near_building(text: str, m: re.Match) -> bool:
    """A street with no number that places no home: "near" it ("the only address given was 'near Rye Lane'"), or where a
    named service building is ("the Family Centre on Cross Street", "Kirkby Library on Cherryfield Drive")."""
    prep = m.group(0).split()[0].lower()
    return prep == "near" or _SERVICE_HEADS.search(text, max(0, m.start() - 30), m.start()) is not None


_RECORD_WORDS = {"case", "record", "file", "client", "person", "child", "child's", "family", "referral", "police", "crime", "incident"}


def _number_of_another_system(cue: str, value: str, case_re: re.Pattern) -> bool:
    """A number under another system's name than the authority's configured record number ("The Mosaic ID was 448812"
    where the pattern is "LCS..."): by the corpus README only the configured pattern's numbers are case numbers."""
    first = re.match(r"[\w'’-]+", cue)
    word = first.group(0) if first else ""
    return (
        word.lower() not in _RECORD_WORDS and word.lower() not in case_re.pattern.lower()
        and case_re.search(value) is None
    )


def _other_format(value: str, case_re: re.Pattern) -> bool:
    """A cued reference written in another format than the configured record number, with letters among its figures
    or a slash between them ("Case no. PR25C00412" a court's number, "referral ref 2025/04417"), which the configured
    pattern does not match: by the corpus README only that pattern's numbers are case numbers. A bare run of figures
    ("case number 448812") may be the record number written without its prefix, and stays."""
    core = value.strip("-/")
    return case_re.search(value) is None and bool(re.search(r"\d[A-Za-z/]+\d|\d/|/\d", core))


# a birth in Welsh: "Ganwyd XXXX ar 4 Ebrill 2017" (was born on), "Dyddiad geni:" (date of birth); the Welsh months
_WELSH_BIRTH = re.compile(r"(?<![\w])(?i:ganwyd|dyddiad\s+geni)")
_WELSH_BIRTH_BEFORE = _LazyPattern(r"(?<![\w])(?i:ganwyd|dyddiad\s+geni)\b[^.;!?\n\d]{0,40}$")
_WELSH_MONTHS = ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr")
_WELSH_DATE = re.compile(
    r"(?<![\w/.-])(\d{1,2})(?:af|il|ydd|ed|fed|eg|ain)?\s+(?i:(" + "|".join(_WELSH_MONTHS) + r"))\s+((?:19|20)\d\d)(?![\w/-])"
)


# a chronology row's date, then its cells or a name in brackets before "born": "| Birth | Half-sister Amara born",
# "Mum (Tasha) born"
_BORN_IN_ROW = re.compile(
    r"[\s,:–-]*(?:(?:\||[\w'’-]+|\(\s*[\w'’-]+(?:\s+[\w'’-]+)?\s*\))\s*){1,6}?(?<![\w'’-])(?:was\s+|were\s+)?born\b(?!\s+(?:in|and\s+raised)\b)",
    re.IGNORECASE,
)


def _listed_name_after_title(det: Any, tok: Any, nxt: Any, child_ref: str) -> bool:
    """A listed forename after a family word used as a title, that the word lists hold as something else (a field's
    label: "Tel"): a name unless it labels a field ("Uncle Tel (Terence Pugh)", not "Uncle Tel: 0161 ...")."""
    return (
        tok.text in det.forenames and not det._is_word_ok(tok.text, child_ref)
        and (nxt is None or (nxt.text not in (":", "|") and not nxt.like_num))
    )


# a surname with a Gaelic or Irish prefix, capitalised inside ("MacLeod", "McAllister", "O'Neill", "Ó'Briain")
_PREFIXED_SURNAME = _LazyPattern(rf"(?:Mac|Mc|O['’]|Ó['’]?)[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}'’]+)?")


# a sender naming themself in lower case at a quoted text's start: "'its kezza, new number ...'"
_TEXT_SELF_NAMED_LOWER = re.compile(r"['‘\"“](?:(?i:yo|hey|hi|oi|ye|yh|ok)[,\s]+)?(?i:it['’]?s|its|this\s+is)\s+([a-z][a-z'’]{2,})\s*[,!.]")


_REPORTED = _LazyPattern(r"(?i)\b(?:said|says|told|tells|reported|reports|asked|thinks|thought|believes|claimed|claims|stated|states)\b")


def _with_welsh_dates(text: str, dates: list[Any]) -> list[Any]:
    """``dates`` with full dates written with a Welsh month ("09 Mawrth 2014", "4 Ebrill 2017") in their places."""
    if not any(map(str.isdigit, text)):
        return dates
    import datetime as _dt

    from .dates import DateMatch

    extra = []
    for m in _WELSH_DATE.finditer(text):
        try:
            day = _dt.date(int(m.group(3)), _WELSH_MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
        except ValueError:
            continue
        extra.append(DateMatch(m.start(), m.end(), m.group(0), day, "day"))
    if not extra:
        return dates
    kept = [d for d in dates if not any(d.start < x.end and x.start < d.end for x in extra)]
    return sorted([*kept, *extra], key=lambda d: d.start)


def _in_table_header(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a cell of a pasted table's header row (a row holding a name or a DOB header)."""
    a = max(text.rfind("\n", 0, s), text.rfind(" / ", 0, s))
    a = 0 if a < 0 else a
    b = min([x for x in (text.find("\n", e), text.find(" / ", e)) if x >= 0] or [len(text)])
    cells = [c.strip() for c in text[a:b].split("|")]
    if len(cells) < 3:
        return False
    cells[0] = cells[0].split(":")[-1].strip()  # "Sibling table: Name"
    return any(_TABLE_DOB_HEAD.fullmatch(c) or _TABLE_NAME_HEAD.fullmatch(c) for c in cells) and text[s:e].strip() in cells


_WHERE_AFTER = _LazyPattern(r"\s+(?:is|was)\s+where\b")
# a court by its town ("Norwich Magistrates' Court", "Luton Family Court")
_COURT_AFTER = _LazyPattern(r"(?:['’]s?|s['’])?\s+(?:Court|Courts|Tribunal)\b")
# a firm by "& Co", "& Sons", with the firms listed beside it ("Hart & Co and Birketts are acting")
_FIRM_WORD = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_FIRM_LIST = _LazyPattern(
    rf"(?:{_FIRM_WORD}(?:\s*,\s*|\s+and\s+))*{_FIRM_WORD}\s*&\s*(?:Co|Sons|Partners)\b\.?(?:(?:\s*,\s*|\s+and\s+){_FIRM_WORD})*"
)
_TABLE_ROW_BREAK = _LazyPattern(r"\n|\s/\s")
_TABLE_DOB_HEAD = _LazyPattern(r"(?i)(?:DOB|D\.O\.B\.?|dates? of birth|birth ?date|born)")
_TABLE_NAME_HEAD = _LazyPattern(r"(?i)(?:(?:full |first )?names?|child(?:ren)?|sibling|siblings|person|family member)")
_TABLE_NAME_CELL = _LazyPattern(r"[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2}")


def _table_columns(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """A table pasted as text ("Name | Relationship | DOB / Shannon Kirby | Mother | 22/05/1994 / ..."): the cells,
    in the rows under the header, of a date-of-birth column and of a name column (character spans, trimmed)."""
    if text.count("|") < 2:
        return [], []
    rows: list[list[tuple[int, int]]] = []
    pos = 0
    for m in [*_TABLE_ROW_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        cells, c0 = [], pos
        for i in [*(pos + j for j, ch in enumerate(text[pos:end]) if ch == "|"), end]:
            a, b = c0, i
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            cells.append((a, b))
            c0 = i + 1
        rows.append(cells)
        pos = m.end() if m else end
    dob_cells: list[tuple[int, int]] = []
    name_cells: list[tuple[int, int]] = []
    head = None
    for cells in rows:
        words = [text[a:b] for a, b in cells]
        if len(cells) >= 2 and any(_TABLE_DOB_HEAD.fullmatch(w) or _TABLE_NAME_HEAD.fullmatch(w) for w in words):
            head = (len(cells), [i for i, w in enumerate(words) if _TABLE_DOB_HEAD.fullmatch(w)],
                    [i for i, w in enumerate(words) if _TABLE_NAME_HEAD.fullmatch(w)])
            continue
        if head is None or len(cells) != head[0]:
            continue  # a row shaped like the header's: its cells are the columns'
        dob_cells += [cells[i] for i in head[1]]
        name_cells += [cells[i] for i in head[2] if _TABLE_NAME_CELL.fullmatch(text[cells[i][0] : cells[i][1]])]
    return dob_cells, name_cells


def _starts_sentence(text: str, i: int) -> bool:
    """Position ``i`` opens the text or a sentence."""
    return re.search(r"(?:^|[.!?:;]\s+|\n)[\s'‘\"“(]*$", text[max(0, i - 6) : i]) is not None or i == 0


def _resolve(found: list[Detail], text: str) -> list[Detail]:
    """No overlaps: the longer detail wins, then the kind with more evidence (an e-mail over a name in it)."""
    chosen: list[Detail] = []
    for d in sorted(found, key=lambda d: (-(d.end - d.start), _PRIORITY[d.kind], d.start)):
        if not any(d.start < c.end and c.start < d.end for c in chosen):
            chosen.append(d)
    chosen.sort(key=lambda d: d.start)
    return [Detail(d.kind, d.start, d.end, text[d.start : d.end]) for d in chosen]


def is_anonymised_ref(value: str) -> bool:
    """``value`` reads as an anonymised reference ("XXXX", "C-10423", "AB12"), not a name ("Sarah Jones", "Sarah")."""
    v = (value or "").strip()
    if not v or any(c.isdigit() for c in v) or not any(c.isalpha() for c in v):
        return True
    # a capitalised word the dictionary does not know in lower case ("Sarah"; not "Child A")
    return not any(re.fullmatch(r"[A-Z][a-z'’-]+", w) and not _common_word(w) for w in re.split(r"[\s,]+", v))


# irregular past tenses that open case-note shorthand ("Rang Marcus", "Saw Kian at school")
_IRREGULAR_PAST = {"rang", "saw", "met", "spoke", "told", "took", "gave", "sent", "left", "heard", "went", "drove", "brought", "sat", "found", "rung"}


def _reparse_shorthand(doc: Doc, memo: dict[str, Doc] | None = None, shorthand: list[Any] | None = None) -> Doc:
    """Case-note shorthand opens a sentence with a verb and no subject ("Visited Southport and Formby",
    "Rang Mr Okoro"); the small model reads the capitalised verb as part of a name. Parse such a text
    again with that verb in lower case (same length, so offsets hold). ``memo``: parses already made, by
    their text (:func:`_parse`); ``shorthand``: the tokens of ``doc`` shaped like such a verb
    (:attr:`_TokenShapes.shorthand`), read from ``doc`` when not given."""
    fix = [  # (the word's shape first: most tokens fail it; every test is a pure one, so the order changes nothing)
        t for t in (_TokenShapes(doc).shorthand if shorthand is None else shorthand)
        if t.pos_ in ("PROPN", "NOUN")
        and _starts_segment(doc, t) and _common_word(t.text) and not _proper_stem(t.text)
    ]
    if not fix:
        return doc
    chars = list(doc.text)
    for t in fix:
        chars[t.idx] = t.text[0].lower()
    again = _parse("".join(chars), memo)
    return again if len(again.text) == len(doc.text) else doc


# a scanned form's slips: a group of figures with a letter O, or an I/l after a figure, among them ("O7700", "9OO",
# "3O/11/1985"); a word of
# letters with a 0 or a 1 among them ("Mi11", "J0ANNE"); a lower-case l inside a word in capitals ("PlCKERING")
# (its first character as a class first, so a search skips to the figures and the O/o/I/l; what the look-behind and the
# look-aheads would ask where it starts, asked just after it)
_SCAN_FIGURES = re.compile(
    r"[0-9OoIl](?<![\w][0-9OoIl])(?:(?<=[0-9])|(?=[0-9OoIl/.-]*\d))(?:(?<=[OoIl])|(?=[0-9/.-]*[OoIl]))[0-9OoIl]*(?:[/.-][0-9OoIl]+)*(?![\w])"
)
_SCAN_WORD = re.compile(r"(?<![\w'’-])(?=(?:[A-Za-z]*[01]){1,2}[A-Za-z]*(?![\w]))(?=(?:[01]*[A-Za-z]){3})[A-Za-z01]+(?![\w'’-])")
_SCAN_CAPS_L = _LazyPattern(r"(?<![\w])(?=[A-Za-z]{4})[A-Z]+l[A-Z]+(?![\w])")
_DATE_SEPARATED = _LazyPattern(r"\w[/.-]\w")
_SCAN_DOB_CUE = _LazyPattern(r"(?<![\w])[Dd][./]?(0)[./]?[Bb](?![\w])")  # the date-of-birth cue with a zero for its O
_CAPS_L_GATE = re.compile(r"[A-Z]l[A-Z]")  # in every match of ``_SCAN_CAPS_L``
_SCAN_DOB_CUE_GATE = _LazyPattern(r"0(?=[./]?[Bb])")  # in every match of ``_SCAN_DOB_CUE``
# a 0 or a 1 beside an ASCII letter (the figure first, so a search skips to the figures)
_LETTER_BESIDE_01 = re.compile(r"[01](?<=[A-Za-z][01])|[01](?=[A-Za-z])")


def _undo_scan_slips(text: str, street_re: re.Pattern | None = None, street_gated: bool = False) -> str:
    """The text with a scanner's letter/digit slips undone, character for character (the length never changes);
    ``street_re`` finds a street's name with a 1 or a 0 among its letters before its street word ("Mi11 Lane");
    ``street_gated``: every match of it holds a 0 or a 1 beside a letter (it is tried only on a text that does)."""
    if not _ANY_DIGIT.search(text) and "l" not in text:
        return text
    # (cheap gates, so a clean text is returned as it is, the same object: every match of ``street_re`` and of
    # ``_SCAN_WORD`` holds a 0 or a 1, every match of ``_SCAN_FIGURES`` a figure, every one of ``_SCAN_CAPS_L``
    # a capital, an "l" and a capital in a row)
    zero_one = "0" in text or "1" in text
    figures = zero_one or _ANY_DIGIT.search(text) is not None
    caps_l = _CAPS_L_GATE.search(text) is not None
    if not figures and not caps_l:
        return text
    # (every match of ``_SCAN_WORD`` is a word of letters with a 0 or a 1 among them: one stands beside a letter)
    beside_letter = zero_one and _LETTER_BESIDE_01.search(text) is not None
    street = list(street_re.finditer(text)) if street_re is not None and (beside_letter or (zero_one and not street_gated)) else []
    scan_figures = list(_SCAN_FIGURES.finditer(text)) if figures else []
    scan_words = list(_SCAN_WORD.finditer(text)) if beside_letter else []
    scan_caps = list(_SCAN_CAPS_L.finditer(text)) if caps_l else []
    if not (street or scan_figures or scan_words or scan_caps):
        return text
    chars = list(text)
    for m in street:
        a, b = m.span("word") if "word" in m.re.groupindex and m.group("word") else m.span()
        for i in range(a, b):
            chars[i] = {"0": "o", "1": "l"}.get(chars[i], chars[i])
    for m in scan_figures:
        for i in range(m.start(), m.end()):
            if i == m.start() and chars[i] in "Il" and not _DATE_SEPARATED.search(m.group(0)):
                # a lower-case postcode's area ("l20 7hn"), not a slip (but a date's first figure: "l4/06/2Ol1")
                continue
            chars[i] = {"O": "0", "o": "0", "I": "1", "l": "1"}.get(chars[i], chars[i])
    for m in scan_words:
        w = m.group(0)
        upper = sum(c.isupper() for c in w) > sum(c.islower() for c in w)
        for i in range(m.start(), m.end()):
            if chars[i] == "0":
                # (a capital opening a word typed in lower case: "Mrs 0konkwo")
                chars[i] = "O" if upper or (i == m.start() and w[1:2].islower()) else "o"
            elif chars[i] == "1":
                chars[i] = "I" if upper else "l"
    for m in scan_caps:
        for i in range(m.start(), m.end()):
            if chars[i] == "l":
                chars[i] = "I"
    for m in _SCAN_DOB_CUE.finditer(text) if zero_one and _SCAN_DOB_CUE_GATE.search(text) else ():
        chars[m.start(1)] = "O" if chars[m.start(1) - 1].isupper() or m.group(0)[-1:].isupper() else "o"  # "D0B:"
    return "".join(chars)


def _parse(text: str, memo: dict[str, Doc] | None = None) -> Doc:
    """The parse of ``text``; ``memo``: parses already made, by their text (the same text parses the same way),
    where this one is kept too."""
    if memo is not None and text in memo:
        return memo[text]
    from . import nlp

    doc = nlp.parse([text])[0]
    if memo is not None:
        memo[text] = doc
    return doc


@lru_cache(maxsize=8)
def _default_detector(kinds: tuple[str, ...], case_number_pattern: str | None) -> Detector:
    return Detector(kinds=kinds, case_number_pattern=case_number_pattern)


def find_details(
    doc_or_text: Doc | str,
    kinds: Iterable[str] = KINDS,
    case_number_pattern: str | None = None,
    child_ref: str = "XXXX",
) -> list[Detail]:
    """Identifying details in one text or parse, with the bundled lexicons."""
    return _default_detector(tuple(kinds), case_number_pattern).find(doc_or_text, child_ref=child_ref)


# -- consistent placeholders (auditlint redact) ------------------------------------------------
PLACEHOLDER_LABELS = {
    "name": "Name",
    "date_of_birth": "Date of birth",
    "address": "Address",
    "postcode": "Postcode",
    "phone": "Phone",
    "email": "Email",
    "nhs_number": "NHS number",
    "case_number": "Case number",
}


def _name_words(text: str) -> tuple[str, ...]:
    return tuple(re.sub(r"['’]s?$", "", w).lower() for w in re.split(r"\s+", text.strip()) if w)


def detail_key(d: Detail) -> str:
    """The same value written differently gets the same key (spaces, case, +44)."""
    t = d.text
    if d.kind == "name":
        return " ".join(_name_words(t))
    if d.kind == "phone":
        digits = re.sub(r"\D", "", t.replace("(0)", ""))
        return "0" + digits[2:] if t.lstrip().startswith("+44") else digits
    if d.kind in ("nhs_number",):
        return re.sub(r"\D", "", t)
    if d.kind in ("postcode", "case_number"):
        return re.sub(r"[^A-Za-z0-9]", "", t).upper()
    if d.kind == "date_of_birth":
        from .dates import parse_date

        day = parse_date(t)
        return day.isoformat() if day else t.lower()
    return re.sub(r"[\W_]+", " ", t).strip().lower()


def assign_placeholders(details: list[Detail]) -> list[str]:
    """A placeholder for each detail (in document order): the same value always gets the same one.

    A first name or surname alone takes the placeholder of the one full name
    seen in the document that it belongs to ("Sarah Jones" ... "Sarah"); when
    two full names share it, it gets its own.
    """
    full: dict[str, tuple[str, ...]] = {}
    for d in details:
        if d.kind == "name" and len(_name_words(d.text)) > 1:
            full.setdefault(detail_key(d), _name_words(d.text))
    keys: list[tuple[str, str]] = []
    for d in details:
        key = detail_key(d)
        if d.kind == "name" and key not in full:
            words = _name_words(d.text)
            owners = {k for k, ws in full.items() if len(words) == 1 and words[0] in (ws[0], ws[-1])}
            if len(owners) == 1:
                key = owners.pop()
        keys.append((d.kind, key))
    numbers: dict[tuple[str, str], int] = {}
    per_kind: dict[str, int] = {}
    out = []
    for kind, key in keys:
        if (kind, key) not in numbers:
            per_kind[kind] = per_kind.get(kind, 0) + 1
            numbers[(kind, key)] = per_kind[kind]
        out.append(f"[{PLACEHOLDER_LABELS[kind]} {numbers[(kind, key)]}]")
    return out


__all__ = [
    "KINDS",
    "KIND_LABELS",
    "PLACEHOLDER_LABELS",
    "Detail",
    "Detector",
    "assign_placeholders",
    "detail_key",
    "find_details",
    "is_anonymised_ref",
    "nhs_check_ok",
]
