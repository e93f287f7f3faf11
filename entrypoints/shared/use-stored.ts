/**
 * A Preact hook for a storage item: its current value, kept up to date when any page or the
 * background changes it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from '#imports';

export function useStored<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
