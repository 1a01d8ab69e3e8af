// The node's signer_state files (staging/state-file.ts): a snapshot replaced atomically and a journal
// appended with fdatasync. What a crash can leave behind loads as the last acknowledged state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SignerState, type KeyedStateEntry } from '@greenhouse/common/signer-state';
import { journalOf, loadStateFile, StateFileError, StateFileStore } from '../src/staging/state-file.ts';
import { temporaryDirectory } from './support/staging-fixtures.ts';

let dir: string;
let remove: () => Promise<void>;
let file: string;
beforeEach(async () => {
  ({ dir, remove } = await temporaryDirectory('gh-state-file-'));
  file = path.join(dir, 'node', 'signer-state.json');
});
afterEach(() => remove());

const entries = (state: SignerState): KeyedStateEntry[] => state.entries();
const lines = async () => (await readFile(journalOf(file), 'utf8')).split('\n').filter(Boolean);

async function storeWith(writes: [string, number][], compactionBytes?: number): Promise<StateFileStore> {
  const store = new StateFileStore(file, compactionBytes);
  for (const [key, value] of writes) {
    store.state.write(key, value);
    await store.persist([key]);
  }
  return store;
}

describe('StateFileStore', () => {
  it('writes a snapshot first, then one journal line per write; loading reads both', async () => {
    const store = await storeWith([['a', 1], ['b', 2], ['a', 3]]);
    const snapshot = JSON.parse(await readFile(file, 'utf8'));
    expect(snapshot.entries.map((e: { key: string }) => e.key)).toEqual(['a']);
    expect((await lines()).map((l) => JSON.parse(l).seq)).toEqual([1, 2]);
    expect(entries(loadStateFile(file))).toEqual(entries(store.state));
    await store.close();
    // Closing folds the journal in: the snapshot alone holds everything.
    expect(await readFile(journalOf(file), 'utf8')).toBe('');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ journal_seq: 2, entries: [{ key: 'a', version: '1', value: '3' }, { key: 'b' }] });
    expect(entries(loadStateFile(file))).toEqual(entries(store.state));
  });

  it('ignores a last line cut short by a crash (never acknowledged), and compacts before appending again', async () => {
    const store = await storeWith([['a', 1], ['b', 2]]);
    const acknowledged = entries(store.state);
    await store.close().catch(() => undefined);
    await appendFile(journalOf(file), '{"seq":2,"entries":[{"key":"c","ver');
    expect(entries(loadStateFile(file))).toEqual(acknowledged);
    const reopened = new StateFileStore(file);
    reopened.state.write('c', 3);
    await reopened.persist(['c']);
    expect(await readFile(journalOf(file), 'utf8')).toBe(''); // the torn line is gone with the compaction
    expect(entries(loadStateFile(file)).map((e) => e.key)).toEqual(['a', 'b', 'c']);
    await reopened.close();
  });

  it('skips journal lines the snapshot already holds (a crash between a compaction and emptying the journal)', async () => {
    const store = await storeWith([['a', 1], ['a', 2], ['a', 3]]);
    const oldJournal = await readFile(journalOf(file), 'utf8');
    store.state.write('a', 4);
    await store.close(); // snapshot with journal_seq 2, journal emptied
    await writeFile(journalOf(file), oldJournal); // as if the emptying never reached the disk
    expect(loadStateFile(file).get('a')).toMatchObject({ value: '4', version: 3n });
  });

  it('compacts once the journal has grown', async () => {
    const store = await storeWith([['a', 0]], 200);
    for (let i = 1; i <= 10; i++) {
      store.state.write('a', i);
      await store.persist(['a']);
    }
    expect((await lines()).length).toBeLessThan(4);
    expect(entries(loadStateFile(file))).toEqual(entries(store.state));
    await store.close();
  });

  it('after a failed write, the next one folds everything into a new snapshot', async () => {
    const store = await storeWith([['a', 1]]);
    store.state.write('b', 2);
    // A directory where the snapshot goes makes a compaction fail; appends still work, so force one.
    (store as unknown as { compactNext: boolean }).compactNext = true;
    await rm(file);
    await mkdir(path.join(file, 'blocker'), { recursive: true });
    await expect(store.persist(['b'])).rejects.toThrow();
    await rm(file, { recursive: true });
    store.state.write('c', 3);
    await store.persist(['c']);
    expect(JSON.parse(await readFile(file, 'utf8')).entries.map((e: { key: string }) => e.key)).toEqual(['a', 'b', 'c']);
    await store.close();
  });

  it('refuses a journal with a damaged line before its last, or a gap in its sequence', async () => {
    await (await storeWith([['a', 1], ['b', 2], ['c', 3]])).close().catch(() => undefined);
    await writeFile(journalOf(file), '{"seq":1,"entries":[]}\n{oops\n{"seq":2,"entries":[]}\n');
    expect(() => loadStateFile(file)).toThrow(StateFileError);
    await writeFile(journalOf(file), '{"seq":3,"entries":[]}\n{"seq":5,"entries":[]}\n');
    expect(() => loadStateFile(file)).toThrow(/skips from 3 to 5/);
  });

  it('reads a snapshot from before the journal (no journal_seq)', async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ format: 'greenhouse/signer-state/v1', entries: [{ key: 'k', version: '2', value: '{}', signature: '' }] }));
    expect(loadStateFile(file).get('k')).toMatchObject({ version: 2n, value: '{}' });
  });
});
