"""The Markdown audit format of docs/audit-format.md."""

from __future__ import annotations

import re

import yaml

from ..dates import parse_date
from ..errors import InputError
from ..model import Audit, Notice, TextBlock
from ..sections import SectionCatalogue, SectionMatch, normalise
from .blocks import BlockBuilder, SectionDraft, assemble
from .decode import split_lines

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_EMPH = r"[*_]{0,2}"
_LABEL_LINE = re.compile(
    rf"^(?P<indent>\s*){_EMPH}\s*(?P<label>[A-Za-z][A-Za-z /&]*?)\s*{_EMPH}\s*:\s*{_EMPH}\s*(?P<rest>.*?)\s*{_EMPH}\s*$"
)
_LIST_ITEM = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+•]|\d{1,3}[.)])\s+(?P<body>.*?)\s*$")
_DIRECTIVE = re.compile(r"auditlint\s*:\s*(disable-file|disable)\s*(?:=\s*([A-Za-z0-9_,\s]+?))?\s*$", re.IGNORECASE)

FRONT_MATTER_KEYS = {
    "audit_id",
    "child_ref",
    "audit_date",
    "auditor",
    "review_start",
    "review_end",
    "overall_grade",
}


def _codes(text: str | None) -> list[str]:
    if not text:
        return ["AL"]
    return [c.strip().upper() for c in text.split(",") if c.strip()]


class MarkdownReader:
    def __init__(self, path: str, catalogue: SectionCatalogue):
        self.path = path
        self.cat = catalogue

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
        try:
            data = yaml.safe_load(raw) if raw.strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = (mark.line + 2) if mark is not None else 1
            problem = getattr(exc, "problem", None) or "not valid YAML"
            raise InputError(self.path, f"front matter is not valid YAML: {problem}", line=line) from None
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
                if day is None:
                    raise InputError(
                        self.path,
                        f"{k} {str(value)!r} is not a date; write it as YYYY-MM-DD (e.g. 2023-02-14)",
                        line=key_line(key),
                    )
                setattr(audit, k, day)
            elif k == "overall_grade":
                grade = self.cat.parse_grade(str(value))
                if grade is None:
                    raise InputError(self.path, self._grade_message(str(value)), line=key_line(key))
                audit.overall_grade = grade
            else:
                setattr(audit, k, str(value).strip())
        return end + 1

    def _grade_message(self, text: str) -> str:
        msg = f"AL103 grade {text!r} is not one of the four grades"
        near = self.cat.nearest_grade(text)
        if near:
            msg += f" (did you mean {near!r}?)"
        return msg + f"; accepted: {self.cat.accepted_grades()}"

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

        def flush_para() -> None:
            nonlocal para, para_disabled
            if para:
                current.paragraphs.append(para.build(disabled=para_disabled))
            para = BlockBuilder()
            para_disabled = []

        def flush_item() -> None:
            nonlocal item, item_disabled
            if item:
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
                m = _DIRECTIVE.search(body.split("-->", 1)[0].strip())
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

            h = _HEADING.match(line)
            if h:
                level, title = len(h.group(1)), h.group(2)
                match = self.cat.match_heading(title)
                col = line.index(title) + 1 if title else len(line) + 1
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

            lab = _LABEL_LINE.match(line)
            if lab and not _LIST_ITEM.match(line):
                label = lab.group("label")
                if self.cat.is_grade_label(label) and current.match.kind == "domain":
                    flush_para()
                    flush_item()
                    rest = lab.group("rest")
                    rest_col = line.find(rest) + 1 if rest else len(line) + 1
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
                            raise InputError(self.path, self._grade_message(rest), line=lineno, column=rest_col)
                        current.grade = grade
                        current.grade_text = block
                    current.grade_line = lineno
                    prev_blank = False
                    continue
                if self.cat.is_action_label(label):
                    flush_para()
                    flush_item()
                    in_actions = True
                    rest = lab.group("rest")
                    if rest:
                        item = BlockBuilder()
                        item.add(rest, lineno, line.find(rest) + 1)
                        item_disabled = take_pending()
                    prev_blank = False
                    continue

            li = _LIST_ITEM.match(line)
            if li:
                flush_para()
                flush_item()
                body = li.group("body")
                col = li.start("body") + 1
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


def read_markdown(text: str, path: str, catalogue: SectionCatalogue) -> Audit:
    return MarkdownReader(path, catalogue).read(text)


__all__ = ["read_markdown", "normalise"]
