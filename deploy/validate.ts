// Offline checks of the deployment files — no Docker engine, no cluster, no network:
//
//   pnpm validate:deploy            (tsx deploy/validate.ts [REPO_ROOT])
//
// - Dockerfile: dockerfile-utils' linter (instructions, flags, stage names); every COPY --from
//   names a stage or an image; sources taken from the build context, or from a build stage that
//   mirrors it (`COPY . .`), exist in the repository.
// - docker-compose.yml: interpolated like `docker compose` does (defaults of ${VAR:-x}), validated
//   against the compose-spec JSON schema that dclint ships, linted by dclint; services named in
//   depends_on and network_mode exist, named volumes are declared, build targets are stages of the
//   Dockerfile, no always-on service needs a profile-only one. `docker compose config -q` too when
//   the compose plugin is installed.
// - deploy/k8s: kustomization.yaml's fields and files; every object type-checked against the
//   Kubernetes API types of kubernetes-types (generated from the Kubernetes OpenAPI schema) with the
//   TypeScript compiler, so unknown or misspelt fields, wrong types and missing required fields all
//   fail; selectors, Service targets, StatefulSet serviceName, volume mounts and Secret references
//   (names and keys) agree; secretGenerator reads only the ignored secrets/ folder, and with the
//   example secrets and certificates made by deploy/certs.ts every file it names exists. When
//   `kubectl` is on PATH, `kubectl kustomize` renders it and the output is type-checked again.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { DCLinter } from 'dclint';
import { validate as lintDockerfile } from 'dockerfile-utils';
import ts from 'typescript';
import { parseAllDocuments, parseDocument } from 'yaml';
import { prepareDeploymentCertificates } from './certs.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** docker and kubectl run synchronously: a tool that hangs must not hang CI with it. */
const TOOL_TIMEOUT_MS = 60_000;

export interface CheckResult {
  /** What was checked, one line each, for the report. */
  checked: string[];
  errors: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}
function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? value : [];
}
function relative(file: string, root: string): string {
  const rel = path.relative(root, file);
  return rel.startsWith('..') ? file : rel;
}

// ---------------------------------------------------------------------------------- Dockerfile --

interface Stage {
  name: string;
  base: string;
  workdir: string;
  /** Copies the whole build context into its working directory (`COPY . .`). */
  mirrorsContext: boolean;
}

export interface DockerfileInfo {
  stages: Stage[];
}

/** Dockerfile ignore patterns, simplified: plain paths and `**`/`*` globs, no negation. */
function dockerignoreMatcher(contextDir: string): (rel: string) => boolean {
  const file = path.join(contextDir, '.dockerignore');
  if (!existsSync(file)) return () => false;
  const patterns = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
    .map((pattern) => {
      const source = pattern
        .replace(/^\/+|\/+$/g, '')
        .split('/')
        .map((part) => (part === '**' ? '(?:.*/)?' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '/'))
        .join('')
        .replace(/\/$/, '');
      return new RegExp(`^${source.replace(/\(\?:\.\*\/\)\?\//g, '(?:.*/)?')}(?:/.*)?$`);
    });
  return (rel) => patterns.some((pattern) => pattern.test(rel));
}

