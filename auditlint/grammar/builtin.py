"""The built-in offline grammar checker: spaCy checks on the shared parse.

It never parses: :meth:`BuiltinChecker.check` reads the Doc the engine made
for the paragraph (``ctx.doc(block)``). It looks for the slips audit writers
actually make, and prefers silence to a wrong finding: each check fires only
where the parse and the words agree. Nothing inside quotation marks (reported
speech) is ever judged.

The checks (each id is shown in the finding's message):

``agreement``
    Subject and verb disagree in number: "XXXX have received", "the parents
    was", "the children has", "there is two reports", "there are a plan".
    Read from the parse (the verb's ``nsubj``; the ``attr`` after "there
    is/are"), with "XXXX and her brother have" plural. Collective nouns
    (family, team, school, police...), quantity words ("a number of", "six
    months is"), organisations and acronyms (CAMHS have), "each/every",
    relative pronouns and the subjunctive ("important that XXXX have") are
    left alone: British English allows either or the parse cannot tell.
``possessive``
    A possessive apostrophe missing before a noun: "the parents own
    histories", "XXXXs plan", "mothers views", "the childrens needs". Only
    for words naming people (mother, parents, carer, the child's reference...).
``repeated-word``
    The same word twice: "the the" ("had had" and "that that" are fine).
``a-an``
    "a" or "an" by the sound of the next word: "a assessment", "an CIN";
    but "an SW", "a one-off", "an hour", "a university", "an 8-year-old".
    Acronyms are read letter by letter unless listed in ``SAID_AS_WORD``
    (LADO, MASH, SEND...); words and abbreviations said either way
    (``EITHER``: historic, hotel; SW, HV) are never findings.
``its-its``
    "its" for "it is/has" ("its been", "its clear that") and "it's" as a
    possessive ("it's purpose was", "it's own").
``could-of``
    "could/should/would/must/might of" + a participle, for "could have".
``practice-practise``, ``licence-license``, ``advice-advise``
    British English: the noun is practice/licence/advice, the verb
    practise/license/advise - judged by the part of speech and its neighbours
    ("good practise", "will practice", "given advise", "to advice").
``affect-effect``
    "effect" used as the verb "to influence" ("the abuse has effected XXXX",
    "was effected by") and "affect" as the noun ("an affect on her sleep").
    "to effect change" and the clinical "flat affect" are left alone.
``semicolon``
    A semicolon used as a comma: what follows it is not an independent
    clause by the parse (no subject and finite verb of its own). Semicolons
    separating list items (after a colon, or two or more in a row) are fine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..text import quoted_spans
from . import GrammarBackend, Issue

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

NAME = "built-in offline checker"


@dataclass
class _Ctx:
    doc: Doc
    text: str
    names: frozenset[str]  # lower-case names / anonymised references of people
    tokens: list = field(init=False, repr=False)  # the Doc's tokens, read once
    lowers: list = field(init=False, repr=False)  # each token's lower-case form
    _at: dict | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        toks = getattr(self.doc, "tokens", None)  # a DocView's token list, else spaCy's tokens
        self.tokens = toks if toks is not None else list(self.doc)
        self.lowers = [t.lower_ for t in self.tokens]

    def with_lower(self, words: Iterable[str]) -> list[Token]:
        """The tokens whose lower-case form is one of ``words``, in order: most checks
        look at a few words, so they visit those tokens instead of every token."""
        if self._at is None:
            at: dict[str, list[int]] = {}
            for i, low in enumerate(self.lowers):
                at.setdefault(low, []).append(i)
            self._at = at
        at = self._at
        found = [i for w in words for i in at.get(w, ())]
        if len(found) > 1:
            found.sort()
        toks = self.tokens
        return [toks[i] for i in found]


_Check = Callable[[_Ctx], Iterator[Issue]]
CHECKS: dict[str, tuple[_Check, str]] = {}


def _check(check_id: str, description: str):
    def deco(fn: _Check) -> _Check:
        CHECKS[check_id] = (fn, description)
        return fn

    return deco


# -- helpers -----------------------------------------------------------------
_ANON = re.compile(r"^X{2,}$")


def _cased(like: str, word: str) -> str:
    """``word`` with the capitalisation of ``like``."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _next(tok: Token) -> Token | None:
    """The next token, when nothing but a space separates them."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not tok.whitespace_ and tok.text.isalpha() and doc[tok.i + 1].text.isalpha():
        return None
    nxt = doc[tok.i + 1]
    return None if nxt.is_space else nxt


def _adjacent(tok: Token) -> Token | None:
    """The next token whatever the spacing (for clitics: it + 's)."""
    doc = tok.doc
    return doc[tok.i + 1] if tok.i + 1 < len(doc) else None


def _issue(check_id: str, start: int, end: int, message: str, *replacements: str) -> Issue:
    return Issue(start, end, message, tuple(r for r in replacements if r), check_id, "GRAMMAR")


def _quote(word: str) -> str:
    return f"\u201c{word}\u201d"


def _mentioned(tok: Token) -> bool:
    """A word talked about rather than used: "practice/practise", `rules`."""
    doc = tok.doc
    around = (doc[tok.i - 1].text if tok.i > 0 else "", doc[tok.i + 1].text if tok.i + 1 < len(doc) else "")
    return any(a in ("/", "`", "``") or a.startswith("`") for a in around)


def _is_name(tok: Token, ctx: _Ctx) -> bool:
    return tok.lower_ in ctx.names or bool(_ANON.match(tok.text))


# ============================================================================
# agreement
# ============================================================================
# Subjects British English lets take either a singular or a plural verb.
COLLECTIVE = frozenset(
    """family team school police staff council government panel court service services agency committee
    board group couple department management trust authority public media class unit network partnership
    household nursery college academy hospital practice surgery crew audience jury majority minority core
    youth parliament clinic""".split()
)
# Quantity and partitive heads ("a number of visits are"), and invariant nouns.
QUANTITY = frozenset(
    """number majority lot lots rest half percent per cent proportion range variety total amount
    series species none all some most any each either neither one both plenty kind sort type
    data media criteria means news headquarters whereabouts""".split()
)
# Plural measure nouns that take a singular verb ("six months is too long").
MEASURES = frozenset("seconds minutes hours days weeks months years pounds miles metres percent".split())
PERSON_NOUNS = frozenset(
    """mother father mum mummy dad daddy nan nana nanny grandma grandad grandmother grandfather
    grandparent parent carer child baby boy girl son daughter brother sister sibling aunt uncle
    cousin partner stepfather stepmother stepdad stepmum husband wife boyfriend girlfriend
    worker manager teacher nurse doctor practitioner officer guardian""".split()
)
_UNSURE_DETS = frozenset(
    "each every no any either neither all both many several these those few various most some".split()
)
SING_PRONOUNS = frozenset(("he", "she", "it", "this", "that"))
PLUR_PRONOUNS = frozenset(("they", "these", "those"))
MANDATIVE = frozenset(
    """important essential vital necessary crucial imperative recommend recommended suggest insist
    require required ask request demand propose advise urge ensure agree agreed""".split()
)
SUBJUNCTIVE_MARKS = frozenset(("if", "though", "unless", "whether"))
_SWAP = {
    "have": "has", "has": "have", "is": "are", "are": "is", "was": "were", "were": "was",
    "does": "do", "do": "does", "hasn't": "haven't", "haven't": "hasn't", "isn't": "aren't",
    "aren't": "isn't", "wasn't": "weren't", "weren't": "wasn't", "doesn't": "don't", "don't": "doesn't",
}


def _third_singular(lemma: str) -> str:
    if re.search(r"(s|x|z|ch|sh|o)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


_NUMBER_TAGS = frozenset(("VBZ", "VBP"))
_NUMBER_WORDS = frozenset(("was", "wasn't", "were", "weren't"))


def _verb_number(v: Token) -> str | None:
    low = v.lower_
    if low in ("was", "wasn't"):
        return "sing"
    if low in ("were", "weren't"):
        return "plur"
    if v.tag_ == "VBZ":
        return "sing"
    if v.tag_ == "VBP":
        return "plur"
    return None


def _corrected(v: Token, want: str) -> str | None:
    low = v.lower_
    if low in _SWAP:
        return _cased(v.text, _SWAP[low])
    lemma = v.lemma_.lower()
    if not v.text.isalpha():
        return None
    if want == "plur" and v.tag_ == "VBZ":
        return _cased(v.text, lemma)
    if want == "sing" and v.tag_ == "VBP":
        return _cased(v.text, _third_singular(lemma))
    return None


_IN_COORDINATION = frozenset(("punct", "cc", "det", "poss", "amod", "compound", "nummod", "case", "predet"))


def _coordination(s: Token) -> str | None:
    """'and' for "XXXX and her brother", 'other' for or/nor or a coordination
    the parse is unsure of, None when the subject is not coordinated."""
    conjs = [t for t in s.conjuncts if t.i > s.i]
    if not conjs:
        return None
    ccs = [c for t in (s, *conjs) for c in t.children if c.dep_ == "cc"]
    if not ccs or any(c.lower_ not in ("and", "&") for c in ccs):
        return "other"
    if any(t.pos_ not in ("NOUN", "PROPN", "PRON") for t in conjs):
        return "other"
    # only the words of a noun phrase between the conjuncts ("XXXX and her brother"),
    # and no comma before "and" in a pair (that is two clauses: "drinks, and the plan was")
    last = max(conjs, key=lambda t: t.i)
    between = s.doc[s.i + 1 : last.i]
    if any(t.dep_ not in _IN_COORDINATION and t not in conjs for t in between):
        return "other"
    if len(conjs) == 1 and any(t.text == "," for t in between):
        return "other"
    return "and"


def _coordinated(s: Token) -> bool:
    return _coordination(s) == "and"


def _subject_number(s: Token, ctx: _Ctx) -> str | None:
    """'sing', 'plur', or None when the number cannot be judged safely."""
    low = s.lower_
    if any(c.dep_ == "det" and c.lower_ in _UNSURE_DETS for c in s.children):
        return None  # "each/every/no" take either; "all audits" tagged singular is the tagger's slip
    if any(c.dep_ == "cc" for c in s.children) and not any(c.dep_ == "conj" for c in s.children):
        return None  # a coordination the parser could not finish: a verb read as a noun
    if any(c.dep_ == "compound" and c.tag_ == "NNS" for c in s.children):
        return None  # "the rule files ship": a verb read as a noun
    coordination = _coordination(s)
    if coordination == "and":
        return "plur"
    if coordination is not None:
        return None
    appos = [c for c in s.children if c.dep_ == "appos"]
    if appos:  # "the chronology, the summary and the plan": a list the parser read as an apposition
        return "plur" if any(_coordination(a) == "and" for a in appos) else None
    if s.pos_ == "PRON":
        if low in SING_PRONOUNS and s.tag_ != "WDT":
            return "sing"
        if low in PLUR_PRONOUNS:
            return "plur"
        return None
    if s.pos_ == "PROPN":
        if any(c.dep_ in ("compound", "amod", "nmod") for c in s.children):
            return None  # "Early Help", "Children's Services": organisations
        if s.tag_ == "NNP" and (_is_name(s, ctx) or low in PERSON_NOUNS or s.ent_type_ == "PERSON" and not s.is_upper):
            return "sing"
        return None
    if s.pos_ != "NOUN":
        return None
    if low in COLLECTIVE or s.lemma_.lower() in COLLECTIVE or low in QUANTITY or s.lemma_.lower() in QUANTITY:
        return None
    if s.tag_ == "NNS" and "Plur" in s.morph.get("Number"):
        return None if low in MEASURES else "plur"
    if s.tag_ == "NN" and not low.endswith("ics"):
        # a bare singular noun is a service or a mass noun ("housing were told",
        # "adult social care were invited"): British English lets it be plural
        if not any(c.dep_ in ("det", "poss") for c in s.children):
            return "sing" if s.is_title and low in PERSON_NOUNS else None  # "Mother have" names her
        return "sing"
    return None


MAX_SUBJECT_TOKENS = 10


def _plain_subject(s: Token, v: Token, ctx: _Ctx) -> bool:
    """Is this a subject the parse can be trusted on? Not when it is long (the
    parser is often wrong there), not when a verb or preposition comes just
    before it (it is probably that word's object: "covers both children and
    the gap affects"), not when it runs into a title ("Child in Need reviews")."""
    first = s.left_edge
    if v.i - first.i > MAX_SUBJECT_TOKENS:
        return False
    if first.i > 0:
        before = s.doc[first.i - 1]
        if before.pos_ in ("VERB", "AUX", "ADP") and before.dep_ != "mark" and before.lower_ not in ("that",):
            return False
    sent_start = s.sent.start
    for t in s.doc[first.i : v.i]:
        if t.i == sent_start or not t.is_title or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if _is_name(t, ctx) or t.lower_ in PERSON_NOUNS or t.ent_type_ == "PERSON":
            continue
        return False  # a title or a name of a service: "Child in Need reviews", "Early Help"
    return True


def _mandative(head: Token) -> bool:
    """A subjunctive that-clause: "it is important that XXXX have", "recommended that the SW visit"."""
    if head.dep_ not in ("ccomp", "advcl", "xcomp", "acl"):
        return False
    gov = head.head
    if gov.lemma_.lower() in MANDATIVE or gov.lower_ in MANDATIVE:
        return True
    return any(c.dep_ == "acomp" and c.lower_ in MANDATIVE for c in gov.children)


def _subjunctive_were(head: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in SUBJUNCTIVE_MARKS for c in head.children) or head.head.lemma_ == "wish"


@_check("agreement", "subject and verb agree in number")
def _agreement(ctx: _Ctx) -> Iterator[Issue]:
    doc = ctx.doc
    for v in ctx.tokens:
        if v.tag_ not in _NUMBER_TAGS and v.lower_ not in _NUMBER_WORDS:
            continue  # _verb_number would say None
        want_verb = _verb_number(v)
        if want_verb is None or v.text[:1] in ("'", "\u2019"):
            continue
        if v.pos_ not in ("AUX", "VERB"):
            continue
        head = v.head if v.dep_ in ("aux", "auxpass") else v
        if v.dep_ in ("aux", "auxpass") and any(
            c.dep_ in ("aux", "auxpass") and c.i < v.i and c.tag_ in ("MD", "VBZ", "VBP", "VBD") for c in head.children
        ):
            continue  # only the first finite verb of the clause agrees
        if any(c.dep_ == "expl" for c in head.children):
            yield from _there(ctx, v, head, want_verb)
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
        if len(subjects) != 1:
            continue
        s = subjects[0]
        if s.lower_ in ("who", "which", "that", "what") and s.tag_ in ("WP", "WDT"):
            continue
        if _mentioned(s):
            continue
        if not _plain_subject(s, v, ctx):
            continue
        number = _subject_number(s, ctx)
        if number is None or number == want_verb:
            continue
        if want_verb == "plur" and number == "sing" and v.lower_ not in ("were", "weren't") and _mandative(head):
            continue
        if v.lower_ in ("were", "weren't") and _subjunctive_were(head):
            continue
        fixed = _corrected(v, number)
        if fixed is None:
            continue
        # what the message quotes: the head noun, or the whole list ("XXXX and her brother")
        members = [s, *[t for t in s.conjuncts if t.i > s.i]]
        for a in (c for c in s.children if c.dep_ == "appos"):
            members += [a, *a.conjuncts]
        listed = len(members) > 1
        first = s.left_edge if listed else s
        last = max(t.i for t in members)
        subject_text = doc[first.i : last + 1].text if listed else s.text
        # the finding covers subject..verb when they are close ("XXXX have"), else the verb
        start = first.idx if v.i - first.i <= 6 else v.idx
        what = "plural" if number == "plur" else "singular"
        msg = (
            f"Subject and verb do not agree: {_quote(subject_text)} is {what}, "
            f"so {_quote(v.text)} should be {_quote(fixed)}."
        )
        yield _issue("agreement", start, v.idx + len(v.text), msg, ctx.text[start : v.idx] + fixed)


def _there(ctx: _Ctx, v: Token, head: Token, want_verb: str) -> Iterator[Issue]:
    """"there is/are" agrees with the noun that follows."""
    if head.lemma_ != "be":
        return
    nouns = [c for c in head.children if c.dep_ in ("attr", "nsubj") and c.i > v.i and c.pos_ in ("NOUN", "PROPN")]
    if len(nouns) != 1:
        return
    n = nouns[0]
    low = n.lower_
    if low in QUANTITY or n.lemma_.lower() in QUANTITY or low in COLLECTIVE:
        return
    if want_verb == "sing" and n.tag_ == "NNS" and "Plur" in n.morph.get("Number"):
        number = "plur"
    elif want_verb == "plur" and n.tag_ == "NN" and not _coordinated(n):
        if any(c.dep_ == "nummod" for c in n.children):
            return
        number = "sing"
    else:
        return
    fixed = _corrected(v, number)
    if not fixed:
        return
    expl = next(c for c in head.children if c.dep_ == "expl")
    start = expl.idx if expl.i < v.i else v.idx
    msg = (
        f"Subject and verb do not agree: after {_quote('there')} the verb agrees with "
        f"{_quote(n.text)}, so {_quote(v.text)} should be {_quote(fixed)}."
    )
    yield _issue("agreement", start, v.idx + len(v.text), msg, ctx.text[start : v.idx] + fixed)


# ============================================================================
# possessive apostrophes
# ============================================================================
_POSSESSORS_SING_FIRST = frozenset(
    """mother father mum dad nan nana grandma grandad grandmother grandfather brother sister son
    daughter aunt uncle cousin partner stepfather stepmother stepdad stepmum husband wife boyfriend
    girlfriend baby boy girl child teacher nurse doctor manager worker practitioner officer guardian
    gp sw iro""".split()
)
_POSSESSORS_PLUR_FIRST = frozenset("parent carer sibling grandparent family".split())
_IRREGULAR = {"childrens": "children's", "mens": "men's", "womens": "women's"}
# Nouns a plural people word names as a group or service, without an apostrophe
# by convention ("young carers service", "connected carers assessment"), and
# words after which the noun is not possessed ("with his carers several times").
_GROUP_NOUNS = frozenset(
    """service services group groups project assessment assessments allowance centre worker workers team
    support lead network forum week card club strategy association evening evenings""".split()
)
_GROUP_BEFORE = frozenset("young connected kinship foster".split())
_NOT_POSSESSED = frozenset(
    """times time days weeks months years today yesterday now then again together several many few
    more most other all both each every some any no last first next same""".split()
)


def _possessor(tok: Token, ctx: _Ctx) -> tuple[str, ...] | None:
    """The apostrophe forms of a people word written without one ("mothers")."""
    text, low = tok.text, tok.lower_
    if low in _IRREGULAR:
        return (_cased(text, _IRREGULAR[low]),)
    if not low.endswith("s") or len(low) < 3:
        return None
    base = text[:-1]
    if base.lower() in ctx.names or _ANON.match(base):
        return (f"{base}'s",)
    if base.lower() in _POSSESSORS_PLUR_FIRST:
        return (f"{text}'", f"{base}'s")
    if base.lower() in _POSSESSORS_SING_FIRST:
        return (f"{base}'s", f"{text}'")
    return None


def _is_name_form(tok: Token, ctx: _Ctx) -> bool:
    base = tok.text[:-1]
    return base.lower() in ctx.names or bool(_ANON.match(base))


@_check("possessive", "a possessive apostrophe before a noun")
def _possessive(ctx: _Ctx) -> Iterator[Issue]:
    doc = ctx.doc
    for tok, low in zip(ctx.tokens, ctx.lowers):
        if not low.endswith("s") and low not in _IRREGULAR:
            continue  # _possessor would say None
        forms = _possessor(tok, ctx)
        if not forms:
            continue
        nxt = _next(tok)
        if nxt is None or not nxt.text.isalpha():
            continue
        target = None
        if nxt.lower_ == "own" or nxt.pos_ == "NOUN" and nxt.tag_ in ("NN", "NNS"):
            target = nxt
        elif nxt.pos_ == "ADJ" and nxt.tag_ == "JJ":  # "the parents mental health"
            after = _next(nxt)
            if after is not None and after.pos_ == "NOUN" and nxt.head.i == after.i:
                target = after
        if target is None or nxt.lower_ in _NOT_POSSESSED or target.lower_ in _NOT_POSSESSED:
            continue
        if tok.lower_ not in _IRREGULAR and not _is_name_form(tok, ctx) and (
            target.lower_ in _GROUP_NOUNS or tok.i > 0 and doc[tok.i - 1].lower_ in _GROUP_BEFORE
        ):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in ("'s", "\u2019s"):
            continue
        msg = (
            f"Missing possessive apostrophe: {_quote(tok.text + ' ' + nxt.text)} should be "
            f"{_quote(forms[0] + ' ' + nxt.text)}"
            + (f" ({_quote(forms[1])} for more than one)." if len(forms) > 1 and forms[1].endswith("'") else ".")
        )
        if len(forms) > 1 and forms[0].endswith("'"):
            msg = (
                f"Missing possessive apostrophe: {_quote(tok.text + ' ' + nxt.text)} should be "
                f"{_quote(forms[0] + ' ' + nxt.text)} ({_quote(forms[1])} if there is only one)."
            )
        yield _issue("possessive", tok.idx, tok.idx + len(tok.text), msg, *forms)


# ============================================================================
# repeated words
# ============================================================================
REPEAT_OK = frozenset(("had", "that"))


@_check("repeated-word", "the same word twice in a row")
def _repeated(ctx: _Ctx) -> Iterator[Issue]:
    doc = ctx.doc
    toks, lowers = ctx.tokens, ctx.lowers
    for i in range(len(toks) - 1):
        if lowers[i] != lowers[i + 1]:
            continue
        tok, nxt = toks[i], toks[i + 1]
        if not tok.is_alpha or tok.lower_ != nxt.lower_ or not tok.whitespace_:
            continue
        if tok.lower_ in REPEAT_OK or tok.is_upper and len(tok) > 1 or _is_name(tok, ctx):
            continue
        if "\n" in doc.text[tok.idx : nxt.idx] or "\n" in ctx.text[tok.idx : nxt.idx]:
            continue  # a word at the end of one line and the start of the next is still a slip, but a list is not
        yield _issue(
            "repeated-word",
            tok.idx,
            nxt.idx + len(nxt.text),
            f"Repeated word: {_quote(tok.text + ' ' + nxt.text)}.",
            tok.text,
        )


# ============================================================================
# a / an
# ============================================================================
# Acronyms said as words, so their article goes by the word's first sound.
SAID_AS_WORD = frozenset(
    "LADO LAC MASH MARAC MAPPA NEET NICE NATO SEND SENCO SARC RAG SALT FACS HALO".split()
)
# Said either way, so either article is right: abbreviations readers expand
# ("a SW" = "a social worker"), and words some writers say with a silent h.
EITHER = frozenset("SW SWS HV HVS SEN".split())
EITHER_WORDS = re.compile(r"^(histor|hotel|habitual|hypothes|heroic)", re.I)
# Words that start with a vowel letter but a consonant sound ("a one-off", "a university").
CONSONANT_SOUND = re.compile(
    r"^(one(?!r|ss)|once|uni(?![nmd])|unani|us(?:e|u|a|ing|er)|uti|uri|uro|ura|ure(?!t)|eu|ewe|ubiq|uk\b)", re.I
)
# Words that start with a consonant letter but a vowel sound ("an hour").
VOWEL_SOUND = re.compile(r"^(hour|honest|honou?r|heir)", re.I)
VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]*[A-Z0-9](s)?$")


def wants_an(word: str) -> bool | None:
    """True when ``word`` takes "an", False for "a", None when either is right."""
    w = word.strip("\"'\u2018\u2019\u201c\u201d(")
    if not w:
        return None
    if w[0].isdigit():
        group = re.match(r"\d+", w).group(0)  # "8", "11" of "11,000", "18" of "18-month"
        return group.startswith("8") or group in ("11", "18")
    if not w[0].isalpha():
        return None
    bare = w[:-1] if w.endswith("s") and len(w) > 2 and w[:-1].isupper() else w
    if len(bare) == 1 and bare.isupper():
        return bare in VOWEL_LETTER_NAMES  # "an A grade", "a U-turn"
    if _ACRONYM.match(w) and (bare.isupper() or w.isupper()):
        key = bare.upper()
        if key in EITHER:
            return None
        if key not in SAID_AS_WORD:
            return key[0] in VOWEL_LETTER_NAMES  # read letter by letter: "an SW", "a CIN"
        w = bare.lower()
    if EITHER_WORDS.match(w):
        return None
    if VOWEL_SOUND.match(w):
        return True
    if CONSONANT_SOUND.match(w):
        return False
    return w[0].lower() in "aeiou"


@_check("a-an", "a or an by the sound of the next word")
def _a_an(ctx: _Ctx) -> Iterator[Issue]:
    doc = ctx.doc
    for tok in ctx.with_lower(("a", "an")):
        low = tok.lower_
        if low not in ("a", "an") or tok.tag_ != "DT" or not tok.whitespace_:
            continue
        nxt = _next(tok)
        if nxt is None or nxt.is_punct or nxt.is_space:
            continue
        if tok.i > 0 and doc[tok.i - 1].text in ("(", "[") or nxt.text in (")", "]", ".", ":"):
            continue  # a list label "(a)"
        want = wants_an(nxt.text)
        if want is None or want == (low == "an"):
            continue
        right = _cased(tok.text, "an" if want else "a")
        yield _issue(
            "a-an",
            tok.idx,
            nxt.idx + len(nxt.text),
            f"Use {_quote(right.lower())} before {_quote(nxt.text)}, which starts with a "
            f"{'vowel' if want else 'consonant'} sound.",
            f"{right} {nxt.text}",
        )


# ============================================================================
# its / it's
# ============================================================================
IT_IS = "it's"
_ITS_IS_NEXT = frozenset(
    "been not a an the got going gone because about no only just also still now".split()
)
_AFTER_PREDICATE = frozenset(
    "that to whether how what why when if because for as . ; : ! ? ,".split()
)


@_check("its-its", "its (possessive) and it's (it is / it has)")
def _its(ctx: _Ctx) -> Iterator[Issue]:
    doc = ctx.doc
    for tok in ctx.with_lower(("its", "it")):
        low = tok.lower_
        if low == "its":
            nxt = _next(tok)
            if nxt is None:
                continue
            after = _next(nxt)
            predicate = after is None or after.lower_ in _AFTER_PREDICATE or after.is_sent_end
            fire = nxt.lower_ in _ITS_IS_NEXT and not (nxt.lower_ in ("only", "just", "no") and not predicate)
            if nxt.lower_ in ("only", "just", "no", "now", "still", "also") and after is not None and after.pos_ in ("NOUN", "ADJ"):
                fire = False
            if not fire and nxt.tag_ in ("VBN", "VBG", "JJ", "RB") and predicate and nxt.pos_ != "NOUN":
                fire = True
            if not fire:
                continue
            right = _cased(tok.text, "it's")
            yield _issue(
                "its-its",
                tok.idx,
                tok.idx + len(tok.text),
                f"{_quote(tok.text + ' ' + nxt.text)}: {_quote('its')} is possessive; "
                f"for {_quote('it is')} or {_quote('it has')} write {_quote(right)}.",
                right,
            )
        elif low == "it":
            clitic = _adjacent(tok)
            if clitic is None or clitic.lower_ not in ("'s", "\u2019s") or clitic.idx != tok.idx + len(tok.text):
                continue
            nxt = _next(clitic) if clitic.whitespace_ else None
            if nxt is None:
                continue
            prev = doc[tok.i - 1] if tok.i > 0 else None
            noun = nxt if nxt.pos_ == "NOUN" else None
            if noun is None and nxt.pos_ == "ADJ":
                after = _next(nxt)
                noun = after if after is not None and after.pos_ == "NOUN" and nxt.head.i == after.i else None
            fire = nxt.lower_ == "own"
            if noun is not None and not fire:
                if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > noun.i and noun.head.pos_ in ("VERB", "AUX"):
                    fire = True  # "it's purpose was unclear"
                elif prev is not None and prev.pos_ in ("ADP", "VERB") and prev.dep_ != "aux" and prev.lower_ not in ("like", "as"):
                    fire = True  # "lost it's purpose", "in it's current form"
                elif clitic.dep_ == "case" and prev is not None and prev.pos_ in ("ADP", "VERB"):
                    fire = True
            if not fire:
                continue
            end = clitic.idx + len(clitic.text)
            right = _cased(tok.text, "its")
            yield _issue(
                "its-its",
                tok.idx,
                end,
                f"{_quote(doc.text[tok.idx:end] + ' ' + nxt.text)}: the possessive is {_quote('its')} "
                f"(no apostrophe); {_quote(IT_IS)} means {_quote('it is')}.",
                right,
            )


# ============================================================================
# could of / should of
# ============================================================================
MODALS = frozenset("could should would must might may".split())
_PARTICIPLES = frozenset("been had done gone seen known got taken made given".split())


@_check("could-of", "could/should/would of for could have")
def _could_of(ctx: _Ctx) -> Iterator[Issue]:
    for tok in ctx.with_lower(MODALS):
        if tok.lower_ not in MODALS:
            continue
        of = _next(tok)
        if of is None or of.lower_ != "of":
            continue
        nxt = _next(of)
        if nxt is None or not (nxt.tag_ in ("VBN", "VBD") or nxt.lower_ in _PARTICIPLES):
            continue
        if nxt.lower_ == "course":
            continue
        right = f"{tok.text} have"
        yield _issue(
            "could-of",
            tok.idx,
            of.idx + len(of.text),
            f"{_quote(tok.text + ' of ' + nxt.text)} should be {_quote(right + ' ' + nxt.text)}.",
            right,
        )


# ============================================================================
# noun/verb pairs: practice/practise, licence/license, advice/advise
# ============================================================================
_NOUN_CUES = frozenset(
    """the a an this that any some no good best poor clear further more much little his her their its
    our your legal medical professional social safe""".split()
)
_VERB_CUES = frozenset("to will would should could must may might can cannot shall".split())


def _is_noun_use(tok: Token) -> bool:
    if tok.tag_ not in ("NN", "NNS"):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.lower_ in _VERB_CUES and prev.tag_ in ("TO", "MD")):
        return False
    if prev is not None and (prev.lower_ in _NOUN_CUES or prev.pos_ in ("ADJ", "DET") or prev.tag_ == "PRP$"):
        return True
    if prev is not None and prev.pos_ == "VERB" and tok.dep_ in ("dobj", "attr"):
        return True  # "was given advise"
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "compound", "attr", "conj")


