"""JSON and YAML of the audit model (``auditlint schema`` prints its schema).

Every string keeps where it stood in the file, so findings on a JSON or YAML
audit point at the right line and column of that file.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml
from pydantic import ValidationError

from ..config import LimitsConfig
from ..errors import InputError, without_quotes
from ..model import Audit, Domain, Notice, Segment
from ..sections import SectionCatalogue
from .blocks import extra_section
from .decode import split_lines
from .limits import MAX_FLOW_DEPTH, check_audit, flow_nesting
from .markdown import grade_message, yaml_problem

_JSON_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_JSON_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class LocatedStr(str):
    """A string that remembers its source map."""

    segments: list[Segment]


def _located(value: str, segments: list[Segment]) -> LocatedStr:
    s = LocatedStr(value)
    s.segments = segments
    return s


class _LineIndex:
    def __init__(self, text: str):
        self.starts = [0]
        for m in re.finditer(r"\r\n|\r|\n", text):
            self.starts.append(m.end())

    def at(self, offset: int) -> tuple[int, int]:
        import bisect

        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


# -- JSON --------------------------------------------------------------
def _json_segments(literal: str, start: int, index: _LineIndex) -> tuple[str, list[Segment]]:
    """Decode a JSON string literal, mapping each run of characters to the source."""
    out: list[str] = []
    segments: list[Segment] = []
    i = 1
    run_open = False
    while i < len(literal) - 1:
        ch = literal[i]
        if ch == "\\":
            esc = literal[i + 1]
            if esc == "u":
                value = chr(int(literal[i + 2 : i + 6], 16))
                width = 6
            else:
                value = _JSON_ESCAPES.get(esc, esc)
                width = 2
            run_open = False
        else:
            value, width = ch, 1
        if not run_open:
            line, col = index.at(start + i)
            segments.append(Segment(offset=len(out), line=line, column=col, length=0))
            run_open = value != "\n" and width == 1
        out.append(value)
        i += width
    # lengths are not used for mapping; keep them consistent
    final: list[Segment] = []
    for k, seg in enumerate(segments):
        end = segments[k + 1].offset if k + 1 < len(segments) else len(out)
        final.append(seg.model_copy(update={"length": end - seg.offset}))
    return "".join(out), final


def _locate_json(data: Any, literals: list[re.Match[str]], index: _LineIndex) -> Any:
    pos = 0

    def take() -> tuple[str, list[Segment]] | None:
        nonlocal pos
        if pos >= len(literals):
            return None
        m = literals[pos]
        pos += 1
        return _json_segments(m.group(0), m.start(), index)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                take()
                out[k] = walk(v)
            return out
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, str):
            got = take()
            if got is not None and got[0] == node:
                return _located(node, got[1])
            return node
        return node

    return walk(data)


def _load_json(text: str, path: str) -> Any:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON: {exc.msg}", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InputError(path, "not an audit: the JSON is nested too deeply", line=1) from None
    except ValueError as exc:  # a number too long to convert
        raise InputError(path, "not valid JSON: a number is too long", line=1, detail=str(exc)[:200]) from None
    try:
        return _locate_json(data, list(_JSON_STRING.finditer(text)), _LineIndex(text))
    except RecursionError:
        raise InputError(path, "not an audit: the JSON is nested too deeply", line=1) from None


# -- YAML --------------------------------------------------------------
class _LocatingLoader(yaml.SafeLoader):
    lines: list[str] = []
    line_index: _LineIndex | None = None

    def construct_yaml_str(self, node):  # type: ignore[override]
        value = self.construct_scalar(node)
        return _located(value, _yaml_segments(value, node, self.lines, self.line_index))


_LocatingLoader.add_constructor("tag:yaml.org,2002:str", _LocatingLoader.construct_yaml_str)


def _yaml_segments(value: str, node: yaml.ScalarNode, lines: list[str], index: _LineIndex | None) -> list[Segment]:
    mark = node.start_mark
    # YAML's own line count also breaks at NEL and the Unicode separators; ours does not
    line, column = index.at(mark.index) if index is not None else (mark.line + 1, mark.column + 1)
    if node.style in (None, "'", '"') and "\n" not in value:
        shift = 1 if node.style in ("'", '"') else 0
        return [Segment(offset=0, line=line, column=column + shift, length=len(value))]
    # block scalars and multi-line values: find each line of the value in order
    segments: list[Segment] = []
    offset = 0
    row = line - 1
    for part in value.split("\n"):
        if part.strip():
            probe = part.strip()
            for r in range(row, min(len(lines), row + 200)):
                col = lines[r].find(probe)
                if col >= 0:
                    lead = len(part) - len(part.lstrip())
                    segments.append(Segment(offset=offset + lead, line=r + 1, column=col + 1, length=len(probe)))
                    row = r + 1
                    break
        offset += len(part) + 1
    if not segments:
        segments = [Segment(offset=0, line=line, column=column, length=len(value))]
    elif segments[0].offset != 0:
        first = segments[0]
        segments[0] = first.model_copy(update={"offset": 0, "length": first.length + first.offset})
    return segments


def _load_yaml(text: str, path: str) -> Any:
    if flow_nesting(text) >= MAX_FLOW_DEPTH:
        raise InputError(path, "not an audit: the YAML is nested too deeply", line=1)
    loader = None
    try:
        loader = _LocatingLoader(text)  # the reader refuses characters YAML does not allow
        loader.lines = split_lines(text)
        loader.line_index = _LineIndex(text)  # not "index": the YAML reader uses that name
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        problem, line, column = yaml_problem(exc, text)
        raise InputError(
            path, f"not valid YAML: {without_quotes(problem)}", line=line, column=column, detail=problem
        ) from None
    except RecursionError:
        raise InputError(path, "not an audit: the YAML is nested too deeply", line=1) from None
    except ValueError as exc:  # a timestamp PyYAML cannot build (2023-02-30), a number too long
        raise InputError(path, "not valid YAML: a value is not a real date or number", line=1, detail=str(exc)[:200]) from None
    finally:
        if loader is not None:
            loader.dispose()


def _line_of(value: Any) -> int | None:
    segs = getattr(value, "segments", None)
    return segs[0].line if segs else None


def _normalise_grades(data: dict, path: str, cat: SectionCatalogue) -> None:
    domains = data.get("domains")
    fields = [(d, "grade") for d in domains if isinstance(d, dict)] if isinstance(domains, list) else []
    fields.append((data, "overall_grade"))
    for holder, key in fields:
        value = holder.get(key)
        if isinstance(value, str) and value.strip():
            grade = cat.parse_grade(value)
            if grade is None:
                raise InputError(
                    path, grade_message(cat, value), line=_line_of(value), detail=f"written: {str(value)[:200]!r}"
                )
            holder[key] = grade.value


def _duplicate_domains(audit: Audit) -> None:
    """A domain given twice: the first is checked as the domain, the next kept as an extra section (as in Markdown)."""
    first: dict[int, Domain] = {}
    kept: list[Domain] = []
    for d in audit.domains:
        if d.number not in first:
            first[d.number] = d
            kept.append(d)
            continue
        line = d.heading.line if d.heading.text else 1
        audit.notices.append(
            Notice(
                line=line,
                message=f"domain {d.number} ({d.name}) appears again; the first is checked as domain {d.number}, "
                "this one is kept as an extra section",
            )
        )
        audit.extras.append(extra_section(d.heading, d.paragraphs, [a.block for a in d.actions]))
    audit.domains = sorted(kept, key=lambda d: d.number)


def read_structured(
    text: str, path: str, catalogue: SectionCatalogue, fmt: str, limits: LimitsConfig | None = None
) -> Audit:
    data = _load_json(text, path) if fmt == "json" else _load_yaml(text, path)
    if not isinstance(data, dict):
        raise InputError(path, "expected an audit object at the top level (see 'auditlint schema')", line=1)
    data = dict(data)
    data.pop("path", None)
    data["source_format"] = fmt
    _normalise_grades(data, path, catalogue)
    try:
        audit = Audit.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"]) or "the audit"
        line = _line_of(err.get("input"))
        more = f" (and {exc.error_count() - 1} more problems)" if exc.error_count() > 1 else ""
        msg = err["msg"]
        if err["type"] == "value_error":  # a model check (the review period): its text may quote a value
            msg = "a value cannot be used (for example an audit date too early to count six months back)"
        raise InputError(path, f"{where}: {msg}{more}", line=line, detail=str(err["msg"])[:300]) from None
    except RecursionError:
        raise InputError(path, "not an audit: nested too deeply", line=1) from None
    audit.path = path
    _duplicate_domains(audit)
    if not audit.audit_id:
        audit.audit_id = re.sub(r"\.[^.]+$", "", path.replace("\\", "/").rsplit("/", 1)[-1])
    return check_audit(audit, limits)
