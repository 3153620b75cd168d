"""A place of danger now, alone with it, hinted and never named: the ask tier (one direct
question) in every language, over normalised text; a space in the rules below stands for \\s+.

"I'm on the bridge. Nobody knows where I am", "stehe am Gleis und warte auf den Güterzug",
"siedzę na dachu, nogi za krawędzią, już nie mogę": the writer says where they are now (the
tracks, a platform, a bridge, a roof, the top of a car park, a balcony or windowsill, a
cliff edge, walking into water or onto thin ice, a loaded gun at hand) and one hint (alone,
nobody knows where, looking down, waiting for the moment or a train that does not stop, a
leg over the railing, the last time, can't anymore, "it will be quick"). Older rules already
read plans and methods as crisis; this family only asks.

Each rule needs the place said as the writer's own now (a verb of being, standing, sitting)
and a hint in the same stretch of text (`near`). A platform only counts with a hint of the
train itself or of an end (a commuter alone at midnight, or fed up with a late train, is
not asked). Near misses are kept out by a benign context after the first part (`_BENIGN`):
a rooftop bar, lunch or photos, fishing, swimming, hiking, hunting, work on a roof or a
bridge, train spotting, films, games and books."""

from __future__ import annotations

from bot.core.safety.common import near, spaced

__all__ = ["PLACE_NOW"]

_GAP = 160

# Benign context in any language, looked for in what follows the first part of a rule.
_BENIGN = (
    r"bar|pub|drinks?|cocktail\w*|party|parties|fiesta|festa|feest|impreza|lunch\w*|picnic"
    r"|photo\w*|foto\w*|camera|kamera\w*|camara|shoot\w*|fotograf\w*|фотограф\w*|камер\w*"
    r"|selfie\w*|pic|pics|picture\w*|insta\w*|view|vista|aussicht|uitzicht"
    r"|widok\w*|vue|sunset|sonnenuntergang|tramonto|atardecer|coucher|zonsondergang"
    r"|fishing|fish|angeln|pesca\w*|peche|vissen|ryby|wedk\w*|balik\w*|рыбалк\w*|рибалк\w*"
    r"|swim\w*|schwimm\w*|nadar|nado|nuotare|nager|zwemm\w*|plywa\w*|yuz\w*|плава\w*|купа\w*"
    r"|surf\w*|hik\w*|wander\w*|senderis\w*|escursion\w*|randonn\w*|caminhada|trilha|wandel\w*"
    r"|szlak\w*|поход\w*|hunt\w*|jagd|jag\w*|caza|caccia|chasse|caca|polowani\w*|avci\w*|avlan\w*"
    r"|охот\w*|полюва\w*|deer|hirsch|reh|ciervo|cervo|cerf|veado|hert|jelen\w*|geyik|олен\w*"
    r"|roofer|dachdecker|shift|schicht|dienst|turno|job|inspection|inspektion|inspeccion"
    r"|ispezione|inspecao|inspectie|inspekcj\w*|muayene|инспекц\w*|спот\w*|spotting|spotter"
    r"|trainspott\w*|film\w*|movie\w*|pelicula|scene|szene|escena|scena|scene|cena|scen\w*"
    r"|фильм\w*|сцен\w*|game|spiel|juego|jogo|gioco|jeu|spel|gra|gry|oyun\w*|игр\w*|гр[іа]"
    r"|level(?! crossing)|mission|novel|roman|novela|romanzo|powiesc\w*|book|buch|libro|livre"
    r"|livro|boek"
    r"|ksiazk\w*|kitap|книг\w*|character|charakter|personaggio|personnage|personage"
    r"|personagem|dream\w*|traum|sueno|sogno|reve|sonho|droom|ruya|сон|сни\w*|сне\w*"
    r"|coffee|kaffee|tee|tea|cafe|caffe|koffie|thee|kaw\w*|herbat\w*|kahve\w*|cay|кофе|каву|кава"
    r"|чай\w*|чаю|beer|bier|cerveza|birra|biere|cerveja|piwo|bira|пиво|reading|lese|leo|leggo|lis"
    r"|czytam|читаю|bus|tram|bahn|delay\w*|late again|running late|is late|traffic|stau|trafico"
    r"|traffico|trafic|korek\w*"
    r"|пробк\w*|fixing|repair\w*|repar\w*|ripar\w*|herstel\w*|napraw\w*|tamir\w*|ремонт\w*"
    r"|ziegel\w*|tiles|tejas|tuiles|tegole|telhas|dachowk\w*|kiremit\w*|черепиц\w*|verspat\w*"
    r"|retras\w*|ritard\w*|retard\w*|atras\w*"
    r"|vertrag\w*|spozni\w*|опазд\w*|запізн\w*|gecik\w*|rotr\w*"
)
_NOT_BENIGN = rf"(?![^?]{{0,200}}?(?<!\w)(?:{_BENIGN})(?!\w))"


