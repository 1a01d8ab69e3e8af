// Original file: proto/node.proto


// Original file: proto/node.proto

export const _cln_BkprdumpincomecsvResponse_BkprdumpincomecsvCsvFormat = {
  COINTRACKER: 'COINTRACKER',
  KOINLY: 'KOINLY',
  HARMONY: 'HARMONY',
  QUICKBOOKS: 'QUICKBOOKS',
} as const;

export type _cln_BkprdumpincomecsvResponse_BkprdumpincomecsvCsvFormat =
  | 'COINTRACKER'
  | 0
  | 'KOINLY'
  | 1
  | 'HARMONY'
  | 2
  | 'QUICKBOOKS'
  | 3

export type _cln_BkprdumpincomecsvResponse_BkprdumpincomecsvCsvFormat__Output = typeof _cln_BkprdumpincomecsvResponse_BkprdumpincomecsvCsvFormat[keyof typeof _cln_BkprdumpincomecsvResponse_BkprdumpincomecsvCsvFormat]

export interface BkprdumpincomecsvResponse {
  'csv_file'?: (string);
  'csv_format'?: (_cln_BkprdumpincomecsvResponse_BkprdumpincomecsvCsvFormat);
}

export interface BkprdumpincomecsvResponse__Output {
  'csv_file': (string);
  'csv_format': (_cln_BkprdumpincomecsvResponse_BkprdumpincomecsvCsvFormat__Output);
}
