"""The twelfth round's intent families (`bot.core.intents.rules_twelfth`), each by phrasings
other than the rows they were written from, in every language; and near misses that must not
take them."""

from __future__ import annotations

import pytest

from bot.core.intents import Intent
from bot.core.intents.classify import classify

N = Intent

FAMILIES: list[tuple[str, Intent]] = [
    # twitching now: starts up again, hops, knocks from inside, told beside the day's coffees
    ("had 3 coffees, slept badly, and right now my thigh is doing that jumpy thing", N.TWITCHING),
    ("ugh my left eyelid started up again", N.TWITCHING),
    ("feels like something is tapping from the inside of my foot", N.TWITCHING),
    ("zwei Kaffee heute, und grad fängt mein Augenlid wieder an", N.TWITCHING),
    ("gerade schon wieder die linke Wade, nervt", N.TWITCHING),
    ("es klopft irgendwie von innen im Fuß", N.TWITCHING),
    ("empezó otra vez el muslo a saltar", N.TWITCHING),
    ("el parpado me brinca sin parar", N.TWITCHING),
    ("como si algo golpeara por dentro del pie", N.TWITCHING),
    ("2 cafés ce matin et là c'est le mollet qui gigote", N.TWITCHING),
    ("ça recommence dans la paupière", N.TWITCHING),
    ("a coxa tá tremelicando agora", N.TWITCHING),
    ("parece que tem algo batendo por dentro da panturrilha", N.TWITCHING),
    ("в икре что-то пульсирует уже минут десять", N.TWITCHING),
    ("как будто стучит изнутри, прям в бедре", N.TWITCHING),
    # caffeine questions
    ("would switching to decaf actually help with the twitching?", N.CAFFEINE_QUESTION),
    ("is decaf just placebo for me", N.CAFFEINE_QUESTION),
    ("is coffee on an empty stomach worse for this?", N.CAFFEINE_QUESTION),
    ("if i quit coffee cold turkey will i get headaches", N.CAFFEINE_QUESTION),
    ("is instant coffee weaker than filter?", N.CAFFEINE_QUESTION),
    ("hilft koffeinfreier Kaffee bei dem Zucken?", N.CAFFEINE_QUESTION),
    ("ist Kaffee auf nüchternen Magen schlimmer?", N.CAFFEINE_QUESTION),
    ("wenn ich mit Kaffee aufhöre, krieg ich dann Kopfschmerzen?", N.CAFFEINE_QUESTION),
    ("sirve de algo pasarme al descafeinado?", N.CAFFEINE_QUESTION),
    ("el cafe en ayunas es peor?", N.CAFFEINE_QUESTION),
    ("si dejo el cafe de golpe me va a dar dolor de cabeza?", N.CAFFEINE_QUESTION),
    ("ça sert à quelque chose de passer au déca ?", N.CAFFEINE_QUESTION),
    ("le cafe soluble est moins fort que le filtre ?", N.CAFFEINE_QUESTION),
    ("que le café empêche de dormir c'est un mythe ?", N.CAFFEINE_QUESTION),
    ("adianta tomar descafeinado?", N.CAFFEINE_QUESTION),
    ("café de estômago vazio faz mal?", N.CAFFEINE_QUESTION),
    ("se eu parar o café vou ter dor de cabeça?", N.CAFFEINE_QUESTION),
    ("декаф вообще помогает или нет?", N.CAFFEINE_QUESTION),
    ("кофе натощак вредно?", N.CAFFEINE_QUESTION),
    ("если брошу пить кофе будет болеть голова?", N.CAFFEINE_QUESTION),
    ("эспрессо крепче по кофеину чем фильтр?", N.CAFFEINE_QUESTION),
    # a drink logged because of its caffeine
    ("green tea just now, it has caffeine so im logging it", N.COFFEE),
    ("un thé vert, y a de la caféine dedans du coup je le note", N.COFFEE),
    # sleep questions
    ("any way to fall asleep faster?", N.SLEEP_QUESTION),
    ("should i get up or stay in bed when i can't sleep?", N.SLEEP_QUESTION),
    ("does white noise help you sleep?", N.SLEEP_QUESTION),
    ("wie kann ich schneller einschlafen?", N.SLEEP_QUESTION),
    ("lieber aufstehen oder liegen bleiben, wenn ich nicht schlafen kann?", N.SLEEP_QUESTION),
    ("como hago para dormirme mas rapido", N.SLEEP_QUESTION),
    ("es mejor levantarme o quedarme en la cama si no puedo dormir?", N.SLEEP_QUESTION),
    ("comment m'endormir plus vite ?", N.SLEEP_QUESTION),
    ("la tisane ça aide vraiment à dormir ?", N.SLEEP_QUESTION),
    ("como pegar no sono mais rapido?", N.SLEEP_QUESTION),
    ("melhor levantar ou ficar na cama quando não consigo dormir?", N.SLEEP_QUESTION),
    ("как уснуть побыстрее?", N.SLEEP_QUESTION),
    ("травяной чай на ночь полезно?", N.SLEEP_QUESTION),
    # the worst imagined at every twitch
    ("every twitch and i immediately think the worst", N.ANXIOUS),
    ("ich mach mir Sorgen bei jedem Zucken, denk gleich ans Schlimmste", N.ANXIOUS),
    ("con cada temblor pienso en lo peor", N.ANXIOUS),
    ("à chaque tic j'imagine le pire", N.ANXIOUS),
    ("cada tremida no olho eu já penso no pior", N.ANXIOUS),
    ("от каждого подёргивания сразу думаю о худшем", N.ANXIOUS),
    # history: past check-ins again, which weekday
    ("can i look back at my old check-ins?", N.HISTORY),
    ("which day of the week do i twitch most?", N.HISTORY),
    ("kann ich meine Einträge vom Januar nochmal ansehen?", N.HISTORY),
    ("quiero repasar mis registros del mes pasado", N.HISTORY),
    ("quel jour de la semaine j'ai le plus de tics ?", N.HISTORY),
    ("quero rever meus registros de outubro", N.HISTORY),
    ("в какие дни недели у меня больше всего дёргается?", N.HISTORY),
    # report: a summary for a therapist
    ("can you make a summary of my logs for my therapist", N.REPORT),
    ("mach mir eine Zusammenfassung für meine Psychologin", N.REPORT),
    ("hazme un resumen para mi psicologa", N.REPORT),
    ("tu peux me faire un récap pour ma psy ?", N.REPORT),
    ("faz um resumo pra minha terapeuta", N.REPORT),
    ("сделай сводку для моего психолога", N.REPORT),
    # checkin
    ("forgot last night, can we do todays one now", N.CHECKIN),
    ("Erinnerung ist gekommen, legen wir los", N.CHECKIN),
    ("recibí el aviso, vamos", N.CHECKIN),
    ("vu le rappel, on y va", N.CHECKIN),
    ("chegou o lembrete, bora", N.CHECKIN),
    ("пришло напоминание, давай", N.CHECKIN),
    # pause
    ("turn the reminders off, i'll switch them back on myself", N.PAUSE),
    ("hör bitte erstmal auf mich zu erinnern", N.PAUSE),
    ("deja de escribirme un rato porfa", N.PAUSE),
    ("arrête de m'écrire un moment stp", N.PAUSE),
    ("para de me mandar mensagem um pouco", N.PAUSE),
    ("выключи пока уведомления", N.PAUSE),
    # settings, coffee
    ("can you use 24 hour time instead", N.SETTINGS),
    ("Uhrzeit bitte im 24h Format", N.SETTINGS),
    ("formato de 24 horas, por favor", N.SETTINGS),
    ("24h clock please", N.SETTINGS),
    ("im 24h Format bitte", N.SETTINGS),
    ("third mug of the day", N.COFFEE),
    ("2nd mug already", N.COFFEE),
    ("3e tasse", N.COFFEE),
    ("dritte Tasse heute", N.COFFEE),
    ("tercera taza del dia", N.COFFEE),
    ("troisième tasse ce matin", N.COFFEE),
    ("terceira xícara hoje", N.COFFEE),
    ("вторая чашка за утро", N.COFFEE),
    # greeting and goodnight
    ("hello, new here", N.GREETING),
    ("hallo, bin ganz neu hier", N.GREETING),
    ("hola, soy nueva por aqui", N.GREETING),
    ("salut, je suis nouveau ici", N.GREETING),
    ("oi, sou nova aqui", N.GREETING),
    ("привет, я тут новенький", N.GREETING),
    ("ok that's it for me, catch you later", N.GOODNIGHT),
    ("das wars für heute, bis morgen", N.GOODNIGHT),
    ("bueno me piro, besitos", N.GOODNIGHT),
    ("je me sauve, bises", N.GOODNIGHT),
    ("vou nessa, beijos", N.GOODNIGHT),
    ("ладно я все, до завтра", N.GOODNIGHT),
]

