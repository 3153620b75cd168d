"""/export and /delete through the real Application: the export reads back equal to the data
held, and a delete leaves nothing of the person in any table of the schema."""

from __future__ import annotations

import csv
import enum
import io
import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, inspect, select, text

from bot.app import StillpointApp
from bot.storage import Database, repo, userdata
from bot.storage.export_files import CSV_COLUMNS, spreadsheet_safe
from bot.storage.models import Base, ExerciseSession, OutboxMessage, Reminder
from bot.transport.updates import UpdateFactory
from conversations import export as export_words
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.test_checkin import typical_day
from tests.test_onboarding import onboard

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
ME, OTHER = 4242, 5151


def documents(api: FakeBotApi, chat_id: int) -> dict[str, bytes]:
    return {
        m.file_name or "": m.content for m in api.chat_messages(chat_id) if m.kind == "document"
    }


async def fill_every_table(chat: Chat, database: Database) -> None:
    """Rows of this person in every user table: through the chat where there is a way."""
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    await chat.press("📝 Add a note")
    await chat.send("Long day; eyelid on and off, calmer after a walk.")
    await chat.send("/coffee")
    await chat.send("/journal")
    await chat.send("Presentation tomorrow, feeling it in my calves.")
    await chat.press("Work")
    await chat.press("Done ✓")
    async with database.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=chat.user_id)
        assert user is not None
        session.add(
            ExerciseSession(
                user_id=user.id,
                chat_id=chat.user_id,
                kind="breathe",
                pattern="478",
                options={"cycles": 4},
                status="done",
                started_at=NOW - timedelta(hours=1),
                paused_s=0.0,
                cycles_done=4,
                duration_s=76.0,
                tension_before=6,
                tension_after=3,
                updated_at=NOW,
            )
        )
        # A reply a crashed process left unsent: it is theirs too until it goes out.
        session.add(
            OutboxMessage(
                chat_id=chat.user_id,
                method="sendMessage",
                payload={"text": "Still on its way", "buttons": []},
                created_at=NOW - timedelta(minutes=5),
                attempts=0,
            )
        )
        has_reminder = await session.scalar(select(Reminder.id).where(Reminder.user_id == user.id))
        if has_reminder is None:
            session.add(
                Reminder(
                    user_id=user.id, kind="weekly", enabled=True, created_at=NOW, updated_at=NOW
                )
            )


def _is_user_column(table: Table, column: Column[Any]) -> str | None:
    """Which id a column holds, judged from the schema itself (not from the code under test)."""
    if table.name == "users" and column.name == "id":
        return "user"
    if any(
        fk.column.table.name == "users" and fk.column.name == "id" for fk in column.foreign_keys
    ):
        return "user"
    if column.name in ("telegram_id", "chat_id"):
        return "telegram"
    return None


async def rows_of(database: Database, telegram_id: int, user_id: int) -> dict[str, int]:
    """Rows per table that name this person in any user column, by plain SQL over the schema."""
    found: dict[str, int] = {}
    async with database.session() as session:
        for table in Base.metadata.sorted_tables:
            columns = [(c, _is_user_column(table, c)) for c in table.columns]
            conditions = [
                c == (user_id if kind == "user" else telegram_id) for c, kind in columns if kind
            ]
            if not conditions:
                continue
            count = 0
            for condition in conditions:
                count += len((await session.execute(select(table).where(condition))).all())
            found[table.name] = count
    return found


async def user_id_of(database: Database, telegram_id: int) -> int:
    async with database.session() as session:
        user = await repo.get_user(session, telegram_id=telegram_id)
        assert user is not None
        return user.id


@pytest.fixture
def other(app: StillpointApp, api: FakeBotApi, factory: UpdateFactory) -> Chat:
    return Chat(app, api, user_id=OTHER, factory=factory)


# --- every table is accounted for ----------------------------------------------------------------


def test_every_table_is_user_scoped_or_declared_not_user_data() -> None:
    tables = {t.name for t in userdata.user_tables()}
    assert tables | set(userdata.NOT_USER_DATA) == set(Base.metadata.tables)
    # Children before parents: every table pointing at users is deleted from before users.
    order = [t.name for t in userdata.user_tables()]
    for table in userdata.user_tables():
        if any(fk.column.table.name == "users" for fk in table.foreign_keys):
            assert order.index(table.name) < order.index("users"), table.name


