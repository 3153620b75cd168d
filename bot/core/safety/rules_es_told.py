"""Spanish rules from sets M and N, kept apart from rules_es.py to keep each file short: a
height looked at and a time to go, sitting on the edge of a roof, the attack again "like last
week" (panic); and, blanked as idioms, what is only told — a case a relative saw at A&E, a
stroke years ago and recovered, a game's deaths, self-harm at an age long past. Over
normalised text, like every rule.
"""

from __future__ import annotations

from bot.core.safety.common import END, looked_up

__all__ = ["CRISIS_MORE", "IDIOMS_MORE", "PANIC_MORE"]

# Who tells of a case at work: a nurse, a doctor, A&E, an ambulance, a shift.
_CARER = (
    r"(?:enfermer[oa]|medic[oa]|doctor[a]?|urgencias|ambulancia|sanitari[oa]|paramedic[oa]"
    r"|guardia|turno|uci|samur)"
)
_NOT_ME = r"(?:(?!(?:me|yo|mi|tome|trague|quiero|voy)\s)[\w,.]+\s+)"
_CAME_IN = (
    r"(?:toco|ha\s+tocado|tocaron|han\s+tocado|llego|llegaron|ha\s+llegado|han\s+llegado|entro"
    r"|entraron|ingreso|ingresaron|trajeron|han\s+traido|atendio|atendieron|atendimos|ha\s+atendido"
    r"|tuvieron|han\s+tenido|hemos\s+tenido|tuvimos|vino|vinieron|recogieron|recogimos)"
)
_STROKE_PAST = (
    r"(?:tuvo|tuve|tuvimos|le\s+dio|me\s+dio|sufrio|sufri|habia\s+tenido|le\s+habia\s+dado"
    r"|le\s+pego)\s+(?:un\s+|una\s+)?(?:ictus|derrame(?:\s+cerebral)?|infarto\s+cerebral"
    r"|embolia(?:\s+cerebral)?|trombosis|accidente\s+cerebrovascular|acv|avc|apoplejia)"
)
_LONG_AGO = (
    r"(?:hace\s+(?:\w+\s+){1,2}?(?:anos|ano|meses|decadas)|hace\s+(?:tiempo|mucho)|en\s+(?:el\s+)?"
    r"(?:ano\s+)?(?:\d{2,4}|noventa\w*|ochenta\w*|setenta\w*)|de\s+joven|el\s+ano\s+pasado"
    r"|a\s+los\s+\d+)\b"
)
_THEN = r"(?:(?!(?:ahora|hoy|otra|nuevo|vuelto|vuelve|volvio|ahorita|anoche|ayer)\b)[\w,.]+\s+)"
_RECOVERED = (
    r"(?:se\s+recupero|se\s+ha\s+recuperado|recuperad[oa]|(?:pero\s+)?(?:ahora\s+)?(?:ya\s+)?esta"
    r"\s+(?:perfect[oa]|genial|fenomenal|estupend[oa]|como\s+nuev[oa]|muy\s+bien|bien)|quedo"
    r"\s+(?:bien|perfect[oa])|ni\s+se\s+nota|sin\s+secuelas|se\s+quedo\s+bien)\b"
)

