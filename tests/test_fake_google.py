"""The fake Google Calendar is faithful: every test drives it through the REAL googleapiclient."""

from __future__ import annotations

import http.client
import json
import time
from datetime import datetime, timedelta

import google.auth.exceptions
import google.oauth2.credentials
import httplib2
import pytest
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from tests.fake_google import FakeGoogle, fake_google  # noqa: F401  (fixture)

TZ = "America/New_York"


def timed(start: str, minutes: int = 60, tz: str | None = TZ, **extra: object) -> dict:
    """An event body at local time ``start`` (``YYYY-MM-DDTHH:MM``) in ``tz``."""
    begin = datetime.fromisoformat(start)
    body: dict = {"summary": extra.pop("summary", "Interview"),
                  "start": {"dateTime": begin.isoformat(timespec="seconds")},
                  "end": {"dateTime": (begin + timedelta(minutes=minutes)).isoformat(timespec="seconds")}}
    if tz:
        body["start"]["timeZone"] = body["end"]["timeZone"] = tz
    body.update(extra)
    return body


def error_of(excinfo: pytest.ExceptionInfo[HttpError]) -> dict:
    """The first entry of Google's ``error.errors`` plus the top-level code."""
    content = json.loads(excinfo.value.content)
    return {**content["error"]["errors"][0], "code": content["error"]["code"]}


def list_all(service, **params) -> tuple[list[dict], list[dict]]:
    """Follow nextPageToken to the end; returns (items, raw pages)."""
    items, pages, token = [], [], None
    while True:
        page = service.events().list(calendarId="primary", pageToken=token, **params).execute()
        pages.append(page)
        items += page.get("items", [])
        token = page.get("nextPageToken")
        if not token:
            return items, pages


@pytest.fixture
def service(fake_google: FakeGoogle):
    return fake_google.service()


# ------------------------------------------------------------------------------ basics


def test_client_endpoint_is_joined_with_method_paths(fake_google: FakeGoogle, service) -> None:
    assert fake_google.api_endpoint == f"http://127.0.0.1:{fake_google.port}/calendar/v3/"
    request = service.events().list(calendarId="a@b.com")
    assert request.uri.startswith(fake_google.api_endpoint + "calendars/a%40b.com/events?")


def test_calendar_get_resolves_primary_and_404s_unknown(service) -> None:
    cal = service.calendars().get(calendarId="primary").execute()
    assert cal["kind"] == "calendar#calendar"
    assert (cal["id"], cal["timeZone"]) == ("alex@example.com", TZ)
    assert cal["etag"].startswith('"')
    with pytest.raises(HttpError) as err:
        service.calendars().get(calendarId="nobody@example.com").execute()
    assert err.value.status_code == 404
    assert error_of(err)["reason"] == "notFound"


def test_insert_returns_google_shaped_event(service) -> None:
    body = timed("2026-12-01T10:00", extendedProperties={"private": {"fs": "1"}},
                 reminders={"useDefault": False, "overrides": [{"method": "popup", "minutes": 5}]})
    ev = service.events().insert(calendarId="primary", body=body).execute()
    assert ev["kind"] == "calendar#event"
    assert ev["status"] == "confirmed"
    assert len(ev["id"]) >= 5 and set(ev["id"]) <= set("0123456789abcdefghijklmnopqrstuv")
    assert ev["iCalUID"] == f"{ev['id']}@google.com"
    assert ev["sequence"] == 0
    assert ev["etag"].startswith('"') and ev["etag"].endswith('"')
    for stamp in (ev["created"], ev["updated"]):
        assert len(stamp) == 24 and stamp.endswith("Z") and stamp[19] == "."
    assert ev["start"] == {"dateTime": "2026-12-01T10:00:00-05:00", "timeZone": TZ}
    assert ev["organizer"]["self"] is True
    assert ev["extendedProperties"] == {"private": {"fs": "1"}}
    assert ev["reminders"]["overrides"] == [{"method": "popup", "minutes": 5}]
    assert service.events().get(calendarId="primary", eventId=ev["id"]).execute() == ev


def test_datetime_is_rerendered_in_calendar_zone(service) -> None:
    ev = service.events().insert(calendarId="primary", body={
        "start": {"dateTime": "2026-07-01T14:00:00Z"}, "end": {"dateTime": "2026-07-01T15:00:00.000Z"}}).execute()
    assert ev["start"] == {"dateTime": "2026-07-01T10:00:00-04:00"}  # no timeZone echoed: none was given
    got = service.events().get(calendarId="primary", eventId=ev["id"], timeZone="UTC").execute()
    assert got["start"]["dateTime"] == "2026-07-01T14:00:00Z"


