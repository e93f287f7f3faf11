/**
 * The multilingual vocabulary of the relevance classifier (en, fr, de, it, es; the main
 * terms in uk and ar, which the UI speaks and partners publish in), folded
 * (lower case, no accents). A trailing `*` matches any word ending; spaces also match
 * hyphens, and apostrophes match typographic ones.
 *
 * Two questions decide relevance: does the text talk about the target group (TARGET), and
 * does it take an inclusion angle (ANGLE: integration, services, rights, skills...)?
 */
import type { TopicId } from '../model/event.ts';
import { foldTerm } from './fold.ts';

export interface Term {
  term: string;
  weight: number;
  topic?: TopicId;
  /** Core inclusion vocabulary: outweighs legal-migration wording. */
  core?: boolean;
  /** A target term that also gives the inclusion angle ("Integrationsarbeit": work on migrants' integration). */
  alsoAngle?: boolean;
  /** An angle term that also names the group ("Refugee Week": the refugees are in the name). */
  alsoTarget?: boolean;
  /** What an alsoTarget term weighs as a word for the group, when less than as an angle ("racism": weakly the group). */
  targetWeight?: number;
  /** Refugees, asylum and protection: outweighs visa and permit wording (asylum law is not legal migration). */
  protection?: boolean;
  /**
   * A weak sign of the group that pupils and partners from abroad give too (cultural diversity, a home country, an
   * arrival in the country): not counted on an exchange, twinning or Erasmus+ page (EXCHANGE_TERMS).
   */
  abroad?: boolean;
}

const t = (weight: number, terms: string[], extra: Omit<Term, 'term' | 'weight'> = {}): Term[] =>
  terms.map((term) => ({ term, weight, ...extra }));
// Ukrainian and Arabic terms are written as people write them and folded here (й -> и, أ -> ا).
const f = (weight: number, terms: string[], extra: Omit<Term, 'term' | 'weight'> = {}): Term[] => t(weight, terms.map(foldTerm), extra);

