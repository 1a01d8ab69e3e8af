import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import type { DeviceCredentials, SchedulerClient } from '@greenhouse/client';
import { SchedulerFixture, TEST_INIT_MSG } from './support/scheduler-fixture.ts';
import { TestNodeKey } from './support/test-node-key.ts';
import { GatewayDouble } from '../../../test/support/gateway-double.ts';

describe('placing nodes on gateways', () => {
  let fixture: SchedulerFixture;
  let device: SchedulerClient;
  let deviceCreds: DeviceCredentials;
  let key: TestNodeKey;
  const gateways: GatewayDouble[] = [];

  async function connectGateway(gatewayId: string, grpcUri: string) {
    const paths = fixture.scheduler.ca.paths;
    const gateway = await GatewayDouble.connect({
      schedulerUri: fixture.scheduler.grpcUri, caPath: paths.caCrt, certPath: paths.gatewayCrt, keyPath: paths.gatewayKey, gatewayId, grpcUri,
    });
    gateways.push(gateway);
    const deadline = Date.now() + 5000;
    while (fixture.scheduler.placement.connectedGateways < gateways.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return gateway;
  }

  beforeAll(async () => {
    fixture = await SchedulerFixture.start();
    key = new TestNodeKey();
    const nobody = await fixture.nobodyClient();
    deviceCreds = await nobody.registerNode({ nodeId: key.nodeId, signChallenge: key.signChallenge, network: 'regtest', signerVersion: 'v26.06', initMsg: TEST_INIT_MSG });
    device = await fixture.client(deviceCreds);
  });
  afterAll(async () => {
    for (const gateway of gateways) gateway.disconnect();
    await fixture.stop();
  });

  it('answers FAILED_PRECONDITION while no gateway is connected', async () => {
    await expect(device.schedule(key.nodeId)).rejects.toMatchObject({ code: status.FAILED_PRECONDITION });
  });

  it('Schedule starts the node on a gateway with its registration data; GetNodeInfo(wait) sees it', async () => {
    const gateway = await connectGateway('gw-1', 'https://localhost:7001');
    const waiting = device.getNodeInfo(key.nodeId, true, 10_000);
    const info = await device.schedule(key.nodeId);
    expect(info).toMatchObject({ grpc_uri: 'https://localhost:7001', node_id: key.nodeId });
    expect(info.session_id).not.toBe('0');
    expect(gateway.commands[0]!.start_node).toMatchObject({ node_id: key.nodeId, network: 'regtest', init_msg: TEST_INIT_MSG });
    expect((await waiting).grpc_uri).toBe('https://localhost:7001');
    // Scheduling again returns the running node, without a second start.
    expect((await device.schedule(key.nodeId)).session_id).toBe(info.session_id);
    expect(gateway.commands).toHaveLength(1);
  });

  it('once its gateway disappears, runs the node only where its data is: UNAVAILABLE until that gateway is back', async () => {
    gateways.shift()!.disconnect();
    const deadline = Date.now() + 5000;
    while (fixture.scheduler.placement.locate(key.nodeId) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect((await device.getNodeInfo(key.nodeId, false).catch((e) => e)).code).toBe(status.FAILED_PRECONDITION);
    expect((await fixture.scheduler.registry.getNode(key.nodeId))!.homeGateway).toBe('gw-1');

    const other = await connectGateway('gw-2', 'https://localhost:7002');
    // Schedule waits for the home gateway as long as the caller's deadline allows (at most 10 s).
    const impatient = await fixture.client(deviceCreds, 2000);
    await expect(impatient.schedule(key.nodeId)).rejects.toMatchObject({
      code: status.UNAVAILABLE,
      details: expect.stringMatching(/keeps its data on gateway gw-1, which is not connected/),
    });
    expect(other.commands).toHaveLength(0);

    // A Schedule already waiting when the home gateway comes back is served by it.
    const waiting = device.schedule(key.nodeId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const back = await connectGateway('gw-1', 'https://localhost:7011');
    expect((await waiting).grpc_uri).toBe('https://localhost:7011');
    expect(back.commands[0]!.start_node).toMatchObject({ node_id: key.nodeId });
    back.disconnect();
    gateways.splice(gateways.indexOf(back), 1);
  });

  it('places a node elsewhere when gateways share storage, and passes a gateway failure on', async () => {
    const shared = await SchedulerFixture.start({ sharedNodeStorage: true });
    try {
      const sharedKey = new TestNodeKey();
      const nobody = await shared.nobodyClient();
      const sharedDevice = await shared.client(await nobody.registerNode({ nodeId: sharedKey.nodeId, signChallenge: sharedKey.signChallenge, network: 'regtest', signerVersion: 'v26.06', initMsg: TEST_INIT_MSG }));
      const paths = shared.scheduler.ca.paths;
      const connect = async (gatewayId: string, grpcUri: string, expected: number) => {
        const gateway = await GatewayDouble.connect({ schedulerUri: shared.scheduler.grpcUri, caPath: paths.caCrt, certPath: paths.gatewayCrt, keyPath: paths.gatewayKey, gatewayId, grpcUri });
        const deadline = Date.now() + 5000;
        while (shared.scheduler.placement.connectedGateways < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        return gateway;
      };
      const first = await connect('gw-a', 'https://localhost:7101', 1);
      expect((await sharedDevice.schedule(sharedKey.nodeId)).grpc_uri).toBe('https://localhost:7101');
      first.disconnect();
      const deadline = Date.now() + 5000;
      while (shared.scheduler.placement.locate(sharedKey.nodeId) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

      const failing = await connect('gw-b', 'https://localhost:7102', 1);
      failing.failStartsWith = { code: status.FAILED_PRECONDITION, message: 'lightningd not found: set LIGHTNINGD' };
      await expect(sharedDevice.schedule(sharedKey.nodeId)).rejects.toMatchObject({ code: status.FAILED_PRECONDITION, details: expect.stringContaining('lightningd not found') });
      failing.failStartsWith = undefined;
      expect((await sharedDevice.schedule(sharedKey.nodeId)).grpc_uri).toBe('https://localhost:7102');
      expect((await shared.scheduler.registry.getNode(sharedKey.nodeId))!.homeGateway).toBe('gw-b');
      failing.disconnect();
    } finally {
      await shared.stop();
    }
  });

  it('lets only gateway identities connect', async () => {
    const paths = fixture.scheduler.ca.paths;
    const impostor = await GatewayDouble.connect({
      schedulerUri: fixture.scheduler.grpcUri, caPath: paths.caCrt, certPath: paths.nobodyCrt, keyPath: paths.nobodyKey, gatewayId: 'evil', grpcUri: 'https://localhost:6666',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(fixture.scheduler.placement.connectedGateways).toBe(1);
    impostor.disconnect();
  });
});
