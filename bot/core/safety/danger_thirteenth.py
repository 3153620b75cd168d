"""Danger missed in sets AB and AC (round thirteen): a dangerous place now with what the writer
means to do there, and preparations made, in the eleven languages, over normalised text; a
space in the rules below stands for \\s+ (Latin-letter Russian and Ukrainian come through
translit.py, so "hochu shagnut" is read as "хочу шагнуть").

place_now.py asks one question when a place of danger now comes with a hint (alone, looking
down, a train that does not stop). What it missed was the place with what the writer means to
do there, and the crisis answer fits that:

- a place now (a rooftop, the edge of a bridge, a ledge or railing, a cliff, a platform or the
  tracks, a high window, the sea walked into, or driving there now) and an intent said
  outright: not wanting to go on, "I know what I'll do", wanting to step or jump, a goodbye to
  all; so "estoy en la azotea, no quiero seguir", "jadę na klif, wiem co zrobię";
- an edge now (legs over or in the void, the edge of a roof or bridge, the window of a high
  floor, walking into the sea) and a softer word that is only grave there: wanting it to stop,
  "I think I'll go", "until I can't any more", thanks for everything — "ik wil dat het
  ophoudt" on a platform may be the twitching, on the rim of a bridge it is not;
- a gun taken now (from a drawer, a safe, a father's) and the writer shut in alone (in my
  room, the door locked, nobody home); a rope or noose ready, said at the end of a clause;
- preparations with a date: a goodbye recorded or written for one's family beside "tomorrow
  morning, all" or "this weekend it is time"; possessions given away with a will made and such
  a date ("beim Notar mein Testament gemacht … am Wochenende ist es soweit").

Near misses stay clear: a place alone with no intent (photos from a bridge, a train awaited
for work, a swim), "I think I'll go" or "je vais y aller" said on a platform, a gun taken to
be cleaned or to the range, things given away for a move, a will made before an operation with
no date of an end, and the softer words said of the twitching away from an edge.
"""

from __future__ import annotations

from bot.core.safety.common import near
from bot.core.safety.common import spaced as _s
from bot.core.safety.verdict import EmergencySign

__all__ = ["ASK", "CRISIS", "EMERGENCY"]

# The end of a clause: "I think I'll go." but not "I think I'll go home".
_E = r"(?=\s*(?:[.!?,;:)]|$))"

# A gun taken for a hobby or a chore is no crisis: looked for after each part of the gun rule.
_GUN_BENIGN = (
    r"clean\w*|range|hunt\w*|reinig\w*|putz\w*|schiessstand|jagd|limpi\w*|campo de tiro|caza"
    r"|nettoy\w*|stand de tir|chasse|pulir\w*|poligono|caccia|schoonmak\w*|schietbaan|jacht"
    r"|czyszcz\w*|strzelnic\w*|polowan\w*|limpa\w*|estande|caca|temizl\w*|atis poligon\w*|av\w*"
    r"|чист\w*|тир\w*|охот\w*|полюва\w*"
)
_NOT_GUN_BENIGN = rf"(?![^?]{{0,120}}?(?<!\w)(?:{_GUN_BENIGN})(?!\w))"


# A place taken for leisure or work: a swim with the children, photos, a party, a hike, tiles
# fixed on a roof. Looked for after the place (and after the intent) in the place rules.
_PLACE_BENIGN = (
    r"swim\w*|schwimm\w*|baden|nadar|nado|nager|baignade|nuotare|bagno|zwemm\w*|plywa\w*"
    r"|kapiel\w*|yuz\w*|плава\w*|купа\w*|surf\w*|snorkel\w*|kids|kinder\w*|ninos|enfants"
    r"|bambini|kinderen|dzieci\w*|criancas|cocuk\w*|дет\w*|діт\w*|photo\w*|foto\w*|fotograf\w*"
    r"|фото\w*|sunset|bar|pub|party|fiesta|fete|festa|feest|impreza|parti|вечеринк\w*|hik\w*"
    r"|wander\w*|senderis\w*|randonn\w*|escursion\w*|trilha|szlak\w*|fixing|repair\w*"
    r"|repar\w*|ripar\w*|herstel\w*|napraw\w*|tamir\w*|ремонт\w*|tiles|ziegel\w*|tejas|tuiles"
    r"|tegole|telhas|dachowk\w*|kiremit\w*|черепиц\w*|roofer|dachdecker|shift|schicht|turno"
    r"|diet\w*|diete|dieta"
)
_NOT_PLACE_BENIGN = rf"(?![^?]{{0,160}}?(?<!\w)(?:{_PLACE_BENIGN})(?!\w))"


def _n(gap: int, *parts: str, stop: str = "?") -> tuple[str, ...]:
    """Every order of `parts`, each whole words, at most `gap` characters apart with none of
    `stop` between (a place and an intent are often two sentences: "I'm on the roof. I don't
    want to go on")."""
    return _s(*near(gap, *(rf"(?:{part})(?!\w)" for part in parts), stop=stop))


