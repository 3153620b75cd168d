"""Danger missed in sets Z and AA (round twelve), in the eleven languages, over normalised
text; a space in the rules below stands for \\s+ (Latin-letter Russian and Ukrainian come
through translit.py, so "ustal borotsa" is read as "устал бороца").

Crisis:
- self-harm under way: the writer cutting, burning, scratching or hitting themself, a razor
  out again, a knife still in hand, beside a sign of now (now, blood, cannot stop, deeper,
  again); a finger cut cooking, a haircut ("me estoy cortando el pelo") and a past told as
  over stay clear, for the act needs the self or a wrist, an arm, a thigh and a second part;
- a whole pack taken: a whole strip, blister or box, all the insulin pens, swallowed or
  injected (the label is the crisis: a farewell said beside it, "it is fine like this");
- a place of death now and a farewell: standing on a bridge or by the tracks and saying
  goodbye, "sorry I am writing this here", a last time; a bridge with photos or "sorry I'm
  late" stays clear, and a jump is left out ("no salto, estoy en el puente" is a near miss).

Ask (one question):
- passive wishes: everyone better off without me, the world would turn on without me,
  envying those who die in their sleep, not being there any more, going on only for one's
  parents or children;
- tired of fighting: said at the end of a clause or of oneself, anxiety, everything — so
  "tired of fighting with my landlord" or "cansado de luchar contra el tráfico" stay clear.

Emergency:
- someone motionless and not breathing; an electric shock and unconsciousness; a stab wound
  and bleeding; drugs taken and blue lips or no waking (someone_else);
- a saw or grinder cut bleeding in spurts or not stopping (the plain "call now" answer, as
  injury_poison.py gives the writer's own injury);
- a heart attack told by its signs: the chest clutched or burning and squeezing, and a pain
  reaching the jaw, back or arm, an arm gone numb, grey or pale, cold sweat
  (chest_pain_spreading);
- a pulmonary embolism: a swollen, aching leg and sudden chest pain or breath failing
  (cannot_breathe);
- a stroke told by its signs: speech gone strange or words not coming, and a hand or arm that
  no longer grips (sudden_speech_loss), where the red flag alone was read.
"""

from __future__ import annotations

from bot.core.safety.common import near
from bot.core.safety.common import spaced as _s
from bot.core.safety.verdict import EmergencySign as E

__all__ = ["ASK", "CRISIS", "EMERGENCY"]

# The end of a clause, or a few words that make a fight one's own (of oneself, anxiety,
# everything), after "tired of fighting".
_END = r"(?=\s*(?:[.!?,;:)]|$))"


def _n(gap: int, *parts: str, stop: str = ".!?") -> tuple[str, ...]:
    """Every order of `parts`, each whole words, at most `gap` characters apart with none of
    `stop` between."""
    return _s(*near(gap, *(rf"(?:{part})(?!\w)" for part in parts), stop=stop))


def _tired(words: str, own: str) -> tuple[str, ...]:
    return _s(rf"(?:{words})(?:{_END}| (?:{own}))")