# ------------------------------------------------------------------------- paging & sync


def test_paging_and_next_sync_token_only_on_last_page(fake_google: FakeGoogle, service) -> None:
    for i in range(600):
        fake_google.user_insert("primary", timed("2026-12-01T09:00", summary=f"e{i}"))
    items, pages = list_all(service, maxResults=250)
    assert [len(p["items"]) for p in pages] == [250, 250, 100]
    assert all("nextSyncToken" not in p and "nextPageToken" in p for p in pages[:-1])
    assert "nextSyncToken" in pages[-1] and "nextPageToken" not in pages[-1]
    assert [i["summary"] for i in items] == [f"e{i}" for i in range(600)]  # stable insertion order
    assert pages[0]["kind"] == "calendar#events" and pages[0]["accessRole"] == "owner"


@pytest.mark.slow
def test_max_results_defaults_to_250_and_caps_at_2500(fake_google: FakeGoogle, service) -> None:
    for i in range(2600):
        fake_google.user_insert("primary", timed("2026-12-01T09:00", summary=f"e{i}"))
    assert len(service.events().list(calendarId="primary").execute()["items"]) == 250
    assert len(service.events().list(calendarId="primary", maxResults=5000).execute()["items"]) == 2500


def test_page_token_is_bound_to_its_query(fake_google: FakeGoogle, service) -> None:
    for _ in range(3):
        fake_google.user_insert("primary", timed("2026-12-01T09:00"))
    token = service.events().list(calendarId="primary", maxResults=1).execute()["nextPageToken"]
    assert service.events().list(calendarId="primary", maxResults=1, pageToken=token).execute()["items"]
    with pytest.raises(HttpError) as err:
        service.events().list(calendarId="primary", maxResults=1, pageToken=token, showDeleted=True).execute()
    assert err.value.status_code == 400
    with pytest.raises(HttpError) as err:
        service.events().list(calendarId="primary", pageToken="garbage").execute()
    assert err.value.status_code == 400


def test_deletion_during_paging_skips_nothing(fake_google: FakeGoogle, service) -> None:
    ids = [fake_google.user_insert("primary", timed("2026-12-01T09:00"))["id"] for _ in range(10)]
    first = service.events().list(calendarId="primary", maxResults=4).execute()
    fake_google.user_delete("primary", ids[1])
    token, seen = first["nextPageToken"], [i["id"] for i in first["items"]]
    while token:
        page = service.events().list(calendarId="primary", maxResults=4, pageToken=token).execute()
        seen += [i["id"] for i in page["items"]]
        token = page.get("nextPageToken")
    assert seen == ids  # keyset cursors: the deletion shifted nothing


def test_short_pages_still_deliver_everything(fake_google: FakeGoogle, service) -> None:
    fake_google.short_pages = True
    for i in range(7):
        fake_google.user_insert("primary", timed("2026-12-01T09:00", summary=f"e{i}"))
    items, pages = list_all(service, maxResults=4)
    assert pages[0]["items"] == [] and "nextPageToken" in pages[0]
    assert [i["summary"] for i in items] == [f"e{i}" for i in range(7)]
    assert all(len(p["items"]) <= 2 for p in pages)


