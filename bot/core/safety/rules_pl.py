"""Polish safety rules, over normalised text: diacritics folded (ł→l, ż→z, ę→e, ć→c), which is
also how many people type on phones.

"Umieram z głodu", "padam z nóg", "to mnie zabija" are idioms, blanked out before any rule runs.
"""

from __future__ import annotations

from bot.core.safety.common import END, filler, words
from bot.core.safety.rules_pl_body import CHEST, SWELLING
from bot.core.safety.rules_pl_edge import ASLEEP, EDGE, SIGHT, TAKEN, WISH
from bot.core.safety.rules_pl_flags import RED_FLAGS as FLAGS
from bot.core.safety.rules_pl_harm import HARM_NOW
from bot.core.safety.rules_pl_past import PAST
from bot.core.safety.rules_pl_plans import LOOKED_ANYWAY, MISSED
from bot.core.safety.rules_pl_preparations import AFFAIRS, FINALITY, GIVEN_AWAY, GOODBYES
from bot.core.safety.rules_pl_swallowed import swallowed
from bot.core.safety.ruleset import LanguageRules
from bot.core.safety.verdict import EmergencySign as E
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:reka|rece|reke|rece|dlon|noga|nodze|noge|nogi|stopa|stopie|palce|palec|kciuk|miesien"
    r"|miesnie|lydka|udo|kolano|ramie)"
)
_SUDDEN = r"(?:nagle|naraz|znienacka|gwaltownie|raptem)"
_WANT = r"(?:chce|chcialbym|chcialabym|mam\s+ochote)"

