"""The site's own words, in the language ``theme.language`` names.

Material translates its own interface (search, navigation); dates go through babel; this
catalogue covers the words claimline adds around the articles' text. A language or a
phrase missing here falls back to English. Every label reaches a page through the same
escaping as any other text, so a catalogue entry can never add markup.
"""

from __future__ import annotations

from collections.abc import Callable

# English, French, German, Spanish. "{n}" and other fields are filled in by the caller.
_TABLE: tuple[tuple[str, str, str, str], ...] = (
    # timeline
    ("Timeline", "Chronologie", "Zeitleiste", "Cronología"),
    ("Timeline: {period}", "Chronologie : {period}", "Zeitleiste: {period}", "Cronología: {period}"),
    ("{n} event", "{n} événement", "{n} Ereignis", "{n} evento"),
    ("{n} events", "{n} événements", "{n} Ereignisse", "{n} eventos"),
    ("{n} article", "{n} article", "{n} Artikel", "{n} artículo"),
    ("{n} articles", "{n} articles", "{n} Artikel", "{n} artículos"),
    ("{n} outlet", "{n} média", "{n} Medium", "{n} medio"),
    ("{n} outlets", "{n} médias", "{n} Medien", "{n} medios"),
    ("{events} from {articles} by {outlets}.", "{events} tirés de {articles} de {outlets}.",
     "{events} aus {articles} von {outlets}.", "{events} de {articles} de {outlets}."),
    ("{events} in {period}, of {total} in all, from {articles} by {outlets}.",
     "{events} en {period}, sur {total} au total, tirés de {articles} de {outlets}.",
     "{events} in {period}, von {total} insgesamt, aus {articles} von {outlets}.",
     "{events} en {period}, de {total} en total, de {articles} de {outlets}."),
    ("Each claim shows which outlets reported it; open an event to compare their wording.",
     "Chaque affirmation indique les médias qui l'ont rapportée ; ouvrez un événement pour comparer leurs "
     "formulations.",
     "Jede Aussage nennt die Medien, die sie berichtet haben; öffnen Sie ein Ereignis, um ihre Wortwahl zu "
     "vergleichen.",
     "Cada afirmación indica qué medios la publicaron; abra un evento para comparar sus palabras."),
    ("No events yet. Add articles to the content folder (see the README's \"Content format\") and build again.",
     "Aucun événement pour l'instant. Ajoutez des articles au dossier de contenu et reconstruisez le site.",
     "Noch keine Ereignisse. Fügen Sie dem Inhaltsordner Artikel hinzu und bauen Sie die Website neu.",
     "Aún no hay eventos. Añada artículos a la carpeta de contenido y vuelva a generar el sitio."),
    ("Jump to a month", "Aller à un mois", "Zu einem Monat springen", "Ir a un mes"),
    ("All periods", "Toutes les périodes", "Alle Zeiträume", "Todos los períodos"),
    ("Periods", "Périodes", "Zeiträume", "Períodos"),
    ("{events} from {articles} by {outlets}, one page per period.",
     "{events} tirés de {articles} de {outlets}, une page par période.",
     "{events} aus {articles} von {outlets}, eine Seite pro Zeitraum.",
     "{events} de {articles} de {outlets}, una página por período."),
    ("Sometime in {year}", "Courant {year}", "Im Laufe von {year}", "En algún momento de {year}"),
    ("Undated", "Sans date", "Undatiert", "Sin fecha"),
    ("Filter by outlet, person or tag", "Filtrer par média, personne ou mot-clé",
     "Nach Medium, Person oder Schlagwort filtern", "Filtrar por medio, persona o etiqueta"),
    ("Outlets:", "Médias :", "Medien:", "Medios:"),
    ("People and bodies quoted:", "Personnes et organismes cités :", "Zitierte Personen und Stellen:",
     "Personas y organismos citados:"),
    ("Tags:", "Mots-clés :", "Schlagwörter:", "Etiquetas:"),
    ("{n} outlets:", "{n} médias :", "{n} Medien:", "{n} medios:"),  # those reporting an event, never "of" all
    ("announced", "annoncé", "angekündigt", "anunciado"),
    ("editor decided the {fields}", "choix éditorial : {fields}", "redaktionell festgelegt: {fields}",
     "decisión editorial: {fields}"),
    ("Context: {n} background item, not dated to this event",
     "Contexte : {n} élément de fond, non daté de cet événement",
     "Kontext: {n} Hintergrundangabe, nicht auf dieses Ereignis datiert",
     "Contexto: {n} elemento de fondo, no fechado en este evento"),
    ("Context: {n} background items, not dated to this event",
     "Contexte : {n} éléments de fond, non datés de cet événement",
     "Kontext: {n} Hintergrundangaben, nicht auf dieses Ereignis datiert",
     "Contexto: {n} elementos de fondo, no fechados en este evento"),
    # claims
    ("reported by {n} of the {m} outlets covering this event", "rapporté par {n} des {m} médias couvrant cet événement",
     "von {n} der {m} Medien gemeldet, die über dieses Ereignis berichten",
     "publicado por {n} de los {m} medios que cubren este evento"),
    ("reported by all {m} outlets covering this event", "rapporté par les {m} médias couvrant cet événement",
     "von allen {m} Medien gemeldet, die über dieses Ereignis berichten",
     "publicado por los {m} medios que cubren este evento"),
    ("reported by both outlets covering this event", "rapporté par les deux médias couvrant cet événement",
     "von beiden Medien gemeldet, die über dieses Ereignis berichten",
     "publicado por los dos medios que cubren este evento"),
    ("reported by the only outlet covering this event", "rapporté par le seul média couvrant cet événement",
     "vom einzigen Medium gemeldet, das über dieses Ereignis berichtet",
     "publicado por el único medio que cubre este evento"),
    ("wording differs", "formulations différentes", "Wortlaut unterschiedlich", "redacción distinta"),
    ("numbers differ", "chiffres différents", "Zahlen unterschiedlich", "cifras distintas"),
    ("dates differ", "dates différentes", "Daten unterschiedlich", "fechas distintas"),
    ("editor decided", "choix éditorial", "redaktionell festgelegt", "decisión editorial"),
    ("one outlet only", "un seul média", "nur ein Medium", "un solo medio"),
    ("original", "original", "Original", "original"),
    ("{name}: read the statement in its article", "{name} : lire la phrase dans son article",
     "{name}: die Aussage im Artikel lesen", "{name}: leer la frase en su artículo"),
    ("Said by", "Selon", "Gesagt von", "Dicho por"),
    ("Date:", "Date :", "Datum:", "Fecha:"),
    ("date set by an editor", "date fixée par la rédaction", "Datum redaktionell festgelegt",
     "fecha fijada por la redacción"),
    ("according to {source}", "selon {source}", "laut {source}", "según {source}"),
    ("In the article", "Dans l'article", "Im Artikel", "En el artículo"),
    ("Figures as each outlet gave them:", "Chiffres selon chaque média :", "Zahlen, wie jedes Medium sie nennt:",
     "Cifras según cada medio:"),
    # tables
    ("Coverage table", "Tableau de couverture", "Berichterstattungstabelle", "Tabla de cobertura"),
    ("Events (rows) against outlets (columns)", "Événements (lignes) et médias (colonnes)",
     "Ereignisse (Zeilen) und Medien (Spalten)", "Eventos (filas) y medios (columnas)"),
    ("Claims (rows) against outlets (columns)", "Affirmations (lignes) et médias (colonnes)",
     "Aussagen (Zeilen) und Medien (Spalten)", "Afirmaciones (filas) y medios (columnas)"),
    ("Claims against outlets", "Affirmations et médias", "Aussagen und Medien", "Afirmaciones y medios"),
    ("Event", "Événement", "Ereignis", "Evento"),
    ("Claim", "Affirmation", "Aussage", "Afirmación"),
    ("only this outlet", "ce média seulement", "nur dieses Medium", "solo este medio"),
    ("reported", "rapporté", "berichtet", "publicado"),
    ("not reported", "non rapporté", "nicht berichtet", "no publicado"),
    ("● reported by this outlet and others; ◆ reported by this outlet only; · not reported.",
     "● rapporté par ce média et d'autres ; ◆ rapporté par ce média seulement ; · non rapporté.",
     "● von diesem und weiteren Medien berichtet; ◆ nur von diesem Medium berichtet; · nicht berichtet.",
     "● publicado por este medio y otros; ◆ publicado solo por este medio; · no publicado."),
    # event page
    ("When:", "Quand :", "Wann:", "Cuándo:"),
    ("an editor set this date", "date fixée par la rédaction", "Datum redaktionell festgelegt",
     "fecha fijada por la redacción"),
    ("how we know: {how}", "comment nous le savons : {how}", "woher wir es wissen: {how}", "cómo lo sabemos: {how}"),
    ("announced before it took place", "annoncé avant d'avoir eu lieu", "angekündigt, bevor es stattfand",
     "anunciado antes de ocurrir"),
    ("title chosen by an editor", "titre choisi par la rédaction", "Titel redaktionell gewählt",
     "título elegido por la redacción"),
    ("Announced at:", "Annoncé lors de :", "Angekündigt bei:", "Anunciado en:"),
    ("Announced here:", "Annoncé ici :", "Hier angekündigt:", "Anunciado aquí:"),
    ("Back to this month on the timeline", "Retour à ce mois dans la chronologie",
     "Zurück zu diesem Monat in der Zeitleiste", "Volver a este mes en la cronología"),
    ("Who reported what", "Qui a rapporté quoi", "Wer berichtete was", "Quién publicó qué"),
    ("Claims", "Affirmations", "Aussagen", "Afirmaciones"),
    ("No claims are attached to this event.", "Aucune affirmation n'est liée à cet événement.",
     "Diesem Ereignis ist keine Aussage zugeordnet.", "Ninguna afirmación está ligada a este evento."),
    ("Context", "Contexte", "Kontext", "Contexto"),
    ("Background the outlets gave with this event. It is not dated to the event itself.",
     "Éléments de fond donnés par les médias avec cet événement, non datés de l'événement lui-même.",
     "Hintergrund, den die Medien zu diesem Ereignis gaben; nicht auf das Ereignis selbst datiert.",
     "Contexto que los medios dieron con este evento; no está fechado en el evento mismo."),
    ("Sources", "Sources", "Quellen", "Fuentes"),
    ("date inferred", "date déduite", "Datum erschlossen", "fecha deducida"),
    # article page
    ("publication date inferred from other outlets", "date de publication déduite des autres médias",
     "Erscheinungsdatum aus anderen Medien erschlossen", "fecha de publicación deducida de otros medios"),
    ("publication date unknown", "date de publication inconnue", "Erscheinungsdatum unbekannt",
     "fecha de publicación desconocida"),
    ("by {author}", "par {author}", "von {author}", "por {author}"),
    ("original article", "article original", "Originalartikel", "artículo original"),
    ("Marked in the text:", "Marqué dans le texte :", "Im Text markiert:", "Marcado en el texto:"),
    ("claims", "affirmations", "Aussagen", "afirmaciones"),
    ("the rest is claims: ⇄ after one compares the outlets that reported it, → opens it on the timeline.",
     "le reste, ce sont des affirmations : ⇄ après l'une compare les médias qui l'ont rapportée, → l'ouvre dans la "
     "chronologie.",
     "der Rest sind Aussagen: ⇄ dahinter vergleicht die Medien, die sie berichteten, → öffnet sie in der Zeitleiste.",
     "el resto son afirmaciones: ⇄ tras una compara los medios que la publicaron, → la abre en la cronología."),
    ("quotes", "citations", "Zitate", "citas"),
    ("background", "contexte", "Hintergrund", "contexto"),
    ("dates", "dates", "Daten", "fechas"),
    ("(focus or hover a date to see how it was read) and",
     "(survolez ou sélectionnez une date pour voir comment elle a été lue) et",
     "(ein Datum fokussieren oder überfahren zeigt, wie es gelesen wurde) und",
     "(enfoque o pase sobre una fecha para ver cómo se leyó) y"),
    ("page furniture", "éléments de page", "Seitenelemente", "elementos de página"),
    ("On the timeline", "Dans la chronologie", "In der Zeitleiste", "En la cronología"),
    ("compare with {n} other outlet", "comparer avec {n} autre média", "mit {n} weiteren Medium vergleichen",
     "comparar con {n} medio más"),
    ("compare with {n} other outlets", "comparer avec {n} autres médias", "mit {n} weiteren Medien vergleichen",
     "comparar con {n} medios más"),
    # outlets, people, articles, tags, exports
    ("Outlets", "Médias", "Medien", "Medios"),
    ("Coverage", "Couverture", "Berichterstattung", "Cobertura"),
    ("The coverage table of each period:", "Le tableau de couverture de chaque période :",
     "Die Berichterstattungstabelle jedes Zeitraums:", "La tabla de cobertura de cada período:"),
    ("Articles", "Articles", "Artikel", "Artículos"),
    ("What it reported", "Ce qu'il a rapporté", "Was es berichtete", "Lo que publicó"),
    ("also:", "aussi :", "auch:", "también:"),
    ("compare the wordings", "comparer les formulations", "Wortlaute vergleichen", "comparar las redacciones"),
    ("context", "contexte", "Kontext", "contexto"),
    ("People and bodies it quotes", "Personnes et organismes cités", "Zitierte Personen und Stellen",
     "Personas y organismos citados"),
    ("By year:", "Par année :", "Nach Jahr:", "Por año:"),
    ("website", "site web", "Website", "sitio web"),
    ("People and bodies", "Personnes et organismes", "Personen und Stellen", "Personas y organismos"),
    ("Everyone the articles quote or name, with every name they go by.",
     "Toutes les personnes et organismes cités ou nommés, avec tous les noms qu'on leur donne.",
     "Alle, die die Artikel zitieren oder nennen, mit jedem Namen, unter dem sie vorkommen.",
     "Todos los que los artículos citan o nombran, con cada nombre que reciben."),
    ("People", "Personnes", "Personen", "Personas"),
    ("Bodies and organisations", "Organismes et organisations", "Stellen und Organisationen",
     "Organismos y organizaciones"),
    ("Outlets and documents cited", "Médias et documents cités", "Zitierte Medien und Dokumente",
     "Medios y documentos citados"),
    ("Places", "Lieux", "Orte", "Lugares"),
    ("Others", "Autres", "Andere", "Otros"),
    ("Also written as:", "Aussi écrit :", "Auch geschrieben als:", "También escrito como:"),
    ("names set by an editor", "noms fixés par la rédaction", "Namen redaktionell festgelegt",
     "nombres fijados por la redacción"),
    ("Statements over time", "Déclarations au fil du temps", "Aussagen im Lauf der Zeit", "Declaraciones en el tiempo"),
    ("direct quote", "citation directe", "direktes Zitat", "cita directa"),
    ("No statement is attributed to {name}.", "Aucune déclaration n'est attribuée à {name}.",
     "{name} wird keine Aussage zugeschrieben.", "No se atribuye ninguna declaración a {name}."),
    ("{n} statement", "{n} déclaration", "{n} Aussage", "{n} declaración"),
    ("{n} statements", "{n} déclarations", "{n} Aussagen", "{n} declaraciones"),
    ("Tags", "Mots-clés", "Schlagwörter", "Etiquetas"),
    ("Tag: {tag}", "Mot-clé : {tag}", "Schlagwort: {tag}", "Etiqueta: {tag}"),
    ("Events", "Événements", "Ereignisse", "Eventos"),
    ("No article has tags.", "Aucun article n'a de mot-clé.", "Kein Artikel hat Schlagwörter.",
     "Ningún artículo tiene etiquetas."),
    ("Feeds and exports", "Flux et exports", "Feeds und Exporte", "Fuentes web y exportaciones"),
    # exports page
    ("The same timeline for feed readers, calendars, spreadsheets and other sites.",
     "La même chronologie pour les lecteurs de flux, les agendas, les tableurs et d'autres sites.",
     "Dieselbe Zeitleiste für Feedreader, Kalender, Tabellen und andere Websites.",
     "La misma cronología para lectores de fuentes, calendarios, hojas de cálculo y otros sitios."),
    ("Everything: articles, statements with their offsets, dates and how they were read, entities, events and claims "
     "(the claimline export contract, version 1).",
     "Tout : articles, phrases et leurs positions, dates et leur lecture, entités, événements et affirmations (le "
     "format d'export de claimline, version 1).",
     "Alles: Artikel, Aussagen mit ihren Positionen, Daten und wie sie gelesen wurden, Entitäten, Ereignisse und "
     "Aussagen (das Exportformat von claimline, Version 1).",
     "Todo: artículos, frases con sus posiciones, fechas y cómo se leyeron, entidades, eventos y afirmaciones (el "
     "formato de exportación de claimline, versión 1)."),
    ("Atom feed", "Flux Atom", "Atom-Feed", "Fuente Atom"),
    ("One entry per event, newest first.", "Une entrée par événement, le plus récent d'abord.",
     "Ein Eintrag pro Ereignis, das neueste zuerst.", "Una entrada por evento, el más reciente primero."),
    ("The same entries as the Atom feed, as JSON Feed 1.1.", "Les mêmes entrées que le flux Atom, en JSON Feed 1.1.",
     "Dieselben Einträge wie der Atom-Feed, als JSON Feed 1.1.",
     "Las mismas entradas que la fuente Atom, en JSON Feed 1.1."),
    ("Calendar (iCalendar)", "Agenda (iCalendar)", "Kalender (iCalendar)", "Calendario (iCalendar)"),
    ("Every dated event as an all-day calendar entry, at its precision.",
     "Chaque événement daté comme une entrée d'agenda sur la journée, à sa précision.",
     "Jedes datierte Ereignis als ganztägiger Kalendereintrag, in seiner Genauigkeit.",
     "Cada evento fechado como una entrada de calendario de día completo, con su precisión."),
    ("Events in the JSON that TimelineJS reads, to embed this timeline elsewhere.",
     "Les événements dans le JSON que lit TimelineJS, pour intégrer cette chronologie ailleurs.",
     "Die Ereignisse im JSON, das TimelineJS liest, um diese Zeitleiste anderswo einzubetten.",
     "Los eventos en el JSON que lee TimelineJS, para insertar esta cronología en otro sitio."),
    ("CSV of claims", "Affirmations en CSV", "Aussagen als CSV", "Afirmaciones en CSV"),
    ("One row per claim and statement: the claim, its event, and each outlet that reported it with its own wording.",
     "Une ligne par affirmation et par phrase : l'affirmation, son événement et chaque média qui l'a rapportée, avec "
     "sa formulation.",
     "Eine Zeile pro Aussage und Satz: die Aussage, ihr Ereignis und jedes Medium, das sie berichtete, mit seinem "
     "Wortlaut.",
     "Una fila por afirmación y frase: la afirmación, su evento y cada medio que la publicó, con su redacción."),
    ("Embedding with TimelineJS", "Intégrer avec TimelineJS", "Mit TimelineJS einbetten", "Insertar con TimelineJS"),
    ("On another page, load TimelineJS and point it at this site's timelinejs.json:",
     "Sur une autre page, chargez TimelineJS et indiquez-lui le fichier timelinejs.json de ce site :",
     "Laden Sie auf einer anderen Seite TimelineJS und verweisen Sie auf die Datei timelinejs.json dieser Website:",
     "En otra página, cargue TimelineJS e indíquele el archivo timelinejs.json de este sitio:"),
    # article text: what each marked stretch is
    ("claim", "affirmation", "Aussage", "afirmación"),
    ("quote", "citation", "Zitat", "cita"),
    ("headline", "titre", "Überschrift", "titular"),
    ("hidden by an editor", "masqué par la rédaction", "redaktionell ausgeblendet", "ocultado por la redacción"),
    ("page furniture, not article text", "élément de page, pas du texte de l'article",
     "Seitenelement, kein Artikeltext", "elemento de página, no texto del artículo"),
    ("page furniture, not article text ({reason})", "élément de page, pas du texte de l'article ({reason})",
     "Seitenelement, kein Artikeltext ({reason})", "elemento de página, no texto del artículo ({reason})"),
    ("as written", "tel qu'écrit", "wie geschrieben", "tal como está escrito"),
    # the filter script's words (read from data-l-* attributes of the filter box)
    ("Outlet", "Média", "Medium", "Medio"),
    ("Person or body", "Personne ou organisme", "Person oder Stelle", "Persona u organismo"),
    ("Tag", "Mot-clé", "Schlagwort", "Etiqueta"),
    ("All", "Tous", "Alle", "Todos"),
    ("{shown} of {total} events shown",
     "{shown} événements affichés sur {total}",
     "{shown} von {total} Ereignissen angezeigt",
     "{shown} de {total} eventos mostrados"),
    ("Filter events on this page", "Filtrer les événements de cette page", "Ereignisse auf dieser Seite filtern",
     "Filtrar los eventos de esta página"),
    # dates coarser than a month (``datelabel``); babel names the day, month and quarter
    ("week of {date}", "semaine du {date}", "Woche vom {date}", "semana del {date}"),
    ("weekend of {date}", "week-end du {date}", "Wochenende vom {date}", "fin de semana del {date}"),
    ("spring {year}", "printemps {year}", "Frühjahr {year}", "primavera de {year}"),
    ("summer {year}", "été {year}", "Sommer {year}", "verano de {year}"),
    ("autumn {year}", "automne {year}", "Herbst {year}", "otoño de {year}"),
    ("winter {year}", "hiver {year}", "Winter {year}", "invierno de {year}"),
    ("the {decade}s", "les années {decade}", "die {decade}er", "los años {decade}"),
    ("in the past", "par le passé", "in der Vergangenheit", "en el pasado"),
    ("now", "maintenant", "jetzt", "ahora"),
    ("in the future", "à l'avenir", "in Zukunft", "en el futuro"),
    # key events, pages of long lists
    ("Key events", "Événements clés", "Wichtige Ereignisse", "Eventos clave"),
    ("Key events and all periods", "Événements clés et toutes les périodes", "Wichtige Ereignisse und alle Zeiträume",
     "Eventos clave y todos los períodos"),
    ("Here is the key event: the one the most outlets and articles reported, in headlines and leads and over the most "
     "days. Every event is on the page of its month.",
     "Voici l'événement clé : celui que le plus de médias et d'articles ont rapporté, en titre et en tête d'article, "
     "et sur le plus de jours. Chaque événement est sur la page de son mois.",
     "Hier das wichtigste Ereignis: das, worüber die meisten Medien und Artikel berichteten, in Schlagzeilen und am "
     "Anfang und an den meisten Tagen. Jedes Ereignis steht auf der Seite seines Monats.",
     "Este es el evento clave: el que más medios y artículos publicaron, en titulares y entradillas y durante más "
     "días. Cada evento está en la página de su mes."),
    ("Here are the {n} key events: those the most outlets and articles reported, in headlines and leads and over the "
     "most days. Every event is on the page of its month.",
     "Voici les {n} événements clés : ceux que le plus de médias et d'articles ont rapportés, en titre et en tête "
     "d'article, et sur le plus de jours. Chaque événement est sur la page de son mois.",
     "Hier die {n} wichtigsten Ereignisse: die, worüber die meisten Medien und Artikel berichteten, in Schlagzeilen "
     "und am Anfang und an den meisten Tagen. Jedes Ereignis steht auf der Seite seines Monats.",
     "Estos son los {n} eventos clave: los que más medios y artículos publicaron, en titulares y entradillas y "
     "durante más días. Cada evento está en la página de su mes."),
    ("Reported by {counts}", "Rapporté par {counts}", "Berichtet von {counts}", "Publicado por {counts}"),
    ("{n} headline or lead", "{n} titre ou tête d'article", "{n} Schlagzeile oder Anfang", "{n} titular o entradilla"),
    ("{n} headlines or leads", "{n} titres ou têtes d'article", "{n} Schlagzeilen oder Anfänge",
     "{n} titulares o entradillas"),
    ("on {n} day", "sur {n} jour", "an {n} Tag", "en {n} día"),
    ("on {n} days", "sur {n} jours", "an {n} Tagen", "en {n} días"),
    ("{n} more claim on the event page", "{n} autre affirmation sur la page de l'événement",
     "{n} weitere Aussage auf der Seite des Ereignisses", "{n} afirmación más en la página del evento"),
    ("{n} more claims on the event page", "{n} autres affirmations sur la page de l'événement",
     "{n} weitere Aussagen auf der Seite des Ereignisses", "{n} afirmaciones más en la página del evento"),
    ("{n} more background item on the event page", "{n} autre élément de contexte sur la page de l'événement",
     "{n} weitere Hintergrundangabe auf der Seite des Ereignisses",
     "{n} elemento de fondo más en la página del evento"),
    ("{n} more background items on the event page", "{n} autres éléments de contexte sur la page de l'événement",
     "{n} weitere Hintergrundangaben auf der Seite des Ereignisses",
     "{n} elementos de fondo más en la página del evento"),
    ("Pages", "Pages", "Seiten", "Páginas"),
    ("Previous", "Précédente", "Zurück", "Anterior"),
    ("Next", "Suivante", "Weiter", "Siguiente"),
    ("{n} page", "{n} page", "{n} Seite", "{n} página"),
    ("{n} pages", "{n} pages", "{n} Seiten", "{n} páginas"),
    ("Timeline: {period}, page {n} of {m}", "Chronologie : {period}, page {n} sur {m}",
     "Zeitleiste: {period}, Seite {n} von {m}", "Cronología: {period}, página {n} de {m}"),
    ("{title}, page {n} of {m}",
     "{title}, page {n} sur {m}",
     "{title}, Seite {n} von {m}",
     "{title}, página {n} de {m}"),
    ("{period}, page {n} of {m}", "{period}, page {n} sur {m}", "{period}, Seite {n} von {m}",
     "{period}, página {n} de {m}"),
    ("{name}: {year}", "{name} : {year}", "{name}: {year}", "{name}: {year}"),
    ("{name}: {year}, page {n} of {m}", "{name} : {year}, page {n} sur {m}", "{name}: {year}, Seite {n} von {m}",
     "{name}: {year}, página {n} de {m}"),
    ("People and bodies, page {n} of {m}", "Personnes et organismes, page {n} sur {m}",
     "Personen und Stellen, Seite {n} von {m}", "Personas y organismos, página {n} de {m}"),
    ("Tag: {tag}, page {n} of {m}", "Mot-clé : {tag}, page {n} sur {m}", "Schlagwort: {tag}, Seite {n} von {m}",
     "Etiqueta: {tag}, página {n} de {m}"),
    ("First page of this event", "Première page de cet événement", "Erste Seite dieses Ereignisses",
     "Primera página de este evento"),
    ("and {n} more", "et {n} de plus", "und {n} weitere", "y {n} más"),
    ("and {n} more: see People and bodies", "et {n} de plus : voir Personnes et organismes",
     "und {n} weitere: siehe Personen und Stellen", "y {n} más: vea Personas y organismos"),
    # the event page: said once, not under each claim; what the marks and highlights mean
    ("{n} outlets covered this event:",
     "{n} médias ont couvert cet événement :",
     "{n} Medien berichteten über dieses Ereignis:",
     "{n} medios cubrieron este evento:"),
    ("Under each claim: how many of them reported it, where not all did.",
     "Sous chaque affirmation : combien d'entre eux l'ont rapportée, quand ce ne sont pas tous.",
     "Unter jeder Aussage: wie viele von ihnen sie berichteten, wenn nicht alle.",
     "Bajo cada afirmación: cuántos de ellos la publicaron, cuando no todos lo hicieron."),
    ("Each outlet's own wording, side by side.", "La formulation de chaque média, côte à côte.",
     "Der Wortlaut jedes Mediums, nebeneinander.", "La redacción de cada medio, lado a lado."),
    ("Highlighted", "Surligné", "Hervorgehoben", "Resaltado"),
    ("words an outlet used that the first wording did not (the first is compared with the second).",
     "les mots d'un média absents de la première formulation (la première est comparée à la deuxième).",
     "Wörter eines Mediums, die im ersten Wortlaut fehlen (der erste wird mit dem zweiten verglichen).",
     "palabras de un medio que la primera redacción no usó (la primera se compara con la segunda)."),
    ("Figures", "Chiffres", "Zahlen", "Cifras"),
    ("that differ between outlets.", "qui diffèrent d'un média à l'autre.", "die sich zwischen Medien unterscheiden.",
     "que difieren entre medios."),
    ("Also:", "Aussi :", "Auch:", "También:"),
    ("said again in the same article", "redit dans le même article", "im selben Artikel wiederholt",
     "repetido en el mismo artículo"),
    # the short navigation
    ("People & bodies", "Personnes et organismes", "Personen und Stellen", "Personas y organismos"),
    ("Exports", "Exports", "Exporte", "Exportaciones"),
    ("About", "À propos", "Über", "Acerca de"),
)

