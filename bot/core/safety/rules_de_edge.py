"""German: someone at the edge now, and the last preparations made with a decision, a crisis
(ruleset.LanguageRules.crisis), over normalised text (ü→u, ß→ss; "ue" typed stays). From sets S
and T.

At the edge: "sitz aufm Dach vom Parkhaus, Füße überm Rand", the legs over the railing of a
bridge, a balcony railing sat on floors up, "steh am Bahnübergang, um 0:40 kommt der letzte
Güterzug", a bridge looked at for a week with "morgen ist es so weit", "schreib das nur, damit
irgendwer weiß, wo ich bin" from a high place, "ich mach nix Dummes, aber ich steh jeden Abend
an der Brücke", and a crash into a bridge pillar without a seatbelt that will look like an
accident.

Done and decided: pills kept and counted ("es sind genug"), a goodbye the other did not notice,
"morgen leg ich mich vor den Zug", a stone in the backpack with the river or tonight, and how
many pills until one's heart stops, or "ich hab mich entschieden" after a dose question.

Each needs two parts: feet on the balcony railing with a coffee, waiting at a level crossing
(past), "morgen ist es so weit, wir ziehen um" and a goodbye before a train trip stay clear.
"""

from __future__ import annotations

from bot.core.safety.common import spaced as _s

__all__ = ["DECIDED", "EDGE"]



_HIGH = (
    r"(?:dach\w*|parkhaus\w*|parkdeck\w*|\w*brucke\w*|\w*bruecke\w*|uberfuhrung|ueberfuehrung"
    r"|viadukt\w*|turm|hochhaus\w*|klippe\w*|balkon\w*|\w*gelander\w*|\w*gelaender\w*|brustung"
    r"|bruestung)"
)
# The same where a rule begins with it (a rule may not begin with `\w*`).
_HIGH_WORD = (
    r"(?:dach|parkhaus|parkdeck|brucke|bruecke|autobahnbrucke|autobahnbruecke|uberfuhrung"
    r"|ueberfuehrung|viadukt|turm|hochhaus|klippe|balkon|gelander|gelaender|balkongelander"
    r"|balkongelaender|brustung|bruestung)\w*"
)
_TRACK = r"(?:gleis\w*|schienen|bahnubergang|bahnuebergang|bahndamm|bahnstrecke|bahngleis\w*)"
_PILL = (
    r"(?:\w*tabletten|pillen|medikamente|schlaftabletten|schlafmittel|paracetamol|ibuprofen"
    r"|insulin|morphin|tilidin|tramadol|\w+(?:zepam|azolam|pin|amin))"
)
_PILL_WORD = (
    r"(?:tabletten|schlaftabletten|herztabletten|schmerztabletten|pillen|medikamente"
    r"|schlafmittel|paracetamol|ibuprofen|insulin|morphin|tilidin|tramadol|diazepam|lorazepam"
    r"|tavor)"
)
_I_AM = r"(?:steh|stehe|sitz|sitze|hock|hocke|bin|warte|lieg|liege)"
_FEET = (
    r"(?:fusse|fuesse|fuss|fuess|beine|bein) (?:\w+ ){0,2}?(?:baumeln )?(?:uberm|ueberm|uber"
    r"|ueber) (?:dem |den |die |das )?(?:rand|kante|dachkante|dachrand|\w*gelander|\w*gelaender"
    r"|abgrund|brustung|bruestung)\b"
)
_SO_SOMEONE_KNOWS = (
    r"damit (?:\w+ ){0,2}?(?:irgendwer|irgendjemand|jemand|einer|ihr|du|wer|ihr) (?:\w+ )?(?:weiss"
    r"|weis|wisst) wo ich (?:bin|war|liege|sitze|stehe)"
)
_CRASH_INTO = (
    r"gegen (?:\w+ )?(?:\w*pfeiler|baum|mauer|betonwand|bruckenpfeiler|brueckenpfeiler|lkw"
    r"|laster|brucke|bruecke)\b"
)
_LOOKS_ACCIDENT = (
    r"(?:(?:sieht|aussieht|aussehen|aussehn) (?:\w+ ){0,3}?wie (?:ein|n|en|nen) unfall|wie (?:ein"
    r"|n|en) unfall (?:aus|aussehen|aussieht))\b"
)
_LATER = r"(?:nachher|gleich|heute nacht|heute abend|heut nacht|morgen|werd\w*|will)"

