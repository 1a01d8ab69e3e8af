// Original file: /work/main/proto/greenlight.proto


export interface StreamCustommsgRequest {
}

export interface StreamCustommsgRequest__Output {
}
