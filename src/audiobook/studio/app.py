"""The studio: a small local web app to proof and fix one book by ear.

A list of routes and plain functions (Starlette). The page is static files
(`static/`, no CDN, works offline); the book's state comes from `/api/book`;
long jobs (rebuild, proof) run one at a time on a thread and report through
server-sent events on `/api/events`. Every request that changes something
carries the per-session token in the `X-Studio-Token` header (a page on
another site cannot read it, so cannot forge it); files are read only from
the output folder and written only in the book folder.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import secrets
import threading
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from audiobook.build.pipeline import build, load_book
from audiobook.config import load_voice, voice_dirs
from audiobook.errors import AudiobookError, ConfigError
from audiobook.models import ScriptChapter, Segment
from audiobook.proof import normalise
from audiobook.publish.tags import slug
from audiobook.speech.synthesize import EngineChoice, engine_for
from audiobook.studio.edits import inside, set_fix, set_pronunciation
from audiobook.text.fixes import load_fixes, placed_fixes, segment_ids, spoken_problem
from audiobook.text.normalize import spoken_title
from audiobook.text.pronounce import book_lexicon
from audiobook.text.segment import book_facts

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
TOKEN_HEADER = "X-Studio-Token"
_EDITABLE_KINDS = {"text", "credits", "closing"}


@dataclass
class Studio:
    """One book's studio session: where things are, its token, and its running job."""

    book: Path
    out_dir: Path | None = None
    cache_dir: Path | None = None
    engine: EngineChoice = None
    jobs: int | None = None
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    events: list[dict[str, Any]] = field(default_factory=list)
    busy: str | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    speak_lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.book = self.book.resolve()
        if not self.book.is_dir():
            raise ConfigError(
                f"{self.book}: the studio works on a book folder (a folder with the manuscript "
                "and, optionally, book.toml); put the manuscript in a folder of its own"
            )
        if self.out_dir is None:
            _, manuscript, _ = load_book(self.book)
            self.out_dir = Path("out") / slug(manuscript.title)
        self.out_dir = self.out_dir.resolve()

    @property
    def output(self) -> Path:
        assert self.out_dir is not None
        return self.out_dir

    def emit(self, **event: Any) -> None:
        with self.lock:
            event["id"] = len(self.events)
            self.events.append(event)

    def start(self, job: str, work) -> bool:  # type: ignore[no-untyped-def]
        """Run `work` on a thread unless a job is running; its end is an event."""
        with self.lock:
            if self.busy:
                return False
            self.busy = job

        def run() -> None:
            try:
                work()
                self.emit(job=job, state="done")
            except AudiobookError as exc:
                self.emit(job=job, state="error", message=str(exc))
            except Exception as exc:
                log.exception("studio %s failed", job)
                self.emit(job=job, state="error", message=f"{type(exc).__name__}: {exc}")
            finally:
                with self.lock:
                    self.busy = None

        self.emit(job=job, state="started")
        threading.Thread(target=run, name=f"studio-{job}", daemon=True).start()
        return True

    def rebuild(self) -> None:
        def on_event(event) -> None:  # type: ignore[no-untyped-def]
            self.emit(job="rebuild", stage=event.stage, done=event.done, total=event.total)

        with self.speak_lock:
            build(
                self.book, self.out_dir, cache_dir=self.cache_dir, jobs=self.jobs,
                engine=self.engine, on_event=on_event,
            )  # fmt: skip

    def proof(self) -> None:
        from audiobook.proof import proof

        def on_chapter(result) -> None:  # type: ignore[no-untyped-def]
            self.emit(job="proof", chapter=result.index, flagged=len(result.flagged))

        proof(self.output, on_chapter=on_chapter)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _book_state(studio: Studio) -> dict[str, Any]:
    """The book as the studio shows it: the current script, and what was built and proofed."""
    book, manuscript, chapters = load_book(studio.book)
    manifest = _read_json(studio.output / "manifest.json")
    proofed = _read_json(studio.output / "proof.json")
    built = {row.get("index"): row for row in manifest.get("chapters", [])}
    flags = {
        (c["index"], s["index"]): s
        for c in proofed.get("chapters", [])
        for s in c.get("segments", [])
        if s.get("status") != "ok"
    }
    fixes = placed_fixes(chapters, load_fixes(studio.book))
    rows = []
    for chapter in chapters:
        heard = built.get(chapter.index, {})
        heard_segs = heard.get("segments", [])
        segs = []
        for n, (ident, seg) in enumerate(zip(segment_ids(chapter), chapter.segments, strict=True)):
            old = heard_segs[n] if n < len(heard_segs) else None
            same_text = old is not None and old.get("text") == seg.text
            stale = not same_text or (old.get("spoken"), old.get("voice")) != (
                seg.spoken, seg.voice
            )
            flag = flags.get((chapter.index, n + 1))
            if flag and (stale or flag.get("expected") != " ".join(normalise(seg.spoken))):
                flag = None  # proofed before the sentence was fixed: the verdict is old
            fix = fixes.get(ident)
            segs.append({
                "n": n, "id": ident, "kind": seg.kind, "text": seg.text, "spoken": seg.spoken,
                "voice": seg.voice, "editable": seg.kind in _EDITABLE_KINDS,
                "start_ms": old["start_ms"] if same_text else None,
                "end_ms": old["end_ms"] if same_text else None,
                "stale": stale,
                "fix": {"spoken": fix.spoken, "voice": fix.voice} if fix else None,
                "flag": {"status": flag["status"], "heard": flag.get("heard", "")}
                if flag else None,
            })  # fmt: skip
        rows.append({
            "index": chapter.index, "title": chapter.title, "segments": segs,
            "file": heard.get("file") if heard else None,
        })  # fmt: skip
    profiles = sorted(
        {p.stem for d in voice_dirs(book.folder) if d.is_dir() for p in d.glob("*.toml")}
    )
    version = int(max((p.stat().st_mtime_ns for p in studio.output.glob("*.mp3")), default=0))
    return {
        "title": manuscript.title,
        "author": manuscript.author,
        "language": manuscript.language,
        "folder": str(studio.book),
        "output": str(studio.output),
        "built": bool(manifest),
        "version": version,
        "proofed": bool(proofed),
        "pronounce": dict(book.config.pronounce),
        # the book's own (its pronunciation guide, its respellings after a name): shown
        # so the author can hear and override them; book.toml's entry wins
        "book_pronounce": {
            word: said
            for word, said in manuscript.pronounce
            if word not in book.config.pronounce
        },
        "voices": profiles,
        "busy": studio.busy,
        "last_event": len(studio.events) - 1,
        "chapters": rows,
    }


