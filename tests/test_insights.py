"""/insights and the weekly report through the real Application, the fake Bot API and a real
database: charts from stored check-ins, honest findings, and every kind of bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from bot.app import StillpointApp
from bot.clock import FakeClock
from bot.flow import Say, SendPhoto
from bot.storage import Database, repo
from bot.storage.models import Consent, ExerciseSession
from bot.transport.local_api import Sent
from bot.transport.updates import UpdateFactory
from conversations.i18n import use_language
from conversations.insights import moved, variation_line, weekend_shift_line
from conversations.insights_view import weekly_report
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_charts import png_size
from tests.test_checkin import typical_day
from tests.test_onboarding import onboard

# The clock fixture: Wednesday 2026-11-25 19:00 UTC = 20:00 in Berlin.
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)


def photos(api: FakeBotApi, chat_id: int) -> list[Sent]:
    return [m for m in api.chat_messages(chat_id) if m.kind == "photo"]


async def seed_checkins(
    database: Database, rows: list[tuple[date, dict[str, Any]]], telegram_id: int = 4242
) -> None:
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=telegram_id)
        assert user is not None
        for day, fields in rows:
            await repo.save_checkin(session, user=user, day=day, fields=fields, now=NOW)


async def seed_session(
    database: Database, *, kind: str, before: int, after: int, at: datetime, status: str = "done"
) -> None:
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        session.add(
            ExerciseSession(
                user_id=user.id,
                chat_id=4242,
                kind=kind,
                pattern="478" if kind == "breathe" else "short",
                options={},
                status=status,
                started_at=at,
                paused_s=0.0,
                cycles_done=4,
                duration_s=180.0,
                tension_before=before,
                tension_after=after,
                updated_at=at,
            )
        )


async def test_too_little_data_says_how_many_more_checkins(chat: Chat, api: FakeBotApi) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    replies = await chat.send("/insights 7")
    assert "1 of those days has a check-in." in replies[0]
    assert "2 more and I can draw your first chart" in replies[0]
    assert photos(api, chat.user_id) == []


async def test_charts_from_checkins_made_in_the_chat(
    chat: Chat, api: FakeBotApi, clock: FakeClock
) -> None:
    await onboard(chat)
    for _ in range(3):  # Wed, Thu, Fri: "As usual (23:00–07:00)", mild, anxiety 4
        await chat.send("/checkin")
        await typical_day(chat)
        clock.advance(timedelta(days=1))
    clock.advance(timedelta(days=-1))

    replies = await chat.send("/insights")
    assert replies == ["Which stretch would you like to look at?"]
    assert chat.labels() == ["7 days", "30 days", "90 days", "Menu"]
    replies = await chat.press("7 days")

    sent = api.calls_of("sendPhoto")
    assert len(sent) == 2  # twitching and anxiety; bed and wake times
    pictures = photos(api, chat.user_id)
    for picture in pictures:
        assert png_size(picture.content) == (1200, 900)
        assert 15_000 < len(picture.content) < 400_000
    assert "▼ caffeine after your cut-off" in (pictures[0].caption or "")
    assert "(23:00 and 07:00)" in (pictures[1].caption or "")

    [summary] = replies
    assert summary.startswith("The last 7 days — 3 with a check-in.")
    # Every score with one plain line on what it means.
    assert "Twitching: 1.0 on average — 0 is none, 3 is strong." in summary
    assert "Anxiety: 4.0 on average — your own rating, 0 calm to 10 the most anxious." in summary
    # Three nights 23:00-07:00 in a row: said in plain words, with no score to decode.
    assert "Your bed and wake times stay the same from night to night." in summary
    for unexplained in ("Sleep regularity", "Bedtime spread"):
        assert unexplained not in summary
    assert "Weekend shift" not in summary  # Wed-Fri: no weekend to compare with
    for jargon in ("standard deviation", "jetlag", "SRI", "significan", "p-value"):
        assert jargon not in summary
    assert "No breathing or relaxation sessions" in summary
    assert "3 more check-ins with a twitching answer" in summary
    assert "cause" not in summary.replace("not what causes what", "")


async def test_findings_give_both_averages_and_both_day_counts(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)  # cut-off 14:00
    late = {"twitch_level": 3, "caffeine_drinks": 2, "caffeine_last": time(16, 0)}
    early = {"twitch_level": 0, "caffeine_drinks": 1, "caffeine_last": time(12, 0)}
    rows = []
    for i in range(12):
        fields = dict(late if i % 2 else early)
        if i in (1, 3):
            fields["twitch_level"] = 2  # with: 3, 2, 2, 3, 3, 3 -> 16 / 6 = 2.67
        if i == 2:
            fields["twitch_level"] = 1  # without: 0, 1, 0, 0, 0, 0 -> 1 / 6 = 0.17
        rows.append((TODAY - timedelta(days=i), fields))
    # The 30 days before: twitching 3 on five days, for the change.
    rows += [(TODAY - timedelta(days=35 + i), {"twitch_level": 3}) for i in range(5)]
    await seed_checkins(database, rows)
    await seed_session(database, kind="breathe", before=7, after=4, at=NOW - timedelta(days=2))
    await seed_session(database, kind="relax", before=6, after=5, at=NOW - timedelta(days=3))
    await seed_session(database, kind="breathe", before=9, after=1, at=NOW - timedelta(days=40))

    replies = await chat.send("/insights 30")
    summary = replies[-1]
    # Current mean (16 + 1) / 12 = 1.42; previous 3.0; change -1.58.
    assert (
        "Twitching: 1.4 on average — 0 is none, 3 is strong. Down 1.6 from the 30 days before."
    ) in summary
    # 16 / 6 against 1 / 6: a gap no shuffle of these 12 days makes by chance more than
    # 2 times in 924 — bigger than day-to-day noise, so it is reported, with both day counts.
    assert (
        "• Days with caffeine after your 14:00 cut-off went with more twitching: "
        "2.7 (strong) on 6 days with it, 0.2 (none) on 6 days without."
    ) in summary
    assert "not what causes what" in summary
    assert "bigger than your usual ups and downs from day to day" in summary
    assert "no clear pattern yet" not in summary
    # Only the two sessions of these 30 days: (4 - 7 + 5 - 6) / 2 = -2.0
    assert "Practice: 1 breathing session and 1 relaxation session finished." in summary
    assert (
        "Tension (0–10) went down 2.0 on average from before to after, over 2 rated sessions."
    ) in summary


async def test_a_gap_within_day_to_day_noise_is_no_clear_pattern(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    # The example: "work" days 2.2 on average, the others 2.25 — that is noise.
    with_work = [2, 3, 2, 2, 3, 2, 1, 2, 3, 2]
    without_work = [2, 3, 2, 3, 2, 2, 3, 2, 1, 3, 2, 2]
    rows = [
        (TODAY - timedelta(days=2 * i), {"twitch_level": level, "triggers": ["work"]})
        for i, level in enumerate(with_work)
    ]
    rows += [
        (TODAY - timedelta(days=2 * i + 1), {"twitch_level": level, "triggers": []})
        for i, level in enumerate(without_work)
    ]
    await seed_checkins(database, rows)
    summary = (await chat.send("/insights 30"))[-1]
    assert (
        "• Days with “work” marked as going on: no clear pattern yet "
        "(10 days with it, 12 days without)."
    ) in summary
    assert "No clear pattern yet: none of these differences is bigger than your" in summary
    assert "went with" not in summary

    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        outputs = await weekly_report(session, user=user, now=NOW, default_zone="UTC")
    weekly = outputs[-1]
    assert isinstance(weekly, Say)
    assert "went with" not in weekly.text
    assert "Over the last 28 days" not in weekly.text
    assert "💡 Nothing stands out yet." in weekly.text


async def test_a_factor_under_three_days_on_one_side_is_not_shown(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    rows = [
        (TODAY - timedelta(days=i), {"twitch_level": 3, "caffeine_last": time(17, 0)})
        for i in range(2)
    ]
    rows += [
        (TODAY - timedelta(days=2 + i), {"twitch_level": 0, "caffeine_drinks": 0})
        for i in range(6)
    ]
    await seed_checkins(database, rows)
    summary = (await chat.send("/insights 30"))[-1]
    assert "caffeine after" not in summary
    assert "no factor has at least 3 days with it and 3 without" in summary


async def test_insights_show_only_the_acting_users_data(
    app: StillpointApp, api: FakeBotApi, factory: UpdateFactory, chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await seed_checkins(
        database, [(TODAY - timedelta(days=i), {"twitch_level": 2}) for i in range(10)]
    )
    other = Chat(app, api, user_id=5151, factory=factory)
    await onboard(other)
    replies = await other.send("/insights 30")
    assert "0 of those days have a check-in" in replies[0]
    assert photos(api, other.user_id) == []
    replies = await chat.send("/insights 30")
    assert replies[-1].startswith("The last 30 days — 10 with a check-in")


async def test_menu_button_opens_thirty_days(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await seed_checkins(database, [(TODAY - timedelta(days=i), {"anxiety": 5}) for i in range(3)])
    await chat.send("/menu")
    replies = await chat.press("📈 Insights")
    assert replies[-1].startswith("The last 30 days — 3 with a check-in")


async def test_bad_period_arguments_and_forged_buttons(chat: Chat, api: FakeBotApi) -> None:
    await onboard(chat)
    for typed in ("/insights 12", "/insights soon", "/insights -7", "/insights 30 days please"):
        replies = await chat.send(typed)
        assert replies == [
            "I can show the last 7, 30 or 90 days — for example /insights 30. Pick one:"
        ], typed
    assert chat.labels() == ["7 days", "30 days", "90 days", "Menu"]
    # Well-formed callback data with a period we never offer.
    replies = await chat.press_data("m:insights:365")
    assert replies[0].startswith("I can show the last 7, 30 or 90 days")
    # Malformed data is refused before any state is touched.
    before = len(api.texts(chat.user_id))
    await chat.press_data("m:insights:7;drop table")
    assert len(api.texts(chat.user_id)) == before
    assert chat.callback_answers()[-1]["text"] == "Sorry, I can't use that button."
    assert api.calls_of("sendPhoto") == []


async def test_typed_period_forms_are_understood(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await seed_checkins(database, [(TODAY - timedelta(days=i), {"anxiety": 5}) for i in range(3)])
    for typed in ("/insights 7", "/insights 90d", "/insights 30 days"):
        replies = await chat.send(typed)
        assert replies[-1].startswith("The last " + typed.split()[1][:2].strip("d"))


async def test_declined_and_not_onboarded_get_no_insights(
    app: StillpointApp, api: FakeBotApi, factory: UpdateFactory, chat: Chat
) -> None:
    replies = await chat.send("/insights 30")
    assert replies[0] == "Let's get you set up first — it only takes a minute."

    declined = Chat(app, api, user_id=6161, factory=factory)
    await declined.send("/start")
    await declined.press("Set me up")
    await declined.press("No, thanks")
    replies = await declined.send("/insights 30")
    assert "not keeping any records for you" in replies[0]
    assert api.calls_of("sendPhoto") == []


# --- the weekly report -----------------------------------------------------------------------


async def test_weekly_report_with_too_little_data_is_short_and_kind(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await seed_checkins(database, [(TODAY, {"twitch_level": 1})])
    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        outputs = await weekly_report(session, user=user, now=NOW, default_zone="UTC")
    [say] = outputs
    assert isinstance(say, Say)
    assert "You checked in on 1 day this week" in say.text


async def test_weekly_report_chart_findings_and_one_suggestion(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)  # bedtime 23:00
    rows = []
    for i in range(14):
        off = i % 2 == 0  # to bed at 01:00 (2 h late) on even days
        rows.append(
            (
                TODAY - timedelta(days=i),
                {
                    "twitch_level": 2 if off else 1,
                    "anxiety": 3,
                    "bedtime": time(1, 0) if off else time(23, 0),
                    "wake_time": time(8, 0),
                },
            )
        )
    await seed_checkins(database, rows)
    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        outputs = await weekly_report(session, user=user, now=NOW, default_zone="UTC")
    photo, say = outputs
    assert isinstance(photo, SendPhoto)
    assert png_size(photo.photo) == (1200, 900)
    assert isinstance(say, Say)
    assert say.text.startswith("7 days with a check-in this week.")
    assert "Over the last 28 days, from your own check-ins:" in say.text
    # 7 late nights at 2 vs 7 on-target nights at 1 over the 14 days held.
    assert (
        "• Days with bedtime more than an hour away from 23:00 went with more twitching: "
        "2.0 (moderate) on 7 days with it, 1.0 (mild) on 7 days without."
    ) in say.text
    assert say.text.count("💡") == 1
    assert "go to bed within an hour of 23:00" in say.text


async def test_weekly_report_is_empty_without_consent(chat: Chat, database: Database) -> None:
    await onboard(chat)
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        await repo.set_consent(session, user=user, consent=Consent.DECLINED, now=NOW)
        assert await weekly_report(session, user=user, now=NOW, default_zone="UTC") == []


# --- the words, without a chat -------------------------------------------------------------------


def test_weekend_shift_says_which_way_in_plain_words() -> None:
    later = weekend_shift_line(1.5)
    assert later.startswith("Weekend shift: your nights sit 1.5 hours later on weekends")
    assert "under 1 hour is usual" in later
    assert "earlier on weekends" in weekend_shift_line(-0.75)
    assert "0.8 hours earlier" in weekend_shift_line(-0.75)
    assert "none to speak of" in weekend_shift_line(0.2)


def test_changes_read_as_sentences() -> None:
    assert moved(None, 30) is None
    assert moved(0.04, 7) == "About the same as the 7 days before."
    assert moved(0.46, 30) == "Up 0.5 from the 30 days before."
    assert moved(-1.26, 90) == "Down 1.3 from the 90 days before."
    with use_language("de"):
        # The German sentence, with the German decimal comma.
        assert moved(-1.26, 90) == "Um 1,3 niedriger als in den 90 Tagen davor."


def test_bed_and_wake_times_vary_in_plain_minutes() -> None:
    assert variation_line(41.0) == (
        "Your bed and wake times vary by about 40 minutes from night to night."
    )
    assert (
        variation_line(3.0)
        == "Your bed and wake times vary by about 5 minutes from night to night."
    )
    assert variation_line(2.0) == "Your bed and wake times stay the same from night to night."
