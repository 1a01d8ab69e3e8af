// lightningd's hsmd and the events plugin served inside the gateway, through the native helpers that
// hand their descriptors over (README.md here).
export { HandoffServer, type Handoff, type HandoffHandler, type HandoffRole } from './handoff-server.ts';
export { serveHandedHsmd, stageForwarder } from './in-gateway-hsmd.ts';
export { serveHandedPlugin } from './in-gateway-plugin.ts';
export * from './paths.ts';
