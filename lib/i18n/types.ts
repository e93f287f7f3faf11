/**
 * The shape of a locale's UI messages. Keys are fixed by this file so a missing or misspelt
 * key in any locale is a type error, not a blank label at run time.
 */
import type { Mode, TopicId } from '../model/event.ts';

export type Locale = 'en' | 'fr' | 'de' | 'it' | 'es' | 'ar' | 'uk';

export type TextKey =
  | 'calendarLabel' | 'loading' | 'search' | 'searchPlaceholder' | 'filters'
  | 'topic' | 'allTopics' | 'country' | 'allCountries' | 'mode' | 'allModes' | 'language' | 'allLanguages'
  | 'from' | 'to' | 'clearFilters' | 'view' | 'viewList' | 'viewMonth' | 'upcoming' | 'past' | 'showMore'
  | 'noEvents' | 'noMatches' | 'today' | 'previousMonth' | 'nextMonth' | 'eventsOn' | 'allDay' | 'until'
  | 'theirTime' | 'back' | 'details' | 'where' | 'online' | 'joinOnline' | 'register' | 'registerBy' | 'moreInfo'
  | 'organiser' | 'topics' | 'languages' | 'whyListed' | 'source' | 'cancelled' | 'postponed' | 'rescheduled'
  | 'addToCalendar' | 'addToCalendarFor' | 'icsFile' | 'google' | 'outlook' | 'office365' | 'yahoo'
  | 'subscribe' | 'downloadAll' | 'lastUpdated' | 'staleMessage' | 'partialMessage' | 'errorMessage'
  | 'noSource' | 'retry' | 'opensNewTab'
  | 'reasonRelevant' | 'reasonPassing' | 'reasonNone' | 'reasonLegalOnly' | 'reasonNoAngle' | 'quoted'
  | 'detailOnline' | 'detailRegistration' | 'detailDeadline' | 'detailOrganiser' | 'detailMoreInfo' | 'detailCancelled' | 'detailPostponed'
  | 'dateExample' | 'dateInvalid'
  | 'errorCors' | 'errorNotFound' | 'errorNotFeed'
  | 'reasonRelevantOne'
  | 'listChanged';

export type PluralKey = 'results' | 'moreEvents' | 'dayEvents' | 'newEvents';

/** CLDR plural categories; `other` is required because every language has it. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export interface Messages {
  locale: Locale;
  text: Record<TextKey, string>;
  plural: Record<PluralKey, PluralForms>;
  topics: Record<TopicId, string>;
  modes: Record<Mode, string>;
}
