// Runes at the gateway, for every call (beyond Greenlight, where only the signer looks at runes, and
// only for the calls it signs). A call is let through when the rune it presents (glrune):
// - is a rune the registry issued to this very device: its restrictions begin with those the
//   scheduler recorded for the device's key when it issued the certificate (Register, Recover or
//   pairing). Only the signer can check a rune's authcode; the gateway checks what it may allow,
//   and a device can narrow its rune (append restrictions) but never widen it;
// - allows the call: the lowercased gRPC method, the TLS client key as `pubkey`, the time now.
// Otherwise PERMISSION_DENIED, naming the restriction that failed.
//
// One exception, for Greenlight's own signer, which signs none of its calls: StreamHsmRequests and
// RespondHsmRequest without a rune pass for devices that hold the seed (issued by Register or
// Recover, which only the seed's key can sign for). A paired device needs a rune that allows them.
import { status } from '@grpc/grpc-js';
import { GreenhouseError, permissionDenied, type RequestAuth } from '@greenhouse/common';
import { checkRestrictions, GREENLIGHT_RUNE_VERSION, greenlightFieldValues, greenlightMethodFromPath, Rune } from '@greenhouse/common/runes';

export interface DeviceGrant {
  /** The restrictions the registry recorded for the device's rune, in rune text form. */
  runeRestrictions: string;
  /** Issued by Register or Recover: the device holds the seed. */
  seedHolder: boolean;
}

/** Where the gateway learns a device's grant (the scheduler's greenhouse.Gateways/DeviceRune). */
export type DeviceGrantSource = (nodeId: Buffer, publicKey: Buffer) => Promise<DeviceGrant>;

const GRANT_TTL_MS = 60_000;
const MAX_CACHED_GRANTS = 10_000;

/** Device grants by node and key, asked of the scheduler once a minute at most per device. */
export class DeviceGrants {
  private readonly cache = new Map<string, { grant: DeviceGrant; expires: number }>();

  constructor(private readonly source: DeviceGrantSource) {}

  async of(nodeId: Buffer, publicKey: Buffer, method: string): Promise<DeviceGrant> {
    const key = `${nodeId.toString('hex')}:${publicKey.toString('hex')}`;
    const cached = this.cache.get(key);
    if (cached && cached.expires > Date.now()) return cached.grant;
    let grant: DeviceGrant;
    try {
      grant = await this.source(nodeId, publicKey);
    } catch (error) {
      const code = (error as { code?: number }).code;
      if (code === status.NOT_FOUND) {
        throw permissionDenied(`${method}: the scheduler issued no device with this certificate's key for node ${nodeId.toString('hex')}`);
      }
      throw new GreenhouseError(status.UNAVAILABLE, `${method}: the gateway cannot check this device's rune: the scheduler did not answer (${(error as Error).message}); try again`, { cause: error });
    }
    if (this.cache.size >= MAX_CACHED_GRANTS) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { grant, expires: Date.now() + GRANT_TTL_MS });
    return grant;
  }
}

export interface RuneCheck {
  method: string;
  nodeId: Buffer;
  /** SEC1 uncompressed key of the TLS client certificate. */
  clientKey: Buffer;
  /** The call's verified signing context (authenticateCall), undefined when it carries none. */
  auth: RequestAuth | undefined;
  grants: DeviceGrants;
  /** StreamHsmRequests / RespondHsmRequest: a seed holder may call them without a rune. */
  signerLink?: boolean;
  now?: Date;
}

export async function checkRune(check: RuneCheck): Promise<void> {
  const { method, auth } = check;
  const grant = await check.grants.of(check.nodeId, check.clientKey, method);
  if (!auth) {
    if (check.signerLink && grant.seedHolder) return;
    throw permissionDenied(
      `${method}: the call carries no rune; every call needs the device's rune and request signature (glrune, glauthpubkey, glauthsig, glts headers, as Greenlight clients and @greenhouse/client send them)`,
    );
  }
  let rune: Rune;
  try {
    rune = Rune.fromBase64(auth.rune);
  } catch (error) {
    throw permissionDenied(`${method}: glrune is not a rune: ${(error as Error).message}`);
  }
  if (rune.version !== GREENLIGHT_RUNE_VERSION) throw permissionDenied(`${method}: the rune's version is ${rune.version ?? 'missing'}, not ${GREENLIGHT_RUNE_VERSION}`);
  const presented = rune.restrictionsText;
  if (presented !== grant.runeRestrictions && !presented.startsWith(`${grant.runeRestrictions}&`)) {
    throw permissionDenied(`${method}: the rune is not the one issued to this device: its restrictions must begin with those the registry recorded for it`);
  }
  const values = greenlightFieldValues(rune, { method: greenlightMethodFromPath(method), pubkey: check.clientKey, ...(check.now && { now: check.now }) });
  const result = checkRestrictions(rune.restrictions, values);
  if (!result.ok) throw permissionDenied(`${method}: the rune does not allow this call: ${result.reason}`);
}