def _is_verb_use(tok: Token) -> bool:
    if tok.pos_ != "VERB" or tok.tag_ not in ("VB", "VBP", "VBZ"):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and (prev.tag_ in ("TO", "MD") or prev.lower_ in _VERB_CUES):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    nxt = _next(tok)
    return nxt is not None and (nxt.tag_ in ("PRP", "NNP") or nxt.lower_ in PERSON_NOUNS) and tok.dep_ != "compound"


_PAIRS: dict[str, tuple[str, str, str]] = {
    # word: (check id, noun form, verb form)
    "practise": ("practice-practise", "practice", "practise"),
    "practises": ("practice-practise", "practices", "practises"),
    "practice": ("practice-practise", "practice", "practise"),
    "practices": ("practice-practise", "practices", "practises"),
    "license": ("licence-license", "licence", "license"),
    "licenses": ("licence-license", "licences", "licenses"),
    "licence": ("licence-license", "licence", "license"),
    "licences": ("licence-license", "licences", "licenses"),
    "advise": ("advice-advise", "advice", "advise"),
    "advice": ("advice-advise", "advice", "advise"),
}


def _pairs(ctx: _Ctx, check_id: str) -> Iterator[Issue]:
    for tok in ctx.with_lower(_PAIR_WORDS[check_id]):
        entry = _PAIRS.get(tok.lower_)
        if entry is None or entry[0] != check_id or _mentioned(tok):
            continue
        _, noun, verb = entry
        if tok.lower_ == verb and noun != verb and _is_noun_use(tok):
            right, kind = noun, "noun"
        elif tok.lower_ == noun and noun != verb and _is_verb_use(tok):
            right, kind = verb, "verb"
        else:
            continue
        right = _cased(tok.text, right)
        yield _issue(
            check_id,
            tok.idx,
            tok.idx + len(tok.text),
            f"{_quote(tok.text)} is used as a {kind} here; in British English the {kind} is {_quote(right)}.",
            right,
        )


