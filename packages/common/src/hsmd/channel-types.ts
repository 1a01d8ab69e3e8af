// Codecs for channel key material (common/derive_basepoints.c, wire/channel_type_wire.csv).
import { fixedBytes, u16Bytes, type FieldCodec } from './primitives.ts';
import { pubkey } from './key-types.ts';

export interface Basepoints {
  readonly revocation: Uint8Array;
  readonly payment: Uint8Array;
  readonly htlc: Uint8Array;
  readonly delayed_payment: Uint8Array;
}

/** `basepoints`: four pubkeys in this wire order (not the order of the derived key material). */
export const basepoints: FieldCodec<Basepoints> = {
  read: (r) => ({
    revocation: pubkey.read(r),
    payment: pubkey.read(r),
    htlc: pubkey.read(r),
    delayed_payment: pubkey.read(r),
  }),
  write(w, v) {
    pubkey.write(w, v.revocation);
    pubkey.write(w, v.payment);
    pubkey.write(w, v.htlc);
    pubkey.write(w, v.delayed_payment);
  },
};

export interface ChannelSecrets {
  readonly funding_privkey: Uint8Array;
  readonly revocation_basepoint_secret: Uint8Array;
  readonly payment_basepoint_secret: Uint8Array;
  readonly delayed_payment_basepoint_secret: Uint8Array;
  readonly htlc_basepoint_secret: Uint8Array;
}

const secret32 = fixedBytes(32);

/** `secrets` (only in hsmd_init's dev_force_channel_secrets): five 32-byte secrets in this order. */
export const channelSecrets: FieldCodec<ChannelSecrets> = {
  read: (r) => ({
    funding_privkey: secret32.read(r),
    revocation_basepoint_secret: secret32.read(r),
    payment_basepoint_secret: secret32.read(r),
    delayed_payment_basepoint_secret: secret32.read(r),
    htlc_basepoint_secret: secret32.read(r),
  }),
  write(w, v) {
    secret32.write(w, v.funding_privkey);
    secret32.write(w, v.revocation_basepoint_secret);
    secret32.write(w, v.payment_basepoint_secret);
    secret32.write(w, v.delayed_payment_basepoint_secret);
    secret32.write(w, v.htlc_basepoint_secret);
  },
};

/** `channel_type`: u16 length then the feature bit field bytes (a subtype in channel_type_wire.csv). */
export const channelType: FieldCodec<Uint8Array> = u16Bytes;
