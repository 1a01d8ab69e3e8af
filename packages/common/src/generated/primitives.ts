import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from './cln/Amount.ts';
import type { AmountOrAll as _cln_AmountOrAll, AmountOrAll__Output as _cln_AmountOrAll__Output } from './cln/AmountOrAll.ts';
import type { AmountOrAny as _cln_AmountOrAny, AmountOrAny__Output as _cln_AmountOrAny__Output } from './cln/AmountOrAny.ts';
import type { DecodeRouteHop as _cln_DecodeRouteHop, DecodeRouteHop__Output as _cln_DecodeRouteHop__Output } from './cln/DecodeRouteHop.ts';
import type { DecodeRoutehint as _cln_DecodeRoutehint, DecodeRoutehint__Output as _cln_DecodeRoutehint__Output } from './cln/DecodeRoutehint.ts';
import type { DecodeRoutehintList as _cln_DecodeRoutehintList, DecodeRoutehintList__Output as _cln_DecodeRoutehintList__Output } from './cln/DecodeRoutehintList.ts';
import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from './cln/Feerate.ts';
import type { JsonArray as _cln_JsonArray, JsonArray__Output as _cln_JsonArray__Output } from './cln/JsonArray.ts';
import type { JsonObject as _cln_JsonObject, JsonObject__Output as _cln_JsonObject__Output } from './cln/JsonObject.ts';
import type { JsonObjectOrArray as _cln_JsonObjectOrArray, JsonObjectOrArray__Output as _cln_JsonObjectOrArray__Output } from './cln/JsonObjectOrArray.ts';
import type { JsonScalar as _cln_JsonScalar, JsonScalar__Output as _cln_JsonScalar__Output } from './cln/JsonScalar.ts';
import type { JsonValue as _cln_JsonValue, JsonValue__Output as _cln_JsonValue__Output } from './cln/JsonValue.ts';
import type { Outpoint as _cln_Outpoint, Outpoint__Output as _cln_Outpoint__Output } from './cln/Outpoint.ts';
import type { OutputDesc as _cln_OutputDesc, OutputDesc__Output as _cln_OutputDesc__Output } from './cln/OutputDesc.ts';
import type { ProofField as _cln_ProofField, ProofField__Output as _cln_ProofField__Output } from './cln/ProofField.ts';
import type { RouteHop as _cln_RouteHop, RouteHop__Output as _cln_RouteHop__Output } from './cln/RouteHop.ts';
import type { Routehint as _cln_Routehint, Routehint__Output as _cln_Routehint__Output } from './cln/Routehint.ts';
import type { RoutehintList as _cln_RoutehintList, RoutehintList__Output as _cln_RoutehintList__Output } from './cln/RoutehintList.ts';
import type { TlvEntry as _cln_TlvEntry, TlvEntry__Output as _cln_TlvEntry__Output } from './cln/TlvEntry.ts';
import type { TlvStream as _cln_TlvStream, TlvStream__Output as _cln_TlvStream__Output } from './cln/TlvStream.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  cln: {
    Amount: MessageTypeDefinition<_cln_Amount, _cln_Amount__Output>
    AmountOrAll: MessageTypeDefinition<_cln_AmountOrAll, _cln_AmountOrAll__Output>
    AmountOrAny: MessageTypeDefinition<_cln_AmountOrAny, _cln_AmountOrAny__Output>
    AutocleanSubsystem: EnumTypeDefinition
    ChannelSide: EnumTypeDefinition
    ChannelState: EnumTypeDefinition
    ChannelTypeName: EnumTypeDefinition
    DecodeRouteHop: MessageTypeDefinition<_cln_DecodeRouteHop, _cln_DecodeRouteHop__Output>
    DecodeRoutehint: MessageTypeDefinition<_cln_DecodeRoutehint, _cln_DecodeRoutehint__Output>
    DecodeRoutehintList: MessageTypeDefinition<_cln_DecodeRoutehintList, _cln_DecodeRoutehintList__Output>
    Feerate: MessageTypeDefinition<_cln_Feerate, _cln_Feerate__Output>
    HtlcState: EnumTypeDefinition
    JsonArray: MessageTypeDefinition<_cln_JsonArray, _cln_JsonArray__Output>
    JsonObject: MessageTypeDefinition<_cln_JsonObject, _cln_JsonObject__Output>
    JsonObjectOrArray: MessageTypeDefinition<_cln_JsonObjectOrArray, _cln_JsonObjectOrArray__Output>
    JsonScalar: MessageTypeDefinition<_cln_JsonScalar, _cln_JsonScalar__Output>
    JsonValue: MessageTypeDefinition<_cln_JsonValue, _cln_JsonValue__Output>
    Outpoint: MessageTypeDefinition<_cln_Outpoint, _cln_Outpoint__Output>
    OutputDesc: MessageTypeDefinition<_cln_OutputDesc, _cln_OutputDesc__Output>
    PluginSubcommand: EnumTypeDefinition
    ProofField: MessageTypeDefinition<_cln_ProofField, _cln_ProofField__Output>
    RouteHop: MessageTypeDefinition<_cln_RouteHop, _cln_RouteHop__Output>
    Routehint: MessageTypeDefinition<_cln_Routehint, _cln_Routehint__Output>
    RoutehintList: MessageTypeDefinition<_cln_RoutehintList, _cln_RoutehintList__Output>
    TlvEntry: MessageTypeDefinition<_cln_TlvEntry, _cln_TlvEntry__Output>
    TlvStream: MessageTypeDefinition<_cln_TlvStream, _cln_TlvStream__Output>
  }
}

