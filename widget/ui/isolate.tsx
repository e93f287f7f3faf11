/** A label with its file names ('.ics') kept left to right inside right-to-left text. */
export function withIsolatedCodes(label: string) {
  // One span: the menu item is a flex box, which would drop the spaces between separate runs.
  const parts = label.replace(/\u200e/g, '').split(/(\.ics)\b/);
  return <span>{parts.map((part, i) => (i % 2 ? <bdi dir="ltr" key={i}>{part}</bdi> : part))}</span>;
}

