"""Text that looks injected into scraped pages: gambling / app-download SEO spam.

Found spans are reported with their line; whether they are removed is the editor's decision
(`drop_spam`), never the parser's.
"""

import re

from core.cjk import HAN

# The core is what such spam always carries (an app/download or gambling call to action); it is
# widened to the brand name before it ("云顶国际") and a separator or "的" that glues it into the text.
_CORE = "|".join([
    r"(?:(?:国际|娱乐|彩票|棋牌|博彩|真人|体育|电竞|平台)\s*)?(?:app|APP|App)\s*(?:官方下载|官网下载|官网|下载|注册)",  # the app
    r"(?:娱乐|博彩|彩票|棋牌|赌场|百家乐|老虎机)(?:官网|平台|开户|网址|注册|下载)",  # gambling
    r"(?:澳门|葡京|威尼斯人|太阳城|金沙|银河)(?:娱乐|赌场|官网|国际)",  # casino brands
])
SPAM = re.compile(rf"(?:{_CORE})(?P<glue>的)?")
_BRAND_BEFORE_CORE = re.compile(rf"[{HAN}]{{2}}(?=(?:国际|娱乐))")
_SEPARATOR_BEFORE = re.compile(r"\s*[-—_|｜]\s*$")
# A match never starts in a run of spaces and the separator is looked for just before it: both keep
# a 400 000-character line of spaces or of spam linear instead of quadratic.
_SEPARATOR_REACH = 20


def find(text):
    """[(start, end)] of spam spans in text."""
    spans = []
    for m in SPAM.finditer(text):
        start, end = m.start(), m.end(0) - len(m.group("glue") or "")
        if _BRAND_BEFORE_CORE.match(text, max(0, start - 2)) and start >= 2:
            start -= 2
        sep = _SEPARATOR_BEFORE.search(text, max(0, start - _SEPARATOR_REACH), start)
        if sep:
            start = sep.start()
        # "…的" only belongs to the spam when the spam starts the line or follows a separator
        if m.group("glue") and (start == 0 or sep):
            end = m.end()
        spans.append((start, end))
    return spans


def strip(text, spans):
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return text
