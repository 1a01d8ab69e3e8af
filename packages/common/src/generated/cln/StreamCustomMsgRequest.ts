// Original file: proto/node.proto


export interface StreamCustomMsgRequest {
}

export interface StreamCustomMsgRequest__Output {
}
