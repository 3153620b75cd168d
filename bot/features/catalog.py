"""Every feature's declaration gathered into the tables the boundary routes by: actions,
flows, effects, the main menu and the command list. /help, the menu, Telegram's "/" list and
the router are all read from here, so they cannot disagree.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.features.declarations import (
    Action,
    Effect,
    Feature,
    FreeText,
    MenuEntry,
    Needs,
    Renderer,
)
from bot.features.paced import Paced
from bot.features.reminding import ReminderWords
from bot.features.safety import SafetyAnswers
from bot.features.shell import Shell
from bot.flow import Flow, Record

__all__ = ["Catalog", "build_catalog", "discover"]

T = TypeVar("T")

# A button's `m:go:<name>`: older menus opened flows this way; it still routes by alias.
GO = "go"


@dataclass(frozen=True)
class Catalog:
    features: tuple[Feature, ...]
    actions: Mapping[str, Action]
    flows: Mapping[str, Flow]
    effects: Mapping[type[Record], Effect]
    aliases: Mapping[str, str]
    setup_flow: str | None
    renderers: Mapping[str, Renderer]
    free_text: FreeText | None = None
    declared_shell: Shell | None = None
    declared_safety: SafetyAnswers | None = None
    declared_reminders: ReminderWords | None = None
    declared_paced: Paced | None = None
    preloads: tuple[Callable[[Sequence[str]], None], ...] = ()

    @property
    def shell(self) -> Shell:
        """The chat's frame; a catalogue without one cannot run a chat."""
        return _declared(self.declared_shell, "shell")

    @property
    def safety(self) -> SafetyAnswers:
        """The answers to safety's verdicts; a catalogue without them cannot run a chat."""
        return _declared(self.declared_safety, "safety")

    @property
    def reminders(self) -> ReminderWords:
        """What reminders say; a catalogue without it cannot send them."""
        return _declared(self.declared_reminders, "reminders")

    @property
    def paced(self) -> Paced:
        """The live exercises; a catalogue without them cannot pace any."""
        return _declared(self.declared_paced, "paced")

    def command(self, name: str) -> Action | None:
        """The action a typed `/name` asks for (None: no such command)."""
        action = self.actions.get(name)
        return action if action is not None and action.typed else None

    def button(self, name: str, arg: str | None) -> tuple[Action, str | None] | None:
        """The action an `m:name[:arg]` button asks for, with its argument."""
        if name == GO and arg is not None:
            if arg in self.aliases:
                name, arg = self.aliases[arg], None
            elif arg in self.actions:
                name, arg = arg, None
            else:
                # "go:remtime_caffeine" → action remtime with argument "caffeine".
                name, _sep, rest = arg.partition("_")
                arg = rest or None
        action = self.actions.get(name)
        return (action, arg) if action is not None and action.pressed else None

    def effect(self, output: Record) -> Effect:
        """The effect declared for this kind of record; a record no feature carries out is a
        programming error (its write would be lost without a word)."""
        try:
            return self.effects[type(output)]
        except KeyError:
            kind = type(output).__name__
            raise LookupError(f"no feature declares an effect for {kind}") from None

    def listed(self) -> list[Action]:
        """The commands shown in /help and Telegram's menu, in their declared order."""
        shown = [a for a in self.actions.values() if a.typed and a.describe is not None]
        return sorted(shown, key=lambda a: (a.order, a.name))

    def command_descriptions(self) -> list[tuple[str, str]]:
        return [(a.name, a.describe()) for a in self.listed() if a.describe is not None]

    def menu_rows(self, *, onboarded: bool, consent: bool) -> list[list[MenuEntry]]:
        """The main menu's buttons this user may use, row by row."""
        rows: dict[int, list[MenuEntry]] = {}
        for feature in self.features:
            for entry in feature.menu:
                if allowed(self.actions[entry.action].needs, onboarded=onboarded, consent=consent):
                    rows.setdefault(entry.row, []).append(entry)
        return [sorted(rows[row], key=lambda e: e.column) for row in sorted(rows)]


