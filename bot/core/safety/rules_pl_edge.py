"""Polish, from sets S and T (ninth round): someone at the edge now or with an attempt under way
(crisis), someone else who took pills or drink and won't wake, a child into vape liquid or
perfume, sight lost in one eye (emergency), and "it would be good not to wake up" (ask). Over
normalised text with diacritics folded, like rules_pl.py, which adds these to its own.

Each rule needs two parts, a place and an act or a farewell, pills and a state: "stoję na
balkonie i piję kawę, przepraszam że późno piszę", "biorę tabletki po kolei jak kazał lekarz",
"kupiłam 2 opakowania witamin, powinno wystarczyć", "kolega po imprezie śpi jak zabity" stay
clear.
"""

from __future__ import annotations

__all__ = ["ASLEEP", "EDGE", "SIGHT", "TAKEN", "WISH"]

_RAIL = (
    r"(?:barier\w*|balustrad\w*|porecz\w*|krawedz\w*|krawedzia|murk\w*|murek|gzyms\w*"
    r"|parapet\w*)"
)
_HIGH = (
    r"(?:balkon\w*|dach\w*|most\w*|moscie|wiadukt\w*|kladk\w*|pietr\w*|parapec\w*|urwisk\w*"
    r"|klif\w*|skarp\w*)"
)
_KIN_TO = (
    r"(?:mamie|mamusi|tacie|siostrze|bratu|corce|synowi|mezowi|zonie|rodzicom|babci"
    r"|wszystkim)"
)
_PILLS = (
    r"(?:tabletk\w*|tabletek|pigulk\w*|pigulek|lek\w*|prochy|prochow|nasenn\w*|relanium"
    r"|xanax\w*|paracetamol\w*|apap\w*|opakowa\w*|listk\w*|blistr\w*)"
)
_NOTHING_STUPID = (
    r"(?:nie\s+zrobie\s+(?:\w+\s+)?(?:nic|niczego)\s+(?:glupiego|glupi\w*|zlego)|(?:nic|niczego)"
    r"\s+(?:glupiego|zlego)\s+(?:\w+\s+)?nie\s+zrobie)"
)

EDGE = (
    # A leg over the railing, standing past it, the feet over the edge.
    r"(?:przelozyl\w*|przerzucil\w*|przelozy\w*)\s+(?:juz\s+)?(?:\w+\s+)?(?:noge|nogi)\s+(?:\w+\s+)?"
    rf"(?:przez|za)\s+(?:\w+\s+)?{_RAIL}",
    rf"(?:stoje|siedze|stoimy|jestem)\s+(?:juz\s+)?(?:za|po\s+(?:drugiej|tamtej|zewnetrznej)\s+"
    rf"stronie)\s+{_RAIL}",
    # A high place now and a farewell: "stoję na balkonie… powiedz mamie, że przepraszam".
    rf"(?:stoje|siedze|jestem|stalam|stalem)\s+na\s+(?:\w+\s+)?{_HIGH}\b[^?]{{0,120}}?(?:powiedz"
    rf"|przekaz|przekazcie|powiedzcie)\s+(?:\w+\s+)?{_KIN_TO}\s+(?:\w+\s+)?(?:ze|iz)\s+(?:ja\s+)?"
    r"(?:przepraszam|kocham|jest\s+mi\s+przykro|nie\s+chcialam|nie\s+chcialem)",
    rf"(?:stoje|siedze|jestem)\s+na\s+(?:\w+\s+)?{_HIGH}\b[^?]{{0,60}}?\b(?:przepraszam|wybaczcie"
    r"|zegnajcie)\s+(?:was\s+)?(?:wszystkich|za\s+wszystko)\b",
    # One step would do: a railing, a bridge or a floor beside it.
    rf"(?:{_RAIL}|{_HIGH})\b[^?]{{0,100}}?(?:wystarczy|wystarczylby|wystarczyloby|wystarczy\s+tylko)"
    r"\s+(?:\w+\s+)?(?:jeden\s+krok|jeden\s+skok|krok\s+do\s+przodu)",
    rf"jeden\s+krok\s+(?:\w+\s+)?(?:i\s+(?:koniec|po\s+wszystkim|spokoj)|wystarczy)\b[^?]{{0,80}}?"
    rf"{_RAIL}",
    # Nothing stupid, but a bridge, a roof or the tracks visited daily.
    rf"{_NOTHING_STUPID}[^?]{{0,60}}?\b(?:ale|tylko)\b[^?]{{0,60}}?\b(?:na\s+most\w*|na\s+wiadukt\w*"
    r"|na\s+dach\w*|na\s+tory|na\s+kladk\w*|przy\s+barierce|nad\s+rzek\w*|nad\s+wisl\w*)",
    # Sitting or lying on the tracks now.
    r"(?:stoje|siedze|leze|czekam|polozyl\w*\s+sie)\s+(?:\w+\s+)?na\s+torach\b",
    # Tablets taken now one after another, "I'm at the twentieth".
    rf"(?:biore|lykam|polykam|zazywam|wcinam)\s+(?:\w+\s+){{0,3}}?{_PILLS}\b[^?.!]{{0,60}}?(?:z\s+calego"
    r"\s+opakowania|jedna\s+(?:po|za)\s+(?:drugiej|druga)|wszystkie\s+po\s+kolei)",
    rf"(?:biore|lykam|polykam|zazywam)\s+(?:teraz\s+|wlasnie\s+)?(?:\w+\s+){{0,2}}?{_PILLS}\b[^?]{{0,80}}?"
    r"jestem\s+(?:juz\s+)?przy\s+(?:\d+|\w+(?:stej|tej|ciej|mej|wszej|giej|ciej))\b",
    # Packs bought or put aside, and tonight all of them.
    rf"{_PILLS}\b[^?]{{0,100}}?(?:dzis|dzisiaj|w\s+nocy|wieczorem|jutro|zaraz)\s+(?:\w+\s+){{0,2}}?"
    r"(?:biore|wezme|lykne|polkne|zazyje|wypije)\s+(?:je\s+)?(?:wszystk\w*|wszystko|naraz|na\s+raz"
    r"|cale|calosc)(?=\s*(?:[.!,;…]|$)|\s+(?:naraz|na\s+raz|z\s+wodk\w*|z\s+alkohol\w*|popij\w*))",
)

