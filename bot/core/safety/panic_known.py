"""Panic the writer names as their own familiar anxiety (set AB), every language, over normalised
text; a space in the rules below stands for \\s+. "necesito respirar ya, siento que me ahogo pero
sé que es la ansiedad", "having one of my attacks rn in the toilets, i know what it is": the
writer says what it is — their anxiety, their panic, one of their attacks — so a breath that
fails beside it is panic, not an emergency. A danger sign (blue lips, a swelling, chest pain
spreading, someone else) keeps the emergency: classify clears only a lone cannot_breathe, and
crisis words outrank panic.

Each rule needs the naming itself ("I know it is anxiety", "one of my attacks", "my panic
again"), not the word alone: "what if it is not anxiety" or "no sé qué es" stay as they are.
"""

from __future__ import annotations

from bot.core.safety.common import spaced as _s

__all__ = ["KNOWN"]

KNOWN: dict[str, tuple[str, ...]] = {
    "en": _s(
        r"i know (?:that )?(?:it is|its|this is|what it is)(?: (?:just|only|a|an|the|my))*"
        r" (?:anxiety|panic|panic attack|anxiety attack)\b",
        r"(?:having|had|in the middle of) one of my (?:panic |anxiety )?attacks\b",
        r"(?:it is|its) (?:just )?my (?:anxiety|panic) again\b",
    ),
    "de": _s(
        r"ich weiss (?:, )?(?:dass |das )?(?:es|das) (?:ist )?(?:(?:nur|bloss|halt|wieder)"
        r" )*(?:die |meine )?(?:angst|panik|panikattacke)\b",
        r"(?:eine|einer) (?:meiner|von meinen) (?:panik|angst)?attacken\b",
        r"(?:es|das) ist (?:nur |bloss |halt )?wieder (?:meine |die )?(?:angst|panik)\b",
    ),
    "es": _s(
        r"se (?:que )?es (?:(?:solo|la|mi|un|otra vez) )*(?:ansiedad|panico|ataque de"
        r" (?:panico|ansiedad))\b",
        r"(?:tengo|tuve|con) uno de mis ataques\b",
        r"(?:es )?mi ansiedad (?:de nuevo|otra vez)\b",
    ),
    "fr": _s(
        r"je sais (?:que )?c est (?:(?:juste|que|seulement|encore) )*(?:l |de l |une |mon |ma )?"
        r"(?:angoisse|anxiete|panique|crise d (?:angoisse|anxiete|panique))\b",
        r"une de mes crises\b",
    ),
    "it": _s(
        r"so (?:che )?(?:e|sono) (?:(?:solo|l|un|la mia|il mio|di nuovo) )*(?:ansia|panico"
        r"|attacco di (?:panico|ansia))\b",
        r"uno dei miei attacchi\b",
    ),
    "nl": _s(
        r"ik weet (?:, )?(?:dat )?het (?:is )?(?:(?:maar|gewoon|alleen|weer) )*(?:de |mijn )?"
        r"(?:angst|paniek|paniekaanval)\b",
        r"een van mijn (?:paniek)?aanvallen\b",
    ),
    "pl": _s(
        r"wiem (?:, )?(?:ze )?to (?:(?:tylko|jest|moja|moj|znowu|znow) )*(?:nerwica|lek|panika"
        r"|atak paniki)\b",
        r"jeden z moich atakow\b",
    ),
    "pt": _s(
        r"sei (?:que )?(?:e|eh) (?:(?:so|a|minha|uma|de novo) )*(?:ansiedade|panico|crise de"
        r" (?:ansiedade|panico))\b",
        r"uma das minhas crises\b",
    ),
    "ru": _s(
        r"знаю (?:, )?(?:что )?это (?:(?:просто|всего лишь|опять|снова|моя) )*(?:тревога|паника"
        r"|паническая атака|паничка|нервы)",
        r"одна из моих (?:панических )?атак",
    ),
    "uk": _s(
        r"знаю (?:, )?(?:що )?це (?:(?:просто|лише|знову|моя) )*(?:тривога|паніка|панічна атака"
        r"|нерви)",
        r"одна з моїх (?:панічних )?атак",
    ),
    "tr": _s(
        r"(?:kaygi|panik|anksiyete)(?: atak| atagi| atagim)? oldugunu biliyorum",
        r"biliyorum (?:, )?(?:bu )?(?:sadece )?(?:kaygi|panik|anksiyete)\b",
        r"yine (?:o )?panik atak\w*",
    ),
}
