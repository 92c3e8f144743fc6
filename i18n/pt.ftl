# Textos da interface do site de exemplo, em português (Brasil).

site-title = Acompanhamento da Declaração de Los Angeles
site-description = Um sistema público de acompanhamento dos compromissos assumidos pelos governos no âmbito da Declaração de Los Angeles sobre Migração e Proteção: a situação de cada um, as reuniões e suas recomendações.
choose-language = Escolha seu idioma

## Navegação

skip-to-content = Ir para o conteúdo
nav-home = Início
nav-main = Seções
nav-menu = Menu
nav-languages = Idiomas
nav-breadcrumbs = Você está aqui
nav-countries = Países
nav-pillars = Pilares
nav-commitments = Compromissos
nav-meetings = Reuniões
nav-recommendations = Recomendações
nav-organisations = Organizações
nav-pages = Páginas
footer-made-with = Feito com swivi, um gerador de sites estáticos para acompanhamento público.
footer-more-pages = Mais páginas

## Nomes dos idiomas, em português

language-en = inglês
language-es = espanhol
language-fr = francês
language-pt = português
language-ht = crioulo haitiano

## Avisos

fallback-notice = Este texto ainda não está disponível em { $language }; ele aparece em { $original }.
unofficial-notice = Tradução não oficial, feita para este acompanhamento; o original está em { $original }.
read-original = Ler o original.

## Situações

status-not-assessed = Não avaliado
status-not-started = Não iniciado
status-in-progress = Em andamento
status-completed = Cumprido
status-stalled = Parado

## Quantidades

commitment-count = { $count ->
    [one] { $count } compromisso
   *[other] { $count } compromissos
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
    [one] { $count } reunião
   *[other] { $count } reuniões
}
recommendation-count = { $count ->
    [one] { $count } recomendação
   *[other] { $count } recomendações
}
organisation-count = { $count ->
    [one] { $count } organização
   *[other] { $count } organizações
}
organisation-assessed-count = { $count ->
    [one] { $count } atualização avaliada
   *[other] { $count } atualizações avaliadas
}
assessed-count = { $assessed } de { $total } avaliados
done-count = { $count ->
    [one] { $count } cumprido ({ $percent })
   *[other] { $count } cumpridos ({ $percent })
}

## Progresso

progress-heading = Resumo do progresso
breakdown-caption = Compromissos por situação
breakdown-status = Situação
breakdown-count = Número
breakdown-share = Porcentagem

## Início

home-latest = Últimas atualizações
home-explore = Explorar o acompanhamento
no-updates = Ainda não há nenhuma atualização registrada.

## Países e pilares

map-title = Mapa dos países pela proporção de compromissos cumpridos
map-empty = Quadro sem barra: nenhum compromisso registrado
country-none = Ainda não há nenhum compromisso registrado deste país.
country-no-meetings = Ainda não há nenhuma reunião registrada com este país.
country-recommendations = Recomendações dirigidas a este país
country-no-recommendations = Nenhuma recomendação é dirigida a este país.
pillar-number = Pilar { $number }
pillar-none = Nenhum compromisso foi assumido neste pilar.

## Compromissos

commitment-status = Situação atual
commitment-country = País
commitment-pillars = Pilares
commitment-no-pillar = Nenhum pilar indicado
commitment-date = Data
commitment-meeting = Assumido em
commitment-timeline = Histórico
commitment-recommendations = Recomendações a que responde
commitment-no-recommendations = Nenhuma recomendação está ligada a este compromisso.
stale-since = Não verificado desde { $date }
stale-count = { $count ->
    [one] { $count } compromisso não verificado
   *[other] { $count } compromissos não verificados
} há mais de { $months } meses
commitment-due = Prazo
commitment-responsible = Responsáveis
due-on = Prazo: { $date }
overdue = Atrasado
overdue-count = { $count ->
    [one] { $count } compromisso atrasado
   *[other] { $count } compromissos atrasados
}
overdue-title = Compromissos atrasados
overdue-explained = Um compromisso está atrasado quando o dia, o mês ou o ano do seu prazo já passou e ele não está cumprido. { $count ->
    [0] Nenhum compromisso deste acompanhamento tem prazo nas suas fontes.
    [one] Um compromisso tem prazo.
   *[other] { $count } compromissos têm prazo.
}
update-source = Fonte:
update-by = Avaliado por:

matrix-title = Matriz de acompanhamento
matrix-intro = Cada célula conta os compromissos de um país em um pilar, por situação; siga um número para ver a lista.
matrix-caption = Compromissos por país e pilar
matrix-country = País
matrix-total = Todos os pilares
matrix-order-label = Ordem das linhas
matrix-order-name = Por nome do país
matrix-order-count = Por número de compromissos
matrix-scale-low = menos compromissos
matrix-scale-high = mais compromissos
list-status-title = Compromissos: { $status }
list-cell-title = { $country } · { $pillar }
list-empty = Não há compromissos nesta lista.
list-page-title = { $list }, página { $page } de { $pages }
list-continued = (continuação)
pager-label = Páginas da lista
pager-status = Página { $page } de { $pages }
pager-previous = Página anterior
pager-next = Próxima página
filter-loading = Carregando a lista completa…
filter-failed = Não foi possível carregar a lista completa: só os compromissos desta página são filtrados.
filter-country = País
filter-pillar = Pilar
filter-status = Situação
filter-all = Todos
filter-overdue = Só os atrasados
filter-shown = Compromissos exibidos:
facets-label = Filtrar a lista

## Indicadores

indicators-heading = Indicadores
indicator-baseline = Valor inicial
indicator-target = Meta
indicator-latest = Último valor
indicator-not-set = a definir
indicator-no-value = ainda sem valor
indicator-progress-label = Progresso rumo à meta
indicator-progress = { $percent } do caminho entre o valor inicial e a meta
indicator-progress-unknown = Não é possível calcular: é preciso ter um valor inicial, uma meta e um valor.
indicator-judgement = Avaliação
indicator-reached = Meta alcançada
indicator-on-track = No caminho certo
indicator-off-track = Atrasado em relação à meta
indicator-deteriorating = Afastando-se da meta
indicator-too-little-data = Dados insuficientes para avaliar
indicator-values = Valores ao longo do tempo
indicator-date = Data
indicator-value = Valor
indicator-source = Fonte
indicator-no-milestones = Ainda não há nenhuma etapa registrada.
value-with-unit = { $unit ->
   *[other] { $value } { $unit }
}

## Reuniões

meeting-dates = Datas
meeting-place = Local
meeting-organisers = Organizadores
meeting-countries = Países
meeting-documents = Documentos
meetings-calendar = Adicionar as reuniões ao seu calendário (iCalendar)
meeting-commitments = Compromissos assumidos nesta reunião
meeting-no-commitments = Não há nenhum compromisso registrado como assumido nesta reunião.
meeting-recommendations = Recomendações desta reunião
meeting-no-recommendations = Não há nenhuma recomendação registrada desta reunião.

## Recomendações

recommendation-number = Recomendação { $number }
recommendation-source = Fonte
recommendation-theme = Tema
recommendation-addressed-to = Dirigida a
recommendation-commitments = Compromissos que respondem a esta recomendação
recommendation-no-commitments = Ainda não há nenhum compromisso registrado que responda a esta recomendação.
page-recommendations = Recomendações deste documento


## Leitura offline

offline-title = Você está sem conexão
offline-text = Esta página não foi salva neste aparelho e não há conexão para carregá-la. As páginas que você já abriu continuam disponíveis para leitura.
offline-home = Ir para a página inicial
offline-keep = Salvar as páginas deste país para ler sem conexão
offline-saving = Salvando as páginas…
offline-kept = Salvo: você pode ler estas páginas sem conexão.
offline-failed = Algumas páginas não puderam ser salvas; verifique sua conexão e tente de novo.

downloads-title = Downloads
downloads-text = Cada arquivo contém todo este acompanhamento em um idioma. Descompacte-o e abra index.html: funciona sem conexão e sem servidor, no computador ou no celular, e pode ser compartilhado por pen drive ou aplicativo de mensagens.
file-size = { $format }, { $size } KB

## Dados abertos