CRISIS_MORE: tuple[str, ...] = (
    # Sets M and N: a high place looked at, its height noted, and a time to go ("el puente
    # ... lo he estado mirando y es bastante alto. hoy a la salida creo q voy"); sitting on the
    # edge of a roof or a bridge now (a roofer at work, a photo or a sunset keep it clear).
    r"(?:puente|viaducto|azotea|tejado|terraza|balcon|acantilado|edificio|precipicio)\s+"
    r"(?:[\w,.]+\s+){0,20}?(?:alt[oa]|altisim[oa]|altura|metros|caida)\s+(?:[\w,.]+\s+){0,8}?"
    r"(?:hoy|manana"
    r"|esta\s+noche|esta\s+tarde|el\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"|a\s+la\s+salida|al\s+salir|despues\s+del?\s+\w+)\s+(?:[\w,]+\s+){0,6}?(?:voy|ire|me\s+tiro"
    r"|salto|lo\s+hago|lo\s+hare|me\s+lanzo)" + END,
    # Set O: going "for ever" with the decision taken ("el sábado me voy a ir para siempre ya
    # lo tengo decidido", "me iré para siempre, lo decidí"); a destination, a move or a flight
    # keeps it a departure ("me voy para siempre a Chile", "... me mudo").
    r"(?:me\s+voy|me\s+vo\s+a\s+ir|me\s+voy\s+a\s+ir|me\s+ire|irme|me\s+marcho|me\s+vaya)\s+"
    r"(?:de\s+aqui\s+|de\s+este\s+mundo\s+)?(?:para|pa)\s+siempre\b(?!\s+(?:a|al|de|del|para|pa"
    r"|con|en)\s)(?![^?]{0,80}\b(?:mud\w+|vuelo|avion|pais|ciudad|extranjero|emigr\w+|trabajo"
    r"|piso|casa\s+nueva)\b)[^?]{0,50}?\b(?:(?:ya\s+)?(?:lo\s+)?(?:tengo|tenia)\s+(?:muy\s+)?decidido"
    r"|(?:ya\s+)?lo\s+(?:he\s+)?decid\w+|(?:ya\s+)?(?:esta|es)\s+decidido|no\s+(?:se\s+)?"
    r"preocup\w+|no\s+(?:me\s+)?busque\w*)\b",
    r"(?:sentad[oa]|de\s+pie|subid[oa]|asomad[oa]|sentandome|me\s+he\s+sentado|me\s+siento"
    r"|estoy|sigo)\s+(?:\w+\s+){0,2}?(?:en\s+el|al|sobre\s+el|en\s+la)\s+(?:borde|filo|cornisa"
    r"|pretil|barandilla|baranda|barandal|muro|bordillo)\s+(?:del?|de\s+la|de\s+mi)\s+(?:tejado"
    r"|azotea|puente|balcon|terraza|viaducto|edificio|ventana|precipicio|tejao)\b"
    r"(?![^.!?]{0,50}\b(?:arreglando|reparando|poniendo|trabajando|tejas|antena|foto|fotos"
    r"|atardecer|puesta\s+de\s+sol|vistas|arnes|pintando|limpiando)\b)",
)

_FAREWELL = (
    r"(?:me\s+despedi|me\s+he\s+despedido|me\s+estoy\s+despidiendo|despedirme|nos\s+despedimos"
    r"|dije\s+adios|decir\s+adios|(?:fiesta|cena|comida|merienda|tarta|copa|cafe|almuerzo)\s+de"
    r"\s+despedida|(?:mi|la|nuestra|su)\s+despedida)"
)
_JOB = (
    r"(?:equipo|trabajo|curro|empleo|empresa|oficina|restaurante|tienda|obra|fabrica|companeros"
    r"|companeras|compis|jefe|jefa|clientes|turno|cocina|departamento|despacho|bar|hospital"
    r"|gente\s+del\s+(?:trabajo|curro))"
)
_NEW_JOB = (
    r"(?:nuev[oa]\s+(?:trabajo|curro|empleo|puesto|empresa|equipo|restaurante|sitio|oficina)"
    r"|otr[oa]\s+(?:restaurante|trabajo|curro|empleo|empresa|tienda|sitio|oficina|puesto)"
    r"|cambio\s+de\s+(?:trabajo|curro|empleo|empresa|restaurante)|(?:empiezo|empezare|entro"
    r"|arranco)\s+(?:\w+\s+){0,2}?(?:en\s+otr[oa]|en\s+(?:el|la)\s+nuev[oa]|el\s+lunes|manana)"
    r"|(?:me\s+)?jubil\w+)"
)
# Not across a farewell letter, "forever", a last time or a death.
_NOT_FINAL = (
    r"(?:(?!(?:siempre|morir|muerte|matar|vida|carta|nota|ultim[oa]|nunca|adios)\b)[\w,.!]+\s+)"
)
# Nor before words of an end ("never again", "forever", a letter, dying).
_STAYS = (
    r"(?![^!?]{0,80}\b(?:nunca\s+mas|para\s+siempre|no\s+me\s+(?:van\s+a\s+)?(?:ver|veran|volveran)"
    r"|ya\s+no\s+(?:estare|voy\s+a\s+estar)|carta|ultima\s+vez|mori\w*|matar\w*|suicid\w*))"
)
_WORK = (
    r"(?:cancion|tema|disco|album|pelicula|peli|serie|libro|episodio|capitulo|juego|single"
    r"|videoclip|poema|estribillo|letra|himno|obra|banda\s+sonora)"
)
# A film's or a series' people, never the writer ("yo", "me", "mi", "quiero" stop it).
_SCREEN = (
    r"(?:pelicula|peli|pelis|peliculas|serie|series|capitulo|episodio|documental|docu|novela"
    r"|libro|anime|manga|corto|cortometraje|reportaje|obra|video|tiktok|youtube|telenovela)"
)
_THIRD = (
    r"(?:se\s+(?:suicida|suicido|suicidan|mata|mato|quita\s+la\s+vida|quito\s+la\s+vida|ahorca"
    r"|ahorco|tira\s+de\w*|tiro\s+de\w*)|intenta\s+suicidarse|intento\s+suicidarse"
    r"|trata\s+de\s+suicidarse|quiere\s+suicidarse|acaba\s+suicidandose|termina\s+suicidandose)"
)

