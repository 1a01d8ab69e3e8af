// Field numbers and enum values come from msggen's allocation file, so they match CLN's (and, for the
// shared RPCs, Greenlight's). msggen would allocate numbers for fields it has not seen yet; we do the same
// (next free number among siblings) but report it, because for a released CLN version it should not happen.
import type { Field } from './model.ts';
import type { FieldNumbers } from './sources.ts';

export class Numbering {
  private readonly fields: Record<string, Record<string, number>>;
  private readonly enums: Record<string, Record<string, number>>;
  /** Numbers that were not in the allocation file. */
  readonly allocated: string[] = [];

  constructor(source: FieldNumbers) {
    this.fields = structuredClone(source['grpc-field-map']);
    this.enums = structuredClone(source['grpc-enum-map']);
  }

  /** The number of `field` inside message `messageRaw` (raw msggen type name). */
  fieldNumber(messageRaw: string, field: Field): number {
    const numbers = (this.fields[messageRaw] ??= {});
    const known = numbers[field.path];
    if (known !== undefined) return known;
    const parent = field.path.split('.').slice(0, -1).join('.');
    let max = 0;
    for (const [path, n] of Object.entries(numbers)) {
      if (path.split('.').slice(0, -1).join('.') === parent) max = Math.max(max, n);
    }
    numbers[field.path] = max + 1;
    this.allocated.push(`${messageRaw} ${field.path} = ${max + 1}`);
    return max + 1;
  }

  /** The number of JSON string `variant` in enum `enumRaw`. */
  enumValue(enumRaw: string, variant: string): number {
    const values = (this.enums[enumRaw] ??= {});
    const known = values[variant];
    if (known !== undefined) return known;
    const next = Math.max(-1, ...Object.values(values)) + 1;
    values[variant] = next;
    this.allocated.push(`${enumRaw}.${variant} = ${next}`);
    return next;
  }
}