def _rules(places: str, hints: str) -> tuple[str, ...]:
    """A place said as the writer's own now and a hint, in either order, with no benign
    context after either."""
    return spaced(*near(_GAP, f"(?:{places}){_NOT_BENIGN}", f"(?:{hints}){_NOT_BENIGN}", stop="?"))


# en
_EN_BE = (
    r"(?:i am|im|i m|am|standing|stood|sitting|sat|stand|sit|here|lying|kneeling|perched)"
    r" (?:\w+ ){0,3}?"
)
_EN_PLACE = (
    rf"{_EN_BE}(?:on|at|by|onto|over|under|in|up on|next to|near) (?:the |a |this |that |my |our"
    r" )?(?:\w+ )?(?:bridge|tracks|rails|railway|railway line|rail line|train line|level crossing"
    r"|roof|rooftop|top floor|top deck|top of (?:the |a )?(?:car park|parking garage|multi storey"
    r"|building|tower|block)|ledge|railing|parapet|cliff|cliff"
    r" edge|edge of (?:the |a )?(?:cliff|roof|bridge|platform|building)|thin ice)"
    r"|(?:walking|wading|walked|waded|going|went) (?:\w+ ){0,2}?(?:into|in) (?:the )?(?:sea"
    r"|ocean|river|lake|water|waves)|(?:i am|im|i m|standing) (?:\w+ ){0,2}?(?:on|onto) (?:the )?"
    r"(?:ice|frozen lake|frozen river)"
    r"|(?:i am|im|i m|sitting|sat|holding|have|got|i ve got) (?:\w+ ){0,4}?(?:a |the |my )?loaded"
    r" (?:gun|pistol|rifle|revolver|shotgun)"
)
_EN_PLATFORM = (
    rf"{_EN_BE}(?:on|at) (?:the |a |this )?(?:\w+ )?(?:platform|station|end of the platform"
    rf"|balcony|window ?sill|windowsill)"
)
_EN_END = (
    r"nobody knows where i am|no one knows where i am|(?:strangely|weirdly|oddly|so|very|really"
    r"|completely) calm (?:now|right now)|calm for the first time|(?:the|one) last time|for the"
    r" last time|can not (?:do this |do it |go on |take it |take this )?any ?more|it (?:will|would"
    r"|ll) be quick|(?:will|would|ll) be over (?:soon|quickly)|just one step|one step and"
    r"|nobody would (?:notice|miss me)|no one would (?:notice|miss me)|waiting for the (?:right"
    r" )?moment|(?:freight|goods|express|fast) train|train(?:s)? that (?:does|do) not stop"
    r"|(?:leg|legs|feet|foot) (?:\w+ ){0,2}?(?:over|outside|past|on the other side of) (?:the )?"
    r"(?:railing|rail|parapet|barrier|ledge|window)|wrong side of the (?:railing|barrier|fence)"
)
_EN_HINT = (
    rf"{_EN_END}|all alone|(?:i am|im|i m) alone|by myself|on my own|looking down|staring down"
    r"|looking (?:over the edge|at the water|at the rails|at the tracks)|staring at the (?:water"
    r"|rails|tracks)"
)