/** Who the events are for: migrants, refugees, asylum seekers, third-country nationals, newcomers. */
export const TARGET_TERMS: readonly Term[] = [
  ...t(1, [
    'migrant*', 'immigrant*', 'immigre', 'immigres', 'immigree', 'immigrees', 'immigrati', 'immigrato', 'immigrata', 'immigrate',
    'inmigrante*', 'emigrant*',
  ]),
  ...t(1, [
    'refugee*', 'refugie', 'refugies', 'refugiee', 'refugiees', 'rifugiat*', 'refugiad*', 'fluchtling*', 'gefluchtete*', 'gefluchteten',
    'asylum seeker*', 'asylum', 'asylum applicant*', 'demandeur* d\'asile', 'demandeuse* d\'asile', 'droit d\'asile', 'asylsuchende*', 'asylbewerber*',
    'asylberechtigte*', 'richiedent* asilo', 'richiedente* protezione', 'solicitante* de asilo', 'solicitante* de proteccion', 'derecho de asilo',
    'international protection', 'protection internationale', 'internationalen schutz', 'protezione internazionale', 'proteccion internacional',
    'temporary protection', 'protection temporaire', 'vorubergehenden schutz', 'protezione temporanea', 'proteccion temporal',
  ], { protection: true }),
  ...t(1, [
    'third country national*', 'tcn', 'tcns', 'non eu nationals', 'non eu citizens',
    'ressortissant* de pays tiers', 'ressortissant* d\'un pays tiers', 'ressortissant* des pays tiers', 'drittstaatsangehorige*',
    'drittstaatenangehorige*', 'cittadin* di paesi terzi', 'cittadin* di paesi non ue', 'cittadin* stranier*', 'nacionales de terceros paises',
    'ciudadan* de terceros paises', 'nacional* de paises terceros',
    'unaccompanied minor*', 'unaccompanied children', 'separated children', 'mineur* non accompagne*', 'mineur* isole* etranger*',
    'minori stranieri non accompagnati', 'minori non accompagnati', 'msna', 'menores no acompanados', 'menores extranjeros no acompanados',
    'unbegleitete* minderjahrige*', 'unbegleiteten minderjahrigen',
    'primo arrivant*', 'neuzugewanderte*', 'zugewanderte*', 'neu zugewanderte*', 'zugewanderten',
    'migration background', 'migrant background', 'migrationshintergrund', 'migrationsgeschichte', 'issu* de l\'immigration',
    'background migratorio', 'origine straniera', 'origen migrante', 'origen extranjero',
    'displaced person*', 'displaced people', 'personnes deplacees', 'sfollati', 'desplazad*', 'exile*', 'exiliad*',
    'sans papiers', 'undocumented', 'stateless', 'apatride*', 'staatenlose*',
    // More words for the same people, as each language writes them.
    'profughi', 'profugo', 'profuga', 'profughe', 'esuli', 'schutzsuchende*', 'fluchterfahrung', 'fluchtgeschichte', 'fluchthintergrund',
    'eingewanderte*', 'spataussiedler*', 'geduldete*', 'titolari di protezione', 'situacion administrativa irregular', 'sin papeles',
    'personnes en situation d\'exil', 'people seeking sanctuary', 'city of sanctuary', 'cities of sanctuary', 'asylum seeking',
    'amif', 'fami', 'asylum, migration and integration fund', 'asylum migration and integration fund',
    'fonds asile, migration et integration', 'fonds asile migration et integration', 'asyl , migrations und integrationsfonds',
    'asyl migrations und integrationsfonds', 'fondo asilo migrazione e integrazione', 'fondo asilo, migrazione e integrazione',
    'fondo de asilo, migracion e integracion', 'fondo de asilo migracion e integracion',
  ]),
  // Asking for asylum, and the law and offices on foreigners: about the group even when no person is named.
  ...t(1, ['demande* d\'asile', 'procedure* d\'asile', 'asylum application*', 'asylum claim*', 'asylum procedure*', 'asylantrag*', 'asylverfahren*',
    'domand* di asilo', 'domand* d\'asilo', 'procedur* di asilo', 'solicitud* de asilo', 'procedimiento* de asilo',
    // (The law of asylum, as each language names it.)
    'asylum law', 'refugee law', 'asylrecht*', 'fluchtlingsrecht*', 'droit des refugies', 'diritto dei rifugiati', 'derecho de los refugiados',
    'derecho de refugio', 'refugee crisis', 'crise des refugies', 'crisi dei rifugiati', 'crisis de refugiados', 'crisis de los refugiados'],
  { protection: true }),
  ...t(1, ['extranjeria', 'droit des etrangers', 'immigration law', 'auslanderrecht*', 'auslanderbehorde*', 'diritto dell\'immigrazione',
    'testo unico sull\'immigrazione', 'ley de extranjeria',
  ]),
  // German compounds of "Integration" name migrant integration work (the office, the council, the conference).
  ...t(1, ['integrationsarbeit', 'integrationskonferenz*', 'integrationsbeauftragt*', 'integrationsbeirat*', 'integrationsrat*',
    'integrationspolitik*', 'integrationsgipfel*', 'integrationslots*', 'integrationsmanag*', 'integrationsminister*', 'integrationskonzept*',
    // (The councillors, departments and laws of a town's or a state's integration policy; not "Integrationsamt" or
    // "Integrationsfachdienst", which serve people with disabilities.)
    'integrationsstadtr*', 'integrationslandesr*', 'integrationsreferat*', 'integrationsreferent*', 'integrationsausschuss*',
    'integrationsbericht*', 'integrationsfonds', 'integrationsprufung*', 'integrationsgesetz*', 'integrationsvereinbarung*',
    'integrationsnetzwerk*', 'integrationspreis*', 'integrationsstelle*', 'integrationsabteilung*', 'integrationsleitbild*'],
  { topic: 'social-inclusion', core: true, alsoAngle: true }),
  // uk: migrants, refugees, asylum seekers, people under temporary / international protection, displaced people.
  ...f(1, ['мігрант*', 'мігрантк*', 'іммігрант*', 'біженц*', 'біженк*', 'біженець', 'шукач* притулку', 'тимчасов* захист*',
    'міжнародн* захист*', 'переселен*', 'внутрішньо переміщен*', 'впо']),
  // ar: refugees, migrants, asylum seekers, displaced people (with the article and common prefixes).
  ...f(1, ['لاجئ*', 'اللاجئ*', 'للاجئ*', 'واللاجئ*', 'مهاجر*', 'المهاجر*', 'للمهاجر*', 'والمهاجر*', 'طالبي اللجوء', 'طالب اللجوء',
    'اللجوء', 'النازح*', 'نازح*', 'الحماية المؤقتة', 'الحماية الدولية']),
  ...f(0.7, ['новоприбул*', 'іноземц*', 'الوافد*', 'القادم* الجدد']),
  // People newly arrived in the country: whom a language café or a welcome desk is for.
  // Exile names the people who fled ("leur exil", "im Exil"); the reception systems name those they house.
  ...t(1, ['exil', 'l\'exil', 'esilio', 'exilio', 'sprar', 'siproimi', 'progetto sai', 'rete sai', 'sistema di accoglienza e integrazione',
    'centri di accoglienza straordinaria', 'centro di accoglienza straordinaria', 'gemeinschaftsunterkunft*', 'erstaufnahmeeinrichtung*',
    'fluchtlingsunterkunft*', 'centre d\'accueil pour demandeurs d\'asile', 'centro de acogida de refugiados', 'centros de acogida de refugiados']),
  // People of foreign origin or arrived from other countries, people without papers, "new Italians".
  ...t(1, ['personas extranjeras', 'personnes etrangeres', 'persone straniere', 'vecinos de origen', 'vecinas de origen', 'personas de origen extranjero',
    'familias de origen', 'persone di origine straniera', 'cittadini di origine', 'personnes d\'origine etrangere', 'nuovi italiani', 'nuove italiane',
    'llegad* de otros paises', 'venid* de otros paises', 'arrivat* da altri paesi', 'venu* d\'autres pays', 'venue* d\'autres pays',
    'sans titre de sejour', 'senza permesso di soggiorno', 'sin permiso de residencia', 'ohne aufenthaltstitel', 'ohne papiere',
    'centro di accoglienza', 'centri di accoglienza']),
  // Asylum as the French and German write it alone ("la politique d'asile", "im Asyl"), and the right to it.
  ...t(1, ['asile', 'asyl', 'diritto d\'asilo', 'diritto di asilo', 'asilo politico', 'richiesta d\'asilo', 'richiesta di asilo'], { protection: true }),
  // Italy's public adult schools (CPIA), where most learners are newcomers taking Italian and their first diplomas:
  // the group, a little less surely (Italians finishing school study there too).
  ...t(0.7, ['cpia', 'centro provinciale per l\'istruzione degli adulti', 'centri provinciali per l\'istruzione degli adulti']),
  // People newly moved to a town, as Swiss integration offices greet them.
  ...t(0.7, ['neuzuzuger*', 'zuzuger*', 'expats', 'expatriates', 'neuzugezogene*']),
  // Communities of immigrants: the group, as a festival of peoples names them.
  ...t(1, ['comunita stranier*', 'comunita immigrat*', 'comunita migrant*', 'comunidades inmigrantes', 'comunidades migrantes', 'comunidades extranjeras',
    'communautes immigrees', 'communautes etrangeres', 'migrantengemeinschaft*', 'migrantenorganisation*', 'migrant communities', 'immigrant communities']),
  ...t(1, ['newly arrived', 'nouvellement arrive*', 'personnes arrivees recemment', 'neu angekommene*', 'neu eingereiste*', 'appena arrivat*',
    'recien llegad*']),
  ...t(0.7, ['newcomer*', 'nouveaux arrivants', 'nouvelles arrivantes', 'nuovi arrivati', 'neuankommende*', 'foreign nationals',
    'foreigners', 'etrangers', 'etrangeres', 'allophone*', 'nuovi cittadini', 'nuovi vicini', 'nuevos vecinos', 'nouveaux voisins', 'neue nachbarn', 'neuen nachbarn', 'neue mitburger*', 'auslander*', 'auslandische*', 'stranieri', 'straniere', 'straniero', 'straniera', 'extranjer*',
    // People from other countries (in passing: an Erasmus exchange meets them too).
    'residents from other countries', 'personnes venues d\'autres pays', 'persone provenienti da altri paesi',
    'personas procedentes de otros paises', 'personas de otras nacionalidades', 'vecinos de otros paises']),
  // "the thousands of people from other countries who live in the district": residents born abroad.
  ...t(1, ['people from other countries living', 'people from other countries who live', 'personnes d\'autres pays qui vivent',
    'personnes d\'autres pays vivant', 'menschen aus anderen landern, die hier leben', 'menschen aus anderen landern, die in',
    'persone di altri paesi che vivono', 'persone di altri paesi residenti', 'personas de otros paises que residen',
    'personas de otros paises que viven', 'personas de otros paises residentes']),
  // Offices, services and councils for migrants named by German compounds ("Migrationsberatung", "Jugendmigrationsdienst").
  ...t(1, ['migrationsberatung*', 'migrationsdienst*', 'jugendmigrationsdienst*', 'migrationsbeirat*', 'migrationsarbeit', 'migrationssozialarbeit',
    'migrationserfahrung', 'einwanderungsgeschichte', 'zuwanderungsgeschichte', 'willkommensklasse*', 'integrationszentr*', 'integrationsburo*',
    'integrationsfachstelle*', 'integrationsdelegiert*', 'integrationsforderung'], { topic: 'social-inclusion', core: true, alsoAngle: true }),
  // Asylum in German compounds ("Asylkreis", "Asylhelfer", "Asylcafé"); stateless people as Spanish and Italian write them;
  // organisations that exist for refugees and migrants, named by their acronyms.
  ...t(1, ['asyl*', 'apatrida*', 'forcibly displaced', 'seconde generazioni', 'persone accolte', 'personas acogidas', 'mineurs isoles', 'unhcr', 'acnur', 'cimade',
    'resf', 'gisti', 'ofii', 'bamf', 'asgi', 'centro astalli', 'accem', 'cear'], { protection: true }),
  // Italy's widespread reception of asylum seekers in flats across a town: the group and the angle in one name.
  ...t(1, ['accoglienza diffusa'], { topic: 'social-inclusion', core: true, alsoAngle: true }),
  // Ukrainians (since 2022 mostly people who fled the war; the people, not the country, which an Erasmus+ partner list
  // names too) and people who fled or flee a war: the group, a little less surely.
  ...t(0.7, ['ukrainians', 'ukrainer', 'ukrainerinnen', 'ukrainiens', 'ukrainiennes', 'ucraini', 'ucranianos', 'ucranianas',
    'fled the war', 'fleeing the war', 'fleeing war', 'fled war', 'fuyant la guerre', 'fui la guerre', 'fuir la guerre', 'vor dem krieg geflohen',
    'vor dem krieg gefluchtet', 'in fuga dalla guerra', 'fuggit* dalla guerra', 'huyendo de la guerra', 'huyeron de la guerra', 'huir de la guerra',
    'foreign born', 'resettled', 'personnes accueillies', 'new arrivals', 'recent arrivals']),
  // Families and nationals of Ukraine being housed or received since 2022: people who fled, not a partner country.
  ...t(1, ['familles ukrainiennes', 'ressortissants ukrainiens', 'ukrainian families', 'ukrainian nationals', 'ukrainische familien',
    'ukrainische staatsangehorige*', 'famiglie ucraine', 'cittadini ucraini', 'familias ucranianas', 'ciudadanos ucranianos']),
  // The society that receives them ("société d'accueil", "Aufnahmegesellschaft").
  ...t(1, ['societe d\'accueil', 'host society', 'aufnahmegesellschaft', 'societa di accoglienza', 'societa ospitante', 'sociedad de acogida']),
  // Weak signs, each as weak as 'migration' alone: fleeing, languages that interpreters for refugees speak,
  // and people from the countries most refugees in Europe come from.
  ...t(0.5, ['fuient', 'fuyant', 'ont fui', 'fliehen', 'fluchten', 'fuggono', 'huyen', 'dari', 'pashto', 'paschtu', 'tigrinya', 'tigrinisch',
    'tigrigna', 'kurmanji', 'kurmandschi', 'syrien', 'syriens', 'syrienne', 'syriennes', 'syrian', 'syrians', 'syrer', 'syrerin*', 'syrische*', 'siriani',
    'siriano', 'siriana', 'sirio', 'sirios', 'siria', 'afghan', 'afghans', 'afghane', 'afghanes', 'afghanische*', 'afghanen', 'afgani', 'afgano',
    'afgana', 'afganos', 'eritrean*', 'erythreen*', 'eritreer*', 'eritrei', 'eritreo', 'eritrea', 'eritreos', 'somali', 'somalis', 'somalien',
    'somaliens', 'somalienne', 'somalier*', 'somala', 'somalo', 'somalies', 'sudanese', 'soudanais*', 'sudanes*']),
  // Residents of many nationalities ("asociaciones de personas de diversas nacionalidades"): as weak as 'migration' alone,
  // since an international meeting has them too.
  ...t(0.5, ['different nationalities', 'many nationalities', 'various nationalities', 'diverse nationalities', 'mix of nationalities',
    'differentes nationalites', 'diverses nationalites', 'nombreuses nationalites', 'toutes nationalites', 'toutes les nationalites',
    'melange de nationalites', 'plusieurs nationalites', 'diverse nazionalita', 'varie nazionalita', 'molte nazionalita', 'tante nazionalita',
    'differenti nazionalita', 'nazionalita diverse', 'tutte le nazionalita', 'diversas nacionalidades', 'distintas nacionalidades',
    'diferentes nacionalidades', 'varias nacionalidades', 'muchas nacionalidades', 'todas las nacionalidades', 'verschiedener nationalitaten',
    'verschiedenen nationalitaten', 'unterschiedlicher nationalitaten', 'vieler nationalitaten', 'vielen nationalitaten',
    'unterschiedlicher herkunft', 'verschiedener herkunft'], { abroad: true }),
  ...t(0.5, ['fled', 'fleeing', 'geflohen', 'huyendo', 'fuggiti', 'fuggite']),
  // More names for the same people: German immigrants (not "Aussiedlerhof", a farm), Spanish "personas migradas", young people alone in
  // France, Italians without citizenship and the laws that would give it; people's migration journeys and routes.
  ...t(1, ['einwanderer*', 'zuwanderer*', 'menschen mit internationaler geschichte', 'internationaler familiengeschichte',
    'auslandischen wurzeln', 'foreign roots', 'racines etrangeres', 'radici straniere', 'raices extranjeras',
    'personas migradas', 'mujeres migradas', 'jovenes migrados', 'poblacion migrada', 'jeunes isoles etrangers',
    'italiani senza cittadinanza', 'nuovi cittadini italiani',
    'parcours migratoire*', 'parcours d\'exil', 'percorso migratorio', 'percorsi migratori', 'progetto migratorio', 'projet migratoire',
    'trayectoria migratoria', 'trayectorias migratorias', 'proyecto migratorio', 'migration journey*', 'migrant journey*', 'migrationsroute*',
    'fluchtroute*', 'balkanroute', 'rotte migratorie', 'rotta balcanica', 'routes migratoires', 'route des balkans', 'rutas migratorias',
    'ruta de los balcanes']),
  // Citizenship for children of immigrants (Italy's "ius soli", "ius scholae"): the group and their rights.
  ...t(1, ['ius soli', 'ius scholae', 'ius culturae'], { topic: 'rights-anti-discrimination', core: true, alsoAngle: true }),
  // Ways of bringing refugees in safely (humanitarian corridors, community sponsorship, resettlement): refugees and their reception.
  ...t(1, ['humanitarian corridor*', 'corridoi umanitari', 'corridoio umanitario', 'couloirs humanitaires', 'couloir humanitaire',
    'corredores humanitarios', 'corredor humanitario', 'humanitare korridore', 'humanitare aufnahme*', 'humanitaren aufnahme*',
    'community sponsorship', 'parrainage communautaire', 'patrocinio comunitario', 'sponsorizzazione comunitaria',
    'complementary pathways', 'voies complementaires', 'vie complementari', 'vias complementarias', 'reinsediamento', 'reasentamiento'],
  { topic: 'social-inclusion', core: true, alsoAngle: true, protection: true }),
  // Ethnic minorities: the group weakly (minorities born in the country too; with another sign).
  ...t(0.5, ['ethnic minorit*', 'minority ethnic', 'minorites ethniques', 'ethnische* minderheit*', 'minoranze etniche', 'minorias etnicas']),
  // Residents of every origin ("unabhängig von ihrer Herkunft", "quelle que soit leur origine"), a country of origin
  // left behind, an arrival in the country: as weak as 'migration' alone (a fruit has a country of origin too), so
  // they count with another sign. (Not age or level: "open to all, regardless of age" is a race.)
  ...t(0.5, ['regardless of origin', 'regardless of their origin*', 'regardless of where they come from', 'irrespective of origin',
    'irrespective of their origin*', 'whatever their origin*', 'of all origins', 'different origins', 'diverse origins',
    'quelle que soit leur origine', 'quelle que soit son origine', 'quelles que soient leurs origines', 'sans distinction d\'origine',
    'de toutes origines', 'de toutes les origines', 'differentes origines', 'origines diverses', 'diverses origines',
    'unabhangig von ihrer herkunft', 'unabhangig von der herkunft', 'unabhangig von herkunft', 'unabhangig ihrer herkunft',
    'egal welcher herkunft', 'gleich welcher herkunft', 'jeglicher herkunft', 'aller herkunft', 'unterschiedlichster herkunft',
    'indipendentemente dalla loro origine', 'indipendentemente dalla loro provenienza', 'indipendentemente dalla provenienza',
    'indipendentemente dall\'origine', 'di ogni provenienza', 'di tutte le provenienze', 'diverse provenienze', 'provenienze diverse',
    'independientemente de su origen', 'independientemente de su procedencia', 'sin importar su origen', 'sin importar su procedencia',
    'de todos los origenes', 'de todas las procedencias', 'diferentes origenes', 'distintos origenes', 'diversos origenes',
    'diferentes procedencias', 'distintas procedencias', 'diversas procedencias',
    'country of origin', 'countries of origin', 'home country', 'home countries', 'native country', 'pays d\'origine', 'pays natal',
    'herkunftsland*', 'herkunftslander*', 'heimatland*', 'heimatlander*', 'paese d\'origine', 'paese di origine', 'paesi d\'origine',
    'paesi di origine', 'paese natale', 'pais de origen', 'paises de origen', 'pais natal',
    'arrived in the uk', 'arrived in ireland', 'arrived in europe', 'came to the uk', 'moved to the uk', 'arrivee* en france',
    'arrive* en france', 'arrivee* en belgique', 'arrive* en belgique', 'arrivee* en suisse', 'arrive* en suisse', 'arrive* en europe',
    'arrivee* en europe', 'nach deutschland gekommen', 'nach deutschland kam*', 'nach osterreich gekommen', 'in die schweiz gekommen',
    'nach europa gekommen', 'arrivat* in italia', 'arrivat* in europa', 'giunt* in italia', 'llego a espana', 'llegaron a espana',
    'llegada a espana', 'llegar a espana', 'llegado* a espana', 'llegada* a espana', 'llego a europa', 'llegaron a europa'], { abroad: true }),
  ...t(0.5, ['migration', 'migrations', 'migrazion*', 'migracion*', 'migratoire*', 'migratori*', 'migratory', 'immigration', 'einwanderung',
    'zuwanderung', 'immigrazione', 'inmigracion', 'diaspor*', 'mobility of', 'flucht']),
];

