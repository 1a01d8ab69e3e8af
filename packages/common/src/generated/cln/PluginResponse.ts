// Original file: proto/node.proto

import type { PluginSubcommand as _cln_PluginSubcommand, PluginSubcommand__Output as _cln_PluginSubcommand__Output } from '../cln/PluginSubcommand.ts';
import type { PluginPlugins as _cln_PluginPlugins, PluginPlugins__Output as _cln_PluginPlugins__Output } from '../cln/PluginPlugins.ts';

export interface PluginResponse {
  'command'?: (_cln_PluginSubcommand);
  'plugins'?: (_cln_PluginPlugins)[];
  'result'?: (string);
  '_result'?: "result";
}

export interface PluginResponse__Output {
  'command': (_cln_PluginSubcommand__Output);
  'plugins': (_cln_PluginPlugins__Output)[];
  'result'?: (string);
  '_result'?: "result";
}
