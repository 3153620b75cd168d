"""Italian phrases and the tier each must get."""

CRISIS = [
    # Issue 20: plans with a place or a means, stockpiles, lethal amounts, farewells.
    "vado sul ponte dell'autostrada e mi butto",
    "sto mettendo da parte le benzodiazepine",
    "quante compresse servono per non svegliarsi più",
    "venerdì non ci sarò più",
    "ho regalato la play, tanto a me non servono più",
    "ho scritto il post d'addio",
    "mi sto tagliando di nuovo stasera",
    "Voglio morire",
    "vorrei morire",
    "Non voglio più vivere",
    "Voglio uccidermi",
    "mi voglio ammazzare",
    "Penso al suicidio",
    "voglio farla finita",
    "Vorrei togliermi la vita",
    "Ho messo da parte delle pillole",
    "mi taglio ancora le braccia",
    "Questo è un addio",
    "ho scritto una lettera d'addio",
    "non ho motivi per vivere",
    "voglio buttarmi da un ponte",
    # Found in an adversarial review: informal spellings, typos, other word orders.
    "non voglio piu vivere",
    "mi taglio di nuovo",
    "vorrei essere morta",
    "ho pensieri suicidi",
    "mi voglio togliere la vita",
    "mi faccio del male",
    "mi faccio del male da sola",
    "voglio morire davvero",
    "non voglio vivere piu",
    "mi ammazzo",
    "la faccio finita",
    # Round 4.
    "penso seriamente di uccidermi",
    "ho preso le pillole di mia madre con il vino un quarto d'ora fa",
    "ho deciso come e quando",
    "ho cercato quanto è alto il ponte. e se si sopravvive",
    "salirò sul viadotto e farò il passo",
    "ne ho abbastanza e so esattamente quante servono",
    "ho comprato il veleno per topi. stasera lo prendo",
    # Sets M and N (seventh round): other words for the families they missed.
    "ho guardato il ponte sulla statale, è altissimo. stasera ci vado",
    "sono seduto sul parapetto del ponte adesso",
    # Set O (seventh round, third pass), in other words than the rows.
    "ho deciso, sabato mi butto giù dal viadotto",
    "stasera vado giù dal tetto del palazzo",
    # Set R (eighth round), in other words than the rows.
    "mi sto facendo del male con la lametta adesso",
    "ho tirato fuori ancora il taglierino",
    "sto picchiando la testa contro il muro e sanguina",
    "ho cercato da che piano si muore di sicuro",
]

EMERGENCY = [
    # od1: overdose taken: a handful, the rest, a week's dose by mistake.
    "mi sono calata un pugno di pastiglie",
    "mia madre ha preso per sbaglio la dose di una settimana",
    "un signore è crollato alla fermata e non respira",
    "la mia amica sta avendo le convulsioni e non risponde",
    "ho preso tutte le gocce di xanax un'ora fa",
    # Issue 20: someone else in danger, an overdose already taken.
    "mio padre è svenuto e non respira",
    "mia madre non si sveglia",
    "ho preso tutte le pillole",
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
    "non riesco a respirare bene",
    # Someone else has swallowed something dangerous just now: a battery, a dishwasher or
    # laundry capsule, bleach, rat poison, antifreeze, someone else's pills, a whole strip.
    "mio figlio ha ingoiato una pila a bottone",
    "il bambino ha bevuto candeggina",
    "mio fratello ha bevuto veleno per topi",
    "mia figlia ha preso le pastiglie della nonna",
    "mia madre ha ingoiato una scatola intera di sonniferi",
    # Sets M and N (seventh round): other words for the families they missed.
    "mio nonno ha avuto un ictus nel 2010 e ora ha di nuovo la bocca storta",
    # Sets P and Q (seventh round, second pass), in other words than the rows.
    "mia cugina ha le convulsioni sul pavimento da tre minuti",
    # Round 8 (set R): a small child into a button battery, magnets, iron or an adult's
    # pills, even while they seem fine; someone else's seizure.
    "mia figlia di 3 anni ha ingoiato una pila a bottone della bilancia, per ora sta bene",
    "il bambino ha mangiato delle pastiglie di ferro",
    "mio nipote ha morso una capsula per la lavastoviglie",
    "un signore è caduto a terra in stazione e ha le convulsioni",
    "mia figlia di 2 anni ha bevuto la candeggina",
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
    "la mano e debole",
    # Red flags of their own (#20): breathless lying flat, numbness climbing for weeks, weight
    # lost without trying, restless and sweating since a new medicine.
    "mi manca il fiato appena mi sdraio, devo dormire seduto",
    "non riesco più a dormire disteso perché mi manca il fiato",
    "il formicolio è partito dai piedi e adesso arriva alle ginocchia",
    "ho le gambe intorpidite sempre più su da settimane",
    "ho perso 7 chili senza fare dieta",
    "sto dimagrendo senza volerlo e i pantaloni mi stanno larghi",
    "ho iniziato un antidepressivo nuovo e sudo, sono agitata e ho scatti alle gambe",
    "da quando prendo il tramadolo con la sertralina sudo tantissimo e tremo",
]

