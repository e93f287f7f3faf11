/** Why an event is in the list: which interests it matched and, in the user's language, why it is about inclusion. */
import { useEffect, useState } from 'preact/hooks';
import type { InclusionEvent } from '../../lib/model/event.ts';
import { countryName, languageName, type Ui } from '../../widget/ui/context.ts';
import type { Strings } from '../shared/i18n.ts';
import type { InterestMatch, InterestScore } from '../shared/interests.ts';
import { eventReasonText, relevanceText } from '../shared/reasons.ts';

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
  const [open, setOpen] = useState(false);
  return (
    <details class="why" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{strings.t('whyShown')}</summary>
      {/* Rendered only when opened: reasons of events from older feeds are worked out on demand. */}
      {open && <WhyLines ui={ui} strings={strings} event={event} score={score} />}
    </details>
  );
}

function WhyLines({ ui, strings, event, score }: { ui: Ui; strings: Strings; event: InclusionEvent; score: InterestScore }) {
  const [reason, setReason] = useState(() => relevanceText(ui.messages, event.relevance));
  useEffect(() => {
    if (!reason) void eventReasonText(ui.messages, event).then(setReason, () => undefined);
  }, [event.id]);
  const lines = [...(score.matches.length ? score.matches.map((m) => matchText(m, ui, strings)) : [strings.t('matchNoInterests')]), ...(reason ? [reason] : [])];
  return (
    <ul>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
