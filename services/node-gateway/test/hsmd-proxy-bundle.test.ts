// The bundled hsmd proxy the gateway hands lightningd: one executable JavaScript file, built once per
// process, that behaves as the TypeScript proxy does (here: --version, and a refusal to run without
// its environment), and starts faster.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createLogger } from '@greenhouse/common';
import { Writable } from 'node:stream';
import { hsmdProxyExecutable } from '../src/hsmd-proxy/bundle.ts';
import { HSMD_PROXY_PATH, LIGHTNINGD_VERSION_ENV } from '../src/hsmd-proxy/index.ts';
import { FDPASS_ADDON_ENV, FDPASS_ADDON_PATH } from '../src/hsmd-proxy/addon-path.ts';
import { PROTO_DIR, PROTO_DIR_ENV } from '@greenhouse/common/proto';

const quiet = createLogger({ name: 'test', destination: new Writable({ write: (_c, _e, done) => done() }) });

describe('bundled hsmd proxy', () => {
  it('is built once into the given directory as an executable that answers --version', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gh-proxy-bundle-'));
    try {
      const executable = await hsmdProxyExecutable(dir, quiet);
      expect(executable).toBe(path.join(dir, 'hsmd-proxy.mjs'));
      expect(executable).not.toBe(HSMD_PROXY_PATH);
      expect((await stat(executable)).mode & 0o111).not.toBe(0);
      expect(await hsmdProxyExecutable(dir, quiet)).toBe(executable);

      const { stdout } = await promisify(execFile)(executable, ['--version'], { env: { ...process.env, [LIGHTNINGD_VERSION_ENV]: 'v26.06.6' } });
      expect(stdout).toBe('v26.06.6\n');
      // As the gateway runs it (hsmdProxyEnvironment), minus the Hsm service's socket.
      const env: NodeJS.ProcessEnv = { ...process.env, [PROTO_DIR_ENV]: PROTO_DIR, [FDPASS_ADDON_ENV]: FDPASS_ADDON_PATH };
      delete env.GREENHOUSE_HSM_SOCKET;
      await expect(promisify(execFile)(executable, [], { env })).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/GREENHOUSE_HSM_SOCKET is not set/) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
