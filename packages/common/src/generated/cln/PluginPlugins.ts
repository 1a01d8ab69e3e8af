// Original file: proto/node.proto


export interface PluginPlugins {
  'name'?: (string);
  'active'?: (boolean);
  'dynamic'?: (boolean);
}

export interface PluginPlugins__Output {
  'name': (string);
  'active': (boolean);
  'dynamic': (boolean);
}
