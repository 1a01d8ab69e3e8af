// Original file: proto/primitives.proto

export const ChannelSide = {
  LOCAL: 'LOCAL',
  REMOTE: 'REMOTE',
} as const;

export type ChannelSide =
  | 'LOCAL'
  | 0
  | 'REMOTE'
  | 1

export type ChannelSide__Output = typeof ChannelSide[keyof typeof ChannelSide]