def test_incremental_sync_returns_only_changes_including_tombstones(fake_google: FakeGoogle, service) -> None:
    a = fake_google.user_insert("primary", timed("2026-12-01T09:00", summary="a"))
    b = fake_google.user_insert("primary", timed("2026-12-02T09:00", summary="b"))
    fake_google.user_insert("primary", timed("2026-12-03T09:00", summary="c"))
    _, pages = list_all(service)
    token = pages[-1]["nextSyncToken"]

    nothing = service.events().list(calendarId="primary", syncToken=token).execute()
    assert nothing["items"] == [] and nothing["nextSyncToken"]

    patched = fake_google.user_patch("primary", a["id"], {"summary": "a2"})
    assert patched["etag"] != a["etag"] and patched["updated"] > a["updated"]
    assert patched["sequence"] == a["sequence"] + 1
    fake_google.user_delete("primary", b["id"])
    d = service.events().insert(calendarId="primary", body=timed("2026-12-04T09:00", summary="d")).execute()

    changes = service.events().list(calendarId="primary", syncToken=token).execute()
    by_id = {i["id"]: i for i in changes["items"]}
    assert list(by_id) == [a["id"], b["id"], d["id"]]
    assert by_id[a["id"]]["summary"] == "a2"
    assert by_id[b["id"]] == {"kind": "calendar#event", "etag": by_id[b["id"]]["etag"], "id": b["id"],
                              "status": "cancelled", "updated": by_id[b["id"]]["updated"]}
    # showDeleted=True keeps the details of the deleted event
    full = service.events().list(calendarId="primary", syncToken=token, showDeleted=True).execute()
    assert {i["id"]: i for i in full["items"]}[b["id"]]["summary"] == "b"
    # and the new token sees nothing new
    again = service.events().list(calendarId="primary", syncToken=changes["nextSyncToken"]).execute()
    assert again["items"] == []


def test_sync_pages_and_the_token_covers_changes_made_while_paging(fake_google: FakeGoogle, service) -> None:
    for _ in range(5):
        fake_google.user_insert("primary", timed("2026-12-01T09:00"))
    first = service.events().list(calendarId="primary", maxResults=3).execute()
    late = fake_google.user_insert("primary", timed("2026-12-09T09:00", summary="late"))
    second = service.events().list(calendarId="primary", maxResults=3, pageToken=first["nextPageToken"]).execute()
    assert "nextSyncToken" in second
    changes = service.events().list(calendarId="primary", syncToken=second["nextSyncToken"]).execute()
    assert [i["id"] for i in changes["items"]] == [late["id"]]


@pytest.mark.parametrize("param, value", [
    ("timeMin", "2026-01-01T00:00:00Z"), ("timeMax", "2026-01-01T00:00:00Z"), ("orderBy", "updated"),
    ("q", "x"), ("privateExtendedProperty", "a=b"), ("sharedExtendedProperty", "a=b"),
    ("updatedMin", "2026-01-01T00:00:00Z"), ("iCalUID", "x@google.com"), ("showDeleted", False),
])
def test_sync_token_refuses_restricting_parameters(service, param: str, value: object) -> None:
    token = service.events().list(calendarId="primary").execute()["nextSyncToken"]
    with pytest.raises(HttpError) as err:
        service.events().list(calendarId="primary", syncToken=token, **{param: value}).execute()
    assert err.value.status_code == 400
    assert error_of(err)["message"] == "Sync token cannot be used with other request restrictions."
    # allowed alongside a sync token: singleEvents, showDeleted=True, maxResults
    service.events().list(calendarId="primary", syncToken=token, singleEvents=True, showDeleted=True,
                          maxResults=10).execute()


def test_invalidated_sync_token_is_410_full_sync_required(fake_google: FakeGoogle, service) -> None:
    token = service.events().list(calendarId="primary").execute()["nextSyncToken"]
    fake_google.invalidate_sync_tokens()
    with pytest.raises(HttpError) as err:
        service.events().list(calendarId="primary", syncToken=token).execute()
    assert err.value.status_code == 410
    assert error_of(err).items() >= {"reason": "fullSyncRequired", "domain": "calendar",
                                     "message": "Sync token is no longer valid, a full sync is required."}.items()
    assert b"fullSyncRequired" in err.value.content
    # a full sync yields a working token again
    fresh = service.events().list(calendarId="primary").execute()["nextSyncToken"]
    assert service.events().list(calendarId="primary", syncToken=fresh).execute()["items"] == []


# --------------------------------------------------------------------------- writes & ids


def test_insert_with_reused_or_deleted_id_is_409(fake_google: FakeGoogle, service) -> None:
    body = timed("2026-12-01T10:00", id="fs0abc123")
    service.events().insert(calendarId="primary", body=body).execute()
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=body).execute()
    assert err.value.status_code == 409
    assert error_of(err)["reason"] == "duplicate"
    assert error_of(err)["message"] == "The requested identifier already exists."

    service.events().delete(calendarId="primary", eventId="fs0abc123").execute()
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=body).execute()
    assert err.value.status_code == 409


@pytest.mark.parametrize("bad_id", ["abcd", "ABCDE12345", "fs-abc-123", "abcdw", "abc_12345", "é" * 6,
                                    "a" * 1025])
