/**
 * Words that make a dated mention an event: event nouns ("workshop", "Fachtag",
 * "convegno", "jornada"...), event verbs ("will take place", "aura lieu", "findet statt"),
 * and date labels ("Date:", "Quand :", "Datum:", "Data:", "Fecha:"). All folded.
 */
import { WordStartPattern } from './word-start-pattern.ts';

/**
 * A host receiving or meeting a group of people names a meeting as its noun would: "el alcalde recibió ayer a las
 * asociaciones", "le maire recevait des associations", "il sindaco ha incontrato le famiglie", "empfing Vertreter der
 * Vereine", "the mayor met with refugee groups" (the verb, then at most three words, then the group; "ha ricevuto un
 * premio", "received funding" name no group).
 */
const RECEIVING = [
  'recib(?:e|en|io|ieron|ira|iran|ia|ian)', 'se reun(?:e|en|io|ieron|ira|iran)(?: ayer| hoy| este [a-z]+)? con',
  're(?:coit|coivent|cevait|cevaient|cevra|cevront)', 'a recu', 'ont recu', 'a rencontre', 'ont rencontre', 'rencontr(?:ait|aient|era|eront)',
  'ha ricevuto', 'hanno ricevuto', 'ricev(?:e|ono|eva|evano|era|eranno)', 'ha incontrato', 'hanno incontrato', 'incontr(?:ava|avano|era|eranno)',
  'empf(?:ing|ingen|angt|angen)', 'traf(?:en)? sich mit', 'trifft sich mit', 'treffen sich mit', 'begru(?:ss|ß)te(?:n)?',
  'receiv(?:ed|es)', 'will receive', 'met(?: [a-z]+)? with', 'meets(?: [a-z]+)? with', 'will meet(?: with)?',
  // (A host writing as "we": "nous recevrons 28 jeunes", "riceveremo le famiglie", "recibiremos a los voluntarios", "empfangen wir", "we will welcome".)
  'rec(?:evons|evrons)', 'avons recu', 'accueill(?:ons|erons)', 'avons accueilli', 'ricev(?:iamo|eremo)', 'abbiamo ricevuto', 'accogli(?:amo|eremo)', 'abbiamo accolto',
  'recib(?:imos|iremos)(?: a)?', 'hemos recibido(?: a)?', 'acog(?:emos|eremos)(?: a)?', 'hemos acogido(?: a)?', 'empfangen wir', 'begru(?:ss|ß)en wir', 'we (?:will )?(?:welcome|receive|host)', 'we (?:welcomed|received|hosted)',
];
const GROUPS = [
  'asociacion(?:es)?', 'entidades', 'representantes', 'familias', 'voluntari[oa]s', 'delegacion(?:es)?', 'alcaldes', 'refugiad[oa]s', 'migrantes', 'inmigrantes', 'vecin[oa]s', 'colectivos', 'jovenes', 'alumn[oa]s', 'ong',
  'associations?', 'representants', 'familles', 'benevoles', 'partenaires', 'delegations?', 'maires', 'elus', 'refugies', 'migrants', 'habitants', 'jeunes', 'eleves', 'collectifs',
  'associazioni', 'rappresentanti', 'famiglie', 'volontari', 'delegazion[ei]', 'sindaci', 'rifugiati', 'migranti', 'cittadini', 'giovani', 'studenti', 'comunita',
  'vereine?', 'vertreter(?:innen)?', 'familien', 'ehrenamtlichen?', 'delegation(?:en)?', 'burgermeister(?:innen)?', 'gefluchteten?', 'fluchtlinge', 'migrant(?:en|innen)', 'initiativen', 'jugendlichen?',
  'representatives', 'families', 'volunteers', 'partners', 'mayors', 'refugees', 'residents', 'groups', 'organi[sz]ations', 'students', 'newcomers',
];
// (A count may stand before the group: "nous recevrons 28 jeunes européens".)
const RECEIVING_GROUP = RECEIVING.map((v) => `${v}(?:\\s+[a-z0-9\\u00c0-\\u024f'’()*]+){0,3}?\\s+(?:${GROUPS.join('|')})`);

