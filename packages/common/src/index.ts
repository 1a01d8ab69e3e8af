export * from './errors.ts';
export * from './logging.ts';
export * from './identity.ts';
export * from './pki.ts';
export * from './lightning-message.ts';
export * from './grpc-server.ts';
export * from './grpc-handlers.ts';
export * from './proto/index.ts';
