// Rust orders `String`s (BTreeMap keys, canonical JSON object keys) by their UTF-8 bytes, which is
// Unicode code point order. JavaScript's default sort compares UTF-16 code units instead, and the two
// disagree once a key mixes U+E000..U+FFFF with characters above U+FFFF (surrogate pairs sort lower
// in UTF-16). This comparator gives the Rust order without encoding the strings.

/** Moves surrogates (U+D800..U+DFFF) above U+E000..U+FFFF, so code unit order becomes code point order. */
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Sorts like Rust's `str::cmp` (byte-wise UTF-8) for well-formed strings. */
export function compareUtf8Order(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
