"""The sentence classifier: the four classes (:data:`CLASSES`), one sentence's class with its
reasons (:class:`SentenceClass`), and :class:`SentenceClassifier`, which finds the child's
mentions in each sentence (carrying who a pronoun may refer to through a domain, :class:`_State`),
reads clause structure from the parse and gives each sentence its class (the clause tests
themselves: :class:`.sentence._Sentence`)."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cues import _LOWER_KEY, Cues, CueSet, doc_lower
from .sentence import _Sentence
from .syntax import (
    _CAUSATIVES,
    _MEMO_IS_PASSIVE,
    _MEMO_MODAL,
    _MEMO_NEGATED,
    _MEMO_SUBJECTS,
    _MEMO_VERB_LEMMA,
    _MODALS,
    _NEG_DET,
    _PRONOUNS_F,
    _PRONOUNS_M,
    _PRONOUNS_P,
    _SUBJ,
    _VERB_KEYS,
    _WH_CLAUSE,
    _per_token,
)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

PROCESS, EVALUATION, IMPACT, OTHER = "process", "evaluation", "impact", "other"
CLASSES = (PROCESS, EVALUATION, IMPACT, OTHER)


@dataclass(frozen=True)
class SentenceClass:
    """One sentence's class, with the character span in its block's text and
    the reasons (for explanations in reports and for debugging)."""

    start: int
    end: int
    cls: str
    reasons: tuple[str, ...] = ()
    child_mentioned: bool = False


@dataclass
class _State:
    """Who a pronoun may refer to, carried through a domain's sentences."""

    child_ref: str
    child_gender: str | None = None  # "f", "m", "p" or None when unknown
    last_named: dict[str, str] = field(default_factory=dict)  # gender -> "child" | "other": the last person named
    last_subj: dict[str, str] = field(default_factory=dict)  # the same, for the last main-clause subject
    next_last_named: dict[str, str] = field(default_factory=dict)
    next_last_subj: dict[str, str] = field(default_factory=dict)