IDIOMS_MORE: tuple[str, ...] = (
    # Sets M and N: a relative who works in A&E or on an ambulance telling of a case that came
    # in ("mi tía es enfermera de urgencias y hoy le ha tocado una sobredosis"); the writer's
    # own act ("me", "yo", "tomé") stops it.
    rf"{_CARER}\s+{_NOT_ME}{{0,12}}?{_CAME_IN}\s+{_NOT_ME}{{0,5}}?(?:sobredosis|intentos?\s+de"
    r"\s+suicidio|tentativas?\s+de\s+suicidio)\b",
    # A stroke years ago, told with its recovery ("tuvo un ictus hace 5 años, se le torció la
    # cara y todo, pero ahora está perfecto"): blanked up to the recovery, never across "ahora",
    # "otra vez" or "hoy", so a stroke again now ("y ahora se le tuerce la cara otra vez") stays.
    rf"{_STROKE_PAST}\s+{_THEN}{{0,4}}?{_LONG_AGO}\s+{_THEN}{{0,30}}?{_RECOVERED}",
    rf"{_LONG_AGO}\s+{_THEN}{{0,4}}?{_STROKE_PAST}\s+{_THEN}{{0,30}}?{_RECOVERED}",
    # A game's deaths and "me quiero morir" ("en el fortnite me han matado 20 veces seguidas,
    # me quiero morir xd").
    r"(?:me\s+han\s+matado|me\s+mataron|me\s+matan|me\s+han\s+eliminado|he\s+muerto|me\s+he"
    r"\s+muerto|mori|he\s+perdido|perdi|pierdo|llevo)\s+(?:\w+\s+){0,2}?(?:\d+|dos|tres|cuatro"
    r"|cinco|seis|siete|ocho|nueve|diez|veinte|cien|mil|muchas)\s+(?:veces|partidas|rankeds?"
    r"|rondas|games|seguidas?)\s+(?:[\w,.]+\s+){0,8}?(?:me\s+quiero\s+morir|quiero\s+morirme"
    r"|me\s+mato|me\s+voy\s+a\s+matar|me\s+suicido|me\s+pego\s+un\s+tiro)\b",
    r"(?:fortnite|valorant|lol|fifa|minecraft|roblox|warzone|apex|clash|brawl|partida|ranked"
    r"|rankeds|videojuego|boss)\s+(?:[\w,.]+\s+){0,12}?(?:me\s+quiero\s+morir|quiero\s+morirme"
    r"|me\s+mato|me\s+suicido)\s*(?:xd+|jaja\w*|jsjs\w*|lol|xdd\w*|[.!]*\s*(?:xd+|jaja\w*))\b",
    # Self-harm or an attempt at an age long past, told as over ("autolesiones a los 15, ahora
    # estoy bien").
    r"(?:autolesion\w*|me\s+autolesionaba|me\s+cortaba|intento\s+de\s+suicidio|intente"
    r"\s+suicidarme)\s+(?:a\s+los|con)\s+\d+\s*(?:anos)?(?=[^!?]{0,80}\b(?:recuperad[oa]"
    r"|superado|ahora\s+estoy\s+bien|estoy\s+bien|ya\s+paso|tengo\s+\d+))",
    # Sets P and Q: a goodbye at work, to a team or before a new job ("hoy me despedí del
    # equipo, cambio de restaurante", "mi despedida en la oficina, el lunes empiezo en otro
    # sitio"), never across a letter, "forever" or a death.
    rf"{_FAREWELL}\s+(?:\w+\s+){{0,3}}?(?:del?|al|a\s+(?:los|las|mis|la|el)|con\s+(?:los|las"
    rf"|mis|el|la)|en\s+(?:el|la|mi)|de\s+(?:los|las|mis|mi|la))\s+(?:\w+\s+){{0,2}}?{_JOB}\b{_STAYS}",
    rf"{_FAREWELL}\s+{_NOT_FINAL}{{0,20}}?{_NEW_JOB}\b{_STAYS}",
    # A song's, a film's or a book's name or words ("la canción nueva se llama 'sobredosis'",
    # "tengo 'quiero morir' de una canción en la cabeza").
    rf"{_WORK}\s+(?:\w+\s+){{0,4}}?(?:se\s+llama|llamad[oa]|titulad[oa]|se\s+titula|con\s+el"
    r"\s+(?:nombre|titulo)(?:\s+de)?|que\s+dice)\s+(?:\"[^\"]{1,80}\"|(?:\w+\s+){0,3}\w+)",
    rf"{_WORK}\s+(?:\w+\s+){{0,4}}?\"[^\"]{{1,80}}\"",
    r"(?:tengo|tener|cantando|cantar|canto|oi|escuchando|escuchar|como\s+dice|como\s+en)\s+"
    r"(?:\w+\s+){0,2}?\"[^\"]{1,80}\"\s+(?:\w+\s+){0,2}?(?:de|en)\s+(?:una|la|un|el|esa|esta)"
    rf"\s+(?:\w+\s+)?{_WORK}\b",
    # Words of a song sung or heard, quoted or not ("cantando quiero morir de esa canción").
    r"(?:cantando|canto|cantar|tarareando|tarareo|escuchando|escucho|oyendo)\s+(?:\w+\s+){1,6}?"
    r"(?:de|en)\s+(?:una|la|un|el|esa|ese|esta|este)\s+(?:\w+\s+)?"
    rf"{_WORK}\b",
)

