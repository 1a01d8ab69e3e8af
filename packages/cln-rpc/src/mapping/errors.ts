/**
 * A value that cannot be mapped between a cln.Node message and CLN's JSON. `path` names the field
 * (`ListfundsResponse.outputs[0].amount_msat`); the message never quotes the value, which may be secret.
 */
export class ClnMappingError extends Error {
  override readonly name = 'ClnMappingError';

  constructor(
    readonly reason: string,
    readonly path: string = '',
  ) {
    super(path ? `${path}: ${reason}` : reason);
  }

  /** The same error, one level further out (`outputs[0]` + `.amount_msat`). */
  within(segment: string): ClnMappingError {
    const path = this.path === '' ? segment : this.path.startsWith('[') ? `${segment}${this.path}` : `${segment}.${this.path}`;
    return new ClnMappingError(this.reason, path);
  }
}

/** Runs `fn`, adding `segment` to the path of a ClnMappingError it throws. */
export function atPath<T>(segment: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ClnMappingError) throw error.within(segment);
    throw error;
  }
}