const NOUNS = [
  // en
  'events?', 'workshops?', 'webinars?', 'conferences?', 'seminars?', 'meetings?', 'forums?', 'sessions?', 'trainings?', 'training course',
  'courses?', 'summits?', 'symposi(?:um|a)', 'round ?tables?', 'panels?', 'talks?', 'lectures?', 'festivals?', 'fairs?', 'exhibitions?',
  // Runs and walks people join, in each language ("charity run", "jogging solidaire", "corsa podistica", "carrera solidaria"; "Lauf" below).
  // ("course", "corsa", "carrera" and "run" alone also say a class, a lane, a career, a series: only with a word of their kind.)
  'charity (?:runs?|walks?)', 'solidarity (?:runs?|walks?)', 'sponsored (?:runs?|walks?)', 'night runs?', 'colou?r runs?', 'charity races?',
  'joggings?', 'course (?:a pied|solidaire|caritative|populaire|pedestre|nature|contre)', 'courses (?:solidaires|caritatives|populaires|pedestres)', 'corrida', 'randonnees?',
  'corsa (?:podistica|solidale|non competitiva|campestre|benefica)', 'corse podistiche', 'camminat[ae]', 'podistica',
  'carrera (?:solidaria|popular|benefica|contra|por)', 'carreras (?:solidarias|populares|beneficas)', 'caminatas?', 'san silvestre',
  'wanderung(?:en)?', 'stadtspaziergang', 'spaziergang',
  // An evening of a kind a host holds ("welcome evening", "information evening", "an evening of music"; not "on Thursday evening").
  // (Each pattern opens with its own letters: the nouns are indexed by their first two, indexByStart.)
  ...['welcome', 'information', 'info', 'open', 'social', 'cultural', 'intercultural', 'multicultural', 'film', 'movie', 'quiz', 'games?', 'networking', 'community', 'celebration', 'fundraising', 'charity', 'awards?', 'music', 'poetry', 'storytelling'].map((kind) => `${kind} evenings?`), 'an evening of',
  // Meals people share: "pranzo multietnico", "cena solidale", "comida popular", "repas partagé", "gemeinsames Abendessen".
  'pranz[oi]', 'cena', 'cene', 'almuerzo', 'comida (?:popular|solidaria|comunitaria|intercultural)', 'repas', 'diner', 'gouter', 'mittage(?:ss|ß)en', 'abende(?:ss|ß)en',
  // (The rest of the meals of each language: "grand banquet solidaire", "desayuno solidario", "merienda", "aperitivo", "Kuchentafel", "potluck".)
  'banquets?', 'banchett[oi]', 'banquetes?', 'bankett(?:e)?', 'feasts?', 'potlucks?', 'dejeuners?', 'aperitifs?', 'aperos?', 'aperitiv[oi]', 'desayunos?', 'meriendas?', 'colazion[ei]', 'merend[ae]', 'kuchentafel', 'kaffeetafel',
  // Prize and diploma givings: "premiazione", "entrega de diplomas", "remise des prix", "Preisverleihung", "award ceremony".
  'premiazion[ei]', 'entrega de (?:diplomas|premios|certificados)', 'remise des (?:prix|diplomes|certificats|attestations)', 'preisverleihung', 'zeugnisubergabe', 'awards? ceremony', 'consegna (?:dei|degli) (?:diplomi|attestati|premi)',
  'celebrations?', 'ceremonias?', 'cerimonia', 'cerimonie', 'ceremonies?', 'feierstunde', 'launch', 'open[- ]?days?', 'meet-?ups?', 'hackathons?', 'screenings?', 'assembly', 'congress', 'colloqui(?:um|a)', 'study visits?',
  'kick-?off', 'gatherings?', 'ceremony', 'networking', 'hearings?', 'dialogues?', 'case stud(?:y|ies)', 'info(?:rmation)? sessions?',
  'community days?', 'summer schools?', 'winter schools?', 'autumn schools?', 'spring schools?', 'classes', 'bootcamp', 'masterclass', 'cafe', 'breakfast', 'lunch', 'dinner', 'roundtable', 'walk', 'tour', 'campaign week',
  'weekends?', 'week-ends?', 'semaine', 'settimana', 'semana', 'action weeks?', 'integration weeks?', 'refugee weeks?',
  // A week a host names by its theme ("intercultural week", "welcome week", "week against racism"), as "semaine", "settimana", "semana" and "Woche" are.
  ...['intercultural', 'multicultural', 'welcome', 'diversity', 'anti-racism', 'antiracism', 'inclusion', 'migration', 'migrants?', 'solidarity', 'culture', 'cultural'].map((kind) => `${kind} weeks?`), 'weeks? against racism', 'editions?', 'edizione', 'edicion',
  'job dating', 'job-dating', 'jobdating', 'forum emploi', 'portes ouvertes', 'tage? der offenen [a-z]+', 'porte aperte', 'puertas abiertas', 'open house', 'jornada de puertas abiertas',
  'debates?', 'discussions?', 'activit(?:y|ies)', 'youth exchanges?', 'inauguration', 'opening ceremony', 'grand opening', 'city run', 'fun run', 'panel discussions?', 'q&a', 'debat', 'dibattit[oi]', 'debate', 'coloquio', 'podium',
  'concerts?', 'proyeccion(?:es)?', 'proiezion[ei]', 'cine-?forum', 'cineforum', 'filmvorfuhrung(?:en)?', 'film screenings?', 'documentar(?:y|ies|io|i)', 'documentaires?', 'documental(?:es)?', 'dokumentarfilm(?:e)?', 'theatre', 'theater', 'pieces? de theatre', 'obras? de teatro', 'spettacol[oi]', 'theaterstuck(?:e)?', 'tournaments?', 'tournois?', 'turniere?', 'tornei', 'torneos?', 'marathons?', 'races?', 'fun run', 'parade', 'picnic', 'pique-?niques?', 'picknicks?', 'brunch', 'party', 'fete', 'fetes', 'concerto', 'concerti', 'concierto', 'conciertos', 'konzert(?:e)?', 'maratona', 'maraton', 'carrera', 'gara', 'sagra', 'fiesta', 'spectacle', 'performance', 'show',
  // Vigils, torchlight processions and marches people join ("una veglia ... sabato 10 ottobre alle 18").
  // A film shown on a day is a screening ("“Le grand voyage” el miércoles", "la película se proyectará el lunes").
  // "Appuntamento a palazzo della Cultura venerdì 18 novembre", "rendez-vous samedi à 14h".
  'appuntament[oi]',
  // "Rendez-vous le 12 mars au centre social" (an appointment one makes, "sur rendez-vous", "prendre rendez-vous", and a press call are not).
  'r(?<!sur r|prendre r|prendre un r|prenez r|prenez un r|prise de r|prises de r)endez-vous(?! (?:presse|de presse|medical|medicaux|individuels?|administratifs?|en prefecture))',
  // "La cita será el 8 de marzo" (an office's "cita previa" is an appointment, not a gathering).
  'citas?(?! previas?)',
  // A play for an audience, not the building: "teatro familiar", "función de teatro", "representación teatral", "a family play".
  'teatro (?:familiar|infantil|social|comunitario|foro)', 'funcion(?:es)? (?:de teatro|teatral(?:es)?)', 'representacion(?:es)? teatral(?:es)?', 'family (?:play|show)s?',
  // A show on stage, in each language: "espectáculo de circo", "spettacolo", "spectacle", "Aufführung", "show".
  'espectaculos?', 'auffuhrung(?:en)?',
  // Opened, as the nouns "inauguración", "inaugurazione", "Eröffnung" say: "se inaugura el viernes 10", "si inaugura sabato",
  // "s'inaugure samedi", "wird am Freitag eröffnet", "will be inaugurated".
  'se inaugura', 'se inaugurara', 'inaugurara', 'si inaugura', 'si inaugurera', "s'inaugure", 's’inaugure', "s'inaugurera", 'sera inauguree?', 'wird eroffnet', 'werden eroffnet', 'will be inaugurated', 'is inaugurated',
  'peliculas?', 'films?', 'filme?', 'cortometrajes?', 'cortometraggi[o]?', 'courts?-metrages?',
  // Services and prayers a community holds: "Ökumenische Andacht", "misa", "eucaristía", "oración", "preghiera", "prière", "prayer service".
  'andacht(?:en)?', 'gottesdienst(?:e)?', 'misas?', 'eucaristias?', 'oracion(?:es)?', 'preghier[ae]', 'prieres?', 'celebrations? oecumeniques?', 'prayer services?', 'interfaith services?', 'holy mass',
  // ("Santa Messa alle 11", "celebrazione eucaristica"; not "messa in sicurezza" or "messa a disposizione"; "a memorial service".)
  'santa messa', 'messa solenne', 'celebrazione eucaristica', 'memorial services?', 'church services?', 'services? oecumeniques?',
  // Parades and processions people walk or watch: "la sfilata dei trattori", "il corteo", "desfile", "cabalgata", "pasacalles",
  // "défilé", "procession", "Festumzug" ("Umzug" alone is also a move of house).
  'parades', 'processions?', 'sfilat[ae]', 'corte[oi]', 'processione', 'processioni', 'defiles?', 'cortege', 'desfiles?', 'procesion(?:es)?', 'cabalgatas?', 'pasacalles', 'comparsas?',
  'prozession(?:en)?', 'festumzug(?:e)?', 'festzug', 'laternenumzug(?:e)?', 'martinsumzug(?:e)?', 'karnevalsumzug(?:e)?', 'faschingsumzug(?:e)?',
  // An evening people spend together: "velada solidaria", "una tarde de convivencia", "noche de convivencia".
  'veladas?', 'tardes? de convivencia', 'noches? de convivencia', 'dias? de convivencia', 'jornadas? de convivencia', 'encuentros? de convivencia',
  // Protests people join, in each language ("la manifestation du samedi 20 juin", "European demo on Saturday", "Demo am Samstag",
  // "protesta frente al ayuntamiento"; "manifestazione", "concentracion", "Kundgebung" below).
  'manifestations?', 'demos?', 'protest marche?s?', 'rall(?:y|ies)', 'rassemblements?', 'demonstrationen', 'protestmarsch', 'protestas?', 'manifestaciones', 'manifestazioni', 'concentraciones',
  'vigils?', 'veglie', 'veglia', 'fiaccolata', 'veillees?', 'mahnwache', 'lichterkette', 'marcha solidaria', 'marcia per', 'marche solidaire', 'manifestazione', 'manifestacion', 'concentracion',
  'peer review', 'mutual learning', 'partner meeting', 'job days?', 'days of action', 'action days?', 'world refugee day', 'international migrants day',
  // A named day a host marks with a gathering ("celebró el martes 20 de junio el Día Mundial del Refugiado").
  'journee mondiale des refugies', 'weltfluchtlingstag', 'giornata mondiale del rifugiato', 'dia mundial del refugiado', 'dia internacional del migrante', 'giornata internazionale del migrante',
  // People meeting name a gathering as a noun would ("trafen sich am 13. September", "se reunieron el lunes").
  'trafen sich', 'treffen sich', 'versammelten sich', 'kamen zusammen', 'se sont reuni(?:e|es|s)?', 'se sont retrouve(?:e|es|s)?', 'se reuniront',
  'si sono riunit[ie]', 'si sono incontrat[ie]', 'si riuniranno', 'se reunieron', 'se reuniran', 'se dieron cita', 'came together', 'met in person',
  // People brought together or taking part ("la asociación reunió a 50 familias", "hanno partecipato alla marcia", "ont participé à la marche").
  'reunio a', 'reunieron a', 'reunira a', 'ha riunito', 'hanno riunito', 'ha radunato', 'hanno radunato', 'a reuni', 'ont reuni', 'reunira', 'a rassemble', 'ont rassemble', 'brought together',
  'participaron en', 'participo en', 'participaran en', 'hanno partecipato', 'ha partecipato', 'parteciperanno', 'ont participe', 'a participe', 'participeront', 'nahmen teil', 'nahm teil', 'teilgenommen',
  'took part', 'participated', 'attended',
  // Taking part, in the tenses and persons news posts use ("le Forem participera du 18 au 22 novembre à ...", "parteciperemo
  // sabato al ...", "hemos participado el jueves en ...", "we will take part on 5 May in ..."); "participe" alone also says
  // "has a share in", so only forms with a time of their own.
  'takes? part', 'taking part', 'will take part', 'participates in', 'participating in', 'will participate', 'will attend', 'attends',
  'participera', 'participerons', 'participons a', 'avons participe', 'participaient a', 'participait a', 'prendra part', 'prendront part', 'a pris part', 'ont pris part', 'avons pris part', 'prendrons part', 'assistera a', 'assisteront a', 'a assiste a', 'ont assiste a', 'avons assiste a',
  'partecipera', 'parteciperemo', 'partecipiamo a', 'abbiamo partecipato', 'prendera parte', 'prenderanno parte', 'ha preso parte', 'hanno preso parte', 'abbiamo preso parte', 'prenderemo parte',
  'participara', 'participaremos', 'participamos en', 'hemos participado', 'ha participado en', 'han participado en', 'tomara parte', 'tomaran parte', 'tomo parte', 'tomaron parte', 'asistira a', 'asistiran a', 'asistio a', 'asistieron a',
  'nimmt teil', 'nehmen teil', 'nehmen wir teil', 'nahmen wir teil', 'beteiligt sich', 'beteiligen sich', 'beteiligte sich', 'beteiligten sich',
  // Meeting people ("il sindaco incontrerà le famiglie"; not "ha incontrato difficoltà") and presenting a book ("présentation du livre", "Buchvorstellung").
  'incontrera', 'incontreranno', 'presentations?', 'buchvorstellung', 'buchprasentation', 'prasentation',
  ...RECEIVING_GROUP,
  // A council's or an assembly's sitting: "la sesión plenaria", "the plenary session", "la seduta consiliare", "die Gemeinderatssitzung" (German tail
  // below). (Not the body: "el pleno aprobó", "le conseil municipal a adopté" tell a decision.)
  'sesion(?:es)? plenarias?', 'plenary sessions?', 'seance pleniere', 'seances plenieres', 'plenarsitzung(?:en)?', 'seduta consiliare', 'sedute consiliari', 'seduta plenaria',
  // A sitting by its kind: "el segundo pleno anual", "el pleno ordinario", "la seduta straordinaria", "la séance ordinaire", "the annual general meeting".
  'plenos? (?:anual(?:es)?|ordinari[oa]s?|extraordinari[oa]s?)', 'sedut[ae] (?:ordinari[ae]|straordinari[ae])', 'seances? (?:ordinaires?|extraordinaires?)', 'annual general meetings?',
  'galas?', 'marchas? (?:por|contra|en defensa|en apoyo)', 'marcia (?:per|contro)', 'kundgebung', 'demonstration',
  // fr
  'evenements?', 'ateliers?', 'webinaires?', 'seminaires?', 'reunions?', 'rencontres?', 'formations?', 'colloques?', 'tables? rondes?',
  'journees?', 'salons?', 'expositions?', 'soirees?', 'projections?', 'lancement', 'visites?', 'assemblees?', 'permanences?', 'debats?',
  'cours', 'stages?', 'sommet', 'activites?', 'echanges? de jeunes', 'matinales?', 'petit-dejeuner', 'conferences-debats?', 'cafe-rencontre', 'ciné-debat', 'cine-debat',
  // de
  'veranstaltung(?:en)?', 'konferenz(?:en)?', 'tagung(?:en)?', 'fachtag(?:ung)?(?:e|en)?', 'seminare?', 'treffen', 'sitzung(?:en)?',
  'schulung(?:en)?', 'fortbildung(?:en)?', 'weiterbildung(?:en)?', 'kurse?', 'vortrag', 'vortrage', 'podiumsdiskussion(?:en)?', 'diskussion',
  'messe', 'fest', 'ausstellung', 'info-?abend', 'informationsabend', 'infoveranstaltung', 'informationsveranstaltung', 'netzwerktreffen',
  'austausch', 'lesung', 'jobborse', 'kongress(?:es|e)?', 'aktionswochen?', 'themenwochen?', 'interkulturellen? wochen?', 'wochen? der [a-z]+', 'auftakt(?:veranstaltung)?', 'gipfel', 'runder tisch', 'runden tisch', 'stammtisch',
  // "der Tag der Jobcenter", "beim Tag der Integration": a named day a host holds (not a holiday).
  'tag(?:es)? der (?!deutschen einheit|arbeit|menschenrechte)[a-z]+',
  // Days of a kind a host holds: "Aktionstage", "Thementag", "Infotag", "Projekttage", "Begegnungstag" ("Dienstag" is no such word).
  'aktionstag(?:e|en)?', 'thementag(?:e|en)?', 'infotag(?:e|en)?', 'projekttag(?:e|en)?', 'begegnungstag(?:e|en)?', 'studientag(?:e|en)?', 'welcome days?',
  'sprechstunde', 'eroffnung', 'lauf', 'citylauf', 'stadtlauf', 'volkslauf', 'spendenlauf', 'benefizlauf', 'firmenlauf', 'jugendaustausch', 'infotermine?', 'fachforum', 'fachkonferenz', 'workshopreihe', 'online-seminar', 'begegnungscafe', 'sprachcafe', 'kick-off-veranstaltung',
  // it
  'eventi', 'evento', 'convegn[oi]', 'conferenz[ae]', 'seminari[o]?', 'incontr[oi]', 'riunion[ei]', 'session[ei]', 'formazione', 'cors[oi]',
  'tavol[ae] rotond[ae]', 'giornat[ae]', 'festa', 'mostra', 'presentazione', 'assemblea', 'laboratori[o]?', 'congresso', 'fiera', 'visita',
  'lancio', 'webinar', 'evento finale', 'iniziativa', 'serat[ae]', 'attivita', 'scambi[o]?', 'inaugurazione', 'maratonin[ae]', 'mezza maratona',
  // Gatherings each language names alike or nearly: a fast-breaking meal ("Iftar", "Fastenbrechen"), a flash mob, an opening or
  // closing of a show ("vernissage", "finissage"), an outing ("excursion", "escursione", "gita", "Exkursion"), a recital, a tasting
  // ("degustación", "degustazione", "dégustation"), a charity market ("mercadillo solidario", "mercatino", "bazar", "Basar"), a
  // storytelling hour. (Not the French "gîte", a holiday cottage, nor the Italian verb "basare".)
  'iftars?', 'fastenbrechen', 'flash[- ]?mobs?', 'vernissages?', 'finissages?', 'excursions?', 'excursiones', 'escursion[ei]', 'gita', 'exkursion(?:en)?',
  'recitals?', 'recitales', 'degustacion(?:es)?', 'degustazion[ei]', 'degustations?', 'tastings?', 'mercadillos?', 'mercatin[oi]', 'bazars?', 'bazaars?', 'basar',
  'storytelling',
  // es
  'eventos?', 'talleres?', 'taller', 'conferencias?', 'jornadas?', 'seminarios?', 'reunion(?:es)?', 'encuentros?', 'foros?', 'sesion(?:es)?',
  'formacion(?:es)?', 'cursos?', 'mesas? redondas?', 'ferias?', 'exposicion(?:es)?', 'presentacion(?:es)?', 'asamblea', 'congreso', 'charlas?',
  'visitas?', 'lanzamiento', 'actividad(?:es)?', 'intercambios?', 'inauguracion', 'apertura', 'coloquios?', 'cumbre', 'seminario web', 'webinarios?', 'acto', 'actos',
];

