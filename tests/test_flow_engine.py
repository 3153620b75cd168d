"""The pure flow engine (bot.flow.engine) and the callback-data parser, with small test flows."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.timeparse import format_clock
from bot.flow import (
    Button,
    ButtonPress,
    Choice,
    ClockTime,
    Ctx,
    EditPressed,
    Flow,
    FlowState,
    FreeText,
    LocationInput,
    MultiChoice,
    Number,
    Option,
    OtherInput,
    Output,
    Profile,
    ReplyKey,
    RunAction,
    Say,
    TextInput,
    TimeZone,
    apply,
    earlier_today,
    not_later_than_now,
    reask,
    start,
)
from bot.flow import callback_data as cbd
from bot.flow.steps import EXCERPT_LENGTH, excerpt
from conversations import common

NOW = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
PROFILE = Profile()

MOODS = [Option("calm", "Calm"), Option("tense", "Tense, a bit")]
DRINKS = [Option("coffee", "Coffee"), Option("tea", "Tea"), Option("cola", "Cola")]


def _before_eight(value: time, ctx: Ctx) -> str | None:
    return None if value < time(20) else "That's too late in the day."


class Recorder:
    """A flow's finish that remembers the answers it was given."""

    def __init__(self) -> None:
        self.answers: list[dict[str, Any]] = []

    def __call__(self, ctx: Ctx) -> list[Output]:
        self.answers.append(dict(ctx.data))
        return [Say("All done.")]


def drinks_flow(finish: Recorder) -> Flow:
    """mood (Choice) → drinks (MultiChoice, at least 1) → cups (Number, only with coffee)
    → last_cup (ClockTime before 20:00) → note (optional FreeText, 20 chars)."""
    return Flow(
        name="drinks",
        steps=(
            Choice(key="mood", prompt="How are you?", choices=MOODS, columns=2),
            MultiChoice(key="drinks", prompt="What did you drink?", choices=DRINKS, minimum=1),
            Number(
                key="cups",
                prompt="How many cups of coffee?",
                low=0,
                high=10,
                buttons=(0, 1, 2, 3),
                when=lambda ctx: "coffee" in (ctx.data.get("drinks") or ()),
            ),
            ClockTime(
                key="last_cup",
                prompt="When was the last one?",
                suggestions=[time(12), time(14)],
                check=_before_eight,
            ),
            FreeText(key="note", prompt="Anything else?", optional=True, max_length=20),
        ),
        finish=finish,
    )


def zone_flow(finish: Recorder) -> Flow:
    """mood (Choice) → zone (TimeZone, a reply keyboard) → wake (ClockTime)."""
    return Flow(
        name="zone",
        steps=(
            Choice(key="mood", prompt="How are you?", choices=MOODS),
            TimeZone(key="zone", prompt="Where are you?", popular=lambda ctx: ("Europe/London",)),
            ClockTime(key="wake", prompt="When do you wake?", suggestions=[time(7)]),
        ),
        finish=finish,
    )


def says(outputs: list[Output]) -> list[Say]:
    return [o for o in outputs if isinstance(o, Say)]


def question(outputs: list[Output]) -> Say:
    """The last Say of a transition: the question being asked."""
    said = says(outputs)
    assert said, f"no Say in {outputs}"
    return said[-1]


def labels(say: Say | EditPressed) -> list[str]:
    return [b.label for row in say.buttons for b in row]


def data_of(say: Say | EditPressed, label: str) -> str:
    for row in say.buttons:
        for button in row:
            if button.label == label:
                return button.data
    raise AssertionError(f"no button {label!r} in {labels(say)}")


def press_of(say: Say | EditPressed, label: str) -> ButtonPress:
    parsed = cbd.parse(data_of(say, label))
    assert isinstance(parsed, cbd.FlowButton)
    return parsed.press


class Run:
    """Drives one flow through the pure engine, keeping its state like the transport would."""

    def __init__(self, flow: Flow, *, seq: int = 10) -> None:
        self.flow = flow
        self.state, self.outputs = start(flow, seq=seq, profile=PROFILE, now=NOW)

    def event(self, event: Any) -> list[Output]:
        self.state, self.outputs = apply(self.flow, self.state, event, profile=PROFILE, now=NOW)
        return self.outputs

    def text(self, text: str) -> list[Output]:
        return self.event(TextInput(text))

    def tap(self, label: str, on: Say | EditPressed | None = None) -> list[Output]:
        """Tap a button of `on` (default: the newest question), checking its seq is current."""
        message = on or self.shown()
        parsed = cbd.parse(data_of(message, label))
        assert isinstance(parsed, cbd.FlowButton)
        assert parsed.seq == self.state.seq, "tapped a button of a question that has passed"
        return self.event(parsed.press)

    def shown(self) -> Say | EditPressed:
        edits = [o for o in self.outputs if isinstance(o, EditPressed)]
        return edits[-1] if edits else question(self.outputs)


# --- start --------------------------------------------------------------------------------------


