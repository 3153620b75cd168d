"""Panic in a crowd, or known by its count or its name, in Spanish, French, Italian and
Portuguese (sets V, W), over normalised text; a space below stands for \\s+: hiding in the
toilets at a wedding "demasiada gente", "al concerto, troppa gente, mi manca l'aria e tremo",
"c'est ma 4e crise ce mois, aide moi à respirer", tingling hands and "ayúdame a calmarme",
tingling lips on the floor "é ansiedade né?". Panic, so the breath that fails is no emergency;
a danger sign (blue lips, a swelling, chest pain spreading, someone else) keeps the emergency:
classify clears only a lone cannot_breathe."""

from __future__ import annotations

from bot.core.safety.common import near, spaced

__all__ = ["PANIC"]


def _with(most: int, cause: str, body: str) -> tuple[str, ...]:
    return spaced(*near(most, cause, body, stop="?"))


PANIC: dict[str, tuple[str, ...]] = {
    "es": (
        *_with(
            120,
            r"(?:demasiada gente|mucha gente|tanta gente|la multitud|el gentio|escondid[oa] en el"
            r" (?:bano|aseo|servicio|lavabo)|me he escondido en el (?:bano|aseo|servicio|lavabo)"
            r"|ayudame a (?:calmarme|tranquilizarme)|(?:crisis|ataque) (?:de ansiedad"
            r" |de panico )?(?:este mes|esta semana))",
            r"(?:tiemblo|temblando|hormigue\w*|no puedo respirar|me falta el aire|me ahogo"
            r"|el pecho me aprieta|me aprieta el pecho)",
        ),
        *_with(
            100,
            r"(?:es|sera|seguro que es) (?:la |solo )?ansiedad (?:verdad|no|cierto)",
            r"(?:hormigue\w*|tiemblo|temblando|me falta el aire)",
        ),
    ),
    "fr": (
        *_with(
            120,
            r"(?:trop de monde|beaucoup trop de gens|la foule|cache\w* dans les (?:toilettes|wc)"
            r"|(?:ma|la) (?:\d+(?: )?e|\d+eme|\w+ieme|\w+eme) crise (?:\w+ ){0,2}?(?:ce mois|cette"
            r" semaine|du mois|de la semaine))",
            r"(?:je tremble|tremble\w*|fourmill\w*|j etouffe|j arrive pas a respirer|aide moi a"
            r" respirer|manque d air|coeur (?:a fond|qui bat))",
        ),
        *_with(
            100,
            r"(?:c est|c est juste|c est que) (?:l |de l )?(?:angoisse|anxiete) (?:non|hein|nan"
            r"|pas vrai)",
            r"(?:fourmill\w*|tremble\w*|j etouffe)",
        ),
    ),
    "it": (
        *_with(
            120,
            r"(?:troppa gente|tanta gente|la folla|in mezzo alla gente|nascost[oa] in bagno"
            r"|(?:il|la) (?:\w+ )?(?:attacco|crisi) (?:\w+ ){0,2}?(?:questo mese"
            r"|questa settimana))",
            r"(?:tremo|tremando|formicol\w*|mi manca l aria|non respiro|non riesco a respirare"
            r"|soffoco|cuore a mille)",
        ),
        *_with(
            100,
            r"(?:e|sara) (?:solo )?(?:ansia|l ansia) (?:vero|no|giusto)",
            r"(?:formicol\w*|tremo|tremando|mi manca l aria)",
        ),
    ),
    "pt": (
        *_with(
            120,
            r"(?:gente demais|muita gente|tanta gente|multidao|escondid[oa] no banheiro"
            r"|(?:minha|a) (?:\w+ )?crise (?:\w+ ){0,2}?(?:esse mes|este mes|essa semana))",
            r"(?:tremendo|tremo|formig\w*|nao consigo respirar|falta de ar|sem ar)",
        ),
        *_with(
            100,
            r"(?:e|sera que e|isso e|deve ser) (?:so )?(?:a )?ansiedade (?:ne|neh|nao e|ne nao)",
            r"(?:formig\w*|tremendo|tremo|falta de ar)",
        ),
    ),
}
