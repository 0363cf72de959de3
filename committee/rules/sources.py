"""Which article of the published 工作规则 or 办公室工作细则 (seed 000, 附件) each executable duty comes from."""

from typing import NamedTuple


class Source(NamedTuple):
    document: str  # the end of the published rules' title
    article: int
    label: str  # e.g. "工作规则第七条"


SOURCES = {
    "plenary": Source("工作规则", 7, "工作规则第七条"),
    "topics": Source("工作规则", 8, "工作规则第八条"),
    "materials": Source("工作规则", 10, "工作规则第十条"),
    "minutes": Source("工作规则", 13, "工作规则第十三条"),
    "supervision": Source("工作规则", 16, "工作规则第十六条"),
    "annual": Source("工作规则", 17, "工作规则第十七条"),
    "changes": Source("工作规则", 18, "工作规则第十八条"),
    "papers": Source("办公室工作细则", 4, "办公室工作细则第四条"),  # （三）年度工作要点、年度工作总结
}


def anchor(source: Source) -> str:
    """The article's permalink id on the policy page (policies.numbering: "art-<n>")."""
    return f"art-{source.article}"
