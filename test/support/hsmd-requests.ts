// hsmd requests exactly as lightningd sends them, shared by the tests that play lightningd.
import { encodeHsmd } from '@greenhouse/common/hsmd';

/** lightningd's hsmd_init on regtest (cln-hsmd.md §4a): testnet BIP32 versions, regtest genesis hash in wire order. */
export const REGTEST_INIT = encodeHsmd({
  kind: 'hsmd_init',
  bip32_key_version: { pubkey_version: 0x043587cf, privkey_version: 0x04358394 },
  chainparams: Buffer.from('06226e46111a0b59caaf126043eb5bbf28c34f3a5e332a1fc7b2b73cf188910f', 'hex'),
  hsm_wire_min_version: 5,
  hsm_wire_max_version: 6,
});

export const deriveSecretRequest = (info: string) => encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from(info) });
