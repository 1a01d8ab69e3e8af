// A node's events for the public server's streams: the lightningd plugin's socket (event hub), its
// log file, the per-node stream limit, and Configure's stored GlConfig (README.md here).
export { EVENTS_PLUGIN_PATH, EVENTS_SOCKET_ENV, EVENTS_SOCKET_FILE } from './plugin.ts';
export { NodeEventHub, type NodeEventListener, type NodeEventMessage, type NodeEventSource } from './event-hub.ts';
export { notificationPayload, subscriptionTopic } from './notifications.ts';
export { DEFAULT_LOG_BACKLOG_LINES, followLog, type LogFollowOptions } from './log-follower.ts';
export { DEFAULT_MAX_STREAMS_PER_NODE, StreamLeases, type StreamLease } from './stream-leases.ts';
export { checkCloseToAddress, configureRequestOf, GL_CONFIG_FILE, readGlConfig, storeGlConfig, type StoredGlConfig } from './gl-config.ts';
export { bitcoinAddressProblem } from './bitcoin-address.ts';
