// The commands the worker runs (the build, the post-switch command), each in its own process
// group, so stopping one stops its children too (Astro, Pagefind). The build's group is also
// recorded on disk: a worker killed outright (SIGKILL, a crash, the OOM killer) cannot stop its
// build, so the next worker to start stops it, once it has made sure the group is still that
// build's and not a stranger that took the number over.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';

export type CommandResult = { exitCode: number | null; timedOut: boolean; tail: string; stopped?: boolean };
export type CommandOptions = {
  env: NodeJS.ProcessEnv;
  logFile: string;
  timeoutMs: number;
  /** Records the command's process group here while it runs, with `marker`: text in its processes' command lines. */
  record?: { file: string; marker: string };
};
/** Runs a shell command, appending its output to `logFile`. */
export type CommandRunner = (command: string, options: CommandOptions) => Promise<CommandResult>;

/** The end of a command's output kept for the failure summary: enough for an error and its context. */
const TAIL_BYTES = 16_384;
const running = new Set<ChildProcess>();
const stoppedByWorker = new WeakSet<ChildProcess>();

function stopGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Writes the record whole or not at all: a worker killed between creating and filling the file would leave the next one nothing to read. */
function record(file: string, content: { pid: number; marker: string }): void {
  writeFileSync(`${file}.partial`, `${JSON.stringify(content)}\n`);
  renameSync(`${file}.partial`, file);
}

export const runCommand =
  (cwd: string): CommandRunner =>
  (command, options) =>
    new Promise((resolve) => {
      const log = createWriteStream(options.logFile, { flags: 'a' });
      log.write(`$ ${command}\n`);
      const child = spawn('/bin/sh', ['-c', command], { cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      running.add(child);
      if (options.record && child.pid) record(options.record.file, { pid: child.pid, marker: options.record.marker });
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
        stopGroup(child.pid);
      }, options.timeoutMs);
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        running.delete(child);
        if (options.record) rmSync(options.record.file, { force: true });
        log.end(() => resolve({ exitCode, timedOut, tail, stopped: stoppedByWorker.has(child) }));
      });
      child.on('error', (error) => keep(Buffer.from(`${error.message}\n`)));
    });

/** Stops running commands and their children (the worker is shutting down, or exiting). Synchronous, so it also works in an `exit` handler. */
export function stopRunningCommands(): void {
  for (const child of running) {
    stoppedByWorker.add(child);
    stopGroup(child.pid);
  }
}

type Member = { pid: number; zombie: boolean; cmdline: string };

/** The processes of a process group, from /proc (Linux); [] where there is no /proc. */
async function groupMembers(pgid: number): Promise<Member[]> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  const members = await Promise.all(
    pids.map(async (pid): Promise<Member | null> => {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        // "pid (command name) state ppid pgrp …": the name may hold spaces and parentheses.
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(pgrp) !== pgid) return null;
        const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
        return { pid: Number(pid), zombie: state === 'Z', cmdline };
      } catch {
        return null; // exited meanwhile
      }
    }),
  );
  return members.filter((member): member is Member => member !== null);
}

const REAP_WAIT_MS = 5_000;

/**
 * Stops the build a previous worker recorded in `file` and could not stop itself, if its process
 * group still runs and is still that build. Resolves with what it stopped, or null.
 */
export async function reapRecordedBuild(file: string): Promise<string | null> {
  let recorded: { pid?: unknown; marker?: unknown };
  try {
    recorded = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
  await rm(file, { force: true });
  const { pid, marker } = recorded;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 1 || typeof marker !== 'string' || !marker) return null;
  const alive = (await groupMembers(pid)).filter((member) => !member.zombie);
  if (!alive.some((member) => member.cmdline.includes(marker))) return null;
  stopGroup(pid);
  // Until they are gone they may still write into the build directory the caller removes next.
  const deadline = Date.now() + REAP_WAIT_MS;
  while (Date.now() < deadline && (await groupMembers(pid)).some((member) => !member.zombie)) await new Promise((resolve) => setTimeout(resolve, 50));
  return `process group ${pid} (${alive.length} process${alive.length === 1 ? '' : 'es'}, ${marker})`;
}
