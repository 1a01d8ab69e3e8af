#!/usr/bin/env node
// The executable lightningd runs as its hsmd: `lightningd --subdaemon=hsmd:<absolute path of this file>`.
//
// `--version` is answered here, in plain JavaScript: lightningd asks it at every start and waits, and
// loading TypeScript first would cost it a fifth of a second. Keep this in step with
// src/hsmd-proxy/version.ts (LIGHTNINGD_VERSION_ENV).
if (process.argv.length === 3 && process.argv[2] === '--version') {
  const version = process.env.GREENHOUSE_LIGHTNINGD_VERSION?.trim();
  if (!version) {
    process.stderr.write('hsmd-proxy: GREENHOUSE_LIGHTNINGD_VERSION is not set: the gateway sets it to `lightningd --version`\n');
    process.exit(1);
  }
  process.stdout.write(`${version}\n`);
} else {
  // The proxy is TypeScript, so this registers tsx's loader first. It is resolved from this package
  // and told the repository's tsconfig explicitly, because lightningd starts its hsmd in
  // <lightning-dir>/<network>, outside the repository, where neither would be found from the cwd.
  const { register } = await import('tsx/esm/api');
  register({ tsconfig: new URL('../../../tsconfig.json', import.meta.url).pathname });
  await import('../src/hsmd-proxy/main.ts');
}
