// Original file: proto/node.proto


export interface DelnetworkeventResponse {
}

export interface DelnetworkeventResponse__Output {
}
