"""Reading Chinese numerals (一 … 九十九, 一百零五 …) in 第N条 / 一、 / （一); writing them is
`policies.numbering.cn_number`."""

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
CHARS = "".join(DIGITS) + "".join(UNITS)


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
