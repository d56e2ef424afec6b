"""Our logic around engines: order, retries, hangs, crashes, verification, the cache."""

from __future__ import annotations

import os
import signal
import threading

import numpy as np
import pytest

from audiobook.config import VoiceProfile
from audiobook.errors import EngineError
from audiobook.models import ScriptChapter, Segment
from audiobook.speech.cache import SegmentCache, segment_key
from audiobook.speech.engines.base import Speech
from audiobook.speech.synthesize import (
    RUN_MAX,
    Job,
    load_speech,
    plan_jobs,
    plan_units,
    start_workers,
    synthesize,
    verify,
)

from fakes import FakeEngine, StatefulFakeEngine, tone_for

PROFILE = VoiceProfile(name="narrator", engine="fake", voice="fake/one")


def jobs_for(texts: list[str]) -> list[Job]:
    return [
        Job(segment_key(t, PROFILE, "fake 1"), t, PROFILE, f"chapter 1 'Test', segment {i}", t)
        for i, t in enumerate(texts, 1)
    ]


def test_results_follow_manuscript_order_whatever_finishes_first(tmp_path):
    texts = [f"Sentence number {i} SLOW{(7 - i) % 4} goes here." for i in range(8)]
    plan = [jobs_for(texts)]
    cache = SegmentCache(tmp_path)
    seen = []
    synthesize(plan, cache, jobs=2, override=FakeEngine, on_progress=seen.append)
    assert seen[-1].done == len(texts)
    for job, text in zip(plan[0], texts, strict=True):
        assert np.array_equal(cache.get(job.key).pcm, tone_for(text))


def test_workers_started_before_the_plan_speak_it_and_are_stopped_after(tmp_path):
    cache = SegmentCache(tmp_path)
    workers = start_workers(cache, 2, FakeEngine)  # as a build does, before reading the book
    plan = [jobs_for([f"Early sentence {i} is here." for i in range(5)])]
    synthesize(plan, cache, override=FakeEngine, workers=workers)
    for job in plan[0]:
        assert np.array_equal(cache.get(job.key).pcm, tone_for(job.spoken))
    assert not any(worker.process.is_alive() for worker in workers.workers)


def test_workers_ignore_ctrl_c_even_while_they_start_up(tmp_path):
    cache = SegmentCache(tmp_path)
    workers = start_workers(cache, 2, FakeEngine)
    for worker in workers.workers:  # Ctrl-C reaches every process, mid-import here
        os.kill(worker.process.pid, signal.SIGINT)
    for worker in workers.workers:
        worker.process.join(1.0)
        assert worker.process.exitcode is None  # alive: no traceback, no lost worker
    plan = [jobs_for(["Still here after Ctrl-C.", "And so is this one."])]
    synthesize(plan, cache, override=FakeEngine, workers=workers)
    assert all(cache.has(job.key) for job in plan[0])


def test_workers_started_from_another_thread_also_ignore_ctrl_c_while_they_start_up(tmp_path):
    # The executor replaces a failed worker from its own thread, where a signal's
    # handler cannot be changed; the worker must still survive Ctrl-C mid-import.
    cache = SegmentCache(tmp_path)
    started = []
    thread = threading.Thread(target=lambda: started.append(start_workers(cache, 2, FakeEngine)))
    thread.start()
    thread.join()
    (workers,) = started
    for worker in workers.workers:
        os.kill(worker.process.pid, signal.SIGINT)
    for worker in workers.workers:
        worker.process.join(1.0)
        assert worker.process.exitcode is None
    plan = [jobs_for(["Started in a thread.", "Ctrl-C did not stop it."])]
    synthesize(plan, cache, override=FakeEngine, workers=workers)
    assert all(cache.has(job.key) for job in plan[0])
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())  # ours again


def test_workers_started_for_a_fully_cached_plan_are_stopped_unused(tmp_path):
    cache = SegmentCache(tmp_path)
    plan = [jobs_for(["Already here once.", "And here twice."])]
    synthesize(plan, cache, jobs=1, override=FakeEngine)
    workers = start_workers(cache, 2, FakeEngine)
    seen = []
    synthesize(plan, cache, override=FakeEngine, on_progress=seen.append, workers=workers)
    assert [(p.done, p.cached) for p in seen] == [(2, 2)]
    assert not any(worker.process.is_alive() for worker in workers.workers)


