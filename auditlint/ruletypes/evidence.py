"""Evidence against the grade (AL204, G-4): does the narrative's evidence
point the same way as the grade the auditor gave?

Each sentence of a domain is weighed for **deficits** (evidence that practice
fell short: "lack of", "has not been updated", drift, delay, missing ...)
and **strengths** (evidence that it was good: clear, regular, "well met", a
trusting relationship ...). The cue lists come from
``rules/lexicons/analysis-cues.yml``; the parse decides their direction:

* a strength under negation is a deficit ("not clear", "is not SMART",
  "visits are not within timescales");
* a deficit under negation is a strength ("no drift", "there were no
  concerns", "no visit was missed");
* a process that did not happen is a deficit when practice was responsible
  for it ("the plan was not reviewed", "no strategy discussion followed",
  "minutes were never shared"), but not when a parent is the subject
  ("Father has not attended contact");
* a shortfall denied through the subject or a frame is a strength ("not a
  single visit was late", "nothing suggests the worker lost sight of XXXX",
  "no missed visits"), but a negated comparison denies nothing ("these do not
  outweigh the strength of the relationship");
* work done but only once or twice is a deficit ("seen only twice in five
  months", "contacted just once"), and so is work done without a piece of
  process ("decided without a multi-agency discussion");
* a label before a colon ("One small gap: ...") names what the sentence says
  and is not weighed again;
* words inside quotation marks are someone else's and are not weighed.

A sentence counts as a deficit or a strength sentence by the balance of its
cues; a sentence that lists at least three (net) weighs as many sentences, up
to ``list_weight``. A domain graded Good or Outstanding fires when its deficit
sentences weigh at least ``min_deficits`` and make up at least
``deficit_share`` of the weighed sentences; a domain graded Inadequate fires
when it names no deficit at all. Requires Improvement is never a mismatch.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import Field

from ..model import Grade
from ..text import excerpt, in_quotes
from . import register
from .analysis import _NEG_DET, _SUBJ, Cues, CueSet, SentenceClassifier, doc_text, merge_cues
from .base import AuditContext, Hit, Params, RuleType, section_hit

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

_GRADE_WORDS = {"Good", "Outstanding", "Inadequate", "Requires", "RI"}
_LIST = 3  # cues in one sentence that make it a list
_LABEL_WORDS = 4  # the longest label before a colon ("One small gap:", "Areas for development:")
_RESTRICTING = {"only", "just", "merely"}
_FREQUENCY = {"once", "twice", "thrice"}
_OCCASIONS = {"occasion", "time", "visit", "session", "contact", "meeting"}
_NEG_WORDS = {"not", "n't", "no", "never", "nothing", "none", "nobody", "without", "lack", "neither", "nor", "cannot"}


@dataclass
class Weighed:
    """One sentence's evidence: its deficit and strength cues (as text)."""

    block_id: int
    start: int
    end: int
    text: str
    deficits: list[str]
    strengths: list[str]

    @property
    def polarity(self) -> int:
        d, s = len(self.deficits), len(self.strengths)
        return -1 if d > s else 1 if s > d else 0

    def weight(self, cap: int) -> int:
        """How much the sentence weighs on its side: one, or for a list of at least ``_LIST`` cues ("the
        assessment is out of date, the plan has no timescales, visits have lapsed ...") its net count, at
        most ``cap``. Two cues are often one shortfall said twice ("One small gap: the genogram is missing")."""
        net = abs(len(self.deficits) - len(self.strengths))
        return min(cap, net) if net >= _LIST else min(net, 1)