def test_start_asks_the_first_question_with_a_new_seq() -> None:
    run = Run(drinks_flow(Recorder()), seq=10)
    assert run.state == FlowState(flow="drinks", step="mood", data={}, history=(), seq=11)
    said = question(run.outputs)
    assert said.text == "How are you?"
    assert labels(said) == ["Calm", "Tense, a bit", common.cancel_label()]
    assert [b.data for row in said.buttons for b in row] == ["f11:o0", "f11:o1", "f11:x"]


def test_start_says_the_intro_before_the_first_question() -> None:
    flow = Flow(
        name="hello",
        intro=lambda ctx: [Say("Welcome.")],
        steps=(Choice(key="mood", prompt="How are you?", choices=MOODS),),
        finish=Recorder(),
    )
    _, outputs = start(flow, seq=0, profile=PROFILE, now=NOW)
    assert [s.text for s in says(outputs)] == ["Welcome.", "How are you?"]


def test_start_carries_initial_data_into_the_flow() -> None:
    finish = Recorder()
    flow = Flow(
        name="one",
        steps=(Choice(key="mood", prompt="How are you?", choices=MOODS),),
        finish=finish,
    )
    state, _ = start(flow, seq=0, profile=PROFILE, now=NOW, data={"source": "menu"})
    apply(flow, state, ButtonPress("o", 0), profile=PROFILE, now=NOW)
    assert finish.answers == [{"source": "menu", "mood": "calm"}]


def test_a_flow_whose_steps_all_skip_finishes_at_once() -> None:
    finish = Recorder()
    flow = Flow(
        name="empty",
        steps=(Choice(key="mood", prompt="?", choices=MOODS, when=lambda ctx: False),),
        finish=finish,
    )
    state, outputs = start(flow, seq=4, profile=PROFILE, now=NOW)
    assert not state.active
    assert state.seq == 5
    assert [s.text for s in says(outputs)] == ["All done."]
    assert finish.answers == [{}]


def test_a_flow_refuses_repeated_step_keys() -> None:
    step = Choice(key="mood", prompt="?", choices=MOODS)
    with pytest.raises(ValueError, match="repeats a step key"):
        Flow(name="twice", steps=(step, step), finish=Recorder())


# --- Choice --------------------------------------------------------------------------------------


def test_choice_button_moves_on_and_bumps_seq() -> None:
    run = Run(drinks_flow(Recorder()), seq=10)
    run.tap("Tense, a bit")
    assert run.state.step == "drinks"
    assert run.state.data == {"mood": "tense"}
    assert run.state.history == ("mood",)
    assert run.state.seq == 12
    assert question(run.outputs).text == "What did you drink?"


@pytest.mark.parametrize("typed", ["tense, a bit", "  TENSE A BIT!  ", "tense"])
def test_choice_accepts_a_typed_label_or_value(typed: str) -> None:
    run = Run(drinks_flow(Recorder()))
    run.text(typed)
    assert run.state.data == {"mood": "tense"}
    assert run.state.step == "drinks"


@pytest.mark.parametrize("typed", ["maybe", "", "   ", "calm tense"])
def test_choice_unknown_text_asks_again_with_a_reason(typed: str) -> None:
    run = Run(drinks_flow(Recorder()))
    before = run.state
    said = question(run.text(typed))
    assert run.state == before
    assert said.text == f"{common.tap_a_button()}\n\nHow are you?"
    assert labels(said) == ["Calm", "Tense, a bit", common.cancel_label()]
    assert data_of(said, "Calm") == f"f{before.seq}:o0"  # a re-ask keeps the seq


@pytest.mark.parametrize("press", [ButtonPress("o", 2), ButtonPress("o", 99), ButtonPress("t", 0)])
def test_choice_refuses_a_press_it_never_offered(press: ButtonPress) -> None:
    run = Run(drinks_flow(Recorder()))
    before = run.state
    said = question(run.event(press))
    assert run.state == before
    assert said.text.startswith(common.tap_a_button())


def test_choice_check_can_refuse_an_option() -> None:
    flow = Flow(
        name="checked",
        steps=(
            Choice(
                key="mood",
                prompt="How are you?",
                choices=MOODS,
                check=lambda value, ctx: "Not today." if value == "tense" else None,
            ),
        ),
        finish=Recorder(),
    )
    state, _ = start(flow, seq=0, profile=PROFILE, now=NOW)
    new, outputs = apply(flow, state, ButtonPress("o", 1), profile=PROFILE, now=NOW)
    assert new == state
    assert question(outputs).text == "Not today.\n\nHow are you?"


# --- MultiChoice ---------------------------------------------------------------------------------


def test_multichoice_shows_toggles_and_done() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    said = question(run.outputs)
    assert labels(said) == ["Coffee", "Tea", "Cola", "← Back", "Done ✓"]
    assert data_of(said, "Tea") == f"f{run.state.seq}:t1"
    assert data_of(said, "Done ✓") == f"f{run.state.seq}:d"


def test_multichoice_toggle_edits_the_message_and_keeps_seq() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    seq = run.state.seq
    outputs = run.tap("Tea")
    assert run.state.seq == seq
    assert run.state.step == "drinks"
    assert run.state.data["drinks"] == ["tea"]
    assert not says(outputs), "a toggle edits the pressed message instead of sending a new one"
    [edit] = outputs
    assert isinstance(edit, EditPressed)
    assert edit.text == "What did you drink?"
    assert labels(edit)[:3] == ["Coffee", "✓ Tea", "Cola"]
    assert data_of(edit, "✓ Tea") == f"f{seq}:t1"


