// Original file: proto/greenlight.proto


export interface NodeEventsRequest {
}

export interface NodeEventsRequest__Output {
}
