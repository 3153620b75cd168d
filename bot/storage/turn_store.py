"""The statements every turn makes, as plain SQL on the turn's own connection (`sqlite_hot`,
`pg_hot`): lock and load the chat's state with its person (and whether replies are still
waiting), write the state back with the replies. ORM objects are loaded only when an action
or effect needs them: building and flushing them on every update cost more than everything
else a turn does.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Column, Table, and_, bindparam, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import configure_mappers, make_transient_to_detached

from bot.storage import outbox, pg_hot
from bot.storage import sqlite_hot as hot
from bot.storage.crypto import EncryptedJSON, EncryptedText
from bot.storage.models import (
    Consent,
    FlowStateRow,
    ProcessedUpdate,
    User,
    UserStatus,
)

__all__ = [
    "FIRST_SEQ_RANGE",
    "Loaded",
    "NewState",
    "Person",
    "attach_user",
    "claim_and_load",
    "forget_state",
    "lock_and_load",
    "reactivate",
    "save_state",
    "save_with_replies",
]

# Question numbers of a new chat start below this: buttons carry at most 9 digits, which
# leaves 900 million questions to count up through.
FIRST_SEQ_RANGE = 10**8

_STATES: Table = FlowStateRow.__table__  # type: ignore[assignment]
_USERS: Table = User.__table__  # type: ignore[assignment]
_LEDGER: Table = ProcessedUpdate.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Person:
    """What a turn reads of its person before any action needs the full row."""

    id: int
    language: str | None
    time_zone: str | None
    wake_time: time | None
    bedtime: time | None
    caffeine_cutoff: time | None
    checkin_time: time | None
    consent: Consent | None
    onboarded_at: datetime | None
    status: UserStatus


@dataclass(frozen=True)
class Loaded:
    flow: str | None
    step: str | None
    data: dict[str, Any]
    history: tuple[str, ...]
    seq: int
    paused: bool
    person: Person | None
    # The person's whole row as read with the state (None before they are known), from which
    # the turn makes their ORM object if an action needs it, without reading it again.
    user: dict[str, Any] | None
    # Replies of this chat still in the outbox (usually none).
    waiting: bool
    # A guided exercise runs in this chat now.
    exercising: bool


# What `Person` holds of the row.
_PERSON_FIELDS = tuple(field.name for field in fields(Person))


def _person(user: dict[str, Any] | None) -> Person | None:
    return None if user is None else Person(**{name: user[name] for name in _PERSON_FIELDS})


async def claim_and_load(
    conn: AsyncConnection, *, update_id: int, chat_id: int, telegram_id: int, now: datetime
) -> Loaded | None:
    """Record `update_id` as handled by this transaction and lock and load the chat's state;
    None when a committed turn already handled it (a retried delivery)."""
    if conn.dialect.name != "postgresql":
        if not await outbox.claim_update(conn, update_id=update_id, now=now):
            return None
        return await lock_and_load(conn, chat_id=chat_id, telegram_id=telegram_id, now=now)
    # One round trip: the claim, then the chat's row (all NULL before its first message).
    codec = pg_hot.codec(conn)
    raw = await pg_hot.raw_connection(conn)
    stamp = codec.bind(_LEDGER.c.received_at)(now)
    row = await raw.fetchrow(pg_hot.CLAIM_AND_LOAD, update_id, stamp, chat_id)
    if not row[0]:
        return None
    if row[5] is None:
        # A chat's first message (seq is never NULL in a row): make its row, then read it.
        return await _create_and_load_pg(conn, chat_id=chat_id, telegram_id=telegram_id, now=now)
    return _decoded(codec, tuple(row)[1:], pg_hot.LOADED_STATE, pg_hot.LOADED_USER)


async def lock_and_load(
    conn: AsyncConnection, *, chat_id: int, telegram_id: int, now: datetime
) -> Loaded:
    """The chat's state, locked until the transaction ends, with its person: one statement
    for a chat seen before (a first message creates the row, then reads it)."""
    if conn.dialect.name == "postgresql":
        return await _lock_and_load_pg(conn, chat_id=chat_id, telegram_id=telegram_id, now=now)
    return await _lock_and_load_sqlite(conn, chat_id=chat_id, telegram_id=telegram_id, now=now)


def _new_row(codec: hot.Codec, now: datetime) -> tuple[Any, ...]:
    """What a new chat's row starts with (after its chat and person): no answers, and a
    random question number, so that after /delete removed the old row, buttons still in the
    chat do not answer the new conversation's questions."""
    columns = _STATES.c
    return (
        codec.bind(columns.data)({}),
        codec.bind(columns.history)([]),
        secrets.randbelow(FIRST_SEQ_RANGE),
        codec.bind(columns.updated_at)(now),
    )


