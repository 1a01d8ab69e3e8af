import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { status, type ServiceError } from '@grpc/grpc-js';
import { Credentials, SchedulerClient } from '@greenhouse/client';
import { parsePairingQrText } from '@greenhouse/common';
import { parseRestrictions, Rune } from '@greenhouse/common/runes';
import type { GetPairingDataResponse__Output } from '@greenhouse/common/generated/scheduler/GetPairingDataResponse.ts';
import { schedulerSettings } from '../settings.ts';
import { print } from '../output.ts';
import { readQrPng, terminalQr, writeQrPng, writeQrSvg } from '../qr.ts';

/** Exit codes of `pair request` and `pair approve`; 1 is any other failure. */
export const PAIR_EXIT = { approved: 0, denied: 2, expired: 3, noSigner: 4, cancelled: 130 } as const;

class PairingFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

interface RequestOptions {
  name: string;
  creds: string;
  restrict?: string;
  description?: string;
  node?: string;
  qrPng?: string;
  qrSvg?: string;
  dir?: string;
  json?: boolean;
}

interface ApproveOptions {
  creds: string;
  yes?: boolean;
  dir?: string;
  json?: boolean;
}

export function pairCommands(program: Command): void {
  const pair = program
    .command('pair')
    .description('bring a device without the seed into your node, approved from a trusted device')
    .addHelpText(
      'after',
      `\nExit codes: ${PAIR_EXIT.approved} approved, ${PAIR_EXIT.denied} denied or refused by the signer, ${PAIR_EXIT.expired} expired, ${PAIR_EXIT.noSigner} no signer of the node running, 1 anything else.`,
    );

  pair
    .command('request')
    .description('on the new device: ask to join a node, show the QR code, wait for approval, then save this device\'s creds')
    .requiredOption('--name <name>', 'this device\'s name, e.g. "Shop terminal"')
    .requiredOption('--creds <file>', 'where to write the creds; device.crt and device-key.pem go beside it')
    .option('--restrict <restrictions>', 'what this device may do, as rune restrictions, e.g. "method^list|method^get|method=createinvoice"')
    .option('--description <text>', 'shown to whoever approves')
    .option('--node <node_id>', 'the node to join, if you know it (else the first trusted device to look at the request takes it)')
    .option('--qr-png <file>', 'also write the QR code as a PNG image')
    .option('--qr-svg <file>', 'also write the QR code as an SVG image')
    .option('--dir <dir>', 'the local stack data directory (reads metadata.json); default: GL_* variables or ./.greenhouse')
    .option('--json', 'print JSON')
    .action((options: RequestOptions) => exitOnFailure(requestPairing(options)));

  pair
    .command('approve')
    .description('on a trusted device: show who asks to join and for what, and approve (or deny) it')
    .argument('<request>', 'the gl-pairing:… text, or a PNG image of its QR code')
    .requiredOption('--creds <file>', 'this trusted device\'s creds (its rune must allow approvepairing)')
    .option('--yes', 'approve without asking (for scripts)')
    .option('--dir <dir>', 'the local stack data directory; default: GL_* variables or ./.greenhouse')
    .option('--json', 'print JSON')
    .action((request: string, options: ApproveOptions) => exitOnFailure(approvePairing(request, options)));

  pair
    .command('deny')
    .description('on a trusted device: say no; the new device hears it at once')
    .argument('<request>', 'the gl-pairing:… text, or a PNG image of its QR code')
    .requiredOption('--creds <file>', 'this trusted device\'s creds')
    .option('--reason <text>', 'told to the new device')
    .option('--dir <dir>', 'the local stack data directory; default: GL_* variables or ./.greenhouse')
    .option('--json', 'print JSON')
    .action((request: string, options: { creds: string; reason?: string; dir?: string; json?: boolean }) =>
      exitOnFailure(
        withTrustedClient(options, async (client) => {
          const deviceId = await pairingTarget(request);
          await client.denyPairing(deviceId, options.reason ?? '').catch((error: unknown) => rethrow(error, client));
          print({ denied: true, device_id: deviceId }, options);
        }),
      ),
    );
}

