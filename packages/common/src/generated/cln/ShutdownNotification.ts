// Original file: proto/node.proto


export interface ShutdownNotification {
}

export interface ShutdownNotification__Output {
}
