"""Emergencies outside the twitching world (bot/core/safety/injury_poison.py): poisoning by
mushrooms, plants or chemicals, fumes from mixed cleaners, a medicine taken twice by mistake, a
severe injury (a fall from a height, a crush, a bone out, bleeding that will not stop), a severe
burn, a pregnancy in danger, a venomous bite, cold water. Someone else named gets the
bystander's answer (someone_else), the writer's own the closest sign. Near misses (a first-aid
course, a hospital drama, a mushroom-picking trip that went fine, a small kitchen burn, a
sprained ankle, a vet's story of a dog, a past accident now healed, pregnancy news) get no
answer at all. And the neck too weak to hold the head up (head_drop.py) is a red flag, not an
emergency. Written for this test, in all eleven languages and Russian in Latin letters."""

from __future__ import annotations

import pytest

from bot.core.safety import Concern
from bot.core.safety.classify import check_text
from bot.core.safety.verdict import EmergencySign, RedFlag

# Someone else in danger: the bystander's answer.
SOMEONE_ELSE = (
    "my daughter ate some berries from the hedge and now she keeps vomiting and is very drowsy",
    "my neighbour fell off the scaffolding and he's not moving",
    "my husband came off his motorbike, his leg is bent the wrong way and he's screaming in pain",
    "a rattlesnake bit my brother on the trail, his hand is swelling fast and he feels faint",
    "we pulled my cousin out of the lake, his lips are blue and he's not breathing",
    "my wife is pregnant and she's bleeding heavily, lots of blood",
    "my grandad took his heart pills twice by mistake and his pulse is really slow",
    "mein Opa ist von der Leiter gestürzt und reagiert nicht mehr",
    "meine Tochter hat giftige Beeren gegessen und erbricht ständig",
    "mi hermano se cayó de la moto, está inconsciente y le sale sangre del oído",
    "mi padre comió setas del monte y ahora vomita sin parar",
    "mon frère est tombé du toit, il ne bouge plus",
    "ma fille a mangé des baies sauvages, elle vomit et elle est toute molle",
    "mio nonno è caduto dal tetto e non risponde",
    "mia figlia ha mangiato dei funghi raccolti nel bosco e vomita da un'ora",
    "mijn opa is van de trap gevallen en reageert niet",
    "mijn zoon heeft bessen van de taxus gegeten en geeft over",
    "mój tata spadł z rusztowania i nie rusza się",
    "moja córka zjadła grzyby z lasu i wymiotuje od godziny",
    "meu avô caiu da escada e está desacordado",
    "minha filha comeu frutinhas do mato e está vomitando sem parar",
    "мой дед упал с крыши и не приходит в себя",
    "сын съел ягоды волчьей ягоды, его рвет и он вялый",
    "мій дід впав з драбини і не реагує",
    "донька з'їла гриби з лісу і блює без зупинки",
    "babam merdivenden düştü, bilinci kapalı",
    "oğlum ormanda mantar yedi, durmadan kusuyor",
    "moj ded upal s kryshi i ne prihodit v sebya",
)

