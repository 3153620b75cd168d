"""Crisis words held at a distance, per language: talked about, or lived long ago and over.

Beside a frame (a thesis, a lecture, a training, a podcast, the news), `topics` — crisis words
as a subject: "an article about suicide", "suicide prevention" — are blanked before the rules
run; beside both a time long past and a recovery ("years ago", "I'm fine now"), `past_topics`
("I used to self-harm") are — unless something keeps them personal ("thinking about
suicide", "suicide methods"). Only those words go: "I want to kill myself" in the same message
reads as it always does, and the learned reading still reads the whole message and may raise a
tier on its own. Written against normalised text, like the rules (ruleset.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.core.safety import distance_told, misfire_twelfth
from bot.core.safety.past_and_others import RETURNED

__all__ = ["DISTANCES", "Distance"]


@dataclass(frozen=True)
class Distance:
    """One language's words that hold crisis words at a distance."""

    frames: Sequence[str]
    topics: Sequence[str]
    past: Sequence[str]
    recovered: Sequence[str]
    past_topics: Sequence[str]
    # What keeps the words personal beside any frame ("thinking about suicide").
    personal: Sequence[str]


# en
_EN_PERSONAL = (
    r"(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:suicide|killing\s+myself|ending\s+it)\b",
    r"suicide\s+(?:method|methods|note|notes|letter|pact|plan|plans)\b",
    # Set S/T: what was over is back ("and now they're back", "cut again last night").
    r"(?:urges?|thoughts|feelings|cravings?|it|they|those)\s+(?:are|is|re|s|have|ve|has|came"
    r"|come|coming|keep|started|starting)\s+(?:\w+\s+){0,2}?(?:back|again|returning)\b",
    r"(?:started|starting|began|begun)\s+(?:\w+\s+){0,2}?again\b",
    r"(?:cut|cutting|harmed|harming|hurt|hurting|burned|burning)\s+(?:myself\s+)?again\b",
    r"(?:relapsed|relapsing|relapse)\b",
)
_EN_FRAMES = (
    r"(?:thesis|dissertation|lectures?|seminars?|webinars?|workshops?|training|conference|"
    r"articles?|papers?|research\w*|podcasts?|documentar(?:y|ies)|docu|film|movie|series|"
    r"episode|novel|books?|songs?|lyrics|news|headlines?|textbooks?|exam|patients?|clients?|"
    r"prevention|awareness|statistics|true\s+crime|case\s+study|risk\s+assessment)\b",
)
_EN_TOPICS = (
    r"(?:about|on|regarding)\s+(?:\w+\s+)?(?:suicid(?:e|es|ality)|self[\s-]?harm\w*|"
    r"self[\s-]?injury|overdos(?:e|es))\b",
    r"(?:suicide|self[\s-]?harm|overdose)\s+(?:prevention|awareness|risk|risks|rates?|"
    r"statistics|research|among|screening|assessment)\b",
    r"(?:guy|man|woman|girl|boy|person|people|character|someone)\s+who\s+(?:overdosed|"
    r"killed\s+(?:himself|herself|themselves))\b",
)
_EN_PAST = (
    r"(?:years?\s+ago|(?:a\s+)?long\s+time\s+ago|used\s+to|back\s+then|as\s+a\s+teen\w*|"
    r"in\s+(?:high\s+school|school|my\s+teens|my\s+twenties|college|uni)|"
    r"when\s+i\s+was\s+(?:\w+\s+){0,2}?(?:teen\w*|younger|kid|child|student|\d+))\b",
)
_EN_RECOVERED = (
    r"(?:(?:fine|ok|okay|good|well|better|stable)\s+(?:now|these\s+days|since)|(?:over|"
    r"behind\s+me|in\s+the\s+past)\s+now|long\s+(?:over|behind\s+me|gone)|behind\s+me|"
    r"therapy\s+(?:helped|worked)|recovered|in\s+recovery|clean\s+(?:for|since)|not\s+since|"
    r"have\s+not\s+(?:since|in\s+years)|nothing\s+like\s+that\s+(?:since|for)|got\s+(?:help|"
    r"better|through\s+it))\b",
)
_EN_PAST_TOPICS = (
    r"used\s+to\s+(?:self[\s-]?harm|cut|hurt\s+myself)\b",
    r"self[\s-]?harm\w*\b",
    r"suicidal\s+(?:thoughts|phase|period|episode|feelings)\b",
    r"(?:tried|attempted)\s+(?:to\s+kill\s+myself|suicide)\b",
)

