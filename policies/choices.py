"""The choices of a policy's disclosure metadata, as (value, label): one table for the model fields, the
library's filters, the importer (which reads the labels, and the other words pages use for them) and its preview."""

DISCLOSURE_CHOICES = [("proactive", "主动公开"), ("on_request", "依申请公开"), ("not_public", "不予公开")]
VALIDITY_CHOICES = [("valid", "有效"), ("amended", "已修订"), ("expired", "失效"), ("repealed", "已废止")]
