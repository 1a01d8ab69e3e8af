// The deployment files (Dockerfile, docker-compose.yml, deploy/k8s) pass the offline checks of
// deploy/validate.ts, and each kind of mistake those checks exist for fails them. Also
// deploy/certs.ts: deployment names in the service certificates, and a client bundle without keys.
import { X509Certificate } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDeploymentCertificates, subjectAltNames, writeClientBundle } from '../deploy/certs.ts';
import { checkCompose, checkDockerfile, checkKubernetes, interpolate, REPO_ROOT, validateDeployment } from '../deploy/validate.ts';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'greenhouse-deploy-test-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of a repository file with one edit, which must change something. */
function edited(file: string, edit: (text: string) => string): string {
  const original = readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const changed = edit(original);
  expect(changed, `the edit of ${file} changed nothing`).not.toBe(original);
  const target = path.join(mkdtempSync(path.join(scratch, 'case-')), path.basename(file));
  writeFileSync(target, changed);
  return target;
}

/** A copy of deploy/k8s with one file edited. */
function editedK8s(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(scratch, 'k8s-'));
  cpSync(path.join(REPO_ROOT, 'deploy/k8s'), dir, { recursive: true, filter: (source) => path.basename(source) !== 'secrets' });
  const original = readFileSync(path.join(dir, file), 'utf8');
  const changed = edit(original);
  expect(changed, `the edit of ${file} changed nothing`).not.toBe(original);
  writeFileSync(path.join(dir, file), changed);
  return dir;
}

describe('the repository’s deployment files', () => {
  it('pass every check', async () => {
    const result = await validateDeployment();
    expect(result.errors).toEqual([]);
    expect(result.checked).toHaveLength(3);
  });
});

describe('Dockerfile checks fail on', () => {
  const check = (file: string) => checkDockerfile(file, { contextDir: REPO_ROOT }).errors.join('\n');

  it('an unknown instruction', () => {
    expect(check(edited('Dockerfile', (t) => t.replace('\nWORKDIR /app\n', '\nWORKDIRR /app\n')))).toMatch(/Unknown instruction: WORKDIRR/);
  });
  it('COPY --from a stage that does not exist', () => {
    expect(check(edited('Dockerfile', (t) => t.replace('COPY --from=manifests /manifests/ ./', 'COPY --from=manifest /manifests/ ./')))).toMatch(/no stage of that name/);
  });
  it('copying a repository path out of a build stage that the repository no longer has', () => {
    expect(check(edited('Dockerfile', (t) => t.replace('/app/services/stack/src/metadata.ts ./', '/app/services/stack/src/meta.ts ./')))).toMatch(
      /services\/stack\/src\/meta\.ts is not in the repository/,
    );
  });
});

describe('compose checks fail on', () => {
  const check = (file: string) => checkCompose(file, { contextDir: REPO_ROOT, projectDir: REPO_ROOT }).errors.join('\n');

  it('a misspelt service key (compose-spec schema)', () => {
    expect(check(edited('docker-compose.yml', (t) => t.replace('    network_mode: service:gateway', '    network_mod: service:gateway')))).toMatch(
      /schema: \/services\/signer: must NOT have additional properties "network_mod"/,
    );
  });
  it('a value the schema does not allow', () => {
    expect(check(edited('docker-compose.yml', (t) => t.replace('condition: service_completed_successfully', 'condition: service_completed')))).toMatch(
      /schema: \/services\/scheduler\/depends_on\/init\/condition: must be equal to one of the allowed values/,
    );
  });
  it('depends_on a service that does not exist', () => {
    expect(check(edited('docker-compose.yml', (t) => t.replace('      bitcoind:\n        condition: service_healthy', '      bitcoin:\n        condition: service_healthy')))).toMatch(
      /services\.gateway\.depends_on: no service "bitcoin"/,
    );
  });
  it('a named volume that is not declared', () => {
    expect(check(edited('docker-compose.yml', (t) => t.replace('      - signer-data:/signer', '      - signer-state:/signer')))).toMatch(/named volume "signer-state" is not declared/);
  });
  it('a build target the Dockerfile does not have', () => {
    expect(check(edited('docker-compose.yml', (t) => t.replace('      target: gateway', '      target: node-gateway')))).toMatch(/has no stage "node-gateway"/);
  });
  it('broken YAML', () => {
    expect(check(edited('docker-compose.yml', (t) => t.replace('services:\n', 'services:\n  - [\n')))).not.toBe('');
  });
});