const VERBS = [
  'takes? place', 'took place', 'taking place', 'will be held', 'was held', 'were held', 'is held', 'be held', 'held', 'hosted', 'hosts', 'hosting',
  // Guests received at a gathering: "ont accueilli les familles dans la salle", "ha accolto i partecipanti", "empfing die Gäste".
  'welcomed', 'will welcome', 'a accueilli', 'ont accueilli', 'accueillera', 'accueilleront', 'ha accolto', 'hanno accolto', 'accogliera', 'accoglieranno',
  'acogio', 'acogieron', 'acogera', 'acogeran', 'empfing', 'empfingen', 'empfangt', 'begru(?:ss|ß)te', 'begru(?:ss|ß)ten',
  'recibira a', 'recibio a', 'recibiran a', 'recevra', 'recevront', 'a recu', 'ont recu',
  // Hosts receiving or meeting people, in every tense ("recevaient des associations", "recibió a las asociaciones",
  // "ha incontrato le famiglie", "empfing Vertreter", "met with refugee groups"): a meeting, as its noun would say.
  'recibe a', 'reciben a', 'recibieron a', 'recibia a', 'recibian a', 'se reunio con', 'se reunieron con', 'se reunira con', 'se reune con', 'se reunen con',
  'recoit', 'recoivent', 'recevait', 'recevaient', 'a rencontre', 'ont rencontre', 'rencontrera', 'rencontreront', 'rencontrait', 'rencontraient',
  'ha ricevuto', 'hanno ricevuto', 'ricevera', 'riceveranno', 'ha incontrato (?!difficolta|problemi|ostacoli)', 'hanno incontrato (?!difficolta|problemi|ostacoli)', 'incontra', 'incontrano',
  'empfangen', 'trafen sich mit', 'traf sich mit', 'trifft sich mit', 'treffen sich mit',
  'received', 'receives', 'will receive', 'met with (?!criticism|resistance|opposition|difficult)', 'meets with', 'will meet with',
  'organi[sz]ed', 'organi[sz]es', 'organi[sz]ing', 'join us', 'join the', 'register', 'registration', 'sign up', 'will gather', 'gathered',
  'participants', 'speakers', 'attend', 'invited', 'invite you', 'programme', 'program', 'agenda', 'programma', 'programa', 'programm', 'programmation', 'programacion', 'programmazione',
  'aura lieu', 'a eu lieu', 'auront lieu', 'ont eu lieu', 'se tiendra', 'se tiendront', "s'est tenue?", 's’est tenue?', 'organise', 'organisee?',
  'rejoignez', 'inscriptions?', 'inscrivez', 'participants', 'intervenants', 'vous invite',
  'findet', 'finden', 'fand', 'fanden', 'statt', 'veranstaltet', 'laden', 'ladt', 'einladung', 'anmeldung', 'teilnehmende', 'referent(?:innen|en)?',
  'si terra', 'si terranno', 'si e tenuto', 'si e tenuta', 'si svolgera', 'si svolgeranno', 'si e svolto', 'si e svolta', 'organizza', 'organizzato',
  'iscrizion[ei]', 'partecipanti', 'relatori', 'invita',
  'venez', 'rejoignez-nous', 'kommen sie', 'venite', 'vieni', 'ven', 'venid', 'llevara a cabo', 'se llevara a cabo', 'se realizara', 'se llevo a cabo', 'se desarrollara', 'se desarrollo', 'se desarrolla',
  'si svolge', 'si tiene', 'se tient', 'se deroule', 'se deroulera', 'findet statt', 'a lieu', 'tiene lugar',
  'watch', 'follow (?:it|us|the)', 'participate', 'suivre', 'suivez', 'seguire', 'seguite', 'verfolgen', 'seguir', 'sigue', 'partecipa', 'participez', 'participa',
  'tendra lugar', 'tuvo lugar', 'tendran lugar', 'se celebrara', 'se celebro', 'celebrara', 'organiza', 'organizado', 'inscripcion(?:es)?',
  // Spanish "celebrar" also says "to hold": "la asociación celebra mañana sábado una tarde de ...", "celebraron el viernes su asamblea".
  'celebra', 'celebran', 'celebro', 'celebraron', 'celebraran', 'ha celebrado', 'han celebrado', 'se celebra', 'se celebran', 'se celebraran',
  // Held, as a participle after its gathering: "el pleno celebrado el pasado martes", "la riunione tenutasi lunedì", "la réunion tenue le 3 mars", "die am Montag abgehaltene Sitzung".
  'celebrad[oa]s?', 'tenutos?i', 'tenutas?i', 'tenutisi', 'tenutesi', 'svoltos?i', 'svoltas?i', 'svoltisi', 'svoltesi', 'tenue', 'tenues', 'abgehalten(?:e|en)?',
  'participantes', 'ponentes', 'invitamos', 'te esperamos',
  // Past and future forms of organising: "la ONG organizó", "ha organizzato", "a organisé", "organisierte".
  'organizo', 'organizaron', 'organizara', 'organizaran', 'ha organizzato', 'hanno organizzato', 'organizzera', 'organizzeranno', 'a organise', 'ont organise', 'organisera', 'organiseront', 'organisierte', 'organisierten', 'veranstaltete', 'veranstalteten',
  // People gathered ("réunis le 15 septembre", "reunidos el lunes", "versammelt"): a weaker sign than a noun ("documents réunis").
  'reunis', 'reunies', 'reunidos', 'reunidas', 'versammelt',
  // A film shown: "se proyectará el lunes", "will be screened", "sera projeté", "wird gezeigt", "verrà proiettato".
  'se proyectara', 'proyectara', 'se proyectaran', 'will be screened', 'sera projete', 'seront projetes', 'wird gezeigt', 'werden gezeigt', 'verra proiettat[oa]',
];

