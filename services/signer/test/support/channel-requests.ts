// A channel's life as hsmd requests, the way lightningd and its subdaemons send them: open
// (new_channel, basepoints, per-commitment points, setup, first commitments, funding PSBT), payments
// (commitment_signed both ways, HTLC transactions, revoke_and_ack both ways, the watchtower's penalty),
// cooperative close, unilateral close and its sweeps, wallet spends, splicing, forget. The same
// requests go to CLN's lightning_hsmd and to our signer (test/real-hsmd-channels.test.ts), and their
// replies are captured as fixtures (capture-channel-vectors.ts) for the bare-machine test.
//
// Every key and transaction is fixed, so the requests (and stock hsmd's replies) are deterministic.
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Script, Transaction } from '@scure/btc-signer';
import {
  encodeHsmd,
  HSM_PERM_COMMITMENT_POINT,
  HSM_PERM_ECDH,
  HSM_PERM_LOCK_OUTPOINT,
  HSM_PERM_SIGN_CLOSING_TX,
  HSM_PERM_SIGN_ONCHAIN_TX,
  HSM_PERM_SIGN_REMOTE_TX,
  HSM_PERM_SIGN_SPLICE_TX,
  HSM_PERM_SIGN_GOSSIP,
  HSM_PERM_SIGN_WILL_FUND_OFFER,
  type HsmUtxo,
} from '@greenhouse/common/hsmd';
import { HsmKeys, HsmSecret as HsmSecretClass, perCommitmentPoint, perCommitmentSecret, type HsmSecret } from '../../src/crypto/index.ts';
import {
  anchorWitnessScript,
  fundingWitnessScript,
  hash160,
  p2wshScript,
  TX_OPTIONS,
} from '../../src/crypto/bitcoin-tx.ts';
import { signHash } from '../../src/crypto/ecdsa.ts';
import { rawEntry, readMaps, writeMaps } from '../../src/crypto/psbt-signing.ts';

/** Which connection a request goes on: lightningd's own, or a subdaemon's client for the channel. */
export type Connection = 'master' | 'openingd' | 'channeld' | 'closingd' | 'onchaind';

export interface ClientSpec {
  peerId: Uint8Array;
  dbid: bigint;
  permissions: bigint;
}

export interface ChannelStep {
  name: string;
  on: Connection;
  request: Uint8Array;
}

/** The permissions lightningd gives each subdaemon (lightningd/*.c `hsm_get_client_fd` calls). */
export const SUBDAEMON_PERMISSIONS: Record<Exclude<Connection, 'master'>, number> = {
  openingd: HSM_PERM_COMMITMENT_POINT | HSM_PERM_SIGN_REMOTE_TX,
  channeld:
    HSM_PERM_ECDH |
    HSM_PERM_SIGN_GOSSIP |
    HSM_PERM_SIGN_ONCHAIN_TX |
    HSM_PERM_COMMITMENT_POINT |
    HSM_PERM_SIGN_REMOTE_TX |
    HSM_PERM_SIGN_WILL_FUND_OFFER |
    HSM_PERM_SIGN_SPLICE_TX |
    HSM_PERM_LOCK_OUTPOINT,
  closingd: HSM_PERM_SIGN_CLOSING_TX | HSM_PERM_COMMITMENT_POINT,
  onchaind: HSM_PERM_SIGN_ONCHAIN_TX | HSM_PERM_COMMITMENT_POINT,
};

const scalar = (n: bigint) => secp256k1.Point.Fn.toBytes(n);
const point = (n: bigint) => secp256k1.getPublicKey(scalar(n), true);

/** The peer of the channel: 12345·G, and dbid 7 (cln-hsmd.md §5.9). */
export const PEER_ID = point(12345n);
export const DBID = 7n;

/** The peer's own channel secrets (fixed numbers; only the test plays the peer). */
const REMOTE = {
  funding: scalar(1001n),
  revocation: point(1002n),
  payment: point(1003n),
  htlc: point(1004n),
  delayed: point(1005n),
  shaseed: sha256(Uint8Array.of(42)),
};

const FUNDING_TXID = sha256(Uint8Array.of(1)); // wire order
const FUNDING_SAT = 1_000_000n;

function txOf(build: (tx: Transaction) => void, lockTime = 0): { tx: Uint8Array; psbt: Uint8Array } {
  const tx = new Transaction({ ...TX_OPTIONS, version: 2, lockTime });
  build(tx);
  return { tx: tx.toBytes(false, false), psbt: tx.toPSBT(0) };
}

