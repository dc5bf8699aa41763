// CPU time from /proc: on a shared machine it says more about the work itself than wall time
// does, though contention inflates it too (cache misses, threads that spin while they wait).
import { readFileSync } from 'node:fs';

/** USER_HZ, the unit of /proc/<pid>/stat's times: 100 on every Linux x64 kernel. */
const CLOCK_TICKS = 100;

/**
 * CPU time (user + system, ms) of a process itself and of the children it has waited for, from
 * /proc/<pid>/stat. A child's time reaches its parent when the parent reaps it, so the difference
 * around a build is the whole build tree's CPU time.
 */
export function cpuMsOf(pid = 'self') {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const [utime, stime, cutime, cstime] = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .map(Number);
  return { ownMs: ((utime + stime) * 1000) / CLOCK_TICKS, childrenMs: ((cutime + cstime) * 1000) / CLOCK_TICKS };
}
