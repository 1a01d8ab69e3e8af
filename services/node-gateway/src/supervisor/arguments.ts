// The command line and environment of one node's lightningd (cln-hsmd.md §1, §9.1, §10; greenlight.md §5.1).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { failedPrecondition } from '@greenhouse/common';
import { HSMD_PROXY_PATH, hsmdProxyEnvironment } from '../hsmd-proxy/index.ts';
import { EVENTS_PLUGIN_PATH, EVENTS_SOCKET_ENV, EVENTS_SOCKET_FILE } from '../node-events/plugin.ts';
import { HANDOFF_SOCKET_ENV, HANDOFF_SOCKET_FILE } from '../handoff/paths.ts';

/** The networks lightningd's `--network` takes (and the name of its per-network subdirectory). */
export const CLN_NETWORKS = ['bitcoin', 'testnet', 'testnet4', 'signet', 'regtest'] as const;
export type ClnNetwork = (typeof CLN_NETWORKS)[number];

/** The file names of the sockets in a node's socket directory. */
export const LIGHTNING_RPC_FILE = 'lightning-rpc';
export const HSM_SOCKET_FILE = 'hsmd.sock';
export { EVENTS_SOCKET_FILE };

/**
 * Longest unix socket path connect()/bind() take: sun_path is 108 bytes on Linux (104 on macOS)
 * with a NUL. Node silently truncates a longer one and then talks to the wrong file or none.
 */
export const MAX_SOCKET_PATH_BYTES = process.platform === 'darwin' ? 103 : 107;

/** How lightningd's bcli plugin reaches bitcoind (cln-hsmd.md §9.1). */
export interface BitcoindConnection {
  /** `--bitcoin-rpcconnect`, e.g. 127.0.0.1. */
  host: string;
  /** `--bitcoin-rpcport`. */
  port: number;
  /** `bitcoin-rpcuser`, given in the node's config file (see LightningdConfigFile). */
  user?: string;
  /** `bitcoin-rpcpassword`, given in the node's config file, never on the command line. */
  password?: string;
  /** `--bitcoin-cli`, when bitcoin-cli is not on lightningd's PATH. */
  bitcoinCli?: string;
}

export interface LightningdNodeConfig {
  /** The lightningd binary (see locateLightningd). */
  lightningd: string;
  /** Its version string, `readLightningdVersion(lightningd)`; the hsmd proxy must print exactly this. */
  lightningdVersion: string;
  /** `--lightning-dir`: the node's CLN data (`<dir>/nodes/<node_id>` in the gateway's data dir). Absolute. */
  nodeDir: string;
  network: ClnNetwork;
  /** p2p port, bound and announced on 127.0.0.1 unless p2pHost says otherwise. */
  p2pPort: number;
  /** `--addr` host; default 127.0.0.1. */
  p2pHost?: string;
  bitcoind: BitcoindConnection;
  /**
   * Directory for the two unix sockets (lightning-rpc and the Hsm service's hsmd.sock). Default:
   * `<nodeDir>/<network>`, lightningd's own place for lightning-rpc. Give a shorter one when that
   * path is too long for a unix socket (see MAX_SOCKET_PATH_BYTES); lightningd then gets `--rpc-file`.
   */
  socketDir?: string;
  /** Adds `--developer` (dev-only options and RPCs). Off by default. */
  developer?: boolean;
  /** The hsmd proxy executable; default HSMD_PROXY_PATH (the TypeScript sources through tsx). */
  hsmdProxy?: string;
  /** The events plugin executable; default EVENTS_PLUGIN_PATH (bin/greenhouse-events-plugin.mjs). */
  eventsPlugin?: string;
  /** `--log-level`; default debug, so the node's own log explains what happened. */
  logLevel?: string;
  /** More lightningd options, appended last (later options override earlier ones). */
  extraArguments?: string[];
  /** The environment lightningd starts from; default the gateway's, reduced to SAFE_ENV_NAMES. */
  baseEnv?: NodeJS.ProcessEnv;
  /** Variables added on top (after the proxy's own). */
  env?: Record<string, string>;
}

/**
 * The node's lightningd config file, `--conf=<nodeDir>/gateway.conf`, written (mode 0600) before every
 * start: it carries the bitcoind credentials, which on the command line would be visible to every
 * local user in `ps`. lightningd reads only this file then (`--conf` replaces its default config
 * files); `setconfig` keeps its changes in `gateway.conf.setconfig`, which the file includes when present.
 */
export interface LightningdConfigFile {
  path: string;
  /** Holds secrets: never log it. */
  content: string;
}

/** The config file's name in the node directory, and the file `setconfig` writes next to it. */
export const LIGHTNINGD_CONFIG_FILE = 'gateway.conf';
export const LIGHTNINGD_SETCONFIG_FILE = `${LIGHTNINGD_CONFIG_FILE}.setconfig`;

