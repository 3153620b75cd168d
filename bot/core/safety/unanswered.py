"""Someone not answering one's messages or calls, in every language the safety rules read:
blanked with the idioms before any rule runs. "Not responding" is one of the signs of someone
collapsed ("no responde", "reageert niet", "не отвечает"); said of texts, calls or the phone it
is the silence an anxious person waits in, and read as an emergency it told them to call the
emergency number ("mi novio no responde a mis mensajes", "mon copain ne répond pas à mes
messages", a helper's look-alikes in the eighth round). Over normalised text, like every rule.
"""

from __future__ import annotations

# One's messages, texts, calls, the phone: what the silence is about.
_EN = (
    r"(?:my\s+|his\s+|her\s+|the\s+|any\s+)?"
    r"(?:texts?|messages?|calls?|phone|dms?|whatsapps?|emails?)"
)
_ES = (
    r"(?:a\s+)?(?:mis\s+|los\s+|las\s+|el\s+|al\s+)?(?:mensajes?|llamadas?|telefono|celular|movil"
    r"|whatsapps?|wasaps?|audios?|correos?)"
)
_PT = (
    r"(?:as\s+|aos?\s+|os\s+|minhas\s+|meus\s+|o\s+)?(?:mensage\w*|ligac\w*|chamadas?|telefone"
    r"|celular|whatsapp|zap|audios?)"
)

UNANSWERED: tuple[str, ...] = (
    rf"(?:is\s+not|isn\s+t|isnt|not|hasn\s+t|has\s+not|wont|won\s+t|doesn\s+t|does\s+not)\s+"
    rf"(?:been\s+)?(?:answering|answered|replying|replied|responding|responded|answer|reply"
    rf"|respond)\s+(?:to\s+)?{_EN}\b",
    r"not\s+picking\s+up\b",
    rf"no\s+(?:me\s+)?(?:responde|contesta|contesto|respondio)\s+{_ES}\b",
    r"no\s+(?:me\s+)?(?:coge|contesta|agarra|atiende)\s+el\s+(?:telefono|celular|movil)\b",
    rf"nao\s+(?:me\s+)?(?:responde|respondeu|atende|atendeu)\s+{_PT}\b",
    r"ne\s+(?:me\s+)?(?:repond|reponds|decroche)\s+(?:pas|plus)\s+(?:a\s+|au\s+|aux\s+)?"
    r"(?:mes\s+|les\s+|ses\s+)?(?:messages?|appels?|sms|textos?|telephone|whatsapp)\b",
    r"ne\s+(?:me\s+)?decroche\s+(?:pas|plus)\b",
    r"non\s+(?:mi\s+)?(?:risponde|rispondeva)\s+(?:ai\s+|al\s+|alle\s+)?(?:miei\s+|mie\s+)?"
    r"(?:messaggi|telefono|cellulare|chiamate|whatsapp)\b",
    r"(?:antwortet|reagiert)\s+(?:\w+\s+)?nicht\s+(?:auf|mehr\s+auf)\s+(?:meine\s+)?"
    r"(?:nachrichten|anrufe|sms|whatsapps?|mails?)\b",
    r"schreibt\s+(?:\w+\s+)?nicht\s+zuruck\b",
    r"geht\s+nicht\s+(?:ans|an\s+das)\s+(?:telefon|handy)\b",
    r"reageert\s+niet\s+op\s+(?:mijn\s+)?(?:berichten|appjes?|telefoon|oproepen|sms\w*)\b",
    r"neemt\s+(?:\w+\s+)?(?:de\s+telefoon\s+)?niet\s+op\b",
    r"nie\s+odpowiada\s+na\s+(?:moje\s+)?(?:wiadomosci|telefony|sms\w*|smsy|maile)\b",
    r"nie\s+odbiera\s+(?:ode\s+mnie\s+)?(?:telefonu|telefonow|komorki)?\b",
    r"не\s+отвечает\s+на\s+(?:мои\s+)?(?:сообщения|звонки|смс\w*|телефон|письма)\b",
    r"не\s+(?:берет|брал\w*)\s+трубку\b",
    r"не\s+відповідає\s+на\s+(?:мої\s+)?(?:повідомлення|дзвінки|смс\w*|телефон)\b",
    r"не\s+бере\s+(?:слухавку|трубку)\b",
    r"(?:mesajlarima|mesajlara|aramalarima|telefonlarima)\s+(?:cevap|yanit)\s+vermiyor\b",
    r"telefon(?:u|umu|larimi)?\s+(?:acmiyor|acmadi)\b",
)