/** The inclusion angle: integration, reception, rights, services, work, skills, language... */
export const ANGLE_TERMS: readonly Term[] = [
  ...t(1, ['integration*', 'integrazion*', 'integracion*', 'integrer', 'integrare', 'integrieren', 'integrar'], { topic: 'social-inclusion', core: true }),
  ...t(1, ['inclusion', 'inclusion sociale', 'social inclusion', 'inklusion', 'inclusione', 'inclusione sociale', 'inclusion social', 'inclusive',
    'inclusiva', 'inclusivo', 'inclusives', 'inklusiv*', 'social cohesion', 'cohesion sociale', 'sozialen zusammenhalt', 'sozialer zusammenhalt',
    'coesione sociale', 'cohesion social', 'teilhabe', 'vivre ensemble', 'convivenza', 'convivencia', 'welcoming communities', 'welcoming cities'],
  { topic: 'social-inclusion', core: true }),
  // Living together said with a verb ("aprender a convivir", "das Zusammenleben"): the same angle, a little weaker, as
  // the words are also said of flatmates or of an illness.
  ...t(0.8, ['convivir', 'aprender a convivir', 'vivir juntos', 'vivere insieme', 'imparare a convivere', 'apprendre a vivre ensemble',
    'living together', 'live together', 'learning to live together', 'zusammenleben', 'miteinander leben'], { topic: 'social-inclusion' }),
  // Days and weeks named after refugees and migrants: the name says whom they are about.
  ...t(1, ['world refugee day', 'journee mondiale des refugies', 'journee mondiale du refugie', 'weltfluchtlingstag', 'giornata mondiale del rifugiato',
    'dia mundial del refugiado', 'dia mundial de las personas refugiadas', 'international migrants day', 'giornata mondiale del migrante*',
    'world day of migrants', 'journee mondiale du migrant*', 'jornada mundial del migrante*', 'welttag des migranten', 'dia internacional del migrante',
    'dia internacional de las personas migrantes', 'journee internationale des migrants', 'giornata internazionale dei migranti',
    'internationaler tag der migranten', 'refugee week', 'semaine des refugies', 'settimana del rifugiato', 'semana del refugiado',
    'woche der migranten', 'semana del migrante', 'semana de las personas migrantes', 'semaine des migrants', 'settimana dei migranti',
    'tag des fluchtlings', 'interkulturelle woche',
    // (The same days called international, as the five languages also do.)
    'international refugee day', 'journee internationale des refugies', 'journee internationale du refugie', 'giornata internazionale del rifugiato',
    'giornata internazionale dei rifugiati', 'dia internacional de las personas refugiadas', 'dia internacional del refugiado',
    'dia internacional de los refugiados', 'internationaler tag des fluchtlings', 'internationaler fluchtlingstag',
    // A town's integration week or day: integration of its newcomers, named by the event.
    'integrationswoche*', 'integrationstag*', 'tag der integration', 'woche der integration', 'semaine de l\'integration', 'journee de l\'integration',
    'settimana dell\'integrazione', 'giornata dell\'integrazione', 'semana de la integracion', 'dia de la integracion', 'integration week*',
    // A town's intercultural festival or fair: its communities from other countries, named by the event.
    'festival intercultural', 'feria intercultural', 'fiesta intercultural', 'semana intercultural', 'festa interculturale',
    'festival interculturale', 'settimana interculturale', 'fete interculturelle', 'festival interculturel', 'semaine interculturelle',
    'interkulturelles fest', 'interkulturelle fest', 'interkulturelles festival', 'intercultural festival', 'intercultural fair',
    // ... or its intercultural days and weeks, as each language names them.
    'jornada intercultural', 'jornadas interculturales', 'semanas interculturales', 'giornata interculturale', 'giornate interculturali',
    'settimane interculturali', 'journee interculturelle', 'journees interculturelles', 'semaines interculturelles', 'interkulturelle tage',
    'interkultureller tag', 'interkulturellen tage', 'interkulturelle wochen', 'interkulturellen woche*', 'intercultural day*', 'intercultural week*'],
  { topic: 'social-inclusion', core: true, alsoTarget: true }),
  // A welcome café is for people new to the country, whatever else the page says.
  ...t(1, ['welcome cafe*', 'willkommenscafe*', 'willkommen cafe*', 'willkommens cafe*', 'cafe de bienvenue', 'cafe bienvenue', 'cafe de bienvenida', 'cafe bienvenida', 'caffe di benvenuto',
    'caffe del benvenuto'], { topic: 'social-inclusion', core: true, alsoTarget: true }),
  // The right to migrate: the people who migrate and their rights in one phrase.
  ...t(1, ['right to migrate', 'right to migration', 'droit de migrer', 'droit a la migration', 'recht auf migration', 'diritto di migrare',
    'diritto a migrare', 'diritto alla migrazione', 'derecho a migrar', 'derecho a emigrar', 'derecho a la migracion'],
  { topic: 'rights-anti-discrimination', core: true, alsoTarget: true }),
  // Cultural diversity and intercultural work: residents of many origins, weakly (two such words, or one with
  // another sign, make the group); not on an exchange or twinning page, where the cultures are the partners'.
  ...t(1, ['intercultura', 'diversidad cultural', 'diversita culturale', 'diversite culturelle', 'kulturelle* vielfalt', 'cultural diversity',
    'intercultural*', 'interculturel*', 'interkulturell*', 'interculturale', 'interculturali', 'mediatori culturali', 'mediatore culturale',
    'mediatrici culturali', 'mediazione culturale', 'mediazione interculturale', 'mediacion intercultural', 'mediation interculturelle',
    'interkulturelle* vermittl*', 'vielfalt der kulturen', 'diversite des cultures', 'diversita delle culture', 'diversidad de culturas',
    'diversity of cultures', 'intercultural cities', 'ciudades interculturales', 'citta interculturali', 'villes interculturelles'],
  { topic: 'social-inclusion', core: true, alsoTarget: true, targetWeight: 0.5, abroad: true }),
  ...t(1, ['accueil', 'accoglienza', 'acogida', 'reception of', 'willkommenskultur', 'aufnahme von'], { topic: 'social-inclusion', core: true }),
  // Days and festivals of migrants and of the peoples living together; encounter cafés; the migration question as a topic.
  // Festivals of the peoples living in a town: its migrant communities, named by the festival.
  ...t(1, ['festa dei popoli', 'festa della pace dei popoli', 'fete des peuples', 'fiesta de los pueblos', 'fest der volker'],
  { topic: 'social-inclusion', core: true, alsoTarget: true }),
  ...t(1, ['festival of cultures',
    'fete des cultures', 'festival des cultures', 'festa delle culture', 'festival delle culture', 'fiesta de las culturas', 'fest der kulturen',
    'karneval der kulturen', 'abend der begegnung', 'fest der begegnung', 'tag der begegnung', 'ort der begegnung', 'haus der begegnung',
    'rencontre interculturelle', 'encuentro intercultural', 'begegnungscafe*', 'begegnungsfest*', 'begegnungsabend*',
    'cafe rencontre*', 'refugee issue*', 'migration issue*'], { topic: 'social-inclusion', core: true }),
  // The migration question, phenomenon or crisis as a topic: the people who migrate are its subject. (Not the English
  // "migration issues" above, which a database has too.)
  ...t(1, ['zum thema fluchtling*', 'zum thema flucht*', 'zum thema asyl', 'zum thema migration', 'fluchtlingsthematik',
    'fluchtlingsfrage', 'question migratoire', 'questions migratoires', 'questione migratoria', 'fenomeno migratorio', 'fenomeni migratori',
    'cuestion migratoria', 'fenomeno migratorio', 'fenomenos migratorios', 'phenomene migratoire', 'phenomenes migratoires',
    'migration crisis', 'migrant crisis', 'crise migratoire', 'crisi migratoria', 'crisis migratoria', 'migrationskrise', 'fluchtlingskrise',
    'migrationsfrage', 'migrationsthematik', 'migrationsphanomen*'],
  { topic: 'social-inclusion', core: true, alsoTarget: true }),
  ...t(1, ['multicultural*', 'multiculturel*', 'multikulturell*', 'multiculturale', 'multiculturali', 'multietnic*', 'multiethnic', 'multiethnique*',
    'multiethnisch*'], { topic: 'social-inclusion', core: true, alsoTarget: true, targetWeight: 0.5, abroad: true }),
  ...t(0.8, ['interreligious', 'interfaith', 'interreligieu*', 'interreligios*', 'interconfessionnel*'], { topic: 'social-inclusion' }),
  // (Not the English word: "hospitality" is also the hotel and restaurant trade.)
  ...t(0.8, ['hospitalite', 'ospitalita', 'hospitalidad', 'gastfreundschaft'], { topic: 'social-inclusion' }),
  ...t(0.6, ['travail social', 'social work', 'soziale arbeit', 'sozialarbeit', 'servizio sociale', 'servizi sociali', 'trabajo social',
    'servicios sociales', 'services sociaux'], { topic: 'social-inclusion' }),
  ...t(1, ['labour inclusion', 'labor inclusion', 'labour market integration', 'labor market integration', 'insertion professionnelle',
    'insertion socioprofessionnelle', 'insertion', 'inserimento lavorativo', 'inserimento', 'insercion laboral', 'insercion sociolaboral',
    'insercion', 'arbeitsmarktintegration', 'berufliche integration', 'eingliederung'], { topic: 'labour', core: true }),
  ...t(0.8, ['labour market', 'labor market', 'marche du travail', 'marche de l\'emploi', 'arbeitsmarkt*', 'mercato del lavoro',
    'mercado laboral', 'mercado de trabajo', 'job fair*', 'job seekers', 'jobsuche', 'salon de l\'emploi', 'forum emploi', 'jobborse',
    'fiera del lavoro', 'feria de empleo', 'entrepreneurship', 'entrepreneuriat', 'imprenditorialita', 'emprendimiento', 'unternehmensgrundung'],
  { topic: 'labour' }),
  ...t(0.5, ['employment', 'employers', 'employer', 'emploi', 'employeurs', 'beschaftigung', 'arbeitgeber*', 'occupazione', 'datori di lavoro',
    'empleo', 'empleadores', 'empresas', 'work', 'jobs', 'lavoro', 'trabajo', 'arbeit'], { topic: 'labour' }),
  ...t(1, ['language course*', 'language class*', 'language learning', 'language training', 'cours de francais', 'cours de langue*',
    'apprentissage du francais', 'sprachkurs*', 'deutschkurs*', 'sprachforderung', 'corso di italiano', 'corsi di italiano',
    'corso di lingua', 'corsi di lingua', 'lingua italiana', 'francais langue etrangere', 'clases de espanol', 'curso* de espanol', 'curso* de idiomas', 'clases de idiomas',
    'aprendizaje del idioma', 'english classes', 'fle', 'language cafe*', 'language exchange*', 'conversation practice',
    'conversation club*', 'conversation group*', 'conversation class*', 'conversation cafe*', 'english conversation', 'deutsch-cafe', 'deutschcafe', 'cafe des langues', 'cafe linguistique', 'cafe de conversation',
    'atelier* de conversation', 'sprachcafe*', 'sprachtandem*', 'gesprachskreis*', 'caffe linguistico', 'tandem linguistico',
    'cafe de idiomas', 'intercambio de idiomas', 'grupo* de conversacion'], { topic: 'language', core: true }),
  // Courses only newcomers take: the group is in the name (Germany's integration course, Italian as a second language).
  ...t(1, ['integrationskurs*', 'orientierungskurs*', 'esol', 'deutsch als zweitsprache', 'italiano l2', 'italiano per stranieri', 'espanol para extranjeros',
    'castellano para extranjeros', 'francais langue d\'accueil', 'langue d\'accueil', 'lingua del paese ospitante', 'lengua de acogida',
    // (The country's language taught as a second language: to people who grew up speaking another.)
    'english as a second language', 'english for speakers of other languages', 'francais langue seconde', 'italiano come lingua seconda',
    'italiano lingua seconda', 'italiano come l2', 'espanol como segunda lengua', 'castellano como segunda lengua', 'daz kurs*',
    // (After "corso di italiano", "clases de español": the words that say it is taught as a second language.)
    'come lingua seconda', 'come l2', 'como segunda lengua', 'als zweitsprache', 'as a second language'],
  { topic: 'language', core: true, alsoTarget: true }),
  // Learning and practising the country's language, and literacy classes.
  ...t(1, ['pratiquer la langue', 'pratiquer le francais', 'apprendre le francais', 'apprendre la langue', 'lecons de francais',
    'ateliers sociolinguistiques', 'alphabetisation', 'practise english', 'practice english', 'practise the language', 'practice the language',
    'learn english', 'learning english', 'english lessons', 'literacy classes', 'deutsch lernen', 'deutsch zu lernen', 'deutschunterricht',
    'alphabetisierung*', 'imparare l\'italiano', 'imparare la lingua', 'praticare la lingua', 'praticare l\'italiano', 'lezioni di italiano',
    'scuola di italiano', 'alfabetizzazione', 'aprender espanol', 'aprender castellano', 'aprender el idioma', 'practicar el idioma',
    'practicar espanol', 'clases de castellano', 'curso* de castellano', 'alfabetizacion'], { topic: 'language', core: true }),
  // Mentoring pairs newcomers with people in work: labour inclusion.
  ...t(1, ['mentoring programme*', 'mentoring program*', 'mentoring scheme*', 'programme de mentorat', 'mentoring-programm*',
    'mentoringprogramm*', 'programma di mentoring', 'programa de mentoria', 'programa de mentoring'], { topic: 'labour', core: true }),
  ...t(0.8, ['mentoring', 'mentorship', 'mentors', 'mentorat', 'mentoria', 'tutorat'], { topic: 'labour' }),
  ...f(1, ['інтеграці*', 'інклюзі*', 'соціальн* згуртован*', 'اندماج', 'الاندماج', 'إدماج', 'الإدماج', 'دمج', 'الدمج'], { topic: 'social-inclusion', core: true }),
  ...f(1, ['працевлаштуван*', 'ринок праці', 'ринку праці', 'سوق العمل', 'التوظيف', 'توظيف', 'فرص العمل'], { topic: 'labour', core: true }),
  ...f(0.5, ['робота', 'роботи', 'роботу', 'зайнятост*', 'вакансі*', 'العمل', 'عمل', 'وظائف'], { topic: 'labour' }),
  ...f(1, ['мовн* курс*', 'курс* мови', 'курс* української', 'розмовн* клуб*', 'دورات اللغة', 'دروس اللغة', 'تعلم اللغة', 'تعليم اللغة'],
    { topic: 'language', core: true }),
  ...f(1, ['визнання кваліфікац*', 'визнання диплом*', 'معادلة الشهادات'], { topic: 'education-skills', core: true }),
  ...f(0.6, ['освіт*', 'навчанн*', 'профес* навчан*', 'التعليم', 'التدريب المهني', 'المهارات'], { topic: 'education-skills' }),
  ...f(1, ['дискримінаці*', 'расизм*', 'التمييز', 'العنصرية'], { topic: 'rights-anti-discrimination', core: true }),
  ...f(0.6, ['права', 'прав людини', 'правов* допомог*', 'юридичн* консультаці*', 'حقوق', 'الحقوق', 'المساعدة القانونية'], { topic: 'rights-anti-discrimination' }),
  ...f(0.8, ['медичн* допомог*', 'здоров*', 'психологічн* підтримк*', 'психічн* здоров*', 'الصحة', 'الرعاية الصحية', 'الصحة النفسية'], { topic: 'health' }),
  ...f(0.8, ['житл*', 'السكن', 'الإسكان'], { topic: 'housing' }),
  ...t(1, ['recognition of qualifications', 'skills recognition', 'recognition of skills', 'recognition of diplomas',
    'reconnaissance des diplomes', 'reconnaissance des qualifications', 'reconnaissance des competences', 'anerkennung*',
    'riconoscimento dei titoli', 'riconoscimento delle competenze', 'reconocimiento de titulos', 'homologacion', 'validation of skills'],
  { topic: 'education-skills', core: true }),
  ...t(0.6, ['vocational training', 'vet', 'formation professionnelle', 'berufsausbildung', 'ausbildung', 'formazione professionale',
    'formacion profesional', 'upskilling', 'education', 'schools', 'school', 'ecole', 'bildung', 'istruzione', 'scuola', 'educacion', 'escuela',
    'skills', 'competences', 'kompetenzen', 'competenze', 'competencias', 'qualifications'], { topic: 'education-skills' }),
  ...t(1, ['anti discrimination', 'antidiscrimination', 'non discrimination', 'discrimination*', 'diskriminierung*', 'discriminazion*',
    'discriminacion*', 'hate speech', 'discours de haine', 'hassrede', 'discorso d\'odio', 'discurso de odio'],
  { topic: 'rights-anti-discrimination', core: true }),
  // Racism and xenophobia strike people for their origin: weakly the group too (with another sign; not disability or gender).
  ...t(1, ['racism*', 'racisme', 'rassismus', 'razzismo', 'racismo', 'xenophob*', 'xenofob*', 'fremdenfeindlich*', 'antirassis*',
    'antirracis*', 'antirazzis*', 'anti racism', 'antiracisme', 'antiracism', 'racial discrimination', 'discrimination raciale',
    'rassistische* diskriminierung', 'discriminazione razziale', 'discriminacion racial'],
  { topic: 'rights-anti-discrimination', core: true, alsoTarget: true, targetWeight: 0.5 }),
  // Weeks and days against racism: the people racism strikes are whom they are for.
  ...t(1, ['week against racism', 'weeks against racism', 'semaine contre le racisme', 'semaines contre le racisme',
    'semaine d\'education et d\'actions contre le racisme', 'wochen gegen rassismus', 'woche gegen rassismus', 'aktionswochen gegen rassismus',
    'tag gegen rassismus', 'settimana contro il razzismo', 'settimana d\'azione contro il razzismo', 'settimana di azione contro il razzismo',
    'giornata contro il razzismo', 'semana contra el racismo', 'semana contra el racismo y la xenofobia', 'dia contra el racismo',
    'day against racism', 'journee contre le racisme',
    'elimination of racial discrimination', 'elimination de la discrimination raciale', 'eliminazione della discriminazione razziale',
    'eliminacion de la discriminacion racial', 'beseitigung der rassendiskriminierung', 'beseitigung rassistischer diskriminierung'],
  { topic: 'rights-anti-discrimination', core: true, alsoTarget: true }),
  // Papers for people without them: a rights question (also outweighs the permit words it comes with).
  ...t(1, ['regularisation*', 'regularization*', 'regularizacion*', 'regolarizzazion*', 'sanatoria', 'bleiberecht*', 'arraigo'],
  { topic: 'rights-anti-discrimination', core: true }),
  ...t(0.6, ['rights', 'droits', 'rechte', 'diritti', 'derechos', 'legal aid', 'legal advice', 'aide juridique', 'rechtsberatung',
    'assistenza legale', 'asesoramiento juridico', 'access to justice'], { topic: 'rights-anti-discrimination' }),
  ...t(0.8, ['mental health', 'sante mentale', 'psychische gesundheit', 'salute mentale', 'salud mental', 'psychosocial', 'psychosozial*',
    'psicosocial*', 'trauma*', 'healthcare', 'health care', 'acces aux soins', 'gesundheitsversorgung', 'assistenza sanitaria',
    'atencion sanitaria'], { topic: 'health' }),
  ...t(0.8, ['health', 'sante', 'gesundheit', 'salute', 'salud'], { topic: 'health' }),
  ...t(0.8, ['housing', 'logement', 'hebergement', 'wohnen', 'wohnraum', 'unterbringung', 'alloggio', 'abitativ*', 'vivienda', 'alojamiento',
    'homelessness', 'sans abri'], { topic: 'housing' }),
  ...t(0.6, ['civic participation', 'political participation', 'participation', 'citizenship', 'citoyennete', 'partizipation', 'einburgerung',
    'cittadinanza attiva', 'active citizenship', 'citoyennete active', 'partecipazione', 'participacion', 'ciudadania', 'volunteering', 'benevolat', 'benevole*', 'ehrenamt*', 'volontariato',
    'voluntariado', 'community building'], { topic: 'civic-participation' }),
  ...t(0.6, ['solidarity', 'solidarite', 'solidaritat', 'solidarieta', 'solidaridad', 'accompagnement', 'begleitung', 'accompagnamento',
    'acompanamiento', 'awareness raising', 'sensibilisation', 'sensibilisierung', 'sensibilizzazione', 'sensibilizacion', 'diversity', 'diversite',
    'diversita', 'diversidad', 'vielfalt'], { topic: 'social-inclusion' }),
  ...t(0.8, ['employability', 'employabilite', 'occupabilita', 'empleabilidad', 'beschaftigungsfahigkeit', 'orientamento al lavoro',
    'orientacion laboral', 'orientation professionnelle', 'berufsorientierung'], { topic: 'labour' }),
  ...t(0.4, ['capacity building', 'renforcement des capacites', 'kapazitatsaufbau', 'rafforzamento delle capacita', 'desarrollo de capacidades',
    'mutual learning', 'peer learning', 'good practice*', 'best practice*', 'bonnes pratiques', 'gute praxis', 'buone pratiche', 'buone prassi',
    'buenas practicas', 'training of trainers', 'formation de formateurs', 'toolkit', 'practitioners', 'professionnels', 'fachkrafte',
    'operatori', 'profesionales'], { topic: 'capacity-building' }),
  ...t(0.4, ['funding', 'call for proposals', 'appel a projets', 'financement', 'forderung', 'forderprogramm*', 'finanziamento', 'bando',
    'financiacion', 'convocatoria', 'action plan', 'plan d\'action', 'aktionsplan', 'piano d\'azione', 'plan de accion', 'policy makers',
    'policymakers', 'managing authorities', 'programming period', 'politique', 'politiques', 'politik', 'politiche', 'politicas', 'policy',
    'policies'], { topic: 'policy-funding' }),
  ...t(0.8, ['migration policy', 'migration policies', 'asylum policy', 'refugee policy', 'politique* migratoire*', 'politique* d\'asile',
    'politique* d\'immigration', 'migrationspolitik', 'fluchtlingspolitik', 'asylpolitik', 'politiche migratorie', 'politica migratoria',
    'politiche dell\'immigrazione', 'politica* migratoria*', 'politicas migratorias',
    // (Governing migration: the people who migrate, as policy names them.)
    'migration governance', 'governance of migration', 'gouvernance des migrations', 'gouvernance migratoire', 'governance delle migrazioni',
    'governance migratoria', 'gobernanza migratoria', 'gobernanza de las migraciones', 'migrationssteuerung'],
  { topic: 'policy-funding', alsoTarget: true, targetWeight: 1 }),
];

