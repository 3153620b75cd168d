"""Crisis said as a place or a means and an hour, in Spanish, French, Italian and Portuguese
(sets V, W), over normalised text; a space in the rules below stands for \\s+.

What set V and W's crises say is no word of death: a day set and the place chosen ("el viernes
lo hago. ya tengo el sitio… he mirado la marea"), stones in the coat's pockets by a river, a
train's time checked from beside the tracks, an hour looking down from a cliff and "c'est ce
soir", poison bought and "waiting for the courage", joining a dead child on the anniversary,
scissors on one's arms right now. Each rule needs two parts (a place or a means, and a time,
a wait or the act), so a view from a cliff, a child's pockets full of pebbles, a train
timetable or rat poison for the barn stay ordinary.

Preparations (ruleset.LanguageRules: any two families are a crisis) gain a note for each of
one's pupils, keys left with someone, a letter on the fridge, "tomorrow morning it will all be
over", "tomorrow I'm no longer here".
"""

from __future__ import annotations

from bot.core.safety.common import near, spaced

__all__ = ["AFFAIRS", "CRISIS", "FINALITY", "GOODBYES"]


def _both(most: int, one: str, other: str) -> tuple[str, ...]:
    return spaced(*near(most, one, other, stop="?"))


_DAYS_ES = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta noche|hoy)"
_DAYS_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|cette nuit)"
_DAYS_IT = r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|stasera|stanotte)"
_DAYS_PT = (
    r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|amanha|hoje a noite|hoje|essa noite"
    r"|esta noite)"
)

