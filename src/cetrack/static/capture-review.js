// The review screen: the certificate's page beside the form. Zoom with the buttons (or + and -
// on the page), and see where a field was read: when its input has focus, the region it came
// from is outlined on the page and scrolled into view.
(function () {
  "use strict";
  var view = document.querySelector("[data-page-view]");
  if (!view) return;
  var zoom = 1;
  function apply() {
    view.style.setProperty("--zoom", String(zoom));
    view.classList.toggle("zoomed", zoom !== 1);
  }
  function setZoom(kind) {
    if (kind === "in") zoom = Math.min(4, zoom * 1.25);
    else if (kind === "out") zoom = Math.max(0.5, zoom / 1.25);
    else zoom = 1;
    apply();
  }
  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () { setZoom(button.getAttribute("data-zoom")); });
  });
  view.addEventListener("keydown", function (event) {
    if (event.key === "+" || event.key === "=") setZoom("in");
    else if (event.key === "-") setZoom("out");
    else if (event.key === "0") setZoom("fit");
  });
  function show(name) {
    var first = null;
    view.querySelectorAll(".read-from").forEach(function (box) {
      var on = box.getAttribute("data-field") === name;
      box.hidden = !on;
      box.classList.toggle("shown", on);
      if (on && !first) first = box;
    });
    if (first) first.scrollIntoView({ block: "center", inline: "nearest" });
  }
  document.querySelectorAll(".review-form input, .review-form select, .review-form textarea").forEach(function (input) {
    input.addEventListener("focus", function () { show(input.name); });
  });
  apply();
})();