/** Legal migration without inclusion (visas, permits, talent pathways): near misses. */
export const LEGAL_MIGRATION_TERMS: readonly Term[] = t(1, [
  'legal pathways', 'legal migration', 'labour migration', 'labor migration', 'talent partnership*', 'talent pool', 'blue card',
  'carte bleue', 'blaue karte', 'visa', 'visas', 'visum', 'visa application*', 'work permit*', 'residence permit*', 'single permit',
  'titre de sejour', 'titres de sejour', 'aufenthaltstitel', 'aufenthaltserlaubnis', 'arbeitserlaubnis', 'permesso di soggiorno',
  'permessi di soggiorno', 'permiso de residencia', 'permiso de trabajo', 'fachkrafteeinwanderung*', 'skilled immigration', 'skilled worker visa',
  'voies legales', 'vie legali', 'vias legales', 'canales legales', 'migration legale', 'migrazione legale', 'migracion legal',
  'golden visa', 'digital nomad*', 'recruitment from abroad',
  'visado', 'visados', 'visado de oro', 'nomadas digitales', 'autorizacion de residencia', 'autorizaciones de residencia', 'residencia y trabajo',
  "visto d'ingresso", 'visto per lavoro', 'visti per lavoro', 'nomadi digitali', 'nomades numeriques', 'nomades digitaux', 'digitale nomaden', 'visa nomade',
  'posted workers', 'trabajadores desplazados', 'travailleurs detaches', 'lavoratori distaccati', 'entsandte arbeitnehmer*',
  'investor visa', 'visa de oro', 'visa dorado', 'goldenes visum',
  // Employers recruiting workers abroad.
  'contratacion en origen', 'contrataciones en origen', 'contratacion de trabajadores extranjeros', 'reclutamiento en origen',
  'recruitment of foreign workers', 'recruiting foreign workers', 'recrutement de travailleurs etrangers',
  'assunzione di lavoratori stranieri', 'decreto flussi', 'anwerbung auslandischer', 'auslandische fachkrafte', 'auslandischer fachkrafte',
]);