/** Everything needed to start one node's lightningd and talk to it. */
export interface LightningdLaunch {
  command: string;
  args: string[];
  env: Record<string, string>;
  /** The node directory; lightningd changes into `<nodeDir>/<network>` itself. */
  cwd: string;
  nodeDir: string;
  network: ClnNetwork;
  /** lightningd's JSON-RPC socket. */
  rpcPath: string;
  /** Where the gateway's greenlight.Hsm service for this node must listen (GREENHOUSE_HSM_SOCKET). */
  hsmSocketPath: string;
  /** Where the gateway's event hub for this node listens for the events plugin (GREENHOUSE_EVENTS_SOCKET). */
  eventsSocketPath: string;
  /** Where the native hsmd and events plugin hand their descriptors to the gateway (GREENHOUSE_HANDOFF_SOCKET). */
  handoffSocketPath: string;
  /** `--log-file`; lightningd's stdout and stderr go there too. */
  logFile: string;
  /** lightningd's pid file, `<nodeDir>/lightningd-<network>.pid` (its default). */
  pidFile: string;
  /** `--conf`: written by LightningdProcess.start just before it spawns lightningd. */
  configFile: LightningdConfigFile;
}

/**
 * The only variables of the gateway's environment lightningd inherits by default. lightningd hands
 * its environment to every subdaemon and plugin, and the gateway's may hold credentials (database
 * URL, cloud tokens) that a node has no business seeing.
 */
export const SAFE_ENV_NAMES = ['PATH', 'HOME', 'USER', 'LOGNAME', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR'];

/** The sockets of a node: lightningd's JSON-RPC, and the gateway's Hsm service and event hub for it. */
export interface NodeSocketPaths {
  rpcPath: string;
  hsmSocketPath: string;
  eventsSocketPath: string;
  handoffSocketPath: string;
}

export function nodeSocketPaths(options: { nodeDir: string; network: ClnNetwork; socketDir?: string }): NodeSocketPaths {
  const dir = options.socketDir ?? path.join(options.nodeDir, options.network);
  return {
    rpcPath: path.join(dir, LIGHTNING_RPC_FILE),
    hsmSocketPath: path.join(dir, HSM_SOCKET_FILE),
    eventsSocketPath: path.join(dir, EVENTS_SOCKET_FILE),
    handoffSocketPath: path.join(dir, HANDOFF_SOCKET_FILE),
  };
}

/**
 * Creates the node directory, its `<network>` directory and the socket directory, private (0700),
 * before the gateway binds the node's Hsm service there (it must listen before lightningd starts
 * its hsmd). Resolves with the two socket paths; throws FAILED_PRECONDITION if one is too long.
 */
export async function prepareNodeDirectories(options: { nodeDir: string; network: ClnNetwork; socketDir?: string }): Promise<NodeSocketPaths> {
  const paths = nodeSocketPaths(options);
  checkSocketPaths(paths);
  await mkdir(path.join(options.nodeDir, options.network), { recursive: true, mode: 0o700 });
  await mkdir(path.dirname(paths.hsmSocketPath), { recursive: true, mode: 0o700 });
  return paths;
}

function checkSocketPaths(paths: NodeSocketPaths): void {
  checkSocketPath(paths.rpcPath, 'lightning-rpc socket');
  checkSocketPath(paths.hsmSocketPath, 'Hsm service socket');
  checkSocketPath(paths.eventsSocketPath, 'node events socket');
  checkSocketPath(paths.handoffSocketPath, 'handoff socket');
}

/** Throws FAILED_PRECONDITION when a unix socket path is too long to connect to. */
export function checkSocketPath(socketPath: string, what: string): void {
  const bytes = Buffer.byteLength(socketPath);
  if (bytes > MAX_SOCKET_PATH_BYTES) {
    throw failedPrecondition(
      `${what} path is ${bytes} bytes, longer than a unix socket path may be (${MAX_SOCKET_PATH_BYTES}): ${socketPath}; use a shorter data directory or give the node a shorter socketDir`,
    );
  }
}

/** lightningd's options for one node, and the environment that lets it run the hsmd proxy. */
export function lightningdArguments(config: LightningdNodeConfig): LightningdLaunch {
  if (!path.isAbsolute(config.nodeDir)) throw failedPrecondition(`node directory must be an absolute path, got ${config.nodeDir}`);
  if (!CLN_NETWORKS.includes(config.network)) {
    throw failedPrecondition(`network must be one of ${CLN_NETWORKS.join(', ')}, got ${String(config.network)}`);
  }
  checkPort(config.p2pPort, 'p2p port');
  checkPort(config.bitcoind.port, 'bitcoind RPC port');
  if (!config.lightningdVersion.trim()) throw failedPrecondition(`no version for ${config.lightningd}: read it with readLightningdVersion`);
  const socketDir = config.socketDir && path.resolve(config.socketDir);
  const sockets = nodeSocketPaths({ nodeDir: config.nodeDir, network: config.network, socketDir });
  checkSocketPaths(sockets);
  const { rpcPath, hsmSocketPath, eventsSocketPath, handoffSocketPath } = sockets;

  const logFile = path.join(config.nodeDir, 'log');
  const { bitcoind } = config;
  const configFile = lightningdConfigFile(config.nodeDir, bitcoind);
  const args = [
    `--lightning-dir=${config.nodeDir}`,
    `--conf=${configFile.path}`,
    `--network=${config.network}`,
    `--bitcoin-rpcconnect=${bitcoind.host}`,
    `--bitcoin-rpcport=${bitcoind.port}`,
    ...(bitcoind.bitcoinCli !== undefined ? [`--bitcoin-cli=${bitcoind.bitcoinCli}`] : []),
    `--subdaemon=hsmd:${config.hsmdProxy ?? HSMD_PROXY_PATH}`,
    `--addr=${config.p2pHost ?? '127.0.0.1'}:${config.p2pPort}`,
    '--disable-dns',
    `--log-file=${logFile}`,
    `--log-level=${config.logLevel ?? 'debug'}`,
    // The gateway serves cln.Node itself; lightningd's own gRPC plugin would only take a port. Not
    // built in every CLN; disabling an absent plugin is accepted (checked against v26.06.6).
    '--disable-plugin=cln-grpc',
    // Forwards notifications and the custommsg hook to the gateway's event hub (node-events/README.md).
    // Not --important-plugin: without it the node still works, only its streams go quiet.
    `--plugin=${config.eventsPlugin ?? EVENTS_PLUGIN_PATH}`,
    ...(socketDir ? [`--rpc-file=${rpcPath}`] : []),
    ...(config.developer ? ['--developer'] : []),
    ...(config.extraArguments ?? []),
  ];

  const base = config.baseEnv ?? process.env;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && (SAFE_ENV_NAMES.includes(name) || name.startsWith('LC_'))) env[name] = value;
  }
  // The proxy is a `#!/usr/bin/env node` script: the gateway's own node goes first on PATH.
  env.PATH = withDirFirst(path.dirname(process.execPath), env.PATH);
  Object.assign(
    env,
    hsmdProxyEnvironment({ lightningdVersion: config.lightningdVersion.trim(), hsmSocketPath }),
    { [EVENTS_SOCKET_ENV]: eventsSocketPath, [HANDOFF_SOCKET_ENV]: handoffSocketPath },
    config.env,
  );

  return {
    command: config.lightningd,
    args,
    env,
    cwd: config.nodeDir,
    nodeDir: config.nodeDir,
    network: config.network,
    rpcPath,
    hsmSocketPath,
    eventsSocketPath,
    handoffSocketPath,
    logFile,
    pidFile: path.join(config.nodeDir, `lightningd-${config.network}.pid`),
    configFile,
  };
}

