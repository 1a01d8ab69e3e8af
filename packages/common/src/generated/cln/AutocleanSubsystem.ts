// Original file: proto/primitives.proto

export const AutocleanSubsystem = {
  SUCCEEDEDFORWARDS: 'SUCCEEDEDFORWARDS',
  FAILEDFORWARDS: 'FAILEDFORWARDS',
  SUCCEEDEDPAYS: 'SUCCEEDEDPAYS',
  FAILEDPAYS: 'FAILEDPAYS',
  PAIDINVOICES: 'PAIDINVOICES',
  EXPIREDINVOICES: 'EXPIREDINVOICES',
} as const;

export type AutocleanSubsystem =
  | 'SUCCEEDEDFORWARDS'
  | 0
  | 'FAILEDFORWARDS'
  | 1
  | 'SUCCEEDEDPAYS'
  | 2
  | 'FAILEDPAYS'
  | 3
  | 'PAIDINVOICES'
  | 4
  | 'EXPIREDINVOICES'
  | 5

export type AutocleanSubsystem__Output = typeof AutocleanSubsystem[keyof typeof AutocleanSubsystem]