CRISIS = (
    # Not existing, vanishing for good, sleeping and not waking, everyone better off without
    # me: the passive wish, asked about (ASK below); "nie chcę już żyć" stays a crisis.
    r"nie\s+(?:chce|chcialbym|chcialabym|moge)\s+(?:juz\s+)?zyc\b"
    r"(?!\s+(?:w|we|z|ze|tu|tam|obok|bez)\b)",
    rf"{_WANT}(?<!nie\schce)\s+(?:po\s+prostu\s+|juz\s+)?(?:umrzec|zdechnac|nie\s+zyc)\b",
    r"(?:zabic\s+sie|zabije\s+sie|zabijam\s+sie|odebrac\s+sobie\s+zycie|odbiore\s+sobie\s+zycie)\b",
    r"(?:chce|mysle\s+(?:o\s+tym\s+)?(?:zeby|by)|planuje)\s+sie\s+zabic\b",
    r"nie\s+widze\s+(?:juz\s+)?(?:zadnego\s+)?sensu\s+(?:zycia|zyc|w\s+zyciu)\b",
    r"(?:samobojstw|samobojcz|suicyd)\w*",
    r"skonczyc\s+(?:ze\s+soba|z\s+tym\s+wszystkim|z\s+zyciem)\b",
    r"(?:wolal\w*\s+(?:bym\s+)?nie\s+zyc|lepiej\s+(?:gdybym|zebym)\s+(?:umarl|umarla|nie\s+zyl"
    r"|nie\s+zyla))\b",
    r"(?:tne|cialem|cielam|ciac|okaleczam|okaleczac|krzywdze)\s+sie\b",
    r"(?:samookalecz|samouszkodz)\w*",
    r"robie\s+sobie\s+krzywde\b",
    r"(?:zbieram|zebralem|zebralam|odkladam|odlozylem|odlozylam|mam\s+(?:juz\s+)?odlozone|schowalem"
    r"|schowalam|chowam)\s+(?:\w+\s+){0,2}?(?:tabletki|leki|pigulki|tabletek|lekow)\b",
    r"(?:przedawkow)\w*",
    r"lykne\s+wszystkie\s+(?:tabletki|leki)\b",
    r"list\s+pozegnalny\b",
    # A place chosen (a viaduct, a bridge); pills at hand after things given away or a lie told.
    r"wybral\w*\s+(?:juz\s+)?(?:sobie\s+)?miejsce\b[^?]{0,40}?(?:wiadukt\w*|most\w*|dach\w*|tory"
    r"|torach|klif\w*|urwisk\w*|nie\s+pisz\s+nikomu|nie\s+mow\s+nikomu)",
    r"tabletki\s+(?:juz\s+)?mam(?=\s*(?:[.!]|$))|mowil\w*\s*,?\s+ze\s+wyjezdzam\s*\.\s+nie\s+wyjezdzam"
    r"|rozdal\w*\s+[^?]{0,120}?(?:tabletki|tabletek|pigulki|leki)\s+(?:juz\s+)?mam",
    r"(?:to\s+jest\s+pozegnanie|to\s+pozegnanie|zegnajcie\s+(?:wszyscy|na\s+zawsze))\b",
    r"(?:skoczyc|skocze|rzucic\s+sie)\s+(?:z|pod)\s+(?:mostu|dachu|okna|pociag|bloku)\b",
    r"powiesic\s+sie\b",
    # Set Q: a gun at hand and a time said on its own ("Broń mam w szafie. Jutro rano.").
    r"(?:bron|pistolet\w*|strzelb\w*|rewolwer\w*|sztucer\w*|dubeltow\w*|karabin\w*)\b(?!\s+(?:boze|boza|bog\w*)\b)(?![^!?]{0,80}?"
    r"\b(?:polowa\w*|strzelnic\w*|mysliw\w*|sezon\w*|dzik\w*|sarn\w*|zawod\w*))[^!?]{0,60}?[.!;]"
    r"\s+(?:jutro|dzis|dzisiaj|w\s+nocy|w\s+niedziele|w\s+sobote|w\s+piatek)(?:\s+(?:rano|wieczorem"
    r"|w\s+nocy|o\s+\w+))?\s*(?:[.!…]|$)",
    r"nie\s+ma\s+sensu\s+zyc\b",
    r"nie\s+chce\s+mi\s+sie\s+(?:juz\s+)?zyc\b",
    r"zyc\s+mi\s+sie\s+(?:juz\s+)?nie\s+chce\b",
    r"zycie\s+nie\s+ma\s+(?:juz\s+)?sensu\b",
    # Self-harm in everyday forms: cutting, burning, hitting oneself.
    r"(?:sie\s+tne|tne\s+sie|tne\s+(?:sobie\s+)?(?:rece|uda|nogi))\b",
    r"(?:znowu|wczoraj|dzis|dzisiaj)\s+(?:\w+\s+){0,2}?sie\s+(?:cielam|cialem|pocielam|pocialem)\b",
    r"(?:przypalam|przypalalam|przypalilam)\s+(?:sobie\s+)?\w+|walnal\w*\s+glowa\s+w\s+sciane",
    # Preparatory acts: a last message, things given away, a date, a rope, a plan and a place.
    r"(?:to\s+)?moja\s+ostatnia\s+wiadomosc\b|ostatni\s+raz\s+wchodze\b",
    r"(?:niedlugo|wkrotce|jutro)\s+mnie\s+(?:juz\s+)?nie\s+bedzie\b|jak\s+mnie\s+juz\s+nie\s+bedzie"
    r"|nic\s+po\s+mnie\s+nie\s+zostanie",
    r"(?:rozdal\w*|oddal\w*)\s+(?:juz\s+)?(?:swoje|wszystkie\s+swoje)\s+rzeczy\b",
    r"(?:pozegnaln\w*)\s+(?:tiktok\w*|mail\w*|list\w*|film\w*|wiadomosc\w*)",
    r"(?:przygotowan\w*|mam\s+(?:juz\s+)?(?:w\s+\w+\s+)?)\s*(?:sznur|pas\s+(?:od|do)\s+(?:ladunku"
    r"|mocowania))",
    r"(?:zrobie|zrobimy)\s+to\s+(?:dzis|dzisiaj|jutro|w\s+\w+)\b|to\s+sie\s+zabije\b",
    r"(?:skocze|skoczyc|rzuce\s+sie|rzucic\s+sie)\s+(?:\w+\s+){0,2}?(?:z|do|pod)\s+(?:\w+\s+)?"
    r"(?:mostu|dachu|okna|pietra|wisly|wiaduktu|pociag\w*|torow|balkonu)",
    r"(?:pojde|ide)\s+na\s+tory\b|stoje\s+na\s+(?:moscie|wiadukcie|dachu)\b|jestem\s+na\s+dachu\b",
    r"(?:nazbieral\w*|zbieram|odkladam|chomikuje)\s+(?:\w+\s+){0,3}?(?:tabletek|tabletki|lekow"
    r"|leki|prochow)",
    r"ile\s+(?:\w+\s+){0,4}?(?:zeby\s+na\s+pewno|zeby\s+sie\s+nie\s+obudzic|smierteln\w*)",
    r"polisa\s+na\s+zycie\s+(?:to\s+)?pokryje\b",
    # Round 5: the concept in everyday words — out to sea or into the water and not back, a drive
    # into a barrier, the tracks, gas, poison, a rope, pills saved up, goodbyes, affairs in order.
    r"(?:wyplyne|wyjde|wejde|pojde|wplyne|poplyne)\s+(?:\w+\s+){0,3}?i\s+(?:juz\s+)?nie\s+wroce\b"
    r"|(?:wchodze|wejde|wejsc|pojde)\s+(?:\w+\s+)?do\s+wody\s+(?:\.\s+)?(?:\w+\s+){0,2}?(?:nie\s+umiem"
    r"\s+plywac|az\s+przestane)",
    r"(?:juz\s+mnie|mnie\s+juz)\s+nie\s+bedzie\b(?!\s+(?:w|na|przy|u|w\s+pracy)\b)|po\s+(?:dzisiejszej"
    r"|tej)\s+nocy\s+mnie\s+(?:juz\s+)?nie\s+bedzie|za\s+tydzien\s+mnie\s+(?:juz\s+)?nie\s+bedzie"
    r"(?=\s*(?:[.,!;]|$))",
    r"wiecej\s+(?:juz\s+)?nie\s+napisze(?=\s*(?:[.!…]|$))|(?:to\s+)?moje\s+ostatnie\s+slowa\b",
    r"(?:w\s+\w+|jutro|dzis)\s+pod\s+pociag\b|(?:sprawdzal\w*|sprawdzam|licze)\s+kiedy\s+(?:jedzie"
    r"|przejezdza)\s+(?:\w+\s+)?(?:towarowy|pociag)",
    r"odwolal\w*\s+[^?]{0,60}?nie\s+bed(?:a|zie)\s+(?:mi\s+)?juz\s+potrzebn\w*",
    r"(?:w\s+\w+|jutro|dzis)\s+koniec\s+ze\s+mna\b|koncze\s+(?:z\s+)?(?:tym|to)\s+wszystk\w*",
    r"(?:rozdal\w*|oddal\w*)\s+(?:\w+\s+)?(?:juz\s+)?(?:\w+\s+)?(?:swoje|wszystkie\s+swoje)\s+rzeczy\b",
    r"has(?:l|el)\w*\s+(?:\w+\s+){0,3}?(?:spisan\w*\s+)?dla\s+(?:meza|zony|brata|syna|corki|siostry|mamy)"
    r"|(?:synowi|corce|bratu|mezowi|zonie)\s+hasla|gdzie\s+jest\s+polisa|co\s+komu\s+zostawic",
    r"(?:pas\w*|sznur\w*|lin[eay])\s+[^?]{0,60}?(?:przywiaze|zawiesze|przymocuje)"
    r"|sznur\w*\s+[^?]{0,50}?(?:to\s+zrobie|nie\s+do\s+pracy|rura\s+mocna|juz\s+wiem\s+gdzie)",
    r"(?:juz\s+wiem|wiem\s+juz)\s+(?:ktore\s+miejsce|przy\s+ktorym)|(?:juz\s+wiem|wiem\s+juz)\s+"
    r"(?:gdzie|kiedy)(?=\s*(?:[.,!;]|$))|wiem\s*,?\s+co\s+z\s+nia\s+zrobie|mam\s+juz\s+czym"
    r"(?=\s*(?:[.,!;]|$))",
    r"(?:uzbieral\w*|nazbieral\w*)\s+(?:\w+\s+){0,3}?(?:tabletek|tabletki|lekow|leki|prochow)"
    r"|(?:wszystkie\s+(?:\w+\s+)?polkne|polkne\s+(?:je\s+)?wszystkie|lykne\s+(?:je\s+)?wszystkie)",
    r"(?:tabletk\w*|lek\w*|pigulk\w*|proch\w*)\s+(?:\w+\s+){0,2}?(?:odkladam|zbieram|chomikuje)\s+od\b"
    r"|tabletki\s+mam\s+odlozone|(?:odkladam|zbieram)\s+[^?.]{0,50}?(?:juz\s+wystarczy|jest\s+ich"
    r"\s+juz\s+dosc)|mam\s+juz\s+tyle\s+ile\s+trzeba|polknel\w*\s+wszystko\s*,?\s+co\s+mial\w*",
    r"(?:roundup\w*|trutk\w*|trucizn\w*|ocet|oprysk\w*)\s+[^?.]{0,40}?wypije\b",
    r"nogi\s+na\s+zewnatrz|liczyl\w*\s+pietra|odkrece\s+gaz|odkrecic\s+gaz",
    # Sets M-N: from which floor one must jump, how high is enough; a friend's block checked
    # for an open way onto the roof ("czy wejście na dach jest otwarte").
    r"z\s+ktorego\s+(?:pietra|pietro|balkonu|mostu|miejsca|wiaduktu)\s+(?:\w+\s+){0,3}?(?:skoczyc"
    r"|skakac|spasc|zeby|by|na\s+pewno|wystarczy)\b",
    r"(?:ile|jak)\s+(?:wysoko|wysoki\w*|pieter|metrow)\s+(?:\w+\s+){0,4}?(?:zeby|by|trzeba|musi"
    r"|wystarczy)\b[^.!?]{0,30}?(?:zginac|umrzec|skoczyc|spasc|na\s+pewno|smierc\w*|sie\s+zabic)\b",
    r"sprawdz\w*\b[^.!?]{0,80}?\bczy\s+(?:\w+\s+){0,2}?(?:(?:wejscie|wyjscie|drzwi|klapa|wlaz)\s+na"
    r"\s+dach\s+(?:\w+\s+)?(?:jest\s+)?(?:otwart\w*|zamkniet\w*)|(?:da\s+sie|mozna)\s+(?:wejsc"
    r"|wyjsc|dostac\s+sie)\s+na\s+dach)",
    r"(?:wlaczonym|wlaczony|zapalonym|pracujacym)\s+silnik\w*\s+(?:\w+\s+){0,2}?(?:zamknietym\s+)?garaz\w*"
    r"|garaz\w*\s+(?:\w+\s+){0,3}?(?:wlaczonym|pracujacym)\s+silnik\w*",
    r"(?:wjade|wjechac|wbije\s+sie|uderze)\s+(?:\w+\s+){0,2}?(?:w\s+bariere|w\s+filar|w\s+drzewo|w\s+slup"
    r"|w\s+bariery|pod\s+tir\w*|do\s+jeziora)|puszcze\s+kierownice|nie\s+skrec(?:e|ic)\s+i\s+(?:wjade"
    r"|w\s+bariery?)|wjade\s+tam\s+autem\s+i\s+tyle|wyjdzie\s+na\s+wypadek",
    r"(?:sztucer\w*|dubeltowk\w*|strzelb\w*|pistolet\w*)\s+[^?]{0,80}?(?:i\s+tyle|wiem\s*,?\s+co\s+z"
    r"\s+nia\s+zrobie|pojde\s+w\s+las)",
    r"(?:zyletk\w*|brzytw\w*)\s+(?:\w+\s+)?w\s+rec[ea]|w\s+rec[ea]\s+zyletk\w*|przypal\w*\s+sie\s+"
    r"(?:\w+\s+)?(?:zapalniczk\w*|papieros\w*)",
    r"(?:list|listy|filmik|nagranie)\s+(?:\w+\s+){0,4}?(?:,\s+)?(?:jest|sa|lezy|leza)\s+(?:\w+\s+){0,2}?w\s+"
    r"(?:aucie|szufladzie|plecak\w*)|list\w*\s+do\s+(?:kazdego|wnukow|synow)\s+(?:\w+\s+){0,3}?,?\s*"
    r"wlozyl\w*|(?:mail\w*|list\w*|wiadomosc\w*)\s+pozegnaln\w*|ustawil\w*\s+crona"
    r"|(?:list|mail\w*)\s+[^?]{0,40}?(?:opoznion\w*|zaplanowan\w*)\s+wysl\w*",
    r"jak\s+mnie\s+znajda\b|postanowil\w*\s*,?\s+(?:w\s+)?(?:poniedzialek|wtorek|srod[ae]|czwartek"
    r"|piatek|sobot[ae]|niedziel[ae])\b|(?:data|dzien)\s+(?:juz\s+)?wybran\w*|ostatni\s+dzien\s+dla\s+mnie|nigdzie\s+nie\s+(?:jade"
    r"|wyjezdzam)(?=\s*(?:[.,!;]|$))",
    r"(?:zona|rodzina|dzieci)\s+dostan\w*\s+(?:\w+\s+)?(?:ubezpieczenie|polis\w*)|ubezpieczenie\s+dla"
    r"\s+(?:zony|rodziny|dzieci)",
    r"ile\s+(?:\w+\s+){0,6}?(?:,\s+)?(?:zeby|by)\s+(?:sie\s+)?nie\s+obudzic",
    # Sets J-L: self-harm told in the past tense ("znów się okaleczyłem"), a burn made on
    # purpose ("przypaliłem sobie rękę specjalnie"), in either order.
    # Perfective only: "lata temu się okaleczałam" is an old habit, long over.
    r"sie\s+(?:\w+\s+){0,2}?okaleczyl\w*|okaleczyl\w*\s+sie\b|okalecze\s+sie\b",
    r"(?:przypalil\w*|poparzyl\w*|oparzyl\w*|przypiekl\w*|pocial\w*|pocielam)\s+(?:sobie|sie)\s+"
    r"(?:\S+\s+){0,5}?(?:specjalnie|celowo|umyslnie|naumyslnie|z\s+premedytacja)\b",
    r"(?:specjalnie|celowo|umyslnie|naumyslnie)\s+(?:\w+\s+){0,2}?(?:przypalil\w*|poparzyl\w*"
    r"|oparzyl\w*|pocial\w*|pocielam|zranil\w*)\s+(?:sobie|sie)\b",
    # Sets J-L: the rope "już mam"; all "moje" things given away; "w przyszły piątek zakończę.";
    # a place chosen "i wiem jak"; the car in the garage with the door shut "szybko idzie".
    r"sznur\w*\s+(?:juz\s+)?(?:mam|kupil\w*|lezy|czeka|gotow\w*)\b",
    r"(?:rozdal\w*|oddal\w*)\s+(?:juz\s+)?(?:wszystkie\s+)?(?:moje|swoje)\s+rzeczy\b",
    r"(?:jutro|dzis|dzisiaj|wieczorem|w\s+(?:przyszl\w+\s+|ten\s+|najblizsz\w+\s+)?(?:poniedzialek|wto"
    r"rek|srode|czwartek|piatek|sobote|niedziele))\s+(?:to\s+)?zakoncze(?:\s+(?:to|z\s+tym|ze\s+soba))?"
    r"\s*(?:[.!]|$)",
    r"wybral\w*\s+(?:juz\s+)?(?:sobie\s+)?miejsce\b[^?]{0,60}?\bwiem\s+(?:juz\s+)?jak\b",
    r"garaz\w*\s+(?:\w+\s+){0,2}?(?:i\s+)?zamknie?t\w*\s+(?:brama|drzwiami|drzwi|brame)\b[^.!?]{0,50}?"
    r"(?:szybko|idzie|spokoj|zasnac)",
)

