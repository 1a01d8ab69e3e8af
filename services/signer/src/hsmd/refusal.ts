/**
 * A request the signer will not answer; the reason goes back to the node and into the report.
 * `reply`, when set, is what the node gets instead of an error: a request on lightningd's own
 * connection cannot be refused without lightningd dying (cln-hsmd.md §1.7), so policy refusals
 * there answer "declined" in the message's own terms (approved=false, an unsigned PSBT).
 */
export class HsmdRefusal extends Error {
  constructor(
    reason: string,
    readonly reply?: Uint8Array,
  ) {
    super(reason);
    this.name = 'HsmdRefusal';
  }
}
