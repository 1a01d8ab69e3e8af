import { status, type ServerDuplexStream, type ServerUnaryCall, type UntypedServiceImplementation } from '@grpc/grpc-js';
import {
  callerIdentity,
  GreenhouseError,
  grpcPackages,
  invalidArgument,
  parseNodeId,
  permissionDenied,
  toServiceError,
  unaryHandler,
  type Logger,
  type ServiceRegistration,
} from '@greenhouse/common';
import type { DeviceRuneRequest__Output } from '@greenhouse/common/generated/greenhouse/DeviceRuneRequest.ts';
import type { DeviceRuneResponse } from '@greenhouse/common/generated/greenhouse/DeviceRuneResponse.ts';
import type { Registry } from '../registry/registry.ts';
import { registeredRuneRestrictions } from '../registration.ts';
import type { GatewayMessage__Output } from '@greenhouse/common/generated/greenhouse/GatewayMessage.ts';
import type { SchedulerCommand } from '@greenhouse/common/generated/greenhouse/SchedulerCommand.ts';
import type { Placement } from './placement.ts';

/** Gateways present a service certificate `GL /services/node-gateway…` issued by this CA. */
const GATEWAY_SERVICE_PREFIX = 'node-gateway';

export function gatewaysService(placement: Placement, registry: Pick<Registry, 'findDeviceByPublicKey'>, logger: Logger): ServiceRegistration {
  return {
    name: 'greenhouse.Gateways',
    definition: grpcPackages().greenhouse.Gateways.service,
    implementation: {
      Connect: (stream: ServerDuplexStream<GatewayMessage__Output, SchedulerCommand>) => connect(stream, placement, logger),
      DeviceRune: unaryHandler(logger, '/greenhouse.Gateways/DeviceRune', (call: ServerUnaryCall<DeviceRuneRequest__Output, DeviceRuneResponse>) => deviceRune(call, registry)),
    } as UntypedServiceImplementation,
  };
}

function requireGateway(call: Parameters<typeof callerIdentity>[0]): void {
  const identity = callerIdentity(call);
  if (identity.kind !== 'service' || !identity.service.startsWith(GATEWAY_SERVICE_PREFIX)) {
    throw permissionDenied('only node gateways (certificate GL /services/node-gateway…) may call greenhouse.Gateways');
  }
}

/** The rune restrictions the registry recorded for a device of the node (the gateway checks runes against them). */
async function deviceRune(call: ServerUnaryCall<DeviceRuneRequest__Output, DeviceRuneResponse>, registry: Pick<Registry, 'findDeviceByPublicKey'>): Promise<DeviceRuneResponse> {
  requireGateway(call);
  const nodeId = parseNodeId(call.request.node_id);
  const publicKey = Buffer.from(call.request.public_key ?? []);
  if (publicKey.length !== 65 || publicKey[0] !== 0x04) throw invalidArgument(`public_key must be a 65-byte uncompressed P-256 key, got ${publicKey.length} bytes`);
  const device = await registry.findDeviceByPublicKey(publicKey);
  if (!device || !device.nodeId.equals(nodeId)) {
    throw new GreenhouseError(status.NOT_FOUND, `no device with this key was issued for node ${nodeId.toString('hex')}`);
  }
  return { rune_restrictions: device.runeRestrictions ?? registeredRuneRestrictions(publicKey), seed_holder: device.origin !== 'pairing' };
}

function connect(stream: ServerDuplexStream<GatewayMessage__Output, SchedulerCommand>, placement: Placement, logger: Logger): void {
  try {
    requireGateway(stream);
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