data-title = Dados abertos
data-intro = Baixe os dados deste acompanhamento para analisá-los: cada tabela em CSV (abre em uma planilha) e em JSON, neste idioma, com um esquema JSON e o significado de cada coluna. Os nomes das colunas são os mesmos em todos os idiomas.
data-licence-label = Licença:
data-all = Tudo, em todos os idiomas (zip)
data-schema = Esquema JSON
data-package = Descritor Data Package (Frictionless) destas tabelas
data-columns = Colunas
data-column = Coluna
data-meaning = Significado
data-table-commitments = Compromissos
data-table-updates = Atualizações de situação
data-table-indicator-values = Valores dos indicadores
data-table-milestones = Marcos dos indicadores qualitativos
data-table-meetings = Reuniões
data-table-recommendations = Recomendações
data-table-countries = Países
data-table-pillars = Pilares
data-table-organisations = Organizações
data-table-commitment-recommendations = Compromissos e as recomendações a que respondem
data-col-id = Identificador do registro, o mesmo em todos os idiomas e no seu endereço
data-col-title = Título, neste idioma
data-col-country = Código do país (ISO 3166-1 alpha-2)
data-col-country-name = Nome do país, neste idioma
data-col-pillars = Identificadores dos pilares, separados por ;
data-col-status = Identificador da situação
data-col-status-label = Situação, neste idioma
data-col-date = Data (AAAA, AAAA-MM ou AAAA-MM-DD, com a mesma precisão da fonte)
data-col-due = Prazo (AAAA, AAAA-MM ou AAAA-MM-DD), quando a fonte o indica; vazio caso contrário
data-col-overdue = Se o prazo passou e o compromisso não está cumprido, no dia em que o site foi construído
data-col-responsible = Instituições que devem cumprir o compromisso, separadas por ;, quando a fonte as nomeia
data-col-last-update = Data da última atualização, vazia se não houver nenhuma
data-col-meeting = Identificador da reunião, se houver
data-col-url = Endereço da página neste idioma
data-col-commitment = Identificador do compromisso
data-col-note = O que diz a atualização, neste idioma
data-col-milestone-note = O que o marco alcançou, neste idioma
data-col-source = Documento-fonte, tal como foi publicado, ou identificador da página do documento
data-col-source-url = Endereço do documento-fonte, se for conhecido
data-col-entry-type = Se o indicador pertence a um compromisso ou a uma reunião
data-col-entry = Identificador desse compromisso ou dessa reunião
data-col-indicator = Identificador do indicador
data-col-indicator-title = O que o indicador mede, neste idioma
data-col-unit = Unidade dos valores
data-col-value-kind = baseline (valor inicial), value (valor) ou target (meta)
data-col-value = O número
data-col-start = Primeiro dia
data-col-end = Último dia, se a reunião durou vários dias
data-col-place = Local, neste idioma
data-col-countries = Códigos dos países, separados por ;
data-col-number = Número na fonte, se houver
data-col-theme = Título sob o qual aparece na fonte, neste idioma
data-col-source-type = meeting (reunião) ou document (documento)
data-col-addressed-to = Códigos dos países aos quais é dirigida, separados por ;
data-col-code = Código do país (ISO 3166-1 alpha-2)
data-col-name = Nome, neste idioma
data-col-commitments = Número de compromissos
data-col-completed = Número de compromissos cumpridos
data-col-pillar-number = O número do pilar neste site
data-col-organisation-kind = government (governo), civil-society (sociedade civil) ou international-organisation (organização internacional)
data-col-website = O site da organização, se conhecido
data-col-assessed = Número de atualizações que avaliou
data-col-recommendation = Identificador da recomendação

## Feeds

feed-site = Feed de todas as atualizações
feed-of = Feed: { $title }
feed-title = { $site }: { $title }
feed-overdue = Atrasado, { $country }: { $title }
feed-new-commitment = Novo compromisso, { $country }: { $title }
feed-update = { $country }: { $title } — { $status }
feed-update-change = { $country }: { $title } — { $from } → { $status }
feed-status = Situação: { $status }
feed-status-change = Situação: { $from } → { $status }
feed-meeting = Reunião: { $title }
feed-page-kind = Feed Atom
feed-page-what = Este feed anuncia cada novo compromisso, cada mudança de situação e cada reunião do que acompanha. Um leitor de feeds o consulta por você e mostra o que é novo.
feed-page-follow = Para acompanhá-lo, copie este endereço no seu leitor de feeds:
feed-page-follows = A página que ele acompanha
feed-page-all = Todos os feeds deste site
feed-page-latest = Últimas entradas
feed-page-empty = Nada por enquanto.
feeds-title = Feeds
feeds-intro = Acompanhe o que muda sem precisar voltar para verificar: copie o endereço de um feed num leitor de feeds (um aplicativo ou um site). Cada feed anuncia os novos compromissos, as mudanças de situação e as reuniões do que acompanha.
feeds-calendar = As reuniões, para um aplicativo de calendário (iCalendar)
feeds-commitments-elsewhere = Há compromissos demais para listar aqui os seus feeds: a página de cada compromisso leva ao seu próprio feed, no endereço da página seguido de feed.xml.
calendar-imprecise-title = { $title } ({ $date }, dia não informado)
calendar-imprecise-note = Data informada pelas fontes: { $date }, sem o dia; os calendários a mostram no primeiro dia.

