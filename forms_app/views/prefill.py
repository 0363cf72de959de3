"""The 登记表's add view reads ?notice=<id>: the 填写登记表 action of a sent notice links there."""


class NoticePrefillMixin:
    def get_initial(self):
        initial = super().get_initial()
        notice_id = self.request.GET.get("notice")
        if notice_id:
            initial["notice"] = notice_id  # checked against the user's scope by RegistrationForm
        return initial
