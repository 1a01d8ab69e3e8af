// Test double of a node gateway's link to the scheduler: connects with the gateway identity over
// real mTLS, says hello, and answers StartNode by reporting the node started (or a failure).
import { readFile } from 'node:fs/promises';
import { Metadata, type ClientDuplexStream } from '@grpc/grpc-js';
import { grpcPackages } from '@greenhouse/common';
import { CLIENT_CHANNEL_OPTIONS, grpcTarget, mtlsCredentials } from '@greenhouse/client';
import type { GatewaysClient } from '@greenhouse/common/generated/greenhouse/Gateways.ts';
import type { GatewayMessage } from '@greenhouse/common/generated/greenhouse/GatewayMessage.ts';
import type { SchedulerCommand__Output } from '@greenhouse/common/generated/greenhouse/SchedulerCommand.ts';

export class GatewayDouble {
  readonly commands: SchedulerCommand__Output[] = [];
  /** When set, StartNode is answered with this failure instead of NodeStarted. */
  failStartsWith?: { code: number; message: string };
  private constructor(
    private readonly client: GatewaysClient,
    private readonly stream: ClientDuplexStream<GatewayMessage, SchedulerCommand__Output>,
  ) {
    stream.on('data', (command: SchedulerCommand__Output) => {
      this.commands.push(command);
      if (command.start_node) {
        this.stream.write(
          this.failStartsWith
            ? { command_failed: { command_id: command.command_id, ...this.failStartsWith } }
            : { node_started: { node_id: command.start_node.node_id, session_id: command.start_node.session_id } },
        );
      }
    });
    stream.on('error', () => undefined);
  }

  static async connect(options: { schedulerUri: string; caPath: string; certPath: string; keyPath: string; gatewayId: string; grpcUri: string; capacity?: number }) {
    const credentials = mtlsCredentials({ caPem: await readFile(options.caPath), certPem: await readFile(options.certPath), keyPem: await readFile(options.keyPath) });
    const client = new (grpcPackages().greenhouse.Gateways)(grpcTarget(options.schedulerUri), credentials, CLIENT_CHANNEL_OPTIONS) as unknown as GatewaysClient;
    const stream = client.Connect(new Metadata()) as ClientDuplexStream<GatewayMessage, SchedulerCommand__Output>;
    stream.write({ hello: { gateway_id: options.gatewayId, grpc_uri: options.grpcUri, capacity: options.capacity ?? 10, running_nodes: [] } });
    return new GatewayDouble(client, stream);
  }

  disconnect(): void {
    this.stream.cancel();
    this.client.close();
  }
}