# de
_DE_PERSONAL = (
    r"(?:denke|dachte|gedanken)\s+(?:\w+\s+){0,2}?(?:an|uber)\s+(?:suizid|selbstmord)\w*",
    r"(?:suizid|selbstmord)(?:methode|methoden|brief|plan)\w*",
    # Set S/T: what was over is back ("seit letzter Woche wieder", "sind wieder da").
    r"seit\s+(?:letzter|letzte|dieser|ein\s+paar|einigen|kurzem|gestern|vorgestern|\w+\s+tagen"
    r"|\w+\s+wochen)\s+(?:\w+\s+){0,3}?wieder\b",
    r"(?:sind|ist|kommen|kamen|kommt|kam)\s+(?:\w+\s+){0,2}?wieder\s+(?:da|zuruck|hoch)\b",
    r"wieder\s+(?:angefangen|geritzt|verletzt)\b",
    r"ruckfall\w*",
)
_DE_FRAMES = (
    r"(?:diplomarbeit|masterarbeit|bachelorarbeit|doktorarbeit|dissertation|promotion|"
    r"vorlesung\w*|seminar\w*|webinar\w*|workshop\w*|schulung\w*|fortbildung\w*|"
    r"weiterbildung\w*|kurs|tagung|kongress|artikel|studie\w*|forschung\w*|fachbuch|buch|"
    r"roman|podcast\w*|doku\w*|film|serie|folge|nachrichten|zeitung|statistik\w*|pravention|"
    r"patient\w*|klient\w*|fallbesprechung\w*|true\s+crime|prufung)\b",
    r"(?:suizid|selbstmord)pravention\w*",
)
_DE_TOPICS = (
    r"(?:uber|zu|zum\s+thema|unter)\s+(?:\w+\s+)?(?:suizid|selbstmord|selbstverletzung)\w*",
    r"(?:suizid|selbstmord)(?:pravention|rate|raten|risiko|forschung|statistik)\w*",
)
_DE_PAST = (
    r"(?:vor\s+(?:vielen\s+|ein\s+paar\s+|einigen\s+|\w+\s+)?jahren|vor\s+langer\s+zeit|"
    r"fruher|damals|als\s+(?:teenager|jugendliche\w*|kind|schuler\w*|student\w*)|"
    r"in\s+der\s+(?:schulzeit|pubertat|jugend|schule))\b",
)
_DE_RECOVERED = (
    r"(?:(?:lange|langst)\s+vorbei|vorbei|hinter\s+mir|geht\s+(?:es\s+)?mir\s+(?:gut|besser)|"
    r"mir\s+geht\s+es\s+(?:gut|besser|wieder\s+gut)|bin\s+(?:stabil|gut\s+versorgt)|"
    r"therapie\s+(?:hat\s+)?(?:geholfen|gemacht)|seitdem\s+(?:nicht|nie|nichts)|"
    r"seit\s+jahren\s+(?:nicht|nichts|clean|stabil)|clean|uberstanden)\b",
)
_DE_PAST_TOPICS = (
    r"(?:suizid|selbstmord)gedanken\b",
    r"selbstverletz\w*",
    r"(?:habe|hab|hatte)\s+mich\s+(?:\w+\s+){0,2}?geritzt\b",
)

