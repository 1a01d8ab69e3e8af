// Original file: proto/scheduler.proto


export interface ExportNodeRequest {
}

export interface ExportNodeRequest__Output {
}
