export interface SplitLabel {
  language: string;
  relevant: boolean;
  events: unknown[];
}
export function isControl(label: SplitLabel): boolean;
export function stratumOf(label: SplitLabel): string;
export function splitFor(stratum: string, k: number): 'tune' | 'heldout';
export function expectedSplits(labels: SplitLabel[]): ('tune' | 'heldout')[];
export function textSha1(text: string): string;