/**
 * `<nodeDir>/gateway.conf`: the bitcoind credentials (bcli hands the password to bitcoin-cli on its
 * stdin, never as an argument), and an include of the file `setconfig` writes, once it exists (when
 * it does not, lightningd creates it at the first `setconfig` and appends the include here itself).
 */
export function lightningdConfigFile(nodeDir: string, bitcoind: BitcoindConnection): LightningdConfigFile {
  const line = (name: string, value: string | undefined) => {
    if (value === undefined) return [];
    // One option per line: a line break would smuggle in another option.
    if (/[\r\n\0]/.test(value)) throw failedPrecondition(`the bitcoind ${name.replace('bitcoin-rpc', 'RPC ')} must not contain a line break`);
    return [`${name}=${value}`];
  };
  const lines = [
    '# Written by the Greenhouse gateway before every start of this node; edits are lost.',
    ...line('bitcoin-rpcuser', bitcoind.user),
    ...line('bitcoin-rpcpassword', bitcoind.password),
    ...(existsSync(path.join(nodeDir, LIGHTNINGD_SETCONFIG_FILE)) ? [`include ${LIGHTNINGD_SETCONFIG_FILE}`] : []),
  ];
  return { path: path.join(nodeDir, LIGHTNINGD_CONFIG_FILE), content: lines.join('\n') + '\n' };
}

function checkPort(port: number, what: string): void {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw failedPrecondition(`${what} must be an integer in 1..65535, got ${port}`);
}

function withDirFirst(dir: string, searchPath: string | undefined): string {
  const rest = (searchPath ?? '/usr/local/bin:/usr/bin:/bin').split(path.delimiter).filter((entry) => entry && entry !== dir);
  return [dir, ...rest].join(path.delimiter);
}
