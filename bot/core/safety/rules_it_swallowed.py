"""Italian: someone else has swallowed something dangerous just now — il bambino e una pila a
bottone, una pastiglia della lavastoviglie, la candeggina; il fratello che ha bevuto veleno per
topi o antigelo; le pastiglie della nonna, un blister intero. Chiamare subito il 112.

Chi (mio figlio, il bambino, mio fratello, col passato: "prende tante pastiglie ogni giorno"
resta fuori) e cosa (un nocciolo di ciliegia, la gomma, il cioccolato del cane restano fuori);
per le pastiglie una quantità o quelle di un altro ("ha preso i suoi antibiotici" resta fuori).
"""

from __future__ import annotations

from bot.core.safety.common import any_order, not_after, swallowed_family
from bot.core.safety.rules_it_seizing import SEIZING

__all__ = ["CHILD_SWALLOWED", "OVERDOSE_MORE", "SWALLOWED_PILLS", "SWALLOWED_POISON", "swallowed"]

_WHO = (
    r"(?:(?:il\s+|la\s+)?(?:mio|mia|nostro|nostra)\s+(?:\w+\s+)?(?:figlio|figlia|figli|bambino"
    r"|bambina|bimbo|bimba|piccolo|piccola|fratello|sorella|marito|moglie|ragazzo|ragazza"
    r"|compagno|compagna|amico|amica|madre|mamma|padre|papa|nonno|nonna|nipote|cugino|cugina"
    r"|fidanzato|fidanzata|coinquilino|coinquilina)|il\s+(?:bambino|bimbo|piccolo|piccino"
    r"|neonato)|la\s+(?:bambina|bimba|piccola|piccina|neonata))"
)
_ATE = (
    r"(?:(?!che\s|quando\s)\w+\s+){0,2}?(?:ha|avra|si\s+e|s\s?e|e)\s+(?:\w+\s+){0,2}?"
    r"(?:ingoiat[oa]|inghiottit[oa]|mangiat[oa]|bevut[oa]|pres[oa]|ingerit[oa]|masticat[oa]"
    r"|succhiat[oa]|leccat[oa]|mandat[oa]\s+giu|buttat[oa]\s+giu|trangugiat[oa]|sbafat[oa])"
)
_POISON = (
    r"(?:pil[ae]\b(?!\s+di\s+(?!bottone))|batteri[ae]|calamit[ae]|magnet\w*|(?:pastigli[ae]"
    r"|capsul[ae]|tabs?)\s+(?:per|della|delle|da|di|del)\s+(?:la\s+)?(?:lavastoviglie|detersivo"
    r"|lavatrice|bucato)|detersivo|candeggina|varechina|ammoniaca|idraulico\s+liquido"
    r"|sgorga\w*|anticalcare|prodott\w*\s+per\s+(?:la\s+)?pulizi\w*|veleno|topicida|ratticida"
    r"|antigelo|diserbante|pesticida|insetticida|lumachicida|acquaragia|benzina|trielina"
    r"|soda\s+caustica|alcol\s+(?:denaturato|rosa)|liquido\s+(?:della|per\s+la)\s+sigaretta"
    r"|profumo|acqua\s+di\s+colonia|antiparassitario|(?:veleno|liquido|prodotto)\s+(?:per|contro)"
    r"\s+(?:le\s+|i\s+)?(?:zecche|pulci|topi|ratti|scarafaggi|formiche))\b"
)
_PILL = (
    r"(?:pastiglie|pastigliette|pillole|compresse|medicine|medicinali|farmaci|capsule"
    r"|tachipirin\w*|paracetamolo|ibuprofene|sonniferi|antidepressivi|ansiolitici|xanax|tavor"
    r")\b"
)
_MANY = (
    r"(?:(?:un|il)\s+(?:intero\s+)?(?:blister|flacone|tubetto)(?:\s+intero)?|tutto\s+il"
    r"\s+(?:blister|flacone)|tutta\s+la\s+(?:scatola|confezione|boccetta)|una\s+(?:scatola"
    r"|confezione|boccetta|manciata)(?:\s+intera)?|tutte\s+(?:le|le\s+mie)"
    r"|un\s+sacco\s+di|un\s+mucchio\s+di|tantissime|\d\d+)\s+(?:\w+\s+){0,2}?"
)
_KIN = r"(?:nonna|nonno|mamma|madre|padre|papa|zia|zio)"