# Self-harm under way: (the act, a sign of now) in either order.
_HARM: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:cutting myself|cutting my (?:arms?|wrists?|thighs?|legs?|skin)|cut (?:myself"
        r"|my (?:arms?|wrists?|thighs?|legs?)) (?:again|deep\w*|open)|slit(?:ting)? my wrists?"
        r"|burning myself|hitting myself|punching myself|scratching myself (?:raw|open|till)"
        r"|razor s out|blade s out|got the (?:razor|blade) out|punching (?:the )?walls? (?:till"
        r"|until))",
        r"(?:right now|doing it now|can not stop|keep going|deeper|will not stop|full of"
        r" blood|blood everywhere|on purpose)",
    ),
    "de": (
        r"(?:ritze mich|ritz mich|schneide mich|schneid mich|verbrenne mich|schlage mich"
        r"|(?:schlage|schlag|haue|hau) mir (?:\w+ )?ins gesicht"
        r"|kratze mich (?:blutig|auf)|(?:hab|habe) mir (?:gerade |grad |eben |schon wieder"
        r" |wieder )?(?:die |den |das )?(?:pulsader\w*|handgelenk\w*|arme|unterarme"
        r"|oberschenkel) (?:aufgeschnitten|aufgeritzt|geritzt)|rasierklinge ist wieder)",
        r"(?:gerade|grad|blut\w*|nicht aufhoren|hor nicht auf|hort nicht auf|tiefer)",
    ),
    "es": (
        r"(?:me estoy cortando(?! (?:el|la|las|los) (?:pelo|unas|barba|flequillo|dedo))"
        r"|estoy cortandome(?! (?:el|la|las) (?:pelo|unas|barba))|sigo cortandome|me sigo"
        r" cortando|me (?:he )?(?:corte|cortado|raje|rajado) (?:las munecas|la muneca|las venas"
        r"|los brazos|los muslos)|me estoy quemando (?:con el mechero|los brazos|el brazo)"
        r"|me estoy golpeando (?:la cabeza|contra)|me estoy dando (?:golpes|cabezazos|punetazos)"
        r"|me doy (?:golpes|punetazos) en la (?:cara|cabeza))",
        r"(?:ahora|sangre|sangrando|no puedo parar|no paro|otra vez|perdon|mas hondo)",
    ),
    "pt": (
        r"(?:(?:to|tou|estou) me (?:cortando|machucando|queimando|batendo)(?! (?:o|as|a)"
        r" (?:cabelo|unhas|barba))|cortei (?:os |meus )?(?:pulsos|bracos|coxas)|me cortei"
        r" (?:de novo|outra vez))",
        r"(?:agora|nao consigo parar|nao paro|sangue|sangrando|de novo)",
    ),
    "fr": (
        r"(?:je me scarifie|je me mutile|je me coupe (?:les|le) (?:bras|poignets?|cuisses?"
        r"|veines)|je suis en train de me (?:couper|scarifier|bruler|taillader|frapper)|je me"
        r" suis (?:coupee?|ouverte?|tailladee?|scarifiee?) (?:les|le) (?:bras|poignets?"
        r"|cuisses?|veines)|je me tape la tete contre|je me frappe (?:le visage|la tete|au"
        r" visage)|je me cogne la tete)",
        r"(?:maintenant|en ce moment|arrive pas a m arreter|peux pas m arreter|sang|saigne"
        r"|encore|plus profond)",
    ),
    "it": (
        r"(?:mi sto tagliando(?! (?:i|le|la) (?:capelli|unghie|barba))|mi taglio (?:le braccia"
        r"|i polsi|le cosce)|mi sono (?:appena |di nuovo )?tagliat[oa] (?:le braccia|i polsi"
        r"|le cosce|le vene)|mi sto bruciando|mi sto facendo del male|mi sto picchiando|mi sto"
        r" prendendo a pugni|sbatto la testa contro)",
        r"(?:adesso|sto continuando|continuo|riesco a (?:smettere|fermarmi)|sangue|sanguina"
        r"|di nuovo)",
    ),
    "nl": (
        r"(?:ben (?:mezelf|me) aan het (?:snijden|krassen|branden|slaan)|ik snij (?:mezelf|in"
        r" mijn)|ik kras (?:mezelf|me)|heb (?:net |weer |zojuist )?(?:mezelf|in mijn (?:polsen"
        r"|armen|benen|dijen)|mijn (?:polsen|armen|dijen)) (?:gesneden|opengesneden|gekrast)"
        r"|sla (?:ik )?mezelf)",
        r"(?:nu|weer|bloed\w*|kan niet stoppen|kan niet ophouden|hou niet op|houd niet op)",
    ),
    "pl": (
        r"(?:tne sie|tne (?:sobie )?(?:rece|nadgarstki|uda|nogi)|pocia?l[ae]m (?:sobie )?(?:rece"
        r"|nadgarstki|uda|zyly)|pociel[ae]m (?:sobie )?(?:rece|nadgarstki|uda|zyly)|drapie sie"
        r" do krwi|wale (?:piescia|piesciami|glowa|reka) w sciane|bije sie (?:po twarzy"
        r"|piesciami)|okaleczam sie|przypalam sie)",
        r"(?:teraz|wlasnie|nie moge przestac|nie umiem przestac|do krwi|krew\w*|krwaw\w*"
        r"|rozwalon\w*|znowu)",
    ),
    "ru": (
        r"(?:режу себя|режу себе (?:руки|вены|запястья|бедра|ноги)|режу руки|порезал[аи]? себе"
        r" (?:руки|вены|запястья|бедра)|вскрыл[аи]? (?:себе )?вены|бью себя|бьюсь головой"
        r"|царапаю себя до крови|прижигаю себя)",
        r"(?:сейчас|не могу остановиться|не могу перестать|кровь|крови|кровью|снова|опять"
        r"|глубже)",
    ),
    "uk": (
        r"(?:ріжу себе|ріжу собі (?:руки|вени|зап ястя|стегна)|ріжу руки|порізав(?:ла)? собі"
        r" (?:руки|вени|зап ястя|стегна)|б ю себе|б юся головою|дряпаю себе до крові|припікаю"
        r" себе)",
        r"(?:зараз|не можу зупинитис[яь]|не можу перестати|кров|крові|кров ю|знову|глибше)",
    ),
    "tr": (
        r"(?:kendimi kesiyorum|kendimi (?:yine|tekrar) kestim|kolumu (?:yine|tekrar) kestim"
        r"|kollarimi (?:yine |tekrar )?kestim|bileklerimi kestim|bilegimi kestim|bacaklarimi"
        r" kestim|yeni kesik|kendime zarar veriyorum|kendimi yakiyorum|kendime vuruyorum"
        r"|kendime yumruk"
        r" atiyorum|kendimi dovuyorum|kafami"
        r" duvara vuruyorum|(?:bicak|jilet) (?:hala )?elimde)",
        r"(?:simdi|su an|hala|durduramiyorum|duramiyorum|kan|kaniyor|kaniyo|yine|tekrar)",
    ),
}

