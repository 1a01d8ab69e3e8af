// Original file: proto/primitives.proto

export const PluginSubcommand = {
  START: 'START',
  STOP: 'STOP',
  RESCAN: 'RESCAN',
  STARTDIR: 'STARTDIR',
  LIST: 'LIST',
} as const;

export type PluginSubcommand =
  | 'START'
  | 0
  | 'STOP'
  | 1
  | 'RESCAN'
  | 2
  | 'STARTDIR'
  | 3
  | 'LIST'
  | 4

export type PluginSubcommand__Output = typeof PluginSubcommand[keyof typeof PluginSubcommand]
