import { InvalidArgumentError } from 'commander';
import type { BitcoinNetwork } from '@greenhouse/signer';

export const NETWORKS: BitcoinNetwork[] = ['bitcoin', 'testnet', 'testnet4', 'signet', 'regtest'];

export function parseNetwork(value: string): BitcoinNetwork {
  if (!NETWORKS.includes(value as BitcoinNetwork)) throw new InvalidArgumentError(`must be one of ${NETWORKS.join(', ')}`);
  return value as BitcoinNetwork;
}
