"""The child's voice (AL206, G-3.3) and things a domain must mention (AL207, G-4).

``child-voice`` looks for the child's own wishes, feelings or views anywhere
in the audit, read with the parse rather than by word alone: the child as
the subject of a verb of saying or wanting ("XXXX said", "she told her
teacher", "he wants to stay"), the child's views or words ("XXXX's views
are quoted", "in her own words"), the output of direct work ("the three
houses", "Mind of My Own"); or a reason they could not be obtained ("too
young", "non-verbal", "XXXX did not want to speak to me"). Negation counts
against: "XXXX's views are not recorded" and "XXXX was not spoken to" are
not the child's voice; so do hypothetical and unanswered frames ("the worker
should seek XXXX's wishes", "it is unclear what XXXX thinks", "she was asked
to tell it again", "without knowing how she feels"). A view noun or a tool
counts only with what the child said in the sentence ("her wish is to stay",
a quotation, a colon): "XXXX's views were sought" and "the three houses
sheets are on file" report that views were asked for, not what they are. In
the practitioner discussion a pronoun is the practitioner, not the child.
Actions are not evidence (they are what is still to be done). Nor are a
parent's or carer's account ("Mum said XXXX wants to come home"), what
another person wants of the child ("they want XXXX to feel she is theirs"),
placing outside direct work ("she has put on weight") or a reason said of
someone else ("stays up with mum when she is unwell"); nor anyone else's
account or opinion of what the child wants or feels ("PA says XXXX wants to
go to uni", "her worker's view is that ..."), nor the writer's description
("a happy child who loves music", "he hides when he feels unsafe"). Saying that
the child talked or called, or "in her own words" after a record, gives no view
without what was said ("she talks more freely at school", "the notes record
what XXXX said in his own words"). Notes count too: a line with no subject
after a line about the child ("- wants a goldfish"), the child named before
their quoted words ('XXXX: "I worry ..."'); and reasons about the child read
from the parse: too upset to speak, an age in weeks or months, whereabouts
unknown, views not obtained "given her age".

Who is speaking is read from the clause, not only from the pronoun resolver: a
pronoun cannot be the child when the child is named later in the clause it
governs ("[the carer] She said XXXX phones her most weeks"); the child's quoted
words inside another person's report are that person's ('Mum said ... that XXXX
"comes home calmer now"'); and a "said" whose speaker stands just before it
("she was grizzly and mother said ...") is that speaker's even when the parser
joins it to the child's clause. A quotation that only names a tool or thing
('a "worry monster"', 'a "day in my life" drawing') is not words said, and a
verb of saying whose only content is an embedded question ("she can say what
worries her", "told the worker what she wanted") says that, not what.

``mention-required`` is generic: a domain (or the audit) must mention one of
a set of terms. AL207 uses it for direct-work tools in domain 4, where
saying that none was used also counts.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import Field

from ..text import in_quotes
from . import register
from .analysis.classifier import SentenceClassifier, _State
from .analysis.cues import CueSet, Cues, doc_lower, merge_cues
from .analysis.syntax import _NEG_DET, _REASON_MARKS, doc_text
from .base import AuditContext, Hit, Params, RuleType, section_hit
from .evidence import _number

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from ..model import TextBlock


_SHOWING = frozenset({"show", "depict", "say", "include", "reveal", "express", "tell", "describe", "indicate"})
_QUOTED = re.compile(r'["“][^"“”]{2,}["”]')
_ATTRIBUTED = re.compile(r'\s*[:\-–]?\s*["“][^"“”]*\w\s+\w[^"“”]*["”]')  # 'XXXX: "I worry ..."'


def _spoken_quote(sent: Span) -> bool:
    """A quotation in ``sent`` that gives someone's words, not a name in quotation marks: 'a "worry monster"',
    'the "three wishes" worksheet', 'gathered through a "day in my life" drawing' name a tool or a thing (a
    determiner or possessive just before the opening mark, or a noun just after the closing one that the quoted
    words modify, and no verb inside), and say nothing of what the child said."""
    doc = sent.doc
    by_char = {t.idx: t for t in sent}
    for m in _QUOTED.finditer(sent.text):
        opening = by_char.get(sent.start_char + m.start())
        closing = by_char.get(sent.start_char + m.end() - 1)
        if opening is None or closing is None:
            return True  # the marks are not tokens of their own: read the quotation as words
        before = doc[opening.i - 1] if opening.i > sent.start else None
        after = doc[closing.i + 1] if closing.i + 1 < sent.end else None
        if any(x.pos_ in ("VERB", "AUX") for x in doc[opening.i + 1:closing.i]):
            return True  # a clause is words said ('her "head goes fuzzy"'), not a name
        if before is not None and before.tag_ in ("DT", "PRP$") and before.lower_ not in ("that", "this"):
            continue  # 'a "worry monster"', 'her "all about me" book'
        if after is not None and after.pos_ in ("NOUN", "PROPN") and any(
                x.head.i == after.i for x in doc[opening.i + 1:closing.i]):
            continue  # 'a "day in my life" drawing', '"three wishes" worksheet'
        return True
    return False


def _narrative_blocks(ctx: AuditContext) -> list[tuple[int | None, list[TextBlock]]]:
    """Each section's narrative paragraphs (domains, then the other sections)."""
    a = ctx.audit
    out: list[tuple[int | None, list[TextBlock]]] = [(d.number, list(d.paragraphs)) for d in a.domains]
    for s in (a.practitioner, a.family, *a.extras):
        if s is not None:
            out.append((None, list(s.paragraphs)))
    return out


