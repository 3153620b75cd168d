"""Italian phrases and the tier each must get."""

CRISIS = [
    "Voglio morire",
    "vorrei morire",
    "Non voglio più vivere",
    "Voglio uccidermi",
    "mi voglio ammazzare",
    "Penso al suicidio",
    "voglio farla finita",
    "Vorrei togliermi la vita",
    "vorrei dormire e non svegliarmi più",
    "Ho messo da parte delle pillole",
    "mi taglio ancora le braccia",
    "Questo è un addio",
    "starebbero meglio senza di me",
    "ho scritto una lettera d'addio",
    "non ho motivi per vivere",
    "voglio buttarmi da un ponte",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "non voglio piu vivere",
    "vorrei non svegliarmi piu",
    "mi taglio di nuovo",
    "vorrei essere morta",
    "ho pensieri suicidi",
    "non ho piu voglia di vivere",
    "mi voglio togliere la vita",
    "mi faccio del male",
    "mi faccio del male da sola",
]

EMERGENCY = [
    "All'improvviso non riesco a parlare e ho la faccia storta",
    "debolezza improvvisa a un lato",
    "Il peggior mal di testa della mia vita",
    "Dolore al petto che si irradia al braccio sinistro",
    "Non riesco a respirare",
    "Ho battuto la testa e sono confuso",
    "sto avendo un ictus",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "non respiro",
    "dolore al petto che va al braccio",
    "credo di avere un ictus",
    "ho la bocca storta all'improvviso",
]

RED_FLAG = [
    "La mia mano è debole",
    "ho debolezza alla gamba destra",
    "Non riesco ad aprire i barattoli",
    "Ho difficoltà a deglutire",
    "mi strozzo con l'acqua",
    "parlo impastato da giorni",
    "Cado spesso",
    "Ho il piede cadente",
    "Formicolio al piede dopo l'incidente",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "ho la mano debole",
    "debolezza alla gamba",
    "faccio fatica a deglutire",
    "mi va di traverso l'acqua",
    "mi cadono le cose di mano",
    "inciampo spesso",
    "parlo in modo strano, biascico",
]

ASK = [
    "Non ce la faccio più",
    "Voglio sparire",
    "Sono stanca di tutto",
    "Non vedo via d'uscita",
    "mi sento un peso",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "voglio sparire per sempre",
    "non ce la faccio piu",
    "stanca di tutto",
    "sono un peso",
]

NEAR_MISS = [
    ("Muoio di fame", "none"),
    ("sono stanco morto", "none"),
    ("Mi piace da morire", "none"),
    ("Questo tic mi sta uccidendo", "none"),
    ("Ucciderei per un caffè", "none"),
    ("Non voglio morire", "health_anxiety"),
    ("Non voglio più vivere a Milano", "none"),
    ("È la SLA?", "health_anxiety"),
    ("Non ho debolezza alla mano", "none"),
    ("la mia mano non è debole", "none"),
    ("non riesco a respirare col naso", "none"),
    ("muoio dal ridere", "none"),
    ("il caffè è debole", "none"),
    ("voglio dormire", "none"),
    ("morto di sonno", "none"),
    # Found in an adversarial review: look-alikes and denials.
    ("stanco morto", "none"),
    ("mia nonna ha avuto un ictus anni fa", "none"),
    ("nessuna debolezza", "none"),
    ("sto morendo dal ridere", "none"),
    ("questo lavoro mi sta uccidendo", "none"),
    ("mi faccio del male a pensarci", "none"),
    ("non è un ictus", "none"),
    ("mio padre ha avuto un infarto", "none"),
]