## Datas e números

date-range = de { $start } a { $end }

## Traduções
translations-title = Estado das traduções
translations-intro = O texto original deste acompanhamento está em { $source }. Quando uma página ainda não está traduzida para o seu idioma, ou a sua tradução é anterior ao original, a página aparece em outro idioma e indica isso. Eis o que cada idioma cobre do acompanhamento.
translations-interface = Interface
translations-translated = Conteúdos traduzidos
translations-up-to-date = Em dia
translations-outdated = A atualizar
translations-subscribe = Assinar o feed do que falta traduzir para este idioma
translations-outdated-heading = { $count ->
    [0] Nenhuma tradução a atualizar
    [one] { $count } tradução a atualizar
   *[other] { $count } traduções a atualizar
}
translations-outdated-help = O original destes textos mudou depois da sua tradução.
translations-missing-heading = { $count ->
    [0] Nenhum conteúdo a traduzir
    [one] { $count } conteúdo a traduzir
   *[other] { $count } conteúdos a traduzir
}
translations-source-note = Este é o idioma original: escolha um idioma acima para ver que páginas ainda não estão traduzidas.
outdated-notice = O original em { $original } mudou depois desta tradução, que pode já não lhe corresponder.
translations-feed-title = Textos a traduzir para { $language }
translations-feed-outdated = A atualizar: { $title }
translations-feed-outdated-summary = O texto em { $original } de { $source } mudou depois da tradução { $file }.
translations-feed-missing = A traduzir: { $title }
translations-feed-missing-summary = Traduzir { $source } ({ $original }) no novo arquivo { $file }.
translations-feed-messages = { $count ->
    [one] { $count } texto da interface a traduzir em { $file }
   *[other] { $count } textos da interface a traduzir em { $file }
}

## Página não encontrada

not-found-title = Página não encontrada
not-found-text = Não há nenhuma página neste endereço: ela pode ter sido movida ou o link pode ter um erro. Estas páginas podem ajudar você a encontrar o que procurava.

## Pesquisa

search-title = Pesquisar
search-label = Palavras a pesquisar
search-shown = Resultados:
search-none = Nenhum resultado. Tente outras palavras ou menos filtros.
search-failed = Não foi possível carregar a pesquisa. As listas abaixo levam a cada compromisso.
search-kind-countries = País
search-kind-pillars = Pilar
search-kind-commitments = Compromisso
search-kind-meetings = Reunião
search-kind-recommendations = Recomendação
search-kind-pages = Página
search-kind-organisations = Organização
search-more = Mostrar mais resultados
search-browse = Cada país, pilar e compromisso também está nestas listas:
search-no-script = A pesquisa precisa de JavaScript.

## Histórico das páginas

page-last-changed = Última alteração em { $date }

## O registro de alterações, tirado do histórico do site

changes-title = Registro de alterações
description-changes = Cada correção e acréscimo ao conteúdo do acompanhamento, do mais recente ao mais antigo, com a data e a explicação dos editores, tirados do histórico do site.
changes-intro = Cada alteração abaixo foi registrada no histórico do site ao ser publicada: a data, a explicação que os editores deram e as páginas que alterou. Um status corrigido depois de publicado aparece aqui.
changes-shown = Estão listadas as { $shown } alterações mais recentes de { $count }.
changes-repository = Todas as alterações no repositório do site
changes-on-page = Registro de alterações desta página ({ $count })
changes-all = Todas as alterações do acompanhamento
changes-added = Adicionado
changes-changed = Alterado
changes-translated = Tradução alterada ({ $languages })
changes-removed = Removido
changes-more-entries = { $count ->
    [one] e mais uma página
   *[other] e mais { $count } páginas
}
changes-commit = Ver { $id } no repositório
changes-feed-title = { $site }: registro de alterações

