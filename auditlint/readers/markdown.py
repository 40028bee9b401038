"""The Markdown audit format of docs/audit-format.md."""

from __future__ import annotations

import re

import yaml

from ..config import LimitsConfig
from ..dates import parse_date
from ..errors import InputError, catalogue_word, without_quotes
from ..model import Audit, Notice, TextBlock
from ..sections import SectionCatalogue, SectionMatch, normalise
from .blocks import BlockBuilder, SectionDraft, assemble
from .decode import line_and_column, split_lines
from .limits import MAX_FLOW_DEPTH, Counter, flow_nesting

# Every pattern here runs in time linear in the line: no two adjacent quantifiers
# can share characters (a 2 MB line of spaces must not take hours). The trailing
# spaces and emphasis that a lazy group would leave out are trimmed in code.
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
_LABEL_LINE = re.compile(
    r"^(?P<indent>\s*)(?:[*_]{1,2}\s*)?(?P<label>[A-Za-z](?: *[A-Za-z/&])*)\s*(?:[*_]{1,2}\s*)?:\s*(?:[*_]{1,2}\s*)?(?P<rest>.*)$"
)
_LIST_ITEM = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+•]|\d{1,3}[.)])\s+(?P<body>.*)$")
_DIRECTIVE = re.compile(r"auditlint\s*:\s*(disable-file|disable)\s*(?:=([A-Za-z0-9_,\s]+))?$", re.IGNORECASE)


def _strip_emphasis(text: str) -> str:
    """Trailing spaces, up to two ``*``/``_`` and the spaces before them."""
    text = text.rstrip()
    for _ in range(2):
        if text.endswith(("*", "_")):
            text = text[:-1]
    return text.rstrip()


def heading_title(line: str) -> tuple[int, str, int] | None:
    """``(level, title, column)`` of an ATX heading line (closing ``#``s dropped)."""
    m = _HEADING.match(line)
    if not m:
        return None
    title = m.group(2).rstrip(" \t").rstrip("#").rstrip(" \t")
    col = m.start(2) + 1 if title else len(line) + 1
    return len(m.group(1)), title, col


def label_line(line: str) -> tuple[str, str] | None:
    """``(label, rest)`` of a ``Label: rest`` line (emphasis around either dropped)."""
    m = _LABEL_LINE.match(line)
    if not m:
        return None
    return m.group("label"), _strip_emphasis(m.group("rest"))


def list_item(line: str) -> tuple[str, int] | None:
    """``(body, column)`` of a list item line."""
    m = _LIST_ITEM.match(line)
    if not m:
        return None
    return m.group("body").rstrip(), m.start("body") + 1


FRONT_MATTER_KEYS = {
    "audit_id",
    "child_ref",
    "audit_date",
    "auditor",
    "review_start",
    "review_end",
    "overall_grade",
}


def yaml_problem(exc: yaml.YAMLError, text: str) -> tuple[str, int | None, int | None]:
    """A YAML error's problem (its quotes kept only for ``--debug``), 1-based line and column."""
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow (a control character)
        line, column = line_and_column(text, int(getattr(exc, "position", 0) or 0))
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        return f"a character YAML does not allow (#x{char:04x}, a control character)", line, column
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "not valid YAML"
    if mark is None:
        return problem, None, None
    line, column = line_and_column(text, mark.index)
    return problem, line, column


def grade_message(cat: SectionCatalogue, text: str) -> str:
    """AL103 as an input error: the grade as written only when it reads as a grade word, and the nearest."""
    word = catalogue_word(text)
    msg = f"AL103 grade {word!r} is not one of the four grades" if word else "AL103 grade is not one of the four grades"
    near = cat.nearest_grade(text[:200])
    if near:
        msg += f" (did you mean {near!r}?)"
    return msg + f"; accepted: {cat.accepted_grades()}"


def _codes(text: str | None) -> list[str]:
    if not text:
        return ["AL"]
    return [c.strip().upper() for c in text.split(",") if c.strip()]


