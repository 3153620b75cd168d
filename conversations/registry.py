"""Every flow by name: the one place the Telegram boundary looks them up."""

from __future__ import annotations

from bot.flow import Flow
from conversations import (
    breathing,
    checkin,
    coffee,
    delete,
    journal,
    onboarding,
    reminders,
    settings,
)


def all_flows() -> dict[str, Flow]:
    flows = [
        onboarding.build(),
        settings.build(),
        checkin.build(),
        journal.build_journal(),
        journal.build_note(),
        coffee.build(),
        delete.build(),
        reminders.build_time_flow(),
        reminders.build_sleep_log_flow(),
        reminders.build_quiet_flow(),
        *breathing.all_flows(),
    ]
    return {flow.name: flow for flow in flows}
