// The studio page: listen to a book segment by segment, fix it, rebuild what changed.
// Text from the book is only ever set as textContent, never as markup.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const token = document.querySelector('meta[name="studio-token"]').content;
  const audio = $("audio");
  const state = { book: null, chapter: 0, current: 0, stopAt: null, lastEvent: -1, after: null };

  const chapter = () => state.book.chapters[state.chapter];
  const segment = () => chapter().segments[state.current];

  function message(text, ok) {
    $("message").textContent = text || "";
    $("message").className = ok ? "ok" : "";
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Studio-Token": token },
      body: JSON.stringify(body || {}),
    });
    if (!response.ok) {
      let text = response.statusText;
      try { text = (await response.json()).error; } catch (e) { /* not JSON */ }
      throw new Error(text);
    }
    return response;
  }

  async function load() {
    const response = await fetch("/api/book");
    const book = await response.json();
    if (!response.ok) { message(book.error); return; }
    state.book = book;
    document.title = "Studio: " + book.title;
    $("title").textContent = book.title + (book.author ? " — " + book.author : "");
    renderChapters();
    renderFlagged();
    renderLexicon();
    const voices = $("fix-voice");
    voices.replaceChildren();
    for (const name of ["", ...book.voices]) {
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name || "(as the book says)";
      voices.append(option);
    }
    showChapter(Math.min(state.chapter, book.chapters.length - 1), state.current);
    $("status").textContent = book.built ? "" : "not built yet: press b to build";
  }

  function renderChapters() {
    const list = $("chapters");
    list.replaceChildren();
    state.book.chapters.forEach((ch, i) => {
      const li = document.createElement("li");
      li.textContent = ch.index + ". " + ch.title;
      li.dataset.index = i;
      li.addEventListener("click", () => showChapter(i, 0));
      list.append(li);
    });
  }

  function renderFlagged() {
    const list = $("flagged");
    list.replaceChildren();
    let count = 0;
    state.book.chapters.forEach((ch, i) => ch.segments.forEach((seg) => {
      if (!seg.flag) return;
      count += 1;
      const li = document.createElement("li");
      li.textContent = ch.index + "." + (seg.n + 1) + " " + seg.flag.status + ": " + seg.text.slice(0, 40);
      li.addEventListener("click", () => { showChapter(i, seg.n); playSegment(); });
      list.append(li);
    }));
    $("flag-count").textContent = state.book.proofed ? "(" + count + ")" : "";
  }

  function renderLexicon() {
    const list = $("lexicon");
    list.replaceChildren();
    for (const [word, say] of Object.entries(state.book.pronounce)) {
      const li = document.createElement("li");
      li.textContent = word + " → " + say;
      li.addEventListener("click", () => { $("word").value = word; $("say").value = say; });
      list.append(li);
    }
    // the book's own guide and respellings: saving the word puts it in book.toml, which wins
    for (const [word, say] of Object.entries(state.book.book_pronounce || {})) {
      const li = document.createElement("li");
      li.className = "from-book";
      li.textContent = word + " → " + say + " (the book's guide)";
      li.title = "from the manuscript's pronunciation guide or respelling; save to override";
      li.addEventListener("click", () => { $("word").value = word; $("say").value = say; });
      list.append(li);
    }
  }

  function saidAs(word) {
    const book = state.book.book_pronounce || {};
    return state.book.pronounce[word] || book[word] || "";
  }

  function showChapter(i, n) {
    state.chapter = i;
    const ch = chapter();
    document.querySelectorAll("#chapters li").forEach((li) =>
      li.classList.toggle("current", Number(li.dataset.index) === i));
    $("chapter-title").textContent = ch.title;
    $("chapter-title").dir = "auto";
    const list = $("segments");
    list.replaceChildren();
    for (const seg of ch.segments) {
      const li = document.createElement("li");
      li.className = "seg " + seg.kind + (seg.flag ? " flagged" : "") + (seg.stale && state.book.built ? " stale" : "");
      li.dataset.index = seg.n;
      li.lang = state.book.language || "";
      li.dir = "auto";  // a sentence in Arabic or Hebrew runs right to left, an English one left to right
      li.append(document.createTextNode(seg.text));
      if (seg.fix) {
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = "fixed";
        li.append(badge);
      }
      if (seg.flag) {
        const flag = document.createElement("span");
        flag.className = "flag";
        flag.textContent = seg.flag.status + (seg.flag.heard ? " (heard: " + seg.flag.heard + ")" : "");
        li.append(flag);
      }
      if (seg.spoken !== seg.text && seg.kind === "text") {
        const spoken = document.createElement("span");
        spoken.className = "spoken";
        spoken.textContent = seg.spoken;
        li.append(spoken);
      }
      li.addEventListener("click", () => { select(seg.n); playSegment(); });
      list.append(li);
    }
    const src = ch.file ? "/audio/" + encodeURIComponent(ch.file) + "?v=" + state.book.version : "";
    if (src && !audio.src.endsWith(src)) { audio.src = src; }
    select(Math.min(n || 0, ch.segments.length - 1));
  }

  function select(n) {
    if (n < 0 || n >= chapter().segments.length) return;
    state.current = n;
    document.querySelectorAll("#segments .seg").forEach((li) =>
      li.classList.toggle("current", Number(li.dataset.index) === n));
    const el = document.querySelector("#segments .seg.current");
    if (el) el.scrollIntoView({ block: "nearest" });
    const seg = segment();
    $("seg-id").textContent = chapter().index + "." + (n + 1);
    const text = $("seg-text");
    text.replaceChildren();
    for (const part of seg.text.split(/(\s+)/)) {
      if (!part.trim()) { text.append(document.createTextNode(part)); continue; }
      const span = document.createElement("span");
      span.textContent = part;
      span.addEventListener("click", () => {
        const word = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
        $("word").value = word;
        $("say").value = saidAs(word);
        $("say").focus();
      });
      text.append(span);
    }
    $("fix-spoken").value = seg.spoken;
    $("fix-voice").value = seg.fix && seg.fix.voice ? seg.fix.voice : "";
    for (const id of ["fix-spoken", "fix-voice", "fix-save", "fix-audition", "fix-remove"]) {
      $(id).disabled = !seg.editable;
    }
  }

  function playSegment() {
    const seg = segment();
    if (seg.start_ms === null || !chapter().file) {
      message("this segment has not been built yet: rebuild (b) to hear it");
      return;
    }
    message("");
    state.stopAt = seg.end_ms / 1000;
    audio.currentTime = seg.start_ms / 1000;
    audio.play().catch(() => {});
  }

  function togglePlay() {
    if (!audio.paused) { audio.pause(); return; }
    const seg = segment();
    if (seg.start_ms === null) { playSegment(); return; }
    state.stopAt = null; // from here to the end of the chapter, pauses and room tone as built
    if (audio.currentTime * 1000 < seg.start_ms || audio.currentTime * 1000 > seg.end_ms) {
      audio.currentTime = seg.start_ms / 1000;
    }
    audio.play().catch(() => {});
  }

  audio.addEventListener("timeupdate", () => {
    if (state.stopAt !== null && audio.currentTime >= state.stopAt) {
      audio.pause();
      state.stopAt = null;
      return;
    }
    if (state.stopAt === null && !audio.paused) {
      const ms = audio.currentTime * 1000;
      const segs = chapter().segments;
      const at = segs.findIndex((s) => s.start_ms !== null && s.start_ms <= ms && ms < s.end_ms);
      if (at >= 0 && at !== state.current) select(at);
    }
  });

  function move(step) {
    const n = state.current + step;
    if (n < 0 || n >= chapter().segments.length) return;
    const playing = !audio.paused;
    select(n);
    if (playing) playSegment();
  }

  async function audition(body) {
    message("speaking …", true);
    try {
      const response = await post("/api/audition", body);
      const blob = await response.blob();
      const player = $("audition");
      if (player.src) URL.revokeObjectURL(player.src);
      player.src = URL.createObjectURL(blob);
      audio.pause();
      await player.play();
      message("audition (not saved)", true);
    } catch (e) { message(e.message); }
  }

  const where = () => ({ chapter: chapter().index, n: state.current });

  $("fix-audition").addEventListener("click", () =>
    audition({ ...where(), spoken: $("fix-spoken").value, voice: $("fix-voice").value || null }));
  $("word-audition").addEventListener("click", () =>
    audition({ ...where(), word: $("word").value, say: $("say").value }));

  $("fix-save").addEventListener("click", async () => {
    const seg = segment();
    const spoken = $("fix-spoken").value;
    const changed = seg.fix && seg.fix.spoken ? spoken : (spoken !== seg.spoken ? spoken : null);
    if (changed === null && !$("fix-voice").value) {
      message("nothing to save: change the spoken text or choose a voice");
      return;
    }
    try {
      await post("/api/fix", { ...where(), spoken: changed, voice: $("fix-voice").value || null });
      message("fix saved in fixes.toml; rebuild (b) to hear it", true);
      await load();
    } catch (e) { message(e.message); }
  });
  $("fix-remove").addEventListener("click", async () => {
    try {
      await post("/api/fix", { ...where(), spoken: null, voice: null });
      message("fix removed", true);
      await load();
    } catch (e) { message(e.message); }
  });
  $("word-save").addEventListener("click", async () => {
    try {
      await post("/api/pronounce", { word: $("word").value, say: $("say").value });
      message("saved in book.toml [pronounce]; rebuild (b) to hear it", true);
      await load();
    } catch (e) { message(e.message); }
  });

  async function startJob(url, name) {
    try {
      await post(url);
      $("status").textContent = name + " …";
      $("progress").hidden = false;
      $("progress").value = 0;
    } catch (e) { message(e.message); }
  }
  $("rebuild-btn").addEventListener("click", () => startJob("/api/rebuild", "rebuilding"));
  $("proof-btn").addEventListener("click", () => startJob("/api/proof", "proof-listening"));

  function listen() {
    const source = new EventSource("/api/events?since=" + state.lastEvent);
    source.onmessage = async (e) => {
      const event = JSON.parse(e.data);
      state.lastEvent = event.id;
      if (event.stage) {
        $("status").textContent = event.job + ": " + event.stage + " " + event.done + "/" + event.total;
        $("progress").value = event.total ? event.done / event.total : 0;
      } else if (event.chapter) {
        $("status").textContent = "proof: chapter " + event.chapter + " heard, " + event.flagged + " flagged";
      } else if (event.state === "error") {
        $("progress").hidden = true;
        $("status").textContent = "";
        message(event.job + " failed: " + event.message);
      } else if (event.state === "done") {
        $("progress").hidden = true;
        $("status").textContent = event.job + " finished";
        await load();
        if (event.job === "rebuild") playSegment();
        document.body.dataset[event.job] = String(event.id); // tests wait for this
      }
    };
  }

  document.addEventListener("keydown", (e) => {
    // typing in a field, or the audio controls' own keys, are not shortcuts
    if (e.target.closest("input, textarea, select, audio") || e.ctrlKey || e.metaKey || e.altKey) return;
    const actions = {
      " ": togglePlay, j: () => move(1), ArrowDown: () => move(1), ArrowRight: () => move(1),
      k: () => move(-1), ArrowUp: () => move(-1), ArrowLeft: () => move(-1), r: playSegment,
      b: () => startJob("/api/rebuild", "rebuilding"), p: () => startJob("/api/proof", "proof-listening"),
    };
    const action = actions[e.key];
    if (!action || !state.book) return;
    e.preventDefault();
    action();
  });

  load().then(() => { state.lastEvent = state.book.last_event; listen(); });
})();
