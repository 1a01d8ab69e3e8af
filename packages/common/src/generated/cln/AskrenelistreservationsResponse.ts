// Original file: proto/node.proto

import type { AskrenelistreservationsReservations as _cln_AskrenelistreservationsReservations, AskrenelistreservationsReservations__Output as _cln_AskrenelistreservationsReservations__Output } from '../cln/AskrenelistreservationsReservations.ts';

export interface AskrenelistreservationsResponse {
  'reservations'?: (_cln_AskrenelistreservationsReservations)[];
}

export interface AskrenelistreservationsResponse__Output {
  'reservations': (_cln_AskrenelistreservationsReservations__Output)[];
}