describe('compose interpolation', () => {
  it('takes defaults and unescapes $$ like docker compose', () => {
    expect(interpolate('a ${X:-1} ${Y-2} ${Z} $$V $W').text).toBe('a 1 2  $V ');
    expect(interpolate('${X:-1} ${X:+set}', { X: 'x' }).text).toBe('x set');
    expect(interpolate('${NEED:?set NEED}').errors).toEqual(['${NEED} is required: set NEED']);
  });
});

describe('Kubernetes checks fail on', () => {
  const check = async (dir: string) => (await checkKubernetes(dir)).errors.join('\n');

  it('a misspelt field', async () => {
    expect(await check(editedK8s('scheduler.yaml', (t) => t.replace('  replicas: 2', '  replica: 2')))).toMatch(/Deployment\/scheduler at spec\.replica: .*'"replica"' does not exist in type 'DeploymentSpec'/);
  });
  it('a wrong type', async () => {
    expect(await check(editedK8s('gateway.yaml', (t) => t.replace('containerPort: 2602', 'containerPort: "2602"')))).toMatch(
      /StatefulSet\/gateway at spec\.template\.spec\.containers\[0\]\.ports\[0\]\.containerPort: Type 'string' is not assignable to type 'number'/,
    );
  });
  it('a missing required field', async () => {
    expect(await check(editedK8s('gateway.yaml', (t) => t.replace('  serviceName: gateway\n', '')))).toMatch(/Property 'serviceName' is missing/);
  });
  it('an unknown kind', async () => {
    expect(await check(editedK8s('scheduler.yaml', (t) => t.replace('kind: PodDisruptionBudget', 'kind: PodDisruptionBudgett')))).toMatch(/PodDisruptionBudgett/);
  });
  it('a Service whose selector matches no pods', async () => {
    expect(await check(editedK8s('gateway.yaml', (t) => t.replace(/(kind: Service[\s\S]*?app\.kubernetes\.io\/component: )gateway(\n  ports)/, '$1gateways$2')))).toMatch(
      /Service\/gateway: its selector matches no pod template/,
    );
  });
  it('a StatefulSet behind a Service that is not headless', async () => {
    expect(await check(editedK8s('gateway.yaml', (t) => t.replace('  clusterIP: None\n', '')))).toMatch(/must be headless/);
  });
  it('a Secret key no generator makes', async () => {
    expect(await check(editedK8s('gateway.yaml', (t) => t.replace('{ key: node-gateway.crt,', '{ key: gateway.crt,')))).toMatch(/Secret "greenhouse-gateway-tls" has no key "gateway.crt"/);
  });
  it('a volume mount without its volume', async () => {
    expect(await check(editedK8s('scheduler.yaml', (t) => t.replace('        - name: tmp\n          emptyDir: {}\n', '')))).toMatch(/volumeMount "tmp" names no volume/);
  });
  it('an environment variable used before it is defined', async () => {
    expect(await check(editedK8s('gateway.yaml', (t) => t.replace('$(POD_NAMESPACE).svc', '$(NAMESPACE).svc')))).toMatch(/uses \$\(NAMESPACE\) before it is defined/);
  });
  it('a kustomization resource that does not exist, and an unknown kustomization field', async () => {
    const errors = await check(editedK8s('kustomization.yaml', (t) => t.replace('  - gateway.yaml', '  - gateways.yaml').replace('namespace: greenhouse', 'namespaces: greenhouse')));
    expect(errors).toMatch(/resource gateways\.yaml does not exist/);
    expect(errors).toMatch(/unknown field "namespaces"/);
  });
  it('a generator file that deploy/certs.ts does not make', async () => {
    expect(await check(editedK8s('kustomization.yaml', (t) => t.replace('secrets/scheduler/certs/users/nobody.crt', 'secrets/scheduler/certs/nobody.crt')))).toMatch(
      /reads secrets\/scheduler\/certs\/nobody\.crt, which deploy\/certs\.ts and secrets-example\/ do not make/,
    );
  });
  it('a secret read from outside the ignored secrets/ folder', async () => {
    expect(await check(editedK8s('kustomization.yaml', (t) => t.replace('      - secrets/database.env', '      - database.env')))).toMatch(/secrets come from the ignored secrets\/ folder only/);
  });
});

