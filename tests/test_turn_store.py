"""The turn's statements: record the update and lock and load the chat (one statement on
PostgreSQL), on both backends, and on PostgreSQL with two instances at once; then write the
new state with the replies."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage import Database, outbox, turn_store
from bot.storage.crypto import Keyring
from bot.storage.models import FlowStateRow, OutboxMessage, ProcessedUpdate, User
from bot.storage.outbox import Envelope
from tests.conftest import DatabaseFactory

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
CHAT = 4242
KEY = Fernet.generate_key().decode()


def _schema(databases: DatabaseFactory) -> dict[str, Any]:
    """Engine arguments for another Database on the test's own schema (PostgreSQL)."""
    if databases.schema is None:
        return {}
    return {"connect_args": {"server_settings": {"search_path": databases.schema}}}


async def claim(database: Database, update_id: int) -> turn_store.Loaded | None:
    async with database.transaction() as conn:
        return await turn_store.claim_and_load(
            conn, update_id=update_id, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )


async def count(database: Database, model: type) -> int:  # type: ignore[type-arg]
    async with database.session() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar())


async def test_a_first_message_makes_the_chat_and_a_retry_is_recognised(
    database: Database,
) -> None:
    first = await claim(database, 1)
    assert first is not None
    assert (first.flow, first.person) == (None, None)
    assert (first.waiting, first.exercising) == (False, False)
    assert 0 <= first.seq < turn_store.FIRST_SEQ_RANGE
    # Telegram delivers update 1 again: the committed turn already had it.
    assert await claim(database, 1) is None
    second = await claim(database, 2)
    assert second is not None
    assert second.seq == first.seq  # the same chat row, read back
    assert await count(database, FlowStateRow) == 1
    assert await count(database, ProcessedUpdate) == 2


async def test_a_first_message_retried_before_any_row_exists_is_still_recognised(
    database: Database,
) -> None:
    """The claim's answer must not depend on the chat having a row: a new chat's first
    update, retried, is a duplicate like any other."""
    async with database.transaction() as conn:
        assert await turn_store.claim_and_load(
            conn, update_id=7, chat_id=CHAT + 1, telegram_id=CHAT + 1, now=NOW
        )
    async with database.transaction() as conn:
        assert (
            await turn_store.claim_and_load(
                conn, update_id=7, chat_id=CHAT + 2, telegram_id=CHAT + 2, now=NOW
            )
            is None
        )


async def test_a_turn_that_did_not_commit_leaves_no_claim(database: Database) -> None:
    async def dies_mid_turn() -> None:
        async with database.transaction() as conn:
            assert await turn_store.claim_and_load(
                conn, update_id=3, chat_id=CHAT, telegram_id=CHAT, now=NOW
            )
            raise RuntimeError("the process dies mid-turn")

    with pytest.raises(RuntimeError):
        await dies_mid_turn()
    assert await claim(database, 3) is not None  # so the re-delivery runs the turn


@pytest.mark.parametrize("databases", ["postgres"], indirect=True)
async def test_two_instances_with_one_update_take_turns_and_only_one_runs_it(
    databases: DatabaseFactory,
) -> None:
    one, two = databases.opened[0], databases.open()
    await claim(one, 1)  # the chat exists
    holding = asyncio.Event()
    release = asyncio.Event()

    async def first() -> turn_store.Loaded | None:
        async with one.transaction() as conn:
            loaded = await turn_store.claim_and_load(
                conn, update_id=9, chat_id=CHAT, telegram_id=CHAT, now=NOW
            )
            holding.set()
            await release.wait()
            return loaded

    running = asyncio.create_task(first())
    await holding.wait()
    # The other instance gets Telegram's retry while the first turn is still open: it waits
    # for the chat's lock and the update's claim, then sees the committed turn had it.
    retried = asyncio.create_task(claim(two, 9))
    done, _ = await asyncio.wait({retried}, timeout=0.2)
    assert not done  # it waits: no answer while the first turn holds the chat
    release.set()
    assert await running is not None
    assert await asyncio.wait_for(retried, timeout=10) is None