const displayTxid = (wire: Uint8Array) => Uint8Array.from(wire).reverse();
const p2wpkh = (pubkey: Uint8Array) => Script.encode(['OP_0', hash160(pubkey)]);
const p2tr = (pubkey: Uint8Array) => {
  const tweaked = secp256k1.Point.fromBytes(pubkey);
  // BIP86 output key: internal key tweaked with TapTweak(xonly).
  const xonly = pubkey.subarray(1);
  const t = secp256k1.Point.Fn.fromBytes(taggedHash('TapTweak', xonly));
  const even = tweaked.y % 2n === 0n ? tweaked : tweaked.negate();
  return Script.encode(['OP_1', even.add(secp256k1.Point.BASE.multiply(t)).toBytes(true).subarray(1)]);
};

function taggedHash(tag: string, ...data: Uint8Array[]): Uint8Array {
  const t = sha256(new TextEncoder().encode(tag));
  return sha256(Uint8Array.from([...t, ...t, ...data.flatMap((d) => [...d])]));
}

/** A commitment-shaped transaction spending the funding output (BOLT 3 anchors layout). */
function commitmentTx(localFunding: Uint8Array, n: number): { tx: Uint8Array; psbt: Uint8Array } {
  const fundingScript = fundingWitnessScript(localFunding, secp256k1.getPublicKey(REMOTE.funding, true));
  const obscured = BigInt(n) ^ 0x2bb038521914n;
  return txOf((tx) => {
    tx.addInput({
      txid: displayTxid(FUNDING_TXID),
      index: 0,
      sequence: (0x80000000 | Number(obscured >> 24n)) >>> 0,
      witnessUtxo: { script: p2wshScript(fundingScript), amount: FUNDING_SAT },
    });
    tx.addOutput({ script: p2wshScript(anchorWitnessScript(localFunding)), amount: 330n });
    tx.addOutput({ script: p2wshScript(anchorWitnessScript(secp256k1.getPublicKey(REMOTE.funding, true))), amount: 330n });
    tx.addOutput({ script: p2wshScript(Uint8Array.of(0x51, n)), amount: 600_000n - BigInt(n) * 1000n });
    tx.addOutput({ script: p2wpkh(REMOTE.payment), amount: 390_000n + BigInt(n) * 1000n });
  }, 0x20000000 | Number(obscured & 0xffffffn));
}

/** A one-input spend of output `vout` of `parent` (HTLC txs, sweeps, penalties). */
function spendTx(parent: Uint8Array, vout: number, amount: bigint, sequence: number, to: Uint8Array): { tx: Uint8Array; psbt: Uint8Array } {
  return txOf((tx) => {
    tx.addInput({ txid: parent, index: vout, sequence, witnessUtxo: { script: p2wshScript(Uint8Array.of(0x51, vout)), amount } });
    tx.addOutput({ script: to, amount: amount - 500n });
  });
}

/** The peer's signature on our commitment (their funding key over our 2-of-2). */
function peerSignature(wire: { tx: Uint8Array; psbt: Uint8Array }, localFunding: Uint8Array) {
  const tx = Transaction.fromRaw(wire.tx, TX_OPTIONS);
  const script = fundingWitnessScript(localFunding, secp256k1.getPublicKey(REMOTE.funding, true));
  const hash = tx.preimageWitnessV0(0, script, 1, FUNDING_SAT);
  return { signature: signHash(REMOTE.funding, hash), sighash_type: 1 };
}

function utxo(keys: HsmKeys, keyindex: number, vout: number, amount: bigint, taproot: boolean): HsmUtxo {
  const pubkey = keys.wallet.walletKey(keyindex).publicKey;
  return { txid: sha256(Uint8Array.of(9, keyindex)), vout, amount_sat: amount, keyindex, script_pubkey: taproot ? p2tr(pubkey) : p2wpkh(pubkey) };
}

/** A PSBT spending `utxos` (plus `extra` inputs) to one P2WPKH output, as lightningd's txprepare builds it. */
function walletPsbt(utxos: HsmUtxo[], extra: (tx: Transaction) => void = () => undefined): Uint8Array {
  const tx = new Transaction({ ...TX_OPTIONS, version: 2, lockTime: 100 });
  for (const u of utxos) {
    tx.addInput({ txid: displayTxid(u.txid), index: u.vout, sequence: 0xfffffffd, witnessUtxo: { script: u.script_pubkey, amount: u.amount_sat } });
  }
  extra(tx);
  const total = utxos.reduce((sum, u) => sum + u.amount_sat, 0n);
  tx.addOutput({ script: p2wpkh(point(777n)), amount: total - 1000n });
  return tx.toPSBT(0);
}

