(function () {
  "use strict";
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  // Findings: filter by severity, area, confidence and text. Without this script every
  // finding is shown and the filters stay hidden.
  var form = document.getElementById("filters");
  if (form) {
    var findings = document.querySelectorAll("article.finding");
    var shown = document.getElementById("shown");
    var none = document.getElementById("no-match");
    var apply = function () {
      var severity = {};
      each(form.querySelectorAll("input[name=severity]"), function (box) {
        severity[box.value] = box.checked;
      });
      var area = form.elements.area.value;
      var confidence = form.elements.confidence.value;
      var reach = form.elements.reach.value;
      var text = form.elements.q.value.trim().toLowerCase();
      var count = 0;
      each(findings, function (finding) {
        var data = finding.dataset;
        var visible = severity[data.severity] === true &&
          (area === "" || data.area === area) &&
          (confidence === "" || data.confidence === confidence) &&
          (reach === "" || data.reach === reach) &&
          (text === "" || finding.textContent.toLowerCase().indexOf(text) >= 0);
        finding.hidden = !visible;
        if (visible) { count += 1; }
      });
      shown.textContent = String(count);
      none.hidden = count !== 0;
    };
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.hidden = false;
    apply();
  }

  // Tables marked sortable: each heading becomes a button; cells may carry a data-sort key.
  var key = function (cell) {
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim().toLowerCase();
  };
  each(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        each(heads, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]);
          var y = key(b.cells[column]);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        });
        each(rows, function (row) { body.appendChild(row); });
      });
    });
  });
}());