## Citar esta página: sob a página de cada entrada.
cite-title = Citar esta página
cite-text = { $author }. “{ $title }”. Última alteração em { $date }. { $url } (acesso em { $accessed }).
cite-text-undated = { $author }. “{ $title }”. { $url } (acesso em { $accessed }).
cite-files = A citação, para um gerenciador de referências:
cite-bibtex = BibTeX
cite-csl-json = CSL-JSON

## O que é uma página, para os motores de busca e os links partilhados

description-countries = Em que ponto estão os compromissos de cada país, num mapa e país a país: { $countries }.
description-pillars = Em que ponto estão os compromissos de cada pilar: { $pillars }.
description-commitments = Todos os compromissos por situação, com o seu histórico, indicadores e fontes: { $commitments }.
description-meetings = As reuniões, os seus documentos e os compromissos nelas assumidos: { $meetings }.
description-recommendations = As recomendações, pela reunião ou documento que as formulou, e os compromissos que lhes respondem: { $recommendations }.
description-organisations = Quem informa sobre os compromissos e os avalia: governos, organizações da sociedade civil e internacionais: { $organisations }.
description-pages = Sobre o acompanhamento: como funciona, o seu método e as suas fontes.
description-matrix = Países × pilares: os compromissos de cada país em cada pilar, por situação.
description-status-list = Os compromissos com a situação «{ $status }»: { $commitments }.
description-cell-list = { $country } · { $pillar }: { $commitments }, por situação.
description-search = Pesquisar nos países, pilares, compromissos, reuniões, recomendações e páginas.
description-data = Todas as tabelas do acompanhamento em CSV e JSON, com um esquema e o conteúdo de cada coluna.
description-translations = Quanto do acompanhamento está traduzido em cada língua e o que falta traduzir.
description-downloads = O acompanhamento em cada língua, como ficheiro zip para ler sem conexão.
description-feeds = Os feeds e o calendário do acompanhamento, para seguir o que muda num leitor de feeds ou numa aplicação de calendário.

## Imagens para partilhar e a aplicação no ecrã inicial de um telemóvel

share-image-alt = { $title }: os seus compromissos por situação
app-short-name = Acomp. LA

## Organizações e quem avaliou o quê

organisation-kind = Tipo
organisation-kind-government = Governo
organisation-kind-civil-society = Sociedade civil
organisation-kind-international-organisation = Organização internacional
organisation-website = Site
organisation-updates = Atualizações que avaliou
organisation-no-updates = Nenhuma atualização a nomeia ainda como avaliadora.
organisation-more-updates = As { $shown } mais recentes de { $count }; a tabela de atualizações dos dados abertos tem todas, com quem as avaliou.
views-heading = Dois olhares
views-explained = O último relatório do governo e a última avaliação independente dão estados diferentes. O estado no topo da página é o da atualização mais recente.
views-government = Relatório do governo
views-independent = Avaliação independente
views-count = { $reported } com relatório do seu governo · { $assessed } avaliados de forma independente · { $differ } em que os dois diferem
data-col-by = Identificador da organização que avaliou a atualização, se a atualização a nomeia

## O relatório de um país, para imprimir

report-title = Relatório: { $country }
report-description = { $country }: todos os seus compromissos na íntegra, com seu histórico, os números e as fontes de seus indicadores e as recomendações a que respondem, prontos para impressão.
report-link = Relatório para imprimir: todos os compromissos na íntegra
report-made = Elaborado em { $date }
report-how-to-print = Para imprimir este relatório ou salvá-lo em PDF, use o comando Imprimir do seu navegador. Cada compromisso começa em uma nova página.
report-contents = Sumário
report-live = Página on-line:

## Selos e cartões para outros sites

embed-title = Incorporar
embed-explained = Copie um destes códigos em uma página do seu site. Eles mudam a cada atualização deste acompanhamento e não carregam nada de nenhum outro site.
embed-badge = Selo (uma imagem):
embed-card = Cartão (em um quadro):
embed-open-card = Abrir o cartão
embed-more = O registro completo em { $site }
embed-updated = Última atualização: { $date }
badge-alt = { $title }: { $status }
