// Original file: /work/main/proto/greenlight.proto


export interface Empty {
}

export interface Empty__Output {
}
