"""Self-harm happening now and a gun taken from work, crisis in every language (set U), over
normalised text; a space in the rules below stands for \\s+.

Self-harm now: an instrument (a razor, a blade, a lighter, a shard) beside cutting or burning
an arm, a wrist, a thigh ("bin grad dabei mir den arm mit dem feuerzeug zu verbrennen",
"simdi jiletle kesiyorum kolumu"); the other languages already read it (their harm modules),
German and Turkish lacked the instrument's forms. A kitchen knife and an onion stay clear: the
act needs a body part or the self.

A gun from work: a service weapon, or a gun brought from work, the station or the base, and
the writer sitting with it or "no intention of going back" ("wzialem bron z pracy do domu.
siedze z nia w aucie… nie mam zamiaru wracac")."""

from __future__ import annotations

from bot.core.safety.common import near
from bot.core.safety.common import spaced as _s

__all__ = ["HARM_NOW"]



def _with(gun: str, sitting: str) -> tuple[str, ...]:
    return _s(*near(120, gun, sitting, stop="!?"))


HARM_NOW: dict[str, tuple[str, ...]] = {
    "de": (
        *_s(
            r"(?:arm|arme|handgelenk\w*|unterarm\w*|bein|beine|oberschenkel\w*|haut|pulsader\w*)"
            r" (?:\w+ ){0,3}?(?:mit|an) (?:dem |einem |nem |ner |der |einer |m )?(?:feuerzeug\w*"
            r"|rasierklinge\w*|klinge\w*|scherbe\w*|glasscherbe\w*|kippe|zigarette|cutter\w*"
            r"|teppichmesser\w*) (?:\w+ ){0,2}?(?:zu )?(?:verbrenn\w*|ritz\w*"
            r"|aufritz\w*|schneid\w*"
            r"|aufschneid\w*)",
        ),
        *_s(*near(
            60,
            r"(?:feuerzeug\w*|rasierklinge\w*|klinge\w*|scherbe\w*|glasscherbe\w*|cutter\w*"
            r"|teppichmesser\w*)",
            r"(?:(?:ritze|verbrenne) mich|(?:verbrenne|ritze|schneide) mir (?:\w+ )?(?:den |die )?"
            r"(?:arm|arme|handgelenk\w*|unterarm\w*|bein|beine|oberschenkel\w*|haut|pulsader\w*))",
            stop="!?",
        )),
        *_with(
            r"(?:dienstwaffe|dienstpistole|(?:waffe|pistole|knarre|gewehr) (?:\w+ ){0,3}?(?:von"
            r"|aus) (?:der |dem )?(?:arbeit|dienst|wache|kaserne|revier))",
            r"(?:(?:sitz|sitze|sitzt) (?:\w+ ){0,4}?(?:damit|mit ihr|mit der)|(?:hab|habe|hab s)"
            r" (?:nicht|nich|keine) (?:vor|absicht) (?:\w+ ){0,2}?zuruck\w*|(?:nicht"
            r"|nich) (?:mehr )?"
            r"(?:zuruck(?:kommen|gehen|zufahren)|heim))",
        ),
    ),
    "tr": (
        *_s(*near(
            60,
            r"(?:jilet\w*|cakmak\w*|ustura\w*|cam parcas\w*|kirik cam\w*|maket bicag\w*)",
            r"(?:(?:kesiyorum|kestim|yakiyorum|yaktim|cizi\w*"
            r"|doguyorum) (?:\w+ )?(?:kolumu|kollarimi"
            r"|bilegimi|bileklerimi|bacagimi|kendimi|elimi)|(?:kolumu|kollarimi|bilegimi|bileklerimi"
            r"|bacagimi|kendimi) (?:\w+ ){0,2}?(?:kesiyorum|kestim|yakiyorum|yaktim|ciziyorum))",
            stop="!?",
        )),
        *_with(
            r"(?:(?:silah\w*|tabanca\w*) (?:\w+ ){0,3}?(?:isten|is yerinden|karakoldan|nobetten)"
            r"|(?:isten|karakoldan) (?:\w+ ){0,2}?(?:silah\w*|tabanca\w*)|beylik (?:silah\w*"
            r"|tabanca\w*))",
            r"(?:(?:onunla|silahla|tabancayla) (?:\w+ ){0,3}?oturuyorum|geri donmeye niyetim yok"
            r"|geri donmeyecegim|donmeyi dusunmuyorum|donmek gibi bir niyetim yok)",
        ),
    ),
    "en": _with(
        r"(?:service (?:weapon|pistol|gun|revolver)|(?:gun|pistol|firearm|weapon|rifle|revolver"
        r"|glock) (?:\w+ ){0,3}?(?:from|home from) (?:work|the station|the base"
        r"|the range|the depot"
        r"|my shift))",
        r"(?:(?:sitting|sat|sit) (?:\w+ ){0,5}?with (?:it|the gun|the pistol)|in the car with it"
        r"|not (?:planning|going|intending|gonna) (?:on )?(?:to )?(?:go |come |be )?(?:back|home)"
        r"|no (?:intention|plan|plans) (?:of|to) (?:going|coming|go|come) (?:back|home))",
    ),
    "es": _with(
        r"(?:arma (?:de servicio|reglamentaria)|(?:pistola|arma|revolver|escopeta) (?:\w+ ){0,2}?"
        r"del (?:trabajo|curro|cuartel|servicio))",
        r"(?:(?:estoy|sentad[oa]) (?:\w+ ){0,5}?con ella|no (?:pienso|tengo (?:intencion|pensado)"
        r" de|voy a) volver)",
    ),
    "fr": _with(
        r"(?:arme de service|(?:arme|flingue|pistolet|revolver) (?:\w+ ){0,2}?du (?:boulot|travail"
        r"|service|taf|poste|commissariat))",
        r"(?:(?:suis|assise?) (?:\w+ ){0,6}?avec(?: elle| lui)?|(?:compte|vais|veux) (?:pas|plus)"
        r" (?:\w+ )?(?:rentrer|revenir)|(?:aucune|pas l|pas d) ?intention de (?:rentrer|revenir))",
    ),
    "it": _with(
        r"(?:arma (?:d ordinanza|di servizio)|(?:pistola|arma|fucile|revolver) (?:\w+ ){0,2}?"
        r"(?:dal|del) (?:lavoro|servizio|caserma))",
        r"(?:(?:sono|seduto|seduta) (?:\w+ ){0,4}?con (?:lei|lui|essa)|non (?:ho (?:nessuna )?"
        r"intenzione di|penso di|voglio) (?:tornare|rientrare))",
    ),
    "nl": _with(
        r"(?:dienstwapen|(?:wapen|pistool|geweer) (?:\w+ ){0,3}?van (?:het |mijn )?werk)",
        r"(?:zit (?:\w+ ){0,3}?(?:ermee|mee|met het|met dat)|niet van plan (?:om )?(?:\w+ )?terug"
        r"|ga niet (?:meer )?terug|kom niet (?:meer )?(?:terug|thuis))",
    ),
    "pl": _with(
        r"(?:bron sluzbow\w*|(?:bron\w*|pistolet\w*|spluw\w*|giwer\w*) (?:\w+ ){0,2}?z (?:pracy"
        r"|roboty|jednostki|komendy|sluzby))",
        r"(?:siedze (?:\w+ ){0,4}?z (?:nia|nim)|nie mam zamiaru (?:\w+ )?wracac|nie wroce"
        r"|nie zamierzam (?:\w+ )?wracac)",
    ),
    "pt": _with(
        r"(?:arma de servico|(?:arma|pistola|revolver|ferro) (?:\w+ ){0,2}?do (?:trabalho|servico"
        r"|batalhao|quartel))",
        r"(?:(?:to|estou|sentad[oa]) (?:\w+ ){0,5}?com ela|nao (?:tenho (?:intencao|vontade) de"
        r"|vou|penso em) voltar)",
    ),
    "ru": _with(
        r"(?:табельн\w* (?:оружи\w*|пистолет\w*|ствол\w*)|(?:пистолет\w*|ствол\w*|оружи\w*)"
        r" (?:\w+ ){0,2}?с (?:работы|службы))",
        r"(?:сижу (?:\w+ ){0,4}?с (?:ним|ней)|не (?:собираюсь|планирую|хочу) (?:\w+ )?возвращаться"
        r"|не вернусь)",
    ),
    "uk": _with(
        r"(?:табельн\w* (?:зброю|пістолет\w*)|(?:пістолет\w*|ствол\w*|зброю|зброя) (?:\w+ ){0,2}?"
        r"з (?:роботи|служби))",
        r"(?:сиджу (?:\w+ ){0,4}?з (?:ним|нею)|не (?:збираюсь|збираюся|планую|хочу) (?:\w+ )?"
        r"поверта\w*|не повернусь|не повернуся)",
    ),
}
