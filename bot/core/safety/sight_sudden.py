"""Sight gone on one side all at once, an emergency in every language (set U: "auf einmal seh
ich links gar nix mehr, wie ein schwarzer vorhang"), over normalised text; a space in the rules
below stands for \\s+. Like rules_de_sight.py it is added to the one-sided signs (a stroke or a
blocked artery of the eye), but here the eye need not be named: seeing nothing on the left or
the right, beside something sudden (auf einmal, de repente, tout d'un coup, nagle, вдруг,
раптом, ineens, all'improvviso) or a curtain. Seeing badly, or for years, stays clear: the
verb is seeing nothing, and the sudden word stands close."""

from __future__ import annotations

from bot.core.safety.common import near
from bot.core.safety.common import spaced as _s

__all__ = ["SIGHT_SUDDEN"]



def _sudden(sudden: str, dark: str) -> tuple[str, ...]:
    return _s(*near(80, sudden, dark, stop="?"))


SIGHT_SUDDEN: dict[str, tuple[str, ...]] = {
    "en": _sudden(
        r"(?:all of a sudden|suddenly|out of nowhere|all at once|(?:black |dark )?curtain)",
        r"(?:(?:cant|can not|cannot) see (?:anything |a thing )?(?:\w+ ){0,2}?(?:on|out of|from"
        r"|to) (?:the |my )?(?:left|right)|(?:see|seeing) nothing (?:\w+ ){0,2}?(?:on|out of|from"
        r"|to) (?:the |my )?(?:left|right))",
    ),
    "de": _sudden(
        r"(?:auf einmal|plotzlich|ploetzlich|schlagartig|von jetzt auf gleich|(?:schwarzer"
        r" |dunkler |grauer )?vorhang)",
        r"(?:(?:seh|sehe) (?:ich )?(?:\w+ ){0,2}?(?:links|rechts|auf der (?:linken|rechten) seite)"
        r" (?:\w+ ){0,2}?(?:nix|nichts|nur noch schwarz))",
    ),
    "es": _sudden(
        r"(?:de repente|derepente|de golpe|de un momento a otro|(?:una )?cortina|telon)",
        r"(?:(?:no veo|deje de ver|no puedo ver|no consigo ver) (?:nada )?(?:\w+ ){0,2}?(?:por|del"
        r"|de|a|en) (?:el |la )?(?:lado )?(?:izquierd[oa]|derech[oa]))",
    ),
    "fr": _sudden(
        r"(?:tout d un coup|d un coup|soudain\w*|brusquement|tout a coup|rideau|voile noir)",
        r"(?:(?:je )?(?:vois|voit) (?:plus |pas |rien )+(?:\w+ ){0,2}?(?:a|de|du|sur) (?:la )?"
        r"(?:cote )?(?:gauche|droite))",
    ),
    "it": _sudden(
        r"(?:all improvviso|improvvisamente|di colpo|tutto d un tratto|d un tratto|tenda|sipario)",
        r"(?:(?:non vedo|non ci vedo|smesso di vedere) (?:piu )?(?:niente |nulla )?(?:\w+ ){0,2}?"
        r"(?:a|da|dal|dall|sul|sulla) (?:lato )?(?:sinistr[oa]|destr[oa]))",
    ),
    "nl": _sudden(
        r"(?:ineens|opeens|plotseling|plots|in een keer|(?:zwart )?gordijn)",
        r"(?:(?:zie|zag) (?:ik )?(?:\w+ ){0,2}?(?:links|rechts|aan de (?:linker|rechter) ?kant)"
        r" (?:\w+ ){0,2}?(?:niks|niets|alleen zwart|helemaal zwart))",
    ),
    "pl": _sudden(
        r"(?:nagle|z nienacka|w jednej chwili|kurtyn\w*|zaslon\w*)",
        r"(?:(?:nie widze|przestal\w* widziec) (?:nic )?(?:\w+ ){0,2}?(?:na|po|z) (?:lew\w*"
        r"|praw\w*))",
    ),
    "pt": _sudden(
        r"(?:de repente|derrepente|do nada|de uma hora (?:pra|para) outra|cortina)",
        r"(?:(?:nao (?:vejo|enxergo|to vendo|estou vendo)|parei de (?:ver|enxergar)) (?:nada )?"
        r"(?:\w+ ){0,2}?(?:do|no|pelo|de) (?:lado )?(?:esquerd[oa]|direit[oa]))",
    ),
    "ru": _sudden(
        r"(?:вдруг|внезапно|резко|ни с того ни с сего|штор\w*|занавес\w*|пелен\w*)",
        r"(?:(?:не вижу|перестал\w* видеть|ничего не вижу) (?:\w+ ){0,2}?(?:слева|справа"
        r"|левым|правым|на лев\w*|на прав\w*))",
    ),
    "uk": _sudden(
        r"(?:раптом|раптово|різко|ні з того ні з сього|штор\w*|завіс\w*|пелен\w*)",
        r"(?:(?:не бачу|перестал\w* бачити|перестав бачити|нічого не бачу) (?:\w+ ){0,2}?(?:зліва"
        r"|справа|лівим|правим|на лів\w*|на прав\w*))",
    ),
    "tr": _sudden(
        r"(?:birden|aniden|bir anda|perde)",
        r"(?:(?:sol|sag) (?:taraf\w* |gozum\w* )?(?:\w+ ){0,2}?(?:hic )?(?:goremiyorum|gormuyorum"
        r"|goremez oldum))",
    ),
}
