// Original file: /work/main/proto/greenlight.proto


export interface StreamIncomingFilter {
}

export interface StreamIncomingFilter__Output {
}
