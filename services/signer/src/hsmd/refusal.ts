/** A request the signer will not answer; the reason goes back to the node and into the report. */
export class HsmdRefusal extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'HsmdRefusal';
  }
}