def _segment(chapters: tuple[ScriptChapter, ...], body: dict) -> tuple[ScriptChapter, int, Segment]:
    """The segment `body` names by chapter number and position; a negative position is
    refused like an unknown one (Python's -1 would be the closing credits)."""
    try:
        index, n = int(body["chapter"]), int(body["n"])
        if n < 0:
            raise IndexError(n)
        chapter = next(c for c in chapters if c.index == index)
        return chapter, n, chapter.segments[n]
    except (KeyError, ValueError, TypeError, StopIteration, IndexError):
        raise ConfigError("no such segment; reload the page (the book may have changed)") from None


def _wav(pcm, rate: int) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.astype("<i2").tobytes())
    return buffer.getvalue()


def _audition(studio: Studio, body: dict) -> bytes:
    """The segment spoken with the proposed change, as WAV; nothing is kept."""
    book, manuscript, chapters = load_book(studio.book)
    _, _, seg = _segment(chapters, body)
    spoken = seg.spoken
    if body.get("spoken") is not None:
        spoken = str(body["spoken"])
        if problem := spoken_problem(spoken, seg.text):
            raise ConfigError(problem)
    elif body.get("word"):
        word, said = str(body["word"]).strip(), str(body.get("say", "")).strip()
        if not said:
            raise ConfigError(f"type how '{word}' should be said")
        if "\n" in said or len(said) > 200:  # as `set_pronunciation` would refuse to save it
            raise ConfigError(f"how to say '{word}' must be one short line")
        # as the build will say it once saved: the book's own pronunciations (its guide,
        # its respellings) under book.toml's, under the word being auditioned
        lexicon = book_lexicon(dict(manuscript.pronounce), {**book.config.pronounce, word: said})
        # the book-wide facts the build read it with: "03/11/2020", "Margaret I", "450l."
        facts = book_facts(manuscript)
        if seg.kind == "heading":  # a chapter's title, said as the build says titles
            spoken = spoken_title(seg.text, manuscript.language, facts.month_first, lexicon)
        else:
            spoken = facts.said(seg.text, manuscript.language, lexicon)
    voice = str(body.get("voice") or seg.voice)
    profile = load_voice(voice, book.folder)
    engine = engine_for(profile, studio.engine)
    engine.check_voice(profile)
    # One engine in this process: one utterance at a time, and none while a
    # rebuild plans with it.
    if not studio.speak_lock.acquire(timeout=2):
        raise ConfigError("the engine is busy with the rebuild; audition when it has finished")
    try:
        speech = engine.synthesize(spoken, profile)
    finally:
        studio.speak_lock.release()
    return _wav(speech.pcm, speech.sample_rate)