async function requestPairing(options: RequestOptions): Promise<void> {
  const dir = path.dirname(path.resolve(options.creds));
  const outputs = { creds: options.creds, cert: path.join(dir, 'device.crt'), key: path.join(dir, 'device-key.pem') };
  const existing = Object.values(outputs).filter((file) => existsSync(file));
  if (existing.length > 0) throw new Error(`${existing.join(', ')} exist already; pass a --creds path in another directory`);
  if (options.node !== undefined && !/^0[23][0-9a-f]{64}$/.test(options.node)) throw new Error('--node must be a 66-hex-digit node id');

  const settings = schedulerSettings(options.dir);
  const client = new SchedulerClient(settings.uri, {
    caPem: await readFile(settings.caPath, 'utf8'),
    certPem: await readFile(settings.nobodyCertPath),
    keyPem: await readFile(settings.nobodyKeyPath),
  });
  try {
    const pending = await client.requestPairing({
      name: options.name,
      ...(options.description !== undefined && { description: options.description }),
      ...(options.restrict !== undefined && { restrictions: options.restrict }),
      ...(options.node !== undefined && { nodeId: Buffer.from(options.node, 'hex') }),
    });
    const cancel = () => pending.cancel();
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
    if (options.qrPng) await writeQrPng(options.qrPng, pending.qrText);
    if (options.qrSvg) await writeQrSvg(options.qrSvg, pending.qrText);
    // People read the QR on stderr; stdout is left for the result (JSON when piped).
    process.stderr.write(
      `${await terminalQr(pending.qrText)}\n` +
        `Pairing "${options.name}"${options.restrict ? `, allowed: ${options.restrict}` : ' with every right (no --restrict)'}.\n` +
        `Scan the QR code with a trusted device of your node, or run there:\n\n  greenhouse pair approve ${pending.qrText}\n\n` +
        'Waiting for approval (Ctrl-C to give up)…\n',
    );
    const paired = await pending.result.catch((error: unknown) => rethrow(error, client));
    await paired.credentials.save(outputs.creds);
    await writeFile(outputs.cert, paired.credentials.certPem);
    await writeFile(outputs.key, paired.credentials.keyPem, { mode: 0o600 });
    print(
      {
        approved: true,
        node_id: paired.nodeId.toString('hex'),
        device: options.name,
        rune_restrictions: Rune.fromBase64(paired.credentials.rune).restrictionsText,
        creds: path.resolve(outputs.creds),
      },
      options,
    );
  } finally {
    client.close();
  }
}

async function approvePairing(request: string, options: ApproveOptions): Promise<void> {
  await withTrustedClient(options, async (client, creds) => {
    const deviceId = await pairingTarget(request);
    const data = await client.getPairingData(deviceId).catch((error: unknown) => rethrow(error, client));
    process.stderr.write(describeRequest(data, creds));
    const yes = options.yes || (await askYesNo('Approve? [y/N] '));
    if (!yes) {
      await client.denyPairing(deviceId, `declined on device "${deviceName(creds)}"`).catch((error: unknown) => rethrow(error, client));
      throw new PairingFailure(`denied: "${data.device_name}" was told no`, PAIR_EXIT.denied);
    }
    await client.approvePairing(data, creds).catch((error: unknown) => rethrow(error, client));
    print({ approved: true, device: data.device_name, device_id: deviceId, node_id: creds.nodeId().toString('hex') }, options);
  });
}

async function withTrustedClient<T>(options: { creds: string; dir?: string }, work: (client: SchedulerClient, creds: Credentials) => Promise<T>): Promise<T> {
  const creds = await Credentials.load(options.creds);
  const client = new SchedulerClient(schedulerSettings(options.dir).uri, { caPem: creds.caPem, certPem: creds.certPem, keyPem: creds.keyPem });
  try {
    return await work(client, creds);
  } finally {
    client.close();
  }
}