EDGE = _s(
    # "sitz aufm Dach vom Parkhaus, Füße überm Rand"
    rf"{_HIGH_WORD}\b[^?]{{0,100}}?\b{_FEET}",
    rf"{_FEET}[^?]{{0,100}}?\b{_HIGH}\b",
    # On the wrong side of the railing, or climbed over it.
    r"(?:auf der )?(?:falschen|anderen|ausseren|aeusseren) seite (?:des|vom|von dem) (?:\w+ )?"
    r"(?:gelanders|gelaenders|gelander|gelaender)\b",
    r"(?:ubers|uebers|uber das|ueber das) (?:\w+ )?(?:gelander|gelaender|brustung|bruestung)"
    r" (?:geklettert|gestiegen)\b",
    # "sitze auf dem Balkongeländer, 8. Stock"
    rf"{_I_AM} (?:\w+ ){{0,2}}?(?:auf dem|aufm|auf der|auf) (?:\w+ )?(?:balkongelander"
    r"|balkongelaender|gelander|gelaender|brustung|bruestung|dachkante|dachrand|sims)\b[^?]{0,60}?"
    r"(?:\d+ (?:\. )?(?:stock|etage|og)\b|stock\w*|etage|windig|wind\b|ganz oben|so hoch)",
    # "seit einer Woche schau ich mir die Autobahnbrücke an. Morgen ist es so weit"
    rf"(?:schau|schaue|guck|gucke|starre|starr|seh|sehe)\w* (?:\w+ ){{0,6}}?(?:{_HIGH}|{_TRACK})"
    r"\b[^?]{0,100}?(?:(?:morgen|heute|heut|heute nacht|heute abend) (?:ist es so\s?weit|ist der"
    r" tag|mach ich es|passiert es)|hoch genug)\b",
    # "steh grad am Bahnübergang. Um 0:40 kommt der letzte Güterzug"
    rf"{_I_AM} (?:\w+ ){{0,3}}?(?:am|auf dem|aufm|auf den|an den|neben dem|beim|an der|auf der"
    rf"|bei den|an die) (?:\w+ )?{_TRACK}\b[^?]{{0,100}}?letzte\w* (?:\w+ )?\w*zug\b",
    # "schreib das nur, damit irgendwer weiß, wo ich bin", from a roof, a bridge, the tracks.
    rf"{_HIGH_WORD}\b[^?]{{0,100}}?\b{_SO_SOMEONE_KNOWS}\b",
    rf"{_SO_SOMEONE_KNOWS}\b[^?]{{0,60}}?\b(?:{_HIGH}|{_TRACK})\b",
    # "ich mach nix Dummes, aber ich steh jeden Abend an der Brücke"
    rf"(?:mach|mache|tu|tue|werd|werde)\w* (?:\w+ ){{0,2}}?(?:nix|nichts) (?:dummes|blodes"
    rf"|bloedes|unuberlegtes|falsches)\b[^?]{{0,40}}?\b(?:aber|nur)\b[^?]{{0,60}}?(?:steh|stehe"
    rf"|geh|gehe|sitz|sitze|fahr|fahre)\w* (?:\w+ ){{0,4}}?(?:an|auf|zu|zur|zum|am|aufm)"
    rf" (?:der |die |den |dem )?(?:\w+ )?(?:{_HIGH}|{_TRACK})\b",
    # A crash planned to look like an accident, or without a seatbelt later on.
    rf"{_CRASH_INTO}[^?]{{0,120}}?\b{_LOOKS_ACCIDENT}",
    rf"{_LOOKS_ACCIDENT}[^?]{{0,120}}?\b{_CRASH_INTO}",
    rf"{_LATER}\b[^?]{{0,60}}?\bohne gurt\b[^?]{{0,40}}?\b{_CRASH_INTO}",
    rf"{_LATER}\b[^?]{{0,60}}?\b{_CRASH_INTO}[^?]{{0,40}}?\bohne gurt\b",
)