def test_multichoice_second_toggle_unselects() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    run.tap("Tea")
    run.tap("Cola")
    run.tap("✓ Tea")
    assert run.state.data["drinks"] == ["cola"]
    assert labels(run.shown())[:3] == ["Coffee", "Tea", "✓ Cola"]


def test_multichoice_done_below_minimum_asks_again() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    before = run.state
    said = question(run.tap("Done ✓"))
    assert run.state == before
    assert said.text == f"{common.pick_at_least(1)}\n\nWhat did you drink?"


def test_multichoice_done_takes_the_chosen_list_in_tap_order() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    run.tap("Cola")
    run.tap("Tea")
    seq = run.state.seq
    run.tap("Done ✓")
    assert run.state.data["drinks"] == ["cola", "tea"]
    assert run.state.seq == seq + 1
    assert run.state.step == "last_cup"  # no coffee: the cups question is left out


def test_multichoice_typed_names_are_taken_at_once() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    run.text("Coffee, tea and coffee")
    assert run.state.data["drinks"] == ["coffee", "tea"]
    assert run.state.step == "cups"


def test_multichoice_typed_unknown_names_are_quoted_shortened_and_refused() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    before = run.state
    said = question(run.text("tea, " + "x" * 100))
    assert run.state == before
    assert said.text.startswith(common.unknown_choices("x" * 29 + "…"))
    assert "x" * 30 not in said.text
    assert said.text.endswith("What did you drink?")


def test_multichoice_a_huge_typed_answer_gets_a_short_reply() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    said = question(run.text(", ".join(f"thing {i}" for i in range(2000))))  # ~20,000 chars
    reason = said.text.removesuffix("\n\nWhat did you drink?")
    assert reason == common.unknown_choices("thing 0, thing 1, thing 2…")
    assert len(said.text) < 200


@pytest.mark.parametrize("typed", [",", " , ;", "\n", "and"])
def test_multichoice_only_separators_get_a_whole_sentence(typed: str) -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    before = run.state
    said = question(run.text(typed))
    assert run.state == before
    assert said.text == common.choices_expected() + "\n\nWhat did you drink?"


@pytest.mark.parametrize("typed", ["Done", "done", "DONE!", "Done ✓", "fertig", "listo", "готово"])
def test_multichoice_typed_done_takes_what_is_ticked(typed: str) -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    run.tap("Tea")
    run.tap("Cola")
    run.text(typed)
    assert run.state.data["drinks"] == ["tea", "cola"]
    assert run.state.step == "last_cup"


def test_multichoice_typed_done_with_too_few_ticked_asks_for_more() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    before = run.state
    said = question(run.text("done"))
    assert run.state == before
    assert said.text.startswith(common.pick_at_least(1))


def tags_flow(finish: Recorder, *, optional: bool) -> Flow:
    return Flow(
        name="tags",
        steps=(
            MultiChoice(key="tags", prompt="Any of these?", choices=DRINKS, optional=optional),
        ),
        finish=finish,
    )


@pytest.mark.parametrize("typed", ["none", "Nothing.", "no", "nichts", "nada", "aucun", "ничего"])
def test_multichoice_typed_none_is_an_empty_answer(typed: str) -> None:
    finish = Recorder()
    run = Run(tags_flow(finish, optional=False))
    run.tap("Tea")  # ticked, then "none": the typed answer wins
    run.text(typed)
    assert finish.answers == [{"tags": []}]


def test_multichoice_typed_none_where_one_is_needed_asks_for_one() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    said = question(run.text("none"))
    assert run.state.step == "drinks"
    assert said.text.startswith(common.pick_at_least(1))


@pytest.mark.parametrize("typed", ["skip", "Skip →", "überspringen"])
def test_multichoice_typed_skip_skips_where_optional(typed: str) -> None:
    finish = Recorder()
    run = Run(tags_flow(finish, optional=True))
    run.text(typed)
    assert finish.answers == [{"tags": None}]


def test_multichoice_typed_skip_where_not_optional_says_an_answer_is_needed() -> None:
    run = Run(tags_flow(Recorder(), optional=False))
    said = question(run.text("skip"))
    assert run.state.step == "tags"
    assert said.text.startswith(common.not_skippable())


def test_multichoice_refuses_an_option_press() -> None:
    # The engine only ever offers t/d buttons on a MultiChoice; "f<seq>:o0" must be forged.
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    before = run.state
    run.event(ButtonPress("o", 0))
    assert run.state == before


# --- Number ------------------------------------------------------------------------------------


def _to_cups(run: Run) -> None:
    run.tap("Calm")
    run.tap("Coffee")
    run.tap("Done ✓")
    assert run.state.step == "cups"


def test_number_button_is_stored_as_an_int() -> None:
    run = Run(drinks_flow(Recorder()))
    _to_cups(run)
    assert labels(run.shown()) == ["0", "1", "2", "3", "← Back"]
    run.tap("2")
    assert run.state.data["cups"] == 2


