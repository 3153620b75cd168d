"""Round nine's three families, added to every language's rules where classify.py gathers
them (so that rules_<lang>.py stay as they are, and under their size): a panic attack the
writer knows, carbon monoxide, and red flags said in words over weeks. Each language's are in
its rules_<lang>_panic_gas_weeks.py; common.gas_and_weeks says where each goes."""

from __future__ import annotations

from bot.core.safety import (
    rules_de_panic_gas_weeks,
    rules_en_panic_gas_weeks,
    rules_es_panic_gas_weeks,
    rules_fr_panic_gas_weeks,
    rules_it_panic_gas_weeks,
    rules_nl_panic_gas_weeks,
    rules_pl_panic_gas_weeks,
    rules_pt_panic_gas_weeks,
    rules_ru_panic_gas_weeks,
    rules_tr_panic_gas_weeks,
    rules_uk_panic_gas_weeks,
)
from bot.core.safety.more_families import widened as _more
from bot.core.safety.ruleset import LanguageRules

__all__ = ["widened"]

_WIDEN = {
    "de": rules_de_panic_gas_weeks.widen,
    "en": rules_en_panic_gas_weeks.widen,
    "es": rules_es_panic_gas_weeks.widen,
    "fr": rules_fr_panic_gas_weeks.widen,
    "it": rules_it_panic_gas_weeks.widen,
    "nl": rules_nl_panic_gas_weeks.widen,
    "pl": rules_pl_panic_gas_weeks.widen,
    "pt": rules_pt_panic_gas_weeks.widen,
    "ru": rules_ru_panic_gas_weeks.widen,
    "tr": rules_tr_panic_gas_weeks.widen,
    "uk": rules_uk_panic_gas_weeks.widen,
}


def widened(rules: LanguageRules) -> LanguageRules:
    """`rules` with round nine's families of its language added, and set U's (more_families)."""
    return _more(_WIDEN[rules.language](rules))