ASK = (
    r"(?:juz\s+)?nie\s+moge\s+(?:juz\s+)?(?:tak\s+)?(?:dalej)?" + END,
    r"nie\s+daje\s+(?:juz\s+)?rady\b(?!\s+(?!zyc\b)\w+c\b)",
    r"(?:chce|chcialbym|chcialabym)\s+(?:po\s+prostu\s+)?zniknac\b",
    r"(?:zmeczon[ya]|mam\s+dosc|ma\s+dosc)\s+(?:\w+\s+)?wszystk(?:iego|im)\b",
    r"nie\s+(?:dam|da)\s+(?:juz\s+)?rady\s+z\s+tym\s+wszystkim",
    r"nie\s+widze\s+(?:juz\s+)?w\s+niczym\s+(?:juz\s+)?sensu|w\s+niczym\s+nie\s+widze\s+sensu"
    r"|jaki\s+to\s+(?:wszystko\s+)?ma\s+(?:w\s+ogole\s+)?sens(?=\s*(?:[.!?…]|$))",
    r"nie\s+widze\s+(?:zadnego\s+)?wyjscia\b",
    r"(?:jestem|czuje\s+sie)\s+(?:\w+\s+){0,2}?ciezarem\b",
    r"(?:beznadziej\w+)\b",
    r"(?:lzej|lepiej|latwiej)\s+(?:\w+\s+)?beze\s+mnie\b",
    # Round 9, one policy in all languages: a passive wish with no method, plan, time or
    # farewell is asked about, as the blind writers label it.
    r"nie\s+chce\s+(?:sie\s+)?(?:juz\s+)?(?:budzic|obudzic)" + END,
    r"nie\s+(?:chce|chcialbym|chcialabym|mam\s+ochoty)\s+(?:juz\s+)?istniec\b",
    r"nie\s+mam\s+(?:juz\s+)?(?:ochoty|checi|sily)\s+(?:juz\s+)?(?:zyc|istniec)\b"
    r"(?!\s+(?:w|we|z|ze|tu|tam|obok|bez)\b)",
    rf"{_WANT}\s+(?:po\s+prostu\s+|juz\s+)?zniknac\s+na\s+zawsze\b",
    r"(?:w\s+pulapce|jak\s+w\s+klatce|nie\s+ma\s+(?:wyjscia|dokad\s+uciec)|wyjscia\s+nie\s+ma)\b",
    r"(?:po\s+co|nie\s+wiem\s+po\s+co)\s+(?:to\s+wszystko|ja\s+jeszcze\s+zyje|sie\s+leczyc)\b",
    r"(?:nie\s+widze\s+(?:juz\s+)?sensu|nic\s+nie\s+ma\s+sensu|wszystko\s+jest\s+bez\s+sensu)\b",
    r"(?:nie\s+widze\s+(?:dla\s+siebie\s+)?zadnej\s+przyszlosci|nie\s+ma\s+dla\s+mnie\s+przyszlosci)",
    r"(?:zasnac|usnac)\s+i\s+(?:sie\s+)?(?:nie\s+obudzic|nie\s+budzic|obudzic\s+sie\s+(?:za|jak))",
    r"(?:dlugo\s+sie\s+nie\s+budzic|zaluje\s+ze\s+sie\s+(?:w\s+ogole\s+)?urodzil\w*)",
    r"nikomu\s+(?:juz\s+)?nie\s+jestem\s+potrzebn\w*|nikt\s+by\s+nie\s+zauwazyl\w*\s+gdybym",
    r"(?:jestem\s+)?(?:juz\s+)?tylko\s+klopotem\b|(?:zmeczon\w*)\s+(?:samym\s+)?istnieniem\b",
    # Sets J-L: going to sleep hoping not to wake; asking God to take one in one's sleep.
    r"(?:nadziej\w*|modl\w*|marze|marzy\s+mi\s+sie)\b[^.!?]{0,40}?(?:ze|zeby|by|aby|oby)\s+sie\s+"
    r"(?:juz\s+)?(?:wiecej\s+)?nie\s+(?:obudze|obudzic|obudzil\w*)\b",
    r"(?:zebym|obym|abym)\s+sie\s+(?:juz\s+)?(?:wiecej\s+|nigdy\s+)?nie\s+obudzil[ae]?\b"
    r"(?!\s+(?:o|przed|w\s+nocy|za\s+wczesnie|rano\s+o)\b)",
    r"(?:pan\w*\s+)?bog\w*\b[^.!?]{0,40}?(?:zeby|by|aby|niech)\s+mnie\s+(?:juz\s+)?(?:zabral|zabra"
    r"la|zabierze|wzial)\b(?!\s+(?:na|ze|z|do)\s+(?!siebie\b))|(?:niech|oby)\s+(?:mnie\s+)?(?:pan\s+)?bog\s+(?:mnie\s+)?(?:juz\s+)?"
    r"(?:zabierze|zabral)\b|(?:zabral|zabierze)\s+(?:mnie\s+)?(?:juz\s+)?(?:do\s+siebie|we\s+snie)\b",
    r"nie\s+(?:dam\s+rady\s+dluzej|wyrabiam\s+juz|mam\s+sily\s+walczyc)\b|to\s+mnie\s+przerasta\b",
    r"(?:rozplynac\s+sie\s+w\s+powietrzu|ile\s+mozna\s+tak)\b",
    # Round 5: hopelessness, going unnoticed, a burden, in everyday words.
    r"tone\s*\.?\s+(?:i\s+)?nikt\s+(?:tego\s+)?nie\s+(?:widzi|zauwaza)",
    r"kula\s+u\s+nogi|(?:stal\w*\s+sie|jestem)\s+(?:\w+\s+){0,2}?klopotem|tylko\s+zawadzam"
    r"|wszystkim\s+zawadzam",
    r"(?:gdybym|jakbym|jak\s+(?:ja\s+)?)\s*(?:\w+\s+){0,2}?(?:zniknel\w*|znikne|nie\s+wrocil\w*|umarl\w*"
    r"|umre)\b[^?]{0,50}?nikt|nikt\s+(?:by\s+)?(?:nawet\s+)?nie\s+zauwaz\w*\s*,?\s+(?:gdybym|jakbym)",
    r"(?:wszystko|zycie)\s+(?:jest\s+)?nie\s+do\s+(?:wytrzymania|zniesienia)|nie\s+do\s+(?:wytrzymania"
    r"|zniesienia)\s+wszystko|nie\s+widze\s*,?\s+jak\s+(?:mialoby|moze|ma)\s+byc\s+lepiej",
    r"po\s+co\s+(?:jeszcze\s+)?(?:wstaje|wstawac|zyje)\b",
    # Set Q: "zastanawiam się, po co w ogóle jeszcze żyję".
    r"po\s+co\s+(?:(?:ja|w\s+ogole|wlasciwie|jeszcze|wciaz|nadal|dalej|tak)\s+){1,3}(?:wstaje"
    r"|wstawac|zyje|zyc|istnieje|istniec)\b",
    r"(?:chce|chcialbym|chcialabym)\s+sie\s+(?:po\s+prostu\s+)?rozplynac|(?:chce|chcialbym|chcialabym)"
    r"\s+(?:\w+\s+){0,3}?zniknac\b",
    r"(?:dzieciom|wszystkim|im|rodzinie)\s+byloby\s+lepiej\s+(?:\w+\s+){0,6}?(?:niz\s+ze\s+mna|beze"
    r"\s+mnie|bez\s+niej|bez\s+niego)",
    r"(?:zasnac|usnac)\s+(?:\w+\s+){0,3}?i\s+obudzic\s+sie\s+(?:za|jak)\b",
    r"(?:to\s+)?wszystko\s+nie\s+ma\s+sensu|(?:mam|ma)\s+(?:juz\s+)?wszystkiego\s+dosc",
    r"(?:oddal\w*|oddany|oddana)\s+(?:\w+\s+){0,3}?(?:psa|kota|kotke|kanarka|papuge)\b"
    r"(?!\s+(?:do|na)\s+(?:weteryn|przechowani|hotel|schronisk))|(?:psa|kota"
    r"|kotke|kanarka|kot|pies)\s+(?:\w+\s+)?(?:oddal\w*|oddany)",
)

