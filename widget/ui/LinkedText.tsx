/** Plain text with its http(s) addresses made clickable; paragraphs kept. Never parses HTML. */
import { linkify } from './linkify.ts';

export function LinkedText(props: { text: string; newTabLabel: string }) {
  const paragraphs = props.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <div class="description">
      {paragraphs.map((p, i) => (
        <p key={i} dir="auto">
          {linkify(p).map((part, j) =>
            'href' in part ? (
              <a key={j} href={part.href} target="_blank" rel="noopener noreferrer nofollow" part="link">
                {part.text}
                <span class="sr-only"> {props.newTabLabel}</span>
              </a>
            ) : (
              part.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
