// The two gRPC faces of the stage: the internal greenlight.Hsm service on its unix socket (what the
// proxy calls) and the StreamHsmRequests / RespondHsmRequest handlers (what signers call).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { credentials, Server, ServerCredentials, status, type ServiceError } from '@grpc/grpc-js';
import { GreenhouseError, grpcPackages } from '@greenhouse/common';
import type { HsmClient } from '@greenhouse/common/generated/greenlight/Hsm.ts';
import type { HsmRequest } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse__Output } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import type { NodeClient } from '@greenhouse/common/generated/greenlight/Node.ts';
import { HsmStage, signerLinkHandlers, startHsmService, type RunningHsmService } from '../src/staging/index.ts';
import { captureLogger, deriveSecret, newStage, NODE_ID, STARTUP_REQUEST, STARTUP_RESPONSE, temporaryDirectory, until } from './support/staging-fixtures.ts';
import { nodeMetadata, SignerLinkServer } from './support/staging-signer-link.ts';

let dir: string;
let remove: () => Promise<void>;
let stage: HsmStage;
const log = captureLogger();

beforeEach(async () => {
  ({ dir, remove } = await temporaryDirectory('greenhouse-staging-grpc-'));
  stage = newStage(dir, { logger: log.logger });
});

afterEach(async () => {
  await stage.close();
  await remove();
});

function hsmClient(socketPath: string): HsmClient {
  return new (grpcPackages().greenlight.Hsm)(`unix:${socketPath}`, credentials.createInsecure()) as unknown as HsmClient;
}

const call = (client: HsmClient, request: HsmRequest): Promise<HsmResponse__Output> =>
  new Promise((resolve, reject) => client.Request(request, (error, response) => (error ? reject(error) : resolve(response!))));

