// `pnpm gen:proto`: regenerate proto/node.proto, proto/primitives.proto and proto/cln-jsonrpc.json.
import fs from 'node:fs';
import path from 'node:path';
import { generate } from './generate.ts';
import { repoRoot } from './paths.ts';

const result = generate();
const root = repoRoot();
for (const [file, content] of Object.entries(result.files)) {
  const target = path.join(root, file);
  const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, content);
  console.log(`${before === content ? 'unchanged' : 'wrote    '} ${file}`);
}

const rebuilt = result.notes.filter((n) => n.includes('rebuilt'));
for (const note of rebuilt) console.log(`note: ${note}`);
console.log(`note: ${result.notes.length - rebuilt.length} schema properties without a mappable type were skipped, as msggen skips them`);
if (result.allocatedNumbers.length > 0) {
  console.warn(`warning: numbers not in msggen's allocation file were assigned:\n  ${result.allocatedNumbers.join('\n  ')}`);
}
const c = result.compat;
console.log(
  `greenlight compat: ${c.addedFields.length} fields added, ${c.changedTypes.length} types changed, ${c.changedLabels.length} labels changed, ` +
    `${c.addedEnumValues.length} enum values added, ${c.copiedTypes.length} types copied, ${c.renamedTypes.length} renamed types noted, ` +
    `RPCs not served: ${c.missingRpcs.join(', ') || 'none'}`,
);
