"""The short answers people type instead of tapping — yes, no, done, none, skip, back, carry on,
cancel, menu — in English, German, Spanish, French, Portuguese and Russian, whatever the interface
language (people type in the language they think in)."""

from __future__ import annotations

import enum
import re
import unicodedata


class Word(enum.StrEnum):
    YES = "yes"
    NO = "no"
    DONE = "done"  # finish a multi-choice with what is ticked
    NONE = "none"  # an empty answer: none of them
    SKIP = "skip"
    BACK = "back"
    CONTINUE = "continue"  # carry on with what was paused
    CANCEL = "cancel"
    MENU = "menu"
    PAUSE = "pause"  # pause a guided exercise (typed "resume" is CONTINUE, "stop" is CANCEL)
    AGAIN = "again"  # the same exercise once more
    # The answers to the panic triage question: panic as they know it, or something new.
    FAMILIAR = "familiar"
    NEW = "new"


# Each word's phrases by language, "|"-separated, as people type them; they are compared
# without case, accents, apostrophes or punctuation, so one spelling covers "Zurück!",
# "zuruck" and "ZURÜCK". A phrase means one word only (a test checks the table).
PHRASES: dict[Word, dict[str, str]] = {
    Word.YES: {
        "en": "yes|y|yeah|yep|yup|sure|ok|okay|of course|yes please",
        "de": "ja|jo|jep|klar|gerne|genau|jawohl|na klar|natürlich|ja bitte",
        "es": "sí|si|claro|vale|de acuerdo|por supuesto|sip|dale",
        "fr": "oui|ouais|d'accord|bien sûr|volontiers|oui merci",
        "pt": "sim|claro|com certeza|pode ser|beleza|sim por favor",
        "ru": "да|ага|угу|конечно|ок|хорошо|давай|да конечно",
    },
    Word.NO: {
        "en": "no|n|nope|nah|no thanks|not really",
        "de": "nein|nee|ne|nö|nein danke|lieber nicht",
        "es": "no gracias|nop|para nada",
        "fr": "non|nan|non merci|pas vraiment",
        "pt": "não|não obrigado|não obrigada",
        "ru": "нет|не|неа|нет спасибо",
    },
    Word.DONE: {
        "en": "done|all done|finished|that's it|that's all|i'm done",
        "de": "fertig|erledigt|das war's|das ist alles|bin fertig",
        "es": "listo|hecho|terminado|ya está|eso es todo|ya terminé",
        "fr": "fini|terminé|c'est tout|c'est fini|c'est bon|voilà",
        "pt": "pronto|feito|concluído|terminei|é isso|só isso",
        "ru": "готово|всё|это всё|закончил|закончила",
    },
    Word.NONE: {
        "en": "none|nothing|none of them|none of these|neither|nothing at all|n/a",
        "de": "nichts|keine|keins|keines|keiner|nichts davon|gar nichts|keine davon",
        "es": "ninguno|ninguna|nada|ninguno de estos|ninguna de estas",
        "fr": "aucun|aucune|rien|aucun d'eux|rien du tout",
        "pt": "nenhum|nenhuma|nada|nenhum deles|nenhuma delas",
        "ru": "ничего|никакие|никаких|ни одного|ничего из этого",
    },
    Word.SKIP: {
        "en": "skip|skip it|skip this|pass|next|skip this one",
        "de": "überspringen|überspringe|auslassen|weglassen|nächste|nächste frage",
        "es": "saltar|omitir|siguiente|pasar|salta|sáltalo|paso",
        "fr": "passer|sauter|ignorer|suivant|je passe|question suivante",
        "pt": "pular|saltar|ignorar|próxima|passar|pula|próxima pergunta",
        "ru": "пропустить|пропуск|дальше|далее|следующий|пропусти",
    },
    Word.BACK: {
        "en": "back|go back|previous|previous question",
        "de": "zurück|zurueck|zurückgehen|vorherige frage",
        "es": "atrás|volver|regresar|anterior|volver atrás",
        "fr": "retour|revenir|précédent|question précédente|en arrière",
        "pt": "voltar|anterior|atrás|pergunta anterior",
        "ru": "назад|вернуться|обратно|предыдущий",
    },
    # The paused prompt's "carry on" button typed out, and the ways people say it.
    Word.CONTINUE: {
        "en": "continue|carry on|go on|keep going|resume|go ahead|let's continue|let's carry on"
        "|let's go on|i'd like to carry on|i want to carry on",
        "de": "weiter|weitermachen|fortfahren|fortsetzen|mach weiter|machen wir weiter"
        "|weiter geht's|lass uns weitermachen|ich möchte weitermachen|ich will weitermachen",
        "es": "continuar|seguir|sigamos|sigue|continúa|continuemos|seguimos|adelante"
        "|quiero seguir|quiero continuar",
        "fr": "continuer|on continue|reprendre|on reprend|poursuivre|allons-y|vas-y"
        "|je veux continuer|je voudrais continuer",
        "pt": "continuar|continua|continue|segue|vamos continuar|pode continuar|bora"
        "|quero continuar|vamos lá",
        "ru": "продолжить|продолжай|продолжим|продолжаем|продолжи|давай продолжим"
        "|хочу продолжить|поехали",
    },
    # "stop here" too: the paused prompt's other button, typed out.
    Word.CANCEL: {
        "en": "cancel|stop|quit|exit|abort|never mind|nevermind|forget it|stop here"
        "|stop here for now|stop for now",
        "de": "abbrechen|abbruch|stopp|aufhören|beenden|vergiss es|hier aufhören"
        "|hier erst mal aufhören|erst mal aufhören",
        "es": "cancelar|parar|salir|detener|olvídalo|déjalo|dejarlo aquí|dejarlo aquí por ahora"
        "|paremos aquí",
        "fr": "annuler|arrêter|arrête|quitter|laisse tomber|stop|arrêter là"
        "|arrêter là pour l'instant|on arrête",
        "pt": "cancelar|parar|sair|desistir|esquece|parar por agora|parar aqui|vamos parar",
        "ru": "отмена|отменить|стоп|выход|выйти|хватит|пока остановимся|остановимся|остановиться",
    },
    Word.MENU: {
        "en": "menu|main menu|home",
        "de": "menü|hauptmenü|menue",
        "es": "menú|menú principal|inicio",
        "fr": "menu principal|accueil",
        "pt": "menu principal|início",
        "ru": "меню|главное меню",
    },
    Word.PAUSE: {
        "en": "pause|pause it|wait|hold on|pause please",
        "de": "pause|pausieren|anhalten|warte|kurz warten|moment",
        "es": "pausa|pausar|espera|un momento",
        "fr": "pause|mets en pause|mettre en pause|attends|attends un peu",
        "pt": "pausa|pausar|espera|espere|um momento",
        "ru": "пауза|подожди|погоди|на паузу",
    },
    Word.AGAIN: {
        "en": "again|once more|one more time|repeat|start again|do it again",
        "de": "nochmal|noch mal|noch einmal|wiederholen|von vorn|nochmal bitte",
        "es": "otra vez|de nuevo|repetir|una vez más|otra",
        "fr": "encore|encore une fois|recommencer|à nouveau|on recommence",
        "pt": "de novo|outra vez|repetir|novamente|mais uma vez",
        "ru": "ещё раз|еще раз|снова|повторить|заново|давай ещё",
    },
    Word.FAMILIAR: {
        "en": "familiar|panic|it's panic|panic attack|the usual|like before|had it before"
        "|i've had it before|same as before|i know it|panic i know",
        "de": "bekannt|kenne ich|das kenne ich|panik|panikattacke|wie immer|wie sonst"
        "|hatte ich schon|wie vorher",
        "es": "conocido|lo conozco|pánico|ataque de pánico|como siempre|ya me ha pasado"
        "|lo de siempre|como antes",
        "fr": "connu|je connais|panique|crise de panique|comme d'habitude|déjà eu|comme avant",
        "pt": "conhecido|já conheço|pânico|ataque de pânico|como sempre|já tive|o de sempre"
        "|como antes",
        "ru": "знакомо|знакомое|паника|паническая атака|как обычно|уже было|как раньше",
    },
    # "Not sure" is taken as new: when in doubt, the number is the safer answer.
    Word.NEW: {
        "en": "new|something new|it's new|different|not sure|i'm not sure|unsure",
        "de": "neu|etwas neues|was neues|anders|nicht sicher|bin nicht sicher",
        "es": "nuevo|algo nuevo|es nuevo|diferente|no estoy seguro|no estoy segura",
        "fr": "nouveau|quelque chose de nouveau|c'est nouveau|différent|pas sûr|pas sûre",
        "pt": "novo|algo novo|é novo|diferente|não tenho certeza|não sei bem",
        "ru": "новое|что-то новое|по-другому|другое|не уверен|не уверена",
    },
}
# Polite words around a short answer ("skip please", "zurück bitte") do not change it. Written
# as `normalise` leaves them: "s'il te plaît" becomes "sil te plait", "й" becomes "и".
_POLITE = re.compile(
    r"^(?:please|pls|bitte|por favor|s ?il te plait|s ?il vous plait|пожалуиста)\s+"
    r"|\s+(?:please|pls|bitte|por favor|s ?il te plait|s ?il vous plait|пожалуиста|thanks|danke"
    r"|gracias|merci|obrigado|obrigada|спасибо)$"
)


