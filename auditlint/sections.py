"""Recognising section headings, grade spellings and action labels.

The words are data (``rules/sections.yml``); this module only normalises and
compares. Every reader uses it, so Markdown, JSON/YAML and Word agree.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .model import DOMAIN_NAMES, Grade
from .resources import builtin_rules_dir

_NUMBERING = re.compile(
    r"^\s*(?:(?:domain|section|part)\s*)?(?:\(?\d{1,2}[.):]?\)?|[ivx]{1,4}[.)])\s*[-–—:.]?\s*",
    re.IGNORECASE,
)
_DOMAIN_NUMBER = re.compile(r"^\s*(?:domain|section)?\s*\(?(\d)\b", re.IGNORECASE)


def normalise(label: str) -> str:
    """Lower case, '&' as 'and', punctuation as spaces, spaces folded."""
    s = label.replace("&", " and ").replace("’", "'").lower()
    s = re.sub(r"[*_`#]+", " ", s)
    s = re.sub(r"[^\w]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def strip_numbering(label: str) -> str:
    return _NUMBERING.sub("", label, count=1)


@dataclass(frozen=True)
class SectionMatch:
    kind: str  # "domain" | "practitioner" | "family" | "actions" | "extra"
    number: int | None = None
    name: str = ""


@dataclass
class SectionCatalogue:
    domain_aliases: dict[int, list[str]] = field(default_factory=dict)
    domain_names: dict[int, str] = field(default_factory=lambda: dict(DOMAIN_NAMES))
    other_aliases: dict[str, list[str]] = field(default_factory=dict)
    other_names: dict[str, str] = field(default_factory=dict)
    action_labels: list[str] = field(default_factory=list)
    grade_labels: list[str] = field(default_factory=list)
    grade_spellings: dict[str, Grade] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_files: tuple[Path, ...] = ()) -> SectionCatalogue:
        from .lexicons import safe_load  # libyaml's parser where there is one: same data, same errors

        cat = cls()
        for path in (builtin_rules_dir() / "sections.yml", *extra_files):
            cat._add(safe_load(Path(path).read_text(encoding="utf-8")) or {})
        return cat

    def _add(self, data: dict) -> None:
        for num, spec in (data.get("domains") or {}).items():
            n = int(num)
            if spec.get("name"):
                self.domain_names[n] = spec["name"]
            self.domain_aliases.setdefault(n, []).extend(normalise(a) for a in spec.get("aliases", []))
        for kind in ("practitioner", "family", "actions"):
            spec = data.get(kind) or {}
            if spec.get("name"):
                self.other_names[kind] = spec["name"]
            self.other_aliases.setdefault(kind, []).extend(normalise(a) for a in spec.get("aliases", []))
        self.action_labels += [normalise(a) for a in data.get("action_labels", [])]
        self.grade_labels += [normalise(a) for a in data.get("grade_labels", [])]
        for grade, spellings in (data.get("grades") or {}).items():
            g = Grade(grade)
            for s in spellings:
                self.grade_spellings[normalise(s)] = g

    def match_heading(self, heading: str) -> SectionMatch:
        """Which section a heading names."""
        bare = normalise(strip_numbering(heading))
        full = normalise(heading)
        for cand in (bare, full):
            for n, aliases in self.domain_aliases.items():
                if cand in aliases:
                    return SectionMatch("domain", n, self.domain_names[n])
            for kind, aliases in self.other_aliases.items():
                if cand in aliases:
                    return SectionMatch(kind, None, self.other_names.get(kind, kind))
        # a longer heading that starts with a known name ("Assessment (incl. ...)")
        best: tuple[int, SectionMatch] | None = None
        for n, aliases in self.domain_aliases.items():
            for a in aliases:
                if len(a) >= 8 and (bare.startswith(a + " ") or bare == a):
                    if best is None or len(a) > best[0]:
                        best = (len(a), SectionMatch("domain", n, self.domain_names[n]))
        for kind, aliases in self.other_aliases.items():
            for a in aliases:
                if len(a) >= 8 and bare.startswith(a + " "):
                    if best is None or len(a) > best[0]:
                        best = (len(a), SectionMatch(kind, None, self.other_names.get(kind, kind)))
        if best:
            return best[1]
        # "Domain 3" or "Domain 3 - <unknown words>": trust the number
        head = heading.lstrip()[:100]  # a short prefix: linear time on any heading
        m = _DOMAIN_NUMBER.match(head)
        if m and re.match(r"^\s*(domain|section)", head, re.IGNORECASE) and 1 <= int(m.group(1)) <= 7:
            n = int(m.group(1))
            return SectionMatch("domain", n, self.domain_names[n])
        return SectionMatch("extra", None, heading.strip())

    def parse_grade(self, text: str) -> Grade | None:
        key = normalise(text)
        key = re.sub(r"^(grade|judgement|judgment)\s+", "", key)
        return self.grade_spellings.get(key)

    def nearest_grade(self, text: str) -> str | None:
        options = sorted(self.grade_spellings)
        key = normalise(text[:500])
        hit = difflib.get_close_matches(key, options, n=1, cutoff=0.6)
        if hit:
            return self.grade_spellings[hit[0]].value
        # "Good with areas to develop": the longest grade named in it
        inside = [o for o in options if re.search(rf"\b{re.escape(o)}\b", key)]
        return self.grade_spellings[max(inside, key=len)].value if inside else None

    def accepted_grades(self) -> str:
        return ", ".join(g.value for g in Grade) + " (also RI, Requires Improvement)"

    def is_action_label(self, text: str) -> bool:
        return normalise(text) in self.action_labels

    def is_grade_label(self, text: str) -> bool:
        return normalise(text) in self.grade_labels


@lru_cache(maxsize=8)
def catalogue(extra_files: tuple[Path, ...] = ()) -> SectionCatalogue:
    return SectionCatalogue.load(extra_files)