def test_client_ids_must_be_base32hex(service, bad_id: str) -> None:
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=timed("2026-12-01T10:00", id=bad_id)).execute()
    assert err.value.status_code == 400
    assert error_of(err)["reason"] == "invalid"


def test_valid_client_ids_are_kept(service) -> None:
    for good in ("abcde", "0123456789abcdefghijklmnopqrstuv", "v" * 1024):
        assert service.events().insert(calendarId="primary", body=timed("2026-12-01T10:00", id=good)
                                       ).execute()["id"] == good


@pytest.mark.parametrize("start, end, reason", [
    ({"dateTime": "2026-12-01T10:00:00"}, {"dateTime": "2026-12-01T11:00:00"}, "required"),  # no zone
    ({"dateTime": "2026-12-01T10:00:00", "timeZone": "Mars/Olympus"},
     {"dateTime": "2026-12-01T11:00:00", "timeZone": "Mars/Olympus"}, "invalid"),
    ({"dateTime": "2026-12-01T10:00:00Z"}, {"dateTime": "2026-12-01T09:00:00Z"}, "timeRangeEmpty"),
    ({"date": "2026-12-02"}, {"date": "2026-12-01"}, "timeRangeEmpty"),
    ({"date": "2026-12-01"}, {"dateTime": "2026-12-01T11:00:00Z"}, "invalid"),  # mixed kinds
    ({"dateTime": "2026-12-01T10:00:00Z"}, None, "required"),  # missing end
])
def test_start_end_validation(service, start, end, reason: str) -> None:
    body = {"summary": "x", "start": start, **({"end": end} if end else {})}
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=body).execute()
    assert err.value.status_code == 400
    assert error_of(err)["reason"] == reason


def test_recurring_timed_event_needs_a_time_zone(service) -> None:
    body = {"start": {"dateTime": "2026-12-01T10:00:00-05:00"}, "end": {"dateTime": "2026-12-01T11:00:00-05:00"},
            "recurrence": ["RRULE:FREQ=WEEKLY;COUNT=3"]}
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=body).execute()
    assert error_of(err).items() >= {"code": 400, "reason": "required",
                                     "message": "Missing time zone definition for start time."}.items()
    body["recurrence"] = ["RRULE:FREQ=SOMETIMES"]
    body["start"]["timeZone"] = TZ
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=body).execute()
    assert error_of(err)["message"] == "Invalid recurrence rule."


def test_stale_if_match_is_412(service) -> None:
    ev = service.events().insert(calendarId="primary", body=timed("2026-12-01T10:00")).execute()
    current = service.events().patch(calendarId="primary", eventId=ev["id"], body={"summary": "v2"}).execute()
    for request in (
        service.events().patch(calendarId="primary", eventId=ev["id"], body={"summary": "v3"}),
        service.events().update(calendarId="primary", eventId=ev["id"], body=timed("2026-12-01T10:00")),
        service.events().delete(calendarId="primary", eventId=ev["id"]),
    ):
        request.headers["If-Match"] = ev["etag"]
        with pytest.raises(HttpError) as err:
            request.execute()
        assert err.value.status_code == 412
        assert error_of(err)["reason"] == "conditionNotMet"
    assert service.events().get(calendarId="primary", eventId=ev["id"]).execute()["summary"] == "v2"

    ok = service.events().patch(calendarId="primary", eventId=ev["id"], body={"summary": "v3"})
    ok.headers["If-Match"] = current["etag"]
    assert ok.execute()["summary"] == "v3"


def test_delete_twice_is_410_and_get_shows_cancelled(service) -> None:
    ev = service.events().insert(calendarId="primary", body=timed("2026-12-01T10:00")).execute()
    assert service.events().delete(calendarId="primary", eventId=ev["id"]).execute() == ""
    with pytest.raises(HttpError) as err:
        service.events().delete(calendarId="primary", eventId=ev["id"]).execute()
    assert err.value.status_code == 410
    assert error_of(err)["reason"] == "deleted"
    got = service.events().get(calendarId="primary", eventId=ev["id"]).execute()
    assert got["status"] == "cancelled" and got["etag"] != ev["etag"]
    assert service.events().list(calendarId="primary").execute()["items"] == []
    assert [i["id"] for i in service.events().list(calendarId="primary", showDeleted=True).execute()["items"]] \
        == [ev["id"]]
    with pytest.raises(HttpError) as err:
        service.events().get(calendarId="primary", eventId="nosuchevent").execute()
    assert err.value.status_code == 404


