"""French preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (accents folded, apostrophes set apart: j ai donne, tout est pret, je n en
aurai plus besoin).

Each family alone is an ordinary day ("donne les vieux habits des enfants", "paye le loyer
d'avance avant les vacances", "merci pour tout, la respiration m'a aidee", "tout est pret pour
la fete"), so each stays narrow: things given away are the writer's own ("mes affaires", "ma
guitare"), readiness is not ready for an event.
"""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_KIN = r"(?:(?:a |au |aux |chez |avec )?(?:ma |mon |mes |la |le |les |l\s?|une |un |notre |nos )?"
_KIN += r"(?:soeur|frere|freres|mere|maman|pere|papa|parents|femme|mari|copine|copain|conjoint"
_KIN += r"|conjointe|compagne|compagnon|fils|fille|filles|enfants|gosses|famille|amie?s?|pote"
_KIN += r"|potes|voisine?s?|cousine?s?|tante|oncle|niece|neveu|grand(?: |-)mere|grand(?: |-)pere"
_KIN += r"|belle(?: |-)soeur"
_KIN += r"|beau(?: |-)frere|collegue|meilleure? amie?))"
_PET = r"(?:chat|chatte|chats|chaton|chatons|chien|chienne|chiens|chiot|lapin|oiseau|perruche"
_PET += r"|hamster|poissons?|tortue|cheval|jument|animaux|animal|toutou|minou)"
_MINE = r"(?:(?:toutes |tous )?mes |mon |ma |toutes les |tous les )"
_THINGS = r"(?:affaires|livres|guitare|piano|clavier|velo|moto|scooter|voiture|bagnole|bijoux"
_THINGS += r"|bague|bagues|montre|montres|disques|vinyles|plantes|jeux|console|play|ps4|ps5"
_THINGS += r"|xbox|switch|collection|outils|planche|appareil photo|ordi|ordinateur|tableaux"
_THINGS += r"|meubles|fringues|vetements)"
# A pet left with someone for a weekend or the holidays is not given away.
_NOT_FOR_A_WHILE = r"(?! (?:ce|cette|quelques|pendant|le week end|le temps|jusqu|quand|pour les"
_NOT_FOR_A_WHILE += r"|pour le|demain|aujourd)\b)"
# Rent paid ahead for a trip is an ordinary errand.
_NOT_FOR_A_TRIP = r"(?! (?:\w+ ){0,3}?(?:avant (?:\w+ )?(?:vacances|voyage|depart|partir)"
_NOT_FOR_A_TRIP += r"|parce que je pars|comme (?:d\s?habitude|chaque)"
_NOT_FOR_A_TRIP += r"|pour (?:le|mon) (?:voyage|depart)))"

