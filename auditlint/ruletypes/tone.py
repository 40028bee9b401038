"""Tone rule types (G-3.1b, G-3.1c): emotive language (AL401, the generic
lexicon type with the child's experience and hyperbole read from the parse),
blame aimed at a person (AL402), emphatic punctuation and shouting capitals
(AL403), and findings softened by work pressures or staff issues (AL205).

All three judge only the auditor's own voice: narrative, actions and the
practitioner/family sections, never headings or quoted speech. Lexicons are
compiled once, when the rule is set up (phrases are lemmatised on first use).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import Field

from ..docview import doc_of
from ..errors import ConfigError
from ..text import in_quotes
from . import register
from .analysis import doc_lower
from .base import AuditContext, Hit, Params, RuleType
from .lexicon import (
    Entry,
    LexiconMatcher,
    LexiconRule,
    Match,
    child_text,
    described_noun,
    doc_keys,
    entries_from,
    head_of,
    lexicon_part,
    norm,
    token_forms,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

NEGATIVE_PEOPLE = frozenset("nobody noone none neither".split())
_NEG_WORDS = {"not", "n't"}
_CONTRACTED = {"can't": "can", "won't": "will", "shan't": "shall"}


def _drop_negation(phrase: str) -> str:
    """'could not be bothered' -> 'could be bothered'; "can't be bothered" -> 'can be bothered'."""
    out = []
    for w in phrase.replace("’", "'").split():
        lw = w.lower()
        if lw in _NEG_WORDS:
            continue
        if lw in _CONTRACTED:
            out.append(_CONTRACTED[lw])
        elif lw.endswith("n't"):
            out.append(w[:-3])
        else:
            out.append(w)
    return " ".join(out)


def _never_forms(phrase: str) -> list[str]:
    """'did not bother' -> ['never bother', 'did never bother']; 'not lift a finger' -> ['never lift a finger']:
    "never" negates a blame phrase as "not" does ("the worker never bothered to ring")."""
    words = phrase.split()
    if "not" not in words:
        return []
    i = words.index("not")
    out = [" ".join(words[:i] + ["never"] + words[i + 1:])]
    if i > 0 and words[i - 1] in ("did", "do", "does"):
        out.append(" ".join(words[: i - 1] + ["never"] + words[i + 1:]))
    return out


_DIALECT_NEG = re.compile(r"^(could|would|did|do|does|can|should|was|is|wis|has|have|will|wid)(nae|na)$")
_NEGATIVE_PHRASE = re.compile(r"\bnot\b|n't|n’t|\bnever\b", re.I)
_DIALECT_IN = re.compile(r"(could|would|did|do|does|can|should|was|is|wis|has|have|will|wid)(nae|na)")


_AUXES = frozenset("could can did do does would will should".split())
_INDEFINITE_OWNERS = frozenset("anyone anybody anyone's anybody's someone somebody".split())


def _rejected_alternative(t: Token) -> bool:
    """The noun is the alternative set aside: "rather than anyone's neglect", "not the worker's failure"."""
    for a in [t, *list(t.ancestors)[:3]]:
        if a.lower_ == "than" and a.i > 0 and a.doc[a.i - 1].lower_ == "rather":
            return True
    return any(c.dep_ == "neg" for c in t.children)


def _no_one(t: Token) -> bool:
    """"no one", "no-one" (the tokeniser may split off the hyphen: "No", "-", "one")."""
    if t.lower_ != "one":
        return False
    if any(c.lower_ == "no" for c in t.children):
        return True
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "no" or (
        t.i >= 1 and doc[t.i - 1].lower_ == "no-")


def _so_called_at(doc: Doc | Span, i: int) -> int | None:
    """The index of the last token of "so-called" when it starts at ``i`` (one token, or "so" "-" "called")."""
    if doc[i].lower_ == "so-called":
        return i
    if doc[i].lower_ == "so" and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "called":
        return i + 2
    return None


def _dialect_negative(t: Token) -> bool:
    """A Scots negative auxiliary ("couldnae", "didnae", "cannae"): "not" fused to the verb."""
    return bool(_DIALECT_NEG.match(t.lower_))


PERSONAL_PRONOUNS = frozenset("i we you he she they him her them me us who whom".split())
RELATIVE_PRONOUNS = frozenset("who whom which that".split())
SHOULD_AUX = frozenset({"should", "ought"})  # "should have spotted", "ought to have"
SUBJ = ("nsubj", "nsubjpass", "csubj")
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis", "csubj", "csubjpass", "acl"})


_WITH_KEY = "auditlint.tone.indices_with"

# Every word list asked for so far (the rules' own lists, a few dozen, fixed by their setup) and each word's
# lists, swapped together for new ones when a list is added: one pass over a Doc's forms answers all the lists
# at once (:func:`_with_table`), so the rules' many look-ups (most find nothing in a paragraph) are each one
# dict read, not one scan per list.
_LISTS: tuple[frozenset[frozenset[str]], dict[str, list[frozenset[str]]]] = (frozenset(), {})
_NONE: list[int] = []  # (shared, read only)


def _with_table(doc: Doc) -> dict:
    """word list -> indices (ascending) of the Doc's tokens with a form in it, for every list of ``_LISTS``
    (an empty list for most: few of the lists have a word in a paragraph)."""
    at = doc_keys(doc).at
    lists, word_lists = _LISTS  # (replaced, never changed, when a list is added)
    parts: dict[frozenset[str], list[list[int]]] = {}
    for w in word_lists.keys() & at.keys():
        found = at[w]
        for words in word_lists[w]:
            got = parts.get(words)
            if got is None:
                parts[words] = [found]
            else:
                got.append(found)
    memo: dict = dict.fromkeys(lists, _NONE)
    for words, got in parts.items():
        memo[words] = got[0] if len(got) == 1 else sorted({i for f in got for i in f})
    return memo


def _register(words: frozenset[str]) -> None:
    global _LISTS
    lists, word_lists = _LISTS
    if words in lists:
        return
    word_lists = {w: list(got) for w, got in word_lists.items()}
    for w in words:
        word_lists.setdefault(w, []).append(words)
    _LISTS = (lists | {words}, word_lists)


def _indices_with(doc: Doc, words: frozenset[str] | set[str]) -> list[int]:
    """Indices (ascending) of the Doc's tokens with a form in ``words`` (:func:`token_forms`), worked out
    once per Doc for every word list in use (kept in ``doc.user_data``; the list is shared: read it only)."""
    memo = doc.user_data.get(_WITH_KEY)  # word list -> indices, one table per Doc (a frozenset key hashes once)
    if type(words) is not frozenset:
        words = frozenset(words)
    if memo is None:
        _register(words)
        memo = doc.user_data[_WITH_KEY] = _with_table(doc)
    got = memo.get(words)
    if got is None:
        _register(words)  # a list first asked for after the table was made (the next Doc's table has it)
        at = doc_keys(doc).at
        got = memo[words] = sorted({i for w in _present(words, at) for i in at[w]})
    return got


def _present(words: frozenset[str] | set[str], at: dict) -> Any:
    """The words the Doc's index has: a long word list is met from the (shorter) index side."""
    return at.keys() & words if len(words) > len(at) else (w for w in words if w in at)


_SELF_NAMES = frozenset("reviewer auditor writer author".split())


def writer_in_third_person(t: Token) -> bool:
    """"This reviewer", "this auditor": a formal writer naming themselves ("This reviewer does not consider ...",
    "This reviewer can only describe ... as harrowing")."""
    return norm(t.lemma_) in _SELF_NAMES and any(c.dep_ == "det" and c.lower_ == "this" for c in t.children)


def tokens_with(span: Doc | Span, words: frozenset[str] | set[str]) -> list[Token]:
    """The tokens of ``span`` (a Doc or a sentence) whose form or lemma (:func:`token_forms`) is one of
    ``words``, in order: read from the Doc's index of forms, so the text is not walked token by token
    for a few rare words."""
    doc = doc_of(span)
    memo = doc.user_data.get(_WITH_KEY)  # (the memo read here first: most asks are answered from it)
    found = memo.get(words) if memo is not None and type(words) is frozenset else None
    if found is None:
        found = _indices_with(doc, words)
    if not found:  # (most asks)
        return []
    if doc is span:
        return [doc[i] for i in found]
    a = bisect_left(found, span.start)
    b = bisect_left(found, span.end, a)
    return [doc[i] for i in found[a:b]]


def _strings(part: Any, field: str | None = None) -> list[str]:
    """Plain strings from a lexicon part: a list of strings, or of mappings (``field``)."""
    out: list[str] = []
    for x in part or []:
        if isinstance(x, dict):
            keys = (field,) if field else ("word", "cue", "phrase", "term", "role", "acronym")
            for k in keys:
                if k and x.get(k):
                    out.append(str(x[k]))
                    break
        elif x is not None:
            out.append(str(x))
    return out


def _refs(store, refs: list[str], field: str | None = None) -> list[str]:
    out: list[str] = []
    for ref in refs:
        out += _strings(lexicon_part(store, ref), field)
    return out


def clause_head(tok: Token) -> Token:
    """The verb (or predicate) heading the clause ``tok`` is in."""
    t = tok
    while t.head.i != t.i:  # token objects are not unique: compare indices
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in CLAUSE_DEPS or t.dep_ in ("ROOT", "xcomp", "pcomp")):
            return t
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("ADJ", "NOUN"):
            return t
        t = t.head
    return t


def own_tokens(head: Token) -> set[int]:
    """Indices of a clause's own tokens: its subtree without the clauses hanging off it."""
    out: set[int] = set()
    stack = [head]
    while stack:
        t = stack.pop()
        out.add(t.i)
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX", "ADJ") or c.dep_ in ("advcl", "relcl", "ccomp", "parataxis"):
                continue
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                continue
            if c.dep_ == "punct" and c.text in (";", ":"):
                continue
            stack.append(c)
    return out


def subjects_of(verb: Token, passive_agent: bool = False) -> list[Token]:
    """The subject(s) of a verb, climbing through xcomp/conj/aux to the clause
    that has one ("the worker chose to ignore", "was lazy and failed to ...").
    With ``passive_agent``, a passive verb's agent ("failed by the worker") counts."""
    v = verb
    for _ in range(6):
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if passive_agent:
            for c in v.children:
                if c.dep_ == "agent":
                    subs += [g for g in c.children if g.dep_ == "pobj"]
        if subs:
            out: list[Token] = []
            for s in subs:
                if s.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                    s = v.head
                out.append(s)
                out += list(s.conjuncts)
            return out
        if v.dep_ in ("xcomp", "conj", "aux", "auxpass", "acomp", "advcl") and v.head.i != v.i:
            if v.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                return []
            v = v.head
            continue
        if v.dep_ == "relcl":
            return [v.head]
        return []
    return []


_SURELY = frozenset({"surely"})

_BLAME_CACHE = "tone.blame"


class People:
    """Who counts as a professional (role nouns from lexicons) or a person at all."""

    INDEFINITE = frozenset("nobody noone everyone everybody anybody anyone somebody someone".split())

    def __init__(self, roles: list[str], others: list[str] = (), indefinite: bool = True):
        self.roles = LexiconMatcher([Entry(r) for r in roles])
        self.others = LexiconMatcher([Entry(r) for r in others]) if others else None
        self.indefinite = indefinite

    _NOMINAL = frozenset({"nsubj", "nsubjpass", "pobj", "dobj"})

    def is_role(self, t: Token) -> bool:
        # the tagger sometimes calls a role noun an adjective where only a noun can stand ("by every professional")
        if t.pos_ not in ("NOUN", "PROPN") and not t.text.isupper() and not (t.pos_ == "ADJ" and t.dep_ in self._NOMINAL):
            return False
        return self.roles.matches_token(t)

    def is_professional(self, t: Token) -> bool:
        """A professional: a role noun, or an indefinite person ("nobody in the team")."""
        if self.is_role(t):
            return True
        if t.pos_ == "PROPN" and any(c.dep_ == "appos" and self.is_role(c) for c in t.children):
            return True  # "Ms Rahman (social worker)", "Mr Hughes, the team manager,"
        if self.indefinite and (t.lower_ in self.INDEFINITE or _no_one(t)):
            return True
        return False

    def is_person(self, t: Token) -> bool:
        if self.is_professional(t) or t.lower_ in PERSONAL_PRONOUNS or t.ent_type_ == "PERSON":
            return True
        if t.pos_ == "PROPN" and t.text.isupper():  # the anonymised child (XXXX)
            return True
        return self.others is not None and self.others.matches_token(t)


