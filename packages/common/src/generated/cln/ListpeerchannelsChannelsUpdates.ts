// Original file: proto/node.proto

import type { ListpeerchannelsChannelsUpdatesLocal as _cln_ListpeerchannelsChannelsUpdatesLocal, ListpeerchannelsChannelsUpdatesLocal__Output as _cln_ListpeerchannelsChannelsUpdatesLocal__Output } from '../cln/ListpeerchannelsChannelsUpdatesLocal.ts';
import type { ListpeerchannelsChannelsUpdatesRemote as _cln_ListpeerchannelsChannelsUpdatesRemote, ListpeerchannelsChannelsUpdatesRemote__Output as _cln_ListpeerchannelsChannelsUpdatesRemote__Output } from '../cln/ListpeerchannelsChannelsUpdatesRemote.ts';

export interface ListpeerchannelsChannelsUpdates {
  'local'?: (_cln_ListpeerchannelsChannelsUpdatesLocal | null);
  'remote'?: (_cln_ListpeerchannelsChannelsUpdatesRemote | null);
  '_remote'?: "remote";
}

export interface ListpeerchannelsChannelsUpdates__Output {
  'local': (_cln_ListpeerchannelsChannelsUpdatesLocal__Output | null);
  'remote'?: (_cln_ListpeerchannelsChannelsUpdatesRemote__Output | null);
  '_remote'?: "remote";
}
