/**
 * The command line's options, read by Node's own `util.parseArgs`; its errors become one
 * short usage line ("Unknown option --colour", "--out needs a value").
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../model/errors.ts';

const OPTIONS = {
  out: { type: 'string' },
  published: { type: 'string' },
  lang: { type: 'string' },
  url: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type OptionName = keyof typeof OPTIONS;

export interface CliArgs {
  positionals: string[];
  values: { out?: string; published?: string; lang?: string; url?: string; debug?: boolean; help?: boolean };
}

function usageError(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-{1,2}[^' <]+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`Unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take/.test(message ?? '') ? new UsageError(`${option} takes no value`) : new UsageError(`${option} needs a value`);
  }
  return new UsageError((message ?? String(error)).split('\n')[0] as string);
}

/**
 * @throws UsageError for an unknown option or a missing value
 * @example readArgs(['build', 's.json', '--out', 'dist']) // { positionals: ['build', 's.json'], values: { out: 'dist' } }
 */
export function readArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(error);
  }
  const values = { ...parsed.values } as CliArgs['values'];
  for (const name of ['out', 'published', 'lang', 'url'] as const) {
    if (values[name] !== undefined && values[name].trim() === '') throw new UsageError(`--${name} needs a value`);
  }
  return { positionals: parsed.positionals, values };
}
