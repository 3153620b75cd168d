"""German preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (umlauts folded: "schlüssel" is "schlussel", "ß" is "ss")."""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_KIN = r"(?:schwester|bruder|mama|mutter|mutti|papa|vater|frau|mann|sohn|tochter|kinder?|kids"
_KIN += r"|eltern|familie|freund(?:in)?|kumpel|partner(?:in)?|nachbar(?:in)?|cousin[e]?|nichte"
_KIN += r"|neffe|oma|opa|enkel(?:in)?|bff|ex)"
_MY_KIN = rf"(?:meine[mnr]?|meine|unsere[mnr]?) (?:besten? |kleinen? |grossen? )?{_KIN}\w*"
_PET = r"(?:katze[n]?|kater|hund|hunde[n]?|hundin|haustier\w*|vogel|vogel|wellensittich\w*"
_PET += r"|kaninchen|hase[n]?|hamster|meerschweinchen|fische?|aquarium|pferd|papagei)"
_THING = (
    rf"(?:{_PET}|sachen|klamotten|kleidung|bucher|gitarre|klavier|e-?piano|fahrrad|rad|auto"
    r"|motorrad|schmuck|ring|ringe|uhr|platten|pflanzen|spiele|konsole|ps5|playstation|switch"
    r"|sammlung|werkzeug|kamera|laptop|computer|pc|zeug|lieblings\w+)"
)
_GAVE = r"(?:verschenkt|weggegeben|abgegeben|hergegeben|vermacht|weitergegeben|vererbt)"

