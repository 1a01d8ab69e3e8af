// Original file: proto/node.proto


export interface EmergencyrecoverRequest {
}

export interface EmergencyrecoverRequest__Output {
}
