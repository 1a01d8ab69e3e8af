// Original file: proto/primitives.proto

export const HtlcState = {
  SentAddHtlc: 'SentAddHtlc',
  SentAddCommit: 'SentAddCommit',
  RcvdAddRevocation: 'RcvdAddRevocation',
  RcvdAddAckCommit: 'RcvdAddAckCommit',
  SentAddAckRevocation: 'SentAddAckRevocation',
  RcvdAddAckRevocation: 'RcvdAddAckRevocation',
  RcvdRemoveHtlc: 'RcvdRemoveHtlc',
  RcvdRemoveCommit: 'RcvdRemoveCommit',
  SentRemoveRevocation: 'SentRemoveRevocation',
  SentRemoveAckCommit: 'SentRemoveAckCommit',
  RcvdRemoveAckRevocation: 'RcvdRemoveAckRevocation',
  RcvdAddHtlc: 'RcvdAddHtlc',
  RcvdAddCommit: 'RcvdAddCommit',
  SentAddRevocation: 'SentAddRevocation',
  SentAddAckCommit: 'SentAddAckCommit',
  SentRemoveHtlc: 'SentRemoveHtlc',
  SentRemoveCommit: 'SentRemoveCommit',
  RcvdRemoveRevocation: 'RcvdRemoveRevocation',
  RcvdRemoveAckCommit: 'RcvdRemoveAckCommit',
  SentRemoveAckRevocation: 'SentRemoveAckRevocation',
} as const;

export type HtlcState =
  | 'SentAddHtlc'
  | 0
  | 'SentAddCommit'
  | 1
  | 'RcvdAddRevocation'
  | 2
  | 'RcvdAddAckCommit'
  | 3
  | 'SentAddAckRevocation'
  | 4
  | 'RcvdAddAckRevocation'
  | 5
  | 'RcvdRemoveHtlc'
  | 6
  | 'RcvdRemoveCommit'
  | 7
  | 'SentRemoveRevocation'
  | 8
  | 'SentRemoveAckCommit'
  | 9
  | 'RcvdRemoveAckRevocation'
  | 10
  | 'RcvdAddHtlc'
  | 11
  | 'RcvdAddCommit'
  | 12
  | 'SentAddRevocation'
  | 13
  | 'SentAddAckCommit'
  | 14
  | 'SentRemoveHtlc'
  | 15
  | 'SentRemoveCommit'
  | 16
  | 'RcvdRemoveRevocation'
  | 17
  | 'RcvdRemoveAckCommit'
  | 18
  | 'SentRemoveAckRevocation'
  | 19

export type HtlcState__Output = typeof HtlcState[keyof typeof HtlcState]