# Pills, drink or drugs, then someone who won't wake, breathes slowly or vomits asleep.
_INTOXICANT = (
    r"(?:tabletk\w*|tabletek|pigulk\w*|pigulek|prochy|prochow|lek\w*|alkohol\w*|wodk\w*|narkotyk\w*"
    r"|dopalacz\w*|ekstaz\w*|mdma|grzyb\w*|opioid\w*|fentanyl\w*)"
)
ASLEEP = (
    rf"{_INTOXICANT}\b[^?]{{0,100}}?(?:nie\s+(?:chce\s+sie\s+)?(?:budzi\s+sie|obudzi\s+sie|da\s+sie"
    r"\s+(?:go|jej)\s+obudzic)|nie\s+moge\s+(?:go|jej)\s+obudzic|oddycha\s+(?:bardzo\s+)?(?:rzadko"
    r"|wolno|slabo|plytko|dziwnie|z\s+charczeniem)|wymiotuje\s+(?:przez\s+sen|we\s+snie|nieprzytomn\w*)"
    r"|charczy)",
    # A small child into vape liquid, perfume, nail-polish remover, mouthwash.
    r"(?:syn|synek|corka|coreczka|dziecko|maly|mala|malutki|brat|braciszek|siostra|siostrzyczka"
    r"|wnuk|wnuczka|bobas|maluch)\b\s+(?:[^\s.!?]+\s+){0,8}?(?:wypil\w*|napil\w*\s+sie|polknal\w*"
    r"|polknel\w*|lyknal\w*|lyknel\w*|possal\w*|oblizal\w*)\s+(?:\w+\s+){0,3}?(?:plyn\w*\s+do\s+(?:e\s+)?"
    r"(?:papierosa|papierosow|vape\w*|wape\w*)|liquid\w*|perfum\w*|woda\s+kolonsk\w*|wody\s+kolonsk\w*"
    r"|zmywacz\w*|plyn\w*\s+do\s+plukania|olejk\w*\s+eteryczn\w*|plyn\w*\s+do\s+demakijazu)",
)
# "wzięłam 15 tabletek godzinę temu": every form of taking with a number and a time.
TAKEN = (
    r"(?:wzial\w*|wziel\w*|lyknal\w*|lyknel\w*|polknal\w*|polknel\w*|zazyl\w*)\s+(?:juz\s+)?\d+\s+"
    rf"(?:\w+\s+)?{_PILLS}\b[^?.!]{{0,60}}?(?:godzin\w*|minut\w*|pol\s+godziny)\s+temu",
)
SIGHT = (
    r"(?:nagle|naraz|raptem|gwaltownie|od\s+\d+\s+minut)\s+(?:\w+\s+){0,3}?(?:przestal\w*\s+widziec"
    r"|nic\s+nie\s+widze|stracil\w*\s+wzrok|oslepl\w*)\s+(?:na|w)\s+(?:\w+\s+)?(?:oko|oku)\b",
    r"(?:przestal\w*\s+widziec|nic\s+nie\s+widze|stracil\w*\s+wzrok|oslepl\w*)\s+(?:na|w)\s+"
    r"(?:lewe|prawe|jedno|lewym|prawym|jednym)\s+(?:oko|oku)\b[^?.!]{0,60}?(?:nagle|naraz|raptem"
    r"|zaslon\w*|kurtyn\w*|\d+\s+minut)",
)
WISH = (
    r"dobrze\s+(?:by\s+bylo|byloby)\s+(?:sie\s+)?nie\s+obudzic\b|dobrze\s+(?:by\s+bylo|byloby)\s+"
    r"(?:juz\s+)?nie\s+obudzic\s+sie\b",
    r"(?:fajnie|milo|lepiej|najlepiej)\s+(?:by\s+bylo|byloby)\s+(?:\w+\s+)?(?:sie\s+)?nie\s+obudzic"
    r"\b(?!\s+(?:o|przed|z)\b)",
)
