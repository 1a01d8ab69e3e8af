import { status } from '@grpc/grpc-js';
import { CommanderError } from 'commander';

/**
 * What `greenhouse` exits with, for scripts (README "Exit codes"). Every failure is a gRPC status,
 * ours or the server's, and the code says which kind of trouble it is. 2, 3, 4 and 130 mean for
 * every command what they mean for `pair` (PAIR_EXIT).
 */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** Failed for a reason of its own: lightningd's error, ALREADY_EXISTS, NOT_FOUND, UNIMPLEMENTED, … */
  failed: 1,
  /** Not allowed: PERMISSION_DENIED or UNAUTHENTICATED (denied pairing, wrong creds, a rune that does not permit it). */
  denied: 2,
  /** No answer in time: DEADLINE_EXCEEDED (the node waits for its signer, a pairing expired). */
  timeout: 3,
  /** Not reachable or not there: UNAVAILABLE (the stack is down, the node stopped, no signer for a pairing). */
  unavailable: 4,
  /** Something must be set up first: FAILED_PRECONDITION (no seed, no creds, no stack configured, no lightningd or bitcoind on the server). */
  setup: 5,
  /** The command line or a value in it is wrong: an unknown command or option, a bad amount, malformed JSON (INVALID_ARGUMENT). sysexits' EX_USAGE. */
  usage: 64,
  /** Stopped with Ctrl-C while waiting. */
  interrupted: 130,
} as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case status.PERMISSION_DENIED:
    case status.UNAUTHENTICATED:
      return EXIT.denied;
    case status.DEADLINE_EXCEEDED:
      return EXIT.timeout;
    case status.UNAVAILABLE:
      return EXIT.unavailable;
    case status.FAILED_PRECONDITION:
      return EXIT.setup;
    case status.INVALID_ARGUMENT:
    case status.OUT_OF_RANGE:
      return EXIT.usage;
    case status.CANCELLED:
      return EXIT.interrupted;
    default:
      return EXIT.failed;
  }
}
