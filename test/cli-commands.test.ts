// `greenhouse` as a new user meets it without a running stack: every command's --help, and the
// error (message and exit code, README "Exit codes") of each thing a user can get wrong. The
// commands against a stack are in readme-journey.test.ts and cli.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Credentials } from '@greenhouse/client';
import { createChildIdentity, createRootIdentity, toPem } from '@greenhouse/common';
import { freePort } from './support/free-port.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
/** tsx by its path: the commands run in a scratch directory, where `--import tsx` would not resolve. */
const TSX_LOADER = createRequire(path.join(REPO_ROOT, 'package.json')).resolve('tsx');
const run = promisify(execFile);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** What a user's shell sees; none of the settings a developer's environment may carry. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('GREENHOUSE_') && !name.startsWith('GL_')) env[name] = value;
  return { ...env, ...extra };
}

let cwd: string;

async function greenhouse(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', TSX_LOADER, path.join(REPO_ROOT, 'packages/cli/src/main.ts'), ...args], { cwd, env: cleanEnv(env) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const COMMANDS: [string[], RegExp[]][] = [
  [[], [/init/, /register/, /signer/, /node/, /logs/, /pair/]],
  [['init'], [/--secret <file>/, /GREENHOUSE_SECRET/, /--mnemonic/, /never printed/]],
  [['register'], [/--secret <file>/, /--creds <file>/, /GREENHOUSE_CREDS/, /--recover/, /--network/, /greenhouse signer run/]],
  [['signer'], [/init/, /info/, /run/]],
  [['signer', 'init'], [/--secret <file>/]],
  [['signer', 'info'], [/--secret <file>/, /--network/]],
  [['signer', 'run'], [/--secret <file>/, /--creds <file>/, /--permissive/]],
  [['node'], [/getinfo/, /newaddr/, /invoice/, /listfunds/, /connect/, /pay/, /call/, /methods/, /greenhouse signer run/]],
  [['node', 'getinfo'], [/--creds <file>/, /--dir <dir>/, /--timeout <seconds>/, /--json/]],
  [['node', 'newaddr'], [/--type <type>/, /p2tr/]],
  [['node', 'invoice'], [/<amount> <description>/, /1000sat/, /--label/]],
  [['node', 'listfunds'], [/--creds <file>/]],
  [['node', 'connect'], [/<peer>/, /<node id>@<host>:<port>/]],
  [['node', 'pay'], [/<bolt11>/, /--amount/, /default: 120/]],
  [['node', 'call'], [/<method>/, /--json \[request\]/, /greenhouse node methods/]],
  [['node', 'methods'], [/--json/]],
  [['logs'], [/-f, --follow/, /--creds <file>/]],
];

describe('greenhouse --help', () => {
  beforeAll(async () => {
    cwd = await mkdtemp(path.join(tmpdir(), 'gh-cli-help-'));
  });
  afterAll(async () => rm(cwd, { recursive: true, force: true }));

  for (const [args, expected] of COMMANDS) {
    it(`greenhouse ${[...args, '--help'].join(' ')}`, async () => {
      const ran = await greenhouse([...args, '--help']);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toMatch(new RegExp(`^Usage: greenhouse${args.length ? ` ${args.join(' ')}` : ''} `));
      for (const pattern of expected) expect(ran.stdout).toMatch(pattern);
    });
  }
});

