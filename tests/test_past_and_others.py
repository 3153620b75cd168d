"""Crises that are not the writer's now (bot/core/safety/past_and_others.py): one long over with
the writer well ("years ago I tried to end my life, today I'm doing well"), someone else's met
at work or asked about by a child ("paramedic, two overdoses tonight, I'm fine"; "my daughter
asked what suicide means"), and one said as a joke ("vou me jogar da janela kkkk brinks") get
no answer at all. The same words beside danger now (the thoughts back, again, lately, a plan,
pills ready, "me too", "not joking") are still a crisis or a question; a past crisis with what
says it is back is one even where the rules read no past attempt. Written for this test, in
all eleven languages."""

from __future__ import annotations

import pytest

from bot.core.safety import Concern
from bot.core.safety.classify import check_text

NO_ANSWER = (
    # en
    "Ten years ago I tried to kill myself. I'm doing really well now, married, two kids.",
    "I attempted suicide when I was 19, it's been fine for years now. calf twitch again lol",
    "back in college I was suicidal for a while, therapy helped and I'm good now",
    "I'm a paramedic, rough night: two overdoses and a cardiac arrest. I'm fine, just wiped",
    "I'm a 911 dispatcher, took a call from a woman who was suicidal. I'm ok, long shift",
    "I'm a police officer, today we talked a man down from the bridge. I'm alright, tired",
    "pharmacist here, a customer asked me how much paracetamol would be an overdose, for an "
    "essay. anyway does caffeine make twitches worse?",
    "my 7 year old asked me what suicide means, she heard it on the news. it went ok",
    "if I get one more email today i'll kill myself haha just kidding",
    # de
    "Vor sieben Jahren habe ich versucht, mich umzubringen. Heute geht es mir gut, neuer Job.",
    "Früher hatte ich Suizidgedanken, seit Jahren stabil. Wollte nur das Augenlid loggen",
    "Ich bin Notfallsanitäter, Nachtschicht mit zwei Suizidversuchen und einem Herzinfarkt. "
    "Mir geht's gut, nur müde",
    "Ich arbeite bei der Telefonseelsorge, heute viele Anrufe zu Suizidgedanken. Mir geht es "
    "gut, hatte Supervision",
    "meine Tochter (9) hat gefragt, was Selbstmord bedeutet. Schwieriges Gespräch, aber gut",
    # es
    "hace ocho años intenté suicidarme, hoy estoy bien, con trabajo nuevo y pareja",
    "de adolescente tenía pensamientos suicidas, ya estoy bien desde hace mucho",
    "soy enfermera en urgencias, hoy llegó una paciente con sobredosis, salió bien. estoy bien",
    "trabajo en urgencias, hoy dos intentos de suicidio y una sobredosis. estoy bien, agotada",
    "si mi jefe me manda otro correo me tiro por la ventana jajaja es broma",
    "jajajaja no puedo más con este video de gatos",
    # fr
    "il y a six ans j'ai fait une tentative de suicide, aujourd'hui je vais bien, je suis suivie",
    "je suis infirmière aux urgences, un patient en overdose cette nuit, sorti d'affaire. moi ça "
    "va, fatiguée",
    "pompier, grosse garde : deux tentatives de suicide et un incendie. ça va, juste crevé",
    "ma fille de 8 ans m'a demandé ce que veut dire le suicide. ça s'est bien passé",
    "encore un partiel raté, je vais me jeter par la fenêtre mdr je rigole",
    # it
    "dieci anni fa ho tentato il suicidio, ora sto bene e ho un lavoro nuovo",
    "sono infermiera in psichiatria, oggi un paziente con pensieri suicidi, gestito. sto bene",
    "faccio il soccorritore, turno pesante: due overdose e un incidente. sto bene, stanco",
    "se perdo un'altra partita mi butto dalla finestra ahahah scherzo",
    "sto morendo dal ridere, mio fratello è caduto dalla sedia",
    # nl
    "vijf jaar geleden heb ik een zelfmoordpoging gedaan, nu gaat het goed met me, nieuwe baan",
    "ik ben verpleegkundige op de SEH, vannacht twee overdoses binnen. met mij gaat het prima",
    "ik werk bij 113, veel gesprekken over zelfmoordgedachten vandaag. ik ben oké",
    "nog één vergadering en ik spring uit het raam haha grapje",
    "ik ga dood van het lachen om die video haha",
    # pl
    "kilka lat temu próbowałam się zabić, teraz jest dobrze, chodzę na terapię",
    "jestem ratownikiem, dyżur z dwoma przedawkowaniami i wypadkiem. jestem ok, zmęczony",
    "pracuję w telefonie zaufania, dużo rozmów o myślach samobójczych dziś. jestem ok",
    "jeszcze jedna kartkówka i wyskoczę przez okno xD żartuję",
    "umieram ze śmiechu, kot wpadł do wanny",
    # pt
    "há cinco anos tentei me matar, hoje estou bem, faço terapia e tenho emprego novo",
    "sou enfermeira na emergência, hoje chegou uma paciente com tentativa de suicídio, ficou "
    "estável. eu tô bem, cansada",
    "trabalho no SAMU, hoje duas tentativas de suicídio. tô bem, só cansado",
    "perdi de novo, vou me jogar da janela kkkkk brincadeira",
    "morri de rir com esse vídeo kkkkk",
    # ru
    "пять лет назад пыталась покончить с собой, сейчас все хорошо, хожу к психологу",
    "работаю на телефоне доверия, сегодня много звонков про суицидальные мысли. я в порядке",
    "я фельдшер, на смене два передоза и инсульт. я в порядке, просто устал",
    "если завтра опять контрольная, выпрыгну из окна ахах шучу",
    "умираю со смеху, кот упал в ванну",
    # uk
    "років п'ять тому намагалася покінчити з собою, зараз усе добре, ходжу на терапію",
    "я фельдшер швидкої, за зміну два передози і ДТП. я в порядку, просто втомився",
    "працюю на швидкій, за зміну два передози. я в порядку",
    "ще одна нарада і вистрибну з вікна хаха жартую",
    "помираю від сміху, кіт упав у ванну",
    # tr
    "yıllar önce intihar girişiminde bulundum, şimdi iyiyim, terapiye gidiyorum",
    "hemşireyim, bugün acile intihar girişiminde bulunan bir hasta geldi, stabil. ben iyiyim",
    "acilde çalışıyorum, bugün iki intihar vakası geldi. ben iyiyim, yorgunum",
    "bir toplantı daha olursa kendimi camdan atacağım sjsjsj şaka",
    "bir daha kaybedersem kendimi camdan atacağım sjsjsj şaka",
)

