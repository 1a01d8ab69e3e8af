// greenlight.Node's signer half (research §4.3): StreamHsmRequests attaches a signer to its node's
// stage and streams it requests until it hangs up; RespondHsmRequest hands its answers back. These
// are plain handlers: the public mTLS server mounts them and `stageFor` decides, from the verified
// caller, which node's stage a call belongs to.
import { status, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream } from '@grpc/grpc-js';
import { assertWellFormed, GreenhouseError, toServiceError, type Logger } from '@greenhouse/common';
import type { Empty } from '@greenhouse/common/generated/greenlight/Empty.ts';
import type { HsmRequest } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse__Output } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import type { NodeHandlers } from '@greenhouse/common/generated/greenlight/Node.ts';
import { nodeStopped, type HsmStage } from './hsm-stage.ts';

/** Any call of the two methods: what `stageFor` gets to find the caller's node. */
export type SignerLinkCall = ServerWritableStream<unknown, HsmRequest> | ServerUnaryCall<HsmResponse__Output, Empty>;

export type SignerLinkHandlers = Pick<NodeHandlers, 'StreamHsmRequests' | 'RespondHsmRequest'>;

export interface SignerLinkOptions {
  /** For failures that happen before a stage is known (a throwing `stageFor`); the stage's logger otherwise. */
  logger?: Logger;
  /** Checks the caller may use the method (e.g. its rune); throws the GreenhouseError to refuse with. */
  authorize?: (call: SignerLinkCall, method: 'StreamHsmRequests' | 'RespondHsmRequest') => Promise<void>;
}

/**
 * The two handlers. `stageFor` returns the stage of the caller's node, undefined when that node is not
 * running here (→ NOT_FOUND), or throws a GreenhouseError to refuse the call with its own status.
 */
export function signerLinkHandlers(
  stageFor: (call: SignerLinkCall) => HsmStage | undefined,
  options: SignerLinkOptions = {},
): SignerLinkHandlers {
  const find = (call: SignerLinkCall): HsmStage => {
    const stage = stageFor(call);
    if (!stage) throw new GreenhouseError(status.NOT_FOUND, 'the node is not running on this gateway; ask the scheduler (GetNodeInfo) where it runs');
    if (stage.isClosed) throw nodeStopped();
    return stage;
  };

  return {
    StreamHsmRequests: (call) => {
      let stage: HsmStage | undefined;
      void (async () => {
        assertWellFormed(call.request);
        await options.authorize?.(call, 'StreamHsmRequests');
        stage = find(call);
        return stage;
      })().then(
        (found) => streamRequests(found, call),
        (error: unknown) => call.emit('error', statusOf(options.logger ?? stage?.logger, 'StreamHsmRequests', error)),
      );
    },

    RespondHsmRequest: (call: ServerUnaryCall<HsmResponse__Output, Empty>, callback: sendUnaryData<Empty>) => {
      let stage: HsmStage | undefined;
      Promise.resolve()
        .then(async () => {
          assertWellFormed(call.request);
          await options.authorize?.(call, 'RespondHsmRequest');
          stage = find(call);
          return stage.respond(call.request);
        })
        .then(
          () => callback(null, {}),
          (error: unknown) => callback(statusOf(stage?.logger ?? options.logger, 'RespondHsmRequest', error)),
        );
    },
  };
}

/** Writes the signer's requests to its stream until it cancels or the node stops. */
async function streamRequests(stage: HsmStage, call: ServerWritableStream<unknown, HsmRequest>): Promise<void> {
  const attachment = stage.attach();
  const hangUp = () => attachment.detach();
  call.once('cancelled', hangUp);
  call.once('close', hangUp);
  try {
    for await (const request of attachment) {
      if (call.cancelled) break;
      if (!call.write(request)) await drained(call, attachment.ended);
    }
  } catch (error) {
    stage.logger.error({ err: error }, 'signer stream failed');
  } finally {
    attachment.detach();
  }
  if (call.cancelled) return;
  if (attachment.endedBy === 'stage-closed') call.emit('error', nodeStopped().toServiceError());
  else call.end();
}

/** Waits for the stream to take more, or for the attachment to end (the signer hung up, the node stopped). */
function drained(call: ServerWritableStream<unknown, HsmRequest>, ended: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      call.off('drain', done);
      resolve();
    };
    call.on('drain', done);
    void ended.then(done);
  });
}

function statusOf(logger: Logger | undefined, method: string, error: unknown) {
  if (error instanceof GreenhouseError) return error.toServiceError();
  if (logger) return toServiceError(logger, method, error);
  return new GreenhouseError(status.INTERNAL, `internal error in ${method}`).toServiceError();
}
