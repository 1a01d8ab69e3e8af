// Original file: proto/node.proto


export interface ListtransactionsRequest {
}

export interface ListtransactionsRequest__Output {
}
