// The site on disk. A build is written into PUBLISH_ROOT/staging/<id>/ and moved to
// PUBLISH_ROOT/builds/<id>/ only once it has passed the checks, so builds/ holds nothing but
// complete, checked builds: every one is a safe rollback target, and a build interrupted by a
// crash or a kill stays in staging/, which the next start empties. PUBLISH_ROOT/current is a
// symlink to the live build, and the web server serves `current`. A switch makes a new symlink
// and renames it over `current`: rename() replaces it in one step, so every request sees either
// the whole old site or the whole new one. Private files (reports, logs, status) live next to
// them, outside anything served.
import { lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { BuildListing, BuildReport } from '../lib/build-report-shape.ts';

export type SiteLayout = {
  root: string;
  staging: string;
  builds: string;
  current: string;
  reports: string;
  logs: string;
  statusFile: string;
  /** The running build's process group, so a worker started after a crash can stop it. */
  runningFile: string;
  /** Present: an operator allows the next build to unpublish any amount (the check takes it away). */
  allowUnpublishFile: string;
};

export function siteLayout(root: string): SiteLayout {
  return {
    root,
    staging: join(root, 'staging'),
    builds: join(root, 'builds'),
    current: join(root, 'current'),
    reports: join(root, 'reports'),
    logs: join(root, 'logs'),
    statusFile: join(root, 'status.json'),
    runningFile: join(root, 'running-build.json'),
    allowUnpublishFile: join(root, 'allow-unpublish'),
  };
}

/** Creates the layout; returns the ids of interrupted builds it removed from staging/. */
export async function prepareLayout(layout: SiteLayout): Promise<string[]> {
  for (const dir of [layout.root, layout.staging, layout.builds, layout.reports, layout.logs]) await mkdir(dir, { recursive: true });
  const current = await lstat(layout.current).catch(() => null);
  if (current && !current.isSymbolicLink()) {
    throw new Error(`${layout.current} exists and is not a symlink. Move it away: the worker publishes by pointing this symlink at a build in ${layout.builds}.`);
  }
  const interrupted = await readdir(layout.staging);
  for (const id of interrupted) await rm(join(layout.staging, id), { recursive: true, force: true });
  return interrupted;
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

/** What a build published, from its report; null when it has no readable report or the report is an error's. */
export async function buildListing(layout: SiteLayout, id: string): Promise<BuildListing | null> {
  try {
    const report = JSON.parse(await readFile(join(layout.reports, `${id}.json`), 'utf8')) as BuildReport;
    return 'error' in report ? null : report;
  } catch {
    return null;
  }
}

/** Moves a checked build from staging/ to builds/ (one rename: the same file system). */
export async function promote(layout: SiteLayout, id: string): Promise<void> {
  await rename(join(layout.staging, id), join(layout.builds, id));
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
    const files = (await readdir(dir))
      .filter((file) => file.endsWith(suffix))
      .sort()
      .reverse();
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
