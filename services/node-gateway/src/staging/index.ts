// HSM staging (README.md here): each node's hsmd requests wait in its HsmStage for the node's signers.
export {
  HsmStage,
  MEMLEAK_REPLY,
  nodeStopped,
  type HsmStageOptions,
  type StartupMessage,
  type IncomingHsmRequest,
  type IncomingHsmResponse,
  type HsmRequestContextLike,
  type RespondOutcome,
  type SignerAttachment,
  type AttachmentEnd,
  type SignerRefusal,
} from './hsm-stage.ts';
export { startHsmService, type HsmServiceOptions, type RunningHsmService } from './hsm-service.ts';
export { signerLinkHandlers, type SignerLinkCall, type SignerLinkHandlers, type SignerLinkOptions } from './signer-link.ts';
export { loadStateFile, serializeState, writeFileAtomically, StateFileError, STATE_FILE_FORMAT } from './state-file.ts';
