// `greenhouse pair request | approve | deny` as people and scripts run them: real processes of the
// CLI against a scheduler with a node whose real signer run loop is attached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Credentials } from '@greenhouse/client';
import { Rune } from '@greenhouse/common/runes';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { eventually, trustedNode, type TrustedNode } from './support/pairing-parties.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CLI = ['--import', 'tsx', path.join(REPO_ROOT, 'packages/cli/src/main.ts')];
const run = promisify(execFile);

async function greenhouse(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...CLI, ...args], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** `greenhouse pair request …` left running: it waits for the decision. */
class Requester {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number>;
  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  }

  static async start(...args: string[]): Promise<Requester & { qrText: string }> {
    const requester = new Requester(spawn(process.execPath, [...CLI, 'pair', 'request', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
    await eventually(() => /gl-pairing:04[0-9a-f]{128}/.test(requester.stderr) || requester.child.exitCode !== null, 30_000, 'the pairing QR');
    const qrText = /gl-pairing:04[0-9a-f]{128}/.exec(requester.stderr)?.[0];
    if (!qrText) throw new Error(`pair request did not show a QR:\n${requester.stderr}`);
    return Object.assign(requester, { qrText });
  }
}

describe('greenhouse pair', () => {
  let dir: string;
  let stackDir: string;
  let scheduler: SchedulerFixture;
  let node: TrustedNode;
  let laptopCreds: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-cli-pair-'));
    scheduler = await SchedulerFixture.start({ pairingTimeoutMs: 60_000 });
    // What `pnpm start` writes, so the CLI finds the scheduler with --dir.
    stackDir = path.join(dir, 'stack');
    await mkdir(stackDir);
    const paths = scheduler.scheduler.ca.paths;
    await writeFile(
      path.join(stackDir, 'metadata.json'),
      JSON.stringify({ scheduler_grpc_uri: scheduler.scheduler.grpcUri, ca_crt_path: paths.caCrt, nobody_crt_path: paths.nobodyCrt, nobody_key_path: paths.nobodyKey }),
    );
    node = await trustedNode(scheduler, 21);
    laptopCreds = path.join(dir, 'laptop-creds');
    await node.creds.save(laptopCreds);
    await node.startSigner();
    await eventually(() => scheduler.logLines.some((l) => l.includes('signer attached for pairing approvals')));
  });
  afterAll(async () => {
    await node?.stopSigner();
    await scheduler?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('request shows the QR (terminal, PNG, SVG) and waits; approve --yes with the scanned PNG; the new device saves its creds', async () => {
    const shop = path.join(dir, 'shop');
    await mkdir(shop);
    const png = path.join(dir, 'pair.png');
    const svg = path.join(dir, 'pair.svg');
    const request = await Requester.start(
      '--name', 'Shop terminal', '--restrict', 'method^list|method^get|method=createinvoice', '--description', 'till 1',
      '--creds', path.join(shop, 'creds'), '--qr-png', png, '--qr-svg', svg, '--dir', stackDir,
    );
    expect(request.stderr).toContain('▄'); // the QR drawn in half blocks
    expect(request.stderr).toContain(`greenhouse pair approve ${request.qrText}`);
    await eventually(() => existsSync(png) && existsSync(svg));

    const approved = await greenhouse('pair', 'approve', png, '--yes', '--creds', laptopCreds, '--dir', stackDir);
    expect(approved.stderr).toContain('Device "Shop terminal" asks to join node');
    expect(approved.stderr).toContain('it may do:   methods starting with "list" or methods starting with "get" or createinvoice');
    expect(approved.code).toBe(0);
    expect(JSON.parse(approved.stdout)).toMatchObject({ approved: true, device: 'Shop terminal', device_id: request.qrText.slice('gl-pairing:'.length) });

    expect(await request.exited).toBe(0);
    const deviceId = request.qrText.slice('gl-pairing:'.length);
    expect(JSON.parse(request.stdout)).toMatchObject({
      approved: true,
      node_id: node.signer.nodeId.toString('hex'),
      rune_restrictions: `=0-gl0&pubkey=${deviceId}&method^list|method^get|method=createinvoice`,
    });
    const saved = await Credentials.load(path.join(shop, 'creds'));
    expect(saved.nodeId()).toEqual(node.signer.nodeId);
    expect(Rune.fromBase64(saved.rune).restrictionsText).toContain(`pubkey=${deviceId}`);
    expect(existsSync(path.join(shop, 'device.crt')) && existsSync(path.join(shop, 'device-key.pem'))).toBe(true);
  });

  it('deny: the waiting request exits 2 with the reason; approve without --yes and no terminal refuses to guess', async () => {
    const request = await Requester.start('--name', 'Unknown', '--creds', path.join(dir, 'unknown', 'creds'), '--dir', stackDir);
    const unattended = await greenhouse('pair', 'approve', request.qrText, '--creds', laptopCreds, '--dir', stackDir);
    expect(unattended).toMatchObject({ code: 1, stderr: expect.stringContaining('pass --yes to approve, or run greenhouse pair deny') });
    const denied = await greenhouse('pair', 'deny', request.qrText, '--reason', 'not one of ours', '--creds', laptopCreds, '--dir', stackDir);
    expect(denied.code).toBe(0);
    expect(await request.exited).toBe(2);
    expect(request.stderr).toMatch(/greenhouse: denied: device "default" of node [0-9a-f]{66} denied the pairing: not one of ours/);
  });

  it('no signer running: approve exits 4 saying so; the new device gives up with Ctrl-C (130) and its session is gone', async () => {
    await node.stopSigner();
    await eventually(() => scheduler.logLines.some((l) => l.includes('signer detached from pairing approvals')));
    const request = await Requester.start('--name', 'Tablet', '--creds', path.join(dir, 'tablet', 'creds'), '--dir', stackDir);
    const approve = await greenhouse('pair', 'approve', request.qrText, '--yes', '--creds', laptopCreds, '--dir', stackDir);
    expect(approve).toMatchObject({ code: 4, stderr: expect.stringMatching(/no signer of node [0-9a-f]{66} is attached/) });
    request.child.kill('SIGINT');
    expect(await request.exited).toBe(130);
    const deviceId = request.qrText.slice('gl-pairing:'.length);
    await eventually(async () => (await scheduler.scheduler.registry.getPairingSession(deviceId)) === undefined);
    const garbage = await greenhouse('pair', 'approve', 'gl-pairing:nothex', '--yes', '--creds', laptopCreds, '--dir', stackDir);
    expect(garbage).toMatchObject({ code: 1, stderr: expect.stringContaining('neither gl-pairing:<130 hex digits> nor an image file') });
  });
});
