// Original file: proto/node.proto


export interface StreamSendPayFailureRequest {
}

export interface StreamSendPayFailureRequest__Output {
}