# de
_DE_BE = r"(?:bin|steh\w*|sitz\w*|lieg\w*|hock\w*|hier) (?:\w+ ){0,3}?"
_DE_PLACE = (
    rf"{_DE_BE}(?:auf|an|am|im|uber|bei|neben|oben auf) (?:der |dem |den |die |einer |einem |nem"
    r" |ner |m )?(?:\w+ )?(?:brucke|gleis\w*|schienen|bahngleis\w*|gleisbett|bahnubergang|dach"
    r"|hausdach|parkhaus\w*|parkdeck|obersten? (?:etage|stock|deck)|gelander|brustung"
    r"|sims|klippe\w*|abgrund|felskante|dunnen eis|dunnem eis|eis)"
    r"|(?:geh\w*|lauf\w*|lief) (?:\w+ ){0,3}?(?:ins|in den|in die) (?:wasser|meer|fluss|see)"
    r"|(?:sitz\w*|bin|hab\w*|halt\w*) (?:\w+ ){0,4}?(?:geladene\w*|geladen\w*) (?:waffe|pistole"
    r"|gewehr|knarre)"
)
_DE_PLATFORM = (
    rf"{_DE_BE}(?:auf|am|an) (?:dem |der |m )?(?:\w+ )?(?:bahnsteig|bahnhof|gleis|balkon\w*"
    rf"|fensterbrett|fensterbank|fenster)"
)
_DE_END = (
    r"keiner weiss wo ich bin|niemand weiss wo ich bin|(?:seltsam|komisch|so|ganz|total)"
    r" ruhig (?:jetzt|gerade)|(?:das|ein) letzte\w* mal|zum letzten mal|kann (?:einfach )?(?:nicht"
    r"|nich|nimmer) mehr|geht (?:ganz )?schnell|wird schnell gehen|schnell vorbei|nur ein schritt"
    r"|ein schritt und|keiner wurde es merken|niemand wurde (?:es )?merken|warte\w* (?:\w+ ){0,3}?"
    r"(?:richtigen )?moment|guterzug\w*|zug\w* (?:\w+ )?der nicht halt\w*|durchfahrend\w*"
    r"|(?:bein|beine|fusse|fuss) (?:\w+ ){0,2}?(?:uber|ausserhalb|hinter) (?:das |dem |der )?"
    r"(?:gelander|brustung|kante|absperrung)|falsche\w* seite (?:des|vom) gelander\w*"
)
_DE_HINT = (
    rf"{_DE_END}|allein|alleine|ganz allein|schau\w* (?:\w+ )?(?:runter|hinunter|nach unten"
    r"|in die tiefe|aufs wasser|auf die schienen|auf die gleise)|blick\w* (?:\w+ )?(?:nach unten"
    r"|in die tiefe|runter)"
)

