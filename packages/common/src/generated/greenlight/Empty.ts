// Original file: proto/greenlight.proto


export interface Empty {
}

export interface Empty__Output {
}