/** Instructions with their line numbers and line continuations joined. */
function dockerInstructions(text: string): { line: number; keyword: string; args: string }[] {
  const result: { line: number; keyword: string; args: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i] ?? '';
    if (/^\s*(#|$)/.test(line)) continue;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      line = line.replace(/\\\s*$/, ' ');
      i++;
      const next = lines[i] ?? '';
      if (!/^\s*#/.test(next)) line += next;
    }
    const match = /^\s*(\w+)\s*(.*)$/.exec(line);
    if (match) result.push({ line: start + 1, keyword: match[1]!.toUpperCase(), args: match[2]!.trim() });
  }
  return result;
}

export function checkDockerfile(file: string, options: { contextDir: string }): CheckResult & DockerfileInfo {
  const errors: string[] = [];
  const name = relative(file, options.contextDir);
  const text = readFileSync(file, 'utf8');
  for (const diagnostic of lintDockerfile(text)) {
    if (diagnostic.severity === 1) errors.push(`${name}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
  }
  const ignored = dockerignoreMatcher(options.contextDir);
  const stages: Stage[] = [];
  let current: Stage | undefined;
  for (const { line, keyword, args } of dockerInstructions(text)) {
    const where = `${name}:${line}`;
    if (keyword === 'FROM') {
      const words = args.split(/\s+/).filter((word) => !word.startsWith('--'));
      const base = words[0] ?? '';
      const alias = words[1]?.toLowerCase() === 'as' ? words[2] : undefined;
      const parent = stages.find((stage) => stage.name === base);
      current = { name: alias ?? String(stages.length), base, workdir: parent?.workdir ?? '/', mirrorsContext: parent?.mirrorsContext ?? false };
      stages.push(current);
      continue;
    }
    if (!current) continue;
    if (keyword === 'WORKDIR') current.workdir = path.posix.resolve(current.workdir, args);
    if (keyword !== 'COPY' && keyword !== 'ADD') continue;
    const words = args.startsWith('[') ? (JSON.parse(args) as string[]) : args.split(/\s+/);
    const flags = words.filter((word) => word.startsWith('--'));
    const paths = words.filter((word) => !word.startsWith('--'));
    const sources = paths.slice(0, -1);
    const destination = paths.at(-1) ?? '';
    const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
    if (from === undefined) {
      if (sources.length === 1 && sources[0] === '.' && path.posix.resolve(current.workdir, destination) === current.workdir) current.mirrorsContext = true;
      for (const source of sources) {
        if (/[*?[]|^https?:/.test(source) || source === '.') continue;
        const rel = path.posix.normalize(source).replace(/^\/+/, '');
        if (!existsSync(path.join(options.contextDir, rel))) errors.push(`${where}: ${keyword} ${source}: not in the build context`);
        else if (ignored(rel)) errors.push(`${where}: ${keyword} ${source}: excluded by .dockerignore`);
      }
      continue;
    }
    const stage = stages.find((candidate) => candidate.name === from);
    if (!stage) {
      // Not a stage: then an image reference, which has a registry path, a tag or a digest.
      if (!/[/:@]/.test(from) && !/^\d+$/.test(from)) errors.push(`${where}: COPY --from=${from}: no stage of that name (stages: ${stages.map((s) => s.name).join(', ')})`);
      continue;
    }
    if (stage === current) errors.push(`${where}: COPY --from=${from} inside that same stage`);
    if (!stage.mirrorsContext) continue;
    // That stage holds the build context at its working directory: what is copied out of it must
    // exist in the repository, unless the stage makes it (installed modules, build output).
    for (const source of sources) {
      const rel = path.posix.relative(stage.workdir, path.posix.resolve(stage.workdir, source));
      if (rel.startsWith('..') || rel === '' || /[*?[]/.test(rel)) continue;
      if (rel.split('/').includes('node_modules') || ignored(rel)) continue;
      if (!existsSync(path.join(options.contextDir, rel))) errors.push(`${where}: COPY --from=${from} ${source}: ${rel} is not in the repository`);
    }
  }
  const names = stages.map((stage) => stage.name);
  for (const duplicate of names.filter((stageName, index) => names.indexOf(stageName) !== index)) errors.push(`${name}: two stages named ${duplicate}`);
  return { checked: [`${name}: ${stages.length} stages, targets ${stages.filter((s) => !/^\d+$/.test(s.name)).map((s) => s.name).join(', ')}`], errors, stages };
}

// -------------------------------------------------------------------------------------- compose --

/** Compose's variable substitution with an empty environment: ${VAR:-default}, ${VAR-default}, $$. */
export function interpolate(text: string, env: Record<string, string | undefined> = {}): { text: string; errors: string[] } {
  const errors: string[] = [];
  const out = text.replace(/\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_match, dollar: string | undefined, braced: string | undefined, operator: string | undefined, operand: string | undefined, bare: string | undefined) => {
    if (dollar) return '$';
    const variable = braced ?? bare ?? '';
    const value = env[variable];
    const unsetOrEmpty = value === undefined || (operator?.startsWith(':') === true && value === '');
    switch (operator?.replace(':', '')) {
      case '-':
        return unsetOrEmpty ? (operand ?? '') : value!;
      case '?':
        if (unsetOrEmpty) errors.push(`\${${variable}} is required: ${operand ?? ''}`);
        return value ?? '';
      case '+':
        return unsetOrEmpty ? '' : (operand ?? '');
      default:
        return value ?? '';
    }
  });
  return { text: out, errors };
}

function composeSchema(): object {
  const require = createRequire(import.meta.url);
  const dclintDir = path.dirname(require.resolve('dclint/package.json'));
  const schema = JSON.parse(readFileSync(path.join(dclintDir, 'schemas', 'compose.schema.json'), 'utf8')) as Record<string, unknown>;
  // It names draft-07 by an https URI Ajv does not know; the schema is draft-07, Ajv's default.
  delete schema.$schema;
  return schema;
}

function schemaErrorText(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const extra = 'additionalProperty' in error.params ? ` "${String(error.params.additionalProperty)}"` : '';
  return `${where}: ${error.message ?? 'invalid'}${extra}`;
}

/** dclint rules left out, and why: the file follows the other rules. */
const DCLINT_RULES = {
  // Every Greenhouse service is built here and named, so that init and scheduler share one image.
  'no-build-and-image': 0,
  // Images built from this repository are tagged with its version, not a registry release.
  'service-image-require-explicit-tag': 0,
  // Keys follow the reading order of this file (what it is, how it starts, what it needs).
  'service-keys-order': 0,
  'services-alphabetical-order': 0,
  'top-level-properties-order': 0,
  'service-dependencies-alphabetical-order': 0,
};

/**
 * `contextDir`: the repository (for file names in messages). `projectDir`: what relative paths in
 * the file are relative to, the file's own folder unless given (docker compose --project-directory).
 */
export function checkCompose(file: string, options: { contextDir: string; projectDir?: string; dockerfiles?: Map<string, DockerfileInfo> }): CheckResult {
  const errors: string[] = [];
  const name = relative(file, options.contextDir);
  const interpolated = interpolate(readFileSync(file, 'utf8'));
  errors.push(...interpolated.errors.map((error) => `${name}: ${error}`));
  const document = parseDocument(interpolated.text, { merge: true, prettyErrors: true });
  if (document.errors.length > 0) return { checked: [], errors: document.errors.map((error) => `${name}: ${error.message}`) };
  const compose = asObject(document.toJS({ maxAliasCount: 100 }));

  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(composeSchema());
  if (!validate(compose)) {
    // oneOf/anyOf branches repeat themselves; one line per place and message.
    for (const text of new Set((validate.errors ?? []).map(schemaErrorText))) errors.push(`${name}: schema: ${text}`);
  }

  // dclint's rules (its schema check again, ports, quotes, duplicates…) on the interpolated text.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'greenhouse-compose-'));
  try {
    const copy = path.join(scratch, path.basename(file));
    writeFileSync(copy, interpolated.text);
    const linter = new DCLinter({ rules: DCLINT_RULES, quiet: true, debug: false, exclude: [] });
    for (const result of linter.lintFiles([copy], false)) {
      for (const message of result.messages) {
        if (message.type === 'error' && message.rule !== 'invalid-schema') errors.push(`${name}:${message.line}: ${message.rule}: ${message.message}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const services = asObject(compose.services);
  const declaredVolumes = new Set(Object.keys(asObject(compose.volumes)));
  for (const [serviceName, rawService] of Object.entries(services)) {
    const service = asObject(rawService);
    const where = `${name}: services.${serviceName}`;
    if (!service.image && !service.build) errors.push(`${where}: needs an image or a build`);
    const dependsOn = Array.isArray(service.depends_on) ? service.depends_on.map(String) : Object.keys(asObject(service.depends_on));
    for (const dependency of dependsOn) {
      if (!(dependency in services)) errors.push(`${where}.depends_on: no service "${dependency}"`);
      else if (!service.profiles && asObject(services[dependency]).profiles) errors.push(`${where}.depends_on: "${dependency}" runs only with a profile, ${serviceName} always`);
    }
    const networkMode = typeof service.network_mode === 'string' ? service.network_mode : '';
    if (networkMode.startsWith('service:') && !(networkMode.slice('service:'.length) in services)) errors.push(`${where}.network_mode: no service "${networkMode.slice('service:'.length)}"`);
    for (const volume of asArray(service.volumes)) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : isObject(volume) && (volume.type ?? 'volume') === 'volume' ? volume.source : undefined;
      if (typeof source === 'string' && source && !/^[./~]/.test(source) && !source.includes('/') && !declaredVolumes.has(source)) {
        errors.push(`${where}.volumes: named volume "${source}" is not declared under volumes:`);
      }
    }
    if (service.build) {
      const build = typeof service.build === 'string' ? { context: service.build } : asObject(service.build);
      const contextDir = path.resolve(options.projectDir ?? path.dirname(file), typeof build.context === 'string' ? build.context : '.');
      const dockerfile = path.resolve(contextDir, typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile');
      if (!existsSync(dockerfile)) {
        errors.push(`${where}.build: ${relative(dockerfile, options.contextDir)} does not exist`);
      } else if (typeof build.target === 'string') {
        const info = options.dockerfiles?.get(dockerfile) ?? checkDockerfile(dockerfile, { contextDir });
        if (!info.stages.some((stage) => stage.name === build.target)) {
          errors.push(`${where}.build.target: ${relative(dockerfile, options.contextDir)} has no stage "${build.target}"`);
        }
      }
    }
  }

  let composeTool = 'docker compose config: no compose plugin here, skipped';
  const probe = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8', timeout: TOOL_TIMEOUT_MS });
  if (probe.status === 0) {
    const config = spawnSync('docker', ['compose', '--file', file, 'config', '--quiet'], { encoding: 'utf8', cwd: path.dirname(file), timeout: TOOL_TIMEOUT_MS });
    if (config.status !== 0) errors.push(`${name}: docker compose config: ${config.error?.message ?? (config.stderr || config.stdout).trim()}`);
    composeTool = 'docker compose config: ok';
  }
  return { checked: [`${name}: ${Object.keys(services).length} services (${composeTool})`], errors };
}

// ----------------------------------------------------------------------------------- Kubernetes --

interface K8sObject {
  source: string;
  doc: JsonObject;
}

/** The fields kustomize reads from a Kustomization (kustomize v5); anything else is a typo. */
const KUSTOMIZATION_FIELDS = new Set([
  'apiVersion', 'kind', 'metadata', 'resources', 'components', 'namespace', 'namePrefix', 'nameSuffix', 'labels', 'commonLabels',
  'commonAnnotations', 'images', 'replicas', 'patches', 'patchesStrategicMerge', 'patchesJson6902', 'configMapGenerator',
  'secretGenerator', 'generatorOptions', 'replacements', 'vars', 'crds', 'generators', 'transformers', 'validators', 'buildMetadata',
  'openapi', 'helmCharts', 'helmGlobals', 'sortOptions',
]);

/** `kubernetes-types/<group>/<version>` for an apiVersion: v1 → core/v1, networking.k8s.io/v1 → networking/v1. */
function typesModule(apiVersion: string): string {
  const [group, version] = apiVersion.includes('/') ? (apiVersion.split('/') as [string, string]) : ['core', apiVersion];
  return `kubernetes-types/${group.split('.')[0]}/${version}`;
}

/** Drops nulls (Kubernetes reads `key:` with no value as absent). */
function withoutNulls(value: Json): Json | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item) ?? null);
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      const cleaned = withoutNulls(item);
      if (cleaned !== undefined) out[key] = cleaned;
    }
    return out;
  }
  return value;
}

