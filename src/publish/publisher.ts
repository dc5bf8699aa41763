// One publish: build the whole site into a fresh directory, check it, switch `current` to it,
// run the post-switch command, prune old builds. Anything that fails before the switch leaves
// the live site as it was, and the failure is recorded with its reason and the documents named.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BuildReport, DocumentRef } from '../data/build-report.ts';
import { checkBuild, countPages } from './check.ts';
import type { PublishConfig } from './config.ts';
import { liveBuildId, newBuildId, prepareLayout, prune, siteLayout, switchTo } from './releases.ts';
import { EMPTY_RECORD, loadRecord, saveRecord, type PublishRecord } from './status.ts';

export type CommandResult = { exitCode: number | null; timedOut: boolean; tail: string; stopped?: boolean };
/** Runs a shell command, appending its output to `logFile`. */
export type CommandRunner = (command: string, options: { env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number }) => Promise<CommandResult>;

const TAIL_BYTES = 16_384;
const running = new Set<ChildProcess>();
const stoppedByWorker = new WeakSet<ChildProcess>();

export const runCommand = (cwd: string): CommandRunner => (command, options) =>
  new Promise((resolve) => {
    const log = createWriteStream(options.logFile, { flags: 'a' });
    log.write(`$ ${command}\n`);
    // Its own process group, so a timeout stops the build's children (Astro, Pagefind) too.
    const child = spawn('/bin/sh', ['-c', command], { cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let tail = '';
    const keep = (chunk: Buffer) => {
      log.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, options.timeoutMs);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      running.delete(child);
      log.end(() => resolve({ exitCode, timedOut, tail, stopped: stoppedByWorker.has(child) }));
    });
    child.on('error', (error) => keep(Buffer.from(`${error.message}\n`)));
  });

function stopGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Stops running builds (the worker is shutting down). */
export function stopRunningCommands(): void {
  for (const child of running) {
    stoppedByWorker.add(child);
    stopGroup(child);
  }
}

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** The lines of a build log that say what went wrong, short enough for the status. */
export function failureSummary(tail: string): string {
  // Terminal colour codes would make the status unreadable.
  const lines = tail.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((line) => line.trim()).filter(Boolean);
  const errors = lines.filter((line) => /error|failed|cannot|not found/i.test(line));
  const picked = (errors.length ? errors : lines).slice(-4).join(' ');
  return picked.length > 600 ? `${picked.slice(0, 600)}…` : picked;
}

export type PublishOutcome = { published: true; buildId: string } | { published: false; buildId: string; reason: string; documents: DocumentRef[] };

export type Publisher = {
  init(): Promise<void>;
  publish(): Promise<PublishOutcome>;
  record(): PublishRecord;
};

export function createPublisher(
  config: PublishConfig,
  deps: { run?: CommandRunner; now?: () => Date; log?: (line: string) => void } = {},
): Publisher {
  const run = deps.run ?? runCommand(config.projectDir);
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((line: string) => console.log(line));
  const layout = siteLayout(config.root);
  let record: PublishRecord = EMPTY_RECORD;

  const save = async (next: PublishRecord) => {
    record = next;
    await saveRecord(layout.statusFile, record);
  };

  async function fail(buildId: string, dir: string, reason: string, documents: DocumentRef[]): Promise<PublishOutcome> {
    await rm(dir, { recursive: true, force: true });
    await save({ ...record, lastFailure: { at: now().toISOString(), reason, documents } });
    log(`[publish] build ${buildId} not published: ${reason}${documents.length ? ` (${documents.map((doc) => `${doc.documentId}.${doc.field}`).join(', ')})` : ''}`);
    return { published: false, buildId, reason, documents };
  }

  return {
    async init() {
      await prepareLayout(layout);
      record = await loadRecord(layout.statusFile);
    },

    record: () => record,

    async publish() {
      const started = now();
      const buildId = newBuildId(started);
      const dir = join(layout.builds, buildId);
      const reportFile = join(layout.reports, `${buildId}.json`);
      const logFile = join(layout.logs, `${buildId}.log`);
      log(`[publish] build ${buildId} started`);

      const result = await run(`${config.buildCommand} --outDir ${shellQuote(dir)}`, {
        env: { ...process.env, BUILD_REPORT_FILE: reportFile },
        logFile,
        timeoutMs: config.buildTimeoutMs,
      });
      const report = await readFile(reportFile, 'utf8').then(
        (text) => JSON.parse(text) as BuildReport,
        () => null,
      );
      const logName = relative(layout.root, logFile);
      const since = () => `${now().getTime() - started.getTime()} ms`;
      log(`[publish] build ${buildId}: build command done after ${since()}`);

      if (report && 'error' in report) return fail(buildId, dir, report.error.message, report.error.documents);
      if (result.stopped) return fail(buildId, dir, 'The build was stopped: the worker was shutting down. It builds again when it starts.', []);
      if (result.timedOut) return fail(buildId, dir, `The build took longer than ${config.buildTimeoutMs / 1000} s and was stopped (log: ${logName}).`, []);
      if (result.exitCode !== 0) return fail(buildId, dir, `The build failed (exit code ${result.exitCode}): ${failureSummary(result.tail)} (log: ${logName})`, []);
      if (!report) return fail(buildId, dir, `The build wrote no build report; is the build command one that runs this project's build? (log: ${logName})`, []);

      const live = await liveBuildId(layout);
      // The live build's page count as this worker recorded it when it checked that build; counted
      // afresh only when the live site is not the one recorded (switched by hand, record lost).
      const recorded = live && record.buildId === live ? record.lastSuccess?.pageCount : undefined;
      const livePageCount = recorded ?? (live ? await countPages(join(layout.builds, live)).catch(() => null) : null);
      const check = await checkBuild({ dir, listing: report, livePageCount, minPageRatio: config.minPageRatio });
      if (!check.ok) return fail(buildId, dir, check.reason, check.documents);
      log(`[publish] build ${buildId}: checks done after ${since()}`);

      await switchTo(layout, buildId);
      const finished = now();
      await save({
        ...record,
        buildId,
        lastSuccess: { startedAt: started.toISOString(), finishedAt: finished.toISOString(), durationMs: finished.getTime() - started.getTime(), pageCount: check.pageCount },
        warnings: report.warnings,
        articles: report.articles,
      });
      log(`[publish] build ${buildId} is live: ${check.pageCount} pages in ${finished.getTime() - started.getTime()} ms`);

      if (config.afterSwitchCommand) {
        const after = await run(config.afterSwitchCommand, { env: process.env, logFile, timeoutMs: 60_000 });
        if (after.exitCode !== 0) {
          const reason = `Build ${buildId} is live, but the post-switch command failed (exit code ${after.exitCode}): ${failureSummary(after.tail)} (log: ${logName})`;
          await save({ ...record, lastFailure: { at: now().toISOString(), reason, documents: [] } });
          log(`[publish] ${reason}`);
        }
      }
      const removed = await prune(layout, config.keepBuilds);
      if (removed.length) log(`[publish] removed old builds: ${removed.join(', ')}`);
      return { published: true, buildId };
    },
  };
}