describe('startHsmService', () => {
  let socketPath: string;
  let service: RunningHsmService | undefined;
  let client: HsmClient | undefined;

  beforeEach(() => {
    socketPath = path.join(dir, 'hsm.sock');
  });

  afterEach(async () => {
    client?.close();
    client = undefined;
    await service?.close();
    service = undefined;
  });

  it('serves Ping and Request on a unix socket only its owner may open, and removes it on close', async () => {
    service = await startHsmService({ socketPath, stage, logger: log.logger });
    expect((await stat(socketPath)).mode & 0o777).toBe(0o600);
    client = hsmClient(socketPath);
    await new Promise<void>((resolve, reject) => client!.Ping({}, (error) => (error ? reject(error) : resolve())));
    expect(await call(client, { request_id: 1000, raw: STARTUP_REQUEST })).toEqual({ request_id: 1000, raw: STARTUP_RESPONSE, signer_state: [], error: '' });
    await service.close();
    service = undefined;
    await expect(stat(socketPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('replaces a stale socket file, but not a live socket or a file that is not a socket', async () => {
    // A socket nobody listens on any more: a previous run that was killed leaves its file behind.
    const previous = spawn(process.execPath, ['-e', "require('net').createServer().listen(process.argv[1], () => console.log('up'))", socketPath], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => previous.stdout!.once('data', resolve));
    previous.kill('SIGKILL');
    await new Promise((resolve) => previous.once('exit', resolve));
    expect((await stat(socketPath)).isSocket()).toBe(true);
    service = await startHsmService({ socketPath, stage, logger: log.logger });

    await expect(startHsmService({ socketPath, stage, logger: log.logger })).rejects.toThrow(/in use by a running server/);
    const notSocket = path.join(dir, 'plain-file');
    await writeFile(notSocket, 'x');
    await expect(startHsmService({ socketPath: notSocket, stage, logger: log.logger })).rejects.toThrow(/not a socket/);
  });

  it('a request waits in the stage; a call the proxy cancels is withdrawn', async () => {
    service = await startHsmService({ socketPath, stage, logger: log.logger });
    client = hsmClient(socketPath);
    const pending = client.Request({ request_id: 1000, raw: deriveSecret('wait') }, () => undefined);
    await until(() => stage.pendingCount === 1, 'the request to be staged');
    pending.cancel();
    await until(() => stage.pendingCount === 0, 'the request to be withdrawn');
    expect(log.lines).toContainEqual(expect.objectContaining({ msg: 'hsmd request withdrawn: nobody waits for it any more', request_id: 1000 }));
  });

  it('answers UNAVAILABLE "node stopped" once the stage is closed (the proxy waits and retries)', async () => {
    service = await startHsmService({ socketPath, stage, logger: log.logger });
    client = hsmClient(socketPath);
    const waiting = call(client, { request_id: 1000, raw: deriveSecret('never') });
    await until(() => stage.pendingCount === 1, 'the request to be staged');
    await stage.close();
    await expect(waiting).rejects.toMatchObject({ code: status.UNAVAILABLE, details: 'node stopped' });
  });

  it('answers a body that does not decode with INVALID_ARGUMENT', async () => {
    service = await startHsmService({ socketPath, stage, logger: log.logger });
    client = hsmClient(socketPath);
    const raw = new Promise<ServiceError | null>((resolve) =>
      client!.makeUnaryRequest('/greenlight.Hsm/Request', () => Buffer.from([0x0a, 0xff]), (b: Buffer) => b, {}, (error) => resolve(error)),
    );
    expect(await raw).toMatchObject({ code: status.INVALID_ARGUMENT });
  });
});

describe('signerLinkHandlers', () => {
  let link: SignerLinkServer;
  let node: NodeClient;

  beforeEach(async () => {
    link = await SignerLinkServer.start(new Map([[NODE_ID.toString('hex'), stage]]));
    node = link.client();
  });

  afterEach(async () => {
    node.close();
    await link.stop();
  });

  const respond = (nodeId: string, response: object) =>
    new Promise<ServiceError | null>((resolve) => node.RespondHsmRequest(response, nodeMetadata(nodeId), (error) => resolve(error)));

  it('answers NOT_FOUND for a node not running here, on both methods', async () => {
    const other = '02' + '00'.repeat(32);
    const stream = node.StreamHsmRequests({}, nodeMetadata(other));
    const ended = await new Promise<ServiceError>((resolve) => stream.on('error', resolve));
    expect(ended).toMatchObject({ code: status.NOT_FOUND, details: expect.stringMatching(/not running on this gateway/) });
    expect(await respond(other, { request_id: 1 })).toMatchObject({ code: status.NOT_FOUND });
  });

  it('lets stageFor refuse with its own status', async () => {
    const server = new Server();
    server.addService(
      grpcPackages().greenlight.Node.service,
      signerLinkHandlers(() => {
        throw new GreenhouseError(status.PERMISSION_DENIED, 'not your node');
      }),
    );
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    const client = new (grpcPackages().greenlight.Node)(`127.0.0.1:${port}`, credentials.createInsecure()) as unknown as NodeClient;
    try {
      const error = await new Promise<ServiceError | null>((resolve) => client.RespondHsmRequest({ request_id: 1 }, (e) => resolve(e)));
      expect(error).toMatchObject({ code: status.PERMISSION_DENIED, details: 'not your node' });
    } finally {
      client.close();
      server.forceShutdown();
    }
  });

  it('streams staged requests to an attached signer and detaches it when it hangs up', async () => {
    const reply = stage.handle({ request_id: 1000, raw: deriveSecret('x') });
    const stream = node.StreamHsmRequests({}, nodeMetadata(NODE_ID.toString('hex')));
    const first = await new Promise<{ request_id: number }>((resolve) => stream.once('data', resolve));
    expect(first.request_id).toBe(1000);
    expect(stage.attachedSigners).toBe(1);
    expect(await respond(NODE_ID.toString('hex'), { request_id: 1000, raw: Buffer.from([0, 127]) })).toBeNull();
    expect((await reply).raw).toEqual(Buffer.from([0, 127]));
    stream.on('error', () => undefined);
    stream.cancel();
    await until(() => stage.attachedSigners === 0, 'the signer to detach');
  });

  it('passes the stage’s refusals of an answer on: bad state INVALID_ARGUMENT, unstored state UNAVAILABLE', async () => {
    const id = NODE_ID.toString('hex');
    const badState = { request_id: 1, signer_state: [{ key: 'k', version: '0', value: Buffer.from('nope'), signature: Buffer.alloc(0) }] };
    expect(await respond(id, badState)).toMatchObject({ code: status.INVALID_ARGUMENT });
    await mkdir(path.join(dir, 'signer_state.json', 'blocker'), { recursive: true });
    const goodState = { request_id: 1, signer_state: [{ key: 'k', version: '0', value: Buffer.from('1'), signature: Buffer.alloc(0) }] };
    expect(await respond(id, goodState)).toMatchObject({ code: status.UNAVAILABLE, details: expect.stringMatching(/could not store its signer state/) });
  });
});
