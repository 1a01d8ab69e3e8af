import { status, type ServerDuplexStream, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { callerIdentity, GreenhouseError, grpcPackages, permissionDenied, toServiceError, type Logger, type ServiceRegistration } from '@greenhouse/common';
import type { GatewayMessage__Output } from '@greenhouse/common/generated/greenhouse/GatewayMessage.ts';
import type { SchedulerCommand } from '@greenhouse/common/generated/greenhouse/SchedulerCommand.ts';
import type { Placement } from './placement.ts';

/** Gateways present a service certificate `GL /services/node-gateway…` issued by this CA. */
const GATEWAY_SERVICE_PREFIX = 'node-gateway';

export function gatewaysService(placement: Placement, logger: Logger): ServiceRegistration {
  return {
    name: 'greenhouse.Gateways',
    definition: grpcPackages().greenhouse.Gateways.service,
    implementation: { Connect: (stream: ServerDuplexStream<GatewayMessage__Output, SchedulerCommand>) => connect(stream, placement, logger) } as UntypedServiceImplementation,
  };
}

function connect(stream: ServerDuplexStream<GatewayMessage__Output, SchedulerCommand>, placement: Placement, logger: Logger): void {
  try {
    const identity = callerIdentity(stream);
    if (identity.kind !== 'service' || !identity.service.startsWith(GATEWAY_SERVICE_PREFIX)) {
      throw permissionDenied('only node gateways (certificate GL /services/node-gateway…) may connect here');
    }
  } catch (error) {
    stream.emit('error', toServiceError(logger, 'Gateways/Connect', error));
    return;
  }
  let gatewayId: string | undefined;
  stream.on('data', (message: GatewayMessage__Output) => {
    if (!gatewayId) {
      if (message.message !== 'hello' || !message.hello?.gateway_id || !message.hello.grpc_uri) {
        stream.emit('error', new GreenhouseError(status.INVALID_ARGUMENT, 'a gateway must first say hello with its gateway_id and grpc_uri').toServiceError());
        return;
      }
      gatewayId = message.hello.gateway_id;
      placement.addGateway(
        { id: gatewayId, grpcUri: message.hello.grpc_uri, capacity: message.hello.capacity || 1, send: (command) => stream.write(command) },
        message.hello.running_nodes,
      );
      return;
    }
    switch (message.message) {
      case 'node_started':
        placement.nodeStarted(gatewayId, message.node_started!.node_id, String(message.node_started!.session_id));
        break;
      case 'node_stopped':
        placement.nodeStopped(gatewayId, message.node_stopped!.node_id, message.node_stopped!.reason);
        break;
      case 'command_failed':
        placement.commandFailed(String(message.command_failed!.command_id), message.command_failed!.code, message.command_failed!.message);
        break;
      default:
        break; // load reports only inform; hello twice is ignored
    }
  });
  const gone = (reason: string) => {
    if (gatewayId) placement.removeGateway(gatewayId, reason);
    gatewayId = undefined;
  };
  stream.on('end', () => {
    gone('stream ended');
    stream.end();
  });
  stream.on('error', (error) => gone(error.message));
  stream.on('cancelled', () => gone('stream cancelled'));
}
