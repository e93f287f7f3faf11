/**
 * A JSON-LD source: a JSON-LD document, or a page read without a DOM for its
 * `<script type="application/ld+json">` blocks.
 */
import { ParseError } from '../model/errors.ts';
import type { FinishContext } from './finish.ts';
import { runSteps, runStepsPaused } from '../model/read-feed.ts';
import { eventsFromJsonLd, eventsFromJsonLdBlocksSteps, jsonLdBlocks, readJsonLdText, unwrapJsonLd } from './jsonld.ts';
import type { ParsedSource, SourceContext } from './types.ts';

/**
 * Events from JSON-LD text or from the JSON-LD blocks of an HTML text.
 * @throws ParseError when a JSON-LD document is not JSON.
 * @example jsonLdSource('{"@type":"Event","name":"Atelier","startDate":"2026-12-01"}', { now: new Date('2026-11-22') })
 */
export function jsonLdSource(text: string, ctx: SourceContext): ParsedSource {
  return runSteps(jsonLdSourceSteps(text, ctx));
}

/**
 * jsonLdSource for a page: calls `pause` between blocks and waits when it returns a promise, so
 * a page of 20,000 blocks is many short tasks.
 * @example await readJsonLdSource(html, { now: new Date() }, framePause())
 */
export function readJsonLdSource(text: string, ctx: SourceContext, pause: () => Promise<void> | undefined): Promise<ParsedSource> {
  return runStepsPaused(jsonLdSourceSteps(text, ctx), pause);
}

function* jsonLdSourceSteps(text: string, ctx: SourceContext): Generator<void, ParsedSource> {
  const warnings: string[] = [];
  const finish: FinishContext = { format: 'jsonld', warnings };
  if (ctx.sourceUrl) finish.sourceUrl = ctx.sourceUrl;
  if (ctx.sourceName) finish.sourceName = ctx.sourceName;
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return { format: 'jsonld', events: eventsFromJsonLd(readJsonLdText(trimmed), finish), warnings };
  }
  const blocks = jsonLdBlocks(text);
  if (blocks.length === 0 && !/<[a-z!]/i.test(trimmed)) throw new ParseError('jsonld', 'Not JSON-LD: neither JSON nor a page with JSON-LD');
  yield;
  return { format: 'jsonld', events: yield* eventsFromJsonLdBlocksSteps(blocks, (block) => readJsonLdText(unwrapJsonLd(block)), finish), warnings };
}
