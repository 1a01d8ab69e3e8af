// Original file: proto/greenhouse.proto


export interface DenyPairingResponse {
}

export interface DenyPairingResponse__Output {
}
