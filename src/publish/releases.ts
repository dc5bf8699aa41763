// The site on disk: PUBLISH_ROOT/builds/<id>/ holds complete builds, PUBLISH_ROOT/current is a
// symlink to the live one, and the web server serves `current`. A switch makes a new symlink and
// renames it over `current`: rename() replaces it in one step, so every request sees either the
// whole old site or the whole new one. Private files (reports, logs, status) live next to them,
// outside anything served.
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';

export type SiteLayout = { root: string; builds: string; current: string; reports: string; logs: string; statusFile: string };

export function siteLayout(root: string): SiteLayout {
  return {
    root,
    builds: join(root, 'builds'),
    current: join(root, 'current'),
    reports: join(root, 'reports'),
    logs: join(root, 'logs'),
    statusFile: join(root, 'status.json'),
  };
}

export async function prepareLayout(layout: SiteLayout): Promise<void> {
  for (const dir of [layout.root, layout.builds, layout.reports, layout.logs]) await mkdir(dir, { recursive: true });
  const current = await lstat(layout.current).catch(() => null);
  if (current && !current.isSymbolicLink()) {
    throw new Error(`${layout.current} exists and is not a symlink. Move it away: the worker publishes by pointing this symlink at a build in ${layout.builds}.`);
  }
}

/** Build ids sort by time: a UTC timestamp, made unique within the process. */
let lastId = '';
export function newBuildId(now = new Date()): string {
  let id = now.toISOString().replace(/[:.]/g, '-');
  if (id <= lastId) id = `${lastId}-1`;
  lastId = id;
  return id;
}

/** The id of the live build, or null when nothing is published yet. */
export async function liveBuildId(layout: SiteLayout): Promise<string | null> {
  try {
    return basename(await readlink(layout.current));
  } catch {
    return null;
  }
}

/** Points `current` at builds/<id> in one rename, so no request sees a half-switched site. */
export async function switchTo(layout: SiteLayout, id: string): Promise<void> {
  const staged = join(layout.root, `.current-${id}`);
  await rm(staged, { force: true });
  // Relative, so the root can be moved or mounted elsewhere (a container) and stay valid.
  await symlink(relative(layout.root, join(layout.builds, id)), staged);
  await rename(staged, layout.current);
}

/**
 * Removes all but the newest `keep` builds (never the live one), and reports and logs of builds
 * that no longer exist, keeping the logs of the `keep` newest failures to read.
 */
export async function prune(layout: SiteLayout, keep: number): Promise<string[]> {
  const live = await liveBuildId(layout);
  const builds = (await readdir(layout.builds)).sort().reverse();
  const kept = new Set(builds.slice(0, keep));
  if (live) kept.add(live);
  const removed = builds.filter((id) => !kept.has(id));
  for (const id of removed) await rm(join(layout.builds, id), { recursive: true, force: true });

  const keepPrivate = async (dir: string, suffix: string) => {
    const files = (await readdir(dir)).filter((file) => file.endsWith(suffix)).sort().reverse();
    let failures = 0;
    for (const file of files) {
      const id = file.slice(0, -suffix.length);
      if (kept.has(id)) continue;
      if (!builds.includes(id) && failures++ < keep) continue;
      await rm(join(dir, file), { force: true });
    }
  };
  await keepPrivate(layout.reports, '.json');
  await keepPrivate(layout.logs, '.log');
  return removed;
}
