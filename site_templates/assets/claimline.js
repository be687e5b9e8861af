/* claimline: optional filters on the timeline. Without JavaScript the same filters are
   pages (one per outlet, person and tag), linked from the "Filter" box; this only adds
   in-page select boxes that hide events not matching. Works with Material's instant
   navigation (document$) and without it. */
(function () {
  "use strict";
  function init() {
    var box = document.getElementById("filters");
    var events = document.querySelectorAll("article.cl-event");
    if (!box || !events.length || box.querySelector(".cl-filter-js")) { return; }
    function word(key, fallback) { return box.getAttribute("data-l-" + key) || fallback; }
    var kinds = [["outlets", word("outlets", "Outlet")], ["people", word("people", "Person or body")],
                 ["tags", word("tags", "Tag")]];
    var names = {};
    box.querySelectorAll("a[data-filter]").forEach(function (a) {
      names[a.getAttribute("data-filter")] = a.textContent;
    });
    var form = document.createElement("form");
    form.className = "cl-filter-js";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", word("form", "Filter events on this page"));
    var selects = [];
    kinds.forEach(function (kind) {
      var values = {};
      events.forEach(function (ev) {
        (ev.getAttribute("data-" + kind[0]) || "").split(" ").forEach(function (v) { if (v) { values[v] = true; } });
      });
      var keys = Object.keys(values).sort();
      if (!keys.length) { return; }
      var label = document.createElement("label");
      label.textContent = kind[1];
      var select = document.createElement("select");
      select.setAttribute("data-kind", kind[0]);
      var any = document.createElement("option");
      any.value = ""; any.textContent = word("all", "All");
      select.appendChild(any);
      keys.forEach(function (k) {
        var o = document.createElement("option");
        o.value = k; o.textContent = names[kind[0] + ":" + k] || k;
        select.appendChild(o);
      });
      label.appendChild(select);
      form.appendChild(label);
      selects.push(select);
    });
    var status = document.createElement("p");
    status.setAttribute("role", "status");
    status.className = "cl-filter-status";
    function apply() {
      var shown = 0;
      events.forEach(function (ev) {
        var ok = selects.every(function (s) {
          if (!s.value) { return true; }
          return (" " + (ev.getAttribute("data-" + s.getAttribute("data-kind")) || "") + " ").indexOf(" " + s.value + " ") >= 0;
        });
        ev.classList.toggle("cl-hidden-by-filter", !ok);
        if (ok) { shown += 1; }
      });
      status.textContent = word("shown", "{shown} of {total} events shown")
        .replace("{shown}", String(shown)).replace("{total}", String(events.length));
    }
    selects.forEach(function (s) { s.addEventListener("change", apply); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    box.appendChild(form);
    box.appendChild(status);
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