# The writer's own, or no one named: an emergency all the same.
EMERGENCY = (
    "I mixed bleach and toilet cleaner and now my throat is burning and I can't breathe",
    "I accidentally injected my insulin twice and now I'm shaking and sweating",
    "spilled boiling water all over my chest, the skin is coming off",
    "36 weeks pregnant with a splitting headache and I keep seeing flashes",
    "cut my leg with the chainsaw, blood is pumping out and won't stop",
    "ich hab Chlorreiniger und Essig gemischt, jetzt brennt meine Lunge und ich bekomme kaum Luft",
    "ich habe aus Versehen zweimal meine Blutdrucktabletten genommen, mir ist schwindlig",
    "heißes Fett ist umgekippt, mein ganzer Arm ist verbrannt und die Haut löst sich",
    "mezclé lejía con salfumán y me arde la garganta, no puedo respirar",
    "me he puesto la insulina dos veces por error y estoy temblando y sudando",
    "embarazada de 30 semanas, sangro mucho de repente",
    "j'ai mélangé de la javel et du vinaigre, j'ai du mal à respirer",
    "j'ai pris deux fois mes comprimés pour le coeur par erreur, mon pouls est très lent",
    "enceinte de 32 semaines, j'ai perdu les eaux et des contractions toutes les 4 minutes",
    "ho mescolato candeggina e anticalcare, mi brucia la gola e non riesco a respirare",
    "ho preso due volte le pastiglie della pressione per sbaglio, mi gira la testa",
    "incinta di 31 settimane, sanguino tantissimo",
    "ik heb chloor met ontkalker gemengd en ik krijg amper lucht",
    "per ongeluk twee keer insuline gespoten, ik tril en zweet",
    "ik ben 30 weken zwanger en bloed heel erg",
    "zmieszałem chlor z kwasem, pali mnie w gardle i ledwo oddycham",
    "przez pomyłkę wziąłem dwa razy insulinę, trzęsę się i mam zimny pot",
    "jestem w ciąży, 29 tydzień, krwawię bardzo mocno",
    "misturei cloro com vinagre e agora não consigo respirar direito",
    "tomei o remédio da pressão duas vezes por engano, estou muito tonta",
    "grávida de 30 semanas, a bolsa estourou e contrações a cada 5 minutos",
    "смешал хлорку с уксусом, жжет в горле и тяжело дышать",
    "по ошибке дважды уколол инсулин, весь в поту и трясет",
    "беременна, 30 недель, сильное кровотечение",
    "змішала хлорку з оцтом, пече в горлі і важко дихати",
    "випадково двічі вколола інсулін, мене трусить і піт ллє",
    "вагітна 30 тижнів, сильна кровотеча",
    "çamaşır suyunu amonyakla karıştırdım, boğazım yanıyor ve nefes alamıyorum",
    "yanlışlıkla iki kez insülin yaptım, titriyorum ve soğuk terliyorum",
    "30 haftalık hamileyim, çok şiddetli kanama var",
    "smeshala hlorku s uksusom, zhzhet v gorle i tyazhelo dyshat",
)

