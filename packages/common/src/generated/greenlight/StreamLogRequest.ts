// Original file: proto/greenlight.proto


export interface StreamLogRequest {
}

export interface StreamLogRequest__Output {
}
