// Original file: proto/scheduler.proto

import type { Webhook as _scheduler_Webhook, Webhook__Output as _scheduler_Webhook__Output } from '../scheduler/Webhook.ts';

export interface ListOutgoingWebhooksResponse {
  'outgoing_webhooks'?: (_scheduler_Webhook)[];
}

export interface ListOutgoingWebhooksResponse__Output {
  'outgoing_webhooks': (_scheduler_Webhook__Output)[];
}
