// Prints a ProtoFile. The layout follows msggen's output (tabs, one blank line before each message,
// enums inside their message first), so a diff against CLN's node.proto shows only real differences.
import type { ProtoEnum, ProtoField, ProtoFile, ProtoMessage } from './proto-ast.ts';

function commentLines(comments: readonly string[], indent: string): string {
  return comments.map((c) => `${indent}// ${c}\n`).join('');
}

function emitEnum(e: ProtoEnum, indent: string): string {
  let out = commentLines(e.comments, indent);
  out += `${indent}enum ${e.name} {\n`;
  for (const v of e.values) {
    out += `${indent}\t${v.name} = ${v.number}${v.deprecated ? ' [deprecated = true]' : ''};\n`;
  }
  return `${out}${indent}}\n`;
}

function emitField(f: ProtoField, indent: string): string {
  const label = f.label ? `${f.label} ` : '';
  return `${commentLines(f.comments, indent)}${indent}${label}${f.type} ${f.name} = ${f.number}${f.deprecated ? ' [deprecated = true]' : ''};\n`;
}

function emitMessage(m: ProtoMessage): string {
  let out = `\n${commentLines(m.comments, '')}message ${m.name} {\n`;
  for (const e of m.enums) out += emitEnum(e, '\t');
  const emittedOneofs = new Set<string>();
  for (const f of m.fields) {
    if (f.oneof === undefined) {
      out += emitField(f, '\t');
    } else if (!emittedOneofs.has(f.oneof)) {
      emittedOneofs.add(f.oneof);
      out += `\toneof ${f.oneof} {\n`;
      for (const member of m.fields.filter((x) => x.oneof === f.oneof)) out += emitField(member, '\t\t');
      out += '\t}\n';
    }
  }
  return `${out}}\n`;
}

export function emitProto(file: ProtoFile): string {
  let out = `syntax = "proto3";\npackage ${file.package};\n`;
  if (file.headerComments.length > 0) out += `\n${commentLines(file.headerComments, '')}`;
  if (file.imports.length > 0) out += '\n';
  for (const i of file.imports) out += `import "${i}";\n`;
  if (file.service) {
    out += `\nservice ${file.service.name} {\n`;
    let streams = false;
    for (const rpc of file.service.rpcs) {
      if (rpc.serverStreaming && !streams) {
        streams = true;
        out += '\n';
      }
      out += commentLines(rpc.comments, '\t');
      out += `\trpc ${rpc.name}(${rpc.request}) returns (${rpc.serverStreaming ? 'stream ' : ''}${rpc.response}) {}\n`;
    }
    out += '}\n';
  }
  for (const e of file.enums) out += `\n${emitEnum(e, '')}`;
  for (const m of file.messages) out += emitMessage(m);
  return out;
}
