"""Noise that copy-protection and scraper sites inject into a text: pinyin with tone marks after
characters ("機(jī)構(gòu)"), and doubled punctuation (",、" ",,"). Each removal is reported."""

import re

from core.cjk import HAN

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# a pinyin syllable in brackets right after a Chinese character; the tone mark tells it from "(a)"
PINYIN = re.compile(rf"(?<=[{HAN}])[(（]\s*[a-zü]*[{_TONED}][a-zü]*\s*[)）]")
# a comma directly before another mark: the injected one, the mark after it is the text's own
DOUBLED = re.compile(r"[,，](?=[,，、。；;])")


def clean(pairs, report):
    out = []
    for number, text in pairs:
        found = PINYIN.findall(text)
        if found:
            report.warn("noise", f"删除插入的拼音“{''.join(found[:5])}”等 {len(found)} 处。", number,
                        " ".join(found))
            text = PINYIN.sub("", text)
        doubled = DOUBLED.findall(text)
        if doubled:
            report.repair("noise", f"删除重复的标点 {len(doubled)} 处。", number, text)
            text = DOUBLED.sub("", text)
        if text.strip():
            out.append((number, text))
    return out
