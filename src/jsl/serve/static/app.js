// jsl serve: send the draft to the local server as it is typed and show what jsl check found.
// Every check runs on the server (the same engine as `jsl check`); this file only sends and shows.
"use strict";

(() => {
  const DEBOUNCE_MS = 150;
  const MAX_BYTES = 200 * 1024; // the server refuses larger requests (413)
  const SEVERITY = { error: "要修正", warning: "要確認", info: "参考" };
  const FIELDS = { platform: "投稿先", account: "アカウント", scheduled_at: "投稿予定日時" };
  const PLATFORM_NAMES = { x: "X", instagram: "Instagram", facebook: "Facebook", line: "LINE" };
  const $ = (id) => document.getElementById(id);
  const text = $("text");

  let timer = null;
  let sent = 0; // number of the latest request; older answers are dropped
  let inFlight = null;

  function rows(kind, second) {
    return Array.from($(kind).querySelectorAll(".row")).map((row) => ({
      src: row.querySelector(".src").value,
      [second]: row.querySelector(".second").value,
    }));
  }

  function draft() {
    return {
      text: text.value,
      platform: $("platform").value,
      account: $("account").value,
      scheduled_at: $("scheduled_at").value,
      images: rows("images", "alt"),
      videos: rows("videos", "captions"),
    };
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  async function check() {
    const number = ++sent;
    const body = JSON.stringify(draft());
    if (new Blob([body]).size > MAX_BYTES) {
      return showProblem("下書きが長すぎるため確認できません(200 KB まで)。");
    }
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    let answer;
    try {
      const response = await fetch("/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
        signal: inFlight.signal,
      });
      if (!response.ok) throw new Error(await response.text());
      answer = await response.json();
    } catch (error) {
      if (error.name !== "AbortError" && number === sent) {
        showProblem("確認できませんでした。jsl serve を起動した画面が閉じられていないか確かめてください。");
      }
      return;
    }
    if (number === sent) show(answer);
  }

  function show(answer) {
    // answer.html is the draft escaped by the server (report/highlight.py marked_html): only <mark> tags are markup
    $("mirror").innerHTML = answer.html + "\n";
    showStatus(answer);
    showFindings(answer.findings);
    showCounter(answer.lengths);
    markFields(answer.findings);
    document.documentElement.dataset.checked = String(Number(document.documentElement.dataset.checked || 0) + 1);
    document.dispatchEvent(new CustomEvent("jsl:shown", { detail: { at: performance.now() } }));
  }

  function showStatus(answer) {
    const status = $("status");
    if (answer.errors.length) {
      status.className = "status problem";
      status.textContent = "下書きを読めませんでした: " + answer.errors.join(" / ");
      return;
    }
    const count = answer.findings.length;
    const empty = !text.value.trim() && !answer.findings.length;
    if (empty) {
      status.className = "status idle";
      status.textContent = "本文を入力すると、ここに確認結果が表示されます。";
    } else if (!count) {
      status.className = "status clean";
      status.textContent = "ガイドラインに反する点は見つかりませんでした。";
    } else {
      const errors = answer.findings.filter((f) => f.severity === "error").length;
      const others = count - errors;
      status.className = errors ? "status findings" : "status warnings";
      status.textContent = errors
        ? `直す必要がある点が ${errors} 件あります。` + (others ? `ほかに確かめてほしい点が ${others} 件あります。` : "")
        : `確かめてほしい点が ${others} 件あります。`;
    }
  }

  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content; // always text, never markup
    return node;
  }

  function sectionName(section) {
    const [chapter, item] = section.split(".");
    return item ? `ガイドライン ${chapter}(${item})` : `ガイドライン ${chapter}`;
  }

  function where(f) {
    if (f.field) {
      const [kind, n] = f.field.split(".");
      if (kind === "images") return `画像 ${Number(n) + 1} 件目`;
      if (kind === "videos") return `動画 ${Number(n) + 1} 件目`;
      return FIELDS[kind] || kind;
    }
    return `本文 ${f.line} 行目 ${f.column} 文字目`;
  }

  function showFindings(findings) {
    const list = $("findings");
    list.replaceChildren();
    findings.forEach((f, i) => {
      const item = el("li", `finding ${f.severity}`);
      item.dataset.index = String(i);
      const head = el("div", "head");
      head.append(el("span", `badge ${f.severity}`, SEVERITY[f.severity] || f.severity));
      head.append(el("span", "section", sectionName(f.section)));
      head.append(el("span", "title", f.title));
      item.append(head);
      item.append(el("p", "message", f.message));
      if (f.fix !== null && f.fix !== undefined) {
        item.append(el("p", "fix", f.fix ? `書き換え案:「${f.fix}」` : "書き換え案: 削除する"));
      }
      const foot = el("p", "where");
      foot.append(el("span", "", where(f)));
      if (f.section_text) foot.append(el("span", "section-text", `(${f.section}: ${f.section_text})`));
      foot.append(el("span", "rule", f.rule));
      item.append(foot);
      if (f.offset !== null) {
        item.tabIndex = 0;
        item.title = "クリックすると本文のこの箇所を選択します";
        item.addEventListener("click", () => select(f));
        item.addEventListener("keydown", (e) => { if (e.key === "Enter") select(f); });
      }
      list.append(item);
    });
  }

  // The server counts characters (code points); a textarea counts UTF-16 units.
  function utf16(offset) {
    return Array.from(text.value).slice(0, offset).join("").length;
  }

  function select(f) {
    text.focus();
    text.setSelectionRange(utf16(f.offset), utf16(f.end_offset));
  }

  function showCounter(lengths) {
    const counter = $("counter");
    counter.replaceChildren();
    if (!lengths) return;
    const platform = $("platform").value;
    const parts = [];
    if ((!platform || platform === "x") && lengths.x) {
      parts.push([`X の文字数 ${lengths.x.length} / ${lengths.x.limit}`, lengths.x.length > lengths.x.limit, "(X では漢字・かなを2文字、URLを23文字と数えます)"]);
    }
    if (!platform || platform === "instagram") {
      const ig = lengths.instagram;
      parts.push([`Instagram の文字数 ${ig.length.toLocaleString()} / ${ig.limit.toLocaleString()}`, ig.length > ig.limit, ""]);
      parts.push([`ハッシュタグ ${ig.hashtags} / ${ig.hashtag_limit}`, ig.hashtags > ig.hashtag_limit, ""]);
    }
    if (platform === "facebook" || platform === "line") {
      const m = lengths[platform];
      parts.push([`${PLATFORM_NAMES[platform]} の文字数 ${m.length.toLocaleString()} / ${m.limit.toLocaleString()}`, m.length > m.limit, ""]);
    }
    for (const [label, over, note] of parts) {
      counter.append(el("span", over ? "count over" : "count", label));
      if (note) counter.append(el("span", "note", note));
    }
  }

  function markFields(findings) {
    document.querySelectorAll(".has-finding").forEach((node) => node.classList.remove("has-finding"));
    for (const f of findings) {
      if (!f.field) continue;
      const [kind, n] = f.field.split(".");
      const target = n === undefined ? $(kind) : $(kind) && $(kind).querySelectorAll(".row")[Number(n)];
      if (target) target.classList.add("has-finding");
    }
  }

  function showProblem(message) {
    const status = $("status");
    status.className = "status problem";
    status.textContent = message;
  }

  function addRow(kind) {
    const fieldset = $(kind === "image" ? "images" : "videos");
    const row = $("attachment-row").content.firstElementChild.cloneNode(true);
    const labels = fieldset.dataset; // placeholders and labels for this kind of attachment
    row.querySelector(".src").placeholder = labels.src;
    row.querySelector(".src").setAttribute("aria-label", labels.srcLabel);
    row.querySelector(".second").placeholder = labels.second;
    row.querySelector(".second").setAttribute("aria-label", labels.secondLabel);
    row.querySelector(".remove").setAttribute("aria-label", labels.remove);
    row.querySelector(".remove").addEventListener("click", () => { row.remove(); schedule(); });
    fieldset.querySelector(".rows").append(row);
    row.querySelector(".src").focus();
    schedule();
  }

  // Hovering a marked span shows its findings in the list, and the other way round.
  function highlight(indexes, on) {
    for (const i of indexes) {
      const item = $("findings").querySelector(`[data-index="${i}"]`);
      if (item) item.classList.toggle("active", on);
    }
    document.querySelectorAll("#mirror mark").forEach((mark) => {
      const mine = mark.dataset.findings.split(" ").some((i) => indexes.includes(i));
      if (mine) mark.classList.toggle("active", on);
    });
  }

  function hover(event, on) {
    const mark = event.target.closest && event.target.closest("#mirror mark");
    const item = event.target.closest && event.target.closest("#findings li");
    if (mark) highlight(mark.dataset.findings.split(" "), on);
    else if (item) highlight([item.dataset.index], on);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const platform = $("platform");
    platform.value = platform.dataset.default || "";
    for (const id of ["text", "account", "scheduled_at"]) $(id).addEventListener("input", schedule);
    platform.addEventListener("change", schedule);
    for (const kind of ["images", "videos"]) $(kind).addEventListener("input", schedule);
    document.querySelectorAll("button.add").forEach((b) => b.addEventListener("click", () => addRow(b.dataset.kind)));
    document.addEventListener("mouseover", (e) => hover(e, true));
    document.addEventListener("mouseout", (e) => hover(e, false));
    if (text.value) schedule(); // the browser may restore a draft on reload
  });
})();