# es
_ES_BE = r"(?:estoy|toy|sentad[oa]|de pie|parad[oa]|aqui) (?:\w+ ){0,3}?"
_ES_PLACE = (
    rf"{_ES_BE}(?:en|sobre|junto a|al borde de|encima de) (?:el |la |los |las |un |una |mi )?"
    r"(?:\w+ )?(?:puente|vias|via del tren|rieles|tejado|techo|azotea|terraza|ultima planta"
    r"|ultimo piso|barandilla|baranda|cornisa|acantilado|precipicio|borde"
    r"|hielo)|(?:me meto|entrando|entro|camino|caminando) (?:\w+ ){0,2}?(?:en|al|hacia el|hacia"
    r" la) (?:el |la )?(?:mar|rio|lago|agua)"
    r"|(?:tengo|estoy con|sentad[oa] con) (?:\w+ ){0,2}?(?:una |la |mi )?(?:pistola|arma|escopeta)"
    r" cargada"
)
_ES_PLATFORM = (
    rf"{_ES_BE}(?:en|al borde de) (?:el |la )?(?:\w+ )?(?:anden|estacion|balcon|alfeizar|ventana)"
)
_ES_END = (
    r"nadie sabe donde estoy|(?:muy|tan|extranamente|raramente) tranquil[oa] (?:ahora|ya)"
    r"|(?:la|una) ultima vez|por ultima vez|ya no (?:puedo|aguanto)(?: mas)?|no puedo mas|no"
    r" aguanto mas|sera rapido|va a ser rapido|sera un segundo|solo un paso|un paso y"
    r"|nadie (?:lo )?(?:notaria|notara|me echaria de menos)|esperando (?:\w+ )?(?:el )?momento"
    r"|(?:tren de mercancias|mercancias|tren que no para|tren que no se detiene|tren expreso)"
    r"|(?:pierna|piernas|pies) (?:\w+ ){0,2}?(?:por fuera|al otro lado|sobre) (?:de )?(?:la |el )?"
    r"(?:barandilla|baranda|cornisa|borde|ventana)"
)
_ES_HINT = rf"{_ES_END}|sol[oa]|a solas|mirando (?:hacia )?(?:abajo|al agua|al vacio|las vias)"

# fr
_FR_BE = r"(?:je suis|jsuis|chui|suis|assise?|debout|ici) (?:\w+ ){0,3}?"
_FR_PLACE = (
    rf"{_FR_BE}(?:sur|au|a|au bord du|au bord de|en haut du|pres du|pres des|dans) (?:le |la |les"
    r" |l |un |une |mon |ma )?(?:\w+ )?(?:pont|voies|voie ferree|rails|toit|dernier etage"
    r"|parking|rambarde|garde corps|corniche|rebord|falaise|precipice|vide"
    r"|glace)|(?:j avance|j entre|je marche|je rentre|avance|marche) (?:\w+ ){0,2}?(?:dans|vers)"
    r" (?:la |le |l )?(?:mer|riviere|fleuve|lac|eau|seine)"
    r"|(?:j ai|je tiens|avec) (?:\w+ ){0,2}?(?:un |le |mon )?(?:flingue|pistolet|fusil|revolver"
    r"|arme) charge"
)
_FR_PLATFORM = (
    rf"{_FR_BE}(?:sur|au bout du|au bord du) (?:le |la )?(?:\w+ )?(?:quai|gare|balcon|fenetre"
    rf"|rebord de (?:la )?fenetre)"
)
_FR_END = (
    r"personne (?:ne )?sait ou je suis|(?:tellement|tres|bizarrement|etrangement|trop) calme"
    r" (?:maintenant|la)|(?:la|une) derniere fois|pour la derniere fois|j en peux plus|je n en"
    r" peux plus|ca ira vite|ca sera rapide|ce sera rapide|juste un pas"
    r"|un pas et|personne (?:ne )?(?:le )?remarquera|j attends (?:\w+ )?(?:le )?(?:bon )?moment"
    r"|attend\w* (?:\w+ )?(?:le )?(?:bon )?moment|train de marchandises|fret|train qui ne s arrete"
    r" pas|tgv qui passe|(?:jambe|jambes|pieds) (?:\w+ ){0,2}?(?:de l autre cote|au dessus|dans le"
    r" vide|par dessus) (?:de )?(?:la |le )?(?:rambarde|garde corps|rebord)?"
)
_FR_HINT = rf"{_FR_END}|seule?|tout seule?|toute seule|je regarde (?:en )?(?:bas|l eau|le vide)"

