"""Emergencies outside the twitching world, in Spanish, French, Italian and Portuguese (sets V,
W), over normalised text; a space below stands for \\s+: a child who drank white spirit or
petrol, a pregnant woman bleeding, or with a sudden headache, flashes and swelling; a child's
fever with spots that do not fade under a glass; heat stroke (collapsed in the sun, confused,
no sweat); a deep burn from boiling oil; a wound spurting; a fall with a leg at a strange angle.

Each rule needs two parts (the person and the sign, or the cause and what it did), so a
fever alone, a sunburn, a small blister or a nosebleed stay ordinary. A wound or a burn has no
sign of its own among the emergency signs: they take the generic `someone_else` answer's
number, as the others do."""

from __future__ import annotations

from bot.core.safety.common import near, spaced
from bot.core.safety.verdict import EmergencySign as E

__all__ = ["EMERGENCY"]


def _all(most: int, *parts: str) -> tuple[str, ...]:
    return spaced(*near(most, *parts, stop="?"))


_CHILD_ES = r"(?:hij[oa]|nin[oa]|bebe|nene|nena|peque|crio|cria|sobrin[oa])"
_CHILD_FR = r"(?:fils|fille|bebe|enfant|gamin|gamine|petit|petite|neveu|niece|loulou)"
_CHILD_IT = r"(?:figli[oa]|bambin[oa]|bimb[oa]|piccol[oa]|nipote)"
_CHILD_PT = r"(?:filh[oa]|bebe|crianca|menin[oa]|sobrinh[oa]|pequen[oa])"

_SOLVENT = (
    r"(?:white spirit|aguarras|gasolina|essence|petrole|benzina|queroseno|querosene|kerosene"
    r"|disolvente|solvant|solvente|diluant|diluente|thinner|acetona|acetone|anticongelante"
    r"|antigel|antigelo|gasoil|gazole|gasolio|fioul|acquaragia|alcool a bruler|alcohol de quemar"
    r"|alcol denaturato|liquido de frenos|liquide de frein|desatascador|destop|idraulico liquido"
    r"|soude|soda caustica|diesel)"
)

_FEVER = r"(?:fiebre|fievre|febbre|febre)"
_SPOTS = (
    r"(?:manchas|manchitas|manchinhas|puntitos|taches|petites taches|macchie|macchioline|puntini"
    r"|pintinhas|bolinhas)"
)
_NOT_FADING = (
    r"(?:(?:que )?no (?:desaparecen|se van|se quitan|se aclaran)|(?:qui )?ne (?:partent"
    r"|disparaissent"
    r"|s effacent) pas|(?:qui )?(?:partent|disparaissent|s effacent) pas"
    r"|(?:che )?non (?:spariscono"
    r"|scompaiono|vanno via|si schiariscono)|(?:que )?(?:nao|n) (?:somem|some|desaparecem|saem)"
    r"|vaso|verre|bicchiere|copo)"
)

_SUN = (
    r"(?:(?:no |ao |sob o |al |bajo el |au |sous le |sotto il )?(?:sol|calor|soleil|canicule"
    r"|chaleur|caldo|sole|calore))"
)
_DOWN = (
    r"(?:desmay\w*|se desplomo|se cayo redond\w*|s est effondre\w*|evanoui\w*|tombe\w* dans les"
    r" pommes|svenut\w*|e crollat\w*|desmai\w*|caiu dur\w*|apag\w*)"
)
_HOT_CONFUSED = (
    r"(?:no suda|sin sudar|ardiendo|dice cosas sin sentido|desorientad\w*|confus\w*|ne transpire"
    r" plus|sans transpirer|brulant\w*|dit n importe quoi|incoheren\w*|non suda|senza sudare"
    r"|bollente|dice cose senza senso|falando coisa\w* sem sentido|sem suar|nao (?:ta "
    r"|esta )?suando"
    r"|quente demais|fervendo|delira\w*)"
)

