"""German rules for the body: red flags (weakness, wasting, swallowing, speech, falls) and the
parts that only count together (spreading, numbness, injury). Imported by rules_de.py.
"""

from __future__ import annotations

from bot.core.safety.common import filler, words
from bot.core.safety.rules_de_flags import RED_FLAGS as _FLAGS
from bot.core.safety.verdict import RedFlag as R

_BODY = (
    r"(?:hand|hande|haende|arm|arme|bein|beine|fuss|fusse|fuesse|finger|daumen|griff|muskel"
    r"|muskeln|wade|waden|oberschenkel|knie|schulter|zehen?)"
)

RED_FLAGS = {
    R.WEAKNESS: (
        rf"{_BODY}\s+{filler(3)}(?:schwach|schwacher|schwaecher|kraftlos)\b",
        rf"(?:schwache|kraftverlust|kraftlosigkeit)\s+(?:in|im)\s+{words(2)}{_BODY}\b",
        r"muskelschwache\b",
        r"(?:schwacher|schwachen)\s+griff\b",
        r"kann\s+(?:\w+\s+){0,3}?(?:nicht|nichts|nich|nimmer)\s+(?:mehr\s+)?(?:richtig\s+)?(?:greifen|festhalten"
        r"|heben|anheben|offnen|oeffnen|zudrucken|aufmachen|aufdrehen)\b",
        r"(?:fussheberschwache|fallfuss|steppergang)\b",
        r"(?:beine|knie)\s+(?:\w+\s+)?(?:geben|knicken)\s+(?:\w+\s+)?(?:nach|weg|ein)\b",
        r"(?:ziehe|schleife)\s+(?:\w+\s+)?(?:fuss|bein)\s+nach\b",
        r"(?:uber\s+den\s+kopf\s+heben|richtig\s+zupacken|vom\s+stuhl\s+hoch)\b",
        r"(?:macht\s+schlapp|(?:bein|arm)\s+(?:is|ist)\s+schlapp|schrift\s+ist\s+zittrig\s+und\s+kraftlos)\b",
        r"(?:fussspitze|fusspitze)\s+(?:\S+\s+){0,4}?(?:hoch|runterhangt|hangt)\b",
        # Set J: "bekomme den rechten Fuß nicht mehr richtig vom Pedal hoch".
        r"(?:fuss|fusse|fuesse|fussspitze)\s+(?:\S+\s+){0,1}?(?:nicht|nich)\s+mehr\s+(?:richtig\s+)?(?:\S+"
        r"\s+){0,3}?(?:hoch|angehoben|gehoben)\b",
        r"(?:fuss|fussspitze)\s+(?:\S+\s+)?(?:bleibt\s+(?:immer\s+)?hangen|klatscht)\b",
        r"(?:bein|beine|knie|oberschenkel)\s+(?:\S+\s+){0,2}?(?:geben|gibt|haben)\s+(?:einfach\s+)?"
        r"(?:nach|nachgegeben)\b",
        r"rutscht\s+mir\s+(?:\S+\s+){0,2}?aus\s+der\s+(?:rechten\s+|linken\s+)?hand\b",
        r"(?:fallt|faellt|fallen|rutscht|rutschen)\s+(?:mir\s+)?(?:\S+\s+){0,5}?(?:standig|staendig"
        r"|dauernd|immer\s+wieder|andauernd)\s+(?:\S+\s+){0,3}?(?:aus\s+der\s+(?:\w+\s+)?hand|raus)\b",
        r"(?:finger|hand|hande|haende)\s+(?:machen?|tun?)\s+nicht\s*,?\s*was\s+(?:sie|ich)\s+(?:soll"
        r"|sollen|will)\b|(?:hand|griff|finger|kraft)\s+(?:\S+\s+)?(?:nachlasst|nachlaesst|lasst\s+nach"
        r"|laesst\s+nach)\b|rutscht\s+mir\s+(?:standig\s+|immer\s+)?raus\b",
    ),
    R.WASTING: (
        r"(?:muskelschwund|muskelabbau|muskelatrophie|atrophie)\b",
        rf"{_BODY}\s+{filler(3)}(?:dunner|dunner\s+geworden|kleiner|geschrumpft|eingefallen)\b",
        r"(?:delle|mulde)\s+(?:am|im|zwischen)\s+(?:\w+\s+){0,2}?daumen\b",
        r"daumen\w*\s+(?:\S+\s+){0,7}?(?:eingefallen|flacher|weggeschmolzen|delle|kuhle)\b",
        r"(?:kuhle|delle)\s+(?:\S+\s+)?(?:an|am|im)\s+(?:der\s+)?daumen\w*",
        r"(?:sieht\s+(?:\S+\s+)?platter\s+aus|sitzt\s+(?:links|rechts)\s+enger)\b",
        r"zunge\s+(?:\S+\s+){0,6}?(?:runzlig|dunner)\b",
    ),
    R.SWALLOWING: (
        r"schluckbeschwerden\b",
        r"(?:probleme|schwierigkeiten|muhe)\s+beim\s+schlucken\b",
        r"kann\s+(?:\w+\s+)?nicht\s+(?:mehr\s+)?(?:richtig\s+)?schlucken\b",
        r"kann\s+(?:\w+\s+)?(?:schlecht|kaum|nur\s+schwer)\s+(?:noch\s+)?schlucken\b",
        r"verschlucke\s+mich\s+(?:\w+\s+){0,2}?(?:oft|standig|dauernd|immer|beim\s+trinken"
        r"|an\s+wasser|an\s+getranken|an\s+flussigkeit)",
        r"schlucken\s+(?:ist|fallt|wird)\s+(?:\w+\s+)?(?:schwer|schwierig|schwerer)\b",
        r"(?:essen|bissen)\s+bleibt\s+(?:\S+\s+)?stecken\b",
        r"problem\w*\s+(?:mit|beim)\s+schlucken\b",
        r"(?:huste\s+beim\s+essen|kommt\s+(?:es\s+)?mir\s+(?:\S+\s+)?in\s+die\s+nase)\b",
        r"(?:wasser\s+aus\s+der\s+nase|an\s+meiner\s+eigenen\s+spucke)\b",
        r"verschluck\w*\s+(?:mich\s+)?(?:\S+\s+){0,3}?(?:oft|andauernd|standig|haufig|dauernd|an\s+wasser)\b",
    ),
    R.SPEECH: (
        r"verwaschene?\s+(?:sprache|aussprache)\b",
        r"(?:lalle|nuschle)\s+(?:\w+\s+)?(?:seit|oft|standig|immer)\b",
        r"(?:sprache|aussprache)\s+(?:ist|wird|klingt)\s+(?:\w+\s+)?(?:undeutlich|verwaschen"
        r"|lallend)\b",
        r"sprechstorung\w*",
        r"zunge\s+(?:\S+\s+){0,4}?schwer\s+an\s+beim\s+(?:reden|sprechen)\b",
        r"(?:aussprache|sprache)\s+(?:\S+\s+){0,3}?(?:wird|klingt)\s+(?:\S+\s+)?(?:schlechter|undeutlich"
        r"|verwaschen)\b",
        r"stimme\s+(?:\S+\s+){0,3}?(?:naselnd|durch\s+die\s+nase)\b",
        r"(?:spreche|sprache)\s+(?:\S+\s+){0,4}?undeutlich\b",
    ),
    R.FALLS: (
        r"(?:stolpere|falle|sturze)\s+(?:\w+\s+)?(?:standig|staendig|oft|dauernd|haufig|haeufig"
        r"|immer\s+wieder)\b",
        # Set J: "neuerdings zweimal gestolpert".
        r"(?:neuerdings|zuletzt|letztens|diese\s+woche|seit\s+\w+)\s+(?:\w+\s+)?(?:zweimal|dreimal"
        r"|mehrmals|ofter|oefter|staendig|standig)\s+(?:\w+\s+)?(?:gestolpert|gesturzt|hingefallen)\b",
        r"(?:lasse|lass)\s+(?:\w+\s+)?(?:standig|oft|dauernd|immer)\s+(?:\w+\s+)?(?:dinge|sachen"
        r"|alles)\s+fallen\b",
        r"(?:dinge|sachen)\s+fallen\s+mir\s+(?:\w+\s+)?aus\s+der\s+hand\b",
        r"(?:(?:fallt|faellt|fallen)\s+mir|mir\s+(?:fallt|faellt|fallen))\s+(?:\w+\s+){0,3}?aus\s+"
        r"(?:der|den)\s+(?:rechten\s+|linken\s+)?(?:hand|handen|haenden)\b",
        r"(?:zweimal|dreimal|viermal|mehrmals)\s+(?:\S+\s+){0,6}?(?:gesturzt|hingefallen"
        r"|hingeflogen)\b",
        r"(?:gesturzt|hingefallen)\s+(?:\S+\s+){0,3}?(?:zweimal|dreimal|viermal|mehrmals)\b",
    ),
    **_FLAGS,
}