EMERGENCY = {
    E.FACE_DROOP: (
        rf"(?:twarz|usta|kacik\s+ust)\s+{filler(3)}(?:opadl\w*|opada|krzyw\w*|wykrzywil\w*"
        r"|sparalizowan\w*)",
        r"(?:opadniety|opadajacy)\s+kacik\s+ust\b",
        r"(?:krzywa|wykrzywiona|opadnieta)\s+twarz\b",
        r"(?:opadl|opadla)\s+(?:mi\s+|jej\s+|mu\s+)?(?:kacik\s+ust|buzia|twarz)|(?:buzia|twarz)\s+(?:mi\s+)?"
        r"opadla",
    ),
    E.SUDDEN_SPEECH_LOSS: (
        rf"{_SUDDEN}\s+{words(3)}(?:nie\s+moge\s+(?:mowic|nic\s+powiedziec)|belkocze|straci\w+"
        r"\s+mowe|mowie\s+niewyraznie)\b",
        r"(?:mowie\s+jak\s+pijany|mowi\s+belkotem|zamiast\s+slow\s+wychodzi|mowa\s+belkotliwa)",
    ),
    E.ONE_SIDED_WEAKNESS: (
        rf"(?:{_SUDDEN}|nagle|naglego|nagla)\s+{words(2)}(?:oslabienie|oslabla|dretwienie|dretwieje"
        r"|zdretwiala|niedowlad)\s+(?:\w+\s+)?(?:jednej|lewej|prawej)\s+(?:strony|polowy)\b",
        r"(?:jedna|lewa|prawa)\s+(?:strona|polowa)\s+(?:ciala|twarzy)\s+(?:\w+\s+)?(?:zdretwiala"
        r"|oslabla|sparalizowana|bezwladna)\b",
        r"(?:reka|noga)\s+(?:\w+\s+){0,2}?(?:bezwladna|zwisla)|nie\s+moze\s+podniesc\s+(?:prawej|lewej)",
    ),
    E.WORST_HEADACHE: (
        r"(?:najgorszy|najsilniejszy)\s+bol\s+glowy\s+w\s+(?:moim\s+)?zyciu\b",
        r"(?:peklo|eksplodowalo|wybuchlo)\s+(?:\w+\s+)?w\s+glowie|takiego\s+bolu\s+nigdy",
        rf"{_SUDDEN}\s+(?:\w+\s+)?straszny\s+bol\s+glowy",
    ),
    E.CHEST_PAIN_SPREADING: (
        rf"(?:bol|ucisk|pieczenie)\s+(?:w\s+)?(?:klatce|klatki|piersi)\s+{words(4)}"
        r"(?:promieniuje|promieniujacy|idzie|przechodzi|schodzi)\s+(?:do|w)\s+(?:\w+\s+)?"
        r"(?:reki|reke|ramienia|zuchwy|szczeki|szyi)\b",
        rf"(?:klatce|klatka|mostku|piers)\s+{words(5)}(?:promieniuje|idzie)\s+(?:do|w)\s+(?:\w+\s+)?"
        r"(?:reki|szczeki|szyje|plecow|lopatk\w*)",
        rf"(?:bol|ucisk|sciska|gniecie)\s+{words(3)}(?:klatce|klatka|piers)\s+{words(8)}"
        r"(?:zimne?\s+pot\w*|lepka\s+od\s+potu|zemdlal\w*|slabo\s+mi)",
        *CHEST,  # Set O: every usual wording (rules_pl_body)
    ),
    E.CANNOT_BREATHE: (
        r"nie\s+moge\s+(?:zlapac\s+)?(?:oddychac|oddechu|tchu)\b(?!\s+(?:nosem|przez\s+nos))",
        r"(?:dusze\s+sie|brakuje\s+mi\s+powietrza)\b(?!\s+ze\s+smiechu)",
        r"(?:puchnie|puchna|spuchl\w*)\s+(?:mi\s+|mu\s+|jej\s+)?(?:gardlo|jezyk|usta|twarz)|(?:gardlo|usta|jezyk)\s+"
        r"(?:\w+\s+){0,2}?(?:puchn\w*|zamyka|zaciska)",
        r"(?:sinieja|sine)\s+(?:\w+\s+)?usta|usta\s+(?:ma\s+)?sine",
        # Set L: a child stung, "ledwo oddycha, świszczy".
        r"ledwo\s+(?:oddycha\w*|lapie\s+(?:oddech|powietrze|tchu))\b|swiszcz\w*\s+(?:\w+\s+)?(?:przy"
        r"\s+oddychaniu|w\s+piersiach|w\s+plucach)|(?:uzadlil\w*|pozadlil\w*|uzadlen\w*|ugryzl\w*)\b"
        r"[^.!?]{0,80}?(?:swiszcz\w*|dusi\s+sie|dusze\s+sie)",
    ),
    E.HEART_ATTACK_OR_STROKE: (
        r"(?:mam|chyba\s+mam|mam\s+chyba)\s+(?:zawal|udar|atak\s+serca)\b(?!\s+(?:rok|lata))",
        rf"{_SUDDEN}\s+(?:\w+\s+)?(?:nie\s+widze|nic\s+nie\s+widze)\s+na\s+(?:\w+\s+)?oko",
        *SIGHT,
    ),
}