def without_marks(text: str) -> str:
    """`text` without invisible format characters: the direction marks right-to-left keyboards
    put around digits (U+200E, U+200F, U+061C), zero-width spaces and byte-order marks."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


_APOSTROPHES = re.compile(r"['\u2019`´]")
_NOT_WORDS = re.compile(r"[^\w/]+|_")


def normalise(text: str) -> str:
    """Lower case, no accents, no apostrophes, punctuation and emoji as spaces, one space."""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    if not s.isascii():
        # No ASCII character combines: most typed messages skip a Python step per character.
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _APOSTROPHES.sub("", s)
    s = _NOT_WORDS.sub(" ", s)
    return " ".join(s.split())


def _table() -> dict[str, Word]:
    table: dict[str, Word] = {}
    for word, languages in PHRASES.items():
        for phrases in languages.values():
            for phrase in phrases.split("|"):
                table[normalise(phrase)] = word
    return table


_TABLE = _table()


def recognise(text: str) -> Word | None:
    """The short answer `text` is, if it is one (and nothing more than one)."""
    return recognise_normalised(normalise(text))


def recognise_normalised(s: str) -> Word | None:
    """`recognise` for words `normalise` has already made comparable."""
    if len(s) > 40:
        return None
    return _TABLE.get(s) or _TABLE.get(_POLITE.sub("", s))


def command_for(text: str) -> str | None:
    """ "cancel" or "menu" when typed text asks for that command ("abbrechen", "меню")."""
    word = recognise(text)
    return word.value if word in (Word.CANCEL, Word.MENU) else None