# Per language: (a place now, an edge now, an intent said outright, a softer word grave only
# at an edge).
_PLACE: dict[str, tuple[str, str, str, str]] = {
    "en": (
        r"(?:on|at|onto|up on|in) (?:the |a |this |that )?(?:\w+ )?(?:roof|rooftop|top floor"
        r"|ledge|window(?: )?ledge|window(?: )?sill|parapet|railing|cliff|cliffs|cliff edge"
        r"|cliff top"
        r"|clifftop|tracks|rails|platform|bridge|overpass|viaduct)"
        r"|(?:top|edge) of (?:the |a |this )?(?:\w+ )?(?:building|block|tower|car park|multi"
        r"(?: )?storey|parking garage|cliffs?|bridge|roof)"
        r"|(?:driving|drive|on my way|heading|walking) (?:\w+ ){0,3}?(?:to|towards) (?:the |a )?"
        r"(?:\w+ )?(?:bridge|cliffs?|tracks|railway|quarry|dam)"
        r"|(?:walking|wading|going|walked|waded|heading) (?:\w+ ){0,2}?into (?:the )?(?:sea|ocean"
        r"|water|river|lake|waves)",
        r"(?:on|onto) (?:the |a )?(?:\w+ )?(?:ledge|railing|parapet)|"
        r"(?:legs|feet) (?:\w+ ){0,2}?(?:over the (?:edge|side|railing|ledge)|dangling|hanging"
        r" (?:over|out|off)|in the air|out of the window)"
        r"|(?:edge|ledge) of (?:the |a |this )?(?:\w+ )?(?:roof|building|bridge|cliff|block)"
        r"|(?:wrong|other) side of the (?:railing|barrier|fence|parapet)"
        r"|floor window"
        r"|(?:walking|wading|going|walked|waded) (?:\w+ ){0,2}?into (?:the )?(?:sea|ocean"
        r"|water|river|lake|waves)",
        r"do not want to (?:go on|carry on|continue|keep going|be here any(?: )?more|live"
        r"|exist|do this any(?: )?more)|i know (?:now )?what i (?:will|am going to|am gonna"
        r"|have to"
        r"|need to) do(?! :)|(?:want|going|gonna|about|ready) to (?:step off|step forward|step"
        rf" out{_E}|jump{_E}|jump off|let go{_E}|take the step|take one step)|goodbye (?:all"
        r"|everyone|everybody)|bye (?:everyone|everybody|all)|tell (?:my \w+|them) i love"
        r"|no point going on",
        r"(?:want|need) (?:it|this|everything|it all|all of it|the pain) to (?:stop|end|be"
        rf" over)|make it stop|i think i (?:will|am going to|am gonna) (?:go|do it){_E}"
        r"|(?:until|till) i can not any(?: )?more|thanks for everything|thank you for everything"
        rf"|this is (?:it|the end){_E}|(?:goodbye|bye|farewell)",
    ),
    "de": (
        r"(?:auf|an|am|uber) (?:dem |der |den |die |einem |einer |nem |ner )?(?:\w+ )?(?:dach"
        r"|hausdach|flachdach|dachkante|dachrand|brucke\w*|brustung|gelander|sims|fenstersims"
        r"|fensterbrett|klippe\w*|steilkuste|felskante|bahnsteig\w*|gleis\w*|schienen)"
        r"|(?:rand|kante) (?:der|des|vom|von der) (?:\w+ )?\w*(?:brucke|dach\w*|klippe\w*"
        r"|bahnsteig\w*|hochhaus\w*)"
        r"|(?:fahr\w*|unterwegs|auf dem weg) (?:\w+ ){0,3}?(?:zur|zum|an die|an den|auf die)"
        r" (?:\w+ )?(?:brucke|klippe\w*|steilkuste|gleise\w*|bahnstrecke|staudamm|steinbruch)"
        r"|(?:geh\w*|lauf\w*|lief) (?:\w+ ){0,3}?(?:ins|in den|in die) (?:wasser|meer|fluss"
        r"|see)",
        r"(?:beine|fusse) (?:\w+ ){0,2}?(?:baumeln|hangen|uber der kante|uber dem abgrund|ins"
        r" leere|in der luft|aus dem fenster|draussen)"
        r"|(?:rand|kante) (?:der|des|vom|von der) (?:\w+ )?\w*(?:brucke|dach\w*|klippe\w*"
        r"|hochhaus\w*)|falschen seite (?:des|vom) gelander\w*|auf dem (?:gelander|sims"
        r"|fenstersims)|fenster (?:im|vom|in der) (?:\w+ ){0,2}?(?:stock|etage|obergeschoss)"
        r"|(?:geh\w*|lauf\w*|lief) (?:\w+ ){0,3}?(?:ins|in den|in die) (?:wasser|meer|fluss"
        r"|see)",
        rf"(?:will|mag|kann) nicht mehr (?:weiter|weitermachen|leben|weiterleben){_E}|will nicht"
        r" mehr(?= [.,!]|$)|ich (?:weiss|weiss jetzt) was ich (?:tue|tun werde|tun muss|mache"
        r"|mach)(?! :)|(?:will|werde|mochte|gleich) (?:\w+ )?(?:springen|runterspringen"
        r"|einen schritt"
        rf" machen|den schritt machen|den letzten schritt|loslassen){_E}|lebt wohl|lebewohl"
        r"|macht es gut|tschuss an alle|sagt \w+ dass ich \w+ liebe",
        r"(?:will|mochte|wunsch\w*) (?:\w+ ){0,2}?(?:dass|das) (?:es|das|alles) (?:endlich )?"
        r"(?:aufhort|vorbei ist|endet)|ich glaub\w* ich (?:geh|gehe|springe|spring|mach es)"
        rf"(?: jetzt)?{_E}|bis (?:ich )?(?:nicht mehr kann|es nicht mehr geht)|danke fur alles"
        r"|(?:tschuss|adieu|ade)",
    ),
    "es": (
        r"(?:en|sobre|encima de|al borde de|en el borde de) (?:el |la |los |las |un |una |mi )?"
        r"(?:\w+ )?(?:azotea|tejado|cornisa|barandilla|baranda|puente|acantilado|precipicio"
        r"|vias|via del tren|anden|alfeizar)"
        r"|(?:conduciendo|manejando|en el coche|en el auto|en el carro) (?:\w+ ){0,3}?(?:al"
        r"|hacia el|a la|hacia la|hasta el|hasta la) (?:\w+ )?(?:puente|acantilado|vias|presa"
        r"|precipicio)"
        r"|(?:meterme|entrar|entrando|entro|caminando|me meto|adentrarme|adentrandome)"
        r" (?:\w+ ){0,2}?(?:al|en el|hacia el|en la|hacia la) (?:mar|agua|rio|lago|oceano)",
        r"(?:piernas|pies) (?:\w+ ){0,2}?(?:colgando|al vacio|en el vacio|por fuera|fuera de la"
        r" ventana)|(?:borde|orilla) (?:del|de la) (?:\w+ )?(?:azotea|tejado|puente|acantilado"
        r"|edificio)|(?:en|sobre) la (?:cornisa|barandilla|baranda)|otro lado de la"
        r" (?:barandilla|baranda)|ventana del (?:\w+ )?(?:piso|planta)"
        r"|(?:meterme|entrar|entrando|entro|caminando|me meto|adentrarme|adentrandome)"
        r" (?:\w+ ){0,2}?(?:al|en el|hacia el|en la|hacia la) (?:mar|agua|rio|lago|oceano)",
        r"no quiero (?:seguir|continuar|vivir|estar aqui|existir)(?: (?:asi|viviendo"
        rf"|mas|aqui|adelante))?{_E}|se (?:lo )?(?:que|q) (?:voy a hacer|hare|tengo"
        r" que hacer)(?! :)|(?:quiero|voy a) (?:saltar|dar el paso|dar un paso|tirarme|lanzarme"
        rf"|soltarme|dejarme caer){_E}|adios a todos|me despido|despedirme|hasta siempre"
        r"|diganle a \w+ que (?:la|lo|los|las) quiero",
        r"(?:quiero|necesito) (?:\w+ )?(?:que|q) (?:esto |todo )?(?:pare|termine|se acabe"
        r"|acabe)|creo (?:que|q) (?:me voy|voy a ir|lo voy a hacer|voy)(?: ya)?"
        rf"{_E}|hasta (?:que|q) no (?:se pueda|pueda|aguante) mas|gracias por todo|(?:adios"
        r"|chao|chau)",
    ),
    "fr": (
        r"(?:sur|au bord d\w*|en haut d\w*|a) (?:le |la |les |l |un |une )?(?:\w+ )?(?:toit"
        r"|rebord|corniche|rambarde|garde corps|parapet|pont|falaise|quai|voies|rails"
        r"|fenetre)"
        r"|(?:je roule|en voiture|je conduis|en route) (?:\w+ ){0,3}?(?:vers|jusqu au|au|a la)"
        r" (?:\w+ )?(?:pont|falaise|voies|barrage)"
        r"|(?:j avance|j entre|je marche|je rentre) (?:\w+ ){0,2}?(?:dans|vers) (?:la |le |l )?"
        r"(?:mer|riviere|fleuve|lac|eau|seine|ocean)",
        r"(?:jambes|pieds) (?:\w+ ){0,2}?(?:dans le vide|au dessus du vide|pendent|dehors|de l"
        r" autre cote)|au bord du (?:\w+ )?(?:toit|pont|vide|falaise)|sur (?:le rebord|la"
        r" rambarde|la corniche|le garde corps|le parapet)|autre cote de la (?:rambarde|barriere)"
        r"|fenetre du (?:\d+\w*|dernier|\w+ieme) (?:etage)?"
        r"|(?:j avance|j entre|je marche|je rentre) (?:\w+ ){0,2}?(?:dans|vers) (?:la |le |l )?"
        r"(?:mer|riviere|fleuve|lac|eau|seine|ocean)",
        rf"veux plus (?:continuer|vivre|etre la){_E}|j ai plus envie de"
        r" (?:continuer|vivre)|je sais (?:ce que|ce qu) (?:je vais faire|il faut faire)(?! :)"
        r"|(?:je"
        rf" vais|je veux|envie de) (?:sauter|faire le pas|me jeter|lacher){_E}|adieu(?: a tous"
        rf"| tout le monde)?{_E}|dites a \w+"
        r" que je l aime",
        r"(?:je veux|j ai envie|je voudrais) (?:juste )?que (?:ca|tout) s arrete|je crois que je"
        rf" vais y aller|je vais y aller{_E}|je vais le faire{_E}|jusqu a ce que je (?:ne )?"
        r"(?:puisse|peux) plus|merci pour tout|au revoir|salut tout le monde",
    ),
    "it": (
        r"(?:sul|sulla|sui|sulle|al|alla|in cima al|in cima alla|sul bordo del) (?:\w+ )?"
        r"(?:tetto|terrazzo|cornicione|parapetto|ringhiera|ponte|scogliera|dirupo|binari"
        r"|binario|banchina|davanzale|finestra)"
        r"|(?:guido|in macchina|sto andando) (?:\w+ ){0,3}?(?:al|alla|verso il|verso la|fino al)"
        r" (?:\w+ )?(?:ponte|scogliera|binari|diga|dirupo)"
        r"|(?:entro|cammino|sto entrando|sto camminando) (?:\w+ ){0,2}?(?:nel|in|verso il)"
        r" (?:mare|fiume|lago|acqua)",
        r"(?:gambe|piedi) (?:\w+ ){0,2}?(?:nel vuoto|penzoloni|fuori dalla finestra|oltre)"
        r"|bordo del (?:\w+ )?(?:tetto|ponte|dirupo|palazzo)|(?:sul cornicione|sul parapetto"
        r"|sulla ringhiera|oltre la ringhiera)|finestra (?:del|al) (?:\w+ )?piano"
        r"|(?:entro|cammino|sto entrando|sto camminando) (?:\w+ ){0,2}?(?:nel|in|verso il)"
        r" (?:mare|fiume|lago|acqua)",
        rf"non voglio (?:piu )?(?:andare avanti|continuare|vivere){_E}|so (?:gia |ormai )?cosa"
        r" (?:faro|devo fare)(?! :)|(?:voglio|sto per) (?:saltare|buttarmi|fare il passo|lanciarmi"
        rf"|fare un passo){_E}|addio(?: a tutti)?{_E}|dite a \w+ che (?:la|lo|li|le) amo",
        r"voglio (?:solo )?che (?:finisca|smetta|tutto finisca)|credo che (?:ci )?(?:vado"
        rf"|andro|lo faccio){_E}|finche non ce la faccio piu|grazie di tutto|grazie per tutto"
        r"|ciao a tutti",
    ),
    "nl": (
        r"(?:op|aan|bij|boven op) (?:de |het |een )?(?:\w+ )?(?:dak|dakrand|reling|balustrade"
        r"|richel|klif|kliffen|perron|spoor|rails|vensterbank|\w*brug)"
        r"|rand van (?:de |het )?(?:\w+ )?\w*(?:brug|dak|klif|perron|flat|gebouw)"
        r"|(?:rij|rijd|ik rij|onderweg) (?:\w+ ){0,3}?(?:naar|richting) (?:de |het )?(?:\w+ )?"
        r"(?:\w*brug|klif|spoor|stuwdam)"
        r"|(?:loop|liep|ga|wandel) (?:\w+ ){0,2}?(?:de zee|het water|de rivier|het meer) in",
        r"(?:benen|voeten) (?:\w+ ){0,2}?(?:over de rand|bungelen|in de lucht|buiten het raam"
        r"|boven het water)|rand van (?:de |het )?(?:\w+ )?\w*(?:brug|dak|klif|flat|gebouw)"
        r"|(?:op|over) de (?:reling|balustrade|richel)|andere kant van de (?:reling|leuning)"
        r"|raam (?:op|van) (?:de|het) (?:\w+ )?(?:verdieping|etage)"
        r"|(?:loop|liep|ga|wandel) (?:\w+ ){0,2}?(?:de zee|het water|de rivier|het meer) in",
        rf"wil niet meer (?:verder|leven|door){_E}|ik weet (?:nu )?wat ik (?:ga doen"
        rf"|doe|moet doen)(?! :)|(?:wil|ga) (?:springen|een stap zetten|de stap zetten"
        rf"|loslaten){_E}"
        rf"|vaarwel{_E}|zeg \w+ dat ik (?:van )?(?:haar|hem|ze) hou",
        r"(?:wil|wou|wilde) (?:gewoon |alleen |echt |nu )?dat (?:het|alles) (?:ophoudt|stopt"
        rf"|voorbij is)|ik denk dat ik (?:ga|spring)(?: nu)?{_E}|tot ik niet meer kan|bedankt"
        r" voor alles|dag allemaal|doei allemaal",
    ),
    "pl": (
        r"(?:na|nad|przy) (?:\w+ )?(?:dachu|krawedzi|moscie|klifie|urwisku|peronie|torach"
        r"|parapecie|barierce|balustradzie|gzymsie)"
        r"|(?:jade|jedziemy|jechalem|jechalam|pedze) (?:\w+ ){0,3}?(?:na|nad|pod) (?:\w+ )?"
        r"(?:klif|most|tory|urwisko|wiadukt|zapore)"
        r"|(?:wchodze|ide|wszedlem|weszlam) (?:\w+ ){0,2}?do (?:morza|rzeki|jeziora|wody)",
        r"nogi (?:\w+ ){0,2}?(?:w powietrzu|nad przepascia|za barierka|na zewnatrz|zwisaja"
        r"|dyndaja|za oknem)|(?:na|przy) krawedzi (?:\w+ )?(?:dachu|mostu|klifu|urwiska)"
        r"|na (?:gzymsie|barierce|balustradzie)|(?:okno|oknie|parapecie) (?:na|w) (?:\w+ )?"
        r"pietrze|(?:wchodze|ide|wszedlem|weszlam) (?:\w+ ){0,2}?do (?:morza|rzeki|jeziora"
        r"|wody)",
        rf"nie chce (?:juz )?(?:dalej|zyc|tak dalej|isc dalej){_E}|wiem co (?:zrobie|mam"
        r" zrobic|musze zrobic)(?! :)|(?:chce|zaraz|zamierzam) (?:skoczyc|zrobic krok"
        r"|zrobic ten krok"
        rf"|sie rzucic|zeskoczyc){_E}|zegnajcie|zegnaj|zegnam sie|powiedzcie \w+ ze (?:ja|go)"
        r" kocham",
        r"chce (?:tylko |juz )?(?:zeby|by) (?:to|wszystko) (?:sie )?(?:skonczylo|przestalo)"
        rf"|chyba (?:juz )?(?:pojde|skocze){_E}|az (?:juz )?nie (?:bede mogl\w*|dam rady)"
        r"|dziekuje za wszystko|dzieki za wszystko",
    ),
    "pt": (
        r"(?:na|no|em cima d[oa]|na beira d[oa]|sobre) (?:\w+ )?(?:telhado|laje|cobertura"
        r"|beiral|parapeito|ponte|penhasco|falesia|plataforma|trilhos|linha do trem)"
        r"|(?:dirigindo|indo de carro|a caminho|de carro) (?:\w+ ){0,3}?(?:pra|para|ate) (?:a |o"
        r" )?(?:\w+ )?(?:ponte|penhasco|falesia|trilhos|represa)"
        r"|(?:entrando|entro|andando|caminhando|vou entrar) (?:\w+ ){0,2}?(?:no|na|pro|pra"
        r"|para o|para a) (?:mar|rio|lago|agua)",
        r"(?:pernas|pes) (?:\w+ ){0,2}?(?:pra fora|para fora|no vazio|penduradas|balancando)"
        r"|beira d[oa] (?:\w+ )?(?:telhado|ponte|penhasco|predio|laje)|(?:no parapeito|na"
        r" beirada|na mureta)|outro lado da grade|janela do (?:\w+ )?andar"
        r"|(?:entrando|entro|andando|caminhando|vou entrar) (?:\w+ ){0,2}?(?:no|na|pro|pra"
        r"|para o|para a) (?:mar|rio|lago|agua)",
        r"(?:nao|n) quero (?:mais )?(?:continuar|seguir|viver)(?: assim| mais)?"
        rf"{_E}|sei o que (?:eu )?(?:vou fazer|tenho que fazer)(?! :)|(?:quero|vou)"
        rf" (?:pular|me jogar|dar o passo|dar um passo|me soltar){_E}|adeus(?: a todos)?{_E}"
        rf"|chegou a hora"
        r"|diz(?:em)? pr[ao] \w+ que eu (?:a|o) amo",
        r"quero (?:so )?que (?:isso |tudo )?(?:pare|acabe|termine)|acho que (?:eu )?(?:vou"
        rf"|vou indo|vou fazer){_E}|ate (?:nao|n) (?:aguentar|conseguir|dar) mais|obrigad[oa]"
        r" por tudo|tchau (?:pra|a) todos|tchau",
    ),
    "ru": (
        r"(?:на|у|над|возле) (?:\w+ )?(?:крыше|краю|мосту|мосте|обрыве|скале|утесе|платформе"
        r"|перроне|рельсах|путях|подоконнике|карнизе|перилах|парапете)"
        r"|(?:еду|мчусь|гоню) (?:\w+ ){0,3}?(?:на|к) (?:\w+ )?(?:мост\w*|обрыв\w*|утес\w*"
        r"|скал\w*|рельс\w*|путям|плотин\w*)"
        r"|(?:захожу|иду|вхожу) (?:\w+ ){0,2}?в (?:море|воду|реку|озеро)",
        r"ноги (?:\w+ ){0,2}?(?:свешены|свесил\w*|свисают|в пустоте|над пропастью|наружу|за"
        r" окном)|на краю (?:\w+ )?(?:крыши|моста|обрыва|скалы)|на (?:карнизе|перилах|парапете)"
        r"|(?:окн\w*|подоконник\w*) (?:на )?\w+ этаж\w*"
        r"|(?:захожу|иду|вхожу) (?:\w+ ){0,2}?в (?:море|воду|реку|озеро)",
        rf"не хочу (?:больше )?(?:жить|продолжать|дальше){_E}|знаю (?:что|чо|че)"
        r" (?:сделаю|буду делать|мне делать)(?! :)|(?:хочу|сейчас|щас) (?:шагнуть|прыгнуть|сделать"
        rf" шаг|спрыгнуть|броситься|сигануть){_E}|прощайте|прощай(?!\w)|скажите \w+ что я"
        r" (?:ее|его) люблю",
        r"хочу (?:чтобы|чтоб) (?:это|все) (?:закончилось|прекратилось|кончилось)"
        rf"|кажется (?:я )?(?:пойду|прыгну){_E}|пока не (?:смогу|выдержу)|спасибо за все|пока"
        r" всем",
    ),
    "uk": (
        r"(?:на|біля|над|коло) (?:\w+ )?(?:даху|краю|мосту|урвищі|скелі|платформі|пероні"
        r"|рейках|коліях|підвіконні|карнизі|перилах|парапеті)"
        r"|(?:їду|мчу) (?:\w+ ){0,3}?(?:на|до) (?:\w+ )?(?:міст\w*|мосту|урвищ\w*|скел\w*"
        r"|рейок|колій|дамб\w*)"
        r"|(?:заходжу|йду|іду) (?:\w+ ){0,2}?(?:в|у) (?:море|воду|річку|озеро)",
        r"ноги (?:\w+ ){0,2}?(?:звисають|звісив\w*|в порожнечі|над прірвою|назовні|за вікном)"
        r"|на краю (?:\w+ )?(?:даху|мосту|урвища|скелі)|на (?:карнизі|перилах|парапеті)"
        r"|(?:вікн\w*|підвіконн\w*) (?:на )?\w+ поверс\w*"
        r"|(?:заходжу|йду|іду) (?:\w+ ){0,2}?(?:в|у) (?:море|воду|річку|озеро)",
        rf"не хочу (?:більше )?(?:жити|продовжувати|далі){_E}|знаю що (?:зроблю"
        r"|робитиму|мені робити)(?! :)|(?:хочу|зараз) (?:ступити|стрибнути|зробити крок|кинутися"
        rf"|зістрибнути){_E}|прощавайте|прощай(?!\w)|скажіть \w+ що я (?:її|його) люблю",
        r"хочу (?:щоб|аби) (?:це|все|усе) (?:закінчилось|скінчилось|припинилось)"
        rf"|здається (?:я )?(?:піду|стрибну){_E}|поки не (?:зможу|витримаю)|дякую за (?:все"
        r"|усе)|бувайте",
    ),
    "tr": (
        r"(?:catidayim|catinin (?:\w+ )?(?:ustundeyim|kenarindayim|kenarinda)|damdayim"
        r"|damin kenarinda\w*|koprudeyim|koprunun (?:\w+ )?(?:ustundeyim|kenarinda\w*"
        r"|korkuluk\w*)|ucurum\w*|perondayim|peronda|raylarda\w*|raylarin (?:\w+ )?\w+dayim"
        r"|(?:kopruye|ucuruma|raylara|baraja) (?:dogru )?(?:gidiyorum|suruyorum|yoldayim)"
        r"|(?:denize|nehre|gole|suya) (?:dogru )?(?:yuruyorum|giriyorum))",
        r"(?:bacaklarim|ayaklarim) (?:\w+ ){0,2}?(?:boslukta|disarida|sarkiyor|havada)"
        r"|(?:catinin|koprunun|ucurumun|damin) (?:\w+ )?(?:kenarinda\w*|ucunda\w*)"
        r"|korkulugun (?:\w+ )?(?:ustunde\w*|disinda\w*|otesinde\w*)|kattaki pencere\w*"
        r"|(?:denize|nehre|gole|suya) (?:dogru )?(?:yuruyorum|giriyorum)",
        r"devam etmek istemiyorum|yasamak istemiyorum|ne yapacagimi biliyorum(?! :)"
        rf"|(?:atlamak|adim atmak|kendimi atmak) istiyorum|atlayacagim|elveda{_E}|hosca kalin"
        r"|vakit geldi|zamani geldi",
        r"(?:bitmesini|durmasini|sona ermesini) istiyorum|sanirim (?:gidiyorum|gidecegim"
        r"|atlayacagim)|dayanamayana kadar|her sey icin tesekkur\w*",
    ),
}

