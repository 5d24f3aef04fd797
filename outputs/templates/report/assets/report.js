// thidua report: sortable and filterable tables, linked highlights. No dependencies.
"use strict";
(function () {
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function cellKey(td) {
    return td.hasAttribute("data-v") ? td.getAttribute("data-v") : td.textContent.trim();
  }

  function compare(a, b) {
    if (a === b) return 0;
    if (a === "") return 1;
    if (b === "") return -1;
    var x = Number(a), y = Number(b);
    if (!isNaN(x) && !isNaN(y)) return x - y;
    return a.localeCompare(b, "vi");
  }

  function sortBy(table, th) {
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var asc = th.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var c = compare(cellKey(r1.cells[index]), cellKey(r2.cells[index]));
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function filter(input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    var q = fold(input.value.trim());
    var shown = 0;
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      var hit = q === "" || fold(row.textContent).indexOf(q) !== -1;
      row.hidden = !hit;
      if (hit) shown += 1;
    });
    var count = document.querySelector('[data-count-for="' + table.id + '"]');
    if (count) count.textContent = String(shown);
  }

  function activate() {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    var hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash.indexOf("ev-") === 0) {
      var id = hash.slice(3);
      document.querySelectorAll("a.hl").forEach(function (el) {
        if ((el.getAttribute("data-ev") || "").split(" ").indexOf(id) !== -1) el.classList.add("active");
      });
      var item = document.getElementById("v-" + id);
      if (item) item.classList.add("active");
    } else if (hash.indexOf("v-") === 0) {
      var li = document.getElementById(hash);
      if (li) li.classList.add("active");
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("table.data th").forEach(function (th) {
      var table = th.closest("table");
      th.addEventListener("click", function () { sortBy(table, th); });
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sortBy(table, th); });
    });
    document.querySelectorAll("input[data-filter]").forEach(function (input) {
      input.addEventListener("input", function () { filter(input); });
    });
    window.addEventListener("hashchange", activate);
    activate();
  });
})();
