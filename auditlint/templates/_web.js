/* auditlint serve: small helpers for the page; it works without them. No audit text leaves the page. */
(function () {
  "use strict";
  var form = document.getElementById("check-form");
  if (form) {
    var file = document.getElementById("file");
    var text = document.getElementById("text");
    var note = document.getElementById("file-note");
    var err = document.getElementById("client-error");
    var busy = document.getElementById("busy");
    var button = document.getElementById("check");
    var max = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;
    var limit = form.getAttribute("data-max-label") || "";
    var accepted = (form.getAttribute("data-accept") || "").split(",");
    var show = function (msg) { err.textContent = msg; err.hidden = !msg; };
    file.addEventListener("change", function () {
      show("");
      note.hidden = !(file.files && file.files.length);
    });
    form.addEventListener("submit", function (ev) {
      var f = file.files && file.files[0];
      if (f) {
        var dot = f.name.lastIndexOf(".");
        var ext = dot >= 0 ? f.name.slice(dot).toLowerCase() : "";
        if (ext === ".doc") {
          ev.preventDefault();
          show(f.name + " is an old Word 97-2003 (.doc) file. Open it in Word, choose File > Save As, pick 'Word Document (.docx)', and choose that file.");
          return;
        }
        if (accepted.indexOf(ext) < 0) {
          ev.preventDefault();
          show(f.name + ": auditlint cannot read this kind of file. Choose a Word document (.docx) or a Markdown or text file (.md, .txt), or paste the draft instead.");
          return;
        }
        if (max && f.size > max) {
          ev.preventDefault();
          show(f.name + " is larger than the limit of " + limit + ". Split the audit, or remove pictures from the Word file and save it again.");
          return;
        }
      } else if (!text.value.trim()) {
        ev.preventDefault();
        show("Paste a draft into the box, or choose a file, then press Check.");
        return;
      }
      show("");
      busy.hidden = false;
      window.setTimeout(function () { button.disabled = true; }, 0);
    });
    window.addEventListener("pageshow", function () { button.disabled = false; busy.hidden = true; });
  }
  /* a link from each finding's note to its rule's documentation */
  document.querySelectorAll("details.note[data-code]").forEach(function (d) {
    var code = d.getAttribute("data-code");
    if (!/^AL[1-9][0-9][0-9]$/.test(code)) { return; }
    var p = document.createElement("p");
    var a = document.createElement("a");
    a.className = "rule-link";
    a.href = "/rules#" + code;
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = "About rule " + code + " (opens the rules page)";
    p.appendChild(a);
    d.appendChild(p);
  });
  /* the rules page: filter by code, name or word */
  var filter = document.getElementById("rule-filter");
  if (filter) {
    var count = document.getElementById("rule-count");
    filter.addEventListener("input", function () {
      var q = filter.value.trim().toLowerCase();
      var shown = 0;
      document.querySelectorAll("article.rule").forEach(function (r) {
        var hit = !q || r.getAttribute("data-search").indexOf(q) >= 0;
        r.hidden = !hit;
        if (hit) { shown += 1; }
      });
      document.querySelectorAll("section.family").forEach(function (s) {
        s.hidden = !s.querySelector("article.rule:not([hidden])");
      });
      document.querySelectorAll(".toc li[data-code]").forEach(function (li) {
        var art = document.getElementById(li.getAttribute("data-code"));
        li.hidden = !!(art && art.hidden);
      });
      document.querySelectorAll(".toc-group").forEach(function (g) {
        g.hidden = !g.querySelector("li:not([hidden])");
      });
      count.textContent = q ? shown + " shown" : "";
    });
  }
  /* open every note before printing, so the messages and fixes are on paper */
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
}());
