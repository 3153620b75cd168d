"""Pure statistics behind /insights and the clinician's report: sleep timing and regularity,
period summaries, and with/without comparisons tested against day-to-day noise.

Every function takes plain records and returns numbers or None; wording belongs to the messages.
"""

from bot.core.stats.findings import (
    ALPHA,
    MIN_DAYS_EACH_SIDE,
    Finding,
    compare_factor,
    findings,
    findings_needed,
)
from bot.core.stats.permutation import holm, permutation_p_value
from bot.core.stats.records import (
    HIGH_ANXIETY,
    SHORT_SLEEP_HOURS,
    DayCaffeine,
    DayRecord,
    caffeine_after_cutoff,
    day_caffeine,
    is_short_night,
    sleep_hours,
    sleep_interval,
)
from bot.core.stats.sleep import (
    bedtime_sd_minutes,
    sleep_regularity_index,
    social_jetlag_hours,
    timing_variation_minutes,
    weekend_shift_hours,
)
from bot.core.stats.summary import (
    MIN_CHECKINS,
    PeriodChange,
    PeriodSummary,
    PracticeSummary,
    SessionRecord,
    change,
    checkins_needed,
    period_summary,
    practice_summary,
)

__all__ = [
    "ALPHA",
    "HIGH_ANXIETY",
    "MIN_CHECKINS",
    "MIN_DAYS_EACH_SIDE",
    "SHORT_SLEEP_HOURS",
    "DayCaffeine",
    "DayRecord",
    "Finding",
    "PeriodChange",
    "PeriodSummary",
    "PracticeSummary",
    "SessionRecord",
    "bedtime_sd_minutes",
    "caffeine_after_cutoff",
    "change",
    "checkins_needed",
    "compare_factor",
    "day_caffeine",
    "findings",
    "findings_needed",
    "holm",
    "is_short_night",
    "period_summary",
    "permutation_p_value",
    "practice_summary",
    "sleep_hours",
    "sleep_interval",
    "sleep_regularity_index",
    "social_jetlag_hours",
    "timing_variation_minutes",
    "weekend_shift_hours",
]