_COLUMNS = {"en": 0, "fr": 1, "de": 2, "es": 3}
_CATALOGUE: dict[str, dict[str, str]] = {
    lang: {row[0]: row[col] for row in _TABLE} for lang, col in _COLUMNS.items()
}


def language_code(language: str | None) -> str:
    """"fr", "fr_CA" and "fr-CA" all use the French labels."""
    return (language or "en").replace("-", "_").split("_")[0].lower()


def translator(language: str | None) -> Callable[..., str]:
    """``_(message, **fields)`` in the site's language, English when it has no entry."""
    table = _CATALOGUE.get(language_code(language), {})

    def _(message: str, **fields: object) -> str:
        return table.get(message, message).format(**fields) if fields else table.get(message, message)

    return _


def plural_translator(language: str | None) -> Callable[..., str]:
    """``n_(n, singular, plural, **fields)``: French counts 0 and 1 as singular."""
    _ = translator(language)
    french = language_code(language) == "fr"

    def n_(n: int, singular: str, plural: str, **fields: object) -> str:
        one = n in (0, 1) if french else n == 1
        return _(singular if one else plural, n=n, **fields)

    return n_


def known(message: str) -> bool:
    """Whether the catalogue has an entry for ``message`` (for tests of the templates)."""
    return message in _CATALOGUE["en"]