/** Every request of the channel's life, in the order CLN sends them. */
export function channelLifeRequests(secret: HsmSecret): ChannelStep[] {
  const keys = new HsmKeys(secret, 'regtest');
  const channel = keys.channelKeys(PEER_ID, DBID);
  const localFunding = channel.fundingPublicKey;
  const remoteFunding = secp256k1.getPublicKey(REMOTE.funding, true);
  const remotePoint = (n: number) => perCommitmentPoint(REMOTE.shaseed, n);
  const remoteSecret = (n: number) => perCommitmentSecret(REMOTE.shaseed, n);
  const steps: ChannelStep[] = [];
  const add = (name: string, on: Connection, request: Uint8Array) => steps.push({ name, on, request });

  // Open (lightningd/opening_common.c, openingd/openingd.c).
  add('new_channel', 'master', encodeHsmd({ kind: 'hsmd_new_channel', id: PEER_ID, dbid: DBID }));
  add('get_channel_basepoints', 'master', encodeHsmd({ kind: 'hsmd_get_channel_basepoints', peerid: PEER_ID, dbid: DBID }));
  add('get_per_commitment_point 0', 'openingd', encodeHsmd({ kind: 'hsmd_get_per_commitment_point', n: 0n }));
  add(
    'setup_channel',
    'openingd',
    encodeHsmd({
      kind: 'hsmd_setup_channel',
      is_outbound: true,
      channel_value: FUNDING_SAT,
      push_value: 0n,
      funding_txid: FUNDING_TXID,
      funding_txout: 0,
      local_to_self_delay: 144,
      local_shutdown_script: p2wpkh(keys.wallet.walletKey(3).publicKey),
      local_shutdown_wallet_index: 3,
      remote_basepoints: { revocation: REMOTE.revocation, payment: REMOTE.payment, htlc: REMOTE.htlc, delayed_payment: REMOTE.delayed },
      remote_funding_pubkey: remoteFunding,
      remote_to_self_delay: 6,
      remote_shutdown_script: new Uint8Array(),
      channel_type: Uint8Array.from([0x10, 0x10, 0x00]), // static_remotekey (12) + anchors (22)
    }),
  );
  const remoteCommitment = (n: number) =>
    encodeHsmd({
      kind: 'hsmd_sign_remote_commitment_tx',
      tx: commitmentTx(localFunding, n + 100),
      remote_funding_key: remoteFunding,
      remote_per_commit: remotePoint(n),
      option_static_remotekey: true,
      commit_num: BigInt(n),
      htlcs: n === 1 ? [{ side: 0, amount: 5_000_000n, payment_hash: sha256(Uint8Array.of(5)), cltv_expiry: 500 }] : [],
      feerate: 253,
    });
  const validate = (n: number) => {
    const tx = commitmentTx(localFunding, n);
    return encodeHsmd({
      kind: 'hsmd_validate_commitment_tx',
      tx,
      htlcs: [],
      commit_num: BigInt(n),
      feerate: 253,
      sig: peerSignature(tx, localFunding),
      htlc_sigs: [],
    });
  };
  add('sign_remote_commitment_tx 0', 'openingd', remoteCommitment(0));
  add('validate_commitment_tx 0', 'openingd', validate(0));

  // The funding transaction: a wallet spend (sign_withdrawal) of legacy and taproot outputs.
  const walletUtxos = [utxo(keys, 1, 0, 400_000n, false), utxo(keys, 2, 1, 700_000n, true)];
  add('sign_withdrawal (funding)', 'master', encodeHsmd({ kind: 'hsmd_sign_withdrawal', inputs: walletUtxos, psbt: walletPsbt(walletUtxos) }));

  // As txprepare really builds it: the previous transactions too (non_witness_utxo), and a keypath
  // on the change output.
  const previous = new Transaction({ ...TX_OPTIONS, version: 2 });
  previous.addInput({ txid: sha256(Uint8Array.of(55)), index: 1, sequence: 0xfffffffe });
  const changeKey = keys.wallet.walletKey(8).publicKey;
  const paid = utxo(keys, 9, 0, 250_000n, false);
  previous.addOutput({ script: paid.script_pubkey, amount: paid.amount_sat });
  previous.addOutput({ script: p2wpkh(point(99n)), amount: 12_345n });
  const withPrevious: HsmUtxo = { ...paid, txid: Uint8Array.from(Buffer.from(previous.id, 'hex')).reverse() };
  const fullPsbt = (() => {
    const tx = new Transaction({ ...TX_OPTIONS, version: 2, lockTime: 101 });
    tx.addInput({
      txid: previous.id,
      index: 0,
      sequence: 0xfffffffd,
      witnessUtxo: { script: paid.script_pubkey, amount: paid.amount_sat },
      nonWitnessUtxo: previous.toBytes(true, false),
    });
    tx.addOutput({ script: p2wshScript(fundingWitnessScript(localFunding, remoteFunding)), amount: 200_000n });
    tx.addOutput({
      script: p2wpkh(changeKey),
      amount: 49_000n,
      bip32Derivation: [[changeKey, { fingerprint: new DataView(hash160(changeKey).buffer).getUint32(0), path: [8] }]],
    });
    // lightningd's serial ids: proprietary `lightning` fields, subtype 2 written before subtype 1;
    // and a keypath of another key already on the input (ours is added after it).
    const maps = readMaps(tx.toPSBT(0));
    const lightning = (subtype: number) => Uint8Array.from([0xfc, 9, ...new TextEncoder().encode('lightning'), subtype]);
    const otherKey = point(4321n);
    maps[1]!.push(
      rawEntry(Uint8Array.from([0x06, ...otherKey]), Uint8Array.from([1, 2, 3, 4, 7, 0, 0, 0])),
      rawEntry(lightning(2), Uint8Array.of(0, 1)),
      rawEntry(lightning(1), Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)),
    );
    maps[3]!.push(rawEntry(lightning(1), Uint8Array.of(8, 7, 6, 5, 4, 3, 2, 1)));
    return writeMaps(maps);
  })();
  add('sign_withdrawal (previous transactions, change keypath, serial ids)', 'master', encodeHsmd({ kind: 'hsmd_sign_withdrawal', inputs: [withPrevious], psbt: fullPsbt }));

  // channeld: lock-in, then payments.
  add('get_per_commitment_point 1', 'channeld', encodeHsmd({ kind: 'hsmd_get_per_commitment_point', n: 1n }));
  add('check_outpoint', 'channeld', encodeHsmd({ kind: 'hsmd_check_outpoint', funding_txid: FUNDING_TXID, funding_txout: 0 }));
  add('lock_outpoint', 'channeld', encodeHsmd({ kind: 'hsmd_lock_outpoint', funding_txid: FUNDING_TXID, funding_txout: 0 }));
  add('sign_remote_commitment_tx 1', 'channeld', remoteCommitment(1));
  for (const anchors of [true, false]) {
    add(
      `sign_remote_htlc_tx (anchors ${anchors})`,
      'channeld',
      encodeHsmd({
        kind: 'hsmd_sign_remote_htlc_tx',
        tx: spendTx(sha256(Uint8Array.of(101)), 2, 5_000n, anchors ? 1 : 0, p2wshScript(Uint8Array.of(0x52))),
        wscript: Uint8Array.from([0x76, 0xa9, 0x14, ...hash160(REMOTE.revocation), 0x87]),
        remote_per_commit_point: remotePoint(1),
        option_anchor_outputs: anchors,
      }),
    );
  }
  add('validate_commitment_tx 1', 'channeld', validate(1));
  add('revoke_commitment_tx 0', 'channeld', encodeHsmd({ kind: 'hsmd_revoke_commitment_tx', commit_num: 0n }));
  add('validate_revocation 0', 'channeld', encodeHsmd({ kind: 'hsmd_validate_revocation', revoke_num: 0n, per_commitment_secret: remoteSecret(0) }));
  add(
    'sign_penalty_to_us (watchtower)',
    'channeld',
    encodeHsmd({
      kind: 'hsmd_sign_penalty_to_us',
      revocation_secret: remoteSecret(0),
      tx: spendTx(sha256(Uint8Array.of(100)), 3, 600_000n, 0xffffffff, p2wpkh(keys.wallet.walletKey(4).publicKey)),
      wscript: Uint8Array.from([0x63, 0x21, ...REMOTE.revocation, 0x67]),
    }),
  );
  add('check_future_secret (right)', 'channeld', encodeHsmd({ kind: 'hsmd_check_future_secret', n: 2n, commitment_secret: channel.perCommitmentSecret(2) }));
  add('check_future_secret (wrong)', 'channeld', encodeHsmd({ kind: 'hsmd_check_future_secret', n: 2n, commitment_secret: channel.perCommitmentSecret(3) }));

  // Splicing: the funding input is input 1 of the splice transaction.
  add(
    'sign_splice_tx',
    'channeld',
    encodeHsmd({
      kind: 'hsmd_sign_splice_tx',
      tx: txOf((tx) => {
        tx.addInput({ txid: displayTxid(sha256(Uint8Array.of(77))), index: 0, sequence: 0xfffffffd, witnessUtxo: { script: p2wpkh(point(5n)), amount: 50_000n } });
        tx.addInput({
          txid: displayTxid(FUNDING_TXID),
          index: 0,
          sequence: 0xfffffffd,
          witnessUtxo: { script: p2wshScript(fundingWitnessScript(localFunding, remoteFunding)), amount: FUNDING_SAT },
        });
        tx.addOutput({ script: p2wshScript(fundingWitnessScript(localFunding, remoteFunding)), amount: FUNDING_SAT + 49_000n });
      }),
      remote_funding_key: remoteFunding,
      input_index: 1,
    }),
  );

  // Cooperative close (closingd).
  add(
    'sign_mutual_close_tx',
    'closingd',
    encodeHsmd({
      kind: 'hsmd_sign_mutual_close_tx',
      tx: txOf((tx) => {
        tx.addInput({
          txid: displayTxid(FUNDING_TXID),
          index: 0,
          sequence: 0xffffffff,
          witnessUtxo: { script: p2wshScript(fundingWitnessScript(localFunding, remoteFunding)), amount: FUNDING_SAT },
        });
        tx.addOutput({ script: p2wpkh(keys.wallet.walletKey(3).publicKey), amount: 600_000n });
        tx.addOutput({ script: p2wpkh(REMOTE.payment), amount: 399_000n });
      }),
      remote_funding_key: remoteFunding,
    }),
  );

  // Unilateral close and its sweeps (lightningd, onchaind).
  add(
    'sign_commitment_tx 1 (force close)',
    'master',
    encodeHsmd({ kind: 'hsmd_sign_commitment_tx', peer_id: PEER_ID, channel_dbid: DBID, tx: commitmentTx(localFunding, 1), remote_funding_key: remoteFunding, commit_num: 1n }),
  );
  add('get_per_commitment_point 1 (onchaind)', 'onchaind', encodeHsmd({ kind: 'hsmd_get_per_commitment_point', n: 1n }));
  const sweepTo = p2wpkh(keys.wallet.walletKey(5).publicKey);
  add(
    'sign_any_delayed_payment_to_us',
    'master',
    encodeHsmd({
      kind: 'hsmd_sign_any_delayed_payment_to_us',
      commit_num: 1n,
      tx: spendTx(sha256(Uint8Array.of(1, 1)), 2, 599_000n, 144, sweepTo),
      wscript: Uint8Array.from([0x63, 0x21, ...REMOTE.revocation, 0x67, 0x02, 0x90, 0x00, 0xb2, 0x75, 0x21, ...point(9n), 0x68, 0xac]),
      input: 0,
      peerid: PEER_ID,
      channel_dbid: DBID,
    }),
  );
  for (const anchors of [true, false]) {
    add(
      `sign_any_local_htlc_tx (anchors ${anchors})`,
      'master',
      encodeHsmd({
        kind: 'hsmd_sign_any_local_htlc_tx',
        commit_num: 1n,
        tx: spendTx(sha256(Uint8Array.of(1, 1)), 4, 5_000n, anchors ? 1 : 0, p2wshScript(Uint8Array.of(0x53))),
        wscript: Uint8Array.from([0x76, 0xa9, 0x14, ...hash160(point(11n)), 0x87]),
        option_anchor_outputs: anchors,
        input: 0,
        peerid: PEER_ID,
        channel_dbid: DBID,
      }),
    );
    add(
      `sign_any_remote_htlc_to_us (anchors ${anchors})`,
      'master',
      encodeHsmd({
        kind: 'hsmd_sign_any_remote_htlc_to_us',
        remote_per_commitment_point: remotePoint(1),
        tx: spendTx(sha256(Uint8Array.of(1, 2)), 4, 5_000n, anchors ? 1 : 0, sweepTo),
        wscript: Uint8Array.from([0x76, 0xa9, 0x14, ...hash160(point(12n)), 0x87]),
        option_anchor_outputs: anchors,
        input: 0,
        peerid: PEER_ID,
        channel_dbid: DBID,
      }),
    );
  }
  add(
    'sign_any_penalty_to_us',
    'master',
    encodeHsmd({
      kind: 'hsmd_sign_any_penalty_to_us',
      revocation_secret: remoteSecret(0),
      tx: spendTx(sha256(Uint8Array.of(1, 3)), 2, 390_000n, 0xffffffff, sweepTo),
      wscript: Uint8Array.from([0x63, 0x21, ...REMOTE.revocation, 0x67]),
      input: 0,
      peerid: PEER_ID,
      channel_dbid: DBID,
    }),
  );
  add('sign_delayed_payment_to_us (legacy onchaind)', 'onchaind', encodeHsmd({
    kind: 'hsmd_sign_delayed_payment_to_us',
    commit_num: 1n,
    tx: spendTx(sha256(Uint8Array.of(1, 1)), 2, 599_000n, 144, sweepTo),
    wscript: Uint8Array.of(0x51),
  }));
  add('sign_remote_htlc_to_us (legacy onchaind)', 'onchaind', encodeHsmd({
    kind: 'hsmd_sign_remote_htlc_to_us',
    remote_per_commitment_point: remotePoint(1),
    tx: spendTx(sha256(Uint8Array.of(1, 2)), 4, 5_000n, 1, sweepTo),
    wscript: Uint8Array.of(0x52),
    option_anchor_outputs: true,
  }));

  // CPFP through our anchor (sign_anchorspend) and fees for an HTLC tx (sign_htlc_tx_mingle).
  const feeUtxos = [utxo(keys, 6, 0, 20_000n, false)];
  const anchorScript = anchorWitnessScript(localFunding);
  const anchorPsbt = Transaction.fromPSBT(walletPsbt(feeUtxos), TX_OPTIONS);
  const anchorTx = new Transaction({ ...TX_OPTIONS, version: 2, lockTime: 100 });
  for (let i = 0; i < anchorPsbt.inputsLength; i++) anchorTx.addInput(anchorPsbt.getInput(i));
  anchorTx.addInput({
    txid: sha256(Uint8Array.of(1, 1)),
    index: 0,
    sequence: 0xfffffffd,
    witnessScript: anchorScript,
    witnessUtxo: { script: p2wshScript(anchorScript), amount: 330n },
    bip32Derivation: [[localFunding, { fingerprint: new DataView(hash160(localFunding).buffer).getUint32(0), path: [0] }]],
  });
  anchorTx.addOutput({ script: p2wpkh(keys.wallet.walletKey(7).publicKey), amount: 19_000n });
  add('sign_anchorspend', 'master', encodeHsmd({ kind: 'hsmd_sign_anchorspend', peerid: PEER_ID, channel_dbid: DBID, inputs: feeUtxos, psbt: anchorTx.toPSBT(0) }));
  add(
    'sign_htlc_tx_mingle',
    'master',
    encodeHsmd({ kind: 'hsmd_sign_htlc_tx_mingle', peerid: PEER_ID, channel_dbid: DBID, inputs: feeUtxos, psbt: walletPsbt(feeUtxos) }),
  );

  // Their unilateral close paid us: spending to_remote (anchors: P2WSH with CSV 1; legacy: tweaked P2WPKH).
  const closeKey = secp256k1.getPublicKey(channel.paymentBasepointSecret, true);
  const anchorToRemote: HsmUtxo = {
    txid: sha256(Uint8Array.of(2, 1)),
    vout: 3,
    amount_sat: 390_000n,
    keyindex: 0,
    script_pubkey: p2wshScript(Uint8Array.from([0x21, ...closeKey, 0xad, 0x51, 0xb2])),
    close_info: { channel_dbid: DBID, peer_id: PEER_ID, option_anchors: true, csv: 1 },
  };
  const oldToRemote: HsmUtxo = {
    txid: sha256(Uint8Array.of(2, 2)),
    vout: 1,
    amount_sat: 120_000n,
    keyindex: 0,
    script_pubkey: p2wpkh(point(31n)),
    close_info: { channel_dbid: DBID, peer_id: PEER_ID, commitment_point: point(4242n), option_anchors: false, csv: 0 },
  };
  add('sign_withdrawal (close outputs)', 'master', encodeHsmd({ kind: 'hsmd_sign_withdrawal', inputs: [anchorToRemote, oldToRemote], psbt: walletPsbt([anchorToRemote, oldToRemote]) }));
  add('get_output_scriptpubkey (static)', 'master', encodeHsmd({ kind: 'hsmd_get_output_scriptpubkey', channel_id: DBID, peer_id: PEER_ID }));
  add('get_output_scriptpubkey (tweaked)', 'master', encodeHsmd({ kind: 'hsmd_get_output_scriptpubkey', channel_id: DBID, peer_id: PEER_ID, commitment_point: point(4242n) }));

  // Paying (lightningd asks before it pays an invoice or a keysend).
  const invoice = 'lnbcrt10u1pjexample0pp5qqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqqqsyqcyq5rqwzqfqypqdq5xysxxatsyp3k7enxv4jsxqzpu';
  add('preapprove_invoice', 'master', encodeHsmd({ kind: 'hsmd_preapprove_invoice', invstring: invoice }));
  add('preapprove_invoice_check', 'master', encodeHsmd({ kind: 'hsmd_preapprove_invoice_check', invstring: invoice, check_only: true }));
  const keysend = { destination: PEER_ID, payment_hash: sha256(Uint8Array.of(8)), amount_msat: 21_000n };
  add('preapprove_keysend', 'master', encodeHsmd({ kind: 'hsmd_preapprove_keysend', ...keysend }));
  add('preapprove_keysend_check', 'master', encodeHsmd({ kind: 'hsmd_preapprove_keysend_check', ...keysend, check_only: false }));

  // Offers (BOLT12), liquidity ads, and signing with a wallet key.
  const merkleroot = sha256(Uint8Array.of(12));
  add('sign_bolt12 (node key)', 'master', encodeHsmd({ kind: 'hsmd_sign_bolt12', messagename: 'invoice', fieldname: 'signature', merkleroot, publictweak: new Uint8Array() }));
  add('sign_bolt12 (payer key tweak)', 'master', encodeHsmd({ kind: 'hsmd_sign_bolt12', messagename: 'invoice_request', fieldname: 'signature', merkleroot, publictweak: Uint8Array.of(1, 2, 3) }));
  add('sign_bolt12_2 (node key)', 'master', encodeHsmd({ kind: 'hsmd_sign_bolt12_2', messagename: 'offer', fieldname: 'signature', merkleroot, info: new TextEncoder().encode('node-alias-base'), publictweak: new Uint8Array() }));
  add('sign_bolt12_2 (alias tweak)', 'master', encodeHsmd({ kind: 'hsmd_sign_bolt12_2', messagename: 'invoice', fieldname: 'signature', merkleroot, info: new TextEncoder().encode('node-alias-base'), publictweak: sha256(Uint8Array.of(13)) }));
  add('sign_option_will_fund_offer', 'channeld', encodeHsmd({ kind: 'hsmd_sign_option_will_fund_offer', funding_pubkey: remoteFunding, blockheight: 4132, channel_fee_base_max_msat: 5000, channel_fee_proportional_basis_max: 100 }));
  add('bip137_sign_message', 'master', encodeHsmd({ kind: 'hsmd_bip137_sign_message', msg: new TextEncoder().encode('greenhouse withdraw proof'), keyidx: 5 }));

  // Announcement of a public channel, then the end.
  const announcement = Uint8Array.from([0x01, 0x00, ...new Uint8Array(256), 0x00, 0x00, ...sha256(Uint8Array.of(3)), 0, 0, 0x6e, 0, 0, 1, 0, 0, ...keys.nodeId, ...PEER_ID, ...localFunding, ...remoteFunding]);
  add('sign_any_cannouncement_req', 'master', encodeHsmd({ kind: 'hsmd_sign_any_cannouncement_req', ca: announcement, peerid: PEER_ID, channel_dbid: DBID }));
  add('cannouncement_sig_req (legacy channeld)', 'channeld', encodeHsmd({ kind: 'hsmd_cannouncement_sig_req', ca: announcement }));
  add('forget_channel', 'master', encodeHsmd({ kind: 'hsmd_forget_channel', id: PEER_ID, dbid: DBID }));
  return steps;
}

