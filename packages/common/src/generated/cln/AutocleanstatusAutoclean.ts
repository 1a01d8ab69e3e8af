// Original file: proto/node.proto

import type { AutocleanstatusAutocleanSucceededforwards as _cln_AutocleanstatusAutocleanSucceededforwards, AutocleanstatusAutocleanSucceededforwards__Output as _cln_AutocleanstatusAutocleanSucceededforwards__Output } from '../cln/AutocleanstatusAutocleanSucceededforwards.ts';
import type { AutocleanstatusAutocleanFailedforwards as _cln_AutocleanstatusAutocleanFailedforwards, AutocleanstatusAutocleanFailedforwards__Output as _cln_AutocleanstatusAutocleanFailedforwards__Output } from '../cln/AutocleanstatusAutocleanFailedforwards.ts';
import type { AutocleanstatusAutocleanSucceededpays as _cln_AutocleanstatusAutocleanSucceededpays, AutocleanstatusAutocleanSucceededpays__Output as _cln_AutocleanstatusAutocleanSucceededpays__Output } from '../cln/AutocleanstatusAutocleanSucceededpays.ts';
import type { AutocleanstatusAutocleanFailedpays as _cln_AutocleanstatusAutocleanFailedpays, AutocleanstatusAutocleanFailedpays__Output as _cln_AutocleanstatusAutocleanFailedpays__Output } from '../cln/AutocleanstatusAutocleanFailedpays.ts';
import type { AutocleanstatusAutocleanPaidinvoices as _cln_AutocleanstatusAutocleanPaidinvoices, AutocleanstatusAutocleanPaidinvoices__Output as _cln_AutocleanstatusAutocleanPaidinvoices__Output } from '../cln/AutocleanstatusAutocleanPaidinvoices.ts';
import type { AutocleanstatusAutocleanExpiredinvoices as _cln_AutocleanstatusAutocleanExpiredinvoices, AutocleanstatusAutocleanExpiredinvoices__Output as _cln_AutocleanstatusAutocleanExpiredinvoices__Output } from '../cln/AutocleanstatusAutocleanExpiredinvoices.ts';
import type { AutocleanstatusAutocleanNetworkevents as _cln_AutocleanstatusAutocleanNetworkevents, AutocleanstatusAutocleanNetworkevents__Output as _cln_AutocleanstatusAutocleanNetworkevents__Output } from '../cln/AutocleanstatusAutocleanNetworkevents.ts';

export interface AutocleanstatusAutoclean {
  'succeededforwards'?: (_cln_AutocleanstatusAutocleanSucceededforwards | null);
  'failedforwards'?: (_cln_AutocleanstatusAutocleanFailedforwards | null);
  'succeededpays'?: (_cln_AutocleanstatusAutocleanSucceededpays | null);
  'failedpays'?: (_cln_AutocleanstatusAutocleanFailedpays | null);
  'paidinvoices'?: (_cln_AutocleanstatusAutocleanPaidinvoices | null);
  'expiredinvoices'?: (_cln_AutocleanstatusAutocleanExpiredinvoices | null);
  'networkevents'?: (_cln_AutocleanstatusAutocleanNetworkevents | null);
  '_succeededforwards'?: "succeededforwards";
  '_failedforwards'?: "failedforwards";
  '_succeededpays'?: "succeededpays";
  '_failedpays'?: "failedpays";
  '_paidinvoices'?: "paidinvoices";
  '_expiredinvoices'?: "expiredinvoices";
  '_networkevents'?: "networkevents";
}

export interface AutocleanstatusAutoclean__Output {
  'succeededforwards'?: (_cln_AutocleanstatusAutocleanSucceededforwards__Output | null);
  'failedforwards'?: (_cln_AutocleanstatusAutocleanFailedforwards__Output | null);
  'succeededpays'?: (_cln_AutocleanstatusAutocleanSucceededpays__Output | null);
  'failedpays'?: (_cln_AutocleanstatusAutocleanFailedpays__Output | null);
  'paidinvoices'?: (_cln_AutocleanstatusAutocleanPaidinvoices__Output | null);
  'expiredinvoices'?: (_cln_AutocleanstatusAutocleanExpiredinvoices__Output | null);
  'networkevents'?: (_cln_AutocleanstatusAutocleanNetworkevents__Output | null);
  '_succeededforwards'?: "succeededforwards";
  '_failedforwards'?: "failedforwards";
  '_succeededpays'?: "succeededpays";
  '_failedpays'?: "failedpays";
  '_paidinvoices'?: "paidinvoices";
  '_expiredinvoices'?: "expiredinvoices";
  '_networkevents'?: "networkevents";
}
