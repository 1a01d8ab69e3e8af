// lightningd supervision for the node gateway: where lightningd is, its command line for one node,
// one running process, and the per-node supervisor (README.md here).
export { locateLightningd, LIGHTNINGD_ENV, SUPPORTED_CLN_RELEASE } from './locate.ts';
export {
  checkSocketPath,
  CLN_NETWORKS,
  HSM_SOCKET_FILE,
  lightningdArguments,
  lightningdConfigFile,
  LIGHTNINGD_CONFIG_FILE,
  LIGHTNINGD_SETCONFIG_FILE,
  LIGHTNING_RPC_FILE,
  MAX_SOCKET_PATH_BYTES,
  nodeSocketPaths,
  prepareNodeDirectories,
  SAFE_ENV_NAMES,
  type BitcoindConnection,
  type ClnNetwork,
  type LightningdConfigFile,
  type LightningdLaunch,
  type LightningdNodeConfig,
} from './arguments.ts';
export {
  DEFAULT_READY_TIMEOUT_MS,
  READY_LOG_LINE,
  lastLineOf,
  LightningdNotReadyError,
  LightningdProcess,
  type LightningdExit,
  type LightningdInfo,
  type ReadyOptions,
  type StopOptions,
} from './lightningd-process.ts';
export { LogWatch } from './log-watch.ts';
export { leftoverLightningdPid, stopLeftoverLightningd } from './leftover.ts';
export {
  NodeSupervisor,
  type BackoffOptions,
  type IdleOptions,
  type NodeState,
  type NodeStopReason,
  type NodeSupervisorEvents,
  type NodeSupervisorOptions,
} from './node-supervisor.ts';