async def _lock_and_load_pg(
    conn: AsyncConnection, *, chat_id: int, telegram_id: int, now: datetime
) -> Loaded:
    codec = pg_hot.codec(conn)
    raw = await pg_hot.raw_connection(conn)
    row = await raw.fetchrow(pg_hot.LOAD, chat_id)
    if row is None:
        return await _create_and_load_pg(conn, chat_id=chat_id, telegram_id=telegram_id, now=now)
    return _decoded(codec, tuple(row), pg_hot.LOADED_STATE, pg_hot.LOADED_USER)


async def _create_and_load_pg(
    conn: AsyncConnection, *, chat_id: int, telegram_id: int, now: datetime
) -> Loaded:
    """A chat with no row yet: make it (unless another transaction just did), then lock and
    load it."""
    codec = pg_hot.codec(conn)
    raw = await pg_hot.raw_connection(conn)
    await raw.execute(pg_hot.CREATE, chat_id, telegram_id, *_new_row(codec, now))
    row = await raw.fetchrow(pg_hot.LOAD, chat_id)
    assert row is not None
    return _decoded(codec, tuple(row), pg_hot.LOADED_STATE, pg_hot.LOADED_USER)


async def _lock_and_load_sqlite(
    conn: AsyncConnection, *, chat_id: int, telegram_id: int, now: datetime
) -> Loaded:
    codec = hot.codec(conn)
    raw = await hot.raw_connection(conn)
    row = raw.execute(hot.LOAD, (chat_id,)).fetchone()
    if row is None:
        raw.execute(hot.CREATE, (chat_id, telegram_id, *_new_row(codec, now)))
        row = raw.execute(hot.LOAD, (chat_id,)).fetchone()
        assert row is not None
    return _decoded(codec, row, hot.LOADED_STATE, hot.LOADED_USER)


def _decoded(
    codec: hot.Codec,
    row: tuple[Any, ...],
    state_columns: tuple[Column[Any], ...],
    user_columns: tuple[Column[Any], ...],
) -> Loaded:
    """A loaded row (the state's columns, waiting, exercising, the person's columns) decoded
    by the columns' own types."""
    state = [codec.result(c)(v) for c, v in zip(state_columns, row[:6], strict=True)]
    user, person = None, None
    if row[8] is not None:
        user, person = _user(codec, user_columns, tuple(row[8:]))
    flow, step, data, history, seq, paused = state
    return Loaded(
        flow=flow,
        step=step,
        data=dict(data or {}),
        history=tuple(history or ()),
        seq=seq,
        paused=bool(paused),
        person=person,
        user=user,
        waiting=bool(row[6]),
        exercising=bool(row[7]),
    )


# The person's row as last decoded, by its stored values: a person's row rarely changes
# between their turns, and decoding it (times and dates parsed from text on SQLite, enums) cost
# more than reading it. Encrypted columns are left out of the key and decoded every time, so
# no one's words stay in clear here.
_DECODED: dict[tuple[Any, ...], tuple[dict[str, Any], Person]] = {}
_KEEP_DECODED = 4096


def _user(
    codec: hot.Codec, columns: tuple[Column[Any], ...], stored: tuple[Any, ...]
) -> tuple[dict[str, Any], Person]:
    """The person's row decoded by the columns' types (a dict of its own), and their Person."""
    secret = _secret_columns(columns)
    key = (codec, id(columns), *(None if i in secret else v for i, v in enumerate(stored)))
    keep = True
    try:
        found = _DECODED.get(key)
    except TypeError:  # a stored value that cannot be a key: decode as it comes
        found, keep = None, False
    if found is None:
        user = {
            c.name: codec.result(c)(v)
            for i, (c, v) in enumerate(zip(columns, stored, strict=True))
            if i not in secret
        }
        person = _person(user)
        assert person is not None
        found = (user, person)
        if keep:
            if len(_DECODED) >= _KEEP_DECODED:
                _DECODED.clear()
            _DECODED[key] = found
    user = dict(found[0])
    for i in secret:
        user[columns[i].name] = codec.result(columns[i])(stored[i])
    return user, found[1]


@cache
def _secret_columns(columns: tuple[Column[Any], ...]) -> frozenset[int]:
    return frozenset(
        i for i, c in enumerate(columns) if isinstance(c.type, EncryptedText | EncryptedJSON)
    )