# es
_ES_PERSONAL = (
    r"(?:pienso|pensando|pensaba)\s+en\s+(?:el\s+)?suicid\w*",
    r"metodos?\s+de\s+suicidio\b",
)
_ES_FRAMES = (
    r"(?:tesis|tesina|tfg|tfm|doctorado|clase|clases|catedra|seminario|webinar|taller|"
    r"formacion|capacitacion|curso|congreso|articulo\w*|estudio\w*|investigacion\w*|"
    r"podcast\w*|documental\w*|pelicula|serie|capitulo|novela|libro|cancion|noticia\w*|"
    r"periodico|estadistica\w*|prevencion|pacientes?|true\s+crime|examen)\b",
)
_ES_TOPICS = (
    r"(?:sobre|acerca\s+del?)\s+(?:el\s+|la\s+)?(?:suicidio|suicidios|autolesion\w*|sobredosis)\b",
    r"(?:suicidio|suicidios|autolesiones|sobredosis)\s+(?:en|entre|juvenil|adolescente)\b",
    r"prevencion\s+del\s+suicidio\b",
)
_ES_PAST = (
    r"(?:hace\s+(?:mas\s+de\s+)?(?:\w+\s+)?anos|hace\s+mucho(?:\s+tiempo)?|"
    r"de\s+(?:adolescente|joven|nina|nino|chica|chico)|en\s+la\s+(?:adolescencia|prepa|"
    r"secundaria|universidad|facultad|carrera)|en\s+el\s+(?:instituto|colegio|liceo)|antes|"
    r"cuando\s+(?:era|tenia|estaba\s+en))\b",
)
_ES_RECOVERED = (
    r"(?:(?:ya\s+)?estoy\s+(?:bien|mejor|estable)|(?:ya\s+)?(?:paso|pasado|quedo\s+atras|"
    r"lo\s+supere|lo\s+he\s+superado)|hice\s+terapia|la\s+terapia\s+me\s+(?:ayudo|sirvio)|"
    r"que\s+no|desde\s+entonces\s+(?:nada|no)|ya\s+no)\b",
)
_ES_PAST_TOPICS = (
    r"me\s+(?:autolesionaba|cortaba|hacia\s+dano)\b",
    r"autolesion\w*",
    r"pensamientos\s+suicidas\b",
    r"intente\s+suicidarme\b",
)

# fr
_FR_PERSONAL = (
    r"(?:pense|penser|pensais)\s+(?:au\s+suicide|a\s+me\s+suicider)\b",
    r"methodes?\s+de\s+suicide\b",
)
_FR_FRAMES = (
    r"(?:these|memoire|doctorat|cours|amphi|conference|seminaire|webinaire|atelier|formation|"
    r"colloque|article\w*|etude\w*|recherche\w*|podcast\w*|documentaire\w*|docu|film|serie|"
    r"episode|roman|livre|chanson|journal|actu\w*|infos?|statistique\w*|prevention|"
    r"patient\w*|true\s+crime|examen|partiel\w*)\b",
)
_FR_TOPICS = (
    r"(?:sur|au\s+sujet\s+du|a\s+propos\s+du)\s+(?:le\s+|la\s+)?(?:suicide|suicides|"
    r"automutilation|scarification|overdose|surdose)s?\b",
    r"(?:sante\s+mentale\s+et\s+(?:le\s+)?suicide)\b",
    r"(?:suicide|suicides)\s+(?:chez|parmi|des)\b",
    r"prevention\s+du\s+suicide\b",
)
_FR_PAST = (
    r"(?:il\s+y\s+a\s+(?:plus\s+de\s+)?(?:\w+\s+)?ans|y\s+a\s+(?:\w+\s+)?ans|ado|"
    r"adolescente?|au\s+(?:lycee|college)|a\s+la\s+fac|quand\s+j\s?(?:etais|avais)|avant|"
    r"autrefois|a\s+l\s?epoque|pendant\s+(?:mon|ma|mes)\s+\w+)\b",
)
_FR_RECOVERED = (
    r"(?:(?:je\s+)?vais\s+(?:bien|mieux)\s+(?:maintenant|aujourd\s?hui|depuis)|"
    r"c\s?est\s+(?:fini|derriere\s+moi|du\s+passe|loin)|derriere\s+moi|"
    r"(?:la\s+)?therapie\s+m\s?a\s+(?:aidee?|sauvee?)|plus\s+rien\s+depuis|gueri\w*|"
    r"sortie?\s+d\s?affaire|je\s+m\s?en\s+suis\s+sortie?|stable\s+depuis)\b",
)
_FR_PAST_TOPICS = (
    r"(?:je\s+)?me\s+scarifiais\b",
    r"(?:idees|pensees)\s+suicidaires\b",
    r"(?:automutilation|scarification)s?\b",
)

