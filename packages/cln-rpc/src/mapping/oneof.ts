// proto-loader with `oneofs: true` names the set member of a oneof in a virtual property (`value: 'amount'`),
// and writes only that member. Hand-built objects may leave the discriminator out, so fall back to the member
// that is set.
import { describe } from './bytes.ts';
import { ClnMappingError } from './errors.ts';

export function oneofCase<M extends string>(message: unknown, oneof: string, members: readonly M[]): M | undefined {
  if (message === null || typeof message !== 'object') throw new ClnMappingError(`expected a message, got ${describe(message)}`);
  const record = message as Record<string, unknown>;
  const named = record[oneof];
  if (typeof named === 'string' && (members as readonly string[]).includes(named)) return named as M;
  return members.find((member) => record[member] !== undefined && record[member] !== null);
}

/** A decoded oneof message: the one member plus its discriminator, as proto-loader produces it. */
export function oneofMessage(oneof: string, member: string, value: unknown): Record<string, unknown> {
  return { [member]: value, [oneof]: member };
}
