"""The safety net: a segment the engine cannot voice stops the build with a clear
message, or, with --keep-going, becomes a marked pause reported in qc.json."""

from __future__ import annotations

import json

import pytest

from audiobook.build.pipeline import build
from audiobook.config import VoiceProfile
from audiobook.errors import EngineError
from audiobook.models import ScriptChapter, Segment
from audiobook.speech.cache import SegmentCache
from audiobook.speech.synthesize import plan_jobs, synthesize

from fakes import FakeEngine, StatefulFakeEngine

PROFILE = VoiceProfile(name="narrator", engine="fake", voice="fake/one")
TEXTS = ["The first words here.", "These go SILENT always.", "The last words here."]


def plan_for(engine):
    segments = tuple(Segment("text", t, t, "narrator", 500, 0) for t in TEXTS)
    chapters = (ScriptChapter(1, "Test", segments),)
    return plan_jobs(chapters, {"narrator": PROFILE}, engine)


def test_without_keep_going_the_segment_stops_the_build_and_says_how_to_go_on(tmp_path):
    plan = plan_for(FakeEngine)
    with pytest.raises(EngineError) as caught:
        synthesize(plan, SegmentCache(tmp_path), jobs=1, override=FakeEngine)
    message = str(caught.value)
    assert "segment 2" in message and "SILENT" in message and "--keep-going" in message


@pytest.mark.parametrize("engine", [FakeEngine, StatefulFakeEngine])
def test_keep_going_reports_the_segment_and_speaks_the_rest(tmp_path, engine):
    plan = plan_for(engine)
    cache = SegmentCache(tmp_path)
    unvoiced = synthesize(plan, cache, jobs=1, override=engine, keep_going=True)
    assert [(u.where, u.text) for u in unvoiced] == [
        ("chapter 1 'Test', segment 2", "These go SILENT always.")
    ]
    assert [cache.has(job.key) for job in plan[0]] == [True, False, True]  # retried next time


def test_keep_going_build_has_a_marked_pause_and_a_warning_in_qc(tmp_path):
    book = tmp_path / "book.md"
    book.write_text(
        "# One\n\nA first sentence to say.\n\nThen SILENT words nobody hears.\n\nA line after.\n\n"
        "# Two\n\nThe book ends well.\n",
        encoding="utf-8",
    )
    common = {"cache_dir": tmp_path / "cache", "engine": FakeEngine, "jobs": 1}
    with pytest.raises(EngineError):
        build(book, tmp_path / "stopped", **common)
    assert not (tmp_path / "stopped").exists()  # nothing half-written
    result = build(book, tmp_path / "out", keep_going=True, **common)
    assert len(result.warnings) == 1 and "SILENT words nobody hears" in result.warnings[0]
    qc = json.loads((result.out_dir / "qc.json").read_text())
    assert qc["warnings"] == list(result.warnings)
    manifest = json.loads(result.manifest.read_text())
    segments = [s for ch in manifest["chapters"] for s in ch["segments"]]
    silent = next(s for s in segments if "SILENT" in s["text"])
    after = segments[segments.index(silent) + 1]
    assert after["start_ms"] - silent["start_ms"] >= 1000  # a pause stands in for the words
