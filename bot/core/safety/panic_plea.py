"""Panic told by a plea or a trap and the body (set U), every language, over normalised text; a
space in the rules below stands for \\s+. "no puedo respirar bien, tiemblo toda, estoy encerrada
en el baño del trabajo. ayudame a respirar", "j'arrive pas à respirer je tremble, je suis dans
le RER bloqué… aide moi à respirer", "cała drżę i nie mogę złapać tchu, jak ostatnio", "não
consigo respirar, formigueiro nas mãos, igual à última vez": shaking or tingling hands beside
"help me breathe", a locked toilet, a stuck train or lift, or "like last time" — panic, so the
breath that fails is no emergency. A danger sign (blue lips, a swelling, chest pain spreading,
someone else) keeps the emergency: classify clears only a lone cannot_breathe."""

from __future__ import annotations

from bot.core.safety.common import near
from bot.core.safety.common import spaced as _s

__all__ = ["PLEA"]



def _plea(plea: str, body: str) -> tuple[str, ...]:
    return _s(*near(100, plea, body, stop="!?"))


PLEA: dict[str, tuple[str, ...]] = {
    "en": _plea(
        r"(?:help me (?:to )?breathe|talk me (?:down|through (?:this|it))|locked (?:myself )?in"
        r" (?:the |a )?(?:\w+ )?(?:bathroom|toilet|loo|stall|toilets)|stuck (?:in|on) (?:the |a )?"
        r"(?:train|tube|lift|elevator|subway|metro)|(?:train|tube|lift|elevator) (?:is |s )?stuck"
        r"|(?:same|like) (?:as )?last time|just like before)",
        r"(?:shaking|trembling|shaky|tingl\w*|pins and needles|hyperventilat\w*)",
    ),
    "de": _plea(
        r"(?:hilf mir (?:zu )?atmen|hilf mir runter|(?:eingesperrt|eingeschlossen) (?:\w+ ){0,3}?"
        r"(?:klo|toilette|bad|wc)|(?:klo|toilette|bad|wc) (?:\w+ ){0,2}?(?:eingesperrt"
        r"|eingeschlossen)|(?:zug|s bahn|u bahn|bahn|aufzug|fahrstuhl) (?:\w+ ){0,3}?(?:steckt"
        r"|feststeckt|stecken geblieben|stehen geblieben)|wie (?:beim )?letzte(?:s|n) mal)",
        r"(?:zitter\w*|kribbel\w*|hyperventilier\w*)",
    ),
    "es": _plea(
        r"(?:ayudame a respirar|encerrad[oa] en (?:el )?(?:\w+ ){0,3}?(?:bano|aseo|servicio"
        r"|lavabo)|(?:metro|tren|ascensor|vagon) (?:\w+ ){0,2}?(?:parado|atascado|detenido)"
        r"|atrapad[oa] en (?:el )?(?:metro|tren|ascensor)|(?:como"
        r"|igual que) la (?:ultima|otra) vez)",
        r"(?:tiemblo|temblando|hormigue\w*)",
    ),
    "fr": _plea(
        r"(?:aide(?:z)? moi a respirer|enferme\w* (?:\w+ ){0,3}?(?:toilettes|wc|chiottes"
        r"|salle de bain)|(?:rer|metro|train|tram|ascenseur) (?:\w+ ){0,2}?(?:bloque\w*|arrete\w*"
        r"|coince\w*)|coince\w* dans (?:le |l )?(?:rer|metro|train|ascenseur)"
        r"|comme la derniere fois"
        r"|comme l autre fois)",
        r"(?:tremble\w*|fourmill\w*|picote\w*)",
    ),
    "it": _plea(
        r"(?:aiutami a respirare|chius[oa] (?:\w+ ){0,2}?(?:in )?bagno|bloccat[oa] (?:\w+ ){0,2}?"
        r"(?:treno|metro|ascensore)|(?:treno|metro|ascensore) (?:\w+ ){0,2}?(?:bloccat\w*|fermo)"
        r"|come l ultima volta|come l altra volta)",
        r"(?:tremo|tremando|formicol\w*)",
    ),
    "nl": _plea(
        r"(?:help me (?:met )?ademen|opgesloten (?:\w+ ){0,3}?(?:wc|toilet|badkamer)"
        r"|(?:trein|metro"
        r"|lift) (?:\w+ ){0,2}?(?:vast|stilgevallen|stil)|vast in (?:de )?(?:trein|metro|lift)"
        r"|(?:net |zoals )(?:als )?(?:de )?vorige keer)",
        r"(?:tril|tril\w*|tintel\w*)",
    ),
    "pl": _plea(
        r"(?:pomoz mi (?:\w+ )?oddychac|zamknel\w* sie (?:\w+ ){0,2}?(?:w )?(?:lazience|toalecie"
        r"|kiblu|wc)|(?:pociag|metro|winda|tramwaj) (?:\w+ ){0,2}?(?:stan\w*|utknal\w*"
        r"|zablokowan\w*)|utknel\w* w (?:pociagu|metrze|windzie)|jak ostatnio|jak ostatnim razem"
        r"|jak poprzednio)",
        r"(?:drze|drzy\w*|trzese sie|trzesie mnie|mrowi\w*|mrowieni\w*)",
    ),
    "pt": _plea(
        r"(?:me ajuda a respirar|ajuda me a respirar|trancad[oa] (?:\w+ ){0,3}?(?:banheiro"
        r"|casa de banho|wc)|(?:metro|trem|comboio|elevador) (?:\w+ ){0,2}?(?:parad\w*|pres\w*"
        r"|travad\w*)|pres[oa] n[oa] (?:metro|trem|comboio|elevador)|(?:igual|como) (?:a|da|na)"
        r" ultima vez)",
        r"(?:tremendo|tremo|formigueiro|formigamento|formigando)",
    ),
    "ru": _plea(
        r"(?:помоги(?:те)? (?:мне )?(?:дышать|продышаться)|заперл\w* (?:\w+ ){0,3}?(?:туалет\w*"
        r"|ванн\w*)|застрял\w* (?:\w+ ){0,2}?(?:метро|поезд\w*|лифт\w*|электричк\w*)|(?:метро"
        r"|поезд|лифт|электричка) (?:\w+ ){0,2}?(?:застрял\w*|встал\w*)|как в прошлый раз"
        r"|как в тот раз)",
        r"(?:трясет|трясусь|дрожу|покалывает|покалыван\w*|колет)",
    ),
    "uk": _plea(
        r"(?:допоможи(?:ть)? (?:мені )?дихати|замкнул\w* (?:\w+ ){0,3}?(?:туалет\w*|ванн\w*)"
        r"|застрягл?\w* (?:\w+ ){0,2}?(?:метро|потяг\w*|ліфт\w*|електричц\w*)|(?:метро|потяг|ліфт"
        r"|електричка) (?:\w+ ){0,2}?застрягл?\w*|як минулого разу|як минулий раз|як того разу)",
        r"(?:трусить|тремчу|тремтю|трясе|поколу\w*|поколю\w*|коле)",
    ),
    "tr": _plea(
        r"(?:nefes almama yardim et|(?:tuvalete|banyoya|lavaboya) kilitle\w*|(?:metro|tren|asansor"
        r"|metrobus)\w* (?:\w+ ){0,2}?(?:kaldi|mahsur|durdu)|gecen seferki gibi|gecen sefer gibi)",
        r"(?:titriyorum|titreme\w*|karincalan\w*)",
    ),
}
