// callerIdentity reads the client certificate once per TLS connection (grpc-js rebuilds it on every
// getAuthContext), and a new connection with another certificate is read afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentials, type sendUnaryData, type ServerUnaryCall, type ServiceDefinition } from '@grpc/grpc-js';
import { callerIdentity, type CallerIdentity } from '../src/identity.ts';
import { createChildIdentity, createRootIdentity, toPem } from '../src/pki.ts';
import { startGrpcServer, type StartedServer } from '../src/grpc-server.ts';
import { createLogger } from '../src/logging.ts';
import { grpcPackages } from '../src/proto/index.ts';
import { Writable } from 'node:stream';

const NODE = '02' + 'ab'.repeat(32);

describe('callerIdentity per connection', () => {
  let server: StartedServer;
  let rootPem: string;
  let users: Awaited<ReturnType<typeof createRootIdentity>>;
  const seen: { identity: CallerIdentity; certificateReads: number }[] = [];

  beforeAll(async () => {
    const root = await createRootIdentity('GL /');
    rootPem = toPem(root).certPem;
    const services = createChildIdentity(root, 'GL /services', { isCa: true });
    const serverIdentity = toPem(createChildIdentity(services, 'GL /services/test', { isCa: false, altNames: ['localhost'] }));
    users = createChildIdentity(root, 'GL /users', { isCa: true });
    const definition = grpcPackages().greenlight.Node.service as unknown as ServiceDefinition;
    server = await startGrpcServer({
      host: '127.0.0.1',
      port: 0,
      tls: { rootCaPem: rootPem, certChainPem: serverIdentity.chainPem, keyPem: serverIdentity.keyPem },
      logger: createLogger({ name: 'test', destination: new Writable({ write: (_c, _e, done) => done() }) }),
      services: [{
        name: 'greenlight.Node',
        definition,
        implementation: {
          Configure: (call: ServerUnaryCall<object, object>, callback: sendUnaryData<object>) => {
            let certificateReads = 0;
            const read = call.getAuthContext.bind(call);
            call.getAuthContext = () => {
              certificateReads += 1;
              return read();
            };
            seen.push({ identity: callerIdentity(call), certificateReads });
            callback(null, {});
          },
        },
      }],
    });
  });
  afterAll(async () => server?.shutdown());

  function deviceClient(device: string) {
    const nodeCa = createChildIdentity(users, `GL /users/${NODE}`, { isCa: true });
    const pem = toPem(createChildIdentity(nodeCa, `/users/${NODE}/${device}`, { isCa: false }));
    return new (grpcPackages().greenlight.Node)(`localhost:${server.port}`, credentials.createSsl(Buffer.from(rootPem), Buffer.from(pem.keyPem), Buffer.from(pem.chainPem)));
  }
  const configure = (client: ReturnType<typeof deviceClient>) =>
    new Promise<void>((resolve, reject) => client.Configure({ close_to_addr: 'x' }, (error) => (error ? reject(error) : resolve())));

  it('reads the certificate on the first call of a connection only; another connection is read afresh', async () => {
    const phone = deviceClient('phone');
    await configure(phone);
    await configure(phone);
    await configure(phone);
    const laptop = deviceClient('laptop');
    await configure(laptop);
    expect(seen.map((s) => s.certificateReads)).toEqual([1, 0, 0, 1]);
    expect(seen.map((s) => (s.identity.kind === 'device' ? s.identity.device : s.identity.kind))).toEqual(['phone', 'phone', 'phone', 'laptop']);
    phone.close();
    laptop.close();
  });
});