def test_patch_merges_and_update_replaces(service) -> None:
    body = timed("2026-12-01T10:00", description="d", extendedProperties={"private": {"a": "1", "b": "2"}})
    ev = service.events().insert(calendarId="primary", body=body).execute()
    patched = service.events().patch(calendarId="primary", eventId=ev["id"], body={
        "extendedProperties": {"private": {"b": "3", "c": "4"}}}).execute()
    assert patched["extendedProperties"]["private"] == {"a": "1", "b": "3", "c": "4"}
    assert patched["description"] == "d" and patched["sequence"] == 0
    moved = service.events().patch(calendarId="primary", eventId=ev["id"],
                                   body={"start": {"dateTime": "2026-12-01T11:00:00-05:00"},
                                         "end": {"dateTime": "2026-12-01T12:00:00-05:00"}}).execute()
    assert moved["sequence"] == 1 and moved["start"]["timeZone"] == TZ  # nested objects merge
    replaced = service.events().update(calendarId="primary", eventId=ev["id"],
                                       body=timed("2026-12-01T10:00", summary="new")).execute()
    assert "description" not in replaced and "extendedProperties" not in replaced
    assert replaced["id"] == ev["id"] and replaced["created"] == ev["created"]
    with pytest.raises(HttpError) as err:
        service.events().update(calendarId="primary", eventId=ev["id"],
                                body=timed("2026-12-01T10:00", sequence=0)).execute()
    assert err.value.status_code == 400  # sequence may not go backwards


def test_list_filters_time_window_and_private_properties(fake_google: FakeGoogle, service) -> None:
    early = fake_google.user_insert("primary", timed("2026-12-01T09:00", extendedProperties={
        "private": {"fs": "1", "kind": "letter"}}))
    fake_google.user_insert("primary", timed("2026-12-01T11:00", extendedProperties={"private": {"fs": "1"}}))
    allday = fake_google.user_insert("primary", {"start": {"date": "2026-12-02"}, "end": {"date": "2026-12-03"}})

    def ids(**params):
        return [i["id"] for i in service.events().list(calendarId="primary", **params).execute()["items"]]

    # overlap semantics: end > timeMin and start < timeMax (09:00-10:00 local == 14:00-15:00Z)
    assert early["id"] in ids(timeMin="2026-12-01T14:59:00Z", timeMax="2026-12-01T15:00:00Z")
    assert early["id"] not in ids(timeMin="2026-12-01T15:00:00Z", timeMax="2026-12-01T16:00:00Z")
    assert ids(timeMin="2026-12-02T04:00:00Z", timeMax="2026-12-02T06:00:00Z") == [allday["id"]]
    assert len(ids(privateExtendedProperty="fs=1")) == 2
    assert ids(privateExtendedProperty=["fs=1", "kind=letter"]) == [early["id"]]
    assert ids(q="interview", timeMax="2026-12-01T15:30:00Z") == [early["id"]]
    with pytest.raises(HttpError) as err:
        ids(timeMin="2026-12-01T10:00:00")  # offset is mandatory
    assert err.value.status_code == 400
    with pytest.raises(HttpError) as err:
        ids(timeMin="2026-12-02T00:00:00Z", timeMax="2026-12-01T00:00:00Z")
    assert error_of(err)["reason"] == "timeRangeEmpty"
    with pytest.raises(HttpError):
        ids(orderBy="startTime")  # only with singleEvents


# -------------------------------------------------------------------------------- recurrence