# A whole pack taken, or all the insulin.
_WHOLE: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:took|swallowed|taken|injected|downed|emptied) (?:the |my |a )?(?:whole|entire)"
        r" (?:pack|packet|strip|blister|bottle|box|sheet) of",
        r"(?:injected|took|used) all (?:my|the|of my) (?:insulin pens|insulin|pens)",
    ),
    "de": (
        r"(?:ganze|ganzen|komplette|kompletten) (?:packung|blister|schachtel|tablettenpackung"
        r"|streifen|dose) (?:\w+ ){0,3}?(?:genommen|geschluckt|eingenommen|gespritzt|leer"
        r" gemacht|geleert)",
        r"alle (?:insulinpens|pens|insulinspritzen) (?:\w+ ){0,3}?gespritzt",
    ),
    "es": (
        r"(?:pinchar|pinche|inyectar|inyecte|inyectado|pinchado|tome|tomado|trague|tragado)"
        r" (?:todas las plumas|toda la insulina|todo el blister|toda la caja|todo el bote|todo"
        r" el frasco|la caja entera|el blister entero|el bote entero)",
    ),
    "fr": (
        r"(?:avale|pris|injecte|vide) (?:toute la (?:boite|plaquette)|toutes les (?:plaquettes"
        r"|doses d insuline)|tous les stylos|tout le (?:tube|flacon|blister)|la boite entiere"
        r"|la plaquette entiere)",
    ),
    "it": (
        r"(?:preso|ingoiato|ingoiata|iniettato|iniettata|fatto|svuotato|svuotata) (?:tutta la"
        r" (?:scatola|confezione|boccetta|insulina)|tutte le penne|tutto il (?:blister|flacone)"
        r"|la scatola intera|il blister intero)",
    ),
    "pt": (
        r"(?:tomei|engoli|injetei|apliquei) (?:a cartela (?:inteira|toda)|a caixa (?:inteira"
        r"|toda)|o vidro (?:inteiro|todo)|todas as canetas|toda a insulina|o frasco (?:inteiro"
        r"|todo)|todos os comprimidos da (?:cartela|caixa))",
    ),
    "nl": (
        r"(?:strip|strippen|doordrukstrip|doosje|potje|flesje|blister|hele strip) (?:met |van"
        r" |vol )?(?:slaappillen|pillen|tabletten|medicijnen|pijnstillers|paracetamol"
        r"|oxazepam|insuline) (?:\w+ ){0,2}?(?:leeggemaakt|leeg gemaakt|ingenomen|opgeslikt"
        r"|geslikt)",
        r"(?:hele|volledige) (?:strip|doosje|potje|flesje|blister) (?:\w+ ){0,3}?(?:ingenomen"
        r"|geslikt|opgeslikt|leeggemaakt)",
        r"alle insulinepennen",
    ),
    "pl": (
        r"(?:wzial[ae]m|wziel[ae]m|polknal[ae]m|polknel[ae]m|lyknal[ae]m|lyknel[ae]m"
        r"|wstrzyknal[ae]m|wstrzyknel[ae]m) (?:cale|cala|caly) (?:opakowanie|listek|blister"
        r"|pudelko|buteleczke|fiolke)",
    ),
    "ru": (
        r"(?:выпил|выпила|проглотил|проглотила|принял|приняла|вколол|вколола) (?:всю|весь|вес"
        r"|целую|целый) (?:пачку|упаковку|блистер|пластинку|коробку|флакон|инсулин)",
    ),
    "uk": (
        r"(?:випив|випила|ковтнув|ковтнула|прийняв|прийняла|вколов|вколола) (?:весь|вес|всю"
        r"|усю|увесь|цілу|цілий) (?:блістер|блистер|пачку|упаковку|пластинку|коробку|флакон"
        r"|інсулін)",
    ),
    "tr": (
        r"(?:butun|tum|koca) (?:kutuyu|seridi|siseyi|uyku haplarini|insulinleri|kalemleri)"
        r" (?:\w+ ){0,2}?(?:ictim|yuttum|aldim|bitirdim|vurdum|yaptim)",
        r"bir kutu (?:ilac|hap|uyku hapi) (?:ictim|yuttum)",
    ),
}

# A place of death now (the writer there), and a farewell.
_PLACE: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:standing|sitting|stood|i am|im) (?:on|by|at|next to|on the edge of) (?:the )?(?:train"
        r" tracks|tracks|railway|rail line|railway line|bridge|overpass|motorway bridge"
        r"|viaduct|ledge)",
        r"(?:goodbye|say bye|saying bye|farewell|sorry (?:for|to) (?:post|writ)\w*"
        r"|last time)",
    ),
    "de": (
        r"(?:stehe|steh|sitze|sitz) (?:\w+ ){0,2}?(?:auf der (?:brucke|autobahnbrucke"
        r"|bahnbrucke)|(?:an|auf|neben) den gleisen|auf dem gelander)",
        r"(?:tschuss|lebewohl|verabschied\w*|abschied|ein letztes mal|sorry"
        r" dass ich das hier)",
    ),
    "es": (
        r"(?:estoy|sigo) (?:\w+ ){0,2}?(?:en el puente|en las vias|junto a las vias|al lado de"
        r" las vias|en la barandilla)",
        r"(?:despedirme|adios|perdon por escribir|ultima vez)",
    ),
    "fr": (
        r"(?:je suis|suis) (?:\w+ ){0,2}?(?:sur le pont|sur les rails|sur les voies|pres des"
        r" (?:rails|voies)|au bord des voies)",
        r"(?:adieu|dire au revoir|pardon d ecrire|derniere fois)",
    ),
    "it": (
        r"(?:sono|sto) (?:\w+ ){0,2}?(?:sul ponte|sui binari|vicino ai binari|sul cavalcavia)",
        r"(?:addio|salutare|scusate se scrivo|ultima volta)",
    ),
    "pt": (
        r"(?:estou|to|tou) (?:\w+ ){0,2}?(?:na ponte|nos trilhos|na linha do trem|perto dos"
        r" trilhos|no viaduto)",
        r"(?:adeus|me despedir|desculpa escrever|ultima vez)",
    ),
    "nl": (
        r"(?:sta|zit|ben) (?:\w+ ){0,2}?(?:bij het spoor|op het spoor|naast het spoor|bij de"
        r" rails|op de brug|op het viaduct)",
        r"(?:afscheid|dag zeggen|vaarwel|sorry dat ik dit|laatste keer)",
    ),
    "pl": (
        r"(?:stoje|siedze) (?:\w+ ){0,2}?(?:na moscie|przy torach|na torach|na wiadukcie)",
        r"(?:pozegnac|zegnaj|zegnajcie|przepraszam ze (?:to )?pisze|ostatni raz)",
    ),
    "ru": (
        r"(?:стою|сижу) (?:\w+ ){0,2}?(?:на мосту|у рельсов|на рельсах|на путях|возле путей)",
        r"(?:прощайте|прощай|попрощаться|простите что пишу|последний раз)",
    ),
    "uk": (
        r"(?:стою|сиджу) (?:\w+ ){0,2}?(?:на мосту|біля колії|на колії|на рейках|біля рейок)",
        r"(?:прощавайте|прощавай|попрощатис[яь]|вибачте що пишу|останній раз)",
    ),
    "tr": (
        r"(?:koprudeyim|kopru uzerindeyim|raylardayim|raylarin yanindayim|tren yolundayim"
        r"|kopruden asagi bakiyorum)",
        r"(?:veda|hoscakalin|elveda|affedin|son kez)",
    ),
}