NEAR_MISSES: list[tuple[str, Intent | None]] = [
    # a question about caffeine is not the log, nor the twitching
    ("does coffee make my eyelid twitch?", N.CAFFEINE_QUESTION),
    ("is there caffeine in matcha?", N.CAFFEINE_QUESTION),
    # how was my week is a look back, not the report
    ("how was my week", N.HISTORY),
    ("wie war meine Woche", N.HISTORY),
    # a coffee just had is the coffee
    ("just had a coffee on an empty stomach", N.COFFEE),
    ("je viens de boire un café à jeun", N.COFFEE),
    # a work report and someone's therapist
    ("the quarterly report is due and i'm so stressed", N.ANXIOUS),
    ("my therapist sent me a worksheet", None),
    # doing one's check-in is not a look back
    ("let's do my check-in", N.CHECKIN),
    # a talk tomorrow with someone, nothing new, a first time: no sign-off, no hello
    ("talk to my doctor tomorrow about it", None),
    ("nothing new here", None),
    ("first time my eye did that", None),
    ("i'll talk to my boss tomorrow", None),
    # pain coming back is not a twitch; a decaf ordered is the drink
    ("ça recommence, j'ai mal au pied", None),
    # a report at work is no report to a doctor
    ("tengo que entregar el informe y estoy agobiada", N.ANXIOUS),
    ("на работе завал, надо сдать отчет", None),
    # the third time is no drink
    ("third time this week my eye twitched", N.TWITCHING),
    ("tercera vez que me pasa hoy", None),
]

