// Original file: proto/node.proto


export interface ClnrestregisterpathResponse {
}

export interface ClnrestregisterpathResponse__Output {
}
