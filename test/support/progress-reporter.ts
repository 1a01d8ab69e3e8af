// A vitest reporter for CI: appends a line per step of each test file (queued: sent to a worker;
// collected: loaded; end: finished, with its state) to the file named by
// GREENHOUSE_TEST_PROGRESS_FILE (nothing without it). When a run stops making progress,
// .ci/test-watchdog.mjs reads it to say which test files were still under way.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class ProgressReporter implements Reporter {
  private readonly file = process.env.GREENHOUSE_TEST_PROGRESS_FILE;

  onTestModuleQueued(testModule: TestModule): void {
    this.note('queued', testModule);
  }

  onTestModuleCollected(testModule: TestModule): void {
    this.note('collected', testModule);
  }

  onTestModuleEnd(testModule: TestModule): void {
    this.note('end', testModule, testModule.state());
  }

  private note(step: string, testModule: TestModule, detail = ''): void {
    if (!this.file) return;
    const file = path.relative(process.cwd(), testModule.moduleId);
    appendFileSync(this.file, `${new Date().toISOString()} ${step} ${file}${detail && ` ${detail}`}\n`);
  }
}
