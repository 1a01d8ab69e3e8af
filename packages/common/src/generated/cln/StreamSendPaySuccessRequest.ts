// Original file: proto/node.proto


export interface StreamSendPaySuccessRequest {
}

export interface StreamSendPaySuccessRequest__Output {
}
