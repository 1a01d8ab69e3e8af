// Original file: proto/node.proto


export interface PluginStoppedNotification {
  'plugin_name'?: (string);
  'plugin_path'?: (string);
  'methods'?: (string)[];
}

export interface PluginStoppedNotification__Output {
  'plugin_name': (string);
  'plugin_path': (string);
  'methods': (string)[];
}
