"""Hand-made version pairs (shortened from seed 001, 密云镇工作规则) for the alignment tests."""

from copy import deepcopy

from policies.numbering import numbered


def labels(blocks):
    return [i.label for i in numbered(blocks)]


def heading(title):
    return {"type": "heading", "value": {"level": "chapter", "style": "cn_list", "title": title}}


def article(*paragraphs, items=None, unit=None):
    paras = [{"text": p, "item_style": "", "items": []} for p in paragraphs]
    if items:
        paras[-1]["item_style"] = "cn_paren"
        paras[-1]["items"] = list(items)
    return {"type": "article", "value": {"unit": unit, "paragraphs": paras}}


def duty_list(unit, *duties):
    return {"type": "duty_list",
            "value": {"unit": unit, "style": "cn_list", "item_style": "arabic_dot", "duties": list(duties)}}


RULES = [
    heading("机构设置及性质"),
    article("根据《中华人民共和国社区矫正法》，经密云镇人民政府批准，依法设立密云镇社区矫正委员会。"),
    article("委员会性质为议事协调机构，负责对全镇社区矫正工作统筹协调和指导。"),
    article("委员会设主任1名，副主任3名。成员由各相关职能部门负责人担任。"),
    article("委员会下设办公室，办公室设在镇司法所，司法所所长担任办公室主任，负责委员会日常工作。"),
    heading("委员会职责及任务"),
    article("委员会的主要职责任务：贯彻落实上级社区矫正委员会有关社区矫正工作的决策部署和工作要求。"),
    article("委员会由镇司法所、派出所、镇卫生院、教委、团委、妇联、工会等部门、单位组成。",
            "根据社区矫正工作需要，经委员会研究同意，司法所可依相关程序向镇政府提请增加成员单位。"),
    heading("工作制度"),
    article("委员会根据工作需要召开全体会议或者专题会议。"),
    article("各成员单位确定一名工作人员担任联络员，负责与成员单位的联络沟通。"),
    heading("其他事项"),
    article("本规则自印发之日起施行。"),
]

DUTIES = [
    heading("成员单位工作职责"),
    duty_list("镇司法所", "主管全镇社区矫正工作。", "拟定社区矫正工作发展规划和管理制度。", "其他依法应当履行的职责。"),
    duty_list("镇卫生院", "为社区矫正对象开展心理矫治和辅导提供资源。", "其他依法应当履行的职责。"),
]


def copy(blocks):
    return deepcopy(blocks)
