import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Credentials } from '../src/credentials.ts';

// research/greenlight.md §2.6: version 1, cert "cb", key "a`", ca "_^", rune "non_functional_rune".
const VECTOR = Buffer.concat([Buffer.from('0801120263621a02616022025f5e2a13', 'hex'), Buffer.from('non_functional_rune')]);

describe('creds blob', () => {
  it('decodes and re-encodes the gl-client vector byte for byte', () => {
    const creds = Credentials.fromBytes(VECTOR);
    expect(creds).toMatchObject({ certPem: 'cb', keyPem: 'a`', caPem: '_^', rune: 'non_functional_rune' });
    expect(creds.toBytes()).toEqual(VECTOR);
  });

  it('refuses garbage and unknown versions instead of falling back to NOBODY', () => {
    expect(() => Credentials.fromBytes(Buffer.from('not protobuf at all, really'))).toThrow(/creds/);
    expect(() => Credentials.fromBytes(Buffer.from('0802', 'hex'))).toThrow(/unsupported creds version 2/);
  });

  it('saves with mode 0600 and loads back', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'creds-'));
    const file = path.join(dir, 'creds');
    try {
      await Credentials.fromBytes(VECTOR).save(file);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await Credentials.load(file)).toBytes()).toEqual(VECTOR);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
