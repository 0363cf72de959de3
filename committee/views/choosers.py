"""Snippet choosers of the committee's papers open only to users who may view that model.

Wagtail's snippet chooser lists every row to any admin user; meetings, 纪要 and accounts are not for
village users, policy editors or 联络员 (who may choose a yearly round only).
"""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views import chooser


class ViewPermissionRequired:
    def dispatch(self, request, *args, **kwargs):
        opts = self.model_class._meta if hasattr(self, "model_class") else self.model._meta
        if not request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(ViewPermissionRequired, chooser.ChooseView):
    pass


class ChooseResultsView(ViewPermissionRequired, chooser.ChooseResultsView):
    pass


class ChosenView(ViewPermissionRequired, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(ViewPermissionRequired, chooser.SnippetChosenMultipleView):
    pass


class PermissionCheckedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
