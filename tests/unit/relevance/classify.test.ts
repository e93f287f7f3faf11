import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classifyEvent } from '../../../lib/relevance/index.ts';

const relevant: Array<[string, string]> = [
  ['it', "Abbiamo visto quanto conta l'inserimento lavorativo dei rifugiati: il laboratorio riparte a ottobre."],
  ['en', 'Webinar on the labour market integration of third-country nationals, with employers and public employment services.'],
  ['en', 'Workshop for practitioners: mental health support for unaccompanied minors and young refugees.'],
  ['en', 'Job fair for newcomers and refugees: meet employers who hire people with a migrant background.'],
  ['fr', "Atelier : l'accès au logement pour les réfugiés et les demandeurs d'asile à Lyon."],
  ['fr', "Journée d'échange sur l'insertion professionnelle des personnes migrantes, organisée avec le FAMI."],
  ['de', 'Fachtag: Arbeitsmarktintegration von Geflüchteten und Drittstaatsangehörigen in Bayern.'],
  ['de', 'Integrationskurs für Neuzugewanderte: Anmeldung ab sofort möglich.'],
  ['it', "Convegno sull'inclusione lavorativa dei migranti e dei richiedenti asilo a Torino."],
  ['it', 'Corsi di italiano gratuiti per cittadini di paesi terzi, finanziati dal FAMI.'],
  ['es', 'Jornada sobre la inclusión sociolaboral de personas migrantes y refugiadas en Madrid.'],
  ['es', 'Taller de empleo para solicitantes de asilo: preparación de entrevistas y mercado laboral.'],
  ['en', 'Language café for newcomers — Weekly conversation practice in Portuguese and English for newcomers, refugees and volunteers'],
  ['en', 'Mentoring programme for refugee women opens in Ghent — pairs refugee women with professionals in care, IT and logistics'],
  ['uk', 'Інформаційна зустріч: права людей під тимчасовим захистом — доступ до роботи, житла та медичної допомоги для людей під тимчасовим захистом'],
  ['uk', 'Мовні курси та працевлаштування для біженців з України у Відні.'],
  ['ar', 'ورشة عمل حول اندماج اللاجئين في سوق العمل'],
  ['ar', 'دورات اللغة الألمانية للمهاجرين الجدد في برلين'],
  // The group as the topic of a gathering, encounter cafés, festivals of the peoples, papers for people without them.
  ['de', 'Diskussionsabend zum Thema Flüchtlinge im Gemeindesaal: Geflüchtete und Nachbarn erzählen.'],
  ['de', 'Das Begegnungscafé im Wohnheim für Asylsuchende öffnet wieder am Freitag.'],
  ['de', 'Die Integrationskonferenz des Landkreises bringt alle Akteure der Integrationsarbeit zusammen.'],
  ['en', 'A multicultural street party for refugees and their neighbours on Saturday.'],
  ['en', 'Evening talk on the refugee issue with local asylum seekers and the mayor.'],
  ['fr', "Exposition de portraits de personnes exilées en attente d'une réponse à leur demande d'asile, suivie d'un débat sur les politiques migratoires."],
  ['fr', 'Fête des peuples : les familles immigrées du quartier partagent leurs plats.'],
  ['it', 'Festa dei Popoli con le comunità immigrate della città: sfilata e cena etnica.'],
  ['it', 'Incontro sul fenomeno migratorio con i richiedenti asilo ospitati in parrocchia.'],
  ['es', 'Charla informativa para personas migrantes sobre la regularización extraordinaria y el permiso de residencia y trabajo.'],
  ['es', 'Encuentro intercultural con una conferencia sobre la Ley de Extranjería.'],
  ['it', 'Corso di italiano per profughi e richiedenti protezione nella biblioteca comunale.'],
  ['de', 'Sprachcafé für Schutzsuchende und Menschen mit Fluchterfahrung im Stadtteilzentrum.'],
  ['fr', "Atelier d'insertion professionnelle pour les personnes en situation d'exil."],
  ['es', 'Asesoramiento jurídico y derechos laborales para personas en situación administrativa irregular.'],
  // Residents of many nationalities with a strong inclusion angle; language practice; German asylum and migration-service compounds.
  ['es', 'Las asociaciones de vecinos de distintas nacionalidades leen un manifiesto contra el racismo y por la diversidad cultural y el diálogo intercultural.'],
  ['fr', "Après les cours de français, une soirée de jeux pour pratiquer la langue : on y croise des joueurs de toutes nationalités, et c'est aussi ça l'intégration."],
  ['de', 'Der Asylkreis der Pfarrei bietet ab Montag Deutschunterricht im Gemeindehaus an.'],
  ['de', 'Offene Sprechstunde beim Jugendmigrationsdienst im Rathaus.'],
  ['it', 'Lezioni di italiano per le persone accolte nel centro della cooperativa.'],
  ['en', 'English conversation evenings for Ukrainians who fled the war, in the parish hall.'],
  ['es', 'Taller de alfabetización y clases de castellano con el apoyo de CEAR.'],
  // Courses and festivals that name the group by what they are; the host society's language; weak signs that add up.
  ['de', 'Zum Abschluss ihres Integrationskurses luden die Teilnehmenden ihre Lehrerin zum Frühstück ein.'],
  ['es', 'Este sábado, Feria Intercultural en la plaza mayor con música, talleres y comida de muchos países.'],
  ['fr', "Les bénévoles de l'association enseignent la langue d'accueil aux apprenants, le mardi soir."],
  ['fr', "Un goûter pour soutenir celles et ceux qui fuient la guerre, comme cette famille syrienne arrivée l'an dernier, avec l'association d'accueil."],
  // English for speakers of other languages; people living in a shelter as an activity's audience; isolated minors; Italian widespread reception.
  ['en', 'ESOL classes start in September at the library, free for all learners.'],
  ['en', 'A welcome evening for new arrivals at the community centre, with food and music.'],
  ['de', 'Ein Nachmittag mit den Bewohnerinnen und Bewohnern der Gemeinschaftsunterkunft: Kaffee, Kuchen und Musik.'],
  ['fr', "Repas partagé avec les jeunes mineurs isolés accueillis par l'association."],
  ['it', 'Cena con le famiglie ospitate nel progetto di accoglienza diffusa del comune.'],
  // Welcome cafés, a town's intercultural days and the right to migrate name the group themselves.
  ['de', 'Das Willkommen-Café in der Stadtbibliothek lädt jeden Donnerstag zum gemeinsamen Deutschsprechen ein.'],
  ['fr', 'Les Journées interculturelles du quartier : ateliers, cuisine et musique sur la place.'],
  ['es', 'Charla sobre el derecho a migrar en el centro cívico del barrio.'],
  ['it', 'Giornate interculturali in biblioteca con letture e laboratori per tutte le famiglie.'],
  // Families and nationals of Ukraine received in a town.
  ['fr', 'Réunion en mairie sur l’accueil des ressortissants ukrainiens arrivés dans la commune.'],
  ['es', 'Encuentro de bienvenida para las familias ucranianas acogidas en el municipio.'],
  // Italy's adult schools (CPIA), where newcomers learn Italian: with the course, the group is there.
  ['it', 'Festa di fine anno del CPIA di Pavia: consegna degli attestati dei corsi di lingua italiana e dei percorsi di alfabetizzazione, con le associazioni per l’inclusione sociale.'],
  // Refugee days called international, integration weeks and days, a welcome café without its 'de'.
  ['es', 'Manifestación con motivo del Día Internacional de las Personas Refugiadas: columnas desde tres plazas a las 12.00.'],
  ['de', 'Die Wiener Integrationswoche bietet über 300 Veranstaltungen in allen Bezirken.'],
  ['fr', 'Journée de l’intégration à la bibliothèque : rencontres et ateliers.'],
  ['fr', 'Les mercredis matins, le Café bienvenue accueille celles et ceux qui veulent parler français.'],
  // Living together said with a verb, with the group named.
  ['es', 'Proyección y coloquio para ponerse en el lugar de las personas refugiadas; actividad del programa Aprender a convivir.'],
  ['de', 'Gesprächsabend über das Zusammenleben mit Geflüchteten im Stadtteil.'],
  ['en', 'Story evening on living together with refugees in our street.'],
];