def _error(exc: Exception, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": str(exc)}, status_code=status)


def make_app(studio: Studio, hosts: list[str] | None = None) -> Starlette:
    """The studio's routes, bound to one session.

    `hosts` lists the Host headers to answer (the loopback names when bound to
    loopback): a web page that rebinds its own domain name to 127.0.0.1 then
    still cannot read the book through the visitor's browser.

    It is long because it is the route table: each route is a few lines of
    its own closure over the session, and one place lists every way in.
    """

    def authorised(request: Request) -> bool:
        given = request.headers.get(TOKEN_HEADER, "")
        return secrets.compare_digest(given.encode(), studio.token.encode())

    async def index(request: Request) -> Response:
        page = (STATIC / "index.html").read_text(encoding="utf-8")
        page = page.replace("{{token}}", studio.token)
        return Response(page, media_type="text/html; charset=utf-8", headers={
            "Content-Security-Policy": "default-src 'self'; media-src 'self' blob:; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            "Cache-Control": "no-store",
        })  # fmt: skip

    async def book(request: Request) -> Response:
        try:
            return JSONResponse(await run_in_threadpool(_book_state, studio))
        except AudiobookError as exc:
            return _error(exc)

    async def audio(request: Request) -> Response:
        name = request.path_params["name"]
        try:
            path = inside(studio.output, name)
        except ConfigError as exc:
            return _error(exc, 403)
        if path.suffix.lower() not in {".mp3", ".m4b"} or not path.is_file():
            return _error(ConfigError(f"no audio '{name}' in the output folder"), 404)
        return FileResponse(path, headers={"Cache-Control": "no-cache"})

    def changing(handler):  # type: ignore[no-untyped-def]
        async def guarded(request: Request) -> Response:
            if not authorised(request):
                return _error(ConfigError("missing or wrong session token; reload the page"), 403)
            try:
                body = await request.json()
            except ValueError:
                body = {}
            if not isinstance(body, dict):
                return _error(ConfigError("expected a JSON object"))
            try:
                return await handler(body)
            except AudiobookError as exc:
                return _error(exc)

        return guarded

    async def pronounce(body: dict) -> Response:
        await run_in_threadpool(
            set_pronunciation, studio.book, str(body.get("word", "")), body.get("say") or None
        )
        return JSONResponse({"ok": True})

    async def fix(body: dict) -> Response:
        _, _, chapters = await run_in_threadpool(load_book, studio.book)
        chapter, n, seg = _segment(chapters, body)
        if seg.kind not in _EDITABLE_KINDS:
            raise ConfigError("a chapter title is spoken as written; edit it in the manuscript")
        spoken, voice = body.get("spoken"), body.get("voice")
        ident = segment_ids(chapter)[n]
        earlier = placed_fixes(chapters, load_fixes(studio.book)).get(ident)
        await run_in_threadpool(
            set_fix, studio.book, ident, seg.text,
            None if spoken is None else str(spoken), str(voice) if voice else None,
            earlier.segment if earlier else None,
        )  # fmt: skip
        return JSONResponse({"ok": True, "id": ident})

    async def audition(body: dict) -> Response:
        data = await run_in_threadpool(_audition, studio, body)
        return Response(data, media_type="audio/wav", headers={"Cache-Control": "no-store"})

    async def rebuild(body: dict) -> Response:
        if not studio.start("rebuild", studio.rebuild):
            return _error(ConfigError(f"busy: a {studio.busy} is running"), 409)
        return JSONResponse({"ok": True}, status_code=202)

    async def run_proof(body: dict) -> Response:
        if not (studio.output / "manifest.json").is_file():
            raise ConfigError("build the book first (b), then proof it")
        if not studio.start("proof", studio.proof):
            return _error(ConfigError(f"busy: a {studio.busy} is running"), 409)
        return JSONResponse({"ok": True}, status_code=202)

    async def events(request: Request) -> Response:
        try:
            since = int(request.query_params.get("since") or request.headers.get("Last-Event-ID")
                        or -1)  # fmt: skip
        except ValueError:
            since = -1

        async def stream():  # type: ignore[no-untyped-def]
            sent = since + 1
            idle = 0
            while not await request.is_disconnected():
                batch = studio.events[sent:]
                for event in batch:
                    yield f"id: {event['id']}\ndata: {json.dumps(event)}\n\n"
                sent += len(batch)
                idle = 0 if batch else idle + 1
                if idle >= 150:  # a comment every 15 s keeps proxies from closing it
                    yield ": keep-alive\n\n"
                    idle = 0
                if request.query_params.get("once"):
                    return
                await asyncio.sleep(0.1)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store"})  # fmt: skip

    routes = [
        Route("/", index),
        Route("/api/book", book),
        Route("/api/events", events),
        Route("/audio/{name:path}", audio),
        Route("/api/pronounce", changing(pronounce), methods=["POST"]),
        Route("/api/fix", changing(fix), methods=["POST"]),
        Route("/api/audition", changing(audition), methods=["POST"]),
        Route("/api/rebuild", changing(rebuild), methods=["POST"]),
        Route("/api/proof", changing(run_proof), methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=hosts)] if hosts else []
    return Starlette(routes=routes, middleware=middleware)