@register
class GradeEvidence(RuleType):
    """Fires when a domain's evidence points clearly away from its grade:
    Good or Outstanding with mostly deficits, or Inadequate with no deficit
    named. Parameters: ``min_deficits`` and ``deficit_share`` for Good and
    Outstanding; ``cite`` how many conflicting sentences the message quotes;
    extra cue lists in ``cues`` (``deficit_cues``, ``strength_cues``,
    ``negative_process_verbs``: process verbs that are themselves a shortfall,
    such as miss or cancel; ``family_terms``: subjects whose non-attendance is
    not a practice deficit; ``comparing_verbs``: verbs whose negation does not
    deny what they weigh). ``list_weight`` is the most one sentence listing
    several shortfalls or strengths weighs."""

    name = "grade-evidence"

    class Params(Params):
        lexicon: str = Field(default="analysis-cues")
        roles_lexicon: str | None = Field(default="roles")
        cues: dict[str, list[str]] = Field(default_factory=dict, description="Extra cues, by list name.")
        min_deficits: int = Field(default=2, ge=1, description="Fewest deficit sentences for a Good/Outstanding mismatch.")
        deficit_share: float = Field(
            default=0.65, gt=0, le=1, description="Share of the weighed sentences that must be deficits."
        )
        cite: int = Field(default=2, ge=1, le=5, description="How many conflicting sentences the message quotes.")
        list_weight: int = Field(
            default=1, ge=1, le=5,
            description="Most a sentence weighs for Good/Outstanding: its net count of deficits or strengths, "
            "up to this (1: every sentence weighs one).",
        )
        not_evidence: list[str] = Field(
            default_factory=list,
            description="Cues of the lexicon not weighed here: words that name the child's risks more often than a "
            "shortfall in practice (\"concerns were raised by school\").",
        )
        excerpt_width: int = Field(default=70, ge=20)

    def setup(self) -> None:
        p = self.params
        data = merge_cues(self.lexicons, p.lexicon, p.cues, p.roles_lexicon, ())
        self.cues = Cues(data)
        c = self.cues
        skip = {str(x).lower() for x in p.not_evidence}
        # drift and delay in the plan ("has stood still", "was put back") are deficits whatever the verb
        self.deficit = CueSet(
            [x for x in list(data.get("deficit_cues", [])) + list(data.get("evaluative_adjectives_negative", []))
             + list(data.get("drift_phrases", [])) if x.lower() not in skip], "deficit"
        )
        self.quality = CueSet(data.get("quality_nouns", []), "quality_nouns")
        self.child_terms = CueSet(data.get("child_terms", []), "child_terms")
        self.strength = CueSet(
            [x for x in list(data.get("strength_cues", [])) + list(data.get("evaluative_adjectives_positive", []))
             if x.lower() not in skip], "strength"
        )
        self.negative_process = CueSet(data.get("negative_process_verbs", []), "negative_process_verbs")
        self.negating = CueSet(data.get("negating_verbs", []), "negating_verbs")
        self.reporting = CueSet(data.get("reporting_verbs", []), "reporting_verbs")
        self.comparing = CueSet(data.get("comparing_verbs", []), "comparing_verbs")
        self.family = CueSet(
            list(data.get("family_terms", [])) + list(data.get("female_nouns", [])) + list(data.get("male_nouns", [])),
            "family",
        )
        self.process_verbs = c.process_verbs
        self.process_nouns = c.process_nouns
        self.clf = SentenceClassifier(c)

    # -- negation ----------------------------------------------------------
    def negated(self, tok: Token) -> bool:
        """Whether ``tok`` is under a negation: its own ("no drift"), its
        clause's ("was not reviewed"), an avoiding verb's ("drift was
        avoided"), a contrast's ("reflection rather than task lists"), or a
        negated frame it is the content of ("there is nothing to suggest that
        it was premature", "the plan does not say how progress will be
        measured"). A relative clause is an assertion of its own."""
        if any(d.dep_ in ("det", "neg", "advmod") and d.lower_ in _NEG_DET | {"not"} for d in tok.children):
            return True
        doc = tok.doc
        before = [doc[j].lower_ for j in range(max(tok.sent.start, tok.left_edge.i - 2), tok.left_edge.i)]
        if before[-2:] in (["rather", "than"], ["instead", "of"]):
            return True  # "summarised rather than quoted", "reflection rather than task lists"
        h = tok
        framed = False  # once inside a reported clause, only an explicit "not" or "nothing" above it counts
        for _ in range(10):
            if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("aux", "auxpass"):
                if h.i != tok.i and self.clf.is_(self.comparing, h):
                    return False  # "these do not outweigh the strength of the relationship"
                explicit = any(c.dep_ == "neg" or c.lower_ == "never" for c in h.children)
                # "No concerns about visiting: visits are purposeful", misread as one clause: the "no" of a
                # subject across a colon does not reach the verb
                apart = any(
                    t.text in (":", ";") for c in h.children if c.dep_ in _SUBJ and c.i < h.i for t in doc[c.i + 1 : h.i]
                )
                if explicit or (not framed and not apart and (SentenceClassifier.negated(h) or (h.i != tok.i and self.clf.is_(self.negating, h)))):
                    return True
                if not framed and any(c.dep_ in _SUBJ and any(d.dep_ == "neg" for d in c.children) for c in h.children):
                    return True  # "Not a single visit was late", "not one review was missed"
                if h.dep_ in ("ccomp", "xcomp", "acl", "pcomp", "relcl") and h.head != h:
                    parent = h.head
                    if self._set_apart(h, parent):
                        return False  # "No concerns about visiting: visits are purposeful" asserts its own clause
                    if parent.lower_ in _NEG_DET or any(d.dep_ == "det" and d.lower_ in _NEG_DET for d in parent.children):
                        return True
                    if parent.pos_ in ("VERB", "AUX") and h.dep_ in ("ccomp", "xcomp") and any(
                        c.dep_ == "neg" or c.lower_ == "never" for c in parent.children
                    ):
                        return True  # "the plan does not say how progress will be measured"
                    if h.dep_ == "ccomp" and self.clf.is_(self.reporting, parent) and any(
                        c.dep_ in _SUBJ and c.lower_ in _NEG_DET for c in parent.children
                    ):
                        return True  # "nothing in the record suggests the worker lost sight of XXXX"
                    if parent.pos_ in ("VERB", "AUX") and h.dep_ in ("xcomp", "pcomp", "ccomp"):
                        framed = framed or h.dep_ == "ccomp"
                        h = parent
                        continue
                return False
            if h.head == h or h.dep_ in ("relcl", "dep", "npadvmod", "appos", "parataxis", "intj", "meta", "punct"):
                return False
            if h.dep_ in ("pobj", "conj") and h.head.lower_ in ("than", "of") and any(
                d.lower_ in ("rather", "instead") for d in list(h.head.children) + list(h.head.head.children)
            ):
                return True  # "reflection rather than task lists"
            if h.dep_ in _SUBJ + ("dobj",) and self.clf.is_(self.negating, h.head):
                return True  # "drift was avoided", "prevented any delay"
            if h.head.pos_ in ("NOUN", "PROPN") and h.dep_ in ("prep", "pobj", "compound", "amod") and any(
                d.dep_ == "det" and d.lower_ in _NEG_DET for d in h.head.children
            ):
                return True  # "no evidence of supervision"
            h = h.head
        return False

    @staticmethod
    def _set_apart(clause: Token, parent: Token) -> bool:
        """A clause the parser hung on an earlier word across a colon, semicolon or dash: a new assertion,
        not the content of that word (and so not under its negation)."""
        lo, hi = sorted((parent.i, clause.left_edge.i))
        return any(t.text in (":", ";", "–", "—") for t in clause.doc[lo + 1 : hi])

    def _about_family(self, words: Span, child_ref: str = "xxxx") -> bool:
        """The shortfall is the family's or the child's, not the practice's: "Mum's engagement remains
        poor", "XXXX's behaviour at school has deteriorated", "Father's drinking is heavy". The clause's
        subject is a family member or the child, or something of theirs that is not a piece of work
        ("XXXX's plan has not been reviewed" is still a practice deficit)."""
        h = words.root
        for _ in range(6):
            if h.pos_ in ("VERB", "AUX") or h.head == h:
                break
            h = h.head
        if h.pos_ not in ("VERB", "AUX") or SentenceClassifier.is_passive(h):
            return False
        subs = self.clf.subjects(h)
        if not subs:
            return False

        def theirs(s: Token) -> bool:
            if self.family.has(s) or self.child_terms.has(s) or s.lower_ == child_ref:
                return True
            owner = next((c for c in s.children if c.dep_ in ("poss", "compound")), None)  # "Mum's drinking", "home conditions"
            if owner is None or not (self.family.has(owner) or self.child_terms.has(owner) or owner.lower_ == child_ref):
                return False
            return not (self.process_nouns.has(s) or self.quality.has(s) or self.clf.c.evaluative_nouns.has(s))

        return all(theirs(s) for s in subs)

    def _not_evidence(self, words: Span) -> bool:
        """Cues that are not evidence about the practice here: a grade named
        in the text ("graded Good rather than Outstanding"), or a one-word
        adjective describing something other than the work ("late October",
        "late bedtimes")."""
        if len(words) == 1:
            t = words[0]
            if t.text in _GRADE_WORDS and (t.i > words.sent.start or any(x.lemma_.lower() == "grade" for x in words.sent)):
                return True
            if t.pos_ == "VERB" and any(c.text in _GRADE_WORDS for c in t.children):
                return True  # "the domain is considered Outstanding": the auditor's grading, not evidence
            # "late bedtimes", "missing episodes" (a participle read as a verb); "a settled home" is still evidence
            if t.dep_ == "amod" and (t.pos_ == "ADJ" or t.tag_ == "VBG") and not (
                self.process_nouns.has(t.head) or self.clf.c.evaluative_nouns.has(t.head)
            ):
                return True
        return False

    def _subject_is_family(self, v: Token, child_ref: str = "xxxx") -> bool:
        """The family or the child did (or did not do) it: "Father has not
        attended contact", "XXXX did not attend school". Not when they are
        what the work was done to: "Father not spoken to" is a deficit."""
        if SentenceClassifier.is_passive(v):
            return False
        subs = self.clf.subjects(v)
        return bool(subs) and all(
            self.family.has(s) or self.child_terms.has(s) or s.lower_ == child_ref for s in subs
        )

    @staticmethod
    def _minimised(v: Token) -> bool:
        """A piece of work done, but only once or twice: "seen only twice in five months", "contacted just
        once", "obtained on a single occasion only". A restricting word ("only", "just", "merely") in the
        clause and a count of times or occasions."""
        skip = {t.i for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        clause = [t for t in v.subtree if t.i not in skip]
        if not any(t.dep_ == "advmod" and t.lower_ in _RESTRICTING for t in clause):
            return False
        return any(
            t.lower_ in _FREQUENCY
            or (t.dep_ in ("nummod", "amod") and (t.like_num or t.lower_ == "single") and t.head.lemma_.lower() in _OCCASIONS)
            for t in clause
        )

    @staticmethod
    def in_question(tok: Token) -> bool:
        """``tok`` is inside an open question the text asks or reports ("asks
        what would need to change", "it is not known whether his contact is
        safe"): not an assertion about the practice."""
        h = tok
        for _ in range(8):
            if h.pos_ in ("VERB", "AUX") and h.dep_ in ("ccomp", "pcomp", "csubj", "dobj", "xcomp") and any(
                c.i < h.i and (c.tag_ in ("WDT", "WP", "WRB") or c.lower_ in ("whether", "if")) and c.lower_ not in ("when", "that")
                for c in h.subtree
                if c.i <= tok.i and (c.head == h or c.head.head == h)
            ):
                return True
            if h.head == h:
                return False
            h = h.head
        return False

    # -- weighing ----------------------------------------------------------
    def weigh(self, sent: Span, block_id: int, offset: int = 0) -> Weighed:
        doc = sent.doc
        text = doc_text(doc)
        used: set[int] = set()
        deficits: list[str] = []
        strengths: list[str] = []

        def spans(cues: CueSet) -> list[tuple[int, int]]:
            found = cues.find(sent)
            return sorted(found, key=lambda se: (-(se[1] - se[0]), se[0]))

        def take(s: int, e: int) -> bool:
            if any(i in used for i in range(s, e)) or in_quotes(text, doc[s].idx, doc[e - 1].idx + len(doc[e - 1])):
                return False
            used.update(range(s, e))
            return True

        # "Two weaknesses: ...", "One small gap: ...": a label that names what the rest of the sentence lists
        colon = next((t.i for t in sent[:_LABEL_WORDS + 1] if t.text in (":", "–", "—") and t.i + 1 < sent.end), None)
        label: list[str] = []
        for s, e in spans(self.deficit):
            words = doc[s:e]
            if self._not_evidence(words) or self.in_question(words.root) or self._about_family(words) or not take(s, e):
                continue
            if colon is not None and e <= colon:
                label.append(words.text)
                continue
            inner_neg = any(t.lower_ in _NEG_WORDS or t.lemma_.lower() in _NEG_WORDS for t in words)
            if not inner_neg and self.negated(words.root):
                strengths.append(f"not {words.text}")
            else:
                deficits.append(words.text)
        for s, e in spans(self.strength):
            words = doc[s:e]
            if self._not_evidence(words) or self.in_question(words.root) or not take(s, e):
                continue
            inner_neg = any(t.lower_ in _NEG_WORDS or t.lemma_.lower() in _NEG_WORDS for t in words)
            root = words.root
            if not inner_neg and (self.negated(root) or (root.pos_ == "ADJ" and any(d.dep_ == "neg" for d in root.head.children))):
                deficits.append(f"not {words.text}")
            else:
                strengths.append(words.text)
        for v in sent:
            if v.pos_ != "VERB" or v.dep_ in ("amod", "compound") or v.i in used or in_quotes(text, v.idx, v.idx + len(v)):
                continue
            if any(c.i in used for c in v.children if c.dep_ == "neg"):
                continue  # "not always recorded", "has not yet spoken": the "not" was weighed with its cue
            subjects = self.clf.subjects(v)
            if SentenceClassifier.negated(v) and self.clf.is_(self.reporting, v) and any(
                self.process_nouns.has(x) for x in subjects
            ) and not any(x.lower_ in _NEG_DET for x in subjects):
                deficits.append(f"not {v.text}")  # "the plan does not say how progress will be measured"
                used.update(t.i for t in v.subtree)
                continue
            is_process = self.clf.is_(self.process_verbs, v)
            is_negative = self.clf.is_(self.negative_process, v)
            if not (is_process or is_negative) or self._subject_is_family(v) or self.in_question(v):
                continue
            # "did not increase visits or seek legal advice": the second verb shares the first one's "not"
            neg = SentenceClassifier.negated(v) or (
                v.dep_ == "conj" and v.head.pos_ == "VERB" and not any(c.dep_ in _SUBJ for c in v.children)
                and SentenceClassifier.negated(v.head)
            )
            if neg and not any(c.dep_ == "neg" or c.lower_ == "never" for c in v.children) and any(
                c.i in used for c in v.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
            ):
                continue  # "I could find no gaps in visiting": the "no" belongs to a cue weighed above
            if is_negative:
                (strengths if neg else deficits).append(("not " if neg else "") + v.text)
                used.add(v.i)
            elif neg:
                deficits.append(f"not {v.text}")
                used.add(v.i)
            elif self._minimised(v):
                deficits.append(f"only {v.text}")  # "XXXX was seen only twice in five months"
                used.add(v.i)
        for t in sent:
            # a quality the work lacks: "not backed by any analysis", "without a rationale"
            if t.i in used or t.pos_ != "NOUN" or not self.quality.has(t) or in_quotes(text, t.idx, t.idx + len(t)):
                continue
            if self.negated(t) and not self.in_question(t):
                deficits.append(f"no {t.text}")
                used.add(t.i)
        for t in sent:
            # a piece of work that is absent: "no contingency plan", "No strategy discussion followed"
            if t.i in used or t.pos_ != "NOUN" or not self.process_nouns.has(t):
                continue
            if t.dep_ == "pobj" and t.head.lower_ == "without" and not self.in_question(t):
                deficits.append(f"without {t.text}")  # "made without a multi-agency discussion"
                used.add(t.i)
                continue
            if any(d.dep_ == "det" and d.lower_ in ("no",) for d in t.children):
                missed = next((d for d in t.children if d.dep_ in ("amod", "compound") and self.clf.is_(self.negative_process, d)), None)
                if missed is not None:
                    strengths.append(f"no {missed.text} {t.text}")  # "no missed visits", "no cancelled reviews"
                    used.add(t.i)
                    continue
                verb = t.head
                if verb.pos_ == "VERB" and self.clf.is_(self.negative_process, verb):
                    continue  # "no visit was missed": counted as a strength above
                if t.dep_ in _SUBJ and any(x.i in used for x in verb.children if x.dep_ in ("acomp", "attr", "oprd")):
                    continue  # "no review was late": the shortfall word, negated, was weighed above
                deficits.append(f"no {t.text}")
                used.add(t.i)
        if label and not deficits:
            deficits = label  # the label is all the sentence says
        return Weighed(block_id, sent.start_char + offset, sent.end_char + offset, sent.text, deficits, strengths)

    def weigh_domain(self, ctx: AuditContext, d) -> list[Weighed]:
        out = []
        for block in d.paragraphs:
            for sent in ctx.sentences(block):
                if sent.text.strip():
                    out.append(self.weigh(sent, id(block)))
        return out

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        p = self.params
        for d in ctx.audit.domains:
            if d.grade not in (Grade.GOOD, Grade.OUTSTANDING, Grade.INADEQUATE) or not d.paragraphs:
                continue
            weighed = self.weigh_domain(ctx, d)
            deficit = [w for w in weighed if w.polarity < 0]
            strength = [w for w in weighed if w.polarity > 0]
            blocks = {id(b): b for b in d.paragraphs}
            if d.grade in (Grade.GOOD, Grade.OUTSTANDING):
                # a sentence that lists several shortfalls ("the assessment is out of date, the plan has no
                # timescales, visits have lapsed ...") weighs as much as its net count, up to ``list_weight``
                dw = sum(w.weight(p.list_weight) for w in deficit)
                sw = sum(w.weight(p.list_weight) for w in strength)
                if dw < p.min_deficits or dw / max(1, dw + sw) < p.deficit_share:
                    continue
                worst = sorted(deficit, key=lambda w: (len(w.strengths) - len(w.deficits), w.start))[: p.cite]
                cited = "; ".join(f'"{excerpt(w.text, 0, len(w.text), p.excerpt_width)}"' for w in worst)
                direction = f"{len(deficit)} of its {len(deficit) + len(strength)} weighed sentences name deficits"
            else:
                if deficit or any(w.deficits for w in weighed):
                    continue
                best = sorted(strength, key=lambda w: (len(w.deficits) - len(w.strengths), w.start))[: p.cite]
                best = best or weighed[: p.cite]
                cited = "; ".join(f'"{excerpt(w.text, 0, len(w.text), p.excerpt_width)}"' for w in best)
                direction = "it names no deficit in the practice"
                worst = best
            first = worst[0] if worst else None
            block = blocks.get(first.block_id) if first else None
            values = {"grade": d.grade.value, "direction": direction, "cited": cited, "number": d.number, "name": d.name,
                      "deficits": len(deficit), "strengths": len(strength)}
            if block is not None and first is not None:
                yield Hit(block=block, start=first.start, end=first.end, domain=d.number, values=values)
            else:
                yield section_hit(d.heading, d.number, **values)