def test_single_events_expands_a_weekly_series(fake_google: FakeGoogle, service) -> None:
    master = fake_google.user_insert("primary", timed(
        "2026-10-20T10:00", summary="Standup", recurrence=["RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6"]))
    single = fake_google.user_insert("primary", timed("2026-10-21T08:00", summary="Once"))

    raw = service.events().list(calendarId="primary").execute()["items"]
    assert [i["id"] for i in raw] == [master["id"], single["id"]]
    assert raw[0]["recurrence"] == ["RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6"]

    items = service.events().list(calendarId="primary", singleEvents=True, orderBy="startTime").execute()["items"]
    instances = [i for i in items if i.get("recurringEventId") == master["id"]]
    assert [i["start"]["dateTime"] for i in instances] == [
        "2026-10-20T10:00:00-04:00", "2026-10-22T10:00:00-04:00", "2026-10-27T10:00:00-04:00",
        "2026-10-29T10:00:00-04:00", "2026-11-03T10:00:00-05:00", "2026-11-05T10:00:00-05:00"]  # DST kept
    assert instances[0]["id"] == f"{master['id']}_20261020T140000Z"
    assert instances[4]["id"] == f"{master['id']}_20261103T150000Z"
    assert instances[0]["originalStartTime"] == {"dateTime": "2026-10-20T10:00:00-04:00", "timeZone": TZ}
    assert all("recurrence" not in i and i["iCalUID"] == master["iCalUID"] for i in instances)
    assert items[1]["id"] == single["id"]  # ordered by start time

    window = service.events().list(calendarId="primary", singleEvents=True, timeMin="2026-10-26T00:00:00Z",
                                   timeMax="2026-10-31T00:00:00Z").execute()["items"]
    assert [i["id"] for i in window] == [f"{master['id']}_20261027T140000Z", f"{master['id']}_20261029T140000Z"]
    inst = service.events().instances(calendarId="primary", eventId=master["id"]).execute()
    assert len(inst["items"]) == 6 and "nextSyncToken" not in inst


def test_all_day_series_instance_ids(fake_google: FakeGoogle, service) -> None:
    master = fake_google.user_insert("primary", {"summary": "Holiday", "start": {"date": "2026-12-24"},
                                                 "end": {"date": "2026-12-25"},
                                                 "recurrence": ["RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20261228"]})
    items = service.events().list(calendarId="primary", singleEvents=True).execute()["items"]
    assert [(i["id"], i["start"], i["originalStartTime"]) for i in items] == [
        (f"{master['id']}_{d.replace('-', '')}", {"date": d}, {"date": d})
        for d in ("2026-12-24", "2026-12-26", "2026-12-28")]


def test_deleted_instance_shows_up_as_cancelled_exception(fake_google: FakeGoogle, service) -> None:
    master = fake_google.user_insert("primary", timed("2026-10-20T10:00", recurrence=["RRULE:FREQ=DAILY;COUNT=3"]))
    token = service.events().list(calendarId="primary", singleEvents=True).execute()["nextSyncToken"]
    second = f"{master['id']}_20261021T140000Z"
    service.events().delete(calendarId="primary", eventId=second).execute()

    changes = service.events().list(calendarId="primary", syncToken=token, singleEvents=True).execute()["items"]
    assert changes == [{"kind": "calendar#event", "etag": changes[0]["etag"], "id": second, "status": "cancelled",
                        "updated": changes[0]["updated"], "recurringEventId": master["id"],
                        "originalStartTime": {"dateTime": "2026-10-21T10:00:00-04:00", "timeZone": TZ}}]
    expanded = service.events().list(calendarId="primary", singleEvents=True).execute()["items"]
    assert [i["id"] for i in expanded] == [f"{master['id']}_20261020T140000Z", f"{master['id']}_20261022T140000Z"]
    # Google lists cancelled exceptions even without showDeleted when singleEvents is false
    plain = service.events().list(calendarId="primary").execute()["items"]
    assert [(i["id"], i["status"]) for i in plain] == [(master["id"], "confirmed"), (second, "cancelled")]


def test_patching_an_instance_creates_an_exception(fake_google: FakeGoogle, service) -> None:
    master = fake_google.user_insert("primary", timed("2026-10-20T10:00", recurrence=["RRULE:FREQ=DAILY;COUNT=3"]))
    first = f"{master['id']}_20261020T140000Z"
    service.events().patch(calendarId="primary", eventId=first, body={"summary": "Moved"}).execute()
    items = service.events().list(calendarId="primary", singleEvents=True).execute()["items"]
    assert [i["summary"] for i in items] == ["Moved", "Interview", "Interview"]
    assert items[0]["recurringEventId"] == master["id"]


# ----------------------------------------------------------------------------------- auth


def test_request_without_token_is_401(fake_google: FakeGoogle) -> None:
    response, content = httplib2.Http(timeout=5).request(fake_google.api_endpoint + "calendars/primary")
    assert response.status == 401
    assert response["www-authenticate"].startswith("Bearer")
    assert json.loads(content)["error"]["errors"][0]["reason"] == "authError"


