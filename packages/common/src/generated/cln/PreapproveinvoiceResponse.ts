// Original file: proto/node.proto


export interface PreapproveinvoiceResponse {
}

export interface PreapproveinvoiceResponse__Output {
}
