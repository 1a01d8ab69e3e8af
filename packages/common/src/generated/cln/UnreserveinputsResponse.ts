// Original file: proto/node.proto

import type { UnreserveinputsReservations as _cln_UnreserveinputsReservations, UnreserveinputsReservations__Output as _cln_UnreserveinputsReservations__Output } from '../cln/UnreserveinputsReservations.ts';

export interface UnreserveinputsResponse {
  'reservations'?: (_cln_UnreserveinputsReservations)[];
}

export interface UnreserveinputsResponse__Output {
  'reservations': (_cln_UnreserveinputsReservations__Output)[];
}
