// Original file: proto/node.proto


export interface AskreneupdatechannelResponse {
}

export interface AskreneupdatechannelResponse__Output {
}
