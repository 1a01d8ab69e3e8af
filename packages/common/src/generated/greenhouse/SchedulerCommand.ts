// Original file: proto/greenhouse.proto

import type { StartNode as _greenhouse_StartNode, StartNode__Output as _greenhouse_StartNode__Output } from '../greenhouse/StartNode.ts';
import type { StopNode as _greenhouse_StopNode, StopNode__Output as _greenhouse_StopNode__Output } from '../greenhouse/StopNode.ts';
import type { Long } from '@grpc/proto-loader';

export interface SchedulerCommand {
  'command_id'?: (number | string | Long);
  'start_node'?: (_greenhouse_StartNode | null);
  'stop_node'?: (_greenhouse_StopNode | null);
  'command'?: "start_node"|"stop_node";
}

export interface SchedulerCommand__Output {
  'command_id': (string);
  'start_node'?: (_greenhouse_StartNode__Output | null);
  'stop_node'?: (_greenhouse_StopNode__Output | null);
  'command'?: "start_node"|"stop_node";
}