HEAD_INJURY = (
    r"(?:uderzylem|uderzylam|walnalem|walnelam|rabnalem|rabnelam)\s+(?:sie\s+)?(?:\w+\s+)?"
    r"(?:w\s+)?glowe\b",
    r"(?:wstrzasnienie\s+mozgu|uraz\s+glowy|uraz\s+czaszki)\b",
    r"(?:uderzyl\w*|walnel\w*|wjechal\w*)\s+(?:\w+\s+)?(?:glowa|tylem\s+glowy)|(?:dostal\w*\s+(?:\w+\s+)?"
    r"w\s+glowe|na\s+glowe)\b",
)
CONFUSION = (
    r"(?:zdezorientowan\w*|splatan\w*|dezorientacj\w*)",
    r"nie\s+wiem\s+gdzie\s+jestem\b",
    r"(?:stracilem|stracilam)\s+przytomnosc\b",
    r"(?:wymiotuj\w*|zwymiotowal\w*|rzygam|nie\s+pamietam|otumanion\w*|zdezorientowan\w*"
    r"|nie\s+wie\s+gdzie\s+jest|myla\s+mi\s+sie)",
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}(?:slaba|slabsza|oslabla|bez\s+sily|slabnie)\b",
        rf"(?:oslabienie|slabosc|utrata\s+sily)\s+(?:w\s+)?{words(2)}{_BODY}\b",
        r"(?:oslabienie|slabosc)\s+(?:\w+\s+)?(?:reki|dloni|nogi|stopy|miesni)\b",
        r"nie\s+moge\s+(?:\w+\s+)?(?:otworzyc|scisnac|utrzymac|podniesc|chwycic)\s+(?:\w+\s+)?"
        r"(?:sloika|sloik|butelki|reki|nogi|kubka|szklanki|przedmiotow|niczego)\b",
        r"(?:opadajaca|opadnieta)\s+stop[aey]\b",
        r"stopa\s+(?:mi\s+)?(?:opada|sie\s+ciagnie)\b",
        r"(?:ciagne|powlocze)\s+noge\b",
        r"(?:leca|lecialy|wypadaja)\s+mi\s+rzeczy\s+z\s+(?:\w+\s+)?reki|nie\s+mam\s+sily\s+w\s+uscisku",
        r"dlon\s+sama\s+sie\s+otwiera|nie\s+dam\s+rady\s+(?:wykrecic|otworzyc)|sloikow\s+(?:tez\s+)?"
        r"(?:juz\s+)?nie\s+otworze",
        r"nie\s+mog\w*\s+wstac\s+z\s+kucek",
        # Sets J-L: "leci mi wszystko z ręki", "prawa łapa słaba", "słabnie mi chwyt", "noga mi się
        # ciągnie", "nie mogę przekręcić klucza".
        r"(?:leci|leca|wypada|wypadaja|wylatuje)\s+mi\s+(?:\w+\s+){0,2}?z\s+(?:reki|rak|dloni|palcow)\b",
        r"(?:prawa|lewa)\s+(?:reka|lapa|dlon|noga|stopa|raczka)\s+(?:\w+\s+)?slab\w*|slabnie\s+mi\s+"
        r"(?:\w+\s+){0,2}?(?:chwyt|reka|dlon|noga|uscisk)\b",
        r"(?:stopa|noga)\s+(?:mi\s+)?(?:sie\s+ciagnie|ciagnie\s+sie)\b",
        r"nie\s+moge\s+(?:juz\s+)?(?:przekrecic|obrocic|utrzymac)\s+(?:\w+\s+)?(?:klucza|klucz|kluczyka"
        r"|myszki|dlugopisu|widelca)\b",
    ),
    R.WASTING: (
        r"(?:zanik\s+miesni|atrofi\w*|zanika\s+miesien)\b",
        rf"{_BODY}\s+{filler(3)}(?:chudnie|zmalal\w*|cienszy|ciensza|zapadl\w*)\b",
        r"miesien\s+(?:\w+\s+){0,8}?(?:zanikl|zapadniet\w*|zapadl\s+sie)"
        r"|(?:udo|przedramie|lydka|dlon)\s+(?:\w+\s+){0,4}?"
        r"(?:chudsz\w*|jak\s+szkielet)",
    ),
    R.SWALLOWING: (
        r"(?:trudnosci|problem|problemy|klopot)\s+z\s+(?:przelykaniem|polykaniem)\b",
        r"nie\s+moge\s+(?:\w+\s+)?(?:przelknac|polknac|przelykac)\b",
        r"(?:trudno|ciezko|ciezej|trudniej)\s+(?:mi\s+)?(?:przelykac|przelknac|polykac)\b",
        r"(?:krztusze|zachlystuje|dlawie)\s+sie\s+(?:\w+\s+){0,2}?(?:woda|piciem|plynami"
        r"|jedzeniem|przy\s+piciu)\b",
        r"dysfagi\w*",
        r"krztusze\s+sie\s+(?:\w+\s+){0,3}?(?:kazdym|kazdej)|woda\s+(?:\w+\s+)?wraca\s+(?:mi\s+)?nosem",
    ),
    R.SPEECH: (
        r"(?:mowa|mowie)\s+(?:\w+\s+)?(?:belkotliwa|niewyrazna|niewyraznie|zamazana)\b",
        r"belkocze\b",
        r"dyzartri\w*",
        r"mowie\s+coraz\s+(?:bardziej\s+)?niewyraz\w*|mowie\s+jakbym\s+byl\w*\s+pijan\w*|jezyk\s+jakby"
        r"\s+ciezki",
    ),
    R.FALLS: (
        r"(?:czesto|ciagle|caly\s+czas)\s+(?:sie\s+)?(?:przewracam|potykam|upadam)\b",
        r"(?:przewracam|potykam)\s+sie\s+(?:\w+\s+)?(?:czesto|ciagle|caly\s+czas)\b",
        r"wszystko\s+(?:mi\s+)?(?:leci|wypada)\s+(?:mi\s+)?z\s+rak\b",
        r"(?:kolana|nogi)\s+(?:\w+\s+){0,3}?(?:uginaja|ugiely)|przewrocil\w*\s+sie\s+(?:\w+\s+)?"
        r"(?:cztery|trzy|kilka)\s+razy",
    ),
}

