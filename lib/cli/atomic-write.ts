/**
 * Writes a set of files so that readers never see a half-written one and a failed run
 * leaves the previous files whole: everything goes to a staging folder beside the output
 * first, and only when all of it is written is each file renamed into place (a rename
 * within one file system is atomic).
 */
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * @param outDir the folder to publish into (created when missing)
 * @param files relative path -> content
 * @param prune relative folders whose files not in `files` are removed after the swap (e.g. 'topics')
 * @example await writeFilesAtomically('public/feed', { 'feed.json': json, 'feed.ics': ics }, ['topics']);
 */
export async function writeFilesAtomically(outDir: string, files: Record<string, string>, prune: string[] = []): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(join(outDir, '.inclusio-staging-'));
  try {
    for (const [rel, content] of Object.entries(files)) {
      const path = join(staging, rel);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, 'utf8');
    }
    for (const rel of Object.keys(files)) {
      const target = join(outDir, rel);
      await mkdir(dirname(target), { recursive: true });
      await rename(join(staging, rel), target);
    }
    for (const folder of prune) {
      const keep = new Set(Object.keys(files).filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1)));
      const present = await readdir(join(outDir, folder)).catch(() => [] as string[]);
      for (const name of present) if (!keep.has(name)) await rm(join(outDir, folder, name), { force: true });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