def test_a_new_table_that_is_neither_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(metadata)
    Table("mood_words", metadata, Column("id", Integer, primary_key=True), Column("word", String))
    with pytest.raises(userdata.UnscopedTableError, match="mood_words"):
        userdata.user_tables(metadata)
    monkeypatch.setitem(userdata.NOT_USER_DATA, "mood_words", "a shared word list")
    assert "mood_words" not in {t.name for t in userdata.user_tables(metadata)}


# --- /export -------------------------------------------------------------------------------------


def _back(value: Any, held: Any) -> Any:
    """A JSON value turned back into the Python type of the value held."""
    if value is None:
        return None
    if isinstance(held, datetime):
        return datetime.fromisoformat(value)
    if isinstance(held, date):
        return date.fromisoformat(value)
    if isinstance(held, time):
        return time.fromisoformat(value)
    if isinstance(held, enum.Enum):
        return type(held)(value)
    return value


async def test_export_round_trips_every_row_held(
    chat: Chat, other: Chat, database: Database, api: FakeBotApi
) -> None:
    await fill_every_table(other, database)
    await fill_every_table(chat, database)
    replies = await chat.send("/export")
    # The reply left over goes out first, then the export.
    assert replies[0] == "Still on its way"
    assert replies[1].startswith("Here is everything I hold about you, in 8 files:")
    files = documents(api, ME)
    assert sorted(files) == [
        "stillpoint-2026-11-25.json",
        "stillpoint-README-2026-11-25.txt",
        "stillpoint-caffeine-2026-11-25.csv",
        "stillpoint-caffeine_days-2026-11-25.csv",
        "stillpoint-checkins-2026-11-25.csv",
        "stillpoint-journal-2026-11-25.csv",
        "stillpoint-sessions-2026-11-25.csv",
        "stillpoint-sleep-2026-11-25.csv",
    ]
    exported = json.loads(files["stillpoint-2026-11-25.json"])
    assert exported["format"] == "stillpoint-export"
    assert exported["schema_version"] == 1
    assert set(exported["tables"]) == {t.name for t in userdata.user_tables()}

    me = await user_id_of(database, ME)
    classes = {m.local_table.name: m.class_ for m in Base.registry.mappers}
    async with database.session() as session:
        for name, rows in exported["tables"].items():
            if name == "outbox":
                # Replies not yet sent when the export was made; this one has gone out since.
                assert [r["payload"]["text"] for r in rows] == ["Still on its way"]
                continue
            cls = classes[name]
            table = Base.metadata.tables[name]
            key = "id" if name == "users" else "user_id" if "user_id" in table.c else "chat_id"
            wanted = ME if key == "chat_id" else me
            held = list(
                (
                    await session.execute(
                        select(cls).where(table.c[key] == wanted).order_by(*table.primary_key)
                    )
                ).scalars()
            )
            assert held, f"no rows of mine in {name}"
            assert len(rows) == len(held), name
            for row, orm in zip(rows, held, strict=True):
                for attr in inspect(cls).column_attrs:
                    value = getattr(orm, attr.key)
                    assert _back(row[attr.key], value) == value, (name, attr.key)
    # Nothing of the other person came along.
    dumped = json.dumps(exported)
    assert str(OTHER) not in dumped

    checkins = list(
        csv.DictReader(
            io.StringIO(files["stillpoint-checkins-2026-11-25.csv"].decode("utf-8-sig"))
        )
    )
    assert checkins == [
        {
            "date": "2026-11-25",
            "twitching_0_3": "1",
            "twitching_score_0_10": "",
            "where": "eyelid",
            "anxiety_0_10": "4",
            "bedtime_night_before": "23:00",
            "wake_time": "07:00",
            "caffeine_drinks": "2",
            "last_caffeine": "13:30",
            "going_on": "",
            # Asked that day, and none applied: said, not left empty as "not asked" is.
            "warning_signs": "none",
            "note": "Long day; eyelid on and off, calmer after a walk.",
        }
    ]
    # One drink logged, two in the check-in's answer: the answer is the day's count.
    days = files["stillpoint-caffeine_days-2026-11-25.csv"].decode("utf-8-sig").splitlines()
    assert days == [
        "date,caffeine_drinks,last_caffeine,counted_from",
        "2026-11-25,2,13:30,checkin",
    ]
    sleep = files["stillpoint-sleep-2026-11-25.csv"].decode("utf-8-sig").splitlines()
    assert sleep == [
        "night_ending_on,bedtime,wake_time,hours_in_bed",
        "2026-11-25,23:00,07:00,8.00",
    ]
    journal = list(
        csv.DictReader(io.StringIO(files["stillpoint-journal-2026-11-25.csv"].decode("utf-8-sig")))
    )
    assert [(j["time"], j["tags"], j["text"]) for j in journal] == [
        ("20:00", "work", "Presentation tomorrow, feeling it in my calves.")
    ]


