// The lightningd TEST DOUBLE's program (run through ../lightningd-double.mjs). NOT Core Lightning:
// a stand-in with lightningd's command line, its hsmd handshake and a sliver of its JSON-RPC, so the
// gateway's supervision and the hsmd proxy can be exercised on machines without CLN. README.md here.
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import { accessSync, constants, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import type { Server } from 'node:net';
import path from 'node:path';
import { decodeHsmd, decodeHsmdAs, HSM_MAX_VERSION, HSM_MIN_VERSION, networkByName } from '@greenhouse/common/hsmd';
import { decodeInvoice, encodeInvoice, invoiceHrp, unsignedInvoiceWords } from './bolt11.ts';
import { DEFAULT_DOUBLE_VERSION, DOUBLE_ENV, DOUBLE_STATE_FILE, failAtStartupFlag } from './control.ts';
import { checkHsmdVersion, HsmdLink } from './hsmd-link.ts';
import { RpcFailure, serveJsonRpc } from './json-rpc-server.ts';
import { OptionError, parseOptions, type DoubleOptions } from './options.ts';
import { DoublePlugin } from './plugins.ts';
import { deriveChildPublicKey, p2trAddress, p2wpkhAddress } from './wallet.ts';

const VERSION = process.env[DOUBLE_ENV.version]?.trim() || DEFAULT_DOUBLE_VERSION;
const LEVELS = ['io', 'trace', 'debug', 'info', 'unusual', 'broken'];
/** lightningd's startup derive_secret requests before lightning-rpc (cln-hsmd.md §1.5 steps 3–5). */
const EARLY_SECRETS = ['bolt12-invoice-base', 'node-alias-base', 'commando'];
/** Those its built-in plugins (chanbackup, offers) ask for through makesecret during their init (step 8). */
const PLUGIN_SECRETS = ['scb secret', 'bolt12-invoice-base', 'offer-blinded-path', 'node-alias-base'];
const BLOCKHEIGHT = 101;
const MIN_FINAL_CLTV_EXPIRY = 18;

type LogLevel = 'debug' | 'info' | 'unusual' | 'broken';

/** lightningd's log file: `<ISO time> LEVEL   source: text` lines; each also goes to `log` subscribers. */
class DoubleLog {
  private readonly fd: number;
  private notifying = false;
  /** lightningd's `log` notification, for every line it prints (notify_log). */
  onLine: ((level: LogLevel, time: Date, source: string, text: string) => void) | undefined;

  constructor(file: string | undefined, private readonly level: string) {
    this.fd = file ? openSync(file, 'a', 0o600) : 1;
  }

  write(level: LogLevel, source: string, text: string): void {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.level)) return;
    const label = level === 'broken' ? '**BROKEN**' : level.toUpperCase().padEnd(8);
    const time = new Date();
    writeSync(this.fd, `${time.toISOString()} ${label} ${source}: ${text}\n`);
    if (this.onLine && !this.notifying) {
      this.notifying = true; // a plugin logging about a log notification must not loop
      try {
        this.onLine(level, time, source, text);
      } finally {
        this.notifying = false;
      }
    }
  }
}

interface DoubleInvoice {
  label: string;
  bolt11: string;
  paymentHash: string;
  preimage: string;
  amountMsat: bigint | undefined;
  description: string;
  expiresAt: number;
  createdIndex: number;
  paid?: { payIndex: number; amountReceivedMsat: bigint; paidAt: number };
}

class LightningdDouble {
  private hsmd: HsmdLink | undefined;
  private server: Server | undefined;
  private shuttingDown = false;
  private nodeId = '';
  /** The BIP32 base key from hsmd's init reply: newaddr derives from it, as lightningd does. */
  private bip32Base: Uint8Array | undefined;
  /** Peers `connect` reached (the double only checks that something listens there). */
  private readonly peers = new Map<string, { host: string; port: number }>();
  private readonly invoices = new Map<string, DoubleInvoice>();
  private plugins: DoublePlugin[] = [];
  private payIndex = 0;
  private readonly netDir: string;
  private readonly pidFile: string;