_PAIR_WORDS: dict[str, tuple[str, ...]] = {}
for _word, (_cid, _, _) in _PAIRS.items():
    _PAIR_WORDS[_cid] = (*_PAIR_WORDS.get(_cid, ()), _word)


@_check("practice-practise", "practice (noun) and practise (verb)")
def _practice(ctx: _Ctx) -> Iterator[Issue]:
    return _pairs(ctx, "practice-practise")


@_check("licence-license", "licence (noun) and license (verb)")
def _licence(ctx: _Ctx) -> Iterator[Issue]:
    return _pairs(ctx, "licence-license")


@_check("advice-advise", "advice (noun) and advise (verb)")
def _advice(ctx: _Ctx) -> Iterator[Issue]:
    return _pairs(ctx, "advice-advise")


# ============================================================================
# affect / effect
# ============================================================================
# "to effect X" = to bring X about: right with these objects.
EFFECT_OBJECTS = frozenset(
    """change changes improvement improvements transfer transition reform repair rescue entry escape
    arrest cure recovery move plan plans difference""".split()
)
_AFFECT_NOUN_BEFORE = frozenset(
    """an the no any little positive negative significant detrimental lasting adverse huge big real
    major direct serious profound damaging harmful greater""".split()
)


_AFFECT_WORDS = ("effect", "effects", "effected", "effecting", "affect", "affects")