# Passive wishes: asked about.
_WISH: dict[str, tuple[str, ...]] = {
    "en": (
        r"envy (?:people|those|anyone) who (?:die|just die|pass away) in their sleep",
        r"(?:only|just) (?:still here|keep going|staying alive|hanging on) (?:for|because of|so)"
        r" (?:my )?(?:mum|mom|parents|kids|children|dad)",
        r"if it (?:were not|was not) for my (?:parents|mum|mom|kids|children|family)"
        r" (?:\w+ ){0,3}?"
        r"(?:given up(?! on)|be gone|not be here|not be alive|ended it)",
        r"(?:world|everyone|everybody) would (?:go on|keep turning|be better|be fine) (?:\w+ )"
        r"{0,2}?without me(?:$|\s*[.!?;]| anyway| just fine| better)",
    ),
    "de": (
        r"(?:gar )?nicht mehr da (?:sein|zu sein)",
        r"nicht mehr existieren",
        r"beneide (?:die )?(?:leute|menschen) die im schlaf sterben",
        r"(?:alle|jeder|alle anderen|welt) (?:waren|ware|wurde|wurden) (?:\w+ ){0,2}?(?:besser"
        r" dran|besser) ohne mich",
        r"nur noch wegen meine[rn]? (?:eltern|mutter|mama|kinder)",
        r"ohne meine (?:kinder|eltern|mama|familie) (?:hatte|ware) ich (?:\w+ ){0,2}?(?:aufgegeben"
        r"|nicht mehr da|nicht mehr hier)",
        r"(?:ware|war) (?:gerne?|lieber) (?:einfach )?nicht mehr da",
    ),
    "es": (
        r"envidio a (?:la gente|los|las personas|quienes) (?:que )?(?:se mueren?|mueren)"
        r" (?:durmiendo|en (?:su|el) sueno|dormid[oa]s)",
        r"(?:estarian|estaria|estarian todos) mejor sin mi",
        r"el mundo (?:seguiria|iria|estaria) (?:\w+ ){0,2}?sin mi",
        r"si no fuera por mis (?:padres|hijos|viejos) (?:ya )?(?:me habria|habria)",
        r"solo sigo (?:aqui|viva|vivo) por mis",
    ),
    "fr": (
        r"j envie (?:les gens|ceux) qui meurent dans leur sommeil",
        r"(?:tout le monde|ils) (?:serait|seraient) mieux sans moi",
        r"le monde (?:continuerait|tournerait) (?:\w+ ){0,2}?sans moi",
        r"je ne tiens (?:que|plus que) pour mes (?:parents|enfants)",
        r"ne plus exister",
        r"sans mes (?:enfants|parents) j aurais (?:\w+ ){0,2}?(?:abandonne|lache|craque)",
    ),
    "it": (
        r"invidio (?:chi|la gente che|le persone che) muore? nel sonno",
        r"(?:starebbero|starebbe) (?:tutti )?meglio senza di me",
        r"il mondo (?:andrebbe|girerebbe) (?:\w+ ){0,2}?senza di me",
        r"vado avanti solo per (?:i miei|mia madre|mio padre|i miei figli)",
        r"se non fosse per (?:i miei|mia madre|i miei figli) avrei (?:gia )?mollato",
        r"non esistere piu",
    ),
    "pt": (
        r"invejo (?:quem|as pessoas que|gente que) morre dormindo",
        r"(?:todos|todo mundo|eles) (?:estariam|estaria|ficariam|ficaria) melhor sem mim",
        r"o mundo (?:continuaria|seguiria) (?:\w+ ){0,2}?sem mim",
        r"so (?:continuo|sigo|to vivo|estou vivo|estou viva) por causa dos meus",
        r"deixar de existir",
        r"se nao fosse (?:pelos meus|pelas minhas|pela minha|pelo meu) (?:filhos|filhas|pais|mae"
        r"|pai) (?:eu )?(?:ja )?(?:teria desistido|tinha desistido|nao estaria aqui)",
    ),
    "nl": (
        r"beter af (?:zijn )?zonder mij",
        r"benijd (?:de )?mensen die in hun slaap",
        r"niet meer bestaan",
        r"ga alleen nog door (?:voor|om) mijn",
        r"(?:als mijn (?:kinderen|ouders|moeder) er niet (?:waren|was)|zonder mijn (?:kinderen"
        r"|ouders)) (?:had|was) ik (?:\w+ ){0,2}?(?:opgegeven|er niet meer)",
    ),
    "pl": (
        *near(
            80,
            r"(?:gdyby mnie (?:\w+ )?nie bylo)",
            r"(?:swiat|lepiej|nikt by|nikomu|wszystkim)",
        ),
        r"(?:wszystkim|wszyscy) (?:byloby|byliby) lepiej beze mnie",
        r"zazdroszcze (?:ludziom|tym) ktorzy umieraja we snie",
        r"zyje tylko dla (?:rodzicow|mamy|dzieci)",
        r"gdyby nie (?:rodzice|mama|dzieci|corka|syn)(?: ,)? (?:to )?(?:juz )?(?:dawno )?"
        r"(?:bym sie poddal\w*|by mnie nie bylo)",
        r"przestac istniec",
    ),
    "ru": (
        r"всем (?:было бы|будет) лучше без меня",
        r"мир (?:\w+ ){0,3}?без меня",
        r"завидую (?:тем|людям) (?:кто|которые) умира\w* во сне",
        r"живу (?:только|лишь) ради (?:родителей|мамы|детей)",
        r"если бы не (?:родители|мама|дети)(?: ,)? (?:то )?(?:я бы )?(?:давно|уже)",
        r"перестать существовать",
        r"если бы меня (?:завтра )?не стало",
    ),
    "uk": (
        r"всім (?:було б|буде) краще без мене",
        r"світ (?:\w+ ){0,3}?без мене",
        r"заздрю (?:тим|людям) (?:хто|які) помира\w* уві сні",
        r"живу (?:лише|тільки) заради (?:батьків|мами|дітей)",
        r"якби не (?:батьки|мама|діти)(?: ,)? (?:то )?(?:я б )?(?:давно|вже)",
        r"перестати існувати",
        r"якби мене (?:завтра )?не стало",
    ),
    "tr": (
        r"(?:annem(?:le)? babam|ailem|annem|cocuklarim) olmasa (?:coktan|ben) (?:pes"
        r" (?:etmistim|ederdim)|giderdim|yoktum)",
        r"(?:sirf|sadece) (?:onlar|annem|ailem) (?:\w+ )?uzulmesin diye (?:devam ediyorum"
        r"|yasiyorum)",
        r"(?:herkes|dunya) bensiz daha (?:iyi|rahat)",
        r"uykusunda olenleri kiskaniyorum",
        r"yok olmak istiyorum",
    ),
}