DECIDED = _s(
    # Pills kept, then counted or "es sind genug".
    rf"{_PILL_WORD}\b[^?]{{0,60}}?\b(?:aufbewahrt|aufgehoben|gesammelt|gehortet|gebunkert|versteckt"
    r"|beiseite gelegt|beiseitegelegt|gespart|behalten)\b[^?]{0,80}?(?:(?:zahle|zaehle|zahl"
    r"|zaehl) sie (?:jeden|jede|immer|wieder|nochmal|ab)|es sind (?:jetzt |inzwischen |mehr als"
    r" |locker )?genug\s*(?:[.!,]|$))",
    # A goodbye the other did not notice.
    r"(?:verabschiedet|abschied genommen)\b[^?]{0,40}?ohne dass (?:sie|er|es|die|jemand|wer"
    r"|meine \w+|mein \w+) (?:\w+ ){0,2}?(?:gemerkt|bemerkt|mitbekommen|mitgekriegt|geahnt"
    r"|wusste|wussten|kapiert)\b",
    # "morgen leg ich mich vor den Zug"
    r"(?:leg|lege|werf|werfe|spring|springe|stell|stelle) (?:ich )?(?:mich )?(?:\w+ )?vor (?:den"
    r"|einen|nen|die|eine|ne) (?:\w+ )?(?:zug|\w+zug|bahn|s bahn|u bahn|ice|lkw|laster|tram"
    r"|strassenbahn)\b",
    # A stone in the backpack, with the river or tonight.
    r"(?:stein|steine|ziegel\w*|gewichte) (?:\w+ ){0,3}?(?:im|in den|in meinen|in meinem|in die"
    r"|in meine) (?:rucksack|taschen|jackentaschen|manteltaschen|tasche|jacke)\b[^?]{0,100}?"
    r"\b(?:fluss|rhein|main|elbe|donau|spree|see|kanal|wasser|brucke|bruecke|heute abend"
    r"|heute nacht)\b",
    r"(?:fluss|rhein|main|elbe|donau|spree|see|kanal|wasser|brucke|bruecke|heute abend|heute"
    r" nacht)\b[^?]{0,100}?\b(?:stein|steine|ziegel\w*|gewichte) (?:\w+ ){0,3}?(?:im|in den"
    r"|in meinen|in meinem|in die|in meine) (?:rucksack|taschen|jackentaschen|manteltaschen"
    r"|tasche|jacke)\b",
    # "wie viele Paracetamol, bis mein Herz stehen bleibt", or "ich hab mich entschieden" after.
    rf"wie\s?viel\w* (?:\w+ ){{0,3}}?{_PILL}\b[^?]{{0,40}}?(?:bis|damit|dass|bevor) (?:mein|das)"
    r" herz (?:\w+ )?(?:stehen\s?bleibt|aufhort|aufhoert|stoppt|versagt)\b",
    rf"wie\s?viel\w* (?:\w+ ){{0,3}}?{_PILL}\b[^.!]{{0,60}}?\?[^?]{{0,100}}?\b(?:ich (?:hab|habe)"
    r" mich entschieden|(?:die )?entscheidung (?:steht|ist gefallen)|ich (?:hab|habe) (?:es )?"
    r"entschieden)(?: jetzt| schon)?\s*(?:[.!,]|$)",
)