# it
_IT_BE = r"(?:sono|sto|seduto|seduta|in piedi|qui) (?:\w+ ){0,3}?"
_IT_PLACE = (
    rf"{_IT_BE}(?:su|sul|sulla|sui|sulle|al|alla|in|in cima a|in cima al|sul bordo del|sull)"
    r" (?:\w+ )?(?:ponte|binari|rotaie|ferrovia|tetto|terrazzo|ultimo piano|parcheggio"
    r"|ringhiera|parapetto|cornicione|scogliera|dirupo|strapiombo|precipizio"
    r"|bordo|ghiaccio)|(?:entro|cammino|sto entrando|sto camminando) (?:\w+ ){0,2}?(?:nel|nella"
    r"|in|verso il|verso la) (?:mare|fiume|lago|acqua)"
    r"|(?:ho|tengo|con) (?:\w+ ){0,2}?(?:una |la |il )?(?:pistola|fucile|arma|revolver) caric[ao]"
)
_IT_PLATFORM = (
    rf"{_IT_BE}(?:sul|al|in) (?:\w+ )?(?:binario|banchina|stazione|balcone|davanzale|finestra)"
)
_IT_END = (
    r"nessuno sa dove sono|(?:stranamente|cosi|molto|troppo) calm[oa] (?:ora|adesso)"
    r"|ultima volta|per l ultima volta|non ce la faccio piu|non ne posso piu|non reggo"
    r" piu|sara veloce|sara un attimo|fara presto|solo un passo|un passo e|nessuno se ne"
    r" accorgerebbe|aspetto (?:\w+ )?(?:il )?momento|aspettando (?:\w+ )?(?:il )?momento"
    r"|treno merci"
    r"|merci|treno che non si ferma|(?:gamba|gambe|piedi) (?:\w+ ){0,2}?(?:oltre|fuori|dall altra"
    r" parte) (?:la |il |del |della )?(?:ringhiera|parapetto|bordo|davanzale)"
)
_IT_HINT = rf"{_IT_END}|da sol[oa]|sol[oa]|guardo (?:giu|in basso|l acqua|il vuoto|i binari)"

# nl
_NL_BE = r"(?:ik ben|ik sta|ik zit|ben|sta|zit|staan|zitten|hier) (?:\w+ ){0,3}?"
_NL_PLACE = (
    rf"{_NL_BE}(?:op|aan|bij|boven op|naast|langs) (?:de |het |een |m n |mijn )?(?:\w+ )?(?:brug"
    r"|spoor|sporen|rails|spoorlijn|overweg|dak|bovenste verdieping|parkeergarage"
    r"|reling|leuning|balustrade|richel|klif|rand|dunne ijs|ijs)"
    r"|(?:loop|liep|ga|wandel) (?:\w+ ){0,2}?(?:de zee|het water|de rivier|het meer|de gracht) in"
    r"|(?:zit|heb|houd|hou) (?:\w+ ){0,4}?(?:geladen|geladene) (?:pistool|geweer|wapen)"
)
_NL_PLATFORM = rf"{_NL_BE}(?:op|aan) (?:het |de )?(?:\w+ )?(?:perron|station|balkon|vensterbank)"
_NL_END = (
    r"niemand weet waar ik ben|(?:raar|vreemd|zo|heel|echt) rustig (?:nu|nou)|(?:de|een) laatste"
    r" keer|voor het laatst|kan (?:het )?niet meer|ik kan niet meer|gaat snel|zal snel gaan|snel"
    r" voorbij|een stap en|nog een stap|niemand zou het merken|wacht\w* (?:\w+ ){0,2}?(?:het"
    r" )?(?:juiste )?moment|goederentrein\w*|trein die niet stopt|(?:been|benen|voeten) (?:\w+ )"
    r"{0,2}?(?:over|buiten) (?:de |het )?(?:reling|leuning|balustrade|rand)"
)
_NL_HINT = (
    rf"{_NL_END}|alleen|helemaal alleen|in mn eentje|kijk\w* (?:\w+ )?(?:naar beneden|omlaag"
    r"|naar het water|naar de rails)"
)