CRISIS: dict[str, tuple[str, ...]] = {
    "es": (
        # A day set for "it" and the place or means ready.
        *_both(
            160,
            rf"(?:{_DAYS_ES} lo (?:hago|hare|voy a hacer)|lo (?:hago|hare|voy a hacer) (?:el "
            rf"|este )?"
            rf"{_DAYS_ES})",
            r"(?:ya )?(?:tengo|he elegido|he encontrado|he mirado|he buscado|mire|elegi) (?:ya )?"
            r"(?:el sitio|el lugar|la marea|el acantilado|el puente|la cuerda|las pastillas"
            r"|los horarios|la hora del tren)(?!\s+(?:para|pa|de|del|donde|reservad\w*)\b)",
        ),
        *_both(
            140,
            r"(?:estoy|toy) (?:\w+ ){0,3}?(?:en la orilla|junto al rio|en el puente|en el muelle"
            r"|frente al mar|en la playa|en el embalse|en el pantano)",
            r"(?:piedras|rocas) (?:\w+ ){0,2}?(?:en )?(?:los|mis) bolsillos",
        ),
        *_both(
            160,
            r"(?:estoy|toy) (?:\w+ ){0,4}?(?:las vias|la via|el paso a nivel)",
            r"(?:el proximo|el siguiente|el ultimo) (?:tren )?(?:pasa|llega|sale) (?:a las|en) \d",
        ),
        *_both(
            160,
            r"(?:compre|tengo|consegui|he comprado) (?:\w+ ){0,2}?(?:matarratas|veneno|raticida"
            r"|cuerda|pastillas)",
            r"(?:espero|esperando|solo me falta|me falta) (?:\w+ ){0,2}?(?:valor|coraje|valentia)",
        ),
        *spaced(
            r"(?:murio|fallecio|se fue|se mato)\b[^.?!]{0,60}? (?:me voy con (?:el|ella)"
            r"|voy a reunirme con (?:el|ella)|me reunire con (?:el|ella))\b(?!\s+(?:al|a\s+la)\s)",
        ),
        *spaced(
            r"(?:me estoy|estoy) (?:aranando|cortando|rajando|quemando|hiriendo) (?:\w+ ){0,2}?"
            r"(?:los brazos|el brazo|las munecas|la muneca|las piernas|los muslos)"
            r" (?:\w+ ){0,3}?(?:con (?:las |unas |la |una )?(?:tijeras|cuchilla|cuchillo|cutter"
            r"|navaja|mechero)|ahora|no puedo parar)",
        ),
    ),
    "fr": (
        *_both(
            140,
            r"(?:je suis|jsuis|j suis|chui|chu|suis) (?:\w+ ){0,3}?(?:au bord de l|au bord de la"
            r"|au bord du|sur le pont|sur la berge|sur le quai|sur les quais|devant la|devant le)",
            r"(?:j ai mis|jai mis|je mets|j ai rempli|rempli) (?:des |les |mes )?(?:cailloux"
            r"|pierres"
            r"|galets|poches)",
        ),
        *_both(
            160,
            r"(?:je suis|jsuis|j suis|chui|chu|suis) (?:\w+ ){0,4}?(?:des voies|les voies"
            r"|les rails"
            r"|des rails|le passage a niveau|du passage a niveau)",
            r"(?:le prochain|le dernier|prochain train|le train) (?:\w+ ){0,2}?(?:passe|arrive)"
            r" (?:a|dans) \d",
        ),
        *_both(
            140,
            r"(?:je suis|jsuis|j suis|chui|suis) (?:\w+ ){0,2}?(?:en haut de la|en haut du|au bord"
            r" de la|au bord du|sur le) (?:\w+ )?(?:falaise|pont|toit|viaduc|parapet|barrage)",
            r"(?:c est (?:ce soir|maintenant|le moment|cette nuit|aujourd hui)|(?:je )?regarde en"
            r" bas|que je regarde (?:en bas|le vide))",
        ),
        *_both(
            160,
            r"(?:achete|j ai|acheter|trouve) (?:\w+ ){0,2}?(?:mort aux rats|raticide|poison|corde"
            r"|cachets|somniferes)",
            r"(?:j attends|attendre|attend|me manque) (?:\w+ ){0,2}?(?:le courage|du courage)",
        ),
        *spaced(
            r"(?:mort|morte|decede|decedee|parti|partie)\b[^.?!]{0,60}? (?:je vais le rejoindre"
            r"|je vais la rejoindre|je le rejoins|je la rejoins|je vais (?:aller )?le retrouver"
            r"|je vais (?:aller )?la retrouver)\b(?!\s+(?:au|a\s+la)\s)",
        ),
        *spaced(
            r"(?:je me|jme) (?:griffe|scarifie|coupe|taillade|brule|gratte) (?:\w+ ){0,2}?"
            r"(?:les bras|le bras|les poignets|le poignet|les cuisses|la cuisse)"
            r" (?:\w+ ){0,3}?(?:avec (?:les |des |une |un |la |le )?(?:ciseaux|lame|cutter|rasoir"
            r"|briquet|compas)|maintenant|en ce moment)",
        ),
    ),
    "it": (
        *_both(
            140,
            r"(?:sono|sto) (?:\w+ ){0,3}?(?:sulla riva|in riva al|in riva alla|sul ponte|sul molo"
            r"|davanti al (?:mare|lago|fiume))",
            r"(?:sassi|pietre|ciottoli) (?:\w+ ){0,2}?(?:nelle|in) (?:tasche|tasca)",
        ),
        *_both(
            160,
            r"(?:sono|sto) (?:\w+ ){0,4}?(?:binari|passaggio a livello)",
            r"(?:il prossimo|l ultimo|il treno) (?:\w+ ){0,2}?(?:passa|arriva) (?:alle|tra) \d",
        ),
        *_both(
            160,
            rf"(?:{_DAYS_IT} lo faccio|lo faccio {_DAYS_IT})",
            r"(?:ho (?:gia )?(?:scelto|trovato|guardato|controllato)) (?:il posto|il luogo"
            r"|la marea"
            r"|la scogliera|il ponte|gli orari)(?!\s+(?:per|di|del|della|dove)\b)",
        ),
        *_both(
            160,
            r"(?:comprato|ho|preso|trovato) (?:\w+ ){0,2}?(?:veleno|topicida|corda|sonniferi"
            r"|pastiglie)",
            r"(?:aspetto|aspettando|aspettare|mi manca|manca) (?:\w+ ){0,2}?(?:il coraggio"
            r"|coraggio)",
        ),
        *spaced(
            r"(?:morto|morta|scomparso|scomparsa|mancato|mancata)\b[^.?!]{0,60}? (?:lo raggiungo"
            r"|la raggiungo|vado da lui|vado da lei|vado a raggiungerlo|vado a raggiungerla)\b"
            r"(?![^.?!]{0,30}\b(?:cimitero|tomba|messa)\b)",
        ),
        *spaced(
            r"(?:mi sto|sto) (?:graffiando|tagliando|ferendo|bruciando|grattando) (?:\w+ ){0,2}?"
            r"(?:le braccia|il braccio|i polsi|il polso|le gambe|le cosce)"
            r" (?:\w+ ){0,3}?(?:con (?:le |delle |una |la |il |un )?(?:forbici|lametta|lama"
            r"|taglierino"
            r"|rasoio|accendino|compasso)|adesso|ora|non riesco a fermarmi)",
        ),
    ),
    "pt": (
        *_both(
            160,
            r"(?:comprei|tenho|peguei|arranjei|consegui) (?:\w+ ){0,2}?(?:chumbinho|veneno"
            r"|raticida|corda|remedios|comprimidos)",
            r"(?:esperando|esperar|a espera de|falta) (?:\w+ ){0,2}?(?:coragem)",
        ),
        # Joining the dead, on a day that has a date ("vou ter com ele"), not at the cemetery.
        r"(?:morreu|faleceu|partiu|se matou)\b[^.?!]{0,60}? (?:e\s+)?(?:vou\s+ter\s+com\s+(?:ele"
        r"|ela)"
        r"|vou\s+(?:me\s+)?juntar\s+(?:a|com)\s+(?:ele|ela)|vou\s+encontra\s+(?:lo|la))\b"
        r"(?![^.?!]{0,30}\b(?:cemiterio|campa|tumulo|jazigo|missa)\b)",
        *_both(
            140,
            r"(?:to|tou|estou) (?:\w+ ){0,3}?(?:na beira d|na margem d|em cima da ponte|na ponte"
            r"|no cais)",
            r"(?:pedras|pedrinhas) (?:\w+ ){0,2}?(?:nos|nos meus) bolsos",
        ),
        *_both(
            160,
            r"(?:to|tou|estou) (?:\w+ ){0,4}?(?:linha do trem|trilhos|linha do comboio"
            r"|passagem de nivel)",
            r"(?:o proximo|o ultimo|o trem|o comboio) (?:\w+ ){0,2}?(?:passa|chega) (?:as"
            r"|daqui a) \d",
        ),
        *spaced(
            r"(?:to me|tou me|estou me|me) (?:arranhando|cortando|ferindo"
            r"|queimando) (?:\w+ ){0,2}?"
            r"(?:os bracos|o braco|os pulsos|o pulso|as pernas|as coxas)"
            r" (?:\w+ ){0,3}?(?:com (?:a |uma |o |um )?(?:tesoura|lamina|gilete|estilete|isqueiro"
            r"|faca)|agora|nao consigo parar)",
        ),
    ),
}

