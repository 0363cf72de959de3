import pytest

from policies.factories import article, build_policy, duty_list, heading


@pytest.fixture
def policy(library):
    return build_policy(library, "示例镇社区矫正委员会工作规则", slug="rules", body=[
        heading("总则"),
        article("为规范社区矫正工作，制定本规则。"),
        article("司法所主管全镇社区矫正工作。", unit="司法所"),
        duty_list("司法所", ["主管全镇社区矫正工作。"]),
    ], doc_number="示府发〔2023〕7号", publisher="示例镇人民政府")
