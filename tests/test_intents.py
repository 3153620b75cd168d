"""The free-text classifier, table-tested: at least ten ways people type each intent in each
interface language, near misses that must not count, and properties that hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.intents import MAX_WHOLE_WORDS, Intent, classify

T, S, A, C = Intent.TWITCHING, Intent.CANT_SLEEP, Intent.ANXIOUS, Intent.COFFEE
H, K, G = Intent.HELP, Intent.THANKS, Intent.GREETING

PHRASES: dict[Intent, dict[str, list[str]]] = {
    T: {
        "en": [
            "twitching now",
            "my eyelid is twitching like crazy right now",
            "Eye twitch again",
            "my calf keeps twitching",
            "so twitchy tonight",
            "muscle twitches everywhere",
            "fasciculations again :(",
            "my thumb won't stop twitching",
            "eyelid jumping",
            "my lip is fluttering",
            "muscle spasms in my leg",
            "the twitches are back",
        ],
        "de": [
            "es zuckt gerade",
            "mein Augenlid zuckt wie verrückt",
            "Muskelzucken",
            "Lidzucken schon wieder",
            "meine Wade zuckt",
            "Zuckungen im Bein",
            "ständig zuckt mein Daumen",
            "Faszikulationen überall",
            "das Auge zuckt seit Stunden",
            "mein Lid flattert",
            "überall zuckende Muskeln",
        ],
        "es": [
            "me tiembla el párpado",
            "tengo un tic en el ojo",
            "el ojo me tiembla como loco ahora mismo",
            "espasmos musculares",
            "fasciculaciones otra vez",
            "me salta el ojo",
            "contracciones involuntarias en la pierna",
            "tic nervioso en el párpado",
            "la pantorrilla me tiembla",
            "tengo el párpado temblando",
            "músculos que saltan por todas partes",
        ],
        "fr": [
            "ma paupière saute",
            "l'œil qui saute",
            "j'ai des fasciculations",
            "spasmes musculaires",
            "un tic à l'œil",
            "mon mollet tressaille",
            "ma paupière tremble comme une folle en ce moment",
            "des tressautements partout",
            "mon pouce bouge tout seul",
            "contractions involontaires",
            "les muscles qui sautent",
        ],
        "pt": [
            "meu olho está tremendo",
            "minha pálpebra está tremendo muito agora",
            "a pálpebra não para de tremer",
            "tenho fasciculações",
            "espasmos musculares",
            "tique no olho",
            "músculo pulando na perna",
            "tremor na pálpebra",
            "a panturrilha tremendo",
            "contrações involuntárias",
            "olho pulando sem parar",
        ],
        "ru": [
            "дергается глаз",
            "у меня дёргается веко прямо сейчас",
            "подёргивания мышц",
            "дёргается икра",
            "нервный тик",
            "фасцикуляции опять",
            "мышцы прыгают",
            "веко дрожит",
            "спазмы в ноге",
            "всё тело дёргается",
            "опять дёргается палец",
        ],
    },
    S: {
        "en": [
            "can't sleep",
            "cant sleep",
            "I can not sleep",
            "can't fall asleep",
            "insomnia again",
            "still awake at 3am",
            "wide awake and tired",
            "trouble sleeping",
            "another sleepless night",
            "I keep waking up",
            "lying awake",
            "unable to sleep",
        ],
        "de": [
            "kann nicht schlafen",
            "ich kann nicht einschlafen",
            "kann schon wieder nicht schlafen",
            "schlaflos",
            "schlaflose Nacht",
            "ich liege wach",
            "immer noch wach",
            "Einschlafprobleme",
            "ich finde keinen Schlaf",
            "ich schlafe so schlecht",
            "Schlafstörungen",
            "kein Auge zugemacht",
        ],
        "es": [
            "no puedo dormir",
            "no puedo dormir nada",
            "insomnio",
            "sigo despierta",
            "no logro dormir",
            "me cuesta dormir",
            "otra noche sin dormir",
            "no pego ojo",
            "estoy desvelado",
            "no consigo dormirme",
            "todavía despierto",
        ],
        "fr": [
            "je n'arrive pas à dormir",
            "j'arrive pas à dormir",
            "impossible de dormir",
            "je ne peux pas dormir",
            "insomnie",
            "encore une nuit blanche",
            "toujours éveillée",
            "je dors pas",
            "je n'arrive pas à m'endormir",
            "pas fermé l'œil",
            "je dors mal",
        ],
        "pt": [
            "não consigo dormir",
            "nao consigo dormir",
            "insônia",
            "ainda acordada",
            "perdi o sono",
            "passei a noite em claro",
            "não dormi nada",
            "dificuldade para dormir",
            "continuo acordado",
            "não consegui dormir ainda",
            "sem conseguir dormir",
        ],
        "ru": [
            "не могу уснуть",
            "не могу заснуть",
            "не могу спать",
            "бессонница",
            "опять бессонница",
            "не спится",
            "всё ещё не сплю",
            "ночь без сна",
            "не получается уснуть",
            "сон не идёт",
            "никак не могу заснуть",
        ],
    },
    A: {
        "en": [
            "anxious",
            "so anxious right now",
            "feeling anxious",
            "my anxiety is through the roof",
            "I'm panicking",
            "nervous",
            "I'm really stressed",
            "freaking out",
            "on edge all day",
            "overwhelmed",
            "worried sick",
            "scared",
        ],
        "de": [
            "ich habe Angst",
            "bin so ängstlich",
            "Panik",
            "total nervös",
            "mir ist unruhig",
            "so gestresst",
            "ich mache mir Sorgen",
            "bin überfordert",
            "Angstzustände",
            "innerlich unruhig",
            "bin angespannt",
        ],
        "es": [
            "ansiosa",
            "tengo ansiedad",
            "estoy muy nervioso",
            "pánico",
            "estoy estresada",
            "mucho estrés",
            "preocupado",
            "agobiada",
            "angustiado",
            "tengo miedo",
            "me da ansiedad todo",
        ],
        "fr": [
            "anxieux",
            "je suis anxieuse",
            "anxiété",
            "angoissé",
            "je panique",
            "nerveuse",
            "stressé",
            "très stressée ce soir",
            "inquiète",
            "j'ai peur",
            "sous pression",
        ],
        "pt": [
            "ansiosa",
            "muita ansiedade",
            "estou nervoso",
            "pânico",
            "estressada",
            "estresse demais",
            "preocupado",
            "angustiada",
            "angústia",
            "com medo",
            "aflita",
        ],
        "ru": [
            "тревога",
            "мне тревожно",
            "паника",
            "я нервничаю",
            "стресс",
            "в стрессе",
            "беспокоюсь",
            "волнуюсь",
            "страшно",
            "боюсь",
            "тревожность",
        ],
    },
    C: {
        "en": [
            "coffee",
            "had a coffee",
            "second coffee",
            "just had an espresso",
            "latte",
            "cappuccino please",
            "too much caffeine",
            "energy drink",
            "flat white",
            "cold brew at 4pm",
        ],
        "de": [
            "Kaffee",
            "hatte gerade einen Kaffee",
            "zweiter Kaffee",
            "noch ein Espresso",
            "Cappuccino getrunken",
            "Latte macchiato",
            "zu viel Koffein",
            "Energy Drink",
            "Filterkaffee",
            "Milchkaffee am Nachmittag",
        ],
        "es": [
            "café",
            "un cafecito",
            "me tomé un café",
            "segundo café",
            "espresso",
            "capuchino",
            "demasiada cafeína",
            "bebida energética",
            "cafés",
            "otro café",
        ],
        "fr": [
            "café",
            "un café",
            "j'ai bu un café",
            "deuxième café",
            "expresso",
            "cappuccino",
            "trop de caféine",
            "espresso",
            "cafés",
            "encore un café",
        ],
        "pt": [
            "café",
            "um cafezinho",
            "tomei um café",
            "segundo café",
            "expresso",
            "cappuccino",
            "muita cafeína",
            "energético",
            "cafés",
            "mais um café",
        ],
        "ru": [
            "кофе",
            "выпил кофе",
            "ещё кофе",
            "эспрессо",
            "капучино",
            "латте",
            "много кофеина",
            "энергетик",
            "вторая чашка кофе",
            "кофеёк",
        ],
    },
    H: {
        "en": [
            "help",
            "HELP!!!",
            "help me",
            "help please",
            "I need help",
            "need help",
            "can you help me",
            "hi, can you help me?",
            "what can I do",
            "what should I do",
            "how does this work",
            "sos",
        ],
        "de": [
            "Hilfe",
            "hilf mir",
            "Hilfe bitte",
            "ich brauche Hilfe",
            "brauche Hilfe",
            "kannst du mir helfen",
            "was kann ich tun",
            "was soll ich jetzt tun",
            "wie funktioniert das",
            "was kannst du",
            "hallo, ich brauche Hilfe",
        ],
        "es": [
            "ayuda",
            "ayúdame",
            "necesito ayuda",
            "¿puedes ayudarme?",
            "socorro",
            "qué hago",
            "qué puedo hacer",
            "cómo funciona",
            "ayuda por favor",
            "me ayudas",
            "hola, necesito ayuda",
        ],
        "fr": [
            "aide",
            "aide-moi",
            "aidez-moi",
            "au secours",
            "j'ai besoin d'aide",
            "besoin d'aide",
            "tu peux m'aider ?",
            "que faire",
            "je fais quoi",
            "comment ça marche",
            "aide stp",
        ],
        "pt": [
            "ajuda",
            "socorro",
            "me ajuda",
            "me ajude",
            "preciso de ajuda",
            "pode me ajudar?",
            "o que eu faço",
            "o que faço",
            "como funciona",
            "ajuda por favor",
            "oi, preciso de ajuda",
        ],
        "ru": [
            "помощь",
            "помогите",
            "помоги",
            "помоги мне",
            "нужна помощь",
            "мне нужна помощь",
            "можешь помочь?",
            "что делать",
            "что мне делать",
            "как это работает",
            "привет, нужна помощь",
        ],
    },
    K: {
        "en": [
            "thanks",
            "thank you",
            "Thank you!!",
            "thx",
            "ty",
            "cheers",
            "thanks a lot",
            "thank you so much",
            "ok thanks",
            "that helped, thanks",
            "much appreciated",
        ],
        "de": [
            "danke",
            "Danke schön",
            "dankeschön",
            "vielen Dank",
            "danke dir",
            "herzlichen Dank",
            "tausend Dank",
            "danke sehr",
            "ok danke",
            "das hat geholfen, danke",
        ],
        "es": [
            "gracias",
            "muchas gracias",
            "mil gracias",
            "gracias de verdad",
            "te lo agradezco",
            "muy amable",
            "muchísimas gracias",
            "vale gracias",
            "gracias, me ayudó",
            "¡gracias!",
        ],
        "fr": [
            "merci",
            "merci beaucoup",
            "merci bien",
            "mille mercis",
            "merci infiniment",
            "je te remercie",
            "merci, ça m'a aidé",
            "ok merci",
            "merci encore",
            "c'est gentil, merci",
        ],
        "pt": [
            "obrigado",
            "obrigada",
            "muito obrigado",
            "muito obrigada",
            "valeu",
            "brigado",
            "obg",
            "obrigada, ajudou muito",
            "valeu mesmo",
            "agradeço",
        ],
        "ru": [
            "спасибо",
            "спасибо большое",
            "большое спасибо",
            "благодарю",
            "спс",
            "спасибки",
            "спасибо, помогло",
            "огромное спасибо",
            "спасибо тебе",
            "ок спасибо",
        ],
    },
    G: {
        "en": [
            "hi",
            "Hi!",
            "hello",
            "hey",
            "hey there",
            "hiya",
            "good morning",
            "good evening",
            "hello stillpoint",
            "morning",
        ],
        "de": [
            "hallo",
            "Hallo!",
            "hi",
            "hey",
            "moin",
            "servus",
            "guten Morgen",
            "guten Abend",
            "grüß dich",
            "hallo zusammen",
        ],
        "es": [
            "hola",
            "¡Hola!",
            "holi",
            "buenas",
            "buenos días",
            "buenas tardes",
            "buenas noches",
            "qué tal",
            "hola, qué tal",
            "saludos",
        ],
        "fr": [
            "bonjour",
            "Bonjour !",
            "salut",
            "coucou",
            "bonsoir",
            "hello",
            "salut stillpoint",
            "hey",
            "re",
            "coucou toi",
        ],
        "pt": [
            "oi",
            "olá",
            "oie",
            "bom dia",
            "boa tarde",
            "boa noite",
            "e aí",
            "opa",
            "oi, tudo bem?",
            "tudo bem?",
        ],
        "ru": [
            "привет",
            "Привет!",
            "приветик",
            "здравствуйте",
            "здравствуй",
            "добрый день",
            "добрый вечер",
            "доброе утро",
            "хай",
            "салют",
        ],
    },
}

# Close to an intent, but not it: other words that share letters, negations, questions that
# say more than a greeting, and the caffeine-free.
NEAR_MISSES: dict[str, list[str]] = {
    "en": [
        "twitter",
        "the twitching has stopped",
        "no more twitching today",
        "watching a twitch stream",
        "I slept well",
        "I can sleep now",
        "going to sleep, good night",
        "not anxious any more",
        "no anxiety today",
        "decaf only",
        "no coffee today",
        "bought a coffee table",
        "that was helpful",
        "hiking tomorrow",
        "this is fine",
        "thanksgiving dinner",
        "no thanks",
        "hi, I had a long day at work and my boss was awful again",
        "helpful",
        "thank you for nothing at all, really, it was a waste",
    ],
    "de": [
        "Zucker",
        "ich bin entzückt",
        "zuckerfrei",
        "kein Zucken mehr",
        "ich kann gut schlafen",
        "keine Angst mehr",
        "entkoffeinierter Kaffee",
        "kein Kaffee heute",
        "Hilfsbereit",
        "nein danke",
    ],
    "es": [
        "tictac",
        "ya no tiembla",
        "dormí bien",
        "no estoy ansioso",
        "descafeinado",
        "sin café hoy",
        "ojos color café",
        "ayudante",
        "no gracias",
        "holanda",
    ],
    "fr": [
        "tictac",
        "plus de tics",
        "j'ai bien dormi",
        "pas anxieux",
        "déca",
        "pas de café aujourd'hui",
        "aidant",
        "non merci",
        "salutations distinguées à toute l'équipe du projet",
        "recette",
    ],
    "pt": [
        "tiquete",
        "não está mais tremendo",
        "dormi bem",
        "não estou ansiosa",
        "descafeinado",
        "café da manhã",
        "sem café hoje",
        "ajudante",
        "não obrigado",
        "oito",
    ],
    "ru": [
        "тикток",
        "больше не дёргается",
        "хорошо выспался",
        "нет тревоги",
        "без кофеина",
        "кофта",
        "помощник",
        "нет спасибо",
        "приветливый",
        "не дергается",
    ],
}

LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")
CASES = [
    pytest.param(intent, language, phrase, id=f"{intent}-{language}-{phrase}")
    for intent, languages in PHRASES.items()
    for language, phrases in languages.items()
    for phrase in phrases
]


def test_every_intent_has_ten_phrases_in_every_language() -> None:
    assert set(PHRASES) == set(Intent)
    for intent, languages in PHRASES.items():
        assert set(languages) == set(LANGUAGES), intent
        for language, phrases in languages.items():
            assert len(set(phrases)) >= 10, (intent, language)


@pytest.mark.parametrize(("intent", "language", "phrase"), CASES)
def test_phrase_is_recognised(intent: Intent, language: str, phrase: str) -> None:
    assert classify(phrase) is intent


@pytest.mark.parametrize(
    ("language", "phrase"),
    [(language, phrase) for language, phrases in NEAR_MISSES.items() for phrase in phrases],
)
def test_near_miss_is_not_an_intent(language: str, phrase: str) -> None:
    assert classify(phrase) is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hi, my eyelid is twitching", T),  # what it is about wins over the greeting
        ("thanks, but I still can't sleep", S),
        ("coffee made me so anxious", A),
        ("danke, aber ich kann nicht schlafen", S),
        ("hola, me tiembla el ojo", T),
    ],
)
def test_the_weightier_intent_wins(text: str, intent: Intent) -> None:
    assert classify(text) is intent


# --- properties -------------------------------------------------------------------------------


@given(st.text(max_size=300))
def test_any_text_gets_an_intent_or_none_and_never_an_error(text: str) -> None:
    assert classify(text) in (*Intent, None)


NOISE = st.sampled_from(["!", "?", "...", "🙂", "😩", " ", "\n", ",", "!!!", "🌿"])


@given(
    case=st.sampled_from(CASES),
    before=st.lists(NOISE, max_size=3),
    after=st.lists(NOISE, max_size=3),
    upper=st.booleans(),
)
def test_case_punctuation_and_emoji_change_nothing(
    case: object, before: list[str], after: list[str], upper: bool
) -> None:
    intent, _language, phrase = case.values  # type: ignore[attr-defined]
    text = phrase.upper() if upper else phrase
    assert classify("".join(before) + text + "".join(after)) is intent


STRONG = [case for case in CASES if case.values[0] in (T, S, A, C)]
# Words that carry no intent of their own, in a few languages.
NEUTRAL = st.sampled_from(
    [
        "today",
        "again",
        "really",
        "heute",
        "wieder",
        "hoy",
        "otra",
        "vez",
        "aujourd",
        "hui",
        "hoje",
        "muito",
        "сегодня",
        "очень",
        "and",
        "und",
        "y",
        "et",
        "e",
        "и",
    ]
)


@given(
    case=st.sampled_from(STRONG),
    before=st.lists(NEUTRAL, max_size=6),
    after=st.lists(NEUTRAL, max_size=6),
)
def test_a_feeling_or_a_coffee_is_found_among_other_words(
    case: object, before: list[str], after: list[str]
) -> None:
    intent, _language, phrase = case.values  # type: ignore[attr-defined]
    assert classify(" ".join([*before, phrase, *after])) is intent


@given(words=st.lists(NEUTRAL, min_size=MAX_WHOLE_WORDS, max_size=MAX_WHOLE_WORDS + 4))
def test_a_greeting_inside_a_longer_message_is_not_one(words: list[str]) -> None:
    assert classify("hello " + " ".join(words)) is None