// German builds compounds: "Sommerfest", "Fachkonferenz", "Infoveranstaltung", "Netzwerktreffen".
// (Checked from the end of the word, so the scan stays linear.)
// Folded text is lower case and mostly Latin: an explicit letter class without the u flag is
// several times faster than \p{L} in patterns run over every event's text.
const LETTER = 'a-z\\u00c0-\\u024f';
export const GERMAN_TAIL_WORDS = ['fest', 'feier', 'tagung', 'konferenz', 'veranstaltung', 'veranstaltungen', 'treffen', 'seminar', 'workshop', 'messe', 'abend', 'forum', 'kongress', 'turnier', 'picknick', 'fruhstuck', 'gesprach', 'runde', 'cafe', 'kurs', 'kurse', 'schulung', 'fortbildung', 'vortrag', 'lesung', 'markt', 'kaffee', 'begegnung', 'nachmittag', 'ausflug', 'versammlung', 'sitzung', 'empfang', 'gottesdienst', 'kundgebung', 'andacht', 'woche',
  // ("Benefizkonzert", "Stadtrundgang", "Weihnachtsbasar", "Willkommensparty", "Sonntagsbrunch".)
  'konzert', 'rundgang', 'basar', 'party', 'brunch'];
/** Case and plural endings a German compound takes ("des Integrationskongresses", "Fachtagungen"). */
const GERMAN_ENDINGS = ['', 'e', 'en', 'n', 's', 'es'];
export const GERMAN_TAIL_FORMS = GERMAN_TAIL_WORDS.flatMap((w) => GERMAN_ENDINGS.map((e) => w + e));
const GERMAN_TAILS = `(?<=[${LETTER}]{2})(?:${GERMAN_TAIL_WORDS.join('|')})(?:${GERMAN_ENDINGS.filter(Boolean).join('|')})?`;
export const EVENT_NOUN = new WordStartPattern(`(?:(?<![${LETTER}])(?:${NOUNS.join('|')})|${GERMAN_TAILS})(?![${LETTER}])`, () => ({ starts: EVENT_NOUN_STARTS, tailEnd: GERMAN_TAIL_END, tailForms: GERMAN_TAIL_FORMS }));
export const EVENT_VERB = new RegExp(`(?<![${LETTER}])(?:${VERBS.join('|')})(?![${LETTER}])`);
/** The German compound tails, tried on a word's end (cue-index.ts). */
/**
 * The event nouns / verbs grouped by their first two letters (or first letter), each group a
 * small sticky pattern: a word is tried only against the few patterns that can start it.
 */
