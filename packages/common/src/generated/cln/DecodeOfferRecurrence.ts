// Original file: proto/node.proto

import type { DecodeOfferRecurrencePaywindow as _cln_DecodeOfferRecurrencePaywindow, DecodeOfferRecurrencePaywindow__Output as _cln_DecodeOfferRecurrencePaywindow__Output } from '../cln/DecodeOfferRecurrencePaywindow.ts';
import type { Long } from '@grpc/proto-loader';

export interface DecodeOfferRecurrence {
  'time_unit'?: (number);
  'compulsory_field'?: (boolean);
  'time_unit_name'?: (string);
  'period'?: (number);
  'basetime'?: (number | string | Long);
  'paywindow'?: (_cln_DecodeOfferRecurrencePaywindow | null);
  'limit'?: (number);
  '_compulsory_field'?: "compulsory_field";
  '_time_unit_name'?: "time_unit_name";
  '_basetime'?: "basetime";
  '_paywindow'?: "paywindow";
  '_limit'?: "limit";
}

export interface DecodeOfferRecurrence__Output {
  'time_unit': (number);
  'compulsory_field'?: (boolean);
  'time_unit_name'?: (string);
  'period': (number);
  'basetime'?: (string);
  'paywindow'?: (_cln_DecodeOfferRecurrencePaywindow__Output | null);
  'limit'?: (number);
  '_compulsory_field'?: "compulsory_field";
  '_time_unit_name'?: "time_unit_name";
  '_basetime'?: "basetime";
  '_paywindow'?: "paywindow";
  '_limit'?: "limit";
}
