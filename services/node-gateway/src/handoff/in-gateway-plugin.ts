// The events plugin served inside the gateway: greenhouse-events-plugin handed over its stdin and
// stdout, and an EventsPluginSession answers lightningd on them until lightningd lets the plugin go.
import type { Logger } from '@greenhouse/common';
import type { NodeEventHub } from '../node-events/event-hub.ts';
import { EventsPluginSession } from '../node-events/plugin-session.ts';
import type { Handoff } from './handoff-server.ts';

export function serveHandedPlugin(handoff: Handoff, hub: NodeEventHub, logger: Logger): void {
  const [requests, answers] = handoff.fds as [number, number];
  const session = new EventsPluginSession({ requests, answers }, hub, logger);
  void session.ended.then(() => handoff.finish(0));
  // lightningd killed the helper (plugin_kill): it has let the plugin go.
  handoff.onGone(() => session.close());
}