SWALLOWED_POISON = (rf"{_WHO}\s+{_ATE}\s+(?:\w+\s+){{0,4}}?{_POISON}",)
SWALLOWED_PILLS = (
    rf"{_WHO}\s+{_ATE}\s+(?:\w+\s+)?{_MANY}{_PILL}",
    rf"{_WHO}\s+{_ATE}\s+(?:\w+\s+){{0,2}}?(?:(?:le\s+)?mie\s+(?:\w+\s+)?{_PILL}|(?:le|i|delle"
    rf"|dei)\s+{_PILL}\s+(?:della|del|di)\s+(?:sua\s+|mia\s+)?{_KIN})",
    rf"{_WHO}\s+{_ATE}\s+[^.!?]{{0,30}}?{_PILL}[^.!?]{{0,40}}?non\s+(?:so|sappiamo)\s+quant[ei]\b",
)


# Un'overdose detta con una quantità che le vecchie regole non vedono ("mi sono calata un pugno di
# pastiglie", "il resto dei miei sonniferi"), e la dose di una settimana, doppia o tutto il
# portapillole preso per sbaglio. Un'abitudine ("al giorno", "ogni giorno"), "come prescritto",
# "quasi" e vitamine o caramelle restano fuori.
_NOT_HABIT = (
    r"(?![^.!?]{0,40}?\b(?:al\s+giorno|ogni\s+(?:giorno|mattina|sera)|tutti\s+i\s+giorni"
    r"|quotidian\w*|come\s+(?:prescritto|da\s+ricetta|mi\s+ha\s+detto)|da\s+anni)\b)"
)
_OD_VERB = not_after(
    r"ho\s+preso|ho\s+ingoiato|ho\s+inghiottito|ho\s+mandato\s+giu|ho\s+buttato\s+giu"
    r"|ho\s+trangugiato|ho\s+ingerito|mi\s+sono\s+pres[oa]|mi\s+sono\s+calat[oa]"
    r"|mi\s+sono\s+sparat[oa]|mi\s+sono\s+fatt[oa]",
    r"quasi",
)
_ALMOST = r"quasi|per\s+poco"
_MISTAKE = not_after(
    r"per\s+sbaglio|per\s+errore|senza\s+volere|per\s+distrazione|si\s+e\s+confus[oa]"
    r"|mi\s+sono\s+confus[oa]|ha\s+confuso|ho\s+confuso",
    r"quasi|ho\squasi|ha\squasi",
)
_TOOK = not_after(
    r"preso|presa|ingoiato|ingoiata|inghiottito|inghiottita|assunto|assunta",
    r"quasi|ho\squasi|ha\squasi",
)
_DOSE = (
    r"(?:dose\s+(?:di\s+(?:tutta\s+)?(?:una|la)\s+settimana|settimanale|doppia)"
    r"|doppia\s+dose|tutto\s+il\s+portapillole|il\s+portapillole\s+(?:intero|della\s+settimana"
    r"|settimanale)|(?:le\s+)?(?:pastiglie|pillole|compresse|medicine)\s+di\s+(?:tutta\s+la|una)"
    r"\s+settimana)"
)
OVERDOSE_MORE = (
    rf"{_OD_VERB}\s+(?:una\s+manciata|un\s+pugno|una\s+marea|un\s+sacco|un\s+mucchio|una\s+valanga"
    rf"|tantissime|il\s+resto|quel(?:lo)?\s+che\s+(?:mi\s+)?restava|quelle\s+che\s+(?:mi\s+)?"
    rf"restavano|mezza\s+scatola)\s+(?:di\s+|dei\s+|delle\s+|degli\s+)?(?:mie\s+|miei\s+|sue\s+"
    rf"|suoi\s+|le\s+|i\s+)?(?:\w+\s+)?{_PILL}{_NOT_HABIT}",
    *any_order(_ALMOST, _MISTAKE, _TOOK, _DOSE),
)


