"""Meeting materials: the office roles upload and choose them in the 委员会会议材料 collection; their files
answer only to the committee's office roles and leaders, never to village users, editors or 联络员."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

from committee import factories as f
from committee.models import Material
from home import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def material():
    collection = Collection.objects.get(name=roles.MATERIALS_COLLECTION)
    doc = get_document_model().objects.create(title="测试会议材料", collection=collection,
                                              file=ContentFile(b"material", name="material.txt"))
    yield doc
    doc.file.delete(save=False)


def test_collection_and_its_permissions_are_created_once():
    roles.sync_roles()
    roles.sync_roles()
    collection = Collection.objects.get(name=roles.MATERIALS_COLLECTION)
    restriction = CollectionViewRestriction.objects.get(collection=collection)
    assert restriction.restriction_type == "groups"
    assert {g.name for g in restriction.groups.all()} == set(roles.MATERIALS_READERS)
    granted = {(p.group.name, p.permission.codename)
               for p in GroupCollectionPermission.objects.filter(collection=collection)}
    assert granted == {(r, c) for r in roles.MATERIALS_KEEPERS for c in ("add_document", "choose_document")}
    others = set(roles.ALL_ROLES) - set(roles.MATERIALS_KEEPERS)
    assert not GroupCollectionPermission.objects.filter(
        group__name__in=others, permission__content_type__app_label="wagtaildocs").exists()


@pytest.mark.parametrize("role, served", [(roles.OFFICE_STAFF, True), (roles.COMMITTEE_OFFICE_DIRECTOR, True),
                                          (roles.COMMITTEE_LEADER, True), (roles.LIAISON, False),
                                          (roles.VILLAGE_STAFF, False), (roles.POLICY_EDITOR, False), (None, False)])
def test_the_file_answers_only_to_the_committees_roles(client, material, role, served):
    if role:
        client.force_login(f.user("reader", role, liaison_for=f.unit() if role == roles.LIAISON else None))
    response = client.get(material.url)
    if served:
        assert response.status_code == 200 and b"".join(response.streaming_content) == b"material"
    else:
        assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("role, listed", [(roles.OFFICE_STAFF, True), (roles.LIAISON, False),
                                          (roles.VILLAGE_STAFF, False)])
def test_only_the_office_chooses_materials(client, material, role, listed):
    client.force_login(f.user("chooser", role, liaison_for=f.unit() if role == roles.LIAISON else None))
    response = client.get(reverse("wagtaildocs_chooser:choose"))
    html = response.json()["html"] if response.status_code == 200 else ""
    assert ("测试会议材料" in html) is listed
    chosen = client.get(reverse("wagtaildocs_chooser:chosen", args=[material.pk]))
    assert ("测试会议材料" in (chosen.json().get("result", {}).get("title", "") if chosen.status_code == 200
                             else "")) is listed


def test_office_uploads_into_the_collection(client):
    staff = f.user("staff1", roles.OFFICE_STAFF)
    client.force_login(staff)
    collection = Collection.objects.get(name=roles.MATERIALS_COLLECTION)
    response = client.post(reverse("wagtaildocs:add"), {
        "title": "上传的会议材料", "collection": collection.pk,
        "file": ContentFile(b"uploaded", name="upload.txt")})
    doc = get_document_model().objects.get(title="上传的会议材料")
    assert response.status_code == 302 and doc.collection == collection
    doc.file.delete(save=False)
    assert Group.objects.get(name=roles.OFFICE_STAFF) in staff.groups.all()


def test_liaison_gets_a_material_of_a_meeting_whose_minutes_reached_the_unit(client, material):
    police, civil = f.unit("测试派出所"), f.unit("测试民政办")
    mine = f.minutes(units=[police], status="已印发")
    theirs = f.minutes(units=[civil], status="已印发")
    draft = f.minutes(units=[police])
    for m in (mine, theirs, draft):
        Material.objects.create(meeting=m.meeting, document=material)
    client.force_login(f.user("liaison1", roles.LIAISON, liaison_for=police))

    def get(minutes):
        receipt = minutes.distributions.get()
        return client.get(reverse("committee_received_material", args=[receipt.pk, material.pk]))

    page = client.get(reverse("committee_received_minutes", args=[mine.distributions.get().pk])).content.decode()
    assert "测试会议材料" in page
    served = get(mine)
    assert served.status_code == 200 and b"".join(served.streaming_content) == b"material"
    assert {"private", "no-store"} <= {part.strip() for part in served["Cache-Control"].split(",")}
    assert get(theirs).status_code == 404 and get(draft).status_code == 404
    other = get_document_model().objects.create(title="别的会议材料", collection=material.collection,
                                                file=ContentFile(b"other", name="other.txt"))
    response = client.get(reverse("committee_received_material", args=[mine.distributions.get().pk, other.pk]))
    other.file.delete(save=False)
    assert response.status_code == 404  # a document that is not this meeting's material
    assert client.get(material.url).status_code == 302  # the file's own URL stays closed to the 联络员
