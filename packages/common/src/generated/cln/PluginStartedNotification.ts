// Original file: proto/node.proto


export interface PluginStartedNotification {
  'plugin_name'?: (string);
  'plugin_path'?: (string);
  'methods'?: (string)[];
}

export interface PluginStartedNotification__Output {
  'plugin_name': (string);
  'plugin_path': (string);
  'methods': (string)[];
}