export interface StartIndex {
  two: Map<string, RegExp>;
  one: Map<string, RegExp>;
}
function indexByStart(patterns: readonly string[]): StartIndex {
  const two = new Map<string, string[]>();
  const one = new Map<string, string[]>();
  for (const p of patterns) {
    const byTwo = /^[a-z]{2}/.test(p) && !/^[a-z]{1,2}[?*]/.test(p.slice(0, 3));
    const [map, key] = byTwo ? [two, p.slice(0, 2)] : [one, p[0]!];
    map.set(key, [...(map.get(key) ?? []), p]);
  }
  const compile = (m: Map<string, string[]>) => new Map([...m].map(([k, ps]) => [k, new RegExp(`(?:${ps.join('|')})(?![${LETTER}])`, 'y')]));
  return { two: compile(two), one: compile(one) };
}
export const EVENT_NOUN_STARTS = indexByStart(NOUNS);
export const EVENT_VERB_STARTS = indexByStart(VERBS);
export const GERMAN_TAIL_END = new RegExp(`${GERMAN_TAILS}$`);

/** "Date:", "When:", "Quand :", "Datum:", "Wann:", "Data:", "Quando:", "Fecha:", "Cuándo:" at the start of a line (or asked: "Wann?", "¿Cuándo?"). */
export const DATE_LABEL = /^\s*[-•*]?\s*¿?\s*(?:date(?:s)?(?: and time| & time| et heure| et lieu)?|when|event date|date of the event|quand|datum|wann|termin|zeit(?:raum)?|data|quando|fecha(?: y hora)?|cuando|dia|day|time|horaire|heure|uhrzeit|orario|hora)\s*[:?]/u;

