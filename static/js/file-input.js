// core/widgets.py ChineseFileInput: show the chosen file's name (or 未选择文件) next to the 选择文件 button.
// Delegated from the document, so inputs that arrive later (a chooser modal's upload form) work too.
(function () {
  "use strict";
  var NONE = "未选择文件";

  function show(input) {
    var status = document.getElementById(input.id + "-status");
    if (!status) return;
    var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
    status.textContent = names.length ? names.join("、") : NONE;
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.classList.contains("cn-file__input")) show(input);
  });
  // A page restored from the back/forward cache keeps its chosen file: say so.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("input.cn-file__input").forEach(show);
  });
})();