def test_expired_access_token_is_refreshed_transparently(fake_google: FakeGoogle) -> None:
    creds = google.oauth2.credentials.Credentials(
        token=fake_google.access_token, refresh_token=fake_google.refresh_token,
        token_uri=fake_google.token_uri, client_id=fake_google.client_id, client_secret=fake_google.client_secret)
    service = build("calendar", "v3", credentials=creds, static_discovery=True,
                    client_options={"api_endpoint": fake_google.api_endpoint})
    service.calendars().get(calendarId="primary").execute()
    fake_google.expire_access_tokens()
    mark = fake_google.mark()
    assert service.calendars().get(calendarId="primary").execute()["id"] == "alex@example.com"
    assert [(r.path.rsplit("/", 1)[-1], r.status) for r in fake_google.requests_since(mark)] == [
        ("primary", 401), ("token", 200), ("primary", 200)]
    assert fake_google.refresh_count == 1
    assert creds.token != fake_google.access_token and creds.expiry is not None


def test_credentials_without_access_token_fetch_one_first(fake_google: FakeGoogle) -> None:
    creds = google.oauth2.credentials.Credentials(
        token=None, refresh_token=fake_google.refresh_token, token_uri=fake_google.token_uri,
        client_id=fake_google.client_id, client_secret=fake_google.client_secret)
    fake_google.service(creds).calendars().get(calendarId="primary").execute()
    assert fake_google.refresh_count == 1


def test_revoked_refresh_token_raises_refresh_error(fake_google: FakeGoogle) -> None:
    service = fake_google.service()
    fake_google.revoke_refresh_token(fake_google.refresh_token)
    with pytest.raises(google.auth.exceptions.RefreshError) as err:
        service.calendars().get(calendarId="primary").execute()
    assert "invalid_grant" in str(err.value)
    assert fake_google.refresh_count == 0


def test_authorization_code_exchange(fake_google: FakeGoogle) -> None:
    code = fake_google.issue_auth_code()
    response, content = httplib2.Http(timeout=5).request(
        fake_google.token_uri, "POST", headers={"Content-Type": "application/x-www-form-urlencoded"},
        body=f"grant_type=authorization_code&code={code}&client_id={fake_google.client_id}"
             f"&client_secret={fake_google.client_secret}&redirect_uri=http://localhost")
    payload = json.loads(content)
    assert response.status == 200 and payload["token_type"] == "Bearer" and payload["refresh_token"]
    assert fake_google.service(fake_google.credentials(payload["access_token"], payload["refresh_token"])
                               ).calendars().get(calendarId="primary").execute()


# --------------------------------------------------------------------------------- faults


@pytest.mark.parametrize("kind, status, reason", [
    ("500", 500, "backendError"), ("503", 503, "backendError"), ("429", 429, "rateLimitExceeded"),
    ("403-rate", 403, "rateLimitExceeded"), ("403-user-rate", 403, "userRateLimitExceeded"),
    ("403-quota", 403, "quotaExceeded"),
])
def test_faults_produce_googles_errors(fake_google: FakeGoogle, service, kind: str, status: int,
                                       reason: str) -> None:
    fake_google.faults.queue([kind])
    with pytest.raises(HttpError) as err:
        service.events().list(calendarId="primary").execute()
    assert err.value.status_code == status
    assert error_of(err)["reason"] == reason
    assert service.events().list(calendarId="primary").execute()["items"] == []  # queue consumed
    assert [r.fault for r in fake_google.requests_since()] == [kind, None]


def test_client_retries_recover_from_transient_faults(fake_google: FakeGoogle, service) -> None:
    fake_google.faults.queue(["503", "429", "403-rate"])
    request = service.events().list(calendarId="primary")
    request._sleep = lambda seconds: None  # googleapiclient sleeps rand() * 2**n between retries
    assert request.execute(num_retries=3)["items"] == []
    assert [r.status for r in fake_google.requests_since()] == [503, 429, 403, 200]
    fake_google.faults.queue(["403-quota"])  # not a retryable reason for googleapiclient
    request = service.events().list(calendarId="primary")
    request._sleep = lambda seconds: None
    with pytest.raises(HttpError):
        request.execute(num_retries=3)


def test_one_drop_is_replayed_by_httplib2_two_drops_raise(fake_google: FakeGoogle, service) -> None:
    fake_google.faults.queue(["drop"])
    mark = fake_google.mark()
    assert service.events().list(calendarId="primary").execute()["items"] == []
    assert [r.status for r in fake_google.requests_since(mark)] == [None, 200]  # silent re-send

    fake_google.faults.queue(["drop", "drop"])
    with pytest.raises(ConnectionError) as err:
        service.events().list(calendarId="primary").execute()
    assert isinstance(err.value, http.client.RemoteDisconnected)