# Tired of fighting: (the words, what makes the fight one's own).
_TIRED: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:tired|sick|exhausted) of fighting|done fighting|no strength left to fight",
        r"anymore|any more|myself|my own head|this|it all|everything|anxiety",
    ),
    "de": (
        r"(?:mude|leid|satt) (?:vom|zu) kampfen|keine kraft mehr zu kampfen",
        r"mehr|gegen mich|gegen alles|gegen die angst|mit mir",
    ),
    "es": (
        r"(?:cansad[oa]|hart[oa]|agotad[oa]) de luchar",
        r"ya|contra todo|contra esto|contra mi|conmigo|con la ansiedad",
    ),
    "fr": (
        r"(?:fatiguee?|marre|epuisee?|lasse?) de (?:me battre|lutter|combattre)",
        r"contre tout|contre moi|contre l angoisse|avec moi",
    ),
    "it": (
        r"(?:stanc[oa]|stuf[oa]|esaust[oa]) di (?:lottare|combattere)",
        r"contro tutto|contro me|con me stess[oa]|con l ansia",
    ),
    "pt": (
        r"cansad[oa] de lutar|sem forcas? (?:pra|para) lutar",
        r"contra tudo|comigo|com a ansiedade",
    ),
    "nl": (
        r"moe van het vechten|het vechten moe|het vechten beu|geen kracht meer om te vechten",
        r"tegen alles|tegen mezelf|met mezelf",
    ),
    "pl": (
        r"mam dosc walki|zmeczon[ya] walka|nie mam (?:juz )?sily walczyc",
        r"z lekiem|z samym soba|z soba|ze wszystkim|z tym",
    ),
    "ru": (
        r"(?:устал|устала|надоело) (?:бороться|бороца)|нет сил бороться",
        r"с собой|со всем|с тревогой|с этим",
    ),
    "uk": (
        r"(?:втомився|втомилась|втомилася|набридло) боротис[яь]|нема\w* сил боротис[яь]",
        r"з собою|з усім|з тривогою|з цим",
    ),
    "tr": (
        r"(?:savasmaktan|mucadele etmekten|direnmekten) yoruldum|savasacak gucum kalmadi",
        r"artik|kendimle|her seyle",
    ),
}

