"""StreamField blocks of a policy body: the flat block list of docs/STRUCTURE.md.

No block holds its own number: chapters, articles, sections, units and items are numbered by
`policies.numbering` from their order, so inserting an article renumbers every later one.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

HEADING_LEVELS = [("chapter", "章（一级标题）"), ("section", "节（二级标题）")]
HEADING_STYLES = [
    ("cn_list", "一、"),
    ("cn_chapter", "第一章"),
    ("cn_paren", "（一）"),
    ("cn_ordinal", "第一、"),
    ("cn_section", "第一节"),
    ("cn_section_trad", "第一節"),
    ("none", "不编号"),
]
ITEM_STYLES = [
    ("", "无项"),
    ("cn_paren", "（一）"),
    ("arabic_dot", "1."),
    ("arabic_paren", "（1）"),
    ("arabic_dun", "1、"),
]
# 第N条 as laws write it; 一、 where a document's chapters hold 一、二、 numbered across them (县政府工作规则)
ARTICLE_STYLES = [("cn_article", "第一条"), ("cn_article_trad", "第一條"), ("cn_list", "一、")]
START_HELP = "节选的文件从原文的编号起编（如原文从第七条开始填 7）；留空则接着前面编号"
FORMS = [("assistance_notice", "协助社区矫正工作通知单"), ("registration", "社区矫正对象基本情况登记表")]


class HeadingBlock(blocks.StructBlock):
    level = blocks.ChoiceBlock(HEADING_LEVELS, default="chapter", label="层级")
    style = blocks.ChoiceBlock(HEADING_STYLES, default="cn_list", label="编号样式")
    title = blocks.CharBlock(max_length=200, label="标题", help_text="不含编号，如“机构设置”")
    start = blocks.IntegerBlock(required=False, min_value=1, label="起始编号", help_text=START_HELP)

    class Meta:
        icon = "title"
        label = "章节标题"
        form_classname = "struct-block policy-heading"


class ParagraphBlock(blocks.StructBlock):
    """One 款 with its 项; the text never contains its own number."""

    text = blocks.TextBlock(label="段落", required=False, help_text="不含条号、项号")
    item_style = blocks.ChoiceBlock(ITEM_STYLES, default="", required=False, label="项的编号样式")
    items = blocks.ListBlock(blocks.TextBlock(label="项"), default=[], label="项", collapsed=False)

    class Meta:
        icon = "pilcrow"
        label = "段落"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("text") or "").strip() and not value.get("items"):
            raise blocks.StructBlockValidationError({"text": ValidationError("段落内容不能为空。")})
        if value.get("items") and not value.get("item_style"):
            raise blocks.StructBlockValidationError({"item_style": ValidationError("有项时请选择项的编号样式。")})
        return value


class ArticleBlock(blocks.StructBlock):
    """An article (条): numbered 第N条 (or 一、, see ARTICLE_STYLES) continuously across chapters; may name the
    unit it concerns."""

    style = blocks.ChoiceBlock(ARTICLE_STYLES, default="cn_article", required=False, label="编号样式")
    start = blocks.IntegerBlock(required=False, min_value=1, label="起始编号", help_text=START_HELP)
    unit = SnippetChooserBlock("policies.MemberUnit", required=False, label="所涉成员单位",
                               help_text="本条规定某成员单位职责时选择（如密云镇规则第七至二十条）")
    paragraphs = blocks.ListBlock(ParagraphBlock(), min_num=1, label="款", collapsed=False)

    class Meta:
        icon = "list-ol"
        label = "条"
        form_classname = "struct-block policy-article"


class DutyListBlock(blocks.StructBlock):
    """A member unit's duties as a separate list (seed 000, 附件3)."""

    unit = SnippetChooserBlock("policies.MemberUnit", label="成员单位")
    style = blocks.ChoiceBlock(HEADING_STYLES, default="cn_list", label="单位编号样式")
    item_style = blocks.ChoiceBlock(ITEM_STYLES[1:], default="arabic_dot", label="职责编号样式")
    duties = blocks.ListBlock(blocks.TextBlock(label="职责"), min_num=1, label="职责", collapsed=False)

    class Meta:
        icon = "group"
        label = "成员单位职责"


class FormBlock(blocks.StructBlock):
    """An attachment that is one of the printable forms (seed 003, 附件1/附件2)."""

    form = blocks.ChoiceBlock(FORMS, label="表单")
    note = blocks.TextBlock(required=False, label="说明")

    class Meta:
        icon = "doc-full"
        label = "可打印表单"


class PolicyBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    article = ArticleBlock()
    paragraph = ParagraphBlock(label="段落（不属于任何条）")
    duty_list = DutyListBlock()
    form = FormBlock()

    class Meta:
        block_counts = {}