SPREADING = (r"(?:rozprzestrzenia|rozchodzi\s+sie|po\s+calym\s+ciele|przechodzi\s+na)\b",)
NUMBNESS = (r"(?:dretwienie|dretwieje|zdretwiala|zdretwialy|mrowienie|mrowi|cierpnie)\b",)
INJURY = (r"(?:upadek|upadku|upadlem|upadlam|wypadek|wypadku|uraz|urazu|zlamanie|skrecenie)\b",)

HEALTH_ANXIETY = (
    r"(?:czy\s+to|czy\s+mam|boje\s+sie\s+ze\s+to|boje\s+sie\s+ze\s+mam|a\s+jesli\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:sla|als|stwardnienie|rak|guz|cos\s+powaznego|parkinson)\b",
    r"stwardnienie\s+zanikowe\s+boczne\b",
    r"(?:umieram\s+na|czy\s+ja\s+umieram)\b",
    r"nie\s+chce\s+umierac\b",
    r"czy\s+to\s+(?:grozne|niebezpieczne|powazne)\b",
)

IDIOMS = (
    # "Out of nowhere": the negator in it denies nothing ("do nada a pior dor de cabeça").
    r"bez\s+ostrzezenia\b",
    # Weight lost "bez powodu" is a red flag (rules_pl_flags): not blanked after a weight.
    r"bez(?<!kg\x20bez)(?<!kilo\x20bez)(?<!kilogramow\x20bez)(?<!schudlam\x20bez)(?<!schudlem\x20bez)"
    r"(?<!chudne\x20bez)(?<!chudnie\x20bez)(?<!mniej\x20bez)(?<!dol\x20bez)\s+powodu\b",
    r"(?:umieram|umre|umarlem|umarlam|umieralem)\s+(?:z|ze)\s+(?:glodu|nudow|nudy|smiechu"
    r"|pragnienia|ciekawosci|zmeczenia|goraca|zimna|wstydu)\b",
    r"padam\s+z\s+nog\b",
    r"(?:zabilbym|zabilabym|zabije)\s+za\s+(?:kawe|kubek)\b",
    r"(?:to|ten\s+\w+|ta\s+\w+)\s+mnie\s+(?:zabija|wykonczy)\b",
    r"(?:smiertelnie|na\s+smierc)\s+(?:zmeczon\w*|zapomnial\w*|przerazon\w*|znudzon\w*)",
    # Words about a subject, a programme or a series, not about the writer now.
    r"(?:mowili|mowia|mowiono|pisali|czytal\w*|slyszal\w*)\s+o\s+samobojstw\w*|(?:zapobiegani\w*"
    r"|profilakty\w*|ryzyka|statystyk\w*)\s+samobojstw\w*",
    r"(?:audycj\w*|reportaz\w*|artykul\w*|film\w*|program\w*|dokument\w*|ksiazk\w*|podcast\w*"
    r"|wyklad\w*|debat\w*|materia\w*|numer\w*|piosenk\w*|kawal\w*|utwor\w*|singl\w*|singiel|album\w*"
    r"|plyt\w*|tekst\w*|teledysk\w*|spektakl\w*|sztuk\w*|wiersz\w*)\s+(?:\w+\s+){0,3}?o\s+"
    r"(?:\w+\s+)?samobojstw\w*",
    # Set Q: a song title ("singiel nazywa się …").
    r"(?:numer\w*|piosenk\w*|kawal\w*|utwor\w*|singl\w*|singiel|album\w*|plyt\w*|film\w*|ksiazk\w*)"
    r"\s+(?:\w+\s+){0,2}?(?:nazywa\s+sie|pod\s+tytulem|zatytulowan\w*|ma\s+tytul)\s+(?:\w+\s+)"
    r"{0,2}?(?:samobojstw\w*|samobojc\w*|przedawkow\w*)",
    r"(?:ogladam|ogladalam|ogladalem|w\s+serialu|w\s+filmie)\s+[^.?]{0,40}?(?:zaslabl\w*|zemdlal\w*"
    r"|stracil\w*\s+przytomnosc)",
)