# A gun taken now, and the writer shut in alone: (the gun, taken, shut in).
_GUN: dict[str, tuple[str, str, str]] = {
    "en": (
        r"(?:gun|pistol|revolver|rifle|shotgun|handgun)",
        r"(?:took|grabbed|got|taken|have|holding) (?:it|(?:\w+ ){0,3}?(?:gun|pistol|revolver"
        r"|rifle|shotgun|handgun))|(?:out of|from) (?:the |his |her |my )?(?:\w+ )?(?:drawer"
        r"|safe|cabinet|closet|nightstand)",
        r"in my room|locked (?:the|my) door|door (?:is )?locked|home alone|alone at home"
        r"|nobody (?:is )?home|no one (?:is )?home",
    ),
    "de": (
        r"(?:waffe|pistole|revolver|gewehr|knarre|dienstwaffe)",
        r"(?:genommen|rausgeholt|rausgenommen|herausgenommen|geholt|in der hand|liegt vor mir)"
        r"|aus (?:der |dem )?(?:\w+ )?(?:schublade|tresor|safe|schrank|waffenschrank)",
        r"in meinem zimmer|tur (?:ist )?(?:zu|abgeschlossen|verriegelt)|(?:tur|zimmer)"
        r" abgeschlossen|allein zu hause|alleine zu hause|niemand (?:ist )?zu hause|keiner"
        r" (?:ist )?zu hause|abgeschlossen",
    ),
    "es": (
        r"(?:pistola|arma|revolver|escopeta|rifle)",
        r"(?:cogi|agarre|saque|tome|tengo|sostengo)|(?:del|de la|en el) (?:\w+ )?"
        r"(?:cajon|caja fuerte|armario|mesita)",
        r"(?:en|encerrad[oa] en) mi (?:cuarto|habitacion|pieza)|puerta (?:esta )?(?:cerrada"
        r"|con llave)|cerre (?:la puerta )?con llave|sol[oa] en casa|no hay nadie en casa",
    ),
    "fr": (
        r"(?:pistolet|flingue|arme|revolver|fusil)",
        r"(?:pris|recupere|sorti|pique)|(?:du|de la|dans le|dans la) (?:\w+ )?"
        r"(?:tiroir|coffre|armoire|table de nuit)",
        r"dans ma chambre|porte (?:est )?(?:fermee|verrouillee)|ferme (?:la porte )?a cle"
        r"|seule? a la maison|personne a la maison",
    ),
    "it": (
        r"(?:pistola|arma|revolver|fucile)",
        r"(?:preso|presa|tirata fuori|tirato fuori)|(?:dal|dalla|dall) (?:\w+ )?(?:cassetto"
        r"|cassaforte|armadio|comodino)",
        r"(?:in|nella) (?:mia )?camera|porta (?:e )?(?:chiusa|a chiave)|chiuso a chiave"
        r"|chiusa a chiave|da sol[oa] a casa|nessuno a casa|nessuno in casa",
    ),
    "nl": (
        r"(?:pistool|wapen|revolver|geweer)",
        r"(?:gepakt|gehaald|meegenomen|in mijn hand)|uit (?:de |het )?(?:\w+ )?(?:la|lade"
        r"|kluis|kast|nachtkastje)",
        r"op mijn kamer|op m n kamer|deur (?:zit |is )?(?:op slot|dicht)|alleen thuis|niemand"
        r" thuis",
    ),
    "pl": (
        r"(?:bron|pistolet\w*|rewolwer\w*|strzelb\w*|spluw\w*)",
        r"(?:wzial[ae]m|wziel[ae]m|wyjal[ae]m|wyjel[ae]m|zabral[ae]m|trzymam)|z (?:\w+ )?"
        r"(?:szuflady|sejfu|szafy|szafki)",
        r"w (?:moim )?pokoju|drzwi (?:sa )?zamkniete|zamknal[ae]m sie|zamknel[ae]m sie|sam\w*"
        r" w domu|nikogo nie ma",
    ),
    "pt": (
        r"(?:arma|pistola|revolver|espingarda|revolver)",
        r"(?:peguei|tirei|trouxe|to segurando|estou segurando)|d[oa] (?:\w+ )?(?:gaveta|cofre"
        r"|armario|criado mudo)",
        r"no (?:meu )?quarto|porta (?:esta |ta )?trancada|tranquei (?:a porta)?|sozinh[oa] em"
        r" casa|ninguem em casa",
    ),
    "ru": (
        r"(?:пистолет\w*|ружь\w*|ружье|оружи\w*|ствол\w*|травмат\w*)",
        r"(?:взял\w*|достал\w*|вытащил\w*|держу|в руках)|из (?:\w+ )?(?:ящика|сейфа|шкафа"
        r"|тумбочки)",
        r"в (?:своей )?комнате|дверь (?:заперта|закрыта)|заперся|заперлась|закрылся|закрылась"
        r"|один дома|одна дома|никого нет дома|дома никого",
    ),
    "uk": (
        r"(?:пістолет\w*|рушниц\w*|зброю|зброя|ствол\w*)",
        r"(?:взяв|взяла|дістав|дістала|витяг\w*|тримаю|в руках)|з (?:\w+ )?(?:шухляди|сейфа"
        r"|шафи|тумбочки)",
        r"в (?:своїй )?кімнаті|у (?:своїй )?кімнаті|двері (?:замкнені|зачинені)|замкнувся"
        r"|замкнулася|сам вдома|сама вдома|нікого немає вдома|вдома нікого",
    ),
    "tr": (
        r"(?:silah\w*|tabanca\w*|tufe\w*|cifte\w*)",
        r"(?:aldim|cikardim|elimde|aldim yanima)|(?:cekmece|kasa|dolap)\w*",
        r"odamdayim|odama kapandim|kapi kilitli|kapiyi kilitledim|evde yalnizim|evde kimse"
        r" yok",
    ),
}

