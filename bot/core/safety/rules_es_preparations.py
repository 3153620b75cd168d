"""Spanish preparations (ruleset.LanguageRules: any two families in one message are a crisis),
over normalised text (accents folded: regale, contrasenas, esta listo).

Each family alone is an ordinary day ("regale la ropa vieja de los ninos", "pague el alquiler
por adelantado antes de las vacaciones", "gracias por todo, la respiracion me ayudo", "todo
listo para la fiesta"), so each stays narrow: things given away are the writer's own ("mis
cosas", "mi guitarra"), readiness is not ready for an event.
"""

from __future__ import annotations

__all__ = ["AFFAIRS", "FINALITY", "GIVEN_AWAY", "GOODBYES"]


def _s(*patterns: str) -> tuple[str, ...]:  # a space below stands for \s+
    return tuple(p.replace(" ", r"\s+") for p in patterns)


_KIN = r"(?:(?:mi|mis|la|el|los|las|una|un|a\s+mi|a\s+mis|al|a\s+la|a\s+una|a\s+un)\s+)?"
_KIN += r"(?:hermana|hermano|hermanos"
_KIN += r"|mama|mami|madre|papa|padre|padres|viejos|esposa|esposo|mujer|marido|pareja|novia"
_KIN += r"|novio|hijo|hija|hijos|hijas|familia|amiga|amigo|amigos|amigas|vecina|vecino|vecinos"
_KIN += r"|prima|primo|primos|tia|tio|sobrina|sobrino|abuela|abuelo|cunada|cunado|companera"
_KIN += r"|companero|chicos|chicas|pibes|colegas)"
_PET = r"(?:gat[oa]s?|gatit[oa]s?|perr[oa]s?|perrit[oa]s?|mascotas?|pajaros?|periquitos?|loro"
_PET += r"|canario|conejo|conejito|hamster|peces|pez|tortuga|caballo|yegua)"
_MINE = r"(?:(?:todas |todos )?mis |mi |todas las |todos los )"
_THINGS = r"(?:cosas|pertenencias|libros|guitarra|bajo|piano|teclado|bici|bicicleta|moto|coche"
_THINGS += r"|carro|auto|joyas|anillo|anillos|reloj|relojes|discos|vinilos|plantas|juegos"
_THINGS += r"|videojuegos|consola|play|ps4|ps5|xbox|switch|coleccion|herramientas|tabla"
_THINGS += r"|camara|ordenador|compu|computadora|portatil|laptop|cuadros|muebles)"
# A pet left with someone for a weekend or the holidays is not given away.
_NOT_FOR_A_WHILE = r"(?! (?:este|esta|estos|unos|unas|el finde|mientras|durante|hasta|por unos"
_NOT_FOR_A_WHILE += r"|en vacaciones|las vacaciones|cuando|hoy|manana)\b)"

# Rent paid ahead for a trip is an ordinary errand.
_NOT_FOR_A_TRIP = r"(?! (?:\w+ ){0,3}?(?:antes de (?:\w+ )?(?:vacaciones|viaje|irme)|porque me voy"
_NOT_FOR_A_TRIP += r"|por (?:el|mi) viaje|que me voy de|como (?:siempre|cada))\b)"

