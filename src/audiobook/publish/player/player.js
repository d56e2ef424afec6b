/* The read-along player of an audiobook folder.
 *
 * The book (title, chapters, sentences and their times) is inline JSON in
 * index.html, so the page works from file:// as well as over HTTP. Every
 * piece of manuscript text reaches the page through textContent, never as
 * markup. The only requests are for the book's own files.
 */
(function () {
  "use strict";

  const PARAGRAPH_GAP_MS = 700; // a pause this long between sentences marks a new paragraph
  const SKIP_S = 30;
  const SAVE_EVERY_MS = 2000;

  const book = JSON.parse(document.getElementById("book").textContent);
  const chapters = book.chapters;
  const $ = (id) => document.getElementById(id);
  const audio = $("audio");
  const textBox = $("text");
  const seek = $("seek");
  const playButton = $("play");
  const speed = $("speed");
  const sleep = $("sleep");
  const storageKey = "audiobook-player:" + book.key;

  const state = {
    chapter: -1,       // index into chapters of the file in the audio element
    segments: [],      // elements of the shown chapter's segments
    current: -1,       // index of the highlighted segment
    pendingSeek: null, // seconds to seek to once the new file's metadata is in
    dragging: false,
    sleepDeadline: 0,
    sleepAtChapterEnd: false,
    lastSave: 0,
    frame: 0,
  };

  // ------------------------------------------------------------ helpers

  function clock(seconds) {
    if (!isFinite(seconds) || seconds < 0) seconds = 0;
    const s = Math.floor(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = String(s % 60).padStart(2, "0");
    return h > 0 ? h + ":" + String(m).padStart(2, "0") + ":" + sec : m + ":" + sec;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function fileUrl(name) {
    // Relative to index.html; the same URL works from file:// and over HTTP.
    return name.split("/").map(encodeURIComponent).join("/");
  }

  function chapterDuration(index) {
    if (index === state.chapter && isFinite(audio.duration) && audio.duration > 0) {
      return audio.duration;
    }
    return chapters[index].duration_ms / 1000;
  }

  function bookPosition() {
    if (state.chapter < 0) return 0;
    return chapters[state.chapter].start_ms / 1000 + (audio.currentTime || 0);
  }

  function chapterAt(seconds) {
    let found = 0;
    for (let i = 0; i < chapters.length; i++) {
      if (chapters[i].start_ms / 1000 <= seconds) found = i;
    }
    return found;
  }

  function setStatus(message) {
    $("status").textContent = message || "";
  }

  // ------------------------------------------------------------ storage

  function loadPosition() {
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey) || "null");
      if (saved && Number.isInteger(saved.chapter) && saved.chapter >= 0 &&
          saved.chapter < chapters.length && typeof saved.time === "number") {
        return saved;
      }
    } catch (err) {
      // Storage may be switched off (private windows, some file:// setups): start at the top.
    }
    return null;
  }

  function savePosition(force) {
    const now = Date.now();
    if (!force && now - state.lastSave < SAVE_EVERY_MS) return;
    state.lastSave = now;
    if (state.chapter < 0) return;
    try {
      localStorage.setItem(storageKey, JSON.stringify({
        chapter: state.chapter,
        time: Math.round((audio.currentTime || 0) * 10) / 10,
        rate: Number(speed.value),
        saved: now,
      }));
    } catch (err) {
      // Full or disabled storage only costs the remembered position.
    }
  }

  // ------------------------------------------------------------ rendering

  function renderHeader() {
    document.title = book.title;
    $("title").textContent = book.title;
    const by = [];
    if (book.author) by.push("by " + book.author);
    if (book.narrator) by.push("read by " + book.narrator);
    $("byline").textContent = by.join(" · ");
    $("total").textContent = clock(book.duration_ms / 1000);
    if (book.cover) {
      const cover = $("cover");
      cover.src = fileUrl(book.cover);
      cover.hidden = false;
    }
  }

  function renderChapterList() {
    const list = $("chapters");
    list.replaceChildren();
    chapters.forEach((chapter, index) => {
      const item = el("li");
      const button = el("button", "chapter");
      button.type = "button";
      button.dataset.index = String(index);
      button.append(el("span", "chapter-name", chapter.title));
      button.append(el("span", "chapter-duration", clock(chapter.duration_ms / 1000)));
      button.addEventListener("click", () => goTo(index, 0, !audio.paused));
      item.append(button);
      list.append(item);
    });
  }

  function renderText(index) {
    const chapter = chapters[index];
    textBox.replaceChildren();
    state.segments = [];
    state.current = -1;
    let paragraph = null;
    let previousEnd = null;
    chapter.segments.forEach((segment, i) => {
      let node;
      if (segment.kind === "heading") {
        node = el("h2", "seg heading", segment.text);
        textBox.append(node);
        paragraph = null;
      } else if (segment.kind === "credits") {
        node = el("p", "seg credits", segment.text);
        textBox.append(node);
        paragraph = null;
      } else {
        if (!paragraph || (previousEnd !== null &&
            segment.start_ms - previousEnd >= PARAGRAPH_GAP_MS)) {
          paragraph = el("p", "paragraph");
          textBox.append(paragraph);
        } else if (chapter.segments[i - 1].line_end) {
          paragraph.append(document.createElement("br")); // a line of verse ends here
        } else {
          paragraph.append(document.createTextNode(" "));
        }
        node = el("span", "seg sentence", segment.text);
        paragraph.append(node);
      }
      previousEnd = segment.end_ms;
      node.dataset.index = String(i);
      node.dataset.start = String(segment.start_ms / 1000);
      node.title = "Play from here (" + clock(segment.start_ms / 1000) + ")";
      node.addEventListener("click", () => goTo(index, segment.start_ms / 1000, true));
      state.segments.push(node);
    });
    textBox.scrollTop = 0;
  }

  function markChapter(index) {
    for (const button of document.querySelectorAll("#chapters .chapter")) {
      const active = Number(button.dataset.index) === index;
      button.classList.toggle("active", active);
      if (active) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
    $("chapter-title").textContent = chapters[index].title;
  }

  // ------------------------------------------------------------ highlighting

  function segmentAt(index, ms) {
    // The last segment that has started: it stays lit through the pause after it.
    const list = chapters[index].segments;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start_ms <= ms) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  const reducedMotion = window.matchMedia &&
    window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function scrollToSegment(node) {
    const behavior = reducedMotion ? "auto" : "smooth";
    if (textBox.scrollHeight > textBox.clientHeight + 4 &&
        getComputedStyle(textBox).overflowY !== "visible") {
      const top = node.offsetTop - textBox.offsetTop -
        textBox.clientHeight / 2 + node.offsetHeight / 2;
      textBox.scrollTo({ top: Math.max(0, top), behavior: behavior });
    } else {
      node.scrollIntoView({ block: "nearest", behavior: behavior });
    }
  }

  function highlight() {
    if (state.chapter < 0 || state.pendingSeek !== null) return;
    markCurrent(segmentAt(state.chapter, (audio.currentTime || 0) * 1000));
  }

  // Move the "current" mark to sentence `index` (-1: none) and bring it into view.
  function markCurrent(index) {
    if (index === state.current) return;
    if (state.current >= 0 && state.segments[state.current]) {
      state.segments[state.current].classList.remove("current");
    }
    state.current = index;
    if (index >= 0 && state.segments[index]) {
      state.segments[index].classList.add("current");
      scrollToSegment(state.segments[index]);
    }
  }

  function showTime() {
    const duration = chapterDuration(state.chapter < 0 ? 0 : state.chapter);
    if (!state.dragging) {
      seek.max = String(duration);
      seek.value = String(audio.currentTime || 0);
    }
    const shown = state.dragging ? Number(seek.value) : audio.currentTime || 0;
    $("elapsed").textContent = clock(shown);
    $("remaining").textContent = "−" + clock(duration - shown);
  }

  function tick() {
    highlight();
    showTime();
    checkSleep();
    state.frame = audio.paused ? 0 : requestAnimationFrame(tick);
  }

  // ------------------------------------------------------------ playback

  function goTo(index, seconds, play) {
    index = Math.max(0, Math.min(chapters.length - 1, index));
    seconds = Math.max(0, seconds || 0);
    if (index !== state.chapter) {
      state.chapter = index;
      state.pendingSeek = seconds;
      audio.src = fileUrl(chapters[index].file);
      audio.defaultPlaybackRate = Number(speed.value);
      audio.playbackRate = Number(speed.value);
      renderText(index);
      markChapter(index);
      audio.load();
    } else if (audio.readyState >= 1) {
      audio.currentTime = seconds;
    } else {
      state.pendingSeek = seconds;
    }
    if (play) start();
    highlightAt(seconds);
    savePosition(true);
  }

  function highlightAt(seconds) {
    // Light the target sentence at once, before the seek has finished.
    markCurrent(segmentAt(state.chapter, seconds * 1000));
  }

  function start() {
    const promise = audio.play();
    if (promise && promise.catch) {
      promise.catch((err) => {
        if (err && err.name !== "AbortError") setStatus("Press play to start (" + err.name + ").");
      });
    }
  }

  function togglePlay() {
    if (state.chapter < 0) goTo(0, 0, false);
    if (audio.paused) start();
    else audio.pause();
  }

  function skip(delta) {
    const target = Math.max(0, Math.min(book.duration_ms / 1000, bookPosition() + delta));
    const index = chapterAt(target);
    goTo(index, target - chapters[index].start_ms / 1000, !audio.paused);
  }

  function setRate(value) {
    speed.value = String(Number(value) || 1);
    if (!speed.value) speed.value = "1"; // a saved rate the menu does not offer
    audio.defaultPlaybackRate = Number(speed.value);
    audio.playbackRate = Number(speed.value);
  }

  // ------------------------------------------------------------ sleep timer

  function setSleep(value) {
    state.sleepDeadline = 0;
    state.sleepAtChapterEnd = false;
    if (value === "chapter") state.sleepAtChapterEnd = true;
    else if (value !== "off") state.sleepDeadline = Date.now() + Number(value) * 60000;
    showSleep();
  }

  function showSleep() {
    let text = "";
    if (state.sleepDeadline) text = clock((state.sleepDeadline - Date.now()) / 1000) + " left";
    else if (state.sleepAtChapterEnd) text = "stops after this chapter";
    $("sleep-left").textContent = text;
  }

  function sleepNow() {
    audio.pause();
    sleep.value = "off";
    setSleep("off");
    setStatus("Sleep timer: paused.");
  }

  function checkSleep() {
    if (state.sleepDeadline && Date.now() >= state.sleepDeadline) sleepNow();
  }

  // ------------------------------------------------------------ events

  audio.addEventListener("loadedmetadata", () => {
    if (state.pendingSeek !== null) {
      const target = Math.min(state.pendingSeek, audio.duration || state.pendingSeek);
      state.pendingSeek = null;
      if (target > 0) audio.currentTime = target;
    }
    audio.playbackRate = Number(speed.value);
    showTime();
  });
  audio.addEventListener("play", () => {
    playButton.textContent = "Pause";
    playButton.setAttribute("aria-label", "Pause");
    playButton.classList.add("playing");
    setStatus("");
    if (!state.frame) state.frame = requestAnimationFrame(tick);
  });
  audio.addEventListener("pause", () => {
    playButton.textContent = "Play";
    playButton.setAttribute("aria-label", "Play");
    playButton.classList.remove("playing");
    savePosition(true);
  });
  audio.addEventListener("timeupdate", () => {
    if (audio.paused) {
      highlight();
      showTime();
    }
    savePosition(false);
  });
  audio.addEventListener("seeked", () => {
    highlight();
    showTime();
    savePosition(true);
  });
  audio.addEventListener("ended", () => {
    if (state.sleepAtChapterEnd) {
      if (state.chapter + 1 < chapters.length) goTo(state.chapter + 1, 0, false);
      sleepNow();
      return;
    }
    if (state.chapter + 1 < chapters.length) goTo(state.chapter + 1, 0, true);
    else setStatus("The end.");
  });
  audio.addEventListener("error", () => {
    const chapter = chapters[state.chapter];
    setStatus("Cannot play " + (chapter ? chapter.file : "this file") + ".");
  });

  playButton.addEventListener("click", togglePlay);
  $("back").addEventListener("click", () => skip(-SKIP_S));
  $("forward").addEventListener("click", () => skip(SKIP_S));
  speed.addEventListener("change", () => {
    setRate(speed.value);
    savePosition(true);
  });
  sleep.addEventListener("change", () => setSleep(sleep.value));
  setInterval(() => {
    checkSleep();
    if (state.sleepDeadline) showSleep();
  }, 1000);

  seek.addEventListener("input", () => {
    state.dragging = true;
    showTime();
  });
  seek.addEventListener("change", () => {
    state.dragging = false;
    if (state.chapter < 0) goTo(0, Number(seek.value), false);
    else audio.currentTime = Number(seek.value);
    showTime();
  });

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const tag = event.target && event.target.tagName;
    if (tag === "SELECT" || tag === "TEXTAREA" ||
        (tag === "INPUT" && event.target.type !== "range")) return;
    if (event.key === " " || event.code === "Space") {
      event.preventDefault(); // not a click on the focused button, not a page scroll
      if (!event.repeat) togglePlay();
    } else if (tag !== "INPUT" && event.key === "ArrowLeft") {
      event.preventDefault();
      skip(-SKIP_S);
    } else if (tag !== "INPUT" && event.key === "ArrowRight") {
      event.preventDefault();
      skip(SKIP_S);
    }
  });
  document.addEventListener("keyup", (event) => {
    // A button clicks itself on the key-up of space; togglePlay already ran.
    if ((event.key === " " || event.code === "Space") &&
        event.target && event.target.tagName === "BUTTON") event.preventDefault();
  });
  window.addEventListener("pagehide", () => savePosition(true));
  document.addEventListener("visibilitychange", () => savePosition(true));

  if ("mediaSession" in navigator) {
    try {
      const artwork = book.cover ? [{ src: fileUrl(book.cover) }] : [];
      navigator.mediaSession.metadata = new MediaMetadata({
        title: book.title, artist: book.author, album: book.title, artwork: artwork,
      });
      navigator.mediaSession.setActionHandler("play", start);
      navigator.mediaSession.setActionHandler("pause", () => audio.pause());
      navigator.mediaSession.setActionHandler("seekbackward", () => skip(-SKIP_S));
      navigator.mediaSession.setActionHandler("seekforward", () => skip(SKIP_S));
      navigator.mediaSession.setActionHandler("previoustrack", () => goTo(state.chapter - 1, 0, !audio.paused));
      navigator.mediaSession.setActionHandler("nexttrack", () => goTo(state.chapter + 1, 0, !audio.paused));
    } catch (err) {
      // Older browsers lack some actions; the page's own buttons still work.
    }
  }

  // ------------------------------------------------------------ start

  renderHeader();
  renderChapterList();
  const saved = loadPosition();
  if (saved && saved.rate) setRate(saved.rate);
  if (chapters.length) {
    if (saved) goTo(saved.chapter, saved.time, false);
    else goTo(0, 0, false);
  }
  showTime();
})();
