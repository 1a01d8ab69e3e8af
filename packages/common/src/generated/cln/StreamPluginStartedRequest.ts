// Original file: proto/node.proto


export interface StreamPluginStartedRequest {
}

export interface StreamPluginStartedRequest__Output {
}
