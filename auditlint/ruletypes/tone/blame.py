"""AL402: blame aimed at a person rather than accountability for practice
(the :class:`Blame` rule type, G-3.1c), with the negative forms its verb
phrases are widened by ("did not bother": "never bothered", "nobody could be
bothered", "couldnae be bothered")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import Field

from ...text import in_quotes
from .. import register
from ..analysis.cues import doc_lower
from ..base import AuditContext, Hit, Params, RuleType
from ..lexicon import (
    Entry,
    LexiconMatcher,
    Match,
    child_text,
    described_noun,
    entries_from,
    head_of,
    lexicon_part,
    norm,
    token_forms,
)
from .clauses import RELATIVE_PRONOUNS, SHOULD_AUX, SUBJ, clause_head, own_tokens, subjects_of
from .people import NEGATIVE_PEOPLE, People, _no_one
from .word_lists import _refs, _strings, tokens_with

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


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


def _has_question_mark(doc: Doc) -> bool:
    """The Doc has a "?" token: a question shape (a sentence closing on "?") can stand in it."""
    return "?" in doc_lower(doc).where


def _markers_in(doc: Doc, markers: list[tuple[str, list[str]]]) -> list[str]:
    """The marker phrases (each with its words) that stand in the Doc: a phrase is looked for in the Doc's joined
    words only when each of its words is in the Doc's index (most Docs have none of them)."""
    dl = doc_lower(doc)
    found = [r for r, words in markers if all(w in dl.where for w in words)]
    if found:
        whole = f" {' '.join(dl.lower)} "
        found = [r for r in found if f" {r} " in whole]
    return found


def _by_first_word(phrases: list[list[str]]) -> tuple[list[list[str]], dict[str, list[list[str]]], frozenset[str]]:
    """Phrases (lists of lower-cased words) with their groups by first word, in order, and the first words: what
    :meth:`Blame._marker_spans` looks for, built once when the rule is set up."""
    firsts: dict[str, list[list[str]]] = {}
    for words in phrases:
        firsts.setdefault(words[0] if words else "", []).append(words)
    return phrases, firsts, frozenset(firsts)


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


_SURELY = frozenset({"surely"})

