// Original file: proto/node.proto


export interface StreamOpenChannelPeerSigsRequest {
}

export interface StreamOpenChannelPeerSigsRequest__Output {
}