@pytest.mark.parametrize(("typed", "value"), [("7", 7), ("ten", 10), ("0", 0), (" 4 ", 4)])
def test_number_typed_in_range_is_taken(typed: str, value: int) -> None:
    run = Run(drinks_flow(Recorder()))
    _to_cups(run)
    run.text(typed)
    assert run.state.data["cups"] == value
    assert run.state.step == "last_cup"


@pytest.mark.parametrize("typed", ["11", "-1", "lots", "2.5", "1e3"])
def test_number_out_of_range_or_not_a_number_asks_again(typed: str) -> None:
    run = Run(drinks_flow(Recorder()))
    _to_cups(run)
    before = run.state
    said = question(run.text(typed))
    assert run.state == before
    assert said.text == f"{common.number_expected(0, 10)}\n\nHow many cups of coffee?"


# --- ClockTime ---------------------------------------------------------------------------------


def _to_last_cup(run: Run) -> None:
    run.tap("Calm")
    run.tap("Tea")
    run.tap("Done ✓")
    assert run.state.step == "last_cup"


@pytest.mark.parametrize(("typed", "stored"), [("7.30 pm", "19:30"), ("9", "09:00")])
def test_clock_time_is_stored_as_hh_mm(typed: str, stored: str) -> None:
    run = Run(drinks_flow(Recorder()))
    _to_last_cup(run)
    run.text(typed)
    assert run.state.data["last_cup"] == stored


def test_clock_time_suggestion_button_is_taken() -> None:
    run = Run(drinks_flow(Recorder()))
    _to_last_cup(run)
    assert labels(run.shown()) == ["12:00", "14:00", "← Back"]
    run.tap("14:00")
    assert run.state.data["last_cup"] == "14:00"


@pytest.mark.parametrize("typed", ["abc", "25:00", "7:60", "-1", "7:5"])
def test_clock_time_unreadable_asks_again(typed: str) -> None:
    run = Run(drinks_flow(Recorder()))
    _to_last_cup(run)
    before = run.state
    said = question(run.text(typed))
    assert run.state == before
    assert said.text == f"{common.clock_time_expected()}\n\nWhen was the last one?"


def test_clock_time_check_gives_its_own_reason() -> None:
    run = Run(drinks_flow(Recorder()))
    _to_last_cup(run)
    before = run.state
    said = question(run.text("21:15"))
    assert run.state == before
    assert said.text == "That's too late in the day.\n\nWhen was the last one?"
    run.text("19:59")
    assert run.state.data["last_cup"] == "19:59"


# --- FreeText, optional steps and Skip -----------------------------------------------------------


def _to_note(run: Run) -> None:
    _to_last_cup(run)
    run.tap("12:00")
    assert run.state.step == "note"


def test_optional_step_offers_skip() -> None:
    run = Run(drinks_flow(Recorder()))
    _to_note(run)
    assert labels(run.shown()) == ["← Back", "Skip →"]
    assert data_of(run.shown(), "Skip →") == f"f{run.state.seq}:s"


def test_free_text_is_stripped_and_taken() -> None:
    finish = Recorder()
    run = Run(drinks_flow(finish))
    _to_note(run)
    run.text("  slept badly \n")
    assert finish.answers[-1]["note"] == "slept badly"


def test_free_text_over_max_length_asks_again() -> None:
    run = Run(drinks_flow(Recorder()))
    _to_note(run)
    before = run.state
    said = question(run.text("x" * 21))
    assert run.state == before
    assert said.text == f"{common.text_too_long(20)}\n\nAnything else?"
    assert "x" * 21 not in said.text


def test_free_text_at_max_length_is_taken() -> None:
    finish = Recorder()
    run = Run(drinks_flow(finish))
    _to_note(run)
    run.text("y" * 20)
    assert finish.answers[-1]["note"] == "y" * 20


def test_free_text_blank_asks_again() -> None:
    run = Run(drinks_flow(Recorder()))
    _to_note(run)
    before = run.state
    said = question(run.text("   "))
    assert run.state == before
    assert said.text.startswith(common.text_expected())


def test_skip_button_stores_none_and_moves_on() -> None:
    finish = Recorder()
    run = Run(drinks_flow(finish))
    _to_note(run)
    run.tap("Skip →")
    assert not run.state.active
    assert finish.answers[-1]["note"] is None


def test_typed_skip_label_skips_an_optional_step() -> None:
    finish = Recorder()
    run = Run(drinks_flow(finish))
    _to_note(run)
    run.text(common.skip_label())
    assert finish.answers[-1]["note"] is None


def test_skip_press_on_a_required_step_is_refused() -> None:
    run = Run(drinks_flow(Recorder()))
    before = run.state
    said = question(run.event(ButtonPress("s")))
    assert run.state == before
    assert said.text == f"{common.not_skippable()}\n\nHow are you?"


# --- Back ---------------------------------------------------------------------------------------