# pt
_PT_PERSONAL = (
    r"(?:penso|pensando|pensava)\s+em\s+(?:suicidio|me\s+matar)\b",
    r"metodos?\s+de\s+suicidio\b",
)
_PT_FRAMES = (
    r"(?:tese|dissertacao|tcc|mestrado|doutorado|aula|aulas|palestra|seminario|webinar|"
    r"oficina|treinamento|formacao|capacitacao|curso|congresso|artigo\w*|estudo\w*|"
    r"pesquisa\w*|podcast\w*|documentario\w*|filme|serie|episodio|romance|livro|musica|"
    r"noticia\w*|jornal|estatistica\w*|prevencao|pacientes?|true\s+crime|prova)\b",
)
_PT_TOPICS = (
    r"(?:sobre|acerca\s+d[oa])\s+(?:o\s+|a\s+)?(?:suicidio|suicidios|automutilacao|overdose)\b",
    r"(?:suicidio|suicidios)\s+(?:entre|em|na|no)\b",
    r"prevencao\s+(?:do|ao)\s+suicidio\b",
)
_PT_PAST = (
    r"(?:ha\s+(?:mais\s+de\s+)?(?:\w+\s+)?anos|anos\s+atras|faz\s+(?:\w+\s+)?anos|"
    r"na\s+(?:adolescencia|faculdade|escola)|no\s+(?:mestrado|doutorado|colegio|"
    r"ensino\s+medio)|quando\s+(?:eu\s+)?(?:era|tinha|estava\s+na)|antigamente)\b",
)
_PT_RECOVERED = (
    r"(?:(?:hoje\s+|ja\s+)?estou\s+(?:bem|melhor|estavel)|(?:ja\s+)?passou|"
    r"ficou\s+para\s+tras|superei|fiz\s+(?:tratamento|terapia)|a\s+terapia\s+me\s+ajudou|"
    r"desde\s+entao\s+(?:nada|nao)|nunca\s+mais)\b",
)
_PT_PAST_TOPICS = (
    r"pensamentos\s+suicidas\b",
    r"me\s+(?:cortava|machucava)\b",
    r"automutila\w*",
)

# it
_IT_PERSONAL = (
    r"(?:penso|pensando|pensavo)\s+al\s+suicidio\b",
    r"metodi\s+(?:di|per)\s+suicid\w*",
)
_IT_FRAMES = (
    r"(?:tesi|tesina|dottorato|lezione|lezioni|seminario|webinar|workshop|formazione|corso|"
    r"convegno|congresso|articol\w*|studi\w*|ricerca\w*|podcast\w*|documentari\w*|film|serie|"
    r"episodio|romanzo|libro|canzone|notizi\w*|giornale|statistich\w*|prevenzione|pazienti?|"
    r"true\s+crime|esame)\b",
)
_IT_TOPICS = (
    r"(?:sul|sulla|sugli|sui)\s+(?:suicidio|suicidi|autolesionismo|overdose)\b",
    r"(?:suicidio|suicidi)\s+(?:tra|fra|nei|negli)\b",
    r"prevenzione\s+del\s+suicidio\b",
)
_IT_PAST = (
    r"(?:anni\s+fa|tanto\s+tempo\s+fa|da\s+(?:adolescente|ragazz[oa]|giovane)|"
    r"al\s+liceo|all\s?universita|quando\s+(?:ero|avevo|facevo)|una\s+volta)\b",
)
_IT_RECOVERED = (
    r"(?:(?:ora|adesso|oggi)\s+sto\s+bene|sto\s+bene\s+(?:ora|adesso|da)|(?:e|"
    r"ormai)\s+passato|acqua\s+passata|alle\s+spalle|la\s+terapia\s+mi\s+ha\s+aiutat[oa]|"
    r"ho\s+fatto\s+terapia|da\s+allora\s+(?:niente|nulla|piu)|ne\s+sono\s+uscit[oa])\b",
)
_IT_PAST_TOPICS = (
    r"mi\s+tagliavo\b",
    r"non\s+volevo\s+(?:piu\s+)?vivere\b",
    r"pensieri\s+suicid\w*",
    r"autolesion\w*",
)

