// Original file: proto/node.proto


export interface AskreneunreserveResponse {
}

export interface AskreneunreserveResponse__Output {
}