@_check("affect-effect", "affect (verb) and effect (noun)")
def _affect(ctx: _Ctx) -> Iterator[Issue]:
    doc = ctx.doc
    for tok in ctx.with_lower(_AFFECT_WORDS):
        low = tok.lower_
        if low in ("effect", "effects", "effected", "effecting"):
            if tok.pos_ != "VERB" or tok.tag_ not in ("VB", "VBP", "VBZ", "VBD", "VBN", "VBG"):
                continue
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                objs = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not objs or any(o.lemma_.lower() in EFFECT_OBJECTS or o.lower_ in EFFECT_OBJECTS for o in objs):
                continue
            right = _cased(tok.text, "affect" + low[len("effect"):])
            yield _issue(
                "affect-effect",
                tok.idx,
                tok.idx + len(tok.text),
                f"{_quote(tok.text)}: to influence something is to {_quote('affect')} it "
                f"({_quote('effect')} as a verb means to bring about).",
                right,
            )
        elif low in ("affect", "affects"):
            prev = doc[tok.i - 1] if tok.i > 0 else None
            nxt = _next(tok)
            noun_use = tok.tag_ in ("NN", "NNS") or (prev is not None and prev.lower_ in ("an", "the"))
            if not noun_use or prev is None:
                continue
            if not (prev.lower_ in _AFFECT_NOUN_BEFORE and nxt is not None and nxt.lower_ in ("on", "upon", "of")):
                if not (prev.lower_ == "an" and nxt is not None and nxt.lower_ in ("on", "upon")):
                    continue
            right = _cased(tok.text, "effect" + low[len("affect"):])
            yield _issue(
                "affect-effect",
                tok.idx,
                tok.idx + len(tok.text),
                f"{_quote(prev.text + ' ' + tok.text + ' ' + (nxt.text if nxt else ''))}: the noun is "
                f"{_quote('effect')} ({_quote('affect')} is the verb).",
                right,
            )


