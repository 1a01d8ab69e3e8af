// Original file: proto/node.proto


export interface StreamPluginStoppedRequest {
}

export interface StreamPluginStoppedRequest__Output {
}
