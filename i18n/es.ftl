# Textos de la interfaz del sitio de ejemplo, en español.

site-title = Seguimiento de la Declaración de Los Ángeles
site-description = Un sistema público de seguimiento de los compromisos que asumieron los gobiernos en el marco de la Declaración de Los Ángeles sobre Migración y Protección: en qué punto está cada uno, las reuniones y sus recomendaciones.
choose-language = Elija su idioma

## Navegación

skip-to-content = Ir al contenido
nav-home = Inicio
nav-main = Secciones
nav-menu = Menú
nav-languages = Idiomas
nav-breadcrumbs = Usted está aquí
nav-countries = Países
nav-pillars = Pilares
nav-commitments = Compromisos
nav-meetings = Reuniones
nav-recommendations = Recomendaciones
nav-organisations = Organizaciones
nav-pages = Páginas
footer-made-with = Hecho con swivi, un generador de sitios estáticos para el seguimiento público.
footer-more-pages = Más páginas

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
organisation-count = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
organisation-assessed-count = { $count ->
    [one] { $count } actualización evaluada
   *[other] { $count } actualizaciones evaluadas
}
assessed-count = { $assessed } de { $total } evaluados
done-count = { $count ->
    [one] { $count } cumplido ({ $percent })
   *[other] { $count } cumplidos ({ $percent })
}

## Avance

progress-heading = Resumen del avance
breakdown-caption = Compromisos según su estado
breakdown-status = Estado
breakdown-count = Compromisos
breakdown-share = Porcentaje

## Inicio

home-latest = Últimas actualizaciones
home-explore = Explorar el seguimiento
no-updates = Todavía no hay ninguna actualización registrada.

## Países y pilares

map-title = Mapa de los países según la proporción de compromisos cumplidos
map-empty = Casilla sin barra: ningún compromiso registrado
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
commitment-due = Plazo
commitment-responsible = Responsables
due-on = Plazo: { $date }
overdue = Vencido
overdue-count = { $count ->
    [one] { $count } compromiso vencido
   *[other] { $count } compromisos vencidos
}
overdue-title = Compromisos vencidos
overdue-explained = Un compromiso está vencido cuando ha pasado el día, el mes o el año de su plazo y no está cumplido. { $count ->
    [0] Ningún compromiso de este seguimiento tiene plazo en sus fuentes.
    [one] Un compromiso tiene plazo.
   *[other] { $count } compromisos tienen plazo.
}
update-source = Fuente:
update-by = Evaluado por:

matrix-title = Matriz de seguimiento
matrix-intro = Cada celda cuenta los compromisos de un país en un pilar, por estado; siga un número para ver la lista.
matrix-caption = Compromisos por país y pilar
matrix-country = País
matrix-total = Todos los pilares
matrix-order-label = Orden de las filas
matrix-order-name = Por nombre del país
matrix-order-count = Por número de compromisos
matrix-scale-low = menos compromisos
matrix-scale-high = más compromisos
list-status-title = Compromisos: { $status }
list-cell-title = { $country } · { $pillar }
list-empty = No hay compromisos en esta lista.
list-page-title = { $list }, página { $page } de { $pages }
list-continued = (continuación)
pager-label = Páginas de la lista
pager-status = Página { $page } de { $pages }
pager-previous = Página anterior
pager-next = Página siguiente
filter-loading = Cargando la lista completa…
filter-failed = No se pudo cargar la lista completa: solo se filtran los compromisos de esta página.
filter-country = País
filter-pillar = Pilar
filter-status = Estado
filter-all = Todos
filter-overdue = Solo los vencidos
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
indicator-progress = { $percent } del camino entre el valor inicial y la meta
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
indicator-source = Fuente
indicator-no-milestones = Todavía no hay ninguna etapa registrada.
value-with-unit = { $unit ->
   *[other] { $value } { $unit }
}

## Reuniones

meeting-dates = Fechas
meeting-place = Lugar
meeting-organisers = Organizadores
meeting-countries = Países
meeting-documents = Documentos
meetings-calendar = Añadir las reuniones a su calendario (iCalendar)
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
file-size = { $format }, { $size } KB

## Datos abiertos

