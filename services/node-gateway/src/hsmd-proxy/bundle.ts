// The hsmd proxy as lightningd runs it from the gateway: one plain-JavaScript file bundled with
// esbuild, because lightningd waits for its hsmd at every start and loading the TypeScript sources
// through tsx costs it a quarter of a second more (bench/README.md, bench/schedule). Built once per
// gateway process into the data directory (writable also where the image is read-only), from the
// sources it runs, so it can never be stale; bin/hsmd-proxy.mjs (tsx) stays for tests and as the
// fallback when building fails.
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Logger } from '@greenhouse/common';
import { HSMD_PROXY_PATH } from './index.ts';
import { LIGHTNINGD_VERSION_ENV } from './version.ts';

const ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../../../tsconfig.json', import.meta.url));

const built = new Map<string, Promise<string>>();

/**
 * The proxy executable for `--subdaemon=hsmd:`: `<dir>/hsmd-proxy.mjs`, bundled on first use in
 * this process; HSMD_PROXY_PATH when bundling fails (logged).
 */
export function hsmdProxyExecutable(dir: string, logger: Logger): Promise<string> {
  const outfile = path.join(path.resolve(dir), 'hsmd-proxy.mjs');
  let pending = built.get(outfile);
  if (!pending) {
    pending = bundle(outfile).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not bundle the hsmd proxy; lightningd runs it through tsx (slower starts)');
      return HSMD_PROXY_PATH;
    });
    built.set(outfile, pending);
  }
  return pending;
}

/**
 * The executable itself is a few lines that answer `--version` (lightningd asks at every start and
 * waits) without parsing the megabyte of bundled code, which it imports otherwise.
 */
function launcher(bundleFile: string): string {
  return `#!/usr/bin/env node
// Written by the node gateway (src/hsmd-proxy/bundle.ts); the same as bin/hsmd-proxy.mjs, bundled.
if (process.argv.length === 3 && process.argv[2] === '--version') {
  const version = process.env.${LIGHTNINGD_VERSION_ENV}?.trim();
  if (!version) {
    process.stderr.write('hsmd-proxy: ${LIGHTNINGD_VERSION_ENV} is not set: the gateway sets it to \`lightningd --version\`\\n');
    process.exit(1);
  }
  process.stdout.write(version + '\\n');
} else {
  await import(${JSON.stringify(pathToFileURL(bundleFile).href)});
}
`;
}

async function bundle(outfile: string): Promise<string> {
  await mkdir(path.dirname(outfile), { recursive: true, mode: 0o700 });
  const bundleFile = outfile.replace(/\.mjs$/, '.bundle.mjs');
  const temporary = `${bundleFile}.${process.pid}.tmp`;
  await build({
    entryPoints: [ENTRY],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: TSCONFIG,
    logLevel: 'silent',
    // grpc-js and protobufjs are CommonJS and call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __greenhouseCreateRequire } from 'node:module';\nconst require = __greenhouseCreateRequire(import.meta.url);" },
  });
  await rename(temporary, bundleFile);
  const launcherTemporary = `${outfile}.${process.pid}.tmp`;
  await writeFile(launcherTemporary, launcher(bundleFile), { mode: 0o755 });
  await chmod(launcherTemporary, 0o755);
  await rename(launcherTemporary, outfile);
  return outfile;
}
