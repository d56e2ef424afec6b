"""Which books would a change to the reading rules make sound different?

A reading rule is safe to change only if it changes the books it means to and
no other. This dumps what `audiobook plan --script` shows of each book in a
list (title, author, every segment as the engine gets it with its pause, and
what was left out), once with an older version of the code and once with the
working tree's, and names the books whose script differs; OUTDIR keeps both
dumps and a unified diff of each difference, to read as a listener would.

    python scripts/script_diff.py --rev main books.txt /tmp/diff
    python scripts/script_diff.py --old-src /tmp/old/src books.txt /tmp/diff

`books.txt` holds one manuscript file or book folder a line. The two sides run
at once, each in its own Python with its own `src` first on the path, so a
reader's cached tables never mix. A book that fails to read is dumped as its
one-line error (or the crash), so a new refusal shows as a difference too.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump(books: list[Path], out: Path) -> None:
    """Write each book's script to `out`, named by a hash of its path and its name."""
    from audiobook.build.pipeline import load_book
    from audiobook.errors import AudiobookError

    out.mkdir(parents=True, exist_ok=True)
    for book in books:
        lines = [f"# {book}"]
        try:
            source, manuscript, chapters = load_book(book)
            lines.append(f"title={manuscript.title!r} author={manuscript.author!r}")
            for chapter in chapters:
                lines.append(f"== {chapter.index}. {chapter.title}")
                paragraph = None
                for seg in chapter.segments:
                    if paragraph is not None and seg.paragraph != paragraph:
                        lines.append("")
                    paragraph = seg.paragraph
                    who = "" if seg.voice == source.config.voice else f"[{seg.voice}] "
                    lines.append(f"{who}{seg.spoken}  (+{seg.pause_after_ms})")
            lines.extend(f"left out: {o.what} ({o.why}): {o.text}" for o in manuscript.omitted)
        except AudiobookError as exc:
            lines.append(f"ERROR: {exc}")
        except Exception as exc:  # a crash is a finding, not the end of the run
            lines.append(f"CRASH: {type(exc).__name__}: {exc}")
        (out / dump_name(book)).write_text("\n".join(lines) + "\n", encoding="utf-8")


def dump_name(book: Path) -> str:
    """A file name per book: two books may share a name ("book.txt") but not a path."""
    digest = hashlib.sha1(str(book).encode()).hexdigest()[:10]
    return f"{digest}-{book.name[:40].replace(' ', '_')}.txt"


def old_source(rev: str, scratch: Path) -> Path:
    """The `src` folder of git revision `rev`, unpacked under `scratch`."""
    archive = scratch / "old.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), rev, "src"],
                   check=True)  # fmt: skip
    with tarfile.open(archive) as tar:
        tar.extractall(scratch / "old", filter="data")
    return scratch / "old" / "src"


def compare(old_src: Path, books_file: Path, outdir: Path) -> list[str]:
    """Dump every book with both sources; the names of the dumps that differ."""
    books = [line.strip() for line in books_file.read_text().splitlines() if line.strip()]
    sides = {"old": old_src, "new": ROOT / "src"}
    runs = []
    for side, src in sides.items():
        env = {**os.environ, "PYTHONPATH": str(src)}
        runs.append(subprocess.Popen(
            [sys.executable, __file__, "--dump", str(outdir / side), *books], env=env,
        ))  # fmt: skip
    for run in runs:
        if run.wait() != 0:
            raise SystemExit(f"script_diff: a dump failed (exit {run.returncode})")
    differ = []
    for old in sorted((outdir / "old").iterdir()):
        new = outdir / "new" / old.name
        a, b = old.read_text().splitlines(), new.read_text().splitlines()
        if a != b:
            differ.append(old.name)
            diff = difflib.unified_diff(a, b, "old", "new", lineterm="")
            (outdir / f"{old.stem}.diff").write_text("\n".join(diff) + "\n", encoding="utf-8")
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--rev", help="the git revision to compare with (e.g. main, HEAD~3)")
    which.add_argument("--old-src", type=Path, help="a `src` folder to compare with")
    parser.add_argument("books", nargs="+", help="BOOKS_FILE OUTDIR (or books, with --dump)")
    args = parser.parse_args(argv)
    if args.dump:
        dump([Path(b) for b in args.books], args.dump)
        return 0
    if len(args.books) != 2 or not (args.rev or args.old_src):
        parser.error("give --rev or --old-src, a file listing the books, and an output folder")
    books_file, outdir = Path(args.books[0]), Path(args.books[1])
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        old_src = args.old_src or old_source(args.rev, Path(scratch))
        differ = compare(old_src, books_file, outdir)
    total = len(list((outdir / "old").iterdir()))
    for name in differ:
        print(f"differs: {name}  ({outdir / Path(name).stem}.diff)")
    print(f"{len(differ)} of {total} books differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
