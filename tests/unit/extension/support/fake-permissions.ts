/**
 * An in-memory `permissions` API for wxt's fake browser (which has none): host patterns are
 * granted by tests or by request(), whose answer the test chooses (a person's click on the prompt).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakePermissions {
  granted: Set<string>;
  /** What the next request() answers; every call is recorded. */
  answer: boolean;
  requests: string[][];
}

export function installFakePermissions(): FakePermissions {
  const state: FakePermissions = { granted: new Set(), answer: true, requests: [] };
  const added = new Set<(p: { origins?: string[] }) => void>();
  const removed = new Set<(p: { origins?: string[] }) => void>();
  const event = (set: Set<(p: { origins?: string[] }) => void>) => ({
    addListener: (fn: (p: { origins?: string[] }) => void) => void set.add(fn),
    removeListener: (fn: (p: { origins?: string[] }) => void) => void set.delete(fn),
    hasListener: (fn: (p: { origins?: string[] }) => void) => set.has(fn),
  });
  Object.assign(fakeBrowser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => state.granted.has(o)),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      state.requests.push(origins);
      if (!state.answer) return false;
      origins.forEach((o) => state.granted.add(o));
      added.forEach((fn) => fn({ origins }));
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((o) => state.granted.delete(o));
      removed.forEach((fn) => fn({ origins }));
      return true;
    },
    onAdded: event(added),
    onRemoved: event(removed),
  });
  return state;
}
