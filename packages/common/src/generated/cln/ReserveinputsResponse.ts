// Original file: proto/node.proto

import type { ReserveinputsReservations as _cln_ReserveinputsReservations, ReserveinputsReservations__Output as _cln_ReserveinputsReservations__Output } from '../cln/ReserveinputsReservations.ts';

export interface ReserveinputsResponse {
  'reservations'?: (_cln_ReserveinputsReservations)[];
}

export interface ReserveinputsResponse__Output {
  'reservations': (_cln_ReserveinputsReservations__Output)[];
}