# ru
_RU_PERSONAL = (
    r"(?:думаю|думала|думал|мысли)\s+(?:о|об|про)\s+(?:суицид\w*|самоубийств\w*)",
    r"способ\w*\s+(?:суицид\w*|самоубийств\w*)",
)
_RU_FRAMES = (
    r"(?:диссертаци\w*|диплом\w*|курсов\w*|лекци\w*|семинар\w*|вебинар\w*|тренинг\w*|"
    r"обучени\w*|курс\w*|конференци\w*|стать\w*|исследовани\w*|подкаст\w*|документальн\w*|"
    r"фильм\w*|сериал\w*|сери\w*|роман\w*|книг\w*|песн\w*|новост\w*|газет\w*|статистик\w*|"
    r"профилактик\w*|пациент\w*|клиент\w*|экзамен\w*|тру\s+крайм|радио|передач\w*|"
    r"программ\w*|эфир\w*)(?!\w)",
)
_RU_TOPICS = (
    r"(?:про|о|об)\s+(?:\w+\s+)?(?:суицид\w*|самоубийств\w*|самоповрежден\w*|передозировк\w*)",
    r"(?:суицид\w*|самоубийств\w*)\s+(?:среди|у)(?!\w)",
    r"профилактик\w*\s+(?:суицид\w*|самоубийств\w*)",
)
_RU_PAST = (
    r"(?:лет\s+(?:\w+\s+)?назад|года?\s+назад|давно|когда-то|когда\s+то|раньше|"
    r"в\s+(?:школе|юности|институте|универе|университете)|подростком|в\s+подростковом|в\s+\d+\s+(?:лет|года?))(?!\w)",
)
_RU_RECOVERED = (
    r"(?:(?:сейчас|теперь)\s+(?:все\s+)?(?:хорошо|нормально|ок|в\s+порядке)|"
    r"все\s+(?:давно\s+)?(?:позади|прошло)|позади|терапия\s+помогла|"
    r"с\s+тех\s+пор\s+(?:ничего|не)|ничего\s+такого|выбралась|выбрался)(?!\w)",
)
_RU_PAST_TOPICS = (
    r"(?:резала|резал|резалась|резался)(?:\s+(?:себя|руки|ноги))?(?!\w)",
    r"суицидальн\w*\s+мысл\w*",
    r"самоповрежд\w*",
)

# uk
_UK_PERSONAL = (
    r"(?:думаю|думала|думав|думки)\s+про\s+(?:суїцид\w*|самогубств\w*)",
    r"способ\w*\s+(?:суїцид\w*|самогубств\w*)",
)
_UK_FRAMES = (
    r"(?:дисертаці\w*|диплом\w*|курсов\w*|лекці\w*|семінар\w*|вебінар\w*|тренінг\w*|"
    r"навчанн\w*|курс\w*|конференці\w*|статт\w*|дослідженн\w*|подкаст\w*|документальн\w*|"
    r"фільм\w*|серіал\w*|роман\w*|книж\w*|книг\w*|пісн\w*|новин\w*|газет\w*|статистик\w*|"
    r"профілактик\w*|пацієнт\w*|клієнт\w*|іспит\w*|радіо|передач\w*|програм\w*|"
    r"ефір\w*)(?!\w)",
)
_UK_TOPICS = (
    r"(?:про|о)\s+(?:\w+\s+)?(?:суїцид\w*|самогубств\w*|самоушкодж\w*|передозуванн\w*)",
    r"(?:суїцид\w*|самогубств\w*)\s+(?:серед|у)(?!\w)",
    r"профілактик\w*\s+(?:суїцид\w*|самогубств\w*)",
)
_UK_PAST = (
    r"(?:років\s+(?:тому|сім|п'ять|\w+)|рок(?:и|у)\s+тому|колись|давно|"
    r"раніше|в\s+школі|у\s+школі|в\s+юності|підлітком|в\s+університеті)(?!\w)",
)
_UK_RECOVERED = (
    r"(?:(?:зараз|тепер)\s+(?:(?:у?все|усе)\s+)?(?:добре|нормально|ок)|(?:все|усе)\s+ок|"
    r"все\s+(?:давно\s+)?(?:позаду|минуло)|позаду|терапія\s+допомогла|нічого\s+такого|"
    r"відтоді\s+(?:нічого|не))(?!\w)",
)
_UK_PAST_TOPICS = (
    r"(?:різала|різав)\s+(?:себе|руки|ноги)(?!\w)",
    r"суїцидальн\w*\s+думк\w*",
    r"самоушкодж\w*",
)