# Emergencies for someone else: (a cause, a danger sign) pairs.
_OTHERS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"(?:lying|lies|slumped) (?:\w+ ){0,3}?motionless|motionless", r"(?:breath\w*)"),
        (
            r"(?:electric shock|electrocuted|got a shock from)",
            r"(?:unconscious|not breathing"
            r"|not responding|unresponsive)",
        ),
        (r"(?:stabbed|knifed|stab wound)", r"(?:bleeding|blood everywhere|losing blood)"),
        (
            r"(?:took something|took heroin|took drugs|overdosed|shot up)",
            r"(?:lips (?:\w+ )?blue"
            r"|blue lips|will not wake|can not wake)",
        ),
    ),
    "de": (
        (r"(?:liegt|lag) (?:\w+ ){0,3}?regungslos|regungslos", r"(?:atm\w*)"),
        (
            r"(?:stromschlag|strom bekommen|einen schlag bekommen)",
            r"(?:bewusstlos|atmet nicht"
            r"|reagiert nicht)",
        ),
        (r"(?:niedergestochen|messerstich|abgestochen|gestochen worden)", r"(?:blutet|blut\w*)"),
        (
            r"(?:heroin|drogen genommen|was genommen|irgendwas genommen)",
            r"(?:lippen (?:\w+ )?blau"
            r"|blaue lippen|wacht nicht auf|nicht wach)",
        ),
    ),
    "es": (
        (
            r"(?:tirado|tirada|tendido|tendida) (?:\w+ ){0,3}?(?:inmovil|sin moverse)|inmovil",
            r"(?:respira\w*)",
        ),
        (
            r"(?:descarga electrica|calambrazo|electrocutado|electrocutada)",
            r"(?:inconsciente"
            r"|no respira|no reacciona|no responde)",
        ),
        (r"(?:punalada|apunalado|apunalada|navajazo|cuchillada)", r"(?:sangra\w*|sangre)"),
        (
            r"(?:se metio algo|heroina|se metio|sobredosis)",
            r"(?:labios morados|labios azules"
            r"|no despierta|no reacciona)",
        ),
    ),
    "fr": (
        (
            r"(?:allonge|allongee|etendu|etendue) (?:\w+ ){0,3}?immobile|immobile",
            r"(?:respir\w*|vois pas respirer|respire (?:plus|pas))",
        ),
        (
            r"(?:electrocute|electrocutee|decharge electrique|pris le jus)",
            r"(?:inconscient\w*"
            r"|respire (?:plus|pas)|reagit (?:plus|pas))",
        ),
        (r"(?:poignarde|poignardee|coup de couteau|coups de couteau)", r"(?:saigne\w*|sang)"),
        (
            r"(?:heroine|pris un truc|pris quelque chose|overdose)",
            r"(?:levres bleues|se reveille"
            r" pas|reagit pas)",
        ),
    ),
    "it": (
        (r"(?:steso|stesa|sdraiato|sdraiata) (?:\w+ ){0,3}?immobile|immobile", r"(?:respir\w*)"),
        (
            r"(?:scossa elettrica|folgorato|folgorata|preso la scossa)",
            r"(?:svenut[oa]"
            r"|incosciente|non respira|non risponde)",
        ),
        (
            r"(?:accoltellato|accoltellata|coltellata|pugnalato|pugnalata)",
            r"(?:sanguin\w*"
            r"|sangue)",
        ),
        (
            r"(?:eroina|preso qualcosa|fatto di|overdose)",
            r"(?:labbra (?:\w+ )?(?:blu|viola)"
            r"|non si sveglia)",
        ),
    ),
    "pt": (
        (
            r"(?:caido|caida|deitado|deitada) (?:\w+ ){0,3}?(?:imovel|parado)|imovel",
            r"(?:respir\w*)",
        ),
        (
            r"(?:choque eletrico|levou um choque|eletrocutado|eletrocutada)",
            r"(?:desmaiad[oa]"
            r"|inconsciente|nao respira|nao responde)",
        ),
        (r"(?:esfaqueado|esfaqueada|facada)", r"(?:sangra\w*|sangue)"),
        (
            r"(?:heroina|usou alguma coisa|tomou alguma coisa|overdose)",
            r"(?:labios roxos"
            r"|labios azuis|nao acorda)",
        ),
    ),
    "nl": (
        (r"(?:ligt|lag) (?:\w+ ){0,3}?roerloos|roerloos", r"(?:adem\w*)"),
        (
            r"(?:stroomschok|onder stroom|geelektrocuteerd|schok gekregen)",
            r"(?:bewusteloos"
            r"|ademt niet|reageert niet)",
        ),
        (r"(?:neergestoken|gestoken|messteek)", r"(?:bloedt|bloed\w*)"),
        (
            r"(?:heroine|iets genomen|drugs genomen|overdosis)",
            r"(?:lippen (?:\w+ )?blauw"
            r"|blauwe lippen|wordt niet wakker)",
        ),
    ),
    "pl": (
        (
            r"(?:lezy|lezal|lezala) (?:\w+ ){0,3}?(?:bez ruchu|nieruchom\w*)|nieruchom\w*",
            r"(?:oddych\w*)",
        ),
        (
            r"(?:porazil[oa]? go prad|porazenie pradem|kopnal go prad|porazilo)",
            r"(?:nieprzytomn\w*|nie oddycha|nie reaguje)",
        ),
        (
            r"(?:dzgniety|dzgnieta|pchniety nozem|ranion\w* nozem|dzgnal|dostal\w* nozem)",
            r"(?:krwawi\w*|krew)",
        ),
        (
            r"(?:heroin\w*|cos wzial|cos wziela|przedawkowal\w*)",
            r"(?:sine usta|usta (?:\w+ )?sine"
            r"|nie budzi sie|nie mozna go dobudzic)",
        ),
    ),
    "ru": (
        (r"(?:лежит|лежал) (?:\w+ ){0,3}?(?:неподвижно|без движения)|неподвижно", r"(?:дыш\w*)"),
        (
            r"(?:ударило током|удар током|током ударило|убило током)",
            r"(?:без сознания"
            r"|не дышит|не реагирует)",
        ),
        (r"(?:пырнули|ножевое|ударили ножом|зарезали)", r"(?:кровь|кровью|кровоточит|истекает)"),
        (
            r"(?:героин|что то принял|передоз\w*)",
            r"(?:синие губы|губы (?:\w+ )?синие"
            r"|не просыпается)",
        ),
    ),
    "uk": (
        (r"(?:лежить|лежав) (?:\w+ ){0,3}?(?:нерухомо|без руху)|нерухомо", r"(?:дих\w*)"),
        (
            r"(?:вдарило струмом|удар струмом|струмом вдарило|вразило струмом)",
            r"(?:без свідомості|не дихає|не реагує)",
        ),
        (r"(?:пирнули|ножове|вдарили ножем|порізали ножем)", r"(?:кров|кров ю|стікає)"),
        (
            r"(?:героїн|щось прийняв|передоз\w*)",
            r"(?:сині губи|губи (?:\w+ )?сині"
            r"|не прокидається)",
        ),
    ),
    "tr": (
        (r"(?:hareketsiz|kipirdamadan) (?:\w+ ){0,2}?yatiyor|hareketsiz", r"(?:nefes\w*)"),
        (
            r"(?:elektrik carpti|elektrik carpmasi|akim carpti)",
            r"(?:bilinci (?:yok|kapali)"
            r"|baygin|nefes almiyor|tepki vermiyor)",
        ),
        (r"(?:bicaklandi|bicaklanmis|bicak darbesi)", r"(?:kaniyor|kan kaybediyor|kanama)"),
        (
            r"(?:eroin|bir sey aldi|bir sey icti|asiri doz)",
            r"(?:dudaklari mor|morardi"
            r"|uyanmiyor)",
        ),
    ),
}

# A saw or grinder cut and bleeding that spurts or does not stop.
_TOOL: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:angle grinder|grinder|chainsaw|circular saw|table saw)",
        r"(?:spurting|pumping out|will not stop bleeding|blood everywhere)",
    ),
    "de": (
        r"(?:flex|trennschleifer|kettensage|kreissage)",
        r"(?:spritzt|hort nicht auf zu bluten|blutet stark)",
    ),
    "es": (
        r"(?:la radial|amoladora|motosierra|sierra circular)",
        r"(?:sangra a chorro|no para de sangrar|chorro|no para aunque)",
    ),
    "fr": (
        r"(?:disqueuse|tronconneuse|scie circulaire)",
        r"(?:gicle|saigne (?:a flots|enormement)|arrete pas de saigner)",
    ),
    "it": (
        r"(?:flessibile|smerigliatrice|motosega|sega circolare)",
        r"(?:sangue a fiotti|zampilla|non smette di sanguinare)",
    ),
    "pt": (
        r"(?:esmerilhadeira|lixadeira|motosserra|serra circular|makita)",
        r"(?:jorrando|esguichando|nao para de sangrar)",
    ),
    "nl": (
        r"(?:slijptol|haakse slijper|kettingzaag|cirkelzaag)",
        r"(?:spuit|blijft bloeden|stopt niet met bloeden)",
    ),
    "pl": (
        r"(?:szlifierk\w*|flex\w*|pila lancuchow\w*|pilarka|pila tarczow\w*)",
        r"(?:tryska|leje sie|nie przestaje krwawic)",
    ),
    "ru": (r"(?:болгарк\w*|бензопил\w*|циркулярк\w*)", r"(?:хлещет|фонтаном|не останавливается)"),
    "uk": (r"(?:болгарк\w*|бензопил\w*|циркулярк\w*)", r"(?:хлище|фонтаном|не зупиняється)"),
    "tr": (r"(?:taslama|spiral|motorlu testere|hizar)", r"(?:fiskiriyor|durmuyor|cok kaniyor)"),
}

