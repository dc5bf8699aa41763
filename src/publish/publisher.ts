// One publish: build the whole site into a fresh directory, check it, switch `current` to it,
// run the post-switch command, prune old builds. Anything that fails before the switch leaves
// the live site as it was, and the failure is recorded with its reason and the documents named.
import { access, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BuildReport, DocumentRef } from '../lib/build-report-shape.ts';
import { checkBuild } from './check.ts';
import { shellQuote, type PublishConfig } from './config.ts';
import { documentsNamed, failureSummary } from './failure.ts';
import { reapRecordedBuild, runCommand, type CommandRunner } from './processes.ts';
import { buildListing, liveBuildId, newBuildId, prepareLayout, promote, prune, siteLayout, switchTo } from './releases.ts';
import { EMPTY_RECORD, loadRecord, saveRecord, type PublishRecord } from './status.ts';

export type PublishOutcome = { published: true; buildId: string } | { published: false; buildId: string; reason: string; documents: DocumentRef[] };

export type Publisher = {
  init(): Promise<void>;
  publish(): Promise<PublishOutcome>;
  record(): PublishRecord;
};

export function createPublisher(config: PublishConfig, deps: { run?: CommandRunner; now?: () => Date; log?: (line: string) => void } = {}): Publisher {
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
      // A build a killed worker left running would go on writing into staging/ and loading the machine.
      const reaped = await reapRecordedBuild(layout.runningFile);
      if (reaped) log(`[publish] stopped the build a previous worker left running: ${reaped}`);
      const interrupted = await prepareLayout(layout);
      if (interrupted.length) log(`[publish] removed interrupted builds: ${interrupted.join(', ')}`);
      record = await loadRecord(layout.statusFile);
    },

    record: () => record,

    async publish() {
      const started = now();
      const buildId = newBuildId(started);
      const dir = join(layout.staging, buildId);
      const reportFile = join(layout.reports, `${buildId}.json`);
      const logFile = join(layout.logs, `${buildId}.log`);
      log(`[publish] build ${buildId} started`);

      const result = await run(`${config.buildCommand} --outDir ${shellQuote(dir)}`, {
        env: { ...process.env, BUILD_REPORT_FILE: reportFile },
        logFile,
        timeoutMs: config.buildTimeoutMs,
        record: { file: layout.runningFile, marker: dir },
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
      if (result.exitCode !== 0) {
        const summary = failureSummary(result.tail);
        // Content was read (the report lists it) and a later step failed: name what its error names.
        const documents = report ? documentsNamed(summary, report, dir) : [];
        return fail(buildId, dir, `The build failed (exit code ${result.exitCode}): ${summary} (log: ${logName})`, documents);
      }
      if (!report) return fail(buildId, dir, `The build wrote no build report; is the build command one that runs this project's build? (log: ${logName})`, []);

      const live = await liveBuildId(layout);
      const liveListing = live ? await buildListing(layout, live) : null;
      if (live && !liveListing) log(`[publish] build ${buildId}: the live build ${live} has no report, so nothing is compared with it for the unpublish guard`);
      // An operator's permission to unpublish much at once is for one build: this one takes it.
      const allowed = await access(layout.allowUnpublishFile).then(
        () => true,
        () => false,
      );
      if (allowed) {
        await rm(layout.allowUnpublishFile, { force: true });
        log(`[publish] build ${buildId}: ${layout.allowUnpublishFile} was present and is used up: this build may unpublish any amount`);
      }
      const check = await checkBuild({ dir, listing: report, unpublish: { live: liveListing, minKeptRatio: config.minKeptRatio, allowed } });
      if (!check.ok) return fail(buildId, dir, check.reason, check.documents);
      log(`[publish] build ${buildId}: checks done after ${since()}`);

      await promote(layout, buildId);
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
