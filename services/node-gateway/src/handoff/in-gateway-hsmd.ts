// lightningd's hsmd, served inside the gateway: greenhouse-hsmd handed over its status and request
// sockets, and the same HsmdProxy the proxy process runs answers them, except that what it forwards
// goes straight to the node's HsmStage instead of over the Hsm unix service (no gRPC hop per request).
import net from 'node:net';
import { GreenhouseError, type Logger } from '@greenhouse/common';
import { status } from '@grpc/grpc-js';
import { HsmdProxy, type HsmForwarder } from '../hsmd-proxy/proxy.ts';
import { HsmRequestRefused } from '../hsmd-proxy/hsm-service.ts';
import type { HsmStage } from '../staging/index.ts';
import type { Handoff } from './handoff-server.ts';

/**
 * Serves one lightningd's hsmd until lightningd closes it. When a request on lightningd's own
 * connection cannot be answered, the sockets close and the helper exits 1: lightningd then stops, as
 * with a stock hsmd that fails, and the supervisor starts it again (staging/README.md, G10).
 */
export function serveHandedHsmd(handoff: Handoff, stage: HsmStage, logger: Logger): void {
  const [statusFd, requestFd] = handoff.fds as [number, number];
  // lightningd sends nothing here to an hsmd that never reported its version; the socket is held
  // open all the same, because its closing is how lightningd learns that hsmd died.
  const statusSocket = new net.Socket({ fd: statusFd, readable: true, writable: true });
  statusSocket.on('data', () => undefined);
  statusSocket.on('error', () => undefined);
  const proxy = new HsmdProxy(stageForwarder(stage), (text) => logger.warn({ node_id: stage.nodeId.toString('hex') }, text));
  proxy.serveMaster(requestFd).then(
    () => {
      statusSocket.destroy();
      handoff.finish(0);
    },
    (error: unknown) => {
      logger.error(
        { node_id: stage.nodeId.toString('hex'), err: error },
        'lightningd’s own hsmd request could not be answered; closing its hsmd, so lightningd stops and is started again',
      );
      statusSocket.destroy();
      handoff.finish(1);
    },
  );
  handoff.onGone(() => statusSocket.destroy());
}

/** The stage as the proxy's forwarder: its answers and refusals as the Hsm service would give them. */
export function stageForwarder(stage: HsmStage): HsmForwarder {
  return {
    async request({ requestId, context, raw }, signal) {
      let response;
      try {
        response = await stage.handle({ request_id: requestId, raw, context: context ?? null }, signal);
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        // What the Hsm service would have answered with a status: final for this request.
        if (error instanceof GreenhouseError) throw new HsmRequestRefused(`hsm stage error ${status[error.code]}: ${error.message}`);
        throw error;
      }
      if (response.error) throw new HsmRequestRefused(`refused by the signer: ${response.error}`);
      const reply = response.raw;
      if (!reply || reply.length === 0 || typeof reply === 'string') throw new HsmRequestRefused('the hsm stage answered with an empty reply');
      return reply;
    },
  };
}
