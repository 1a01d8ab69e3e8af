#!/usr/bin/env node
// The executable lightningd runs as its hsmd: `lightningd --subdaemon=hsmd:<absolute path of this file>`.
// The proxy is TypeScript, so this registers tsx's loader first. It is resolved from this package and
// told the repository's tsconfig explicitly, because lightningd starts its hsmd in
// <lightning-dir>/<network>, outside the repository, where neither would be found from the cwd.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../../../tsconfig.json', import.meta.url).pathname });
await import('../src/hsmd-proxy/main.ts');
