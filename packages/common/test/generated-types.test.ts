import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GENERATED = path.resolve(import.meta.dirname, '../src/generated');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('generated TypeScript types', () => {
  it('match the protos in proto/ (run `pnpm gen:types` after changing a proto)', () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'greenhouse-types-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '../scripts/gen-types.ts'), fresh], {
        stdio: 'pipe',
      });
      const committed = listFiles(GENERATED);
      expect(listFiles(fresh)).toEqual(committed);
      for (const file of committed) {
        expect(readFileSync(path.join(fresh, file), 'utf8'), file).toBe(readFileSync(path.join(GENERATED, file), 'utf8'));
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 120_000);
});
