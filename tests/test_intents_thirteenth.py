"""The thirteenth round's intent families (`bot.core.intents.rules_thirteenth`), each by
phrasings other than the rows they were written from, in every language; and near misses that
must not take them."""

from __future__ import annotations

import pytest

from bot.core.intents import Intent
from bot.core.intents.classify import classify

N = Intent

FAMILIES: list[tuple[str, Intent]] = [
    # pause until a day or a date
    ("please mute the reminders till friday, I'm travelling", N.PAUSE),
    ("stop texting me until next week, got exams", N.PAUSE),
    ("switch it off until tomorrow, I got a lot on", N.PAUSE),
    ("schalt bitte alles stumm bis sonntag", N.PAUSE),
    ("schreib mir bis nächste woche nicht, bin im stress", N.PAUSE),
    ("no me escribas hasta el viernes porfa", N.PAUSE),
    ("desactiva los avisos hasta mañana, tengo un examen", N.PAUSE),
    ("coupe les notifs jusqu'à lundi stp", N.PAUSE),
    ("arrête de m'écrire jusqu'au week-end, j'ai des partiels", N.PAUSE),
    ("desliga as notificações até segunda, tô em semana de prova", N.PAUSE),
    ("para de me mandar mensagem até sexta", N.PAUSE),
    ("отключи уведомления до понедельника, у меня сессия", N.PAUSE),
    ("не пиши мне до выходных пожалуйста", N.PAUSE),
    # thanks and how one feels now
    ("thank you, honestly I feel a bit lighter now", N.THANKS),
    ("danke, fühl mich gerade echt etwas ruhiger", N.THANKS),
    ("gracias, me siento mucho mejor ahora mismo", N.THANKS),
    ("merci, je me sens un peu plus calme", N.THANKS),
    ("obrigada, me sinto bem mais leve agora", N.THANKS),
    ("спасибо, мне правда стало легче", N.THANKS),
    # a short night and worn out by it
    ("got like 2 hours of sleep, completely knackered", N.CANT_SLEEP),
    ("nur zwei stunden geschlafen, bin komplett platt", N.CANT_SLEEP),
    ("dormí 3 horas y estoy hecha polvo", N.CANT_SLEEP),
    ("j'ai dormi 2h, je suis complètement naze", N.CANT_SLEEP),
    ("dormi umas 4 horas, tô um caco", N.CANT_SLEEP),
    ("спал часа три, весь разбитый", N.CANT_SLEEP),
    # what helps to sleep, asked first, with the tossing after it
    ("anything that helps to fall asleep? i lie awake for ages", N.SLEEP_QUESTION),
    ("was hilft zum einschlafen? ich lieg jede nacht wach", N.SLEEP_QUESTION),
    ("algún truco para dormirme? no puedo dormir nunca", N.SLEEP_QUESTION),
    ("des astuces pour m'endormir ? je me tourne et retourne", N.SLEEP_QUESTION),
    ("alguma dica pra pegar no sono? fico virando na cama", N.SLEEP_QUESTION),
    ("что помогает заснуть? ворочаюсь полночи", N.SLEEP_QUESTION),
    # venting about many things, a twitch or the nights among them
    ("bills, the landlord, the kids, and on top of that my eyelid keeps jumping", N.VENTING),
    ("my boss is on my back all week and my calf won't stop twitching", N.VENTING),
    ("miete, kinder, job und jetzt auch noch das zucken im auge", N.VENTING),
    ("el jefe me estresa muchísimo y el párpado me tiembla todo el día", N.VENTING),
    ("hipoteca, trabajo, los niños y para colmo este temblor en el ojo", N.VENTING),
    ("le loyer, le boulot, ma mère à l'hôpital et en plus ces tics", N.VENTING),
    ("aluguel, faculdade, trabalho e ainda por cima esse tremor no olho", N.VENTING),
    ("кредит, работа, дети, а тут ещё и глаз дёргается", N.VENTING),
    ("everything is piling up and my eye keeps twitching", N.VENTING),
    ("exams, rent, work, and on top of that I can't sleep", N.VENTING),
    ("Klausuren, Miete, Job, und dann auch noch schlaf ich kaum", N.VENTING),
    ("sick of being scared all the time about my body", N.ANXIOUS),
    ("estoy cansada de tener miedo por cualquier cosa", N.ANXIOUS),
    ("cansado de ter medo de tudo", N.ANXIOUS),
    ("надоело переживать за каждую мелочь со здоровьем", N.ANXIOUS),
    # checkin: the day summed up, the nightly thing
    ("ok let's wrap up the day: 2 coffees, eye twitched a bit", N.CHECKIN),
    ("time for our nightly thing", N.CHECKIN),
    ("Tagesbilanz: zwei Kaffee, Lid hat gezuckt", N.CHECKIN),
    ("hagamos el balance del día, dos cafés", N.CHECKIN),
    ("on fait le point sur la journée ? deux cafés", N.CHECKIN),
    ("bora fazer o balanço do dia, dois cafés", N.CHECKIN),
    ("подведём итоги: кофе три, спала плохо", N.CHECKIN),
    # coffee: counted through the day, espresso made at home
    ("green tea, my fourth today", N.COFFEE),
    ("Schwarztee, der dritte heute", N.COFFEE),
    ("té negro, el cuarto de hoy", N.COFFEE),
    ("café noir, le troisième de la journée", N.COFFEE),
    ("chá preto, o terceiro do dia", N.COFFEE),
    ("кофе, уже четвёртый за день", N.COFFEE),
    ("just pulled my second shot of the morning", N.COFFEE),
    ("me saqué un doble con la cafetera italiana", N.COFFEE),
    ("tirei um expresso duplo agora", N.COFFEE),
    ("сварила себе эспрессо в турке", N.COFFEE),
    # breathe: breathe it out, catch one's breath
    ("i need to catch my breath", N.BREATHE),
    ("ich muss kurz durchschnaufen", N.BREATHE),
    ("necesito tomar aire un momento", N.BREATHE),
    ("j'ai besoin de reprendre mon souffle", N.BREATHE),
    ("preciso recuperar o fôlego", N.BREATHE),
    ("дай отдышаться, меня колотит", N.BREATHE),
    # twitching now, after the day's coffees and sleep
    ("3 coffees, slept 6h, and my eyelid is fluttering as I type", N.TWITCHING),
    ("zwei Kaffee, schlecht geschlafen, und jetzt zuckt die Wade wieder", N.TWITCHING),
    ("dos cafés, dormí mal, y ahora el párpado me salta sin parar", N.TWITCHING),
    ("deux cafés, mal dormi, et là maintenant mon mollet saute", N.TWITCHING),
    ("três cafés, dormi mal e agora a pálpebra tá pulando", N.TWITCHING),
    ("два кофе, спала 6 часов, и сейчас веко дёргается", N.TWITCHING),
    # caffeine question: does a drink count as caffeine
    ("does matcha count as caffeine or not?", N.CAFFEINE_QUESTION),
    ("zählt grüner tee eigentlich als koffein?", N.CAFFEINE_QUESTION),
    ("el mate cuenta como cafeína? tomo mucho", N.CAFFEINE_QUESTION),
    ("le thé ça compte comme caféine ? j'en bois trois", N.CAFFEINE_QUESTION),
    ("chimarrão conta como cafeína? tomo todo dia", N.CAFFEINE_QUESTION),
    ("зелёный чай считается за кофеин? пью много", N.CAFFEINE_QUESTION),
    # settings: the units
    ("can you show everything in millilitres", N.SETTINGS),
    ("kannst du auf ml umstellen?", N.SETTINGS),
    ("cámbialo a mililitros por favor", N.SETTINGS),
    ("tu peux passer en ml ?", N.SETTINGS),
    ("muda pra ml por favor", N.SETTINGS),
    ("переключи на миллилитры", N.SETTINGS),
]