# pl
_PL_PERSONAL = (
    r"(?:mysle|myslalam|myslalem)\s+o\s+samobojstw\w*",
    r"sposob\w*\s+na\s+samobojstw\w*",
)
_PL_FRAMES = (
    r"(?:prac\w*\s+(?:magistersk\w*|magisterk\w*|licencjack\w*|dyplomow\w*|doktorsk\w*)|doktorat\w*|"
    r"magistersk\w*|magisterk\w*|doktoratu|wyklad\w*|seminari\w*|webinar\w*|warsztat\w*|szkoleni\w*|"
    r"kurs\w*|konferencj\w*|artykul\w*|badani\w*|podcast\w*|dokument\w*|film\w*|serial\w*|"
    r"odcin\w*|powiesc\w*|ksiazk\w*|piosenk\w*|wiadomosci|gazet\w*|statystyk\w*|"
    r"profilaktyk\w*|prewencj\w*|pacjent\w*|true\s+crime|egzamin\w*)\b",
)
_PL_TOPICS = (
    r"(?:o|na\s+temat)\s+(?:\w+\s+)?samobojst\w*",
    r"samobojstw\w*\s+(?:wsrod|u)\b",
    r"(?:zapobiegani\w*|prewencj\w*|profilaktyk\w*)\s+samobojstw\w*",
)
_PL_PAST = (
    r"(?:lat\s+temu|dawno\s+temu|kiedys|w\s+(?:liceum|gimnazjum|podstawowce|"
    r"szkole|dziecinstwie)|na\s+studiach|jako\s+(?:nastolat\w*|dziecko)|gdy\s+bylam|"
    r"gdy\s+bylem|kiedy\s+(?:bylam|bylem))\b",
)
_PL_RECOVERED = (
    r"(?:(?:teraz\s+|juz\s+)?(?:jest\s+)?(?:dobrze|ok|okej|lepiej)(?:\s+teraz)?|"
    r"(?:juz\s+)?(?:minelo|za\s+mna|przeszlo)|terapia\s+(?:mi\s+)?pomogla|"
    r"od\s+tamtej\s+pory\s+(?:nic|nie)|wyszlam\s+z\s+tego|wyszedlem\s+z\s+tego)\b",
)
_PL_PAST_TOPICS = (
    r"(?:cielam|cialem|okaleczalam|okaleczalem)\s+sie\b",
    r"mysli\s+samobojcze\b",
    r"samookalecz\w*",
)

