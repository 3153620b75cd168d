"""Italian rules from sets M and N, kept apart from rules_it.py to keep each file short: a
height looked at or looked up and a time to go, sitting on the edge of a roof, a passive wish
not to wake up; and, blanked as idioms, what is only told — a case a relative saw at A&E, a
stroke years ago and recovered, a game's deaths, self-harm at an age long past. Over
normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END, looked_up

__all__ = ["ASK_MORE", "CRISIS_MORE", "IDIOMS_MORE", "PANIC_MORE"]

_HIGH = (
    r"(?:ponte|viadotto|cavalcavia|terrazzo|terrazza|balcone|tetto|palazzo|scogliera|dirupo"
    r"|precipizio|grattacielo)"
)
_WHEN = (
    r"(?:oggi|domani|stasera|stanotte|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi"
    r"|dopo\s+(?:il|la|lo)\s+\w+|all\s?uscita|fra\s+poco|tra\s+poco)"
)

CRISIS_MORE: tuple[str, ...] = (
    # A high place looked at, its height noted, and a time to go ("il viadotto … è altissimo.
    # domani ci vado e la faccio finita", "stasera vado fino in fondo").
    rf"{_HIGH}\s+(?:[\w,.]+\s+){{0,20}}?(?:alt[oa]|altissim[oa]|altezza|metri|salto)\s+"
    rf"(?:[\w,.]+\s+){{0,8}}?{_WHEN}\s+(?:[\w,]+\s+){{0,4}}?(?:vado|ci\s+vado|ci\s+torno|salto"
    r"|mi\s+butto|lo\s+faccio|vado\s+fino\s+in\s+fondo)" + END,
    rf"{_HIGH}\s+(?:[\w,.]+\s+){{0,24}}?{_WHEN}\s+(?:[\w,]+\s+){{0,3}}?(?:vado|andro|arrivo)\s+"
    r"fino\s+in\s+fondo" + END,
    # Sitting on the edge of a roof or a bridge now (a roofer at work, a photo, a sunset keep
    # it clear).
    r"(?:sedut[oa]|in\s+piedi|seduto|sono|sto|mi\s+sono\s+sedut[oa])\s+(?:\w+\s+){0,2}?(?:sul"
    r"\s+bordo|sul\s+cornicione|sul\s+parapetto|sulla\s+ringhiera|sul\s+davanzale|sull\s?orlo)\s+"
    r"(?:del|della|dello|di\s+un|di\s+una|dell)\s*(?:tetto|ponte|balcone|terrazzo|terrazza|viadotto"
    r"|palazzo|finestra|precipizio|cavalcavia)\b(?![^.!?]{0,50}\b(?:tramonto|foto|vista|tegole"
    r"|antenna|lavoro|lavorando|riparare|imbracatura|pulire|dipingere)\b)",
)

CRISIS_MORE += (
    # Set O: going down from a bridge or a roof with a day or the decision taken ("ho deciso
    # domenica mattina vado giù dal ponte quello sopra il torrente", "sabato mi butto giù dal
    # viadotto"). A roofer coming down, a walk down from the bridge to the river keep it clear.
    rf"(?:{_WHEN}|(?:ormai\s+|l\s?)?ho\s+(?:gia\s+)?deciso|e\s+deciso|ho\s+scelto|ormai)\s+[^?]{{0,60}}?"
    r"(?:vado|andro|mi\s+butto|mi\s+getto|mi\s+lancio|salto|buttarmi|lanciarmi|gettarmi|andare"
    r"|mi\s+buttero)\s+giu\s+(?:da|dal|dalla|dallo|dall|da\s+un|da\s+una|da\s+quel\w*)"
    rf"\s*(?:\w+\s+)?{_HIGH}\b(?![^.!?]{{0,50}}\b(?:a\s+piedi|per\s+(?:il\s+)?sentiero|con\s+(?:il|la)"
    r"\s+(?:cane|bici|macchina)|a\s+pescare|fino\s+al\s+fiume|le\s+scale|la\s+scala|tegol\w*"
    r"|lavoro|cantiere)\b)",
)

ASK_MORE: tuple[str, ...] = (
    # Hoping not to wake up ("a volte spero di non svegliarmi la mattina"), of oneself or of
    # someone else; waking at night or late is sleep.
    r"(?:spero|speravo|sperando|spera|prego|preferirei|magari)\s+(?:di\s+)?non\s+svegliar(?:mi|si)"
    r"\s*(?:piu|mai\s+piu)?\s*(?:la\s+mattina|al\s+mattino|domattina|domani)?" + END,
    # What is it all for ("a cosa serve tutto questo").
    r"a\s+(?:che\s+)?(?:cosa\s+)?serve\s+(?:tutto\s+(?:questo|cio|quanto)|vivere|andare\s+avanti"
    r"|continuare|alzarmi|svegliarmi)" + END,
    # The height of a viaduct or a balcony looked up "just to know" (a lorry's clearance, a
    # flat's size keep it clear).
    r"(?:controllato|controllo|guardato|guardo|cercato|cerco|misurato|calcolato|googlato"
    r"|chiesto|verificato|contato)\s+(?:\w+\s+){0,3}?(?:quanti\s+metri(?!\s+quadr)|quanto\s+"
    r"(?:e\s+)?alt[oa]|l\s?altezza|che\s+altezza|quanti\s+piani)\s+(?:[\w,]+\s+){0,6}?"
    rf"{_HIGH}\b(?![^.!?]{{0,40}}\b(?:camion|tir|furgone|passare|sagoma|camper|roulotte|trasloco"
    r"|ponteggio|affitto|antenna|tende|tenda)\b)",
)

# Who tells of a case at work: a nurse, a doctor, A&E, an ambulance, a shift.
_CARER = (
    r"(?:infermier[ea]|medico|medica|dottore|dottoressa|pronto\s+soccorso|ambulanza|guardia"
    r"|turno|reparto|rianimazione|soccorritor[ei]|volontari[oa]\s+in\s+ambulanza)"
)
_NOT_ME = r"(?:(?!(?:io|mi|ho|me)\s)[\w,.]+\s+)"
_CAME_IN = (
    r"(?:hanno\s+avuto|abbiamo\s+avuto|ha\s+avuto|e\s+arrivat[oa]|sono\s+arrivat[ie]|hanno"
    r"\s+portato|ha\s+soccorso|hanno\s+soccorso|abbiamo\s+soccorso|hanno\s+ricoverato|e\s+capitat[oa]"
    r"|le\s+e\s+capitat[oa]|gli\s+e\s+capitat[oa]|hanno\s+preso\s+in\s+carico|ha\s+visto|hanno\s+visto)"
)
_STROKE_PAST = (
    r"(?:ha\s+avuto|aveva\s+avuto|ebbe|ho\s+avuto|avevo\s+avuto|gli\s+e\s+venuto|le\s+e\s+venuto"
    r"|gli\s+era\s+venuto|le\s+era\s+venuto)\s+(?:un\s+|una\s+)?(?:ictus|ischemia|infarto\s+cerebrale"
    r"|emorragia\s+cerebrale|trombosi|colpo\s+apoplettico)"
)
_LONG_AGO = r"(?:nel\s+\d{2,4}|anni\s+fa|tempo\s+fa|da\s+giovane|l\s?anno\s+scorso|mesi\s+fa)\b"
_THEN = (
    r"(?:(?!(?:ora|adesso|oggi|nuovo|ancora|stamattina|stasera|ieri|torna|tornato|tornata)\b)"
    r"[\w,.]+\s+)"
)
_RECOVERED = (
    r"(?:si\s+e\s+ripres[oa]|ripres[oa]|recuperat[oa]|(?:ora\s+|adesso\s+|oggi\s+)?sta\s+"
    r"(?:benissimo|bene|alla\s+grande)|senza\s+conseguenze|nessuna\s+conseguenza|guarit[oa]"
    r"|si\s+e\s+rimess[oa])\b"
)

PANIC_MORE = (
    # Sets P and Q: the familiar crisis, known for anxiety ("ancora quella crisi, cuore corre,
    # so che è ansia ma fa paura"); an asthma or a heart attack is no panic.
    r"(?:so|lo\s+so|so\s+bene|so\s+gia)\s+che\s+(?:e|sono|si\s+tratta\s+di)\s+(?:solo\s+|soltanto"
    r"\s+|sempre\s+|di\s+nuovo\s+)?(?:l\s?|un\s?|la\s+|il\s+)?(?:ansia|panico|agitazione|stress"
    r"|attacco\s+d\s?ansia)\b",
    r"cuore\s+(?:che\s+|mi\s+)?(?:corre|galoppa|impazzisce|impazzito|accelera|sta\s+impazzendo"
    r"|batte\s+(?:troppo|tanto|cosi|super|velocissimo|all\s?impazzata))\b",
    r"(?:ancora|di\s+nuovo|un\s?altra\s+volta|ecco\s+di\s+nuovo|ecco\s+ancora)\s+(?:quella|la"
    r"\s+solita|una|la|questa)\s+(?:crisi|attacco|agitazione)\b(?!\s+(?:d\s?asma|asmatic\w*"
    r"|epilettic\w*|cardiac\w*|di\s+tosse|di\s+cuore|di\s+governo))",
)

_FAREWELL = (
    r"(?:ho\s+salutato|salutato|salutare|ci\s+siamo\s+salutati|detto\s+addio|dire\s+addio"
    r"|(?:festa|cena|pranzo|aperitivo|rinfresco|brindisi|torta)\s+(?:di\s+)?(?:d\s?addio|saluto"
    r"|commiato)|(?:il\s+mio|l\s?ultimo)\s+(?:addio|saluto))"
)
_JOB = (
    r"(?:squadra|team|ufficio|lavoro|azienda|ditta|colleghi|colleghe|capo|capa|clienti|reparto"
    r"|ristorante|negozio|cantiere|cucina|turno|officina|fabbrica|studio)"
)
_NEW_JOB = (
    r"(?:nuov[oa]\s+(?:lavoro|posto|azienda|ufficio|squadra|ristorante|impiego|ditta)"
    r"|altr[oa]\s+(?:ristorante|lavoro|azienda|ditta|ufficio|posto|negozio)"
    r"|(?:cambio|cambiare|cambiato)\s+(?:lavoro|ristorante|azienda|ditta|ufficio)"
    r"|(?:comincio|inizio|attacco|entro)\s+(?:\w+\s+){0,2}?(?:lunedi|domani|altrove|da\s+un\s?altra"
    r"\s+parte)|pensione)"
)
# Not across a farewell letter, "forever", a last time or a death.
_NOT_FINAL = (
    r"(?:(?!(?:sempre|morire|morte|uccid\w*|vita|lettera|biglietto|ultim[oa]|mai)\b)[\w,.!]+\s+)"
)
# Nor before words of an end ("never again", "forever", a letter, dying).
_STAYS = (
    r"(?![^!?]{0,80}\b(?:mai\s+piu|per\s+sempre|non\s+mi\s+(?:vedrete|rivedrete|vedranno)"
    r"|non\s+ci\s+saro|lettera|ultima\s+volta|mori\w*|uccid\w*|ammazz\w*|suicid\w*))"
)
_WORK = (
    r"(?:canzone|pezzo|brano|album|film|serie|libro|episodio|gioco|singolo|video|poesia|traccia"
    r"|ritornello|testo|inno|colonna\s+sonora)"
)

IDIOMS_MORE = (
    # Breathless from laughing (set S: "ahahah muoio, non respiro dalle risate").
    r"non\s+(?:respiro|riesco\s+(?:piu\s+)?a\s+respirare)\s+(?:piu\s+)?(?:dalle|dal|per\s+le"
    r"|a\s+forza\s+di)\s+(?:risate|ridere|troppo\s+ridere)\b",
    # A relative at A&E telling of a case that came in ("mia figlia fa l'infermiera al pronto
    # soccorso, stanotte hanno avuto un ragazzo con un'overdose").
    rf"{_CARER}\s+{_NOT_ME}{{0,12}}?{_CAME_IN}\s+{_NOT_ME}{{0,5}}?(?:overdose|tentato\s+suicidio"
    r"|tentativo\s+di\s+suicidio)\b",
    # A stroke years ago, told with its recovery, never across "ora", "ancora" or "oggi".
    rf"{_STROKE_PAST}\s+{_THEN}{{0,4}}?{_LONG_AGO}\s+{_THEN}{{0,30}}?{_RECOVERED}",
    rf"{_LONG_AGO}\s+{_THEN}{{0,6}}?{_STROKE_PAST}\s+{_THEN}{{0,30}}?{_RECOVERED}",
    # A game's deaths and "voglio morire" ("mi hanno ucciso 20 volte di fila, voglio morire").
    r"(?:mi\s+hanno\s+ucciso|mi\s+hanno\s+ammazzato|mi\s+uccidono|sono\s+mort[oa]|ho\s+perso"
    r"|perso)\s+(?:\w+\s+){0,2}?(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|venti"
    r"|cento|mille)\s+(?:volte|partite|round|game)\s+(?:[\w,.]+\s+){0,8}?(?:voglio\s+morire"
    r"|mi\s+ammazzo|mi\s+uccido|mi\s+sparo|mi\s+butto)\b",
    # Self-harm or an attempt at an age long past, told as over.
    r"(?:autolesionismo|autolesioni|mi\s+tagliavo|mi\s+facevo\s+del\s+male|tentato\s+suicidio"
    r"|tentativo\s+di\s+suicidio)\s+(?:a|ai|verso\s+i)\s+\d+\s*(?:anni)?(?=[^!?]{0,80}\b"
    r"(?:guarit[oa]|superat[oa]|ora\s+sto\s+bene|sto\s+bene|passat[oa]|ne\s+sono\s+uscit[oa]"
    r"|ho\s+\d+))",
    # Sets P and Q: goodbyes at work, to a team or before a new job ("oggi ho salutato i
    # colleghi, lunedì comincio altrove"), never across a letter, "forever" or a death.
    rf"{_FAREWELL}\s+(?:\w+\s+){{0,3}}?(?:i|le|il|la|l|gli|a|al|ai|alla|in|dal|dalla|dai|con"
    rf"\s+(?:i|le|il|la|gli))\s+(?:\w+\s+){{0,2}}?{_JOB}\b{_STAYS}",
    rf"{_FAREWELL}\s+{_NOT_FINAL}{{0,20}}?{_NEW_JOB}\b{_STAYS}",
    # A song's, a film's or a book's name or words ("il nuovo pezzo si chiama 'overdose'",
    # "ho in testa 'voglio morire' di una canzone").
    rf"{_WORK}\s+(?:\w+\s+){{0,4}}?(?:si\s+chiama|chiamat[oa]|intitolat[oa]|s\s?intitola"
    r"|dal\s+titolo|che\s+dice|che\s+fa)\s+(?:\"[^\"]{1,80}\"|(?:\w+\s+){0,3}\w+)",
    rf"{_WORK}\s+(?:\w+\s+){{0,4}}?\"[^\"]{{1,80}}\"",
    r"(?:ho|avere|canto|cantando|cantare|sentito|ascolto|ascoltando|come\s+dice|come\s+in)\s+"
    r"(?:\w+\s+){0,2}?\"[^\"]{1,80}\"\s+(?:\w+\s+){0,2}?(?:di|da|in)\s+(?:una|un|la|il|quella"
    rf"|quel|questa|questo)\s+(?:\w+\s+)?{_WORK}\b",
    # Words of a song sung or heard, quoted or not ("cantando voglio morire di quella canzone").
    r"(?:cantando|canto|cantare|canticchiando|canticchio|ascoltando|ascolto)\s+(?:\w+\s+){1,6}?"
    r"(?:di|da|in)\s+(?:una|un|la|il|quella|quel|questa|questo)\s+(?:\w+\s+)?"
    rf"{_WORK}\b",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
CRISIS_MORE += looked_up(
    r"(?:cercato|googlato|guardato|controllato|letto|informat[oa])",
    r"(?:(?:da\s+)?(?:che|quale)\s+(?:piano|altezza)|quanti\s+(?:piani|metri))",
    r"(?:sicur\w*|mortale|letale|basta|bastano|sufficient\w*|sopravvive|si\s+muore|muori)",
)

# Set R: a passive wish asked about, not a crisis: not waking up accepted ("if I don't wake up
# tomorrow, that's fine too") and a prayer to be taken soon.
ASK_MORE += (
    # Or the other way round: "it would be better not to wake up".
    r"(?:sarebbe|e)\s+(?:\w+\s+)?(?:meglio|piu\s+facile|un\s+sollievo)\s+(?:non\s+svegliarmi|se\s+non\s+mi\s+svegliassi)\b(?!\s+(?:presto|alle|prima|con)\b)",
    r"se\s+(?:\w+\s+){0,2}?non\s+mi\s+(?:sveglio|svegliassi|risveglio)\s+(?:piu\s+)?(?:\w+\s+)?(?:,\s+)?(?:mi\s+va\s+bene|va\s+bene|pazienza|meglio|non\s+sarebbe\s+(?:male|un\s+dramma)|amen)\b",
    r"(?:signore|dio|madonna|gesu)\s+(?:mio\s+)?(?:,\s+)?(?:prendimi|portami\s+via|pigliati\s+(?:pure\s+)?(?:a\s+)?me|chiamami)\b",
    r"pigliati\s+(?:pure\s+)?a\s+me\b",
    r"(?:prego|chiedo)\s+(?:\w+\s+){0,3}?(?:che\s+mi\s+prenda|che\s+mi\s+porti\s+via|di\s+prendermi)\b",
)

# Set S/T: a wish not to be there with no plan, asked about ("a volte penso che sarebbe più
# facile non esserci proprio", "sarebbe bello addormentarsi e basta, per sempre").
ASK_MORE += (
    r"(?:sarebbe|era|e)\s+(?:\w+\s+)?(?:piu\s+facile|piu\s+semplice|meglio|bello)\s+(?:non"
    r"\s+esserci|non\s+esistere|sparire)\b",
    r"(?:addormentarmi|addormentarsi)\s+e\s+basta\s*,?\s+per\s+sempre\b",
)