class SentenceClassifier:
    """Classifies parsed sentences; built once per cue set and reused.

    It works clause by clause. A clause is a verb (or the root of a verbless
    fragment) with its subject, voice, negation and modality read from the
    parse; the cue lists say what kind of verb, noun or adjective each word
    is. A sentence is ``impact`` when one clause says what happened, happens
    or may happen to the child; otherwise ``evaluation`` when one judges the
    practice; otherwise ``process`` when one reports a process; otherwise
    ``other``.
    """

    def __init__(self, cues: Cues):
        self.c = cues
        # each token's person gender, worked out once per Doc for the whole Doc (kept in doc.user_data)
        self._gender_key = ("auditlint.person_gender", cues.female_nouns._key, cues.male_nouns._key, cues.person_nouns._key)

    # -- who is the child ---------------------------------------------------
    def _person_gender(self, t: Token) -> str | None:
        return self._people(t.doc)[t.i]

    def _people(self, doc: Doc) -> list[str | None]:
        """The gender of each token of ``doc`` that names a person, computed once per Doc."""
        table = doc.user_data.get(self._gender_key)
        if table is None:
            table = doc.user_data[self._gender_key] = self._person_genders(doc)
        return table

    def _person_genders(self, doc: Doc) -> list[str | None]:
        """The gender of each token of ``doc`` that names a person ("f", "m", "any"), else None."""
        c = self.c
        d = doc_lower(doc)
        table: list[str | None] = [None] * len(d.lower)
        where = d.where
        named: set[int] = set()  # the tokens given a gender (only they are checked below)
        for cues, gender in ((c.person_nouns, "any"), (c.male_nouns, "m"), (c.female_nouns, "f")):  # the last set wins
            w = cues.words
            for k in where.keys() & w:  # (a set intersection, in C; each word's tokens get the same gender)
                for i in where[k]:
                    table[i] = gender
                named.update(where[k])
        toks = doc.tokens if hasattr(doc, "tokens") else list(doc)
        for i in named:
            if table[i] is not None and (toks[i].pos_ not in ("NOUN", "PROPN") or toks[i].dep_ == "compound"):
                table[i] = None
        return table

    def _named_child(self, sent: Span, state: _State) -> set[int]:
        doc = sent.doc
        key = (self.c.child_terms._key, state.child_ref, sent.start, sent.end)
        hit = doc.user_data.get(key)  # asked once to infer the gender and again to classify
        if hit is None:
            hit = doc.user_data[key] = frozenset(self._find_named_child(sent, state.child_ref))
        return set(hit)

    def _find_named_child(self, sent: Span, child_ref: str) -> set[int]:
        doc = sent.doc
        ref = child_ref.lower().split()
        out: set[int] = set()
        if ref:
            n = len(ref)
            low = doc_lower(doc).lower  # the tokens of the reference's first word, from the word index
            for i in doc_lower(doc).with_lower((ref[0],), sent.start, sent.end):
                if i + n <= sent.end and low[i : i + n] == ref:
                    out.add(i + n - 1)
        for _, e in self.c.child_terms.find(sent):
            head = doc[e - 1]
            if head.lower_ == "xxxx" and head.i not in out:
                continue  # the literal placeholder only when it is this audit's reference
            nxt = [doc[j].lower_ for j in range(head.i + 1, min(head.i + 3, sent.end))]
            if head.dep_ == "compound" or nxt[:2] == ["in", "need"] or nxt[:1] == ["protection"]:
                continue  # "the child protection plan", "Child in Need support"
            if any(d.dep_ == "det" and d.lower_ in ("any", "every", "each", "another", "other", "no") for d in head.children):
                continue  # "could apply to any child" is not this child
            out.add(head.i)
        return out

    @staticmethod
    def _set_last(last: dict[str, str], who: str, gender: str | None, plural: bool = False) -> None:
        """Record who a pronoun of each gender would now refer to; "they"
        takes a person of unknown gender only when the noun is plural."""
        for k in ("f", "m", "p"):
            if k == gender or (gender in (None, "any") and (k != "p" or plural)):
                last[k] = who

    def child_tokens(self, sent: Span, state: _State) -> set[int]:
        """Token indices in ``sent`` that refer to the child: the audit's
        child reference, a child term ("the young person"), or a pronoun
        resolved to the child.

        The child is the topic of an audit, so a pronoun of the child's
        gender is the child's unless the text offers another antecedent:

        * a subject pronoun takes the child when the child is the last
          person named before it in the sentence ("seeing XXXX alone, at
          school where she talks"); else the last subject in the sentence
          ("The worker visited and she said"); else a person of exactly its
          gender named in it ("mother did not attend because she said");
          else the last main-clause subject of an earlier sentence, when
          that was the child or a named mother, father ...; else the last
          person named ("Spoke with the SW. She agreed ...");
        * a possessive or object pronoun follows the subject of its own
          clause ("she told her worker"), else the last person named (in
          this sentence, else before it);
        * a professional named without an article ("changes of worker") is
          no one in particular; with no antecedent at all, it is the child."""
        out = self._named_child(sent, state)
        cg = state.child_gender
        last_subj = dict(state.last_subj)  # gender -> who: the last main-clause subject
        last_named = dict(state.last_named)  # gender -> who: the last person named
        mentions: list[tuple[int, str, str, bool]] = []  # (token index, who, gender, is subject)
        resolved: dict[int, tuple[str, str]] = {}

        def is_subject(t: Token) -> bool:
            # a possessor is the topic of its noun phrase: "the worker's caseload ... so that she could"
            return t.dep_ in _SUBJ or (t.dep_ == "poss" and t.head.dep_ in _SUBJ)

        def main_clause(t: Token) -> bool:
            h = t.head if t.dep_ in _SUBJ else t.head.head
            return h.dep_ == "ROOT" or (h.dep_ == "conj" and h.head.dep_ == "ROOT")

        def note(t: Token, who: str, gk: str, plural: bool) -> None:
            mentions.append((t.i, who, gk, is_subject(t)))
            gender = None if gk == "any" else gk
            self._set_last(last_named, who, gender, plural)
            if is_subject(t) and main_clause(t) and (gk != "any" or who == "child"):
                # a professional of unknown gender is usually named again; the child and a named
                # mother or father are what a pronoun in the next sentence continues
                self._set_last(last_subj, who, gender, plural)

        people = self._people(sent.doc)  # each token's person gender
        agency = self.c.agency_nouns

        def is_plural(t: Token) -> bool:
            return t.tag_ in ("NNS", "NNPS") or any(x.i in out or people[x.i] for x in t.conjuncts)

        doc = sent.doc
        # only a mention of the child, a person, an agency or a pronoun does anything below: visit those alone
        cands = self._mention_candidates(doc, people)
        lo, hi = sent.start, sent.end
        visit = cands[bisect.bisect_left(cands, lo): bisect.bisect_left(cands, hi)]
        if out:
            visit = sorted({*visit, *(i for i in out if lo <= i < hi)})
        for i in visit:
            t = doc[i]
            if t.i in out:
                plural = is_plural(t)
                note(t, "child", "p" if plural else (cg or "any"), plural)
                continue
            pg = people[t.i]
            if pg is None and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and is_subject(t) and agency.has(t):
                note(t, "other", "p", True)  # "school have said they feel ...": they are the school
                continue
            if pg is not None:
                plural = is_plural(t)
                if any(d.dep_ == "det" and d.lower_ in _NEG_DET for d in t.children):
                    continue  # "No SW for 7 weeks -> no one noticed she had stopped ...": a person said not to be there
                if pg == "any" and not is_subject(t) and not t.text[:1].isupper() and not any(
                    d.dep_ in ("det", "poss") for d in t.children
                ):
                    continue  # "changes of worker": no one in particular
                note(t, "other", "p" if plural else pg, plural)
                continue
            low = t.lower_
            g = "m" if low in _PRONOUNS_M else "f" if low in _PRONOUNS_F else "p" if low in _PRONOUNS_P else None
            if g is None or t.pos_ not in ("PRON", "DET"):
                continue
            # a person of unknown gender ("the worker") is a candidate only as a subject: "the longest-standing
            # professional in his life" does not make "his" the professional's
            compatible = [m for m in mentions if m[2] == g or (m[2] == "any" and g != "p" and (m[3] or m[1] == "child"))]
            exact = [m for m in mentions if m[2] == g]
            ante: str | None = None
            if cg is not None and g != cg and g != "p":
                ante = "other"
            elif t.dep_ in _SUBJ and self._child_in_own_clause(t, out):
                ante = "other"  # "She has used the three houses tool with XXXX": she is not XXXX
            elif t.dep_ in _SUBJ:
                subj = [m for m in compatible if m[3]]
                if compatible and compatible[-1][1] == "child":
                    ante = "child"  # "..., always seeing XXXX alone, often at school where she talks"
                elif self._reported_about_child(t, mentions):
                    ante = "child"  # "The SW said she is settled" (but "the SW said she had visited twice")
                elif subj:
                    ante = subj[-1][1]  # "The worker visited and she said"
                elif exact:
                    ante = exact[-1][1]  # "mother did not attend because she said"
                else:
                    # "Mother was unwell. She ..."; "Spoke with the SW on the phone. She agreed ..."
                    ante = last_subj.get(g) or last_named.get(g)
            else:
                verb = t.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                    verb = verb.head
                if t.dep_ in ("dobj", "dative") and t.head == verb and not t.lower_.endswith("self"):
                    # an object pronoun is not its own clause's subject: "Mother told her" (her is not Mother),
                    # "her mother's attempts to contact her" (the attempts' owner is who contacts)
                    subs = self.subjects(verb) or ([p for p in verb.head.children if p.dep_ == "poss"] if verb.dep_ == "acl" else [])
                    who = {resolved[x.i][0] if x.i in resolved else "child" if x.i in out else "other"
                           for x in subs if x.i in resolved or x.i in out or self._person_gender(x) is not None}
                    if who == {"other"} and (cg is None or cg == g):
                        ante = "child"
                    elif who == {"child"}:
                        ante = "other"
                for sub in self.subjects(verb) if ante is None else ():
                    if sub.i in resolved and resolved[sub.i][1] == g:
                        ante = resolved[sub.i][0]  # "she told her worker"
                    elif sub.i in out and sub.i < t.i:
                        ante = "child"
                    elif sub.i < t.i and self._person_gender(sub) == g:
                        ante = "other"  # "Mother told her sister"
                if ante is None and compatible:
                    ante = compatible[-1][1]
                if ante is None:
                    # the topic carries over: the last main-clause subject ("No note records what XXXX thinks about
                    # her mother. The plan is made about her"), else the last person named ("For XXXX, the
                    # difference is visible. Her dental treatment ...")
                    ante = last_subj.get(g) or last_named.get(g)
            if ante is None:
                ante = "child" if g != "p" or cg == "p" else None
            if ante is None:
                continue
            resolved[t.i] = (ante, g)
            if ante == "child":
                out.add(t.i)
            note(t, ante, g, g == "p")
        state.next_last_subj, state.next_last_named = last_subj, last_named
        return out

    def _mention_candidates(self, doc: Doc, people: list[str | None]) -> list[int]:
        """Indices (ascending) of the tokens of ``doc`` that :meth:`child_tokens` may act on besides the
        mentions of the child: a person, a word of the agency list, a personal pronoun (once per Doc)."""
        key = ("auditlint.analysis.mention_candidates", self._gender_key, self.c.agency_nouns._key)
        got = doc.user_data.get(key)
        if got is None:
            d = doc_lower(doc)
            where = d.where
            found = {i for i, g in enumerate(people) if g is not None}
            for w in (*_PRONOUNS_M, *_PRONOUNS_F, *_PRONOUNS_P):
                found.update(i for i in where.get(w, ()) if d.lower[i] == w)
            agency = self.c.agency_nouns.words
            if agency:
                for k in (agency & where.keys()):
                    found.update(where[k])
            got = doc.user_data[key] = sorted(found)
        return got

    @staticmethod
    def _child_in_own_clause(t: Token, named: set[int]) -> bool:
        """The child is named as an object of the clause whose subject is the
        pronoun ``t``: a pronoun and a name in the same clause are two people
        ("She used the tool with XXXX", "he saw XXXX alone")."""
        v = t.head
        if v.pos_ not in ("VERB", "AUX") or not named:
            return False
        doc = t.doc
        # a plural ("the children") cannot be what a singular pronoun would have named
        named = {i for i in named if not (t.lower_ not in _PRONOUNS_P and doc[i].tag_ in ("NNS", "NNPS"))}
        if any(x.i in named and x.dep_ in ("dobj", "dative", "pobj") for x in SentenceClassifier.clause_tokens(v)):
            return True
        # a clause joined to it names the child as its subject: "She has used the booklet, and XXXX has filled in
        # her own pages" (the same person would be "she" again)
        joined = [x for x in v.conjuncts if x.i > v.i]
        return any(s.i in named for x in joined for s in x.children if s.dep_ in ("nsubj", "nsubjpass"))

    def _reported_about_child(self, t: Token, mentions: list[tuple[int, str, str, bool]]) -> bool:
        """``t``, a subject pronoun, opens what a professional reported ("The
        SW said she is settled", "The IRO noted that she seemed happier"): the
        professional's words are about the child, the topic of the audit,
        unless the reported clause is itself a piece of the work ("the worker
        said she had visited twice"). Only a speaker of unknown gender (a
        role, not "Mother") is passed over, and only for a clause that a
        reporting verb takes as its complement."""
        v = t.head
        if v.dep_ != "ccomp" or v.i < v.head.i or not mentions:
            return False
        said, c = v.head, self.c
        if not (self.is_(c.reporting_verbs, said) or self.is_(c.child_speech_verbs, said)):
            return False
        speaker = [m for m in mentions if m[0] in {s.i for s in self.subjects(said)}]
        if not speaker or speaker[-1][1] == "child" or speaker[-1][2] != "any":
            return False
        for x in itertools.chain((v,), v.conjuncts):
            if self.is_(c.process_verbs, x) or self.is_(c.occurrence_verbs, x) or any(
                o.dep_ == "dobj" and (c.process_nouns.has_at(o) or c.professional_nouns.has_at(o)) for o in x.children
            ):
                return False
        return True

    def update_state(self, state: _State) -> None:
        state.last_subj, state.last_named = state.next_last_subj, state.next_last_named

    def infer_gender(self, docs: list[Doc], child_ref: str) -> str | None:
        """The child's pronoun gender, from pronouns that follow a mention of
        the child in the same sentence before any other person is named."""
        votes = {"f": 0, "m": 0, "p": 0}
        c = self.c
        # the votes add up over the Docs: each Doc's are counted once per cue set and
        # child reference (kept in doc.user_data), and shared by every rule that asks
        key = ("auditlint.gender", c.child_terms._key, c.female_nouns._key, c.male_nouns._key,
               c.person_nouns._key, child_ref)
        for doc in docs:
            got = doc.user_data.get(key)
            if got is None:
                got = doc.user_data[key] = self._gender_votes(doc, child_ref)
            for k, n in got.items():
                votes[k] += n
        best = max(votes, key=lambda k: votes[k])
        rest = sum(votes.values()) - votes[best]
        return best if votes[best] >= 1 and votes[best] >= 2 * rest else None

    def _gender_votes(self, doc: Doc, child_ref: str) -> dict[str, int]:
        votes = {"f": 0, "m": 0, "p": 0}
        state = _State(child_ref=child_ref)
        people = self._people(doc)
        # only three kinds of token matter, in order: a mention of the child, another person, a pronoun
        persons = [i for i, g in enumerate(people) if g is not None]
        lower = doc_lower(doc).lower
        pronouns = doc_lower(doc).with_lower(_PRONOUNS_F | _PRONOUNS_M | _PRONOUNS_P)
        for sent in doc.sents:
            named = self._named_child(sent, state)
            lo, hi = sent.start, sent.end
            here = [i for i in persons[bisect.bisect_left(persons, lo): bisect.bisect_left(persons, hi)]]
            here += pronouns[bisect.bisect_left(pronouns, lo): bisect.bisect_left(pronouns, hi)]
            if not named or not here:
                continue  # no mention of the child, or nothing after one: no vote
            seen_child = False
            for i in sorted({*named, *here}):
                if i in named:
                    seen_child = True
                elif people[i] is not None:
                    seen_child = False
                elif seen_child:
                    low = lower[i]
                    if low in _PRONOUNS_F:
                        votes["f"] += 1
                    elif low in _PRONOUNS_M:
                        votes["m"] += 1
                    elif low in _PRONOUNS_P:
                        votes["p"] += 1
        return votes

    # -- clause structure ------------------------------------------------------
    @staticmethod
    def predicates(sent: Span) -> list[Token]:
        """The heads of the sentence's clauses (verbs, and the root of a fragment)."""
        out = []
        for t in sent:
            if t.dep_ == "ROOT" or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "amod", "compound", "prep", "mark", "case")):
                out.append(t)  # not "given the police information", where a participle is a preposition
        return out

    def subjects(self, v: Token, depth: int = 0) -> list[Token]:
        if depth:
            return self._subjects(v, depth)
        # once per token per Doc (kept in doc.user_data; a copy handed out: callers may change their list)
        return list(_per_token(v, (_MEMO_SUBJECTS, self.c.object_control_verbs._key), self._top_subjects))

    def _top_subjects(self, v: Token) -> list[Token]:
        return self._subjects(v, 0)

    def _subjects(self, v: Token, depth: int) -> list[Token]:
        subs = [c for c in v.children if c.dep_ in _SUBJ and c.dep_ != "expl"]
        if not subs:  # the parser sometimes hangs the subject on the auxiliary: "XXXX was upset"
            subs = [g for c in v.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in _SUBJ and g.dep_ != "expl"]
        if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "XXXX, who told the IRO ...", "her school refusal, which has now lasted ..."
            subs = [v.head if s.tag_ in ("WDT", "WP") or s.lower_ == "that" else s for s in subs]
        if not subs and depth < 4:
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
                subs = [v.head]
            elif v.dep_ == "acl" and v.tag_ == "VBN":
                subs = [v.head]
            elif v.dep_ in ("xcomp", "advcl") and v.tag_ in ("VB", "VBG"):
                head = v.head
                while head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and head.head != head:
                    head = head.head  # "XXXX has been able to talk"
                objs = [c for c in head.children if c.dep_ == "dobj"]
                if objs and self.c.object_control_verbs.has(head):
                    subs = objs
                else:
                    subs = self.subjects(head, depth + 1)
            elif v.dep_ == "conj" and v.head != v:
                subs = self.subjects(v.head, depth + 1)
        out = []
        for s in subs:
            out.append(s)
            out += list(s.conjuncts)
            if s.pos_ in ("NUM", "PRON", "DET") or s.lower_ in ("most", "all", "some", "none", "each", "half", "many"):
                # "two of the six core groups have happened": the core groups
                out += [p for pr in s.children if pr.dep_ == "prep" and (pr.lower_ == "of" or (pr.lower_ == "in" and s.lower_ in _NEG_DET))
                        for p in pr.children if p.dep_ == "pobj"]  # "nothing in XXXX's day-to-day life is different"
        return out

    @staticmethod
    def is_passive(v: Token) -> bool:
        return _per_token(v, _MEMO_IS_PASSIVE, SentenceClassifier._is_passive)

    @staticmethod
    def _is_passive(v: Token) -> bool:
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
            return True
        if v.tag_ == "VBN" and v.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in v.children):
            return True  # a note-style fragment: "Dad's views included.", "Plan reviewed in May."
        if v.tag_ == "VBN" and v.dep_ == "conj" and any(c.dep_ == "auxpass" for c in v.head.children) and not any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in v.children):
            return True  # shares the passive of the verb it is joined to: "XXXX was seen and spoken to alone"
        return v.tag_ == "VBN" and v.dep_ == "acl" and not any(c.dep_ in ("aux", "nsubj") for c in v.children)

    @staticmethod
    def negated(v: Token) -> bool:
        return _per_token(v, _MEMO_NEGATED, SentenceClassifier._negated)

    @staticmethod
    def _negated(v: Token) -> bool:
        for c in v.children:
            if c.dep_ == "neg" or c.lower_ == "never":
                return True
            if c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children):
                return True  # "Not yet held.": the parser hangs the "not" from "yet"
            if c.dep_ in _SUBJ + ("dobj", "attr") and (
                c.lower_ in _NEG_DET or any(d.dep_ == "det" and d.lower_ in _NEG_DET for d in c.children)
            ):
                return True
            if c.dep_ == "dobj" and c.lower_ == "little" and not any(d.dep_ == "det" for d in c.children):
                return True  # "Supervision has added little" (but not "added a little")
        if v.dep_ == "pcomp" and v.head.lower_ == "without":
            return True
        if v.dep_ == "xcomp" and any(c.dep_ == "neg" for c in v.head.children):
            return True
        return False

    @staticmethod
    def modal(v: Token) -> bool:
        return _per_token(v, _MEMO_MODAL, SentenceClassifier._modal)

    @staticmethod
    def _modal(v: Token) -> bool:
        for c in v.children:
            if c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in _MODALS):
                return True
        h = v.head
        if v.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and h != v and (
            any(c.dep_ == "aux" and c.tag_ == "MD" for c in h.children)
        ):
            return True  # "it will be hard for XXXX to form ...": the infinitive shares the modal
        if v.dep_ == "xcomp" and (h.lemma_.lower() in ("likely", "unlikely", "able", "unable", "bound")
                                  or any(c.lemma_.lower() in ("likely", "unlikely") for c in h.children)):
            return True
        if v.lemma_ == "be" and any(c.lemma_.lower() in ("likely", "unlikely") and c.dep_ == "acomp" for c in v.children):
            return True
        return False

    _PARTICLES = {"up", "down", "off", "out", "over", "back", "on", "in", "through", "away", "ahead", "forward"}

    @staticmethod
    def causative(v: Token) -> Token | None:
        """The adjective of a causative small clause: "makes the decision
        hard to follow", "made it impossible to tell" (not "made a referral")."""
        if v.lemma_.lower() not in _CAUSATIVES:
            return None
        return next((ch for ch in v.children if ch.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and ch.pos_ == "ADJ"), None)

    @classmethod
    def verb_lemma(cls, v: Token) -> str:
        """The verb's lemma with its particle: "step down", "sign off", "set back" (once per token, kept in
        ``doc.user_data``: every clause test of a sentence asks it again)."""
        return _per_token(v, _MEMO_VERB_LEMMA, cls._verb_lemma)

    @classmethod
    def _verb_lemma(cls, v: Token) -> str:
        prt = [c.lower_ for c in v.children if c.dep_ == "prt" or (
            c.dep_ in ("advmod", "prep") and c.i == v.i + 1 and c.lower_ in cls._PARTICLES and c.dep_ != "prep")]
        return v.lemma_.lower() + ("" if not prt else " " + prt[0])

    def is_(self, cues: CueSet, v: Token) -> bool:
        """A verb (with its particle: "set back", "step down"; or its object:
        "take place") is in ``cues``."""
        doc, i = v.doc, v.i
        d = doc.user_data.get(_LOWER_KEY) or doc_lower(doc)  # (cues.has, without the call)
        w = cues.words
        if w and (d.lower[i] in w or d.lemma[i] in w):
            return True
        if not cues._raw or d.lemma[i] not in (cues._firsts if cues._firsts is not None else cues.phrase_firsts()):
            return False  # no phrase starts with the verb (most verbs): what has_phrase_key would say
        return cues.has_phrase_key(d.lemma[i], lambda: self.verb_keys(v))

    @classmethod
    def verb_keys(cls, v: Token) -> tuple[str, ...]:
        """What :meth:`is_` looks up for a verb: its lemma with its particle, then its lemma with each
        object's ("take place"); worked out once per token (kept in ``doc.user_data``)."""
        return _per_token(v, _VERB_KEYS, cls._verb_keys)

    @classmethod
    def _verb_keys(cls, v: Token) -> tuple[str, ...]:
        low = v.lemma_.lower()
        return (cls.verb_lemma(v), *(f"{low} {o.lemma_.lower()}" for o in v.children if o.dep_ == "dobj"))

    def is_analysis(self, v: Token, child: set[int] | frozenset[int] = frozenset()) -> bool:
        """An analysis verb (consider, explain, weigh ...), unless it is said
        to a person: "explained to XXXX" is work with the child, "explained
        to me that ..." is what the worker told the auditor."""
        if v.pos_ not in ("VERB", "AUX") or not self.is_(self.c.analysis_verbs, v):
            return False
        return not any(ch.dep_ in ("prep", "dative") and ch.lower_ in ("to", "with") and any(
            p.i in child or p.pos_ == "PRON" or self.c.person_nouns.has(p) for p in ch.children) for ch in v.children)

    @staticmethod
    def clause_tokens(v: Token) -> list[Token]:
        """A clause's own tokens: its subtree without the clauses embedded in it."""
        out = []
        stack = [v]
        while stack:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                if c.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis", "csubj") and c.pos_ in ("VERB", "AUX"):
                    continue
                stack.append(c)
        return sorted(out, key=lambda t: t.i)

    def _impersonal_framing(self, v: Token, comp: Token) -> bool:
        """``v`` is the writer's own impersonal passive framing its that-clause ``comp``: "It is recognised that
        XXXX still does not understand ...", "It is judged that ...". The clause is asserted, not a question an
        analysis asks (but "It is not considered how XXXX feels" is a missing analysis)."""
        return v.pos_ == "VERB" and self.is_passive(v) and not self.negated(v) and any(
            x.lower_ == "it" and x.dep_ in ("nsubjpass", "expl") for x in v.children
        ) and any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children)

    def embedded_in_analysis(self, t: Token, child: set[int] | frozenset[int] = frozenset()) -> bool:
        """True when ``t`` sits inside what an analysis verb (consider, look
        at, explain...) takes as its object: "does not consider what it means
        for XXXX" reports a missing analysis, not an impact. A relative
        clause after a comma is an assertion of its own and stops the climb."""
        if t.dep_ in ("ccomp", "csubj") and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in t.children) and any(
            w.lower_ in _WH_CLAUSE and w.i < t.i and w.dep_ in ("advmod", "nsubj", "dobj", "pobj", "mark") for w in t.children
        ) and not any(x.i in child for x in itertools.chain(
            self.subjects(t.head), (x for x in t.head.children if x != t), (g for x in t.head.children if x != t for g in x.children)
        )):
            return True  # "What the plan does not say is how XXXX will get to school": a question asked, not an outcome
        h = t
        for _ in range(12):
            if h.head == h:
                return False
            parent = h.head
            if h.dep_ == "relcl" and h.i > 0 and h.doc[h.left_edge.i - 1].text == ",":
                return False
            if h.dep_ == "ccomp" and self._impersonal_framing(parent, h):
                return False
            if h.dep_ in ("ccomp", "dobj", "pcomp", "xcomp") and self.is_(self.c.reporting_verbs, parent) and any(
                self.c.process_nouns.has_at(s) for s in self.subjects(parent)
            ):
                return True  # "The plan says XXXX's attendance will improve": the document's words, not a finding
            if h.dep_ == "pobj" and parent.dep_ == "prep" and self.is_(self.c.reporting_verbs, parent.head) and any(
                self.c.process_nouns.has_at(s) for s in self.subjects(parent.head)
            ):
                return True  # "the assessment could have said more about his relationship ..."
            gov = parent
            if h.dep_ == "relcl" and parent.dep_ in ("dobj", "dative") and any(w.lower_ == "what" for w in h.children):
                gov = parent.head  # "tell a new worker what needs to change": a free relative the parser hung on the noun
            elif h.dep_ == "pcomp" and parent.dep_ == "prep":
                gov = parent.head  # "says nothing about how XXXX feels there": the question hangs on "about"
                if gov.pos_ not in ("VERB", "AUX") and gov.dep_ in ("dobj", "attr"):
                    gov = gov.head
            if h.dep_ == "ccomp" and parent.pos_ == "VERB" and not self.negated(parent) and self.is_(self.c.analysis_verbs, parent) and any(
                w.lower_ in _WH_CLAUSE and w.i < h.i and w.dep_ in ("advmod", "mark", "nsubj", "dobj") for w in h.children
            ) and not any(x.i in child for x in self.subjects(parent)):
                return True  # "The worker explained to XXXX why she could not go home yet": what was explained
            if (h.dep_ in ("ccomp", "dobj") or gov is not parent) and gov.pos_ in ("VERB", "AUX") and self.negated(gov) and any(
                w.lower_ in _WH_CLAUSE and (w.tag_ in ("WP", "WRB", "WDT") or (w.lower_ == "whether" and w.dep_ == "mark"))
                for w in (*h.children, h.left_edge)
            ) and not any(x.i in child for x in itertools.chain(self.subjects(gov), gov.children)):
                return True  # "it would not tell a new worker what needs to change for XXXX to be safe": a gap in the record
            if h.dep_ in ("ccomp", "pcomp", "pobj", "dobj", "xcomp", "csubj") and (
                self.is_analysis(parent, child)
                or (parent.dep_ == "prep" and (self.is_analysis(parent.head, child) or self.c.analysis_verbs.has_lemma(
                    f"{parent.head.lemma_.lower()} {parent.lower_}")))
            ):
                return True
            h = parent
        return False

    # -- the classifier ------------------------------------------------------------
    def classify(self, sent: Span, child: set[int], every_reason: bool = False) -> SentenceClass:
        """The sentence's class, with the reason for it. The tests run in order of precedence and stop
        at the first that holds (an impact sentence is never tested for evaluation or process);
        ``every_reason`` runs all three, to list every reason (for debugging)."""
        a = _Sentence(self, sent, child)
        impact = a.impact()
        evaluation = a.evaluation() if every_reason or not impact else None
        process = a.process() if every_reason or not (impact or evaluation) else None
        if impact:
            a.reasons.insert(0, f"impact: {impact}")
        if evaluation:
            a.reasons.append(f"evaluation: {evaluation}")
        if process:
            a.reasons.append(f"process: {process}")
        cls = IMPACT if impact else EVALUATION if evaluation else PROCESS if process else OTHER
        return SentenceClass(sent.start_char, sent.end_char, cls, tuple(a.reasons), bool(child))
