// Original file: proto/node.proto


export interface AskrenedisablenodeResponse {
}

export interface AskrenedisablenodeResponse__Output {
}
