"""Spanish phrases and the tier each must get."""

CRISIS = [
    "No quiero vivir",
    "ya no quiero vivir más",
    "Quiero morirme",
    "me quiero morir",
    "Quiero matarme",
    "Me voy a suicidar",
    "pienso en el suicidio todos los días",
    "quiero quitarme la vida",
    "Quiero acabar con todo",
    "quiero dormir y no despertar nunca más",
    "Tengo pastillas guardadas",
    "me corto los brazos otra vez",
    "estarían mejor sin mí",
    "Esto es un adiós para siempre",
    "He escrito una carta de despedida",
    "no tengo razones para vivir",
    "quiero tirarme de un puente",
    "QUIERO MORIR",
    "no quiero seguir viviendo",
]

EMERGENCY = [
    "De repente no puedo hablar y se me cae la cara",
    "debilidad repentina en un lado del cuerpo",
    "El peor dolor de cabeza de mi vida",
    "Dolor en el pecho que se extiende al brazo izquierdo",
    "No puedo respirar",
    "Me golpeé la cabeza y estoy confundida",
    "creo que me está dando un infarto",
]

RED_FLAG = [
    "Tengo debilidad en la mano derecha",
    "mi pierna está débil",
    "No puedo abrir los frascos",
    "Tengo dificultad para tragar",
    "me atraganto con el agua",
    "arrastro las palabras",
    "me caigo a menudo",
    "Creo que tengo pie caído",
    "Hormigueo en la pierna desde el accidente",
]

ASK = [
    "Ya no puedo más",
    "Quiero desaparecer",
    "Estoy cansada de todo",
    "No veo salida",
    "No aguanto más",
    "me siento una carga",
]

NEAR_MISS = [
    ("Me muero de risa", "none"),
    ("Estoy muerto de cansancio", "none"),
    ("me muero de hambre", "none"),
    ("Me muero por un café", "none"),
    ("Mataría por un café", "none"),
    ("Este tic me está matando", "none"),
    ("No quiero morir", "health_anxiety"),
    ("No quiero vivir en Madrid", "none"),
    ("¿Es ELA?", "health_anxiety"),
    ("No tengo debilidad en la mano", "none"),
    ("sin debilidad, solo tics", "none"),
    ("no puedo respirar por la nariz", "none"),
    ("me corto el pelo mañana", "none"),
    ("me quería morir de la vergüenza", "none"),
    ("no me caigo, solo tiemblo", "none"),
    ("quiero dormir ocho horas", "none"),
    ("el café está débil", "none"),
]
