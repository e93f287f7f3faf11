/**
 * The `inclusio` command line. Every failure is one clear line on stderr and a non-zero
 * exit; `--debug` adds the stack for bug reports.
 */
import { resolve } from 'node:path';
import { createHttpClient } from '../http/client.ts';
import { InclusioError, UsageError, ValidationError, describeError } from '../model/errors.ts';
import { parseArgs } from './args.ts';
import { buildFeed } from './build.ts';
import { runExtract } from './extract.ts';
import { validateFile } from './validate.ts';

export const USAGE = `Usage:
  inclusio build SOURCES.json --out DIR     read every source, write DIR/feed.json, feed.ics, topics/*.ics
  inclusio extract FILE|URL [--published YYYY-MM-DD] [--lang xx]
                                            print the events a page or text announces, as JSON
  inclusio validate FILE                    check a feed.json or an .ics file
Options: --debug (show stack traces), --help`;

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
  const args = parseArgs(argv, ['out', 'published', 'lang'], ['debug', 'help']);
  const [command, target, ...rest] = args.positionals;
  if (args.flags.has('help') || command === undefined || command === 'help') {
    io.out(`${USAGE}\n`);
    return command === undefined && !args.flags.has('help') ? 2 : 0;
  }
  if (rest.length > 0) throw new UsageError(`Unexpected argument '${rest[0]}'`);
  const client = createHttpClient();
  switch (command) {
    case 'build': {
      if (!target) throw new UsageError('build needs a SOURCES.json file');
      const out = args.options.get('out');
      if (!out) throw new UsageError('build needs --out DIR');
      const report = await buildFeed({ sourcesPath: target, cwd: io.cwd, outDir: resolve(io.cwd, out), client, now: io.now(), log: (l) => io.err(`${l}\n`) });
      if (!report.written) {
        io.err(`No source could be read; ${out} was left as it was.\n`);
        return 1;
      }
      io.err(`Wrote ${report.events} events to ${out} (feed.json, feed.ics, topics/).\n`);
      if (report.failed.length > 0) {
        io.err(`${report.failed.length} source(s) failed:\n`);
        for (const f of report.failed) io.err(`  ${f.source}: ${f.reason}${f.kept ? ` (kept ${f.kept} earlier events)` : ''}\n`);
        return 1;
      }
      return 0;
    }
    case 'extract': {
      if (!target) throw new UsageError('extract needs a FILE or URL');
      const published = args.options.get('published');
      const lang = args.options.get('lang');
      const result = await runExtract({
        ref: target,
        cwd: io.cwd,
        client,
        now: io.now(),
        ...(published ? { published } : {}),
        ...(lang ? { lang } : {}),
      });
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    case 'validate': {
      if (!target) throw new UsageError('validate needs a FILE');
      const report = await validateFile(target, io.cwd);
      if (report.problems.length === 0) {
        io.out(`${target}: valid ${report.kind === 'ics' ? 'iCalendar' : 'feed v1'} (${report.count} events)\n`);
        return 0;
      }
      // Which problems lose something: readers skip an event or the whole feed, or only drop a field.
      const effect = { feed: ' [fatal: the feed cannot be read]', event: ' [fatal: this event is skipped]', field: ' [warning: ignored, the event is kept]' } as const;
      for (const p of report.problems) io.out(`${target}: ${p.path}: ${p.message}${p.effect ? effect[p.effect] : ''}\n`);
      io.err(`${report.problems.length} problem(s) found.\n`);
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
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
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
