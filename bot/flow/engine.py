"""The pure heart of every flow: (state, event, now) -> (new state, outputs). No I/O here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from bot.core import typed
from bot.core.labels import fit_rows, label_width
from bot.core.typed import Word
from bot.flow import callback_data, words
from bot.flow.events import ButtonPress, Event, LocationInput, OtherInput, TextInput
from bot.flow.outputs import Button, EditPressed, Output, ReplyKey, RunAction, Say
from bot.flow.steps import Ctx, Invalid, MultiChoice, Profile, Step, render


@dataclass(frozen=True)
class FlowState:
    """A chat's place in a conversation; `flow is None` means no flow is running."""

    flow: str | None = None
    step: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    history: tuple[str, ...] = ()
    seq: int = 0
    paused: bool = False

    @property
    def active(self) -> bool:
        return self.flow is not None


# The action a flow's own Cancel button carries out: the same as typing /cancel.
CANCEL_ACTION = "cancel"


@dataclass(frozen=True)
class Flow:
    """A scripted conversation: its steps in order, and what happens when it ends.

    Its first question offers Cancel (later ones have Back), unless `cancel_first` is off
    because that question is itself a way out ("No, keep my data").
    """

    name: str
    steps: tuple[Step, ...]
    finish: Callable[[Ctx], list[Output]]
    intro: Callable[[Ctx], list[Output]] | None = None
    # The whole question asked before something else would end this flow unsaved ("You're in
    # the middle of your check-in — leave it?"); None: a general one.
    leaving: Callable[[], str] | None = None
    cancel_first: bool = True

    def __post_init__(self) -> None:
        keys = [s.key for s in self.steps]
        if len(set(keys)) != len(keys):
            raise ValueError(f"flow {self.name} repeats a step key")

    def step(self, key: str | None) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(f"flow {self.name} has no step {key!r}")

    def next_after(self, key: str | None, ctx: Ctx) -> Step | None:
        """The first step after `key` (or the first of all) that applies to this user now."""
        index = -1 if key is None else [s.key for s in self.steps].index(key)
        for step in self.steps[index + 1 :]:
            if step.when is None or step.when(ctx):
                return step
        return None


Transition = tuple[FlowState, list[Output]]


def start(
    flow: Flow, *, seq: int, profile: Profile, now: datetime, data: dict[str, Any] | None = None
) -> Transition:
    """Begin `flow`: its intro, then its first question (or straight to its end)."""
    state = FlowState(flow=flow.name, data=dict(data or {}), seq=seq)
    ctx = Ctx(state.data, profile, now)
    outputs = flow.intro(ctx) if flow.intro else []
    new_state, more = _advance(flow, state, None, ctx)
    return new_state, outputs + more


def apply(
    flow: Flow, state: FlowState, event: Event, *, profile: Profile, now: datetime
) -> Transition:
    """Take one event in the current step: move on, go back, skip, or ask again with a reason."""
    step = flow.step(state.step)
    ctx = Ctx(state.data, profile, now)
    if isinstance(event, ButtonPress):
        return _press(flow, state, step, event, ctx)
    if isinstance(event, TextInput):
        # Typed "back" or "skip" in any language (or a button's label) acts as the button,
        # unless it names one of the step's own options.
        if _offers_cancel(flow, state) and event.text.strip() == words.cancel_label():
            # The Cancel key of a reply keyboard, in a language whose word for it the typed
            # "cancel" words don't know.
            return state, [RunAction(CANCEL_ACTION)]
        word = _navigation(event.text, step, ctx)
        if word is Word.BACK and state.history:
            return _back(flow, state, ctx)
        if word is Word.SKIP and step.optional:
            return _take(flow, state, step, None, ctx)
        value = step.parse_text(event.text, ctx)
        if isinstance(value, Invalid) and word is Word.SKIP:
            value = Invalid(words.not_skippable())
    elif isinstance(event, LocationInput):
        value = step.parse_location(event.latitude, event.longitude, ctx)
    elif isinstance(event, OtherInput):
        value = Invalid(words.only_text_here())
    if not isinstance(value, Invalid):
        value = step.validate(value, ctx)
    if isinstance(value, Invalid):
        return state, [ask(flow, state, ctx, invalid=value)]
    return _take(flow, state, step, value, ctx)