def test_flaky_segment_is_retried_and_succeeds(tmp_path, monkeypatch):
    monkeypatch.setenv("FAKE_ENGINE_STATE", str(tmp_path))
    plan = [jobs_for(["A calm sentence.", "A FLAKY sentence here."])]
    cache = SegmentCache(tmp_path / "c")
    synthesize(plan, cache, jobs=1, override=FakeEngine)
    assert all(cache.has(j.key) for j in plan[0])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("This one will CRASH the worker.", "worker process died"),
        ("This one will TRUNCATE its audio badly.", "truncated or garbled"),
        ("This one will HANG forever.", "hung"),
    ],
)
def test_failing_segment_is_retried_then_reported_with_its_text(tmp_path, text, reason):
    plan = [jobs_for(["A good sentence first.", text])]
    cache = SegmentCache(tmp_path)
    with pytest.raises(EngineError) as caught:
        synthesize(plan, cache, jobs=2, override=FakeEngine, timeout_s=1.0)
    message = str(caught.value)
    assert "failed 3 times" in message
    assert reason in message
    assert text in message
    assert "chapter 1 'Test', segment 2" in message
    assert cache.has(plan[0][0].key)  # the good segment's work is kept


def test_the_segment_waiting_behind_a_crash_is_not_blamed_for_it(tmp_path, caplog):
    texts = ["A good sentence first.", "This one will CRASH the worker.", "Good two.", "Good 3."]
    plan = [jobs_for(texts)]
    cache = SegmentCache(tmp_path)
    with pytest.raises(EngineError, match="segment 2"):
        synthesize(plan, cache, jobs=1, override=FakeEngine, timeout_s=1.0)
    good = [job for job in plan[0] if "CRASH" not in job.text]
    assert all(cache.has(job.key) for job in good)  # each was waiting behind the crash once
    messages = [record.getMessage() for record in caplog.records]
    blamed = {m.split(" failed")[0] for m in messages if " failed " in m}
    assert blamed == {"chapter 1 'Test', segment 2"}


def test_corrupted_cache_entry_is_detected_and_spoken_again(tmp_path):
    plan = [jobs_for(["The lamp was lit at dusk."])]
    cache = SegmentCache(tmp_path)
    synthesize(plan, cache, jobs=1, override=FakeEngine)
    path = cache.path_for(plan[0][0].key)
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    path.write_bytes(bytes(blob))
    assert cache.get(plan[0][0].key) is None  # damaged: refused and removed
    speech = load_speech(cache, plan[0][0], FakeEngine)
    assert np.array_equal(speech.pcm, tone_for("The lamp was lit at dusk."))


def test_truncated_cache_entry_is_refused(tmp_path):
    cache = SegmentCache(tmp_path)
    cache.put("ab" * 32, Speech(tone_for("hello world"), 22050))
    path = cache.path_for("ab" * 32)
    path.write_bytes(path.read_bytes()[:-100])
    assert cache.get("ab" * 32) is None
    assert not path.exists()


def test_cache_key_changes_with_everything_that_changes_audio():
    base = segment_key("Hello.", PROFILE, "engine 1")
    assert segment_key("Hello.", PROFILE, "engine 1") == base
    assert segment_key("Hello!", PROFILE, "engine 1") != base
    assert segment_key("Hello.", PROFILE, "engine 2") != base
    for change in ({"rate": 160}, {"pitch": 10}, {"volume": 0.5}, {"voice": "x"}, {"engine": "y"}):
        changed = VoiceProfile(**{**PROFILE.__dict__, **change})
        assert segment_key("Hello.", changed, "engine 1") != base


def test_verify_rejects_silence_and_lengths_that_do_not_fit():
    ok = Speech(tone_for("one two three four"), 22050)
    assert verify(ok, "one two three four", PROFILE) is None
    silent = Speech(np.zeros(22050, dtype=np.int16), 22050)
    assert "silence" in verify(silent, "one two", PROFILE)
    assert "no audio" in verify(Speech(np.zeros(0, dtype=np.int16), 22050), "hi", PROFILE)
    long_text = " ".join(["word"] * 60)
    assert "does not fit" in verify(ok, long_text, PROFILE)


def _chapter(paragraphs: list[list[str]], voices: dict[int, str] | None = None) -> ScriptChapter:
    segments = tuple(
        Segment("text", text, text, (voices or {}).get(p, "narrator"), 300, p)
        for p, texts in enumerate(paragraphs)
        for text in texts
    )
    return ScriptChapter(1, "Runs", segments)


def test_a_stateful_engine_speaks_a_paragraph_as_a_run_and_keys_hold_the_context():
    paragraph = [f"Sentence {i}." for i in range(RUN_MAX + 2)]
    chapter = _chapter([paragraph, ["Next paragraph."]])
    profiles = {"narrator": PROFILE}
    row = plan_jobs((chapter,), profiles, StatefulFakeEngine)[0]
    contexts = [job.context for job in row]
    assert contexts[0] == ()
    assert contexts[RUN_MAX - 1] == tuple(paragraph[: RUN_MAX - 1])  # a run holds RUN_MAX
    assert contexts[RUN_MAX] == ()  # then a new one starts
    assert contexts[-1] == ()  # and a new paragraph starts one too
    assert row[1].key == segment_key("Sentence 1.", PROFILE, "fake 1", ("Sentence 0.",))
    # A stateless engine speaks every segment on its own: no context, plain keys.
    plain = plan_jobs((chapter,), profiles, FakeEngine)[0]
    assert all(job.context == () for job in plain)
    assert plain[1].key == segment_key("Sentence 1.", PROFILE, "fake 1")


