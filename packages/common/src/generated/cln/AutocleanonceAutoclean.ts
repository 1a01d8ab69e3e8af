// Original file: proto/node.proto

import type { AutocleanonceAutocleanSucceededforwards as _cln_AutocleanonceAutocleanSucceededforwards, AutocleanonceAutocleanSucceededforwards__Output as _cln_AutocleanonceAutocleanSucceededforwards__Output } from '../cln/AutocleanonceAutocleanSucceededforwards.ts';
import type { AutocleanonceAutocleanFailedforwards as _cln_AutocleanonceAutocleanFailedforwards, AutocleanonceAutocleanFailedforwards__Output as _cln_AutocleanonceAutocleanFailedforwards__Output } from '../cln/AutocleanonceAutocleanFailedforwards.ts';
import type { AutocleanonceAutocleanSucceededpays as _cln_AutocleanonceAutocleanSucceededpays, AutocleanonceAutocleanSucceededpays__Output as _cln_AutocleanonceAutocleanSucceededpays__Output } from '../cln/AutocleanonceAutocleanSucceededpays.ts';
import type { AutocleanonceAutocleanFailedpays as _cln_AutocleanonceAutocleanFailedpays, AutocleanonceAutocleanFailedpays__Output as _cln_AutocleanonceAutocleanFailedpays__Output } from '../cln/AutocleanonceAutocleanFailedpays.ts';
import type { AutocleanonceAutocleanPaidinvoices as _cln_AutocleanonceAutocleanPaidinvoices, AutocleanonceAutocleanPaidinvoices__Output as _cln_AutocleanonceAutocleanPaidinvoices__Output } from '../cln/AutocleanonceAutocleanPaidinvoices.ts';
import type { AutocleanonceAutocleanExpiredinvoices as _cln_AutocleanonceAutocleanExpiredinvoices, AutocleanonceAutocleanExpiredinvoices__Output as _cln_AutocleanonceAutocleanExpiredinvoices__Output } from '../cln/AutocleanonceAutocleanExpiredinvoices.ts';
import type { AutocleanonceAutocleanNetworkevents as _cln_AutocleanonceAutocleanNetworkevents, AutocleanonceAutocleanNetworkevents__Output as _cln_AutocleanonceAutocleanNetworkevents__Output } from '../cln/AutocleanonceAutocleanNetworkevents.ts';

export interface AutocleanonceAutoclean {
  'succeededforwards'?: (_cln_AutocleanonceAutocleanSucceededforwards | null);
  'failedforwards'?: (_cln_AutocleanonceAutocleanFailedforwards | null);
  'succeededpays'?: (_cln_AutocleanonceAutocleanSucceededpays | null);
  'failedpays'?: (_cln_AutocleanonceAutocleanFailedpays | null);
  'paidinvoices'?: (_cln_AutocleanonceAutocleanPaidinvoices | null);
  'expiredinvoices'?: (_cln_AutocleanonceAutocleanExpiredinvoices | null);
  'networkevents'?: (_cln_AutocleanonceAutocleanNetworkevents | null);
  '_succeededforwards'?: "succeededforwards";
  '_failedforwards'?: "failedforwards";
  '_succeededpays'?: "succeededpays";
  '_failedpays'?: "failedpays";
  '_paidinvoices'?: "paidinvoices";
  '_expiredinvoices'?: "expiredinvoices";
  '_networkevents'?: "networkevents";
}

export interface AutocleanonceAutoclean__Output {
  'succeededforwards'?: (_cln_AutocleanonceAutocleanSucceededforwards__Output | null);
  'failedforwards'?: (_cln_AutocleanonceAutocleanFailedforwards__Output | null);
  'succeededpays'?: (_cln_AutocleanonceAutocleanSucceededpays__Output | null);
  'failedpays'?: (_cln_AutocleanonceAutocleanFailedpays__Output | null);
  'paidinvoices'?: (_cln_AutocleanonceAutocleanPaidinvoices__Output | null);
  'expiredinvoices'?: (_cln_AutocleanonceAutocleanExpiredinvoices__Output | null);
  'networkevents'?: (_cln_AutocleanonceAutocleanNetworkevents__Output | null);
  '_succeededforwards'?: "succeededforwards";
  '_failedforwards'?: "failedforwards";
  '_succeededpays'?: "succeededpays";
  '_failedpays'?: "failedpays";
  '_paidinvoices'?: "paidinvoices";
  '_expiredinvoices'?: "expiredinvoices";
  '_networkevents'?: "networkevents";
}