# A heart attack by its signs: (the chest, a sign beside it).
_HEART: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:clutching (?:his|her|my) chest|grabbed (?:his|her|my) chest|chest (?:is )?"
        r"(?:burning and squeezing|crushing|tight and))",
        r"(?:to (?:the|his|her|my) (?:jaw|back)|left arm (?:\w+ )?numb|gone grey|went grey"
        r"|grey and sweat\w*|cold sweat)",
    ),
    "de": (
        r"(?:griff sich an die brust|fasst sich an die brust|brust (?:brennt|druckt) und)",
        r"(?:bis in den kiefer|bis in den rucken|linker arm (?:\w+ )?taub|grau im gesicht"
        r"|kalter schweiss|kaltschweissig)",
    ),
    "es": (
        r"(?:se agarro el pecho|se llevo la mano al pecho|le aprieta el pecho)",
        r"(?:hasta la mandibula|hasta la espalda|brazo izquierdo (?:\w+ )?dormido|se puso"
        r" gris|sudor frio)",
    ),
    "fr": (
        r"(?:s est tenu la poitrine|se tient la poitrine|serre la poitrine)",
        r"(?:jusqu a la machoire|jusque dans le dos|bras gauche (?:\w+ )?engourdi|devenu gris"
        r"|sueurs? froides?)",
    ),
    "it": (
        r"(?:si e preso il petto|si tiene il petto|stringe il petto)",
        r"(?:fino alla mascella|fino alla schiena|braccio sinistro (?:\w+ )?intorpidito"
        r"|diventato grigio|sudore freddo)",
    ),
    "pt": (
        r"(?:pos a mao no peito|segurou o peito|aperto no peito)",
        r"(?:ate o queixo|ate a mandibula|ate as costas|braco esquerdo (?:\w+ )?dormente"
        r"|ficou cinza|suor frio)",
    ),
    "nl": (
        r"(?:greep naar (?:zijn|haar|mijn) borst|drukkend op de borst|knelt op de borst)",
        r"(?:naar (?:de|zijn|haar) kaak|naar (?:de|zijn|haar) rug|linkerarm (?:\w+ )?"
        r"(?:doof|gevoelloos)|werd grauw|koud zweet)",
    ),
    "pl": (
        r"(?:zlapal sie za klatke|zlapala sie za klatke|trzyma sie za klatke|piecze i sciska"
        r"|sciska w klatce)",
        r"(?:do plecow|do szczeki|do lewej reki|lewa reka (?:\w+ )?dretwieje|zrobil sie szary"
        r"|zrobila sie szara|poci sie|zimny pot)",
    ),
    "ru": (
        r"(?:схватился за грудь|схватилась за грудь|давит в груди|жжет в груди)",
        r"(?:в челюсть|в спину|в левую руку|левая рука (?:\w+ )?немеет|посерел|посерела"
        r"|холодный пот)",
    ),
    "uk": (
        r"(?:схопився за груди|схопилась за груди|тисне в грудях|пече в грудях)",
        r"(?:в щелепу|в спину|в ліву руку|ліва рука (?:\w+ )?німіє|посірів|посіріла"
        r"|холодний піт)",
    ),
    "tr": (
        r"(?:gogsunu tut\w*|gogsunu tutarak|gogsum sikisiyor|gogsunde baski)",
        r"(?:sol kol\w* uyus\w*|cenesine|sirtina|bembeyaz|soguk ter|kul gibi)",
    ),
}

# A pulmonary embolism: (a swollen leg, chest pain or breath failing).
_CLOT: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:leg is swollen|swollen (?:left |right )?(?:leg|calf)|calf is swollen)",
        r"(?:chest pain|pain in my chest|short of breath|can not breathe)",
    ),
    "de": (
        r"(?:bein (?:ist )?(?:geschwollen|dick)|geschwollene\w* (?:bein|wade))",
        r"(?:brustschmerz\w*|schmerzen in der brust|atemnot|bekomme keine luft|luftnot)",
    ),
    "es": (
        r"(?:pierna (?:\w+ )?(?:hinchada|inflamada)|gemelo hinchado)",
        r"(?:dolor en el pecho|dolor de pecho|falta de aire|no puedo respirar|me ahogo)",
    ),
    "fr": (
        r"(?:jambe (?:\w+ )?(?:gonflee|enflee)|mollet (?:gonfle|enfle))",
        r"(?:douleur (?:dans la|a la) poitrine|mal a la poitrine|essouffle\w*|du mal a"
        r" respirer)",
    ),
    "it": (
        r"(?:gamba (?:\w+ )?gonfia|polpaccio gonfio)",
        r"(?:dolore al petto|fiato corto|mi manca l aria|non respiro)",
    ),
    "pt": (
        r"(?:perna (?:\w+ )?(?:ta |esta )?inchada|panturrilha inchada)",
        r"(?:dor no peito|falta de ar)",
    ),
    "nl": (
        r"(?:been (?:is )?(?:opgezwollen|dik)|gezwollen (?:been|kuit)|dikke kuit)",
        r"(?:pijn op de borst|benauwd|kortademig|krijg geen lucht)",
    ),
    "pl": (
        r"(?:noga (?:\w+ )?(?:spuchnieta|opuchnieta)|spuchnieta lydka|opuchnieta lydka)",
        r"(?:bol w klatce|duszno|brak tchu|nie moge oddychac|brakuje mi powietrza)",
    ),
    "ru": (
        r"(?:нога (?:\w+ )?(?:опухла|распухла)|опухла нога|опухшая нога)",
        r"(?:боль в груди|не хватает воздуха|задыхаюсь|одышка)",
    ),
    "uk": (
        r"(?:нога (?:\w+ )?(?:набрякла|опухла)|опухла нога|набрякла нога)",
        r"(?:біль у грудях|не вистачає повітря|задихаюсь|задишка)",
    ),
    "tr": (
        r"(?:bacagim (?:\w+ )?sisti|bacagim sis|baldirim sisti|sismis bacak)",
        r"(?:gogus agrisi|gogsum agri\w*|nefes alamiyorum|nefesim daraliyor|nefes darligi)",
    ),
}

