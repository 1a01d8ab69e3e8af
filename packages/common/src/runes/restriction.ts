/**
 * Rune restrictions: the text language shared by Core Lightning (ccan/rune) and Greenlight
 * (runeauth). A restriction is one or more alternatives joined by `|`; restrictions are joined by
 * `&`; an alternative is `field` + one operator character + `value`, with `\`, `|` and `&` in
 * values escaped by a backslash.
 */
import { RuneError } from './errors.ts';

/**
 * `!` field is missing · `=` equals · `/` differs · `^` starts with · `$` ends with · `~` contains ·
 * `<` `>` integer less / greater · `{` `}` sorts before / after (bytewise) · `#` comment (always passes).
 */
export type Operator = '!' | '=' | '/' | '^' | '$' | '~' | '<' | '>' | '{' | '}' | '#';

export const OPERATORS: readonly Operator[] = ['!', '=', '/', '^', '$', '~', '<', '>', '{', '}', '#'];
const OPERATOR_LIST = OPERATORS.join(' ');

export function isOperator(c: string): c is Operator {
  return (OPERATORS as readonly string[]).includes(c);
}

/**
 * A field name ends at the first ASCII punctuation character other than `_` (C's `ispunct`), so
 * that is where the operator must be. Everything else, including non-ASCII, may appear in names.
 */
export function endsFieldName(c: string): boolean {
  return /^[!-/:-@[-^`{-~]$/.test(c);
}

const CHARS_TO_ESCAPE = /[\\|&]/g;

export function escapeValue(value: string): string {
  return value.replace(CHARS_TO_ESCAPE, (c) => `\\${c}`);
}

/** One `field operator value` condition. The empty field name is the rune's unique id. */
export class Alternative {
  constructor(
    readonly field: string,
    readonly operator: Operator,
    readonly value: string,
  ) {
    const punctuation = [...field].find(endsFieldName);
    if (punctuation !== undefined) {
      throw new RuneError(`field name ${JSON.stringify(field)} contains ${JSON.stringify(punctuation)}; only "_" punctuation is allowed`);
    }
    if (!isOperator(operator)) throw new RuneError(`"${String(operator)}" is not an operator (one of ${OPERATOR_LIST})`);
    if (field.includes('\0') || value.includes('\0')) throw new RuneError('rune text cannot contain NUL characters');
  }

  get isUniqueId(): boolean {
    return this.field === '';
  }

  /** The text form, which is also exactly what the authcode hashes. */
  encode(): string {
    return `${this.field}${this.operator}${escapeValue(this.value)}`;
  }

  /** Parse one alternative in rune text form (escaped); `|` or `&` outside an escape is an error. */
  static parse(text: string): Alternative {
    const restriction = Restriction.parse(text);
    if (restriction.alternatives.length !== 1) throw new RuneError(`"${text}" is more than one alternative`);
    return restriction.alternatives[0]!;
  }

  /**
   * Core Lightning `createrune`'s array form: field, operator, and then the value taken literally,
   * so `pnamedescription=a|b` is one alternative whose value contains a `|`.
   */
  static fromUnescaped(text: string): Alternative {
    const { field, rest } = splitFieldName(text, 0);
    const operator = text[rest];
    if (operator === undefined || !isOperator(operator)) throw missingOperator(field, operator);
    return new Alternative(field, operator, text.slice(rest + 1));
  }
}

/** Alternatives of which at least one must pass. */
export class Restriction {
  readonly alternatives: readonly Alternative[];

  constructor(alternatives: readonly Alternative[]) {
    if (alternatives.length === 0) throw new RuneError('a restriction needs at least one alternative');
    this.alternatives = [...alternatives];
  }

  /** The restriction `=<id>` or `=<id>-<version>` that makes a rune unique and versions it. */
  static uniqueId(id: string, version?: string): Restriction {
    if (id === '' || id.includes('-')) throw new RuneError(`unique id "${id}" must be non-empty and contain no "-"`);
    const value = version === undefined ? id : `${id}-${version}`;
    return new Restriction([new Alternative('', '=', value)]);
  }

  get isUniqueId(): boolean {
    return this.alternatives.some((alternative) => alternative.isUniqueId);
  }

  /** The text form, which is also exactly what the authcode hashes. */
  encode(): string {
    return this.alternatives.map((alternative) => alternative.encode()).join('|');
  }

  /** Parse exactly one restriction; an unescaped `&` is an error. */
  static parse(text: string): Restriction {
    if (text === '') throw new RuneError('an empty string is not a restriction');
    const restrictions = parseRestrictions(text);
    if (restrictions.length !== 1) throw new RuneError(`"${text}" is ${restrictions.length} restrictions, expected one`);
    return restrictions[0]!;
  }
}

/** Restrictions as text, joined by `&` (no trailing separator; an empty list is ""). */
export function encodeRestrictions(restrictions: readonly Restriction[]): string {
  return restrictions.map((restriction) => restriction.encode()).join('&');
}

/** Accept ready-made restrictions or their text form. */
export function toRestriction(restriction: Restriction | string): Restriction {
  return typeof restriction === 'string' ? Restriction.parse(restriction) : restriction;
}

/**
 * Parse restriction text as ccan/rune does: an empty string is no restrictions; a field runs up
 * to the first punctuation, which must be an operator; a value runs to an unescaped `|` (another
 * alternative follows) or `&` (another restriction follows). Unlike ccan we also refuse a dangling
 * trailing `&`, which no implementation ever prints.
 */
export function parseRestrictions(text: string): Restriction[] {
  const restrictions: Restriction[] = [];
  let position = 0;
  while (position < text.length) {
    const alternatives: Alternative[] = [];
    let separator: string | undefined;
    do {
      const parsed = parseAlternative(text, position);
      alternatives.push(parsed.alternative);
      position = parsed.next;
      separator = parsed.separator;
      if (separator !== undefined && position === text.length) {
        throw new RuneError(`restrictions "${text}" end with a dangling "${separator}"`);
      }
    } while (separator === '|');
    restrictions.push(new Restriction(alternatives));
  }
  return restrictions;
}

function splitFieldName(text: string, start: number): { field: string; rest: number } {
  let end = start;
  while (end < text.length && !endsFieldName(text[end]!)) end++;
  return { field: text.slice(start, end), rest: end };
}

function missingOperator(field: string, found: string | undefined): RuneError {
  if (found === undefined) return new RuneError(`${JSON.stringify(field)} has no operator (one of ${OPERATOR_LIST})`);
  return new RuneError(`${JSON.stringify(found)} after ${JSON.stringify(field)} is not an operator (one of ${OPERATOR_LIST})`);
}

interface ParsedAlternative {
  alternative: Alternative;
  next: number;
  /** `|` or `&` if one ended the value, undefined at the end of the text. */
  separator: '|' | '&' | undefined;
}

function parseAlternative(text: string, start: number): ParsedAlternative {
  const { field, rest } = splitFieldName(text, start);
  const operator = text[rest];
  if (operator === undefined || !isOperator(operator)) throw missingOperator(field, operator);
  let value = '';
  let position = rest + 1;
  while (position < text.length) {
    const c = text[position++]!;
    if (c === '|' || c === '&') return { alternative: new Alternative(field, operator, value), next: position, separator: c };
    if (c === '\\') {
      if (position === text.length) throw new RuneError(`"${text.slice(start)}" ends with a lone backslash`);
      value += text[position++]!;
    } else {
      value += c;
    }
  }
  return { alternative: new Alternative(field, operator, value), next: position, separator: undefined };
}