GIVEN_AWAY = _s(
    rf"(?:hab|habe|hatte) (?:\w+ ){{0,3}}?(?:meine[nms]?|mein|alle meine|all meine) "
    rf"(?:\w+ ){{0,2}}?{_THING} (?:\w+ ){{0,5}}?{_GAVE}\b",
    rf"(?:verschenke|verschenk|vermache|gebe|geb) (?:\w+ ){{0,2}}?(?:meine[nms]?|mein|alle meine"
    rf"|all meine) (?:\w+ ){{0,2}}?{_THING}\b(?! (?:\w+ ){{0,4}}?(?:zuruck|wieder|fur (?:ein|zwei"
    r"|drei|\d)))",
    rf"(?:ein |n )?(?:neues )?(?:zuhause|zu\s?hause|platz|plaetzchen|platzchen) fur (?:meine[nm]?"
    rf"|mein|unsere[nm]?|unser) {_PET} (?:\w+ ){{0,2}}?(?:gefunden|gesucht|suche)\b",
    rf"(?:meine[nm]?|mein) {_PET} (?:\w+ ){{0,3}}?(?:lebt|wohnt|bleibt|ist|kommt|geht|zieht)"
    rf" (?:jetzt |ab jetzt |ab sofort |fur immer |dann |bald )?(?:bei|zu) {_MY_KIN}\b",
    rf"(?:meine[nm]?|mein|unsere[nm]?|unser) {_PET} (?:\w+ ){{0,2}}?(?:an |zu )?{_MY_KIN} "
    r"(?:\w+ )?(?:gegeben|abgegeben|gebracht)\b",
    # Set L: "meine Katze zur Nachbarin gebracht".
    rf"(?:meine[nm]?|mein|unsere[nm]?|unser) {_PET} (?:\w+ ){{0,2}}?(?:zur|zum|zu (?:der|dem"
    rf"|meiner"
    rf"|meinem)) {_KIN}\w* (?:\w+ )?(?:gegeben|abgegeben|gebracht)\b(?![^.!?]{{0,60}}\b(?:urlaub"
    r"|verreis\w*|ferien|reise|wochenende|kur|klinik|krankenhaus|solange|bis))",
    rf"{_MY_KIN} (?:\w+ ){{0,2}}?(?:nimmt|ubernimmt|uebernimmt|kriegt|bekommt|hat) (?:jetzt |ab"
    rf" jetzt |dann )?(?:meine[nm]?|mein) {_PET}\b",
    rf"(?:schlussel|schluessel|haustur\w*|wohnungs\w*|autoschlussel|ersatzschlussel) "
    rf"(?:\w+ ){{0,4}}?{_MY_KIN} (?:\w+ ){{0,2}}?(?:gegeben|uberlassen|gebracht"
    r"|in die hand gedruckt)\b",
)
AFFAIRS = _s(
    r"(?:miete|mieten) (?:\w+ ){0,5}?(?:im voraus|im vorraus|vorab|vorauszahlen|vorausbezahlt"
    r"|vorausgezahlt)\b",
    r"(?:schulden|kredit|kredite|darlehen|ratenkauf|dispo|konto|konten|rechnungen) (?:\w+ ){0,3}?"
    r"(?:abbezahlt|abgezahlt|beglichen|getilgt|aufgelost|geschlossen|gekundigt|bezahlt)\b",
    r"(?:testament|patientenverfugung|vorsorgevollmacht) (?:\w+ ){0,3}?(?:geschrieben|gemacht"
    r"|aufgesetzt|unterschrieben|fertig|hinterlegt|geandert|erneuert)\b",
    r"(?:mein|ein|das) testament (?:\w+ ){0,3}?(?:schreiben|machen|aufsetzen|notar)\b",
    rf"(?:passworter|passwoerter|passwort|pins?|zugangsdaten|logins?|bankdaten|kontodaten"
    rf"|unterlagen|dokumente|papiere|ordner) (?:\w+ ){{0,5}}?(?:fur|an) {_MY_KIN}\b",
    r"(?:papiere|unterlagen|dokumente|ordner) (?:\w+ ){0,3}?(?:fur|an) (?:die |meine |unsere )?"
    r"(?:kinder|erben|familie|tochter|sohn|sohne) (?:\w+ )?(?:geordnet|sortiert|bereitgelegt"
    r"|zusammengestellt)\b",
    rf"{_MY_KIN} (?:\w+ ){{0,3}}?(?:hat|kennt|kriegt|bekommt) (?:jetzt |alle |meine |die )*"
    r"(?:passworter|passwoerter|passwort|pins?|zugangsdaten|bankdaten|unterlagen|papiere)\b",
    r"(?:angelegenheiten|papierkram|finanzen|meine sachen|mein leben) (?:\w+ ){0,2}?(?:geordnet"
    r"|geregelt|in ordnung gebracht|geklart|erledigt)\b",
    r"(?:alle |meine |alle meine )(?:abos|abonnements|vertrage|vertraege|handyvertrag"
    r"|versicherungen|mitgliedschaften) (?:\w+ ){0,2}?gekundigt\b",
    r"(?:alle |meine |alle meine )(?:accounts|konten|profile|social media|insta\w*) (?:\w+ ){0,2}?"
    r"(?:geloscht|deaktiviert)\b",
)
GOODBYES = _s(
    r"(?:abschieds|letzte[nr]?)\s?(?:brief|briefe|nachricht|nachrichten|worte|mail|zeilen|sms)\b",
    rf"(?:brief|briefe|zeilen|nachricht|nachrichten) (?:\w+ ){{0,3}}?(?:fur|an) {_MY_KIN} (?:\w+"
    r" ){0,3}?(?:geschrieben|hinterlassen|hingelegt|vorbereitet|fertig)\b",
    r"danke fur alles\b|(?:ich )?(?:danke|dank) (?:euch|ihnen|dir) (?:\w+ )?fur alles\b",
    r"(?:hab|habe) mich (?:\w+ ){0,3}?(?:von allen|von euch|von (?:meine[rnm]?|meinen) \w+)"
    r" (?:\w+ ){0,2}?verabschiedet\b",
    r"(?:lebt|lebe|macht(?:s)?) (?:es )?(?:gut|wohl)\s*,? (?:ihr lieben|alle|ihr alle"
    r"|fur immer)\b",
    # Set K: a long message "so abschiedsmäßig halt" to the few who matter.
    r"(?:so |irgendwie |ziemlich |halt )?(?:abschiedsmassig|abschiedsmaessig|wie (?:ein|n|ne)"
    r" (?:abschied|abschiedsbrief))\b",
)
FINALITY = _s(
    r"(?:alles (?:ist |is )?|es ist )(?:jetzt |nun |schon )?(?:bereit|vorbereitet|geregelt)\b"
    r"(?! (?:fur|zum|zur) (?!morgen|heute|nachher|danach|den abschied)\w)",
    r"(?:hab|habe) (?:jetzt |schon |nun )?alles (?:\w+ )?(?:vorbereitet|erledigt|geregelt"
    r"|organisiert|geordnet)\b",
    r"(?:werd|werde|wird) (?:ich )?(?:\w+ ){0,3}?(?:nicht|nie|nix|nichts) (?:mehr|davon)"
    r" brauchen\b"
    r"|brauch(?:e)? (?:ich )?(?:das|es|sie|ihn|den|die|nichts|nix) (?:\w+ ){0,2}?(?:bald|dann"
    r"|wo ich hingehe) (?:nicht |nie )?mehr\b",
    r"wo ich hingehe\b|wo ich (?:bald|dann) bin\b",
    # Set K: a message set to go out by itself ("zeitgesteuert für Freitag früh").
    r"(?:ist |sind |hab (?:sie |es |die )?)?(?:zeitgesteuert|zeitversetzt|terminiert)\b"
    r"(?: (?:fur|auf|zum|am) \w+)?",
    r"damit (?:keiner|niemand|ihr|die anderen) (?:\w+ ){0,3}?(?:arbeit|arger|aerger|probleme"
    r"|stress|aufwand|muhe|kram|lauferei) (?:\w+ )?(?:hat|haben|habt|hinterher|danach)\b",
    r"damit (?:keiner|niemand) (?:\w+ ){0,3}?(?:kummern|kuemmern|aufraumen) (?:muss|musste)\b",
    r"(?:es ist|ist) (?:so )?besser so\b",
    r"(?:sie|ihr|er|du|ihr alle|die anderen) (?:werden|wird|werdet|wirst) (?:es |das |mich )?"
    r"(?:spater|spaeter|eines tages|irgendwann|bald) verstehen\b",
)

