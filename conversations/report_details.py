"""Two optional answers for the doctor's report, asked once before the first /report and
changed from /settings: roughly when the twitching started, and the medications and
supplements taken, in the person's own words."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from babel import dates

from bot.features import Action, Feature, Needs, TurnContext
from bot.flow import Ctx, Flow, FreeText, Option, Output, RunAction, Say
from conversations import formats
from conversations.i18n import _
from conversations.settings import SaveProfile

NAME = "report_details"
# The argument of /report_details when /report asked it first: the report question follows.
THEN_REPORT = "report"
# The medications answer "I take none", kept as an empty text: said, and nothing taken.
NONE = "none"
NONE_TAKEN = ""
MEDICATIONS_MAX = 500

_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?\.?")
_WORD = re.compile(r"[^\W\d_]+\.?")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).rstrip(".")


def _months() -> dict[str, int]:
    """Month names and their short forms, in the language of the moment and in English."""
    found: dict[str, int] = {}
    for locale in ("en", formats._locale()):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = dates.get_month_names(width, context=context, locale=locale)
                for number, name in names.items():
                    found.setdefault(_plain(name), number)
    return found


def _most_recent(day: int, month: int, today: date) -> date | None:
    """The day and month in this year, or last year when it is still to come."""
    for year in (today.year, today.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found <= today:
            return found
    return None


def parse_past_date(text: str, today: date) -> date | None:
    """A day not after `today`, as people type one: "2026-11-02", "2.11.2026", "2/11",
    "2 Nov", "November 2", "Nov 2026" (its first day), with month names in the language of
    the moment or English. Numbers are read day first. None for anything else."""
    s = " ".join(text.replace(",", " ").split())
    year: int | None
    try:
        if (iso := _ISO.fullmatch(s)) is not None:
            year, month, day = int(iso[1]), int(iso[2]), int(iso[3] or 1)
            found = date(year, month, day)
        elif (numeric := _NUMERIC.fullmatch(s)) is not None:
            day, month = int(numeric[1]), int(numeric[2])
            if numeric[3] is None:
                maybe = _most_recent(day, month, today)
                if maybe is None:
                    return None
                found = maybe
            else:
                year = int(numeric[3])
                found = date(year + 2000 if year < 100 else year, month, day)
        else:
            months = _months()
            parts = [p for p in s.replace(" de ", " ").split(" ") if p]
            named = [months[_plain(p)] for p in parts if _plain(p) in months]
            numbers = [int(p.rstrip(".")) for p in parts if p.rstrip(".").isdecimal()]
            if len(named) != 1 or len(named) + len(numbers) != len(parts) or not numbers:
                return None
            month = named[0]
            days = [n for n in numbers if n <= 31]
            years = [n for n in numbers if n >= 1900]
            if len(numbers) == 1 and years:
                found = date(years[0], month, 1)
            elif len(numbers) == 1 and days:
                maybe = _most_recent(days[0], month, today)
                if maybe is None:
                    return None
                found = maybe
            elif len(numbers) == 2 and len(days) == 1 and len(years) == 1:
                found = date(years[0], month, days[0])
            else:
                return None
    except ValueError:
        return None
    return found if date(1900, 1, 1) <= found <= today else None


def _onset_check(value: str, ctx: Ctx) -> str | None:
    if parse_past_date(value, ctx.local_now.date()) is not None:
        return None
    return _(
        "I couldn't read that as a day that has already been — try “2 Nov 2026” or "
        "“2026-11-02”, or tap Skip."
    )


def _onset_prompt(ctx: Ctx) -> str:
    question = _(
        "Roughly when did the twitching start? A date like “2 Nov 2026” is enough — a doctor "
        "often asks. Or tap Skip."
    )
    if known := ctx.data.get("known_onset"):
        said = _("You told me it started on {day} — you can change it here.").format(
            day=formats.format_long_date(date.fromisoformat(known))
        )
        return f"{said} {question}"
    return question


def _medications_prompt(ctx: Ctx) -> str:
    question = _(
        "Do you take any medications or supplements (magnesium, for example)? Write them as "
        "you'd tell your doctor, or tap “I take none” or Skip."
    )
    if known := ctx.data.get("known_medications"):
        return _("You told me: “{medications}”.").format(medications=known) + " " + question
    return question


def _finish(ctx: Ctx) -> list[Output]:
    fields: dict[str, object] = {"report_asked_at": ctx.now}
    if onset := ctx.data.get("onset"):
        fields["onset_date"] = parse_past_date(onset, ctx.local_now.date())
    medications = ctx.data.get("medications")
    if medications is not None:
        fields["medications"] = NONE_TAKEN if medications == NONE else medications
    outputs: list[Output] = [SaveProfile(fields=fields)]
    if ctx.data.get("then") == THEN_REPORT:
        outputs.append(RunAction("report"))
    else:
        outputs.append(Say(_("Saved — your next report for your doctor will show it.")))
    return outputs


def build() -> Flow:
    return Flow(
        name=NAME,
        steps=(
            FreeText(
                key="onset",
                prompt=_onset_prompt,
                max_length=40,
                check=_onset_check,
                optional=True,
            ),
            FreeText(
                key="medications",
                prompt=_medications_prompt,
                max_length=MEDICATIONS_MAX,
                hints=(Option(NONE, _("I take none")),),
                optional=True,
            ),
        ),
        finish=_finish,
    )


async def _open(turn: TurnContext, arg: str | None) -> list[Output]:
    """Ask when it started and what they take; from /report, the report question follows."""
    assert turn.user is not None  # declared to need consent
    user = turn.user
    data: dict[str, object] = {"then": THEN_REPORT if arg == THEN_REPORT else None}
    if user.onset_date is not None:
        data["known_onset"] = user.onset_date.isoformat()
    if user.medications:
        data["known_medications"] = user.medications
    return turn.start(NAME, data)


FEATURE = Feature(
    name=NAME,
    actions=(Action(NAME, _open, needs=Needs.CONSENT),),
    flows=lambda: (build(),),
)
