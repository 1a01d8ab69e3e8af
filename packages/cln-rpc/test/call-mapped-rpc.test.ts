import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callMappedRpc, ClnMappingError, ClnRpcClient } from '../src/index.ts';
import { INVOICE } from './fixtures/cln-v26.06.6-results.ts';
import { decodedRequest } from './support/cln-node-methods.ts';
import { FakeLightningRpc } from './support/fake-lightning-rpc.ts';

describe('callMappedRpc', () => {
  let fake: FakeLightningRpc;
  let client: ClnRpcClient;

  beforeEach(async () => {
    fake = await FakeLightningRpc.start();
    client = new ClnRpcClient({ socketPath: fake.socketPath });
  });
  afterEach(async () => {
    await client.close();
    await fake.stop();
  });

  it('maps the request, calls the JSON-RPC method, and maps the result', async () => {
    fake.on('invoice', () => ({ result: INVOICE }));
    const request = decodedRequest('Invoice', { amount_msat: { amount: { msat: '1000000' } }, label: 'l', description: 'd' });
    const response = await callMappedRpc(client, 'Invoice', request);
    expect(fake.requests[0]).toMatchObject({ method: 'invoice', params: { amount_msat: '1000000msat', label: 'l', description: 'd' } });
    expect(response).toMatchObject({ bolt11: INVOICE.bolt11, payment_hash: Buffer.from(INVOICE.payment_hash, 'hex'), expires_at: '1795890961' });
  });

  it('a request that cannot be mapped is refused before anything is sent', async () => {
    await expect(callMappedRpc(client, 'NewAddr', { addresstype: 'P2SH' })).rejects.toBeInstanceOf(ClnMappingError);
    expect(fake.requests).toEqual([]);
  });
});
