"""Two red flags said over weeks (set U), over normalised text; a space in the rules below
stands for \\s+.

Breathless lying flat, sleeping half upright for weeks ("ik krijg geen lucht als ik plat lig,
slaap al weken half rechtop"): the language's own breathless_lying_flat rules read it, but its
emergency rule for air that fails read it too. SITTING_UP is a lookahead each language's
plain "no air" emergency rules get (rules_es.py's SITTING_UP, rules_ru.py, for the rest): lying
flat or sleeping upright said after it in the same sentence. Rules naming a swelling or blue
lips keep no such lookahead.

A grip failing over weeks: a hammer, a pen, a cup slipping from the hand, beside weeks or
months ("mijn hamer glipt uit m'n hand… sinds een paar weken"); and Dutch "kan geen potjes
meer openen", whose "geen" the negation read as a denial."""

from __future__ import annotations

from bot.core.safety.common import near
from bot.core.safety.common import spaced as _s

__all__ = ["GRIP", "SITTING_UP"]



def _ahead(words: str) -> str:
    return rf"(?![^!?]{{0,80}}?(?<!\w){words})"


SITTING_UP: dict[str, str] = {
    "de": _ahead(
        r"(?:flach (?:lieg\w*|hinleg\w*)|(?:hinlege|hinlegen|liege)\b|halb (?:sitzend|aufrecht)"
        r"|im sitzen (?:schlaf\w*|penn\w*)|(?:schlafe|schlaf|penne) (?:\w+ ){0,4}?(?:sitzend"
        r"|aufrecht))"
    ),
    "es": _ahead(
        r"(?:(?:me )?(?:acuesto|tumbo|echo)\b|tumbad[oa]|acostad[oa]|boca arriba|(?:medio|casi)"
        r" (?:sentad[oa]|incorporad[oa])|durmiendo (?:\w+ )?sentad[oa]|duermo (?:\w+ )?sentad[oa])"
    ),
    "nl": _ahead(
        r"(?:plat (?:lig|liggen|lag|slapen)|half (?:rechtop|zittend)|rechtop (?:slapen|slaap)"
        r"|(?:slaap|sliep) (?:\w+ ){0,4}?(?:rechtop|zittend))"
    ),
    "pl": _ahead(
        r"(?:na plasko|na wznak|na lezaco|(?:kiedy|jak|gdy) (?:sie )?(?:poloze|klade|leze)"
        r"|(?:na )?pol siedzaco|(?:spie|spalam|spalem|sypiam) (?:\w+ ){0,3}?(?:siedzac\w*"
        r"|na siedzaco))"
    ),
}

_WEEKS = {
    "en": r"(?:weeks|months|a month|lately|getting worse|more and more)",
    "de": r"(?:wochen|monaten|monat|immer ofter|immer mehr|in letzter zeit)",
    "es": r"(?:semanas|meses|un mes|cada vez mas|ultimamente)",
    "fr": r"(?:semaines|mois|de plus en plus|ces derniers temps)",
    "it": r"(?:settimane|mesi|un mese|sempre piu|ultimamente)",
    "nl": r"(?:weken|maanden|een maand|steeds vaker|steeds meer|de laatste tijd)",
    "pl": r"(?:tygodni\w*|miesi\w*|coraz czesciej|ostatnio)",
    "pt": r"(?:semanas|meses|um mes|cada vez mais|ultimamente)",
    "ru": r"(?:недел\w*|месяц\w*|все чаще|в последнее время)",
    "uk": r"(?:тиж\w*|місяц\w*|все частіше|останнім часом)",
    "tr": r"(?:hafta\w*|ay\w*dir|aylardir|giderek|son zamanlarda)",
}
_SLIP = {
    "en": r"(?:(?:hammer|screwdriver|pen|cup|mug|fork|knife|tools?|phone|kettle) (?:\w+ ){0,2}?"
    r"(?:slips?|slipping|slid|falls?|falling) (?:out of|from) (?:my )?hand)",
    "de": r"(?:(?:hammer|schraubenzieher|stift|tasse|becher|gabel|messer|werkzeug|handy)"
    r" (?:\w+ ){0,2}?(?:rutscht|rutschte|fallt|fiel|gleitet) (?:mir )?(?:\w+ )?aus der hand)",
    "es": r"(?:se me (?:resbala|resbalan|cae|caen) (?:el |la |los |las )?(?:martillo"
        r"|destornillador"
    r"|boli|boligrafo|taza|vaso|tenedor|cuchillo|herramientas?|movil) (?:de la mano"
    r"|de las manos))",
    "fr": r"(?:(?:marteau|tournevis|stylo|tasse|verre|fourchette|couteau|outils?|telephone)"
    r" (?:\w+ ){0,2}?(?:me )?(?:glisse|glissent|tombe|tombent|echappe) (?:des |de la )?mains?)",
    "it": r"(?:(?:martello|cacciavite|penna|tazza|bicchiere|forchetta|coltello|attrezzi|telefono)"
    r" (?:\w+ ){0,2}?(?:mi )?(?:scivola|scivolano|cade|cadono) (?:di|dalla|dalle) mano)",
    "nl": r"(?:(?:hamer|schroevendraaier|pen|kopje|mok|beker|vork|mes|gereedschap|telefoon)"
    r" (?:\w+ ){0,2}?(?:glipt|glijdt|valt|vallen) (?:\w+ ){0,2}?uit (?:mijn |m n |de )?hand"
    r"|(?:kan|krijg) (?:\w+ ){0,4}?geen (?:potjes|potten|flessen|deksels) (?:meer )?(?:open|los))",
    "pl": r"(?:(?:mlotek|srubokret|dlugopis|kubek|szklanka|widelec|noz|narzedzi\w*|telefon)"
    r" (?:\w+ ){0,2}?(?:wypada|wysuwa sie|leci|lecial|wypadl) (?:mi )?z (?:reki|rak|dloni))",
    "pt": r"(?:(?:martelo|chave de fenda|caneta|xicara|caneca|copo|garfo|faca|ferramentas?"
    r"|celular) (?:\w+ ){0,2}?(?:escorrega|escorregam|cai|caem) (?:da|das) maos?)",
    "ru": r"(?:(?:молоток|отвертк\w*|ручк\w*|кружк\w*|чашк\w*|вилк\w*|нож|инструмент\w*|телефон)"
    r" (?:\w+ ){0,2}?(?:выскальзывает|выпадает|падает|валится) (?:из рук\w*|из ладони))",
    "uk": r"(?:(?:молоток|викрутк\w*|ручк\w*|чашк\w*|горнят\w*|виделк\w*|ніж|інструмент\w*"
    r"|телефон) (?:\w+ ){0,2}?(?:вислизає|випадає|падає) (?:з рук\w*|з долоні))",
    "tr": r"(?:(?:cekic\w*|tornavida\w*|kalem\w*|bardak\w*|fincan\w*|catal\w*|bicak\w*|telefon\w*)"
    r" (?:\w+ ){0,2}?(?:elimden|ellerimden) (?:kayiyor|dusuyor|kaydi|dustu))",
}
GRIP: dict[str, tuple[str, ...]] = {
    lang: _s(*near(120, _WEEKS[lang], _SLIP[lang], stop="!?")) for lang in _WEEKS
}
