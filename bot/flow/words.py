"""Words the flow runtime itself says, whatever the flow: re-prompts, navigation buttons,
what a step expects. The runtime's own, looked up through the engine's gettext; the features
reach them through `conversations.common`."""

from bot.i18n import _, ngettext, pgettext


def back_label() -> str:
    return pgettext("button", "← Back")


def skip_label() -> str:
    return pgettext("button", "Skip →")


def done_label() -> str:
    return pgettext("button", "Done ✓")


def cancel_label() -> str:
    return pgettext("button", "Cancel")


def tap_a_button() -> str:
    return _("Please tap one of the buttons below, or type one of their names.")


def only_text_here() -> str:
    return _("I can only read text and button taps here.")


def not_skippable() -> str:
    return _("This one I do need an answer to.")


def pick_at_least(count: int) -> str:
    return ngettext(
        "Please pick at least {count}, then tap Done.",
        "Please pick at least {count}, then tap Done.",
        count,
    ).format(count=count)


def unknown_choices(typed: str) -> str:
    return _('I didn\'t recognise "{typed}". Tap the buttons, or type their names.').format(
        typed=typed
    )


def choices_expected() -> str:
    return _("Tap the ones that fit and then Done, or type their names with commas between them.")


def clock_time_expected() -> str:
    return _("I couldn't read that as a time. Try something like 7:30, 7am or 22:15.")


def did_you_mean(likely: str, typed: str) -> str:
    return _("Did you mean {likely} or {typed}?").format(likely=likely, typed=typed)


def later_than_now(now: str) -> str:
    return _("It's only {now} now, so that time hasn't come yet today.").format(now=now)


def number_expected(low: int, high: int) -> str:
    return _("Please send a whole number from {low} to {high}, for example {mid}.").format(
        low=low, high=high, mid=(low + high) // 2
    )


def text_expected() -> str:
    return _("Please type a few words (or tap Skip if you'd rather not).")


def text_too_long(limit: int) -> str:
    return ngettext(
        "That's more than I can keep in one go — up to {limit} character, please.",
        "That's more than I can keep in one go — up to {limit} characters, please.",
        limit,
    ).format(limit=limit)


def zone_not_found() -> str:
    return _(
        "I couldn't place that. Try a city (Berlin), a zone name (Europe/Berlin) "
        "or an offset (UTC+2) — or share your location."
    )


def zone_did_you_mean() -> str:
    return _("Did you mean one of these? Tap one, or type another city.")


def location_not_usable() -> str:
    return _("I couldn't find a time zone for that spot. Could you type your city instead?")


def share_location_label() -> str:
    return _("📍 Share my location")


def got_it() -> str:
    return _("Got it.")
