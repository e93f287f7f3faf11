/**
 * The `inclusio` command line. Every failure is one clear line on stderr and a non-zero
 * exit; `--debug` adds the stack for bug reports.
 */
import { countOf } from './count.ts';
import { resolve } from 'node:path';
import { createHttpClient } from '../http/client.ts';
import { InclusioError, UsageError, ValidationError, describeError } from '../model/errors.ts';
import { readArgs } from './args.ts';
import { forTerminal } from './terminal.ts';

export const USAGE = `Usage:
  inclusio build SOURCES.json --out DIR     read every source, write DIR/feed.json, feed.ics, topics/*.ics
  inclusio extract FILE|URL [--published YYYY-MM-DD] [--lang xx] [--url URL]
                                            print the events a page or text announces, as JSON;
                                            --url is where the page was published (links, ids)
  inclusio validate FILE                    check a feed.json or an .ics file
Options: --debug (show stack traces), --help`;

const MAX_PROBLEMS = 200;

/** Everything written goes through forTerminal: no text from a feed can drive the terminal. */
function safeIo(io: CliIo): CliIo {
  return { ...io, out: (t) => io.out(forTerminal(t)), err: (t) => io.err(forTerminal(t)) };
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  now: () => Date;
}

const defaultIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  now: () => new Date(),
};

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const args = readArgs(argv);
  const [command, target, ...rest] = args.positionals;
  if (args.values.help || command === undefined || command === 'help') {
    io.out(`${USAGE}\n`);
    return command === undefined && !args.values.help ? 2 : 0;
  }
  if (rest.length > 0) throw new UsageError(`Unexpected argument '${rest[0]}'`);
  const client = createHttpClient();
  switch (command) {
    case 'build': {
      if (!target) throw new UsageError('build needs a SOURCES.json file');
      const out = args.values.out;
      if (!out) throw new UsageError('build needs --out DIR');
      // Each command loads only what it needs: the build never loads the extractor (chrono, linkedom).
      const { buildFeed } = await import('./build.ts');
      const report = await buildFeed({ sourcesPath: target, cwd: io.cwd, outDir: resolve(io.cwd, out), client, now: io.now(), log: (l) => io.err(`${l}\n`) });
      if (!report.written) {
        io.err(`No source could be read; ${out} was left as it was.\n`);
        return 1;
      }
      const unchanged = report.unchanged ? `; ${report.unchanged} of ${countOf(report.sources, 'source')} unchanged since the last build` : '';
      if (report.untouched) io.err(`Nothing changed since the last build: ${out} was left as it was (${countOf(report.events, 'event')}).\n`);
      else io.err(`Wrote ${countOf(report.events, 'event')} to ${out} (feed.json, feed.ics, topics/)${unchanged}.\n`);
      if (report.failed.length > 0) {
        io.err(`${countOf(report.failed.length, 'source')} failed:\n`);
        for (const f of report.failed) io.err(`  ${f.source}: ${f.reason}${f.kept ? ` (kept ${countOf(f.kept, 'earlier event')})` : ''}\n`);
        return 1;
      }
      return 0;
    }
    case 'extract': {
      if (!target) throw new UsageError('extract needs a FILE or URL');
      const { published, lang, url } = args.values;
      const { runExtract } = await import('./extract.ts');
      const result = await runExtract({
        ref: target,
        cwd: io.cwd,
        client,
        now: io.now(),
        ...(published ? { published } : {}),
        ...(lang ? { lang } : {}),
        ...(url ? { url } : {}),
      });
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    case 'validate': {
      if (!target) throw new UsageError('validate needs a FILE');
      const { validateFile } = await import('./validate.ts');
      const report = await validateFile(target, io.cwd);
      if (report.problems.length === 0) {
        io.out(`${target}: valid ${report.kind === 'ics' ? 'iCalendar' : 'feed v1'} (${countOf(report.count, 'event')})\n`);
        return 0;
      }
      // Which problems lose something: readers skip an event or the whole feed, or only drop a field.
      const effect = { feed: ' [fatal: the feed cannot be read]', event: ' [fatal: this event is skipped]', field: ' [warning: ignored, the event is kept]' } as const;
      // A broken file can have a problem per line: the first ones say enough.
      for (const p of report.problems.slice(0, MAX_PROBLEMS)) io.out(`${target}: ${p.path}: ${p.message}${p.effect ? effect[p.effect] : ''}\n`);
      if (report.problems.length > MAX_PROBLEMS) io.out(`${target}: … and ${report.problems.length - MAX_PROBLEMS} more\n`);
      io.err(`${countOf(report.problems.length, 'problem')} found.\n`);
      return 1;
    }
    default:
      throw new UsageError(`Unknown command '${command}'`);
  }
}

/**
 * Runs the CLI and returns the exit code (0 ok, 1 failure, 2 usage).
 * @example process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: string[], rawIo: CliIo = defaultIo): Promise<number> {
  const io = safeIo(rawIo);
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (argv.includes('--debug') && error instanceof Error) io.err(`${error.stack}\n`);
    if (error instanceof UsageError) {
      io.err(`inclusio: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof ValidationError) {
      io.err(`inclusio: ${error.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}\n`);
      return 1;
    }
    const prefix = error instanceof InclusioError ? '' : 'unexpected error: ';
    io.err(`inclusio: ${prefix}${describeError(error)}${prefix && !argv.includes('--debug') ? ' (run with --debug for details)' : ''}\n`);
    return 1;
  }
}
