import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Credentials } from '@greenhouse/client';
import { Rune } from '@greenhouse/common/runes';
import { StackProcess } from './support/stack-process.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

/** `pnpm greenhouse …` as a user runs it (stdout is a pipe, so JSON). */
async function greenhouse(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'packages/cli/src/main.ts'), ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('greenhouse signer and register commands', () => {
  let dir: string;
  let stack: StackProcess;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-cli-'));
    stack = await StackProcess.start(path.join(dir, 'stack'));
  });
  afterAll(async () => {
    await stack.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a seed once, shows its node id and xpub, registers, refuses a second register, and recovers', async () => {
    const secret = path.join(dir, 'hsm_secret');
    const init = await greenhouse('signer', 'init', '--secret', secret);
    expect(init.code).toBe(0);
    const nodeId = JSON.parse(init.stdout).node_id as string;
    expect(nodeId).toMatch(/^0[23][0-9a-f]{64}$/);

    const again = await greenhouse('signer', 'init', '--secret', secret);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('refusing to overwrite a seed') });

    const info = JSON.parse((await greenhouse('signer', 'info', '--secret', secret, '--network', 'regtest')).stdout);
    expect(info).toEqual({ node_id: nodeId, xpub: expect.stringMatching(/^tpub/) });

    const creds = path.join(dir, 'phone', 'creds');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(creds)));
    const stackDir = path.join(dir, 'stack');
    const registered = await greenhouse('register', '--secret', secret, '--network', 'regtest', '--creds', creds, '--dir', stackDir);
    expect(registered.code).toBe(0);
    expect(JSON.parse(registered.stdout)).toMatchObject({ node_id: nodeId, recovered: false });
    const saved = await Credentials.load(creds);
    expect(saved.nodeId().toString('hex')).toBe(nodeId);
    expect(Rune.fromBase64(saved.rune).restrictionsText).toMatch(/^=0-gl0&pubkey=04[0-9a-f]{128}$/);

    const twice = await greenhouse('register', '--secret', secret, '--network', 'regtest', '--creds', path.join(dir, 'creds-again'), '--dir', stackDir);
    expect(twice).toMatchObject({ code: 1, stderr: expect.stringContaining('run again with --recover') });

    const laptop = path.join(dir, 'laptop-creds');
    const recovered = await greenhouse('register', '--secret', secret, '--recover', '--creds', laptop, '--dir', stackDir);
    expect(JSON.parse(recovered.stdout)).toMatchObject({ node_id: nodeId, recovered: true });
  });

  it('tells a new user how to make a seed', async () => {
    const missing = await greenhouse('register', '--secret', path.join(dir, 'nope'), '--creds', path.join(dir, 'x', 'creds'), '--dir', path.join(dir, 'stack'));
    expect(missing).toMatchObject({ code: 5, stderr: expect.stringContaining('create one with: greenhouse init --secret') });
  });
});