describe('greenhouse errors tell the next step, with the documented exit codes', () => {
  let creds: string;
  let secret: string;

  beforeAll(async () => {
    cwd = await mkdtemp(path.join(tmpdir(), 'gh-cli-errors-'));
    // creds of a node no scheduler knows: enough to get as far as finding the scheduler.
    const root = await createRootIdentity('GL /');
    const device = toPem(createChildIdentity(root, `/users/02${'ab'.repeat(32)}/laptop`, { isCa: false }));
    creds = path.join(cwd, 'laptop', 'creds');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(creds)));
    await new Credentials(device.chainPem, device.keyPem, toPem(root).certPem, 'not-a-real-rune').save(creds);
    secret = path.join(cwd, 'seed', 'hsm_secret');
  });
  afterAll(async () => rm(cwd, { recursive: true, force: true }));

  it('init: needs to be told where; makes the directory; never overwrites', async () => {
    expect(await greenhouse(['init'])).toMatchObject({ code: 5, stderr: expect.stringMatching(/which seed\? pass --secret FILE or set GREENHOUSE_SECRET=FILE/) });
    const made = await greenhouse(['init', '--secret', secret]);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toEqual({ node_id: expect.stringMatching(/^0[23][0-9a-f]{64}$/), next: 'greenhouse register --secret SEED --creds CREDS' });
    expect(made.stdout).not.toContain(secret);
    expect(await greenhouse(['init'], { GREENHOUSE_SECRET: secret })).toMatchObject({ code: 1, stderr: expect.stringMatching(/refusing to overwrite a seed/) });
  });

  it('register: no seed says greenhouse init; no creds path says which device', async () => {
    expect(await greenhouse(['register', '--creds', path.join(cwd, 'phone', 'creds')])).toMatchObject({ code: 5, stderr: expect.stringMatching(/which seed\?.*greenhouse init --secret FILE/) });
    expect(await greenhouse(['register', '--secret', path.join(cwd, 'nope'), '--creds', path.join(cwd, 'phone', 'creds')])).toMatchObject({
      code: 5,
      stderr: expect.stringMatching(/no seed at .*nope; create one with: greenhouse init --secret/),
    });
    expect(await greenhouse(['register', '--secret', secret])).toMatchObject({ code: 5, stderr: expect.stringMatching(/which device\? pass --creds FILE or set GREENHOUSE_CREDS/) });
  });

  it('register and signer run: no stack says pnpm start', async () => {
    const nowhere = path.join(cwd, 'no-stack');
    expect(await greenhouse(['register', '--secret', secret, '--creds', path.join(cwd, 'phone', 'creds')], { GREENHOUSE_DIR: nowhere })).toMatchObject({
      code: 5,
      stderr: expect.stringMatching(/metadata.json not found: is a stack running.*pnpm start/),
    });
  });

  it('signer run: needs the seed and the creds of that seed', async () => {
    expect(await greenhouse(['signer', 'run', '--creds', creds])).toMatchObject({ code: 5, stderr: expect.stringMatching(/which seed\?/) });
    expect(await greenhouse(['signer', 'run', '--secret', secret, '--creds', path.join(cwd, 'none')])).toMatchObject({
      code: 5,
      stderr: expect.stringMatching(/no creds at .*none; register this device first: greenhouse register/),
    });
    expect(await greenhouse(['signer', 'run', '--secret', secret, '--creds', creds], { GREENHOUSE_DIR: cwd, GL_SCHEDULER_GRPC_URI: 'https://localhost:1' })).toMatchObject({
      code: 5,
      stderr: expect.stringMatching(/belongs to node 02abab.*but this seed is node .*give the creds this seed registered/),
    });
  });

  it('node and logs: no creds says greenhouse register; bad creds say so', async () => {
    for (const args of [['node', 'getinfo'], ['logs']]) {
      expect(await greenhouse(args)).toMatchObject({ code: 5, stderr: expect.stringMatching(/which device\?.*greenhouse register --secret FILE --creds FILE/) });
    }
    const garbage = path.join(cwd, 'garbage');
    await writeFile(garbage, 'not a creds blob');
    expect(await greenhouse(['node', 'getinfo', '--creds', garbage])).toMatchObject({ code: 5, stderr: expect.stringMatching(/is not a creds file/) });
  });

  it('node: no stack configured says pnpm start; a stack not running is unreachable (exit 4)', async () => {
    expect(await greenhouse(['node', 'getinfo'], { GREENHOUSE_CREDS: creds })).toMatchObject({ code: 5, stderr: expect.stringMatching(/no scheduler configured: start one with `pnpm start`/) });
    const port = await freePort();
    const ran = await greenhouse(['node', 'getinfo', '--timeout', '5'], { GREENHOUSE_CREDS: creds, GL_SCHEDULER_GRPC_URI: `https://localhost:${port}` });
    expect(ran).toMatchObject({ code: 4, stderr: expect.stringMatching(new RegExp(`the scheduler at https://localhost:${port} is not reachable .*is the Greenhouse stack running \\(pnpm start\\)`)) });
  });

  it('node: malformed arguments are usage errors (exit 64) saying what is expected', async () => {
    const env = { GREENHOUSE_CREDS: creds, GREENHOUSE_DIR: path.join(cwd, 'no-stack') };
    const cases: [string[], RegExp][] = [
      [['node', 'invoice', 'lots', 'coffee'], /expected an amount: e\.g\. 1000sat/],
      [['node', 'invoice', '0.0000000000001btc', 'coffee'], /finer than a millisatoshi/],
      [['node', 'newaddr', '--type', 'p2pkh'], /Allowed choices are p2tr, bech32, all/],
      [['node', 'connect', 'someone'], /expected a peer as <node id>@<host>:<port>/],
      [['node', 'pay', 'hello'], /hello: not a BOLT11 invoice/],
      [['node', 'call', 'NoSuchThing'], /cln.Node has no method NoSuchThing.*greenhouse node methods/],
      [['node', 'call', 'getinf'], /did you mean Getinfo/],
      [['node', 'call', 'listinvoices', '--json', '{bad'], /--json: not JSON/],
      [['node', 'call', 'listinvoices', '--json', '{"lable": "x"}'], /lable: cln.ListinvoicesRequest has no such field \(it has: label/],
      [['node', 'call', 'listinvoices', '--json', '{"payment_hash": "zz"}'], /payment_hash: expected hex bytes/],
      [['node', 'getinfo', '--timeout', 'soon'], /must be a number of seconds/],
      [['nodes'], /unknown command 'nodes'/],
    ];
    for (const [args, message] of cases) {
      const ran = await greenhouse(args, env);
      expect({ args, code: ran.code }).toEqual({ args, code: 64 });
      expect(ran.stderr).toMatch(message);
    }
  });

  it('node methods lists every cln.Node call', async () => {
    const ran = await greenhouse(['node', 'methods']);
    const methods = JSON.parse(ran.stdout) as { method: string; stream: boolean }[];
    expect(methods).toContainEqual({ method: 'Getinfo', request: 'cln.GetinfoRequest', stream: false });
    expect(methods).toContainEqual({ method: 'SubscribeBlockAdded', request: 'cln.StreamBlockAddedRequest', stream: true });
  });
});