async def test_the_new_state_and_the_replies_are_stored_together_as_their_columns_store_them(
    databases: DatabaseFactory,
) -> None:
    """On PostgreSQL one statement writes both; on either backend the values go through the
    columns' own types: the unfinished flow's answers are encrypted, times are aware UTC, and
    the replies come back in the order the turn made them."""
    keyed = Database(databases.url, keyring=Keyring([KEY]), **_schema(databases))
    databases.opened.append(keyed)
    words = [Envelope("sendMessage", {"text": f"reply {n}"}) for n in range(3)]
    async with keyed.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=11, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
        assert loaded is not None
        pending = await turn_store.save_with_replies(
            conn,
            chat_id=CHAT,
            state=turn_store.NewState(
                flow="journal",
                step="tags",
                data={"text": "a private line"},
                history=["write"],
                seq=loaded.seq + 1,
                paused=False,
            ),
            update_id=11,
            envelopes=words,
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
            waiting=False,
        )
    assert [row.payload["text"] for row in pending] == ["reply 0", "reply 1", "reply 2"]
    assert [row.id for row in pending] == sorted(row.id for row in pending)
    assert {(row.lease_until, row.chat_id) for row in pending} == {
        (NOW + timedelta(seconds=30), CHAT)
    }
    async with keyed.session() as session:
        stored = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
        assert [(row.id, row.payload) for row in stored] == [
            (row.id, row.payload) for row in pending
        ]
        assert {row.created_at for row in stored} == {NOW}
        assert {row.lease_owner for row in stored} == {"me"}
        state = await session.get(FlowStateRow, CHAT)
        assert state is not None
        assert (state.flow, state.step, state.history, state.seq, state.updated_at) == (
            "journal",
            "tags",
            ["write"],
            loaded.seq + 1,
            NOW,
        )
        assert state.data == {"text": "a private line"}
    async with keyed.engine.connect() as connection:
        raw = (await connection.execute(text("SELECT data FROM flow_states"))).scalar_one()
    assert "private" not in raw  # encrypted at rest, as the ORM would have written it
    async with keyed.transaction() as conn:
        again = await turn_store.claim_and_load(
            conn, update_id=12, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
    assert again is not None
    assert (again.flow, again.data, again.waiting) == ("journal", {"text": "a private line"}, True)


async def test_replies_behind_older_waiting_ones_wait_too_and_the_state_is_still_saved(
    database: Database,
) -> None:
    """The path where the outbox must look at the chat's older replies first: the state is
    written on its own, and the new replies queue behind the ones Telegram refused a moment
    ago, sent by no one now."""
    async with database.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=21, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
        assert loaded is not None
        await outbox.add(
            conn,
            chat_id=CHAT,
            update_id=21,
            envelopes=[Envelope("sendMessage", {"text": "older"})],
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
            waiting=False,
        )
    # Telegram asked for a pause: the older reply is given back until then.
    async with database.session() as session, session.begin():
        rows = (await session.scalars(select(OutboxMessage))).all()
        await outbox.release(
            session, ids=[row.id for row in rows], owner="me", retry_at=NOW + timedelta(seconds=20)
        )
    async with database.transaction() as conn:
        loaded = await turn_store.claim_and_load(
            conn, update_id=22, chat_id=CHAT, telegram_id=CHAT, now=NOW
        )
        assert loaded is not None
        assert loaded.waiting
        pending = await turn_store.save_with_replies(
            conn,
            chat_id=CHAT,
            state=turn_store.NewState(
                flow=None, step=None, data={}, history=[], seq=loaded.seq + 1, paused=False
            ),
            update_id=22,
            envelopes=[Envelope("sendMessage", {"text": "newer"})],
            owner="me",
            lease=timedelta(seconds=30),
            now=NOW,
            waiting=True,
        )
    assert pending == []  # the sweeper sends both, in order, once the pause is over
    async with database.session() as session:
        stored = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
        assert [(row.payload["text"], row.lease_owner) for row in stored] == [
            ("older", None),
            ("newer", None),
        ]
        state = await session.get(FlowStateRow, CHAT)
        assert state is not None
        assert state.seq == loaded.seq + 1


async def test_the_person_is_read_as_their_row_is_now(databases: DatabaseFactory) -> None:
    """A person's decoded row is kept by its stored values: a change between two turns (a
    new language, new medications, encrypted) is read by the next one."""
    keyed = Database(databases.url, keyring=Keyring([KEY]), **_schema(databases))
    databases.opened.append(keyed)
    async with keyed.session() as session, session.begin():
        session.add(
            User(
                telegram_id=CHAT,
                chat_id=CHAT,
                language="de",
                medications="a",
                created_at=NOW,
                updated_at=NOW,
            )
        )
    await claim(keyed, 1)  # makes the chat's row
    seen = []
    for update_id, language, medications in ((2, "de", "a"), (3, "fr", "a"), (4, "fr", "b")):
        async with keyed.session() as session, session.begin():
            await session.execute(
                update(User)
                .where(User.telegram_id == CHAT)
                .values(language=language, medications=medications)
            )
        loaded = await claim(keyed, update_id)
        assert loaded is not None
        assert loaded.person is not None
        assert loaded.user is not None
        seen.append((loaded.person.language, loaded.user["language"], loaded.user["medications"]))
    assert seen == [("de", "de", "a"), ("fr", "fr", "a"), ("fr", "fr", "b")]


async def test_the_person_made_from_the_row_is_as_if_loaded(databases: DatabaseFactory) -> None:
    """Nothing is written for them unless an action changes them; what it changes is."""
    database = databases.opened[0]
    async with database.session() as session, session.begin():
        session.add(User(telegram_id=CHAT, chat_id=CHAT, created_at=NOW, updated_at=NOW))
    loaded = await claim(database, 1)
    assert loaded is not None
    assert loaded.user is not None
    async with database.transaction() as conn:
        session = AsyncSession(bind=conn, expire_on_commit=False)
        user = turn_store.attach_user(session, loaded.user)
        assert not session.new
        assert not session.dirty
        assert user.telegram_id == CHAT
        user.language = "pt"
        await session.flush()
        await session.close()
    async with database.session() as session:
        assert await session.scalar(select(User.language)) == "pt"


def test_the_person_can_be_made_before_the_mappers_are_configured() -> None:
    """The first thing a new process does with the ORM may be a turn's person."""
    script = (
        "from datetime import UTC, datetime\n"
        "from bot.storage import turn_store\n"
        "from bot.storage.models import User\n"
        "now = datetime.now(UTC)\n"
        "row = {c.name: None for c in User.__table__.columns}\n"
        "row.update(id=1, telegram_id=2, chat_id=2, status='active', created_at=now)\n"
        "class Fake:\n"
        "    def add(self, found): self.found = found\n"
        "user = turn_store.attach_user(Fake(), row)\n"
        "assert user.telegram_id == 2\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