IDIOMS_MORE += (
    # Set O: a film, a series or a book in which someone takes their life, watched or read,
    # often with a child's questions after ("vimos una peli de un tío q se suicida y mi hija me
    # hizo mil preguntas", "la serie donde la prota intenta suicidarse"). Third person only.
    rf"{_SCREEN}\s+{_NOT_ME}{{0,10}}?{_THIRD}\b",
)

PANIC_MORE = (
    # Sets M and N: the attack again, like last time ("otra vez el ataque como la semana
    # pasada"); the chest pounding ("el pecho me late fortísimo"). An asthma or a heart attack
    # is no panic.
    r"(?:otra\s+vez|de\s+nuevo|ya\s+me\s+(?:esta|viene))\s+(?:el|la|un|una|con\s+el|con\s+la)\s+"
    r"(?:ataque|crisis|bajon)\b(?!\s+(?:de\s+asma|asmatic\w*|al\s+corazon|cardiac\w*"
    r"|epilep\w*|de\s+epilepsia|de\s+tos))",
    r"(?:ataque|crisis)\s+(?:\w+\s+){0,2}?(?:igual\s+que|como)\s+(?:la\s+(?:semana|vez)\s+pasada"
    r"|la\s+otra\s+vez|la\s+ultima\s+vez|siempre|las\s+otras\s+veces)\b",
    r"(?:pecho|corazon)\s+(?:me\s+)?(?:late|palpita|bombea|va)\s+(?:fortisimo|fuertisimo"
    r"|rapidisimo|a\s+mil|a\s+tope|como\s+loco|(?:muy|super|re)\s+(?:fuerte|rapido|deprisa))\b",
)

# Set R: a fall's height looked up with what would make it sure ("googled from which floor it is
# certain"), with or without a denial beside it.
CRISIS_MORE += looked_up(
    r"(?:busque|buscado|googlee|mire|mirado|consulte|investigue|lei|averigue)",
    r"(?:(?:desde|de)\s+(?:que|cual)\s+(?:piso|planta|altura)|cuantos\s+(?:pisos|metros)|que\s+altura)",
    r"(?:segur\w*|mortal|letal|basta|suficiente|no\s+se\s+sobrevive|sobrevive|se\s+muere|mueres|matarse)",
)
