#!/usr/bin/env node
// TEST DOUBLE of Core Lightning's lightningd, for machines without CLN (CI). Not lightningd: it takes
// lightningd's command line, runs the hsmd named by --subdaemon=hsmd:PATH exactly as lightningd does
// (version check, fd 3 request socket, fd 0 status), sends the startup hsmd requests through it, and
// serves a lightning-rpc socket with getinfo, invoice and stop. See lightningd-double/README.md.
// The double is TypeScript, so this registers tsx first with the repository's tsconfig: lightningd
// (and so the double) runs in <lightning-dir>/<network>, outside the repository.
import { register } from 'tsx/esm/api';

register({ tsconfig: new URL('../../tsconfig.json', import.meta.url).pathname });
await import('./lightningd-double/main.ts');
