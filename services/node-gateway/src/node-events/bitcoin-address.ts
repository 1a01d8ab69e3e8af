// Is this string a Bitcoin address of that network? For Configure's close_to_addr: segwit addresses
// (BIP173 bech32 for version 0, BIP350 bech32m for versions 1–16) and base58check P2PKH/P2SH, with the
// prefixes Core Lightning's chainparams use per network. Nothing is derived or built, only checked.
import { createHash } from 'node:crypto';
import type { ClnNetwork } from '../supervisor/index.ts';

interface AddressParams {
  hrp: string;
  p2pkh: number;
  p2sh: number;
}

const PARAMS: Record<ClnNetwork, AddressParams> = {
  bitcoin: { hrp: 'bc', p2pkh: 0x00, p2sh: 0x05 },
  testnet: { hrp: 'tb', p2pkh: 0x6f, p2sh: 0xc4 },
  testnet4: { hrp: 'tb', p2pkh: 0x6f, p2sh: 0xc4 },
  signet: { hrp: 'tb', p2pkh: 0x6f, p2sh: 0xc4 },
  regtest: { hrp: 'bcrt', p2pkh: 0x6f, p2sh: 0xc4 },
};

/** Why `address` is not an address of `network`, or undefined when it is one. */
export function bitcoinAddressProblem(address: string, network: ClnNetwork): string | undefined {
  const params = PARAMS[network];
  if (!address) return 'it is empty';
  if (address.trim() !== address) return 'it has surrounding whitespace';
  const separator = address.lastIndexOf('1');
  const prefix = address.slice(0, Math.max(separator, 0)).toLowerCase();
  if (separator > 0 && /^(bc|tb|bcrt)$/.test(prefix)) {
    if (prefix !== params.hrp) return `it is a segwit address for another network (prefix ${prefix}1, ${network} uses ${params.hrp}1)`;
    return segwitProblem(address, params.hrp);
  }
  return base58Problem(address, params, network);
}

// --- bech32 / bech32m (BIP173, BIP350) ---

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function polymod(values: number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ value) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GENERATOR[i]!) >>> 0;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

function segwitProblem(address: string, hrp: string): string | undefined {
  if (address.length > 90) return 'it is longer than a segwit address can be';
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return 'it mixes upper and lower case';
  const lower = address.toLowerCase();
  const dataPart = lower.slice(hrp.length + 1);
  if (dataPart.length < 6) return 'it is too short';
  const data: number[] = [];
  for (const c of dataPart) {
    const value = CHARSET.indexOf(c);
    if (value < 0) return `it has a character bech32 does not use (${c})`;
    data.push(value);
  }
  const check = polymod([...hrpExpand(hrp), ...data]);
  const words = data.slice(0, -6);
  if (words.length === 0) return 'it has no witness version';
  const version = words[0]!;
  if (version > 16) return `witness version ${version} does not exist`;
  const expected = version === 0 ? BECH32_CONST : BECH32M_CONST;
  if (check !== expected) {
    const other = version === 0 ? BECH32M_CONST : BECH32_CONST;
    return check === other
      ? `its checksum is ${version === 0 ? 'bech32m' : 'bech32'}, but witness version ${version} needs ${version === 0 ? 'bech32' : 'bech32m'}`
      : 'its checksum is wrong (a typo?)';
  }
  const program = convertBits(words.slice(1), 5, 8);
  if (!program) return 'its witness program has invalid padding';
  if (program.length < 2 || program.length > 40) return `its witness program has ${program.length} bytes (2 to 40 allowed)`;
  if (version === 0 && program.length !== 20 && program.length !== 32) return `a version 0 witness program has 20 or 32 bytes, not ${program.length}`;
  return undefined;
}

function convertBits(data: number[], from: number, to: number): number[] | undefined {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const value of data) {
    acc = (acc << from) | value;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
  }
  if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) return undefined;
  return out;
}

// --- base58check (P2PKH, P2SH) ---

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58Problem(address: string, params: AddressParams, network: ClnNetwork): string | undefined {
  if (address.length > 64) return 'it is neither a segwit nor a base58 address';
  let value = 0n;
  for (const c of address) {
    const digit = BASE58.indexOf(c);
    if (digit < 0) return `it is neither a segwit address (${params.hrp}1…) nor base58 (character ${JSON.stringify(c)})`;
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  for (const c of address) {
    if (c !== '1') break;
    bytes.unshift(0);
  }
  const decoded = Buffer.from(bytes);
  if (decoded.length !== 25) return `it decodes to ${decoded.length} bytes, not the 25 of a P2PKH or P2SH address`;
  const payload = decoded.subarray(0, 21);
  const digest = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  if (!digest.subarray(0, 4).equals(decoded.subarray(21))) return 'its checksum is wrong (a typo?)';
  const version = payload[0]!;
  if (version !== params.p2pkh && version !== params.p2sh) return `it is a base58 address for another network than ${network} (version byte ${version})`;
  return undefined;
}
