// Original file: proto/primitives.proto

export const ChannelTypeName = {
  static_remotekey_even: 'static_remotekey_even',
  anchor_outputs_even: 'anchor_outputs_even',
  anchors_zero_fee_htlc_tx_even: 'anchors_zero_fee_htlc_tx_even',
  scid_alias_even: 'scid_alias_even',
  zeroconf_even: 'zeroconf_even',
  anchors_even: 'anchors_even',
} as const;

export type ChannelTypeName =
  | 'static_remotekey_even'
  | 0
  | 'anchor_outputs_even'
  | 1
  | 'anchors_zero_fee_htlc_tx_even'
  | 2
  | 'scid_alias_even'
  | 3
  | 'zeroconf_even'
  | 4
  | 'anchors_even'
  | 5

export type ChannelTypeName__Output = typeof ChannelTypeName[keyof typeof ChannelTypeName]
