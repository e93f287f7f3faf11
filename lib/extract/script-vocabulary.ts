/**
 * Words for reading events in pages written in Ukrainian, Russian and Arabic (script-page.ts):
 * month names, the nouns that name a gathering, and the cues of deadlines, posting stamps,
 * online and hybrid gatherings, cancellations and places. Lower case, as the page is matched
 * lowercased (Cyrillic and Arabic keep their length when lowercased).
 */

export type ScriptLanguage = 'uk' | 'ru' | 'ar';

/** Month names (the genitive "15 грудня" and the nominative "грудень", both), to the month number. */
export const SCRIPT_MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...[
    ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'],
    ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])),
  ...[
    ['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'], ['мая', 'май'], ['июня', 'июнь'],
    ['июля', 'июль'], ['августа', 'август'], ['сентября', 'сентябрь'], ['октября', 'октябрь'], ['ноября', 'ноябрь'], ['декабря', 'декабрь'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])),
  // Arabic: the months of the Gregorian calendar as written in Egypt and the Gulf, and as in the Levant and Iraq.
  ...[
    ['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'ابريل', 'إبريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'],
    ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'اغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])),
]);

/** The month names as one alternation, longest first ("كانون الثاني" before "آب"). */
export const MONTH_ALTERNATION = [...SCRIPT_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Nouns (stems) that name a gathering: a date in a sentence that holds one is a gathering's. */
export const GATHERING_WORDS = [
  // Ukrainian
  'зустріч', 'семінар', 'вебінар', 'тренінг', 'майстер-клас', 'конференці', 'презентаці', 'воркшоп', 'захід', 'заход', 'лекці',
  'консультаці', 'ярмар', 'фестиваль', 'фестивал', 'вечір', 'вечор', 'екскурсі', 'круглий стіл', 'розмовний клуб', 'курс', 'форум', 'свято',
  'день відчинених дверей', 'інформаційн', 'пікнік', 'концерт', 'виставк', 'збори',
  // Russian
  'встреч', 'семинар', 'вебинар', 'тренинг', 'мастер-класс', 'конференци', 'презентаци', 'мероприяти', 'лекци', 'консультаци', 'ярмарк',
  'вечер', 'экскурси', 'круглый стол', 'разговорный клуб', 'праздник', 'собрани', 'информационн',
  // Arabic
  'ورشة', 'ورش', 'ندوة', 'لقاء', 'اجتماع', 'مؤتمر', 'دورة', 'محاضرة', 'فعالية', 'أمسية', 'امسية', 'معرض', 'مهرجان', 'جلسة', 'ويبينار',
  'حفل', 'احتفال', 'يوم مفتوح', 'جولة', 'منتدى', 'استشارة', 'تدريب', 'نادي',
];

/** Words before a date that make it a deadline, a stamp or a period, not a gathering. */
export const NOT_GATHERING_WORDS = [
  'реєстрац', 'заявк', 'дедлайн', 'термін подання', 'подати', 'опубліковано', 'оновлено', 'дата публікації', 'діє до', 'чинн',
  'регистрац', 'опубликовано', 'обновлено', 'подать', 'действует до', 'срок подачи',
  'آخر موعد', 'الموعد النهائي', 'التسجيل', 'للتسجيل', 'نشر في', 'تاريخ النشر', 'آخر تحديث', 'تقديم الطلبات',
];

/** A word right before the day that makes it the last day of something ("до 10 грудня", "قبل 10 ديسمبر"). */
export const UNTIL_BEFORE = /(?:^|[\s(])(?:до|по|к|قبل|حتى|لغاية)\s*$/;

/** Online and hybrid gatherings. */
export const ONLINE_WORDS = ['онлайн', 'вебінар', 'вебинар', 'дистанційно', 'дистанционно', 'zoom', 'teams', 'google meet', 'عبر الإنترنت', 'عبر الانترنت', 'أونلاين', 'اونلاين', 'عن بعد', 'زووم', 'ويبينار'];
export const HYBRID_WORDS = ['гібрид', 'гибрид', 'هجين', 'هجينة'];

/** Cancelled and postponed. */
export const CANCELLED_WORDS = ['скасовано', 'скасований', 'відмінено', 'отменено', 'отменён', 'ألغي', 'أُلغي', 'إلغاء', 'تم إلغاء'];
export const POSTPONED_WORDS = ['перенесено', 'перенесений', 'تأجيل', 'تم تأجيل', 'أُجّل', 'أجل'];

/** Words that open a place after the date and time: "у ратуші", "за адресою", "في مكتبة". */
export const PLACE_OPENERS = /(?:^|\s)(?:за адресою:?|адреса:|місце проведення:|место проведения:|по адресу:?|у|в|во|في|بمقر|بمكتبة|بقاعة|العنوان:|المكان:)\s+/;

/** Hours said before a clock time ("о 18:00", "в 18:00", "الساعة 18:00"). */
export const AT_HOUR = /(?:о|об|в|с|з|الساعة|في تمام الساعة)\s*$/;
