"""Chinese word segmentation with jieba and a dictionary of the domain's own terms.

Matching itself is by substring (see docs/SEARCH.md: segmentation loses hits such as 司法 inside
司法所); jieba is used where words matter: splitting a query that found nothing into words for
suggestions, and building the suggestion vocabulary.

The tokenizer loads its 20 MB dictionary once per process, lazily (≈0.7 s), with its chatter off.
"""

import logging
import threading

# Terms jieba would otherwise cut apart (社区/矫正, 矫/委会 …); frequency high so they win.
DOMAIN_TERMS = [
    "社区矫正",
    "社区矫正委员会",
    "社区矫正对象",
    "社区矫正机构",
    "社区矫正法",
    "矫委会",
    "司法所",
    "矫正小组",
    "协助人员",
    "村(居)委会",
    "村(居)民委员会",
    "村（居）委会",
    "村（居）民委员会",
    "成员单位",
    "工作职责",
    "工作规则",
    "工作细则",
    "联络员",
    "调查评估",
    "入矫宣告",
    "解矫宣告",
    "暂予监外执行",
    "缓刑",
    "假释",
    "管制",
    "通知单",
    "登记表",
    "发布机构",
    "有效性",
    "主动公开",
    "依申请公开",
]

_lock = threading.Lock()
_tokenizer = None


def tokenizer():
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                for term in DOMAIN_TERMS:
                    tok.add_word(term, freq=200_000)
                _tokenizer = tok
    return _tokenizer


def words(text, min_len=2):
    """Words of `text` (precise mode), without spaces, punctuation and words shorter than min_len."""
    out = []
    for w in tokenizer().cut(text or ""):
        w = w.strip()
        if len(w) >= min_len and any(ch.isalnum() for ch in w):
            out.append(w)
    return out