# ============================================================================
# semicolons
# ============================================================================
_FINITE = frozenset(("VBZ", "VBP", "VBD", "MD"))


_SUBORDINATORS = frozenset(
    "although though because while whilst if unless since whereas when whenever once until as before after".split()
)


def _independent(tokens: list) -> bool:
    """Does this run of tokens hold a main clause of its own: a subject and a
    finite verb, not introduced by a subordinating word ("although she left")?"""
    if not tokens:
        return False
    ids = {t.i for t in tokens}
    first = next((t for t in tokens if not t.is_punct), tokens[0])
    if first.lower_ in ("which", "who", "whom", "whose", "where"):
        return False
    for t in tokens:
        if t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and t.head.i in ids:
            verb = t.head
            finite = verb.tag_ in _FINITE or any(
                c.tag_ in _FINITE and c.dep_ in ("aux", "auxpass") for c in verb.children
            )
            dependent = any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in verb.children)
            if finite and not dependent:
                return True
    # an imperative ("; see the chronology"), or a verb whose subject the parser put outside
    return any(
        t.tag_ in _FINITE and t.dep_ in ("ROOT", "conj", "parataxis")
        and not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in t.children)
        for t in tokens
    )


@_check("semicolon", "a semicolon used where a comma belongs")
def _semicolon(ctx: _Ctx) -> Iterator[Issue]:
    doc = ctx.doc
    semis = [t for t in ctx.with_lower((";",)) if t.text == ";"]
    if not semis:
        return
    for s in semis:
        # the segment after the semicolon: up to the next ; or sentence-ending stop
        seg = []
        j = s.i + 1
        while j < len(doc) and doc[j].text not in (";", ".", "!", "?"):
            seg.append(doc[j])
            j += 1
        if not [t for t in seg if t.is_alpha]:
            continue
        # list semicolons: after a colon in the same stretch, or a run of two or more
        k = s.i - 1
        before_colon = False
        while k >= 0 and doc[k].text not in (".", "!", "?"):
            if doc[k].text == ":":
                before_colon = True
                break
            k -= 1
        if before_colon:
            continue
        # the part before: from the sentence's start (or the last stop) to the semicolon
        start = k + 1
        before = [doc[x] for x in range(start, s.i)]
        if not _independent(before):
            continue  # note-style fragments ("IHA done; RHA due Mar."), action lists
        neighbours = [t for t in semis if t is not s and abs(t.i - s.i) < 40 and doc[min(t.i, s.i) : max(t.i, s.i)].text.count(".") == 0]
        if neighbours:
            continue
        if _independent(seg):
            continue
        words = [t for t in seg if not t.is_space]
        shown = doc.text[words[0].idx : words[min(4, len(words)) - 1].idx + len(words[min(4, len(words)) - 1].text)]
        following = shown + (" …" if len(words) > 4 else "")
        yield _issue(
            "semicolon",
            s.idx,
            s.idx + 1,
            f"Semicolon used as a comma: {_quote('; ' + following)} is not a complete clause. "
            "Use a comma, or make it a sentence of its own.",
            ",",
        )


