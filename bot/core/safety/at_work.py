"""A clinician's patient who overdosed, blanked with the idioms before the rules run
(ruleset.LanguageRules.idioms), over normalised text, in all eleven languages (set U): "ICU
nurse, had an overdose come in tonight, hes stable now", "ratownik na SORze, pacjent po
przedawkowaniu, wyszedł z tego", "откачали пациента с передозом", "ragazzo in overdose, si è
ripreso" — the writer's own twitching follows, not an overdose taken.

Two parts: the writer's work (nurse, paramedic, ER, ICU, a shift) and then, in the same sentence
or the next words, a third person with the overdose (a patient, a guy "with/in/after" one, "an
overdose came in", brought back). "I'm a nurse and I took an overdose" keeps its words: the
overdose there is no one else's."""

from __future__ import annotations

__all__ = ["AT_WORK"]


def _at(role: str, patient: str) -> str:
    return rf"{role}\b[^!?]{{0,100}}?(?<!\w){patient}"


AT_WORK: dict[str, tuple[str, ...]] = {
    "en": (
        _at(
            r"(?:nurse|nursing|paramedic|emt|medic|er|ed|icu|a\s+e|ambulance|resus|night\s+shift"
            r"|shift|ward|resident|on\s+call|doctor|triage)",
            r"(?:(?:an|one|two|\d+|another)\s+(?:overdose|od)s?\s+(?:come|came|coming|brought|rolled)"
            r"\s+in|(?:patient|guy|girl|man|woman|lad|kid|teen|bloke|young\s+\w+|someone|pt)\s+"
            r"(?:who\s+|that\s+)?(?:had\s+|with\s+|in\s+|after\s+)?(?:an?\s+)?(?:overdos\w*|od\s+d"
            r"|oded)|(?:overdose|od)\s+(?:patient|case|call|pt)s?|brought\s+(?:back|round)\s+(?:a\s+"
            r"|an\s+|the\s+)?(?:\w+\s+)?(?:overdose|od))",
        ),
    ),
    "de": (
        _at(
            r"(?:pfleger\w*|krankenschwester|krankenpfleg\w*|notfall\w*|notaufnahme|intensiv\w*"
            r"|its|sanitater\w*|rettungs\w*|notarzt\w*|nachtdienst|schicht|dienst|station|assistenzarzt"
            r"|arztin|arzt)",
            r"(?:(?:patient\w*|junge|jungen|mann|frau|madchen|typ|kerl|jemand\w*)\s+(?:\w+\s+){0,3}?"
            r"(?:mit|nach)\s+(?:einer\s+)?(?:uberdosis|ueberdosis|od|intox\w*)|(?:uberdosis|ueberdosis"
            r"|intox\w*)\s+(?:\w+\s+){0,2}?(?:rein|reinbekommen|eingeliefert|gebracht|zuruckgeholt))",
        ),
    ),
    "es": (
        _at(
            r"(?:enfermer[oa]s?|urgencias|uci|paramedic[oa]|tecnic[oa]|sanitari[oa]|guardia|turno"
            r"|medic[oa]|ambulancia|residente)",
            r"(?:(?:paciente|chico|chica|hombre|mujer|senor|senora|chaval\w*|pibe|piba|muchach[oa]"
            r"|alguien)\s+(?:\w+\s+){0,2}?(?:con|por|en|de)\s+(?:una\s+)?sobredosis|sobredosis\s+"
            r"(?:que\s+)?(?:llego|entro|ingreso|salio)|(?:llego|ingreso|entro)\s+(?:una\s+|un\s+)?"
            r"(?:\w+\s+)?(?:con\s+)?sobredosis)",
        ),
    ),
    "fr": (
        _at(
            r"(?:infirmier\w*|urgences|urgentiste|rea|reanimation|samu|smur|pompier\w*"
            r"|ambulancier\w*|garde|interne|medecin|aide\s+soignant\w*)",
            r"(?:(?:patient\w*|gars|mec|type|homme|femme|fille|jeune|ado|quelqu\s+un)\s+(?:\w+\s+){0,2}?"
            r"(?:en|pour|apres\s+une|avec\s+une|d)\s+(?:overdose|surdose|od)|(?:overdose|surdose)\s+"
            r"(?:\w+\s+){0,2}?(?:arrivee?|admise?|sortie?\s+d\s+affaire|ramenee?))",
        ),
    ),
    "it": (
        _at(
            r"(?:infermier\w*|ps|pronto\s+soccorso|rianimazione|terapia\s+intensiva"
            r"|soccorritor\w*|medico|turno|guardia|oss|ambulanza)",
            r"(?:(?:pazient\w*|ragazz\w*|uomo|donna|signor\w*|tizio|tizia|qualcuno)\s+(?:\w+\s+){0,2}?"
            r"(?:in|per|con|da)\s+(?:un\s+)?overdose|overdose\s+(?:\w+\s+){0,2}?(?:arrivat\w*"
            r"|ripres\w*|salvat\w*))",
        ),
    ),
    "nl": (
        _at(
            r"(?:verpleeg\w*|seh|spoedeisende\s+hulp|spoed|ic|ambulance\w*|dienst|nachtdienst|arts"
            r"|co\s+assistent|ziekenhuis)",
            r"(?:(?:patient\w*|jongen|meisje|man|vrouw|iemand|gast)\s+(?:\w+\s+){0,3}?(?:met|na)\s+"
            r"(?:een\s+)?overdos\w*|overdos\w*\s+(?:\w+\s+){0,2}?(?:binnen|gebracht|opgevangen))",
        ),
    ),
    "pl": (
        _at(
            r"(?:ratownik\w*|ratowniczk\w*|pielegniar\w*|sor\w*|oiom\w*|dyzur\w*|lekar\w*|karetk\w*"
            r"|zmian\w*|szpital\w*)",
            r"(?:(?:pacjent\w*|chlopak\w*|dziewczyn\w*|facet\w*|gosc\w*|kobiet\w*|mezczyzn\w*|ktos)"
            r"\s+(?:\w+\s+){0,2}?(?:po|z)\s+przedawkowani\w*|(?:przywiezli|odratowalismy|odratowali"
            r"|uratowalismy)\s+(?:\w+\s+){0,2}?(?:po|z)\s+przedawkowani\w*)",
        ),
    ),
    "ru": (
        _at(
            r"(?:медсестр\w*|медбрат\w*|фельдшер\w*|врач\w*|реанимаци\w*|скор\w*|приемн\w*|смен\w*"
            r"|дежурств\w*|санитар\w*|больниц\w*)",
            r"(?:(?:откачали|откачивали|привезли|поступил\w*|спасли|вытащили)\s+(?:\w+\s+){0,3}?"
            r"(?:с|после)\s+(?:передоз\w*|передозировк\w*)|(?:пациент\w*|парн\w*|парень|девушк\w*"
            r"|мужчин\w*|женщин\w*)\s+(?:\w+\s+){0,2}?с\s+(?:передоз\w*|передозировк\w*))",
        ),
    ),
    "uk": (
        _at(
            r"(?:медсестр\w*|медбрат\w*|фельдшер\w*|лікар\w*|реанімаці\w*|швидк\w*|приймальн\w*"
            r"|змін\w*|чергуванн\w*|лікарн\w*)",
            r"(?:(?:відкачали|відкачували|привезли|поступив\w*|поступил\w*|врятували|витягли)\s+"
            r"(?:\w+\s+){0,3}?(?:з|після)\s+(?:передоз\w*|передозуванн\w*)|(?:пацієнт\w*|хлопц\w*"
            r"|хлопець|дівчин\w*|чоловік\w*|жінк\w*)\s+(?:\w+\s+){0,2}?з\s+(?:передоз\w*"
            r"|передозуванн\w*))",
        ),
    ),
    "tr": (
        _at(
            r"(?:hemsire\w*|acil\w*|yogun\s+bakim\w*|paramedik\w*|doktor\w*|nobet\w*|ambulans\w*"
            r"|saglikci\w*|hastane\w*)",
            r"(?:(?:asiri\s+doz|overdoz)\s+(?:\w+\s+){0,3}?(?:hasta\w*|genc\w*|adam|kadin|kiz|cocuk)"
            r"|hasta\w*\s+(?:\w+\s+){0,2}?(?:asiri\s+doz\w*|overdoz\w*))",
        ),
    ),
}