def _navigation(text: str, step: Step, ctx: Ctx) -> Word | None:
    """BACK or SKIP when typed text asks for that button; None otherwise."""
    if text.strip() == words.back_label():
        return Word.BACK
    if text.strip() == words.skip_label():
        return Word.SKIP
    word = typed.recognise(text)
    if word not in (Word.BACK, Word.SKIP) or step.match_option(text, ctx) is not None:
        return None
    return word


def reask(flow: Flow, state: FlowState, *, profile: Profile, now: datetime) -> list[Output]:
    """The current question again, e.g. after a stale button or a pause."""
    return [ask(flow, state, Ctx(state.data, profile, now))]


def ask(flow: Flow, state: FlowState, ctx: Ctx, *, invalid: Invalid | None = None) -> Say:
    step = flow.step(state.step)
    text = render(step.prompt, ctx)
    if invalid is not None:
        text = f"{invalid.reason}\n\n{text}"
    if invalid is not None and invalid.options:
        return Say(text, buttons=_clarifying_buttons(invalid, flow, step, state))
    reply_keys = invalid.reply_keys if invalid and invalid.reply_keys else step.reply_keys(ctx)
    if reply_keys:
        # Telegram allows one keyboard per message: navigation joins the reply keyboard.
        nav = _nav_labels(flow, step, state)
        extra = (tuple(ReplyKey(label) for label in nav),) if nav else ()
        return Say(text, reply_keys=reply_keys + extra)
    return Say(text, buttons=_buttons(flow, step, state, ctx))


def _offers_cancel(flow: Flow, state: FlowState) -> bool:
    """The first question asked (nothing to go back to) has Cancel as its way out."""
    return flow.cancel_first and not state.history


def _clarifying_buttons(
    invalid: Invalid, flow: Flow, step: Step, state: FlowState
) -> tuple[tuple[Button, ...], ...]:
    row = tuple(
        Button(o.label, callback_data.clarify_button(state.seq, o.value)) for o in invalid.options
    )
    nav = _nav_buttons(flow, step, state)
    return (row, nav) if nav else (row,)


def _nav_buttons(flow: Flow, step: Step, state: FlowState) -> tuple[Button, ...]:
    """Back, Skip, Done (a multi-choice's) and Cancel, those that apply, in that order."""
    nav: list[Button] = []
    if state.history:
        nav.append(Button(words.back_label(), callback_data.flow_button(state.seq, "b")))
    if step.optional:
        nav.append(Button(words.skip_label(), callback_data.flow_button(state.seq, "s")))
    if isinstance(step, MultiChoice):
        nav.append(Button(words.done_label(), callback_data.flow_button(state.seq, "d")))
    if _offers_cancel(flow, state):
        nav.append(Button(words.cancel_label(), callback_data.flow_button(state.seq, "x")))
    return tuple(nav)


def _buttons(flow: Flow, step: Step, state: FlowState, ctx: Ctx) -> tuple[tuple[Button, ...], ...]:
    options = step.options(ctx)
    if isinstance(step, MultiChoice):
        chosen = set(state.data.get(step.key) or ())
        labels = [("✓ " if o.value in chosen else "") + o.label for o in options]
        row_items = [
            Button(label, callback_data.flow_button(state.seq, "t", i))
            for i, label in enumerate(labels)
        ]
    else:
        row_items = [
            Button(o.label, callback_data.flow_button(state.seq, "o", i))
            for i, o in enumerate(options)
        ]
    # A toggle's "✓ " must not push its row past a phone's width: room for it in every label.
    room = label_width("✓ ") if isinstance(step, MultiChoice) else 0
    rows = _chunk(row_items, fit_rows([b.label for b in row_items], step.columns, room=room))
    nav = _nav_buttons(flow, step, state)
    return tuple(rows) + ((nav,) if nav else ())


def _nav_labels(flow: Flow, step: Step, state: FlowState) -> list[str]:
    labels = [words.back_label()] if state.history else []
    labels += [words.skip_label()] if step.optional else []
    return labels + ([words.cancel_label()] if _offers_cancel(flow, state) else [])


