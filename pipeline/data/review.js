// Review page behaviour (pipeline/review.py inlines this file). Data reaches the DOM only through
// textContent, never as HTML, so a report's own text can never become markup.
(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("qdata").textContent);
  const byId = new Map(data.map((d) => [d.mid, d]));
  const doc = document.getElementById("doc");
  const tip = document.getElementById("tip");
  const table = document.getElementById("qtable");
  const tbody = table.tBodies[0];
  const rowOf = new Map([...tbody.rows].map((r) => [r.dataset.q, r]));
  const FIELDS = [["metric", "metric"], ["value", "value"], ["base", "base value"], ["kind", "kind"],
    ["direction", "direction"], ["period", "period"], ["qualifier", "qualifier"], ["status", "status"],
    ["ref_year", "ref_year"], ["metric_key", "metric_key"]];

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // -- hover card -------------------------------------------------------------------------------
  function showTip(mark) {
    const d = byId.get(mark.id);
    if (!d) return;
    const head = el("div", d.surface, "tip-h");
    head.append(el("small", d.id || mark.id));
    const dl = el("dl");
    for (const [key, label] of FIELDS) dl.append(el("dt", label), el("dd", d[key] ?? "—"));
    tip.replaceChildren(head, dl);
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const w = tip.offsetWidth, h = tip.offsetHeight;
    let top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
    const left = Math.max(4, Math.min(r.left, window.innerWidth - w - 8));
    tip.style.top = `${top + window.scrollY}px`;
    tip.style.left = `${left + window.scrollX}px`;
    mark.setAttribute("aria-describedby", "tip");
  }
  function hideTip() {
    tip.hidden = true;
  }
  const markAt = (e) => (e.target instanceof Element ? e.target.closest("mark.q") : null);
  doc.addEventListener("mouseover", (e) => { const m = markAt(e); if (m) showTip(m); });
  doc.addEventListener("mouseout", (e) => {
    const m = markAt(e);
    if (m && !m.contains(e.relatedTarget) && document.activeElement !== m) hideTip();
  });
  doc.addEventListener("focusin", (e) => { const m = markAt(e); if (m) { showTip(m); select(m.id, true); } });
  doc.addEventListener("focusout", hideTip);
  doc.addEventListener("click", (e) => { const m = markAt(e); if (m) m.focus(); });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hideTip(); });

  // -- mark <-> row ------------------------------------------------------------------------------
  let current = null;
  function select(mid, scrollRow) {
    if (current) {
      rowOf.get(current)?.classList.remove("current");
      document.getElementById(current)?.classList.remove("current");
    }
    current = mid;
    const row = rowOf.get(mid);
    document.getElementById(mid)?.classList.add("current");
    if (row) {
      row.classList.add("current");
      if (scrollRow && !row.hidden) revealRow(row);
    }
  }
  // scroll only the table's own box: scrollIntoView would also move the page away from the mark
  function revealRow(row) {
    const box = row.closest(".qwrap");
    const top = row.offsetTop - table.tHead.offsetHeight;
    if (top < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = row.offsetTop - box.clientHeight / 2;
    }
  }
  function flash(node) {
    node.classList.remove("flash");
    void node.offsetWidth; // restart the animation
    node.classList.add("flash");
  }
  function jump(mid) {
    const m = document.getElementById(mid);
    if (!m) return;
    m.scrollIntoView({ block: "center" });
    m.focus({ preventScroll: true });
    flash(m);
    select(mid, false);
  }
  tbody.addEventListener("click", (e) => {
    const row = e.target instanceof Element ? e.target.closest("tr[data-q]") : null;
    if (row) jump(row.dataset.q);
  });
  tbody.addEventListener("keydown", (e) => {
    const row = e.target instanceof Element ? e.target.closest("tr[data-q]") : null;
    if (row && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); jump(row.dataset.q); }
  });

  // -- sorting -----------------------------------------------------------------------------------
  function sortBy(th) {
    const col = th.cellIndex;
    const numeric = th.dataset.type === "num";
    const dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    for (const h of th.parentNode.cells) h.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    const key = (r) => {
      const c = r.cells[col];
      if (!numeric) return c.textContent;
      const v = parseFloat(c.dataset.v);
      return Number.isNaN(v) ? -Infinity : v;
    };
    const rows = [...tbody.rows];
    const coll = new Intl.Collator("zh");
    rows.sort((a, b) => {
      const x = key(a), y = key(b);
      const c = numeric ? (x < y ? -1 : x > y ? 1 : 0) : coll.compare(x, y);
      return c * dir || (a.cells[0].dataset.v - b.cells[0].dataset.v);
    });
    tbody.append(...rows);
  }
  for (const th of table.tHead.rows[0].cells) {
    th.addEventListener("click", () => sortBy(th));
    th.addEventListener("keydown", (e) => { if (e.key === "Enter") sortBy(th); });
  }

  // -- filtering ---------------------------------------------------------------------------------
  const filter = document.getElementById("filter");
  const shown = document.getElementById("shown");
  const chips = [...document.querySelectorAll(".chip[data-kind], .chip[data-status]")];
  function apply() {
    const q = filter.value.trim().toLowerCase();
    const kinds = chips.filter((c) => c.dataset.kind && c.getAttribute("aria-pressed") === "true").map((c) => c.dataset.kind);
    const stats = chips.filter((c) => c.dataset.status && c.getAttribute("aria-pressed") === "true").map((c) => c.dataset.status);
    let n = 0;
    for (const r of tbody.rows) {
      const ok = (!q || r.textContent.toLowerCase().includes(q))
        && (!kinds.length || kinds.includes(r.dataset.kind))
        && (!stats.length || stats.includes(r.dataset.status));
      r.hidden = !ok;
      n += ok ? 1 : 0;
    }
    shown.textContent = `${n} shown`;
  }
  filter.addEventListener("input", apply);
  for (const c of chips) {
    c.addEventListener("click", () => {
      c.setAttribute("aria-pressed", c.getAttribute("aria-pressed") === "true" ? "false" : "true");
      apply();
    });
  }

  // -- misses: step through the numbers nobody extracted -------------------------------------------
  const misses = [...doc.querySelectorAll(".miss")];
  let missAt = -1;
  document.getElementById("nextmiss")?.addEventListener("click", () => {
    if (!misses.length) return;
    missAt = (missAt + 1) % misses.length;
    misses[missAt].scrollIntoView({ block: "center" });
    flash(misses[missAt]);
  });

  // -- links from other pages (diff / track) land on a mark ------------------------------------------
  function fromHash() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (byId.has(id)) jump(id);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
