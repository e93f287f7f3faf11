/**
 * Saves text as a file through a Blob and an object URL on an <a download>: no server round
 * trip, no data: URL (which a strict CSP may block), and the URL is released afterwards.
 */
export function downloadText(parent: ParentNode & Node, filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A safe file name from an event title: letters, digits and dashes, at most 60 characters. */
export function fileNameFor(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${base || 'event'}.ics`;
}
