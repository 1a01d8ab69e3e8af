// Original file: proto/node.proto


export interface AskrenereserveResponse {
}

export interface AskrenereserveResponse__Output {
}
