// The print view's 打印 button (a file, not onclick="": the Content-Security-Policy forbids inline handlers).
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