def test_back_returns_to_the_previous_question_with_a_new_seq() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    seq = run.state.seq
    run.tap("← Back")
    assert run.state.step == "mood"
    assert run.state.history == ()
    assert run.state.seq == seq + 1
    said = question(run.outputs)
    assert said.text == "How are you?"
    assert "← Back" not in labels(said)  # nothing before the first question


def test_back_walks_the_history_and_skips_steps_that_were_left_out() -> None:
    run = Run(drinks_flow(Recorder()))
    _to_last_cup(run)  # the cups question was left out: no coffee
    assert run.state.history == ("mood", "drinks")
    run.tap("← Back")
    assert run.state.step == "drinks"
    assert labels(run.shown())[:3] == ["Coffee", "✓ Tea", "Cola"]  # the earlier answer shows
    run.tap("← Back")
    assert run.state.step == "mood"


def test_typed_back_label_goes_back() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    run.text(common.back_label())
    assert run.state.step == "mood"


@pytest.mark.parametrize("typed", ["back", "Zurück!", "atrás", "retour", "voltar", "назад"])
def test_typed_back_in_any_language_goes_back(typed: str) -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    run.text(typed)
    assert run.state.step == "mood"
    assert run.state.history == ()


@pytest.mark.parametrize("typed", ["skip", "überspringen", "omitir", "passer", "pular"])
def test_typed_skip_in_any_language_skips_an_optional_step(typed: str) -> None:
    finish = Recorder()
    run = Run(drinks_flow(finish))
    _to_last_cup(run)
    run.text("12:00")
    assert run.state.step == "note"
    run.text(typed)
    assert finish.answers[-1]["note"] is None


def test_typed_skip_on_a_needed_step_says_an_answer_is_needed() -> None:
    run = Run(drinks_flow(Recorder()))
    _to_last_cup(run)
    before = run.state
    said = question(run.text("Пропустить"))
    assert run.state == before
    assert said.text.startswith(common.not_skippable())


def test_typed_back_on_the_first_step_is_read_as_an_answer() -> None:
    run = Run(drinks_flow(Recorder()))
    said = question(run.text("back"))
    assert run.state.step == "mood"
    assert said.text.startswith(common.tap_a_button())


def test_an_option_named_like_a_navigation_word_is_chosen_not_navigated() -> None:
    flow = Flow(
        name="pick",
        steps=(
            Choice(key="first", prompt="First?", choices=MOODS),
            Choice(key="part", prompt="Which part?", choices=[Option("back", "Back")]),
        ),
        finish=Recorder(),
    )
    run = Run(flow)
    run.tap("Calm")
    run.text("back")
    assert run.state.flow is None  # "Back" the option was taken, and the flow ended


def test_back_press_on_the_first_question_is_refused() -> None:
    run = Run(drinks_flow(Recorder()))
    before = run.state
    said = question(run.event(ButtonPress("b")))
    assert run.state == before
    assert said.text.startswith(common.tap_a_button())


def test_answering_again_after_back_replaces_the_answer() -> None:
    finish = Recorder()
    run = Run(drinks_flow(finish))
    run.tap("Calm")
    run.tap("← Back")
    run.tap("Tense, a bit")
    assert run.state.data["mood"] == "tense"
    assert run.state.history == ("mood",)


# --- when, seq and finish ------------------------------------------------------------------------


def test_when_asks_a_step_only_if_it_applies() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    run.tap("Coffee")
    run.tap("Done ✓")
    assert run.state.step == "cups"


def test_seq_grows_by_one_per_new_question_only() -> None:
    run = Run(drinks_flow(Recorder()), seq=0)
    seqs = [run.state.seq]
    run.text("nonsense")  # a re-ask
    seqs.append(run.state.seq)
    run.tap("Calm")
    seqs.append(run.state.seq)
    run.tap("Coffee")  # a toggle
    run.tap("Tea")
    seqs.append(run.state.seq)
    run.tap("Done ✓")
    seqs.append(run.state.seq)
    run.text("99")  # a re-ask
    seqs.append(run.state.seq)
    assert seqs == [1, 1, 2, 2, 3, 3]


def test_finish_gets_every_answer_and_ends_the_flow() -> None:
    finish = Recorder()
    run = Run(drinks_flow(finish), seq=0)
    run.tap("Tense, a bit")
    run.tap("Coffee")
    run.tap("Cola")
    run.tap("Done ✓")
    run.text("3")
    run.text("2pm")
    run.text("jittery")
    assert finish.answers == [
        {
            "mood": "tense",
            "drinks": ["coffee", "cola"],
            "cups": 3,
            "last_cup": "14:00",
            "note": "jittery",
        }
    ]
    assert run.state == FlowState(seq=6)
    assert not run.state.active
    assert [s.text for s in says(run.outputs)] == ["All done."]


def test_buttons_of_a_re_ask_and_of_the_first_ask_share_a_seq() -> None:
    run = Run(drinks_flow(Recorder()))
    first = question(run.outputs)
    run.text("nope")
    again = question(run.outputs)
    assert data_of(first, "Calm") == data_of(again, "Calm")
    run.tap("Calm", on=first)  # the older message of the same question still works
    assert run.state.step == "drinks"


