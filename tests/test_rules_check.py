"""The rules check (`bot.core.reading.rules_check`): a rules change is judged by what it made
newly wrong against a saved run, rows judged as the blind scorer judges them."""

from __future__ import annotations

import json

import pytest

from bot.core.reading import rules_check
from bot.core.reading.rules_check import compare


def test_compare_counts_newly_right_newly_wrong_and_changed_and_names_the_wrong_ones() -> None:
    before = {
        "a": ["none", False],
        "b": ["crisis", True],
        "c": ["ask", True],
        "d": ["panic", True],
        "gone": ["none", True],
    }
    now = {
        "a": ("crisis", True),  # newly right
        "b": ("none", False),  # newly wrong
        "c": ("crisis", True),  # changed, right both times
        "d": ("panic", True),  # the same
        "new": ("none", False),  # not in the saved run: not counted
    }
    counts, wrong = compare(before, now)
    assert counts == {"newly_right": 1, "newly_wrong": 1, "changed": 3}
    assert wrong == [("b", "crisis", "none")]


def test_verdicts_judge_each_row_by_its_tier_and_an_empty_intent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stroke = "my dad's face is drooping and he can't lift his arm"
    rows = [
        (
            "safety",
            "s1",
            {"label": "em_stroke", "text": stroke},
        ),
        ("safety", "s2", {"label": "none", "text": "had two coffees before lunch"}),
        ("safety", "s3", {"label": "crisis", "text": "had two coffees before lunch"}),
        ("intents", "i1", {"label": "none", "text": "the weather is grey today"}),
    ]
    monkeypatch.setattr(rules_check, "_rows", lambda: iter(rows))
    verdicts = rules_check.verdicts()
    # An em_* row is judged as an emergency; an everyday row must stay clean; a crisis row the
    # rules read as nothing is wrong; an intent row labelled none is right only with none.
    assert verdicts["s1"] == ("emergency", True)
    assert verdicts["s2"] == ("none", True)
    assert verdicts["s3"] == ("none", False)
    assert verdicts["i1"] == ("none->none", True)
    json.dumps(verdicts)  # what `save` writes
