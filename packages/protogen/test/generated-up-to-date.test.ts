// The committed outputs must be exactly what the generator produces: CI fails when someone edits them by
// hand or changes the generator (or the shared data) without running `pnpm gen:proto`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, OUTPUT_FILES, repoRoot } from '../src/index.ts';

function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}: committed ${JSON.stringify(la[i] ?? '<EOF>')}, generated ${JSON.stringify(lb[i] ?? '<EOF>')}`;
  }
  return 'no line differs';
}

describe('generated protos', () => {
  const first = generate();

  it.each(Object.values(OUTPUT_FILES))('%s is up to date (run `pnpm gen:proto` if not)', (file) => {
    const committed = fs.readFileSync(path.join(repoRoot(), file), 'utf8');
    const generated = first.files[file]!;
    expect(committed === generated, `${file} differs from the generator's output; ${firstDifference(committed, generated)}`).toBe(true);
  });

  it('is deterministic', () => {
    const second = generate();
    expect(second.files).toStrictEqual(first.files);
  });

  it("needed no field number or enum value outside msggen's allocation file", () => {
    expect(first.allocatedNumbers).toEqual([]);
  });
});