def test_reask_repeats_the_question_without_changing_state() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    outputs = reask(run.flow, run.state, profile=PROFILE, now=NOW)
    [said] = outputs
    assert isinstance(said, Say)
    assert said.text == "What did you drink?"
    assert data_of(said, "Done ✓") == f"f{run.state.seq}:d"


@pytest.mark.parametrize("event", [OtherInput("sticker"), LocationInput(52.52, 13.40)])
def test_non_text_on_a_text_step_asks_again(event: Any) -> None:
    run = Run(drinks_flow(Recorder()))
    before = run.state
    said = question(run.event(event))
    assert run.state == before
    assert said.text == f"{common.only_text_here()}\n\nHow are you?"


# --- reply-keyboard steps ----------------------------------------------------------------------


def test_reply_keyboard_step_gets_back_as_a_reply_key_and_no_inline_buttons() -> None:
    run = Run(zone_flow(Recorder()))
    run.tap("Calm")
    said = question(run.outputs)
    assert said.text == "Where are you?"
    assert said.buttons == ()
    assert said.reply_keys == (
        (ReplyKey(common.share_location_label(), request_location=True),),
        (ReplyKey("Europe/London"),),
        (ReplyKey(common.back_label()),),
    )


def test_reply_keyboard_back_key_goes_back() -> None:
    run = Run(zone_flow(Recorder()))
    run.tap("Calm")
    run.text(common.back_label())
    assert run.state.step == "mood"
    assert labels(question(run.outputs)) == ["Calm", "Tense, a bit", common.cancel_label()]


def test_reply_keyboard_re_ask_keeps_the_keyboard_and_back() -> None:
    run = Run(zone_flow(Recorder()))
    run.tap("Calm")
    before = run.state
    said = question(run.text("Qwertyland"))
    assert run.state == before
    assert said.text == f"{common.zone_not_found()}\n\nWhere are you?"
    assert said.reply_keys[0] == (ReplyKey(common.share_location_label(), True),)
    assert said.reply_keys[-1] == (ReplyKey(common.back_label()),)


def test_reply_keyboard_did_you_mean_offers_candidates_and_back() -> None:
    run = Run(zone_flow(Recorder()))
    run.tap("Calm")
    said = question(run.text("usa"))
    assert said.text.startswith(common.zone_did_you_mean())
    keys = [k.label for row in said.reply_keys for k in row]
    assert "America/New_York" in keys
    assert keys[-1] == common.back_label()


def test_answering_a_reply_keyboard_step_removes_the_keyboard() -> None:
    run = Run(zone_flow(Recorder()))
    run.tap("Calm")
    outputs = run.event(LocationInput(52.52, 13.40))
    assert run.state.data["zone"] == "Europe/Berlin"
    got_it, asked = says(outputs)
    assert got_it == Say(common.got_it(), remove_keyboard=True)
    assert asked.text == "When do you wake?"
    assert labels(asked) == ["07:00", "← Back"]


def test_back_button_on_an_inline_step_after_a_reply_keyboard_step() -> None:
    run = Run(zone_flow(Recorder()))
    run.tap("Calm")
    run.text("Berlin")
    run.tap("← Back")
    assert run.state.step == "zone"
    assert question(run.outputs).reply_keys[-1] == (ReplyKey(common.back_label()),)


# --- callback data -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seq", "action", "index", "press"),
    [
        (0, "o", 0, ButtonPress("o", 0)),
        (7, "t", 12, ButtonPress("t", 12)),
        (123456789, "d", None, ButtonPress("d")),
        (5, "s", None, ButtonPress("s")),
        (5, "b", None, ButtonPress("b")),
        (5, "x", None, ButtonPress("x")),
    ],
)
def test_flow_button_round_trips(
    seq: int, action: str, index: int | None, press: ButtonPress
) -> None:
    data = cbd.flow_button(seq, action, index)
    assert len(data.encode()) <= 64
    assert cbd.parse(data) == cbd.FlowButton(seq, press)


@pytest.mark.parametrize(("action", "arg"), [("help", None), ("go", "settings"), ("go", "a_1")])
def test_menu_button_round_trips(action: str, arg: str | None) -> None:
    assert cbd.parse(cbd.menu_button(action, arg)) == cbd.MenuButton(action, arg)


def test_every_button_the_engine_makes_parses_back() -> None:
    run = Run(drinks_flow(Recorder()), seq=99)
    buttons: list[Button] = []
    for step in ("Calm", "Coffee", "Done ✓", "2", "12:00"):
        buttons += [b for row in run.shown().buttons for b in row]
        run.tap(step)
    buttons += [b for row in run.shown().buttons for b in row]
    assert buttons
    for button in buttons:
        assert isinstance(cbd.parse(button.data), cbd.FlowButton), button


@pytest.mark.parametrize(
    "data",
    [
        "",
        None,
        "f1:o1" + "1" * 60,
        "m:" + "a" * 63,
        "f:o1",
        "fx:o1",
        "f1:o",
        "f1:x1",
        "f1:o123",
        "f1234567890:o1",
        "f1:d1",
        "f1:t",
        "f-1:o1",
        "F1:O1",
        " f1:o1",
        "f1:o1 ",
        "m:",
        "m:UPPER",
        "m:a:b:c",
        "m:go:",
        "m:go:Settings",
        "m:" + "a" * 25,
        "drop table",
        "'; DROP TABLE flow_states; --",
        "m:café",
        "m:go:ñ",
        "🙂",
        "f1:o1🙂",
    ],
)
def test_parse_refuses_malformed_data(data: str | None) -> None:
    assert cbd.parse(data) is None


