/** Malformed rune text or an invalid rune, restriction or secret; the message says which and why. */
export class RuneError extends Error {
  override name = 'RuneError';
}
