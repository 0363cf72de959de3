// Apply the stored reading preferences (a11y.js stores them) before first paint, so pages never flash.
// A file, not an inline script: the Content-Security-Policy allows only this site's scripts on public pages.
(function () {
  try {
    var d = document.documentElement, f = localStorage.getItem("cc-font-size"), c = localStorage.getItem("cc-contrast");
    if (f) { d.className = d.className.replace(/fs-\w+/, "fs-" + f); }
    if (c === "high") { d.classList.add("high-contrast"); }
  } catch (e) {}
})();