def test_write_applied_then_failed_meets_409_on_retry(fake_google: FakeGoogle, service) -> None:
    body = timed("2026-12-01T10:00", id="fs0ret001")
    fake_google.faults.queue(["503:after"])
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=body).execute()
    assert err.value.status_code == 503
    assert [e["id"] for e in fake_google.events()] == ["fs0ret001"]  # it happened anyway
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=body).execute()
    assert err.value.status_code == 409

    fake_google.faults.queue(["drop:after"])  # httplib2's silent replay of the POST meets 409 too
    with pytest.raises(HttpError) as err:
        service.events().insert(calendarId="primary", body=timed("2026-12-01T10:00", id="fs0ret002")).execute()
    assert err.value.status_code == 409
    assert [r.status for r in fake_google.requests_since()][-2:] == [None, 409]


def test_slow_fault_trips_the_client_timeout(fake_google: FakeGoogle) -> None:
    fake_google.faults.set(rate=1.0, kinds=["slow"], slow_seconds=0.6)
    service = fake_google.service(timeout=0.2)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        service.calendars().get(calendarId="primary").execute()
    assert time.monotonic() - started < 0.6
    fake_google.faults.clear()


def test_random_faults_are_seeded_and_spare_the_token_endpoint(fake_google: FakeGoogle, service) -> None:
    def run() -> list[int | None]:
        fake_google.clear_log()
        fake_google.faults.set(rate=0.5, kinds=["500", "503"], seed=7)
        for _ in range(20):
            try:
                service.calendars().get(calendarId="primary").execute()
            except HttpError:
                pass
        return [r.status for r in fake_google.requests_since()]

    first = run()
    assert first == run()
    assert {500, 503, 200} <= set(first) and 4 <= first.count(200) <= 16
    fake_google.faults.set(rate=1.0, kinds=["500"])
    fake_google.expire_access_tokens()
    with pytest.raises(HttpError):
        service.calendars().get(calendarId="primary").execute()
    fake_google.faults.clear()
    fake_google.expire_access_tokens()
    mark = fake_google.mark()
    service.calendars().get(calendarId="primary").execute()
    assert [(r.path, r.status) for r in fake_google.requests_since(mark)][1] == ("/token", 200)


def test_request_log_counts_requests(fake_google: FakeGoogle, service) -> None:
    for _ in range(3):
        fake_google.user_insert("primary", timed("2026-12-01T10:00"))  # user changes cost no requests
    mark = fake_google.mark()
    service.events().list(calendarId="primary").execute()
    log = fake_google.requests_since(mark)
    assert len(log) == 1
    assert (log[0].method, log[0].path, log[0].status, log[0].fault) == (
        "GET", "/calendar/v3/calendars/primary/events", 200, None)
    service.events().list(calendarId="primary", maxResults=2, privateExtendedProperty=["a=1", "b=2"]).execute()
    assert fake_google.requests_since(mark)[-1].query["privateExtendedProperty"] == ["a=1", "b=2"]
    fake_google.clear_log()
    assert fake_google.requests_since(mark) == []


# ----------------------------------------------------------------------------------- scale


@pytest.mark.slow
def test_ten_thousand_events_page_quickly(fake_google: FakeGoogle, service) -> None:
    for i in range(10_000):
        fake_google.user_insert("primary", timed(f"2026-12-{1 + i % 28:02d}T09:00", summary=f"e{i}",
                                                 extendedProperties={"private": {"n": str(i)}}))
    started = time.monotonic()
    items, pages = list_all(service)
    elapsed = time.monotonic() - started
    assert len(items) == 10_000 and len(pages) == 40 and len({i["id"] for i in items}) == 10_000
    assert elapsed < 4.0, f"full listing took {elapsed:.2f}s"
    fake_google.user_patch("primary", items[5000]["id"], {"summary": "changed"})
    mark = fake_google.mark()
    changes = service.events().list(calendarId="primary", syncToken=pages[-1]["nextSyncToken"]).execute()
    assert [i["summary"] for i in changes["items"]] == ["changed"]
    assert len(fake_google.requests_since(mark)) == 1