/** A JSON literal, one value per line, with the path of each line to point errors at. */
function literal(value: Json, at: string, indent: string, prefix: string, suffix: string, lines: string[], paths: string[]): void {
  const push = (text: string) => {
    lines.push(text);
    paths.push(at);
  };
  if (Array.isArray(value)) {
    push(`${indent}${prefix}[`);
    value.forEach((item, index) => literal(item, `${at}[${index}]`, `${indent}  `, '', ',', lines, paths));
    push(`${indent}]${suffix}`);
  } else if (isObject(value)) {
    push(`${indent}${prefix}{`);
    for (const [key, item] of Object.entries(value)) literal(item, at ? `${at}.${key}` : key, `${indent}  `, `${JSON.stringify(key)}: `, ',', lines, paths);
    push(`${indent}}${suffix}`);
  } else {
    push(`${indent}${prefix}${JSON.stringify(value)}${suffix}`);
  }
}

/** Type-checks objects against kubernetes-types with the TypeScript compiler; one message per problem. */
export function typecheckKubernetesObjects(objects: K8sObject[], repoRoot: string = REPO_ROOT): string[] {
  const errors: string[] = [];
  const lines: string[] = [];
  const paths: string[] = [];
  const owners: string[] = [];
  const modules = new Map<string, string>();
  const body: string[] = [];
  const bodyPaths: string[] = [];
  const bodyOwners: string[] = [];
  objects.forEach((object, index) => {
    const apiVersion = typeof object.doc.apiVersion === 'string' ? object.doc.apiVersion : '';
    const kind = typeof object.doc.kind === 'string' ? object.doc.kind : '';
    const label = `${object.source}: ${kind || '?'}/${String(asObject(object.doc.metadata).name ?? '?')}`;
    if (!apiVersion || !kind) {
      errors.push(`${label}: needs apiVersion and kind`);
      return;
    }
    const module = typesModule(apiVersion);
    if (!existsSync(path.join(repoRoot, 'node_modules', `${module}.d.ts`))) {
      errors.push(`${label}: unknown apiVersion ${apiVersion}`);
      return;
    }
    if (!modules.has(module)) modules.set(module, `M${modules.size}`);
    const objectLines: string[] = [];
    const objectPaths: string[] = [];
    literal(withoutNulls(object.doc) ?? {}, '', '', `const object${index}: ${modules.get(module)}.${/^[A-Za-z]\w*$/.test(kind) ? kind : 'Invalid'} = `, ';', objectLines, objectPaths);
    body.push(...objectLines);
    bodyPaths.push(...objectPaths);
    bodyOwners.push(...objectLines.map(() => label));
  });
  for (const [module, alias] of modules) {
    lines.push(`import type * as ${alias} from '${module}';`);
    paths.push('');
    owners.push('');
  }
  const header = lines.length;
  lines.push(...body);
  paths.push(...bodyPaths);
  owners.push(...bodyOwners);
  const fileName = path.join(repoRoot, 'deploy', '.kubernetes-objects.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
  };
  const source = lines.join('\n');
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, languageVersion, ...rest) =>
    name === fileName ? ts.createSourceFile(name, source, languageVersion, true) : getSourceFile(name, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === fileName ? source : readFile(name));
  const program = ts.createProgram({ rootNames: [fileName], options, host });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ').replace(/\s+/g, ' ');
    const short = message.length > 400 ? `${message.slice(0, 400)}…` : message;
    if (!diagnostic.file || diagnostic.file.fileName !== fileName || diagnostic.start === undefined) {
      errors.push(`kubernetes types: ${short}`);
      continue;
    }
    const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line;
    if (line < header) {
      errors.push(`kubernetes types: ${short}`);
      continue;
    }
    const at = paths[line] ? ` at ${paths[line]}` : '';
    errors.push(`${owners[line]}${at}: ${short.replace(/^Namespace '.*?' has no exported member '(\w+)'\.?/, 'unknown kind $1 for this apiVersion')}`);
  }
  return errors;
}