# --------------------------------------------------------------------------
# AL402: blame aimed at a person
# --------------------------------------------------------------------------
@register
class Blame(RuleType):
    """Fires on blame aimed at a person rather than accountability for practice.

    Several ways, from one lexicon (``lexicon``) and the parse:

    * a **trait** entry (``entries_key``: "lazy", "incompetent", "asleep at
      the wheel") describing a person or what a person did — "the worker was
      lazy", "an incompetent social worker", "the worker's carelessness",
      "..., which is negligent" — but not a thing ("the recording is
      disorganised" is a finding about the record);
    * a **blame verb** (``verbs_key``: fail, ignore, "could not be
      bothered"...) whose subject is a professional (``subjects_key`` role
      nouns, or "nobody"/"no one") — "the social worker failed to visit" —
      but not "the plan failed to address", nor the child or family as
      subject; a negated single verb ("did not ignore") does not fire;
    * a **nominalised** blame verb (``nominalisations``: "the worker's failure
      to act") owned by a professional;
    * a **negated attitude** (``negated_attitudes``: "the social worker did not
      care", "showed no interest") with a professional subject;
    * an action a professional is said to have done on purpose
      (``intent_adverbs``: "deliberately", "conveniently"), or said with
      certainty not to have done (``mind_reading_adverbs`` with a negation:
      "the manager obviously didn't read it") — a claim about what someone
      intended or thought, which an audit cannot evidence.

    With ``resolve_pronouns``, "he"/"she"/"they" as subject stands for the
    nearest person named before it in the paragraph: a professional fires, the
    child or a parent does not ("XXXX's mother ... she refused" never fires).
    """

    name = "blame"
    summary = "Blame aimed at a person: trait words, or a professional as the subject of a blame verb."

    class Params(Params):
        lexicon: str = "blaming"
        entries_key: str = "entries"
        term_field: str = "word"
        lemma_field: str | None = "lemma"
        severity_field: str | None = "severity"
        suggestion_field: str | None = "plain"
        kind_field: str = "kind"
        any_target_kinds: list[str] = Field(
            default_factory=list,
            description="Entry kinds that fire whatever they describe (conduct: 'sloppy recording').",
        )
        person_traits: list[str] = Field(
            default_factory=list,
            description="Trait words (lemmas) that only a person can be (lazy, negligent): describing the work "
            "('lazy recording', 'a negligent assessment') they put the trait on whoever did it, so they fire "
            "whatever they describe; words that also grade things (useless, disorganised) are left out.",
        )
        verbs_key: str = "blame_verbs"
        subjects_key: str = "person_subjects"
        people: list[str] = Field(
            default_factory=list,
            description="Other people nouns (family, the child): a trait describing one of them still fires.",
        )
        nominalisations: list[str] = Field(
            default_factory=list, description="Nouns of blame verbs that blame when a professional owns them (failure)."
        )
        negated_attitudes: list[str] = Field(
            default_factory=list,
            description="Verbs or nouns of caring that blame when negated with a professional subject "
            "(care: 'did not care'; interest: 'showed no interest').",
        )
        attention_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of attention or understanding that blame, as nouns only, when a professional is "
            "said to have none ('had no grasp of', 'took no notice of', 'showed a lack of curiosity').",
        )
        lacked_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of competence that blame as the object of 'lack' with a professional subject "
            "('the practitioner lacks the skills to ...').",
        )
        unwilling_words: list[str] = Field(
            default_factory=list,
            description="Adjectives of unwillingness that blame when predicated of a professional "
            "('the worker was reluctant to visit', 'unwilling to challenge').",
        )
        interest_words: list[str] = Field(
            default_factory=list,
            description="Adjectives of interest or concern that blame a professional when negated ('the worker "
            "wasn't interested in what XXXX said') or set in a misplaced priority ('more concerned with keeping "
            "Mother happy than with XXXX's safety').",
        )
        priority_words: list[str] = Field(
            default_factory=list,
            description="Adjectives of concern that blame only in a misplaced priority ('more concerned with "
            "... than with ...'); negated they are a judgement of risk ('was not concerned about the bruise').",
        )
        counterfactual: bool = Field(
            default=False,
            description="'A more conscientious worker would have ...': a better professional imagined, which "
            "judges the one who did the work.",
        )
        credulity_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of being fooled that blame a professional as their passive subject ('the worker "
            "was taken in by Mum', 'duped'); 'take' only with 'in'.",
        )
        bad_at_words: list[str] = Field(
            default_factory=list,
            description="Adjectives that judge a professional's ability with 'at' ('the TM is dreadful at "
            "getting supervision done').",
        )
        self_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that judge a professional's capacity when they 'cannot' do them to themselves "
            "('Lee cannot organise himself').",
        )
        stance_nouns: list[str] = Field(
            default_factory=list, description="Nouns of a stance ('attitude', 'approach') judged by a verdict word."
        )
        verdict_words: list[str] = Field(
            default_factory=list,
            description="Verdict adjectives that blame a professional's or service's stance ('the school's attitude "
            "to this boy is disgraceful'); lexicon references ('emotive:entries') or words.",
        )
        too_words: list[str] = Field(
            default_factory=list,
            description="Adjectives of a stance that judge a professional when 'too' ('far too cosy with the "
            "team', 'too trusting of Mum').",
        )
        intent_adverbs: list[str] = Field(default_factory=list, description="deliberately, wilfully, ...")
        mind_reading_adverbs: list[str] = Field(
            default_factory=list, description="obviously, clearly, ...: blame when the verb is negated."
        )
        resolve_pronouns: bool = Field(
            default=True, description="A pronoun subject stands for the nearest person named before it."
        )
        phrase_gaps: int = Field(
            default=1, ge=0, le=3, description="Adverbs or adjectives allowed inside a blame phrase ('did not even bother')."
        )
        verb_severity: str = Field(default="warning", description="Severity of a blame-verb finding.")
        verb_suggestion: str = Field(
            default="Say what was or was not done, against what standard, and what it meant for XXXX; "
            "name the role only to make the action accountable.",
        )
        agencies: list[str] = Field(
            default_factory=list,
            description="Services answerable for practice (school, police, CAMHS, the duty team): as subject of a "
            "blame verb other than a factual one, or target of a trait, they are blamed like a role.",
        )
        factual_verbs: list[str] = Field(
            default_factory=list,
            description="Blame verbs that only blame a role noun ('the school failed to send' is a record of fact).",
        )
        attitude_verbs: list[str] = Field(
            default_factory=list,
            description="Blame verbs that judge an attitude ('could not be bothered', 'chose not to', 'let down'): "
            "they blame any adult or service, family included, never the child.",
        )
        repeat_markers: list[str] = Field(
            default_factory=list,
            description="Exasperation adverbials ('yet again', 'once more'): with any blame verb they blame any "
            "adult or service.",
        )
        child_nouns: list[str] = Field(default_factory=list, description="Nouns for the child: never the target of blame.")
        forenames: list[str] = Field(
            default_factory=list,
            description="First names (lexicon references such as 'names:forenames', or words): a worker named by "
            "first name alone ('Daniel ignored three emails', 'Kirsty has once again failed') is answerable like a "
            "role, whatever entity type the small parse model gives the name.",
        )
        duty_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of a worker's duties (visit, record, review...): 'never' with one of them, said of a "
            "worker named by first name, is a charge against the person ('Gemma never wrote it up').",
        )
        sneer_markers: list[str] = Field(
            default_factory=list,
            description="Tags that turn an account of what a named worker or a professional did into a sneer at "
            "them ('..., typical', 'which tells you everything', 'that much is obvious').",
        )
        verdict_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns that, as the predicate of a professional, a service or a worker named by first "
            "name, give a verdict on the person ('Cerys has been a nightmare', 'the IRO is a liability'); lexicon "
            "references ('emotive:entries') or words.",
        )
        attitude_nouns: list[str] = Field(
            default_factory=list,
            description="Nominalisations that judge an attitude whoever owns them ('Dad's complete disregard'); "
            "the others ('Mother's neglect', a category of harm) blame only a professional owner.",
        )
        choice_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of choosing (choose, decide, prefer): an adult or service said to have put something "
            "else first by choice ('chose to believe dad over the school') is judged on their priorities.",
        )
        weighing_words: list[str] = Field(
            default_factory=list,
            description="Words of weight that 'more'/'less' make a ranking inside a choice ('decided her diary "
            "mattered more').",
        )
        belief_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of belief (think, believe): under 'seems to' or a mind-reading adverb, the writer "
            "guesses at what an adult or service believes.",
        )
        regarding_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of regarding (regard, see, view, treat) that state a belief only with 'as'/'like' "
            "('saw the conference as a box to tick', not 'saw the bruise').",
        )
        taken_stances: list[str] = Field(
            default_factory=list,
            description="Nouns of a stance that 'take' holds as its object ('taken the view that ...', not "
            "'taken time').",
        )
        belonging_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns of belonging after 'as' ('sees XXXX as part of the family', 'one of their own'): "
            "said in praise, not an imputed stance.",
        )
        guessed_adverbs: list[str] = Field(
            default_factory=list,
            description="Adverbs with which the writer claims to see into someone's mind ('clearly saw the "
            "conference as a box to tick').",
        )
        habit_adverbs: list[str] = Field(
            default_factory=list,
            description="Adverbs of habit in 'as she usually does' after a lapse: the person's habit made the point.",
        )
        shelving: list[str] = Field(
            default_factory=list,
            description="Idioms of work shelved out of neglect, as 'verb complement' lemmas ('sit on', 'gather dust', "
            "'leave to rot', 'wave through'): with or without an agent ('the referral was simply sat on', 'left "
            "gathering dust') they charge whoever held the work; a preposition ending one must be stranded ('sat "
            "on for a month', not 'sat on the sofa').",
        )
        wanting_objects: list[str] = Field(
            default_factory=list,
            description="Indefinite objects of 'want' in 'only ... when she wants something': a person's contact put "
            "down to self-interest.",
        )
        deflating: list[str] = Field(
            default_factory=list,
            description="Phrases that debunk a label ('in reality', 'amounted to', 'anything but'): said of work "
            "called 'so-called' or put in scare quotes ('The so-called restorative plan is, in reality, a list', "
            "'Her \"commitment\" amounted to a single session'), irony at whoever did it.",
        )
        manipulation: dict[str, list[str]] = Field(
            default_factory=dict,
            description="Idioms of manipulating people, as a verb lemma and the words that complete it (a particle or "
            "object lemma; 'person' for any person as object): 'play the system', 'play professionals off against "
            "each other', 'play his dad', 'knows which buttons to push', 'runs rings round': a charge about "
            "anyone's character, the child's included.",
        )
        scare_quoted: list[str] = Field(
            default_factory=list,
            description="Verbs of losing or neglecting (lemmas) that, alone in quotation marks in the writer's own "
            "clause ('was, shall we say, \"mislaid\"', '\"forgotten\" by the SEN team'), disbelieve the excuse: "
            "irony at whoever did it, not someone's words.",
        )
        dismissing_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of judging for oneself (decide, think) whose complement waves a need away ('the worker "
            "had decided it was not needed', 'SW decided the birthday visit wasn't a priority', 'nobody thought dad "
            "was worth a phone call'): a verdict on the person's priorities.",
        )
        dismissed_words: list[str] = Field(
            default_factory=list,
            description="Words of need or worth (need, priority, worth, matter) that, negated in that complement, wave "
            "the need away; 'wait' does without the negation ('decided the visit could wait').",
        )
        credit_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of care or credit ('who clearly cares about XXXX', 'who obviously knows her well'): a "
            "mind-reading adverb in a relative clause on a person praises with them, unless they are negated.",
        )
        contrast_preps: list[str] = Field(
            default_factory=list,
            description="Prepositions that set one service or person against another ('unlike'): with a pointed "
            "adverb in the sentence ('who at least bothered to reply', 'actually turned up') the comparison shames "
            "the other.",
        )
        pointed_adverbs: list[str] = Field(
            default_factory=list,
            description="Adverbs that make a comparison pointed ('actually', 'at least', 'even').",
        )
        motive_guesses: list[str] = Field(
            default_factory=list,
            description="Words with which the writer guesses at why an adult or a service acted, or what they will "
            "do ('presumably', 'no doubt'): 'The chair, presumably with one eye on the clock, ...' imputes a motive "
            "the file cannot evidence.",
        )
        put_away: dict[str, list[str]] = Field(
            default_factory=dict,
            description="Work put out of sight and left there: 'verbs' of lying or leaving (sit, leave: inaction in "
            "themselves), 'keeping' verbs (keep, put: inaction only for a span of time, 'kept the referral in a "
            "drawer for three months', not 'put on the shelf pending allocation'), 'places' out of sight (drawer, "
            "shelf), 'work' nouns the thing put away must be (referral, report: not 'her inhaler'), and 'regret' "
            "adverbs that tell it with regret, not as a charge ('the referral, sadly, sat in a drawer').",
        )
        unread_approval: dict[str, list[str]] = Field(
            default_factory=dict,
            description="Work approved unread: 'verbs' of approving (sign, approve, close) and 'reading' verbs "
            "(read, open) after 'without' with 'anyone' or 'being': 'signed off without anyone reading it'.",
        )
        incapable_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of a simple task a professional or service is said to be unable to do with an indefinite "
            "object ('who could not organise a raffle'): a sneer at their competence, not a finding.",
        )
        belittling: list[str] = Field(
            default_factory=list,
            description="What someone is said to treat a person, a duty or a service as ('treated the transfer "
            "summary as optional', 'treated XXXX like a criminal', 'treats them as a joke'): a belittling stance "
            "put on whoever does the treating.",
        )
        treating_verbs: list[str] = Field(
            default_factory=list, description="Verbs of treating someone or something as something (treat).")
        ranking_words: list[str] = Field(
            default_factory=list,
            description="Words of caring or preferring that rank one thing over another ('more interested in', "
            "'cares more about', 'preferred ... to'): with the child on the losing side, an adult's priorities "
            "judged ('more interested in the allowance than in XXXX', 'preferred the pub to his daughter').")
        ironic_praise: list[str] = Field(
            default_factory=list,
            description="Nouns of high praise that, given emptiness as their matter, mock the author of the work "
            "('a masterpiece of saying nothing', 'a masterclass in how to say nothing').")
        competence_words: list[str] = Field(
            default_factory=list,
            description="Adjectives of plain competence that, on 'a'/'any' professional who 'would have' acted, "
            "imagine the worker who should have been there ('any competent worker would have seen', 'a half-decent "
            "manager would have asked').")
        offspring: list[str] = Field(
            default_factory=list,
            description="Nouns for a parent's child besides the rule's child nouns ('his daughter', 'her son').")
        child_interests: list[str] = Field(
            default_factory=list,
            description="Nouns for what is the child's own good ('needs', 'safety'): 'more concerned with its results "
            "than with XXXX's needs' ranks the child, 'than about XXXX's behaviour' does not.")
        asked_work: list[str] = Field(
            default_factory=list,
            description="Nouns for a piece of recorded work ('record', 'plan'): 'is it too much to ask that the plan "
            "has a date' asks its author; not a state of affairs ('that the placement would last').")
        still_markers: list[str] = Field(
            default_factory=list,
            description="Adverbs that say inaction persisted after a prompt ('she still did nothing'): any adult.")
        every_service: list[str] = Field(
            default_factory=list,
            description="Bare plurals for the whole network ('professionals did nothing'): no one answerable.")
        further_words: list[str] = Field(
            default_factory=list,
            description="Words that make 'did nothing' a procedural close ('did nothing further', 'no further "
            "action'), not inaction.")
        repeat_words: list[str] = Field(
            default_factory=list,
            description="Words that make a guessed future act a repeat of past conduct ('will no doubt do the "
            "same again'): a habit charged, not a plain forecast ('will no doubt ask for more contact').")
        evidential_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs after 'did nothing to' that weigh evidence, not effort ('did nothing to suggest she "
            "was drinking'): no charge of inaction.",
        )
        skip_quoted: bool = True
        include_actions: bool = True

    # Claims about fault, attitude or choice read from the parse (see _shapes).
    _SHAPE_CUES = {
        "excuse": "no_excuse", "blame": "fault", "fault": "fault", "responsibility": "fault", "failure": "fault",
        "failing": "fault", "responsible": "fault",
        "choose": "priority", "put": "priority", "prioritise": "priority", "prioritize": "priority",
        "place": "priority", "understand": "puzzled", "see": "puzzled", "comprehend": "puzzled",
        "fathom": "puzzled", "explain": "puzzled", "show": "shown", "display": "shown", "demonstrate": "shown",
    }
    _SQUARELY = frozenset("squarely firmly solely entirely wholly fully personally directly".split())
    _SO_CALLED = frozenset({"so", "so-called"})
    _NOBODY = NEGATIVE_PEOPLE | {"one"}
    _PARTICLES = frozenset("down off aside on up away through".split())

    def setup(self) -> None:
        p = self.params
        self.choice_verbs = frozenset(norm(x) for x in p.choice_verbs)
        self.weighing = frozenset(norm(x) for x in p.weighing_words)
        self.belief_verbs = frozenset(norm(x) for x in p.belief_verbs)
        self.regarding_verbs = frozenset(norm(x) for x in p.regarding_verbs)
        self.taken_stances = frozenset(norm(x) for x in p.taken_stances)
        self.belonging = frozenset(norm(x) for x in p.belonging_nouns)
        self.guessed_adverbs = frozenset(x.lower() for x in p.guessed_adverbs)
        self.habit_adverbs = frozenset(x.lower() for x in p.habit_adverbs)
        self.shelving = [tuple(norm(w) for w in x.split()) for x in p.shelving if len(x.split()) >= 2]
        self.shelving_verbs = frozenset(x[0] for x in self.shelving)
        self.wanting_objects = frozenset(norm(x) for x in p.wanting_objects)
        self.contrast_preps = frozenset(norm(x) for x in p.contrast_preps)
        self.deflating = [tuple(norm(w) for w in x.split()) for x in p.deflating]
        self.manipulation = {norm(k): frozenset(norm(w) for w in v) for k, v in p.manipulation.items()}
        self.scare_quoted = frozenset(norm(x) for x in p.scare_quoted)
        self.dismissing_verbs = frozenset(norm(x) for x in p.dismissing_verbs)
        self.credit_verbs = frozenset(norm(x) for x in p.credit_verbs)
        self.motive_guesses = [norm(x).split() for x in p.motive_guesses]
        self.ranking_words = frozenset(norm(x) for x in p.ranking_words)
        self.offspring = frozenset(norm(x) for x in p.offspring)
        self.competence_words = frozenset(norm(x) for x in p.competence_words)
        self.ironic_praise = frozenset(norm(x) for x in p.ironic_praise)
        self.asked_work = frozenset(norm(x) for x in p.asked_work)
        self.child_interests = frozenset(norm(x) for x in p.child_interests)
        self.put_away_verbs = frozenset(norm(x) for x in p.put_away.get("verbs", []))
        self.put_away_keeping = frozenset(norm(x) for x in p.put_away.get("keeping", []))
        self.put_away_places = frozenset(norm(x) for x in p.put_away.get("places", []))
        self.put_away_work = frozenset(norm(x) for x in p.put_away.get("work", []))
        self.put_away_regret = frozenset(x.lower() for x in p.put_away.get("regret", []))
        self.treating_verbs = frozenset(norm(x) for x in p.treating_verbs)
        self.still_markers = frozenset(x.lower() for x in p.still_markers)
        self.every_service = frozenset(x.lower() for x in p.every_service)
        self.further_words = frozenset(x.lower() for x in p.further_words)
        self.repeat_words = frozenset(x.lower() for x in p.repeat_words)
        self.approving_verbs = frozenset(norm(x) for x in p.unread_approval.get("verbs", []))
        self.reading_verbs = frozenset(norm(x) for x in p.unread_approval.get("reading", []))
        self.incapable_verbs = frozenset(norm(x) for x in p.incapable_verbs)
        self.belittling = frozenset(norm(x) for x in p.belittling)
        self.evidential_verbs = frozenset(norm(x) for x in p.evidential_verbs)
        self.dismissed_words = frozenset(norm(x) for x in p.dismissed_words)
        self.pointed = [tuple(norm(w) for w in x.split()) for x in p.pointed_adverbs]
        self.agencies = LexiconMatcher([Entry(a) for a in p.agencies]) if p.agencies else None
        self.factual = {norm(x) for x in p.factual_verbs}
        attitude_verbs = [*p.attitude_verbs, *(n for v in p.attitude_verbs for n in _never_forms(v))]
        self.attitude = LexiconMatcher([Entry(v, {}, "verb") for v in attitude_verbs], gaps=p.phrase_gaps)
        self.attitude_nouns = {norm(x) for x in p.attitude_nouns}
        self.children_ = LexiconMatcher([Entry(c) for c in p.child_nouns]) if p.child_nouns else None
        self.forenames = frozenset(w for ref in p.forenames for line in (
            _strings(lexicon_part(self.lexicons, ref)) if ":" in ref else [ref]) for w in line.split())
        self.sneers = [norm(x) for x in p.sneer_markers]
        self.duty_verbs = frozenset(norm(x) for x in p.duty_verbs)
        nouns: set[str] = set()
        for ref in p.verdict_nouns:
            if ":" not in ref:
                nouns.add(norm(ref))
                continue
            for x in lexicon_part(self.lexicons, ref) or []:
                if isinstance(x, dict) and str(x.get("pos") or "NOUN").upper() == "NOUN" and " " not in str(
                        x.get("lemma") or x.get("word") or " "):
                    nouns.add(norm(str(x.get("lemma") or x.get("word"))))
        self.verdict_nouns = frozenset(nouns)
        self.repeat = [norm(x) for x in p.repeat_markers]
        self.shape_cues = LexiconMatcher([Entry(w, {"shape": k}) for w, k in self._SHAPE_CUES.items()])
        # phrasal blame verbs split by their object ("let XXXX down", "fobbed the family off")
        self.phrasal: dict[str, set[str]] = {}
        for v in p.attitude_verbs:
            w = v.split()
            if len(w) == 2 and w[1] in self._PARTICLES:
                self.phrasal.setdefault(w[0], set()).add(w[1])
        self.traits = LexiconMatcher(
            entries_from(lexicon_part(self.lexicons, p.entries_key, p.lexicon), p.term_field, p.lexicon),
            lemma_field=p.lemma_field,
        )
        verbs = _strings(lexicon_part(self.lexicons, p.verbs_key, p.lexicon))
        verbs += [n for v in verbs for n in _never_forms(v)]
        self.verbs = LexiconMatcher([Entry(v, {}, "verb") for v in verbs], gaps=p.phrase_gaps)
        # "nobody could be bothered": the negation moves to the subject
        positive = {_drop_negation(v) for v in verbs if _drop_negation(v) != v}
        # without its auxiliary, for a negative fused to it ("couldnae be bothered": "be bothered")
        bare = {p_.split(" ", 1)[1] for p_ in positive if " " in p_ and p_.split()[0] in _AUXES}
        self.verbs_bare = LexiconMatcher([Entry(v, {}, "verb") for v in sorted(bare | positive)], gaps=p.phrase_gaps)
        self.verbs_pos = LexiconMatcher([Entry(v, {}, "verb") for v in sorted(positive) if v], gaps=p.phrase_gaps)
        self.intent = {norm(x) for x in p.intent_adverbs}
        self.mind_reading = {norm(x) for x in p.mind_reading_adverbs}
        subjects = _strings(lexicon_part(self.lexicons, p.subjects_key, p.lexicon))
        self.people = People(subjects, p.people + p.agencies)
        self.nominal = {norm(x) for x in p.nominalisations}
        self.attitudes = {norm(x) for x in p.negated_attitudes}
        self.lacks = {"lack", "absence"}
        self.person_traits = {norm(x) for x in p.person_traits}
        self.attention = {norm(x) for x in p.attention_nouns}
        self.lacked = {norm(x) for x in p.lacked_nouns}
        self.unwilling = {norm(x) for x in p.unwilling_words}
        self.interest = {norm(x) for x in p.interest_words}
        self.priority = {norm(x) for x in p.priority_words}
        self.credulity = frozenset(norm(x) for x in p.credulity_verbs)
        self.bad_at = frozenset(norm(x) for x in p.bad_at_words)
        self.too_words = frozenset(norm(x) for x in p.too_words)
        self.stance_nouns = frozenset(norm(x) for x in p.stance_nouns)
        self.self_verbs = frozenset(norm(x) for x in p.self_verbs)
        verdicts = [w for ref in p.verdict_words for w in (
            _refs(self.lexicons, [ref], "lemma") if ":" in ref else [ref])]
        self.verdict_words = frozenset(norm(x) for x in verdicts if " " not in x)
        self.person_cues = frozenset(self._JOB | self._PROPERLY | self.credulity | self.bad_at | self.stance_nouns
                                     | self._REFLEXIVE | self._TOO | self._AS_IF)
        # the words the last pass of findings() starts from: particles, nominalisations, attitudes, adverbs
        self.last_cues = frozenset(self._PARTICLES | self.nominal | self.attitudes | self.intent | self.mind_reading
                                   | self.attention | self.lacked | self.unwilling | self.interest | self.priority)
        # the words _person_judged starts from (each of its shapes needs one on the token it reads)
        self.judged_cues = frozenset({"which", "much", "responsible"} | self._PUZZLE_VERBS | self.stance_nouns
                                     | self._EXCUSES | self.interest | self.attitudes)
        # asides that insinuate bad faith, and habit markers that charge a lapse to a person (blaming.yml)
        insinuations = self._optional_part("insinuations") or {}
        self.insinuating = [norm(x).split() for x in insinuations.get("bad_faith", [])]
        self.habit_markers = [norm(x).split() for x in insinuations.get("habit", [])]
        self.candour = frozenset(norm(x) for x in insinuations.get("candour", []))
        self.question_emphasis = [norm(x).split() for x in insinuations.get("question_emphasis", [])]
        extra_agencies = list(self._optional_part("agencies") or [])
        if extra_agencies:  # services named in the lexicon as well as in the rule's parameters
            self.agencies = LexiconMatcher([Entry(x) for x in [*p.agencies, *extra_agencies]])
            self.people = People(subjects, p.people + p.agencies + extra_agencies)

    def _optional_part(self, key: str) -> Any:
        """A part of the blame lexicon that an authority's copy may leave out."""
        data = lexicon_part(self.lexicons, self.params.lexicon)
        return data.get(key) if isinstance(data, dict) else None

    # -- the checks --------------------------------------------------------
    def _trait_target_ok(self, doc: Doc, m: Match) -> bool:
        """True when a trait word is aimed at a person or at what a person did."""
        root = head_of(doc, m.start, m.end)
        if m.end - m.start > 1 and root.pos_ not in ("ADJ", "NOUN"):
            return True  # idioms: "asleep at the wheel", "not fit to practise"
        if root.pos_ in ("NOUN", "PROPN") and root.dep_ != "amod":
            owners = [self._whose(c) for c in root.children if c.dep_ == "poss"]
            owners += [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                       for g in c.children if g.dep_ == "pobj"]
            if m.end - m.start > 1:  # "poor worker"
                return True
            return not owners or any(self.people.is_person(o) for o in owners)
        if str(m.entry.data.get(self.params.kind_field) or "") in self.params.any_target_kinds:
            return True
        if token_forms(root) & self.person_traits:
            return True  # "lazy recording": a word only a person can be puts it on whoever did the work
        target = described_noun(root)
        if target is None:
            return True  # no noun: what was done ("it was careless of ...")
        if target.lower_ in RELATIVE_PRONOUNS or target.pos_ == "PRON" and target.lower_ not in ("it", "this", "that"):
            return True
        if target.dep_ == "expl":
            return True
        if self.people.is_person(target):
            return True
        # a stance someone holds ("the practitioner has a cavalier approach to risk")
        if target.dep_ in ("dobj", "attr") and target.head.pos_ in ("VERB", "AUX") and any(
                self._accountable(s, "adult") for s in subjects_of(target.head)):
            return True
        # a person's work described by the trait ("the worker's careless recording", "conduct by the worker",
        # "the worker, whose dismissive approach ...")
        by = [g for c in target.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        return any(c.dep_ == "poss" and self.people.is_person(self._whose(c)) for c in target.children) or any(
            self.people.is_person(g) for g in by)

    _DEFINITE = frozenset("the this that our my".split())

    def _pitied_role(self, doc: Doc, m: Match) -> bool:
        """"The poor worker was drowning under an impossible caseload": "poor" inside a definite noun phrase
        pities the professional ("a poor worker", "the worker is a poor worker" judge one)."""
        first = doc[m.start]
        return m.end - m.start > 1 and first.lower_ == "poor" and m.start > 0 and doc[m.start - 1].lower_ in self._DEFINITE

    @staticmethod
    def _whose(owner: Token) -> Token:
        """"whose" stands for the noun its relative clause describes ("the worker, whose approach ...")."""
        if owner.lower_ != "whose":
            return owner
        for a in owner.ancestors:
            if a.dep_ == "relcl":
                return a.head
        return owner

    @staticmethod
    def _lacked_means(v: Token) -> bool:
        """"which the worker simply did not have": a means not had (time, capacity), not a claim about intent."""
        return norm(v.lemma_) == "have" and not any(c.dep_ in ("xcomp", "ccomp") for c in v.children)

    def _verb_of(self, doc: Doc, m: Match) -> Token:
        root = head_of(doc, m.start, m.end)
        if root.pos_ == "AUX" and root.dep_ in ("aux", "auxpass") and root.head.i >= m.end:
            root = root.head
        return root

    def _negated(self, v: Token) -> bool:
        return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") and c.dep_ == "advmod" for c in v.children)

    def _professional_subject(self, v: Token, passive_agent: bool) -> Token | None:
        for s in subjects_of(v, passive_agent):
            s = self._members(s)
            if self.people.is_professional(s) or self._addressed_worker(s):
                return s
            if self.params.resolve_pronouns and s.lower_ in ("he", "she", "they"):
                antes = self._antecedents(s)
                if antes and all(self.people.is_professional(a) for a in antes):
                    return s
        return None

    def _is_agency(self, t: Token) -> bool:
        return self.agencies is not None and t.pos_ in ("NOUN", "PROPN") and self.agencies.matches_token(t)

    def _is_child(self, t: Token) -> bool:
        """The child: a child noun, or the anonymised reference (XXXX) that is not a service's acronym."""
        if self._is_agency(t):
            return False
        if self.children_ is not None and self.children_.matches_token(t):
            return True
        return t.pos_ == "PROPN" and t.text.isupper() and not self.people.is_role(t)

    def _accountable(self, t: Token, level: str) -> bool:
        """Whether ``t`` can be blamed at ``level``: "role" (a professional), "agency"
        (or a service), "adult" (or any person but the child)."""
        if self.people.is_professional(t):
            return True
        if level == "role":
            return False
        if self._is_agency(t) or self._first_name(t):
            return True  # a service, or a worker named by first name ("Daniel ignored three emails")
        return level == "adult" and self.people.is_person(t) and not self._is_child(t)

    def _subject_at(self, v: Token, level: str, passive_agent: bool) -> Token | None:
        """The first subject of ``v`` accountable at ``level`` (pronouns stand for the person named before them)."""
        if level == "role":
            return self._professional_subject(v, passive_agent)
        for s in subjects_of(v, passive_agent):
            s = self._members(s)
            if s.lower_ in ("he", "she", "they") and self.params.resolve_pronouns:
                antes = self._antecedents(s)
                if antes and all(self._accountable(a, level) for a in antes):
                    return s
            elif (s.pos_ != "PRON" or s.lower_ in self._EVERYONE) and self._accountable(s, level):
                return s
            elif self._addressed_worker(s):
                return s
            elif level == "adult" and (named := self._named_in_compound(s)) is not None:
                return named
        return None

    def _level(self, doc: Doc, v: Token, entry_text: str, attitude: bool) -> str:
        """Who a blame verb can blame: any adult for an attitude verb or after an
        exasperation marker ("yet again"), a service too unless the verb is factual."""
        if attitude:
            return "adult"
        if any(c.dep_ == "dobj" and self.people.is_person(c) for c in v.children):
            return "adult"  # "Ms Adeyemi failed XXXX", "ignored the child": let down, whoever did it
        if self._person_let_down(v):
            return "adult"  # "XXXX has been failed by the agencies involved"
        if self._refused_flatly(v):
            return "adult"  # "Mum refused point blank to let the worker in"
        sent = v.sent.text.lower()
        if any(r in sent for r in self.repeat):
            return "adult"
        if self._habit_aside(v):
            return "adult"
        return "role" if norm(entry_text) in self.factual else "agency"

    _HABIT_ASIDES = ("true to form", "typically", "predictably", "characteristically", "as always", "as expected")

    def _habit_aside(self, v: Token) -> bool:
        """An aside set off by commas between the subject and the verb that says the act was in character
        ("Step-dad, true to form, refused ...", "the nursery, typically, failed to ..."): exasperation with the
        person, as "yet again" is."""
        subs = [s for s in subjects_of(v) if s.i < v.i]
        if not subs:
            return False
        between = v.doc[subs[0].i + 1: v.i]
        if not any(t.text == "," for t in between):
            return False
        text = f" {' '.join(t.lower_ for t in between)} "
        return any(f", {a} ," in text for a in self._HABIT_ASIDES)

    _REPORTING = frozenset("say tell feel report describe believe think complain claim allege".split())

    def _reported(self, v: Token) -> bool:
        """The verb is inside someone's reported view ("Mother says the school let
        her down"): their account, not the auditor's judgement."""
        t = v
        for _ in range(4):
            if t.dep_ not in ("ccomp", "xcomp", "conj") or t.head.i == t.i:
                return False
            if self._beside_report(t):
                return False
            t = t.head
            if t.lemma_.lower() in self._REPORTING:
                # "I think the worker let XXXX down" is the auditor's own judgement, not a report
                return not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.children) and not (
                    self._impersonal_frame(t)) and not self._writer_says(t)
        return False

    @staticmethod
    def _writer_says(say: Token) -> bool:
        """"I am sorry to say that ...", "I have to say ...": the reporting verb is the writer's own, in a frame
        whose subject is "I" or "we"."""
        if say.dep_ != "xcomp":
            return False
        for frame in (say.head, say.head.head):
            if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in frame.children):
                return True
        return False

    def _beside_report(self, t: Token) -> bool:
        """A verb joined to a reporting verb rather than reported by it ("the worker was told twice ... and
        simply chose to ignore the instruction"): the person's own act, in the writer's voice."""
        return t.dep_ == "conj" and t.head.lemma_.lower() in self._REPORTING and any(
            c.dep_ in SUBJ for c in t.head.children) and not any(c.dep_ in SUBJ for c in t.children)

    def _rhetorical(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A question about why a professional did not act ("How could the worker
        not have seen...?", "Why did nobody visit?", "Surely the manager should
        have...?"): blame framed as a question the audit does not answer."""
        surely_at = doc_lower(doc).with_lower(_SURELY)
        for sent in doc.sents:
            question = sent[-1].text == "?" or sent.end < len(doc) and doc[sent.end].text == "?"
            if not question and bisect_left(surely_at, sent.start) == bisect_left(surely_at, sent.end):
                continue  # neither a question nor "surely": nothing below can hold
            root = sent.root
            if root.pos_ not in ("VERB", "AUX"):
                continue
            kids = list(root.children)
            modal_perfect = any(c.lower_ in ("could", "should", "would", "might") for c in kids) and any(
                c.lower_ == "have" and c.dep_ == "aux" for c in kids)
            wh = any(c.lower_ in ("why", "how") and c.i == sent.start for c in kids)
            surely = any(c.lower_ == "surely" for c in kids)
            # "Should the worker have visited sooner? On balance, yes." weighs a question; a negated
            # one ("could the worker not have seen") or a why/how one accuses
            if not (question and (wh or modal_perfect and self._negated(root)) or surely and modal_perfect):
                continue
            subj = self._subject_at(root, "agency", passive_agent=True)  # "why was it closed by the manager?"
            if subj is not None:
                yield sent.start, root.i + 1, "verb", None

    _LOSS_VERBS = frozenset("lose miss mislay misplace misread omit confuse forget overlook ignore".split())
    _MANAGE = frozenset({"manage"})
    _WITHOUT = frozenset({"without", "w/o"})

    def _exasperated(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Blame carried by the sentence's shape rather than a blame word:

        * a repeated failing ("yet again the SW has not written up the visits", "TM once more signed off
          the plan without reading it"): an exasperation marker on what a professional or service did not do;
        * sarcasm about an outcome ("the IRO somehow managed to lose the minutes"): "manage to" with a
          verb of losing or missing, said of a professional;
        * a rhetorical "how could ... have" put as a statement ("one might ask how the IRO could have
          signed off such a plan").
        """
        low = doc_lower(doc).lower
        # a marker in a sentence is in the whole Doc's words too (the sentences' words joined the same way):
        # only the markers the Doc has are looked for in each sentence
        whole = f" {' '.join(low)} "
        markers = [r for r in self.repeat if f" {r} " in whole]
        for sent in doc.sents:
            if markers:
                text = " ".join(low[sent.start : sent.end])
                repeated = any(f" {r} " in f" {text} " for r in markers)
            else:
                repeated = False
            repeated = repeated or self._again_tag(sent)
            for v in sent:
                if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass"):
                    continue
                if not repeated and v.dep_ != "ccomp" and v.lemma_.lower() != "manage":
                    continue  # none of the shapes below
                if repeated and self._falls_short(v):
                    # "Dawn, as usual, didn't get the minutes out": a worker named by first name counts too
                    subj = self._subject_at(v, "agency", passive_agent=False) or next(
                        (s for s in subjects_of(v) if self._named_worker(s) is not None), None)
                    if subj is not None and not self._reported(v):
                        yield min(subj.left_edge.i, v.i), v.i + 1, "verb", None
                        continue
                if norm(v.lemma_) == "manage" and any(
                        c.dep_ == "xcomp" and (norm(c.lemma_) in self._LOSS_VERBS) for c in v.children):
                    subj = self._subject_at(v, "agency", passive_agent=False)
                    if subj is not None:
                        yield subj.left_edge.i, v.i + 1, "verb", None
                        continue
                if v.dep_ == "ccomp" and self._verdict_on(v):
                    subj = self._subject_at(v, "role", passive_agent=False)
                    if subj is not None:
                        yield v.head.i, v.i + 1, "verb", None
                        continue
                if v.dep_ == "ccomp" and self._wondering(v):
                    subj = self._subject_at(v, "role", passive_agent=False)
                    if subj is not None:
                        yield v.head.i, v.i + 1, "verb", None
                        continue
                if v.dep_ == "ccomp" and any(c.lower_ == "how" and c.i < v.i for c in v.children) and any(
                        c.lower_ in ("could", "would") for c in v.children) and any(
                        c.lower_ == "have" and c.dep_ == "aux" for c in v.children) and not self._more_asked(v):
                    subj = self._subject_at(v, "agency", passive_agent=True)
                    if subj is not None:
                        yield subj.left_edge.i, v.i + 1, "verb", None

    _VERDICTS = frozenset("unacceptable inexcusable unforgivable indefensible wrong shameful".split())

    def _verdict_on(self, v: Token) -> bool:
        """``v`` is the that-clause of "it is unacceptable that ..." and says what was not done
        ("it is unacceptable that the team manager authorised closure without reading the minutes")."""
        frame = v.head
        return any(c.dep_ == "acomp" and norm(c.lemma_) in self._VERDICTS for c in frame.children) and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in frame.children) and self._falls_short(v)

    def _wondering(self, v: Token) -> bool:
        """``v`` is a "what ... did" clause the auditor wonders about or says they cannot know
        ("one is left wondering what the manager did", "I do not know what the IRO was doing")."""
        if not any(c.lower_ == "what" and c.i < v.i for c in v.children):
            return False
        frame = v.head
        lemma = norm(frame.lemma_)
        if lemma == "wonder":
            return True
        return lemma == "know" and self._negated(frame) and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we", "one") for c in frame.children)

    def _falls_short(self, v: Token) -> bool:
        """What a verb says was not done: negated, "without ...", or "no" as its object."""
        return self._negated(v) or any(
            c.dep_ == "prep" and c.lower_ in self._WITHOUT or c.dep_ == "dobj" and any(
                g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in v.children) or any(
            c.dep_ == "dobj" and c.lower_ in self._NOTHING_DONE for c in v.children)

    def _shapes(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Blame read from sentence shape, found from a few cue lemmas (no token loop):

        * "there is no excuse for the IRO signing off ..." (a person in the excused act);
        * "Mother is to blame", "the fault lies with the school", "responsibility
          lies squarely with the team manager" (fault attributed to a person);
        * "Dad chose his partner over his children", "putting their own
          convenience first" (a selfish choice attributed to an adult);
        * "it is hard to understand why the manager allowed ..." (puzzlement
          at what a professional did);
        * "showed a complete disregard for the plan" (an attitude noun shown by an adult).
        """
        for m in self.shape_cues.find(doc):
            t = doc[m.start]
            shape = m.entry.data["shape"]
            if self._reported(clause_head(t)):
                continue
            if shape == "no_excuse" and t.pos_ == "NOUN" and any(c.lower_ == "no" for c in t.children):
                for c in t.children:
                    if c.dep_ in ("advcl", "acl", "prep") and c.i > t.i:
                        people = [g for g in c.subtree if g.dep_ in ("nsubj", "poss", "pobj")
                                  and self._accountable(g, "agency")]
                        if people:
                            yield t.i - 1, people[0].i + 1, "verb", None
                            break
                        done = self._excused_clause(t, c)
                        if done is not None:
                            yield done.left_edge.i, t.i + 1, "verb", None
                            break
            elif shape == "fault":
                if t.pos_ == "VERB" and t.dep_ == "xcomp" and any(c.lower_ == "to" for c in t.children):
                    subj = self._subject_at(t.head, "adult", passive_agent=False)
                    if subj is not None:
                        yield subj.left_edge.i, t.i + 1, "verb", None
                elif t.pos_ == "NOUN" and t.lemma_.lower() == "fault" and any(c.dep_ == "poss" for c in t.children):
                    # "it is the worker's fault that ..." (not "through no fault of", "not the team's fault")
                    owners = [c for c in t.children if c.dep_ == "poss" and self._accountable(c, "adult")]
                    if owners and not any(c.lower_ == "no" for c in t.children) and not self._negated(t.head) \
                            and not self._fault_denied(owners[0]):
                        yield owners[0].left_edge.i, t.i + 1, "verb", None
                elif t.pos_ == "ADJ" and t.dep_ in ("acomp", "oprd") and any(
                        c.lower_ in self._SQUARELY for c in t.children):
                    # "the manager is personally responsible for ..." (not "is responsible for the plan", a duty)
                    subj = self._subject_at(t.head, "adult", passive_agent=False)
                    if subj is not None:
                        yield subj.left_edge.i, t.i + 1, "verb", None
                elif t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_ in ("lie", "rest"):
                    v = t.head
                    if t.lemma_.lower() == "responsibility" and not any(c.lower_ in self._SQUARELY for c in v.children):
                        continue  # "responsibility for the plan lies with the IRO" states a duty
                    for c in v.children:
                        if c.dep_ == "prep" and c.lower_ == "with":
                            if any(self._accountable(g, "adult") for g in c.children if g.dep_ == "pobj"):
                                yield t.left_edge.i, c.right_edge.i + 1, "verb", None
            elif shape == "priority" and t.pos_ == "VERB":
                over = any(c.dep_ == "prep" and c.lower_ in ("over", "before", "above") for c in t.children) or any(
                    self._ranked_below_person(c) for c in t.children if c.dep_ == "dobj") or self._put_ahead_of(t)
                own_first = any(c.lower_ == "first" for c in t.children) and any(
                    c.dep_ == "dobj" and any(g.lower_ == "own" for g in c.children) for c in t.children)
                if over or own_first:
                    v = t
                    if t.dep_ == "advcl" and not any(c.dep_ in SUBJ for c in t.children):
                        v = t.head  # "..., putting their own convenience first"
                    subj = self._subject_at(v, "adult", passive_agent=False)
                    if subj is not None:
                        yield subj.left_edge.i, t.right_edge.i + 1, "verb", None
            elif shape == "puzzled" and t.pos_ == "VERB" and t.head.lemma_.lower() in (
                    "hard", "difficult", "impossible", "be"):
                if t.head.lemma_.lower() == "be" and not any(
                        c.lower_ in ("hard", "difficult", "impossible") for c in t.head.children):
                    continue
                for c in t.children:
                    if c.dep_ == "ccomp" and any(g.lower_ == "why" for g in c.children):
                        subj = self._subject_at(c, "agency", passive_agent=False)
                        if subj is not None:
                            yield t.head.i, c.i + 1, "verb", None
            elif shape == "shown" and t.pos_ == "VERB":
                for c in t.children:
                    if c.dep_ == "dobj" and token_forms(c) & self.nominal:
                        subj = self._subject_at(t, "adult", passive_agent=False)
                        if subj is not None:
                            yield subj.left_edge.i, c.i + 1, "verb", None

    @staticmethod
    def _put_ahead_of(v: Token) -> bool:
        """"chosen to place its own convenience ahead of this young person's welfare": ranked above, as "over"."""
        return any(c.lower_ == "ahead" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
                   for c in v.children)

    _BOTHER = frozenset({"bother"})

    def _had_bothered(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"if she had bothered to visit", "had the worker bothered to read the file": the effort
        imagined in a past condition, a sneer at the person who did not make it."""
        for t in tokens_with(doc, self._BOTHER):
            if t.pos_ != "VERB" or t.dep_ != "advcl" or self._negated(t) or self._reported(t.head):
                continue
            subs = [c for c in t.children if c.dep_ in SUBJ]
            had = [c for c in t.children if c.dep_ == "aux" and c.lower_ in ("had", "'d")]
            marked = any(c.dep_ == "mark" and c.lower_ == "if" for c in t.children)
            inverted = bool(had and subs and had[0].i < subs[0].i)
            if not had or not (marked or inverted):
                continue
            subj = self._subject_at(t, "adult", passive_agent=False)
            if subj is not None:
                yield min(subj.left_edge.i, had[0].i), t.i + 1, "verb", None

    _WHEN = frozenset({"when", "whenever", "if"})
    _BOTHERING = frozenset({"bother", "arse"})

    def _grudging(self, v: Token) -> bool:
        """A positive "be bothered" in a time or condition clause ("when the worker could be bothered to
        ask", "if she can be bothered"): the effort granted only now and then, a sneer at the person."""
        if norm(v.lemma_) not in self._BOTHERING or v.dep_ != "advcl" or self._negated(v) or self._reported(v.head):
            return False
        return any(c.lower_ in self._WHEN and c.dep_ in ("mark", "advmod") for c in v.children) and any(
            c.dep_ == "aux" and c.lower_ in ("can", "could") for c in v.children)

    _JOB = frozenset({"job", "work", "duty"})
    _PROPERLY = frozenset("properly competently diligently thoroughly".split())

    def _had_done_job(self, doc: Doc, cued: list[Token]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A past condition that imagines the person doing their job ("Had Carla done her job properly, ...",
        "if the worker had done his job", "if the SW had checked properly"): it says they did not, and
        judges the person rather than naming what was missed."""
        for t in cued:
            if not token_forms(t) & (self._JOB | self._PROPERLY):
                continue
            v = t.head
            if v.pos_ not in ("VERB", "AUX") or self._negated(v) or self._reported(v):
                continue
            own_job = t.dep_ == "dobj" and norm(v.lemma_) == "do" and any(c.dep_ == "poss" for c in t.children)
            if not (own_job or t.dep_ == "advmod" and token_forms(t) & self._PROPERLY):
                continue
            subs = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
            had = [c for c in v.children if c.dep_ == "aux" and c.lower_ in ("had", "'d")]
            marked = any(c.dep_ == "mark" and c.lower_ == "if" for c in v.children)
            if not had or not subs or not (marked or had[0].i < subs[0].i):
                continue
            subj = self._subject_at(v, "adult", passive_agent=False) or self._named_worker(subs[0])
            if subj is not None:
                yield min(subj.left_edge.i, had[0].i), t.i + 1, "verb", None

    def _named_worker(self, t: Token) -> Token | None:
        """A person named by first name alone ("Carla", "Dawn"): how an audit names a worker; a family member
        is named by relation ("Mum", "Father") or title, and the child is anonymised (XXXX)."""
        if not t.is_title or t.text.isupper() or t.pos_ != "PROPN" and not (
                t.pos_ == "NOUN" and t.text in self.forenames and (t.tag_ == "NNS" or not t.is_sent_start)):
            return None  # (a first name may be tagged a plural noun: "Cerys", "Rhys")
        if t.ent_type_ not in ("PERSON", "NORP", "") and t.text not in self.forenames:
            return None  # (the tagger often takes a first name for a nationality, a place or a body: "Priya", "Ciaran")
        if any(c.dep_ in ("compound", "poss") for c in t.children) or t.dep_ == "compound":
            return None  # "Mr Hughes", "Dad's partner Lee"
        if self.people.others is not None and self.people.others.matches_token(t) or self._is_agency(t):
            return None
        # "Mum's partner, Lee,": a family member named in apposition
        if t.dep_ == "appos" and self._family(t.head) or any(c.dep_ == "appos" and self._family(c) for c in t.children):
            return None
        return t

    def _first_name(self, t: Token) -> bool:
        """A worker named by a first name the gazetteer or the parse knows as a person's (not any title-case
        word: "the Care and Support Plan")."""
        return (t.text in self.forenames or t.ent_type_ == "PERSON") and self._named_worker(t) is not None

    def _family(self, t: Token) -> bool:
        """A family member or the child, named by relation ("partner", "Mum", "XXXX")."""
        return not self.people.is_professional(t) and self.people.others is not None and (
            self.people.others.matches_token(t) and not self._is_agency(t)) or self._is_child(t)

    def _taken_in(self, doc: Doc, cued: list[Token]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A professional said to have been fooled ("the worker was totally taken in by Mum", "the IRO was
        duped"): credulity put on the person, not what was accepted without checking."""
        for t in cued:
            if not token_forms(t) & self.credulity:
                continue
            if t.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in t.children) or self._negated(t):
                continue
            if norm(t.lemma_) == "take" and not any(c.dep_ == "prt" and c.lower_ == "in" for c in t.children):
                continue
            if norm(t.lemma_) == "talk" and not any(c.lower_ in self._ROUND for c in t.children):
                continue  # "the auditor has been talked round by the worker" (not "was talked to")
            subj = next((c for c in t.children if c.dep_ == "nsubjpass" and self.people.is_professional(c)), None)
            if subj is not None and not self._reported(t):
                yield subj.left_edge.i, t.i + 1, "verb", None

    def _bad_at(self, doc: Doc, cued: list[Token]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A verdict on a professional's ability ("the TM is dreadful at getting supervision done", "the
        worker is hopeless at recording"): a judgement of the person, where the finding is the work."""
        for t in cued:
            if not token_forms(t) & self.bad_at:
                continue
            if t.pos_ != "ADJ" or t.dep_ != "acomp" or self._negated(t.head):
                continue
            if not any(c.dep_ == "prep" and c.lower_ == "at" and c.i > t.i for c in [*t.children, *t.head.children]):
                continue
            subj = self._professional_subject(t.head, passive_agent=False)
            if subj is not None and not self._reported(t.head):
                yield subj.left_edge.i, t.i + 1, "verb", None

    def _stance_verdict(self, doc: Doc, cued: list[Token]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A verdict on the stance of a professional or service ("the school's attitude to this boy is
        disgraceful", "the IRO's approach was shameful"): the person's attitude judged, not the work."""
        for t in cued:
            if not token_forms(t) & self.stance_nouns:
                continue
            if t.pos_ != "NOUN" or t.dep_ != "nsubj" or self._reported(t.head):
                continue
            owners = [c for c in t.children if c.dep_ == "poss" and self._accountable(c, "agency")]
            verdict = [c for c in t.head.children if c.dep_ == "acomp" and token_forms(c) & self.verdict_words]
            if owners and verdict and not self._negated(t.head):
                yield owners[0].left_edge.i, verdict[0].i + 1, "verb", None

    _ALWAYS = frozenset("always constantly routinely invariably habitually forever".split())
    _SWEEPING = frozenset("most all every everything anything".split())

    def _habitual(self, doc: Doc, matches: list[Match]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A failing told as the person's habit, in the present ("as she forgets most things", "the SW always
        ignores the school's emails"): a verdict on the person, not an account of what was missed.
        ``matches``: the blame verbs found in the Doc."""
        for m in matches:
            if m.end - m.start != 1:
                continue
            v = self._verb_of(doc, m)
            if v.tag_ not in ("VBZ", "VBP") or self._negated(v) or self._reported(v):
                continue
            sweeping = any(c.dep_ == "advmod" and c.lower_ in self._ALWAYS for c in v.children) or any(
                c.dep_ == "dobj" and (c.lower_ in self._SWEEPING or any(
                    g.dep_ in ("amod", "det") and g.lower_ in self._SWEEPING for g in c.children))
                for c in v.children)
            if not sweeping:
                continue
            subj = self._subject_at(v, "role", passive_agent=False)
            if subj is None:
                subj = next((r for s in subjects_of(v) if s.lower_ in ("he", "she", "they")
                             for r in [self._role_before(s)] if r is not None), None)
            if subj is not None:
                yield min(subj.left_edge.i, v.i), m.end, "verb", None

    def _role_before(self, pron: Token) -> Token | None:
        """The professional a pronoun stands for, read back through its sentence when the parser has hidden the
        role in a compound ("because the SW forgot, as she forgets ..."): the nearest role noun, with no family
        member, child or other named person in between."""
        for t in reversed(pron.doc[pron.sent.start : pron.i]):
            if self.people.is_role(t):
                return t
            if t.ent_type_ == "PERSON" or self.people.others is not None and self.people.others.matches_token(t) or (
                    self.children_ is not None and self.children_.matches_token(t)) or t.lower_ in ("he", "she", "they"):
                return None
        return None

    _REFLEXIVE = frozenset("himself herself themselves themself".split())

    def _cannot_self(self, doc: Doc, cued: list[Token]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A professional said to be unable to run themselves ("because Lee cannot organise himself", "the SW
        can't manage herself"): a verdict on the person's capacity, where the finding is the late work."""
        for t in cued:
            if not token_forms(t) & self._REFLEXIVE:
                continue
            v = t.head
            if t.dep_ != "dobj" or norm(v.lemma_) not in self.self_verbs or not self._negated(v) or self._reported(v):
                continue
            if not any(c.dep_ == "aux" and norm(c.lemma_) == "can" for c in v.children):
                continue
            subj = self._subject_at(v, "role", passive_agent=False) or next(
                (s for s in subjects_of(v) if self._named_worker(s) is not None), None)
            if subj is not None:
                yield subj.left_edge.i, t.i + 1, "verb", None

    _TOO = frozenset({"too"})

    def _too_close(self, doc: Doc, cued: list[Token]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A professional's stance judged as excessive ("the IRO is far too cosy with the team", "too
        trusting of Mum", "too quick to accept Dad's account"): a verdict on the person's character."""
        for t in cued:
            if not token_forms(t) & self._TOO:
                continue
            a = t.head
            if t.dep_ != "advmod" or a.pos_ != "ADJ" or a.dep_ != "acomp" or not token_forms(a) & self.too_words:
                continue
            if self._negated(a.head) or self._reported(a.head):
                continue
            subj = self._professional_subject(a.head, passive_agent=False)
            if subj is not None:
                yield subj.left_edge.i, a.i + 1, "verb", None

    _AS_IF = frozenset({"if", "though"})
    _FEELING = frozenset("like care want bother value".split())

    def _as_if(self, doc: Doc, cued: list[Token]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A guess at a professional's feelings put as a comparison ("it's as if she doesn't like the child",
        "as though the worker did not care"): mind-reading an audit cannot evidence."""
        for t in cued:
            if not token_forms(t) & self._AS_IF:
                continue
            v = t.head
            if t.dep_ != "mark" or t.i == 0 or doc[t.i - 1].lower_ != "as" or norm(v.lemma_) not in self._FEELING:
                continue
            if self._negated(v) and self._professional_subject(v, passive_agent=False) is not None:
                yield t.i - 1, v.i + 1, "verb", None

    _RANKING = frozenset({"over", "before", "above", "ahead"})
    _KIN = frozenset("son daughter kid sibling brother sister family grandchild grandson granddaughter".split())

    def _ranked_below_person(self, obj: Token) -> bool:
        """The parser hangs "over his son" from the object ("chose alcohol over his son"): the choice
        ranks something above a person (not "chose kinship care over a residential unit")."""
        return any(c.dep_ == "prep" and c.lower_ in self._RANKING and any(
            g.dep_ == "pobj" and (self.people.is_person(g) or self._is_child(g) or token_forms(g) & self._KIN)
            for g in c.children)
            for c in obj.children)

    _LET = frozenset({"let"})
    _LET_GO = frozenset("slide slip drift lapse".split())
    _PLACES = frozenset("under onto off down across along into over out".split())  # "let the tablet slide under the sofa"

    def _let_go(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"she's let this one slide", "the manager let the plan drift", "let this family slip through":
        an omission told as a person's letting it happen."""
        for t in tokens_with(doc, self._LET):
            if t.lemma_.lower() != "let" or t.pos_ != "VERB" or self._reported(t):
                continue
            gone = [c for c in t.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in self._LET_GO
                    and not any(g.dep_ == "prep" and g.lower_ in self._PLACES for g in c.children)]
            # "let this drift": the parser may take the bare verb for a noun object after a demonstrative
            gone += [c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in self._LET_GO and c.i == t.i + 2
                     and doc[t.i + 1].lower_ in ("this", "that", "it", "things") and c.i == c.right_edge.i]
            if not gone:
                continue
            subj = self._subject_at(t, "adult", passive_agent=False)
            if subj is None:  # "she's let": the parser may read the perfect "'s" as a passive
                subj = next((c for c in t.children if c.dep_ == "nsubjpass" and c.lower_ in ("he", "she", "they")
                             and self._antecedents(c) and all(self._accountable(a, "adult") for a in self._antecedents(c))),
                            None)
            if subj is not None:
                yield min(subj.left_edge.i, t.i), gone[0].i + 1, "verb", None

    _ONCE = frozenset({"once"})
    _WOULD = frozenset({"would"})

    def _better_worker(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"A more conscientious worker would have checked the address", "a better manager would have
        asked": a better professional imagined, which judges the one who did the work."""
        for w in tokens_with(doc, self._WOULD):
            v = w.head
            if w.dep_ != "aux" or v.pos_ not in ("VERB", "AUX") or not any(
                    c.dep_ == "aux" and c.lower_ == "have" and c.i > w.i for c in v.children):
                continue
            for s in subjects_of(v):
                if s.dep_ != "nsubj" or s.pos_ != "NOUN" or not self.people.is_role(s) or not any(
                        c.dep_ == "det" and norm(c.text) in ("a", "any") for c in s.children):
                    continue
                better = [c for c in s.children if c.dep_ == "amod" and c.i < s.i and (
                    c.tag_ == "JJR" or any(g.dep_ == "advmod" and g.lower_ == "more" for g in c.children)
                    or norm(c.lemma_) in self.competence_words or c.lower_ in self.competence_words)]
                if better and not self._reported(v) and not self._even_they_struggle(v):
                    yield s.left_edge.i, v.i + 1, "verb", None
                    break

    _STRUGGLE = frozenset({"struggle", "fail", "need"})

    def _even_they_struggle(self, v: Token) -> bool:
        """"Any competent worker would have struggled with this caseload", "would have found it hard": the imagined
        worker is said to fail too, which excuses the one who did the work rather than judging them."""
        if norm(v.lemma_) in self._STRUGGLE:
            return True
        return norm(v.lemma_) == "find" and any(
            c.dep_ in ("oprd", "ccomp", "acomp", "advmod") and c.pos_ in ("ADJ", "ADV")
            and c.lower_ not in ("quickly", "easily", "soon") for c in v.children)

    def _never_once(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"The IRO never once challenged the plan", "not once did the worker ...": an emphatic total
        omission pinned on a professional."""
        for t in tokens_with(doc, self._ONCE):
            if t.lower_ != "once" or t.dep_ != "advmod" or t.head.pos_ not in ("VERB", "AUX"):
                continue
            v = t.head
            if not any(c.lower_ in ("never", "not") and c.i in (t.i - 1, t.i - 2) for c in doc[max(0, t.i - 2): t.i]):
                continue
            if self._reported(v):
                continue
            subj = self._professional_subject(v, passive_agent=False) or next(
                (s for s in subjects_of(v) if self._first_name(s)), None)
            if subj is not None:
                yield min(subj.left_edge.i, t.i - 1), v.i + 1, "verb", None

    _NEVER = frozenset({"never"})

    def _never_named(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"Gemma never wrote it up", "because Nathan never did the direct work": a total omission pinned on
        a worker named by first name, the auditor's charge against the person (a role noun with "never" is
        a finding about the work: "the IRO never met XXXX")."""
        for t in tokens_with(doc, self._NEVER):
            v = t.head
            if t.dep_ not in ("neg", "advmod") or v.pos_ != "VERB" or v.i < t.i or self._reported(v):
                continue
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children):
                continue  # "Kim would never ...": a guess, not a record
            if not token_forms(v) & self.duty_verbs:
                continue  # "Emily never met her father": not the work
            subj = next((s for s in subjects_of(v) if s.i < t.i and self._first_name(s)), None)
            if subj is not None:
                yield subj.left_edge.i, v.i + 1, "verb", None

    _WITHOUT_ONLY = frozenset({"without"})

    def _without_effort(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"sat on this referral for a month without lifting a finger", "closed it without bothering to read
        it": an attitude phrase ("not lift a finger", "not bother to") negated by "without"; blames the
        subject of the clause it hangs from, any adult or service."""
        if not tokens_with(doc, self._WITHOUT_ONLY):
            return
        for m in self.verbs_pos.find(doc):
            v = self._verb_of(doc, m)
            prep = v.head
            if v.dep_ != "pcomp" or prep.lower_ != "without" or m.start != prep.i + 1:
                continue
            head = prep.head
            if head.pos_ not in ("VERB", "AUX") or self._reported(head):
                continue
            subj = self._subject_at(head, "adult", passive_agent=False)
            if subj is not None:
                yield min(subj.left_edge.i, head.i), m.end, "verb", None

    def _sneered(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """An account of what a professional or a worker named by first name did, tagged with a sneer ("...
        because Gemma never wrote it up, typical", "Owen preferred to do them with mum in the room, which
        tells you everything", "the ATM authorised it without reading it, that much is obvious")."""
        if not self.sneers:
            return
        low = doc_lower(doc).lower
        whole = f" {' '.join(low)} "
        markers = [r for r in self.sneers if f" {r} " in whole]
        if not markers:
            return
        for sent in doc.sents:
            words = low[sent.start: sent.end]
            text = f" {' '.join(words)} "
            found = [r for r in markers if f" {r} " in text]
            if not found:
                continue
            # a one-word tag ("typical") only as a tag: after a comma or dash, closing the sentence
            tail = " ".join(w for w in words if w not in (".", "!"))
            if not any(" " in r or tail.endswith(f", {r}") or tail.endswith(f"- {r}") for r in found):
                continue
            for v in sent:
                if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass") or self._reported(v):
                    continue
                subj = self._subject_at(v, "agency", passive_agent=False)
                if subj is not None and subj.pos_ != "PRON":
                    yield min(subj.left_edge.i, v.i), v.i + 1, "verb", None
                    break

    _COPULAS = frozenset({"be", "become", "remain", "prove"})

    def _person_verdict(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A verdict noun as the predicate of a professional, a service or a worker named by first name ("Cerys
        has been a nightmare on this case", "the IRO is a liability"): the person judged, not the work."""
        if not self.verdict_nouns:
            return
        for t in tokens_with(doc, self.verdict_nouns):
            if t.pos_ not in ("NOUN", "PROPN") or t.dep_ != "attr" or norm(t.head.lemma_) not in self._COPULAS:
                continue
            v = t.head
            if self._negated(v) or self._reported(v):
                continue
            subj = self._subject_at(v, "agency", passive_agent=False)
            if subj is not None and subj.pos_ != "PRON":
                yield subj.left_edge.i, t.i + 1, "verb", None

    # -- verdicts on a person read from the clause (round 11) --------------------------------------
    _FAULT_OBJECTS = frozenset("mess shambles fiasco debacle disaster chaos muddle".split())
    _PUZZLE_FRAMES = frozenset({"hard", "difficult", "impossible"})
    _PUZZLE_VERBS = frozenset("see understand comprehend fathom know tell".split())
    _EXCUSES = frozenset({"excuse"})
    _EMPHATIC_NONE = frozenset({"whatsoever"})

    def _person_judged(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Blame read from the clause around what a person did, beyond the shapes above:

        * a verdict passed on the clause ("the manager signed off the plan without reading it, which is
          unacceptable") or an act of scorn ("... without so much as a glance at the file") on what a
          professional or service did not do;
        * puzzlement at what a professional was doing ("it is difficult to see what the worker was doing
          for six months");
        * a professional or service made answerable for a verdict noun ("the TM is responsible for this mess");
        * a verdict on an adult's stance or a professional's excuses ("Dad's attitude to professionals has
          been disgraceful", "the worker's excuses are ridiculous");
        * an adult said to have no interest in the child or to make no effort whatsoever ("Mum is simply not
          interested in her children", "Father made no effort whatsoever").
        """
        for t in tokens_with(doc, self.judged_cues):
            low = t.lower_
            if low == "which" and t.dep_ == "nsubj":
                yield from self._verdict_relative(t)
            elif low == "much" and t.dep_ == "pobj" and t.head.lower_ in self._WITHOUT and any(
                    c.lower_ == "so" for c in t.children) and any(c.lower_ == "as" for c in t.children):
                head = t.head.head
                if head.pos_ in ("VERB", "AUX") and not self._reported(head) and not any(
                        c.dep_ == "auxpass" for c in head.children):
                    subj = self._subject_at(head, "agency", passive_agent=False)
                    if subj is not None:
                        yield min(subj.left_edge.i, head.i), t.i + 1, "verb", None
            elif t.pos_ == "VERB" and t.dep_ == "xcomp" and norm(t.lemma_) in self._PUZZLE_VERBS:
                yield from self._puzzled_what(t)
            elif t.pos_ == "ADJ" and t.dep_ == "acomp" and norm(t.lemma_) == "responsible":
                objs = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "for"
                        for g in c.children if g.dep_ == "pobj"]
                if any(token_forms(g) & (self._FAULT_OBJECTS | self.verdict_nouns) for g in objs) \
                        and not self._negated(t.head) and not self._reported(t.head):
                    subj = self._subject_at(t.head, "agency", passive_agent=False)
                    if subj is not None:
                        yield subj.left_edge.i, max(g.i for g in objs) + 1, "verb", None
            elif t.pos_ == "NOUN" and t.dep_ == "nsubj" and token_forms(t) & (self.stance_nouns | self._EXCUSES):
                yield from self._adult_stance(t)
            elif t.pos_ == "ADJ" and t.dep_ == "acomp" and token_forms(t) & self.interest and self._negated(t.head):
                cared = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.dep_ == "pobj"]
                if any(self._is_child(g) or g.lemma_.lower() in ("child", "son", "daughter") for g in cared) \
                        and not self._reported(t.head):
                    subj = self._subject_at(t.head, "adult", passive_agent=False)
                    if subj is not None and not self.people.is_professional(subj):
                        yield subj.left_edge.i, t.i + 1, "verb", None
            elif t.pos_ == "NOUN" and t.dep_ == "dobj" and token_forms(t) & self.attitudes and any(
                    c.lower_ == "no" and c.dep_ == "det" for c in t.children) and any(
                    c.lower_ in self._EMPHATIC_NONE for c in [*t.children, *t.head.children]):
                if not self._reported(t.head):
                    subj = self._subject_at(t.head, "adult", passive_agent=False)
                    if subj is not None:
                        yield subj.left_edge.i, t.i + 1, "verb", None

    def _verdict_relative(self, which: Token) -> Iterator[tuple[int, int, str, Entry | None]]:
        """", which is unacceptable" after a clause saying what a professional or service did not do."""
        frame = which.head
        if frame.dep_ not in ("relcl", "ccomp", "advcl", "conj") or self._negated(frame):
            return
        if not any(c.dep_ == "acomp" and (norm(c.lemma_) in self._VERDICTS or token_forms(c) & self.verdict_words)
                   for c in frame.children):
            return
        # the clause commented on: the first verb above with a subject (the relative clause may hang from an
        # object: "signed off the plan ..., which is", "without reading the reports, which is")
        v = next((a for a in frame.ancestors if a.pos_ in ("VERB", "AUX") and subjects_of(a)), None)
        if v is None or not self._falls_short(v) or self._reported(v) or any(c.dep_ == "auxpass" for c in v.children):
            return  # (a passive subject is who it was done to: "School were never invited ..., which is unbelievable")
        subj = self._subject_at(v, "agency", passive_agent=False)
        if subj is not None:
            yield min(subj.left_edge.i, v.i), frame.right_edge.i + 1, "verb", None

    def _puzzled_what(self, t: Token) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"It is hard to see what the worker was doing": the puzzle is what a professional did at all
        (not "what the school could have done", which weighs an alternative)."""
        frame = t.head
        if norm(frame.lemma_) not in self._PUZZLE_FRAMES and not any(
                c.dep_ == "acomp" and norm(c.lemma_) in self._PUZZLE_FRAMES for c in frame.children):
            return
        for c in t.children:
            if c.dep_ != "ccomp" or norm(c.lemma_) != "do" or self._negated(c):
                continue
            if not any(g.lower_ == "what" and g.i < c.i for g in c.children):
                continue
            if any(g.dep_ == "aux" and g.tag_ == "MD" for g in c.children):
                continue
            subj = self._subject_at(c, "agency", passive_agent=False)
            if subj is not None:
                yield frame.i, c.i + 1, "verb", None

    def _adult_stance(self, t: Token) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A verdict on an adult's stance ("Dad's attitude ... has been disgraceful") or on a professional's
        excuses ("the worker's excuses for not visiting are ridiculous"); a professional's or service's
        stance is _stance_verdict's."""
        if self._reported(t.head) or self._negated(t.head):
            return
        excuse = bool(token_forms(t) & self._EXCUSES)
        owners = [c for c in t.children if c.dep_ == "poss" and self._accountable(c, "role" if excuse else "adult")]
        if not owners or not excuse and any(self._accountable(o, "agency") for o in owners):
            return
        verdict = [c for c in t.head.children if c.dep_ == "acomp" and token_forms(c) & self.verdict_words]
        if verdict:
            yield owners[0].left_edge.i, verdict[0].i + 1, "verb", None

    # -- blame read from the clause (round 12) --------------------------------------------------------
    _WHOEVER = frozenset({"whoever"})

    def _whoever_did(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"Whoever authorised the closure obviously did not read it", "whoever wrote this plan deliberately left
        out ...": the unnamed person who did a piece of the work, charged with what they plainly did not do or
        meant to do (a mind-reading or intent adverb on the main verb)."""
        for t in tokens_with(doc, self._WHOEVER):
            did = t.head
            if t.dep_ != "nsubj" or did.dep_ != "csubj" or did.pos_ != "VERB":
                continue
            v = did.head
            if v.pos_ not in ("VERB", "AUX") or self._reported(v):
                continue
            forms = [token_forms(c) for c in v.children if c.dep_ == "advmod"]
            if any(f & self.intent for f in forms) or any(f & self.mind_reading for f in forms) and self._negated(
                    v) and not self._lacked_means(v):
                yield t.i, v.i + 1, "verb", None

    _EVEN = frozenset({"even"})

    def _without_even(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"The manager signed off the closure without even opening the file": "even" on what was left undone
        scorns the professional or service who did the rest (a plain "without reading it" is a finding)."""
        for t in tokens_with(doc, self._EVEN):
            undone = t.head
            if t.dep_ != "advmod" or undone.dep_ != "pcomp" or undone.head.lower_ not in self._WITHOUT:
                continue
            head = undone.head.head
            if head.pos_ not in ("VERB", "AUX") or self._reported(head) or any(
                    c.dep_ == "auxpass" for c in head.children):
                continue
            subj = self._subject_at(head, "agency", passive_agent=False)
            if subj is not None:
                yield min(subj.left_edge.i, head.i), undone.i + 1, "verb", None

    _THINKING = frozenset({"think", "believe"})

    def _seems_to_think(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"Some professionals seem to think attending a meeting is protecting a child", "the worker seems to
        think the plan will progress by itself": the auditor guessing, with scorn, at what professionals
        believe."""
        for t in tokens_with(doc, self._THINKING):  # (the tokens with the lemma, from the Doc's index: the same ones, in order)
            if t.dep_ != "xcomp" or t.pos_ != "VERB" or norm(t.lemma_) not in self._THINKING:
                continue
            seem = t.head
            if norm(seem.lemma_) != "seem" or self._negated(seem) or self._reported(seem):
                continue
            subj = self._subject_at(seem, "role", passive_agent=False)
            if subj is not None:
                yield subj.left_edge.i, t.i + 1, "verb", None

    def _preferred_over(self, choice: Token) -> bool:
        """The choice weighs one thing against another: "chose X over Y", "decided her diary mattered more";
        "instead", "rather than" only in a clause given as the cause ("because the worker chose to go on a
        course instead": a plain "decided to visit on Tuesday instead" is an account of the plan)."""
        cause = choice.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("because", "since", "as")
                                               for c in choice.children)
        for x in choice.subtree:
            if x.i == choice.i:
                continue
            if x.lower_ == "instead" and cause and not any(c.lower_ == "of" for c in x.children):
                return True
            if x.lower_ == "over" and x.dep_ == "prep" and (x.head.i == choice.i or x.head.dep_ in ("dobj", "xcomp")):
                return True
            if x.lower_ == "rather" and cause and x.i + 1 < len(x.doc) and x.doc[x.i + 1].lower_ == "than":
                return True
            if x.lower_ in ("more", "less") and norm(x.head.lemma_) in self.weighing:
                return True
        return False

    def _chose_own_way(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """An adult or service said to have put something else first by choice ("because the worker chose to go
        on a course instead", "chose to believe dad over the school", "decided her diary mattered more"): a
        verdict on the person's priorities rather than an account of what was missed. The child's own choices
        ("XXXX chose to send his views instead") and reported accounts never fire."""
        for t in tokens_with(doc, self.choice_verbs):
            if t.pos_ != "VERB" or norm(t.lemma_) not in self.choice_verbs or self._negated(t) or self._reported(t):
                continue
            if not self._preferred_over(t):
                continue
            subj = self._subject_at(t, "adult", passive_agent=False)
            if subj is not None and not self._is_child(subj):
                yield min(subj.left_edge.i, t.i), t.right_edge.i + 1, "verb", None

    def _never_put_first(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """An adult or service said never to put the child (or any child) first ("Her birth mother, who has never
        put her first", "the housing association, which has never once put a child first"): a verdict on the
        person's priorities for good, not an account of a decision."""
        for t in tokens_with(doc, frozenset({"first"})):  # (the tokens with the word, from the Doc's index, in order)
            if t.lower_ != "first" or t.dep_ not in ("advmod", "prt", "npadvmod") or norm(t.head.lemma_) != "put":
                continue
            v = t.head
            if not self._negated(v) or self._reported(v) or not any(c.dep_ == "dobj" for c in v.children):
                continue
            subj = self._subject_at(v, "adult", passive_agent=False)
            if subj is not None and not self._is_child(subj):
                yield min(subj.left_edge.i, v.i), t.i + 1, "verb", None

    _APPEARANCE_FRAMES = frozenset({"seem", "appear"})
    # the lemmas _stance_verb tests by name besides its two lists (its callers' gate reads them from here)
    _STANCE_WANT, _STANCE_TAKE = "want", "take"

    def _stance_verb(self, t: Token) -> bool:
        """A verb that says what someone believes or how they regard something: "think", "believe"; "regard",
        "see", "view", "treat" only with "as"/"like" ("saw the conference as a box to tick", not "saw the
        bruise"); "take" only with a stance ("taken the view that ...", not "taken time")."""
        lemma = norm(t.lemma_)
        if lemma == self._STANCE_WANT:  # "staff who plainly do not want XXXX there"
            return self._negated(t)
        if lemma == self._STANCE_TAKE:
            return any(c.dep_ == "dobj" and norm(c.lemma_) in self.taken_stances for c in t.children)
        if lemma in self.belief_verbs:
            return True
        if lemma in self.regarding_verbs:
            return any(c.dep_ == "prep" and c.lower_ in ("as", "like") and not any(
                g.dep_ == "pobj" and norm(g.lemma_) in self.belonging for g in c.children) for c in t.children)
        return False

    def _imputed_stance(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """The writer guessing at what an adult or service believes or how they regard someone, under "seems
        to"/"appears to" or a mind-reading adverb ("the SENCo, who appears to regard any upset child as a
        discipline problem", "the worker, who clearly saw the conference as a box to tick", "seems to have
        taken the view that ..."): a charge about the person's attitude that the file cannot evidence. Not the
        child's view, nor someone's reported account."""
        gate = self.__dict__.get("_stance_gate")  # (:meth:`_stance_verb` holds only a verb with one of these)
        if gate is None:
            gate = self._stance_gate = frozenset(self.belief_verbs | self.regarding_verbs | {self._STANCE_WANT, self._STANCE_TAKE})
        for t in tokens_with(doc, gate):
            if t.pos_ != "VERB" or not self._stance_verb(t) or self._reported(t):
                continue
            frame = t
            if t.dep_ == "xcomp" and norm(t.head.lemma_) in self._APPEARANCE_FRAMES:
                frame = t.head
            elif not any(c.dep_ == "advmod" and c.lower_ in self.guessed_adverbs for c in t.children):
                continue
            if self._reported(frame):
                continue
            subj = self._subject_at(frame, "adult", passive_agent=False)
            if subj is not None and not self._is_child(subj):
                yield min(subj.left_edge.i, frame.i), t.i + 1, "verb", None

    _CAUSE_NOUNS = frozenset({"reason", "root", "cause", "source"})
    _TROUBLE = frozenset("problem late delay delayed drift failure mess harm trouble difficulty wrong".split())

    def _made_the_cause(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """An adult, a service or what they did named as the cause of what went wrong ("senior leaders who refused
        to fund more posts are the real reason this assessment was late", "Mother's refusal to accept
        responsibility is the root of every problem in this case"): the person blamed, not the practice."""
        for t in tokens_with(doc, self._CAUSE_NOUNS):
            if t.dep_ != "attr" or t.pos_ != "NOUN" or not token_forms(t) & self._CAUSE_NOUNS:
                continue
            v = t.head
            if norm(v.lemma_) != "be" or self._negated(v) or self._reported(v):
                continue
            if not any(token_forms(x) & self._TROUBLE for x in t.subtree if x.i > t.i):
                continue
            for s in (c for c in v.children if c.dep_ == "nsubj"):
                owners = [s] + [c for c in s.children if c.dep_ == "poss"]
                if any(o.pos_ != "PRON" and self._accountable(o, "adult") for o in owners):
                    yield s.left_edge.i, t.i + 1, "verb", None
                    break

    _NOTHING = frozenset({"nothing"})

    def _nothing_but(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"The carers have been nothing but difficult and uncooperative": a sweeping verdict on an adult's or a
        service's conduct ("the chronology is nothing but copied notes" is about a thing)."""
        for t in tokens_with(doc, self._NOTHING):
            v = t.head
            if t.dep_ != "attr" or norm(v.lemma_) not in self._COPULAS or self._reported(v):
                continue
            if not any(c.lower_ == "but" for c in t.children) or not any(
                    g.pos_ == "ADJ" and g.i > t.i and self._faulting_adjective(g) for g in t.subtree):
                continue
            subj = self._subject_at(v, "adult", passive_agent=False)
            if subj is not None and subj.pos_ != "PRON":
                yield subj.left_edge.i, t.right_edge.i + 1, "verb", None

    _HOSTILE = frozenset("difficult hostile aggressive awkward evasive".split())
    _NOT_PREFIXES = ("un", "in", "dis", "ir", "im", "non")

    def _faulting_adjective(self, a: Token) -> bool:
        """An adjective that finds fault with how someone behaved: a verdict word, a negative-prefixed quality
        ("uncooperative", "disrespectful", "inconsistent") or a word of hostility ("difficult")."""
        forms = token_forms(a)
        return bool(forms & (self.verdict_words | self._HOSTILE)) or a.lower_.startswith(self._NOT_PREFIXES) and len(
            a.lower_) > 6

    _TOO_MUCH = frozenset({"much"})
    _ASKING = frozenset({"ask", "expect"})

    def _too_much_to_ask(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"Is it really too much to ask that a social worker reads the previous assessment?": a basic duty put
        as a sarcastic request of the professional."""
        for t in tokens_with(doc, self._TOO_MUCH):
            if not any(c.lower_ == "too" for c in t.children):
                continue
            frame = t.head if t.dep_ in ("acomp", "attr") else t
            for ask in (c for c in frame.children if c.dep_ == "xcomp" and norm(c.lemma_) in self._ASKING):
                for what in (c for c in ask.children if c.dep_ == "ccomp"):
                    subj = self._subject_at(what, "agency", passive_agent=False)
                    if subj is None:  # "that a visit record says what the child said": the work's author is asked
                        subj = next((s for s in subjects_of(what) if s.pos_ == "NOUN" and not self._is_child(s)
                                     and not self.people.is_person(s) and norm(s.lemma_) in self.asked_work), None)
                    if subj is not None:
                        yield frame.i, what.i + 1, "verb", None

    def _managed_to_lose(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Mock praise for a loss ("Hats off to the team for managing to lose the only assessment"): "managing to"
        with a verb of losing or missing, credited to a professional or service named in the thanks."""
        for t in tokens_with(doc, self._MANAGE):  # (a token whose lemma is "manage" has it among its forms)
            if norm(t.lemma_) != "manage" or t.dep_ != "pcomp" or t.head.lower_ != "for" or subjects_of(t):
                continue
            if not any(c.dep_ == "xcomp" and norm(c.lemma_) in self._LOSS_VERBS for c in t.children):
                continue
            thanked = [g for x in t.sent if x.dep_ == "prep" and x.lower_ == "to" and x.i < t.i
                       for g in x.children if g.dep_ == "pobj" and self._accountable(g, "agency")]
            if thanked:
                yield thanked[0].left_edge.i, t.i + 1, "verb", None

    # -- blame read from the clause (round 13) --------------------------------------------------------
    _EVERYONE = frozenset({"everyone", "everybody"})
    _COLLECTIVES = frozenset("string series succession number procession line stream run host catalogue".split())

    def _members(self, t: Token) -> Token:
        """"a string of workers", "a succession of managers": the people a collective noun counts."""
        if t.pos_ != "NOUN" or not token_forms(t) & self._COLLECTIVES:
            return t
        people = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and self.people.is_person(g)]
        return people[0] if people else t

    _PAST_AUX = frozenset("did could had have has was were 've 'd".split())

    def _addressed_worker(self, s: Token) -> bool:
        """"You failed to chase the YOT", "you chose not to tell me": an audit written to the worker names them
        "you"; told in the past (or present perfect), what "you" did is the worker's, not anyone's in general
        ("you would expect a plan to ..." is generic)."""
        if s.lower_ != "you" or s.dep_ not in SUBJ:
            return False
        v = s.head
        return v.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in self._PAST_AUX for c in v.children)

    def _person_let_down(self, v: Token) -> bool:
        """A passive blame verb whose subject is a person, the child included ("XXXX has been failed by the
        agencies involved"): the person let down, as "failed XXXX" is (not "the referral was ignored")."""
        return any(c.dep_ == "auxpass" for c in v.children) and any(
            c.dep_ == "nsubjpass" and (self.people.is_person(c) or self._is_child(c)) for c in v.children)

    _SKIPPED = frozenset("just simply then again also".split())

    def _role_before_verb(self, doc: Doc, m: Match, v: Token, level: str) -> Token | None:
        """A note's subject the parser lost ("IRO rubber-stamped plan again", "the TM rubber-stamped whatever was
        put in front of him", where the verb is read as a modifier): the role or service straight before a
        past-tense blame verb that has no subject of its own."""
        if subjects_of(v) or doc[m.end - 1].tag_ not in ("VBD", "VBN"):
            return None
        i = m.start - 1
        while i >= 0 and doc[i].lower_ in self._SKIPPED:
            i -= 1
        if i < 0:
            return None
        t = doc[i]
        if t.dep_ in ("pobj", "dobj", "poss") or t.pos_ not in ("NOUN", "PROPN", "ADJ") or not self._accountable(
                t, level):
            return None
        return t

    def _named_in_compound(self, s: Token) -> Token | None:
        """A family member or worker the parser folded into a compound subject in a note ("Mum DNA again -
        couldn't be bothered", "Mum point blank refused to engage"): the person the mis-read subject starts with."""
        if s.pos_ != "PROPN" or self._accountable(s, "adult") and not self._is_child(s):
            return None
        first = next((c for c in s.children if c.dep_ == "compound" and c.i < s.i), None)
        while first is not None and not self._accountable(first, "adult"):
            first = next((c for c in first.children if c.dep_ == "compound" and c.i < first.i), None)
        return first if first is not None and not self._is_child(first) else None

    def _agent_owner(self, v: Token, level: str) -> Token | None:
        """The owner of a passive verb's agent ("XXXX has been failed by the auditor's willingness to believe
        the worker"): the person whose act let the child down."""
        for c in v.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        owner = next((o for o in g.children if o.dep_ == "poss"), None)
                        if owner is not None and owner.pos_ != "PRON" and self._accountable(owner, level):
                            return owner
        return None

    _FLATLY = frozenset("flatly blank outright adamantly point-blank".split())

    def _refused_flatly(self, v: Token) -> bool:
        """A refusal stressed as defiance ("refused point blank", "flatly refused"): the person's attitude
        judged, whoever refused."""
        return norm(v.lemma_) == "refuse" and any(c.dep_ == "advmod" and token_forms(c) & self._FLATLY
                                                  for c in v.children)

    @staticmethod
    def _impersonal_frame(t: Token) -> bool:
        """"It has to be said that ...", "it is felt that ...": the writer's own view put impersonally, not
        someone else's account ("it was reported by school that ..." names whose account it is)."""
        frames = [t, t.head] if t.dep_ == "xcomp" else [t]  # "it has to be said", "it must be said"
        return any(c.dep_ in ("nsubjpass", "nsubj", "expl") and c.lower_ == "it" for f in frames for c in f.children) \
            and any(c.dep_ == "auxpass" for c in t.children) and not any(c.dep_ == "agent" for c in t.children)

    _MORE = frozenset("more better else differently otherwise".split())

    def _more_asked(self, v: Token) -> bool:
        """"how the SW could have done more": the question weighs what else could have been done, which
        clears the person rather than charging them."""
        return any(x.lower_ in self._MORE for x in v.subtree if x.i > v.i)

    def _again_tag(self, sent: Span) -> bool:
        """A sentence closing on ", again" or "- again": exasperation at a repeat, as "yet again" is."""
        if not tokens_with(sent, self._AGAIN):
            return False  # the cheap test first: no "again" in the sentence
        words = [t for t in sent if not t.is_punct or t.text in (",", "-", "–")]
        return len(words) > 2 and words[-1].lower_ == "again" and words[-2].text in (",", "-", "–")

    _NOTHING_DONE = frozenset({"nothing", "nowt", "nought"})
    _AGAIN = frozenset({"again"})

    def _excused_clause(self, excuse: Token, prep: Token) -> Token | None:
        """"..., and there is no excuse for that": the excused act is the clause the excuse is joined to; its
        subject, when a professional or service, is who is blamed."""
        if prep.dep_ != "prep" or prep.lower_ != "for" or not any(
                g.dep_ == "pobj" and g.lower_ in ("that", "this", "it") for g in prep.children):
            return None
        v = excuse.head
        if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX"):
            return None
        return self._subject_at(v.head, "agency", passive_agent=False)

    @staticmethod
    def _fault_denied(owner: Token) -> bool:
        """"not SW's fault": the negation stands before the owner in a note."""
        i = owner.left_edge.i
        return i > 0 and owner.doc[i - 1].lower_ in ("not", "n't", "no")

    _ROUND = frozenset({"round", "around"})

    @staticmethod
    def _particle_after_object(t: Token) -> bool:
        """"nodded the plan through": a particle straight after the verb's object, which the parser may hang
        as a preposition ("through word for word")."""
        if t.dep_ != "prep" or t.i == 0:
            return False
        v = t.head
        return any(c.dep_ == "dobj" and c.right_edge.i == t.i - 1 for c in v.children)

    def _where_was(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"Where on earth was the team manager during all of this?": a question about where a professional or
        service was, which charges them with absence rather than asking."""
        for sent in doc.sents:
            asked = sent[-1].text == "?" or sent.end < len(doc) and doc[sent.end].text == "?"
            if sent[0].lower_ != "where" or not asked:
                continue
            root = sent.root
            if norm(root.lemma_) != "be" or sent[0].head.i != root.i:
                continue
            who = [c for c in root.children if c.dep_ in ("nsubj", "attr") and c.pos_ in ("NOUN", "PROPN")
                   and self._accountable(self._members(c), "agency")]
            if who:
                yield sent.start, who[0].i + 1, "verb", None

    _HOOK = frozenset({"hook"})

    def _off_the_hook(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"has let her off the hook", "let the father off the hook": a professional or service said to have
        excused someone, leniency put on the person."""
        for t in tokens_with(doc, self._HOOK):
            off = t.head
            if t.dep_ != "pobj" or off.lower_ != "off":
                continue
            v = off.head
            if norm(v.lemma_) != "let" or v.pos_ != "VERB" or self._negated(v) or self._reported(v):
                continue
            subj = self._subject_at(v, "agency", passive_agent=False)
            if subj is not None:
                yield min(subj.left_edge.i, v.i), t.i + 1, "verb", None

    _KNOW = frozenset({"know"})

    def _knows_it(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"Worker's done nowt since Easter, and she knows it", "... is no excuse and the worker knows it": a
        tag that says the professional knows their own fault, a sneer at the person."""
        for v in tokens_with(doc, self._KNOW):
            if v.pos_ != "VERB" or v.dep_ != "conj" or norm(v.lemma_) != "know" or self._negated(v):
                continue
            if not any(c.dep_ == "dobj" and c.lower_ == "it" and c.i == v.i + 1 for c in v.children):
                continue
            if not any(c.dep_ == "cc" and c.lower_ == "and" for c in v.children) and not (
                    v.i > 1 and doc[v.i - 2].lower_ == "and" or v.i > 2 and doc[v.i - 3].lower_ == "and"):
                continue
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children) or self._reported(v):
                continue
            subj = self._subject_at(v, "agency", passive_agent=False)
            if subj is not None:
                yield subj.left_edge.i, v.i + 2, "verb", None

    _SUIT = frozenset({"suit"})
    _WHENEVER = frozenset("when whenever as whatever".split())

    def _when_it_suits(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"contact was cancelled ..., seemingly whenever it suited her", "only turns up when it suits him":
        convenience put forward as the adult's motive."""
        for v in tokens_with(doc, self._SUIT):
            if v.pos_ != "VERB" or norm(v.lemma_) != "suit" or self._negated(v) or self._reported(v):
                continue
            if not any(c.lower_ in self._WHENEVER and c.dep_ in ("advmod", "mark", "nsubj") for c in v.children):
                continue
            who = next((c for c in v.children if c.dep_ == "dobj"), None)
            if who is None:
                continue
            if who.lower_ in ("him", "her", "them") and self.params.resolve_pronouns:
                antes = self._antecedents(who)
                if not antes or not all(self._accountable(a, "adult") for a in antes):
                    continue
            elif who.pos_ == "PRON" or not self._accountable(who, "adult"):
                continue
            yield v.left_edge.i, who.i + 1, "verb", None

    _THINK = frozenset("think believe assume decide consider".split())
    _HEARSAY = frozenset({"apparently", "seemingly"})

    def _apparently_thought(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"The previous worker apparently thought a phone call counted as a visit", "apparently the worker
        didn't think XXXX's identity was worth asking about": a professional's belief reported with a sneer
        at it (hearsay put on what they thought)."""
        for a in tokens_with(doc, self._HEARSAY):
            v = a.head
            if a.dep_ != "advmod" or v.pos_ != "VERB" or norm(v.lemma_) not in self._THINK or self._reported(v):
                continue
            if not any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
                continue  # "apparently considered the referral": not what they thought
            subj = self._professional_subject(v, passive_agent=False)
            if subj is not None:
                yield min(a.i, subj.left_edge.i), v.i + 1, "verb", None

    _SPOT = frozenset("spot see notice pick realise realize recognise recognize clock".split())

    def _should_have_spotted(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"The fostering SW should have spotted this months ago", "TM should of picked this up": a professional
        said to have missed what was there to be seen, the fault put on the person (not "should have been picked
        up in supervision", which names no one)."""
        for m in tokens_with(doc, SHOULD_AUX):
            v = m.head
            if m.dep_ != "aux" or v.pos_ != "VERB" or norm(v.lemma_) not in self._SPOT or self._negated(v):
                continue
            if norm(v.lemma_) == "pick" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in v.children):
                continue
            nxt = doc[m.i + 1] if m.i + 1 < len(doc) else None
            perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in v.children) or (
                nxt is not None and nxt.lower_ == "of")
            if not perfect or any(c.dep_ == "auxpass" for c in v.children) or self._reported(v):
                continue
            if m.sent[-1].text == "?":
                continue  # a question is _rhetorical's
            subj = self._professional_subject(v, passive_agent=False) or next(
                (c for c in m.children if c.dep_ == "nsubj" and self.people.is_professional(c)), None)
            if subj is not None:  # ("the IRO should of picked": the parser may hang the subject on "should")
                yield subj.left_edge.i, v.i + 1, "verb", None

    _ACTED = frozenset("behave act treat".split())

    def _acted_as_if(self, doc: Doc, cued: list[Token]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"The social worker behaved as if the child protection plan were optional", "acted as though XXXX did
        not matter": a professional's conduct likened to disregard, a verdict on the person."""
        for t in cued:
            if t.lower_ not in self._AS_IF or t.dep_ != "mark" or t.i == 0 or doc[t.i - 1].lower_ != "as":
                continue
            frame = t.head.head
            if t.head.dep_ != "advcl" or norm(frame.lemma_) not in self._ACTED or self._negated(frame):
                continue
            if not (self._negated(t.head) or any(c.dep_ in ("acomp", "attr") for c in t.head.children)):
                continue  # "acted as if she had been told to": not a likeness that judges
            subj = self._professional_subject(frame, passive_agent=False)
            if subj is not None and not self._reported(frame):
                yield subj.left_edge.i, t.head.i + 1, "verb", None

    def _work_called_blame(self, doc: Doc, matches: list[Match]) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A blame verb's noun said of a professional's own work ("the manager's oversight has been a rubber
        stamp", "TM's sign-off a rubber stamp"): what the person did, called a blamed act."""
        for m in matches:
            if m.end - m.start < 2:
                continue
            n = doc[m.end - 1]
            if n.pos_ != "NOUN" or n.dep_ not in ("attr", "appos", "ROOT"):
                continue
            owners = [x for x in n.sent if x.i < m.start and x.dep_ == "poss" and self._accountable(x, "agency")]
            if owners and not self._negated(n.head) and not self._reported(n.head):
                yield owners[0].left_edge.i, m.end, "verb", None

    # -- insinuation, airs, "saw fit", puzzlement, pointed questions (lexicon: blaming.yml "insinuations") ---
    _LAPSE_WORDS = frozenset("late nowhere nothing nowt overdue never absent missing forgot forgotten cancelled".split())

    def _marker_spans(self, doc: Doc, phrases: list[list[str]]) -> list[tuple[int, int]]:
        """Where the marker phrases (lower-cased words) stand in the Doc; "as per" only with nothing after it
        but "usual" or punctuation ("as per usual", "..., as per" but not "as per the plan")."""
        dl = doc_lower(doc)
        low = dl.lower
        out = []
        firsts: dict[str, list[list[str]]] = {}  # the phrases by first word (in order): only tokens with one are tried
        for words in phrases:
            firsts.setdefault(words[0] if words else "", []).append(words)
        starts = range(len(doc)) if "" in firsts else dl.with_lower(firsts)
        for i in starts:
            for words in firsts.get(low[i], ()) if "" not in firsts else phrases:
                if low[i: i + len(words)] != words:
                    continue
                j = i + len(words)
                if words == ["as", "per"] and j < len(doc) and not doc[j].is_punct:
                    continue
                out.append((i, j))
        return out

    @staticmethod
    def _host_verb(t: Token) -> Token | None:
        """The verb a marker belongs to, climbing from the word it hangs on ("mum as usual decided": decided)."""
        for a in (t, *t.ancestors):
            if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("aux", "auxpass"):
                return a
        return None

    def _lapse_in(self, v: Token) -> bool:
        """The clause says something was not done, done late or not there ("has not sent", "turned up late",
        "was nowhere to be found", "has done nothing"), or puts on airs ("decided she knew better")."""
        if self._falls_short(v):
            return True
        clause = own_tokens(v)
        for c in v.children:
            if c.dep_ in ("xcomp", "ccomp", "acomp"):
                clause |= own_tokens(c)
        return any(v.doc[i].lower_ in self._LAPSE_WORDS or self._airs_of(v.doc[i]) for i in clause)

    def _insinuated(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """An aside that insinuates bad faith ("Predictably, health have not sent anyone", "Conveniently, the
        interpreter never seems to be available") said of an adult or a service, or one that says a lapse is a
        habit ("Dad, as per usual, was nowhere to be found", "turned up late, yet again"): the person is charged
        with being like that, not the practice held to account. The child as subject never fires."""
        for (s, e), bad_faith in [(x, True) for x in self._marker_spans(doc, self.insinuating)] + [
                (x, False) for x in self._marker_spans(doc, self.habit_markers)]:
            v = self._verb_tagged_adjective(doc[s]) or self._host_verb(doc[s])
            if v is None or self._reported(v):
                continue
            if not bad_faith and not self._lapse_in(v):
                continue
            subj = self._subject_at(v, "adult", passive_agent=True)
            if subj is None or self._is_child(subj):
                continue
            yield min(subj.left_edge.i, s), max(e, v.i + 1), "verb", None

    def _shelved(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Work said to have been shelved out of neglect, with or without an agent ("the referral was simply sat
        on for a month", "Referral sat on.", "left gathering dust on someone's desk", "left to rot in the duty
        inbox", "waved through"): a pejorative idiom of inaction that charges whoever held the work. The
        complement hangs from the verb, or the verb from it ("left to rot"); a preposition that ends the idiom
        must be stranded ("sat on the sofa" is a place). Not negated, not in someone's reported account, not of
        the child."""
        if not self.shelving:
            return
        for t in tokens_with(doc, self.shelving_verbs):
            lemma = norm(t.lemma_)
            if t.pos_ not in ("VERB", "AUX") or lemma not in self.shelving_verbs:
                continue
            for idiom in self.shelving:
                if idiom[0] != lemma:
                    continue
                last = idiom[-1]
                comp = next((c for c in [*t.children, t.head] if c.i != t.i and 0 < c.i - t.i <= 3 and (
                    norm(c.lemma_) == last or c.lower_ == last)), None)
                if comp is None:
                    continue
                if comp.pos_ == "ADP" and any(g.dep_ == "pobj" for g in comp.children):
                    continue  # "sat on the sofa", "waved through the window"
                head = comp if comp.i == t.head.i else t  # "left to rot": the idiom's clause is "left"
                if self._negated(head) or self._reported(head):
                    continue
                if any(self._is_child(x) for x in subjects_of(head)):
                    continue
                yield t.i, max(t.i, comp.i) + 1, "verb", None
                break

    def _self_serving(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A person's conduct put down to self-interest: "who only ever rings when she wants something", "the
        carers only ring when they want something" (a habit with "only", tied to wanting an unnamed
        something), and "who were only ever in it for the allowance" ("in it for" a gain). A motive the file
        cannot evidence. Not of the child, not in a reported account."""
        for t in tokens_with(doc, frozenset(("it", "want"))):  # (either shape below needs one)
            v = None
            if t.lower_ == "it" and t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.i + 2 < len(doc) and (
                    t.head.head.lemma_ == "be" and doc[t.i + 1].lower_ == "for"):
                v = t.head.head  # "were only ever in it for the allowance"
            elif self.wanting_objects and norm(t.lemma_) == "want" and t.dep_ == "advcl" and any(
                    c.dep_ == "dobj" and norm(c.lemma_) in self.wanting_objects for c in t.children) and any(
                    c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in t.children):
                main = t.head
                if any(c.lower_ == "only" and c.dep_ == "advmod" for c in main.children) or any(
                        x.lower_ == "only" for x in doc[max(0, main.i - 3):main.i]):
                    v = main  # "only ever rings when she wants something"
            if v is None or self._negated(v) or self._reported(v):
                continue
            subj = self._subject_at(v, "adult", passive_agent=False)
            if subj is not None and not self._is_child(subj):
                yield min(subj.left_edge.i, v.i), t.i + 1, "verb", None

    _QUOTES = frozenset('"“”‘’\'')

    def _debunked_label(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Irony: a label the writer disowns ("so-called", or one word in scare quotes) on the subject of a
        clause that then debunks it ("The so-called restorative plan is, in reality, a list of things Dad has
        been told to do", "The so-called identity work amounted to one worksheet", "Her \"commitment\" to the
        programme amounted to a single session"): sarcasm at whoever did the work. A disowned label without
        the debunking ("the so-called plan was shared") is left to the emotive rule."""
        if not self.deflating:
            return
        where = doc_lower(doc).where  # a label needs "so-called" ("so" "-" "called") or a quotation mark before it
        if "so" not in where and "so-called" not in where and not any(q in where for q in self._QUOTES):
            return
        for t in doc:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN"):
                continue
            so_called = any(_so_called_at(doc, k) is not None for k in range(t.left_edge.i, t.i - 1))
            quoted = 0 < t.i < len(doc) - 1 and doc[t.i - 1].text in self._QUOTES and doc[t.i + 1].text in self._QUOTES
            if not (so_called or quoted):
                continue
            v = t.head
            if self._reported(v):
                continue
            clause = doc[v.left_edge.i:v.right_edge.i + 1]
            words = [norm(x.lemma_) for x in clause]
            texts = [norm(x.text) for x in clause]
            for phrase in self.deflating:
                n = len(phrase)
                if any(tuple(words[k:k + n]) == phrase or tuple(texts[k:k + n]) == phrase
                       for k in range(len(words) - n + 1)):
                    yield t.left_edge.i, max(t.i, v.i) + 1, "verb", None  # to the verb: the label alone is quoted
                    break

    def _manipulates(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A person said to manipulate others: "who has spent years playing professionals off against each other",
        "learned to play the system", "knows exactly how to play his dad", "knows which buttons to push", "runs
        rings round anyone": a charge about character, whoever it is said of (the child too, in the labels'
        reading). The verb must take its completing word as a particle or object ("played football with his
        dad" does not); not negated, not in someone's reported account."""
        if not self.manipulation:
            return
        gate = self.__dict__.get("_manipulation_gate")
        if gate is None:
            gate = self._manipulation_gate = frozenset(self.manipulation)
        for t in tokens_with(doc, gate):
            lemma = norm(t.lemma_)
            if t.pos_ not in ("VERB", "AUX") or lemma not in self.manipulation:
                continue
            wanted = self.manipulation[lemma]
            done = None
            for c in t.children:
                if c.dep_ in ("dobj", "prt", "advmod") and (norm(c.lemma_) in wanted or c.lower_ in wanted):
                    done = c
                elif c.dep_ == "dobj" and "person" in wanted and self.people.is_person(c) and c.pos_ != "PRON" and not any(
                        x.dep_ == "prep" and x.lower_ in ("at", "in", "with", "for") for x in t.children):
                    done = c  # "play his dad" (not "played his brother at darts")
                if done is not None:
                    break
            if done is None or self._negated(t) or self._reported(t):
                continue
            yield t.i, max(t.i, done.i) + 1, "verb", None

    def _mock_praise(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Praise turned on empty work: "the rationale is a masterpiece of saying nothing", "a masterclass in how to
        say nothing at great length": a noun of high praise whose matter ("of"/"in" ...) is nothing, said of a
        piece of work; irony at whoever wrote it. Plain praise ("a masterclass in direct work") is not blame."""
        if not self.ironic_praise:
            return
        for t in doc:
            if t.pos_ != "NOUN" or norm(t.lemma_) not in self.ironic_praise or t.dep_ not in ("attr", "appos", "ROOT"):
                continue
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "in") and any(  # nothing said or done, not a clause's
                        x.lower_ == "nothing" and x.dep_ in ("dobj", "pobj") for x in c.subtree):  # subject
                    if not self._reported(t.head):
                        yield t.left_edge.i, c.right_edge.i + 1, "verb", None
                    break

    _BLESSED = frozenset({"him", "her", "them", "'em", "em"})

    def _blessed_tally(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Mock fondness over a poor tally: "The police officer, bless him, managed to attend one meeting out of
        five", "the social worker, bless her, managed two visits": a "bless him/her" aside on a professional or a
        service, then what they "managed" - sarcasm at the person. Not sympathy over a pressure ("the worker was
        stuck in court, bless her, so ..."), which has no "managed"; not of a family member or the child."""
        for t in doc:
            if t.lower_ != "bless" or t.pos_ != "VERB" or t.i < 2 or t.i + 1 >= len(doc):
                continue
            if doc[t.i + 1].lower_ not in self._BLESSED or doc[t.i - 1].text != ",":
                continue
            person = doc[t.i - 2]
            if person.pos_ not in ("NOUN", "PROPN") or self._is_child(person) or not self._accountable(person, "agency"):
                continue
            managed = next((x for x in doc[t.i + 2: t.sent.end] if x.pos_ == "VERB" and norm(x.lemma_) == "manage"
                            and not self._negated(x)), None)
            if managed is None or not self._tally(managed):
                continue  # "bless her, managed to find XXXX a place": an achievement, not a poor tally
            if not self._reported(managed):
                yield person.left_edge.i, managed.i + 1, "verb", None

    _ONCE = frozenset({"once", "twice", "single", "one", "two", "1", "2"})

    def _tally(self, managed: Token) -> bool:
        """What was "managed" is a poor count: one or two ("one meeting", "two visits in six months", "once"), or a
        part of a whole ("three out of eight reviews", "four of the twelve visits"); not a count in full ("all three
        appointments") nor a plain number ("managed five visits in a fortnight", which may be praise)."""
        sub = [x for x in managed.subtree if x.i > managed.i]
        for x in sub:
            if x.lower_ in self._ONCE and x.pos_ in ("NUM", "ADV", "ADJ"):
                noun = x.head if x.dep_ in ("nummod", "amod") else x
                if not any(c.lower_ in ("all", "every", "each", "both") for c in (*noun.children, *x.children)):
                    return True
            if x.like_num and x.i + 2 < len(x.doc) and x.nbor(1).lower_ in ("out", "of") and any(
                    y.like_num for y in x.doc[x.i + 2: x.i + 5]):
                return True  # "three out of eight", "four of the twelve"
        return False

    def _ranked_above_child(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """An adult or a service said to care more for something else than for the child: "Mrs X is rather more
        interested in the allowance than in XXXX", "he cares more about his girlfriend than about his daughter",
        "preferred the pub to his daughter". A comparison of care (a ranking word with "more" and "than", or
        "prefer ... to") whose losing side is the child: a verdict on the person's priorities. Not when the child is
        the one ranking, nor when the child is on the winning side ("more worried about XXXX than about herself")."""
        if not self.ranking_words:
            return
        for t in doc:
            if norm(t.lemma_) not in self.ranking_words or t.pos_ not in ("ADJ", "VERB") or self._negated(t):
                continue
            losing: list[Token] = []
            winning: list[Token] = []
            if norm(t.lemma_) == "prefer":
                losing = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to"
                          for g in c.children if g.dep_ == "pobj"]
                winning = [c for c in t.children if c.dep_ == "dobj"]
            elif any(c.lower_ == "more" for c in t.children) or any(
                    c.lower_ == "more" for c in t.children for c in c.children):
                than = next((x for x in doc[t.i + 1: t.sent.end] if x.lower_ == "than"), None)
                if than is not None:
                    # the head of what is ranked lower, not a possessor in it ("than about XXXX's behaviour")
                    losing = [x for x in doc[than.i + 1: t.sent.end][:6] if x.pos_ in ("NOUN", "PROPN", "PRON")
                              and x.dep_ not in ("poss", "compound", "nmod")][:1]
                    winning = [g for c in t.children if c.dep_ == "prep" and c.lower_ != "than"
                               for g in c.children if g.dep_ == "pobj" and g.i < than.i]
            losing += [c for x in losing for c in x.conjuncts]
            if not any(self._is_child(x) or norm(x.lemma_) in self.offspring or norm(x.lemma_) in self.child_interests
                       and any(c.dep_ == "poss" and self._is_child(c) for c in x.children) for x in losing):
                continue  # (the child's own good counts as the child: "than with XXXX's needs")
            if any(x.pos_ == "PROPN" and x.text.isupper() and self._is_child(x) for x in winning):
                continue  # "more concerned about XXXX than the other children": the child comes first
            v = t.head if t.dep_ in ("acomp", "amod", "oprd") else t  # "oprd": "seems more concerned with"
            if self._reported(v):
                continue
            if t.dep_ == "amod":  # "The IRO (as ever more interested in the paperwork than the child) signed ..."
                subj = v if self._accountable(v, "adult") and not self._is_child(v) else None
            else:
                subj = self._subject_at(v, "adult", passive_agent=False)
            if subj is None and t.dep_ != "amod":
                pron = [x for x in subjects_of(v) if x.lower_ in ("he", "she", "they")]
                if pron and not any(self._is_child(a) for a in self._antecedents(pron[0])):
                    subj = pron[0]  # "He clearly cares more about ...": the one ranking is not the child
            if subj is None or self._is_child(subj):
                continue
            yield subj.left_edge.i, t.i + 1, "verb", None

    def _mind_read_aside(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A relative clause on an adult or a service that reads the person's mind with a guessing adverb ("The
        previous team manager, who evidently signed whatever was put in front of him, ...", "someone who
        evidently had better things to do", "The first worker, who clearly had her mind made up from day one"):
        a character sketch the file cannot evidence, slipped in beside the account. Not praise ("who clearly
        cares about XXXX": a verb of care or credit, not negated), not of the child."""
        if not self.guessed_adverbs:
            return
        for t in doc:
            if t.dep_ != "advmod" or t.lower_ not in self.guessed_adverbs or t.lower_ in self._HEARSAY:
                continue  # "who apparently works nights" passes on what was heard, it reads no mind
            v = t.head
            if v.dep_ != "relcl" or v.pos_ not in ("VERB", "AUX") or self._reported(v):
                continue
            chain = [v, *(c for c in v.children if c.dep_ == "xcomp")]  # "who has clearly got to know the family"
            if any(norm(x.lemma_) in self.credit_verbs for x in chain) and not self._negated(v) or self._credit_in_clause(
                    v) and not any(
                    x.lower_ == "better" and x.head.pos_ == "NOUN" for x in v.subtree):
                continue  # "who clearly cares about her" (but "had better things to do" is no credit)
            person = v.head
            if self._is_child(person) or not (self._accountable(person, "adult") or person.lower_ in (
                    "someone", "somebody")):
                continue
            yield person.left_edge.i, v.i + 1, "verb", None

    _WAITING = frozenset({"wait"})

    def _need_waved_away(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """An adult or service said to have judged a need away for themselves: "SW decided YP's birthday visit
        wasn't a priority", "the worker had decided it was not needed", "nobody thought dad was worth a phone
        call", "decided the family time could wait": a verdict on the person's priorities. The complement is a
        clause (not "decided to ..."), its word of need is negated (or the judge is "nobody", or the need "could
        wait"); a meeting's decision ("the strategy discussion decided the threshold was not met") and the
        writer's own ("I do not think ...") are not charged."""
        if not self.dismissing_verbs or not self.dismissed_words:
            return
        for t in tokens_with(doc, self.dismissing_verbs):
            if t.pos_ != "VERB" or norm(t.lemma_) not in self.dismissing_verbs or self._reported(t):
                continue
            comps = [c for c in t.children if c.dep_ in ("ccomp", "oprd")]
            if not comps:
                continue
            subj = self._subject_at(t, "adult", passive_agent=False)
            nobody = any(s.lower_ in NEGATIVE_PEOPLE or _no_one(s) for s in subjects_of(t))
            if (subj is None or self._is_child(subj)) and not nobody:
                continue
            for comp in comps:
                # the word of need is the complement's predicate ("was not needed", "wasn't a priority", "was worth",
                # "could wait"), not a verb of its own ("did not think the case needed to go back to conference")
                words = [x for x in [comp, *(c for c in comp.children if c.dep_ in ("attr", "acomp", "oprd"))]
                         if norm(x.lemma_) in self.dismissed_words or x.lower_ in self.dismissed_words]
                words = [x for x in words if x.pos_ != "VERB" or norm(x.lemma_) in self._WAITING or x.tag_ == "VBN" and any(
                    c.dep_ == "auxpass" for c in x.children)]
                if not words:
                    continue
                negative = nobody or self._negated(t) or self._negated(comp) or any(
                    norm(w.lemma_) in self._WAITING for w in words)
                if negative:
                    start = subj.left_edge.i if subj is not None else min([t.i, *(s.i for s in subjects_of(t))])
                    yield min(start, t.i), max(w.i for w in words) + 1, "verb", None
                    break

    def _disbelieved_excuse(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A verb of losing or forgetting put alone in scare quotes in the writer's own clause ("The consent form
        was, shall we say, \"mislaid\" for a month", "the review was \"forgotten\" by the SEN team", "the
        stepmother conveniently \"forgets\" them"): the writer disbelieves the excuse, irony at whoever gave it.
        Not a word in someone's reported account ("Mum said she had \"forgotten\"")."""
        if not self.scare_quoted:
            return
        for t in tokens_with(doc, self.scare_quoted):
            if not (0 < t.i < len(doc) - 1 and doc[t.i - 1].text in self._QUOTES and doc[t.i + 1].text in self._QUOTES):
                continue
            if norm(t.lemma_) not in self.scare_quoted and norm(t.text) not in self.scare_quoted:
                continue
            if self._reported(t) or any(norm(x.lemma_) in self._REPORTING and any(
                    c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in x.children) for x in t.sent):
                continue
            if any(self._is_child(s) for s in subjects_of(t)) or self._negated(t) or self._negated(t.head):
                continue
            if t.i >= 2 and doc[t.i - 2].lower_ in ("as", "marked", "recorded", "called", "labelled", "labeled"):
                continue  # 'the visits described as "missed"': a label cited from the record
            # the span runs past the closing quote (a span ending inside quotation marks is someone else's words)
            if t.i + 2 < len(doc) and not doc[t.i + 2].is_punct:
                yield t.i - 1, t.i + 3, "verb", None
            elif t.i >= 2:
                yield t.head.left_edge.i if t.head.i < t.i else max(0, t.i - 3), t.i - 1, "verb", None

    def _pointed(self, doc: Doc) -> list[Token]:
        """The tokens that open a pointed adverb ("actually", "at least", "even") in ``doc``."""
        out = []
        for t in doc:
            for words in self.pointed:
                if t.i + len(words) <= len(doc) and all(norm(doc[t.i + k].text) == w for k, w in enumerate(words)):
                    out.append(t)
        return out

    def _pointed_words(self, doc: Doc, t: Token) -> tuple[str, ...]:
        """The pointed adverb that ``t`` opens ("at least": its last word is the one the parse hangs on a verb)."""
        return next((w for w in self.pointed if t.i + len(w) <= len(doc) and all(
            norm(doc[t.i + k].text) == x for k, x in enumerate(w))), ())

    def _shown_up_by(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Blame through comparison: one service or person set against another with "unlike" and a pointed
        adverb ("The school, unlike the health visitor (who at least bothered to reply), sent nothing", "The
        school, which unlike the youth justice service actually turned up to every meeting, ..."): the
        comparison shames whichever side fell short. Both sides must be services or adults, not the child or
        a document ("unlike the last plan")."""
        if not self.contrast_preps or not self.pointed:
            return
        for t in tokens_with(doc, self.contrast_preps):  # (the tokens with the word, from the Doc's index, in order)
            if t.dep_ != "prep" or norm(t.text) not in self.contrast_preps:
                continue
            other = next((g for g in t.children if g.dep_ == "pobj"), None)
            if other is None or self._is_child(other) or not self._accountable(other, "agency"):
                continue
            if self._reported(t.head):
                continue
            marks = [m for m in self._pointed(doc) if doc[m.i + len(self._pointed_words(doc, m)) - 1].head.pos_ in (
                "VERB", "AUX")]
            if marks:
                yield t.i, other.right_edge.i + 1, "verb", None
                break

    def _as_they_always_do(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A lapse followed by "as she usually does", "as the manager always does": the person's habit made
        the point (the marker phrases of _insinuated in clause form). Only on a clause that says something
        was done without what it needed, late or not there, whose subject is an adult or a service (not a
        negated clause, where the habit is what was not done this time)."""
        for t in tokens_with(doc, frozenset({"as"})):  # (the tokens with the word, from the Doc's index, in order)
            if t.lower_ != "as" or t.dep_ != "mark" or norm(t.head.lemma_) != "do":
                continue
            do = t.head
            if do.dep_ != "advcl" or not any(c.dep_ == "advmod" and c.lower_ in self.habit_adverbs
                                             for c in do.children):
                continue
            v = do.head
            if v.pos_ not in ("VERB", "AUX") or self._reported(v) or not self._lapse_in(v):
                continue
            if self._negated(v):
                continue  # "did not visit in August, as she usually does": what she usually does is visit
            subj = self._subject_at(v, "adult", passive_agent=True)
            if subj is not None and not self._is_child(subj):
                yield min(subj.left_edge.i, t.i), do.i + 1, "verb", None

    _WH_WORDS = frozenset("who what where why how when which".split())

    def _candid_verdict_on_person(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A candour adverb ("Frankly, mam runs rings round professionals", "carers, who frankly saw her as a
        meal ticket") on a clause whose subject is a person or service: the writer's own verdict on what that
        person is like, a charge (blaming.yml insinuations: candour). Not on a copula ("Frankly the analysis is
        excellent" judges work; "frankly incompetent" is a trait entry), nor on reported speech."""
        for t in tokens_with(doc, self.candour) if self.candour else ():
            if t.dep_ != "advmod":
                continue
            v = self._host_verb(t)
            if v is None or norm(v.lemma_) == "be" or self._reported(v) or self._credit_in_clause(v):
                continue
            if v.tag_ in ("VBG", "VBN") and any(c.dep_ in ("aux", "auxpass") and norm(c.lemma_) == "be"
                                                for c in v.children):
                continue  # "which is frankly horrifying", "I am frankly appalled": a state, the writer's reaction
            for subj in subjects_of(v):
                if subj.lower_ in ("it", "there", "this", "that", "i", "we", "which") or subj.lower_ in NEGATIVE_PEOPLE:
                    continue
                if self._accountable(subj, "adult") or self._is_child(subj) or self.people.is_person(subj):
                    yield min(subj.left_edge.i, t.i), max(v.i, t.i) + 1, "verb", None
                    break

    _CREDIT_WORDS = frozenset("best well better progress good great excellent credit proud helpful effort improve "
                              "improved improvement positive strength praise".split())

    def _credit_in_clause(self, v: Token) -> bool:
        """The clause gives credit ("who frankly has done her best", "Frankly, the family have made real
        progress"): candour about a strength, not a charge."""
        return any(v.doc[i].lower_ in self._CREDIT_WORDS for i in own_tokens(v))

    def _emphatic_wh_question(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A wh-question made emphatic ("Where exactly was the team manager ...?", "Who on earth thought ...?",
        "Why, exactly, did it take you five weeks ...?"): the emphasis makes it an accusation, not a request for
        information, when a person is asked about (a person as subject, "you", or "who")."""
        if not self.question_emphasis:
            return
        low = doc_lower(doc).lower
        for sent in doc.sents:
            if not (sent[-1].text == "?" or sent.end < len(doc) and doc[sent.end].text == "?"):
                continue
            wh = next((t for t in sent[:3] if t.lower_ in self._WH_WORDS), None)
            if wh is None:
                continue
            j = wh.i + 1 + (wh.i + 1 < sent.end and doc[wh.i + 1].text == ",")
            if not any(low[j: j + len(w)] == w for w in self.question_emphasis):
                continue
            person = wh.lower_ == "who" or any(
                t.dep_ in ("nsubj", "nsubjpass", "poss") and (t.lower_ in ("you", "your") or self._accountable(
                    t, "agency")) for t in sent) or any(t.lower_ == "you" for t in sent)
            if person:
                yield sent.start, sent.end, "verb", None

    @staticmethod
    def _verb_tagged_adjective(t: Token) -> Token | None:
        """The clause a marker hangs on when the tagger took its verb for an adjective ("which the IRO service
        once more forgot to diarise": "forgot" tagged ADJ with a subject and a to-clause), or None."""
        h = t.head
        while h.pos_ == "ADV" and h.head.i != h.i:  # "once more": "once" hangs on "more"
            h = h.head
        if h.pos_ == "ADJ" and h.dep_ in ("relcl", "ROOT", "conj", "ccomp", "advcl") and any(
                c.dep_ == "nsubj" for c in h.children) and any(c.dep_ == "xcomp" for c in h.children):
            return h
        return None

    _AIRS_VERBS = frozenset({"know"})
    _AIRS_WORDS = frozenset({"better", "best"})
    _AIRS_MODALS = frozenset("should ought would could might must".split())

    def _airs_of(self, t: Token) -> bool:
        """"knew better", "knew best" (no object, no modal, not negated): a person said to think themselves
        above advice, a sneer ("should have known better" is a trait entry; "knows XXXX best" is knowledge)."""
        if norm(t.lemma_) not in self._AIRS_VERBS or t.pos_ != "VERB":
            return False
        if not any(c.dep_ == "advmod" and c.lower_ in self._AIRS_WORDS for c in t.children):
            return False
        return not any(c.dep_ in ("dobj", "neg") or c.dep_ == "aux" and c.lower_ in self._AIRS_MODALS
                       for c in t.children)

    def _put_on_airs(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"The foster carer, who of course knew best, took ...", "my colleague, who clearly had better things to
        do, did not return the calls": sarcasm about an adult's sense of their own importance."""
        for t in tokens_with(doc, self._AIRS_WORDS):
            v = t.head
            if self._airs_of(v):
                pass
            elif t.dep_ == "amod" and t.head.lemma_.lower() == "thing" and norm(t.head.head.lemma_) == "have" \
                    and any(c.dep_ in ("relcl", "acl") and norm(c.lemma_) == "do" for c in t.head.children):
                v = t.head.head  # "had better things to do"
            else:
                continue
            if self._reported(v):
                continue
            subj = self._subject_at(v, "adult", passive_agent=False)
            if subj is not None and not self._is_child(subj):
                yield min(subj.left_edge.i, v.i), t.i + 1, "verb", None

    _FIT = frozenset({"fit"})

    def _saw_fit(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """"The team manager saw fit to approve the closure", "than she evidently saw fit to display": what a
        person chose to do, told with the writer's disdain for the choice."""
        for t in tokens_with(doc, self._FIT):
            v = t.head
            if norm(v.lemma_) != "see" or t.i != v.i + 1 or self._reported(v):
                continue
            subj = self._subject_at(v, "adult", passive_agent=False)
            if subj is not None and not self._is_child(subj):
                yield min(subj.left_edge.i, v.i), t.i + 1, "verb", None

    _INCOMPREHENSION = frozenset("understand fathom comprehend see imagine".split())
    _MYSTERY_NOUNS = frozenset("mystery puzzle enigma".split())
    _WRITER = frozenset({"i", "we", "me", "us", "one"})

    def _writer_puzzled(self, frame: Token) -> bool:
        """The frame says the writer cannot make sense of something: "I cannot understand how", "... is beyond
        me", "... is a mystery to me"."""
        kids = list(frame.children)
        if norm(frame.lemma_) in self._INCOMPREHENSION:
            return self._negated(frame) and any(c.dep_ == "nsubj" and c.lower_ in self._WRITER for c in kids)
        if norm(frame.lemma_) != "be":
            return False
        beyond = any(c.dep_ == "prep" and c.lower_ == "beyond" and any(
            g.lower_ in self._WRITER for g in c.children) for c in kids)
        mystery = any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in self._MYSTERY_NOUNS for c in kids)
        return beyond or mystery

    def _beyond_me(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Disbelief at what a professional or service did, in the writer's voice: "Quite why the IRO thought
        it acceptable ... is beyond me", "How anyone in the team could ... is a mystery to me", "I cannot
        understand how the worker could leave ...". "It is unclear why the visit was cancelled" asks for
        evidence and does not fire."""
        for w in tokens_with(doc, self._WHY_HOW):
            v = self._host_verb(w)
            if v is None:
                continue
            # the frame governs the clause, or comes after it wherever the parser hangs it ("why ... is beyond me")
            frames = [v.head] if v.dep_ in ("csubj", "ccomp", "advcl", "xcomp") else []
            frames += [x for x in w.sent if x.i > v.i and norm(x.lemma_) == "be"]  # "... is beyond me" after it
            if not any(self._writer_puzzled(f) for f in frames):
                continue
            subj = self._subject_at(v, "agency", passive_agent=True) or next(
                (s for s in subjects_of(v) if s.lower_ in People.INDEFINITE), None)  # "how anyone in the team could"
            if subj is not None:
                yield min(w.i, subj.left_edge.i), v.i + 1, "verb", None

    _WHY_HOW = frozenset({"why", "how"})
    _POINTED = frozenset("actually really even honestly seriously".split())
    _WHO_ANY = frozenset({"who", "anyone", "anybody"})

    def _pointed_question(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A question put at whoever acted, not asked for an answer: "Did anyone in the team actually read the
        CAMHS letter?", "Who, I wonder, thought a letter was adequate?" (a pointed adverb or "I wonder" aside
        makes it rhetorical; "Who is the lead professional?" is a plain question)."""
        for sent in doc.sents:
            if not (sent[-1].text == "?" or sent.end < len(doc) and doc[sent.end].text == "?"):
                continue
            root = sent.root
            subs = [s for s in subjects_of(root) if s.lower_ in self._WHO_ANY]
            if not subs or root.pos_ not in ("VERB", "AUX"):
                continue
            pointed = any(c.lower_ in self._POINTED and c.dep_ == "advmod" for c in root.children) or any(
                norm(c.lemma_) == "wonder" and any(g.lower_ == "i" for g in c.children) for c in sent)
            if pointed:
                yield sent.start, root.i + 1, "verb", None

    # -- guessed motives, work put away, approval unread, a simple task beyond someone (session 19) ----------
    def _guessed_motive(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """The writer's guess at why an adult or a service acted, or at what they will do next ("The chair,
        presumably with one eye on the clock, didn't ask ...", "Mum will no doubt do the same again"): a motive or
        a habit put on the person that the file cannot evidence. Not of the child, not in someone's reported
        account, not with a verb of care or credit ("the school will no doubt welcome her back"), not a certainty
        ("there is no doubt that ...", "I have no doubt"). A guess at what they will do charges a habit only when it
        repeats their past conduct (``repeat_words``: "do the same again", "miss the next contact too"); a plain
        forecast ("Dad will no doubt ask for more contact") or what will be done to them ("the school will no
        doubt be asked") is no charge."""
        if not self.motive_guesses:
            return
        for s, e in self._marker_spans(doc, self.motive_guesses):
            v = self._host_verb(doc[e - 1])
            if v is None or self._reported(v):
                continue
            if norm(v.lemma_) in self.credit_verbs and not self._negated(v) or self._credit_in_clause(v):
                continue
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
                continue  # "the school will no doubt be asked to contribute": what will be done to them
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
            if modal and not any(x.lower_ in self.repeat_words for c in v.children if c.dep_ in ("advmod", "dobj")
                                 for x in c.subtree):
                continue  # "Dad will no doubt ask for more contact": a forecast, not a habit ("do the same again")
            subj = self._subject_at(v, "adult", passive_agent=False)
            if subj is None or self._is_child(subj):
                continue
            yield min(subj.left_edge.i, s), max(e, v.i + 1), "verb", None

    def _put_away(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Work put out of sight and left there ("Children's services kept the referral in a drawer for three
        months", "it sat in a drawer"): an idiom of neglect that charges whoever held the work, with or without an
        agent. The thing must be a piece of work (a pronoun stands for it), and left there: a verb of lying or
        leaving, or one of keeping with a span of time ("kept ... for three months"; "the nursery keeps her
        inhaler in a drawer", "put on the shelf pending allocation" say where a thing is kept). Not of the child or
        a family member, not negated, not in someone's reported account."""
        if not self.put_away_places:
            return
        for t in tokens_with(doc, self.put_away_places):  # (the tokens with the lemma, from the Doc's index)
            if t.dep_ != "pobj" or norm(t.lemma_) not in self.put_away_places:
                continue
            prep = t.head
            v = prep.head
            lemma = norm(v.lemma_)
            if prep.lower_ not in ("in", "on", "into") or v.pos_ not in ("VERB", "AUX") \
                    or lemma not in self.put_away_verbs | self.put_away_keeping or self._negated(v) or self._reported(v):
                continue
            if lemma in self.put_away_keeping and not any(
                    c.dep_ == "prep" and c.lower_ in ("for", "since") and any(
                        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
                    or c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in [*v.children, *t.children]):
                continue  # "keeps her inhaler in a drawer", "put on the shelf pending allocation": kept, not left
                # (the span may hang from the place: "kept the referral in a drawer for six weeks")
            things = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")] or [
                x for x in subjects_of(v) if x.dep_ == "nsubj"]
            if self.put_away_work and not any(
                    x.pos_ == "PRON" or norm(x.lemma_) in self.put_away_work or x.lower_ in self.put_away_work
                    for x in things):
                continue  # "the old files were kept in a drawer", "a spare uniform on a shelf": not a piece of work
            if any(c.dep_ == "advmod" and c.lower_ in self.put_away_regret for c in v.children):
                continue  # "the referral, sadly, sat in a drawer until March": told with regret, not as a charge
            holders = [x for x in subjects_of(v, passive_agent=True)]
            held = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")] or [
                x for x in subjects_of(v) if x.dep_ == "nsubj"]
            if any(self._is_child(x) or (self.people.is_person(x) and not self._accountable(x, "agency"))
                   for x in held):
                continue  # "Mum kept her in the house", "XXXX sits on the shelf by the window"
            if any(self._is_child(x) or self._family_noun(x) for x in holders):
                continue  # a family member keeping their own things
            yield v.i, t.i + 1, "verb", None

    def _family_noun(self, t: Token) -> bool:
        return self.people.is_person(t) and not self._accountable(t, "agency") and not self._is_child(t)

    def _approved_unread(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Work approved without being read ("The pathway plan was signed off without anyone reading it", "the
        assessment was signed off by the supervisor without being read"): oversight said to be a sham, a charge
        against whoever signed. Only a verb of approving with 'without' + 'anyone'/'being' + a verb of reading
        the work itself (no other object: "scored without anyone seeing the bedroom" is a gap in evidence); not
        of the child or family, not in someone's reported account."""
        if not self.approving_verbs:
            return
        for t in tokens_with(doc, self.reading_verbs):  # (the tokens with the lemma, from the Doc's index)
            if t.dep_ != "pcomp" or norm(t.lemma_) not in self.reading_verbs or t.head.lower_ != "without":
                continue
            v = t.head.head
            if v.pos_ not in ("VERB", "AUX") or norm(v.lemma_) not in self.approving_verbs or self._reported(v):
                continue
            unread = any(c.dep_ == "auxpass" for c in t.children) or any(
                c.dep_ == "nsubj" and c.lower_ in ("anyone", "anybody", "nobody") for c in t.children)
            if not unread or any(c.dep_ == "dobj" and c.lower_ not in ("it", "them", "this") or c.dep_ == "prt"
                                 for c in t.children):
                continue  # "without anyone reading the new report", "without being read back to her"
            if any(c.dep_ == "advmod" and c.lower_ in ("back", "out", "aloud") for c in t.children) or any(
                    g.dep_ == "pobj" and (self.people.is_person(g) or self._is_child(g)) for g in t.subtree):
                continue  # "without being read back to XXXX": read to someone
            if any(self._is_child(x) or self._family_noun(x) for x in subjects_of(v, passive_agent=True)):
                continue
            yield v.i, t.i + 1, "verb", None

    def _belittled(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Someone said to treat a person, a duty or a service as something belittling ("a worker who treated the
        transfer summary as optional", "the night staff treated XXXX like a criminal", "Gran has been treated by
        this team as a free babysitting service", "who treats them as a joke"): a stance of contempt put on whoever
        does the treating, a person or a service (the child too: a charge about her attitude). Not a document's
        or an assessment's treatment of something ("the assessment treats him as a protective factor" is a
        finding about the work), not someone's reported account, not negated; not of the family ("Mother treats
        XXXX as a nuisance", "her carers treat contact as optional" record their care of her, the evidence an
        audit weighs, not the writer's charge)."""
        if not self.belittling:
            return
        for t in tokens_with(doc, self.treating_verbs):
            if t.pos_ != "VERB" or self._reported(t) or self._negated(t):
                continue
            label = None
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("as", "like"):
                    for g in c.children:
                        if g.dep_ in ("pobj", "amod", "acomp") and any(
                                norm(x.lemma_) in self.belittling or x.lower_ in self.belittling
                                for x in g.subtree if x.i <= g.i):
                            label = g
            if label is None:
                continue
            passive = any(c.dep_ == "auxpass" for c in t.children)
            doers = [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive \
                else subjects_of(t)
            doers = [t.head if d.lower_ in RELATIVE_PRONOUNS and t.dep_ == "relcl" else self._members(d) for d in doers]
            doers += [g for d in doers if d.pos_ in ("PRON", "NUM", "DET") for c in d.children
                      if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]  # "some of the staff"
            if not any(self._accountable(d, "agency") or self._is_child(d) for d in doers):
                continue
            start = min([t.i, *(d.left_edge.i for d in doers)])
            yield start, label.i + 1, "verb", None

    def _did_nothing(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A professional, a service or a worker named by first name said to have done nothing ("The IRO did
        absolutely nothing to challenge the drift", "Worker did nowt to chase it"): inaction told as the person's
        doing, like "failed to"; of any adult only when they had been asked ("she was told, and she still did
        nothing"). Not "did nothing wrong" (cleared), not "did nothing to suggest ..." (evidence), not "did nothing
        further" (a matter closed, as "no further action"), not negated or
        in a question, not in someone's reported account."""
        for t in tokens_with(doc, self._NOTHING_DONE):
            v = t.head
            if t.dep_ != "dobj" or norm(v.lemma_) != "do" or self._negated(v) or self._reported(v):
                continue
            if any(c.dep_ in ("amod", "acomp") or c.pos_ == "ADJ" for c in t.children):
                continue  # "did nothing wrong"
            if any(c.lower_ in self.further_words for c in [*t.children, *v.children]):
                continue  # "did nothing further after she withdrew her account": the matter closed, not inaction
            if any(norm(x.lemma_) in self.evidential_verbs for c in [*t.children, *v.children]
                   if c.dep_ in ("relcl", "acl", "advcl", "xcomp") for x in [c]):
                continue  # "did nothing to suggest she was drinking"
            sent = v.sent
            if sent[-1].text == "?":
                continue
            still = any(c.dep_ == "advmod" and c.lower_ in self.still_markers for c in v.children)
            level = "adult" if still else "agency"
            subj = self._subject_at(v, level, passive_agent=False)
            if subj is None or self._is_child(subj) or subj.lower_ in self.every_service and not any(
                    c.dep_ == "det" for c in subj.children):
                continue  # "while professionals sat back and did nothing": the whole network, no one answerable
            yield min(subj.left_edge.i, v.i), t.i + 1, "verb", None

    def _beyond_simple_task(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """A professional or a service said to be unable to do a simple task, with an indefinite object ("the
        housing office, who could not organise a raffle", "a duty team who couldn't organise a piss-up in a
        brewery"): a sneer at their competence, not a finding. Only 'can'/'could' negated, in a relative clause on
        the professional or service; not of the family ("Grandad, who cannot organise a lift on Sundays")."""
        if not self.incapable_verbs:
            return
        for t in tokens_with(doc, self.incapable_verbs):  # (the tokens with the lemma, from the Doc's index)
            if t.dep_ != "relcl" or norm(t.lemma_) not in self.incapable_verbs or not self._negated(t):
                continue
            if not any(c.dep_ == "aux" and norm(c.lemma_) in ("can", "could") for c in t.children):
                continue
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            if obj is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
                continue
            who = t.head
            if self._is_child(who) or not self._accountable(who, "agency") or self._reported(t):
                continue
            yield who.left_edge.i, obj.i + 1, "verb", None

    def _antecedents(self, pron: Token) -> list[Token]:
        """Who a pronoun may stand for: the nearest person named before it in the
        paragraph, and the nearest person that was a subject. Both must be
        professionals for the pronoun to count as one (ambiguity never blames)."""
        people = [t for t in pron.doc[: pron.i]
                  if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and self.people.is_person(t)]
        if not people:
            return []
        out = [people[-1]]
        out += [c for c in people[-1].conjuncts if c.i < pron.i and self.people.is_person(c)]  # "XXXX and her SW"
        subjects = [t for t in people if t.dep_ in SUBJ]
        if subjects:
            out.append(subjects[-1])
        return out

    def findings(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """(start token, end token, kind, entry) for every blame in the Doc."""
        for m in self.traits.find(doc):
            if self._trait_target_ok(doc, m) and not self._pitied_role(doc, m):
                yield m.start, m.end, "trait", m.entry
        attitude = {(m.start, m.end) for m in self.attitude.find(doc)}
        verb_matches = list(self.verbs.find(doc))  # read once: the habit shape below looks at them too
        for m in verb_matches:
            v = self._verb_of(doc, m)
            single = m.end - m.start == 1
            if single and v.pos_ not in ("VERB", "AUX"):
                continue
            if self._negated(v) and (single or not _NEGATIVE_PHRASE.search(m.entry.term)):
                continue  # "did not ignore", "did not get it wrong" (not "could not be bothered")
            level = self._level(doc, v, v.lemma_ if single else m.entry.term, (m.start, m.end) in attitude)
            if level == "adult" and self._reported(v):
                continue
            # "ignored by the duty team", "brushed aside by the worker": the agent is blamed
            # (not "could not be bothered", whose passive form is part of the phrase)
            passive = any(c.dep_ == "auxpass" and not m.start <= c.i < m.end for c in v.children)
            if passive:
                subj = self._subject_at(v, level, passive_agent=True)
                subj = subj if subj is not None and subj.dep_ == "pobj" else None
                if subj is None:
                    subj = self._agent_owner(v, level)
            else:
                subj = self._subject_at(v, level, passive_agent=False) or self._role_before_verb(doc, m, v, level)
            if subj is not None:
                yield min(subj.left_edge.i, m.start), m.end, "verb", None
        yield from self._rhetorical(doc)
        yield from self._shapes(doc)
        yield from self._exasperated(doc)
        for t in tokens_with(doc, self._SO_CALLED):
            # "SW's so-called safety plan": sarcasm about a professional's work
            end = _so_called_at(doc, t.i)
            if end is not None:
                noun = doc[end].head
                owners = [c for c in noun.children if c.dep_ == "poss"]
                if noun.pos_ in ("NOUN", "PROPN") and any(self.people.is_professional(o) for o in owners):
                    yield min(o.left_edge.i for o in owners), noun.i + 1, "verb", None
        for m in self.verbs_pos.find(doc) if tokens_with(doc, self._NOBODY | self._BOTHERING) else ():
            v = self._verb_of(doc, m)
            for subj in subjects_of(v):
                if subj.lower_ in NEGATIVE_PEOPLE or _no_one(subj):
                    start = subj.i - 2 if subj.i >= 2 and doc[subj.i - 1].text == "-" else subj.left_edge.i  # "No-one"
                    yield min(start, m.start), m.end, "verb", None
                    break
            else:
                # "when the worker could be bothered to ask": the effort granted only now and then, a sneer
                if self._grudging(v):
                    subj = self._subject_at(v, "adult", passive_agent=False)
                    if subj is not None and not self._reported(v):
                        yield min(subj.left_edge.i, m.start), m.end, "verb", None
        for m in self.verbs_bare.find(doc) if _DIALECT_IN.search(doc.text.lower()) else ():
            aux = doc[m.start - 1] if m.start > 0 else None
            if aux is not None and _dialect_negative(aux):
                # "the worker couldnae be bothered": a Scots negative auxiliary the parser takes for the verb
                v = self._verb_of(doc, m)
                subj = self._subject_at(aux, "adult", passive_agent=False) or self._subject_at(
                    v, "adult", passive_agent=False) or next(
                    (c for c in aux.children if c.dep_ == "compound" and self._accountable(c, "adult")), None)
                # (the parser may take "couldnae" for a noun and its subject for a compound: "manager couldnae")
                if subj is not None:
                    yield min(subj.left_edge.i, aux.i), m.end, "verb", None
        yield from self._never_once(doc)
        yield from self._never_named(doc)
        yield from self._without_effort(doc)
        yield from self._sneered(doc)
        yield from self._person_verdict(doc)
        yield from self._person_judged(doc)
        yield from self._let_go(doc)
        yield from self._had_bothered(doc)
        yield from self._whoever_did(doc)
        yield from self._without_even(doc)
        yield from self._seems_to_think(doc)
        yield from self._imputed_stance(doc)
        yield from self._chose_own_way(doc)
        yield from self._never_put_first(doc)
        yield from self._made_the_cause(doc)
        yield from self._nothing_but(doc)
        yield from self._too_much_to_ask(doc)
        yield from self._managed_to_lose(doc)
        yield from self._where_was(doc)
        yield from self._off_the_hook(doc)
        yield from self._knows_it(doc)
        yield from self._when_it_suits(doc)
        yield from self._apparently_thought(doc)
        yield from self._should_have_spotted(doc)
        yield from self._work_called_blame(doc, verb_matches)
        yield from self._insinuated(doc)
        yield from self._as_they_always_do(doc)
        yield from self._shelved(doc)
        yield from self._self_serving(doc)
        yield from self._shown_up_by(doc)
        yield from self._debunked_label(doc)
        yield from self._manipulates(doc)
        yield from self._disbelieved_excuse(doc)
        yield from self._need_waved_away(doc)
        yield from self._mind_read_aside(doc)
        yield from self._ranked_above_child(doc)
        yield from self._mock_praise(doc)
        yield from self._blessed_tally(doc)
        yield from self._put_on_airs(doc)
        yield from self._saw_fit(doc)
        yield from self._beyond_me(doc)
        yield from self._pointed_question(doc)
        yield from self._candid_verdict_on_person(doc)
        yield from self._emphatic_wh_question(doc)
        yield from self._guessed_motive(doc)
        yield from self._put_away(doc)
        yield from self._approved_unread(doc)
        yield from self._beyond_simple_task(doc)
        yield from self._belittled(doc)
        yield from self._did_nothing(doc)
        # the person shapes below, from one look-up of their cue words
        cued = tokens_with(doc, self.person_cues)
        if cued:
            yield from self._had_done_job(doc, cued)
            yield from self._taken_in(doc, cued)
            yield from self._bad_at(doc, cued)
            yield from self._too_close(doc, cued)
            yield from self._as_if(doc, cued)
            yield from self._acted_as_if(doc, cued)
            yield from self._stance_verdict(doc, cued)
            yield from self._cannot_self(doc, cued)
        yield from self._habitual(doc, verb_matches)
        if self.params.counterfactual:
            yield from self._better_worker(doc)
        for t in tokens_with(doc, self.last_cues):
            forms = token_forms(t)
            if (t.dep_ == "prt" or t.dep_ in ("ccomp", "advmod") and t.pos_ in ("ADP", "ADV")
                    or self._particle_after_object(t)) \
                    and t.lower_ in self._PARTICLES and t.head.lemma_.lower() in self.phrasal \
                    and t.lower_ in self.phrasal[t.head.lemma_.lower()] and t.i - t.head.i > 1:
                # "let XXXX down": the object splits the phrase the matcher looks for
                subj = self._subject_at(t.head, "adult", passive_agent=True)
                if subj is not None and not self._reported(t.head):
                    yield min(subj.left_edge.i, t.head.i), t.i + 1, "verb", None
            if self.nominal and t.pos_ == "NOUN" and forms & self.nominal:
                owners = [c for c in t.children if c.dep_ == "poss"]
                owners += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
                           for g in c.children if g.dep_ == "pobj"]
                level = "adult" if forms & self.attitude_nouns else "role"
                owners = [o for o in owners if o.lower_ not in _INDEFINITE_OWNERS]  # "anyone's neglect" names nobody
                if any(self._accountable(o, level) for o in owners) and not _rejected_alternative(t):
                    yield min(o.left_edge.i for o in owners), t.i + 1, "verb", None
            if self.attitudes and t.pos_ in ("VERB", "AUX") and forms & self.attitudes and self._negated(t):
                # "Dad doesn't care whether ..." judges any adult; "did not care for her" may be about her care
                cared_for = any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
                subj = self._subject_at(t, "role" if cared_for else "adult", passive_agent=False)
                if subj is not None:
                    yield subj.left_edge.i, t.i + 1, "verb", None
            if (self.intent or self.mind_reading) and t.pos_ == "ADV" and t.dep_ == "advmod":
                v = t.head
                if v.pos_ in ("VERB", "AUX") and (
                    forms & self.intent or forms & self.mind_reading and self._negated(v) and not self._lacked_means(v)
                ):
                    # a claim about what someone meant to do ("Mother deliberately withheld") judges any adult;
                    # a claim about what someone plainly did not do, only a professional
                    level = "adult" if forms & self.intent else "role"
                    subj = self._subject_at(v, level, passive_agent=False)
                    if subj is not None and not self._reported(v):  # not "Mother said the worker deliberately ..."
                        yield subj.left_edge.i, max(v.i, t.i) + 1, "verb", None
            if t.pos_ == "NOUN" and forms & self.lacked and t.dep_ == "dobj" and norm(t.head.lemma_) == "lack" \
                    and not self._negated(t.head):
                # "the practitioner lacks the basic skills to do this job": a verdict on competence
                subj = self._professional_subject(t.head, passive_agent=False)
                if subj is not None and not self._reported(t.head):
                    yield subj.left_edge.i, t.i + 1, "verb", None
            if t.pos_ == "ADJ" and forms & self.unwilling and t.dep_ in ("acomp", "amod") and not self._negated(t.head) \
                    and any(c.dep_ == "xcomp" for c in t.children):
                # "the worker was reluctant to visit": unwillingness put on a professional
                v = t.head if t.dep_ == "acomp" else None
                subj = self._professional_subject(v, passive_agent=False) if v is not None else (
                    t.head if self.people.is_professional(t.head) else None)
                if subj is not None and not self._reported(v if v is not None else t.head):
                    yield subj.left_edge.i, t.i + 1, "verb", None
            if t.pos_ in ("ADJ", "VERB") and forms & (self.interest | self.priority) and t.dep_ == "acomp" and (
                    forms & self.interest and self._negated(t.head)
                    or any(c.dep_ == "advmod" and c.lower_ == "more" for c in t.children)
                    and any(x.lower_ == "than" for x in t.subtree)):
                # "the worker wasn't interested in ...", "more concerned with keeping Mum onside than with ..."
                subj = self._professional_subject(t.head, passive_agent=False)
                if subj is not None and not self._reported(t.head):
                    yield subj.left_edge.i, t.i + 1, "verb", None
            if (self.attitudes or self.attention) and t.pos_ == "NOUN" and forms & (self.attitudes | self.attention):
                # "showed no interest", "had little regard", "showed a lack of interest", "had no grasp of"
                obj = t
                negated = any(c.lower_ in ("no", "little") and c.dep_ in ("det", "amod") for c in t.children) or (
                    t.dep_ == "dobj" and any(c.lower_ in ("any", "a", "an") and c.dep_ == "det" for c in t.children)
                    and self._negated(t.head))  # "did not make any effort", "didn't have a clue"
                if not negated and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.lacks:
                    obj, negated = t.head.head, True
                    # "the worker's lack of commitment"
                    owners = [c for c in obj.children if c.dep_ == "poss" and self.people.is_professional(c)]
                    if owners:
                        yield owners[0].left_edge.i, t.i + 1, "verb", None
                        continue
                v = obj.head
                if negated and obj.dep_ in ("dobj", "attr") and v.pos_ in ("VERB", "AUX"):
                    subj = self._professional_subject(v, passive_agent=False)
                    if subj is not None and not self._reported(v):  # not "Mother says the worker showed no interest"
                        yield subj.left_edge.i, t.i + 1, "verb", None
                elif negated and obj.dep_ == "nsubjpass" and v.pos_ in ("VERB", "AUX"):
                    # "no attempt was made by the allocated worker": the agent is the one said not to try
                    agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                    if any(self.people.is_professional(g) for g in agents):
                        yield obj.left_edge.i, max(g.right_edge.i for g in agents) + 1, "verb", None

    def block_findings(self, ctx: AuditContext, block) -> list[tuple[int, int, str, Entry | None]]:
        """The blame found in one block (overlaps and quoted speech left out), read once per audit: AL401
        asks for it too, to leave a sentence that blames to AL402 (one finding, not two)."""
        key = (_BLAME_CACHE, id(self), id(block))
        got = ctx.cache.get(key)
        if got is not None:
            return got
        p = self.params
        doc = ctx.doc(block)
        seen: list[tuple[int, int]] = []
        out: list[tuple[int, int, str, Entry | None]] = []
        for s, e, kind, entry in sorted(self.findings(doc), key=lambda x: (x[0], -x[1])):
            if any(s < b and a < e for a, b in seen):
                continue
            span = doc[s:e]
            a, b = span.start_char, span.end_char
            last = doc[e - 1]
            if p.skip_quoted and (in_quotes(block.text, a, b) or in_quotes(block.text, last.idx, last.idx + len(last))):
                continue
            seen.append((s, e))
            out.append((s, e, kind, entry))
        ctx.cache[key] = out
        return out

    _QUANTIFIED = frozenset("every all any no each".split())

    def _named_adult(self, t: Token) -> bool:
        """A parent or other adult of the family named as the one blamed ("Father has chosen not to engage"):
        the sentence's tone is the blame, as for a role."""
        return t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass", "poss") and self._accountable(
            t, "adult") and not self._is_child(t)

    def names_target(self, doc: Doc, s: int, e: int, kind: str) -> bool:
        """The blame found at ``doc[s:e]`` names whom it blames: a role, a service or a worker named by first
        name ("the social worker", "the contact centre", "Cerys"), not nobody or every agency ("nobody lifted a
        finger", "let down by every agency") nor a thing ("it is negligent"). Only then does AL401 leave the
        sentence to AL402."""
        def named(t: Token) -> bool:
            if t.lower_ in People.INDEFINITE or _no_one(t) or t.lower_ in NEGATIVE_PEOPLE:
                return False
            if any(c.dep_ == "det" and c.lower_ in self._QUANTIFIED for c in t.children):
                return False
            return self.people.is_professional(t) or self._is_agency(t) or self._first_name(t)

        if any(named(t) or self._named_adult(t) for t in doc[s:e]):
            return True
        if kind == "trait":
            root = doc[s:e].root
            target = described_noun(root)
            if target is None:  # "they should be ashamed": the phrase's verb, or the copula of a predicate
                v = root if root.pos_ in ("VERB", "AUX") else root.head if root.dep_ in ("acomp", "attr") else None
                target = next(iter(subjects_of(v)), None) if v is not None else None
            if target is None:  # "the worker's arrogance": the owner of a trait noun
                target = self._trait_owner(root)
            if target is not None and target.lower_ in ("he", "she", "they") and self.params.resolve_pronouns:
                antes = self._antecedents(target)  # "the contact centre ... they should be ashamed"
                return bool(antes) and all(named(a) for a in antes)
            return target is not None and named(target)
        return False

    @staticmethod
    def _trait_owner(root: Token) -> Token | None:
        """Whose a trait noun is ("the worker's arrogance", "Mark's carelessness"), or None."""
        if root.pos_ != "NOUN":
            return None
        return next((c for c in root.children if c.dep_ == "poss"), None)

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        p = self.params
        for block, dom, section in ctx.audit.placed_blocks(actions=p.include_actions):
            if not block.text.strip():
                continue
            doc = ctx.doc(block)
            for s, e, kind, entry in self.block_findings(ctx, block):
                span = doc[s:e]
                a, b = span.start_char, span.end_char
                if entry is not None:
                    values = {k: v for k, v in entry.data.items() if isinstance(v, (str, int, float, bool))}
                    sugg = entry.data.get(p.suggestion_field) if p.suggestion_field else None
                    sev = entry.data.get(p.severity_field) if p.severity_field else None
                else:
                    values, sugg, sev = {}, p.verb_suggestion, p.verb_severity
                sugg = child_text(str(sugg), ctx.child) if sugg else None
                values.update(term=span.text, kind=kind, plain=sugg or "")
                yield Hit(block=block, start=a, end=b, domain=dom, values=values, suggestion=sugg,
                          severity=sev if sev in ("error", "warning", "info") else None, section=section)


# --------------------------------------------------------------------------
# AL403: emphatic punctuation and shouting capitals
# --------------------------------------------------------------------------
_ROMAN = re.compile(r"^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_PUNCT = re.compile(r"[!?]*![!?]*|\?{2,}")
# (the first capital as a class first, so a search skips to the capitals; the boundary before it read behind it)
_CAPS_RUN = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z'’]*[A-Z]\b(?:[\s,]+\b[A-Z][A-Z'’]*[A-Z]\b)*")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'’]*[A-Z]\b")


@register
class Emphatic(RuleType):
    """Fires on emphatic punctuation and shouting in the auditor's voice:
    exclamation marks ("!", "!!", "?!"), repeated question marks ("??") —
    a single "?" is a genuine or rhetorical question and does not fire — and
    words in capitals of ``min_caps`` or more letters that are not acronyms.

    Not shouting: acronyms in the ``acronyms`` lexicon parts (plural "s"
    allowed) or ``allow``; the audit's anonymised child reference (XXXX);
    words with no vowel (letters, not a word: "NSPCC"); Roman numerals; a
    word spelled out in brackets somewhere in the audit ("... Board (LSCB)");
    heading-like lines (a short line with no lower-case letters and no
    sentence punctuation); headings themselves; quoted speech.
    """

    name = "emphatic-punctuation"
    needs_nlp = False
    summary = "Exclamation marks, '??', and shouting capitals that are not acronyms."

    class Params(Params):
        acronyms: list[str] = Field(
            default_factory=lambda: ["acronyms:entries", "acronyms:allow"],
            description='Lexicon parts listing acronyms ("lexicon:key"); mapping entries use the acronym field.',
        )
        acronym_field: str = "acronym"
        allow: list[str] = Field(default_factory=list, description="More words in capitals that are not shouting.")
        min_caps: int = Field(default=4, ge=2, description="Fewest capital letters a shouted word has.")
        exclamation: bool = True
        repeated_question: bool = True
        shouting: bool = True
        heading_words: int = Field(default=10, ge=1, description="Longest all-capitals line treated as a heading.")
        skip_quoted: bool = True
        include_actions: bool = True

    def setup(self) -> None:
        p = self.params
        words = _refs(self.lexicons, p.acronyms, p.acronym_field) + list(p.allow)
        self.acronyms = {w.replace("’", "'") for w in words}
        self.acronyms_upper = {w.upper() for w in self.acronyms}

    def _defined(self, ctx: AuditContext) -> set[str]:
        key = "tone.defined_acronyms"
        if key not in ctx.cache:
            found: set[str] = set()
            for b in ctx.audit.blocks():
                found |= set(re.findall(r"\(([A-Z][A-Za-z&]{1,11})s?\)", b.text))
            ctx.cache[key] = found
        return ctx.cache[key]

    def _is_acronym(self, word: str, ctx: AuditContext) -> bool:
        w = word.replace("’", "'")
        for cand in (w, w[:-1] if w.endswith("S") else None, w[:-2] if w.endswith("'S") else None):
            if not cand:
                continue
            if cand in self.acronyms or cand in self.acronyms_upper:
                return True
        ref = (ctx.audit.child_ref or "").upper()
        if ref and w.upper() in (ref, ref + "'S", ref + "S"):
            return True
        letters = w.replace("'", "")
        if not re.search(r"[AEIOUY]", letters):
            return True
        if _ROMAN.match(letters):
            return True
        return w in self._defined(ctx) or (w.endswith("S") and w[:-1] in self._defined(ctx))

    @staticmethod
    def _heading_line(text: str, start: int, words_max: int) -> bool:
        a = text.rfind("\n", 0, start) + 1
        b = text.find("\n", start)
        line = text[a : len(text) if b < 0 else b].strip()
        if any(c.islower() for c in line):
            return False
        if re.search(r"[.!?]\s*$", line):
            return False
        return len(line.split()) <= words_max

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        p = self.params
        for block, dom, section in ctx.audit.placed_blocks(actions=p.include_actions):
            text = block.text
            if not text.strip():
                continue
            hits: list[tuple[int, int, str, str]] = []
            for m in _PUNCT.finditer(text):
                s = m.group()
                if "!" in s and p.exclamation or s.count("?") >= 2 and p.repeated_question:
                    hits.append((m.start(), m.end(), s, "punctuation"))
            if p.shouting:
                for run in _CAPS_RUN.finditer(text):
                    shouted = [w for w in _CAPS_WORD.finditer(run.group())
                               if sum(c.isalpha() for c in w.group()) >= p.min_caps and not self._is_acronym(w.group(), ctx)]
                    if not shouted:
                        continue
                    a = run.start() + shouted[0].start()
                    b = run.start() + shouted[-1].end()
                    if self._heading_line(text, a, p.heading_words):
                        continue
                    hits.append((a, b, text[a:b], "capitals"))
            for a, b, s, kind in sorted(hits):
                if p.skip_quoted and in_quotes(text, a, b):
                    continue
                yield Hit(block=block, start=a, end=b, domain=dom, values={"term": s, "kind": kind}, section=section)


# --------------------------------------------------------------------------
# AL205: mitigation
# --------------------------------------------------------------------------
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
        return sent.end - sent.start > 3 and " ".join(doc[i].lower_ for i in range(sent.start, sent.start + 3)) == "as a result"

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
        if self.params.nobody_covered and root.pos_ in ("VERB", "AUX") and not self._neg(root) and any(
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
        for t in sent:
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
                if found is None and self.params.progressive and self._staff_in(doc, sent) and self._progressive(
                        doc, sent, text):  # (its subject is a role, or a pronoun for one: :meth:`_staff_in`)
                    found = ("", "workload")
                if found is None and self.params.circumstances and not response and self._staff_in(doc, sent):
                    found = self._circumstance(doc, sent, text, before if self.params.follow_on else None)
                    if found:
                        found = (found[1], found[0])
                if found is None and self.params.circumstances and not response and not self._staff_in(doc, sent):
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


_ENOUGH = frozenset({"enough"})
_BEYOND = frozenset({"beyond"})
_WHAT = frozenset({"what"})


class Hyperbole(Params):
    """'The worst chronology I have ever seen': a superlative the auditor measures against their own
    experience."""

    superlatives: list[str] = Field(default_factory=lambda: ["worst"], description="Superlative words (as written).")
    frames: list[str] = Field(
        default_factory=lambda: ["see", "read", "come", "encounter", "know", "audit", "meet"],
        description="Verb lemmas of the clause that measures it against the writer's experience.",
    )
    severity: str = "warning"
    plain: str = "give the fact and the standard it misses; a comparison with your own experience is not evidence"
    negative_words: list[str] = Field(
        default_factory=list,
        description='Lexicon parts ("lexicon:key") of negative evaluative words: their superlative ("the weakest", '
        '"the most disorganised") measured against the writer\'s experience is hyperbole too.',
    )
    domains: list[str] = Field(
        default_factory=list,
        description="Nouns of a whole the superlative ranks the thing within ('the most disorganised file in the "
        "locality', 'the worst plan in the service'): a league table of the writer's making, not evidence.",
    )
    overstating: list[str] = Field(
        default_factory=list,
        description="Verbs of saying too much (overstate, exaggerate): negated or 'hard to', the writer says the "
        "words fall short ('it is hard to overstate how ...', 'I cannot overstate').",
    )
    breaking: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Verbs of physical destruction (lemma: the particles it needs, none for any) said of a person "
        "or a part of their life ('her world was shattered', 'the family was torn apart'): a metaphor of damage.",
    )
    life_parts: list[str] = Field(
        default_factory=list,
        description="What a life is made of (world, childhood, confidence): what a breaking verb must be said of.",
    )
    endless: list[str] = Field(
        default_factory=list,
        description="Nouns of a time without end (eternity, lifetime): said of a span of time ('six weeks is an "
        "eternity at seven', 'the wait felt like a lifetime'), a catastrophising measure, not the span itself.",
    )
    spans: list[str] = Field(
        default_factory=list,
        description="Nouns of a span of time (week, month, wait, gap, delay) that an 'endless' noun can be said of.",
    )


class Reactions(Params):
    """The writer's own feeling put in place of the finding: "I was left speechless", "it is sad to see that",
    "readers will be disappointed to learn"."""

    words: list[str] = Field(default_factory=list, description="Lemmas of reaction adjectives (sad, speechless).")
    readers: list[str] = Field(
        default_factory=list, description="Nouns for the audit's readers, whose projected reaction counts (reader)."
    )
    severity: str = "warning"
    plain: str = "leave out the reaction; state the finding, the standard it misses and what it meant for XXXX"
    feeling_verbs: list[str] = Field(
        default_factory=list,
        description="Reaction verbs that take what is felt about as their object ('I loved the booklet', "
        "'loved reading it'); the other reaction verbs with an object are actions ('we moved the review').",
    )
    nouns: list[str] = Field(
        default_factory=list,
        description="Reaction words only as a noun after 'it is a' ('it is a miracle she is still in school', "
        "'it is a wonder anything got done'); as a verb ('I wonder whether') they ask, not react.",
    )
    stirring: list[str] = Field(
        default_factory=list,
        description="Participles that say something stirs feeling (moving, touching): made emphatic by a degree "
        "word ('profoundly moving', 'one of the most moving things'), the writer's reaction in place of the "
        "finding; without one they may be plain motion ('XXXX is moving to her aunt's').",
    )
    stirring_degrees: list[str] = Field(
        default_factory=list, description="Degree words that make a stirring participle a reaction (deeply, most)."
    )


class Emphasis(Params):
    """Evaluation made emphatic by its shape rather than its word: the same adjective said twice ("a
    beautiful, beautiful piece of work", "poor, poor recording"), or an evaluating adjective in an exclaimed
    sentence ("XXXX is so lucky to have her!", "Visits late again!") or an exclamative "what a ..."."""

    degree_words: list[str] = Field(
        default_factory=lambda: ["so", "such", "really", "very", "truly", "just", "simply", "absolutely", "totally"],
        description="Degree adverbs that, in an exclaimed sentence, mark the adjective they modify as the feeling.",
    )
    pity_words: list[str] = Field(default_factory=list, description="Adjectives of pity before a person (poor).")
    pity_nouns: list[str] = Field(
        default_factory=list, description="Singular nouns for a child that 'poor' pities ('the poor lad', 'poor wee thing').")
    capitals: bool = Field(
        default=False,
        description="A word of the sentence's grammar written in capitals for emphasis ('was NEVER seen', 'did NOT "
        "visit'): an adverb, verb, adjective or function word, not a name or acronym (nouns), the child's "
        "reference, or a run of capitals (a heading, a form's label).",
    )
    severity: str = "warning"
    plain: str = "say once, plainly, what was good or poor and what it meant for XXXX; the evidence shows the degree"


@register
class Emotive(LexiconRule):
    """The lexicon type (``lexicon``) for emotive words, with two readings from the parse. An
    emotive word whose experiencer is a person ("frightening for XXXX", "terrifying to her") describes
    what that person went through, not the auditor's opinion, and is not judged (``experiencers``: the
    child's reference always counts, and any pronoun or person). ``hyperbole`` finds a superlative measured
    against the writer's own experience ("the worst chronology I have seen in twenty years")."""

    name = "emotive-lexicon"
    summary = "Emotive words in the auditor's voice, not the child's experience; hyperbole against the writer's experience."

    class Params(LexiconRule.Params):
        experiencer_prepositions: list[str] = Field(
            default_factory=lambda: ["for", "to"],
            description="Prepositions that name who felt it: 'frightening for XXXX'.",
        )
        experiencers: list[str] = Field(
            default_factory=list, description="Nouns (lemmas) for people who can feel it: the child, a parent, a carer."
        )
        hyperbole: Hyperbole | None = None
        clinical_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns (lemmas) of clinical measures: an intensified word describing one is a clinical "
            "grading ('grossly delayed speech', 'her language is severely delayed'), not the auditor's tone.",
        )
        negatives: list[str] = Field(
            default_factory=list,
            description="Negative quantifiers an intensifier makes emphatic ('absolutely no oversight', "
            "'utterly nothing was done').",
        )
        family_adverbs: list[str] = Field(
            default_factory=list,
            description="Sentence adverbs of sympathy that are not judged on a clause whose subject is the child "
            "or family ('Sadly, her grandmother died in June').",
        )
        use_field: str = Field(
            default="use",
            description="Entry field: 'predicate' for nouns with a plain literal sense ('mess', 'nightmare'), "
            "emotive only as a verdict ('the plan is a mess'), not as a thing ('dog mess', 'has nightmares').",
        )
        reactions: Reactions | None = None
        emphasis: Emphasis | None = None
        feeling_nouns: list[str] = Field(
            default_factory=list,
            description="Verdict nouns that also name a feeling (joy, delight): with 'for'/'to' + a person they say "
            "what that person feels ('contact is a joy for XXXX'), not the writer's praise.",
        )
        plain_praise: list[str] = Field(
            default_factory=list,
            description="Praise nouns that are ordinary unless intensified ('a credit to her carers' is plain; 'an "
            "absolute credit', 'such a credit' gush).",
        )
        measured: list[str] = Field(
            default_factory=list,
            description="Words of a state that an adverb of extent measures rather than intensifies "
            "('completely absent from her life', 'entirely missing'), unlike a verdict ('completely inadequate').",
        )
        defer_to_blame: bool = Field(
            default=False,
            description="Leave a sentence that AL402 (the blame rule) judges to it, when it runs too: an emotive "
            "word in a sentence that blames a person is part of that blame ('Frankly the social worker has been "
            "lazy'), one finding, not two.",
        )
        mistagged_after: list[str] = Field(
            default_factory=list,
            description="Words after which an adjective entry the tagger calls a noun is still the adjective "
            "('its heartbreaking', written for \"it's\"; 'so heartbreaking'; 'absolutely shambolic').",
        )

    def setup(self) -> None:
        super().setup()
        p = self.params
        self.clinical = {norm(x) for x in p.clinical_nouns}
        self.measured = {norm(x) for x in p.measured}
        self.negatives = {norm(x) for x in p.negatives}
        self.family_adverbs = {norm(x) for x in p.family_adverbs}
        self.exp_preps = {w.lower() for w in p.experiencer_prepositions}
        self.feeling_nouns = frozenset(norm(w) for w in p.feeling_nouns)
        self.plain_praise = frozenset(norm(w) for w in p.plain_praise)
        self.experiencers = LexiconMatcher([Entry(w) for w in p.experiencers]) if p.experiencers else None
        self._child = "xxxx"
        h = p.hyperbole
        self.negative_words = frozenset({norm(w) for ref in (h.negative_words if h else []) for w in _strings(
            lexicon_part(self.lexicons, ref, p.lexicon)) if " " not in w.strip()})
        r = p.reactions
        self.reaction_words = frozenset(norm(w) for w in r.words) if r else frozenset()
        self.readers = {norm(w) for w in r.readers} if r else set()
        self.feeling_verbs = {norm(w) for w in r.feeling_verbs} if r else set()
        self.reaction_nouns = frozenset(norm(w) for w in r.nouns) if r else frozenset()
        self.stirring = frozenset(w.lower() for w in r.stirring) if r else frozenset()
        self.stirring_degrees = frozenset(w.lower() for w in r.stirring_degrees) if r else frozenset()
        self.degree_words = {norm(w) for w in p.emphasis.degree_words} if p.emphasis else set()
        self.pity_words = frozenset(norm(w) for w in p.emphasis.pity_words) if p.emphasis else frozenset()
        self.pity_nouns = {norm(w) for w in p.emphasis.pity_nouns} if p.emphasis else set()
        # one-word adjective entries, for a verdict written as a sentence of its own ("Appalling.")
        self.bare_verdicts = {e.term.lower() for e in self.entries
                              if " " not in e.term and str(e.data.get(p.pos_field or "pos", "")) == "ADJ"}
        self.adjectives = {e.term.lower(): e for e in self.entries
                           if " " not in e.term and str(e.data.get(p.pos_field or "pos", "")) == "ADJ"}
        self.mistagged_after = frozenset(w.lower() for w in p.mistagged_after)
        data = lexicon_part(self.lexicons, p.lexicon)
        self.outcome_verdicts = frozenset(norm(w) for w in (data.get("outcome_verdicts") or [])) if isinstance(
            data, dict) else frozenset()
        self.maximal = frozenset(norm(w) for w in (data.get("maximal_degree") or [])) if isinstance(
            data, dict) else frozenset()
        self.plain_degree = frozenset(norm(w) for w in (data.get("plain_with_maximal") or [])) if isinstance(
            data, dict) else frozenset()
        self.plain_or_negative = self.plain_degree | self.negatives  # what a degree word of totality leaves plain
        self.breaking = {norm(k): [w.lower().split() for w in v or ()] for k, v in (h.breaking if h else {}).items()}
        self.life_parts = frozenset(norm(w) for w in h.life_parts) if h else frozenset()
        self.endless = frozenset(norm(w) for w in h.endless) if h else frozenset()
        self.spans = frozenset(norm(w) for w in h.spans) if h else frozenset()

    def _person(self, t: Token, child: str) -> bool:
        if t.lower_ == child or t.lower_ in PERSONAL_PRONOUNS - {"i", "we", "me", "us"} or t.ent_type_ == "PERSON":
            return True
        if t.pos_ == "PROPN" and t.text.isupper():
            return True
        return self.experiencers is not None and self.experiencers.matches_token(t)

    def _experienced(self, doc: Doc, m: Match, child: str) -> bool:
        """'frightening for XXXX', 'was terrifying to her': the word says what a person felt."""
        root = head_of(doc, m.start, m.end)
        if root.pos_ not in ("ADJ", "VERB") and not (root.pos_ == "NOUN" and norm(root.lemma_) in self.feeling_nouns):
            return False  # (a feeling noun too: "contact is a joy for XXXX", her joy, not the writer's praise)
        if self._outcome_verdict(root):
            return False  # "devastating for him", "a catastrophe for XXXX": the writer's verdict on the outcome
        feeler = root.head if root.dep_ == "acomp" else root
        # a thing as subject of an active perfect ("attendance has plummeted", "had nosedived") moved, it felt nothing
        active_perfect = root.dep_ != "acomp" and not any(c.dep_ == "auxpass" for c in root.children) and any(
            c.dep_ == "aux" and norm(c.lemma_) == "have" for c in root.children)
        if root.text.lower().endswith("ed") and (root.dep_ == "acomp" or root.tag_ == "VBN") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") and (
                    self._person(c, child) or m.end - m.start == 1 and c.pos_ in ("NOUN", "PROPN")
                    and not active_perfect and not token_forms(c) & self.readers)
                for c in feeler.children):
            return True  # "Mother was shocked to learn ...": her reaction, not the auditor's
        if root.dep_ in ("oprd", "ccomp", "acomp") and root.head.lemma_.lower() == "find" and any(
                c.dep_ == "nsubj" and c.lower_ not in ("i", "we") and self._person(c, child)
                for c in root.head.children):
            return True  # "XXXX finds contact upsetting" (not "I find it upsetting")
        kids = list(root.children)
        if root.dep_ in ("acomp", "attr", "oprd"):  # "was frightening for XXXX": the phrase hangs from the copula
            kids += [c for c in root.head.children if c.i > root.i]
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in self.exp_preps:
                for g in c.children:
                    if g.dep_ == "pobj" and (self._person(g, child) or any(self._person(x, child) for x in g.conjuncts)):
                        return True
        return False

    def _outcome_verdict(self, word: Token) -> bool:
        """A word that grades an outcome rather than names a feeling (emotive.yml ``outcome_verdicts``:
        devastating, catastrophic): "for XXXX" says whom the outcome fell on, not who felt it."""
        return bool(token_forms(word) & self.outcome_verdicts)

    def _hyperbole(self, doc: Doc) -> Iterator[tuple[int, int]]:
        h = self.params.hyperbole
        if h is None:
            return
        words = self.__dict__.get("_hyperbole_words")  # the settings' word sets, made once, not once per Doc
        if words is None or words[0] is not h:
            words = self._hyperbole_words = (
                h, {w.lower() for w in h.superlatives}, {w.lower() for w in h.frames}, {norm(w) for w in h.domains},
                frozenset(norm(w) for w in h.overstating))
        _h, sups, frames, domains, overstating = words
        yield from self._never_seen(doc, frames)
        yield from self._beyond_words(doc)
        yield from self._beyond_adjective(doc)
        yield from self._past_saying(doc, overstating)
        yield from self._broken_life(doc)
        yield from self._endless_span(doc)
        # only a superlative word, or a word of the negative lexicon (what _negative_superlative needs), can start one
        cands = set(doc_lower(doc).with_lower(sups))
        if self.negative_words:
            cands.update(_indices_with(doc, self.negative_words))
        lower = doc_lower(doc).lower
        for i in sorted(cands):
            if lower[i] not in sups and not self._negative_superlative(doc[i]):
                continue
            t = doc[i]
            noun = t.head if t.dep_ == "amod" else t
            for c in noun.children:
                if c.dep_ == "relcl" and c.lemma_.lower() in frames and any(
                    s.dep_ == "nsubj" and s.lower_ in ("i", "we") for s in c.children
                ):
                    end = max(x.i for x in c.subtree if x.i <= c.i + 3) + 1
                    yield t.i, max(end, c.i + 1)
                # "the most disorganised file in the locality", "the worst plan in the service": ranked within a whole
                if domains and noun.pos_ in ("NOUN", "PROPN") and noun.i > t.i:
                    for c in noun.children:
                        whole = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in (
                            "in", "across", "within") else []
                        if any(token_forms(g) & domains for g in whole):
                            yield t.i, max(x.i for x in c.subtree) + 1
                            break

    def _endless_span(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """A span of time called a time without end ("Six weeks is an eternity at seven years old", "the wait felt
        like a lifetime to her"): catastrophising, the writer's feeling about the delay in place of its measure.
        Only as what a span of time is or feels like (a predicate noun of 'be', or after 'like' with 'feel' or
        'seem'); not as a measure of its own ("a lifetime tenancy", "lifetime support needs")."""
        if not self.endless:
            return
        for t in tokens_with(doc, self.endless):  # (the tokens with the lemma, from the Doc's index: the same ones, in order)
            if norm(t.lemma_) not in self.endless or t.pos_ != "NOUN":
                continue
            v = t.head
            if t.dep_ == "pobj" and t.head.lower_ in ("like", "as") and t.head.head.pos_ in ("VERB", "AUX"):
                v = t.head.head  # "felt like an eternity"
            elif t.dep_ not in ("attr", "acomp", "oprd"):
                continue
            if v.pos_ not in ("VERB", "AUX") or norm(v.lemma_) not in ("be", "feel", "seem"):
                continue
            spans = [s for s in v.children if s.dep_ in ("nsubj", "nsubjpass") and (
                norm(s.lemma_) in self.spans)]
            if spans:
                yield min(s.left_edge.i for s in spans), t.i + 1

    def _broken_life(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """A verb of physical destruction said of a person or of a part of their life, in the writer's voice
        ("her world was shattered", "the family was torn apart", "her sleep fell apart", "self-esteem shredded",
        "quietly crushed by all of this"): a metaphor of damage, not a measure. Not of an object ("the window
        was shattered"), nor of a thing torn or crushed literally."""
        gate = self.__dict__.get("_breaking_gate")
        if gate is None:
            gate = self._breaking_gate = frozenset(self.breaking)
        for t in tokens_with(doc, gate):
            if t.pos_ != "VERB":
                continue
            lemma = norm(t.lemma_)
            if lemma not in self.breaking:
                continue
            particles = self.breaking[lemma]
            prt = [c for c in t.children if c.dep_ in ("prt", "advmod", "prep") and any(
                c.i >= len(w) - 1 and [x.lower_ for x in doc[c.i - len(w) + 1:c.i + 1]] == w for w in particles)]
            if particles and not prt:
                continue
            objs = [c for c in t.children if c.dep_ == "dobj"]
            if objs and any(c.dep_ == "nsubj" and (self._person(c, self._child) or c.ent_type_ in ("PERSON", "ORG"))
                            for c in t.children):
                continue  # "the ex-partner has wrecked this family": someone charged with the damage (AL402's)
            subs = objs or [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]  # what was broken
            subs = [t.head if s.lower_ in RELATIVE_PRONOUNS and t.dep_ == "relcl" else s for s in subs]
            if not subs and t.dep_ in ("conj", "xcomp", "acl", "relcl"):
                subs = [t.head]
            if not subs and t.dep_ == "csubj":  # "Being ripped away from his dad ...": whom the person was torn from
                subs = [g for c in t.subtree if c.dep_ == "prep" and (c.head.i == t.i or c.head in prt)
                        for g in c.children if g.dep_ == "pobj"]
            if not any(norm(s.lemma_) in self.life_parts or s.lower_ == self._child or s.lemma_.lower() in (
                    "she", "he", "they", "boy", "girl", "child", "baby", "mum", "dad") for s in subs):
                continue
            end = max([t.i, *(c.i for c in prt)]) + 1
            yield t.i, end

    @staticmethod
    def _beyond_words(doc: Doc) -> Iterator[tuple[int, int]]:
        """"I can't praise this enough", "we cannot stress enough": the writer says the words fall short."""
        for i in doc_lower(doc).with_lower(_ENOUGH):
            t = doc[i]
            if t.dep_ != "advmod" or t.head.pos_ != "VERB":
                continue
            v = t.head
            modal = any(c.dep_ == "aux" and c.lemma_.lower() == "can" for c in v.children)
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children)
            writer = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in v.children)
            if modal and negated and writer:
                yield min(c.i for c in v.children if c.dep_ in ("nsubj", "aux", "neg")), t.i + 1

    @staticmethod
    def _beyond_adjective(doc: Doc) -> Iterator[tuple[int, int]]:
        """"beyond disappointing", "beyond poor": a judgement said to exceed its own word (not "beyond
        doubt", "beyond the threshold", where "beyond" takes a noun)."""
        for i in doc_lower(doc).with_lower(_BEYOND):
            t = doc[i]
            adj = next((c for c in t.children if c.dep_ in ("pcomp", "pobj", "amod", "acomp") and c.pos_ == "ADJ"), None)
            if adj is not None and adj.i == t.i + 1:
                yield t.i, adj.i + 1

    @staticmethod
    def _past_saying(doc: Doc, verbs: set[str]) -> Iterator[tuple[int, int]]:
        """"it is hard to overstate how ...", "I cannot overstate", "it would be impossible to exaggerate": the
        writer says no words could say too much."""
        if not verbs:
            return
        for t in tokens_with(doc, verbs):  # a token whose lemma is one of them has it among its forms
            if t.pos_ != "VERB" or norm(t.lemma_) not in verbs:
                continue
            # "I cannot overstate", not "the IRO did not overstate the risk" (a plain account of what someone said)
            negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children) and any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we", "one", "you") for c in t.children) and any(
                c.dep_ == "aux" and norm(c.lemma_) in ("can", "could") for c in t.children)
            hard = t.dep_ == "xcomp" and norm(t.head.lemma_) in ("hard", "difficult", "impossible") or t.dep_ == "xcomp" \
                and any(c.dep_ == "acomp" and norm(c.lemma_) in ("hard", "difficult", "impossible") for c in t.head.children)
            if negated or hard:
                start = t.head.i if hard and t.head.i < t.i else min([c.i for c in t.children if c.i < t.i] + [t.i])
                yield start, t.i + 1

    def _negative_superlative(self, t: Token) -> bool:
        """"weakest", "most disorganised": a superlative of a negative evaluative word."""
        if not self.negative_words or t.pos_ != "ADJ":
            return False
        if t.tag_ == "JJS":
            return bool(token_forms(t) & self.negative_words)
        return any(c.lower_ == "most" for c in t.children) and bool(token_forms(t) & self.negative_words)

    _COMPARING = frozenset("such so less fewer worse thinner poorer weaker".split())
    _SELDOM = frozenset("never rarely seldom".split())  # "I have rarely read a worse assessment"

    def _never_seen(self, doc: Doc, frames: set[str]) -> Iterator[tuple[int, int]]:
        """"I have never read a plan with less in it", "we have never seen such drift": the writer's
        experience as the measure, with a comparison in the object (not "I have never met Father")."""
        for i in doc_lower(doc).with_lower(self._SELDOM):
            t = doc[i]
            if t.head.lemma_.lower() not in frames:
                continue
            v = t.head
            if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in v.children):
                continue
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            # the comparison may hang from the object or, as the parser often has it, from the verb after it
            said = [*obj.subtree, *(x for c in v.children if c.dep_ == "prep" and c.i > obj.i for x in c.subtree)]
            if any(x.lower_ in self._COMPARING or x.tag_ in ("JJR", "RBR") for x in said):
                yield t.i, max(x.i for x in said) + 1

    _PERCEIVE = frozenset("see read learn hear find note discover say".split())
    _LEAVE = frozenset("leave feel be remain find".split())

    def _reactions(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """The writer's feeling in place of the finding (``reactions``): a reaction word whose holder is the
        writer ("I was left speechless", "we are saddened"), the audit's readers ("managers will be
        disappointed to read"), or nobody ("it is extraordinary that ...", "is very sad to see that ..."),
        not a person in the case ("Mother was sad to leave")."""
        if not self.reaction_words:
            return
        yield from self._marvelled(doc)
        yield from self._stirred(doc)
        for t in tokens_with(doc, self.reaction_words):
            if t.pos_ == "NOUN" and t.dep_ == "attr":
                v = t.head  # "it is a shame that nobody ...", "it is a pity that ..."
                if any(c.lower_ == "it" or c.dep_ == "expl" for c in v.children if c.dep_ in SUBJ or c.dep_ == "expl") \
                        and self._complement(t, v) and not self._family_news(t, v):
                    yield t.i, t.i + 1
                continue
            if t.pos_ not in ("ADJ", "VERB"):
                continue
            if t.dep_ == "amod":
                continue  # "an extraordinary effort by the carer" describes, it does not react
            v = t.head if t.dep_ in ("acomp", "oprd", "xcomp") or t.dep_ == "ccomp" and t.head.lemma_ == "find" else t
            subs = [c for c in v.children if c.dep_ in SUBJ or c.dep_ == "expl"]
            if t.dep_ in ("oprd", "ccomp") and v.i != t.i and v.lemma_.lower() not in self._LEAVE:
                continue
            if not subs and v.dep_ == "conj" and v.head.i != v.i:
                # "Mother works nights and is often too tired to attend": the conjuncts share the subject
                subs = [c for c in v.head.children if c.dep_ in SUBJ or c.dep_ == "expl"]
            feeling_verb = t.pos_ == "VERB" and bool(token_forms(t) & self.feeling_verbs)
            if t.pos_ == "VERB" and not feeling_verb and any(c.dep_ == "dobj" for c in t.children) \
                    and not any(c.dep_ == "nsubjpass" for c in t.children):
                continue  # "we moved the review": an action with an object, not a feeling
            if not subs and feeling_verb and t.tag_ in ("VBD", "VBN", "VBP") and self._opens_sentence(t):
                yield t.i, t.i + 1  # "Loved the booklet she made": note style drops the writer as subject
                continue
            if not subs:
                # "Is very sad to see that ...": the writer's, when the feeling takes a complement
                if self._complement(t, v):
                    yield t.i, t.i + 1
                continue
            s = subs[0]
            if self._family_news(t, v):
                continue  # "I was sad to hear that XXXX's grandmother died": sympathy, not a verdict
            if s.lower_ in ("i", "we", "one") or token_forms(s) & self.readers:
                yield t.i, t.i + 1
            elif (s.dep_ == "expl" or s.lower_ == "it") and self._complement(t, v):
                yield t.i, t.i + 1  # "it is, to put it mildly, extraordinary that nobody ..."
            elif s.dep_ == "csubj" and t.dep_ == "acomp" and not t.lower_.endswith("ed"):
                yield t.i, t.i + 1  # "What this boy has survived is unimaginable": the writer's reaction to it
            elif any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in v.children) and any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in self._PERCEIVE for c in t.children):
                yield t.i, t.i + 1  # "members of the leadership team will be disappointed to read that ..."

    def _stirred(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """A participle of stirred feeling made emphatic ("Her devotion to her brother is profoundly moving", "one
        of the most moving things I have read"): the writer's reaction in place of the finding. Only with a degree
        word on it and no object or direction ("is moving to her aunt's", "the plan is not moving", "touching
        the hob" are motion and contact), nor with any other adverb ("the plan is now really moving quickly")."""
        if not self.stirring:
            return
        for t in doc:
            if t.lower_ not in self.stirring or t.pos_ not in ("ADJ", "VERB"):
                continue
            if not any(c.dep_ == "advmod" and c.lower_ in self.stirring_degrees for c in t.children):
                continue
            if any(c.dep_ in ("dobj", "prep", "prt", "nsubjpass", "advcl", "npadvmod") or c.dep_ == "advmod" and
                   c.lower_ not in self.stirring_degrees for c in t.children):
                continue  # a verb's adverb of manner, time or direction ("really moving quickly", "moving on",
                # "now really moving"): motion; the adjective of feeling takes only a degree word
            if self._negated(t):
                continue
            yield min(c.i for c in t.children if c.dep_ == "advmod" and c.lower_ in self.stirring_degrees), t.i + 1

    def _marvelled(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """"it is a miracle she is still in school", "it is a wonder anything got done": the writer's astonishment
        as a noun after an empty "it", with what astonished as its complement (not "I wonder whether ...")."""
        for t in tokens_with(doc, self.reaction_nouns):
            if t.pos_ != "NOUN" or t.dep_ != "attr" or token_forms(t) & self.reaction_words:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                continue  # "it is no wonder the plan drifted", "small wonder": a conclusion, not astonishment
            v = t.head
            if any(c.lower_ == "it" or c.dep_ == "expl" for c in v.children if c.dep_ in SUBJ or c.dep_ == "expl") \
                    and not self._negated(v) and (self._complement(t, v) or any(
                        c.dep_ == "relcl" and c.i > t.i and not any(g.tag_ in ("WDT", "WP", "WP$") for g in c.children)
                        for c in t.children)) and not self._family_news(t, v):
                yield t.i, t.i + 1  # the parser may read "a wonder anything got done" as a relative clause

    @staticmethod
    def _opens_sentence(t: Token) -> bool:
        """Nothing but punctuation or adverbs before the word in its sentence ("Honestly, loved ...")."""
        return all(x.is_punct or x.pos_ in ("ADV", "INTJ", "SPACE") for x in t.doc[t.sent.start : t.i])

    def _emphasis(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """Emphasis by shape (``emphasis``): a repeated adjective, or evaluation in an exclamation."""
        if self.params.emphasis is None:
            return
        yield from self._repeated(doc)
        if self.params.emphasis.capitals:
            yield from self._capitals(doc)
        for t in tokens_with(doc, self.pity_words):
            if t.dep_ == "amod" and self._pitied(t.head):
                yield t.i, t.head.i + 1  # "Poor XXXX has been let down": pity, not evidence
        # what each sentence is looked at for, found once in the Doc: a sentence with none of it is passed over
        # (:meth:`.analysis._DocLower.with_lower`, read from the side of the Doc's words: the list is long)
        if self.bare_verdicts:
            low = doc_lower(doc)
            lower, where = low.lower, low.where
            verdicts = sorted(i for w in where.keys() & self.bare_verdicts for i in where[w] if lower[i] == w)
        else:
            verdicts = []
        whats = doc_lower(doc).with_lower(_WHAT)
        bang = "!" in doc.text  # no "!" in the Doc: no sentence is exclaimed
        for sent in doc.sents:
            lo, hi = sent.start, sent.end
            if verdicts and bisect_left(verdicts, lo) < bisect_left(verdicts, hi):
                words = [t for t in sent if not t.is_punct and not t.is_space]
                if len(words) == 1 and words[0].lower_ in self.bare_verdicts:
                    yield words[0].i, words[0].i + 1  # "Appalling." on its own: the tagger takes it for a name
            if bang and self._exclaimed(sent):
                for t in sent:
                    if self._exclaimed_evaluation(t) or self._exclaimed_superlative(t):
                        yield t.i, t.i + 1
            for i in whats[bisect_left(whats, lo) : bisect_left(whats, hi)]:
                t = doc[i]
                # "What an amazing piece of work": an exclamative noun phrase, not a question
                if t.dep_ in ("det", "predet") and t.head.pos_ == "NOUN" and any(
                        c.pos_ == "ADJ" and c.dep_ == "amod" for c in t.head.children) and not any(
                        x.text == "?" for x in sent):
                    yield t.i, t.head.i + 1

    # closed-class words only (never, not, must, all, no): an acronym is a name, and names are open-class
    _SHOUTABLE = frozenset({"ADV", "AUX", "PART", "DET", "PRON", "ADP", "SCONJ", "CCONJ"})

    def _capitals(self, doc: Doc) -> Iterator[tuple[int, int]]:
        """A grammatical word in capitals among lower-case words ("XXXX was NEVER seen alone", "did NOT
        visit"): emphasis by shouting. Nouns and names are left alone (acronyms: CIN, IRO, XXXX), and so is
        a run of capitals (a heading or a label)."""
        for t in doc:
            text = t.text
            if len(text) < 2 or not text.isalpha() or not text.isupper() or t.pos_ not in self._SHOUTABLE:
                continue
            if t.lower_ == self._child:
                continue
            around = [doc[i] for i in (t.i - 1, t.i + 1) if 0 <= i < len(doc) and doc[i].text.isalpha()]
            if not around or any(x.text.isupper() and len(x.text) > 1 for x in around):
                continue  # "DO NOT", a heading in capitals
            if not any(x.text.islower() for x in around):
                continue
            yield t.i, t.i + 1

    def _pitied(self, noun: Token) -> bool:
        """A person pitied by "poor": the child's reference, a named person, or a singular word for a child."""
        if noun.lower_ == self._child or noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN" and noun.text.isupper():
            return True
        return noun.tag_ == "NN" and bool(token_forms(noun) & self.pity_nouns)

    @staticmethod
    def _repeated(doc: Doc) -> Iterator[tuple[int, int]]:
        """The same adjective twice in a row, with at most a comma between ("brilliant, brilliant work")."""
        for t in doc:
            if t.pos_ != "ADJ" or t.like_num or t.i + 1 >= len(doc):
                continue
            nxt = doc[t.i + 1]
            if nxt.text == "," and t.i + 2 < len(doc):
                nxt = doc[t.i + 2]
            if nxt.lower_ == t.lower_ and nxt.pos_ in ("ADJ", "ADV"):
                yield t.i, nxt.i + 1

    @staticmethod
    def _exclaimed(sent: Span) -> bool:
        """The sentence ends in an exclamation mark that is the writer's, not inside a quotation."""
        marks = [t for t in sent if t.text.startswith("!")]
        return bool(marks) and sent[-1].text.startswith("!") and not in_quotes(sent.doc.text, marks[-1].idx, marks[-1].idx + 1)

    def _exclaimed_evaluation(self, t: Token) -> bool:
        """An adjective that carries the exclamation: a predicate ("is so lucky!"), the head of a verbless
        fragment ("Brilliant work!"), or one a degree word makes emphatic."""
        if t.pos_ != "ADJ" or t.like_num:
            return False
        if any(c.dep_ == "advmod" and norm(c.lemma_) in self.degree_words for c in t.children):
            return True
        if t.dep_ in ("acomp", "oprd", "ROOT"):
            return True
        doc = t.doc
        if t.i > 0 and doc[t.i - 1].text in (",", "-", "–", "—") and all(x.is_punct for x in doc[t.i + 1 : t.sent.end]):
            return True  # "There's loads of direct work on here, brilliant!!!": a verdict tacked on the end
        return t.dep_ == "amod" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") and t.i < t.head.i

    @staticmethod
    def _exclaimed_superlative(t: Token) -> bool:
        """A superlative in an exclaimed sentence ("This is the best direct work I have ever seen!!!"): the
        degree is the writer's enthusiasm; "the most recent review" or "the last visit" only place it."""
        return t.tag_ == "JJS" and t.pos_ == "ADJ" and t.lower_ not in ("most", "least", "last", "latest", "earliest")

    def _family_news(self, t: Token, v: Token) -> bool:
        """The feeling is about something that happened to the family: its complement's subject is the
        child or a family member and nothing in it is negated."""
        for c in [*t.children, *v.children]:
            if c.dep_ not in ("ccomp", "xcomp") or c.i < t.i:
                continue
            clauses = [c, *(g for g in c.children if g.dep_ == "ccomp")]
            for cl in clauses:
                subs = [g for g in cl.children if g.dep_ in SUBJ]
                if subs and all(self._person(g, self._child) and g.lower_ not in ("nobody", "no one") for g in subs) \
                        and not any(g.dep_ == "neg" for g in cl.children) and not self._service_failing(cl):
                    return True
        return False

    @staticmethod
    def _service_failing(cl: Token) -> bool:
        """The news is something the child was made to go through or went without ("that XXXX has had to tell
        her story seven times and still has no therapy"): a failing of the service, not the family's event."""
        for x in cl.subtree:
            if x.dep_ == "neg" or x.dep_ == "det" and x.lower_ == "no" or x.lower_ == "never":
                return True
            if x.dep_ == "advmod" and x.lower_ == "still" and x.head.i == cl.i:
                return True  # "that XXXX is still living in squalor": a state the service has let go on
            if norm(x.lemma_) == "have" and any(c.dep_ == "xcomp" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in x.children):
                return True  # "has had to tell"
        return False

    @staticmethod
    def _complement(t: Token, v: Token) -> bool:
        """The feeling takes what was found as its complement ("that nobody asked", "to see that ...")."""
        return any(c.dep_ in ("ccomp", "xcomp") for c in [*t.children, *v.children] if c.i > t.i)

    _ENDURE = frozenset("experience suffer endure witness survive face have".split())

    def _lived(self, doc: Doc, m: Match, child: str) -> bool:
        """What happened to the child or family, not the auditor's opinion of the practice: a
        ``family_adverbs`` sentence adverb on a clause with a family subject ("Sadly, her grandmother
        died in June"; not "Heartbreakingly, XXXX asked ..."), or a word
        describing what a person went through ("XXXX has been through a frightening few months")."""
        root = head_of(doc, m.start, m.end)
        if root.pos_ == "ADV":
            if not token_forms(root) & self.family_adverbs:
                return False
            v = root.head
            if v.pos_ in ("NOUN", "PROPN") and v.dep_ in ("nsubj", "nsubjpass") and root.i < v.i:
                # "Sadly XXXX's grandmother, her main carer, died": the parser hangs the adverb from the subject
                subs = [v] if v.dep_ == "nsubj" or v.lower_ != child else []
                v = v.head
                return bool(subs) and not self._negated(v) and all(self._person(s_, child) for s_ in subs)
            # "Sadly, her grandmother died"; passive only for the family, not the child ("XXXX was moved")
            subs = [c for c in v.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and c.lower_ != child]
            return bool(subs) and not self._negated(v) and all(
                s.pos_ != "PRON" and self._person(s, child) for s in subs)
        noun = described_noun(root)
        if noun is None:
            return False
        if noun.dep_ == "pobj" and noun.head.lower_ == "through":
            v = noun.head.head
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in self._ENDURE:
            v = noun.head
        else:
            return False
        return any(c.dep_ == "nsubj" and self._person(c, child) for c in v.children)

    @staticmethod
    def _negated(v: Token) -> bool:
        return any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children)

    def _excused(self, doc: Doc, m: Match) -> bool:
        if m.entry.data.get(self.params.use_field) == "predicate" and not self._verdict(head_of(doc, m.start, m.end)):
            return True  # "dog mess on the floor", "XXXX was having nightmares": the thing itself
        root = head_of(doc, m.start, m.end)
        if self.plain_praise and not self._intensified_praise(doc, m):
            return True  # "XXXX's progress is a credit to her foster carers": ordinary praise
        if self._named(root) or self._reported(root) or self._literal_verb(root, m):
            return True
        if self.clinical and m.end - m.start == 1 and root.pos_ == "ADJ" and self._clinical(root):
            return True  # "her prognosis is bleak": a clinical outlook, graded by the clinician
        if self._stressed_description(doc, m):
            return False
        return super()._excused(doc, m) and not (self._its_for_it_is(root) or self._owned_idiom(doc, m)) or self._experienced(
            doc, m, self._child) or (self._lived(doc, m, self._child) and not self._stressed_ordeal(doc, m))

    def _intensified_praise(self, doc: Doc, m: Match) -> bool:
        """Whether a plain praise noun in the match (``plain_praise``: credit) is intensified: an adjective on it
        ("an absolute credit", "a real credit"), a degree word on it or its copula ("such a credit", "is really
        a credit"), or a second verdict noun coordinated with it ("a credit to himself and an inspiration"). True
        for a match with no plain praise noun in it."""
        nouns = [t for t in doc[m.start : m.end] if t.pos_ == "NOUN" and norm(t.lemma_) in self.plain_praise]
        if not nouns:
            return True
        for n in nouns:
            kids = [*n.children, *(n.head.children if n.dep_ in ("attr", "appos") else ())]
            if any(c.dep_ == "amod" and c.i < n.i or c.dep_ in ("advmod", "predet", "amod") and norm(c.lemma_) in
                   self.degree_words for c in kids):
                return True
            if any(c.dep_ == "conj" and c.pos_ == "NOUN" and any(g.dep_ == "det" for g in c.children)
                   for c in n.children):
                return True  # praise stacked on praise: "a credit to himself and an inspiration to the whole team"
        return False

    _DICTATED = re.compile(r"\bquote\b(.*?)\bunquote\b", re.I | re.S)

    @classmethod
    def _dictated_quote(cls, text: str, at: int) -> bool:
        """Speech dictated as "quote ... unquote" (no quotation marks): someone else's words, as if quoted."""
        return any(m.start(1) <= at < m.end(1) for m in cls._DICTATED.finditer(text)) if "unquote" in text.lower() \
            else False

    @staticmethod
    def _owned_idiom(doc: Doc, m: Match) -> bool:
        """"beyond anyone's wildest hopes", "on its knees": a possessive inside a set phrase belongs to the idiom,
        so the phrase is not a literal thing someone has."""
        return m.end - m.start > 1 and any(c.dep_ == "poss" and c.i < m.end for c in head_of(doc, m.start, m.end).children)

    @staticmethod
    def _its_for_it_is(noun: Token) -> bool:
        """"its just a catastrophe": "its" written for "it's" (a noun cannot take both "its" and an article), so
        the noun is the writer's predicate, not something possessed."""
        return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)

    def _stressed_ordeal(self, doc: Doc, m: Match) -> bool:
        """What the child went through, stressed by a degree adverb ("XXXX has been through an absolutely horrendous
        year"): as with a stressed description, the stress is the writer's feeling ("a frightening few months" is hers)."""
        root = head_of(doc, m.start, m.end)
        return m.end - m.start == 1 and root.pos_ == "ADJ" and any(
            c.dep_ == "advmod" and c.lower_ in self._STRESSING for c in root.children)

    _STRESSING = frozenset("absolutely utterly truly totally completely simply".split())

    def _stressed_description(self, doc: Doc, m: Match) -> bool:
        """A word describing an event or experience ("XXXX's experience in that flat was absolutely horrific"),
        stressed by a degree adverb: the stress is the writer's feeling, not the description of the event."""
        root = head_of(doc, m.start, m.end)
        if m.end - m.start != 1 or root.pos_ != "ADJ" or not self.describing:
            return False
        if not any(c.dep_ == "advmod" and c.lower_ in self._STRESSING for c in root.children):
            return False
        noun = described_noun(root)
        return noun is not None and bool(token_forms(noun) & self.describing)

    # verbs that carry someone's account or description; the words in their complement are that person's
    _REPORTING = frozenset("say tell describe report call refer label characterise characterize complain claim "
                           "allege state disclose explain feel believe think express recount recall mention admit "
                           "write consider regard view".split())
    _WRITER = frozenset({"i", "we", "one", "you", "me", "us"})
    _REPORT_PATH = frozenset({"amod", "acomp", "attr", "oprd", "pobj", "prep", "ccomp", "xcomp", "conj", "advmod",
                              "npadvmod", "appos"})

    def _reported(self, t: Token) -> bool:
        """The word is in someone else's account, not in quotation marks: the complement of a reporting verb
        whose subject is not the writer ("the police described the home as appalling", "Mother said the flat
        was a nightmare", "the case was described at conference as a disaster"). The writer's own
        ("I think the plan is appalling", "can only be described as a shambles") is still judged."""
        a = t
        for _ in range(6):
            if a.head.i == a.i or a.dep_ not in self._REPORT_PATH and not (
                    a.dep_ == "advcl" and any(c.lower_ == "as" for c in a.children)):  # "describes him as scary"
                return False
            a = a.head
            if a.pos_ in ("VERB", "AUX") and norm(a.lemma_) in self._REPORTING:
                return self._someone_elses(a) and not self._clause_apart(t, a)
        return False

    @staticmethod
    def _clause_apart(t: Token, v: Token) -> bool:
        """A semicolon between the word and the reporting verb after it ("... has been devastating for him; his
        carer says ..."): the parser joined two sentences, and the word is not in the report."""
        return t.i < v.i and any(x.text == ";" for x in t.doc[t.i: v.i])

    def _someone_elses(self, v: Token) -> bool:
        """The account of a reporting verb is someone else's: an active subject or passive agent who is
        not the writer, or a past passive with no agent ("was described at conference as")."""
        agents = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return not any(g.lower_ in self._WRITER for g in agents)
        if any(c.dep_ == "auxpass" for c in v.children):
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
            return not modal and any(c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBN") for c in v.children)
        subs = [c for c in v.children if c.dep_ == "nsubj"]
        return bool(subs) and not any(s.lower_ in self._WRITER or s.dep_ == "expl" or s.lower_ == "it"
                                      or writer_in_third_person(s) for s in subs)


    def _literal_verb(self, t: Token, m: Match) -> bool:
        """An adjective entry matched on a verb with an object is the verb in its plain sense ("has been
        disturbing her sleep"), not a verdict; a feeling put on the writer ("it appalled me") still counts."""
        pos = str(m.entry.data.get(self.params.pos_field or "pos") or "").upper()
        return pos == "ADJ" and t.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ not in self._WRITER for c in t.children)

    @staticmethod
    def _named(t: Token) -> bool:
        """The word is part of a name ("the Star Project", "Wonderful Wednesdays group"): a title-case
        proper noun inside a run of proper nouns, not opening its sentence."""
        if not t.is_title or t.is_sent_start or t.pos_ not in ("PROPN", "ADJ", "NOUN"):
            return False
        if t.dep_ == "compound" and (t.head.pos_ == "PROPN" or t.head.is_title):
            return True  # "Wonderful Wednesdays", tagged an adjective inside the name
        return t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)

    _VERDICT_HEADS = frozenset("be seem look remain become make call describe".split())
    _LEFT_IN = frozenset("leave get find keep".split())
    _VERDICT_ADJ = frozenset("complete total absolute utter real right sheer proper unholy".split())

    def _verdict(self, noun: Token) -> bool:
        """A noun used as a verdict: a predicate ("the plan is a mess", "made a mess of"), a fragment or
        apposition ("Chronology - a mess"), "in a mess", or intensified ("a complete mess")."""
        if any(c.dep_ == "amod" and c.lower_ in self._VERDICT_ADJ for c in noun.children):
            return True
        if any(c.dep_ == "compound" for c in noun.children):
            return False  # "dog mess", "a brain insult": a kind of thing
        if noun.dep_ == "appos" and (noun.head.dep_ == "appos" or any(c.dep_ == "appos" for c in noun.children)):
            return False  # "same house, same mess, same dad": an item in a list of things, not a verdict on one
        if noun.dep_ in ("attr", "oprd", "appos", "ROOT", "dep") and not noun.tag_.endswith("S"):
            return noun.dep_ in ("appos", "ROOT", "dep") or norm(noun.head.lemma_) in self._VERDICT_HEADS
        if noun.dep_ == "dobj" and norm(noun.head.lemma_) == "make":
            return True
        # "the file is in a mess", "left in a mess" (not "involved in a car crash")
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and not noun.tag_.endswith("S") and any(
            c.dep_ == "det" and c.lower_ == "a" for c in noun.children) and (
            norm(noun.head.head.lemma_) in self._VERDICT_HEADS | self._LEFT_IN)

    def _clinical(self, word: Token) -> bool:
        """The word grades a clinical measure ("grossly delayed speech age"): the
        noun it describes, or that noun's compound ("speech age"), is clinical."""
        noun = described_noun(word)
        if noun is None and word.pos_ in ("VERB", "ADJ"):  # "her speech is grossly delayed" (passive)
            noun = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None:
            return False
        return any(token_forms(n) & self.clinical for n in [noun, *(c for c in noun.children if c.dep_ == "compound")])

    # after the verb these say how much, not how the writer feels ("missing the paternal family entirely")
    _COMPLETELY = frozenset("entirely completely totally wholly fully thoroughly altogether".split())

    _GOOD_LESS = frozenset("seamless flawless faultless tireless timeless spotless selfless fearless unless "
                           "regardless nevertheless doubtless countless harmless painless".split())

    def _intensified(self, doc: Doc) -> Iterator[tuple[int, int, str, str]]:
        """The generic intensified words, less clinical gradings; plus an intensifier on a
        negative quantifier ("absolutely no management oversight")."""
        found = set()
        for s, e, intens, word in super()._intensified(doc):
            if self.clinical and self._clinical(doc[e - 1]):
                continue
            if token_forms(doc[s]) & self._COMPLETELY and token_forms(doc[e - 1]) & self.measured:
                continue  # "completely absent from her life": how much, not how the writer feels
            found.add(s)
            yield s, e, intens, word
        if self.intensifiers is not None:
            for im in self.intensifiers.find(doc):
                head = doc[im.start].head
                # "utterly meaningless", "completely pointless": an adjective of lack, not a listed word
                if im.start not in found and doc[im.start].pos_ == "ADV" and head.pos_ == "ADJ" and head.i > im.start \
                        and head.lower_.endswith("less") and head.lower_ not in self._GOOD_LESS:
                    yield im.start, head.i + 1, doc[im.start:im.end].text, head.text
        if self.intensifiers is not None and self.targets is not None:
            targets = {i for tm in self.targets.find(doc) for i in range(tm.start, tm.end)}
            for im in self.intensifiers.find(doc):
                t = doc[im.start]
                v = t.head
                # "failed miserably", "let her down badly": the adverb after the verb it intensifies
                if im.start not in found and t.pos_ == "ADV" and t.dep_ == "advmod" and v.pos_ == "VERB" \
                        and v.i < t.i and v.i in targets and norm(t.lemma_) not in self._COMPLETELY:
                    found.add(im.start)
                    yield v.i, im.end, doc[im.start:im.end].text, v.text
        if self.maximal:
            yield from self._maximal_degree(doc, found)
        if self.negatives and self.intensifiers is not None:
            for im in self.intensifiers.find(doc):
                nxt = doc[im.end] if im.end < len(doc) else None
                if nxt is not None and doc[im.start].pos_ == "ADV" and token_forms(nxt) & self.negatives:
                    yield im.start, im.end + 1, doc[im.start:im.end].text, nxt.text

    _MAXIMAL_HEADS = {"advmod": ("ADJ", "VERB"), "amod": ("NOUN",)}

    def _maximal_degree(self, doc: Doc, found: set[int]) -> Iterator[tuple[int, int, str, str]]:
        """A degree word of totality (emotive.yml maximal_degree: "absolutely", "utterly", "truly", "an absolute",
        "an utter") on any quality, state or thing in the writer's voice ("utterly stuck", "truly phenomenal",
        "absolutely blossoming", "an absolute labyrinth"): the writer's feeling, not a measure. Not on words of
        certainty or necessity (plain_with_maximal: "absolutely clear", "absolutely essential that ..."), on a
        negative ("absolutely nothing", judged above), nor on a clinical grading."""
        for t in tokens_with(doc, self.maximal):
            head = t.head
            allowed = self._MAXIMAL_HEADS.get(t.dep_)
            if t.dep_ == "advmod" and head.pos_ == "ADV" and (head.dep_ in ("oprd", "acomp") or head.dep_ == "advmod" and (
                    head.i > head.head.i and t.i > 0 and doc[t.i - 1].text == ",")):
                allowed = ("ADV",)  # a state said of a person: "left utterly alone", "..., utterly alone."
            if t.i in found or not allowed or head.pos_ not in allowed or head.i < t.i or head.i - t.i > 3:
                continue
            if head.pos_ == "VERB" and head.tag_ not in ("VBG", "VBN"):
                continue  # "absolutely needs", "truly reflects": a claim, not a description
            if token_forms(head) & self.plain_or_negative or any(
                    c.dep_ in ("ccomp", "xcomp") for c in head.children):
                continue
            if self.clinical and self._clinical(head):
                continue
            found.add(t.i)
            yield t.i, head.i + 1, t.text, head.text

    def _mistagged(self, ctx: AuditContext, block, dom, section, doc: Doc) -> Iterator[Hit]:
        """An adjective entry the tagger took for a noun or a name after a word only an adjective follows
        there ("its heartbreaking", with "its" for "it's"; "so heartbreaking"; "absolutely shambolic"): the
        lexicon's part of speech is met by the word, not by the tag."""
        if not self.mistagged_after:
            return
        words = self.__dict__.get("_adjective_words")  # the entries' words as one set, made once, not once per Doc
        if words is None or words[0] is not self.adjectives:
            words = self._adjective_words = (self.adjectives, frozenset(self.adjectives))
        for t in tokens_with(doc, words[1]):
            if t.pos_ not in ("NOUN", "PROPN") or t.i == 0 or doc[t.i - 1].lower_ not in self.mistagged_after:
                continue
            if any(c.dep_ == "det" for c in t.children) or self._named(t) or self._reported(t):
                continue
            entry = self.adjectives.get(t.lower_)
            if entry is None:
                continue
            a, b = t.idx, t.idx + len(t)
            if self.params.skip_quoted and in_quotes(block.text, a, b):
                continue
            yield self._hit(ctx, block, dom, section, a, b, t.text, entry)

    def _blamed_sentences(self, ctx: AuditContext) -> dict[int, list[tuple[int, int]]]:
        """(block id) -> the character ranges of its sentences that AL402 judges, when it runs with this rule."""
        if not self.params.defer_to_blame:
            return {}
        blamer = next((r for r in ctx.rules if isinstance(r, Blame)), None)  # AL402, where it runs with this rule
        if blamer is None:
            return {}
        from ..engine import suppressed

        if suppressed(ctx.audit.disabled, blamer.spec.code):
            return {}
        out: dict[int, list[tuple[int, int]]] = {}
        for block, _dom, _section in ctx.audit.placed_blocks(actions=blamer.params.include_actions):
            if not block.text.strip() or suppressed(block.disabled, blamer.spec.code):
                continue
            found = blamer.block_findings(ctx, block)
            if found:
                doc = ctx.doc(block)
                sents = {doc[s].sent.start for s, e, k, _x in found if blamer.names_target(doc, s, e, k)}
                out[id(block)] = [(x.start_char, x.end_char) for x in doc.sents if x.start in sents]
                out[id(block)] += self._blame_spans(doc, found)
        return out

    @staticmethod
    def _blame_spans(doc: Doc, found: list) -> list[tuple[int, int]]:
        """The character ranges of the blame AL402 reports itself ("she is choosing him over her daughter which
        is frankly disgusting"): an emotive word inside one is part of that blame, whoever it names."""
        return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e, _k, _x in found if e > s]

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        self._child = (ctx.audit.child_ref or "XXXX").lower()
        p = self.params
        taken: dict[int, list[tuple[int, int]]] = {}
        blamed = self._blamed_sentences(ctx)

        def deferred(hit: Hit) -> bool:
            return any(a <= hit.start < b for a, b in blamed.get(id(hit.block), ()))

        def lexicon_hits() -> Iterator[Hit]:
            yield from super(Emotive, self).check(ctx)
            if self.mistagged_after:
                for block, dom, section in ctx.audit.placed_blocks(actions=p.include_actions):
                    if block.text.strip():
                        yield from self._mistagged(ctx, block, dom, section, ctx.doc(block))

        for hit in lexicon_hits():
            if p.skip_quoted and in_quotes(hit.block.text, hit.start, hit.end):
                continue  # 'horrible' in straight single quotes: someone else's word
            if p.skip_quoted and self._dictated_quote(hit.block.text, hit.start):
                continue
            if any(hit.start < y and x < hit.end for x, y in taken.get(id(hit.block), ())):
                continue
            taken.setdefault(id(hit.block), []).append((hit.start, hit.end))
            if not deferred(hit):
                yield hit
        finders = [(p.hyperbole, self._hyperbole), (p.reactions, self._reactions), (p.emphasis, self._emphasis)]
        for block, dom, section in ctx.audit.placed_blocks(actions=p.include_actions):
            if not block.text.strip() or not any(cfg is not None for cfg, _ in finders):
                continue
            doc = ctx.doc(block)
            seen = taken.get(id(block), [])
            for cfg, find in finders:
                if cfg is None:
                    continue
                for s_, e_ in find(doc):
                    span = doc[s_:e_]
                    a, b = span.start_char, span.end_char
                    if p.skip_quoted and in_quotes(block.text, a, b) or any(a < y and x < b for x, y in seen):
                        continue
                    if p.skip_quoted and self._dictated_quote(block.text, a):
                        continue
                    seen.append((a, b))
                    if any(x <= a < y for x, y in blamed.get(id(block), ())):
                        continue
                    plain = child_text(cfg.plain, ctx.child)
                    values = {"term": span.text, "entry": span.text, "plain": plain, "severity": cfg.severity}
                    yield Hit(block=block, start=a, end=b, domain=dom, values=values, suggestion=plain,
                              severity=cfg.severity, section=section)


__all__ = ["Blame", "Emotive", "Emphatic", "Mitigation", "People", "clause_head", "own_tokens", "subjects_of"]
