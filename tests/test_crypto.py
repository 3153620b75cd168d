"""Journal text and check-in notes are encrypted at rest, survive key rotation, and old clear
rows still read."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select, text

from bot import cli
from bot.config import SettingsError, load_settings
from bot.storage import Database, crypto, repo, turn_store
from bot.storage.crypto import Keyring, UnreadableText
from bot.storage.models import ENCRYPTED_COLUMNS, CheckIn, FlowStateRow, JournalEntry, User
from bot.transport.updates import UpdateFactory
from tests.auxil.chat import Chat
from tests.auxil.fake_bot_api import FakeBotApi
from tests.conftest import AppMaker, DatabaseFactory
from tests.test_onboarding import onboard

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
KEY_A, KEY_B = Fernet.generate_key().decode(), Fernet.generate_key().decode()
SECRET = "Argued with my sister about the wedding, eyelid going all evening"


def open_db(databases: DatabaseFactory, *keys: str) -> Database:
    """Another Database on the test database, holding these keys (none: clear mode)."""
    kwargs: dict[str, Any] = {}
    if databases.schema:
        kwargs["connect_args"] = {"server_settings": {"search_path": databases.schema}}
    database = Database(databases.url, keyring=Keyring(keys) if keys else None, **kwargs)
    databases.opened.append(database)
    return database


async def add_user(database: Database, telegram_id: int = 1) -> int:
    async with database.session() as session, session.begin():
        user = await repo.get_or_create_user(
            session, telegram_id=telegram_id, chat_id=telegram_id, language="en", now=NOW
        )
        return user.id


async def write_entry(database: Database, user_id: int, body: str) -> int:
    async with database.session() as session, session.begin():
        entry = JournalEntry(user_id=user_id, at=NOW, text=body, tags=[])
        session.add(entry)
        await session.flush()
        return entry.id


async def read_entry(database: Database, entry_id: int) -> str:
    async with database.session() as session:
        entry = await session.get(JournalEntry, entry_id)
        assert entry is not None
        return entry.text


async def raw_texts(database: Database) -> list[str]:
    async with database.engine.connect() as connection:
        rows = await connection.execute(text("SELECT text FROM journal_entries ORDER BY id"))
        return [row[0] for row in rows]


async def test_ciphertext_is_what_the_database_holds(databases: DatabaseFactory) -> None:
    keyed = open_db(databases, KEY_A)
    entry_id = await write_entry(keyed, await add_user(keyed), SECRET)

    (stored,) = await raw_texts(keyed)
    assert stored.startswith("enc1:")
    assert "sister" not in stored
    assert "eyelid" not in stored
    assert await read_entry(keyed, entry_id) == SECRET
    # Another instance with the same key reads it; the same text encrypts differently each time.
    other = open_db(databases, KEY_A)
    assert await read_entry(other, entry_id) == SECRET
    second = await write_entry(other, 1, SECRET)
    assert len(set(await raw_texts(other))) == 2
    assert await read_entry(keyed, second) == SECRET


async def test_notes_written_through_the_chat_are_encrypted(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi
) -> None:
    keyed = open_db(databases, KEY_A)
    app = await make_app(keyed)
    chat = Chat(app, api, 4242, UpdateFactory(app.bot))
    await onboard(chat)
    await chat.send("/journal")
    await chat.send(SECRET)
    await chat.press("Done ✓")
    async with keyed.session() as session, session.begin():
        user = await repo.get_user(session, telegram_id=4242)
        assert user is not None
        await repo.save_checkin(
            session, user=user, day=date(2026, 11, 25), fields={"note": "Priya again"}, now=NOW
        )

    async with keyed.engine.connect() as connection:
        journal = (await connection.execute(text("SELECT text FROM journal_entries"))).scalar()
        note = (await connection.execute(text("SELECT note FROM checkins"))).scalar()
    assert journal is not None
    assert journal.startswith("enc1:")
    assert "sister" not in journal
    assert note is not None
    assert note.startswith("enc1:")
    assert "Priya" not in note
    async with keyed.session() as session:
        entry = (await session.execute(select(JournalEntry))).scalar_one()
        checkin = (await session.execute(select(CheckIn))).scalar_one()
    assert entry.text == SECRET
    assert checkin.note == "Priya again"


async def test_clear_legacy_rows_still_read(databases: DatabaseFactory) -> None:
    clear = open_db(databases)
    user_id = await add_user(clear)
    async with clear.engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO journal_entries (user_id, at, text, tags) "
                "VALUES (:user_id, :at, :text, '[]')"
            ),
            {"user_id": user_id, "at": NOW.replace(tzinfo=None), "text": "written in 2025"},
        )
    keyed = open_db(databases, KEY_A)
    async with keyed.session() as session:
        entry = (await session.execute(select(JournalEntry))).scalar_one()
    assert entry.text == "written in 2025"


async def test_without_a_key_text_is_clear_and_prefixes_are_escaped(
    databases: DatabaseFactory,
) -> None:
    clear = open_db(databases)
    user_id = await add_user(clear)
    plain = await write_entry(clear, user_id, "just tired")
    tricky = await write_entry(clear, user_id, "enc1:not really a token")
    assert await raw_texts(clear) == ["just tired", "clr1:enc1:not really a token"]
    assert await read_entry(clear, plain) == "just tired"
    assert await read_entry(clear, tricky) == "enc1:not really a token"


async def test_encrypted_rows_need_a_key_that_opens_them(databases: DatabaseFactory) -> None:
    keyed = open_db(databases, KEY_A)
    entry_id = await write_entry(keyed, await add_user(keyed), SECRET)
    with pytest.raises(UnreadableText) as missing:
        await read_entry(open_db(databases), entry_id)
    with pytest.raises(UnreadableText) as wrong:
        await read_entry(open_db(databases, KEY_B), entry_id)
    for caught in (missing, wrong):
        assert "ENCRYPTION_KEYS" in str(caught.value)
        assert KEY_A not in str(caught.value)
        assert SECRET not in str(caught.value)


async def test_rotation_reencrypts_every_row_with_the_newest_key(
    databases: DatabaseFactory,
) -> None:
    clear = open_db(databases)
    user_id = await add_user(clear)
    legacy = await write_entry(clear, user_id, "from before encryption")
    old = open_db(databases, KEY_A)
    entries = [await write_entry(old, user_id, f"entry {n}") for n in range(7)]
    async with old.session() as session, session.begin():
        user = await session.get(User, user_id)
        assert user is not None
        await repo.save_checkin(
            session, user=user, day=date(2026, 11, 24), fields={"note": "slept badly"}, now=NOW
        )
        await repo.save_checkin(session, user=user, day=date(2026, 11, 25), fields={}, now=NOW)

    rotated = open_db(databases, KEY_B, KEY_A)
    assert await read_entry(rotated, entries[3]) == "entry 3"  # old key still reads
    done = await crypto.reencrypt(
        rotated.engine,
        [(JournalEntry.__table__, "text"), (CheckIn.__table__, "note")],  # type: ignore[list-item]
        batch=3,
    )
    assert (done.rows, done.unreadable) == (9, 0)  # 8 entries + 1 note; the empty note skipped

    only_new = open_db(databases, KEY_B)
    assert await read_entry(only_new, legacy) == "from before encryption"
    assert [await read_entry(only_new, e) for e in entries] == [f"entry {n}" for n in range(7)]
    async with only_new.session() as session:
        notes = (await session.execute(select(CheckIn.note).order_by(CheckIn.local_date))).all()
    assert [n for (n,) in notes] == ["slept badly", None]
    assert all(stored.startswith("enc1:") for stored in await raw_texts(only_new))
    with pytest.raises(UnreadableText):
        await read_entry(open_db(databases, KEY_A), entries[0])


async def test_reencrypt_counts_rows_no_key_opens(databases: DatabaseFactory) -> None:
    stranger = open_db(databases, KEY_B)
    await write_entry(stranger, await add_user(stranger), "someone else's key")
    mine = open_db(databases, KEY_A)
    await write_entry(mine, 1, "mine")
    done = await crypto.reencrypt(mine.engine, [(JournalEntry.__table__, "text")])  # type: ignore[list-item]
    assert (done.rows, done.unreadable) == (1, 1)


def test_bad_key_setting_is_one_line_without_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir("/")
    bad = "this-is-not-a-fernet-key-at-all"
    monkeypatch.setenv("ENCRYPTION_KEYS", f"{KEY_A},{bad}")
    with pytest.raises(SettingsError) as caught:
        load_settings(_env_file=None)
    message = str(caught.value)
    assert message.startswith("ENCRYPTION_KEYS: key 2 is not a key")
    assert "\n" not in message
    assert bad not in message
    assert KEY_A not in message


def test_key_setting_builds_a_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ENCRYPTION_KEYS", f" {KEY_B} , {KEY_A} ")
    settings = load_settings(_env_file=None)
    keyring = settings.keyring()
    assert keyring is not None
    token = keyring.encrypt("hello")
    assert Keyring([KEY_B]).decrypt(token.removeprefix("enc1:")) == "hello"
    monkeypatch.setenv("ENCRYPTION_KEYS", "")
    assert load_settings(_env_file=None).keyring() is None


def test_new_key_command_prints_a_usable_key(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["new-key"]) == 0
    key = capsys.readouterr().out.strip()
    assert Keyring([key]).decrypt(Keyring([key]).encrypt("x").removeprefix("enc1:")) == "x"


def test_reencrypt_command_needs_a_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ENCRYPTION_KEYS", raising=False)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'sp.db'}")
    assert cli.main(["reencrypt"]) == 2
    assert "ENCRYPTION_KEYS is not set" in capsys.readouterr().err


def test_reencrypt_command_encrypts_clear_rows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'sp.db'}")
    monkeypatch.delenv("ENCRYPTION_KEYS", raising=False)
    assert cli.main(["migrate"]) == 0
    monkeypatch.setenv("ENCRYPTION_KEYS", KEY_A)
    assert cli.main(["reencrypt"]) == 0
    assert "Re-encrypted 0 entries" in capsys.readouterr().out


def test_start_up_says_once_that_notes_are_clear(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    crypto.announce(None)
    crypto.announce(Keyring([KEY_A]))
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert "stored in clear" in messages[0]
    assert "encrypted at rest" in messages[1]


# --- a conversation in progress -----------------------------------------------------------------


async def raw_flow_data(database: Database) -> str:
    async with database.engine.connect() as connection:
        stored = (await connection.execute(text("SELECT data FROM flow_states"))).scalar()
    assert isinstance(stored, str)
    return stored


async def test_text_typed_into_an_unfinished_flow_is_encrypted(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi
) -> None:
    keyed = open_db(databases, KEY_A)
    app = await make_app(keyed)
    chat = Chat(app, api, 4242, UpdateFactory(app.bot))
    await onboard(chat)
    await chat.send("/journal")
    await chat.send(SECRET)  # typed, but the tags question is still open

    stored = await raw_flow_data(keyed)
    assert stored.startswith("enc1:")
    assert "sister" not in stored
    assert "wedding" not in stored
    async with keyed.session() as session:
        row = (await session.execute(select(FlowStateRow))).scalar_one()
    assert row.data["text"] == SECRET
    # The flow goes on from the encrypted state and saves the entry whole.
    await chat.press("Done ✓")
    async with keyed.session() as session:
        entry = (await session.execute(select(JournalEntry))).scalar_one()
    assert entry.text == SECRET


async def test_without_a_key_flow_state_is_plain_json(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi
) -> None:
    clear = open_db(databases)
    app = await make_app(clear)
    chat = Chat(app, api, 4242, UpdateFactory(app.bot))
    await onboard(chat)
    await chat.send("/journal")
    await chat.send("Кот опять разбудил в пять")
    stored = await raw_flow_data(clear)
    assert json.loads(stored)["text"] == "Кот опять разбудил в пять"
    assert "Кот" in stored  # kept compact: not \\u-escaped


async def test_flow_state_written_before_encryption_still_reads_and_rotates(
    databases: DatabaseFactory,
) -> None:
    clear = open_db(databases)
    async with clear.engine.begin() as connection:
        # As the JSON column held it before flow state was encrypted; a group chat's id.
        await connection.execute(
            text(
                "INSERT INTO flow_states (chat_id, telegram_id, flow, step, data, history, seq, "
                "paused, updated_at) VALUES (-100123, 5, 'journal', 'tags', :data, '[]', 3, "
                ":paused, :at)"
            ),
            {
                "data": json.dumps({"text": SECRET}),
                "paused": False,
                "at": NOW.replace(tzinfo=None),
            },
        )
    rotated = open_db(databases, KEY_B, KEY_A)
    async with rotated.session() as session:
        row = await session.get(FlowStateRow, -100123)
        assert row is not None
        assert row.data == {"text": SECRET}

    done = await crypto.reencrypt(rotated.engine, ENCRYPTED_COLUMNS)
    assert (done.rows, done.unreadable) == (1, 0)
    stored = await raw_flow_data(rotated)
    assert stored.startswith("enc1:")
    only_new = open_db(databases, KEY_B)
    async with only_new.session() as session:
        row = await session.get(FlowStateRow, -100123)
        assert row is not None
        assert row.data == {"text": SECRET}


async def test_reencrypt_covers_flow_state_after_a_rotation(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi
) -> None:
    old = open_db(databases, KEY_A)
    app = await make_app(old)
    chat = Chat(app, api, 4242, UpdateFactory(app.bot))
    await onboard(chat)
    await chat.send("/journal")
    await chat.send(SECRET)

    rotated = open_db(databases, KEY_B, KEY_A)
    done = await crypto.reencrypt(rotated.engine, ENCRYPTED_COLUMNS)
    assert (done.rows, done.unreadable) == (1, 0)  # the flow state (no entries or notes yet)
    with pytest.raises(UnreadableText):
        async with open_db(databases, KEY_A).session() as session:
            await session.get(FlowStateRow, 4242)
    async with open_db(databases, KEY_B).session() as session:
        row = await session.get(FlowStateRow, 4242)
        assert row is not None
        assert row.data["text"] == SECRET


async def test_reencrypt_leaves_a_flow_state_that_moved_on_meanwhile(
    databases: DatabaseFactory,
) -> None:
    keyed = open_db(databases, KEY_A)
    async with keyed.transaction() as conn:
        await turn_store.lock_and_load(conn, chat_id=9, telegram_id=9, now=NOW)
    read = await raw_flow_data(keyed)
    # A turn commits between reencrypt's read and its write...
    async with keyed.transaction() as conn:
        loaded = await turn_store.lock_and_load(conn, chat_id=9, telegram_id=9, now=NOW)
        await turn_store.save_state(
            conn,
            chat_id=9,
            flow=loaded.flow,
            step=loaded.step,
            data={"text": "newer"},
            history=list(loaded.history),
            seq=loaded.seq,
            paused=loaded.paused,
            now=NOW,
        )
    newer = await raw_flow_data(keyed)
    # ...so the rewrite of what it read changes nothing, and the newer state stays.
    async with keyed.engine.begin() as connection:
        table = FlowStateRow.__table__
        changed = await crypto.rewrite(connection, table, "data", 9, read, "enc1:stale")  # type: ignore[arg-type]
    assert changed == 0
    assert await raw_flow_data(keyed) == newer
    async with keyed.engine.begin() as connection:
        changed = await crypto.rewrite(connection, table, "data", 9, newer, read)  # type: ignore[arg-type]
    assert changed == 1


async def test_a_chat_outside_any_flow_costs_no_encryption(
    databases: DatabaseFactory, make_app: AppMaker, api: FakeBotApi
) -> None:
    keyed = open_db(databases, KEY_A)
    app = await make_app(keyed)
    chat = Chat(app, api, 4242, UpdateFactory(app.bot))
    await onboard(chat)
    await chat.send("/journal")
    await chat.send(SECRET)
    assert (await raw_flow_data(keyed)).startswith("enc1:")
    await chat.press("Done ✓")  # the flow ends: its state is empty, and nothing is in it
    assert await raw_flow_data(keyed) == "{}"
