/* cetrack: small enhancements, loaded as a static file (the Content-Security-Policy allows no
   inline script). Every page works without it; with it, forms put focus on their error
   summary, long checkbox lists become one searchable stop for the keyboard, destructive
   buttons ask first, the phone menu folds, and copy buttons copy. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function each(selector, fn, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
  }

  /* The phone menu: one button opens and closes the main navigation. */
  function menu() {
    var button = document.querySelector(".menu-toggle");
    var nav = document.getElementById("main-nav");
    if (!button || !nav) return;
    button.hidden = false;
    function set(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      nav.classList.toggle("open", open);
    }
    button.addEventListener("click", function () {
      set(button.getAttribute("aria-expanded") !== "true");
    });
    nav.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("open")) {
        set(false);
        button.focus();
      }
    });
  }

  /* Every problem of a form at once, and focus on their summary. */
  function errorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) summary.focus();
  }

  /* Buttons that remove something ask first (data-confirm holds the question). */
  function confirmations() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      var question = form.getAttribute && form.getAttribute("data-confirm");
      if (question && !window.confirm(question)) event.preventDefault();
    }, true);
  }

  /* Copy buttons: data-copy names the id of the field whose value is copied. */
  function copyButtons() {
    each("[data-copy]", function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy"));
        var status = document.getElementById(button.getAttribute("data-copy") + "-copied");
        if (!source) return;
        function done(text) { if (status) status.textContent = text; }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(source.value).then(
            function () { done("Copied."); },
            function () { source.select(); done("Press Ctrl+C (⌘C) to copy."); }
          );
        } else {
          source.focus();
          source.select();
          try { done(document.execCommand("copy") ? "Copied." : "Press Ctrl+C (⌘C) to copy."); }
          catch (error) { done("Press Ctrl+C (⌘C) to copy."); }
        }
      });
    });
  }

  /* A long list of checkboxes: ticked ones first, a filter box, and one Tab stop (arrow keys
     move inside the list, as in a list box). */
  function picker(fieldset) {
    var filterLabel = fieldset.querySelector(".picker-filter");
    var filter = fieldset.querySelector("[data-picker-filter]");
    var help = fieldset.querySelector(".picker-filter + .help");
    var boxes = Array.prototype.slice.call(fieldset.querySelectorAll("input[type=checkbox]"));
    if (!filter || boxes.length === 0) return;
    filterLabel.hidden = false;
    if (help) help.hidden = false;
    var rows = boxes.map(function (box) { return box.closest("div") || box.parentNode; });
    var list = rows[0].parentNode;
    rows.filter(function (row, i) { return boxes[i].checked; }).reverse().forEach(function (row) {
      list.insertBefore(row, list.firstChild);
    });
    boxes = Array.prototype.slice.call(fieldset.querySelectorAll("input[type=checkbox]"));
    list.classList.add("picker-list");

    function visible() {
      return boxes.filter(function (box) { return !(box.closest("div") || box).hidden; });
    }
    function rove(current) {
      boxes.forEach(function (box) { box.tabIndex = box === current ? 0 : -1; });
    }
    rove(visible()[0]);
    boxes.forEach(function (box) {
      box.addEventListener("focus", function () { rove(box); });
      box.addEventListener("keydown", function (event) {
        var shown = visible();
        var at = shown.indexOf(box);
        var to = null;
        if (event.key === "ArrowDown" || event.key === "ArrowRight") to = shown[at + 1];
        else if (event.key === "ArrowUp" || event.key === "ArrowLeft") to = at > 0 ? shown[at - 1] : filter;
        else if (event.key === "Home") to = shown[0];
        else if (event.key === "End") to = shown[shown.length - 1];
        if (to) { event.preventDefault(); to.focus(); }
      });
    });
    filter.addEventListener("input", function () {
      var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      boxes.forEach(function (box) {
        var text = (box.parentNode.textContent || "").toLowerCase();
        var row = box.closest("div") || box;
        row.hidden = !(box.checked || words.every(function (w) { return text.indexOf(w) >= 0; }));
      });
      rove(visible()[0]);
    });
    filter.addEventListener("keydown", function (event) {
      var shown = visible();
      if (event.key === "ArrowDown" && shown.length) { event.preventDefault(); shown[0].focus(); }
      if (event.key === "Enter") {
        event.preventDefault();  /* Enter in the filter never submits the form */
        var unticked = shown.filter(function (box) { return !box.checked; });
        if (unticked.length === 1) unticked[0].click();
      }
    });
  }

  /* The credential picker: typing narrows the list of credentials by any word of the name. */
  function choiceFilter() {
    each("[data-choice-filter]", function (input) {
      var form = input.form;
      input.addEventListener("input", function () {
        var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        var shown = 0;
        each("[data-choice]", function (row) {
          var hit = words.every(function (w) { return row.getAttribute("data-search").indexOf(w) >= 0; });
          row.hidden = !hit;
          if (hit) shown += 1;
        }, form);
        each("[data-choice-group]", function (group) {
          group.hidden = !group.querySelector("[data-choice]:not([hidden])");
        }, form);
        var count = document.getElementById("choice-count");
        if (count) count.textContent = shown + (shown === 1 ? " credential" : " credentials");
      });
      input.addEventListener("keydown", function (event) {
        if (event.key !== "Enter") return;
        var first = form.querySelector("[data-choice]:not([hidden]) input");
        if (first && !form.querySelector("[data-choice] input:checked")) {
          event.preventDefault();
          first.checked = true;
          first.focus();
        }
      });
    });
  }

  /* Formsets: "Add another" copies the empty row and counts it in the management form. */
  function addRows() {
    each("[data-add-row]", function (button) {
      button.hidden = false;
      var prefix = button.getAttribute("data-add-row");
      var template = document.getElementById(prefix + "-empty");
      var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
      if (!template || !total) return;
      button.addEventListener("click", function () {
        var index = parseInt(total.value, 10) || 0;
        var holder = document.createElement("div");
        holder.innerHTML = template.innerHTML.replace(/__prefix__/g, String(index));
        var row = holder.firstElementChild;
        button.parentNode.parentNode.insertBefore(row, button.parentNode);
        total.value = String(index + 1);
        var first = row.querySelector("input, select, textarea");
        if (first) first.focus();
      });
    });
  }

  /* Hours per topic: with two or more topics ticked, the amount can be split, one input per
     ticked topic (the server records one activity per topic). */
  function topicSplit() {
    var block = document.querySelector("[data-topic-split]");
    var picker = document.querySelector("fieldset[data-picker]");
    if (!block || !picker) return;
    var toggle = block.querySelector("input[name=split]");
    var rows = block.querySelector("[data-topic-split-rows]");
    function render() {
      var ticked = Array.prototype.filter.call(
        picker.querySelectorAll("input[type=checkbox]"), function (box) { return box.checked; });
      block.hidden = ticked.length < 2 && !toggle.checked;
      rows.hidden = !toggle.checked;
      var kept = {};
      each("input", function (input) { kept[input.name] = input.value; }, rows);
      rows.textContent = "";
      if (!toggle.checked) return;
      ticked.forEach(function (box) {
        var label = document.createElement("label");
        var input = document.createElement("input");
        input.type = "number"; input.min = "0"; input.step = "0.01";
        input.inputMode = "decimal"; input.name = "split-" + box.value;
        input.value = kept[input.name] || "";
        label.appendChild(document.createTextNode((box.parentNode.textContent || box.value).trim() + " "));
        label.appendChild(input);
        rows.appendChild(label);
      });
    }
    picker.addEventListener("change", render);
    toggle.addEventListener("change", render);
    render();
  }

  function start() {
    menu();
    errorSummary();
    confirmations();
    copyButtons();
    each("[data-picker]", picker);
    choiceFilter();
    addRows();
    topicSplit();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
