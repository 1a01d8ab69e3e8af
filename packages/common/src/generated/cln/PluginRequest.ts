// Original file: proto/node.proto

import type { PluginSubcommand as _cln_PluginSubcommand, PluginSubcommand__Output as _cln_PluginSubcommand__Output } from '../cln/PluginSubcommand.ts';

export interface PluginRequest {
  'subcommand'?: (_cln_PluginSubcommand);
  'plugin'?: (string);
  'directory'?: (string);
  'options'?: (string)[];
  '_plugin'?: "plugin";
  '_directory'?: "directory";
}

export interface PluginRequest__Output {
  'subcommand': (_cln_PluginSubcommand__Output);
  'plugin'?: (string);
  'directory'?: (string);
  'options': (string)[];
  '_plugin'?: "plugin";
  '_directory'?: "directory";
}