GIVEN_AWAY = _s(
    r"(?:regale|regalado|regalando|regalo todas|done|donado|donando|reparti|repartido"
    r"|repartiendo|di|(?:he|ha|hemos|habia) dado|dando|deshice de|deshecho de|deshaciendo de"
    r"|desprendi de)"
    rf" (?:(?:ya|hoy|ayer|casi|tambien|por fin|finalmente|le|les|se|los|las|todo|mis? \w+ y) )*"
    rf"{_MINE}"
    rf"(?:\w+ )?{_THINGS}\b",
    rf"(?:regale|regalado|done|donado|di|dado|entregue|entregado) (?:\w+ )?(?:a )?mis? {_PET}"
    rf" (?:a|al|con) {_KIN}\b",
    rf"(?:regale|regalado|doy|di|dado|dar) (?:a |en )?adopcion (?:a )?(?:mis? )?{_PET}\b",
    rf"(?:di|dado|dar|doy) (?:a )?mis? {_PET} en adopcion\b",
    rf"(?:encontre|encontrado|busque|buscado|conseguido|consegui) (?:un |una )?(?:nuevo |nueva )?"
    rf"(?:hogar|casa|familia|duenos?|dueno nuevo) (?:para|a) (?:mis?|el|la|los) {_PET}\b",
    rf"mis? {_PET} (?:se queda|se va a quedar|se quedara|se va|vivira|va a vivir|se queda para"
    rf" siempre) con {_KIN}\b{_NOT_FOR_A_WHILE}",
    rf"(?:le |les )?(?:di|dado|deje|dejado|entregue|pase) (?:las|mis|una copia de las) llaves"
    rf" (?:de (?:casa|mi casa|mi piso|mi depa|del piso|del depa|del coche|del carro) )?a {_KIN}\b",
)
AFFAIRS = _s(
    r"(?:pague|pagado|pagando) (?:\w+ ){0,4}?(?:alquiler|renta|arriendo|alquileres)"
    r" (?:\w+ ){0,4}?(?:por adelantado|adelantad[oa]s?|por anticipado)\b" + _NOT_FOR_A_TRIP,
    r"(?:deje pagad[oa]s?|dejado pagad[oa]s?|adelante|adelantado) (?:\w+ ){0,4}?(?:alquiler"
    r"|renta|arriendo|alquileres)\b(?! (?:del mes|de este mes)\b)" + _NOT_FOR_A_TRIP,
    r"(?:pague|pagado) (?:\w+ ){0,3}?meses (?:de (?:alquiler|renta|arriendo) )?(?:por adelantado"
    r"|adelantados)\b" + _NOT_FOR_A_TRIP,
    r"(?:pague|pagado|saldado|salde|liquidado|liquide|cancelado|cancele|cerrado|cerre|saldar"
    r"|liquidar) (?:ya )?(?:todas )?(?:mis|las|todas mis) (?:deudas|prestamos|cuentas"
    r" (?:del banco|bancarias)|tarjetas)\b",
    r"ya no (?:le )?debo nada a nadie\b",
    r"(?:hice|hecho|escribi|escrito|redacte|redactado|firme|firmado|actualice|actualizado)"
    r" (?:mi |el |un )?testamento\b",
    r"(?:contrasenas|claves|pines|pin|codigos|datos del banco|papeles|documentos|escrituras"
    rf"|polizas?|seguro de vida) (?:\w+ ){{0,5}}?(?:a|para|con) {_KIN}\b",
    # The kin named first: "le dejé a mi hijo los papeles del banco", "le pasé a mi hermana
    # las claves".
    r"(?:le |les )?(?:deje|dejado|dejando|di|dado|entregue|entregado|pase|pasado|mande|mandado)"
    rf" (?:ya )?(?:a |para )?{_KIN} (?:\w+ ){{0,3}}?(?:los |las |mis |todos los |todas las )?"
    r"(?:papeles|documentos|contrasenas|claves|pines|escrituras|polizas|datos del banco"
    r"|datos bancarios|cuentas del banco)\b",
    r"(?:deje|dejado|apunte|apuntado|anote|anotado|escribi|escrito) (?:todas )?(?:las |mis )"
    r"(?:contrasenas|claves) (?:\w+ ){0,3}?(?:en un sobre|en una libreta|en el cajon|apuntadas"
    r"|anotadas)\b",
    r"(?:puse|puesto|poniendo|deje|dejado|dejando|tengo|arregle|ordene) (?:en orden )?(?:todos )?"
    r"(?:mis|los) (?:asuntos|papeles|documentos)(?: en orden)?\b",
    r"(?:deje|dejado|dejando|tengo|puse) todo (?:en orden|arreglado|atado) (?:para (?:que|mi|los"
    r"|cuando)|por si)\b",
    r"(?:cancele|cancelado|di de baja|dado de baja) (?:todas )?(?:mis|las) (?:suscripciones"
    r"|subscripciones|contratos)\b",
    r"(?:borre|borrado|elimine|eliminado|cerre|cerrado) (?:todas )?(?:mis) (?:redes|cuentas"
    r"|perfiles)\b",
    # Round 9 (sets S, T): the keys of the flat handed back to the landlord; a message
    # scheduled to reach the family later ("programé un correo para mi mujer").
    r"(?:devolvi|devuelto|entregue|entregado|deje|dejado) (?:ya )?(?:las|mis) llaves (?:del piso"
    r"|de casa|del depa|del departamento|del apartamento|de mi piso|de mi depa) (?:al|a la)"
    r" (?:casero|casera|dueno|duena|propietario|propietaria|arrendador|inmobiliaria)\b",
    rf"(?:programe|programado|deje programad[oa]) (?:un |una )?(?:correo|mail|email|mensaje"
    rf"|carta|audio) (?:para|a) {_KIN}\b",
)
GOODBYES = _s(
    r"(?:cartas?|notas?|mensajes?|audios?|videos?) de (?:despedida|adios)\b",
    rf"(?:escribi|escrito|escribiendo|deje|dejado|redacte|grabe|grabado) (?:unas? |las |mis )?"
    rf"(?:cartas?|notas?|mensajes?|audios?|videos?) (?:para|a) (?:cada (?:uno|una)|{_KIN})\b",
    r"(?:gracias|mil gracias|muchas gracias|graciass*) (?:de verdad )?por todo\b"
    r"(?! (?:lo que|el|la|los|las)\b)",
    r"(?:me despedi|me he despedido|me estoy despidiendo|despedirme) de (?:todos|todas|ustedes"
    r"|vosotros|mi familia|mis amigos|mis padres|mis hijos|cada uno)\b",
    r"(?:los|las|os) quiero (?:mucho )?a (?:todos|todas)\b",
    r"(?:perdonenme|perdonadme|perdoname|perdon|perdonen) por todo\b(?! (?:el|lo|la|los|las)\b)",
    rf"cuiden (?:bien |mucho )?(?:de |a )?(?:mis? {_PET}|mi (?:mama|madre|papa|padre|hija"
    r"|hijo))\b",
    # Round 9 (sets S, T): a letter for someone left in a drawer or on a pillow; written to
    # someone not to be angry; thanked for these weeks; a goodbye said properly.
    rf"(?:cartas?|notas?|sobres?) (?:para|a) {_KIN} (?:en|sobre|debajo de|encima de|bajo)"
    r" (?:el |la |mi )?(?:cajon|mesa|mesilla|mesita|almohada|escritorio|buzon|cama)\b",
    rf"(?:escribi|escrito|dije|dicho|pedi|pedido) (?:a )?{_KIN} (?:que )?(?:no me (?:guarde"
    r"|guarden|tenga|tengan) rencor|no se enfade conmigo|no se enoje conmigo|me perdone"
    r"|me perdonen)\b",
    r"gracias (?:a ti |a vos |a ustedes )?por (?:estas|estos) (?:semanas|meses|dias)\b",
    r"(?:me despedi|despedido|despedirme) (?:de \w+ )?como (?:es debido|dios manda"
    r"|corresponde)\b",
)
FINALITY = _s(
    r"(?:ya )?(?:esta|estan|queda|quedo) todo (?:listo|preparado|arreglado|resuelto|organizado"
    r"|en orden|atado)\b(?! (?:para|pa) (?!que\b))",
    r"todo (?:esta|queda|quedo) (?:ya )?(?:listo|preparado|arreglado|resuelto|organizado"
    r"|en orden|atado)\b(?! (?:para|pa) (?!que\b))",
    r"(?:tengo|deje|dejado) todo (?:listo|preparado|organizado)\b(?! (?:para|pa) (?!que\b))",
    r"(?:ya )?no (?:voy a|vaya a) necesitar (?:nada|nada mas|esto|eso|mis cosas|ya nada)\b",
    r"ya no (?:lo|la|los|las) (?:voy a|vaya a) (?:necesitar|usar|ocupar)\b",
    r"para que (?:\w+ ){0,3}?(?:nadie|ninguno|no) (?:tenga|tengan|tuviera|tengais)"
    r" (?:que (?:ocuparse|hacer"
    r"|preocuparse|pagar)|problemas|lio|lios)\b",
    r"para no (?:dar|darles|daros|ser) (?:problemas|trabajo|molestias|una carga)\b",
    r"cuando (?:yo )?(?:me haya ido|ya no (?:este|estare)|falte yo)\b",
    r"(?:es|sera) (?:mejor asi|lo mejor) para todos\b",
    r"(?:ya|algun dia|con el tiempo) (?:lo |me )?(?:entenderan|entendereis|vas a entender"
    r"|van a entender|entenderas)\b",
    r"(?:lo |me )?(?:entenderan|entendereis|entenderas) (?:algun dia|despues|mas adelante|luego"
    r"|con el tiempo)\b",
    r"ya no hay vuelta atras\b",
    # Set O: going "for ever" with no destination ("el sábado me voy a ir para siempre").
    r"(?:me voy|me voy a ir|me vo a ir|me ire|irme|me marcho) (?:de aqui |de este mundo )?(?:para"
    r"|pa) siempre\b(?! (?:a|al|de|del|para|pa|con|en)\b)(?![^?]{0,80}\b(?:mud\w+|vuelo|avion"
    r"|pais|ciudad|extranjero|emigr\w+|trabajo|piso)\b)",
    # Round 9 (sets S, T): "es mejor así" ending the message; "será más fácil para todos
    # después"; "esta noche se acaba".
    r"(?:es|sera) mejor asi\s*(?:[.!;]|$|[^\w\s?]+\s*$)",
    r"(?:sera|va a ser|es) (?:mas facil|mas sencillo|mejor) para todos (?:despues|cuando|luego"
    r"|a partir)\b",
    r"(?:esta noche|hoy|manana) (?:se acaba|termina|se termina)(?: todo)?\s*(?:[.!;]|$)",
)
