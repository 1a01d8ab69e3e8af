// Original file: proto/node.proto


export interface AskrenelistreservationsRequest {
}

export interface AskrenelistreservationsRequest__Output {
}
