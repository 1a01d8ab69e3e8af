// Original file: proto/node.proto

import type { HelpHelp as _cln_HelpHelp, HelpHelp__Output as _cln_HelpHelp__Output } from '../cln/HelpHelp.ts';

// Original file: proto/node.proto

export const _cln_HelpResponse_HelpFormathint = {
  SIMPLE: 'SIMPLE',
} as const;

export type _cln_HelpResponse_HelpFormathint =
  | 'SIMPLE'
  | 0

export type _cln_HelpResponse_HelpFormathint__Output = typeof _cln_HelpResponse_HelpFormathint[keyof typeof _cln_HelpResponse_HelpFormathint]

export interface HelpResponse {
  'help'?: (_cln_HelpHelp)[];
  'format_hint'?: (_cln_HelpResponse_HelpFormathint);
  '_format_hint'?: "format_hint";
}

export interface HelpResponse__Output {
  'help': (_cln_HelpHelp__Output)[];
  'format_hint'?: (_cln_HelpResponse_HelpFormathint__Output);
  '_format_hint'?: "format_hint";
}