# A rope or noose ready, said at the end of a clause (a climbing rope "ready for Saturday"
# goes on).
_ROPE: dict[str, str] = {
    "en": rf"(?:rope|noose) (?:is )?(?:ready|tied|up|hanging){_E}",
    "de": (
        rf"(?:seil|strick|schlinge) (?:\w+ ){{0,3}}?(?:bereit|fertig|hangt|am haken"
        rf"|geknupft){_E}"
    ),
    "es": rf"(?:cuerda|soga) (?:ya )?(?:esta )?(?:lista|preparada|atada|colgada){_E}",
    "fr": rf"(?:corde|noeud coulant) (?:est )?(?:prete|preparee|attachee|accrochee){_E}",
    "it": rf"(?:corda|cappio) (?:e )?(?:pront[ao]|preparat[ao]|legat[ao]|appes[ao]){_E}",
    "nl": rf"(?:touw|strop) (?:is |hangt )?(?:klaar|vastgemaakt|opgehangen|klaar hangen){_E}",
    "pl": rf"(?:lina|sznur|stryczek|petla) (?:juz )?(?:gotow\w*|zawiazan\w*|wisi){_E}",
    "pt": rf"(?:corda|forca) (?:ja )?(?:esta |ta )?(?:pronta|amarrada|pendurada){_E}",
    "ru": rf"(?:веревка|петля) (?:уже )?(?:готова|привязана|висит){_E}",
    "uk": rf"(?:мотузка|петля|зашморг) (?:вже )?(?:готов\w*|прив язан\w*|висить){_E}",
    "tr": rf"(?:ip|ipi|urgan) (?:\w+ )?(?:hazir|bagladim|astim){_E}",
}

