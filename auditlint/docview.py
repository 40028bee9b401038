"""A parse as plain Python objects, read from spaCy once and shared by every rule.

Every ``for t in doc``, ``doc[i]``, ``t.head`` or ``t.children`` on a spaCy
``Doc`` builds new ``Token`` objects, and every ``t.lemma_`` looks its string up
again. The rules walk each parse many times over, so that cost came to more than
the rules' own logic (benchmarks/bench.py, issue 8). A :class:`DocView` reads each
token's attributes once into a :class:`TokenView` (one object per token, so
``is`` and ``==`` agree) and offers the part of spaCy's ``Doc``/``Span``/``Token``
interface the rules use, with spaCy's semantics: ``children``, ``lefts``,
``rights``, ``subtree``, ``ancestors``, ``conjuncts``, ``sent`` and ``Span.root``
follow spaCy's own definitions (tests/test_docview.py compares them with spaCy on
real parses). Anything else is read from the spaCy object on demand, with tokens
and spans in the answer mapped back to views, so code written against spaCy works
on a view unchanged and never mixes the two.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from operator import attrgetter
from typing import Any

import numpy as np

# Token attributes copied once per token; everything else is read from spaCy when asked.
_COPIED = (
    "text", "whitespace_", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "ent_iob_",
    "like_num", "is_punct", "is_space", "is_alpha", "is_upper", "is_title", "is_digit",
)


class TokenView:
    __slots__ = (
        "doc", "i", "idx", *_COPIED, "head", "is_sent_start", "_l_edge", "_r_edge", "_kids", "_sent", "_conj",
        "_lefts", "_rights", "_children", "_subtree",
    )

    def __init__(self) -> None:  # filled in by DocView
        pass

    # -- spaCy's Token interface ------------------------------------------------
    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    def __lt__(self, other: TokenView) -> bool:
        return self.i < other.i

    def __le__(self, other: TokenView) -> bool:
        return self.i <= other.i

    def __gt__(self, other: TokenView) -> bool:
        return self.i > other.i

    def __ge__(self, other: TokenView) -> bool:
        return self.i >= other.i

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    def _place_children(self) -> None:
        # spaCy's lefts/rights: the tokens between the edges whose head is this token. spaCy sets the edges
        # only in set_children_from_heads, which starts each at the token's own index and widens a head's over
        # every child's (whose edges hold the child's index): the edges always span all the children, so the
        # lefts are the children before the token and the rights those after it (no edge need be read)
        kids = self._kids
        if not kids:  # a leaf (most tokens)
            self._lefts = self._rights = self._children = ()
            return
        toks, i = self.doc.tokens, self.i
        k = bisect_left(kids, i)  # (ascending, never i itself)
        self._lefts = tuple([toks[j] for j in kids[:k]])
        self._rights = tuple([toks[j] for j in kids[k:]])
        self._children = self._lefts + self._rights

    @property
    def lefts(self) -> Iterator[TokenView]:
        if self._children is None:
            self._place_children()
        return iter(self._lefts)

    @property
    def rights(self) -> Iterator[TokenView]:
        if self._children is None:
            self._place_children()
        return iter(self._rights)

    @property
    def children(self) -> Iterator[TokenView]:
        if self._children is None:
            self._place_children()
        return iter(self._children)

    @property
    def n_lefts(self) -> int:
        if self._children is None:
            self._place_children()
        return len(self._lefts)

    @property
    def n_rights(self) -> int:
        if self._children is None:
            self._place_children()
        return len(self._rights)

    @property
    def subtree(self) -> Iterator[TokenView]:
        if self._subtree is None:
            if self._children is None:
                self._place_children()
            out: list[TokenView] = []
            for w in self._lefts:
                out += w.subtree
            out.append(self)
            for w in self._rights:
                out += w.subtree
            self._subtree = tuple(out)
        return iter(self._subtree)

    def _read_edges(self) -> None:
        # a token with children: its edges read from spaCy on first use (most are never asked for)
        tok = self.doc.spacy[self.i]
        self._l_edge, self._r_edge = tok.left_edge.i, tok.right_edge.i

    @property
    def left_edge(self) -> TokenView:
        if self._l_edge < 0:
            self._read_edges()
        return self.doc.tokens[self._l_edge]

    @property
    def right_edge(self) -> TokenView:
        if self._l_edge < 0:
            self._read_edges()
        return self.doc.tokens[self._r_edge]

    @property
    def ancestors(self) -> Iterator[TokenView]:
        t, n, limit = self, 0, len(self.doc.tokens)
        while t.head is not t and n < limit:
            t = t.head
            yield t
            n += 1

    def is_ancestor(self, descendant: TokenView) -> bool:
        return getattr(descendant, "doc", None) is self.doc and any(a is self for a in descendant.ancestors)

    @property
    def conjuncts(self) -> tuple[TokenView, ...]:
        if self._conj is None:
            start = self
            while start.head is not start and start.dep_ == "conj":
                start = start.head
            out = [start]
            for word in out:
                out += [c for c in word.rights if c.dep_ == "conj"]
            self._conj = tuple(w for w in out if w is not self)
        return self._conj

    @property
    def sent(self) -> SpanView:
        if self._sent is None:
            self.doc._place_sentences()
        return self._sent

    @property
    def is_sent_end(self) -> bool | None:
        toks = self.doc.tokens
        return True if self.i + 1 == len(toks) else toks[self.i + 1].is_sent_start

    def nbor(self, i: int = 1) -> TokenView:
        j = self.i + i
        if not 0 <= j < len(self.doc.tokens):
            raise IndexError(f"token neighbour {j} is out of bounds")
        return self.doc.tokens[j]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in TokenView.__slots__:
            raise AttributeError(name)
        return self.doc._wrap(getattr(self.doc.spacy[self.i], name))


class SpanView:
    """A slice of a :class:`DocView`, as spaCy's ``Span``."""

    __slots__ = ("doc", "start", "end", "label_", "_root", "_text")

    def __init__(self, doc: DocView, start: int, end: int, label: str = ""):
        self.doc = doc
        self.start = start
        self.end = end
        self.label_ = label
        self._root: TokenView | None = None
        self._text: str | None = None

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, key: int | slice) -> TokenView | SpanView:
        n = self.end - self.start
        if isinstance(key, slice):
            a, b, step = key.indices(n)
            if step != 1:
                raise ValueError("spans cannot be sliced with a step")
            return SpanView(self.doc, self.start + a, self.start + max(a, b))
        k = key + n if key < 0 else key
        if not 0 <= k < n:
            raise IndexError(f"index {key} is out of range for a span of {n} tokens")
        return self.doc.tokens[self.start + k]

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, SpanView)
            and other.doc is self.doc
            and (other.start, other.end, other.label_) == (self.start, self.end, self.label_)
        )

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end, self.label_))

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    @property
    def start_char(self) -> int:
        toks = self.doc.tokens
        return toks[self.start].idx if self.start < len(toks) else len(self.doc.text)

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self.start_char
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        if self._text is None:  # (a view's text never changes: the sentences' spans are asked for it many times)
            self._text = self.doc.text[self.start_char : self.end_char]
        return self._text

    @property
    def text_with_ws(self) -> str:
        ws = self.doc.tokens[self.end - 1].whitespace_ if self.end > self.start else ""
        return self.text + ws

    @property
    def root(self) -> TokenView:
        """spaCy's ``Span.root``: a sentence root inside the span, else the token
        fewest steps below the root among those whose head is outside the span."""
        if self._root is None:
            toks = self.doc.tokens
            inside = toks[self.start : self.end]
            best = next((t for t in inside if t.head is t), None)
            if best is None:
                least = len(toks)
                for t in inside:
                    if self.start <= t.head.i < self.end:
                        continue
                    steps = self.doc._steps_to_root(t)
                    if steps < least:
                        least, best = steps, t
            self._root = best if best is not None else toks[self.start]
        return self._root

    @property
    def sent(self) -> SpanView:
        return self.doc.tokens[self.start].sent

    @property
    def ents(self) -> list[SpanView]:
        out = []
        for e in self.doc.ents:
            if e.start >= self.start:
                if e.end <= self.end:
                    out.append(e)
                else:
                    break
        return out

    @property
    def conjuncts(self) -> tuple[TokenView, ...]:
        return self.root.conjuncts

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in SpanView.__slots__:
            raise AttributeError(name)
        return self.doc._wrap(getattr(self.doc.spacy[self.start : self.end], name))