@register
class ChildVoice(RuleType):
    """Fires once when the audit nowhere records the child's wishes, feelings
    or views, nor why they could not be obtained. ``voice_verbs``: verbs
    whose subject, when it is the child, gives their view; ``voice_nouns``:
    nouns that, when they are the child's, are their view; ``not_voice``:
    lexicon cues that do not by themselves record the child's view (being
    seen alone is not being heard)."""

    name = "child-voice"

    class Params(Params):
        lexicon: str = Field(default="analysis-cues")
        roles_lexicon: str | None = Field(default="roles")
        voice_verbs: list[str] = Field(default_factory=list, description="Verbs of saying, wanting and feeling.")
        voice_nouns: list[str] = Field(default_factory=list, description="Nouns for a view: views, wishes, words ...")
        decline_verbs: list[str] = Field(
            default_factory=list, description="Verbs that, said of the child, explain a missing view: decline, refuse."
        )
        reasons: list[str] = Field(default_factory=list, description="Extra reasons a view could not be obtained.")
        not_voice: list[str] = Field(default_factory=list, description="Lexicon cues that are not the child's voice.")
        cues: dict[str, list[str]] = Field(default_factory=dict, description="Extra classifier cues (child terms, people).")
        request_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of asking for a view (ask, seek, invite): a view asked for is not a view given "
            "('XXXX was asked to say', 'the worker sought XXXX's wishes').",
        )
        unknown_words: list[str] = Field(
            default_factory=list,
            description="Words framing a view as not known (unclear, unknown): 'it is unclear what XXXX wants'.",
        )
        placing_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of placing (put, place, pick) that give a view only in direct work with a named tool "
            "('in her three houses she put school in the good house'), not 'she put on weight', 'puts his sister to bed'.",
        )
        attitude_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of the child's inner state (want, like, feel) that another person can report or appraise: "
            "'the teacher says XXXX wants to stay', 'a happy child who loves music' are not the child's own view.",
        )
        account_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs by which another person gives their own account or opinion (say, feel, think, report): "
            "with the child's attitude verb under them, the account is theirs ('PA says XXXX wants to go to uni').",
        )
        account_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns for a person's own view (view, opinion, belief): 'mother's view is that XXXX wants ...'.",
        )
        gesture_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of non-verbal communication (sign, point, gesture) that give a view with what they "
            "conveyed: a quotation ('signed \"sad\"') or what was pointed at or to.",
        )
        cause_preps: list[str] = Field(
            default_factory=list,
            description="Words that give a cause ('given her age', 'because of his illness'): with the child's own "
            "noun, in a sentence saying the child's views were not obtained, a reason about the child.",
        )
        whereabouts_nouns: list[str] = Field(
            default_factory=list,
            description="Nouns for where the child is (whereabouts): not known, they explain a missing view.",
        )
        bare_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that say the child communicated, not what (talk, call): they count only with what was "
            "said ('talked about missing her dad', 'calls it \"my home\"'), not 'she talks more freely at school', "
            "'he was happy to talk', 'the adult XXXX calls if dad has been drinking'.",
        )
        infant_age_max_months: int = Field(
            default=0, description="A child said to be this many months old or younger (or an age in weeks or days) "
            "is too young to give a view; 0 turns this off.",
        )

    def setup(self) -> None:
        p = self.params
        data = merge_cues(self.lexicons, p.lexicon, p.cues, p.roles_lexicon, ())
        self.cues = Cues(data)
        self.clf = SentenceClassifier(self.cues)
        skip = {x.lower() for x in p.not_voice}
        voice = [x for x in data.get("child_voice", []) if x.lower() not in skip]
        # single words of the lexicon ("views", "told") need the parse to say they are the child's;
        # phrases ("in her own words", "XXXX said", "three houses") are specific enough on their own
        self.voice_phrases = CueSet([x for x in voice if " " in x.strip() or "-" in x], "child_voice")
        self.voice_words = CueSet([x for x in voice if " " not in x.strip() and "-" not in x] + p.voice_nouns, "voice_nouns")
        self.voice_verbs = CueSet(p.voice_verbs, "voice_verbs")
        self.decline = CueSet(p.decline_verbs, "decline_verbs")
        reasons = [x for x in list(data.get("child_voice_reason", [])) + p.reasons if x.lower() not in skip]
        self.reason_phrases = CueSet([x for x in reasons if " " in x.strip() or "-" in x], "reasons")
        self.reason_words = CueSet([x for x in reasons if " " not in x.strip() and "-" not in x], "reason_words")
        self.not_voice = CueSet(p.not_voice, "not_voice")
        self.request = {w.lower() for w in p.request_verbs}
        self.unknown = {w.lower() for w in p.unknown_words}
        self.placing = {w.lower() for w in p.placing_verbs}
        self.tools = CueSet(list(data.get("direct_work_tools", [])), "direct_work_tools")
        self.attitude = {w.lower() for w in p.attitude_verbs}
        self.account = {w.lower() for w in p.account_verbs}
        self.account_nouns = {w.lower() for w in p.account_nouns}
        self.gesture = {w.lower() for w in p.gesture_verbs}
        self.cause_preps = {w.lower() for w in p.cause_preps}
        self.whereabouts = {w.lower() for w in p.whereabouts_nouns}
        self.bare = {w.lower() for w in p.bare_verbs}

    def _negated(self, tok: Token) -> bool:
        h = tok
        for _ in range(6):
            if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("aux", "auxpass"):
                return SentenceClassifier.negated(h)
            if any(d.dep_ == "det" and d.lower_ in ("no",) for d in h.children):
                return True
            if h.head == h:
                return False
            h = h.head
        return False

    # -- frames in which a view is asked for, supposed or not known, not given
    MODALS = frozenset({"should", "could", "might", "may", "must", "ought", "need"})
    WH = frozenset({"what", "how", "whether", "why", "if"})
    WHEN = frozenset({"when", "whenever", "once", "until", "while"})
    ASKED = frozenset({"what", "how", "why", "whether", "who", "which", "where"})  # an embedded question

    def _wh_clause(self, v: Token) -> bool:
        """``v`` heads an embedded question ("what she wants", "how she feels",
        "whether XXXX wishes to ..."): a view asked about, not stated."""
        if v.dep_ in ("ROOT", "relcl"):
            return False  # "XXXX, who told me ...": a relative clause states
        return any(c.lower_ in self.WH and (c.tag_ in ("WP", "WRB", "WDT") or c.dep_ == "mark") for c in v.children
                   if c.i < v.i) or any(
            c.dep_ == "dobj" and any(g.lower_ in self.WH and g.tag_ in ("WDT", "WP") for g in c.children)
            for c in v.children)

    # -- class E (session 21): a view inside an embedded question or free relative whose wh-word is not the
    # view verb's own child
    def _in_embedded_question(self, v: Token) -> bool:
        """``v`` is in an embedded question or free relative that names a view without giving it: the clause
        opens with a wh-word moved out of a clause below it ("it lists what XXXX said he wanted to talk
        about": "what" is the object of "talk"), or ``v`` is the infinitive or gerund of a verb heading such a
        question ("nothing about why he stopped wanting to go to school"). Only through xcomp, the same
        clause's subject: a clause with its own subject under the question is not read. Not when the sentence
        then gives the answer: a colon or dash after it, or a quotation ("read out what XXXX had asked her to
        say: that he wants ...")."""
        if v.dep_ in ("ROOT", "relcl"):
            return False
        sent = v.sent
        if _spoken_quote(sent) or any(x.text == ":" or self._dash(x) for x in sent if x.i > v.i):
            return False
        if self._pseudo_cleft_answered(v):
            return False  # "What XXXX said he wanted most was to have his own room": the copula gives it
        first = v.left_edge
        if first.i < v.i and first.lower_ in self.ASKED and first.lower_ != "how" \
                and first.tag_ in ("WP", "WRB", "WDT") and first.head.i != v.i and v.is_ancestor(first):
            # "what XXXX said he wanted ...": the wh-word belongs to a verb below "said". Not "how", which
            # may be a degree or manner that asserts the view ("given how much he dislikes new people",
            # "showing how she likes to be moved")
            return not self._reason_given(v)
        h = v
        for _ in range(3):
            if h.dep_ != "xcomp" or h.head.i == h.i:
                return False
            h = h.head
            if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("ROOT", "relcl") and self._wh_clause(h):
                # "why he stopped wanting to go": the want is inside the question "why he stopped"
                return not self._reason_given(h)
        return False

    @staticmethod
    def _pseudo_cleft_answered(v: Token) -> bool:
        """``v`` is in the clausal subject of "be" that has its own complement: a pseudo-cleft, whose copula
        gives what the free relative names ("What XXXX says she would like is more time with her sister",
        "What XXXX told his worker he hoped for was a fresh start"). Not a passive ("What XXXX said he wanted
        was discussed in supervision": csubjpass, nothing given)."""
        h = v
        for _ in range(5):
            if h.dep_ == "csubj" and h.head.lemma_.lower() == "be" and h.left_edge.lower_ not in ("whether", "if") \
                    and any(
                    c.dep_ in ("attr", "xcomp", "acomp", "oprd", "prep", "ccomp") and c.i > h.i
                    for c in h.head.children):
                return True
            if h.head.i == h.i:
                return False
            h = h.head
        return False

    def _reason_given(self, q: Token) -> bool:
        """The question's verb ``q`` or the verb that governs it has a clause of reason ("explained why he had
        stopped wanting to go, as he was being bullied", "told me why ..., because he forgets to pick her up"):
        the sentence gives the answer, as a colon or dash after the question does."""
        for h in (q, q.head):
            for c in h.children:
                if c.dep_ == "advcl" and c.i > q.i and any(
                        m.dep_ == "mark" and m.lower_ in _REASON_MARKS for m in c.children):
                    return True
        return False

    def _frame(self, h: Token) -> bool:
        """One word of the path up from a view: negated, hypothetical, a request
        or a statement that it is not known."""
        if h.pos_ in ("VERB", "AUX") and SentenceClassifier.negated(h):
            return True
        low = h.lemma_.lower()
        if low in self.unknown or h.lower_ in self.unknown:
            return True
        for c in h.children:
            if c.dep_ == "aux" and c.lower_ in self.MODALS:
                return True
            if c.dep_ == "advmod" and c.lower_ == "otherwise":
                return True  # "which would otherwise have been the fourth time she was asked"
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return True
            if c.dep_ == "acomp" and c.lemma_.lower() in self.unknown:
                return True  # "it is unclear what ...", "it is not known how ..."
        return False

    def _unstated(self, tok: Token) -> bool:
        """A view (verb or noun) inside a frame that does not give it: asked for
        ("XXXX was asked to tell", "seek XXXX's views"), hypothetical ("the
        worker should ask"), negated above it ("has not found out what she
        wants", "no note records what XXXX thinks", "without knowing how she
        feels") or not known ("it is unclear what XXXX thinks")."""
        if tok.pos_ in ("VERB", "AUX") and self._wh_clause(tok):
            return True
        if tok.pos_ in ("VERB", "AUX") and self._in_embedded_question(tok):
            return True  # class E (session 21)
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in self.MODALS for c in tok.children):
            return True  # "XXXX may want to ...": supposed, not said
        h = tok
        for _ in range(8):
            if h.head.i == h.i:
                break
            dep, h = h.dep_, h.head
            if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in self.request:
                if dep in ("xcomp", "dobj", "ccomp", "nsubjpass") or tok.pos_ in ("NOUN", "PROPN"):
                    return True
            if self._frame(h):
                return True
            if h.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
                return True  # "... to capture his views before panel": a purpose, still to be done
            if dep == "pcomp" and h.lower_ == "without":
                return True
        return False

    def _placed_outside_direct_work(self, v: Token, sent: Span) -> bool:
        """A verb of placing that is not a choice made in direct work: a phrasal
        use ("put on weight", "put in a trusted adult") or a sentence that names
        no direct-work tool ("puts his sister to bed")."""
        if v.lemma_.lower() not in self.placing:
            return False
        if any(c.dep_ == "prt" for c in v.children):
            return True
        return not self.tools.find_in(sent.doc, 0, sent.end)  # the tool may be named earlier in the paragraph

    def _someone_elses_wish(self, v: Token, child: set[int]) -> bool:
        """The child's verb is what another person wants, expects or makes of
        them ("they want XXXX to feel she is theirs", "Mum needs him to say
        sorry"): an infinitive under a verb whose subject is not the child."""
        if v.dep_ not in ("ccomp", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return False
        h = v.head
        if h.pos_ not in ("VERB", "AUX"):
            return False
        subs = self.clf.subjects(h)
        return bool(subs) and not any(s.i in child for s in subs)

    def _family_account(self, v: Token, child: set[int]) -> bool:
        """The child's verb is reported by a parent or carer ("Mum said XXXX
        wants to come home", "the carers feel she is happy"): their account of
        the child, not the child's own view."""
        h = v
        for _ in range(4):
            if h.dep_ not in ("ccomp", "conj", "xcomp") or h.head.i == h.i:
                return False
            own = h.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children)
            h = h.head
            if own and h.lemma_.lower() not in self.account:
                continue  # "Mum was present but XXXX said ...": a clause with its own subject, joined, not reported
            if h.pos_ in ("VERB", "AUX"):
                subs = self.clf.subjects(h)
                if subs and not any(s.i in child for s in subs):
                    return any(self.cues.family_terms.has_at(s) for s in subs)
        return False

    def _reason_about_someone_else(self, span: Span, child: set[int]) -> bool:
        """A reason said of another person, in a clause the child is not part
        of ("stays up with mum when she is unwell", "Mother was asleep", "his
        mother is unwell": the child only as the owner of the subject)."""
        v = span.root
        for _ in range(4):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return False
        subs = self.clf.subjects(v)
        if not subs or any(x.i in child for x in subs):
            return False
        owners = {d.i for x in subs for d in x.children if d.dep_ == "poss"}  # "his mother is unwell": hers
        return not any(t.i in child and t.i not in owners for t in SentenceClassifier.clause_tokens(v))

    def _person_other_than_child(self, t: Token, child: set[int]) -> bool:
        """``t`` names a person who is not the child: a role or relative, a name, a personal pronoun."""
        if t.i in child:
            return False
        if t.pos_ == "PRON":
            return t.lower_ in ("i", "we", "he", "she", "they", "you")
        if t.pos_ == "PROPN" and not self.cues.process_nouns.has_at(t):
            return True  # "PA says ...", "Kerry feels ...", not "the CP Plan says ..."
        return self.clf._people(t.doc)[t.i] is not None

    def _another_persons_account(self, v: Token, child: set[int]) -> bool:
        """The child's want, like or feeling given as someone else's account or
        opinion ("the teacher reports XXXX wants to stay", "sw feels XXXX wants
        to live with dad", "her worker's view is that XXXX wants ..."): above it
        a verb of saying or thinking whose subject is another person, or a
        person's view noun. A record ("the assessment records that XXXX would
        rather stay") or the child's own saying ("the worker said XXXX told
        her ...") is not."""
        if v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head  # "is scared to say it": a stance towards saying, held like a feeling
        elif v.lemma_.lower() not in self.attitude and not self._would_rather(v):
            return False
        h = v
        for _ in range(4):
            if h.dep_ not in ("ccomp", "conj", "xcomp") or h.head.i == h.i:
                return False
            dep, h = h.dep_, h.head
            if h.pos_ not in ("VERB", "AUX"):
                return False
            if dep == "conj":
                continue  # "XXXX wants to live with dad but is scared to say it": the clause it is joined to
            subs = self.clf.subjects(h)
            if any(x.i in child for x in subs):
                return False
            if h.lemma_.lower() in self.account and any(self._person_other_than_child(x, child) for x in subs):
                return True
            if h.lemma_ == "be" and any(
                    x.lemma_.lower() in self.account_nouns and any(
                        self._person_other_than_child(d, child) for d in x.children if d.dep_ in ("poss", "compound"))
                    for x in subs):
                return True
        return False

    def _appraisal(self, v: Token) -> bool:
        """The child's like or love in the writer's description of them ("a
        happy, sociable child who loves music", "a boy who enjoys football"): a
        relative clause on an indefinite noun appraises, it does not report. So
        does a feeling or want as the condition of a habit ("he acts on his own
        when he feels adults are not moving", "uses a red card when he wants to
        stop"): the writer's account of a pattern, not a view the child gave."""
        if v.lemma_.lower() not in self.attitude:
            return False
        h = v
        while h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
        if h.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in self.WHEN for c in h.children):
            return True  # "her pattern of going back to him when she feels lonely": a condition the writer describes
        if h.dep_ != "relcl" or h.head.pos_ != "NOUN":
            return False
        return any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in h.head.children)

    @staticmethod
    def _said_what(v: Token, sent: Span) -> bool:
        """A verb that only says the child communicated ("talk", "call") with what was said: a quotation or a
        colon in the sentence, a clause under it ("talked about how she misses ..." , "called it home"), or
        "about" something of the child's or an event ("about missing her dad", "about her worries"), not a bare
        topic ("about football", "about it") nor only a manner, place or listener ("more freely", "in Welsh",
        "to the worker")."""
        if _spoken_quote(sent) or any(x.text == ":" for x in sent if x.i > v.i):
            return True
        for c in v.children:
            if c.dep_ in ("ccomp", "oprd") or (c.dep_ == "xcomp" and c.pos_ != "VERB"):
                return True
            if c.dep_ == "prep" and c.lower_ == "about":
                for o in c.children:
                    if o.dep_ == "pcomp":
                        return True  # "about missing her dad", "about what happened at contact"
                    if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and any(
                            d.dep_ == "poss" or (d.dep_ == "prep" and d.lower_ == "of") for d in o.children):
                        return True  # "about her worries", "about the loss of her nan"
        return False

    def _only_what_about(self, v: Token, sent: Span) -> bool:
        """A verb of saying whose only content is an embedded question ("she can say what worries her", "he
        told the worker what he wanted", "used it to explain to his friend why a social worker visits"): that
        the child can or did say something, not what. Only when the question is the verb's whole content: not a
        degree ("told me how scared she was"), nor with the words given (a quotation, or a colon or dash after
        the question), nor with what follows the question giving the answer: a which-clause ("what she wanted,
        which was to stay"), a coordinated that-clause ("what happened and that it frightened her"), or a
        predicate whose subject the question is ("said what she wanted was to live with dad")."""
        if v.lemma_.lower() not in self.account:
            return False
        comps = [c for c in v.children if c.dep_ in ("ccomp", "xcomp", "oprd")]
        if not comps or _spoken_quote(sent) or any(x.text == ":" for x in sent if x.i > v.i):
            return False

        def answers(x: Token) -> bool:
            """``x`` is a which-clause giving the answer: "which was that nobody listens", "which was to stay",
            "which was her nan's house" (a clause, or a thing someone owns, after "be"), not a comment on the
            telling ("which was helpful", "which is a big step", "which is good practice")."""
            return x.lemma_ == "be" and any(w.dep_ == "nsubj" and w.lower_ == "which" for w in x.children) and any(
                d.i > x.i and (d.dep_ in ("ccomp", "xcomp") or (d.dep_ == "attr" and any(
                    a.dep_ == "poss" for a in d.children))) for d in x.children)

        def asked(c: Token) -> bool:
            if any(d.i > c.i and (d.dep_ == "appos" or answers(d)) for d in c.children):
                return False  # "said why she ran away, which was that nobody listens": the answer follows
            # the question follows the verb: "what he says went wrong" (a relative before it) gives the content
            wh = [g for g in c.subtree if v.i < g.i <= c.i and g.lower_ in self.ASKED]
            if any(s.dep_ == "csubj" and any(s.is_ancestor(g) or s.i == g.i for g in wh) for s in c.children):
                return False  # "said what she wanted was to live with dad": the question is the subject, c answers
            return any(g.head.i == c.i or g.dep_ in ("dobj", "attr", "pobj") for g in wh) and not any(
                g.lower_ == "how" and g.head.pos_ in ("ADJ", "ADV") for g in wh)  # "how scared she was"

        questions = [c for c in comps if not answers(c)]
        if len(questions) < len(comps):
            return False  # "told the worker what she wanted, which was to stay at her school"
        start = min(c.left_edge.i for c in comps)
        for x in sent:
            if x.i <= start:
                continue
            if self._dash(x) and any(y.is_alpha for y in sent.doc[x.i + 1:sent.end]):
                return False  # "what she likes about school - art and her friend Amy": the answer after a dash
            if x.dep_ == "conj" and x.head.i in {v.i, *(c.i for c in comps)} and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in x.children):
                return False  # "explained what happened and that it frightened her"
        return all(asked(c) for c in comps)

    @staticmethod
    def _dash(x: Token) -> bool:
        """A dash between words ("school - art and her friend Amy"), not a hyphen inside one ("step-dad")."""
        if x.text in ("–", "—", "--"):
            return True
        return x.text == "-" and bool(x.whitespace_) and x.i > 0 and bool(x.doc[x.i - 1].whitespace_)

    def _introduces(self, p: Token) -> bool:
        """A phrase ("in her words") that opens the clause it modifies, which gives what was said ("In her words,
        the flat is too noisy at night"), not one trailing a record ("the notes record what XXXX said in his own
        words", "it records her views in her own words")."""
        h = p.head
        return h.i != p.i and p.i < h.i and h.pos_ in ("VERB", "AUX") and not self._unstated(h)

    def _phrase_owned(self, span: Span, child: set[int]) -> bool:
        """A phrase with a possessive ("in their own words") is the child's only when the possessive is the child."""
        poss = [t for t in span if t.dep_ == "poss" or t.tag_ == "PRP$"]
        return not poss or any(t.i in child for t in poss)

    @staticmethod
    def _would_rather(v: Token) -> bool:
        """"XXXX would rather stay with Nan", "she'd sooner go back": a preference stated, whatever the verb."""
        return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in v.children) and any(
            c.dep_ == "advmod" and c.lower_ in ("rather", "sooner") for c in v.children)

    @staticmethod
    def _own_subject(v: Token, child: set[int]) -> bool:
        """``v`` has the child as its own subject ("XXXX's view that he only feels safe", "notes that XXXX would
        prefer"): a clause, even where the parser hangs it on a noun."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in child for c in v.children)

    @staticmethod
    def _conveyed(v: Token, sent: Span) -> bool:
        """A gesture with what it conveyed: a quotation ('signed "sad"') or what was pointed at or to."""
        return _spoken_quote(sent) or any(
            c.dep_ == "prep" and c.lower_ in ("at", "to", "towards") for c in v.children)

    @staticmethod
    def _subjectless_fragment(v: Token, subs: list[Token]) -> bool:
        """A note's verb with no subject of its own ("- wants a goldfish", "- says she likes her room"): the main
        verb of the line, in the present (a past "- Explained the plan to mum" is more often the worker's own
        action), with no subject but a date."""
        if v.tag_ not in ("VBZ", "VBP") or any(x.pos_ != "NUM" for x in subs):
            return False
        return v.dep_ == "ROOT" or (v.dep_ == "conj" and v.head.dep_ == "ROOT")

    def _in_someone_elses_report(self, t: Token, child: set[int]) -> bool:
        """The child (``t``) is the subject of a clause reported by someone else: under a verb of saying or
        thinking (``account_verbs``) whose subject is another person ("mother said ... that XXXX ...")."""
        h = t.head
        for _ in range(3):  # the clause the child is in (the parser may hang the name on "that")
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        for _ in range(5):
            if h.dep_ not in ("ccomp", "conj", "xcomp") or h.head.i == h.i:
                return False
            h = h.head
            if h.pos_ not in ("VERB", "AUX"):
                return False
            subs = self.clf.subjects(h)
            if any(x.i in child for x in subs):
                return False
            if h.lemma_.lower() in self.account and any(self._person_other_than_child(x, child) for x in subs):
                return True
        return False

    def _quote_attributed(self, sent: Span, child: set[int]) -> bool:
        """The child named and then their words in quotation marks ('XXXX: "I worry mum will get poorly"',
        'relayed: XXXX "wants mum's boyfriend to leave"'): a note's way of giving what the child said."""
        doc, text = sent.doc, doc_text(sent.doc)
        for t in sent:
            if t.i not in child or t.pos_ == "PRON" or t.dep_ in ("poss", "dobj", "iobj", "nmod", "compound"):
                continue  # not 'she can have XXXX "short term only"': the child as the object, someone else's words
            m = _ATTRIBUTED.match(text, t.idx + len(t.text), sent.end_char)
            if m is None or self._in_someone_elses_report(t, child):
                continue  # 'Mum said she was happy and that XXXX "comes home calmer now"': her words
            # the words are a statement: they open with a verb or the speaker's "I" ("I worry ...", "wants ...")
            first = next((x for x in doc[t.i + 1:sent.end] if x.idx > t.idx and x.is_alpha), None)
            if first is not None and (first.pos_ in ("VERB", "AUX") or first.lower_ in ("i", "me", "my", "we")):
                return True
        return False

    def _childs(self, t: Token, child: set[int]) -> bool:
        """``t`` is the child, or the child's own ("XXXX's whereabouts", "her age")."""
        return t.i in child or any(d.dep_ == "poss" and d.i in child for d in t.children)

    def _too_to(self, sent: Span, child: set[int], frag: bool) -> bool:
        """The child too something to take part ("she has been too frightened to
        speak", "XXXX was described as too distressed to engage", "- Too young to
        express wishes"), not another person ("Mother was too unwell to attend")."""
        for t in sent:
            if t.pos_ != "ADJ" or not any(c.dep_ == "advmod" and c.lower_ == "too" for c in t.children):
                continue
            if not any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                       for c in t.children):
                continue
            h = t
            for _ in range(4):
                if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                    break
                h = h.head
            if h.pos_ in ("VERB", "AUX"):
                if any(x.i in child for x in self.clf.subjects(h)):
                    return True
            elif frag:
                return True
        return False

    def _infant_age(self, sent: Span, child: set[int]) -> bool:
        """The child's age in days, weeks or a few months ("XXXX is 7 weeks old", "a 4-month-old baby"): too young
        to give a view in words. Not another person's ("her brother is 4 months old")."""
        most = self.params.infant_age_max_months
        if not most:
            return False
        for t in sent:
            unit = t.lemma_.lower()
            if unit not in ("day", "week", "month") or t.head.lemma_.lower() != "old":
                continue
            num = next((c for c in t.children if c.dep_ == "nummod"), None)
            if num is None:
                continue
            if unit == "month":
                n = _number(num)  # "18 months", "eighteen months"
                if n is None or n > most:
                    continue
            h = t.head
            for _ in range(4):
                if h.i in child:
                    return True
                if h.pos_ in ("VERB", "AUX"):
                    if h.tag_ != "VBD" and any(x.i in child for x in self.clf.subjects(h)):
                        return True  # not "XXXX was 3 months old when she came into care": her age then
                    break
                if h.head.i == h.i:
                    break
                h = h.head
        return False

    def _whereabouts_unknown(self, sent: Span, child: set[int]) -> bool:
        """"XXXX's whereabouts are unknown", "her whereabouts not known since 18/09": the child cannot be reached."""
        for t in sent:
            if (t.lemma_.lower() not in self.whereabouts and t.lower_ not in self.whereabouts) or not self._childs(t, child):
                continue
            if self._negated(t) or self._unstated(t) or any(
                    c.dep_ in ("acl", "amod") and (SentenceClassifier.negated(c) or c.lemma_.lower() in self.unknown)
                    for c in t.children):
                return True
        return False

    def _view_withheld_for_the_child(self, sent: Span, child: set[int]) -> bool:
        """The child's views said not to have been obtained, for a cause about
        the child ("given her age, her views cannot be sought", "no views because
        we don't know where he is"), not about someone else ("because the
        worker was on leave", "because of her mother's illness")."""
        if not any(self.voice_words.has(t) and t.pos_ in ("NOUN", "PROPN") and (
                self._negated(t) or any(d.dep_ == "det" and d.lower_ in _NEG_DET for d in t.children))
                for t in self._voice_word_tokens(sent)):  # (the tokens voice_words.has, not every token)
            return False
        for w in sent:
            if w.lower_ not in self.cause_preps:
                continue
            if w.dep_ == "mark":  # "because he is in hospital": the child the subject of the cause
                if any(x.i in child and x.dep_ == "nsubj" for x in w.head.subtree):  # not "as she was not seen"
                    return True
                continue
            # "given his age", "because of her illness", "due to his disability": the child's own noun
            for x in w.subtree:
                if x.dep_ == "pobj" and self._childs(x, child):
                    return True
        return False

    # -- class Q (session 21): the mark closing a quotation a tool's name stands in is not an opening one
    @staticmethod
    def _past_enclosing_quote(t: Token, sent: Span, opening: int | None) -> int | None:
        """The first straight quotation mark after ``t`` that can open words, given ``opening``, the first
        mark after it: when ``t`` stands inside a quotation ('a "My Three Houses" worksheet with him'; an odd
        number of straight marks before it), that mark closes the quotation, and only a later one opens."""
        if opening is None or sent.doc[opening].text != '"' or not sum(x.text == '"' for x in sent if x.i < t.i) % 2:
            return opening
        return next((x.i for x in sent if x.i > opening and x.text == '"'), None)

    @staticmethod
    def _content(t: Token, sent: Span) -> bool:
        """The sentence gives what a view noun or tool holds: a quotation, a
        colon after it, a complement ("her wish is to stay", "her view is that
        ...", "his wishes to live with Dad"), or what it shows ("her drawing
        showed her bedroom at Nan's")."""
        if _spoken_quote(sent):
            return True
        if any(x.text == ":" for x in sent if x.i > t.i):
            return True
        opening = next((x.i for x in sent if x.i > t.i and x.text in ('"', "“")), None)
        opening = ChildVoice._past_enclosing_quote(t, sent, opening)  # class Q (session 21)
        if opening is not None and not any(x.text in ('"', "”") for x in sent if x.i > opening) and sum(
                x.is_alpha for x in sent if x.i > opening) >= 2:
            return True  # a quotation that runs on past the sentence: 'her worksheet says "I want mum to stop. ...'
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ == "be" and any(
                c.dep_ in ("attr", "ccomp", "xcomp") and c.i > t.i for c in t.head.children):
            return True
        if t.dep_ == "nsubj" and t.head.lemma_.lower() in _SHOWING and any(
                c.dep_ in ("dobj", "ccomp") for c in t.head.children):
            return True  # "her drawing showed her bedroom at Nan's", "XXXX's views show that ..."
        nxt = t.doc[t.i + 1] if t.i + 1 < sent.end else None
        if nxt is not None and nxt.text == "(" and any(
                x.pos_ == "VERB" for x in t.doc[nxt.i:sent.end] if x.i < next(
                    (y.i for y in t.doc[nxt.i:sent.end] if y.text == ")"), sent.end)):
            return True  # "XXXX's view (likes school, wants to see nanna more)"
        return any(c.dep_ in ("acl", "relcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                   for c in t.children)

    def _voice_word_tokens(self, sent: Span) -> list[Token]:
        """The tokens of ``sent`` that ``voice_words.has``, ascending: read from the Doc's word index, once per Doc,
        instead of testing every token of every sentence."""
        doc = sent.doc
        key = (self.voice_words._key, "tokens")
        got = doc.user_data.get(key)
        if got is None:
            where = doc_lower(doc).where
            got = doc.user_data[key] = sorted({i for w in where.keys() & self.voice_words.words for i in where[w]})
        return [doc[i] for i in got[bisect.bisect_left(got, sent.start): bisect.bisect_left(got, sent.end)]]

    def evidence(self, sent: Span, child: set[int], topic: bool = False) -> tuple[str, str] | None:
        """("voice" | "reason", why) for one sentence, or None. ``topic``: the
        notes so far are about the child, so a line with no subject is theirs."""
        doc = sent.doc
        text = doc_text(doc)
        childf = frozenset(child)
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or in_quotes(text, v.idx, v.idx + len(v)):
                continue
            subs = self.clf.subjects(v)
            if not any(s.i in child for s in subs) and not (topic and self._subjectless_fragment(v, subs)):
                continue
            if self._speaker_before(v, subs, child):
                continue  # "she was observed to be grizzly and mother said she was teething"
            passive = self.clf.is_passive(v)
            neg = SentenceClassifier.negated(v)
            if not passive and self.clf.is_(self.decline, v):
                return "reason", f"the child {v.lemma_}d"
            if not passive and not neg and v.lemma_.lower() in self.gesture and self._conveyed(v, sent) \
                    and not self._unstated(v):
                return "voice", f"the child {v.lemma_}"  # 'XXXX signed "sad"', "she pointed to the photo of Nan"
            if not passive and (self.clf.is_(self.voice_verbs, v) or self._would_rather(v)):
                if not neg:
                    if (v.dep_ in ("acl", "amod") and not self._own_subject(v, child)) or self._unstated(v):
                        continue  # "the children sharing one mattress", "unclear what she wants"
                    if self._placed_outside_direct_work(v, sent) or self._someone_elses_wish(v, child):
                        continue  # "she has put on weight", "they want XXXX to feel she is theirs"
                    if self._family_account(v, child) or self._another_persons_account(v, child):
                        continue  # "Mum said XXXX wants to come home", "PA says XXXX wants to go to uni"
                    if self._appraisal(v):
                        continue  # "a happy, sociable child who loves music"
                    if v.lemma_.lower() in self.bare and not self._said_what(v, sent):
                        continue  # "she talks more freely at school", "the adult XXXX calls if dad has been drinking"
                    if self._only_what_about(v, sent):
                        continue  # "she can say what worries her": that she can say, not what
                    return "voice", f"the child {v.lemma_}"
                if any(x.pos_ == "VERB" and x.dep_ in ("xcomp", "ccomp") for x in v.children):
                    if self._family_account(v, child) or self._another_persons_account(v, child) \
                            or self._someone_elses_wish(v, child):
                        continue  # "Mum said he does not want to move": her account, not his refusal
                    return "reason", "the child did not want to"  # "XXXX did not want to speak to me"
        if self._quote_attributed(sent, child):
            return "voice", "the child's words quoted"
        skip = {i for s, e in self.not_voice.find(sent, childf) for i in range(s, e)}
        for t in self._voice_word_tokens(sent):  # (the tokens voice_words.has, not every token)
            # a view noun the parser took for a verb still has its owner ("her wish to be placed with ...")
            nounlike = t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "VERB" and any(d.dep_ == "poss" for d in t.children))
            if self.voice_words.has(t) and nounlike and t.i not in skip:
                owned = any(d.i in child for d in t.children if d.dep_ in ("poss", "compound")) or any(
                    p.i in child for d in t.children if d.dep_ == "prep" and d.lower_ in ("of", "from") for p in d.children
                ) or (t.dep_ == "compound" and any(d.i in child for d in t.head.children if d.dep_ == "poss"))
                if owned and not self._negated(t) and not self._unstated(t) and self._content(t, sent):
                    return "voice", f"the child's {t.text}"
        for s, e in self.voice_phrases.find(sent, childf):
            if self._negated(doc[e - 1]) or self._negated(doc[s]):
                continue
            root = doc[s:e].root
            if root.pos_ in ("VERB", "AUX"):
                if in_quotes(text, root.idx, root.idx + len(root)):
                    continue  # 'the carers want to keep him "for as long as he wants us"': their words
                # "XXXX said": the child must be the verb's subject, and the view stated
                if (root.dep_ in ("acl", "amod") and not self._own_subject(root, child)) or not any(
                        c.i in child for c in self.clf.subjects(root)):
                    continue
                if self._unstated(root) or self._someone_elses_wish(root, child) or self._family_account(root, child):
                    continue  # "Mum said XXXX wants to come home": the parent's account
                if self._another_persons_account(root, child):
                    continue  # "Teacher reports XXXX wants to stay"
                if self._only_what_about(root, sent):
                    continue  # "XXXX told the worker what she wanted": that she told, not what
            elif root.pos_ in ("NOUN", "PROPN"):
                # a tool or a view noun ("three houses", "XXXX's views"): only with what it holds
                if self._unstated(root) or not self._content(root, sent):
                    continue
            elif not (self._content(root, sent) or self._introduces(root)) or not self._phrase_owned(doc[s:e], child):
                continue  # "the notes record what XXXX said in his own words", "the carers ... in their own words"
            return "voice", doc[s:e].text
        frag = topic and not any(x.pos_ != "NUM" for x in self.clf.subjects(sent.root))
        if child or frag:  # a reason counts when it is about the child ("XXXX is too young", not "Mother was unwell")
            if self._too_to(sent, child, frag):
                return "reason", "the child is too ... to"
            if self._infant_age(sent, child) or self._whereabouts_unknown(sent, child):
                return "reason", "the child's age or whereabouts"
            if self._view_withheld_for_the_child(sent, child):
                return "reason", "views not obtained, for a cause about the child"
            for s, e in self.reason_phrases.find(sent, childf):
                if not self._reason_about_someone_else(doc[s:e], child):
                    return "reason", doc[s:e].text
            for s, e in self.reason_words.find(sent, childf):
                if not self._reason_about_someone_else(doc[s:e], child):
                    return "reason", doc[s:e].text
        return None

    def _pronouns_not_the_child(self, sent: Span, child: set[int]) -> set[int]:
        """Subject pronouns taken for the child that cannot be the child: the child is named after them, in
        their own verb's clause ("[the carer] She said XXXX phones her most weeks": a pronoun does not stand for
        a name said later in the clause it governs, so "she" is someone else, and what follows is her account).
        A name before the pronoun ("I met XXXX; she declined") or in a clause merely joined to it is not read."""
        doc, text = sent.doc, doc_text(sent.doc)
        # the child's name, not a child term ("the boys", "the children") that may be other children
        names = {i for i in child if doc[i].pos_ == "PROPN" and doc[i].dep_ != "poss"}
        out: set[int] = set()
        for i in child:
            t = doc[i]
            if t.pos_ != "PRON" or t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            v = t.head
            if v.pos_ not in ("VERB", "AUX") or in_quotes(text, t.idx, t.idx + len(t)):
                continue
            for x in v.subtree:
                if x.i not in names or x.i < t.i or in_quotes(text, x.idx, x.idx + len(x)):
                    continue  # only a name after the pronoun ("I met XXXX; she said ..." may be the child)
                if t.is_ancestor(x) or self._bracketed_after(t, x):
                    continue  # "She (XXXX) said ...": the pronoun's own name in apposition, not a later mention
                top = x
                while top.head.i != v.i and top.head.i != top.i:
                    top = top.head
                if top.dep_ not in ("conj", "parataxis", "cc", "punct"):  # not a clause merely joined to it
                    out.add(i)
                    # the same pronoun again before the name is still that speaker ("She said she likes the
                    # new worker and that XXXX ...")
                    out |= {j for j in child if t.i < j < x.i and doc[j].lower_ == t.lower_}
                    break
        return out

    @staticmethod
    def _bracketed_after(t: Token, x: Token) -> bool:
        """``x`` stands in brackets opened just after ``t`` ("she (XXXX)", "she [XXXX]"), however it was parsed."""
        doc = t.doc
        if t.i + 1 >= len(doc) or doc[t.i + 1].text not in ("(", "["):
            return False
        return not any(y.text in (")", "]") for y in doc[t.i + 2:x.i]) and any(
            y.text in (")", "]") for y in doc[x.i + 1:t.sent.end])

    def _speaker_before(self, v: Token, subs: list[Token], child: set[int]) -> bool:
        """A verb joined to an earlier clause ("she was grizzly and mother said ...") whose own speaker stands
        just before it but was hung elsewhere by the parser: the subject it inherits is not who spoke."""
        if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return False
        j = v.i - 1
        while j > v.sent.start and v.doc[j].pos_ in ("ADV", "AUX", "PART"):
            j -= 1
        prev = v.doc[j]
        return prev.pos_ in ("NOUN", "PROPN") and prev.head.i != v.i and prev not in subs \
            and self._person_other_than_child(prev, child)

    def _topic_after(self, sent: Span, child: set[int], topic: bool) -> bool:
        """Whether, after ``sent``, a line with no subject is about the child: a
        line that opens with the child ("XXXX: ...", "XXXX (6) uses PECS") or
        has them as its subject makes them the topic; another person as the
        subject ("Mum says ...") ends it; a line with no subject keeps it."""
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if first is not None and first.i in child:
            return True
        subs = [x for x in self.clf.subjects(sent.root) if x.pos_ != "NUM"]
        if any(x.i in child for x in subs):
            return True
        if any(self._person_other_than_child(x, child) for x in subs):
            return False
        return topic

    def sentences(self, ctx: AuditContext) -> Iterator[tuple[int | None, Span, set[int], bool]]:
        """Each narrative sentence with its section number, the child's tokens in it and whether the notes
        before it are about the child (for lines with no subject)."""
        child_ref = ctx.audit.child_ref or "XXXX"
        sections = _narrative_blocks(ctx)
        gender = self.clf.infer_gender([ctx.doc(b) for _, bl in sections for b in bl], child_ref)
        prac = ctx.audit.practitioner
        prac_ids = {id(b) for b in prac.paragraphs} if prac is not None else set()
        for number, blocks in sections:
            state = _State(child_ref=child_ref, child_gender=gender)
            topic = False  # whether the notes so far are about the child (for lines with no subject)
            for block in blocks:
                for sent in ctx.sentences(block):
                    child = self.clf.child_tokens(sent, state)
                    self.clf.update_state(state)
                    if id(block) in prac_ids:  # "I met the social worker. She said ...": the practitioner
                        child = {i for i in child if sent.doc[i].pos_ != "PRON"}
                    child -= self._pronouns_not_the_child(sent, child)
                    yield number, sent, child, topic
                    topic = self._topic_after(sent, child, topic)

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        for _number, sent, child, topic in self.sentences(ctx):
            if self.evidence(sent, child, topic) is not None:
                return
        fam = ctx.audit.family
        yield section_hit(fam.heading if fam is not None else None, None)


@register
class MentionRequired(RuleType):
    """Fires when a domain (``domains``; empty = the whole audit) mentions
    none of the terms: the lexicon lists named in ``lists`` plus ``terms``.
    Terms in ``need_verb`` ("direct work", "tools") count only in a sentence
    that says something was or was not done with them (a verb governs them);
    a negated mention ("no direct-work tools were used") counts, because the
    rule asks whether the audit says, not whether it happened. Actions are
    not read unless ``include_actions``."""

    name = "mention-required"

    class Params(Params):
        lexicon: str = Field(default="analysis-cues")
        lists: list[str] = Field(default_factory=list, description="Lexicon lists whose terms count.")
        terms: list[str] = Field(default_factory=list, description="Extra terms.")
        need_verb: list[str] = Field(default_factory=list, description="Terms that count only with a verb.")
        need_detail: list[str] = Field(
            default_factory=list,
            description="Generic terms ('direct work') that count only when the sentence says none was done, or names "
            "how it was done or what it showed: 'direct work has been completed' does not say whether a tool was used.",
        )
        detail_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs that give what generic direct work found or how it was done (show, reveal, use, focus).",
        )
        domains: list[int] = Field(default_factory=list, description="Domains to read; empty reads every section.")
        include_actions: bool = False
        instrument_verbs: list[str] = Field(
            default_factory=list,
            description="Verbs of using a tool (use): with a named instrument as their object (a capitalised name, "
            "'the Newborn Behavioural Observations system') and a person it was used with ('with the mother', "
            "'with him'), a direct-work tool the term lists do not know.",
        )
        instrument_people: list[str] = Field(
            default_factory=list,
            description="Nouns for the people a tool is used with (mother, child, carers), besides pronouns and names.",
        )

    def setup(self) -> None:
        p = self.params
        data = self.lexicons.get(p.lexicon) or {}
        terms = [str(t) for name in p.lists for t in (data.get(name) or [])] + list(p.terms)
        need = {t.lower() for t in p.need_verb} | {t.lower() for t in p.need_detail}
        self.plain = CueSet([t for t in terms if t.lower() not in need], "terms")
        self.with_verb = CueSet(list(p.need_verb), "need_verb")
        self.with_detail = CueSet(list(p.need_detail), "need_detail")
        self.detail_verbs = {w.lower() for w in p.detail_verbs}
        self.instrument_verbs = {w.lower() for w in p.instrument_verbs}
        self.instrument_people = {w.lower() for w in p.instrument_people}

    @staticmethod
    def _governed(doc, s: int, e: int) -> bool:
        """A verb (not only a heading or a noun list) says something about the mention."""
        root = doc[s:e].root
        h = root
        for _ in range(8):
            if h.pos_ in ("VERB",) or (h.pos_ == "AUX" and h.dep_ == "ROOT"):
                return True
            if h.head == h:
                return False
            h = h.head
        return False

    def _named_instrument(self, sent: Span) -> str | None:
        """A tool named by its own capitalised name and used with someone ("used the Newborn Behavioural
        Observations (NBO) system with the mother", "used the Bears feelings cards with her"): a direct-work tool
        whatever its name. Not an unnamed one ("used a worksheet with him"), one used on no one ("the assessment
        used the Graded Care Profile"), nor a name that only opens the sentence."""
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in self.instrument_verbs:
                continue
            with_whom = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                         if g.dep_ == "pobj" and (g.pos_ in ("PRON", "PROPN") or g.lemma_.lower() in self.instrument_people)]
            if not with_whom:
                continue
            for o in v.children:
                if o.dep_ != "dobj" or o.pos_ not in ("NOUN", "PROPN"):
                    continue
                named = [x for x in o.subtree if x.i != sent.start and x.i < o.i and x.pos_ == "PROPN"
                         and x.text[:1].isupper() and x.dep_ != "poss"]  # not "XXXX's own photographs"
                if named or (o.pos_ == "PROPN" and o.i != sent.start):
                    return sent.doc[o.left_edge.i:o.i + 1].text
        return None

    def found(self, sent: Span) -> str | None:
        doc = sent.doc
        if self.instrument_verbs:
            got = self._named_instrument(sent)
            if got:
                return got
        for s, e in self.plain.find(sent):
            return doc[s:e].text
        for s, e in self.with_verb.find(sent):
            if self._governed(doc, s, e):
                return doc[s:e].text
        for s, e in self.with_detail.find(sent):
            if self._governed(doc, s, e) and (self._none_done(doc, s, e) or self._detailed(sent, s, e)):
                return doc[s:e].text
        return None

    @staticmethod
    def _none_done(doc, s: int, e: int) -> bool:
        """"No direct work has been done", "the worker has not done any direct work"."""
        h = doc[s:e].root
        for _ in range(6):
            if any(c.dep_ == "det" and c.lower_ in _NEG_DET for c in h.children) or any(
                    c.dep_ == "neg" for c in h.children):
                return True
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        return SentenceClassifier.negated(h) if h.pos_ in ("VERB", "AUX") else False

    def _detailed(self, sent: Span, s: int, e: int) -> bool:
        """The sentence says what the direct work showed or how it was done: a
        quotation, a colon after the mention, or a verb of showing or method
        ("direct work showed that ...", "direct work using play", "focused on
        her worries about contact")."""
        if _QUOTED.search(sent.text) or any(t.text == ":" for t in sent if t.i >= e):
            return True
        root = sent.doc[s:e].root
        # the verb that only says it was done ("the worker used direct work", "direct work has been used") is
        # not a detail; one that the work did ("direct work showed ...") or that happened in it is
        done = root.head.i if root.dep_ in ("dobj", "nsubjpass") else -1
        # only in the mention's own clause: "the SW told me direct work has been completed" and "direct work has
        # been completed and mum said she is happy" give nothing of what the work showed
        verb = root
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        clause, stack = set(), [verb]
        while stack:
            x = stack.pop()
            clause.add(x.i)
            stack.extend(c for c in x.children if c.dep_ != "conj")
        return any(t.i in clause and t.pos_ in ("VERB", "AUX") and t.i != done and t.lemma_.lower() in self.detail_verbs
                   for t in sent)

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        p = self.params
        if p.domains:
            targets = [(d.number, d.heading, d.paragraphs + ([a.block for a in d.actions] if p.include_actions else []))
                       for d in ctx.audit.domains if d.number in p.domains]
        else:
            blocks = [b for _, bl in _narrative_blocks(ctx) for b in bl]
            if p.include_actions:
                blocks += [a.block for a in ctx.audit.all_actions()]
            targets = [(None, None, blocks)]
        for number, heading, blocks in targets:
            if any(self.found(sent) for b in blocks for sent in ctx.sentences(b)):
                continue
            yield section_hit(heading, number, number=number or "")
