// Original file: /work/main/proto/greenlight.proto


export interface NodeEventsRequest {
}

export interface NodeEventsRequest__Output {
}
