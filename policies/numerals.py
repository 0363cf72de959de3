"""Chinese numerals (一 … 九十九, 一百零一 …) to int and back, for 第N条 / 一、 / （一） numbering."""

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
CHARS = "".join(DIGITS) + "".join(UNITS)
_NAMES = "零一二三四五六七八九"


def cn_to_int(text):
    """"二十一" -> 21, "一百零五" -> 105; None when the text is not a Chinese numeral."""
    if not text or any(c not in DIGITS and c not in UNITS for c in text):
        return None
    total, digit = 0, None
    for c in text:
        if c in DIGITS:
            if digit is not None and DIGITS[c] != 0:
                return None  # two digits in a row ("二三") is not a numeral
            digit = DIGITS[c] or None
        else:
            total += (1 if digit is None else digit) * UNITS[c]
            digit = None
    total += digit or 0
    return total or None


def int_to_cn(n):
    """21 -> "二十一", 10 -> "十", 105 -> "一百零五" (the spelling used in 第N条)."""
    if n <= 0:
        raise ValueError("只支持正整数")
    if n < 10:
        return _NAMES[n]
    if n < 20:
        return "十" + (_NAMES[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _NAMES[tens] + "十" + (_NAMES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        if not rest:
            return _NAMES[hundreds] + "百"
        tail = int_to_cn(rest)
        if rest < 10:
            return _NAMES[hundreds] + "百零" + tail
        if rest < 20:
            tail = "一" + tail  # 一百一十二, not 一百十二
        return _NAMES[hundreds] + "百" + tail
    raise ValueError("编号过大")
