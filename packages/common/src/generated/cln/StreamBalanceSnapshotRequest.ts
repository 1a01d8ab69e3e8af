// Original file: proto/node.proto


export interface StreamBalanceSnapshotRequest {
}

export interface StreamBalanceSnapshotRequest__Output {
}
