/** "Saved." or the reason it was not, announced politely after each automatic save. */
import { useRef, useState } from 'preact/hooks';
import type { Strings } from '../shared/i18n.ts';

export interface SaveStatusState {
  text: string;
  ok: boolean;
  track(saving: Promise<unknown>): void;
}

export function useSaveStatus(strings: Strings): SaveStatusState {
  const [state, setState] = useState({ text: '', ok: true });
  const counter = useRef(0);
  return {
    ...state,
    track(saving) {
      const mine = ++counter.current;
      saving.then(
        () => mine === counter.current && setState({ text: strings.t('settingsSaved'), ok: true }),
        (error: unknown) => setState({ text: error instanceof Error ? error.message : String(error), ok: false }),
      );
    },
  };
}

export function SaveStatus({ status }: { status: SaveStatusState }) {
  return (
    <p role="status" class={`save-status ${status.ok ? 'ok' : 'error'}`}>
      {status.text}
    </p>
  );
}