class MarkdownReader:
    def __init__(self, path: str, catalogue: SectionCatalogue, limits: LimitsConfig | None = None):
        self.path = path
        self.cat = catalogue
        self.counter = Counter(path, limits)

    # -- front matter -------------------------------------------------
    def _front_matter(self, lines: list[str], audit: Audit) -> int:
        """Parse front matter into ``audit``; return the index of the first body line."""
        if not lines or lines[0].strip() != "---":
            return 0
        end = None
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                end = i
                break
        if end is None:
            raise InputError(self.path, "front matter starts with '---' but has no closing '---' line", line=1)
        raw = "\n".join(lines[1:end])
        if flow_nesting(raw) >= MAX_FLOW_DEPTH:
            raise InputError(self.path, "front matter is nested too deeply to be 'key: value' lines", line=2)
        try:
            data = yaml.safe_load(raw) if raw.strip() else {}
        except yaml.YAMLError as exc:
            problem, at, _ = yaml_problem(exc, raw)
            line = at + 1 if at is not None else 1
            raise InputError(
                self.path, f"front matter is not valid YAML: {without_quotes(problem)}", line=line, detail=problem
            ) from None
        except RecursionError:
            raise InputError(self.path, "front matter is nested too deeply to be 'key: value' lines", line=2) from None
        except ValueError as exc:  # a timestamp PyYAML cannot build (2023-02-30)
            raise InputError(
                self.path, "front matter has a value that is not a real date or number", line=2, detail=str(exc)
            ) from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise InputError(self.path, "front matter must be 'key: value' lines", line=2)

        def key_line(key: str) -> int:
            for i in range(1, end):
                if re.match(rf"^\s*{re.escape(str(key))}\s*:", lines[i]):
                    return i + 1
            return 2

        for key, value in data.items():
            k = str(key).strip().lower()
            if k not in FRONT_MATTER_KEYS:
                audit.notices.append(
                    Notice(line=key_line(key), message=f"front matter key {key!r} is not used by auditlint")
                )
                continue
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if k in ("audit_date", "review_start", "review_end"):
                day = parse_date(value)
                if day is None or not 1900 <= day.year <= 2999:
                    raise InputError(
                        self.path,
                        f"{k} is not a date; write it as YYYY-MM-DD (e.g. 2023-02-14)",
                        line=key_line(key),
                        detail=f"{k}: {str(value)[:200]!r}",
                    )
                setattr(audit, k, day)
            elif k == "overall_grade":
                grade = self.cat.parse_grade(str(value))
                if grade is None:
                    raise InputError(
                        self.path, self._grade_message(str(value)), line=key_line(key), detail=repr(str(value)[:200])
                    )
                audit.overall_grade = grade
            else:
                setattr(audit, k, str(value).strip())
        return end + 1

    def _grade_message(self, text: str) -> str:
        return grade_message(self.cat, text)

    # -- body ---------------------------------------------------------
    def read(self, text: str) -> Audit:
        lines = split_lines(text)
        audit = Audit(path=self.path, source_format="markdown")
        start = self._front_matter(lines, audit)
        if not audit.audit_id:
            audit.audit_id = re.sub(r"\.[^.]+$", "", self.path.replace("\\", "/").rsplit("/", 1)[-1])

        drafts: list[SectionDraft] = []
        current = SectionDraft(SectionMatch("extra", None, ""), TextBlock(text=""), line=start + 1)
        para = BlockBuilder()
        para_disabled: list[str] = []
        item: BlockBuilder | None = None
        item_disabled: list[str] = []
        in_actions = False
        pending: list[str] = []
        prev_blank = True
        in_comment = False

        counter = self.counter

        def flush_para() -> None:
            nonlocal para, para_disabled
            if para:
                counter.block(para.length, para.segments[0].line)
                current.paragraphs.append(para.build(disabled=para_disabled))
            para = BlockBuilder()
            para_disabled = []

        def flush_item() -> None:
            nonlocal item, item_disabled
            if item:
                counter.block(item.length, item.segments[0].line)
                current.actions.append(item.build(disabled=item_disabled))
            item = None
            item_disabled = []

        def take_pending() -> list[str]:
            nonlocal pending
            out, pending = pending, []
            return out

        for idx in range(start, len(lines)):
            lineno = idx + 1
            line = lines[idx].rstrip()
            stripped = line.strip()

            if in_comment:
                if "-->" in line:
                    in_comment = False
                continue
            if stripped.startswith("<!--"):
                body = stripped[4:]
                if "-->" not in body:
                    in_comment = True
                    continue
                m = _DIRECTIVE.search(body.split("-->", 1)[0].strip()[:2000])
                if m:
                    if m.group(1).lower() == "disable-file":
                        audit.disabled += _codes(m.group(2))
                    else:
                        pending += _codes(m.group(2))
                continue

            if not stripped:
                flush_para()
                flush_item()
                prev_blank = True
                continue

            h = heading_title(line)
            if h:
                level, title, col = h
                counter.block(len(title), lineno)
                match = self.cat.match_heading(title)
                if level <= 2 and (level == 1 or match.kind != "extra"):
                    flush_para()
                    flush_item()
                    drafts.append(current)
                    hb = BlockBuilder()
                    hb.add(title, lineno, col)
                    current = SectionDraft(match, hb.build(), line=lineno)
                    in_actions = match.kind == "actions"
                    pending = []
                elif self.cat.is_action_label(title):
                    flush_para()
                    flush_item()
                    in_actions = True
                else:
                    # a sub-heading inside a section: structure, not narrative
                    flush_para()
                    flush_item()
                prev_blank = True
                continue

            lab = label_line(line)
            if lab and not _LIST_ITEM.match(line):
                label, rest = lab
                if self.cat.is_grade_label(label) and current.match.kind == "domain":
                    flush_para()
                    flush_item()
                    rest_col = line.find(rest) + 1 if rest else len(line) + 1
                    counter.block(len(rest), lineno)
                    gb = BlockBuilder()
                    gb.add(rest, lineno, rest_col)
                    block = gb.build(disabled=take_pending())
                    if current.grade_line is not None:
                        raise InputError(
                            self.path,
                            f"a second grade line in this domain (the first is on line {current.grade_line})",
                            line=lineno,
                        )
                    if not rest:
                        current.grade_text = None
                    else:
                        grade = self.cat.parse_grade(rest)
                        if grade is None:
                            raise InputError(
                                self.path,
                                self._grade_message(rest),
                                line=lineno,
                                column=rest_col,
                                detail=f"written: {rest[:200]!r}",
                            )
                        current.grade = grade
                        current.grade_text = block
                    current.grade_line = lineno
                    prev_blank = False
                    continue
                if self.cat.is_action_label(label):
                    flush_para()
                    flush_item()
                    in_actions = True
                    if rest:
                        item = BlockBuilder()
                        item.add(rest, lineno, line.find(rest) + 1)
                        item_disabled = take_pending()
                    prev_blank = False
                    continue

            li = list_item(line)
            if li:
                flush_para()
                flush_item()
                body, col = li
                if in_actions:
                    item = BlockBuilder()
                    item.add(body, lineno, col)
                    item_disabled = take_pending()
                else:
                    para.add(body, lineno, col)
                    para_disabled = take_pending()
                prev_blank = False
                continue

            col = len(line) - len(line.lstrip()) + 1
            if item is not None and not prev_blank:
                item.add(stripped, lineno, col)
            else:
                if item is None and in_actions and prev_blank and current.match.kind != "actions":
                    in_actions = False  # a paragraph after the list ends it
                if not para:
                    para_disabled = take_pending()
                para.add(stripped, lineno, col)
            prev_blank = False

        flush_para()
        flush_item()
        drafts.append(current)

        # the text before the first heading is kept when it has content
        preamble, *sections = drafts
        if preamble.paragraphs or preamble.actions:
            preamble.heading = TextBlock(text="")
            sections.insert(0, preamble)
        audit = assemble(audit, sections, self.cat)
        audit.fill_review_period()
        if not audit.domains and not audit.practitioner and not audit.family:
            audit.notices.append(
                Notice(line=1, message="no domain headings found (a domain starts with a '# ' heading)")
            )
        return audit


def read_markdown(
    text: str, path: str, catalogue: SectionCatalogue, limits: LimitsConfig | None = None
) -> Audit:
    """Read a Markdown audit; ``limits`` default to ``[limits]``'s defaults."""
    return MarkdownReader(path, catalogue, limits).read(text)


__all__ = ["read_markdown", "normalise"]
