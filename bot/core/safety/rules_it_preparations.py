"""Italian preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (accents folded: "più" is "piu", "l'ho" is "l ho" or "l'ho")."""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_MY = r"(?:mio|mia|miei|mie)"
_KIN = r"(?:sorella|sorellina|fratello|fratellino|mamma|madre|papa|padre|moglie|marito|figlio"
_KIN += r"|figlia|figli|bambini|genitori|famiglia|amico|amica|migliore amic[oa]|compagn[oa]"
_KIN += r"|vicin[oa]|cugin[oa]|nipote|nipotina|nipotino|nonna|nonno|zia|zio|ragazz[oa])"
_TO_KIN = rf"(?:a|ad|alla|al) (?:{_MY} )?{_KIN}\b"
_PET = r"(?:gatt[oaie]|gattin[oaie]|can[ei]|cagnolin[oa]|cucciol[oi]|animal[ei]|uccellin[oi]"
_PET += r"|pappagallin[oi]|coniglio|conigli|criceto|pesci|pesciolin[oi]|acquario|cavallo)"
_THING = (
    rf"(?:{_PET}|cose|vestiti|libri|chitarra|pianoforte|piano|bici|bicicletta|macchina|auto"
    r"|moto|motorino|gioielli|anello|anelli|orologio|dischi|piante|giochi|videogiochi|console"
    r"|ps5|playstation|collezione|attrezzi|macchina fotografica|computer|portatile|roba)"
)
_ART = r"(?:il|lo|la|i|gli|le|l\s?'\s?|l|tutt[eio] (?:le |i |gli )?)"