const topicCases: Array<[string, string, string]> = [
  ['language', 'en', 'Language café for newcomers — Weekly conversation practice in Portuguese and English for newcomers, refugees and volunteers'],
  ['labour', 'en', 'Mentoring programme for refugee women opens in Ghent — pairs refugee women with professionals in care, IT and logistics'],
  ['housing', 'uk', 'Інформаційна зустріч: права людей під тимчасовим захистом — доступ до роботи, житла та медичної допомоги для людей під тимчасовим захистом'],
  ['labour', 'ar', 'ورشة عمل حول اندماج اللاجئين في سوق العمل'],
];

const nearMisses: Array<[string, string]> = [
  ['es', 'Extranjería: el visado para nómadas digitales supera las 12.000 autorizaciones de residencia; las empresas emergentes lo celebran.'],
  ['es', 'Sesión formativa sobre fiscalidad de trabajadores desplazados para empresas y profesionales.'],
  ['it', 'Nomadi digitali: nuove regole per il visto per lavoro da remoto, le imprese chiedono tempi più brevi.'],
  ['fr', 'Le visa nomade numérique attire les entreprises et les professionnels étrangers.'],
  ['en', 'Erasmus+ partner meeting in Lisbon on digital skills for seniors and the social inclusion of older people.'],
  ['en', 'Join the city marathon on Sunday: 42 km through the old town, inclusive categories for all runners.'],
  ['en', 'Open-air concert in the park with local bands, food trucks and fireworks.'],
  ['en', 'Tech meetup: newcomers welcome! Talks on CI integration and Kubernetes.'],
  ['en', 'Legal pathways: the EU Talent Pool helps third-country nationals find jobs; visa and work permit procedures explained.'],
  ['fr', 'Marathon de Paris : inscriptions ouvertes pour la course du 6 avril.'],
  ['de', 'Konzert im Stadtpark: Sommerfest mit Musik und Tanz.'],
  ['de', 'Informationsabend zur Blauen Karte und zum Visum für Fachkräfte aus Drittstaaten.'],
  ['it', 'Meetup di sviluppatori JavaScript: integrazione continua e test automatici.'],
  ['es', 'Concierto solidario en el auditorio municipal con la orquesta local.'],
  ['en', 'Mentoring programme for young coders: pairs students with senior developers in IT and logistics.'],
  ['en', 'Language café: weekly conversation practice in Portuguese and English for everyone who loves languages.'],
  ['uk', 'Концерт у міському парку: музика, їжа та розваги для всієї родини.'],
  ['uk', 'Візи та дозволи на роботу для висококваліфікованих фахівців.'],
  ['ar', 'حفل موسيقي في حديقة المدينة مع فرق محلية'],
  // Near misses for the words above: a meeting on another theme, a town festival, an accounts adjustment, a tech dialogue.
  ['en', 'Erasmus+ partner meeting on media literacy for seniors; the partners also exchanged views on volunteering, including with refugees.'],
  ['de', 'Stadtfest mit Musik, Tanz und Begegnung für alle Generationen auf dem Marktplatz.'],
  ['fr', 'Régularisation des charges de copropriété : réunion des propriétaires le 3 mars.'],
  ['it', 'Festa del paese con sfilata dei carri, musica e cena in piazza.'],
  ['es', 'Fiestas patronales con verbena, pasacalles y una cena popular en la plaza.'],
  // Weak words alone: an international summer school's nationalities, a crime report's 'fled', solidarity between generations.
  ['en', 'Summer school on sustainable cities: forty students of many nationalities will meet in Delft.'],
  ['en', 'The driver fled before the police arrived; the trial opens on Monday.'],
  ['it', 'Erasmus+ per gli anziani: solidarietà tra generazioni e diversità di esperienze, incontro a Bari.'],
  ['en', 'Syrian cuisine night at the harbour restaurant: mezze, music and a tasting of wines.'],
  ['it', 'Mostra di tappeti afgani nel chiostro, ingresso libero.'],
  ['en', 'Erasmus+ kick-off in Kraków with partners from Ukraine, Poland and Spain on social inclusion, integration through sport, education and skills of young people.'],
  ['en', 'New arrivals in our autumn collection: coats, scarves and boots, all 20% off this weekend.'],
  // (A town's people and socially isolated youth: 'Neuburger' is also who lives in Neuburg.)
  ['de', 'Die Neuburger Tafel sucht Ehrenamtliche für die Ausgabe; Integration und Teilhabe der Helfer im Team sind uns wichtig.'],
  ['fr', "Atelier d'insertion pour les jeunes isolés des villages du canton, avec la mission locale."],
  // The adult school alone, with no course for newcomers: not enough.
  ['it', 'Il CPIA di Pavia apre le iscrizioni al corso serale per il diploma di ragioneria.'],
  ['en', 'Data migration workshop: how to migrate your database to the cloud, with a welcome coffee.'],
  ['en', 'Erasmus+ partner meeting in Lviv with Ukrainian partners on digital skills for teachers.'],
  // An integration of systems, and a day of another kind.
  ['en', 'Systems integration day for IT teams: APIs, testing and deployment pipelines.'],
  ['es', 'Día internacional de la Eficiencia Energética: jornada técnica para empresas.'],
  // Living together with no group named: flatmates, an illness, a town's generations.
  ['es', 'Taller para aprender a convivir con la diabetes: alimentación y ejercicio.'],
  ['de', 'Zusammenleben der Generationen: Nachbarschaftsfest im Seniorenheim.'],
  ['en', 'Living together: tips for flatmates on sharing chores and bills.'],
];

