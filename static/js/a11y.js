// 字体大小 and 长者模式: stored in localStorage so the choice survives page changes.
(function () {
  var root = document.documentElement;
  function setFontSize(size) {
    root.className = root.className.replace(/fs-\w+/, "fs-" + size);
    try { localStorage.setItem("cc-font-size", size); } catch (e) {}
    sync();
  }
  function setContrast(on) {
    root.classList.toggle("high-contrast", on);
    try { localStorage.setItem("cc-contrast", on ? "high" : "normal"); } catch (e) {}
    sync();
  }
  function sync() {
    var current = (root.className.match(/fs-(\w+)/) || [])[1] || "medium";
    document.querySelectorAll("[data-font-size]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-font-size") === current));
    });
    document.querySelectorAll("[data-contrast-toggle]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(root.classList.contains("high-contrast")));
    });
  }
  document.addEventListener("click", function (e) {
    var b = e.target.closest("[data-font-size]");
    if (b) { setFontSize(b.getAttribute("data-font-size")); return; }
    if (e.target.closest("[data-contrast-toggle]")) { setContrast(!root.classList.contains("high-contrast")); }
  });
  sync();
})();