async def test_the_readme_explains_every_file_and_column_sent(
    chat: Chat, database: Database, api: FakeBotApi
) -> None:
    await fill_every_table(chat, database)
    await chat.send("/export")
    files = documents(api, ME)
    readme = files.pop("stillpoint-README-2026-11-25.txt").decode("utf-8")
    assert readme.startswith("Your data from Stillpoint, exported on 25 November 2026.")
    for name, content in files.items():
        assert f"\n{name}\n" in readme
        if name.endswith(".csv"):
            header = content.decode("utf-8-sig").splitlines()[0].split(",")
            section = readme.split(f"\n{name}\n", 1)[1].split("\n\n", 1)[0]
            assert [line.split(":", 1)[0] for line in section.splitlines()[1:]] == [
                f"• {column}" for column in header
            ]


def test_every_csv_column_has_a_meaning_in_the_readme() -> None:
    for kind, columns in CSV_COLUMNS.items():
        meanings = export_words.column_descriptions(kind)
        assert set(meanings) == set(columns), kind
        assert all(meanings.values())


@pytest.mark.parametrize(("files", "words"), [(1, "in 1 file:"), (2, "in 2 files:")])
def test_the_export_counts_its_files_in_words(files: int, words: str) -> None:
    assert words in export_words.intro(files)


async def test_a_note_that_looks_like_a_formula_stays_text_in_the_spreadsheet_files(
    chat: Chat, api: FakeBotApi
) -> None:
    formula = '=HYPERLINK("http://example.com/x","open me")'
    await onboard(chat)
    await chat.send("/journal")
    await chat.send(formula)
    await chat.press("Done ✓")
    await chat.send("/export")
    files = documents(api, ME)
    [entry] = csv.DictReader(
        io.StringIO(files["stillpoint-journal-2026-11-25.csv"].decode("utf-8-sig"))
    )
    assert entry["text"] == "'" + formula  # shown as text, never run
    exported = json.loads(files["stillpoint-2026-11-25.json"])
    assert [e["text"] for e in exported["tables"]["journal_entries"]] == [formula]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+44 call", "'+44 call"),
        ("-drank coffee", "'-drank coffee"),
        ("@home", "'@home"),
        ("\tindent", "'\tindent"),
        ("calm day", "calm day"),
        ("", ""),
        (None, ""),
        (-3, -3),  # numbers we wrote ourselves stay numbers
        (2.5, 2.5),
    ],
)
def test_spreadsheet_safe(value: Any, written: Any) -> None:
    assert spreadsheet_safe(value) == written