/** `gl-pairing:<device_id>`, a bare device id, or a PNG image of the QR code. */
async function pairingTarget(argument: string): Promise<string> {
  const direct = parsePairingQrText(argument);
  if (direct) return direct;
  if (!existsSync(argument)) throw new Error(`"${argument.slice(0, 40)}" is neither gl-pairing:<130 hex digits> nor an image file`);
  const text = await readQrPng(argument);
  const scanned = parsePairingQrText(text);
  if (!scanned) throw new Error(`the QR code in ${argument} is not a pairing request (it says "${text.slice(0, 40)}")`);
  return scanned;
}

/** Who asks and for what, in words. */
function describeRequest(data: GetPairingDataResponse__Output, approver: Credentials): string {
  const rights = parseRestrictions(data.restrictions).filter((r) => !r.alternatives.some((a) => a.field === 'pubkey'));
  const lines = [
    `Device "${data.device_name}" asks to join node ${approver.nodeId().toString('hex')}.`,
    ...(data.description ? [`  description: ${data.description}`] : []),
    `  device key:  ${data.device_id.slice(0, 20)}…`,
    rights.length === 0
      ? '  it may do:   everything this node allows (no restrictions)'
      : `  it may do:   ${rights.map((r) => r.alternatives.map((a) => explain(a.field, a.operator, a.value)).join(' or ')).join('; and ')}`,
    `  rune:        ${data.restrictions.replace(`pubkey=${data.device_id}`, 'pubkey=<its key>')}`,
    '',
  ];
  return `${lines.join('\n')}\n`;
}

function explain(field: string, operator: string, value: string): string {
  const subject = field === 'method' ? 'methods' : field;
  switch (operator) {
    case '=':
      return field === 'method' ? value : `${subject} = ${value}`;
    case '^':
      return `${subject} starting with "${value}"`;
    case '$':
      return `${subject} ending with "${value}"`;
    case '~':
      return `${subject} containing "${value}"`;
    case '/':
      return `${subject} other than ${value}`;
    case '<':
      return field === 'time' ? `until ${new Date(Number(value) * 1000).toISOString()}` : `${subject} < ${value}`;
    case '>':
      return field === 'time' ? `from ${new Date(Number(value) * 1000).toISOString()}` : `${subject} > ${value}`;
    default:
      return `${field}${operator}${value}`;
  }
}

async function askYesNo(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) throw new Error('not a terminal, so nobody can answer: pass --yes to approve, or run greenhouse pair deny');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

function deviceName(creds: Credentials): string {
  const match = /CN=\/users\/[0-9a-f]+\/([^\n]+)/.exec(new X509Certificate(creds.certPem).subject);
  return match?.[1] ?? 'a trusted device';
}

/** A scheduler refusal as a message and an exit code a person or a script can act on. */
function rethrow(error: unknown, client: SchedulerClient): never {
  const { code, details } = error as Partial<ServiceError>;
  const message = details || (error as Error).message;
  switch (code) {
    case status.PERMISSION_DENIED:
      throw new PairingFailure(`denied: ${message}`, PAIR_EXIT.denied);
    case status.DEADLINE_EXCEEDED:
      throw new PairingFailure(`expired: ${message}`, PAIR_EXIT.expired);
    case status.CANCELLED:
      throw new PairingFailure('cancelled: the request was withdrawn', PAIR_EXIT.cancelled);
    case status.UNAVAILABLE:
      if (/no signer/.test(message)) throw new PairingFailure(message, PAIR_EXIT.noSigner);
      throw new PairingFailure(`the scheduler at ${client.uri} is not reachable (is the stack running? pnpm start): ${message}`, 1);
    default:
      throw new PairingFailure(message, 1);
  }
}

function exitOnFailure(work: Promise<void>): Promise<void> {
  return work.catch((error: unknown) => {
    if (error instanceof PairingFailure) {
      process.stderr.write(`greenhouse: ${error.message}\n`);
      process.exit(error.exitCode);
    }
    throw error;
  });
}