# pl
_PL_BE = r"(?:jestem|stoje|siedze|stojac\w*|siedzac\w*|tu|tutaj|leze) (?:\w+ ){0,3}?"
_PL_PLACE = (
    rf"{_PL_BE}(?:na|nad|przy|obok|na krawedzi|na skraju|w) (?:\w+ )?(?:moscie|torach|torze"
    r"|szynach|przejezdzie|dachu|ostatnim pietrze|parkingu|barierce|balustradzie"
    r"|klifie|urwisku|przepasci|krawedzi|lodzie|cienkim lodzie)"
    r"|(?:wchodze|ide|wszedlem|weszlam) (?:\w+ ){0,2}?(?:do|w) (?:morza|rzeki|jeziora|wody|wode)"
    r"|(?:mam|trzymam|siedze z) (?:\w+ ){0,3}?(?:nabit\w*|naladowan\w*) (?:bron|pistolet\w*"
    r"|strzelb\w*|spluw\w*)"
)
_PL_PLATFORM = rf"{_PL_BE}(?:na|przy) (?:\w+ )?(?:peronie|stacji|dworcu|balkonie|parapecie|oknie)"
_PL_END = (
    r"nikt nie wie gdzie jestem|(?:dziwnie|taki|taka|bardzo|calkiem) spokojn\w* (?:teraz|juz)"
    r"|(?:ostatni|po raz ostatni) raz|ostatni raz|juz nie moge|nie moge juz|nie daje (?:juz )?rady"
    r"|to bedzie szybko|pojdzie szybko|szybko (?:sie )?skonczy|jeden krok|tylko krok|nikt (?:by )?"
    r"nie zauwazy\w*|czekam (?:\w+ )?na (?:\w+ )?(?:moment|chwile)|towarow\w*|pociag\w* (?:\w+ )?"
    r"ktory nie staje|(?:noga|nogi|nogami|stopy) (?:\w+ ){0,2}?(?:za|poza|nad) (?:barierk\w*"
    r"|balustrad\w*|krawedzi\w*|krawedz|parapetem)"
)
_PL_HINT = rf"{_PL_END}|sam|sama|zupelnie sam[a]?|patrze w dol|patrze na (?:wode|tory)"

# pt
_PT_BE = r"(?:estou|to|tou|sentad[oa]|em pe|aqui) (?:\w+ ){0,3}?"
_PT_PLACE = (
    rf"{_PT_BE}(?:na|no|nos|nas|em|sobre|em cima d[oa]|na beira d[oa]"
    rf"|ao lado d[oa]) (?:\w+ )?(?:ponte"
    r"|trilhos|linha do trem|linha do comboio|via ferrea|carris|telhado|laje|terraco|ultimo andar"
    r"|estacionamento|parapeito|grade|corrimao|beiral|penhasco|falesia"
    r"|precipicio|borda|beira|gelo)|(?:entrando|entro|andando|caminhando|vou entrando) (?:\w+ )"
    r"{0,2}?(?:no|na|pro|pra|para o|para a) (?:mar|rio|lago|agua)"
    r"|(?:tenho|to com|estou com|segurando) (?:\w+ ){0,2}?(?:uma |a |minha )?(?:arma|pistola"
    r"|espingarda|revolver) carregada"
)
_PT_PLATFORM = rf"{_PT_BE}(?:na|no) (?:\w+ )?(?:plataforma|estacao|cais|varanda|sacada|janela)"
_PT_END = (
    r"ninguem sabe onde (?:eu )?(?:estou|to|tou)|(?:estranhamente|tao|muito) calm[oa] agora"
    r"|(?:a|uma) ultima vez|pela ultima vez|(?:nao|n) (?:aguento|consigo) mais|vai ser rapido"
    r"|sera rapido|so um passo|um passo e|ninguem (?:ia|vai) (?:perceber|notar|sentir falta)"
    r"|esperando (?:\w+ )?(?:o )?momento|(?:trem|comboio) de carga|(?:trem|comboio) que nao para"
    r"|(?:perna|pernas|pes) (?:\w+ ){0,2}?(?:pra fora|para fora|do outro lado) (?:d[oa] )?"
    r"(?:grade|parapeito|janela|corrimao)?"
)
_PT_HINT = rf"{_PT_END}|sozinh[oa]|olhando (?:pra |para )?(?:baixo|a agua|os trilhos)"