describe('classify', () => {
  it.each(topicCases)('topic %s (%s): %s', (topic, lang, text) => {
    expect(classify(text, { lang }).topics).toContain(topic);
  });

  it.each(relevant)('relevant (%s): %s', (lang, text) => {
    const c = classify(text, { lang });
    expect(c.relevant).toBe(true);
    expect(c.score).toBeGreaterThanOrEqual(0.5);
    expect(c.reasons[0]).toMatch(/^mentions '/);
  });

  it.each(nearMisses)('near miss stays out (%s): %s', (lang, text) => {
    const c = classify(text, { lang });
    expect(c.relevant).toBe(false);
    expect(c.score).toBeLessThan(0.5);
    expect(c.reasons.length).toBe(1);
  });

  it('reads a group named twice in a short text as its subject, not in a long one', () => {
    const twice = 'The tournament in the park brought together refugees from the hostel and the town clubs; the refugees\' side won the cup.';
    const once = 'The tournament in the park brought together the town clubs; a refugee served drinks and the home side won the cup.';
    const longer = `${twice}\n${'The clubs trained all spring on the new pitch, and the final drew a crowd from the whole valley. '.repeat(30)}`;
    expect(classify(twice).relevant).toBe(true);
    expect(classify(once).relevant).toBe(false);
    expect(longer.length).toBeGreaterThan(2500);
    expect(classify(longer).relevant).toBe(false);
  });

  it('explains itself with the words found', () => {
    const c = classify('A seminar on third-country nationals and the labour market.');
    expect(c.reasons).toEqual(["mentions 'third-country nationals' and 'labour market'"]);
    expect(c.topics).toEqual(['labour']);
  });

  it('ignores case, accents and hyphenation', () => {
    expect(classify('RÉFUGIÉS et INTÉGRATION').relevant).toBe(true);
    expect(classify('refugies et integration').relevant).toBe(true);
    expect(classify('third country nationals: integration').relevant).toBe(true);
  });

  it('prefers the more specific of two terms that match the same word', () => {
    // 'Integrationskurses' is the course (a group term too), not only 'integration'.
    expect(classify('Abschluss des Integrationskurses').relevant).toBe(true);
    expect(classify('Abschluss des Integrationsprojekts').relevant).toBe(false);
  });

  it('matches whole words only', () => {
    expect(classify('Remigrantsonderzoek integration').relevant).toBe(false);
  });

  it('gives topics per theme', () => {
    expect(classify('Sprachkurs und Wohnungssuche für Geflüchtete: Wohnraum, Unterbringung').topics).toEqual(
      expect.arrayContaining(['language', 'housing']),
    );
  });

  it('classifies an event from its own fields', () => {
    const c = classifyEvent({ title: 'Webinar: refugee women in the labour market', location: { city: 'Brussels' } });
    expect(c.relevant).toBe(true);
    expect(classifyEvent({ title: 'Board games night' }).relevant).toBe(false);
  });

  it('never throws and stays within bounds on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const c = classify(s);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
