"""Writing a book's output folder atomically, reusing what has not changed.

A build writes into a hidden staging folder beside the output folder and
swaps it into place only when everything is written, so a failed or killed
build never leaves half a book. Every output file has a key that hashes what
made it; a file whose key matches the previous build's is hard-linked from
the old folder instead of being made again.

A finished folder is also sealed: the key of everything that made it and
the size and modification time of every file in it, kept outside the folder
(in the cache's `sealed/`, so the folder's bytes stay the same from build to
build), so that the next build of an unchanged book can tell in a few
milliseconds, without planning or reading audio, that the folder is still
what it would make (`sealed`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

from audiobook.errors import ExportError
from audiobook.files import atomic_path
from audiobook.keys import key_of

STATE_FILE = ".build-state.json"
MADE = ".made"
"""The state file's entry listing every name the build wrote (no output starts with a dot)."""

log = logging.getLogger(__name__)


class Staging:
    """The staging folder of one build of one book."""

    def __init__(
        self,
        out_dir: Path,
        title: str,
        *,
        force: bool = False,
        seals: Path | None = None,
        keep: Iterable[tuple[str, Path]] = (),
    ) -> None:
        self.out_dir = out_dir.resolve()
        self.seal_file = None if seals is None else seal_path(seals, self.out_dir)
        self._check_target(title, force, keep)
        self.dir = self.out_dir.parent / f".{self.out_dir.name}.building-{os.getpid()}"
        try:
            self.out_dir.parent.mkdir(parents=True, exist_ok=True)
            _remove_stale(self.out_dir)
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir.mkdir()
        except OSError as exc:
            raise ExportError(
                f"cannot write to {self.out_dir.parent} ({exc.strerror}); choose another -o folder"
            ) from exc
        self.previous = self._read_state()
        self.previous_files = _read_seal(self.seal_file).get("files") or {}
        self.state: dict[str, dict] = {}

    def _check_target(self, title: str, force: bool, keep: Iterable[tuple[str, Path]]) -> None:
        """Refuse an output folder whose replacement would lose anything of the user's.

        The finished book replaces the folder whole, so it must not hold the
        manuscript, the book's folder, the cache or the shell's current folder
        (never, even with --force), nor be a file or a folder of files the build
        did not make (a folder is a built book only if it holds the build's
        state file: any web app has a `manifest.json`). `--force` replaces only
        a built book of another title. Files a user adds to a built book are
        carried into the new one (`commit`)."""
        out = self.out_dir
        keep = tuple(keep)
        with contextlib.suppress(OSError):  # a shell whose folder was deleted has none
            keep = (*keep, ("the current folder", Path.cwd()))
        for what, path in keep:
            inside = path.resolve()
            if inside == out or inside.is_relative_to(out):
                raise ExportError(
                    f"{out} holds {what} {inside}, and the build replaces that folder whole; "
                    "choose another -o folder"
                )
        if not out.exists():
            return
        if not out.is_dir():
            raise ExportError(f"{out} is a file; choose a folder for the output (-o)")
        if not (out / STATE_FILE).is_file():
            found = sorted(entry.name for entry in out.iterdir())
            if found:
                shown = ", ".join(found[:3]) + (", …" if len(found) > 3 else "")
                raise ExportError(
                    f"{out} holds files that are not an audiobook ({shown}); "
                    "choose an empty or new folder for the output (-o)"
                )
            return
        try:
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = None
        other = manifest.get("title") if isinstance(manifest, dict) else None
        if isinstance(other, str) and other != title and not force:
            raise ExportError(
                f"{out} holds another book ('{other}'); choose another -o folder or use --force"
            )

    def _read_state(self) -> dict[str, dict]:
        try:
            return json.loads((self.out_dir / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def path(self, name: str) -> Path:
        """Where to write output `name`; refuses names that would leave the folder."""
        target = (self.dir / name).resolve()
        if target.parent != self.dir.resolve():
            raise ExportError(f"refusing to write '{name}' outside the output folder")
        return target

    def reuse(self, name: str, key: str) -> dict | None:
        """Link the previous build's `name` if its key matches and the file is as that
        build left it (same size and time: not truncated or overwritten since);
        returns its saved info."""
        old = self.previous.get(name)
        source = self.out_dir / name
        if not old or old.get("key") != key or not source.is_file():
            return None
        st = source.stat()
        if [st.st_size, st.st_mtime_ns] != self.previous_files.get(name):
            return None
        try:
            os.link(source, self.path(name))
        except OSError:
            shutil.copy2(source, self.path(name))
        self.state[name] = old
        return old.get("info", {})

    def record(self, name: str, key: str, info: dict | None = None) -> dict:
        """Remember how `name` was made; `info` is kept with sorted keys.

        The state file is written sorted, so a reused file's info comes back
        sorted; recording fresh info sorted too means manifest.json and qc.json
        come out byte-identical whether a file was made or reused. Returns the
        info as recorded, for the caller to use in place of its own.
        """
        info = json.loads(json.dumps(info or {}, sort_keys=True))
        self.state[name] = {"key": key, "info": info}
        return info

    def commit(self, seal: dict | None = None) -> None:
        """Swap the finished staging folder into place, then seal it: every file's
        size and time (what `reuse` trusts) and, from `seal` (which holds the
        build key), what `sealed` needs to call the folder up to date. A build
        killed before the seal leaves the previous one, which no longer fits."""
        made = sorted([*os.listdir(self.dir), STATE_FILE])
        state = {**self.state, MADE: {"key": "", "info": {"names": made}}}
        (self.dir / STATE_FILE).write_text(json.dumps(state, sort_keys=True, separators=(",", ":")))
        files = _listing(self.dir)  # renaming the folder keeps every size and time
        backup = self.out_dir.parent / f".{self.out_dir.name}.old-{os.getpid()}"
        for _ in range(10):
            if self.out_dir.exists():
                try:
                    os.replace(self.out_dir, backup)
                except OSError:
                    time.sleep(0.1)
                    continue
            try:
                os.replace(self.dir, self.out_dir)
                break
            except OSError:
                time.sleep(0.1)  # another build committed between our two renames
        else:
            raise ExportError(f"could not move the finished book into {self.out_dir}")
        if self._carry_over(backup, set(made)):
            shutil.rmtree(backup, ignore_errors=True)
        if self.seal_file is not None and files is not None:
            record = {**(seal or {}), "folder": str(self.out_dir), "files": files}
            try:
                self.seal_file.parent.mkdir(parents=True, exist_ok=True)
                with atomic_path(self.seal_file) as tmp:
                    tmp.write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
            except OSError:  # unsealed: the next build checks every file
                with contextlib.suppress(OSError):
                    self.seal_file.unlink(missing_ok=True)

    def _carry_over(self, backup: Path, made: set[str]) -> bool:
        """Move what the user added to the previous build's folder into the new one;
        False (and the old folder kept beside it) if something could not be moved.

        The previous build's own files are known by name: the state file in the
        folder being replaced lists them (read now, not when this build began: a
        build of the same folder may have finished meanwhile, and its files are
        a build's, not the user's; a folder from before that list, by its keyed
        files and its seal). So a chapter that was renamed or removed is not
        carried as if it were the user's. proof.json describes the old audio:
        it goes with it."""
        if not backup.is_dir():
            return True
        try:
            state = json.loads((backup / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            state = {}
        state = state if isinstance(state, dict) else {}
        made_entry = state.get(MADE)
        info = made_entry.get("info") if isinstance(made_entry, dict) else None
        before = info.get("names") if isinstance(info, dict) else None
        if not isinstance(before, list):
            before = [*state, *self.previous_files]
        theirs = made | {n for n in before if isinstance(n, str)} | AFTER_BUILD | {STATE_FILE}
        kept = True
        for entry in sorted(backup.iterdir()):
            if entry.name in theirs:
                continue
            try:
                os.replace(entry, self.out_dir / entry.name)
            except OSError as exc:
                log.warning("could not keep %s in %s (%s); it is in %s", entry.name,
                            self.out_dir, exc.strerror, backup)  # fmt: skip
                kept = False
            else:
                log.info("kept %s, which the build did not make, in %s", entry.name, self.out_dir)
        return kept

    def abort(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def seal_path(seals: Path, out_dir: Path) -> Path:
    """Where the seal of output folder `out_dir` is kept, in the folder `seals`."""
    return seals / f"{key_of(str(out_dir.resolve()))}.json"


def _read_seal(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        seal = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return seal if isinstance(seal, dict) else {}


def sealed(seals: Path, out_dir: Path, key: str) -> dict | None:
    """The seal of `out_dir` when it was made under build `key` and holds exactly the
    files it was sealed with, each of the same size and modification time; else None.

    Sizes and times, not contents: a deleted, truncated, rewritten or added file
    is caught without reading a byte of audio. A file changed in place keeping
    its size and its time to the nanosecond is not, which no editor does.
    """
    seal = _read_seal(seal_path(seals, out_dir))
    if not key or seal.get("key") != key:
        return None
    files, listing = seal.get("files"), _listing(out_dir)
    if not isinstance(files, dict) or listing is None:
        return None
    if {name: listing.get(name) for name in files} != files:
        return None  # a file of the build's changed or went; files the user added do not count
    return seal


AFTER_BUILD = frozenset({"proof.json"})
"""Files other commands add to a built folder (`audiobook proof`): not the build's, so
they neither unseal the folder nor make an unchanged book build again."""


def _listing(folder: Path) -> dict[str, list[int]] | None:
    """Every entry of `folder` the build wrote: name → [size, modification time in ns]."""
    try:
        with os.scandir(folder) as entries:
            found = {
                e.name: [(st := e.stat(follow_symlinks=False)).st_size, st.st_mtime_ns]
                for e in entries
                if e.name not in AFTER_BUILD
            }
    except OSError:
        return None
    return dict(sorted(found.items()))


def _remove_stale(out_dir: Path) -> None:
    """Remove staging folders left by builds that were killed."""
    for leftover in out_dir.parent.glob(f".{out_dir.name}.*-*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
