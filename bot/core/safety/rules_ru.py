"""stub"""
from bot.core.safety.ruleset import LanguageRules
RULES = LanguageRules(language="ru", crisis=(), ask=(), emergency={}, red_flags={}, health_anxiety=(), spreading=(), numbness=(), injury=(), head_injury=(), confusion=())