data-title = Datos abiertos
data-intro = Descargue los datos de este seguimiento para analizarlos: cada tabla en CSV (se abre en una hoja de cálculo) y en JSON, en este idioma, con un esquema JSON y el significado de cada columna. Los nombres de las columnas son los mismos en todos los idiomas.
data-licence-label = Licencia:
data-all = Todo, en todos los idiomas (zip)
data-schema = Esquema JSON
data-package = Descriptor Data Package (Frictionless) de estas tablas
data-columns = Columnas
data-column = Columna
data-meaning = Significado
data-table-commitments = Compromisos
data-table-updates = Actualizaciones de estado
data-table-indicator-values = Valores de los indicadores
data-table-milestones = Hitos de los indicadores cualitativos
data-table-meetings = Reuniones
data-table-recommendations = Recomendaciones
data-table-countries = Países
data-table-pillars = Pilares
data-table-organisations = Organizaciones
data-table-commitment-recommendations = Compromisos y las recomendaciones a las que responden
data-col-id = Identificador de la entrada, el mismo en todos los idiomas y en su dirección
data-col-title = Título, en este idioma
data-col-country = Código del país (ISO 3166-1 alpha-2)
data-col-country-name = Nombre del país, en este idioma
data-col-pillars = Identificadores de los pilares, separados por ;
data-col-status = Identificador del estado
data-col-status-label = Estado, en este idioma
data-col-date = Fecha (AAAA, AAAA-MM o AAAA-MM-DD, con la misma precisión que la fuente)
data-col-due = Plazo (AAAA, AAAA-MM o AAAA-MM-DD), cuando la fuente lo indica; vacío si no
data-col-overdue = Si el plazo ha pasado y el compromiso no está cumplido, el día en que se construyó el sitio
data-col-responsible = Instituciones que deben cumplir el compromiso, separadas por ;, cuando la fuente las nombra
data-col-last-update = Fecha de la última actualización, vacía si no hay ninguna
data-col-meeting = Identificador de la reunión, si la hay
data-col-url = Dirección de la página en este idioma
data-col-commitment = Identificador del compromiso
data-col-note = Lo que dice la actualización, en este idioma
data-col-milestone-note = Lo que el hito alcanzó, en este idioma
data-col-source = Documento fuente, tal como se publicó, o identificador de la página del documento
data-col-source-url = Dirección del documento fuente, si se conoce
data-col-entry-type = Si el indicador corresponde a un compromiso o a una reunión
data-col-entry = Identificador de ese compromiso o de esa reunión
data-col-indicator = Identificador del indicador
data-col-indicator-title = Lo que mide el indicador, en este idioma
data-col-unit = Unidad de los valores
data-col-value-kind = baseline (valor inicial), value (valor) o target (meta)
data-col-value = El número
data-col-start = Primer día
data-col-end = Último día, si la reunión duró varios días
data-col-place = Lugar, en este idioma
data-col-countries = Códigos de los países, separados por ;
data-col-number = Número en la fuente, si lo hay
data-col-theme = Título bajo el que figura en la fuente, en este idioma
data-col-source-type = meeting (reunión) o document (documento)
data-col-addressed-to = Códigos de los países a los que está dirigida, separados por ;
data-col-code = Código del país (ISO 3166-1 alpha-2)
data-col-name = Nombre, en este idioma
data-col-commitments = Número de compromisos
data-col-completed = Número de compromisos cumplidos
data-col-pillar-number = El número del pilar en este sitio
data-col-organisation-kind = government (gobierno), civil-society (sociedad civil) o international-organisation (organización internacional)
data-col-website = El sitio web de la organización, si se conoce
data-col-assessed = Número de actualizaciones que evaluó
data-col-recommendation = Identificador de la recomendación

## Canales de noticias

feed-site = Canal de todas las actualizaciones
feed-of = Canal: { $title }
feed-title = { $site }: { $title }
feed-overdue = Vencido, { $country }: { $title }
feed-new-commitment = Nuevo compromiso, { $country }: { $title }
feed-update = { $country }: { $title } — { $status }
feed-update-change = { $country }: { $title } — { $from } → { $status }
feed-status = Estado: { $status }
feed-status-change = Estado: { $from } → { $status }
feed-meeting = Reunión: { $title }
feed-page-kind = Canal Atom
feed-page-what = Este canal anuncia cada nuevo compromiso, cada cambio de estado y cada reunión de lo que sigue. Un lector de canales lo consulta por usted y le muestra lo nuevo.
feed-page-follow = Para seguirlo, copie esta dirección en su lector de canales:
feed-page-follows = La página que sigue
feed-page-all = Todos los canales de este sitio
feed-page-latest = Últimas entradas
feed-page-empty = Nada por ahora.
feeds-title = Canales
feeds-intro = Siga lo que cambia sin volver a comprobarlo: copie la dirección de un canal en un lector de canales (una aplicación o un sitio web). Cada canal anuncia los nuevos compromisos, los cambios de estado y las reuniones de lo que sigue.
feeds-calendar = Las reuniones, para una aplicación de calendario (iCalendar)
feeds-commitments-elsewhere = Hay demasiados compromisos para enumerar aquí sus canales: la página de cada compromiso enlaza con su propio canal, en la dirección de la página seguida de feed.xml.
calendar-imprecise-title = { $title } ({ $date }, día no precisado)
calendar-imprecise-note = Fecha que dan las fuentes: { $date }, sin el día; los calendarios la muestran en su primer día.