interface GeneratedSecret {
  name: string;
  keys: Set<string>;
}

function readEnvKeys(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('=')[0]!.trim());
}

function podSpecs(object: JsonObject): { where: string; template: JsonObject; spec: JsonObject }[] {
  const kind = object.kind;
  const spec = asObject(object.spec);
  if (kind === 'Pod') return [{ where: 'spec', template: object, spec }];
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(String(kind))) {
    const template = asObject(spec.template);
    return [{ where: 'spec.template.spec', template, spec: asObject(template.spec) }];
  }
  if (kind === 'CronJob') {
    const template = asObject(asObject(asObject(spec.jobTemplate).spec).template);
    return [{ where: 'spec.jobTemplate.spec.template.spec', template, spec: asObject(template.spec) }];
  }
  return [];
}

function labelsMatch(selector: JsonObject, labels: JsonObject): boolean {
  return Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** References between the objects, and to what the kustomization generates. */
function crossCheck(objects: K8sObject[], secrets: Map<string, GeneratedSecret>): string[] {
  const errors: string[] = [];
  const workloads = objects.flatMap((object) => podSpecs(object.doc).map((pod) => ({ object, ...pod })));
  for (const object of objects.filter((o) => o.doc.kind === 'Secret')) {
    const doc = object.doc;
    const name = String(asObject(doc.metadata).name);
    secrets.set(name, { name, keys: new Set([...Object.keys(asObject(doc.data)), ...Object.keys(asObject(doc.stringData))]) });
  }
  const secretNamed = (name: string): GeneratedSecret | undefined => secrets.get(name);

  for (const { object, where, template, spec } of workloads) {
    const label = `${object.source}: ${String(object.doc.kind)}/${String(asObject(object.doc.metadata).name)}`;
    const labels = asObject(asObject(template.metadata).labels);
    const selector = asObject(asObject(asObject(object.doc.spec).selector).matchLabels);
    if (object.doc.kind !== 'Pod' && object.doc.kind !== 'CronJob' && object.doc.kind !== 'Job' && !labelsMatch(selector, labels)) {
      errors.push(`${label}: spec.selector.matchLabels does not match the pod template's labels`);
    }
    const volumes = new Set(asArray(spec.volumes).map((volume) => String(asObject(volume).name)));
    for (const claim of asArray(asObject(object.doc.spec).volumeClaimTemplates)) volumes.add(String(asObject(asObject(claim).metadata).name));
    for (const volume of asArray(spec.volumes).map(asObject)) {
      const secret = asObject(volume.secret);
      if (typeof secret.secretName !== 'string') continue;
      const found = secretNamed(secret.secretName);
      if (!found) {
        errors.push(`${label}: volume ${String(volume.name)}: no Secret "${secret.secretName}" (generated or listed)`);
        continue;
      }
      for (const item of asArray(secret.items).map(asObject)) {
        if (!found.keys.has(String(item.key))) errors.push(`${label}: volume ${String(volume.name)}: Secret "${found.name}" has no key "${String(item.key)}"`);
      }
    }
    for (const container of [...asArray(spec.initContainers), ...asArray(spec.containers)].map(asObject)) {
      const cLabel = `${label}: container ${String(container.name)}`;
      for (const mount of asArray(container.volumeMounts).map(asObject)) {
        if (!volumes.has(String(mount.name))) errors.push(`${cLabel}: volumeMount "${String(mount.name)}" names no volume of ${where}`);
      }
      for (const source of asArray(container.envFrom).map(asObject)) {
        const ref = asObject(source.secretRef);
        if (typeof ref.name === 'string' && !ref.optional && !secretNamed(ref.name)) errors.push(`${cLabel}: envFrom: no Secret "${ref.name}"`);
      }
      const defined = new Set<string>();
      for (const env of asArray(container.env).map(asObject)) {
        const ref = asObject(asObject(env.valueFrom).secretKeyRef);
        if (typeof ref.name === 'string' && !ref.optional) {
          const found = secretNamed(ref.name);
          if (!found) errors.push(`${cLabel}: env ${String(env.name)}: no Secret "${ref.name}"`);
          else if (!found.keys.has(String(ref.key))) errors.push(`${cLabel}: env ${String(env.name)}: Secret "${found.name}" has no key "${String(ref.key)}"`);
        }
        // $(NAME) expands only to variables defined before it in the same list.
        for (const [, used] of String(env.value ?? '').matchAll(/\$\((\w+)\)/g)) {
          if (!defined.has(used!)) errors.push(`${cLabel}: env ${String(env.name)} uses $(${used}) before it is defined`);
        }
        defined.add(String(env.name));
      }
    }
  }

  for (const object of objects.filter((o) => o.doc.kind === 'Service')) {
    const label = `${object.source}: Service/${String(asObject(object.doc.metadata).name)}`;
    const spec = asObject(object.doc.spec);
    const selector = asObject(spec.selector);
    if (Object.keys(selector).length === 0) continue;
    const targets = workloads.filter((workload) => labelsMatch(selector, asObject(asObject(workload.template.metadata).labels)));
    if (targets.length === 0) {
      errors.push(`${label}: its selector matches no pod template`);
      continue;
    }
    for (const port of asArray(spec.ports).map(asObject)) {
      if (typeof port.targetPort !== 'string') continue;
      const named = targets.some((target) =>
        asArray(target.spec.containers).some((container) => asArray(asObject(container).ports).some((p) => asObject(p).name === port.targetPort)),
      );
      if (!named) errors.push(`${label}: targetPort "${port.targetPort}" is no container port name of the pods it selects`);
    }
  }
  for (const object of objects.filter((o) => o.doc.kind === 'StatefulSet')) {
    const serviceName = asObject(object.doc.spec).serviceName;
    const service = objects.find((o) => o.doc.kind === 'Service' && asObject(o.doc.metadata).name === serviceName);
    const label = `${object.source}: StatefulSet/${String(asObject(object.doc.metadata).name)}`;
    if (!service) errors.push(`${label}: serviceName "${String(serviceName)}" names no Service here`);
    else if (asObject(service.doc.spec).clusterIP !== 'None') errors.push(`${label}: Service "${String(serviceName)}" must be headless (clusterIP: None) to give each pod a DNS name`);
  }
  return errors;
}

interface Kustomization {
  file: string;
  doc: JsonObject;
  resources: string[];
  secrets: Map<string, GeneratedSecret>;
  /** secretGenerator's files and env files, relative to the kustomization. */
  secretSources: string[];
}

function readKustomization(dir: string, errors: string[], repoRoot: string): Kustomization | undefined {
  const file = path.join(dir, 'kustomization.yaml');
  const name = relative(file, repoRoot);
  if (!existsSync(file)) {
    errors.push(`${relative(dir, repoRoot)}: no kustomization.yaml`);
    return undefined;
  }
  const parsed = parseDocument(readFileSync(file, 'utf8'), { version: '1.1' });
  if (parsed.errors.length > 0) {
    errors.push(...parsed.errors.map((error) => `${name}: ${error.message}`));
    return undefined;
  }
  const doc = asObject(parsed.toJS());
  if (doc.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || doc.kind !== 'Kustomization') errors.push(`${name}: apiVersion/kind must be kustomize.config.k8s.io/v1beta1 Kustomization`);
  for (const key of Object.keys(doc)) if (!KUSTOMIZATION_FIELDS.has(key)) errors.push(`${name}: unknown field "${key}"`);
  const resources = asArray(doc.resources).map(String);
  for (const resource of resources) {
    if (!existsSync(path.join(dir, resource))) errors.push(`${name}: resource ${resource} does not exist`);
  }
  const secrets = new Map<string, GeneratedSecret>();
  const secretSources: string[] = [];
  for (const generator of asArray(doc.secretGenerator).map(asObject)) {
    const secretName = String(generator.name);
    const keys = new Set<string>();
    for (const entry of asArray(generator.files).map(String)) {
      const [key, source] = entry.includes('=') ? (entry.split('=', 2) as [string, string]) : [path.posix.basename(entry), entry];
      keys.add(key);
      secretSources.push(source);
    }
    for (const entry of asArray(generator.literals).map(String)) keys.add(entry.split('=')[0]!);
    for (const envFile of asArray(generator.envs).map(String)) {
      secretSources.push(envFile);
      // Operators copy secrets-example/ to secrets/: the example says which keys there will be.
      const example = path.join(dir, envFile.replace(/^secrets\//, 'secrets-example/'));
      if (!existsSync(example)) errors.push(`${name}: secretGenerator ${secretName}: ${envFile} has no example at ${relative(example, repoRoot)}`);
      else for (const key of readEnvKeys(example)) keys.add(key);
    }
    secrets.set(secretName, { name: secretName, keys });
  }
  for (const source of secretSources) {
    if (!source.startsWith('secrets/')) errors.push(`${name}: secretGenerator reads ${source}: secrets come from the ignored secrets/ folder only`);
  }
  return { file, doc, resources, secrets, secretSources };
}

function loadObjects(dir: string, resources: string[], errors: string[], repoRoot: string): K8sObject[] {
  const objects: K8sObject[] = [];
  for (const resource of resources) {
    const file = path.join(dir, resource);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const source = relative(file, repoRoot);
    for (const document of parseAllDocuments(readFileSync(file, 'utf8'), { version: '1.1' })) {
      if (document.errors.length > 0) {
        errors.push(...document.errors.map((error) => `${source}: ${error.message}`));
        continue;
      }
      const doc = document.toJS() as Json;
      if (doc === null) continue;
      if (!isObject(doc)) errors.push(`${source}: a document that is not an object`);
      else objects.push({ source, doc });
    }
  }
  return objects;
}

function kubectlAvailable(): boolean {
  return spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8', timeout: TOOL_TIMEOUT_MS }).status === 0;
}

export async function checkKubernetes(dir: string, options: { repoRoot?: string; render?: boolean } = {}): Promise<CheckResult> {
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  const errors: string[] = [];
  const kustomization = readKustomization(dir, errors, repoRoot);
  if (!kustomization) return { checked: [], errors };
  const objects = loadObjects(dir, kustomization.resources, errors, repoRoot);
  errors.push(...typecheckKubernetesObjects(objects, repoRoot));
  errors.push(...crossCheck(objects, new Map(kustomization.secrets)));

  const kustomizationName = relative(kustomization.file, repoRoot);
  const images = new Set(objects.flatMap((o) => podSpecs(o.doc).flatMap((pod) => [...asArray(pod.spec.initContainers), ...asArray(pod.spec.containers)].map((c) => String(asObject(c).image)))));
  const overridden = new Set(asArray(kustomization.doc.images).map((image) => String(asObject(image).name)));
  for (const name of overridden) if (![...images].some((image) => image.split(/[:@]/)[0] === name)) errors.push(`${kustomizationName}: images: no container uses "${name}"`);
  for (const image of images) {
    if (!/[:@]/.test(image.split('/').at(-1) ?? '') && !overridden.has(image)) errors.push(`${kustomizationName}: image ${image} has no tag and images: does not set one (it would run :latest)`);
  }

  // With the example secrets and real certificates from deploy/certs.ts, every file the generators
  // read exists; kubectl (when here) then renders the whole thing, and its output is checked too.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'greenhouse-k8s-'));
  let rendered = 'kubectl kustomize: kubectl not on PATH, skipped';
  try {
    cpSync(dir, scratch, { recursive: true, filter: (source) => path.basename(source) !== 'secrets' });
    if (existsSync(path.join(dir, 'secrets-example'))) cpSync(path.join(dir, 'secrets-example'), path.join(scratch, 'secrets'), { recursive: true });
    await prepareDeploymentCertificates({ dataDir: path.join(scratch, 'secrets', 'scheduler'), schedulerNames: ['scheduler'], gatewayNames: ['*.gateway.greenhouse.svc.cluster.local'] });
    for (const source of kustomization.secretSources) {
      if (!existsSync(path.join(scratch, source))) errors.push(`${kustomizationName}: secretGenerator reads ${source}, which deploy/certs.ts and secrets-example/ do not make`);
    }
    if (options.render !== false && kubectlAvailable()) {
      const build = spawnSync('kubectl', ['kustomize', scratch], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: TOOL_TIMEOUT_MS });
      if (build.status !== 0) {
        errors.push(`${kustomizationName}: kubectl kustomize: ${build.error?.message ?? build.stderr.trim()}`);
        rendered = 'kubectl kustomize: failed';
      } else {
        const renderedObjects: K8sObject[] = [];
        for (const document of parseAllDocuments(build.stdout, { version: '1.1' })) {
          const doc = document.toJS() as Json;
          if (isObject(doc)) renderedObjects.push({ source: `kubectl kustomize ${relative(dir, repoRoot)}`, doc });
        }
        // The sources' problems show up again in the rendered objects: report them once.
        if (errors.length === 0) {
          errors.push(...typecheckKubernetesObjects(renderedObjects, repoRoot));
          errors.push(...crossCheck(renderedObjects, new Map()));
        }
        rendered = `kubectl kustomize: ${renderedObjects.length} objects rendered and checked`;
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { checked: [`${relative(dir, repoRoot)}: ${objects.length} objects (${rendered})`], errors };
}

// ------------------------------------------------------------------------------------------ all --

export async function validateDeployment(repoRoot: string = REPO_ROOT): Promise<CheckResult> {
  const dockerfile = path.join(repoRoot, 'Dockerfile');
  const dockerResult = checkDockerfile(dockerfile, { contextDir: repoRoot });
  const composeResult = checkCompose(path.join(repoRoot, 'docker-compose.yml'), { contextDir: repoRoot, dockerfiles: new Map([[dockerfile, dockerResult]]) });
  const k8sResult = await checkKubernetes(path.join(repoRoot, 'deploy', 'k8s'), { repoRoot });
  return {
    checked: [...dockerResult.checked, ...composeResult.checked, ...k8sResult.checked],
    errors: [...dockerResult.errors, ...composeResult.errors, ...k8sResult.errors],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(process.argv[2] ?? REPO_ROOT);
  const started = Date.now();
  const result = await validateDeployment(root);
  for (const line of result.checked) console.log(`checked ${line}`);
  for (const error of result.errors) console.log(`error: ${error}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.errors.length > 0) {
    console.log(`deployment files: ${result.errors.length} problem(s) (${seconds} s)`);
    process.exit(1);
  }
  console.log(`deployment files: ok (${seconds} s)`);
}
