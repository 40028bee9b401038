"""AL403: emphatic punctuation and shouting capitals in the auditor's voice
(the :class:`Emphatic` rule type, G-3.1b)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from ...text import in_quotes
from .. import register
from ..base import AuditContext, Hit, Params, RuleType
from .word_lists import _refs


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


__all__ = ["Emphatic"]
