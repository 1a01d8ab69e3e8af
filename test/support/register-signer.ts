// Registers the node of a real Signer with a scheduler test fixture, as `greenhouse register` does.
import type { DeviceCredentials } from '@greenhouse/client';
import type { Signer } from '@greenhouse/signer';
import type { SchedulerFixture } from '../../services/scheduler/test/support/scheduler-fixture.ts';

/** `scheduler`: the test fixture, or anything that hands out a NOBODY client (e.g. for a `pnpm start` stack). */
export async function registerSigner(scheduler: Pick<SchedulerFixture, 'nobodyClient'>, signer: Signer): Promise<DeviceCredentials> {
  const { initMsg, startupMessages } = signer.startupMessages();
  return (await scheduler.nobodyClient()).registerNode({
    nodeId: signer.nodeId,
    signChallenge: (challenge) => signer.signChallenge(challenge),
    network: 'regtest',
    signerVersion: 'v25.12',
    initMsg,
    startupMessages,
  });
}