_SOMEONE = (
    r"(?:on|ona|maz|zona|tata|ojciec|mama|matka|syn|corka|przyjaciel|przyjaciolka|kolega"
    r"|kolezanka|chlopak|dziewczyna|brat|siostra|dziecko|babcia|dziadek|sasiad|sasiadka|ktos)"
)
SOMEONE_ELSE = (
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,3}}?(?:zemdlal\w*|zaslabl\w*|upadl\w*|nie\s+oddycha"
    r"|przestal\w*\s+oddychac|jest\s+nieprzytomn\w*|nieprzytomn\w*|nie\s+reaguje|nie\s+odpowiada"
    r"|ma\s+(?:atak\s+padaczki|drgawki)|drgawki|nie\s+budzi\s+sie|sinieje)\b",
    rf"{_SOMEONE}\s+(?:\w+\s+){{0,5}}?(?:nie\s+oddycha|nie\s+reaguje|nie\s+odpowiada|ma\s+drgawki"
    r"|osunela\s+sie|nie\s+mozemy\s+(?:jej|go)\s+dobudzic)",
    r"(?:upadl\w*|przewrocil\w*|lezy)\s+(?:\w+\s+){0,4}?(?:nie\s+oddycha|nie\s+reaguje|nie\s+odpowiada"
    r"|ma\s+drgawki)|(?:kumpel|kolega|sasiad\w*|tesciowa|pani)\s+(?:\w+\s+){0,6}?(?:nie\s+reaguje"
    r"|nie\s+oddycha|ma\s+drgawki)",
    r"(?:nie\s+reaguje\s+na\s+glos|nie\s+oddycha\s+i\s+jest\s+(?:caly\s+)?sin\w*)",
    r"piana\s+(?:z\s+ust|na\s+ustach)|dostal\w*\s+(?:ataku\s+)?(?:drgawek|padaczki)",
    # Set L: a friend who took pills "i nie da się go dobudzić".
    r"nie\s+(?:da\s+sie|moge|mozemy|mozna|umiem)\s+(?:go|jej|ich)\s+(?:do)?budzic\b",
)
OVERDOSE_TAKEN = (
    r"(?:wzialem|wzielam|lyknalem|lyknelam|polknalem|polknelam|zazylem|zazylam)\s+(?:\w+\s+){0,2}?"
    r"(?:wszystkie|cale|cala|caly|za\s+duzo|garsc|pol|\d\d+)\s+(?:\w+\s+){0,3}?"
    r"(?:tabletki|tabletek|tabletkami|pigulki|pigulek|leki|lekow|opakowanie|listek)\b",
    r"(?:polknal\w*|wzial\w*|wziel\w*|lyknal\w*)\s+(?:\w+\s+){0,2}?(?:wszystko\s+co\s+mial\w*|pol"
    r"\s+paczki|cala\s+paczke|cale\s+opakowanie)",
    r"dobral\w*\s+sie\s+do\s+tabletek",
)
PANIC = (
    r"atak\w*\s+panik\w*",
    r"panik\w*",
    r"serce\s+(?:\w+\s+){0,3}?(?:wali|kolata|bije\s+(?:jak\s+szalone|bardzo\s+szybko|szybko|mocno))\b",
    r"kolatani\w*",
    # Set Q: "serce bardzo szybko" with the verb left out (a second language).
    r"serce\s+(?:mi\s+)?(?:bardzo|tak|strasznie|mega|za|okropnie)\s+szybko\b",
    r"serce\s+(?:\w+\s+)?bije\s+jak\s+oszalal\w*",
    r"(?:wszystko\s+jest\s+nierealne|patrzyl\w*\s+na\s+siebie\s+z\s+boku|jakbym\s+zwariowal\w*"
    r"|jak\s+za\s+szyba|smierc\s+w\s+oczach)",
    r"serce\s+(?:\w+\s+)?(?:kolatac|kolacze|jak\s+mlot|w\s+gardle|jak\s+szalone)",
    r"wszystko\s+(?:\w+\s+){0,2}?nierealn\w*|(?:boje\s+sie|strach)\s*,?\s+ze\s+(?:zwariuje|umre"
    r"|oszaleje)|(?:serce|tetno|puls)\s+(?:\w+\s+)?1[2-9]\d\b",
)
PANIC_DANGER = (
    r"(?:sine\s+usta|usta\s+(?:\w+\s+)?sine|zemdl\w*|stracil\w*\s+przytomnosc|bol\s+w\s+klatce)\b",
)

RULES = LanguageRules(
    language="pl",
    crisis=(*CRISIS, *LOOKED_ANYWAY, *HARM_NOW, *EDGE),
    ask=(*ASK, *MISSED, *WISH),
    emergency={**EMERGENCY, **swallowed((*SOMEONE_ELSE, *ASLEEP), (*OVERDOSE_TAKEN, *TAKEN))},
    panic=PANIC,
    panic_danger=(*PANIC_DANGER, *SWELLING),
    red_flags={**RED_FLAGS, **FLAGS},
    health_anxiety=HEALTH_ANXIETY,
    spreading=SPREADING,
    numbness=NUMBNESS,
    injury=INJURY,
    head_injury=HEAD_INJURY,
    confusion=CONFUSION,
    idioms=(*IDIOMS, *PAST),
    negators=("nie", "bez", "nigdy", "zadnej", "zadnego", "zadna", "zaden", "ani"),
    hedges=("wiem", "pewien", "pewna"),
    clause_breaks=("ale", "lecz", "jednak", "chociaz", "choc"),
    given_away=GIVEN_AWAY, affairs=AFFAIRS, goodbyes=GOODBYES, finality=FINALITY,
)