describe('deploy/certs.ts', () => {
  it('adds deployment names to the service certificates under the same CA, once, and keeps localhost', async () => {
    const dataDir = path.join(scratch, 'certs-data');
    const first = await prepareDeploymentCertificates({ dataDir, schedulerNames: ['scheduler'], gatewayNames: ['gateway', '*.gateway.greenhouse.svc.cluster.local'] });
    expect(first.reissued).toEqual(['services/scheduler', 'services/node-gateway']);
    const certs = path.join(dataDir, 'certs');
    const root = new X509Certificate(readFileSync(path.join(certs, 'ca.crt')));
    const scheduler = new X509Certificate(readFileSync(path.join(certs, 'services/scheduler.pem')));
    const gateway = new X509Certificate(readFileSync(path.join(certs, 'services/node-gateway.pem')));
    expect(scheduler.checkHost('scheduler')).toBe('scheduler');
    expect(scheduler.checkHost('localhost')).toBe('localhost');
    expect(gateway.checkHost('gateway-3.gateway.greenhouse.svc.cluster.local')).toBeDefined();
    expect(gateway.checkHost('gateway-3.gateway.other.svc.cluster.local')).toBeUndefined();
    expect(gateway.subject).toContain('CN=GL /services/node-gateway');
    // Chained to the same root as before: services.crt signs it.
    const services = new X509Certificate(readFileSync(path.join(certs, 'services.pem')));
    expect(gateway.verify(services.publicKey)).toBe(true);
    expect(services.verify(root.publicKey)).toBe(true);

    const again = await prepareDeploymentCertificates({ dataDir, schedulerNames: ['scheduler'], gatewayNames: ['gateway'] });
    expect(again.reissued).toEqual([]);
    expect(readFileSync(path.join(certs, 'ca.crt'), 'utf8')).toBe(root.toString());
    const more = await prepareDeploymentCertificates({ dataDir, schedulerNames: ['scheduler.greenhouse.svc'] });
    expect(more.reissued).toEqual(['services/scheduler']);
    expect(subjectAltNames(new X509Certificate(readFileSync(path.join(certs, 'services/scheduler.pem'))))).toEqual(
      expect.arrayContaining(['localhost', '127.0.0.1', 'scheduler', 'scheduler.greenhouse.svc']),
    );
  });

  it('refuses a name that is no host name', async () => {
    await expect(prepareDeploymentCertificates({ dataDir: path.join(scratch, 'bad-names'), schedulerNames: ['two words'] })).rejects.toThrow(/not a host name/);
  });

  it('writes a client bundle with metadata.json for the host and for containers, and no CA key', async () => {
    const dataDir = path.join(scratch, 'bundle-data');
    await prepareDeploymentCertificates({ dataDir });
    const bundleDir = path.join(scratch, 'bundle');
    await writeClientBundle({ dataDir, bundleDir, schedulerUri: 'https://localhost:2601', clientPrefix: 'greenhouse-client', containerSchedulerUri: 'https://scheduler:2601' });
    const host = JSON.parse(readFileSync(path.join(bundleDir, 'metadata.json'), 'utf8')) as Record<string, string>;
    expect(host).toMatchObject({ scheduler_grpc_uri: 'https://localhost:2601', ca_crt_path: 'greenhouse-client/certs/ca.crt', nobody_key_path: 'greenhouse-client/certs/users/nobody-key.pem' });
    const inContainers = JSON.parse(readFileSync(path.join(bundleDir, 'compose/metadata.json'), 'utf8')) as Record<string, string>;
    expect(inContainers.scheduler_grpc_uri).toBe('https://scheduler:2601');
    expect(existsSync(inContainers.nobody_crt_path!)).toBe(true);
    expect(readFileSync(path.join(bundleDir, '.env'), 'utf8')).toContain('GL_SCHEDULER_GRPC_URI=https://localhost:2601');
    const keys = readdirSync(bundleDir, { recursive: true }).map(String).filter((file) => file.endsWith('-key.pem'));
    expect(keys).toEqual([path.join('certs', 'users', 'nobody-key.pem')]);
  });
});