def _chunk(items: Sequence[Button], sizes: Sequence[int]) -> list[tuple[Button, ...]]:
    rows, start = [], 0
    for size in sizes:
        rows.append(tuple(items[start : start + size]))
        start += size
    return rows


def _press(flow: Flow, state: FlowState, step: Step, press: ButtonPress, ctx: Ctx) -> Transition:
    options = step.options(ctx)
    if press.action == "x":
        # The runner carries out /cancel: it also stops a live exercise and takes a reply
        # keyboard away, and says so in the same words.
        return state, [RunAction(CANCEL_ACTION)]
    if press.action == "b" and state.history:
        return _back(flow, state, ctx)
    if press.action == "s" and step.optional:
        return _take(flow, state, step, None, ctx)
    if press.action == "c" and press.value is not None:
        # A clarifying option is an answer spelled out: read exactly as if it had been typed.
        value = step.parse_text(press.value, ctx)
        if not isinstance(value, Invalid):
            value = step.validate(value, ctx)
        if isinstance(value, Invalid):
            return state, [ask(flow, state, ctx, invalid=value)]
        return _take(flow, state, step, value, ctx)
    if press.action == "o" and isinstance(step, MultiChoice):
        # A multi-choice answer is a list built by toggles; a bare option press is forged.
        return state, [ask(flow, state, ctx, invalid=Invalid(words.tap_a_button()))]
    if press.action == "o" and press.index is not None and press.index < len(options):
        value = step.validate(options[press.index].value, ctx)
        if isinstance(value, Invalid):
            return state, [ask(flow, state, ctx, invalid=value)]
        return _take(flow, state, step, value, ctx)
    if isinstance(step, MultiChoice):
        if press.action == "t" and press.index is not None and press.index < len(options):
            chosen = list(state.data.get(step.key) or [])
            value = options[press.index].value
            chosen = [c for c in chosen if c != value] if value in chosen else [*chosen, value]
            toggled = replace(state, data={**state.data, step.key: chosen})
            said = ask(flow, toggled, Ctx(toggled.data, ctx.profile, ctx.now))
            return toggled, [EditPressed(said.text, said.buttons)]
        if press.action == "d":
            counted = step.validate_count(list(state.data.get(step.key) or []))
            if isinstance(counted, Invalid):
                return state, [ask(flow, state, ctx, invalid=counted)]
            return _take(flow, state, step, counted, ctx)
    if press.action == "s":
        return state, [ask(flow, state, ctx, invalid=Invalid(words.not_skippable()))]
    # A press the current step cannot take (a button of another shape): ask again.
    return state, [ask(flow, state, ctx, invalid=Invalid(words.tap_a_button()))]


def _take(flow: Flow, state: FlowState, step: Step, value: Any, ctx: Ctx) -> Transition:
    data = {**state.data, step.key: value}
    ctx = Ctx(data, ctx.profile, ctx.now)
    outputs: list[Output] = []
    if value is not None and (line := step.confirm(value, ctx)):
        outputs.append(Say(line, remove_keyboard=True))
    elif step.reply_keys(ctx):
        outputs.append(Say(words.got_it(), remove_keyboard=True))
    moved = replace(state, data=data, history=(*state.history, step.key))
    new_state, more = _advance(flow, moved, step.key, ctx)
    return new_state, outputs + more


def _advance(flow: Flow, state: FlowState, after: str | None, ctx: Ctx) -> Transition:
    nxt = flow.next_after(after, ctx)
    if nxt is None:
        return FlowState(seq=state.seq + 1), flow.finish(ctx)
    moved = replace(state, step=nxt.key, seq=state.seq + 1)
    return moved, [ask(flow, moved, ctx)]


def _back(flow: Flow, state: FlowState, ctx: Ctx) -> Transition:
    *earlier, previous = state.history
    # The step being left is forgotten, so an answer walked back past can neither steer which
    # steps come next nor be saved; the step returned to keeps its answer to show it again.
    data = {k: v for k, v in state.data.items() if k != state.step}
    moved = replace(state, step=previous, history=tuple(earlier), data=data, seq=state.seq + 1)
    ctx = Ctx(data, ctx.profile, ctx.now)
    return moved, [ask(flow, moved, ctx)]