GIVEN_AWAY = _s(
    rf"(?:regalato|dato via|ceduto|donato|affidato) (?:via )?{_ART}?\s*{_MY} {_THING}\b",
    rf"(?:regalato|dato via|ceduto|donato|affidato) (?:via )?{_ART}?\s*(?:{_PET}|chitarra"
    r"|pianoforte|piano|gioielli|anello|anelli|orologio|collezione|dischi|moto|macchina)\b",
    rf"(?:regalo|do via|dato via|sto dando via|sto regalando) (?:tutt[ei] )?"
    rf"(?:le |i |gli |la |il )?{_MY} {_THING}\b"
    r"(?! (?:\w+ ){0,3}?(?:indietro|per (?:una|un|due|tre|\d)))",
    rf"(?:nuova )?(?:casa|famiglia|sistemazione) (?:\w+ )?per (?:il |la |i |le )?{_MY} {_PET}\b",
    rf"(?:il |la |i |le )?{_MY} {_PET} (?:\w+ ){{0,3}}?(?:va|andra|vivra|stara|restera|rimane"
    rf"|vive|sta) (?:ora |adesso |per sempre |d ora in poi )?(?:da|con) (?:{_MY} )?{_KIN}\b",
    rf"{_PET} (?:\w+ ){{0,2}}?(?:l ?ho |li ho |le ho )?(?:affidat|lasciat|dat|regalat)[oaie] "
    rf"{_TO_KIN}",
    rf"(?:chiavi|chiave) (?:\w+ ){{0,4}}?(?:dat[ei]|lasciat[ei]|consegnat[ei]) {_TO_KIN}",
)
AFFAIRS = _s(
    r"(?:affitto|affitti) (?:\w+ ){0,4}?(?:in anticipo|anticipato|anticipati)\b",
    r"(?:pagato|anticipato|saldato) (?:l ?'?\s?)?(?:affitto|affitti) (?:\w+ ){0,4}?(?:in anticipo"
    r"|anticipato)\b",
    r"(?:ho |abbiamo )?(?:estinto|saldato|chiuso|pagato|ripagato) (?:tutti )?(?:i |il |la |le )?"
    r"(?:miei |mio |mia |mie )?(?:debiti|debito|prestiti|prestito|mutuo|finanziamento|conti|conto"
    r"|carte di credito|carta di credito)\b",
    r"testamento\b(?! biologico)",
    rf"(?:password|pin|codici|credenziali|documenti|carte|dati bancari|conti) (?:\w+ ){{0,5}}?"
    rf"(?:a|per|ad|alla|al) (?:{_MY} )?{_KIN}\b",
    r"(?:messo|sistemato|mettendo) (?:tutte )?(?:le )?(?:mie )?(?:carte|cose|faccende|questioni)"
    r" in (?:ordine|regola)\b",
    r"(?:disdetto|cancellato|chiuso) (?:tutti )?(?:i |gli |le )?(?:miei |mie )?(?:abbonamenti"
    r"|contratti|assicurazioni|account|profili|social)\b",
    # Round 9 (sets S, T): the keys of the flat handed back to the landlord; a mail scheduled
    # to reach the family later ("ho programmato una mail per mia moglie").
    r"(?:riconsegnato|restituito|ridato|lasciato) (?:le )?(?:chiavi|chiave) (?:di casa"
    r"|dell\s?appartamento|della casa|del monolocale) (?:al|alla) (?:proprietari[oa]"
    r"|padron[ea] di casa|agenzia|portiere|portinai[oa])\b",
    rf"(?:programmato|pianificato|impostato) (?:una |un )?(?:mail|email|e mail|messaggio|lettera"
    rf"|sms) (?:per|a|alla|al) (?:{_MY} )?{_KIN}\b",
)
GOODBYES = _s(
    r"(?:lettera|lettere|messaggio|messaggi|biglietto|video) (?:\w+ )?(?:d|di) ?'?\s?addio\b",
    r"(?:ultima lettera|ultimo messaggio|ultime parole)\b",
    rf"(?:scritto|lasciato) (?:una |delle |le )?(?:lettera|lettere|biglietto|biglietti"
    rf"|messaggio|messaggi) (?:\w+ )?{_TO_KIN}",
    r"grazie (?:di|per) tutto\b",
    r"(?:ho )?(?:salutato|detto addio a) (?:tutti|ognuno|la mia famiglia|i miei)\b",
    r"addio a tutti\b|vi voglio bene a tutti\b",
    # Round 9 (sets S, T): a letter left in a drawer, written "di non avercela con me",
    # thanked for these weeks, a goodbye said properly ("l'ho salutato come si deve").
    rf"(?:lettera|lettere|biglietto|busta) per (?:{_MY} )?{_KIN} (?:nel|sul|sotto il|nella"
    r"|sulla) (?:cassetto|tavolo|comodino|cuscino|scrivania|cassetta|letto)\b",
    rf"(?:scritto|detto|chiesto) {_TO_KIN} (?:di )?(?:non avercela con me|perdonarmi"
    r"|non odiarmi)\b",
    r"grazie (?:a te |a voi )?per (?:queste|questi) (?:settimane|mesi|giorni)\b",
    r"(?:salutat[oaie]|detto addio|dato l addio) (?:\w+ ){0,2}?come si deve\b",
)
FINALITY = _s(
    r"(?:e |ormai e |ora e )?tutto (?:e )?(?:pronto|sistemato|preparato|organizzato|a posto"
    r"|in ordine)\b(?! (?:per|x) (?!domani|stanotte|sempre)\w)",
    r"(?:ho |avevo )?(?:preparato|sistemato|organizzato|predisposto|deciso) tutto\b"
    r"(?! (?:per|x) (?!domani|stanotte|sempre)\w)",
    r"non (?:mi )?(?:servira|serviranno|servono piu|serve piu) (?:\w+ ){0,2}?(?:piu|dove vado"
    r"|ormai)\b|non (?:ne )?(?:avro|avra) piu bisogno\b|(?:ormai )?non (?:\w+ )?importa piu\b",
    r"cosi (?:nessuno|non) (?:\w+ ){0,3}?(?:problemi|fastidi|seccature|grane|pensieri|da fare"
    r"|deve|dovra|debba)\b",
    r"(?:e |sara )?meglio cosi\b",
    r"(?:capiranno|capirai|capirete|capira) (?:\w+ )?(?:dopo|un giorno|col tempo|poi"
    r"|piu avanti)\b",
    r"quando (?:non ci saro piu|non ci saro|me ne saro andat[oa])\b|dopo che me ne (?:saro|sono)"
    r" andat[oa]\b",
    # Round 9 (sets S, T): "stanotte finisce", "sarà più semplice per tutti dopo", "tanto
    # ormai" ending a sentence.
    r"(?:stanotte|stasera|domani|oggi) (?:finisce|finira|e finita)(?: tutto)?\s*(?:[.!;]|$)",
    r"(?:sara|e) (?:piu semplice|piu facile|meglio) per tutti (?:dopo|quando|da)\b",
    r"tanto ormai\s*(?:[.!;]|$)",
)
