#!/usr/bin/env node
// Health check of a Greenhouse server for Docker's HEALTHCHECK and Kubernetes' exec probes:
// grpc.health.v1.Health/Check over the server's own mTLS port. The servers require a client
// certificate from their CA (Kubernetes' built-in grpc probe and plain grpc_health_probe speak no
// mTLS), so this presents the service's own identity, which is issued for client and server use.
//
//   node deploy/docker/healthcheck.mjs [--port N] [--identity services/scheduler] [--dir /data] [--service NAME]
//
// Defaults: GREENHOUSE_HEALTH_PORT, GREENHOUSE_HEALTH_IDENTITY (a path under <dir>/certs without
// extension), GREENHOUSE_DIR (/data). Exit 0 when the server answers SERVING within 4 s, else 1,
// with one line either way (Docker keeps it in `docker inspect`).
//
// Plain JavaScript and only @grpc/grpc-js with the health service definition, resolved from
// packages/common (in every image): a check every few seconds should not start a TypeScript loader.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'packages/common/package.json'));
const grpc = require('@grpc/grpc-js');
const { service: healthService } = require('grpc-health-check');

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.GREENHOUSE_HEALTH_PORT },
    identity: { type: 'string', default: process.env.GREENHOUSE_HEALTH_IDENTITY },
    dir: { type: 'string', default: process.env.GREENHOUSE_DIR ?? '/data' },
    service: { type: 'string', default: '' },
    timeout: { type: 'string', default: '4000' },
  },
});

function fail(message) {
  console.log(`unhealthy: ${message}`);
  process.exit(1);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) fail('no port: pass --port or set GREENHOUSE_HEALTH_PORT');
if (!values.identity) fail('no identity: pass --identity services/<name> or set GREENHOUSE_HEALTH_IDENTITY');

let credentials;
try {
  const certs = path.join(values.dir, 'certs');
  credentials = grpc.credentials.createSsl(
    readFileSync(path.join(certs, 'ca.crt')),
    readFileSync(path.join(certs, `${values.identity}-key.pem`)),
    readFileSync(path.join(certs, `${values.identity}.crt`)),
  );
} catch (error) {
  fail(`cannot read the certificates: ${error.message}`);
}

// Dial the loopback address but verify the certificate as localhost, a name every service certificate carries.
const Health = grpc.makeGenericClientConstructor(healthService, 'Health');
const client = new Health(`127.0.0.1:${port}`, credentials, {
  'grpc.ssl_target_name_override': 'localhost',
  'grpc.default_authority': 'localhost',
});
client.Check({ service: values.service }, { deadline: Date.now() + Number(values.timeout) }, (error, response) => {
  client.close();
  if (error) fail(`${grpc.status[error.code] ?? error.code}: ${error.details || error.message}`);
  if (response.status !== 'SERVING' && response.status !== 1) fail(`status ${response.status}`);
  console.log(`healthy: 127.0.0.1:${port} SERVING`);
  process.exit(0);
});