# A stroke by its signs: (speech gone strange, a hand that no longer grips).
_STROKE: dict[str, tuple[str, str]] = {
    "en": (
        r"(?:talking strange\w*|speech (?:is )?slurred|slurring|words will not come|can not get"
        r" (?:the|her|his) words out)",
        r"(?:hand (?:\w+ ){0,2}?(?:will not grip|can not grip|can not hold)"
        r"|arm (?:just )?dropped"
        r"|dropped (?:the|her|his) (?:fork|cup|glass))",
    ),
    "de": (
        r"(?:redet komisch|spricht (?:komisch|verwaschen)|lallt|findet die worte nicht)",
        r"(?:hand (?:\w+ ){0,2}?(?:halt|greift) (?:nichts|nicht mehr)|gabel (?:\w+ )?fallen"
        r"|arm (?:\w+ )?(?:fallt|hangt))",
    ),
    "es": (
        r"(?:habla raro|hablar raro|no le salen las palabras|arrastra las palabras)",
        r"(?:mano (?:\w+ ){0,2}?(?:no agarra|no sostiene|no aprieta)|se le cae (?:el|la)"
        r" (?:tenedor|vaso|taza))",
    ),
    "fr": (
        r"(?:parle bizarrement|parler bizarrement|mots ne sortent pas|parole pateuse)",
        r"(?:main (?:\w+ ){0,2}?(?:ne serre plus|ne tient plus)|lache sa fourchette|fait tomber"
        r" sa fourchette)",
    ),
    "it": (
        r"(?:parlare strano|parla strano|escono (?:piu )?le parole|parole impastate"
        r"|biascica)",
        r"(?:mano (?:\w+ ){0,2}?(?:stringe|tiene|regge) piu|gli cade la forchetta|le cade la"
        r" forchetta)",
    ),
    "pt": (
        r"(?:falando estranho|falar estranho|as palavras nao saem|fala enrolada)",
        r"(?:mao (?:\w+ ){0,2}?(?:nao segura|nao aperta)|deixou cair o garfo)",
    ),
    "nl": (
        r"(?:praat raar|praten raar|komt niet uit (?:zijn|haar) woorden|lalt)",
        r"(?:hand (?:\w+ ){0,2}?(?:houdt niets|grijpt niet|kan niets vasthouden)|vork (?:\w+ )?"
        r"laten vallen)",
    ),
    "pl": (
        r"(?:mowi dziwnie|belkocze|nie moze wydobyc slow)",
        r"(?:reka (?:\w+ ){0,2}?(?:nie trzyma|nie sciska)|upuscil\w* widelec)",
    ),
    "ru": (
        r"(?:говорит странно|заговорил\w* странно|не может подобрать слова|речь невнятная)",
        r"(?:рука (?:\w+ ){0,2}?не держит|выронил\w* вилку)",
    ),
    "uk": (
        r"(?:говорить дивно|заговорил\w* дивно|не може вимовити слова|мова невиразна)",
        r"(?:рука (?:\w+ ){0,2}?не тримає|впустил\w* виделку)",
    ),
    "tr": (
        r"(?:garip konusmaya|tuhaf konusmaya|kelimeler cikmiyor|konusmasi bozuldu)",
        r"(?:eli (?:\w+ ){0,2}?tutmuyor|catali dusurdu|catali tutamiyor)",
    ),
}


# Said outright in a word order the rules missed: German puts the verb second, so after
# "manchmal", "ehrlich gesagt" or "heute" the wish reads "will ich sterben".
_SAID: dict[str, tuple[str, ...]] = {
    "de": (
        r"(?:will|mochte|moechte|mag) ich (?:(?!nicht |kein\w* )\w+ ){0,3}?(?:sterben|tot sein"
        r"|mich umbringen|mir das leben nehmen|mich toten|nicht mehr leben|schluss machen)(?!\w)",
    ),
}


def _build() -> tuple[
    dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, dict[E, tuple[str, ...]]]
]:
    crisis: dict[str, tuple[str, ...]] = {}
    ask: dict[str, tuple[str, ...]] = {}
    emergency: dict[str, dict[E, tuple[str, ...]]] = {}
    for lang, (act, now) in _HARM.items():
        place, farewell = _PLACE[lang]
        crisis[lang] = (
            *_n(90, act, now, stop="!?"),
            *_s(*_WHOLE[lang]),
            *_n(160, place, farewell, stop="!?"),
            *_s(*_SAID.get(lang, ())),
        )
        words, own = _TIRED[lang]
        ask[lang] = (*_s(*_WISH[lang]), *_tired(words, own))
        others = tuple(rule for cause, sign in _OTHERS[lang] for rule in _n(120, cause, sign))
        emergency[lang] = {
            E.SOMEONE_ELSE: others,
            E.WORST_HEADACHE: _n(120, *_TOOL[lang]),
            E.CHEST_PAIN_SPREADING: _n(140, *_HEART[lang]),
            E.CANNOT_BREATHE: _n(160, *_CLOT[lang]),
            E.SUDDEN_SPEECH_LOSS: _n(140, *_STROKE[lang]),
        }
    return crisis, ask, emergency


CRISIS, ASK, EMERGENCY = _build()
