// Writes each unit test's duration and its own timeout to TEST_TIMINGS_FILE, so the whole run can
// show how close the slowest tests come to their limits (tests/run-all.mjs). Vitest's JSON report
// has the durations but not the timeouts.
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

export default class VitestTimingsReporter implements Reporter {
  private defaultTimeout = 5_000;

  onInit(vitest: Vitest) {
    this.defaultTimeout = vitest.config.testTimeout;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const file = process.env.TEST_TIMINGS_FILE;
    if (!file) return;
    const rows = modules.flatMap((module) =>
      [...module.children.allTests()].map((test) => ({
        name: `${module.relativeModuleId} › ${test.fullName}`,
        duration: test.diagnostic()?.duration ?? 0,
        timeout: test.options.timeout ?? this.defaultTimeout,
      })),
    );
    writeFileSync(file, JSON.stringify(rows));
  }
}