_BLAME_CACHE = "tone.blame"


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
        self._sneer_words = [(r, r.split()) for r in self.sneers]  # (each marker with its words: _sneered)
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
        self._repeat_words = [(r, r.split()) for r in self.repeat]  # (each marker with its words: _exasperated)
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
        self._insinuating_groups = _by_first_word(self.insinuating)  # (what _marker_spans reads)
        self._habit_groups = _by_first_word(self.habit_markers)
        self._motive_groups = _by_first_word(self.motive_guesses)
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
        if not surely_at and not _has_question_mark(doc):
            return  # neither a question nor "surely" in the Doc: nothing below can hold
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
        markers = _markers_in(doc, self._repeat_words)
        # outside a repeated failing only a "that"-clause verb or "manage" can hold a shape below: the Doc's such
        # tokens are listed in one pass, and a sentence with no marker (most) visits only its own of them
        # (a "that"-clause shape needs a verdict word, "what" or "how" in the Doc: without one only "manage" is listed)
        if tokens_with(doc, self._CLAUSE_CUES):
            loose = [v for v in doc if v.dep_ == "ccomp" or v.lemma_.lower() == "manage"]
        else:
            loose = tokens_with(doc, self._MANAGE)  # (a token whose lemma is "manage" has it among its forms)
        if not markers and not tokens_with(doc, self._AGAIN):
            runs: list = [(False, loose)]  # no sentence can repeat a failing (most Docs): one run of them
        else:
            loose_at = [v.i for v in loose]
            runs = []
            for sent in doc.sents:
                if markers:
                    text = " ".join(low[sent.start : sent.end])
                    repeated = any(f" {r} " in f" {text} " for r in markers)
                else:
                    repeated = False
                repeated = repeated or self._again_tag(sent)
                runs.append((True, sent) if repeated else (
                    False, loose[bisect_left(loose_at, sent.start) : bisect_left(loose_at, sent.end)]))
        for repeated, verbs in runs:
            for v in verbs:
                if v.pos_ not in ("VERB", "AUX") or v.dep_ in ("aux", "auxpass"):
                    continue
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
    _CLAUSE_CUES = _VERDICTS | {"what", "how"}  # (:meth:`_verdict_on`, :meth:`_wondering`, "how could ... have")

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
        if t.dep_ == "appos" and self._relative_or_child(t.head) or any(
                c.dep_ == "appos" and self._relative_or_child(c) for c in t.children):
            return None
        return t

    def _first_name(self, t: Token) -> bool:
        """A worker named by a first name the gazetteer or the parse knows as a person's (not any title-case
        word: "the Care and Support Plan")."""
        return (t.text in self.forenames or t.ent_type_ == "PERSON") and self._named_worker(t) is not None

    def _relative_or_child(self, t: Token) -> bool:
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
        markers = _markers_in(doc, self._sneer_words)
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
        if not _has_question_mark(doc):
            return  # (the cheap test first: no question in the Doc)
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

    @staticmethod
    def _marker_spans(doc: Doc, groups: tuple[list[list[str]], dict[str, list[list[str]]], frozenset[str]]
                      ) -> list[tuple[int, int]]:
        """Where the marker phrases (lower-cased words, grouped by :func:`_by_first_word`) stand in the Doc; "as
        per" only with nothing after it but "usual" or punctuation ("as per usual", "..., as per" but not "as per
        the plan")."""
        low = doc_lower(doc).lower
        out = []
        # only tokens with a phrase's first word (read from the Doc's index of forms, a lemma too: the phrase's
        # words are checked below) are tried
        phrases, firsts, first_words = groups
        starts = range(len(doc)) if "" in firsts else [t.i for t in tokens_with(doc, first_words)]
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
        for (s, e), bad_faith in [(x, True) for x in self._marker_spans(doc, self._insinuating_groups)] + [
                (x, False) for x in self._marker_spans(doc, self._habit_groups)]:
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
        # a label needs "so-called" ("so" "-" "called") or a quotation mark before it: where "so-called" starts is
        # read once for the Doc, from its tokens with "so" or "so-called"
        so_called_at = [t.i for t in tokens_with(doc, self._SO_CALLED) if _so_called_at(doc, t.i) is not None]
        if not so_called_at and not any(q in doc_lower(doc).where for q in self._QUOTES):
            return
        for t in doc:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN"):
                continue
            so_called = any(t.left_edge.i <= k < t.i - 1 for k in so_called_at)
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
        for t in tokens_with(doc, self.ironic_praise):  # (the tokens with the lemma, from the Doc's index, in order)
            if t.pos_ != "NOUN" or norm(t.lemma_) not in self.ironic_praise or t.dep_ not in ("attr", "appos", "ROOT"):
                continue
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "in") and any(  # nothing said or done, not a clause's
                        x.lower_ == "nothing" and x.dep_ in ("dobj", "pobj") for x in c.subtree):  # subject
                    if not self._reported(t.head):
                        yield t.left_edge.i, c.right_edge.i + 1, "verb", None
                    break

    _BLESSED = frozenset({"him", "her", "them", "'em", "em"})
    _BLESS = frozenset({"bless"})

    def _blessed_tally(self, doc: Doc) -> Iterator[tuple[int, int, str, Entry | None]]:
        """Mock fondness over a poor tally: "The police officer, bless him, managed to attend one meeting out of
        five", "the social worker, bless her, managed two visits": a "bless him/her" aside on a professional or a
        service, then what they "managed" - sarcasm at the person. Not sympathy over a pressure ("the worker was
        stuck in court, bless her, so ..."), which has no "managed"; not of a family member or the child."""
        for t in tokens_with(doc, self._BLESS):  # (the tokens with the word, from the Doc's index, in order)
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
        for t in tokens_with(doc, self.ranking_words):  # (the tokens with the lemma, from the Doc's index, in order)
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
        for t in tokens_with(doc, self.guessed_adverbs):  # (the tokens with the word, from the Doc's index, in order)
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
        if not self.question_emphasis or not _has_question_mark(doc):
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
        if not _has_question_mark(doc):
            return  # (the cheap test first: no question in the Doc)
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
        for s, e in self._marker_spans(doc, self._motive_groups):
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
            if any(self._is_child(x) or self._lay_person(x) for x in holders):
                continue  # a family member keeping their own things
            yield v.i, t.i + 1, "verb", None

    def _lay_person(self, t: Token) -> bool:
        """A person (:meth:`People.is_person`) who is not the child and whom :meth:`_accountable` would not hold
        to account even as a service (no professional, service or worker named by first name): a relative or a
        pronoun, say. Wider than :meth:`_relative_or_child`, which takes only a noun of ``people`` (or the child)."""
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
            if any(self._is_child(x) or self._lay_person(x) for x in subjects_of(v, passive_agent=True)):
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


__all__ = ["Blame"]
