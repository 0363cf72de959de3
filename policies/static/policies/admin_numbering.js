/* Policy editor: show the computed 第N条 on every article block of the body while editing.
 * Numbers are never stored (policies/numbering.py computes them on save); this only mirrors that rule
 * in the editor, live, as articles are added, moved or deleted: articles count 第一条, 第二条 …
 * continuously across chapters, in the order the blocks stand. */
(function () {
  "use strict";
  var DIGITS = "零一二三四五六七八九";

  function cnNumber(n) {  // same as policies.numbering.cn_number (1–999)
    if (n < 10) return DIGITS[n];
    if (n < 20) return "十" + (n % 10 ? DIGITS[n % 10] : "");
    if (n < 100) return DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? DIGITS[n % 10] : "");
    var rest = n % 100, head = DIGITS[Math.floor(n / 100)] + "百";
    if (rest === 0) return head;
    if (rest < 10) return head + "零" + DIGITS[rest];
    return head + cnNumber(rest).replace(/^十/, "一十");
  }

  function ownInput(child, suffix) {
    for (var i = 0; i < child.children.length; i++) {
      var el = child.children[i];
      if (el.tagName === "INPUT" && el.name && el.name.slice(-suffix.length) === suffix) return el;
    }
    return null;
  }

  function renumber(container) {
    var n = 0;
    container.querySelectorAll(":scope > [data-streamfield-child]").forEach(function (child) {
      var type = ownInput(child, "-type"), deleted = ownInput(child, "-deleted");
      var heading = child.querySelector("[data-panel-heading]");
      if (!heading) return;
      var label = heading.querySelector(".pol-sf-number");
      var isArticle = type && type.value === "article" && !(deleted && deleted.value);
      if (!isArticle) {
        if (label) label.remove();
        return;
      }
      // an excerpt's 起始编号 (start): the numbering restarts there, as policies.numbering does
      var start = child.querySelector("input[name$='-value-start']");
      var from = start ? parseInt(start.value, 10) : NaN;
      n = from > 0 ? from : n + 1;
      if (!label) {
        label = document.createElement("span");
        label.className = "pol-sf-number";
        label.setAttribute("data-pol-article-number", "");
        label.style.cssText = "margin-inline-end:.5em;font-weight:700;color:var(--w-color-text-label,#333)";
        heading.insertBefore(label, heading.firstChild);
      }
      // the article's own 编号样式 (ArticleBlock.style, policies.labels): 第N条, 第N條, or 一、
      var style = child.querySelector("select[name$='-value-style']");
      var styleName = style ? style.value : "";
      var text = styleName === "cn_list" ? cnNumber(n) + "、"
        : "第" + cnNumber(n) + (styleName === "cn_article_trad" ? "條" : "条");
      if (label.textContent !== text) label.textContent = text;
    });
  }

  function watch(container) {
    if (container.hasAttribute("data-pol-numbered")) return;
    container.setAttribute("data-pol-numbered", "");
    var update = function () { renumber(container); };
    // Added and moved blocks change the container's children; deleted ones are hidden (aria-hidden).
    new MutationObserver(update).observe(container, { childList: true });
    new MutationObserver(update).observe(container, { attributes: true, attributeFilter: ["aria-hidden"], subtree: true });
    container.addEventListener("change", update);  // a changed 编号样式
    update();
  }

  function bodyStream() {
    var count = document.querySelector('input[name="body-count"][data-streamfield-stream-count]');
    return count && count.parentElement.querySelector("[data-streamfield-stream-container]");
  }

  function start() {
    var found = bodyStream();
    if (found) return watch(found);
    // The StreamField is drawn by script after load: wait for it.
    var waiting = new MutationObserver(function () {
      var stream = bodyStream();
      if (stream) { waiting.disconnect(); watch(stream); }
    });
    waiting.observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
