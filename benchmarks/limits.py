"""Peak memory and time of `auditlint check` at the default `[limits]`, and just over each.

    .venv/bin/python benchmarks/limits.py             # every case but the slowest accepted one
    .venv/bin/python benchmarks/limits.py --full      # also the most text accepted in the longest paragraphs (minutes)
    .venv/bin/python benchmarks/limits.py --only para-max,para-over

Each case writes one generated input to a temporary folder and runs
`python -m auditlint.cli check FILE --format json` in a child process; its peak
resident memory is the child's own (``os.wait4`` rusage ``ru_maxrss``, the
same figure as ``/usr/bin/time -v``'s "Maximum resident set size"). The
"accepted" cases must end in findings (exit 0 or 1), the "over" cases in one
clear input error (exit 2) naming the limit, quickly and without the memory of
a parse. Not a test: it prints a table.

The default limits (auditlint/config.py LimitsConfig): max_file_mb = 20,
max_paragraphs = 5000, max_paragraph_chars = 100000, max_chars = 500000;
spaCy's max_length is set to max_paragraph_chars by the engine.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditlint.config import LimitsConfig  # noqa: E402

LIMITS = LimitsConfig()
MAX_BYTES = int(LIMITS.max_file_mb * 1024 * 1024)

SENTENCES = [
    "XXXX is nine and lives with her mother and younger brother in a two-bedroom flat.",
    "The social worker visited on 14 February 2023 and saw XXXX alone in her bedroom.",
    "Because the plan was reviewed on time, XXXX now feels safe at home and attends school every day.",
    "The chronology was not updated after the strategy discussion, so the risk from her father is unclear.",
    "Her mother said the family support worker helped her set routines, and XXXX told me she likes them.",
    "Supervision on 3 January 2023 agreed the plan but did not record what it meant for XXXX.",
]


def prose(chars: int, seed: int = 0) -> str:
    """Readable, varied sentences, exactly ``chars`` long (the last one cut)."""
    out, n, i = [], 0, seed
    while n < chars:
        s = SENTENCES[i % len(SENTENCES)]
        out.append(s)
        n += len(s) + 1
        i += 1
    return " ".join(out)[:chars]


def audit_md(paragraphs: list[str]) -> str:
    head = "---\naudit_id: L1\naudit_date: 2023-02-14\n---\n# Help, Protection and Stability\nGrade: Good\n\n"
    return head + "\n\n".join(paragraphs) + "\n"


def zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as part:  # 1 GB of zeros, ~1 MB zipped
            chunk = b"\0" * (1024 * 1024)
            for _ in range(1024):
                part.write(chunk)
    return buf.getvalue()


def docx_paragraphs(n: int) -> bytes:
    import docx

    doc = docx.Document()
    doc.add_heading("Assessment", level=1)
    body = doc.element.body
    import copy

    p = doc.add_paragraph("The plan was reviewed.")._p
    for _ in range(n - 2):
        body.append(copy.deepcopy(p))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# blocks counted by the Markdown reader: the heading and the grade line are two
FIXED_BLOCKS = 2


def cases(full: bool) -> list[tuple[str, str, str, object, bool]]:
    """(name, what, file name, content, accepted)."""
    L = LIMITS
    n_short = L.max_paragraphs - FIXED_BLOCKS
    n_long = L.max_chars // L.max_paragraph_chars - 1
    out: list[tuple[str, str, str, object, bool]] = [
        ("example", "the bundled weak example audit", "weak-audit.md", (ROOT / "corpora/examples/weak-audit.md").read_bytes(), True),
        ("para-max", f"one paragraph of {L.max_paragraph_chars:,} characters (the limit)", "para-max.md",
         lambda: audit_md([prose(L.max_paragraph_chars)]), True),
        ("para-over", f"one paragraph of {L.max_paragraph_chars + 1:,} characters", "para-over.md",
         lambda: audit_md([prose(L.max_paragraph_chars + 1)]), False),
        ("para-2mb", "one paragraph of 2,000,000 characters", "para-2mb.md", lambda: audit_md([prose(2_000_000)]), False),
        ("count-max", f"{n_short:,} paragraphs of 100 characters (paragraphs and characters at their limits)", "count-max.md",
         lambda: audit_md([prose(100, i) for i in range(n_short)]), True),
        ("count-over", f"{n_short + 1:,} paragraphs of 90 characters", "count-over.md",
         lambda: audit_md([prose(90, i) for i in range(n_short + 1)]), False),
        ("chars-over", f"{n_long + 1} paragraphs of {L.max_paragraph_chars:,} characters (over max_chars)", "chars-over.md",
         lambda: audit_md([prose(L.max_paragraph_chars, i) for i in range(n_long + 1)]), False),
        ("size-over", f"a {L.max_file_mb + 0.5:g} MB file (limit {L.max_file_mb:g} MB)", "size-over.md",
         lambda: audit_md([prose(4000, i) for i in range(int((MAX_BYTES + 512 * 1024) / 4002))]), False),
        ("text-20mb", "a 20 MB file of 5,000 paragraphs of 4,000 characters", "text-20mb.md",
         lambda: audit_md([prose(4000, i) for i in range(int(MAX_BYTES * 0.99 / 4002))]), False),
        ("docx-bomb", "a .docx whose document part unpacks to 1 GB", "bomb.docx", zip_bomb, False),
        ("docx-over", f"a .docx of {L.max_paragraphs + 1:,} paragraphs", "many.docx", lambda: docx_paragraphs(L.max_paragraphs + 1), False),
    ]
    if full:  # minutes: the most text accepted, in the longest paragraphs accepted
        out.insert(5, ("chars-max", f"{n_long} paragraphs of {L.max_paragraph_chars:,} characters (just under max_chars)",
                       "chars-max.md", lambda: audit_md([prose(L.max_paragraph_chars, i) for i in range(n_long)]), True))
    return out


def measure(path: Path) -> tuple[int, float, int, str]:
    """Exit status, seconds, peak RSS in MB of `auditlint check PATH`, and stderr's first line or stdout's error."""
    out = path.with_suffix(".out")
    err = path.with_suffix(".err")
    cmd = [sys.executable, "-m", "auditlint.cli", "check", str(path), "--format", "json", "--no-color"]
    with open(out, "wb") as fo, open(err, "wb") as fe:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=fo, stderr=fe, cwd=path.parent)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    message = ""
    if code == 2:
        lines = [ln for ln in err.read_text(errors="replace").splitlines() if ln.strip()]
        message = lines[0] if lines else ""
    return code, seconds, usage.ru_maxrss // 1024, message


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help="also check the largest file the default limits accept")
    ap.add_argument("--only", default="", help="comma-separated case names")
    args = ap.parse_args()
    only = {c for c in args.only.split(",") if c}
    print(f"default limits: max_file_mb={LIMITS.max_file_mb:g} max_paragraphs={LIMITS.max_paragraphs} "
          f"max_paragraph_chars={LIMITS.max_paragraph_chars} max_chars={LIMITS.max_chars}")
    print(f"command: {sys.executable} -m auditlint.cli check FILE --format json   (peak RSS: os.wait4 ru_maxrss)")
    print(f"{'case':<16} {'input':>9} {'exit':>4} {'seconds':>8} {'peak MB':>8}  what / message")
    with tempfile.TemporaryDirectory(prefix="auditlint-limits-") as tmp:
        for name, what, fname, content, accepted in cases(args.full):
            if only and name not in only:
                continue
            data = content() if callable(content) else content
            raw = data.encode("utf-8") if isinstance(data, str) else data
            path = Path(tmp) / fname
            path.write_bytes(raw)
            code, seconds, peak, message = measure(path)
            ok = code in (0, 1) if accepted else code == 2
            print(f"{name:<16} {len(raw) / 1e6:>7.2f}MB {code:>4} {seconds:>8.1f} {peak:>8}  {what}"
                  + ("" if ok else "   <-- UNEXPECTED EXIT STATUS"))
            if message:
                print(f"{'':<16} {'':>9} {'':>4} {'':>8} {'':>8}  {message.replace(str(path), fname)}")
            path.unlink()


if __name__ == "__main__":
    main()
