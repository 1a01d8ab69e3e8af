// The whole pipeline, in memory: load the shared data, build the msggen-equivalent node.proto, print
// primitives.proto from its table, apply Greenlight's contract, and print the three outputs. Nothing here
// touches the file system except reading the inputs, so tests can compare outputs without writing.
import { buildNodeProto } from './build-node-proto.ts';
import { emitProto } from './emit-proto.ts';
import { applyGreenlightContract, type CompatReport } from './greenlight-compat.ts';
import { formatJson } from './json-format.ts';
import { buildJsonrpcMap } from './jsonrpc-map.ts';
import { Numbering } from './numbering.ts';
import { OUTPUT_FILES, sharedDir as defaultSharedDir } from './paths.ts';
import { buildPrimitivesProto } from './primitives.ts';
import type { ProtoFile } from './proto-ast.ts';
import { loadService } from './service.ts';
import { loadSources } from './sources.ts';

export const CLN_VERSION = 'v26.06.6';

export interface GenerateOptions {
  /** The `shared` data dir (default: see paths.ts). */
  sharedDir?: string;
  /** Skip the Greenlight patch: the output is then what CLN's msggen emits (used to compare with CLN). */
  withoutGreenlightContract?: boolean;
}

export interface GenerateResult {
  /** Output file contents by path relative to the repo root. */
  files: Record<string, string>;
  node: ProtoFile;
  primitives: ProtoFile;
  compat: CompatReport;
  /** Notes from loading the schemas (skipped properties, rebuilt schemas), in a stable order. */
  notes: string[];
  /** Field numbers or enum values that were not in msggen's allocation file (expected: none). */
  allocatedNumbers: string[];
}

const NO_COMPAT: CompatReport = {
  missingRpcs: [], addedFields: [], changedTypes: [], changedLabels: [], addedEnumValues: [], copiedTypes: [], renamedTypes: [], renamedEnumValues: [],
};

export function generate(options: GenerateOptions = {}): GenerateResult {
  const sources = loadSources(options.sharedDir ?? defaultSharedDir());
  const notes: string[] = [];
  const service = loadService(sources, (note) => notes.push(note));
  const numbering = new Numbering(sources.fieldNumbers);
  const node = buildNodeProto(service, numbering);
  const primitives = buildPrimitivesProto();
  const compat = options.withoutGreenlightContract ? NO_COMPAT : applyGreenlightContract(node, [primitives], sources.greenlight);
  const jsonMap = buildJsonrpcMap({ node, primitives, compat, clnVersion: CLN_VERSION, greenlightSource: sources.greenlight.source });
  return {
    files: {
      [OUTPUT_FILES.nodeProto]: emitProto(node),
      [OUTPUT_FILES.primitivesProto]: emitProto(primitives),
      [OUTPUT_FILES.jsonrpcMap]: formatJson(jsonMap),
    },
    node,
    primitives,
    compat,
    notes,
    allocatedNumbers: numbering.allocated,
  };
}
