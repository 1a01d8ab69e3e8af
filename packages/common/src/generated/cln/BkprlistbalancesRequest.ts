// Original file: proto/node.proto


export interface BkprlistbalancesRequest {
}

export interface BkprlistbalancesRequest__Output {
}
