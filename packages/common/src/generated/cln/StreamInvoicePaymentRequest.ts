// Original file: proto/node.proto


export interface StreamInvoicePaymentRequest {
}

export interface StreamInvoicePaymentRequest__Output {
}
