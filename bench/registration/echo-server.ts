// A bare grpc-js unary echo over mTLS: the floor any gRPC service on this machine stands on.
// Same TLS material as the scheduler; no protobuf, no logic.
import { readFile } from 'node:fs/promises';
import { Server, ServerCredentials, type ServiceDefinition } from '@grpc/grpc-js';

const [certsDir] = process.argv.slice(2);
const passthrough = (buffer: Buffer) => buffer;
const definition: ServiceDefinition = {
  Echo: {
    path: '/bench.Echo/Echo',
    requestStream: false,
    responseStream: false,
    requestSerialize: passthrough,
    requestDeserialize: passthrough,
    responseSerialize: passthrough,
    responseDeserialize: passthrough,
  },
};
const server = new Server();
server.addService(definition, { Echo: (call: { request: Buffer }, callback: (e: null, r: Buffer) => void) => callback(null, call.request) });
const credentials = ServerCredentials.createSsl(
  await readFile(`${certsDir}/ca.crt`),
  [{ cert_chain: await readFile(`${certsDir}/services/scheduler.crt`), private_key: await readFile(`${certsDir}/services/scheduler-key.pem`) }],
  true,
);
server.bindAsync('127.0.0.1:0', credentials, (error, port) => {
  if (error) throw error;
  console.log(JSON.stringify({ msg: 'echo ready', port }));
});
