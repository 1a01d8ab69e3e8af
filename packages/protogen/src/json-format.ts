// A deterministic, diff-friendly JSON layout: nested containers are indented, and a short object or array
// holding only scalars (a field description, an enum value) stays on one line.

/** Longer one-liners are broken up, one entry per line. */
const MAX_INLINE = 240;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isFlat(value: Json): boolean {
  if (Array.isArray(value)) return value.every((v) => v === null || typeof v !== 'object');
  if (value !== null && typeof value === 'object') return Object.values(value).every((v) => v === null || typeof v !== 'object');
  return true;
}

function flat(value: Json): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

function format(value: Json, indent: string): string {
  if (isFlat(value)) {
    const line = flat(value);
    if (line.length <= MAX_INLINE || (typeof value !== 'object' || value === null)) return line;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, Json>);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
}

export type { Json };

export function formatJson(value: Json): string {
  return `${format(value, '')}\n`;
}
