// Original file: proto/greenlight.proto


export interface StreamCustommsgRequest {
}

export interface StreamCustommsgRequest__Output {
}
