"""Every bound the importer enforces, in one place, with the Chinese message shown when it is hit.

A policy document is ~15 KB of text and a .docx of it ~40 KB; the limits leave ample room for real
files while keeping any input (a zip bomb, a lying zip header, a counter of 10^8) within seconds and
a few hundred MB of one gunicorn worker. Sizes are checked before anything is parsed.
"""

MB = 1024 * 1024

# The upload as sent (the .txt or the compressed .docx).
MAX_UPLOAD_BYTES = 2 * MB

# A .docx is a zip: checked on its central directory before reading, and again while streaming.
MAX_ZIP_MEMBERS = 300  # Word writes ~15 parts; images, headers and footers add a few each
MAX_UNZIPPED_BYTES = 20 * MB  # all parts together, as declared and as actually read
MAX_XML_PART_BYTES = 6 * MB  # one XML part: lxml holds its whole tree (~20 B per byte of dense XML)
MAX_RATIO = 100  # uncompressed ÷ compressed for one part; Word's XML compresses ~5-20×
RATIO_FROM_BYTES = MB  # small parts may compress further (runs of identical markup) harmlessly
READ_CHUNK = 64 * 1024

# The text, once decoded or extracted (pasted text too).
MAX_CHARS = 400_000
MAX_LINES = 20_000

# Word list numbering (numbering.xml).
MAX_LIST_LEVEL = 8  # Word's own levels are ilvl 0..8
MAX_LIST_VALUE = 32_767  # the largest w:start Word accepts
MAX_STYLE_DEPTH = 16  # w:basedOn chains (a style based on itself must not loop)


def _mb(n):
    return f"{n / MB:.1f}".removesuffix(".0")


def upload_too_big(size):
    return f"文件过大（{_mb(size)} MB），最大允许 {_mb(MAX_UPLOAD_BYTES)} MB。请只导入一份政策文件的正文。"


def too_many_members(count):
    return f"该 .docx 文件包含 {count} 个部件，超过 {MAX_ZIP_MEMBERS} 个的上限，不像一份 Word 文档，无法导入。"


def unzipped_too_big():
    return f"文件解压后超过 {_mb(MAX_UNZIPPED_BYTES)} MB，无法导入。请删除文档中的图片等内容，或只导入正文文字。"


def part_too_big(name):
    return f"文件中的“{name}”解压后超过 {_mb(MAX_XML_PART_BYTES)} MB，无法导入。请把文件拆分后分别导入。"


def ratio_too_high(name):
    return (f"文件中的“{name}”压缩比异常（超过 {MAX_RATIO} 倍），疑似“压缩炸弹”，为安全起见不予导入。")


def size_mismatch(name):
    return f"文件中的“{name}”实际内容与其声明的大小不符，文件已损坏或被篡改，无法导入。"


def too_many_chars():
    return f"文字超过 {MAX_CHARS} 字的上限，无法导入。请只导入一份政策文件的正文。"


def too_many_lines(count=None):
    found = f"（{count} 行）" if count else ""
    return f"文字行数过多{found}，最多 {MAX_LINES} 行。请只导入一份政策文件的正文。"