def attach_user(session: AsyncSession, user: dict[str, Any]) -> User:
    """The person's ORM object made from the row `lock_and_load` read, placed in `session` as
    if just loaded from it: what an action changes is written at the flush, and the row is
    not read a second time."""
    # Made as the ORM's loader makes an object from a row: its values placed in the instance's
    # dict, not set one by one through the constructor's instrumented attributes (20 µs instead
    # of 49 µs with the session's add); the row holds every column, so none is left unloaded.
    # The constructor would configure the mappers on first use; made this way, that is ours.
    if not User.__mapper__.configured:
        configure_mappers()
    found: User = _USER_CLASS.new_instance()
    found.__dict__.update(user)
    make_transient_to_detached(found)
    session.add(found)
    return found


_USER_CLASS = User.__mapper__.class_manager


@dataclass(frozen=True)
class NewState:
    """The state a turn leaves its chat in, to be written back."""

    flow: str | None
    step: str | None
    data: dict[str, Any]
    history: list[str]
    seq: int
    paused: bool


async def save_state(
    conn: AsyncConnection,
    *,
    chat_id: int,
    flow: str | None,
    step: str | None,
    data: dict[str, Any],
    history: list[str],
    seq: int,
    paused: bool,
    now: datetime,
) -> None:
    state = NewState(flow=flow, step=step, data=data, history=history, seq=seq, paused=paused)
    if conn.dialect.name == "postgresql":
        raw = await pg_hot.raw_connection(conn)
        await raw.execute(pg_hot.SAVE, *_pg_state(conn, chat_id, state, now))
        return
    codec = hot.codec(conn)
    columns = hot.STATE_COLUMNS
    raw_sqlite = await hot.raw_connection(conn)
    raw_sqlite.execute(
        hot.SAVE,
        (
            flow,
            step,
            codec.bind(columns.data)(data),
            codec.bind(columns.history)(history),
            seq,
            codec.bind(columns.paused)(paused),
            hot.now_text(codec, now),
            chat_id,
        ),
    )


def _pg_state(conn: AsyncConnection, chat_id: int, state: NewState, now: datetime) -> list[Any]:
    values = {
        "flow": state.flow,
        "step": state.step,
        "data": state.data,
        "history": state.history,
        "seq": state.seq,
        "paused": state.paused,
        "updated_at": now,
        "chat_id": chat_id,
    }
    return pg_hot.state_params(pg_hot.codec(conn), values)


async def save_with_replies(
    conn: AsyncConnection,
    *,
    chat_id: int,
    state: NewState | None,
    update_id: int,
    envelopes: Sequence[outbox.Envelope],
    owner: str,
    lease: timedelta,
    now: datetime,
    waiting: bool,
) -> list[outbox.Pending]:
    """What a turn writes once it has decided: the chat's new state (None: unchanged) and its
    replies (`outbox.add`, which returns what to send).

    On PostgreSQL, when there are replies and none of the chat's older ones wait (so the outbox
    need not look at them first), the state's UPDATE and the replies' INSERT are one statement:
    one round trip fewer for most turns."""
    joined = None
    if state is not None and envelopes and not waiting and conn.dialect.name == "postgresql":
        joined = _pg_state(conn, chat_id, state, now)
    elif state is not None:
        await save_state(conn, chat_id=chat_id, now=now, **_fields(state))
    return await outbox.add(
        conn,
        chat_id=chat_id,
        update_id=update_id,
        envelopes=envelopes,
        owner=owner,
        lease=lease,
        now=now,
        waiting=waiting,
        state=joined,
    )


def _fields(state: NewState) -> dict[str, Any]:
    return {field.name: getattr(state, field.name) for field in fields(NewState)}


_REACTIVATE = (
    update(_USERS)
    .where(and_(_USERS.c.id == bindparam("user"), _USERS.c.status == UserStatus.BLOCKED))
    .values(status=UserStatus.ACTIVE, updated_at=bindparam("now"))
)
_FORGET = _STATES.delete().where(_STATES.c.chat_id == bindparam("chat"))


async def forget_state(conn: AsyncConnection, *, chat_id: int) -> None:
    """No row stays about a chat whose person we keep nothing for (help before sign-up)."""
    await conn.execute(_FORGET, {"chat": chat_id})


async def reactivate(conn: AsyncConnection, *, user_id: int, now: datetime) -> None:
    """Someone marked blocked wrote to us, so they have unblocked the bot."""
    await conn.execute(_REACTIVATE, {"user": user_id, "now": now})