# Set R: un bambino piccolo, spesso con l'età ("mio figlio di 2 anni"), con qualcosa che fa male
# anche se per ora sembra stare bene: pila a bottone, calamite, ferro (compresse, caramelle di
# vitamine con ferro), una capsula del detersivo morsa, le pastiglie per il cuore o la pressione
# della nonna, sonniferi. Bambino e cosa sono nominati: un nocciolo di ciliegia, una gomma da
# masticare, "ha preso le sue vitamine" e un articolo sulle pile restano fuori.
_KID = (
    r"(?:(?:il\s+|la\s+)?(?:mio|mia|nostro|nostra)\s+(?:\w+\s+)?(?:figlio|figlia|figlioletto"
    r"|figlioletta|bambino|bambina|bimbo|bimba|piccolo|piccola|piccolino|piccolina|nipote"
    r"|nipotino|nipotina|gemelli|fratellino|sorellina)|il\s+(?:bambino|bimbo|piccolo|piccino|neonato|nipotino)"
    r"|la\s+(?:bambina|bimba|piccola|piccina|neonata|nipotina))\b"
)
_EAT = (
    r"(?:ingoiat[oaie]|inghiottit[oaie]|mangiat[oaie]|masticat[oaie]|morsicat[oaie]|morso|morsa"
    r"|morse|leccat[oaie]|succhiat[oaie]|rosicchiat[oaie]|sgranocchiat[oaie]|mess[oaie]\s+in"
    r"\s+bocca|mandat[oaie]\s+giu)\b"
)
_KIN = r"(?:nonna|nonno|mamma|madre|padre|papa|zia|zio|bisnonna)"
_HARM = (
    r"(?:pil[ae]\s+(?:a\s+)?bottone|pil[ae]\s+(?:del\s+telecomando|dell\s+orologio|piatt[ae])"
    r"|batteri[ae]\s+(?:a\s+)?bottone|calamit[ae]|magnet\w*|(?:\w+\s+){0,2}?(?:con|di|al)\s+"
    r"ferro|(?:capsul|pastigli|pod|tab)\w*\s+(?:\w+\s+)?(?:del|per|della|di|da)\s+(?:la\s+|il\s+)?"
    r"(?:detersivo|lavatrice|lavastoviglie|bucato)|detersivo|candeggina|varechina|(?:pastigli"
    r"|pillol|compress|medicin|farmac|capsul)\w*\s+(?:\w+\s+)?(?:per|del|della|di|contro)\s+"
    r"(?:il\s+|la\s+)?(?:cuore|pressione|dormire|diabete|tiroide|epilessia)|sonniferi"
    r"|antidepressivi|ansiolitici|gocce\s+per\s+dormire|(?:pastigli|pillol|compress|medicin"
    r"|farmac)\w*\s+(?:\w+\s+){0,2}?(?:della|del|di)\s+(?:sua\s+|mia\s+)?"
    + _KIN
    + r"|prodott\w*\s+per\s+(?:la\s+)?pulizi\w*)\b"
)
# Tra il verbo e la cosa niente "e", "poi" o virgola: sono due cose.
_NEAR = r"\s+(?:(?!(?:e|poi|ma|dopo)\s)[^\s.!?,]+\s+){0,6}?"
# Bevuto solo per i detersivi: "ha bevuto lo sciroppo" non è un avvelenamento.
_DRANK = r"(?:bevut[oa]|bevve|ingerit[oa]|mandat[oa]\s+giu)\b"
_CLEANING = (
    r"(?:candeggina|varechina|detersivo|ammoniaca|anticalcare|sgrassatore|acido\s+muriatico"
    r"|idraulico\s+liquido|prodott\w*\s+per\s+(?:la\s+)?pulizi\w*|ammorbidente|alcol\s+denaturato"
    r"|alcol\s+rosa)\b"
)
CHILD_SWALLOWED = (
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_EAT}{_NEAR}{_HARM}",
    # "ha trovato il blister delle pillole della nonna, ne mancano almeno 5".
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?(?:trovato|preso)\s+(?:[^\s.!?]+\s+){{0,12}}?(?:pastigli"
    r"|pillol|compress"
    r"|medicin|farmac)\w*\s+(?:[^\s.!?]+\s+){0,12}?ne\s+mancan[oa]\b",
    rf"{_KID}\s+(?:[^\s.!?]+\s+){{0,10}}?{_DRANK}{_NEAR}{_CLEANING}",
)

# Someone else's seizure (rules_it_seizing.py) joins the someone-else sign here, beside the
# poisons, so rules_it.py need not change.
swallowed = swallowed_family(
    (*SWALLOWED_POISON, *CHILD_SWALLOWED, *SEIZING), (*SWALLOWED_PILLS, *OVERDOSE_MORE)
)
