// Original file: proto/node.proto


export interface UnreserveinputsReservations {
  'txid'?: (Buffer | Uint8Array | string);
  'vout'?: (number);
  'was_reserved'?: (boolean);
  'reserved'?: (boolean);
  'reserved_to_block'?: (number);
  '_reserved_to_block'?: "reserved_to_block";
}

export interface UnreserveinputsReservations__Output {
  'txid': (Buffer);
  'vout': (number);
  'was_reserved': (boolean);
  'reserved': (boolean);
  'reserved_to_block'?: (number);
  '_reserved_to_block'?: "reserved_to_block";
}