# nl
_NL_PERSONAL = (
    r"(?:denk|dacht|denken)\s+(?:\w+\s+)?aan\s+zelfmoord\w*",
    r"zelfmoordmethode\w*",
    # Set S/T: what was over is back ("sinds vorige week zijn ze weer terug").
    r"sinds\s+(?:vorige|afgelopen|deze|een\s+paar|kort|gisteren|eergisteren|\w+\s+dagen"
    r"|\w+\s+weken)\s+(?:\w+\s+){0,4}?weer\b",
    r"(?:weer|opnieuw)\s+(?:terug|begonnen|gestart|mezelf)\b",
    r"terugval\w*",
)
_NL_FRAMES = (
    r"(?:scriptie|proefschrift|promotie\w*|onderzoek\w*|college|colleges|hoorcollege|seminar|"
    r"webinar|workshop|training|cursus|congres|artikel\w*|studie\w*|podcast\w*|docu\w*|film|"
    r"serie|aflevering|roman|boek|liedje|nieuws|krant|statistiek\w*|preventie|patient\w*|"
    r"clienten|client|true\s+crime|tentamen)\b",
    r"(?:zelfmoord|suicide)preventie\w*",
)
_NL_TOPICS = (
    r"(?:over|rond)\s+(?:\w+\s+)?(?:zelfmoord\w*|suicide\w*|zelfdoding|zelfbeschadiging|"
    r"overdosis)\b",
    r"(?:zelfmoord|suicide)(?:cijfers|preventie|risico|onderzoek)\w*",
)
_NL_PAST = (
    r"(?:jaar\s+(?:geleden|terug)|lang\s+geleden|vroeger|"
    r"toen\s+ik\s+(?:\w+\s+){0,2}?(?:was|jong)|als\s+(?:tiener|puber|kind)|"
    r"op\s+de\s+middelbare|in\s+mijn\s+(?:tienerjaren|studietijd|jeugd))\b",
)
_NL_RECOVERED = (
    r"(?:(?:nu\s+)?(?:gaat\s+het\s+)?(?:goed|beter|stabiel)\s+(?:met\s+me|nu)|"
    r"het\s+gaat\s+(?:nu\s+)?(?:goed|beter)|(?:goed|lang)\s+voorbij|voorbij|achter\s+me|"
    r"goed\s+uitgekomen|therapie\s+(?:heeft\s+)?geholpen|sindsdien\s+(?:niet|niks|nooit))\b",
)
_NL_PAST_TOPICS = (
    r"(?:ik\s+)?sneed\s+mezelf\b",
    r"zelfmoordgedachten\b",
    r"zelfbeschadig\w*",
)

# tr
_TR_PERSONAL = (
    r"intihar\w*\s+(?:dusunuyorum|etmeyi\s+dusunuyorum|yontem\w*)",
    # Set S/T: what was over is back ("geçen haftadan beri yine başladı", "geri geldi").
    r"(?:yine|tekrar|yeniden)\s+(?:basla\w*|geldi\w*|dondu\w*|ortaya\s+cikt\w*)",
    r"geri\s+(?:geldi|dondu)\w*",
    r"(?:haftadan|haftadir|gundur|gunden|aydan|dunden)\s+(?:beri\s+)?(?:yine|tekrar)\b",
    r"nuks\w*",
)
_TR_FRAMES = (
    r"(?:tez\w*|doktora\w*|ders\w*|seminer\w*|webinar\w*|atolye\w*|egitim\w*|kurs\w*|"
    r"konferans\w*|kongre\w*|makale\w*|arastirma\w*|calisma\w*|podcast\w*|belgesel\w*|"
    r"film\w*|dizi\w*|bolum\w*|roman\w*|kitap\w*|sarki\w*|haber\w*|gazete\w*|istatistik\w*|"
    r"onleme|hasta\w*|danisan\w*|sinav\w*)\b",
)
_TR_TOPICS = (
    r"intihar\w*\s+(?:uzerine|hakkinda|konulu|orani\w*|onleme\w*|vakalari\w*|istatistik\w*)\b",
)
_TR_PAST = (
    r"(?:yil\s+once|yillar\s+once|yildir|eskiden|bir\s+zamanlar|"
    r"lisede\w*|ortaokulda\w*|universitede\w*|genclikte|ergenlikte|cocukken)\b",
)
_TR_RECOVERED = (
    r"(?:(?:artik|simdi)\s+(?:iyiyim|iyi|daha\s+iyiyim)|iyiyim|gecti|geride\s+kaldi|atlattim|"
    r"terapi\s+(?:cok\s+)?(?:iyi\s+geldi|yardimci\s+oldu)|hic\s+olmadi|bir\s+daha\s+olmadi)\b",
)
_TR_PAST_TOPICS = (
    r"kendime\s+zarar\s+veriyordum\b",
    r"intihar\s+dusunceleri\w*",
    r"kendine\s+zarar\s+verme\w*",
)