/** Words that say a dated event was called off or moved. */
export const CANCELLED = new RegExp(`(?<![${LETTER}])(?:cancell?ed|annule|annulee|abgesagt|annullat[oa]|cancelad[oa]|suspendid[oa]|entfallt|faellt aus|fallt aus)(?![${LETTER}])`);
export const POSTPONED = new RegExp(`(?<![${LETTER}])(?:postponed|reporte|reportee|verschoben|rinviat[oa]|posticipat[oa]|aplazad[oa]|pospuest[oa]|rescheduled)(?![${LETTER}])`);

/**
 * An audience let in or awaited, as only a gathering has: "ingresso libero", "entrada gratuita", "entrée libre", "Eintritt frei",
 * "free admission"; "vi aspettiamo", "os esperamos", "nous vous attendons", "wir freuen uns auf Sie", "everyone is welcome".
 * Said anywhere in a date's paragraph ("Sabato 7 marzo letture in biblioteca. Ingresso libero, vi aspettiamo!").
 */
export const AUDIENCE = /(?<![a-z])(?:ingresso (?:libero|gratuito)|entrada (?:libre|gratuita)|entree (?:libre|gratuite)|eintritt (?:frei|ist frei|kostenlos)|free (?:admission|entry)|admission (?:is )?free|vi aspettiamo|ti aspettiamo|vi attendiamo|os esperamos|les esperamos|te esperamos|nous vous attendons|on vous attend|wir freuen uns auf (?:sie|euch|ihren besuch|euren besuch)|herzlich eingeladen|sind eingeladen|seid eingeladen|every(?:one|body) is welcome|all (?:are )?welcome)(?![a-z])/;
/** Every AUDIENCE phrase holds one of these (a plain test before the pattern). */
export const AUDIENCE_WORD = /ingresso|entrada|entree|eintritt|admission|entry|aspettiamo|attendiamo|esperamos|attend|freuen uns|eingeladen|welcome/;
