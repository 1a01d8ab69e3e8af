// Original file: proto/greenlight.proto


export interface StreamIncomingFilter {
}

export interface StreamIncomingFilter__Output {
}