  constructor(
    private readonly options: DoubleOptions,
    private readonly log: DoubleLog,
  ) {
    this.netDir = path.join(options.lightningDir, options.network);
    this.pidFile = path.join(options.lightningDir, `lightningd-${options.network}.pid`);
  }

  async run(): Promise<void> {
    const { options, log } = this;
    this.lockPidFile();
    process.chdir(this.netDir); // as lightningd does; the hsmd starts here too
    log.write('info', 'lightningd', `lightningd-double: a TEST DOUBLE of lightningd ${VERSION} (Greenhouse test/support), not Core Lightning`);
    const network = networkByName(options.network);
    if (!network) return this.fatal(`Unknown network ${options.network}`);
    if (!options.hsmd) return this.fatal('the double has no hsmd of its own: give --subdaemon=hsmd:PATH');

    try {
      await checkHsmdVersion(options.hsmd, VERSION);
    } catch (error) {
      return this.fatal((error as Error).message);
    }
    const hsmd = HsmdLink.spawn(options.hsmd, { cwd: this.netDir, developer: options.developer });
    this.hsmd = hsmd;
    void hsmd.exited.then(({ code, signal }) => {
      if (!this.shuttingDown) this.fatal(`HSM: hsmd died (${signal ?? `exit code ${code}`})`);
    });

    if (options.developer) await hsmd.request({ kind: 'hsmd_dev_preinit', tlvs: {} });
    const reply = decodeHsmd(
      await hsmd.request({
        kind: 'hsmd_init',
        bip32_key_version: network.keyVersion,
        chainparams: Buffer.from(network.chainHash, 'hex'),
        hsm_wire_min_version: HSM_MIN_VERSION,
        hsm_wire_max_version: HSM_MAX_VERSION,
      }),
    );
    if (reply.kind === 'hsmd_init_reply_failure') {
      log.write('broken', 'lightningd', `HSM init failed: ${reply.error_message}`);
      process.stderr.write(`lightningd: HSM init failed: ${reply.error_message}\n`);
      return this.exit(reply.error_code || 1);
    }
    if (reply.kind !== 'hsmd_init_reply_v4') return this.fatal(`HSM gave bad hsm_init_reply (type ${reply.type})`);
    if (reply.hsm_version < HSM_MIN_VERSION || reply.hsm_version > HSM_MAX_VERSION) {
      return this.fatal(`HSM version ${reply.hsm_version} outside ${HSM_MIN_VERSION}..${HSM_MAX_VERSION}`);
    }
    this.nodeId = Buffer.from(reply.node_id).toString('hex');
    this.bip32Base = reply.bip32;
    log.write('debug', 'hsmd', `hsmd_init: node id ${this.nodeId}, hsm version ${reply.hsm_version}`);
    for (const info of EARLY_SECRETS) await this.deriveSecret(info);

    if (process.env[DOUBLE_ENV.failAtStartup] === '1' || existsSync(failAtStartupFlag(options.lightningDir))) {
      return this.fatal('lightningd-double: failing at startup as asked');
    }
    if (process.env[DOUBLE_ENV.hangAtStartup] === '1') {
      log.write('unusual', 'lightningd', 'lightningd-double: hanging at startup as asked');
      setInterval(() => undefined, 60_000);
      return;
    }
    this.checkWallet();
    for (const info of PLUGIN_SECRETS) await this.deriveSecret(info);

    // Relative to the cwd (<lightning-dir>/<network>) when it is there, as lightningd binds it.
    const relative = path.relative(this.netDir, options.rpcFile);
    this.server = await serveJsonRpc(relative.startsWith('..') ? options.rpcFile : relative, (method, params) => this.command(method, params));
    await this.startPlugins();
    const color = this.nodeId.slice(2, 8);
    log.write('info', 'lightningd', `Server started with public key ${this.nodeId}, alias ${this.alias()} (color #${color}) and lightningd ${VERSION}`);

    const crashAfterMs = Number(process.env[DOUBLE_ENV.crashAfterMs]);
    if (crashAfterMs > 0) setTimeout(() => this.crash('crashing as asked (LIGHTNINGD_DOUBLE_CRASH_AFTER_MS)'), crashAfterMs);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.on(signal, () => {
        if (process.env[DOUBLE_ENV.stubborn] === '1') return log.write('unusual', 'lightningd', `lightningd-double: ignoring ${signal} as asked`);
        void this.shutdown();
      });
    }
  }

  private async command(method: string, params: Record<string, unknown> | unknown[]): Promise<unknown> {
    switch (method) {
      case 'getinfo':
        return this.getinfo();
      case 'invoice':
        return this.invoice(params);
      case 'listinvoices':
        return this.listInvoices(params);
      case 'newaddr':
        return this.newAddress(params);
      case 'listfunds':
        // The double watches no chain: a node's funds are always none.
        return { outputs: [], channels: [] };
      case 'connect':
        return this.connect(params);
      case 'pay':
        return this.pay(params);
      case 'dev-double-pay-invoice':
        return this.payInvoice(params);
      case 'dev-double-custommsg':
        return this.customMessage(params);
      case 'dev-double-notify': {
        const { topic, payload } = named(params, ['topic', 'payload']);
        if (typeof topic !== 'string') throw new RpcFailure(-32602, 'topic: should be a string');
        return { subscribers: this.notifyPlugins(topic, payload ?? {}) };
      }
      case 'dev-double-log': {
        const { level, text } = named(params, ['text', 'level']);
        const logLevel = (level ?? 'info') as LogLevel;
        if (!['debug', 'info', 'unusual', 'broken'].includes(logLevel)) throw new RpcFailure(-32602, 'level: debug, info, unusual or broken');
        this.log.write(logLevel, 'lightningd', String(text ?? ''));
        return {};
      }
      case 'stop':
        if (process.env[DOUBLE_ENV.stubborn] === '1') {
          this.log.write('unusual', 'lightningd', 'lightningd-double: not stopping, as asked');
        } else {
          setTimeout(() => void this.shutdown(), 10); // after the answer is on its way
        }
        return 'Shutdown complete';
      case 'dev-crash':
        if (this.options.developer) {
          this.crash('dev-crash called');
          return new Promise(() => undefined);
        }
        break;
    }
    throw new RpcFailure(-32601, `Unknown command '${method}'`);
  }

  private getinfo(): object {
    const address = this.options.addresses[0];
    return {
      id: this.nodeId,
      alias: this.alias(),
      color: this.nodeId.slice(2, 8),
      num_peers: this.peers.size,
      num_pending_channels: 0,
      num_active_channels: 0,
      num_inactive_channels: 0,
      address: [],
      binding: address ? [{ type: 'ipv4', address: address.host, port: address.port }] : [],
      version: VERSION,
      blockheight: BLOCKHEIGHT,
      network: this.options.network,
      fees_collected_msat: 0,
      'lightning-dir': this.netDir,
    };
  }

  private async invoice(params: Record<string, unknown> | unknown[]): Promise<object> {
    const named = Array.isArray(params)
      ? { amount_msat: params[0], label: params[1], description: params[2], expiry: params[3], preimage: params[5] }
      : params;
    const amountMsat = parseAmount(named.amount_msat);
    if (named.label === undefined || named.label === null) throw new RpcFailure(-32602, "missing required parameter: label");
    if (typeof named.description !== 'string') throw new RpcFailure(-32602, 'missing required parameter: description');
    const label = String(named.label);
    if (this.invoices.has(label)) throw new RpcFailure(900, 'Duplicate label');
    const preimage = typeof named.preimage === 'string' ? Buffer.from(named.preimage, 'hex') : randomBytes(32);
    if (preimage.length !== 32) throw new RpcFailure(-32602, 'preimage: should be a 32 byte hex value');
    const expiry = named.expiry === undefined || named.expiry === null ? 604_800 : Number(named.expiry);
    const timestamp = Math.floor(Date.now() / 1000);
    const paymentHash = createHash('sha256').update(preimage).digest();
    const paymentSecret = randomBytes(32);
    const hrp = invoiceHrp(this.options.network, amountMsat);
    const words = unsignedInvoiceWords({
      network: this.options.network,
      amountMsat,
      timestamp,
      paymentHash,
      paymentSecret,
      description: named.description,
      expiry,
      minFinalCltvExpiry: MIN_FINAL_CLTV_EXPIRY,
    });
    // The invoice's signature, from hsmd on lightningd's own connection (cln-hsmd.md §4d).
    const reply = decodeHsmdAs('hsmd_sign_invoice_reply', await this.hsmd!.request({ kind: 'hsmd_sign_invoice', u5bytes: Uint8Array.from(words), hrp: Buffer.from(hrp) }));
    const createdIndex = this.invoices.size + 1;
    const bolt11 = encodeInvoice(hrp, words, reply.sig.signature, reply.sig.recid);
    this.invoices.set(label, {
      label,
      bolt11,
      paymentHash: paymentHash.toString('hex'),
      preimage: preimage.toString('hex'),
      amountMsat,
      description: named.description,
      expiresAt: timestamp + expiry,
      createdIndex,
    });
    this.notifyPlugins('invoice_creation', { label, preimage: preimage.toString('hex'), ...(amountMsat !== undefined && { msat: Number(amountMsat) }) });
    return {
      bolt11,
      payment_hash: paymentHash.toString('hex'),
      payment_secret: paymentSecret.toString('hex'),
      expires_at: timestamp + expiry,
      created_index: createdIndex,
    };
  }

  private listInvoices(params: Record<string, unknown> | unknown[]): object {
    // lightningd's filters: label, invstring (the bolt11), payment_hash; at most one is given.
    const { label, invstring, payment_hash: paymentHash } = named(params, ['label', 'invstring', 'payment_hash']);
    const given = (value: unknown) => value !== undefined && value !== null;
    const selected = [...this.invoices.values()].filter(
      (invoice) =>
        (!given(label) || invoice.label === String(label)) &&
        (!given(invstring) || invoice.bolt11 === String(invstring).toLowerCase()) &&
        (!given(paymentHash) || invoice.paymentHash === String(paymentHash)),
    );
    return {
      invoices: selected.map((invoice) => ({
        label: invoice.label,
        bolt11: invoice.bolt11,
        payment_hash: invoice.paymentHash,
        status: invoice.paid ? 'paid' : invoice.expiresAt < Date.now() / 1000 ? 'expired' : 'unpaid',
        description: invoice.description,
        expires_at: invoice.expiresAt,
        created_index: invoice.createdIndex,
        ...(invoice.amountMsat !== undefined && { amount_msat: Number(invoice.amountMsat) }),
        ...(invoice.paid && {
          pay_index: invoice.paid.payIndex,
          amount_received_msat: Number(invoice.paid.amountReceivedMsat),
          paid_at: invoice.paid.paidAt,
          payment_preimage: invoice.preimage,
        }),
      })),
    };
  }

  /** lightningd's newaddr: the next BIP32 child of the base key, as P2TR (the default), bech32, or both ("all"). */
  private newAddress(params: Record<string, unknown> | unknown[]): object {
    const { addresstype } = named(params, ['addresstype']);
    const type = addresstype === undefined || addresstype === null ? 'p2tr' : String(addresstype);
    if (!['p2tr', 'bech32', 'all'].includes(type)) throw new RpcFailure(-32602, `addresstype: Invalid argument: unknown address type '${type}'`);
    const file = path.join(this.netDir, DOUBLE_STATE_FILE);
    const state = JSON.parse(readFileSync(file, 'utf8')) as { address_index?: number };
    const index = (state.address_index ?? 0) + 1;
    writeFileSync(file, JSON.stringify({ ...state, address_index: index }) + '\n', { mode: 0o600 });
    const key = deriveChildPublicKey(this.bip32Base!, index);
    return {
      ...(type !== 'bech32' && { p2tr: p2trAddress(this.options.network, key) }),
      ...(type !== 'p2tr' && { bech32: p2wpkhAddress(this.options.network, key) }),
    };
  }

  /**
   * lightningd's connect, imitated: checks the id, and that something accepts a TCP connection at
   * host:port (a refused or unreachable address fails as lightningd reports it), then counts the
   * peer as connected. It speaks no Lightning protocol: no handshake, no init message.
   */
  private async connect(params: Record<string, unknown> | unknown[]): Promise<object> {
    const given = named(params, ['id', 'host', 'port']);
    let id = String(given.id ?? '');
    let host = given.host === undefined || given.host === null ? undefined : String(given.host);
    let port = given.port === undefined || given.port === null ? undefined : Number(given.port);
    const at = id.indexOf('@');
    if (at >= 0) {
      const address = id.slice(at + 1);
      id = id.slice(0, at);
      const colon = address.lastIndexOf(':');
      host = colon > 0 ? address.slice(0, colon) : address;
      if (colon > 0) port = Number(address.slice(colon + 1));
    }
    if (!/^0[23][0-9a-f]{64}$/.test(id)) throw new RpcFailure(-32602, `id: should be a node id: invalid token '${id}'`);
    if (id === this.nodeId) throw new RpcFailure(-32602, 'Connecting to myself is not allowed');
    const known = this.peers.get(id);
    if (!host) {
      if (known) return this.connected(id, known, 'out');
      throw new RpcFailure(400, `Unable to connect, no address known for peer ${id}`);
    }
    const address = { host, port: port ?? 19846 };
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(address);
      socket.setTimeout(5000);
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      const failed = (why: string) => {
        socket.destroy();
        reject(new RpcFailure(401, `All addresses failed: ${address.host}:${address.port}: Connection establishment: ${why}. `));
      };
      socket.once('timeout', () => failed('Connection timed out'));
      socket.once('error', (error: NodeJS.ErrnoException) => failed(error.code === 'ECONNREFUSED' ? 'Connection refused' : error.message));
    });
    this.peers.set(id, address);
    this.log.write('info', `${id}-connectd`, 'lightningd-double: connected (TCP only; a test double speaks no Lightning protocol)');
    return this.connected(id, address, 'out');
  }

  private connected(id: string, address: { host: string; port: number }, direction: 'in' | 'out'): object {
    return { id, features: '08a0880a8a59a1', direction, address: { type: net.isIPv6(address.host) ? 'ipv6' : 'ipv4', address: address.host, port: address.port } };
  }

  /**
   * lightningd's pay, as far as a node without channels gets: hsmd preapproves the invoice first
   * (`hsmd_preapprove_invoice` on lightningd's connection, as the pay plugin's preapproveinvoice
   * does, so it waits for the signer), then its own unpaid invoice is paid to itself (self-payment:
   * marked paid, invoice_payment notified, no HTLC); any other invoice fails as it would without a
   * route.
   */
  private async pay(params: Record<string, unknown> | unknown[]): Promise<object> {
    const { bolt11 } = named(params, ['bolt11']);
    if (typeof bolt11 !== 'string') throw new RpcFailure(-32602, 'missing required parameter: bolt11');
    let decoded;
    try {
      decoded = decodeInvoice(bolt11.replace(/^lightning:/i, '').toLowerCase());
    } catch {
      throw new RpcFailure(-32602, `bolt11: Invalid bolt11: Bad bech32 string`);
    }
    const approval = decodeHsmdAs('hsmd_preapprove_invoice_reply', await this.hsmd!.request({ kind: 'hsmd_preapprove_invoice', invstring: bolt11 }));
    if (!approval.approved) throw new RpcFailure(-1, 'preapproveinvoice: hsmd refused the invoice');
    const own = [...this.invoices.values()].find((invoice) => invoice.bolt11 === bolt11.toLowerCase());
    if (decoded.payee !== this.nodeId || !own) {
      throw new RpcFailure(205, `Ran out of routes to try after 1 attempt: see \`paystatus\` (lightningd TEST DOUBLE: no channels, so no route to ${decoded.payee})`);
    }
    if (own.paid) throw new RpcFailure(-1, `Already paid with this hash (lightningd TEST DOUBLE: invoice ${own.label} is paid)`);
    if (own.amountMsat === undefined) throw new RpcFailure(-32602, 'amount_msat: Must specify amount_msat for amountless invoice');
    this.payInvoice({ label: own.label });
    return {
      payment_preimage: own.preimage,
      destination: this.nodeId,
      payment_hash: own.paymentHash,
      created_at: Date.now() / 1000,
      parts: 1,
      amount_msat: Number(own.amountMsat),
      amount_sent_msat: Number(own.amountMsat),
      status: 'complete',
    };
  }

  /** TEST ONLY: as if a payer paid the invoice with this label (no channel, no HTLC): marks it paid and notifies invoice_payment. */
  private payInvoice(params: Record<string, unknown> | unknown[]): object {
    const { label, amount_msat: amount } = named(params, ['label', 'amount_msat']);
    const invoice = this.invoices.get(String(label));
    if (!invoice) throw new RpcFailure(-1, `no invoice labelled ${String(label)}`);
    if (invoice.paid) throw new RpcFailure(-1, `invoice ${invoice.label} is already paid`);
    const received = amount !== undefined ? parseAmount(amount) : invoice.amountMsat;
    if (received === undefined) throw new RpcFailure(-32602, 'amount_msat: needed for an amountless invoice');
    this.payIndex += 1;
    invoice.paid = { payIndex: this.payIndex, amountReceivedMsat: received, paidAt: Math.floor(Date.now() / 1000) };
    this.log.write('info', 'lightningd', `lightningd-double: invoice ${invoice.label} paid (test method)`);
    this.notifyPlugins('invoice_payment', { msat: Number(received), preimage: invoice.preimage, label: invoice.label });
    return { label: invoice.label, status: 'paid', pay_index: this.payIndex };
  }

  /** TEST ONLY: as if peer `peer_id` sent custom message `payload`: the custommsg notification, then each plugin's custommsg hook in turn. */
  private async customMessage(params: Record<string, unknown> | unknown[]): Promise<object> {
    const { peer_id: peerId, payload } = named(params, ['peer_id', 'payload']);
    if (typeof peerId !== 'string' || !/^0[23][0-9a-f]{64}$/.test(peerId)) throw new RpcFailure(-32602, 'peer_id: should be a node id');
    if (typeof payload !== 'string' || !/^([0-9a-f]{2})+$/.test(payload)) throw new RpcFailure(-32602, 'payload: should be hex');
    this.notifyPlugins('custommsg', { peer_id: peerId, payload });
    const results = [];
    for (const plugin of this.plugins.filter((p) => p.registered('custommsg'))) {
      results.push(await plugin.callHook('custommsg', { peer_id: peerId, payload }));
    }
    return { hook_results: results };
  }

  /** Spawns each --plugin as lightningd does, before "Server started". */
  private async startPlugins(): Promise<void> {
    for (const file of this.options.plugins) {
      try {
        accessSync(file, constants.X_OK);
      } catch {
        this.fatal(`--plugin=${file}: ${file}: cannot run it (missing or not executable)`);
      }
      const plugin = await DoublePlugin.start(file, {
        cwd: this.netDir,
        env: process.env,
        version: VERSION,
        configuration: {
          'lightning-dir': this.netDir,
          'rpc-file': path.basename(this.options.rpcFile),
          startup: true,
          network: this.options.network,
          feature_set: { init: '', node: '', channel: '', invoice: '' },
        },
        log: (level, source, text) => this.log.write(level, source, text),
      });
      if (plugin) this.plugins.push(plugin);
    }
    this.log.onLine = (level, time, source, text) => {
      const seconds = time.getTime() / 1000;
      this.notifyPlugins('log', {
        level,
        time: `${Math.floor(seconds)}.${String(time.getTime() % 1000).padStart(3, '0')}000000`,
        timestamp: time.toISOString(),
        source,
        log: text,
      });
    };
  }

  /** lightningd's notify_*: `{"<topic>": payload}` to every plugin subscribed; how many got it. */
  private notifyPlugins(topic: string, payload: unknown): number {
    return this.plugins.filter((plugin) => plugin.notify(topic, { [topic]: payload })).length;
  }

  private async deriveSecret(info: string): Promise<void> {
    decodeHsmdAs('hsmd_derive_secret_reply', await this.hsmd!.request({ kind: 'hsmd_derive_secret', info: Buffer.from(info) }));
  }

  /** lightningd's wallet_sanity_check: the node id hsmd gives must be the one the database was made with. */
  private checkWallet(): void {
    const file = path.join(this.netDir, DOUBLE_STATE_FILE);
    if (existsSync(file)) {
      const stored = (JSON.parse(readFileSync(file, 'utf8')) as { node_id: string }).node_id;
      if (stored !== this.nodeId) this.fatal(`Wallet sanity check failed: database is for node ${stored}, hsmd says ${this.nodeId}`);
    } else {
      writeFileSync(file, JSON.stringify({ node_id: this.nodeId, created_at: new Date().toISOString() }) + '\n', { mode: 0o600 });
    }
  }

  private alias(): string {
    return this.options.alias ?? 'GREENHOUSE-DOUBLE';
  }

  /** lightningd's pid file lock: a second lightningd on one directory refuses to start. */
  private lockPidFile(): void {
    if (existsSync(this.pidFile)) {
      const pid = Number(readFileSync(this.pidFile, 'utf8').trim());
      // lightningd holds a lock on the file; the double checks the process is a lightningd on this directory.
      if (pid > 0 && pid !== process.pid && isAlive(pid) && runsOn(pid, this.options.lightningDir)) {
        process.stderr.write('lightningd: lightningd already running? Error locking PID file: Resource temporarily unavailable\n');
        process.exit(1);
      }
    }
    writeFileSync(this.pidFile, `${process.pid}\n`);
  }

  /** lightningd's fatal(): one BROKEN log line and stderr, exit 1. */
  private fatal(message: string): never {
    this.log.write('broken', 'lightningd', message);
    process.stderr.write(`lightningd: ${message}\n`);
    return this.exit(1);
  }

  /** A simulated crash: no cleanup (the pid file and the socket stay behind, as after a real crash). */
  private crash(why: string): never {
    this.log.write('broken', 'lightningd', `lightningd-double: ${why}`);
    process.exit(1);
  }

  /** Exits at once; the hsmd sees its request socket close and exits on its own, as with lightningd. */
  private exit(code: number): never {
    this.shuttingDown = true;
    this.removePidFile();
    process.exit(code);
  }

  private async shutdown(): Promise<void> {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    this.log.write('info', 'lightningd', 'lightningd-double: shutting down');
    this.server?.close();
    this.log.onLine = undefined;
    // lightningd gives plugins that subscribed to `shutdown` up to 30 s to exit; the double, 5 s.
    await Promise.all(this.plugins.map((plugin) => plugin.stop(5000)));
    await this.hsmd?.close();
    try {
      unlinkSync(this.options.rpcFile);
    } catch {
      // already gone
    }
    this.removePidFile();
    process.exit(0);
  }

  private removePidFile(): void {
    try {
      if (readFileSync(this.pidFile, 'utf8').trim() === String(process.pid)) unlinkSync(this.pidFile);
    } catch {
      // not ours, or gone
    }
  }
}