DISTANCES: dict[str, Distance] = {
    "en": Distance(
        frames=_EN_FRAMES,
        topics=_EN_TOPICS,
        past=_EN_PAST,
        recovered=_EN_RECOVERED,
        past_topics=_EN_PAST_TOPICS,
        personal=_EN_PERSONAL,
    ),
    "de": Distance(
        frames=_DE_FRAMES,
        topics=_DE_TOPICS,
        past=_DE_PAST,
        recovered=_DE_RECOVERED,
        past_topics=_DE_PAST_TOPICS,
        personal=_DE_PERSONAL,
    ),
    "es": Distance(
        frames=_ES_FRAMES,
        topics=_ES_TOPICS,
        past=_ES_PAST,
        recovered=_ES_RECOVERED,
        past_topics=_ES_PAST_TOPICS,
        personal=_ES_PERSONAL,
    ),
    "fr": Distance(
        frames=_FR_FRAMES,
        topics=_FR_TOPICS,
        past=_FR_PAST,
        recovered=_FR_RECOVERED,
        past_topics=_FR_PAST_TOPICS,
        personal=_FR_PERSONAL,
    ),
    "pt": Distance(
        frames=_PT_FRAMES,
        topics=_PT_TOPICS,
        past=_PT_PAST,
        recovered=_PT_RECOVERED,
        past_topics=_PT_PAST_TOPICS,
        personal=_PT_PERSONAL,
    ),
    "it": Distance(
        frames=_IT_FRAMES,
        topics=_IT_TOPICS,
        past=_IT_PAST,
        recovered=_IT_RECOVERED,
        past_topics=_IT_PAST_TOPICS,
        personal=_IT_PERSONAL,
    ),
    "ru": Distance(
        frames=_RU_FRAMES,
        topics=_RU_TOPICS,
        past=_RU_PAST,
        recovered=_RU_RECOVERED,
        past_topics=_RU_PAST_TOPICS,
        personal=_RU_PERSONAL,
    ),
    "uk": Distance(
        frames=_UK_FRAMES,
        topics=_UK_TOPICS,
        past=_UK_PAST,
        recovered=_UK_RECOVERED,
        past_topics=_UK_PAST_TOPICS,
        personal=_UK_PERSONAL,
    ),
    "pl": Distance(
        frames=_PL_FRAMES,
        topics=_PL_TOPICS,
        past=_PL_PAST,
        recovered=_PL_RECOVERED,
        past_topics=_PL_PAST_TOPICS,
        personal=_PL_PERSONAL,
    ),
    "nl": Distance(
        frames=_NL_FRAMES,
        topics=_NL_TOPICS,
        past=_NL_PAST,
        recovered=_NL_RECOVERED,
        past_topics=_NL_PAST_TOPICS,
        personal=_NL_PERSONAL,
    ),
    "tr": Distance(
        frames=_TR_FRAMES,
        topics=_TR_TOPICS,
        past=_TR_PAST,
        recovered=_TR_RECOVERED,
        past_topics=_TR_PAST_TOPICS,
        personal=_TR_PERSONAL,
    ),
}

# Set R's frames, topics and pasts (distance_told.py), added to each language's own; and set Y's
# crises back now (past_and_others.RETURNED), which keep the words personal.
DISTANCES = {
    language: replace(
        distance,
        frames=(*distance.frames, *distance_told.FRAMES.get(language, ())),
        topics=(
            *distance.topics,
            *distance_told.TOPICS.get(language, ()),
            *misfire_twelfth.TOPICS.get(language, ()),
        ),
        past=(*distance.past, *distance_told.PAST.get(language, ())),
        recovered=(*distance.recovered, *distance_told.RECOVERED.get(language, ())),
        past_topics=(*distance.past_topics, *distance_told.PAST_TOPICS.get(language, ())),
        personal=(
            *distance.personal,
            *RETURNED.get(language, ()),
            *misfire_twelfth.PERSONAL.get(language, ()),
        ),
    )
    for language, distance in DISTANCES.items()
}
