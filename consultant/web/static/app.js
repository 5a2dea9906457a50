/* consultant review UI: queue keyboard navigation, code editing with
   autocomplete and live validation, preview, claim renewal and send-status
   polling.  Plain DOM code, no build step; all server text goes in through
   textContent, never innerHTML, except our own escaped preview fragment. */
(function () {
  "use strict";
  const csrf = () => document.body.dataset.csrf || "";
  const typing = (el) => el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT");
  const debounce = (fn, ms) => { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; };
  const postJSON = (url, body) => fetch(url, {
    method: "POST", credentials: "same-origin",
    headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf() },
    body: JSON.stringify(body || {}),
  });

  function queueKeys() {
    const table = document.getElementById("queue");
    if (!table) return;
    const rows = () => Array.from(table.querySelectorAll("tbody tr[data-href]"));
    let index = -1;
    const select = (i) => {
      const list = rows(); if (!list.length) return;
      index = Math.max(0, Math.min(i, list.length - 1));
      list.forEach((r, j) => r.classList.toggle("selected", j === index));
      list[index].scrollIntoView({ block: "nearest" });
    };
    table.addEventListener("click", (e) => {
      const row = e.target.closest("tr[data-href]");
      if (row && !e.target.closest("a")) window.location = row.dataset.href;
    });
    document.addEventListener("keydown", (e) => {
      if (typing(document.activeElement) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "j") { select(index + 1); e.preventDefault(); }
      else if (e.key === "k") { select(index - 1); e.preventDefault(); }
      else if (e.key === "Enter" && index >= 0) { window.location = rows()[index].dataset.href; }
      else if (e.key === "/") { const q = document.querySelector("input[name=q]"); if (q) { q.focus(); e.preventDefault(); } }
    });
  }

  function codeLines(tbody) {
    return Array.from(tbody.querySelectorAll("tr.code-row")).map((r) => ({
      code: r.querySelector(".code-input").value,
      units: r.querySelector(".units-input").value,
      modifiers: r.querySelector(".mods-input").value,
    }));
  }

  function renderIssues(list, issues) {
    list.replaceChildren();
    issues.forEach((i) => {
      const li = document.createElement("li");
      li.className = i.level; li.dataset.kind = i.kind;
      const code = document.createElement("code"); code.textContent = i.code;
      li.append(code, " " + i.message);
      list.append(li);
    });
  }

  function addRow(tbody, code) {
    const row = document.getElementById("row-template").content.firstElementChild.cloneNode(true);
    row.querySelector(".code-input").value = code || "";
    tbody.append(row);
    return row;
  }

  function autocomplete(tbody, onChange) {
    const input = document.getElementById("code-search");
    const list = document.getElementById("code-results");
    if (!input) return;
    let active = -1;
    const choose = (code) => { addRow(tbody, code); input.value = ""; list.replaceChildren(); onChange(); };
    const search = debounce(async () => {
      const q = input.value.trim();
      if (!q) { list.replaceChildren(); return; }
      const res = await fetch("/api/codes?q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } });
      if (!res.ok) return;
      const data = await res.json();
      list.replaceChildren(); active = -1;
      data.results.forEach((hit) => {
        const li = document.createElement("li");
        li.setAttribute("role", "option"); li.dataset.code = hit.code;
        const c = document.createElement("code"); c.textContent = hit.code;
        li.append(c, " " + hit.short + (hit.addon ? " (add-on)" : ""));
        li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(hit.code); });
        list.append(li);
      });
    }, 150);
    input.addEventListener("input", search);
    input.addEventListener("keydown", (e) => {
      const items = Array.from(list.children);
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        active = Math.max(0, Math.min(items.length - 1, active + (e.key === "ArrowDown" ? 1 : -1)));
        items.forEach((li, j) => li.classList.toggle("active", j === active));
        e.preventDefault();
      } else if (e.key === "Enter") {
        e.preventDefault();
        const pick = items[active >= 0 ? active : 0];
        if (pick) choose(pick.dataset.code);
        else if (/^[0-9A-Za-z]{5}$/.test(input.value.trim())) choose(input.value.trim().toUpperCase());
      } else if (e.key === "Escape") { list.replaceChildren(); }
    });
  }

  function caseEditor(caseId) {
    const form = document.getElementById("edit-form");
    const tbody = document.querySelector("#codes tbody");
    const issues = document.getElementById("issues");
    if (!form || !tbody) return;
    const validate = debounce(async () => {
      const res = await postJSON(`/cases/${caseId}/validate`, { codes: codeLines(tbody) });
      if (res.ok) renderIssues(issues, (await res.json()).issues);
    }, 250);
    tbody.addEventListener("input", validate);
    tbody.addEventListener("click", (e) => {
      const row = e.target.closest("tr.code-row"); if (!row) return;
      if (e.target.classList.contains("remove")) row.remove();
      else if (e.target.classList.contains("up") && row.previousElementSibling) row.previousElementSibling.before(row);
      else if (e.target.classList.contains("down") && row.nextElementSibling) row.nextElementSibling.after(row);
      else return;
      validate();
    });
    autocomplete(tbody, validate);
    const previewBtn = document.getElementById("preview-btn");
    if (previewBtn) previewBtn.addEventListener("click", async (e) => {
      e.preventDefault();
      const res = await fetch(`/cases/${caseId}/preview`, {
        method: "POST", credentials: "same-origin", headers: { "X-Fragment": "1" }, body: new FormData(form),
      });
      const target = document.getElementById("preview");
      if (res.ok) { target.innerHTML = await res.text(); target.scrollIntoView({ block: "start" }); }
      else { target.textContent = "Preview failed: " + res.status; }
    });
  }

  function renewClaim(caseId) {
    let active = false;
    ["input", "keydown", "click"].forEach((t) => document.addEventListener(t, () => { active = true; }, true));
    setInterval(() => { if (active) { active = false; postJSON(`/cases/${caseId}/renew`); } }, 60000);
  }

  function pollSend(caseId) {
    const tick = async () => {
      const res = await fetch(`/cases/${caseId}/send-status`, { headers: { "Accept": "application/json" } });
      if (!res.ok) return;
      const data = await res.json();
      const busy = data.drafts.some((d) => d.state === "approved" || d.state === "sending");
      if (!busy) { window.location.reload(); return; }
      setTimeout(tick, 1500);
    };
    setTimeout(tick, 1500);
  }

  document.addEventListener("DOMContentLoaded", () => {
    queueKeys();
    const head = document.getElementById("case");
    if (!head) return;
    const caseId = head.dataset.case;
    caseEditor(caseId);
    if (head.dataset.mine === "1") renewClaim(caseId);
    if (head.dataset.inflight === "1") pollSend(caseId);
  });
})();