@pytest.mark.parametrize("data", ["f1:o1\n", "m:go\n", "m:go:settings\n"])
def test_parse_refuses_a_trailing_newline(data: str) -> None:
    assert cbd.parse(data) is None


@pytest.mark.parametrize("data", ["f\u0661:o\u0661", "f\uff11:o1", "f1:t\u0967"])
def test_parse_refuses_non_ascii_digits(data: str) -> None:
    assert cbd.parse(data) is None


# --- earlier today ---------------------------------------------------------------------------


@given(
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.lists(st.times().map(lambda t: t.replace(second=0, microsecond=0)), max_size=8),
    st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu"]),
)
def test_earlier_today_never_offers_a_time_still_to_come(
    local: time, offered: list[time], zone: str
) -> None:
    now = datetime.combine(date(2026, 11, 25), local, tzinfo=ZoneInfo(zone)).astimezone(UTC)
    ctx = Ctx({}, Profile(time_zone=zone), now)
    times = earlier_today(offered, ctx)
    assert times  # always something to tap
    assert all(t <= local for t in times)
    assert times == sorted(set(times))
    assert {t for t in offered if t <= local} <= set(times)
    assert not_later_than_now(local, ctx) is None
    if local < time(23, 59):
        later = time(*divmod(local.hour * 60 + local.minute + 1, 60))
        assert not_later_than_now(later, ctx) == common.later_than_now(format_clock(local))


# --- a bare hour where the evening is likelier: a clarifying question -------------------------


def bedtime_flow(finish: Recorder) -> Flow:
    return Flow(
        name="bed",
        steps=(
            Choice(key="mood", prompt="How are you?", choices=MOODS),
            ClockTime(
                key="bed",
                prompt="When do you go to bed?",
                suggestions=[time(22), time(23)],
                plausible=(time(19), time(4)),
                check=lambda value, ctx: None if value != time(11) else "Not at 11:00, surely.",
            ),
        ),
        finish=finish,
    )


def test_a_bare_hour_outside_the_likely_hours_asks_which_with_both_buttons() -> None:
    run = Run(bedtime_flow(Recorder()))
    run.tap("Calm")
    before = run.state
    said = question(run.text("11"))
    assert run.state == before  # nothing taken yet, same question number
    assert said.text == "Did you mean 23:00 or 11:00?\n\nWhen do you go to bed?"
    assert labels(said) == ["23:00", "11:00", "← Back"]


def test_tapping_a_clarifying_option_answers_the_step() -> None:
    finish = Recorder()
    run = Run(bedtime_flow(finish))
    run.tap("Calm")
    run.text("11")
    run.tap("23:00")
    assert finish.answers == [{"mood": "calm", "bed": "23:00"}]


def test_a_clarifying_option_still_goes_through_the_steps_check() -> None:
    run = Run(bedtime_flow(Recorder()))
    run.tap("Calm")
    run.text("11")
    said = question(run.tap("11:00"))
    assert run.state.step == "bed"
    assert said.text.startswith("Not at 11:00, surely.")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("23", "23:00"), ("23:00", "23:00"), ("11pm", "23:00"), ("1", "01:00"), ("11:00", None)],
)
def test_times_that_are_clear_or_likely_are_taken_without_asking(
    typed: str, stored: str | None
) -> None:
    finish = Recorder()
    run = Run(bedtime_flow(finish))
    run.tap("Calm")
    said = question(run.text(typed))
    if stored is None:  # 11:00 written out is taken as typed, and the check refuses it
        assert said.text.startswith("Not at 11:00")
    else:
        assert finish.answers == [{"mood": "calm", "bed": stored}]


def test_without_likely_hours_a_bare_hour_is_that_hour() -> None:
    finish = Recorder()
    run = Run(drinks_flow(finish))
    _to_last_cup(run)
    run.text("11")
    assert run.state.data["last_cup"] == "11:00"


@pytest.mark.parametrize("value", ["99:99", "soon", "23:00:00"])
def test_a_forged_clarifying_value_is_read_like_typed_text_and_refused(value: str) -> None:
    run = Run(bedtime_flow(Recorder()))
    run.tap("Calm")
    before = run.state
    said = question(run.event(ButtonPress("c", value=value)))
    assert run.state == before
    assert said.text.startswith(common.clock_time_expected())


def test_a_clarifying_value_on_a_choice_must_be_one_of_its_options() -> None:
    run = Run(bedtime_flow(Recorder()))
    before = run.state
    said = question(run.event(ButtonPress("c", value="furious")))
    assert run.state == before
    assert said.text.startswith(common.tap_a_button())
    run.event(ButtonPress("c", value="calm"))
    assert run.state.data["mood"] == "calm"