def _declared(value: T | None, what: str) -> T:
    if value is None:
        raise LookupError(f"no feature declares {what}")
    return value


def allowed(needs: Needs, *, onboarded: bool, consent: bool) -> bool:
    if needs is Needs.NOTHING:
        return True
    if needs is Needs.ONBOARDING:
        return onboarded
    return onboarded and consent


# What one feature at most declares for the engine (`Catalog.declared_<name>`).
SINGLE = ("shell", "safety", "reminders", "paced")


def build_catalog(features: Iterable[Feature]) -> Catalog:
    """Gather declarations; two features claiming one name is a programming error."""
    gathered = tuple(features)
    actions: dict[str, Action] = {}
    flows: dict[str, Flow] = {}
    effects: dict[type[Record], Effect] = {}
    aliases: dict[str, str] = {}
    renderers: dict[str, Renderer] = {}
    setup: str | None = None
    free_text: tuple[str, FreeText] | None = None
    # What exactly one feature declares, by field of `Feature`: (that feature, its value).
    single: dict[str, tuple[str, Any]] = {}

    def claim(table: dict[Any, Any], key: object, value: object, what: str, owner: str) -> None:
        if key in table:
            raise ValueError(f"{what} {key!r} is declared twice (again by {owner})")
        table[key] = value

    for feature in gathered:
        for action in feature.actions:
            if action.name == GO:
                raise ValueError(f"{feature.name}: {GO!r} is reserved for older buttons")
            claim(actions, action.name, action, "action", feature.name)
        for flow in feature.flows():
            claim(flows, flow.name, flow, "flow", feature.name)
        for kind, effect in feature.effects.items():
            if not (isinstance(kind, type) and issubclass(kind, Record)):
                raise ValueError(f"{feature.name}: effect for {kind!r}, which is not a Record")
            claim(effects, kind, effect, "effect of", feature.name)
        for alias, target in feature.aliases.items():
            claim(aliases, alias, target, "alias", feature.name)
        for name, renderer in feature.renderers.items():
            claim(renderers, name, renderer, "renderer", feature.name)
        if feature.free_text is not None:
            if free_text is not None:
                raise ValueError(f"two answers to free text: {free_text[0]} and {feature.name}")
            free_text = (feature.name, feature.free_text)
        for what in SINGLE:
            if (value := getattr(feature, what)) is not None:
                if what in single:
                    raise ValueError(f"two {what}: {single[what][0]} and {feature.name}")
                single[what] = (feature.name, value)
        if feature.setup is not None:
            if setup is not None:
                raise ValueError(f"two set-up flows: {setup} and {feature.setup}")
            setup = feature.setup
    for feature in gathered:
        for entry in feature.menu:
            if entry.action not in actions or not actions[entry.action].pressed:
                raise ValueError(f"{feature.name}: menu button for unknown action {entry.action}")
    for alias, target in aliases.items():
        if target not in actions:
            raise ValueError(f"alias {alias!r} names unknown action {target!r}")
    if setup is not None and setup not in flows:
        raise ValueError(f"set-up flow {setup!r} is not declared")
    return Catalog(
        gathered,
        actions,
        flows,
        effects,
        aliases,
        setup,
        renderers,
        free_text[1] if free_text is not None else None,
        **{f"declared_{what}": single[what][1] for what in single},
        preloads=tuple(f.preload for f in gathered if f.preload is not None),
    )


@functools.cache
def discover(package: str = "conversations") -> Catalog:
    """Every `FEATURE` declared by a module of `package`, gathered once per process."""
    root = importlib.import_module(package)
    features: list[Feature] = []
    for info in sorted(pkgutil.iter_modules(root.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{package}.{info.name}")
        feature = getattr(module, "FEATURE", None)
        if isinstance(feature, Feature):
            features.append(feature)
    return build_catalog(features)