/** Params by name, or by position in the order given. */
function named(params: Record<string, unknown> | unknown[], order: string[]): Record<string, unknown> {
  if (!Array.isArray(params)) return params;
  return Object.fromEntries(order.map((name, i) => [name, params[i]]));
}

/** amount_msat as lightningd takes it: msat number, "Nmsat", "Nsat", or "any". */
function parseAmount(value: unknown): bigint | undefined {
  if (value === 'any') return undefined;
  const text = String(value);
  const match = /^(\d+)(msat|sat)?$/.exec(text);
  if (!match) throw new RpcFailure(-32602, `amount_msat: should be a millisatoshi amount: invalid token '${text}'`);
  const amount = BigInt(match[1]!) * (match[2] === 'sat' ? 1000n : 1n);
  if (amount === 0n) throw new RpcFailure(-32602, 'amount_msat: should be positive');
  return amount;
}

/** Whether process `pid` was started with `--lightning-dir=<dir>` (from /proc; true where there is none to ask). */
function runsOn(pid: number, dir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(`--lightning-dir=${dir}`);
  } catch {
    return !existsSync('/proc/self');
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function main(argv: string[]): Promise<void> {
  // Like lightningd: --version anywhere prints the version and exits.
  if (argv.includes('--version')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  let options: DoubleOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof OptionError)) throw error;
    process.stderr.write(`lightningd: ${error.message}\n`);
    process.exit(1);
  }
  mkdirSync(path.join(options.lightningDir, options.network), { recursive: true, mode: 0o700 });
  const log = new DoubleLog(options.logFile, options.logLevel);
  await new LightningdDouble(options, log).run();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`lightningd: lightningd-double failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