# ============================================================================
# the backend
# ============================================================================
def _overlaps_quote(text: str, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in quoted_spans(text))


class BuiltinChecker(GrammarBackend):
    """The offline checks above, on a paragraph's shared spaCy parse."""

    needs_doc = True

    def __init__(self, checks: Iterable[str] | None = None, note: str = ""):
        chosen = list(CHECKS) if checks is None else list(checks)
        unknown = [c for c in chosen if c not in CHECKS]
        if unknown:
            raise ValueError(f"unknown built-in grammar check(s): {', '.join(unknown)}; known: {', '.join(CHECKS)}")
        self.checks = tuple(chosen)
        self.name = NAME + (f" ({note})" if note else "")

    def check(self, text: str, doc: Doc | None = None, *, names: Iterable[str] = ()) -> list[Issue]:
        if doc is None:
            raise ValueError("the built-in grammar checker reads the shared spaCy parse: pass the paragraph's Doc")
        if len(doc.text) != len(text):
            raise ValueError("the Doc is not the parse of this text")
        ctx = _Ctx(doc, text, frozenset(n.lower() for n in names if n))
        found: list[Issue] = []
        for cid in self.checks:
            for issue in CHECKS[cid][0](ctx):
                if not _overlaps_quote(text, issue.start, issue.end):
                    found.append(issue)
        found.sort(key=lambda i: (i.start, i.end))
        out: list[Issue] = []
        for issue in found:  # one finding per place: the first check wins an overlap
            if out and issue.start < out[-1].end and issue.start >= out[-1].start:
                continue
            out.append(issue)
        return out


def describe_checks() -> dict[str, str]:
    """Every built-in check id with its one-line description."""
    return {cid: desc for cid, (_, desc) in CHECKS.items()}