# tr
_TR_PLACE = (
    r"(?:koprudeyim|koprunun (?:\w+ )?(?:ustundeyim|kenarindayim|korkuluklarindayim)|raylardayim"
    r"|raylarin (?:\w+ )?(?:ustundeyim|yanindayim|ortasindayim)|tren yolundayim|catidayim"
    r"|catinin (?:\w+ )?(?:kenarindayim|ustundeyim)|damdayim|damin kenarindayim|en ust kattayim"
    r"|otoparkin (?:\w+ )?(?:en ust|cati)\w*"
    r"|ucurumun (?:\w+ )?(?:kenarindayim"
    r"|ucundayim)|ucurumdayim|buzun ustundeyim|(?:denize|nehre|gole|suya) (?:dogru )?(?:yuruyorum"
    r"|giriyorum)|(?:(?:koprude|catida|damda|raylarda|ucurumun kenarinda) (?:\w+ ){0,2}?"
    r"(?:oturuyorum|duruyorum|bekliyorum))|dolu (?:silah|tabanca)\w* (?:\w+ ){0,2}?(?:elimde"
    r"|yanimda|kucagimda))"
)
_TR_PLATFORM = (
    r"(?:perondayim|balkondayim|balkonun (?:\w+ )?kenarindayim|pencere (?:kenarindayim"
    r"|pervazindayim)|pervazdayim|peronda (?:\w+ ){0,2}?(?:bekliyorum|duruyorum|oturuyorum)"
    r"|istasyondayim)"
)
_TR_END = (
    r"kimse nerede oldugumu bilmiyor|kimse burada oldugumu bilmiyor|(?:cok|garip|tuhaf) (?:bir )?"
    r"sekilde sakinim|cok sakinim|son kez|son defa|artik dayanamiyorum|artik yapamiyorum"
    r"|dayanamiyorum artik|hizli olacak|cabuk olacak|tek bir adim|bir adim daha|kimse fark"
    r" etmez|(?:dogru )?ani bekliyorum|yuk treni\w*|durmayan tren\w*|(?:bacagim|bacaklarim"
    r"|ayaklarim) (?:\w+ ){0,2}?(?:korkulugun|parmakligin|kenarin) (?:disinda|ustunde|otesinde)"
)
_TR_HINT = rf"{_TR_END}|yalnizim|tek basimayim|yapayalnizim|asagi bakiyorum|suya bakiyorum"

# ru
_RU_BE = r"(?:я|стою|сижу|стоим|нахожусь|тут|здесь|уже) (?:\w+ ){0,3}?"
_RU_PLACE = (
    rf"{_RU_BE}(?:на|у|над|возле|около|на краю|на крае) (?:\w+ )?(?:мосту|моста|рельс\w*|релс\w*"
    r"|путях|железной дороге|переезде|крыше|крыши|последнем этаже|парковк\w*|перилах"
    r"|карнизе|обрыв\w*|скал\w*|пропаст\w*|краю|льду|тонком льду)"
    r"|(?:захожу|иду|вхожу|зашел|зашла) (?:\w+ ){0,2}?в (?:море|реку|озеро|воду)"
    r"|(?:сижу с|держу|у меня|в руках) (?:\w+ ){0,2}?заряженн\w* (?:пистолет\w*|ружь\w*|ствол\w*"
    r"|оружи\w*)"
)
_RU_PLATFORM = (
    rf"{_RU_BE}(?:на|у) (?:\w+ )?(?:платформе|перроне|краю платформы|станции|балконе|подоконнике"
    rf"|окне)"
)
_RU_END = (
    r"никто не знает где я|(?:странно|так|очень|совсем) спокойн\w* (?:сейчас|теперь)"
    r"|(?:в )?последний раз|больше не могу|не могу больше|я не могу больше|не выдержива\w*"
    r"|будет быстро|это быстро|все быстро|один шаг|только шаг|никто не замети\w*|жду (?:\w+ )?"
    r"(?:момент\w*|подходящ\w*)|товарн\w*|поезд\w* (?:\w+ )?(?:который|что) не останавлива\w*"
    r"|(?:нога|ноги|ногу|ступни) (?:\w+ ){0,2}?(?:за|через|над) (?:перил\w*|край|краем|карниз\w*"
    r"|ограждени\w*)"
)
_RU_HINT = rf"{_RU_END}|один|одна|совсем один|совсем одна|смотрю вниз|смотрю на (?:воду|рельсы)"

