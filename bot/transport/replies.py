"""Neutral outputs to Bot API calls: the one place that knows how a `Say` becomes a message."""

from __future__ import annotations

from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)

from bot.flow import Button, Output, Say, SendDocument, SendPhoto


def inline(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


def markup(say: Say) -> InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None:
    if say.buttons:
        return inline(say.buttons)
    if say.reply_keys:
        return ReplyKeyboardMarkup(
            [
                [KeyboardButton(k.label, request_location=k.request_location) for k in row]
                for row in say.reply_keys
            ],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
    if say.remove_keyboard:
        return ReplyKeyboardRemove()
    return None


async def send(bot: Bot, chat_id: int, output: Output, *, paid_broadcast: bool = False) -> bool:
    """Send one message-like output; False when `output` is not one (a toast, a write...).

    `paid_broadcast` lifts Telegram's 30 messages/s for a fee in Stars (reminders only).
    """
    paid = paid_broadcast or None
    if isinstance(output, Say):
        await bot.send_message(
            chat_id, output.text, reply_markup=markup(output), allow_paid_broadcast=paid
        )
    elif isinstance(output, SendPhoto):
        await bot.send_photo(
            chat_id,
            InputFile(output.photo, filename="chart.png"),
            caption=output.caption or None,
            reply_markup=inline(output.buttons),
            allow_paid_broadcast=paid,
        )
    elif isinstance(output, SendDocument):
        await bot.send_document(
            chat_id,
            InputFile(output.data, filename=output.filename),
            caption=output.caption or None,
            allow_paid_broadcast=paid,
        )
    else:
        return False
    return True
