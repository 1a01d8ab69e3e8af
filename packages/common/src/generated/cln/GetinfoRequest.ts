// Original file: proto/node.proto


export interface GetinfoRequest {
}

export interface GetinfoRequest__Output {
}
