// The lightningd TEST DOUBLE's command line: lightningd's syntax (`--name=value` or `--flag`), the
// options the gateway and CLN's test framework give, anything else refused as lightningd refuses it.
import os from 'node:os';
import path from 'node:path';

export interface DoubleOptions {
  lightningDir: string;
  network: string;
  /** `--subdaemon=hsmd:PATH`, resolved the way lightningd does it (absolute as given). */
  hsmd?: string;
  /** `--addr` entries, host:port. */
  addresses: { host: string; port: number }[];
  /** The last `--log-file` that is not "-" (lightningd can write several; one is enough here). */
  logFile?: string;
  logLevel: string;
  rpcFile: string;
  developer: boolean;
  alias?: string;
  /** `--plugin` and `--important-plugin` files (absolute), minus those `--disable-plugin` names. */
  plugins: string[];
}

/** Options taking a value; values are not checked beyond what the double uses. */
const VALUED = new Set([
  'lightning-dir', 'network', 'conf', 'subdaemon', 'addr', 'bind-addr', 'announce-addr', 'log-file', 'log-level', 'log-prefix',
  'log-timestamps', 'rpc-file', 'rpc-file-mode', 'alias', 'rgb', 'disable-plugin', 'plugin', 'plugin-dir', 'important-plugin',
  'bitcoin-rpcconnect', 'bitcoin-rpcport', 'bitcoin-rpcuser', 'bitcoin-rpcpassword', 'bitcoin-cli', 'bitcoin-datadir',
  'bitcoin-retry-timeout', 'bitcoin-rpcclienttimeout', 'autoconnect-seeker-peers', 'rescan', 'cltv-delta', 'cltv-final',
  'watchtime-blocks', 'allow-deprecated-apis', 'ignore-fee-limits', 'grpc-port', 'pid-file', 'wallet',
  'dev-bitcoind-poll', 'dev-save-plugin-io',
]);
/** Flags (no value). */
const FLAGS = new Set(['developer', 'disable-dns', 'offline', 'dev-fast-gossip', 'dev-no-reconnect', 'dev-fail-on-subdaemon-fail', 'dev-no-version-checks', 'regtest', 'testnet', 'signet', 'mainnet']);
const SUBDAEMONS = new Set(['channeld', 'closingd', 'connectd', 'gossipd', 'gossip_compactd', 'hsmd', 'onchaind', 'openingd']);

export class OptionError extends Error {}

export function parseOptions(argv: string[]): DoubleOptions {
  const values = new Map<string, string[]>();
  for (const arg of argv) {
    const match = /^--([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new OptionError(`${arg}: unrecognized option`);
    const [, name, value] = match as unknown as [string, string, string | undefined];
    if (FLAGS.has(name)) {
      if (value !== undefined) throw new OptionError(`--${name}=${value}: option does not take an argument`);
    } else if (VALUED.has(name)) {
      if (value === undefined) throw new OptionError(`--${name}: requires an argument`);
    } else {
      throw new OptionError(`--${name}: unrecognized option`);
    }
    values.set(name, [...(values.get(name) ?? []), value ?? '']);
  }
  const last = (name: string) => values.get(name)?.at(-1);
  const has = (name: string) => values.has(name);

  const lightningDir = path.resolve(last('lightning-dir') ?? path.join(os.homedir(), '.lightning'));
  let network = last('network') ?? 'bitcoin';
  for (const shortcut of ['regtest', 'testnet', 'signet'] as const) if (has(shortcut)) network = shortcut;
  if (has('mainnet')) network = 'bitcoin';

  let hsmd: string | undefined;
  for (const spec of values.get('subdaemon') ?? []) {
    const colon = spec.indexOf(':');
    const name = colon > 0 ? spec.slice(0, colon) : '';
    if (!SUBDAEMONS.has(name)) throw new OptionError(`--subdaemon=${spec}: Expected subdaemon:path, subdaemon one of ${[...SUBDAEMONS].join(' ')}`);
    if (name === 'hsmd') hsmd = spec.slice(colon + 1); // later overrides earlier
  }

  const addresses = (values.get('addr') ?? []).map((spec) => {
    const at = spec.lastIndexOf(':');
    const port = Number(spec.slice(at + 1));
    if (at <= 0 || !Number.isInteger(port)) throw new OptionError(`--addr=${spec}: the double takes host:port`);
    return { host: spec.slice(0, at), port };
  });

  const logFile = (values.get('log-file') ?? []).filter((file) => file !== '-').at(-1);
  const disabled = new Set(values.get('disable-plugin') ?? []);
  const plugins = [...(values.get('plugin') ?? []), ...(values.get('important-plugin') ?? [])]
    .map((file) => path.resolve(file))
    .filter((file) => !disabled.has(path.basename(file)) && !disabled.has(file));
  const netDir = path.join(lightningDir, network);
  return {
    lightningDir,
    network,
    hsmd,
    addresses,
    logFile: logFile && path.resolve(logFile),
    logLevel: last('log-level') ?? 'info',
    rpcFile: path.resolve(netDir, last('rpc-file') ?? 'lightning-rpc'),
    developer: has('developer'),
    alias: last('alias'),
    plugins,
  };
}