EMERGENCY: dict[str, dict[E, tuple[str, ...]]] = {
    "es": {
        E.SOMEONE_ELSE: (
            *spaced(rf"{_CHILD_ES} (?:de \w+ (?:anos|meses) )?(?:\w+ ){{0,3}}?(?:se ha bebido"
                    rf"|ha bebido"
                    rf"|se bebio|bebio|ha tragado|se trago|trago) (?:\w+ ){{0,3}}?{_SOLVENT}"),
            *_all(100, r"embarazada", r"(?:sangr\w*|hemorrag\w*|pierde (?:mucha )?sangre)"),
            *_all(140, _FEVER, rf"{_SPOTS} (?:\w+ ){{0,4}}?{_NOT_FADING}"),
            *_all(140, _SUN, _DOWN, _HOT_CONFUSED),
            *_all(120, r"(?:se ha caido|se cayo|ha caido|cayo)",
                  r"(?:pierna|cadera|brazo|pie) (?:\w+ ){0,3}?(?:torcid\w*|girad\w*|doblad\w*)"
                  r" (?:de forma|de manera|en una posicion|en posicion|hacia) (?:rara|extrana"
                  r"|antinatural|fuera|atras)"),
            *_all(140, r"(?:aceite|agua) (?:hirviendo|hirviente)",
                  r"(?:piel (?:\w+ )?blanca|ampollas (?:enormes|grandes|gigantes)|como (?:una|la)"
                  r" (?:mano|palma))"),
            *spaced(r"(?:sangre (?:\w+ )?(?:a chorros|a borbotones)|sale (?:la sangre )?a chorros"
                    r"|sangra a (?:chorros|borbotones)|la sangre sale disparada)"),
        ),
        E.WORST_HEADACHE: _all(160, r"embarazada", r"dolor de cabeza (?:\w+ )?(?:fortisimo"
                                                   r"|horrible"
                               r"|muy fuerte|insoportable)", r"(?:lucecitas|destellos|veo luces"
                               r"|manchas en la vista|hinchad\w* (?:\w+ ){0,3}?de golpe)"),
    },
    "fr": {
        E.SOMEONE_ELSE: (
            *spaced(rf"{_CHILD_FR} (?:de \w+ (?:ans|mois) )?(?:\w+ ){{0,3}}?a (?:bu|avale|ingere)"
                    rf" (?:\w+ ){{0,3}}?{_SOLVENT}"),
            *_all(100, r"enceinte", r"(?:saign\w*|hemorrag\w*|perd (?:beaucoup de |du )sang"
                  r"|pertes de sang)"),
            *_all(140, _FEVER, rf"{_SPOTS} (?:\w+ ){{0,4}}?{_NOT_FADING}"),
            *_all(140, _SUN, _DOWN, _HOT_CONFUSED),
            *_all(120, r"(?:est tombee?|a chute|tombe\w* dans l escalier)",
                  r"(?:jambe|hanche|bras|pied) (?:\w+ ){0,3}?(?:tordue?|tournee?|pliee?)"
                  r" (?:bizarrement|de facon bizarre|dans un sens bizarre|a l envers"
                  r"|d une drole de facon|bizarre)"),
            *_all(140, r"(?:huile|eau) (?:bouillante|brulante)",
                  r"(?:peau (?:\w+ )?blanche|cloques (?:enormes|enormes|geantes)|grosses cloques"
                  r"|grande comme (?:une|la) main)"),
            *spaced(r"(?:ca|le sang|sang) gicle", r"pisse le sang",
                    r"(?:jet|jets) de sang"),
        ),
        E.WORST_HEADACHE: _all(160, r"enceinte", r"mal (?:a la|de) tete (?:\w+ )?(?:horrible"
                               r"|enorme|terrible|atroce|tres fort)", r"(?:des (?:petites )?lumi"
                               r"eres"
                               r"|des flashs|des eclairs|des mouches"
                               r"|gonfle\w* (?:\w+ ){0,3}?d un coup)"),
    },
    "it": {
        E.SOMEONE_ELSE: (
            *spaced(rf"{_CHILD_IT} (?:di \w+ (?:anni|mesi) )?(?:\w+ ){{0,3}}?(?:ha bevuto"
                    rf"|ha ingoiato"
                    rf"|ha mandato giu) (?:\w+ ){{0,3}}?{_SOLVENT}"),
            *_all(100, r"incinta", r"(?:sanguin\w*|emorrag\w*|perde (?:molto )?sangue"
                  r"|perdite di sangue)"),
            *_all(140, _FEVER, rf"{_SPOTS} (?:\w+ ){{0,4}}?{_NOT_FADING}"),
            *_all(140, _SUN, _DOWN, _HOT_CONFUSED),
            *_all(120, r"(?:e cadut[oa]|e cascat[oa]|caduta dalle scale|caduto dalle scale)",
                  r"(?:gamba|anca|braccio|piede) (?:\w+ ){0,3}?(?:girat\w*|stort\w*|piegat\w*)"
                  r" (?:in modo strano|in modo innaturale|al contrario|all indietro)"),
            *_all(140, r"(?:olio|acqua) (?:bollente|bollendo)",
                  r"(?:pelle (?:\w+ )?bianca|vesciche (?:enormi|grandi|grosse)|grande come"
                  r" (?:una|la) mano)"),
            *spaced(r"(?:sangue (?:\w+ )?(?:a fiotti|zampill\w*|schizza)|zampilla sangue"
                    r"|zampilla dal)"),
        ),
        E.WORST_HEADACHE: _all(160, r"incinta", r"mal di testa (?:\w+ )?(?:fortissimo|terribile"
                               r"|atroce|fortissima|lancinante)", r"(?:lucine|lampi"
                               r"|puntini luminosi"
                               r"|mosche|gonfiat\w* (?:\w+ ){0,5}?all improvviso)"),
    },
    "pt": {
        E.SOMEONE_ELSE: (
            *spaced(rf"{_CHILD_PT} (?:de \w+ (?:anos|meses) )?(?:\w+ ){{0,3}}?(?:bebeu|engoliu"
                    rf"|tomou)"
                    rf" (?:\w+ ){{0,3}}?{_SOLVENT}"),
            *_all(100, r"gravida", r"(?:sangr\w*|hemorrag\w*|perdendo (?:muito )?sangue)"),
            *_all(140, _FEVER, rf"{_SPOTS} (?:\w+ ){{0,4}}?{_NOT_FADING}"),
            *_all(140, _SUN, _DOWN, _HOT_CONFUSED),
            *_all(120, r"(?:caiu|levou um tombo)",
                  r"(?:perna|quadril|anca|braco|pe) (?:\w+ ){0,3}?(?:torta|virada|torcida|dobrada)"
                  r" (?:de um jeito|de forma|num angulo|pro lado) (?:estranh\w*|esquisit\w*"
                  r"|errad\w*)"),
            *_all(140, r"(?:oleo|agua) (?:fervendo|fervente|quente)",
                  r"(?:pele (?:\w+ )?branca|bolhas (?:enormes|grandes|gigantes)|do tamanho de"
                  r" (?:uma|a) mao)"),
            *spaced(r"(?:sangue (?:\w+ )?(?:jorrando|esguichando|jorra|esguicha)"
                    r"|(?:jorrando|esguichando) sangue)"),
        ),
        E.WORST_HEADACHE: _all(160, r"gravida", r"dor de cabeca (?:\w+ )?(?:fortissima|horrivel"
                               r"|muito forte|insuportavel)", r"(?:luzinhas|pontos de luz|vendo"
                               r" luzes|inchad\w* (?:\w+ ){0,5}?de repente)"),
    },
}