@pytest.mark.parametrize("value", ["23:00", "a", "x" * 32, "+1.5_-:"])
def test_clarify_button_round_trips(value: str) -> None:
    data = cbd.clarify_button(12, value)
    assert len(data.encode()) <= 64
    assert cbd.parse(data) == cbd.FlowButton(12, ButtonPress("c", value=value))


@pytest.mark.parametrize("data", ["f1:c", "f1:c" + "x" * 33, "f1:c a", "f1:cé", "f1:c23:00\n"])
def test_parse_refuses_malformed_clarifying_data(data: str) -> None:
    assert cbd.parse(data) is None


def test_clarify_button_refuses_a_value_it_cannot_carry() -> None:
    with pytest.raises(ValueError, match="plain ASCII"):
        cbd.clarify_button(1, "café")


# --- Cancel on the first question ---------------------------------------------------------------


def test_the_first_question_offers_cancel_and_it_asks_the_runner_to_cancel() -> None:
    run = Run(drinks_flow(Recorder()))
    before = run.state
    assert data_of(run.shown(), common.cancel_label()) == f"f{before.seq}:x"
    outputs = run.tap(common.cancel_label())
    # The runner carries out /cancel; the flow's state is left for it to end.
    assert outputs == [RunAction("cancel")]
    assert run.state == before


def test_later_questions_offer_back_not_cancel() -> None:
    run = Run(drinks_flow(Recorder()))
    run.tap("Calm")
    assert labels(run.shown()) == ["Coffee", "Tea", "Cola", common.back_label(), "Done ✓"]
    # Back to the first question: Cancel again, and no Back.
    run.tap(common.back_label())
    assert labels(run.shown())[-1] == common.cancel_label()
    assert common.back_label() not in labels(run.shown())


def test_cancel_follows_skip_and_done_on_a_first_multichoice() -> None:
    flow = Flow(
        name="tags",
        steps=(MultiChoice(key="tags", prompt="Tags?", choices=DRINKS, optional=True),),
        finish=Recorder(),
    )
    run = Run(flow)
    assert labels(run.shown())[-3:] == [common.skip_label(), "Done ✓", common.cancel_label()]
    run.tap("Tea")  # a toggle's edit keeps Cancel
    assert labels(run.shown())[-1] == common.cancel_label()


def test_a_re_asked_first_question_keeps_cancel() -> None:
    run = Run(drinks_flow(Recorder()))
    said = question(run.text("maybe"))
    assert said.text.startswith(common.tap_a_button())
    assert labels(said)[-1] == common.cancel_label()


def test_a_clarifying_question_first_keeps_cancel() -> None:
    flow = Flow(
        name="bed",
        steps=(ClockTime(key="bed", prompt="Bedtime?", plausible=(time(19), time(4))),),
        finish=Recorder(),
    )
    run = Run(flow)
    said = question(run.text("11"))
    assert labels(said) == ["23:00", "11:00", common.cancel_label()]


def test_a_flow_whose_first_question_is_a_way_out_can_leave_cancel_off() -> None:
    flow = Flow(
        name="sure",
        steps=(Choice(key="sure", prompt="Sure?", choices=MOODS),),
        finish=Recorder(),
        cancel_first=False,
    )
    run = Run(flow)
    assert labels(run.shown()) == ["Calm", "Tense, a bit"]
    before = run.state
    # A forged Cancel press still only asks the runner to cancel, as typed /cancel would.
    assert run.event(ButtonPress("x")) == [RunAction("cancel")]
    assert run.state == before


def test_a_first_reply_keyboard_question_gets_a_cancel_key_that_works_typed() -> None:
    flow = Flow(
        name="where",
        steps=(
            TimeZone(key="zone", prompt="Where are you?", popular=lambda ctx: ("Europe/London",)),
        ),
        finish=Recorder(),
    )
    run = Run(flow)
    said = question(run.outputs)
    assert said.reply_keys[-1] == (ReplyKey(common.cancel_label()),)
    assert run.text(common.cancel_label()) == [RunAction("cancel")]
    assert run.state.step == "zone"


@pytest.mark.parametrize(
    ("typed", "quoted"),
    [
        ("short words", "short words"),
        ("  spaces   folded\ninto one  ", "spaces folded into one"),
        ("Heute war ein langer Tag im Büro und danach", "Heute war ein langer Tag im…"),
        ("stress at home, stress at home, stress", "stress at home, stress at…"),
        ("x" * 40, "x" * 29 + "…"),  # one long word: cut, there is no word end near
        ("a " + "y" * 40, "a " + "y" * 27 + "…"),  # the only space is too early to cut at
    ],
)
def test_an_excerpt_ends_at_a_word_and_is_never_longer_than_its_limit(
    typed: str, quoted: str
) -> None:
    said = excerpt(typed)
    assert said == quoted
    assert len(said) <= EXCERPT_LENGTH


@given(st.text(max_size=200))
def test_an_excerpt_is_within_its_limit_and_begins_the_text(typed: str) -> None:
    said = excerpt(typed)
    folded = " ".join(typed.split())
    assert len(said) <= EXCERPT_LENGTH
    assert folded.startswith(said.removesuffix("…").rstrip(" ,;:"))
