"""The closed-class grammar the sentence classifier reads with the parse: dependency labels,
modals, pronouns, copulas and other English function words (not audit vocabulary: that is in
the lexicon), ordinals and dates; and what is read of a token or a Doc once and kept in the
parse's ``user_data`` (:func:`_per_token`, :func:`doc_text`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

# Closed-class grammar the classifier reads with the parse. These are English
# function words, not audit vocabulary; the vocabulary is in the lexicon.
_SUBJ = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_MODALS = {"may", "might", "could", "would", "will", "can", "shall", "must"}
_HYPOTHETICAL_MODALS = {"could", "would", "might"}
_OBLIGATION_MODALS = {"should", "must", "ought"}
_ANYONE = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody"}
_NEG_DET = {"no", "nobody", "nothing", "none", "neither", "nor", "never", "noone"}
_COPULAS = {"be", "remain", "seem", "appear", "become", "look", "feel", "prove", "stay", "sound", "get", "grow"}
_REASON_MARKS = {"because", "as", "since", "given", "cos"}
_PRONOUNS_M = {"he", "him", "his", "himself"}
_PRONOUNS_F = {"she", "her", "hers", "herself"}
_PRONOUNS_P = {"they", "them", "their", "theirs", "themselves"}
_THIRD_PERSON = frozenset({"he", "she", "they"})  # the subject forms of the three sets above
_VERDICT_NOUNS = {"weakness", "strength", "gap", "concern", "shortfall", "flaw", "failing", "omission", "issue", "problem", "credit"}
# adjectives that say how sure a fact is, not how good the work is ("it is clear that", "it is likely that")
_FACT_ADJECTIVES = {"clear", "true", "obvious", "noticeable", "certain", "probable", "improbable", "impossible", "doubtful"}
_WH_CLAUSE = {"what", "why", "how", "whether", "if", "who", "where", "when"}
_CAUSATIVES = {"make", "render"}
# verbs with little meaning of their own: with a piece of work as object the work is the event ("was not doing the
# supervision", "has not had a visit", "did not make the referral": a step of the work not done)
# verbs of reading and seeing: as the complement of a feeling ("devastating to read") they are nobody's work
_PERCEIVING = {"read", "see", "hear", "look", "watch", "find", "learn", "notice"}
_QUANTIFIERS = {"much", "many", "few", "little"}
_LIGHT_VERBS = {"have", "do", "make", "get", "take", "hold", "carry"}
# verbs of beginning, ending and keeping on: with a verb as complement they say that what someone does has changed
_ASPECTUAL = {"begin", "start", "stop", "cease", "quit", "resume", "keep"}
# where a word of change ("now", "still", "since") says the clause is a change for the child
_CHANGE_DEPS = frozenset(("advmod", "npadvmod", "prep", "mark", "advcl", "acomp", "prt", "amod", "dobj", "pobj"))
# nouns of effect: "the outcome for XXXX is that ..." says what the effect is
_EFFECT_NOUNS = {"outcome", "result", "effect", "impact", "difference", "consequence", "change"}
# an ordinal after the first: "the fourth review", "its nineteenth month", "the 3rd core group"
_ORDINAL_RE = re.compile(r"^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth"
                         r"|(?!1st$)\d+(?:st|nd|rd|th))$")
_VERB_KEYS = "auditlint.analysis.verb_keys"
# what the parse says of a clause's head, read once per token (kept in doc.user_data)
_MEMO_IS_PASSIVE, _MEMO_NEGATED, _MEMO_MODAL = "auditlint.analysis.passive", "auditlint.analysis.negated", "auditlint.analysis.modal"
_TEXT_KEY = "auditlint.analysis.text"
_PROCESS_REPORTED_DEPS = frozenset(_SUBJ + ("ROOT", "attr", "nsubjpass", "appos"))  # (:meth:`_Sentence.process`)
_MEMO_SUBJECTS = "auditlint.analysis.subjects"
_MEMO_VERB_LEMMA = "auditlint.analysis.verb_lemma"
_T = TypeVar("_T")


_NEEDS_UNMET = frozenset("neglect overlook ignore miss disregard".split())
_CLINICAL_DELAY = frozenset("developmental global speech language motor cognitive learning".split())


def _clinical_delay(t: Token) -> bool:
    """"global developmental delay", "speech delay": a diagnosis of the child, not drift in the plan."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _CLINICAL_DELAY for c in t.children)


def _per_token(v: Token, key: Hashable, read: Callable[[Token], _T]) -> _T:
    """``read(v)``, worked out once per token and kept in the parse's ``user_data`` under ``key``."""
    memo = v.doc.user_data.get(key)
    if memo is None:
        memo = v.doc.user_data[key] = {}
    got = memo.get(v.i)
    if got is None:
        got = memo[v.i] = read(v)
    return got


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins the tokens on every access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


# A date or a month: whole month names or their abbreviations only ("decision", "separate", "marked" are not
# months), and "May" only with its capital (the modal "may" is not a date).
_DATE_RE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b"
    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b\.?|\b(?-i:May)\b"
    r"|\b(?:19|20)\d\d\b|\bday \d+\b",
    re.I,
)
