// Original file: proto/node.proto


export interface AskreneremovechannelupdateResponse {
}

export interface AskreneremovechannelupdateResponse__Output {
}