## Fechas y números

date-range = del { $start } al { $end }

## Traducciones
translations-title = Estado de las traducciones
translations-intro = El texto original de este seguimiento está en { $source }. Cuando una página aún no está traducida a su idioma, o su traducción es anterior al original, la página se muestra en otro idioma y lo indica. Esto es lo que cada idioma cubre del seguimiento.
translations-interface = Interfaz
translations-translated = Contenidos traducidos
translations-up-to-date = Al día
translations-outdated = Por actualizar
translations-subscribe = Suscribirse al canal de lo que queda por traducir a este idioma
translations-outdated-heading = { $count ->
    [0] Ninguna traducción por actualizar
    [one] { $count } traducción por actualizar
   *[other] { $count } traducciones por actualizar
}
translations-outdated-help = El original de estos textos cambió después de su traducción.
translations-missing-heading = { $count ->
    [0] Ningún contenido por traducir
    [one] { $count } contenido por traducir
   *[other] { $count } contenidos por traducir
}
translations-source-note = Este es el idioma original: elija un idioma arriba para ver qué páginas aún no están traducidas.
outdated-notice = El original en { $original } cambió después de esta traducción, que puede ya no corresponderle.
translations-feed-title = Textos por traducir al { $language }
translations-feed-outdated = Por actualizar: { $title }
translations-feed-outdated-summary = El texto en { $original } de { $source } cambió después de la traducción { $file }.
translations-feed-missing = Por traducir: { $title }
translations-feed-missing-summary = Traducir { $source } ({ $original }) en el nuevo archivo { $file }.
translations-feed-messages = { $count ->
    [one] { $count } texto de la interfaz por traducir en { $file }
   *[other] { $count } textos de la interfaz por traducir en { $file }
}

## Página no encontrada

not-found-title = Página no encontrada
not-found-text = No hay ninguna página en esta dirección: puede que se haya movido o que el enlace tenga un error. Estas páginas pueden ayudarle a encontrar lo que buscaba.

## Búsqueda

search-title = Buscar
search-label = Palabras que buscar
search-shown = Resultados:
search-none = No hay resultados. Pruebe con otras palabras o con menos filtros.
search-failed = No se pudo cargar la búsqueda. Las listas de abajo llevan a cada compromiso.
search-kind-countries = País
search-kind-pillars = Pilar
search-kind-commitments = Compromiso
search-kind-meetings = Reunión
search-kind-recommendations = Recomendación
search-kind-pages = Página
search-kind-organisations = Organización
search-more = Mostrar más resultados
search-browse = Cada país, pilar y compromiso también figura en estas listas:
search-no-script = La búsqueda necesita JavaScript.

## Historial de las páginas

page-last-changed = Última modificación: { $date }

## El registro de cambios, tomado del historial del sitio

changes-title = Registro de cambios
description-changes = Cada corrección y adición al contenido del seguimiento, de la más reciente a la más antigua, con su fecha y la explicación de los editores, tomadas del historial del sitio.
changes-intro = Cada cambio de esta lista quedó registrado en el historial del sitio al publicarse: su fecha, la explicación que dieron los editores y las páginas que modificó. Un estado corregido después de publicado aparece aquí.
changes-shown = Se muestran los { $shown } cambios más recientes de { $count }.
changes-repository = Todos los cambios en el repositorio del sitio
changes-on-page = Registro de cambios de esta página ({ $count })
changes-all = Todos los cambios del seguimiento
changes-added = Añadido
changes-changed = Modificado
changes-translated = Traducción modificada ({ $languages })
changes-removed = Eliminado
changes-more-entries = { $count ->
    [one] y una página más
   *[other] y { $count } páginas más
}
changes-commit = Ver { $id } en el repositorio
changes-feed-title = { $site }: registro de cambios