# Readings these rules must not give, whatever else the message is read as.
NOT_THESE: list[tuple[str, Intent]] = [
    ("machst du mir einen entkoffeinierten?", N.CAFFEINE_QUESTION),
    ("отключи напоминание про кофе", N.PAUSE),
    ("I drink chamomile tea before bed every night", N.CAFFEINE_QUESTION),
    ("my eye twitches, I'm convinced it's the coffee", N.ANXIOUS),
    ("hoy tercera taza de cafe y me tiembla el ojo", N.COFFEE),
    # who recommended the bot, then how it works: a call for help, not a hello
    ("my GP recommended this app, how does it work?", N.GREETING),
    ("Mein Arzt hat mir den Bot empfohlen, was kannst du?", N.GREETING),
    ("me recomendaron esta app, como funciona?", N.GREETING),
    ("ma psy m'a recommandé cette app, comment ça marche ?", N.GREETING),
    ("me indicaram o app, como funciona?", N.GREETING),
    ("мне посоветовали это приложение, что ты умеешь?", N.GREETING),
]


@pytest.mark.parametrize(("text", "intent"), FAMILIES)
def test_families(text: str, intent: Intent) -> None:
    assert classify(text) is intent


@pytest.mark.parametrize(("text", "intent"), NEAR_MISSES)
def test_near_misses(text: str, intent: Intent | None) -> None:
    assert classify(text) is intent


@pytest.mark.parametrize(("text", "intent"), NOT_THESE)
def test_not_these(text: str, intent: Intent) -> None:
    assert classify(text) is not intent
