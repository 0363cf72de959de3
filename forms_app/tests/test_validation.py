"""Bad input on the supervisee record gives clear Chinese errors."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from forms_app.idcard import clean_id_number, make_test_id, mask_id, mask_phone
from forms_app.models import Supervisee
from forms_app.workdays import add_working_days

from . import factories as f

pytestmark = pytest.mark.django_db


def test_make_test_id_is_checksum_valid():
    number = make_test_id("500106", date(1985, 3, 12), 123)
    assert clean_id_number(number) == number
    assert clean_id_number(number.lower()) == number


@pytest.mark.parametrize("bad,message", [
    ("12345", "18位"),
    ("50010619850312123A", "格式不正确"),
    ("500106198513121231", "出生日期无效"),
    ("990106198503121231", "不是省级行政区划代码"),
    ("000106198503121231", "不是省级行政区划代码"),
])
def test_invalid_id_messages(bad, message):
    with pytest.raises(ValidationError) as exc:
        clean_id_number(bad)
    assert message in exc.value.messages[0]


def test_wrong_check_digit():
    good = make_test_id("500106", date(1985, 3, 12), 123)
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    with pytest.raises(ValidationError) as exc:
        clean_id_number(bad)
    assert "校验位" in exc.value.messages[0]


def test_supervisee_consistency_errors():
    w = f.world()
    person = f.supervisee(w["a"])
    person.birth_date = date(1986, 3, 12)
    person.sex = "女"
    person.term_end = person.term_start
    with pytest.raises(ValidationError) as exc:
        person.full_clean()
    errors = exc.value.message_dict
    assert "出生日期与身份证号码" in errors["birth_date"][0]
    assert "性别与身份证号码不一致" in errors["sex"][0]
    assert "晚于起日" in errors["term_end"][0]


def test_minor_flag_derived_from_birth_date():
    w = f.world()
    today = date.today()
    minor = f.supervisee(w["a"], name="示例未成年", birth=date(today.year - 16, 1, 15))
    adult = f.supervisee(w["a"], name="示例成年")
    assert minor.is_minor and not adult.is_minor


def test_masking():
    assert mask_id("51010119900101123X") == "5101**********123X"
    assert mask_phone("13800001234") == "138****1234"


def test_deadline_skips_weekend():
    friday = date(2024, 5, 10)
    assert add_working_days(friday, 3) == date(2024, 5, 15)
    assert Supervisee._meta.get_field("intake_date").verbose_name == "入矫日期"
