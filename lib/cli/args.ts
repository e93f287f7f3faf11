/** A small argv reader: positionals, `--name value` options and boolean flags. */
import { UsageError } from '../model/errors.ts';

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/**
 * @param valued the options that take a value (without dashes), e.g. ['out', 'published']
 * @param booleans the flags that take none, e.g. ['debug']
 * @example parseArgs(['build', 's.json', '--out', 'dist'], ['out'], ['debug'])
 */
export function parseArgs(argv: string[], valued: string[], booleans: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.includes(name)) {
      parsed.flags.add(name);
    } else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      parsed.options.set(name, value);
    } else {
      throw new UsageError(`Unknown option --${name}`);
    }
  }
  return parsed;
}