## Citar esta página: bajo la página de cada entrada.
cite-title = Citar esta página
cite-text = { $author }. «{ $title }». Última modificación: { $date }. { $url } (consultado el { $accessed }).
cite-text-undated = { $author }. «{ $title }». { $url } (consultado el { $accessed }).
cite-files = La cita, para un gestor de referencias:
cite-bibtex = BibTeX
cite-csl-json = CSL-JSON

## Qué es una página, para los buscadores y los enlaces compartidos

description-countries = En qué punto están los compromisos de cada país, en un mapa y país por país: { $countries }.
description-pillars = En qué punto están los compromisos de cada pilar: { $pillars }.
description-commitments = Todos los compromisos por estado, con su historial, sus indicadores y sus fuentes: { $commitments }.
description-meetings = Las reuniones, sus documentos y los compromisos asumidos en ellas: { $meetings }.
description-recommendations = Las recomendaciones, por la reunión o el documento que las formuló, y los compromisos que les responden: { $recommendations }.
description-organisations = Quién informa sobre los compromisos y los evalúa: gobiernos, organizaciones de la sociedad civil e internacionales: { $organisations }.
description-pages = Sobre el seguimiento: cómo funciona, su método y sus fuentes.
description-matrix = Países × pilares: los compromisos de cada país en cada pilar, por estado.
description-status-list = Los compromisos con el estado «{ $status }»: { $commitments }.
description-cell-list = { $country } · { $pillar }: { $commitments }, por estado.
description-search = Buscar en los países, pilares, compromisos, reuniones, recomendaciones y páginas.
description-data = Todas las tablas del seguimiento en CSV y JSON, con un esquema y el contenido de cada columna.
description-translations = Cuánto del seguimiento está traducido a cada idioma y qué queda por traducir.
description-downloads = El seguimiento en cada idioma, como archivo zip para leer sin conexión.
description-feeds = Los canales y el calendario del seguimiento, para seguir lo que cambia desde un lector de canales o una aplicación de calendario.

## Imágenes para compartir y la aplicación en la pantalla de inicio de un teléfono

share-image-alt = { $title }: sus compromisos por estado
app-short-name = Seguimiento LA

## Organizaciones y quién evaluó qué

organisation-kind = Tipo
organisation-kind-government = Gobierno
organisation-kind-civil-society = Sociedad civil
organisation-kind-international-organisation = Organización internacional
organisation-website = Sitio web
organisation-updates = Actualizaciones que evaluó
organisation-no-updates = Ninguna actualización la nombra todavía como evaluadora.
organisation-more-updates = Las { $shown } más recientes de { $count }; la tabla de actualizaciones de los datos abiertos las tiene todas, con quién las evaluó.
views-heading = Dos miradas
views-explained = El último informe del gobierno y la última evaluación independiente dan estados distintos. El estado al inicio de la página es el de la actualización más reciente.
views-government = Informe del gobierno
views-independent = Evaluación independiente
views-count = { $reported } con informe de su gobierno · { $assessed } con evaluación independiente · { $differ } en que ambas difieren
data-col-by = Identificador de la organización que evaluó la actualización, si la actualización la nombra

## El informe de un país, para imprimir

report-title = Informe: { $country }
report-description = { $country }: todos sus compromisos completos, con su historial, las cifras y fuentes de sus indicadores y las recomendaciones que responden, preparados para imprimir.
report-link = Informe para imprimir: todos los compromisos completos
report-made = Elaborado el { $date }
report-how-to-print = Para imprimir este informe o guardarlo como PDF, use la función Imprimir de su navegador. Cada compromiso empieza en una página nueva.
report-contents = Índice
report-live = Página en línea:

## Insignias y tarjetas para otros sitios

embed-title = Insertar
embed-explained = Copie uno de estos códigos en una página de su sitio. Cambian con cada actualización de este seguimiento y no cargan nada de ningún otro sitio.
embed-badge = Insignia (una imagen):
embed-card = Tarjeta (en un marco):
embed-open-card = Abrir la tarjeta
embed-more = El expediente completo en { $site }
embed-updated = Última actualización: { $date }
badge-alt = { $title }: { $status }