SPREADING = (
    r"breitet\s+sich\s+(?:\w+\s+)?aus\b",
    r"(?:ausgebreitet|wandert|springt\s+herum)\b",
    r"(?:uberall|ueberall)\s+im\s+korper\b",
)
NUMBNESS = (
    r"(?:taub|taubheit|taubheitsgefuhl|kribbeln|kribbelt|ameisenlaufen)\b",
    r"(?:gefuhl|gefuehl)\s+(?:in|im)\s+(?:\w+\s+){0,2}?(?:verloren|weg)\b",
)
INJURY = (
    r"(?:unfall|sturz|verletzung|schleudertrauma|gebrochen|verstaucht|verletzt)\b",
    r"(?:gesturzt|hingefallen|runtergefallen|gefallen)\b",
)

# Swelling of the throat, tongue, lips or face, or wheezing after a sting or a food: beside
# panic words the breathlessness stays an emergency (ruleset.LanguageRules.panic_danger).
SWELLING = (
    r"(?:zunge|hals|rachen|lippen|lippe|gesicht|augen|kehle)\s+(?:\w+\s+){0,2}?(?:dick|geschwollen"
    r"|schwillt|schwellen|anschwell\w*|zugeschwollen)\b|schwillt\s+(?:\w+\s+){0,2}?(?:zunge|hals"
    r"|rachen|lippen|gesicht)\b|(?:wespe\w*|biene\w*|stich\w*|erdnuss\w*|nusse|nuesse|allergi\w*)"
    r"\b[^.!?]{0,60}?(?:pfeif\w*|schwell\w*|schwillt|quaddel\w*)",
)