# uk
_UK_BE = r"(?:я|стою|сиджу|перебуваю|тут|тута|вже) (?:\w+ ){0,3}?"
_UK_PLACE = (
    rf"{_UK_BE}(?:на|біля|над|коло|на краю|на краї) (?:\w+ )?(?:мосту|мосту|рейках|коліях"
    r"|залізниці|переїзді|даху|останньому поверсі|парковц\w*|перилах"
    r"|карнизі|урвищ\w*|скел\w*|прірв\w*|краю|кризі|льоду|тонкому льоду)"
    r"|(?:заходжу|йду|іду|зайшов|зайшла) (?:\w+ ){0,2}?(?:в|у) (?:море|річку|озеро|воду)"
    r"|(?:сиджу з|тримаю|у мене|в руках) (?:\w+ ){0,2}?заряджен\w* (?:пістолет\w*|рушниц\w*"
    r"|ствол\w*|зброю)"
)
_UK_PLATFORM = (
    rf"{_UK_BE}(?:на|біля) (?:\w+ )?(?:платформі|пероні|краю платформи|станції|балконі"
    rf"|підвіконні|вікні)"
)
_UK_END = (
    r"ніхто не знає де я|(?:дивно|так|дуже|зовсім) спокійн\w* (?:зараз|тепер)|(?:в )?останній"
    r" раз|більше не можу|не можу більше|я не можу більше|не витримую|буде швидко|це швидко"
    r"|один крок|тільки крок|ніхто не помітить|чекаю (?:\w+ )?(?:момент\w*|слушн\w*)|товарн\w*"
    r"|потяг\w* (?:\w+ )?(?:який|що) не зупиня\w*|(?:нога|ноги|ногу) (?:\w+ ){0,2}?(?:за|через"
    r"|над) (?:перил\w*|край|краєм|карниз\w*|огорож\w*)"
)
_UK_HINT = rf"{_UK_END}|сам|сама|зовсім сам|зовсім сама|дивлюсь вниз|дивлюся вниз|дивлюсь на воду"


def _family(place: str, low: str, hint: str, end: str) -> tuple[str, ...]:
    return (*_rules(place, hint), *_rules(low, end))


PLACE_NOW: dict[str, tuple[str, ...]] = {
    "en": _family(_EN_PLACE, _EN_PLATFORM, _EN_HINT, _EN_END),
    "de": _family(_DE_PLACE, _DE_PLATFORM, _DE_HINT, _DE_END),
    "es": _family(_ES_PLACE, _ES_PLATFORM, _ES_HINT, _ES_END),
    "fr": _family(_FR_PLACE, _FR_PLATFORM, _FR_HINT, _FR_END),
    "it": _family(_IT_PLACE, _IT_PLATFORM, _IT_HINT, _IT_END),
    "nl": _family(_NL_PLACE, _NL_PLATFORM, _NL_HINT, _NL_END),
    "pl": _family(_PL_PLACE, _PL_PLATFORM, _PL_HINT, _PL_END),
    "pt": _family(_PT_PLACE, _PT_PLATFORM, _PT_HINT, _PT_END),
    "tr": _family(_TR_PLACE, _TR_PLATFORM, _TR_HINT, _TR_END),
    "ru": _family(_RU_PLACE, _RU_PLATFORM, _RU_HINT, _RU_END),
    "uk": _family(_UK_PLACE, _UK_PLATFORM, _UK_HINT, _UK_END),
}