/**
 * The requests of payment round `n` (n ≥ 1) on the channel `channelLifeRequests` opens, as channeld
 * sends them for one commitment update each way: their commitment `n` signed (with an HTLC), the
 * HTLC transaction, ours validated, our commitment `n - 1` revoked, their revocation of `n - 1`
 * checked, the watchtower's penalty for it. Round 1 follows the open (the first six steps of the
 * channel's life); rounds 1, 2, 3… make a channel's payment traffic (bench/signer's replay). The HTLC
 * is one we offered (a payment we make: the signer's payment rule wants it approved) or one the
 * peer offered (a payment we receive).
 */
export function paymentRoundRequests(secret: HsmSecret, n: number, htlc: 'offered' | 'received' = 'offered'): ChannelStep[] {
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new RangeError(`payment round ${n} is outside 1..500`);
  const keys = new HsmKeys(secret, 'regtest');
  const channel = keys.channelKeys(PEER_ID, DBID);
  const localFunding = channel.fundingPublicKey;
  const remoteFunding = secp256k1.getPublicKey(REMOTE.funding, true);
  const ours = commitmentTx(localFunding, n);
  return [
    {
      name: `sign_remote_commitment_tx ${n}`,
      on: 'channeld',
      request: encodeHsmd({
        kind: 'hsmd_sign_remote_commitment_tx',
        tx: commitmentTx(localFunding, n + 100),
        remote_funding_key: remoteFunding,
        remote_per_commit: perCommitmentPoint(REMOTE.shaseed, n),
        option_static_remotekey: true,
        commit_num: BigInt(n),
        htlcs: [{ side: htlc === 'offered' ? 0 : 1, amount: 5_000_000n, payment_hash: sha256(Uint8Array.of(5, n & 0xff)), cltv_expiry: 500 + n }],
        feerate: 253,
      }),
    },
    {
      name: `sign_remote_htlc_tx ${n}`,
      on: 'channeld',
      request: encodeHsmd({
        kind: 'hsmd_sign_remote_htlc_tx',
        tx: spendTx(sha256(Uint8Array.of(101, n & 0xff)), 2, 5_000n, 1, p2wshScript(Uint8Array.of(0x52))),
        wscript: Uint8Array.from([0x76, 0xa9, 0x14, ...hash160(REMOTE.revocation), 0x87]),
        remote_per_commit_point: perCommitmentPoint(REMOTE.shaseed, n),
        option_anchor_outputs: true,
      }),
    },
    {
      name: `validate_commitment_tx ${n}`,
      on: 'channeld',
      request: encodeHsmd({
        kind: 'hsmd_validate_commitment_tx',
        tx: ours,
        htlcs: [],
        commit_num: BigInt(n),
        feerate: 253,
        sig: peerSignature(ours, localFunding),
        htlc_sigs: [],
      }),
    },
    { name: `revoke_commitment_tx ${n - 1}`, on: 'channeld', request: encodeHsmd({ kind: 'hsmd_revoke_commitment_tx', commit_num: BigInt(n - 1) }) },
    {
      name: `validate_revocation ${n - 1}`,
      on: 'channeld',
      request: encodeHsmd({ kind: 'hsmd_validate_revocation', revoke_num: BigInt(n - 1), per_commitment_secret: perCommitmentSecret(REMOTE.shaseed, n - 1) }),
    },
    {
      name: `sign_penalty_to_us ${n - 1}`,
      on: 'channeld',
      request: encodeHsmd({
        kind: 'hsmd_sign_penalty_to_us',
        revocation_secret: perCommitmentSecret(REMOTE.shaseed, n - 1),
        tx: spendTx(sha256(Uint8Array.of(100, n & 0xff)), 3, 600_000n, 0xffffffff, p2wpkh(keys.wallet.walletKey(4).publicKey)),
        wscript: Uint8Array.from([0x63, 0x21, ...REMOTE.revocation, 0x67]),
      }),
    },
  ];
}

/** lightningd's `sign_commitment_tx` for our commitment `n` of that channel (a unilateral close). */
export function ownCommitmentRequest(secret: HsmSecret, n: number): ChannelStep {
  const localFunding = new HsmKeys(secret, 'regtest').channelKeys(PEER_ID, DBID).fundingPublicKey;
  return {
    name: `sign_commitment_tx ${n}`,
    on: 'master',
    request: encodeHsmd({
      kind: 'hsmd_sign_commitment_tx',
      peer_id: PEER_ID,
      channel_dbid: DBID,
      tx: commitmentTx(localFunding, n),
      remote_funding_key: secp256k1.getPublicKey(REMOTE.funding, true),
      commit_num: BigInt(n),
    }),
  };
}

/** The secrets the vectors are captured for: a plain 32-byte secret and a BIP39 mnemonic (BIP86 wallet). */
export const VECTOR_SECRETS: { name: string; secret: HsmSecret }[] = [
  { name: 'plain 0x42×32', secret: HsmSecretClass.fromBytes(new Uint8Array(32).fill(0x42)) },
  {
    name: 'mnemonic "abandon … about"',
    secret: HsmSecretClass.fromMnemonic('abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about'),
  },
];