NEAR_MISSES = (
    "first aid course today, we practised what to do if someone fell off a ladder",
    "watching a hospital drama, a guy fell off a roof and was unconscious for ages",
    "went mushroom picking with my dad, we found loads of chanterelles, delicious",
    "small burn from the frying pan, ran it under cold water and it's fine",
    "sprained my ankle playing football, it's swollen but I can walk on it",
    "the vet said our dog ate some mushrooms and kept vomiting, he's fine now",
    "years ago I fell off my bike and the bone was sticking out, it healed well",
    "we just found out I'm pregnant, so excited",
    "Erste-Hilfe-Kurs heute: was tun, wenn jemand von der Leiter gefallen ist und stark blutet",
    "In der Serie hat einer Pilze gegessen und erbricht dann die ganze Folge, zum Lachen",
    "Wir waren Pilze sammeln, es gab Pilzpfanne, total lecker",
    "kleine Verbrennung am Backofen, kaltes Wasser drüber, alles gut",
    "curso de primeros auxilios: qué hacer si alguien se cayó del andamio y sangra mucho",
    "fuimos a por setas con mi abuelo, qué buena tortilla salió",
    "me quemé un dedo con la plancha, agua fría y ya está",
    "¡estoy embarazada de 8 semanas, qué ilusión!",
    "formation de secourisme ce matin, on a appris quoi faire si quelqu'un saigne",
    "on a ramassé des champignons avec les enfants, omelette au top",
    "petite entorse au genou, un peu gonflé mais ça va",
    "le véto dit que notre chat a mangé une plante toxique mais il va bien",
    "al corso di primo soccorso abbiamo parlato di ustioni e fratture",
    "abbiamo raccolto funghi porcini, risotto fantastico",
    "mi sono bruciato un dito col forno, acqua fredda e passa",
    "sono incinta di dieci settimane, felicissima",
    "EHBO-les gehad over wat je doet bij een val van een ladder",
    "paddenstoelen geplukt met de kinderen, mooi weekend",
    "enkel verzwikt met hardlopen, beetje dik maar ik loop nog",
    "de dierenarts zei dat onze hond door een wesp gestoken was, niks ergs",
    "byliśmy na grzybach, pełny koszyk prawdziwków",
    "oparzyłem palec o garnek, zimna woda i przeszło",
    "skręciłem kostkę na treningu, opuchnięta ale chodzę",
    "jestem w ciąży, 10 tydzień, wszystko dobrze na usg",
    "fiz um curso de primeiros socorros, aprendi a fazer torniquete",
    "colhemos cogumelos no sítio, ficou uma delícia",
    "queimei o dedo no forno, passei água fria e passou",
    "estou grávida de 9 semanas, muito feliz",
    "ходили за грибами с сыном, набрали полную корзину",
    "обжег палец о духовку, подержал под водой и прошло",
    "подвернула ногу на тренировке, немного опухла",
    "я беременна, 12 недель, все хорошо",
    "ходили по гриби з дітьми, назбирали кошик",
    "обпекла палець об духовку, потримала під водою",
    "підвернула ногу, трохи набрякла, але ходжу",
    "ilk yardım kursunda yanıkları ve kırıkları öğrendik",
    "mantar toplamaya gittik, harika bir gün oldu",
    "fırında parmağımı yaktım, soğuk suya tuttum geçti",
    "hamileyim, 10 haftalık, çok mutluyum",
    "ayağımı burktum, biraz şişti ama yürüyorum",
    "kogda ya byl malenkim, upal s dereva, davno zazhilo",
    "hodili za gribami, nabrali polnuyu korzinu",
    "in the film a woman is pregnant and bleeding, I cried the whole time",
    "my dad fell off a ladder last year, had surgery, he's fully recovered now",
    "I dreamed I was bitten by a snake, woke up in a sweat, funny",
    "bee stung me on the arm, it's a bit swollen and itchy",
    "nosebleed this morning, stopped after ten minutes",
    "our cat got into the lilies, the vet says she's fine",
    "we did a burns lesson in first aid class, blisters and all",
    "took my vitamin D twice today by mistake, is that ok?",
    "w serialu szpitalnym facet spadł z dachu i leżał nieprzytomny",
    "in der Arztserie hatte eine Schwangere starke Blutungen, so spannend",
    "in de ziekenhuisserie viel een man van het dak, spannend",
    "в сериале беременная истекала кровью, так страшно",
    "dizide hamile kadın çok kan kaybetti, çok üzüldüm",
    "vor zwei Jahren bin ich vom Motorrad gestürzt, Knochen war draußen, alles gut verheilt",
    "hace dos años me caí de la moto y se me veía el hueso, ya estoy recuperado",
    "il y a deux ans je suis tombé de moto, fracture ouverte, complètement guéri",
    "due anni fa sono caduto dalla moto, frattura esposta, ora sto bene",
    "twee jaar geleden van de ladder gevallen, open breuk, helemaal hersteld",
    "dwa lata temu spadłem z motoru, otwarte złamanie, już wszystko dobrze",
    "há dois anos caí da moto, fratura exposta, já estou bem",
    "два года назад упал с мотоцикла, открытый перелом, все зажило",
    "два роки тому впав з мотоцикла, відкритий перелом, все загоїлось",
    "iki yıl önce motordan düştüm, açık kırık, şimdi iyiyim",
    "der Tierarzt sagt, unser Hund hat Pilze gefressen und erbricht, aber es geht ihm besser",
    "el veterinario dice que nuestro perro comió setas y vomitó, ya está mejor",
    "nasz pies zjadł grzyby i wymiotował, weterynarz mówi że już dobrze",
    "наша собака съела грибы и ее рвало, ветеринар сказал все нормально",
    "наш пес з'їв гриби і його рвало, ветеринар каже все добре",
    "köpeğimiz mantar yedi ve kustu, veteriner iyi olduğunu söyledi",
    "ich bin schwanger, 12. Woche, alles gut beim Ultraschall",
    "sono incinta di 12 settimane, tutto bene all'ecografia",
)

