// What a CLN notification carries, and which one each cln.Node Subscribe… RPC streams.
import { defaultMappingTable, type MappingTable } from '@greenhouse/cln-rpc';

/**
 * cln-jsonrpc.json names a topic per Subscribe… RPC; where that name is not the JSON-RPC method lightningd
 * (or the plugin that emits it) actually uses, the method is here. xpay emits `pay_part_start`/`pay_part_end`
 * (plugins/xpay/xpay.c, v26.06.6; cln-rpc's Notification enum renames them the same way).
 */
const TOPIC_EXCEPTIONS: Readonly<Record<string, string>> = {
  xpay_pay_part_start: 'pay_part_start',
  xpay_pay_part_end: 'pay_part_end',
};

/** The notification method a cln.Node Subscribe… RPC streams, or undefined when it is not one. */
export function subscriptionTopic(rpcName: string, table: MappingTable = defaultMappingTable()): string | undefined {
  let topic: string | undefined;
  try {
    topic = table.rpc(rpcName).notification;
  } catch {
    return undefined; // not in the mapping
  }
  return topic === undefined ? undefined : (TOPIC_EXCEPTIONS[topic] ?? topic);
}

/**
 * The payload of a notification, as the cln.Node message expects it. lightningd wraps the payload of its
 * own notifications in an object named after the topic (`{"block_added": {"hash": …, "height": …}}`,
 * lightningd/notification.c `notify_start`); notifications a plugin emits arrive as
 * `{"origin": <plugin>, "payload": {…}}` (e.g. xpay's pay_part_start). Anything else is taken as is.
 */
export function notificationPayload(topic: string, params: unknown): unknown {
  if (!isObject(params)) return params ?? {};
  const wrapped = params[topic];
  // Only an object counts as the wrapper: the `log` notification's own payload has a string member `log`.
  if (isObject(wrapped)) return wrapped;
  if (typeof params.origin === 'string' && isObject(params.payload)) return params.payload;
  return params;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
