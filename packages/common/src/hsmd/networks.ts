// The chains CLN knows (bitcoin/chainparams.c at v26.06.6), as they appear in hsmd_init: the
// `chainparams` field is the genesis block hash in internal byte order, and `bip32_key_version` the
// network's extended-key version bytes. Lets a signer check lightningd runs on the chain it expects.
import type { Bip32KeyVersion } from './key-types.ts';

const MAINNET_KEYS: Bip32KeyVersion = { pubkey_version: 0x0488b21e, privkey_version: 0x0488ade4 };
const TESTNET_KEYS: Bip32KeyVersion = { pubkey_version: 0x043587cf, privkey_version: 0x04358394 };

export interface HsmdNetwork {
  /** CLN's network name, as given to `--network`. */
  readonly name: string;
  /** Genesis block hash in internal byte order, hex (reverse of what bitcoind prints). */
  readonly chainHash: string;
  readonly keyVersion: Bip32KeyVersion;
}

export const HSMD_NETWORKS: readonly HsmdNetwork[] = [
  { name: 'bitcoin', chainHash: '6fe28c0ab6f1b372c1a6a246ae63f74f931e8365e15a089c68d6190000000000', keyVersion: MAINNET_KEYS },
  { name: 'regtest', chainHash: '06226e46111a0b59caaf126043eb5bbf28c34f3a5e332a1fc7b2b73cf188910f', keyVersion: TESTNET_KEYS },
  { name: 'signet', chainHash: 'f61eee3b63a380a477a063af32b2bbc97c9ff9f01f2c4225e973988108000000', keyVersion: TESTNET_KEYS },
  { name: 'testnet', chainHash: '43497fd7f826957108f4a30fd9cec3aeba79972084e90ead01ea330900000000', keyVersion: TESTNET_KEYS },
  { name: 'testnet4', chainHash: '43f08bdab050e35b567c864b91f47f50ae725ae2de53bcfbbaf284da00000000', keyVersion: TESTNET_KEYS },
  { name: 'liquid-regtest', chainHash: '9f87eb580b9e5f11dc211e9fb66abb3699999044f8fe146801162393364286c6', keyVersion: TESTNET_KEYS },
  { name: 'liquid', chainHash: '1466275836220db2944ca059a3a10ef6fd2ea684b0688d2c379296888a206003', keyVersion: MAINNET_KEYS },
];

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The network whose genesis hash this is, or undefined (CLN's chainparams_by_chainhash). */
export function networkForChainHash(chainHash: Uint8Array): HsmdNetwork | undefined {
  const hex = toHex(chainHash);
  return HSMD_NETWORKS.find((network) => network.chainHash === hex);
}

/** The network called `name` (CLN's chainparams_for_network), or undefined. */
export function networkByName(name: string): HsmdNetwork | undefined {
  return HSMD_NETWORKS.find((network) => network.name === name);
}
