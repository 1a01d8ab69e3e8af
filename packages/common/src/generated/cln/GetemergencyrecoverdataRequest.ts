// Original file: proto/node.proto


export interface GetemergencyrecoverdataRequest {
}

export interface GetemergencyrecoverdataRequest__Output {
}
