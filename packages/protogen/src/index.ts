export { generate, CLN_VERSION, type GenerateOptions, type GenerateResult } from './generate.ts';
export type { CompatReport } from './greenlight-compat.ts';
export { OUTPUT_FILES, repoRoot, sharedDir } from './paths.ts';
