// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_WaitInvoices_WaitInvoicesStatus = {
  UNPAID: 'UNPAID',
  PAID: 'PAID',
  EXPIRED: 'EXPIRED',
} as const;

export type _cln_WaitInvoices_WaitInvoicesStatus =
  | 'UNPAID'
  | 0
  | 'PAID'
  | 1
  | 'EXPIRED'
  | 2

export type _cln_WaitInvoices_WaitInvoicesStatus__Output = typeof _cln_WaitInvoices_WaitInvoicesStatus[keyof typeof _cln_WaitInvoices_WaitInvoicesStatus]

export interface WaitInvoices {
  'status'?: (_cln_WaitInvoices_WaitInvoicesStatus);
  'label'?: (string);
  'description'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  '_status'?: "status";
  '_label'?: "label";
  '_description'?: "description";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
}

export interface WaitInvoices__Output {
  'status'?: (_cln_WaitInvoices_WaitInvoicesStatus__Output);
  'label'?: (string);
  'description'?: (string);
  'bolt11'?: (string);
  'bolt12'?: (string);
  '_status'?: "status";
  '_label'?: "label";
  '_description'?: "description";
  '_bolt11'?: "bolt11";
  '_bolt12'?: "bolt12";
}