async def test_export_for_someone_who_declined_holds_just_their_profile(
    chat: Chat, api: FakeBotApi
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("No, thanks")
    replies = await chat.send("/export")
    # Only the JSON and the README: the words name no CSV files that were not sent.
    assert replies[0].startswith("Here is everything I hold about you: one JSON file")
    assert "nothing yet for spreadsheet files" in replies[0]
    assert sorted(documents(api, ME)) == [
        "stillpoint-2026-11-25.json",
        "stillpoint-README-2026-11-25.txt",
    ]
    exported = json.loads(documents(api, ME)["stillpoint-2026-11-25.json"])
    [user] = exported["tables"]["users"]
    assert user["consent"] == "declined"
    assert exported["tables"]["checkins"] == []


# --- /delete -------------------------------------------------------------------------------------


async def test_delete_leaves_nothing_of_the_person_in_any_table(
    chat: Chat, other: Chat, database: Database
) -> None:
    await fill_every_table(other, database)
    await fill_every_table(chat, database)
    me, them = await user_id_of(database, ME), await user_id_of(database, OTHER)
    mine_before = await rows_of(database, ME, me)
    theirs_before = await rows_of(database, OTHER, them)
    # The test is only as good as its data: every user table must hold rows of both.
    for table in userdata.user_tables():
        assert mine_before[table.name] > 0, f"fill_every_table leaves {table.name} empty"
        assert theirs_before[table.name] > 0, table.name

    replies = await chat.send("/delete")
    assert replies[0] == "Still on its way"  # the reply left over goes out first
    assert "It can't be undone" in replies[1]
    assert "/export" in replies[1]
    assert chat.labels() == ["Yes, delete everything", "No, keep my data"]
    async with database.session() as session, session.begin():
        # Another reply still waiting when they confirm: it is erased with the rest, unsent.
        session.add(
            OutboxMessage(
                chat_id=ME,
                method="sendMessage",
                payload={"text": "Never sent", "buttons": []},
                created_at=NOW,
                attempts=0,
            )
        )
    replies = await chat.press("Yes, delete everything")
    assert replies[0].startswith("Done. Everything I held about you has been deleted")
    assert "Never sent" not in chat.api.texts(ME)

    assert await rows_of(database, ME, me) == dict.fromkeys(mine_before, 0)
    assert await rows_of(database, OTHER, them) == theirs_before
    # Their chat still works: a new message is a new beginning.
    replies = await chat.send("/checkin")
    assert replies[0] == "Let's get you set up first — it only takes a minute."


async def test_pressing_confirm_twice_deletes_once_and_answers_kindly(
    chat: Chat, database: Database
) -> None:
    await onboard(chat)
    await chat.send("/delete")
    confirm = chat.api.latest_with_buttons(ME)
    await chat.press("Yes, delete everything", message=confirm)
    replies = await chat.press("Yes, delete everything", message=confirm)
    assert replies == []
    assert chat.callback_answers()[-1]["text"] == "That question has passed."
    async with database.session() as session:
        assert await repo.get_user(session, telegram_id=ME) is None


async def test_no_keeps_everything(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await typical_day(chat)
    me = await user_id_of(database, ME)
    before = await rows_of(database, ME, me)
    await chat.send("/delete")
    replies = await chat.press("No, keep my data")
    assert replies[0] == "Okay — nothing was deleted. Everything stays as it was."
    assert await rows_of(database, ME, me) == before


async def test_delete_mid_checkin_and_typed_answers(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.send("/checkin")
    await chat.press("Mild")
    [question] = await chat.send("/delete")
    assert question.startswith("You're in the middle of your check-in — leave it?")
    replies = await chat.send("maybe")  # read as an answer to the check-in's question
    assert replies[0].startswith("Please tap one of the buttons below")
    replies = await chat.send("/cancel")
    assert "Nothing from it was kept" in replies[0]
    async with database.session() as session:
        assert await repo.get_user(session, telegram_id=ME) is not None
    await chat.send("/delete")
    replies = await chat.send("Yes, delete everything")
    assert replies[0].startswith("Done.")
    async with database.session() as session:
        assert await repo.get_user(session, telegram_id=ME) is None


async def test_delete_works_for_someone_who_never_finished_onboarding(
    chat: Chat, database: Database
) -> None:
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    await chat.send("Berlin")  # a user row exists from here on
    [question] = await chat.send("/delete")
    assert question.startswith("We're in the middle of setting you up — leave it for now?")
    await chat.press("Leave it")
    replies = await chat.press("Yes, delete everything")
    assert replies[0].startswith("Done.")
    async with database.session() as session:
        assert await repo.get_user(session, telegram_id=ME) is None
        count = await session.scalar(text("SELECT count(*) FROM flow_states"))
        assert count == 0


async def test_a_button_left_from_before_delete_answers_nothing_afterwards(
    chat: Chat, api: FakeBotApi
) -> None:
    """The conversation row goes with /delete; the next one must not reuse question numbers,
    or an old button could answer a new question."""
    await chat.send("/start")
    await chat.press("Set me up")
    await chat.press("Yes, keep them")
    old_buttons = [
        b["callback_data"]
        for sent in api.chat_messages(ME)
        for row in (sent.reply_markup or {}).get("inline_keyboard", [])
        for b in row
        if b["callback_data"].startswith("f")
    ]
    assert old_buttons
    await chat.send("/delete")
    await chat.press("Leave it")  # onboarding had an answer: leaving it is asked first
    await chat.press("Yes, delete everything")
    await chat.send("/start")
    for data in old_buttons:
        replies = await chat.press_data(data)
        assert chat.callback_answers()[-1]["text"] == "That question has passed.", data
        # and the new conversation is where it was: at its first question, asked again.
        [again] = replies
        assert again.startswith("If a muscle is twitching right now")


async def test_forged_delete_buttons_delete_nothing(chat: Chat, database: Database) -> None:
    await onboard(chat)
    await chat.press_data("m:delete")  # not a menu action: refused
    await chat.press_data("f99:o0")  # an answer to a question never asked
    await chat.press_data("m:go:delete")
    async with database.session() as session:
        assert await repo.get_user(session, telegram_id=ME) is not None