GOODBYES: dict[str, tuple[str, ...]] = {
    "es": spaced(
        r"(?:escrito|escribi|deje) (?:una |un )?(?:notita|nota|carta) (?:para|a) cada uno",
        r"(?:la|mi) carta (?:esta|queda|la he dejado|la deje) (?:\w+ ){0,2}?(?:en la nevera"
        r"|en el frigo|encima de la mesa|en la mesa de la cocina)",
    ),
    "fr": spaced(
        r"(?:ecrit|laisse) (?:un )?(?:petit )?(?:mot|lettre) (?:pour|a) chacun",
        r"(?:la|ma) lettre (?:est|reste|je l ai laissee) (?:\w+ ){0,2}?(?:sur le frigo"
        r"|sur le frigidaire|sur la table|sur la table de la cuisine)",
    ),
    "it": spaced(
        r"(?:scritto|lasciato) (?:un )?(?:biglietto|bigliettino|lettera) (?:per|a) ognuno",
        r"(?:la|mia) lettera (?:e|sta|l ho lasciata) (?:\w+ ){0,2}?(?:sul frigo"
        r"|sul frigorifero|sul tavolo|sul tavolo della cucina)",
    ),
    "pt": spaced(
        r"(?:a|minha) carta (?:esta|ta|fica|ficou) (?:\w+ ){0,2}?(?:no frigorifico|na geladeira"
        r"|em cima da mesa|na mesa da cozinha)",
        r"(?:escrevi|deixei) (?:um )?(?:bilhete|carta) (?:para|pra) cada um",
    ),
}

AFFAIRS: dict[str, tuple[str, ...]] = {
    "es": spaced(r"(?:deje|he dejado|di) (?:las|mis) llaves (?:al|a la|a mi) (?:director|jefe"
                 r"|casera"
                 r"|casero|vecin[oa])"),
    "fr": spaced(r"laisse (?:les|mes) cles (?:au|a la|a mon|a ma) (?:directeur|directrice|patron"
                 r"|proprio|gardien|gardienne|voisin|voisine)"),
    "it": spaced(r"lasciato (?:le|mie) chiavi (?:al|alla) (?:preside|direttore|capo|portiere"
                 r"|vicin[oa])"),
    "pt": spaced(r"(?:deixei|ja deixei) tudo (?:tratado|resolvido) com o (?:advogado|notario"
                 r"|tabeliao)"),
}

FINALITY: dict[str, tuple[str, ...]] = {
    "es": spaced(
        r"(?:manana|esta noche)(?: por la manana)? (?:ya )?todo (?:habra terminado"
        r"|estara terminado|se acabara)(?!\s+(?:con|para|de|del)\b)",
        r"manana ya no (?:estoy|estare) (?:aqui|aca)(?!\s+(?:en|para|con)\b)",
    ),
    "fr": spaced(
        r"(?:demain|ce soir|cette nuit)(?: matin| soir)? tout sera (?:fini"
        r"|termine)(?!\s+(?:pour|avec|de|du|des)\b)",
        r"demain (?:je )?(?:ne )?(?:serai|suis) plus (?:la|ici)(?!\s+(?:pour|au|a|en)\b)",
    ),
    "it": spaced(
        r"(?:domani|stasera|stanotte)(?: mattina)? (?:sara )?tutto (?:finito"
        r"|sara finito)(?!\s+(?:per|con|di|del)\b)",
        r"domani non (?:ci )?(?:saro|sono) piu(?: qui)?(?:\s*[.!,;]|$)",
    ),
    "pt": spaced(
        r"amanha (?:ja )?(?:ca|aqui) nao (?:estou|estarei)",
        r"amanha (?:ja )?nao (?:estou|estarei) (?:ca|aqui)",
    ),
}