def test_an_edit_changes_the_keys_of_its_run_from_the_edit_on_only():
    profiles = {"narrator": PROFILE}
    before = _chapter([["One.", "Two.", "Three."], ["Four.", "Five."]])
    after = _chapter([["One.", "Two, edited.", "Three."], ["Four.", "Five."]])
    old = [j.key for j in plan_jobs((before,), profiles, StatefulFakeEngine)[0]]
    new = [j.key for j in plan_jobs((after,), profiles, StatefulFakeEngine)[0]]
    assert [a == b for a, b in zip(old, new, strict=True)] == [True, False, False, True, True]


def test_a_voice_change_inside_a_paragraph_starts_a_new_run():
    chapter = ScriptChapter(
        1,
        "Dialogue",
        (
            Segment("text", "He said.", "He said.", "narrator", 300, 0),
            Segment("text", "Hello.", "Hello.", "female", 300, 0),
            Segment("text", "She said.", "She said.", "narrator", 300, 0),
        ),
    )
    profiles = {"narrator": PROFILE, "female": VoiceProfile("female", "fake", "fake/one", 170)}
    row = plan_jobs((chapter,), profiles, StatefulFakeEngine)[0]
    assert [job.context for job in row] == [(), (), ()]


def test_units_span_a_runs_missing_jobs_and_each_key_is_spoken_once():
    profiles = {"narrator": PROFILE}
    chapter = _chapter([["A.", "B.", "C.", "D."], ["E."], ["A.", "B.", "C.", "D."]])
    row = plan_jobs((chapter,), profiles, StatefulFakeEngine)[0]
    missing = {row[1].key, row[2].key, row[4].key, row[6].key}
    units = plan_units([row], missing)
    assert [[job.spoken for job in unit] for unit in units] == [["B.", "C."], ["E."]]
    assert units[0][0].context == ("A.",)  # spoken after its context, as in the whole run


def test_a_run_is_cached_job_by_job_and_a_lost_entry_comes_back_identical(tmp_path):
    profiles = {"narrator": PROFILE}
    chapter = _chapter([["First of three.", "Second of three.", "Third of three."]])
    plan = plan_jobs((chapter,), profiles, StatefulFakeEngine)
    cache = SegmentCache(tmp_path)
    synthesize(plan, cache, jobs=1, override=StatefulFakeEngine)
    middle = plan[0][1]
    before = cache.get(middle.key).pcm
    cache.path_for(middle.key).unlink()
    again = load_speech(cache, middle, StatefulFakeEngine)
    assert np.array_equal(again.pcm, before)


def test_a_crash_on_the_second_worker_replaces_that_worker_and_keeps_the_first(tmp_path):
    texts = ["Good one here.", "Good two here.", "This one will CRASH the worker.", "Good four."]
    plan = [jobs_for(texts)]
    cache = SegmentCache(tmp_path)
    with pytest.raises(EngineError, match="segment 3"):
        synthesize(plan, cache, jobs=2, override=FakeEngine, timeout_s=1.0)
    good = [job for job in plan[0] if "CRASH" not in job.text]
    assert all(cache.has(job.key) for job in good)


def test_a_build_that_fails_to_read_its_book_leaves_no_worker_behind(tmp_path):
    import multiprocessing

    from audiobook.build.pipeline import build
    from audiobook.errors import AudiobookError

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(AudiobookError):
        build(empty, tmp_path / "out", cache_dir=tmp_path / "cache", engine=FakeEngine)
    assert multiprocessing.active_children() == []


def test_a_worker_that_died_before_its_first_job_is_replaced_not_a_crash(tmp_path):
    # Under load a worker can die between two sends; the send then meets a closed pipe.
    cache = SegmentCache(tmp_path)
    workers = start_workers(cache, 2, FakeEngine)
    dead = workers.workers[0]
    dead.process.kill()
    dead.process.join(5)
    plan = [jobs_for([f"Sentence {i} after a lost worker." for i in range(4)])]
    synthesize(plan, cache, override=FakeEngine, workers=workers)
    assert all(cache.has(job.key) for job in plan[0])
    assert not any(worker.process.is_alive() for worker in workers.workers)
