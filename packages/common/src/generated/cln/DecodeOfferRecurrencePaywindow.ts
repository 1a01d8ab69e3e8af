// Original file: proto/node.proto


export interface DecodeOfferRecurrencePaywindow {
  'seconds_before'?: (number);
  'seconds_after'?: (number);
  'proportional_amount'?: (boolean);
  '_proportional_amount'?: "proportional_amount";
}

export interface DecodeOfferRecurrencePaywindow__Output {
  'seconds_before': (number);
  'seconds_after': (number);
  'proportional_amount'?: (boolean);
  '_proportional_amount'?: "proportional_amount";
}
