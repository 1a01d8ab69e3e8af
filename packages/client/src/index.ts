export * from './scheduler-client.ts';
export * from './device-key.ts';
export * from './grpc-client.ts';
export * from './credentials.ts';
export * from './pairing.ts';
