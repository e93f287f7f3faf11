/**
 * Writes a set of files so that readers never see a half-written one and a failed run
 * leaves the previous files whole: everything goes to a staging folder beside the output
 * first, and only when all of it is written is each file renamed into place (a rename
 * within one file system is atomic).
 *
 * Inside the output folder nothing is followed: a symlink where a file or a folder of ours
 * belongs is replaced, never written through, and pruning only ever removes entries of the
 * folder itself. Staging folders left by an interrupted run are removed by the next one.
 */
import { lstat, mkdir, mkdtemp, open, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

const STAGING_PREFIX = '.inclusio-staging-';
/** A staging folder whose process cannot be checked (another machine, an older name) is stale after this. */
const STALE_MS = 60 * 60 * 1000;

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Removes the staging folders of earlier runs that are no longer running. */
export async function removeStaleStaging(outDir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  const names = await readdir(outDir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const path = join(outDir, name);
    const info = await lstat(path).catch(() => undefined);
    if (!info) continue;
    const pid = Number(/^\.inclusio-staging-(\d+)-/.exec(name)?.[1]);
    const stale = info.isSymbolicLink() || !info.isDirectory() || (pid > 0 ? !isAlive(pid) : now - info.mtimeMs > STALE_MS);
    if (!stale) continue;
    await rm(path, { recursive: true, force: true }); // rm removes a symlink itself, not what it points to
    removed.push(name);
  }
  return removed;
}

/**
 * Makes `rel` (a folder path inside outDir) a real folder, replacing any symlink or file on the way.
 */
async function realFolder(outDir: string, rel: string): Promise<void> {
  let path = outDir;
  for (const part of rel.split('/').filter(Boolean)) {
    path = join(path, part);
    const info = await lstat(path).catch(() => undefined);
    if (info?.isDirectory()) continue;
    if (info) await unlink(path); // a symlink (to a folder or not) or a file: replaced, never followed
    await mkdir(path);
  }
}

export type FileContent = string | (() => string | Iterable<string>);

/** Bytes gathered before each write. */
const WRITE_BUFFER = 262_144;

/**
 * Writes a text, or its pieces in order. Pieces are encoded straight into one buffer that is
 * written each time it fills and then used again, so thousands of pieces cost no joined copies
 * (which outlive each write's wait and grow the heap); a piece too big for it is written alone.
 */
async function writeContent(path: string, content: string | Iterable<string>): Promise<void> {
  if (typeof content === 'string') return writeFile(path, content, 'utf8');
  const file = await open(path, 'w');
  try {
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER);
    let used = 0;
    const flush = async () => {
      let at = 0;
      while (at < used) at += (await file.write(buffer, at, used - at)).bytesWritten;
      used = 0;
    };
    for (const piece of content) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit: a piece this size always fits.
      if (piece.length * 3 <= WRITE_BUFFER - used) {
        used += buffer.write(piece, used, 'utf8');
        continue;
      }
      await flush();
      if (piece.length * 3 <= WRITE_BUFFER) used = buffer.write(piece, 0, 'utf8');
      else await file.write(piece, null, 'utf8');
    }
    await flush();
  } finally {
    await file.close();
  }
}

/**
 * @param outDir the folder to publish into (created when missing)
 * @param files relative path -> content, or a function that makes it (as one text or as pieces):
 *   those are called one at a time and each is written before the next is made, so a build
 *   holds one file, or one piece of it, in memory
 * @param prune relative folders whose files not in `files` are removed after the swap (e.g. 'topics')
 * @example await writeFilesAtomically('public/feed', { 'feed.json': json, 'feed.ics': ics }, ['topics']);
 */
export async function writeFilesAtomically(outDir: string, files: Record<string, FileContent>, prune: string[] = []): Promise<void> {
  for (const rel of Object.keys(files)) {
    if (rel.startsWith('/') || rel.split('/').some((p) => p === '..' || p === '' || p.includes(sep === '/' ? '\\' : '/'))) {
      throw new Error(`Refusing to write outside the output folder: ${rel}`);
    }
  }
  await mkdir(outDir, { recursive: true });
  await removeStaleStaging(outDir);
  const staging = await mkdtemp(join(outDir, `${STAGING_PREFIX}${process.pid}-`));
  try {
    for (const [rel, content] of Object.entries(files)) {
      const path = join(staging, rel);
      await mkdir(dirname(path), { recursive: true });
      await writeContent(path, typeof content === 'function' ? content() : content);
    }
    for (const folder of new Set([...Object.keys(files).map((rel) => dirname(rel)), ...prune])) {
      if (folder !== '.') await realFolder(outDir, folder);
    }
    // rename replaces a symlink at the target itself; it never writes through it.
    for (const rel of Object.keys(files)) await rename(join(staging, rel), join(outDir, rel));
    for (const folder of prune) {
      const keep = new Set(Object.keys(files).filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1)));
      const present = await readdir(join(outDir, folder)).catch(() => [] as string[]);
      for (const name of present) if (!keep.has(name)) await rm(join(outDir, folder, name), { force: true }).catch(() => undefined);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