ASK = [
    "starebbero meglio senza di me",
    "starebbero tutti meglio senza di me",
    "mi sento una zavorra per tutti",
    "che senso ha tutto",
    "mi sento in trappola, nessuna via d'uscita",
    "sono stanca di esistere",
    "se sparissi nessuno se ne accorgerebbe",
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
    # Round 4.
    "ho già scelto il giorno, il 14",
    "voglio andarmene senza lasciare casini",
    "a che serve, niente ha senso",
    "vorrei solo che tutto se fermasse",
    "mi domando che senso abbia continuare così",
    "vorrei solo chiudere gli occhi e sparire",
    # Sets M and N (seventh round): other words for the families they missed.
    "ho cercato quanti metri è alto il ponte qui vicino, solo curiosità",
    "spero di non svegliarmi più domani",
    "a che serve tutto questo",
    # Set R (eighth round), in other words than the rows.
    "se domani non mi sveglio, pazienza",
    "Signore mio, prendimi",
    "sarebbe un sollievo non svegliarmi",
    # Round 9: a passive wish with no method, plan, time or farewell is asked about (the blind
    # writers' label; docs/understanding.md, ninth round).
    "non ho piu voglia di vivere",
    "vorrei non svegliarmi piu",
    "vorrei dormire e non svegliarmi più",
]

NEAR_MISS = [
    # od1: vitamins, a daily habit, as prescribed, almost by mistake.
    ("ho preso una manciata di vitamine", "none"),
    ("ho quasi preso per sbaglio la doppia dose ma me ne sono accorta", "none"),
    ("tutto sembra irreale, tremo tutta", "panic"),
    ("cuore in gola, mani che tremano, so che è ansia", "panic"),
    ("se prendo un altro 4 mi butto dal balcone, scherzo", "none"),
    ("vorrei sparire in vacanza al mare", "none"),
    ("ieri ho visto il film della squadra suicida", "none"),
    # Issue 20: panic without danger signs is asked about, never an emergency.
    ("ho un attacco di panico e non riesco a respirare", "panic"),
    ("tachicardia e panico", "panic"),
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
    ("la faccio finita con questo lavoro", "none"),
    ("mi ammazzo di lavoro", "none"),
    # Round 4.
    ("ho scelto la data del matrimonio", "none"),
    ("se Excel si blocca la faccio finita... con Microsoft", "none"),
    ("niente ha senso in questo esercizio di fisica", "none"),
    # Look-alikes and denials of the four new red flags: a diet that works, lying flat on a
    # beach, a leg asleep for a night, sweating at the gym, a new medicine without trouble.
    ("non ho perso peso", "none"),
    ("ho perso 5 chili con la dieta, sono contenta", "none"),
    ("mi sdraio a pancia in su in spiaggia", "none"),
    ("non mi manca il fiato quando mi sdraio", "none"),
    ("stanotte mi si è addormentata la gamba", "none"),
    ("non ho formicolio che sale alle ginocchia", "none"),
    ("ho gli occhiali nuovi e mi fanno male gli occhi", "none"),
    ("sudo tanto in palestra", "none"),
    ("ho iniziato la sertralina e non ho sudori né tremori", "none"),
    # Look-alikes of someone else swallowing something dangerous: a pet (a vet matter), a
    # harmless stone or gum, one's own usual medicine, a purchase, a film, an idiom.
    ("il mio cane ha mangiato cioccolato", "none"),
    ("mio figlio ha ingoiato un nocciolo di ciliegia", "none"),
    ("mio figlio ha preso i suoi antibiotici", "none"),
    ("mia madre prende tante pastiglie ogni giorno", "none"),
    ("mio figlio ha mangiato una pila di frittelle", "none"),
    ("ho comprato veleno per topi per il fienile", "none"),
    # Sets M and N (seventh round): other words for the families they missed.
    ("seduti sul bordo della terrazza a guardare il tramonto", "none"),
    ("ho controllato l'altezza del ponte per passare col camion", "none"),
    ("spero di non svegliarmi tardi domani", "none"),
    ("a cosa serve questo bottone?", "none"),
    ("mio nonno ebbe un ictus nel 2010, la bocca storta, ma si è ripreso bene", "none"),
    ("mio fratello fa il soccorritore, ieri hanno soccorso un tentato suicidio", "none"),
    ("ho perso 15 partite di fila, voglio morire ahah", "none"),
    # Sets P and Q (seventh round, second pass), in other words than the rows.
    ("aperitivo d'addio con i colleghi, da lunedì nuovo lavoro", "none"),
    ("la canzone che ascolto si chiama 'suicidio', bellissima", "none"),
    ("lo so che è solo ansia, il cuore mi galoppa di nuovo", "panic"),
    # Set O (seventh round, third pass), in other words than the rows.
    ("domenica vado giù dal ponte a piedi fino al fiume a pescare", "none"),
    # Set R (eighth round), in other words than the rows.
    ("i miei alunni in classe hanno discusso il suicidio del protagonista", "none"),
    ("mi sono suicidato per sbaglio nel videogioco lol", "none"),
    ("mi sto tagliando i capelli da sola", "none"),
    ("corso di formazione sulle overdose da oppioidi stamattina", "none"),
    ("sarebbe meglio non svegliarmi presto domani", "none"),
    ("mi sto tagliando fuori da tutto, non esco più", "none"),
    # Round 8 (set R): look-alikes of a child into something dangerous or of a seizure (a
    # purchase, their own vitamins, an idiom or the writer's own shaking or cramp).
    ("ho comprato delle pile a bottone per il rilevatore di fumo", "none"),
    ("mia figlia ha mangiato le sue caramelle alle vitamine", "none"),
    ("tremo tutta quando sono in ansia", "none"),
]
