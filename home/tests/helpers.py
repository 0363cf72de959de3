"""Shared by the tests of every app: a user in one of the roles (home.roles)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group



def user_in(role, name):
    user = get_user_model().objects.create_user(name, password="pw-12345678")
    user.groups.add(Group.objects.get(name=role))
    return user