class DocView:
    """A spaCy ``Doc`` read once; ``spacy`` is the original, for spaCy's own matchers."""

    def __init__(self, doc: Any):
        self.spacy = doc
        n = len(doc)
        new = TokenView.__new__  # (its __init__ does nothing: not called per token)
        toks = [new(TokenView) for _ in range(n)]
        # the heads from one array (``tok.head`` builds a Token per token), as spaCy's ``Token.head``
        heads = (doc.to_array("HEAD").astype("int64") + np.arange(n, dtype="int64")).tolist() if n else []
        kids: dict[int, list[int]] = {}  # the tokens with children (a leaf's are the empty tuple)
        for i, h in enumerate(heads):
            if h != i:
                got = kids.get(h)
                if got is None:
                    kids[h] = [i]
                else:
                    got.append(i)
        read = attrgetter("idx", *_COPIED, "is_sent_start")
        for i, tok in enumerate(doc):
            v = toks[i]
            (v.idx, v.text, v.whitespace_, v.lower_, v.lemma_, v.pos_, v.tag_, v.dep_, v.ent_type_, v.ent_iob_,
             v.like_num, v.is_punct, v.is_space, v.is_alpha, v.is_upper, v.is_title, v.is_digit,
             v.is_sent_start) = read(tok)
            v.doc, v.i = self, i
            if i in kids:  # spaCy widens a token's edges only over its children: a leaf's are its own index
                v._l_edge = v._r_edge = -1  # read from spaCy when first asked (:meth:`TokenView._read_edges`)
                v._lefts = v._rights = v._children = None  # placed when first asked (:meth:`TokenView._place_children`)
            else:
                v._l_edge = v._r_edge = i
                v._lefts = v._rights = v._children = ()
            v._sent = v._subtree = None
            v._conj = ()  # no coordination: set below for the tokens in one
            v.head = toks[heads[i]]
        # spaCy's Doc.text, from the words just read (spaCy joins its tokens again on every access)
        self.text: str = "".join([t.text + t.whitespace_ for t in toks])
        leaf: tuple[int, ...] = ()
        for i, view in enumerate(toks):
            view._kids = kids.get(i, leaf)
            if view.dep_ == "conj":  # in a coordination: conjuncts worked out when asked
                view._conj = view.head._conj = None
        self.tokens: list[TokenView] = toks
        self._sents: list[SpanView] | None = None
        self._ents: tuple[SpanView, ...] | None = None
        # the rules' per-parse caches (spaCy's Doc.user_data); the view's own, never shared with the original
        self.user_data: dict[Any, Any] = {}

    def release(self) -> None:
        """Break the view's reference cycles (token <-> doc, head <-> children) once no one will read it
        again, so its objects are freed at once instead of by a pass of the cyclic collector (about
        0.1 s per engine group of ~8 audits). The view is empty afterwards."""
        for t in self.tokens:
            t.doc = t.head = t._sent = t._lefts = t._rights = t._children = t._subtree = t._conj = None
        self.tokens = []
        self._sents = self._ents = None
        self.user_data = {}

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[TokenView]:
        return iter(self.tokens)

    def __getitem__(self, key: int | slice) -> TokenView | SpanView:
        if isinstance(key, slice):
            a, b, step = key.indices(len(self.tokens))
            if step != 1:
                raise ValueError("a doc cannot be sliced with a step")
            return SpanView(self, a, max(a, b))
        return self.tokens[key]

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    @property
    def sents(self) -> Iterator[SpanView]:
        if self._sents is None:
            self._sents = [SpanView(self, s.start, s.end) for s in self.spacy.sents]
        return iter(self._sents)

    def _place_sentences(self) -> None:
        for s in self.sents:
            for t in self.tokens[s.start : s.end]:
                t._sent = s

    @property
    def ents(self) -> tuple[SpanView, ...]:
        if self._ents is None:
            self._ents = tuple(SpanView(self, e.start, e.end, e.label_) for e in self.spacy.ents)
        return self._ents

    def char_span(self, start: int, end: int, label: str = "", **kwargs: Any) -> SpanView | None:
        span = self.spacy.char_span(start, end, label=label, **kwargs)
        return None if span is None else SpanView(self, span.start, span.end, span.label_)

    def _steps_to_root(self, t: TokenView) -> int:
        # spaCy's rule: a space or punctuation token with no children counts as far from the root
        if (t.is_space or t.is_punct) and not t._kids:
            return len(self.tokens) - 1
        n = 0
        while t.head is not t:
            t = t.head
            n += 1
        return n

    def _wrap(self, value: Any) -> Any:
        """spaCy's answer with its tokens and spans replaced by views."""
        kind = type(value).__name__
        if kind == "Token" and value.doc is self.spacy:
            return self.tokens[value.i]
        if kind == "Span" and value.doc is self.spacy:
            return SpanView(self, value.start, value.end, value.label_)
        if kind == "Doc" and value is self.spacy:
            return self
        if isinstance(value, (list, tuple)):
            return type(value)(self._wrap(v) for v in value)
        if kind == "generator":
            return (self._wrap(v) for v in value)
        return value

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("spacy", "tokens", "text", "_sents", "_ents", "user_data"):
            raise AttributeError(name)
        return self._wrap(getattr(self.spacy, name))


def view(doc: Any) -> DocView:
    """The view of a parse (a view is returned as it is)."""
    return doc if isinstance(doc, DocView) else DocView(doc)


def doc_of(doclike: Any) -> Any:
    """A Span's Doc, or the Doc itself. A DocView is told apart by its type: ``getattr(view, "doc", view)``
    would go through the view's fallback to spaCy and an AttributeError every time."""
    if type(doclike) is DocView:
        return doclike
    return getattr(doclike, "doc", doclike)


def as_spacy(doclike: Any) -> Any:
    """The spaCy object behind a view (a spaCy object is returned as it is)."""
    if isinstance(doclike, DocView):
        return doclike.spacy
    if isinstance(doclike, SpanView):
        return doclike.doc.spacy[doclike.start : doclike.end]
    if isinstance(doclike, TokenView):
        return doclike.doc.spacy[doclike.i]
    return doclike
