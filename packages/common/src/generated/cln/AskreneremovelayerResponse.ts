// Original file: proto/node.proto


export interface AskreneremovelayerResponse {
}

export interface AskreneremovelayerResponse__Output {
}
