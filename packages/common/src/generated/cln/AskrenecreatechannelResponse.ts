// Original file: proto/node.proto


export interface AskrenecreatechannelResponse {
}

export interface AskrenecreatechannelResponse__Output {
}