/**
 * Exchanges, twinnings, Erasmus+ partnerships, study abroad and teams at work: pupils, partners and colleagues from
 * abroad, not residents of foreign origin. On such a page, cultural diversity, a home country or an arrival
 * (Term.abroad) do not name the group.
 */
export const EXCHANGE_TERMS: readonly Term[] = t(1, [
  'erasmus*', 'twinning', 'twinned', 'town twinning', 'jumelage*', 'jumele*', 'stadtepartnerschaft*', 'partnerstadt*', 'partnerstadte*',
  'stadtepartner*', 'gemellaggio', 'gemellaggi', 'gemellat*', 'hermanamiento*', 'hermanad*', 'comenius', 'etwinning',
  'exchange students', 'exchange pupils', 'youth exchange*', 'school exchange*', 'student exchange*', 'echange scolaire', 'echanges scolaires',
  'eleves en echange', 'schuleraustausch*', 'jugendaustausch*', 'austauschschuler*', 'austauschstudent*', 'scambio scolastico',
  'scambi scolastici', 'intercambio escolar', 'intercambios escolares', 'alumnos de intercambio', 'estudiantes de intercambio',
  'studenti in scambio', 'partner schools', 'ecoles partenaires', 'partnerschule*', 'scuole partner', 'escuelas socias',
  // Studying abroad, and colleagues from many countries at work (intercultural training for managers): people
  // abroad or in business, not residents of foreign origin.
  'study abroad', 'studying abroad', 'international students', 'etudiants internationaux', 'internationale studierende',
  'studenti internazionali', 'estudiantes internacionales', 'auslandssemester', 'auslandsaufenthalt*', 'sejour linguistique',
  'sejours linguistiques', 'soggiorno studio', 'soggiorni studio', 'estancia* en el extranjero',
  'multicultural team*', 'multikulturelle* team*', 'equipe* multiculturelle*', 'team multicultural*', 'equipo* multicultural*',
  'international team*', 'global team*', 'intercultural management', 'management interculturel', 'interkulturelle* management',
  'management interculturale', 'gestion intercultural', 'cross cultural', 'crosscultural',
]);
