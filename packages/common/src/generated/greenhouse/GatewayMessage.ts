// Original file: proto/greenhouse.proto

import type { GatewayHello as _greenhouse_GatewayHello, GatewayHello__Output as _greenhouse_GatewayHello__Output } from '../greenhouse/GatewayHello.ts';
import type { GatewayLoad as _greenhouse_GatewayLoad, GatewayLoad__Output as _greenhouse_GatewayLoad__Output } from '../greenhouse/GatewayLoad.ts';
import type { NodeStarted as _greenhouse_NodeStarted, NodeStarted__Output as _greenhouse_NodeStarted__Output } from '../greenhouse/NodeStarted.ts';
import type { NodeStopped as _greenhouse_NodeStopped, NodeStopped__Output as _greenhouse_NodeStopped__Output } from '../greenhouse/NodeStopped.ts';
import type { CommandFailed as _greenhouse_CommandFailed, CommandFailed__Output as _greenhouse_CommandFailed__Output } from '../greenhouse/CommandFailed.ts';

export interface GatewayMessage {
  'hello'?: (_greenhouse_GatewayHello | null);
  'load'?: (_greenhouse_GatewayLoad | null);
  'node_started'?: (_greenhouse_NodeStarted | null);
  'node_stopped'?: (_greenhouse_NodeStopped | null);
  'command_failed'?: (_greenhouse_CommandFailed | null);
  'message'?: "hello"|"load"|"node_started"|"node_stopped"|"command_failed";
}

export interface GatewayMessage__Output {
  'hello'?: (_greenhouse_GatewayHello__Output | null);
  'load'?: (_greenhouse_GatewayLoad__Output | null);
  'node_started'?: (_greenhouse_NodeStarted__Output | null);
  'node_stopped'?: (_greenhouse_NodeStopped__Output | null);
  'command_failed'?: (_greenhouse_CommandFailed__Output | null);
  'message'?: "hello"|"load"|"node_started"|"node_stopped"|"command_failed";
}
