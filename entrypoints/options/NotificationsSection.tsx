/** New-event notifications (instant or daily digest), quiet hours and reminder times; saved as they change. */
import { useRef, useState } from 'preact/hooks';
import { SaveStatus, useSaveStatus } from './SaveStatus.tsx';
import type { Strings, StringKey } from '../shared/i18n.ts';
import { DAY_MINUTES, type NotificationSettings } from '../shared/types.ts';

const REMINDER_CHOICES: Array<[number, StringKey]> = [
  [7 * DAY_MINUTES, 'reminderWeek'],
  [DAY_MINUTES, 'reminderDay'],
  [60, 'reminderHour'],
  [15, 'reminder15'],
];

export interface NotificationsSectionProps {
  strings: Strings;
  notifications: NotificationSettings;
  onSave: (notifications: NotificationSettings) => Promise<void>;
}

export function NotificationsSection({ strings, notifications, onSave }: NotificationsSectionProps) {
  const { t } = strings;
  const [draft, setDraft] = useState<NotificationSettings>(notifications);
  const latest = useRef(draft);
  const status = useSaveStatus(strings);
  const set = (patch: Partial<NotificationSettings>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setDraft(next);
    status.track(onSave(next));
  };
  const setQuiet = (patch: Partial<NotificationSettings['quietHours']>) => set({ quietHours: { ...latest.current.quietHours, ...patch } });

  return (
    <section id="notifications" class="card" aria-labelledby="notifications-heading">
        <h2 id="notifications-heading">{t('notificationsHeading')}</h2>
        <label class="row">
          <input type="checkbox" name="notify" checked={draft.enabled} onChange={(e) => set({ enabled: e.currentTarget.checked })} /> <span id="notify-label">{t('notifyEnabled')}</span>
        </label>
        {/* The two ways of being told, one group a screen reader names as it enters it. */}
        <div class="row" role="radiogroup" aria-labelledby="notify-label">
          <label>
            <input type="radio" name="mode" value="instant" checked={draft.mode === 'instant'} onChange={() => set({ mode: 'instant' })} /> {t('modeInstant')}
          </label>
          <label>
            <input type="radio" name="mode" value="digest" checked={draft.mode === 'digest'} onChange={() => set({ mode: 'digest' })} /> {t('modeDigest')}
          </label>
          <input type="time" name="digest-time" aria-label={t('modeDigest')} value={draft.digestTime} onChange={(e) => e.currentTarget.value && set({ digestTime: e.currentTarget.value })} />
        </div>
        <div class="row">
          <label>
            <input type="checkbox" name="quiet" checked={draft.quietHours.enabled} onChange={(e) => setQuiet({ enabled: e.currentTarget.checked })} /> {t('quietHours')}
          </label>
          <input type="time" name="quiet-start" aria-label={t('quietFrom')} value={draft.quietHours.start} onChange={(e) => e.currentTarget.value && setQuiet({ start: e.currentTarget.value })} />
          <span>{t('quietTo')}</span>
          <input type="time" name="quiet-end" aria-label={t('quietUntil')} value={draft.quietHours.end} onChange={(e) => e.currentTarget.value && setQuiet({ end: e.currentTarget.value })} />
        </div>
        <fieldset>
          <legend>{t('remindersLabel')}</legend>
          <div class="checks">
            {REMINDER_CHOICES.map(([minutes, key]) => (
              <label key={minutes}>
                <input
                  type="checkbox"
                  name="reminder"
                  value={minutes}
                  checked={draft.reminderOffsets.includes(minutes)}
                  onChange={(e) =>
                    set({
                      reminderOffsets: e.currentTarget.checked
                        ? [...latest.current.reminderOffsets, minutes].sort((a, b) => b - a)
                        : latest.current.reminderOffsets.filter((m) => m !== minutes),
                    })
                  }
                />{' '}
                {t(key)}
              </label>
            ))}
          </div>
        </fieldset>
        <label class="row">
          <input type="checkbox" name="deadlines" checked={draft.deadlineReminders} onChange={(e) => set({ deadlineReminders: e.currentTarget.checked })} /> {t('deadlineReminders')}
        </label>
        <SaveStatus status={status} />
    </section>
  );
}