NEAR_MISSES: list[tuple[str, Intent | None]] = [
    # a twitch until a day is no pause; the phone turned off is not the bot
    ("my eye twitched from friday until monday", N.TWITCHING),
    ("my exams last until monday", None),
    # thanks with a "not" is something more
    ("thanks, but i still don't feel better", None),
    # a long night is no short one
    ("slept 9 hours, totally wiped", None),
    # a sleepless night told first, the work and the twitch in it, stays the night
    ("can't sleep again, thinking about work, and on top of that my eyelid jumps", N.CANT_SLEEP),
    # a twitch now that asks what causes it stays the question
    ("had 3 coffees and right now my eyelid is jumping, could it be the coffee?", N.TWITCHING),
    # the third time is no drink
    ("third time today my eye twitched", N.TWITCHING),
    ("es la tercera vez hoy que me pasa", None),
    # counting coffees is the log, not the question
    ("I count it as a coffee, logging it", N.COFFEE),
    # at work, and now the eye: the twitch told, not a list of loads
    ("at work and now my eye is twitching again", N.TWITCHING),
    ("ma paupière saute tout le temps, en plus j'ai bu trois cafés", N.TWITCHING),
    ("el ojo me tiembla justo encima de la ceja, en el trabajo", N.TWITCHING),
    # a tooth pulled, a double shift: no espresso
    ("mir wurde heute ein zahn gezogen", None),
    ("pulled a double shift and my eye won't stop twitching", N.TWITCHING),
    # breathlessness misspelt is no wish to breathe
    ("у меня отдышка после лестницы", None),
]

# Readings these rules must not give, whatever else the message is read as.
NOT_THESE: list[tuple[str, Intent]] = [
    ("had 3 coffees and right now my eyelid is jumping, could it be the coffee?", N.COFFEE),
    ("can I ask what helps with sleep", N.CANT_SLEEP),
    ("pulled a muscle at the gym, calf twitching", N.COFFEE),
    ("I switched to decaf today", N.SETTINGS),
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
