/** Why an event is in the list: which interests it matched and the relevance reasons. */
import type { InclusionEvent } from '../../lib/model/event.ts';
import { countryName, languageName, type Ui } from '../../widget/ui/context.ts';
import type { Strings } from '../shared/i18n.ts';
import type { InterestMatch, InterestScore } from '../shared/interests.ts';

function matchText(match: InterestMatch, ui: Ui, strings: Strings): string {
  const { t } = strings;
  switch (match.kind) {
    case 'topic':
      return t('matchTopic', ui.messages.topics[match.value as keyof Ui['messages']['topics']] ?? match.value);
    case 'country':
      return t('matchCountry', countryName(match.value, ui.locale));
    case 'city':
      return t('matchCity', match.value);
    case 'language':
      return t('matchLanguage', languageName(match.value, ui.locale));
    case 'mode':
      return t('matchMode', ui.messages.modes[match.value as keyof Ui['messages']['modes']] ?? match.value);
    case 'online':
      return t('matchOnline');
  }
}

export function WhyShown({ ui, strings, event, score }: { ui: Ui; strings: Strings; event: InclusionEvent; score: InterestScore }) {
  const lines = [
    ...(score.matches.length ? score.matches.map((m) => matchText(m, ui, strings)) : [strings.t('matchNoInterests')]),
    ...event.relevance.reasons,
  ];
  return (
    <details class="why">
      <summary>{strings.t('whyShown')}</summary>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