HEAD_DROP = (
    "my head keeps dropping forward in the evenings and my neck feels weak",
    "my chin sinks onto my chest after an hour at the desk, neck muscles feel weak",
    "abends fällt mir der Kopf nach vorne, der Nacken ist zu schwach",
    "la cabeza se me cae hacia adelante por las tardes, el cuello sin fuerza",
    "ma tête tombe en avant le soir, mon cou est trop faible",
    "la testa mi cade in avanti la sera, il collo non regge",
    "mijn hoofd valt 's avonds voorover, mijn nek is te zwak",
    "wieczorem głowa opada mi do przodu, szyja słaba",
    "à noite a cabeça cai pra frente, pescoço sem força",
    "по вечерам голова падает вперед, шея не держит",
    "увечері голова падає вперед, шия не тримає",
    "akşamları başım öne düşüyor, boynumu dik tutamıyorum",
)

HEAD_DROP_NEAR_MISSES = (
    "my head fell forward when I dozed off in the lecture",
    "mein Kopf fiel nach vorne, als ich im Zug eingeschlafen bin",
    "la cabeza se me cae hacia adelante cuando me duermo en el sofá",
    "ma tête tombe en avant quand je m'endors devant la télé",
    "la testa mi cade in avanti quando mi addormento in treno",
    "mijn hoofd valt voorover als ik in slaap val in de trein",
    "głowa opada mi do przodu, jak zasypiam w autobusie",
    "a cabeça cai pra frente quando durmo no ônibus",
    "голова падает вперед, когда засыпаю в метро",
    "голова падає вперед, коли засинаю в автобусі",
    "otobüste uyuklarken başım öne düşüyor",
    "I'm wearing a neck brace after whiplash, doctor says it'll heal",
)


@pytest.mark.parametrize("text", SOMEONE_ELSE)
def test_someone_else_in_danger_gets_the_bystanders_answer(text: str) -> None:
    check = check_text(text)
    assert check.concern is Concern.EMERGENCY
    assert EmergencySign.SOMEONE_ELSE in check.emergency_signs


@pytest.mark.parametrize("text", EMERGENCY)
def test_the_writers_own_emergency(text: str) -> None:
    assert check_text(text).concern is Concern.EMERGENCY


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_get_no_answer(text: str) -> None:
    assert check_text(text).concern in (Concern.NONE, Concern.HEALTH_ANXIETY, Concern.PANIC)


@pytest.mark.parametrize("text", HEAD_DROP)
def test_the_head_dropping_forward_is_a_red_flag(text: str) -> None:
    check = check_text(text)
    assert check.concern is Concern.RED_FLAG
    assert RedFlag.WEAKNESS in check.red_flags


@pytest.mark.parametrize("text", HEAD_DROP_NEAR_MISSES)
def test_nodding_off_is_no_red_flag(text: str) -> None:
    assert check_text(text).concern in (Concern.NONE, Concern.HEALTH_ANXIETY, Concern.PANIC)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I mixed bleach with ammonia, my chest burns and I can't breathe", "cannot_breathe"),
        ("took my insulin twice by accident, now sweating and confused", "overdose_taken"),
        ("I'm 34 weeks pregnant, worst headache ever and I'm seeing flashes", "worst_headache"),
    ],
)
def test_the_writers_own_takes_the_closest_sign(text: str, sign: str) -> None:
    check = check_text(text)
    assert check.concern is Concern.EMERGENCY
    assert EmergencySign(sign) in check.emergency_signs
    assert EmergencySign.SOMEONE_ELSE not in check.emergency_signs


def test_panic_words_beside_fumes_keep_the_emergency() -> None:
    text = "mixed bleach and ammonia, I can't breathe, I'm panicking, heart racing"
    assert check_text(text).concern is Concern.EMERGENCY