# Preparations with a date: (a goodbye recorded or written for one's family; things given
# away; a will made; the date of an end).
_PREP: dict[str, tuple[str, str, str, str]] = {
    "en": (
        r"(?:recorded|filmed|wrote|written|made|left) (?:\w+ ){0,2}?(?:goodbye|farewell)"
        r"|(?:goodbye|farewell) (?:letters?|videos?|messages?|notes?|voice(?: )?notes?) (?:for|to)"
        r" (?:my )?\w+",
        r"gave (?:away )?(?:\w+ ){0,3}?(?:all )?my (?:\w+ )?(?:things|stuff|records|books"
        r"|guitar|vinyl|collection|clothes|games)|(?:given|giving) away (?:all )?my",
        r"(?:made|wrote|signed|did|finished|updated) (?:\w+ ){0,2}?(?:my )?will|notary"
        r"|solicitor|testament",
        r"(?:this|on the|at the) weekend (?:it s|its|it is) time|(?:it s|its|it is) time (?:this"
        r"|on the) weekend|(?:tomorrow|tonight|this weekend|on (?:friday|saturday|sunday))"
        rf" (?:morning |night )?(?:it s|it is|its|everything|all|it) (?:all )?(?:over|ends"
        rf"|time){_E}"
        rf"|tomorrow (?:morning |night )?(?:(?:it s|it is|its) )?(?:all|everything){_E}",
    ),
    "de": (
        r"(?:abschied\w*|abschiedsbrief\w*|abschiedsvideo\w*|abschiedsnachricht\w*)"
        r" (?:\w+ ){0,3}?(?:aufgenommen|geschrieben|aufgesprochen|hinterlassen|fur)",
        r"(?:meine|meinen|mein) (?:\w+ ){0,2}?(?:sachen|platten|bucher|gitarre|sammlung"
        r"|klamotten|spiele|katze|hund|schmuck|\w+) (?:\w+ ){0,2}?(?:geschenkt|verschenkt"
        r"|vermacht|weggegeben)|(?:alles|fast alles) verschenkt",
        r"testament|notar",
        r"(?:am|dieses|diesem|kommendes|nachstes) wochenende (?:ist es (?:so(?: )?weit|zeit)"
        rf"|passiert es){_E}|ist es (?:so(?: )?weit|zeit) am wochenende|morgen (?:fruh |abend )?"
        rf"(?:ist (?:alles|es) vorbei|ist es so(?: )?weit|endet alles|alles){_E}",
    ),
    "es": (
        r"(?:grabe|grabado|escribi|escrito|deje|dejado) (?:\w+ ){0,2}?(?:despedida|adios"
        r"|carta de despedida|cartas de despedida|video de despedida|mensaje de despedida)",
        r"(?:regale|regalado|di|he dado) (?:\w+ ){0,3}?(?:todas mis|todos mis|mis) (?:\w+ )?"
        r"(?:cosas|discos|libros|guitarra|coleccion|ropa|juegos)|(?:regale|regalado) todo",
        r"testamento|notario|notaria",
        r"(?:este|el) (?:fin de semana|finde) (?:es el dia|llega el momento|sera|es la hora)"
        rf"|manana (?:por la manana |temprano )?(?:se acaba todo|todo termina|todo){_E}",
    ),
    "fr": (
        r"(?:enregistre|ecrit|laisse) (?:\w+ ){0,2}?(?:adieu|adieux|message d adieu|lettres?"
        r" d adieu|video d adieu)",
        r"(?:donne|offert) (?:\w+ ){0,3}?(?:toutes mes|tous mes|mes) (?:\w+ )?(?:affaires"
        r"|disques|vinyles|livres|guitare|collection|vetements|jeux)|tout donne",
        r"testament|notaire",
        r"(?:ce|le) week end (?:c est le moment|c est l heure|ce sera fini|ca sera fini)"
        rf"|demain (?:matin )?(?:tout est fini|tout s arrete|c est fini|tout){_E}",
    ),
    "it": (
        r"(?:registrato|scritto|lasciato) (?:\w+ ){0,2}?(?:addio|messaggio di addio|lettera"
        r" di addio|lettere di addio|video di addio)",
        r"(?:regalato|dato via) (?:\w+ ){0,3}?(?:tutti i miei|tutte le mie|i miei|le mie)"
        r" (?:\w+ )?(?:cose|dischi|libri|chitarra|collezione|vestiti|giochi)|regalato tutto",
        r"testamento|notaio",
        r"(?:questo|il) (?:fine settimana|weekend) (?:e il momento|e ora|sara finita|finisce"
        rf" tutto){_E}|domani (?:mattina )?(?:e finita|finisce tutto|tutto){_E}",
    ),
    "nl": (
        r"(?:afscheid\w*|afscheidsbrie\w*|afscheidsvideo\w*) (?:\w+ ){0,3}?(?:opgenomen"
        r"|geschreven|ingesproken|voor)",
        r"(?:mijn|m n) (?:\w+ ){0,2}?(?:spullen|platen|boeken|gitaar|verzameling|kleren"
        r"|spellen) (?:\w+ ){0,3}?(?:weggegeven|gegeven|cadeau gedaan)|alles weggegeven",
        r"testament|notaris",
        r"(?:dit|komend|het) weekend (?:is het (?:zover|tijd)|gebeurt het)"
        rf"|morgen(?:ochtend| ochtend| vroeg)? (?:is het (?:voorbij|zover)|alles){_E}",
    ),
    "pl": (
        r"(?:nagral[ae]m|napisal[ae]m|zostawil[ae]m) (?:\w+ ){0,2}?(?:pozegnanie|list"
        r" pozegnalny|listy pozegnalne|nagranie pozegnalne|wiadomosc pozegnalna)",
        r"(?:oddal[ae]m|rozdal[ae]m|podarowal[ae]m) (?:\w+ ){0,3}?(?:wszystkie )?(?:moje|swoje)"
        r" (?:\w+ )?(?:rzeczy|plyty|ksiazki|gitare|kolekcje|ubrania|gry)|rozdal[ae]m wszystko",
        r"testament|notariusz\w*",
        r"(?:w ten|w) weekend (?:to koniec|juz czas|nadejdzie czas)|jutro (?:rano )?(?:koniec"
        rf"|wszystko sie skonczy|wszystko){_E}",
    ),
    "pt": (
        r"(?:gravei|escrevi|deixei) (?:\w+ ){0,2}?(?:despedida|adeus|carta de despedida|cartas"
        r" de despedida|video de despedida|mensagem de despedida)",
        r"(?:dei|doei|presenteei) (?:\w+ ){0,3}?(?:todas as minhas|todos os meus|meus|minhas)"
        r" (?:\w+ )?(?:coisas|discos|livros|violao|colecao|roupas|jogos)|dei tudo",
        r"testamento|cartorio|notario",
        r"(?:esse|este|no) fim de semana (?:e a hora|chegou a hora|acaba tudo)|amanha (?:de"
        rf" manha |cedo )?(?:acaba tudo|tudo acaba|tudo){_E}",
    ),
    "ru": (
        r"(?:записал\w*|написал\w*|оставил\w*) (?:\w+ ){0,2}?(?:прощани\w*|прощальн\w*)",
        r"(?:раздал\w*|отдал\w*|подарил\w*) (?:\w+ ){0,3}?(?:свои|мои|все свои|все)"
        r" (?:\w+ )?(?:вещи|пластинки|книги|гитару|коллекцию|одежду|игры)|раздал\w* все",
        r"завещани\w*|нотариус\w*",
        r"(?:в эти|на этих|в) выходны\w* (?:все|пора|решится)|завтра (?:утром |с утра"
        rf" |вечером )?(?:все|конец){_E}",
    ),
    "uk": (
        r"(?:записав|записала|написав|написала|залишив|залишила) (?:\w+ ){0,2}?(?:прощанн\w*"
        r"|прощальн\w*)",
        r"(?:роздав|роздала|віддав|віддала|подарував|подарувала) (?:\w+ ){0,3}?(?:свої|мої"
        r"|всі свої) (?:\w+ )?(?:речі|платівки|книжки|книги|гітару|колекцію|одяг|ігри)"
        r"|роздав\w* (?:все|усе)",
        r"заповіт\w*|нотаріус\w*",
        r"(?:в ці|на цих|у) вихідн\w* (?:все|усе|пора|час)|завтра (?:зранку |вранці |ввечері"
        rf" )?(?:все|усе|кінець){_E}",
    ),
    "tr": (
        r"(?:veda (?:mesaji|mektubu|mektuplari|videosu)|vedalastim|veda kaydettim|veda"
        r" ettim)",
        r"(?:plaklarimi|kitaplarimi|esyalarimi|gitarimi|koleksiyonumu|kiyafetlerimi|her seyimi)"
        r" (?:\w+ ){0,2}?(?:verdim|dagittim|hediye ettim)",
        r"vasiyet\w*|noter\w*",
        r"hafta(?: )?sonu (?:vakit geldi|zamani geldi|bitiyor|her sey bitiyor)|yarin"
        rf" (?:sabah )?(?:her sey biter|her sey bitiyor|bitiyor|her sey){_E}",
    ),
}


def _build() -> tuple[dict[str, tuple[str, ...]], dict[str, dict[EmergencySign, tuple[str, ...]]]]:
    crisis: dict[str, tuple[str, ...]] = {}
    for lang, (place, edge, intent, soft) in _PLACE.items():
        gun, taken, shut = _GUN[lang]
        goodbye, given, will, when = _PREP[lang]
        crisis[lang] = (
            *_n(160, f"{place}{_NOT_PLACE_BENIGN}", f"{intent}{_NOT_PLACE_BENIGN}"),
            *_n(160, f"{edge}{_NOT_PLACE_BENIGN}", f"(?:{intent}|{soft}){_NOT_PLACE_BENIGN}"),
            *_n(100, f"{gun}{_NOT_GUN_BENIGN}", f"{taken}{_NOT_GUN_BENIGN}", shut),
            *_s(_ROPE[lang]),
            *_n(160, goodbye, when),
            *_n(160, given, will, when),
        )
    return crisis, {}


CRISIS, EMERGENCY = _build()
ASK: dict[str, tuple[str, ...]] = {}
