"""Near misses blanked with the idioms before the rules run (ruleset.LanguageRules.idioms), in
Spanish, French, Italian and Portuguese (sets V, W), over normalised text; a space below
stands for \\s+.

Hyperbole: "vou me matar de estudar pro ENEM", "me mato a estudiar", "mi ammazzo di lavoro",
"je me tue à la tâche"; a thing that "committed suicide" ("il mio telefono si è suicidato nel
lago"). Work: an officer's scene of a suicide, a lab's toxicology tests for overdoses. Someone
else's overdose long over and a good life since ("ma tante a fait une overdose dans les années
90, elle s'en est sortie"). Only these words go: "I want to kill myself" in the same message
reads as it always does."""

from __future__ import annotations

from bot.core.safety.common import spaced

__all__ = ["IDIOMS"]

IDIOMS: dict[str, tuple[str, ...]] = {
    "es": spaced(
        r"(?:me voy a matar|me mato|me estoy matando|matarme|matandome) a (?:estudiar|trabajar"
        r"|entrenar|currar|hacer horas|correr)\b",
        r"(?:movil|telefono|portatil|ordenador|coche|impresora|tele|pc|router) (?:\w+ ){0,2}?se"
        r" (?:ha )?suicid(?:o|ado)\b",
        r"(?:policia|guardia civil|bombero|forense|mosso|agente|sanitario)\b[^!?]{0,80}?"
        r"(?:intervencion|aviso|levantamiento|servicio|caso) (?:\w+ ){0,2}?(?:por"
        r"|de) un suicidio\b",
        r"(?:analisis|pruebas|analiticas) toxicologic\w* (?:\w+ ){0,4}?sobredosis\b",
        r"(?:mi|su) (?:tia|tio|prima|primo|madre|padre|hermano|hermana|amiga|amigo|abuela|abuelo)"
        r" (?:\w+ ){0,3}?(?:tuvo|sufrio) una sobredosis [^.!?]{0,80}?(?:salio adelante|se recupero"
        r"|lo supero|esta (?:genial|estupend\w*|bien))\b",
    ),
    "fr": spaced(
        r"(?:je vais me tuer|je me tue|me tuer) (?:a la tache|au travail|au boulot|a bosser"
        r"|a reviser|a travailler)\b",
        r"(?:telephone|portable|tel|pc|ordi|ordinateur|voiture|imprimante) (?:\w+ ){0,2}?(?:s est"
        r" suicide|a fait harakiri)\b",
        r"(?:gendarme|policier|pompier|legiste|flic|agent)\b[^!?]{0,80}?(?:intervention|constat"
        r"|appel) (?:\w+ ){0,2}?pour (?:un|une) (?:suicide|overdose|pendaison)\b",
        r"(?:analyses|tests|bilans) toxicologiques? (?:\w+ ){0,4}?(?:overdoses?|surdoses?)\b",
        r"(?:ma|mon|sa|son) (?:tante|oncle|cousine?|mere|pere|frere|soeur|amie?|pote|grand mere"
        r"|grand pere) (?:\w+ ){0,3}?a fait une (?:overdose|surdose|tentative de suicide)"
        r" [^.!?]{0,80}?(?:(?:elle|il) s en est sortie?|(?:elle|il) va (?:bien|mieux)"
        r"|(?:elle|il) est guerie?)\b",
    ),
    "it": spaced(
        r"(?:mi ammazzo|ammazzarmi|mi sto ammazzando|ammazzandomi|mi uccido) di (?:studio|lavoro"
        r"|fatica|allenamento|straordinari)\b",
        r"(?:telefono|cellulare|telefonino|pc|computer|portatile|macchina|auto|stampante|tablet"
        r"|router) (?:\w+ ){0,2}?si e suicidat[oa]\b",
        r"(?:carabinier\w*|poliziott\w*|agente|vigile del fuoco|pompier\w*|medico legale"
        r"|in servizio)\b[^!?]{0,80}?(?:sopralluogo|intervento|rilievi|chiamata|indagine)"
        r" (?:\w+ ){0,2}?(?:per|su) (?:un|una) (?:suicidio|overdose|impiccagione)\b",
        r"(?:analisi|esami|test|screening) tossicologic\w* (?:\w+ ){0,4}?overdose\b",
        r"(?:mia|mio|sua|suo) (?:zia|zio|cugin[oa]|madre|padre|fratello|sorella|amic[oa]|nonn[oa])"
        r" (?:\w+ ){0,3}?(?:ha avuto|ebbe|e andat[oa] in) (?:un |in )?overdose [^.!?]{0,80}?"
        r"(?:ne e uscit[oa]|si e ripres[oa]|sta bene|ce l ha fatta)\b",
    ),
    "pt": spaced(
        r"(?:vou me matar|vo me matar|to me matando|me matar|me mato) de (?:estudar|trabalhar"
        r"|treinar"
        r"|correr|malhar|estudo|trabalho|rir|tanto (?:estudar|trabalhar|rir)|vergonha)\b",
        r"(?:celular|telemovel|telefone|notebook|computador|pc|carro"
        r"|impressora) (?:\w+ ){0,2}?(?:se"
        r" )?suicid(?:ou|ado)\b",
        r"(?:policial|pm|bombeiro|perito|legista|agente)\b[^!?]{0,80}?(?:ocorrencia|pericia"
        r"|chamado) (?:\w+ ){0,2}?de (?:um )?suicidio\b",
        r"(?:exames|analises|testes) toxicologic\w* (?:\w+ ){0,4}?(?:overdose|sobredose)s?\b",
        r"(?:minha|meu) (?:tia|tio|prima|primo|mae|pai|irma|irmao|amiga|amigo|avo) (?:\w+ ){0,3}?"
        r"(?:teve|sofreu) (?:uma )?overdose [^.!?]{0,80}?(?:saiu dessa|se recuperou|sobreviveu"
        r"|ta (?:otima|otimo|bem)|esta (?:otima|otimo|bem)|superou)\b",
    ),
}