# Sets S, T: a message set to go out to everyone ("hab ne Mail an alle geplant"); a thing not
# needed "nach Sonntag" ("meine Gitarre kriegt mein Kumpel, nach Sonntag brauch ich sie eh
# nicht mehr"); a guitar that kin "kriegt" or "bekommt".
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|ubermorgen"
    r"|dem wochenende|nachster woche)"
)
GIVEN_AWAY += _s(
    rf"(?:meine[nms]?|mein) {_THING} (?:kriegt|bekommt|erbt|kann (?:\w+ )?haben) (?:jetzt |dann "
    rf")?{_MY_KIN}\b",
    rf"(?:meine[nms]?|mein) {_THING} (?:kriegt|bekommt|erbt) (?:jetzt |dann )?(?:mein|meine)"
    r" (?:kumpel|freund\w*|bruder|schwester|nachbar\w*|kollege\w*|neffe|nichte)\b",
)
FINALITY += _s(
    r"(?:mail|mails|e mail|email|nachricht|nachrichten|post) (?:\w+ ){0,2}?an (?:alle|euch alle"
    r"|die ganze familie|alle freunde) (?:\w+ )?(?:geplant|eingeplant|vorbereitet|terminiert"
    r"|zeitgesteuert)\b",
    rf"(?:nach|ab) {_DAY} (?:brauch|brauche|werd|werde) (?:ich )?(?:sie|ihn|es|das|die|den|nichts"
    r"|nix)? ?(?:\w+ ){0,2}?(?:nicht|nie|nix|nichts) mehr\b",
    rf"(?:kann|darf|soll) (?:sie|ihn|es|die|den|das) (?:\w+ )?(?:nach|ab) {_DAY} (?:haben"
    r"|behalten)\b",
)
