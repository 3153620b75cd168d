"""The main menu, /help, and the replies outside any flow."""

from __future__ import annotations

from bot.flow import Button, Profile, Say
from bot.flow.callback_data import menu_button
from conversations.i18n import _

# Shown in Telegram's command menu and in /help, in this order.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("checkin", "Tell me how today went (about a minute)"),
    ("coffee", "Log a caffeinated drink, one tap"),
    ("journal", "Write down what's on your mind"),
    ("history", "Your last days at a glance, and your journal"),
    ("now", "Twitching right now? A calm minute, paced with you"),
    ("breathe", "Guided breathing: 4-7-8, 4-5-6, box, sighs or slow"),
    ("relax", "Progressive muscle relaxation, head to toes"),
    ("tips", "Short cards on sleep, caffeine, breathing and more"),
    ("insights", "Charts of your last 7, 30 or 90 days, and what goes with your twitching"),
    ("reminders", "Turn reminders on or off and change their times"),
    ("pause", "Pause all reminders for a while"),
    ("nap", "A 20-minute nap with a gentle alarm"),
    ("settings", "Change your time zone, sleep times, caffeine cut-off or check-in time"),
    ("export", "Get a copy of everything I hold about you"),
    ("delete", "Delete everything I hold about you"),
    ("menu", "Show the main menu"),
    ("cancel", "Leave whatever we're in the middle of"),
    ("help", "What I can do, in one list"),
    ("start", "Begin, or see the menu again"),
)


def command_descriptions() -> list[tuple[str, str]]:
    return [(name, _(description)) for name, description in COMMANDS]


def menu(profile: Profile | None, text: str | None = None) -> Say:
    rows: list[tuple[Button, ...]] = []
    if profile is not None and profile.consent == "given":
        rows += [
            (
                Button(_("📝 Check in"), menu_button("go", "checkin")),
                Button(_("☕ Log a coffee"), menu_button("coffee")),
            ),
            (
                Button(_("📓 Journal"), menu_button("go", "journal")),
                Button(_("📅 History"), menu_button("history")),
            ),
            (Button(_("📈 Insights"), menu_button("insights", "30")),),
        ]
    rows += [
        (
            Button(_("🌊 Twitching now"), menu_button("now")),
            Button(_("🫁 Breathe"), menu_button("breathe")),
            Button(_("💪 Relax"), menu_button("relax")),
        ),
        (
            Button(_("💡 Tips"), menu_button("tip", "0")),
            Button(_("⚙️ Settings"), menu_button("go", "settings")),
        ),
        (Button(_("❓ Help"), menu_button("help")),),
    ]
    return Say(text or _("What would you like to do?"), buttons=tuple(rows))


def help_text() -> str:
    lines = [_("Here's everything I can do so far:"), ""]
    lines += [f"/{name} — {description}" for name, description in command_descriptions()]
    lines += [
        "",
        _(
            "I'm not a doctor and can't diagnose anything. If you notice real weakness, "
            "muscles getting thinner, or trouble swallowing or speaking, please see a "
            "clinician soon."
        ),
    ]
    return "\n".join(lines)


def unknown_command() -> str:
    return _("I don't know that command. Here's what I do know:")


def nothing_to_cancel() -> str:
    return _("There's nothing to cancel — we're not in the middle of anything.")


def cancelled() -> str:
    return _("Okay, I've stopped that. Nothing from it was kept.")


def cancelled_before_setup() -> str:
    return _("Okay, stopped. Whenever you're ready, /start picks it up again.")


def still_in_flow() -> str:
    return _("We're in the middle of something — here's where we were (or /cancel to leave it).")


def setup_first() -> str:
    return _("Let's get you set up first — it only takes a minute.")


def refused_button() -> str:
    return _("Sorry, I can't use that button.")


def something_went_wrong() -> str:
    return _(
        "Sorry — something went wrong on my side. What you've told me so far is safe; "
        "please try that again."
    )


def carry_on_label() -> str:
    return _("I'd like to carry on")


def stop_here_label() -> str:
    return _("Stop here for now")


def paused_prompt() -> str:
    return _(
        "I've put what we were doing on hold. Take all the time you need — "
        "when you're ready, you can carry on or stop here."
    )


def not_keeping_records() -> str:
    return _(
        "I'm not keeping any records for you right now, so there's nothing to save or show. "
        "You can turn that on in /settings."
    )
