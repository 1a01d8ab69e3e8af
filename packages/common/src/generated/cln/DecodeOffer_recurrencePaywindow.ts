// Original file: proto/node.proto


export interface DecodeOffer_recurrencePaywindow {
  'seconds_before'?: (number);
  'seconds_after'?: (number);
  'proportional_amount'?: (boolean);
  '_proportional_amount'?: "proportional_amount";
}

export interface DecodeOffer_recurrencePaywindow__Output {
  'seconds_before': (number);
  'seconds_after': (number);
  'proportional_amount'?: (boolean);
  '_proportional_amount'?: "proportional_amount";
}
