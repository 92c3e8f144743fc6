# Textos de la interfaz del sitio de ejemplo, en español.

site-title = Seguimiento de la Declaración de Los Ángeles
site-description = Un sistema público de seguimiento de los compromisos que asumieron los gobiernos en el marco de la Declaración de Los Ángeles sobre Migración y Protección: en qué punto está cada uno, las reuniones y sus recomendaciones.
choose-language = Elija su idioma

## Navegación

skip-to-content = Ir al contenido
nav-home = Inicio
nav-main = Secciones
nav-languages = Idiomas
nav-breadcrumbs = Usted está aquí
nav-countries = Países
nav-pillars = Pilares
nav-commitments = Compromisos
nav-meetings = Reuniones
nav-recommendations = Recomendaciones
footer-made-with = Hecho con swivi, un generador de sitios estáticos para el seguimiento público.

## Nombres de los idiomas, en español

language-en = inglés
language-es = español
language-fr = francés
language-pt = portugués
language-ht = criollo haitiano

## Avisos

fallback-notice = Este texto todavía no está disponible en { $language }; se muestra en { $original }.
unofficial-notice = Traducción no oficial, hecha para este seguimiento; el original está en { $original }.
read-original = Leer el original.

## Estados

status-not-assessed = No evaluado
status-not-started = Sin iniciar
status-in-progress = En curso
status-completed = Cumplido
status-stalled = Estancado

## Cantidades

commitment-count = { $count ->
    [one] { $count } compromiso
   *[other] { $count } compromisos
}
country-count = { $count ->
    [one] { $count } país
   *[other] { $count } países
}
pillar-count = { $count ->
    [one] { $count } pilar
   *[other] { $count } pilares
}
meeting-count = { $count ->
    [one] { $count } reunión
   *[other] { $count } reuniones
}
recommendation-count = { $count ->
    [one] { $count } recomendación
   *[other] { $count } recomendaciones
}
done-share = { $percent }{"\u00A0"}% cumplidos

## Avance

progress-heading = Resumen del avance
breakdown-caption = Compromisos según su estado
breakdown-status = Estado
breakdown-count = Compromisos
share-percent = { $percent }{"\u00A0"}%
breakdown-share = Porcentaje

## Inicio

home-latest = Últimas actualizaciones
home-explore = Explorar el seguimiento
no-updates = Todavía no hay ninguna actualización registrada.

## Países y pilares

country-none = Todavía no hay ningún compromiso registrado de este país.
country-no-meetings = Todavía no hay ninguna reunión registrada con este país.
country-recommendations = Recomendaciones dirigidas a este país
country-no-recommendations = Ninguna recomendación está dirigida a este país.
pillar-number = Pilar { $number }
pillar-none = No se asumió ningún compromiso en este pilar.

## Compromisos

commitment-status = Estado actual
commitment-country = País
commitment-pillars = Pilares
commitment-no-pillar = Sin pilar indicado
commitment-date = Fecha
commitment-meeting = Asumido en
commitment-timeline = Historial
commitment-recommendations = Recomendaciones a las que responde
commitment-no-recommendations = No hay ninguna recomendación vinculada a este compromiso.
stale-since = Sin verificar desde el { $date }
stale-count = { $count ->
    [one] { $count } compromiso sin verificar
   *[other] { $count } compromisos sin verificar
} desde hace más de { $months } meses
update-source = Fuente:

matrix-title = Matriz de seguimiento
matrix-intro = Cada celda cuenta los compromisos de un país en un pilar, por estado; siga un número para ver la lista.
matrix-caption = Compromisos por país y pilar
matrix-country = País
matrix-total = Todos los pilares
matrix-order-label = Orden de las filas
matrix-order-name = Por nombre del país
matrix-order-count = Por número de compromisos
list-status-title = Compromisos: { $status }
list-cell-title = { $country } · { $pillar }
list-empty = No hay compromisos en esta lista.
filter-country = País
filter-pillar = Pilar
filter-status = Estado
filter-all = Todos
filter-shown = Compromisos mostrados:
facets-label = Filtrar la lista

## Indicadores

indicators-heading = Indicadores
indicator-baseline = Valor inicial
indicator-target = Meta
indicator-latest = Último valor
indicator-not-set = sin definir
indicator-no-value = todavía sin valor
indicator-progress-label = Avance hacia la meta
indicator-progress = { $percent }{"\u00A0"}% del camino entre el valor inicial y la meta
indicator-progress-unknown = No se puede calcular: hacen falta un valor inicial, una meta y un valor.
indicator-judgement = Valoración
indicator-reached = Meta alcanzada
indicator-on-track = En buen camino
indicator-off-track = Atrasado respecto de la meta
indicator-deteriorating = Se aleja de la meta
indicator-too-little-data = Datos insuficientes para evaluar
indicator-values = Valores a lo largo del tiempo
indicator-date = Fecha
indicator-value = Valor
indicator-no-milestones = Todavía no hay ninguna etapa registrada.
value-with-unit = { $unit ->
    [percent] { $value }{"\u00A0"}%
    [USD] { $value } USD
   *[other] { $value } { $unit }
}

## Reuniones

meeting-dates = Fechas
meeting-place = Lugar
meeting-organisers = Organizadores
meeting-countries = Países
meeting-documents = Documentos
meeting-commitments = Compromisos asumidos en esta reunión
meeting-no-commitments = No hay ningún compromiso registrado como asumido en esta reunión.
meeting-recommendations = Recomendaciones de esta reunión
meeting-no-recommendations = No hay ninguna recomendación registrada de esta reunión.

## Recomendaciones

recommendation-number = Recomendación { $number }
recommendation-source = Fuente
recommendation-theme = Tema
recommendation-addressed-to = Dirigida a
recommendation-commitments = Compromisos que responden a esta recomendación
recommendation-no-commitments = Todavía no hay ningún compromiso registrado que responda a esta recomendación.
page-recommendations = Recomendaciones de este documento


## Lectura sin conexión

offline-title = Está sin conexión
offline-text = Esta página no se guardó en este dispositivo y no hay conexión para cargarla. Las páginas que ya abrió se pueden seguir leyendo.
offline-home = Ir a la página de inicio
offline-keep = Guardar las páginas de este país para leerlas sin conexión
offline-saving = Guardando las páginas…
offline-kept = Guardado: puede leer estas páginas sin conexión.
offline-failed = Algunas páginas no se pudieron guardar; revise su conexión e inténtelo de nuevo.

downloads-title = Descargas
downloads-text = Cada archivo contiene todo este seguimiento en un idioma. Descomprímalo y abra index.html: funciona sin conexión y sin servidor, en una computadora o un teléfono, y se puede compartir por memoria USB o por mensajería.
downloads-size = zip, { $size } KB

## Canales de noticias

feed-site = Canal de todas las actualizaciones
feed-of = Canal: { $title }
feed-title = { $site }: { $title }
feed-new-commitment = Nuevo compromiso, { $country }: { $title }
feed-update = { $title }: { $status }
feed-meeting = Reunión: { $title }

## Fechas y números

date-day = { $day } de { $month } de { $year }
date-month = { $month } de { $year }
date-year = { $year }
date-range = del { $start } al { $end }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
number-decimal = ,
number-group = .