# The same words beside danger now, or someone's emergency now: still answered.
STILL_ANSWERED = (
    # en
    "Five years ago today I tried to end my life. Lately the thoughts are back though.",
    "I used to have suicidal thoughts. It was fine for years but I'm thinking about it again.",
    "Years ago I attempted suicide, I'm in therapy, but last night I wanted to die again",
    "years ago I tried to kill myself, I got better, but I'm not ok right now",
    "Ten years ago I attempted suicide. I'm fine now. But tonight I have the pills ready.",
    "I'm a nurse, we had a suicidal patient today and honestly I feel the same way",
    "paramedic here, two overdoses tonight. sometimes I think about doing it myself",
    "I'm a nurse and I took an overdose last night",
    "paramedic here, my husband took an overdose, he's not breathing what do I do",
    "my daughter asked what suicide means and then said she wants to do it",
    "gonna kill myself lol jk... unless? seriously i can't anymore",
    # de
    "Vor Jahren habe ich versucht, mich umzubringen. Seit letzter Woche sind die Gedanken "
    "wieder da.",
    "Früher hatte ich Suizidgedanken, mir geht es gut, aber in letzter Zeit denke ich wieder "
    "daran",
    "Ich bin Krankenschwester, hatte heute eine suizidale Patientin, und ich will auch nicht "
    "mehr leben",
    "Ich bin Krankenschwester, mein Sohn hat eine Überdosis genommen, er atmet nicht",
    "Vor Jahren habe ich versucht, mich umzubringen. Jetzt geht es mir gut, aber ich habe "
    "einen Plan",
    # es
    "hace años intenté suicidarme, estuve bien, pero últimamente pienso en eso otra vez",
    "hace años intenté suicidarme, estoy bien, pero esta noche tengo las pastillas preparadas",
    "soy enfermera, hoy una paciente con sobredosis y yo también a veces quiero morir",
    "soy enfermera y mi hijo tomó una sobredosis, no responde",
    "me tiro por la ventana jajaja es broma, en serio quiero morirme",
    "me tiro por la ventana jaja es broma... en serio ya no puedo más",
    # fr
    "il y a des années j'ai fait une tentative de suicide, j'allais mieux mais les idées "
    "reviennent",
    "je suis infirmière, un patient suicidaire aujourd'hui, et moi aussi j'ai envie d'en finir",
    "il y a des années j'ai fait une tentative de suicide, je vais bien, mais ce soir j'ai envie "
    "d'en finir",
    "je suis infirmière, mon mari a fait une overdose, il respire plus",
    "je vais me jeter par la fenêtre mdr je rigole... sérieux j'en peux plus",
    # it
    "anni fa ho tentato il suicidio, stavo meglio ma ultimamente ci ripenso",
    "anni fa ho tentato il suicidio, sto bene, ma stasera voglio farla finita",
    "sono infermiera, un paziente con pensieri suicidi, e anche io voglio morire",
    "sono infermiera, mio figlio ha preso un'overdose, non risponde",
    "ahah mi butto dalla finestra scherzo... sul serio, voglio morire",
    # nl
    "vroeger had ik zelfmoordgedachten, het ging jaren goed maar sinds kort zijn ze terug",
    "jaren geleden heb ik een zelfmoordpoging gedaan, het gaat goed, maar vannacht wil ik dood",
    "ik ben verpleegkundige, een suïcidale patiënt vandaag, en ik wil ook dood",
    "ik ben verpleegkundige, mijn zoon heeft een overdosis genomen, hij reageert niet",
    "vroeger had ik suïcidale gedachten, het gaat nu al jaren goed, maar de laatste tijd denk "
    "ik er weer aan",
    # pl
    "kilka lat temu próbowałam się zabić, było dobrze, ale ostatnio znowu o tym myślę",
    "kilka lat temu próbowałem się zabić, jest dobrze, ale dziś w nocy chcę to zrobić",
    "jestem ratownikiem, dwa przedawkowania, a ja też chcę umrzeć",
    "lata temu miałam myśli samobójcze, teraz jest dobrze, ale ostatnio znowu wróciły",
    "wyskoczę przez okno xD żartuję... na serio chcę umrzeć",
    # pt
    "há anos tentei me matar, estou bem mas ultimamente penso em morrer de novo",
    "há anos tentei me matar, estou bem, mas hoje à noite quero me matar",
    "sou enfermeira, uma paciente com tentativa de suicídio, e eu também quero morrer",
    "sou enfermeira, meu filho tomou uma overdose, não responde",
    "vou me jogar da janela kkkk brinks... mas sério, não aguento mais",
    # ru
    "пять лет назад пыталась покончить с собой, было хорошо, но в последнее время снова думаю "
    "об этом",
    "пять лет назад пыталась покончить с собой, сейчас нормально, но сегодня ночью хочу умереть",
    "я фельдшер, два передоза, и я тоже хочу умереть",
    "я медсестра, сын наглотался таблеток, не дышит",
    "выпрыгну из окна ахах шучу... серьезно, хочу умереть",
    # uk
    "колись я думала про самогубство, було добре, але останнім часом знову думаю про це",
    "колись намагалася покінчити з собою, зараз добре, але сьогодні вночі хочу померти",
    "я фельдшер, два передози, і я теж хочу померти",
    "я медсестра, син наковтався пігулок, не дихає",
    "вистрибну з вікна хаха жартую... серйозно, хочу померти",
    # tr
    "yıllar önce intihar girişiminde bulundum, iyiydim ama son zamanlarda yine düşünüyorum",
    "yıllar önce intihar girişiminde bulundum, iyiyim ama bu gece ölmek istiyorum",
    "hemşireyim, intihar girişiminde bulunan bir hasta geldi, ben de ölmek istiyorum",
    "hemşireyim, oğlum aşırı doz aldı, nefes almıyor",
    "kendimi camdan atacağım sjsj şaka... ciddiyim, ölmek istiyorum",
)


@pytest.mark.parametrize("text", NO_ANSWER)
def test_not_the_writers_crisis_now_gets_no_answer(text: str) -> None:
    assert check_text(text).concern is Concern.NONE


@pytest.mark.parametrize("text", STILL_ANSWERED)
def test_danger_now_is_still_answered(text: str) -> None:
    assert check_text(text).concern in (Concern.CRISIS, Concern.ASK, Concern.EMERGENCY)


def test_as_many_near_misses_as_answered() -> None:
    assert len(STILL_ANSWERED) >= len(NO_ANSWER)
