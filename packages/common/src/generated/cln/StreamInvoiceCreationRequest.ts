// Original file: proto/node.proto


export interface StreamInvoiceCreationRequest {
}

export interface StreamInvoiceCreationRequest__Output {
}