GIVEN_AWAY = _s(
    r"(?:donne|donnes|donnees|offert|offerts|legue|distribue|refile|file|cede|debarrasse de"
    r"|separe de|separee de)"
    r" (?:(?:deja|hier|aujourd hui|presque|aussi|enfin|tout|toutes|tous|mon \w+ et|ma \w+ et"
    rf"|mes \w+ et) )*{_MINE}(?:\w+ )?{_THINGS}\b",
    rf"(?:donne|offert|confie|legue|laisse) (?:\w+ )?(?:mon |ma |mes )(?:\w+ )?{_PET} (?:a|au"
    rf"|aux|chez) {_KIN}\b(?! (?:pour|pendant|ce|cette|le temps))",
    rf"(?:fait adopter|mis a l\s?adoption|mis en adoption|replace) (?:mon |ma |mes )?{_PET}\b",
    rf"(?:trouve|cherche) (?:une |un )?(?:nouvelle |nouveau )?(?:famille|foyer|maison|adoptant"
    rf"|maitre|proprio) (?:pour|a) (?:mon |ma |mes )(?:\w+ )?{_PET}\b",
    rf"(?:mon |ma |mes )(?:\w+ )?{_PET} (?:va vivre|vivra|va rester|restera|ira vivre|part vivre"
    rf"|va aller vivre) (?:pour de bon |pour toujours |definitivement )?(?:avec|chez) {_KIN}\b"
    + _NOT_FOR_A_WHILE,
    rf"(?:donne|laisse|confie|file|rendu|remis) (?:les|mes|un double des|le double des|une copie"
    rf" des) (?:cles|clefs) (?:\w+ ){{0,4}}?(?:a|au|aux) {_KIN}\b",
)
AFFAIRS = _s(
    r"(?:paye|payer|regle|avance|verse) (?:\w+ ){0,4}?(?:loyer|loyers) (?:\w+ ){0,4}?"
    r"(?:d\s?avance|en avance|a l\s?avance|par avance)\b" + _NOT_FOR_A_TRIP,
    r"(?:paye|regle) (?:\w+ ){0,2}?mois (?:de loyer )?(?:d\s?avance|en avance|a l\s?avance)\b"
    + _NOT_FOR_A_TRIP,
    r"(?:rembourse|solde|regle|paye|liquide|ferme|cloture|clos) (?:deja )?(?:toutes |tous )?"
    r"(?:mes|les) (?:dettes|credits|emprunts|prets|comptes(?: bancaires| en banque)?)\b",
    r"(?:je ne dois|je dois|jdois) plus rien a personne\b",
    r"(?:fait|ecrit|redige|signe|refait|mis a jour) (?:mon |un |le )?testament\b",
    r"(?:mots de passe|mdp|codes|code de (?:la )?carte|identifiants|papiers|documents|contrat"
    rf" d\s?assurance|assurance vie) (?:\w+ ){{0,5}}?(?:a|pour|au|aux|chez) {_KIN}\b",
    r"(?:laisse|note|ecrit|mis) (?:tous )?(?:mes |les )(?:mots de passe|mdp|codes) (?:\w+ ){0,3}?"
    r"(?:dans une enveloppe|dans un carnet|dans le tiroir|sur un papier)\b",
    r"(?:mis|mets|mettre|range) (?:de l\s?ordre dans |en ordre )(?:toutes )?(?:mes|les)"
    r" (?:affaires|papiers|comptes)\b",
    r"(?:mis|mets|mettre) (?:toutes )?(?:mes|les) (?:affaires|papiers|comptes) en ordre\b",
    r"(?:resilie|annule|arrete) (?:tous )?(?:mes|les) (?:abonnements|contrats)\b",
    r"(?:supprime|efface|ferme|desactive) (?:tous )?(?:mes) (?:comptes|reseaux|profils|insta)\b",
    # Set N: a debt repaid "to the last euro", everyone paid back.
    r"(?:rembourse|rendu|rends|paye|regle) (?:\w+ ){0,4}?jusqu au dernier (?:euro|centime|sou"
    r"|franc|cent)\b",
    r"(?:rembourse|paye|regle) tout le monde\b",
    # Round 9 (sets S, T): the keys of the flat handed back to the landlord; a message
    # scheduled to reach the family later.
    r"(?:rendu|remis|rends|laisse) (?:les|mes) (?:cles|clefs) (?:de l\s?appart|de l\s?appartement"
    r"|du logement|de la maison|de chez moi|du studio) (?:au|a la) (?:proprio|proprietaire"
    r"|bailleur|agence|concierge|gardien|gardienne)\b",
    rf"(?:programme|planifie) (?:un |une )?(?:mail|email|courriel|message|lettre|sms) (?:pour|a)"
    rf" {_KIN}\b",
)
GOODBYES = _s(
    r"(?:lettres?|mots?|messages?|vocaux?|videos?) d\s?adieux?\b",
    rf"(?:ecrit|redige|laisse|enregistre|prepare) (?:une |des |mes |un |les )?(?:lettres?|mots?"
    rf"|messages?|vocaux?|videos?) (?:pour|a) (?:chacun|chacune|{_KIN})\b",
    r"merci (?:infiniment |vraiment |encore )?(?:pour|de) tout\b(?! (?:ce|ca|le|la|les)\b)",
    r"(?:dit|fait) (?:au revoir|mes adieux) a (?:tout le monde|tous|toute la famille|mes)\b",
    r"fait mes adieux\b",
    r"je vous aime (?:tous|toutes|fort)\b",
    r"(?:pardonnez moi|pardon|desolee?) pour tout\b(?! (?:ce|ca|le|la|les)\b)",
    rf"prenez soin (?:de mon |de ma |de mes |d\s?)(?:\w+ )?(?:{_PET}|maman|papa|enfants|fils"
    r"|fille)\b",
    # Round 9 (sets S, T): a letter left in a drawer, written to someone "de pas m'en vouloir",
    # thanked for these weeks, a goodbye said properly.
    rf"(?:lettres?|mots?|enveloppes?) (?:pour|a) {_KIN} (?:dans|sur|sous) (?:le |la |mon |ma )?"
    r"(?:tiroir|table|table de nuit|oreiller|bureau|boite aux lettres|lit)\b",
    rf"(?:ecrit|dit|demande) {_KIN} (?:de )?(?:ne )?(?:pas )?(?:m\s?en vouloir|me pardonner)\b",
    r"merci (?:a toi |a vous )?pour (?:ces|ses|c) (?:semaines|mois|derniers mois|dernieres"
    r" semaines)\b",
    r"(?:dit au revoir|fait mes adieux) (?:\w+ ){0,3}?comme il (?:faut|se doit)\b",
)
FINALITY = _s(
    r"(?:tout est|c\s?est tout|tout sera) (?:deja )?(?:pret|prevu|regle|organise|en ordre|range"
    r"|prepare|arrange)\b(?! (?:pour|pr) (?!(?:que|qu|personne)\b))",
    r"(?:j\s?ai|g|jai) (?:deja )?tout (?:prepare|regle|organise|range|arrange|mis en ordre)\b"
    r"(?! (?:pour|pr) (?!(?:que|qu|personne)\b))",
    r"(?:je n\s?aurai|j\s?aurai) plus besoin (?:de rien|de ca|de tout ca|de mes|d\s?eux|d\s?elles"
    r"|de mon|de ma)\b",
    r"pour que personne (?:n\s?ait|ne soit|n\s?aie) (?:de (?:problemes?|soucis)|a (?:s\s?occuper"
    r"|gerer|payer|tout gerer))\b",
    r"pour ne (?:pas|plus) (?:vous |leur )?(?:embeter|deranger|etre un poids|etre une charge)\b",
    r"(?:quand|apres que|une fois que) (?:je serai|je ne serai) (?:plus la|partie?)\b",
    r"c\s?est mieux (?:comme ca|ainsi) pour tout le monde\b",
    r"(?:ils|elles|vous|tu|il|elle) (?:comprendront|comprendrez|comprendras|comprendra)"
    r" (?:plus tard|un jour|avec le temps)\b",
    r"(?:un jour|plus tard) (?:ils|elles|vous|tu) (?:comprendront|comprendrez|comprendras)\b",
    r"(?:plus de|il n\s?y a plus de|pas de) retour en arriere\b",
    # Set N: "je sais de quoi ça a l'air" after things done.
    r"je sais (?:de quoi|a quoi) (?:ca|cela|tout ca) (?:a l\s?air|ressemble)\b",
    # Round 9 (sets S, T): "plus simple pour tout le monde après dimanche", "dernière entrée je
    # pense", "c'est mieux comme ça" ending the message, "ce soir ça se termine".
    r"(?:sera|serait|ce sera|c\s?est) (?:plus simple|plus facile|mieux) pour tout le monde"
    r" (?:apres|quand|a partir|une fois)\b",
    r"(?:derniere|ma derniere) (?:entree|note|page)(?: \w+)? (?:je pense|je crois|surement"
    r"|sans doute)\b",
    r"c\s?est mieux (?:comme ca|ainsi)\s*(?:[.!;]|$|[^\w\s?]+\s*$)",
    r"(?:ce soir|cette nuit|demain) (?:tout )?(?:se termine|finit|s\s?arrete|ca se termine"
    r"|ca finit)\s*(?:[.!;]|$)",
)
