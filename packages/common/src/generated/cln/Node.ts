// Original file: proto/node.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddgossipRequest as _cln_AddgossipRequest, AddgossipRequest__Output as _cln_AddgossipRequest__Output } from '../cln/AddgossipRequest.ts';
import type { AddgossipResponse as _cln_AddgossipResponse, AddgossipResponse__Output as _cln_AddgossipResponse__Output } from '../cln/AddgossipResponse.ts';
import type { AddpsbtoutputRequest as _cln_AddpsbtoutputRequest, AddpsbtoutputRequest__Output as _cln_AddpsbtoutputRequest__Output } from '../cln/AddpsbtoutputRequest.ts';
import type { AddpsbtoutputResponse as _cln_AddpsbtoutputResponse, AddpsbtoutputResponse__Output as _cln_AddpsbtoutputResponse__Output } from '../cln/AddpsbtoutputResponse.ts';
import type { AskreneageRequest as _cln_AskreneageRequest, AskreneageRequest__Output as _cln_AskreneageRequest__Output } from '../cln/AskreneageRequest.ts';
import type { AskreneageResponse as _cln_AskreneageResponse, AskreneageResponse__Output as _cln_AskreneageResponse__Output } from '../cln/AskreneageResponse.ts';
import type { AskrenebiaschannelRequest as _cln_AskrenebiaschannelRequest, AskrenebiaschannelRequest__Output as _cln_AskrenebiaschannelRequest__Output } from '../cln/AskrenebiaschannelRequest.ts';
import type { AskrenebiaschannelResponse as _cln_AskrenebiaschannelResponse, AskrenebiaschannelResponse__Output as _cln_AskrenebiaschannelResponse__Output } from '../cln/AskrenebiaschannelResponse.ts';
import type { AskrenebiasnodeRequest as _cln_AskrenebiasnodeRequest, AskrenebiasnodeRequest__Output as _cln_AskrenebiasnodeRequest__Output } from '../cln/AskrenebiasnodeRequest.ts';
import type { AskrenebiasnodeResponse as _cln_AskrenebiasnodeResponse, AskrenebiasnodeResponse__Output as _cln_AskrenebiasnodeResponse__Output } from '../cln/AskrenebiasnodeResponse.ts';
import type { AskrenecreatechannelRequest as _cln_AskrenecreatechannelRequest, AskrenecreatechannelRequest__Output as _cln_AskrenecreatechannelRequest__Output } from '../cln/AskrenecreatechannelRequest.ts';
import type { AskrenecreatechannelResponse as _cln_AskrenecreatechannelResponse, AskrenecreatechannelResponse__Output as _cln_AskrenecreatechannelResponse__Output } from '../cln/AskrenecreatechannelResponse.ts';
import type { AskrenecreatelayerRequest as _cln_AskrenecreatelayerRequest, AskrenecreatelayerRequest__Output as _cln_AskrenecreatelayerRequest__Output } from '../cln/AskrenecreatelayerRequest.ts';
import type { AskrenecreatelayerResponse as _cln_AskrenecreatelayerResponse, AskrenecreatelayerResponse__Output as _cln_AskrenecreatelayerResponse__Output } from '../cln/AskrenecreatelayerResponse.ts';
import type { AskrenedisablenodeRequest as _cln_AskrenedisablenodeRequest, AskrenedisablenodeRequest__Output as _cln_AskrenedisablenodeRequest__Output } from '../cln/AskrenedisablenodeRequest.ts';
import type { AskrenedisablenodeResponse as _cln_AskrenedisablenodeResponse, AskrenedisablenodeResponse__Output as _cln_AskrenedisablenodeResponse__Output } from '../cln/AskrenedisablenodeResponse.ts';
import type { AskreneinformchannelRequest as _cln_AskreneinformchannelRequest, AskreneinformchannelRequest__Output as _cln_AskreneinformchannelRequest__Output } from '../cln/AskreneinformchannelRequest.ts';
import type { AskreneinformchannelResponse as _cln_AskreneinformchannelResponse, AskreneinformchannelResponse__Output as _cln_AskreneinformchannelResponse__Output } from '../cln/AskreneinformchannelResponse.ts';
import type { AskrenelistlayersRequest as _cln_AskrenelistlayersRequest, AskrenelistlayersRequest__Output as _cln_AskrenelistlayersRequest__Output } from '../cln/AskrenelistlayersRequest.ts';
import type { AskrenelistlayersResponse as _cln_AskrenelistlayersResponse, AskrenelistlayersResponse__Output as _cln_AskrenelistlayersResponse__Output } from '../cln/AskrenelistlayersResponse.ts';
import type { AskrenelistreservationsRequest as _cln_AskrenelistreservationsRequest, AskrenelistreservationsRequest__Output as _cln_AskrenelistreservationsRequest__Output } from '../cln/AskrenelistreservationsRequest.ts';
import type { AskrenelistreservationsResponse as _cln_AskrenelistreservationsResponse, AskrenelistreservationsResponse__Output as _cln_AskrenelistreservationsResponse__Output } from '../cln/AskrenelistreservationsResponse.ts';
import type { AskreneremovechannelupdateRequest as _cln_AskreneremovechannelupdateRequest, AskreneremovechannelupdateRequest__Output as _cln_AskreneremovechannelupdateRequest__Output } from '../cln/AskreneremovechannelupdateRequest.ts';
import type { AskreneremovechannelupdateResponse as _cln_AskreneremovechannelupdateResponse, AskreneremovechannelupdateResponse__Output as _cln_AskreneremovechannelupdateResponse__Output } from '../cln/AskreneremovechannelupdateResponse.ts';
import type { AskreneremovelayerRequest as _cln_AskreneremovelayerRequest, AskreneremovelayerRequest__Output as _cln_AskreneremovelayerRequest__Output } from '../cln/AskreneremovelayerRequest.ts';
import type { AskreneremovelayerResponse as _cln_AskreneremovelayerResponse, AskreneremovelayerResponse__Output as _cln_AskreneremovelayerResponse__Output } from '../cln/AskreneremovelayerResponse.ts';
import type { AskrenereserveRequest as _cln_AskrenereserveRequest, AskrenereserveRequest__Output as _cln_AskrenereserveRequest__Output } from '../cln/AskrenereserveRequest.ts';
import type { AskrenereserveResponse as _cln_AskrenereserveResponse, AskrenereserveResponse__Output as _cln_AskrenereserveResponse__Output } from '../cln/AskrenereserveResponse.ts';
import type { AskreneunreserveRequest as _cln_AskreneunreserveRequest, AskreneunreserveRequest__Output as _cln_AskreneunreserveRequest__Output } from '../cln/AskreneunreserveRequest.ts';
import type { AskreneunreserveResponse as _cln_AskreneunreserveResponse, AskreneunreserveResponse__Output as _cln_AskreneunreserveResponse__Output } from '../cln/AskreneunreserveResponse.ts';
import type { AskreneupdatechannelRequest as _cln_AskreneupdatechannelRequest, AskreneupdatechannelRequest__Output as _cln_AskreneupdatechannelRequest__Output } from '../cln/AskreneupdatechannelRequest.ts';
import type { AskreneupdatechannelResponse as _cln_AskreneupdatechannelResponse, AskreneupdatechannelResponse__Output as _cln_AskreneupdatechannelResponse__Output } from '../cln/AskreneupdatechannelResponse.ts';
import type { AutocleanonceRequest as _cln_AutocleanonceRequest, AutocleanonceRequest__Output as _cln_AutocleanonceRequest__Output } from '../cln/AutocleanonceRequest.ts';
import type { AutocleanonceResponse as _cln_AutocleanonceResponse, AutocleanonceResponse__Output as _cln_AutocleanonceResponse__Output } from '../cln/AutocleanonceResponse.ts';
import type { AutocleanstatusRequest as _cln_AutocleanstatusRequest, AutocleanstatusRequest__Output as _cln_AutocleanstatusRequest__Output } from '../cln/AutocleanstatusRequest.ts';
import type { AutocleanstatusResponse as _cln_AutocleanstatusResponse, AutocleanstatusResponse__Output as _cln_AutocleanstatusResponse__Output } from '../cln/AutocleanstatusResponse.ts';
import type { BalanceSnapshotNotification as _cln_BalanceSnapshotNotification, BalanceSnapshotNotification__Output as _cln_BalanceSnapshotNotification__Output } from '../cln/BalanceSnapshotNotification.ts';
import type { BkprchannelsapyRequest as _cln_BkprchannelsapyRequest, BkprchannelsapyRequest__Output as _cln_BkprchannelsapyRequest__Output } from '../cln/BkprchannelsapyRequest.ts';
import type { BkprchannelsapyResponse as _cln_BkprchannelsapyResponse, BkprchannelsapyResponse__Output as _cln_BkprchannelsapyResponse__Output } from '../cln/BkprchannelsapyResponse.ts';
import type { BkprdumpincomecsvRequest as _cln_BkprdumpincomecsvRequest, BkprdumpincomecsvRequest__Output as _cln_BkprdumpincomecsvRequest__Output } from '../cln/BkprdumpincomecsvRequest.ts';
import type { BkprdumpincomecsvResponse as _cln_BkprdumpincomecsvResponse, BkprdumpincomecsvResponse__Output as _cln_BkprdumpincomecsvResponse__Output } from '../cln/BkprdumpincomecsvResponse.ts';
import type { BkpreditdescriptionbyoutpointRequest as _cln_BkpreditdescriptionbyoutpointRequest, BkpreditdescriptionbyoutpointRequest__Output as _cln_BkpreditdescriptionbyoutpointRequest__Output } from '../cln/BkpreditdescriptionbyoutpointRequest.ts';
import type { BkpreditdescriptionbyoutpointResponse as _cln_BkpreditdescriptionbyoutpointResponse, BkpreditdescriptionbyoutpointResponse__Output as _cln_BkpreditdescriptionbyoutpointResponse__Output } from '../cln/BkpreditdescriptionbyoutpointResponse.ts';
import type { BkpreditdescriptionbypaymentidRequest as _cln_BkpreditdescriptionbypaymentidRequest, BkpreditdescriptionbypaymentidRequest__Output as _cln_BkpreditdescriptionbypaymentidRequest__Output } from '../cln/BkpreditdescriptionbypaymentidRequest.ts';
import type { BkpreditdescriptionbypaymentidResponse as _cln_BkpreditdescriptionbypaymentidResponse, BkpreditdescriptionbypaymentidResponse__Output as _cln_BkpreditdescriptionbypaymentidResponse__Output } from '../cln/BkpreditdescriptionbypaymentidResponse.ts';
import type { BkprinspectRequest as _cln_BkprinspectRequest, BkprinspectRequest__Output as _cln_BkprinspectRequest__Output } from '../cln/BkprinspectRequest.ts';
import type { BkprinspectResponse as _cln_BkprinspectResponse, BkprinspectResponse__Output as _cln_BkprinspectResponse__Output } from '../cln/BkprinspectResponse.ts';
import type { BkprlistaccounteventsRequest as _cln_BkprlistaccounteventsRequest, BkprlistaccounteventsRequest__Output as _cln_BkprlistaccounteventsRequest__Output } from '../cln/BkprlistaccounteventsRequest.ts';
import type { BkprlistaccounteventsResponse as _cln_BkprlistaccounteventsResponse, BkprlistaccounteventsResponse__Output as _cln_BkprlistaccounteventsResponse__Output } from '../cln/BkprlistaccounteventsResponse.ts';
import type { BkprlistbalancesRequest as _cln_BkprlistbalancesRequest, BkprlistbalancesRequest__Output as _cln_BkprlistbalancesRequest__Output } from '../cln/BkprlistbalancesRequest.ts';
import type { BkprlistbalancesResponse as _cln_BkprlistbalancesResponse, BkprlistbalancesResponse__Output as _cln_BkprlistbalancesResponse__Output } from '../cln/BkprlistbalancesResponse.ts';
import type { BkprlistincomeRequest as _cln_BkprlistincomeRequest, BkprlistincomeRequest__Output as _cln_BkprlistincomeRequest__Output } from '../cln/BkprlistincomeRequest.ts';
import type { BkprlistincomeResponse as _cln_BkprlistincomeResponse, BkprlistincomeResponse__Output as _cln_BkprlistincomeResponse__Output } from '../cln/BkprlistincomeResponse.ts';
import type { BkprreportRequest as _cln_BkprreportRequest, BkprreportRequest__Output as _cln_BkprreportRequest__Output } from '../cln/BkprreportRequest.ts';
import type { BkprreportResponse as _cln_BkprreportResponse, BkprreportResponse__Output as _cln_BkprreportResponse__Output } from '../cln/BkprreportResponse.ts';
import type { BlacklistruneRequest as _cln_BlacklistruneRequest, BlacklistruneRequest__Output as _cln_BlacklistruneRequest__Output } from '../cln/BlacklistruneRequest.ts';
import type { BlacklistruneResponse as _cln_BlacklistruneResponse, BlacklistruneResponse__Output as _cln_BlacklistruneResponse__Output } from '../cln/BlacklistruneResponse.ts';
import type { BlockAddedNotification as _cln_BlockAddedNotification, BlockAddedNotification__Output as _cln_BlockAddedNotification__Output } from '../cln/BlockAddedNotification.ts';
import type { CancelrecurringinvoiceRequest as _cln_CancelrecurringinvoiceRequest, CancelrecurringinvoiceRequest__Output as _cln_CancelrecurringinvoiceRequest__Output } from '../cln/CancelrecurringinvoiceRequest.ts';
import type { CancelrecurringinvoiceResponse as _cln_CancelrecurringinvoiceResponse, CancelrecurringinvoiceResponse__Output as _cln_CancelrecurringinvoiceResponse__Output } from '../cln/CancelrecurringinvoiceResponse.ts';
import type { ChannelOpenFailedNotification as _cln_ChannelOpenFailedNotification, ChannelOpenFailedNotification__Output as _cln_ChannelOpenFailedNotification__Output } from '../cln/ChannelOpenFailedNotification.ts';
import type { ChannelOpenedNotification as _cln_ChannelOpenedNotification, ChannelOpenedNotification__Output as _cln_ChannelOpenedNotification__Output } from '../cln/ChannelOpenedNotification.ts';
import type { ChannelStateChangedNotification as _cln_ChannelStateChangedNotification, ChannelStateChangedNotification__Output as _cln_ChannelStateChangedNotification__Output } from '../cln/ChannelStateChangedNotification.ts';
import type { CheckmessageRequest as _cln_CheckmessageRequest, CheckmessageRequest__Output as _cln_CheckmessageRequest__Output } from '../cln/CheckmessageRequest.ts';
import type { CheckmessageResponse as _cln_CheckmessageResponse, CheckmessageResponse__Output as _cln_CheckmessageResponse__Output } from '../cln/CheckmessageResponse.ts';
import type { CheckruneRequest as _cln_CheckruneRequest, CheckruneRequest__Output as _cln_CheckruneRequest__Output } from '../cln/CheckruneRequest.ts';
import type { CheckruneResponse as _cln_CheckruneResponse, CheckruneResponse__Output as _cln_CheckruneResponse__Output } from '../cln/CheckruneResponse.ts';
import type { ClnrestregisterpathRequest as _cln_ClnrestregisterpathRequest, ClnrestregisterpathRequest__Output as _cln_ClnrestregisterpathRequest__Output } from '../cln/ClnrestregisterpathRequest.ts';
import type { ClnrestregisterpathResponse as _cln_ClnrestregisterpathResponse, ClnrestregisterpathResponse__Output as _cln_ClnrestregisterpathResponse__Output } from '../cln/ClnrestregisterpathResponse.ts';
import type { CloseRequest as _cln_CloseRequest, CloseRequest__Output as _cln_CloseRequest__Output } from '../cln/CloseRequest.ts';
import type { CloseResponse as _cln_CloseResponse, CloseResponse__Output as _cln_CloseResponse__Output } from '../cln/CloseResponse.ts';
import type { CoinMovementNotification as _cln_CoinMovementNotification, CoinMovementNotification__Output as _cln_CoinMovementNotification__Output } from '../cln/CoinMovementNotification.ts';
import type { ConnectRequest as _cln_ConnectRequest, ConnectRequest__Output as _cln_ConnectRequest__Output } from '../cln/ConnectRequest.ts';
import type { ConnectResponse as _cln_ConnectResponse, ConnectResponse__Output as _cln_ConnectResponse__Output } from '../cln/ConnectResponse.ts';
import type { CreateinvoiceRequest as _cln_CreateinvoiceRequest, CreateinvoiceRequest__Output as _cln_CreateinvoiceRequest__Output } from '../cln/CreateinvoiceRequest.ts';
import type { CreateinvoiceResponse as _cln_CreateinvoiceResponse, CreateinvoiceResponse__Output as _cln_CreateinvoiceResponse__Output } from '../cln/CreateinvoiceResponse.ts';
import type { CreateonionRequest as _cln_CreateonionRequest, CreateonionRequest__Output as _cln_CreateonionRequest__Output } from '../cln/CreateonionRequest.ts';
import type { CreateonionResponse as _cln_CreateonionResponse, CreateonionResponse__Output as _cln_CreateonionResponse__Output } from '../cln/CreateonionResponse.ts';
import type { CreateproofRequest as _cln_CreateproofRequest, CreateproofRequest__Output as _cln_CreateproofRequest__Output } from '../cln/CreateproofRequest.ts';
import type { CreateproofResponse as _cln_CreateproofResponse, CreateproofResponse__Output as _cln_CreateproofResponse__Output } from '../cln/CreateproofResponse.ts';
import type { CreateruneRequest as _cln_CreateruneRequest, CreateruneRequest__Output as _cln_CreateruneRequest__Output } from '../cln/CreateruneRequest.ts';
import type { CreateruneResponse as _cln_CreateruneResponse, CreateruneResponse__Output as _cln_CreateruneResponse__Output } from '../cln/CreateruneResponse.ts';
import type { CurrencyconvertRequest as _cln_CurrencyconvertRequest, CurrencyconvertRequest__Output as _cln_CurrencyconvertRequest__Output } from '../cln/CurrencyconvertRequest.ts';
import type { CurrencyconvertResponse as _cln_CurrencyconvertResponse, CurrencyconvertResponse__Output as _cln_CurrencyconvertResponse__Output } from '../cln/CurrencyconvertResponse.ts';
import type { CurrencyrateRequest as _cln_CurrencyrateRequest, CurrencyrateRequest__Output as _cln_CurrencyrateRequest__Output } from '../cln/CurrencyrateRequest.ts';
import type { CurrencyrateResponse as _cln_CurrencyrateResponse, CurrencyrateResponse__Output as _cln_CurrencyrateResponse__Output } from '../cln/CurrencyrateResponse.ts';
import type { CustomMsgNotification as _cln_CustomMsgNotification, CustomMsgNotification__Output as _cln_CustomMsgNotification__Output } from '../cln/CustomMsgNotification.ts';
import type { DatastoreRequest as _cln_DatastoreRequest, DatastoreRequest__Output as _cln_DatastoreRequest__Output } from '../cln/DatastoreRequest.ts';
import type { DatastoreResponse as _cln_DatastoreResponse, DatastoreResponse__Output as _cln_DatastoreResponse__Output } from '../cln/DatastoreResponse.ts';
import type { DatastoreusageRequest as _cln_DatastoreusageRequest, DatastoreusageRequest__Output as _cln_DatastoreusageRequest__Output } from '../cln/DatastoreusageRequest.ts';
import type { DatastoreusageResponse as _cln_DatastoreusageResponse, DatastoreusageResponse__Output as _cln_DatastoreusageResponse__Output } from '../cln/DatastoreusageResponse.ts';
import type { DecodeRequest as _cln_DecodeRequest, DecodeRequest__Output as _cln_DecodeRequest__Output } from '../cln/DecodeRequest.ts';
import type { DecodeResponse as _cln_DecodeResponse, DecodeResponse__Output as _cln_DecodeResponse__Output } from '../cln/DecodeResponse.ts';
import type { DeldatastoreRequest as _cln_DeldatastoreRequest, DeldatastoreRequest__Output as _cln_DeldatastoreRequest__Output } from '../cln/DeldatastoreRequest.ts';
import type { DeldatastoreResponse as _cln_DeldatastoreResponse, DeldatastoreResponse__Output as _cln_DeldatastoreResponse__Output } from '../cln/DeldatastoreResponse.ts';
import type { DelforwardRequest as _cln_DelforwardRequest, DelforwardRequest__Output as _cln_DelforwardRequest__Output } from '../cln/DelforwardRequest.ts';
import type { DelforwardResponse as _cln_DelforwardResponse, DelforwardResponse__Output as _cln_DelforwardResponse__Output } from '../cln/DelforwardResponse.ts';
import type { DelinvoiceRequest as _cln_DelinvoiceRequest, DelinvoiceRequest__Output as _cln_DelinvoiceRequest__Output } from '../cln/DelinvoiceRequest.ts';
import type { DelinvoiceResponse as _cln_DelinvoiceResponse, DelinvoiceResponse__Output as _cln_DelinvoiceResponse__Output } from '../cln/DelinvoiceResponse.ts';
import type { DelnetworkeventRequest as _cln_DelnetworkeventRequest, DelnetworkeventRequest__Output as _cln_DelnetworkeventRequest__Output } from '../cln/DelnetworkeventRequest.ts';
import type { DelnetworkeventResponse as _cln_DelnetworkeventResponse, DelnetworkeventResponse__Output as _cln_DelnetworkeventResponse__Output } from '../cln/DelnetworkeventResponse.ts';
import type { DelpayRequest as _cln_DelpayRequest, DelpayRequest__Output as _cln_DelpayRequest__Output } from '../cln/DelpayRequest.ts';
import type { DelpayResponse as _cln_DelpayResponse, DelpayResponse__Output as _cln_DelpayResponse__Output } from '../cln/DelpayResponse.ts';
import type { DeprecatedOneshotNotification as _cln_DeprecatedOneshotNotification, DeprecatedOneshotNotification__Output as _cln_DeprecatedOneshotNotification__Output } from '../cln/DeprecatedOneshotNotification.ts';
import type { DevforgetchannelRequest as _cln_DevforgetchannelRequest, DevforgetchannelRequest__Output as _cln_DevforgetchannelRequest__Output } from '../cln/DevforgetchannelRequest.ts';
import type { DevforgetchannelResponse as _cln_DevforgetchannelResponse, DevforgetchannelResponse__Output as _cln_DevforgetchannelResponse__Output } from '../cln/DevforgetchannelResponse.ts';
import type { DevspliceRequest as _cln_DevspliceRequest, DevspliceRequest__Output as _cln_DevspliceRequest__Output } from '../cln/DevspliceRequest.ts';
import type { DevspliceResponse as _cln_DevspliceResponse, DevspliceResponse__Output as _cln_DevspliceResponse__Output } from '../cln/DevspliceResponse.ts';
import type { DisableinvoicerequestRequest as _cln_DisableinvoicerequestRequest, DisableinvoicerequestRequest__Output as _cln_DisableinvoicerequestRequest__Output } from '../cln/DisableinvoicerequestRequest.ts';
import type { DisableinvoicerequestResponse as _cln_DisableinvoicerequestResponse, DisableinvoicerequestResponse__Output as _cln_DisableinvoicerequestResponse__Output } from '../cln/DisableinvoicerequestResponse.ts';
import type { DisableofferRequest as _cln_DisableofferRequest, DisableofferRequest__Output as _cln_DisableofferRequest__Output } from '../cln/DisableofferRequest.ts';
import type { DisableofferResponse as _cln_DisableofferResponse, DisableofferResponse__Output as _cln_DisableofferResponse__Output } from '../cln/DisableofferResponse.ts';
import type { DisconnectNotification as _cln_DisconnectNotification, DisconnectNotification__Output as _cln_DisconnectNotification__Output } from '../cln/DisconnectNotification.ts';
import type { DisconnectRequest as _cln_DisconnectRequest, DisconnectRequest__Output as _cln_DisconnectRequest__Output } from '../cln/DisconnectRequest.ts';
import type { DisconnectResponse as _cln_DisconnectResponse, DisconnectResponse__Output as _cln_DisconnectResponse__Output } from '../cln/DisconnectResponse.ts';
import type { EmergencyrecoverRequest as _cln_EmergencyrecoverRequest, EmergencyrecoverRequest__Output as _cln_EmergencyrecoverRequest__Output } from '../cln/EmergencyrecoverRequest.ts';
import type { EmergencyrecoverResponse as _cln_EmergencyrecoverResponse, EmergencyrecoverResponse__Output as _cln_EmergencyrecoverResponse__Output } from '../cln/EmergencyrecoverResponse.ts';
import type { EnableofferRequest as _cln_EnableofferRequest, EnableofferRequest__Output as _cln_EnableofferRequest__Output } from '../cln/EnableofferRequest.ts';
import type { EnableofferResponse as _cln_EnableofferResponse, EnableofferResponse__Output as _cln_EnableofferResponse__Output } from '../cln/EnableofferResponse.ts';
import type { ExposesecretRequest as _cln_ExposesecretRequest, ExposesecretRequest__Output as _cln_ExposesecretRequest__Output } from '../cln/ExposesecretRequest.ts';
import type { ExposesecretResponse as _cln_ExposesecretResponse, ExposesecretResponse__Output as _cln_ExposesecretResponse__Output } from '../cln/ExposesecretResponse.ts';
import type { FeeratesRequest as _cln_FeeratesRequest, FeeratesRequest__Output as _cln_FeeratesRequest__Output } from '../cln/FeeratesRequest.ts';
import type { FeeratesResponse as _cln_FeeratesResponse, FeeratesResponse__Output as _cln_FeeratesResponse__Output } from '../cln/FeeratesResponse.ts';
import type { Fetchbip353Request as _cln_Fetchbip353Request, Fetchbip353Request__Output as _cln_Fetchbip353Request__Output } from '../cln/Fetchbip353Request.ts';
import type { Fetchbip353Response as _cln_Fetchbip353Response, Fetchbip353Response__Output as _cln_Fetchbip353Response__Output } from '../cln/Fetchbip353Response.ts';
import type { FetchinvoiceRequest as _cln_FetchinvoiceRequest, FetchinvoiceRequest__Output as _cln_FetchinvoiceRequest__Output } from '../cln/FetchinvoiceRequest.ts';
import type { FetchinvoiceResponse as _cln_FetchinvoiceResponse, FetchinvoiceResponse__Output as _cln_FetchinvoiceResponse__Output } from '../cln/FetchinvoiceResponse.ts';
import type { ForwardEventNotification as _cln_ForwardEventNotification, ForwardEventNotification__Output as _cln_ForwardEventNotification__Output } from '../cln/ForwardEventNotification.ts';
import type { FundchannelCancelRequest as _cln_FundchannelCancelRequest, FundchannelCancelRequest__Output as _cln_FundchannelCancelRequest__Output } from '../cln/FundchannelCancelRequest.ts';
import type { FundchannelCancelResponse as _cln_FundchannelCancelResponse, FundchannelCancelResponse__Output as _cln_FundchannelCancelResponse__Output } from '../cln/FundchannelCancelResponse.ts';
import type { FundchannelCompleteRequest as _cln_FundchannelCompleteRequest, FundchannelCompleteRequest__Output as _cln_FundchannelCompleteRequest__Output } from '../cln/FundchannelCompleteRequest.ts';
import type { FundchannelCompleteResponse as _cln_FundchannelCompleteResponse, FundchannelCompleteResponse__Output as _cln_FundchannelCompleteResponse__Output } from '../cln/FundchannelCompleteResponse.ts';
import type { FundchannelRequest as _cln_FundchannelRequest, FundchannelRequest__Output as _cln_FundchannelRequest__Output } from '../cln/FundchannelRequest.ts';
import type { FundchannelResponse as _cln_FundchannelResponse, FundchannelResponse__Output as _cln_FundchannelResponse__Output } from '../cln/FundchannelResponse.ts';
import type { FundchannelStartRequest as _cln_FundchannelStartRequest, FundchannelStartRequest__Output as _cln_FundchannelStartRequest__Output } from '../cln/FundchannelStartRequest.ts';
import type { FundchannelStartResponse as _cln_FundchannelStartResponse, FundchannelStartResponse__Output as _cln_FundchannelStartResponse__Output } from '../cln/FundchannelStartResponse.ts';
import type { FunderupdateRequest as _cln_FunderupdateRequest, FunderupdateRequest__Output as _cln_FunderupdateRequest__Output } from '../cln/FunderupdateRequest.ts';
import type { FunderupdateResponse as _cln_FunderupdateResponse, FunderupdateResponse__Output as _cln_FunderupdateResponse__Output } from '../cln/FunderupdateResponse.ts';
import type { FundpsbtRequest as _cln_FundpsbtRequest, FundpsbtRequest__Output as _cln_FundpsbtRequest__Output } from '../cln/FundpsbtRequest.ts';
import type { FundpsbtResponse as _cln_FundpsbtResponse, FundpsbtResponse__Output as _cln_FundpsbtResponse__Output } from '../cln/FundpsbtResponse.ts';
import type { GetemergencyrecoverdataRequest as _cln_GetemergencyrecoverdataRequest, GetemergencyrecoverdataRequest__Output as _cln_GetemergencyrecoverdataRequest__Output } from '../cln/GetemergencyrecoverdataRequest.ts';
import type { GetemergencyrecoverdataResponse as _cln_GetemergencyrecoverdataResponse, GetemergencyrecoverdataResponse__Output as _cln_GetemergencyrecoverdataResponse__Output } from '../cln/GetemergencyrecoverdataResponse.ts';
import type { GetinfoRequest as _cln_GetinfoRequest, GetinfoRequest__Output as _cln_GetinfoRequest__Output } from '../cln/GetinfoRequest.ts';
import type { GetinfoResponse as _cln_GetinfoResponse, GetinfoResponse__Output as _cln_GetinfoResponse__Output } from '../cln/GetinfoResponse.ts';
import type { GetlogRequest as _cln_GetlogRequest, GetlogRequest__Output as _cln_GetlogRequest__Output } from '../cln/GetlogRequest.ts';
import type { GetlogResponse as _cln_GetlogResponse, GetlogResponse__Output as _cln_GetlogResponse__Output } from '../cln/GetlogResponse.ts';
import type { GetrouteRequest as _cln_GetrouteRequest, GetrouteRequest__Output as _cln_GetrouteRequest__Output } from '../cln/GetrouteRequest.ts';
import type { GetrouteResponse as _cln_GetrouteResponse, GetrouteResponse__Output as _cln_GetrouteResponse__Output } from '../cln/GetrouteResponse.ts';
import type { GetroutesRequest as _cln_GetroutesRequest, GetroutesRequest__Output as _cln_GetroutesRequest__Output } from '../cln/GetroutesRequest.ts';
import type { GetroutesResponse as _cln_GetroutesResponse, GetroutesResponse__Output as _cln_GetroutesResponse__Output } from '../cln/GetroutesResponse.ts';
import type { GracefulRequest as _cln_GracefulRequest, GracefulRequest__Output as _cln_GracefulRequest__Output } from '../cln/GracefulRequest.ts';
import type { GracefulResponse as _cln_GracefulResponse, GracefulResponse__Output as _cln_GracefulResponse__Output } from '../cln/GracefulResponse.ts';
import type { HelpRequest as _cln_HelpRequest, HelpRequest__Output as _cln_HelpRequest__Output } from '../cln/HelpRequest.ts';
import type { HelpResponse as _cln_HelpResponse, HelpResponse__Output as _cln_HelpResponse__Output } from '../cln/HelpResponse.ts';
import type { InjectonionmessageRequest as _cln_InjectonionmessageRequest, InjectonionmessageRequest__Output as _cln_InjectonionmessageRequest__Output } from '../cln/InjectonionmessageRequest.ts';
import type { InjectonionmessageResponse as _cln_InjectonionmessageResponse, InjectonionmessageResponse__Output as _cln_InjectonionmessageResponse__Output } from '../cln/InjectonionmessageResponse.ts';
import type { InjectpaymentonionRequest as _cln_InjectpaymentonionRequest, InjectpaymentonionRequest__Output as _cln_InjectpaymentonionRequest__Output } from '../cln/InjectpaymentonionRequest.ts';
import type { InjectpaymentonionResponse as _cln_InjectpaymentonionResponse, InjectpaymentonionResponse__Output as _cln_InjectpaymentonionResponse__Output } from '../cln/InjectpaymentonionResponse.ts';
import type { InvoiceCreationNotification as _cln_InvoiceCreationNotification, InvoiceCreationNotification__Output as _cln_InvoiceCreationNotification__Output } from '../cln/InvoiceCreationNotification.ts';
import type { InvoicePaymentNotification as _cln_InvoicePaymentNotification, InvoicePaymentNotification__Output as _cln_InvoicePaymentNotification__Output } from '../cln/InvoicePaymentNotification.ts';
import type { InvoiceRequest as _cln_InvoiceRequest, InvoiceRequest__Output as _cln_InvoiceRequest__Output } from '../cln/InvoiceRequest.ts';
import type { InvoiceResponse as _cln_InvoiceResponse, InvoiceResponse__Output as _cln_InvoiceResponse__Output } from '../cln/InvoiceResponse.ts';
import type { InvoicerequestRequest as _cln_InvoicerequestRequest, InvoicerequestRequest__Output as _cln_InvoicerequestRequest__Output } from '../cln/InvoicerequestRequest.ts';
import type { InvoicerequestResponse as _cln_InvoicerequestResponse, InvoicerequestResponse__Output as _cln_InvoicerequestResponse__Output } from '../cln/InvoicerequestResponse.ts';
import type { KeysendRequest as _cln_KeysendRequest, KeysendRequest__Output as _cln_KeysendRequest__Output } from '../cln/KeysendRequest.ts';
import type { KeysendResponse as _cln_KeysendResponse, KeysendResponse__Output as _cln_KeysendResponse__Output } from '../cln/KeysendResponse.ts';
import type { ListaddressesRequest as _cln_ListaddressesRequest, ListaddressesRequest__Output as _cln_ListaddressesRequest__Output } from '../cln/ListaddressesRequest.ts';
import type { ListaddressesResponse as _cln_ListaddressesResponse, ListaddressesResponse__Output as _cln_ListaddressesResponse__Output } from '../cln/ListaddressesResponse.ts';
import type { ListchainmovesRequest as _cln_ListchainmovesRequest, ListchainmovesRequest__Output as _cln_ListchainmovesRequest__Output } from '../cln/ListchainmovesRequest.ts';
import type { ListchainmovesResponse as _cln_ListchainmovesResponse, ListchainmovesResponse__Output as _cln_ListchainmovesResponse__Output } from '../cln/ListchainmovesResponse.ts';
import type { ListchannelmovesRequest as _cln_ListchannelmovesRequest, ListchannelmovesRequest__Output as _cln_ListchannelmovesRequest__Output } from '../cln/ListchannelmovesRequest.ts';
import type { ListchannelmovesResponse as _cln_ListchannelmovesResponse, ListchannelmovesResponse__Output as _cln_ListchannelmovesResponse__Output } from '../cln/ListchannelmovesResponse.ts';
import type { ListchannelsRequest as _cln_ListchannelsRequest, ListchannelsRequest__Output as _cln_ListchannelsRequest__Output } from '../cln/ListchannelsRequest.ts';
import type { ListchannelsResponse as _cln_ListchannelsResponse, ListchannelsResponse__Output as _cln_ListchannelsResponse__Output } from '../cln/ListchannelsResponse.ts';
import type { ListclosedchannelsRequest as _cln_ListclosedchannelsRequest, ListclosedchannelsRequest__Output as _cln_ListclosedchannelsRequest__Output } from '../cln/ListclosedchannelsRequest.ts';
import type { ListclosedchannelsResponse as _cln_ListclosedchannelsResponse, ListclosedchannelsResponse__Output as _cln_ListclosedchannelsResponse__Output } from '../cln/ListclosedchannelsResponse.ts';
import type { ListconfigsRequest as _cln_ListconfigsRequest, ListconfigsRequest__Output as _cln_ListconfigsRequest__Output } from '../cln/ListconfigsRequest.ts';
import type { ListconfigsResponse as _cln_ListconfigsResponse, ListconfigsResponse__Output as _cln_ListconfigsResponse__Output } from '../cln/ListconfigsResponse.ts';
import type { ListcurrencyratesRequest as _cln_ListcurrencyratesRequest, ListcurrencyratesRequest__Output as _cln_ListcurrencyratesRequest__Output } from '../cln/ListcurrencyratesRequest.ts';
import type { ListcurrencyratesResponse as _cln_ListcurrencyratesResponse, ListcurrencyratesResponse__Output as _cln_ListcurrencyratesResponse__Output } from '../cln/ListcurrencyratesResponse.ts';
import type { ListdatastoreRequest as _cln_ListdatastoreRequest, ListdatastoreRequest__Output as _cln_ListdatastoreRequest__Output } from '../cln/ListdatastoreRequest.ts';
import type { ListdatastoreResponse as _cln_ListdatastoreResponse, ListdatastoreResponse__Output as _cln_ListdatastoreResponse__Output } from '../cln/ListdatastoreResponse.ts';
import type { ListforwardsRequest as _cln_ListforwardsRequest, ListforwardsRequest__Output as _cln_ListforwardsRequest__Output } from '../cln/ListforwardsRequest.ts';
import type { ListforwardsResponse as _cln_ListforwardsResponse, ListforwardsResponse__Output as _cln_ListforwardsResponse__Output } from '../cln/ListforwardsResponse.ts';
import type { ListfundsRequest as _cln_ListfundsRequest, ListfundsRequest__Output as _cln_ListfundsRequest__Output } from '../cln/ListfundsRequest.ts';
import type { ListfundsResponse as _cln_ListfundsResponse, ListfundsResponse__Output as _cln_ListfundsResponse__Output } from '../cln/ListfundsResponse.ts';
import type { ListhtlcsRequest as _cln_ListhtlcsRequest, ListhtlcsRequest__Output as _cln_ListhtlcsRequest__Output } from '../cln/ListhtlcsRequest.ts';
import type { ListhtlcsResponse as _cln_ListhtlcsResponse, ListhtlcsResponse__Output as _cln_ListhtlcsResponse__Output } from '../cln/ListhtlcsResponse.ts';
import type { ListinvoicerequestsRequest as _cln_ListinvoicerequestsRequest, ListinvoicerequestsRequest__Output as _cln_ListinvoicerequestsRequest__Output } from '../cln/ListinvoicerequestsRequest.ts';
import type { ListinvoicerequestsResponse as _cln_ListinvoicerequestsResponse, ListinvoicerequestsResponse__Output as _cln_ListinvoicerequestsResponse__Output } from '../cln/ListinvoicerequestsResponse.ts';
import type { ListinvoicesRequest as _cln_ListinvoicesRequest, ListinvoicesRequest__Output as _cln_ListinvoicesRequest__Output } from '../cln/ListinvoicesRequest.ts';
import type { ListinvoicesResponse as _cln_ListinvoicesResponse, ListinvoicesResponse__Output as _cln_ListinvoicesResponse__Output } from '../cln/ListinvoicesResponse.ts';
import type { ListnetworkeventsRequest as _cln_ListnetworkeventsRequest, ListnetworkeventsRequest__Output as _cln_ListnetworkeventsRequest__Output } from '../cln/ListnetworkeventsRequest.ts';
import type { ListnetworkeventsResponse as _cln_ListnetworkeventsResponse, ListnetworkeventsResponse__Output as _cln_ListnetworkeventsResponse__Output } from '../cln/ListnetworkeventsResponse.ts';
import type { ListnodesRequest as _cln_ListnodesRequest, ListnodesRequest__Output as _cln_ListnodesRequest__Output } from '../cln/ListnodesRequest.ts';
import type { ListnodesResponse as _cln_ListnodesResponse, ListnodesResponse__Output as _cln_ListnodesResponse__Output } from '../cln/ListnodesResponse.ts';
import type { ListoffersRequest as _cln_ListoffersRequest, ListoffersRequest__Output as _cln_ListoffersRequest__Output } from '../cln/ListoffersRequest.ts';
import type { ListoffersResponse as _cln_ListoffersResponse, ListoffersResponse__Output as _cln_ListoffersResponse__Output } from '../cln/ListoffersResponse.ts';
import type { ListpaysRequest as _cln_ListpaysRequest, ListpaysRequest__Output as _cln_ListpaysRequest__Output } from '../cln/ListpaysRequest.ts';
import type { ListpaysResponse as _cln_ListpaysResponse, ListpaysResponse__Output as _cln_ListpaysResponse__Output } from '../cln/ListpaysResponse.ts';
import type { ListpeerchannelsRequest as _cln_ListpeerchannelsRequest, ListpeerchannelsRequest__Output as _cln_ListpeerchannelsRequest__Output } from '../cln/ListpeerchannelsRequest.ts';
import type { ListpeerchannelsResponse as _cln_ListpeerchannelsResponse, ListpeerchannelsResponse__Output as _cln_ListpeerchannelsResponse__Output } from '../cln/ListpeerchannelsResponse.ts';
import type { ListpeersRequest as _cln_ListpeersRequest, ListpeersRequest__Output as _cln_ListpeersRequest__Output } from '../cln/ListpeersRequest.ts';
import type { ListpeersResponse as _cln_ListpeersResponse, ListpeersResponse__Output as _cln_ListpeersResponse__Output } from '../cln/ListpeersResponse.ts';
import type { ListsendpaysRequest as _cln_ListsendpaysRequest, ListsendpaysRequest__Output as _cln_ListsendpaysRequest__Output } from '../cln/ListsendpaysRequest.ts';
import type { ListsendpaysResponse as _cln_ListsendpaysResponse, ListsendpaysResponse__Output as _cln_ListsendpaysResponse__Output } from '../cln/ListsendpaysResponse.ts';
import type { ListtransactionsRequest as _cln_ListtransactionsRequest, ListtransactionsRequest__Output as _cln_ListtransactionsRequest__Output } from '../cln/ListtransactionsRequest.ts';
import type { ListtransactionsResponse as _cln_ListtransactionsResponse, ListtransactionsResponse__Output as _cln_ListtransactionsResponse__Output } from '../cln/ListtransactionsResponse.ts';
import type { LogNotification as _cln_LogNotification, LogNotification__Output as _cln_LogNotification__Output } from '../cln/LogNotification.ts';
import type { MakesecretRequest as _cln_MakesecretRequest, MakesecretRequest__Output as _cln_MakesecretRequest__Output } from '../cln/MakesecretRequest.ts';
import type { MakesecretResponse as _cln_MakesecretResponse, MakesecretResponse__Output as _cln_MakesecretResponse__Output } from '../cln/MakesecretResponse.ts';
import type { MultifundchannelRequest as _cln_MultifundchannelRequest, MultifundchannelRequest__Output as _cln_MultifundchannelRequest__Output } from '../cln/MultifundchannelRequest.ts';
import type { MultifundchannelResponse as _cln_MultifundchannelResponse, MultifundchannelResponse__Output as _cln_MultifundchannelResponse__Output } from '../cln/MultifundchannelResponse.ts';
import type { MultiwithdrawRequest as _cln_MultiwithdrawRequest, MultiwithdrawRequest__Output as _cln_MultiwithdrawRequest__Output } from '../cln/MultiwithdrawRequest.ts';
import type { MultiwithdrawResponse as _cln_MultiwithdrawResponse, MultiwithdrawResponse__Output as _cln_MultiwithdrawResponse__Output } from '../cln/MultiwithdrawResponse.ts';
import type { NewaddrRequest as _cln_NewaddrRequest, NewaddrRequest__Output as _cln_NewaddrRequest__Output } from '../cln/NewaddrRequest.ts';
import type { NewaddrResponse as _cln_NewaddrResponse, NewaddrResponse__Output as _cln_NewaddrResponse__Output } from '../cln/NewaddrResponse.ts';
import type { OfferRequest as _cln_OfferRequest, OfferRequest__Output as _cln_OfferRequest__Output } from '../cln/OfferRequest.ts';
import type { OfferResponse as _cln_OfferResponse, OfferResponse__Output as _cln_OfferResponse__Output } from '../cln/OfferResponse.ts';
import type { OnionMessageForwardFailNotification as _cln_OnionMessageForwardFailNotification, OnionMessageForwardFailNotification__Output as _cln_OnionMessageForwardFailNotification__Output } from '../cln/OnionMessageForwardFailNotification.ts';
import type { OpenChannelPeerSigsNotification as _cln_OpenChannelPeerSigsNotification, OpenChannelPeerSigsNotification__Output as _cln_OpenChannelPeerSigsNotification__Output } from '../cln/OpenChannelPeerSigsNotification.ts';
import type { OpenchannelAbortRequest as _cln_OpenchannelAbortRequest, OpenchannelAbortRequest__Output as _cln_OpenchannelAbortRequest__Output } from '../cln/OpenchannelAbortRequest.ts';
import type { OpenchannelAbortResponse as _cln_OpenchannelAbortResponse, OpenchannelAbortResponse__Output as _cln_OpenchannelAbortResponse__Output } from '../cln/OpenchannelAbortResponse.ts';
import type { OpenchannelBumpRequest as _cln_OpenchannelBumpRequest, OpenchannelBumpRequest__Output as _cln_OpenchannelBumpRequest__Output } from '../cln/OpenchannelBumpRequest.ts';
import type { OpenchannelBumpResponse as _cln_OpenchannelBumpResponse, OpenchannelBumpResponse__Output as _cln_OpenchannelBumpResponse__Output } from '../cln/OpenchannelBumpResponse.ts';
import type { OpenchannelInitRequest as _cln_OpenchannelInitRequest, OpenchannelInitRequest__Output as _cln_OpenchannelInitRequest__Output } from '../cln/OpenchannelInitRequest.ts';
import type { OpenchannelInitResponse as _cln_OpenchannelInitResponse, OpenchannelInitResponse__Output as _cln_OpenchannelInitResponse__Output } from '../cln/OpenchannelInitResponse.ts';
import type { OpenchannelSignedRequest as _cln_OpenchannelSignedRequest, OpenchannelSignedRequest__Output as _cln_OpenchannelSignedRequest__Output } from '../cln/OpenchannelSignedRequest.ts';
import type { OpenchannelSignedResponse as _cln_OpenchannelSignedResponse, OpenchannelSignedResponse__Output as _cln_OpenchannelSignedResponse__Output } from '../cln/OpenchannelSignedResponse.ts';
import type { OpenchannelUpdateRequest as _cln_OpenchannelUpdateRequest, OpenchannelUpdateRequest__Output as _cln_OpenchannelUpdateRequest__Output } from '../cln/OpenchannelUpdateRequest.ts';
import type { OpenchannelUpdateResponse as _cln_OpenchannelUpdateResponse, OpenchannelUpdateResponse__Output as _cln_OpenchannelUpdateResponse__Output } from '../cln/OpenchannelUpdateResponse.ts';
import type { PayPartEndNotification as _cln_PayPartEndNotification, PayPartEndNotification__Output as _cln_PayPartEndNotification__Output } from '../cln/PayPartEndNotification.ts';
import type { PayPartStartNotification as _cln_PayPartStartNotification, PayPartStartNotification__Output as _cln_PayPartStartNotification__Output } from '../cln/PayPartStartNotification.ts';
import type { PayRequest as _cln_PayRequest, PayRequest__Output as _cln_PayRequest__Output } from '../cln/PayRequest.ts';
import type { PayResponse as _cln_PayResponse, PayResponse__Output as _cln_PayResponse__Output } from '../cln/PayResponse.ts';
import type { PeerConnectNotification as _cln_PeerConnectNotification, PeerConnectNotification__Output as _cln_PeerConnectNotification__Output } from '../cln/PeerConnectNotification.ts';
import type { PingRequest as _cln_PingRequest, PingRequest__Output as _cln_PingRequest__Output } from '../cln/PingRequest.ts';
import type { PingResponse as _cln_PingResponse, PingResponse__Output as _cln_PingResponse__Output } from '../cln/PingResponse.ts';
import type { PluginRequest as _cln_PluginRequest, PluginRequest__Output as _cln_PluginRequest__Output } from '../cln/PluginRequest.ts';
import type { PluginResponse as _cln_PluginResponse, PluginResponse__Output as _cln_PluginResponse__Output } from '../cln/PluginResponse.ts';
import type { PluginStartedNotification as _cln_PluginStartedNotification, PluginStartedNotification__Output as _cln_PluginStartedNotification__Output } from '../cln/PluginStartedNotification.ts';
import type { PluginStoppedNotification as _cln_PluginStoppedNotification, PluginStoppedNotification__Output as _cln_PluginStoppedNotification__Output } from '../cln/PluginStoppedNotification.ts';
import type { PreapproveinvoiceRequest as _cln_PreapproveinvoiceRequest, PreapproveinvoiceRequest__Output as _cln_PreapproveinvoiceRequest__Output } from '../cln/PreapproveinvoiceRequest.ts';
import type { PreapproveinvoiceResponse as _cln_PreapproveinvoiceResponse, PreapproveinvoiceResponse__Output as _cln_PreapproveinvoiceResponse__Output } from '../cln/PreapproveinvoiceResponse.ts';
import type { PreapprovekeysendRequest as _cln_PreapprovekeysendRequest, PreapprovekeysendRequest__Output as _cln_PreapprovekeysendRequest__Output } from '../cln/PreapprovekeysendRequest.ts';
import type { PreapprovekeysendResponse as _cln_PreapprovekeysendResponse, PreapprovekeysendResponse__Output as _cln_PreapprovekeysendResponse__Output } from '../cln/PreapprovekeysendResponse.ts';
import type { RecoverRequest as _cln_RecoverRequest, RecoverRequest__Output as _cln_RecoverRequest__Output } from '../cln/RecoverRequest.ts';
import type { RecoverResponse as _cln_RecoverResponse, RecoverResponse__Output as _cln_RecoverResponse__Output } from '../cln/RecoverResponse.ts';
import type { RecoverchannelRequest as _cln_RecoverchannelRequest, RecoverchannelRequest__Output as _cln_RecoverchannelRequest__Output } from '../cln/RecoverchannelRequest.ts';
import type { RecoverchannelResponse as _cln_RecoverchannelResponse, RecoverchannelResponse__Output as _cln_RecoverchannelResponse__Output } from '../cln/RecoverchannelResponse.ts';
import type { RenepayRequest as _cln_RenepayRequest, RenepayRequest__Output as _cln_RenepayRequest__Output } from '../cln/RenepayRequest.ts';
import type { RenepayResponse as _cln_RenepayResponse, RenepayResponse__Output as _cln_RenepayResponse__Output } from '../cln/RenepayResponse.ts';
import type { RenepaystatusRequest as _cln_RenepaystatusRequest, RenepaystatusRequest__Output as _cln_RenepaystatusRequest__Output } from '../cln/RenepaystatusRequest.ts';
import type { RenepaystatusResponse as _cln_RenepaystatusResponse, RenepaystatusResponse__Output as _cln_RenepaystatusResponse__Output } from '../cln/RenepaystatusResponse.ts';
import type { ReserveinputsRequest as _cln_ReserveinputsRequest, ReserveinputsRequest__Output as _cln_ReserveinputsRequest__Output } from '../cln/ReserveinputsRequest.ts';
import type { ReserveinputsResponse as _cln_ReserveinputsResponse, ReserveinputsResponse__Output as _cln_ReserveinputsResponse__Output } from '../cln/ReserveinputsResponse.ts';
import type { SendPayFailureNotification as _cln_SendPayFailureNotification, SendPayFailureNotification__Output as _cln_SendPayFailureNotification__Output } from '../cln/SendPayFailureNotification.ts';
import type { SendPaySuccessNotification as _cln_SendPaySuccessNotification, SendPaySuccessNotification__Output as _cln_SendPaySuccessNotification__Output } from '../cln/SendPaySuccessNotification.ts';
import type { SendamountRequest as _cln_SendamountRequest, SendamountRequest__Output as _cln_SendamountRequest__Output } from '../cln/SendamountRequest.ts';
import type { SendamountResponse as _cln_SendamountResponse, SendamountResponse__Output as _cln_SendamountResponse__Output } from '../cln/SendamountResponse.ts';
import type { SendcustommsgRequest as _cln_SendcustommsgRequest, SendcustommsgRequest__Output as _cln_SendcustommsgRequest__Output } from '../cln/SendcustommsgRequest.ts';
import type { SendcustommsgResponse as _cln_SendcustommsgResponse, SendcustommsgResponse__Output as _cln_SendcustommsgResponse__Output } from '../cln/SendcustommsgResponse.ts';
import type { SendinvoiceRequest as _cln_SendinvoiceRequest, SendinvoiceRequest__Output as _cln_SendinvoiceRequest__Output } from '../cln/SendinvoiceRequest.ts';
import type { SendinvoiceResponse as _cln_SendinvoiceResponse, SendinvoiceResponse__Output as _cln_SendinvoiceResponse__Output } from '../cln/SendinvoiceResponse.ts';
import type { SendonionRequest as _cln_SendonionRequest, SendonionRequest__Output as _cln_SendonionRequest__Output } from '../cln/SendonionRequest.ts';
import type { SendonionResponse as _cln_SendonionResponse, SendonionResponse__Output as _cln_SendonionResponse__Output } from '../cln/SendonionResponse.ts';
import type { SendpayRequest as _cln_SendpayRequest, SendpayRequest__Output as _cln_SendpayRequest__Output } from '../cln/SendpayRequest.ts';
import type { SendpayResponse as _cln_SendpayResponse, SendpayResponse__Output as _cln_SendpayResponse__Output } from '../cln/SendpayResponse.ts';
import type { SendpsbtRequest as _cln_SendpsbtRequest, SendpsbtRequest__Output as _cln_SendpsbtRequest__Output } from '../cln/SendpsbtRequest.ts';
import type { SendpsbtResponse as _cln_SendpsbtResponse, SendpsbtResponse__Output as _cln_SendpsbtResponse__Output } from '../cln/SendpsbtResponse.ts';
import type { SetchannelRequest as _cln_SetchannelRequest, SetchannelRequest__Output as _cln_SetchannelRequest__Output } from '../cln/SetchannelRequest.ts';
import type { SetchannelResponse as _cln_SetchannelResponse, SetchannelResponse__Output as _cln_SetchannelResponse__Output } from '../cln/SetchannelResponse.ts';
import type { SetconfigRequest as _cln_SetconfigRequest, SetconfigRequest__Output as _cln_SetconfigRequest__Output } from '../cln/SetconfigRequest.ts';
import type { SetconfigResponse as _cln_SetconfigResponse, SetconfigResponse__Output as _cln_SetconfigResponse__Output } from '../cln/SetconfigResponse.ts';
import type { SetpsbtversionRequest as _cln_SetpsbtversionRequest, SetpsbtversionRequest__Output as _cln_SetpsbtversionRequest__Output } from '../cln/SetpsbtversionRequest.ts';
import type { SetpsbtversionResponse as _cln_SetpsbtversionResponse, SetpsbtversionResponse__Output as _cln_SetpsbtversionResponse__Output } from '../cln/SetpsbtversionResponse.ts';
import type { ShowrunesRequest as _cln_ShowrunesRequest, ShowrunesRequest__Output as _cln_ShowrunesRequest__Output } from '../cln/ShowrunesRequest.ts';
import type { ShowrunesResponse as _cln_ShowrunesResponse, ShowrunesResponse__Output as _cln_ShowrunesResponse__Output } from '../cln/ShowrunesResponse.ts';
import type { ShutdownNotification as _cln_ShutdownNotification, ShutdownNotification__Output as _cln_ShutdownNotification__Output } from '../cln/ShutdownNotification.ts';
import type { SigninvoiceRequest as _cln_SigninvoiceRequest, SigninvoiceRequest__Output as _cln_SigninvoiceRequest__Output } from '../cln/SigninvoiceRequest.ts';
import type { SigninvoiceResponse as _cln_SigninvoiceResponse, SigninvoiceResponse__Output as _cln_SigninvoiceResponse__Output } from '../cln/SigninvoiceResponse.ts';
import type { SignmessageRequest as _cln_SignmessageRequest, SignmessageRequest__Output as _cln_SignmessageRequest__Output } from '../cln/SignmessageRequest.ts';
import type { SignmessageResponse as _cln_SignmessageResponse, SignmessageResponse__Output as _cln_SignmessageResponse__Output } from '../cln/SignmessageResponse.ts';
import type { SignmessagewithkeyRequest as _cln_SignmessagewithkeyRequest, SignmessagewithkeyRequest__Output as _cln_SignmessagewithkeyRequest__Output } from '../cln/SignmessagewithkeyRequest.ts';
import type { SignmessagewithkeyResponse as _cln_SignmessagewithkeyResponse, SignmessagewithkeyResponse__Output as _cln_SignmessagewithkeyResponse__Output } from '../cln/SignmessagewithkeyResponse.ts';
import type { SignpsbtRequest as _cln_SignpsbtRequest, SignpsbtRequest__Output as _cln_SignpsbtRequest__Output } from '../cln/SignpsbtRequest.ts';
import type { SignpsbtResponse as _cln_SignpsbtResponse, SignpsbtResponse__Output as _cln_SignpsbtResponse__Output } from '../cln/SignpsbtResponse.ts';
import type { SpliceInitRequest as _cln_SpliceInitRequest, SpliceInitRequest__Output as _cln_SpliceInitRequest__Output } from '../cln/SpliceInitRequest.ts';
import type { SpliceInitResponse as _cln_SpliceInitResponse, SpliceInitResponse__Output as _cln_SpliceInitResponse__Output } from '../cln/SpliceInitResponse.ts';
import type { SpliceSignedRequest as _cln_SpliceSignedRequest, SpliceSignedRequest__Output as _cln_SpliceSignedRequest__Output } from '../cln/SpliceSignedRequest.ts';
import type { SpliceSignedResponse as _cln_SpliceSignedResponse, SpliceSignedResponse__Output as _cln_SpliceSignedResponse__Output } from '../cln/SpliceSignedResponse.ts';
import type { SpliceUpdateRequest as _cln_SpliceUpdateRequest, SpliceUpdateRequest__Output as _cln_SpliceUpdateRequest__Output } from '../cln/SpliceUpdateRequest.ts';
import type { SpliceUpdateResponse as _cln_SpliceUpdateResponse, SpliceUpdateResponse__Output as _cln_SpliceUpdateResponse__Output } from '../cln/SpliceUpdateResponse.ts';
import type { SpliceinRequest as _cln_SpliceinRequest, SpliceinRequest__Output as _cln_SpliceinRequest__Output } from '../cln/SpliceinRequest.ts';
import type { SpliceinResponse as _cln_SpliceinResponse, SpliceinResponse__Output as _cln_SpliceinResponse__Output } from '../cln/SpliceinResponse.ts';
import type { SpliceoutRequest as _cln_SpliceoutRequest, SpliceoutRequest__Output as _cln_SpliceoutRequest__Output } from '../cln/SpliceoutRequest.ts';
import type { SpliceoutResponse as _cln_SpliceoutResponse, SpliceoutResponse__Output as _cln_SpliceoutResponse__Output } from '../cln/SpliceoutResponse.ts';
import type { StaticbackupRequest as _cln_StaticbackupRequest, StaticbackupRequest__Output as _cln_StaticbackupRequest__Output } from '../cln/StaticbackupRequest.ts';
import type { StaticbackupResponse as _cln_StaticbackupResponse, StaticbackupResponse__Output as _cln_StaticbackupResponse__Output } from '../cln/StaticbackupResponse.ts';
import type { StopRequest as _cln_StopRequest, StopRequest__Output as _cln_StopRequest__Output } from '../cln/StopRequest.ts';
import type { StopResponse as _cln_StopResponse, StopResponse__Output as _cln_StopResponse__Output } from '../cln/StopResponse.ts';
import type { StreamBalanceSnapshotRequest as _cln_StreamBalanceSnapshotRequest, StreamBalanceSnapshotRequest__Output as _cln_StreamBalanceSnapshotRequest__Output } from '../cln/StreamBalanceSnapshotRequest.ts';
import type { StreamBlockAddedRequest as _cln_StreamBlockAddedRequest, StreamBlockAddedRequest__Output as _cln_StreamBlockAddedRequest__Output } from '../cln/StreamBlockAddedRequest.ts';
import type { StreamChannelOpenFailedRequest as _cln_StreamChannelOpenFailedRequest, StreamChannelOpenFailedRequest__Output as _cln_StreamChannelOpenFailedRequest__Output } from '../cln/StreamChannelOpenFailedRequest.ts';
import type { StreamChannelOpenedRequest as _cln_StreamChannelOpenedRequest, StreamChannelOpenedRequest__Output as _cln_StreamChannelOpenedRequest__Output } from '../cln/StreamChannelOpenedRequest.ts';
import type { StreamChannelStateChangedRequest as _cln_StreamChannelStateChangedRequest, StreamChannelStateChangedRequest__Output as _cln_StreamChannelStateChangedRequest__Output } from '../cln/StreamChannelStateChangedRequest.ts';
import type { StreamCoinMovementRequest as _cln_StreamCoinMovementRequest, StreamCoinMovementRequest__Output as _cln_StreamCoinMovementRequest__Output } from '../cln/StreamCoinMovementRequest.ts';
import type { StreamConnectRequest as _cln_StreamConnectRequest, StreamConnectRequest__Output as _cln_StreamConnectRequest__Output } from '../cln/StreamConnectRequest.ts';
import type { StreamCustomMsgRequest as _cln_StreamCustomMsgRequest, StreamCustomMsgRequest__Output as _cln_StreamCustomMsgRequest__Output } from '../cln/StreamCustomMsgRequest.ts';
import type { StreamDeprecatedOneshotRequest as _cln_StreamDeprecatedOneshotRequest, StreamDeprecatedOneshotRequest__Output as _cln_StreamDeprecatedOneshotRequest__Output } from '../cln/StreamDeprecatedOneshotRequest.ts';
import type { StreamDisconnectRequest as _cln_StreamDisconnectRequest, StreamDisconnectRequest__Output as _cln_StreamDisconnectRequest__Output } from '../cln/StreamDisconnectRequest.ts';
import type { StreamForwardEventRequest as _cln_StreamForwardEventRequest, StreamForwardEventRequest__Output as _cln_StreamForwardEventRequest__Output } from '../cln/StreamForwardEventRequest.ts';
import type { StreamInvoiceCreationRequest as _cln_StreamInvoiceCreationRequest, StreamInvoiceCreationRequest__Output as _cln_StreamInvoiceCreationRequest__Output } from '../cln/StreamInvoiceCreationRequest.ts';
import type { StreamInvoicePaymentRequest as _cln_StreamInvoicePaymentRequest, StreamInvoicePaymentRequest__Output as _cln_StreamInvoicePaymentRequest__Output } from '../cln/StreamInvoicePaymentRequest.ts';
import type { StreamLogRequest as _cln_StreamLogRequest, StreamLogRequest__Output as _cln_StreamLogRequest__Output } from '../cln/StreamLogRequest.ts';
import type { StreamOnionMessageForwardFailRequest as _cln_StreamOnionMessageForwardFailRequest, StreamOnionMessageForwardFailRequest__Output as _cln_StreamOnionMessageForwardFailRequest__Output } from '../cln/StreamOnionMessageForwardFailRequest.ts';
import type { StreamOpenChannelPeerSigsRequest as _cln_StreamOpenChannelPeerSigsRequest, StreamOpenChannelPeerSigsRequest__Output as _cln_StreamOpenChannelPeerSigsRequest__Output } from '../cln/StreamOpenChannelPeerSigsRequest.ts';
import type { StreamPayPartEndRequest as _cln_StreamPayPartEndRequest, StreamPayPartEndRequest__Output as _cln_StreamPayPartEndRequest__Output } from '../cln/StreamPayPartEndRequest.ts';
import type { StreamPayPartStartRequest as _cln_StreamPayPartStartRequest, StreamPayPartStartRequest__Output as _cln_StreamPayPartStartRequest__Output } from '../cln/StreamPayPartStartRequest.ts';
import type { StreamPluginStartedRequest as _cln_StreamPluginStartedRequest, StreamPluginStartedRequest__Output as _cln_StreamPluginStartedRequest__Output } from '../cln/StreamPluginStartedRequest.ts';
import type { StreamPluginStoppedRequest as _cln_StreamPluginStoppedRequest, StreamPluginStoppedRequest__Output as _cln_StreamPluginStoppedRequest__Output } from '../cln/StreamPluginStoppedRequest.ts';
import type { StreamSendPayFailureRequest as _cln_StreamSendPayFailureRequest, StreamSendPayFailureRequest__Output as _cln_StreamSendPayFailureRequest__Output } from '../cln/StreamSendPayFailureRequest.ts';
import type { StreamSendPaySuccessRequest as _cln_StreamSendPaySuccessRequest, StreamSendPaySuccessRequest__Output as _cln_StreamSendPaySuccessRequest__Output } from '../cln/StreamSendPaySuccessRequest.ts';
import type { StreamShutdownRequest as _cln_StreamShutdownRequest, StreamShutdownRequest__Output as _cln_StreamShutdownRequest__Output } from '../cln/StreamShutdownRequest.ts';
import type { StreamWarningRequest as _cln_StreamWarningRequest, StreamWarningRequest__Output as _cln_StreamWarningRequest__Output } from '../cln/StreamWarningRequest.ts';
import type { TxdiscardRequest as _cln_TxdiscardRequest, TxdiscardRequest__Output as _cln_TxdiscardRequest__Output } from '../cln/TxdiscardRequest.ts';
import type { TxdiscardResponse as _cln_TxdiscardResponse, TxdiscardResponse__Output as _cln_TxdiscardResponse__Output } from '../cln/TxdiscardResponse.ts';
import type { TxprepareRequest as _cln_TxprepareRequest, TxprepareRequest__Output as _cln_TxprepareRequest__Output } from '../cln/TxprepareRequest.ts';
import type { TxprepareResponse as _cln_TxprepareResponse, TxprepareResponse__Output as _cln_TxprepareResponse__Output } from '../cln/TxprepareResponse.ts';
import type { TxsendRequest as _cln_TxsendRequest, TxsendRequest__Output as _cln_TxsendRequest__Output } from '../cln/TxsendRequest.ts';
import type { TxsendResponse as _cln_TxsendResponse, TxsendResponse__Output as _cln_TxsendResponse__Output } from '../cln/TxsendResponse.ts';
import type { UnreserveinputsRequest as _cln_UnreserveinputsRequest, UnreserveinputsRequest__Output as _cln_UnreserveinputsRequest__Output } from '../cln/UnreserveinputsRequest.ts';
import type { UnreserveinputsResponse as _cln_UnreserveinputsResponse, UnreserveinputsResponse__Output as _cln_UnreserveinputsResponse__Output } from '../cln/UnreserveinputsResponse.ts';
import type { UpgradewalletRequest as _cln_UpgradewalletRequest, UpgradewalletRequest__Output as _cln_UpgradewalletRequest__Output } from '../cln/UpgradewalletRequest.ts';
import type { UpgradewalletResponse as _cln_UpgradewalletResponse, UpgradewalletResponse__Output as _cln_UpgradewalletResponse__Output } from '../cln/UpgradewalletResponse.ts';
import type { UtxopsbtRequest as _cln_UtxopsbtRequest, UtxopsbtRequest__Output as _cln_UtxopsbtRequest__Output } from '../cln/UtxopsbtRequest.ts';
import type { UtxopsbtResponse as _cln_UtxopsbtResponse, UtxopsbtResponse__Output as _cln_UtxopsbtResponse__Output } from '../cln/UtxopsbtResponse.ts';
import type { WaitRequest as _cln_WaitRequest, WaitRequest__Output as _cln_WaitRequest__Output } from '../cln/WaitRequest.ts';
import type { WaitResponse as _cln_WaitResponse, WaitResponse__Output as _cln_WaitResponse__Output } from '../cln/WaitResponse.ts';
import type { WaitanyinvoiceRequest as _cln_WaitanyinvoiceRequest, WaitanyinvoiceRequest__Output as _cln_WaitanyinvoiceRequest__Output } from '../cln/WaitanyinvoiceRequest.ts';
import type { WaitanyinvoiceResponse as _cln_WaitanyinvoiceResponse, WaitanyinvoiceResponse__Output as _cln_WaitanyinvoiceResponse__Output } from '../cln/WaitanyinvoiceResponse.ts';
import type { WaitblockheightRequest as _cln_WaitblockheightRequest, WaitblockheightRequest__Output as _cln_WaitblockheightRequest__Output } from '../cln/WaitblockheightRequest.ts';
import type { WaitblockheightResponse as _cln_WaitblockheightResponse, WaitblockheightResponse__Output as _cln_WaitblockheightResponse__Output } from '../cln/WaitblockheightResponse.ts';
import type { WaitinvoiceRequest as _cln_WaitinvoiceRequest, WaitinvoiceRequest__Output as _cln_WaitinvoiceRequest__Output } from '../cln/WaitinvoiceRequest.ts';
import type { WaitinvoiceResponse as _cln_WaitinvoiceResponse, WaitinvoiceResponse__Output as _cln_WaitinvoiceResponse__Output } from '../cln/WaitinvoiceResponse.ts';
import type { WaitsendpayRequest as _cln_WaitsendpayRequest, WaitsendpayRequest__Output as _cln_WaitsendpayRequest__Output } from '../cln/WaitsendpayRequest.ts';
import type { WaitsendpayResponse as _cln_WaitsendpayResponse, WaitsendpayResponse__Output as _cln_WaitsendpayResponse__Output } from '../cln/WaitsendpayResponse.ts';
import type { WarningNotification as _cln_WarningNotification, WarningNotification__Output as _cln_WarningNotification__Output } from '../cln/WarningNotification.ts';
import type { WithdrawRequest as _cln_WithdrawRequest, WithdrawRequest__Output as _cln_WithdrawRequest__Output } from '../cln/WithdrawRequest.ts';
import type { WithdrawResponse as _cln_WithdrawResponse, WithdrawResponse__Output as _cln_WithdrawResponse__Output } from '../cln/WithdrawResponse.ts';
import type { XkeysendRequest as _cln_XkeysendRequest, XkeysendRequest__Output as _cln_XkeysendRequest__Output } from '../cln/XkeysendRequest.ts';
import type { XkeysendResponse as _cln_XkeysendResponse, XkeysendResponse__Output as _cln_XkeysendResponse__Output } from '../cln/XkeysendResponse.ts';
import type { XpayRequest as _cln_XpayRequest, XpayRequest__Output as _cln_XpayRequest__Output } from '../cln/XpayRequest.ts';
import type { XpayResponse as _cln_XpayResponse, XpayResponse__Output as _cln_XpayResponse__Output } from '../cln/XpayResponse.ts';

export interface NodeClient extends grpc.Client {
  AddGossip(argument: _cln_AddgossipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AddgossipResponse__Output>): grpc.ClientUnaryCall;
  AddGossip(argument: _cln_AddgossipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AddgossipResponse__Output>): grpc.ClientUnaryCall;
  AddGossip(argument: _cln_AddgossipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AddgossipResponse__Output>): grpc.ClientUnaryCall;
  AddGossip(argument: _cln_AddgossipRequest, callback: grpc.requestCallback<_cln_AddgossipResponse__Output>): grpc.ClientUnaryCall;
  addGossip(argument: _cln_AddgossipRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AddgossipResponse__Output>): grpc.ClientUnaryCall;
  addGossip(argument: _cln_AddgossipRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AddgossipResponse__Output>): grpc.ClientUnaryCall;
  addGossip(argument: _cln_AddgossipRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AddgossipResponse__Output>): grpc.ClientUnaryCall;
  addGossip(argument: _cln_AddgossipRequest, callback: grpc.requestCallback<_cln_AddgossipResponse__Output>): grpc.ClientUnaryCall;
  
  AddPsbtOutput(argument: _cln_AddpsbtoutputRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AddpsbtoutputResponse__Output>): grpc.ClientUnaryCall;
  AddPsbtOutput(argument: _cln_AddpsbtoutputRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AddpsbtoutputResponse__Output>): grpc.ClientUnaryCall;
  AddPsbtOutput(argument: _cln_AddpsbtoutputRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AddpsbtoutputResponse__Output>): grpc.ClientUnaryCall;
  AddPsbtOutput(argument: _cln_AddpsbtoutputRequest, callback: grpc.requestCallback<_cln_AddpsbtoutputResponse__Output>): grpc.ClientUnaryCall;
  addPsbtOutput(argument: _cln_AddpsbtoutputRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AddpsbtoutputResponse__Output>): grpc.ClientUnaryCall;
  addPsbtOutput(argument: _cln_AddpsbtoutputRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AddpsbtoutputResponse__Output>): grpc.ClientUnaryCall;
  addPsbtOutput(argument: _cln_AddpsbtoutputRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AddpsbtoutputResponse__Output>): grpc.ClientUnaryCall;
  addPsbtOutput(argument: _cln_AddpsbtoutputRequest, callback: grpc.requestCallback<_cln_AddpsbtoutputResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneAge(argument: _cln_AskreneageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneageResponse__Output>): grpc.ClientUnaryCall;
  AskReneAge(argument: _cln_AskreneageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneageResponse__Output>): grpc.ClientUnaryCall;
  AskReneAge(argument: _cln_AskreneageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneageResponse__Output>): grpc.ClientUnaryCall;
  AskReneAge(argument: _cln_AskreneageRequest, callback: grpc.requestCallback<_cln_AskreneageResponse__Output>): grpc.ClientUnaryCall;
  askReneAge(argument: _cln_AskreneageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneageResponse__Output>): grpc.ClientUnaryCall;
  askReneAge(argument: _cln_AskreneageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneageResponse__Output>): grpc.ClientUnaryCall;
  askReneAge(argument: _cln_AskreneageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneageResponse__Output>): grpc.ClientUnaryCall;
  askReneAge(argument: _cln_AskreneageRequest, callback: grpc.requestCallback<_cln_AskreneageResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneBiasChannel(argument: _cln_AskrenebiaschannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenebiaschannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneBiasChannel(argument: _cln_AskrenebiaschannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenebiaschannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneBiasChannel(argument: _cln_AskrenebiaschannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenebiaschannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneBiasChannel(argument: _cln_AskrenebiaschannelRequest, callback: grpc.requestCallback<_cln_AskrenebiaschannelResponse__Output>): grpc.ClientUnaryCall;
  askReneBiasChannel(argument: _cln_AskrenebiaschannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenebiaschannelResponse__Output>): grpc.ClientUnaryCall;
  askReneBiasChannel(argument: _cln_AskrenebiaschannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenebiaschannelResponse__Output>): grpc.ClientUnaryCall;
  askReneBiasChannel(argument: _cln_AskrenebiaschannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenebiaschannelResponse__Output>): grpc.ClientUnaryCall;
  askReneBiasChannel(argument: _cln_AskrenebiaschannelRequest, callback: grpc.requestCallback<_cln_AskrenebiaschannelResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneCreateChannel(argument: _cln_AskrenecreatechannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenecreatechannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneCreateChannel(argument: _cln_AskrenecreatechannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenecreatechannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneCreateChannel(argument: _cln_AskrenecreatechannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenecreatechannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneCreateChannel(argument: _cln_AskrenecreatechannelRequest, callback: grpc.requestCallback<_cln_AskrenecreatechannelResponse__Output>): grpc.ClientUnaryCall;
  askReneCreateChannel(argument: _cln_AskrenecreatechannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenecreatechannelResponse__Output>): grpc.ClientUnaryCall;
  askReneCreateChannel(argument: _cln_AskrenecreatechannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenecreatechannelResponse__Output>): grpc.ClientUnaryCall;
  askReneCreateChannel(argument: _cln_AskrenecreatechannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenecreatechannelResponse__Output>): grpc.ClientUnaryCall;
  askReneCreateChannel(argument: _cln_AskrenecreatechannelRequest, callback: grpc.requestCallback<_cln_AskrenecreatechannelResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneCreateLayer(argument: _cln_AskrenecreatelayerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenecreatelayerResponse__Output>): grpc.ClientUnaryCall;
  AskReneCreateLayer(argument: _cln_AskrenecreatelayerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenecreatelayerResponse__Output>): grpc.ClientUnaryCall;
  AskReneCreateLayer(argument: _cln_AskrenecreatelayerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenecreatelayerResponse__Output>): grpc.ClientUnaryCall;
  AskReneCreateLayer(argument: _cln_AskrenecreatelayerRequest, callback: grpc.requestCallback<_cln_AskrenecreatelayerResponse__Output>): grpc.ClientUnaryCall;
  askReneCreateLayer(argument: _cln_AskrenecreatelayerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenecreatelayerResponse__Output>): grpc.ClientUnaryCall;
  askReneCreateLayer(argument: _cln_AskrenecreatelayerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenecreatelayerResponse__Output>): grpc.ClientUnaryCall;
  askReneCreateLayer(argument: _cln_AskrenecreatelayerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenecreatelayerResponse__Output>): grpc.ClientUnaryCall;
  askReneCreateLayer(argument: _cln_AskrenecreatelayerRequest, callback: grpc.requestCallback<_cln_AskrenecreatelayerResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneDisableNode(argument: _cln_AskrenedisablenodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenedisablenodeResponse__Output>): grpc.ClientUnaryCall;
  AskReneDisableNode(argument: _cln_AskrenedisablenodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenedisablenodeResponse__Output>): grpc.ClientUnaryCall;
  AskReneDisableNode(argument: _cln_AskrenedisablenodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenedisablenodeResponse__Output>): grpc.ClientUnaryCall;
  AskReneDisableNode(argument: _cln_AskrenedisablenodeRequest, callback: grpc.requestCallback<_cln_AskrenedisablenodeResponse__Output>): grpc.ClientUnaryCall;
  askReneDisableNode(argument: _cln_AskrenedisablenodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenedisablenodeResponse__Output>): grpc.ClientUnaryCall;
  askReneDisableNode(argument: _cln_AskrenedisablenodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenedisablenodeResponse__Output>): grpc.ClientUnaryCall;
  askReneDisableNode(argument: _cln_AskrenedisablenodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenedisablenodeResponse__Output>): grpc.ClientUnaryCall;
  askReneDisableNode(argument: _cln_AskrenedisablenodeRequest, callback: grpc.requestCallback<_cln_AskrenedisablenodeResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneInformChannel(argument: _cln_AskreneinformchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneinformchannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneInformChannel(argument: _cln_AskreneinformchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneinformchannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneInformChannel(argument: _cln_AskreneinformchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneinformchannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneInformChannel(argument: _cln_AskreneinformchannelRequest, callback: grpc.requestCallback<_cln_AskreneinformchannelResponse__Output>): grpc.ClientUnaryCall;
  askReneInformChannel(argument: _cln_AskreneinformchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneinformchannelResponse__Output>): grpc.ClientUnaryCall;
  askReneInformChannel(argument: _cln_AskreneinformchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneinformchannelResponse__Output>): grpc.ClientUnaryCall;
  askReneInformChannel(argument: _cln_AskreneinformchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneinformchannelResponse__Output>): grpc.ClientUnaryCall;
  askReneInformChannel(argument: _cln_AskreneinformchannelRequest, callback: grpc.requestCallback<_cln_AskreneinformchannelResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneListLayers(argument: _cln_AskrenelistlayersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenelistlayersResponse__Output>): grpc.ClientUnaryCall;
  AskReneListLayers(argument: _cln_AskrenelistlayersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenelistlayersResponse__Output>): grpc.ClientUnaryCall;
  AskReneListLayers(argument: _cln_AskrenelistlayersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenelistlayersResponse__Output>): grpc.ClientUnaryCall;
  AskReneListLayers(argument: _cln_AskrenelistlayersRequest, callback: grpc.requestCallback<_cln_AskrenelistlayersResponse__Output>): grpc.ClientUnaryCall;
  askReneListLayers(argument: _cln_AskrenelistlayersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenelistlayersResponse__Output>): grpc.ClientUnaryCall;
  askReneListLayers(argument: _cln_AskrenelistlayersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenelistlayersResponse__Output>): grpc.ClientUnaryCall;
  askReneListLayers(argument: _cln_AskrenelistlayersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenelistlayersResponse__Output>): grpc.ClientUnaryCall;
  askReneListLayers(argument: _cln_AskrenelistlayersRequest, callback: grpc.requestCallback<_cln_AskrenelistlayersResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneListReservations(argument: _cln_AskrenelistreservationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenelistreservationsResponse__Output>): grpc.ClientUnaryCall;
  AskReneListReservations(argument: _cln_AskrenelistreservationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenelistreservationsResponse__Output>): grpc.ClientUnaryCall;
  AskReneListReservations(argument: _cln_AskrenelistreservationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenelistreservationsResponse__Output>): grpc.ClientUnaryCall;
  AskReneListReservations(argument: _cln_AskrenelistreservationsRequest, callback: grpc.requestCallback<_cln_AskrenelistreservationsResponse__Output>): grpc.ClientUnaryCall;
  askReneListReservations(argument: _cln_AskrenelistreservationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenelistreservationsResponse__Output>): grpc.ClientUnaryCall;
  askReneListReservations(argument: _cln_AskrenelistreservationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenelistreservationsResponse__Output>): grpc.ClientUnaryCall;
  askReneListReservations(argument: _cln_AskrenelistreservationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenelistreservationsResponse__Output>): grpc.ClientUnaryCall;
  askReneListReservations(argument: _cln_AskrenelistreservationsRequest, callback: grpc.requestCallback<_cln_AskrenelistreservationsResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneRemoveChannelUpdate(argument: _cln_AskreneremovechannelupdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneremovechannelupdateResponse__Output>): grpc.ClientUnaryCall;
  AskReneRemoveChannelUpdate(argument: _cln_AskreneremovechannelupdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneremovechannelupdateResponse__Output>): grpc.ClientUnaryCall;
  AskReneRemoveChannelUpdate(argument: _cln_AskreneremovechannelupdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneremovechannelupdateResponse__Output>): grpc.ClientUnaryCall;
  AskReneRemoveChannelUpdate(argument: _cln_AskreneremovechannelupdateRequest, callback: grpc.requestCallback<_cln_AskreneremovechannelupdateResponse__Output>): grpc.ClientUnaryCall;
  askReneRemoveChannelUpdate(argument: _cln_AskreneremovechannelupdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneremovechannelupdateResponse__Output>): grpc.ClientUnaryCall;
  askReneRemoveChannelUpdate(argument: _cln_AskreneremovechannelupdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneremovechannelupdateResponse__Output>): grpc.ClientUnaryCall;
  askReneRemoveChannelUpdate(argument: _cln_AskreneremovechannelupdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneremovechannelupdateResponse__Output>): grpc.ClientUnaryCall;
  askReneRemoveChannelUpdate(argument: _cln_AskreneremovechannelupdateRequest, callback: grpc.requestCallback<_cln_AskreneremovechannelupdateResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneRemoveLayer(argument: _cln_AskreneremovelayerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneremovelayerResponse__Output>): grpc.ClientUnaryCall;
  AskReneRemoveLayer(argument: _cln_AskreneremovelayerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneremovelayerResponse__Output>): grpc.ClientUnaryCall;
  AskReneRemoveLayer(argument: _cln_AskreneremovelayerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneremovelayerResponse__Output>): grpc.ClientUnaryCall;
  AskReneRemoveLayer(argument: _cln_AskreneremovelayerRequest, callback: grpc.requestCallback<_cln_AskreneremovelayerResponse__Output>): grpc.ClientUnaryCall;
  askReneRemoveLayer(argument: _cln_AskreneremovelayerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneremovelayerResponse__Output>): grpc.ClientUnaryCall;
  askReneRemoveLayer(argument: _cln_AskreneremovelayerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneremovelayerResponse__Output>): grpc.ClientUnaryCall;
  askReneRemoveLayer(argument: _cln_AskreneremovelayerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneremovelayerResponse__Output>): grpc.ClientUnaryCall;
  askReneRemoveLayer(argument: _cln_AskreneremovelayerRequest, callback: grpc.requestCallback<_cln_AskreneremovelayerResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneReserve(argument: _cln_AskrenereserveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenereserveResponse__Output>): grpc.ClientUnaryCall;
  AskReneReserve(argument: _cln_AskrenereserveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenereserveResponse__Output>): grpc.ClientUnaryCall;
  AskReneReserve(argument: _cln_AskrenereserveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenereserveResponse__Output>): grpc.ClientUnaryCall;
  AskReneReserve(argument: _cln_AskrenereserveRequest, callback: grpc.requestCallback<_cln_AskrenereserveResponse__Output>): grpc.ClientUnaryCall;
  askReneReserve(argument: _cln_AskrenereserveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenereserveResponse__Output>): grpc.ClientUnaryCall;
  askReneReserve(argument: _cln_AskrenereserveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenereserveResponse__Output>): grpc.ClientUnaryCall;
  askReneReserve(argument: _cln_AskrenereserveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenereserveResponse__Output>): grpc.ClientUnaryCall;
  askReneReserve(argument: _cln_AskrenereserveRequest, callback: grpc.requestCallback<_cln_AskrenereserveResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneUnreserve(argument: _cln_AskreneunreserveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneunreserveResponse__Output>): grpc.ClientUnaryCall;
  AskReneUnreserve(argument: _cln_AskreneunreserveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneunreserveResponse__Output>): grpc.ClientUnaryCall;
  AskReneUnreserve(argument: _cln_AskreneunreserveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneunreserveResponse__Output>): grpc.ClientUnaryCall;
  AskReneUnreserve(argument: _cln_AskreneunreserveRequest, callback: grpc.requestCallback<_cln_AskreneunreserveResponse__Output>): grpc.ClientUnaryCall;
  askReneUnreserve(argument: _cln_AskreneunreserveRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneunreserveResponse__Output>): grpc.ClientUnaryCall;
  askReneUnreserve(argument: _cln_AskreneunreserveRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneunreserveResponse__Output>): grpc.ClientUnaryCall;
  askReneUnreserve(argument: _cln_AskreneunreserveRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneunreserveResponse__Output>): grpc.ClientUnaryCall;
  askReneUnreserve(argument: _cln_AskreneunreserveRequest, callback: grpc.requestCallback<_cln_AskreneunreserveResponse__Output>): grpc.ClientUnaryCall;
  
  AskReneUpdateChannel(argument: _cln_AskreneupdatechannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneupdatechannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneUpdateChannel(argument: _cln_AskreneupdatechannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneupdatechannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneUpdateChannel(argument: _cln_AskreneupdatechannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneupdatechannelResponse__Output>): grpc.ClientUnaryCall;
  AskReneUpdateChannel(argument: _cln_AskreneupdatechannelRequest, callback: grpc.requestCallback<_cln_AskreneupdatechannelResponse__Output>): grpc.ClientUnaryCall;
  askReneUpdateChannel(argument: _cln_AskreneupdatechannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneupdatechannelResponse__Output>): grpc.ClientUnaryCall;
  askReneUpdateChannel(argument: _cln_AskreneupdatechannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskreneupdatechannelResponse__Output>): grpc.ClientUnaryCall;
  askReneUpdateChannel(argument: _cln_AskreneupdatechannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskreneupdatechannelResponse__Output>): grpc.ClientUnaryCall;
  askReneUpdateChannel(argument: _cln_AskreneupdatechannelRequest, callback: grpc.requestCallback<_cln_AskreneupdatechannelResponse__Output>): grpc.ClientUnaryCall;
  
  AskreneBiasNode(argument: _cln_AskrenebiasnodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenebiasnodeResponse__Output>): grpc.ClientUnaryCall;
  AskreneBiasNode(argument: _cln_AskrenebiasnodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenebiasnodeResponse__Output>): grpc.ClientUnaryCall;
  AskreneBiasNode(argument: _cln_AskrenebiasnodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenebiasnodeResponse__Output>): grpc.ClientUnaryCall;
  AskreneBiasNode(argument: _cln_AskrenebiasnodeRequest, callback: grpc.requestCallback<_cln_AskrenebiasnodeResponse__Output>): grpc.ClientUnaryCall;
  askreneBiasNode(argument: _cln_AskrenebiasnodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenebiasnodeResponse__Output>): grpc.ClientUnaryCall;
  askreneBiasNode(argument: _cln_AskrenebiasnodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AskrenebiasnodeResponse__Output>): grpc.ClientUnaryCall;
  askreneBiasNode(argument: _cln_AskrenebiasnodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AskrenebiasnodeResponse__Output>): grpc.ClientUnaryCall;
  askreneBiasNode(argument: _cln_AskrenebiasnodeRequest, callback: grpc.requestCallback<_cln_AskrenebiasnodeResponse__Output>): grpc.ClientUnaryCall;
  
  AutoCleanOnce(argument: _cln_AutocleanonceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AutocleanonceResponse__Output>): grpc.ClientUnaryCall;
  AutoCleanOnce(argument: _cln_AutocleanonceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AutocleanonceResponse__Output>): grpc.ClientUnaryCall;
  AutoCleanOnce(argument: _cln_AutocleanonceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AutocleanonceResponse__Output>): grpc.ClientUnaryCall;
  AutoCleanOnce(argument: _cln_AutocleanonceRequest, callback: grpc.requestCallback<_cln_AutocleanonceResponse__Output>): grpc.ClientUnaryCall;
  autoCleanOnce(argument: _cln_AutocleanonceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AutocleanonceResponse__Output>): grpc.ClientUnaryCall;
  autoCleanOnce(argument: _cln_AutocleanonceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AutocleanonceResponse__Output>): grpc.ClientUnaryCall;
  autoCleanOnce(argument: _cln_AutocleanonceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AutocleanonceResponse__Output>): grpc.ClientUnaryCall;
  autoCleanOnce(argument: _cln_AutocleanonceRequest, callback: grpc.requestCallback<_cln_AutocleanonceResponse__Output>): grpc.ClientUnaryCall;
  
  AutoCleanStatus(argument: _cln_AutocleanstatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AutocleanstatusResponse__Output>): grpc.ClientUnaryCall;
  AutoCleanStatus(argument: _cln_AutocleanstatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AutocleanstatusResponse__Output>): grpc.ClientUnaryCall;
  AutoCleanStatus(argument: _cln_AutocleanstatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AutocleanstatusResponse__Output>): grpc.ClientUnaryCall;
  AutoCleanStatus(argument: _cln_AutocleanstatusRequest, callback: grpc.requestCallback<_cln_AutocleanstatusResponse__Output>): grpc.ClientUnaryCall;
  autoCleanStatus(argument: _cln_AutocleanstatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AutocleanstatusResponse__Output>): grpc.ClientUnaryCall;
  autoCleanStatus(argument: _cln_AutocleanstatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_AutocleanstatusResponse__Output>): grpc.ClientUnaryCall;
  autoCleanStatus(argument: _cln_AutocleanstatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_AutocleanstatusResponse__Output>): grpc.ClientUnaryCall;
  autoCleanStatus(argument: _cln_AutocleanstatusRequest, callback: grpc.requestCallback<_cln_AutocleanstatusResponse__Output>): grpc.ClientUnaryCall;
  
  BkprChannelsApy(argument: _cln_BkprchannelsapyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprchannelsapyResponse__Output>): grpc.ClientUnaryCall;
  BkprChannelsApy(argument: _cln_BkprchannelsapyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprchannelsapyResponse__Output>): grpc.ClientUnaryCall;
  BkprChannelsApy(argument: _cln_BkprchannelsapyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprchannelsapyResponse__Output>): grpc.ClientUnaryCall;
  BkprChannelsApy(argument: _cln_BkprchannelsapyRequest, callback: grpc.requestCallback<_cln_BkprchannelsapyResponse__Output>): grpc.ClientUnaryCall;
  bkprChannelsApy(argument: _cln_BkprchannelsapyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprchannelsapyResponse__Output>): grpc.ClientUnaryCall;
  bkprChannelsApy(argument: _cln_BkprchannelsapyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprchannelsapyResponse__Output>): grpc.ClientUnaryCall;
  bkprChannelsApy(argument: _cln_BkprchannelsapyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprchannelsapyResponse__Output>): grpc.ClientUnaryCall;
  bkprChannelsApy(argument: _cln_BkprchannelsapyRequest, callback: grpc.requestCallback<_cln_BkprchannelsapyResponse__Output>): grpc.ClientUnaryCall;
  
  BkprDumpIncomeCsv(argument: _cln_BkprdumpincomecsvRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprdumpincomecsvResponse__Output>): grpc.ClientUnaryCall;
  BkprDumpIncomeCsv(argument: _cln_BkprdumpincomecsvRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprdumpincomecsvResponse__Output>): grpc.ClientUnaryCall;
  BkprDumpIncomeCsv(argument: _cln_BkprdumpincomecsvRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprdumpincomecsvResponse__Output>): grpc.ClientUnaryCall;
  BkprDumpIncomeCsv(argument: _cln_BkprdumpincomecsvRequest, callback: grpc.requestCallback<_cln_BkprdumpincomecsvResponse__Output>): grpc.ClientUnaryCall;
  bkprDumpIncomeCsv(argument: _cln_BkprdumpincomecsvRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprdumpincomecsvResponse__Output>): grpc.ClientUnaryCall;
  bkprDumpIncomeCsv(argument: _cln_BkprdumpincomecsvRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprdumpincomecsvResponse__Output>): grpc.ClientUnaryCall;
  bkprDumpIncomeCsv(argument: _cln_BkprdumpincomecsvRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprdumpincomecsvResponse__Output>): grpc.ClientUnaryCall;
  bkprDumpIncomeCsv(argument: _cln_BkprdumpincomecsvRequest, callback: grpc.requestCallback<_cln_BkprdumpincomecsvResponse__Output>): grpc.ClientUnaryCall;
  
  BkprEditDescriptionByOutpoint(argument: _cln_BkpreditdescriptionbyoutpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkpreditdescriptionbyoutpointResponse__Output>): grpc.ClientUnaryCall;
  BkprEditDescriptionByOutpoint(argument: _cln_BkpreditdescriptionbyoutpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkpreditdescriptionbyoutpointResponse__Output>): grpc.ClientUnaryCall;
  BkprEditDescriptionByOutpoint(argument: _cln_BkpreditdescriptionbyoutpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkpreditdescriptionbyoutpointResponse__Output>): grpc.ClientUnaryCall;
  BkprEditDescriptionByOutpoint(argument: _cln_BkpreditdescriptionbyoutpointRequest, callback: grpc.requestCallback<_cln_BkpreditdescriptionbyoutpointResponse__Output>): grpc.ClientUnaryCall;
  bkprEditDescriptionByOutpoint(argument: _cln_BkpreditdescriptionbyoutpointRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkpreditdescriptionbyoutpointResponse__Output>): grpc.ClientUnaryCall;
  bkprEditDescriptionByOutpoint(argument: _cln_BkpreditdescriptionbyoutpointRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkpreditdescriptionbyoutpointResponse__Output>): grpc.ClientUnaryCall;
  bkprEditDescriptionByOutpoint(argument: _cln_BkpreditdescriptionbyoutpointRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkpreditdescriptionbyoutpointResponse__Output>): grpc.ClientUnaryCall;
  bkprEditDescriptionByOutpoint(argument: _cln_BkpreditdescriptionbyoutpointRequest, callback: grpc.requestCallback<_cln_BkpreditdescriptionbyoutpointResponse__Output>): grpc.ClientUnaryCall;
  
  BkprEditDescriptionByPaymentId(argument: _cln_BkpreditdescriptionbypaymentidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkpreditdescriptionbypaymentidResponse__Output>): grpc.ClientUnaryCall;
  BkprEditDescriptionByPaymentId(argument: _cln_BkpreditdescriptionbypaymentidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkpreditdescriptionbypaymentidResponse__Output>): grpc.ClientUnaryCall;
  BkprEditDescriptionByPaymentId(argument: _cln_BkpreditdescriptionbypaymentidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkpreditdescriptionbypaymentidResponse__Output>): grpc.ClientUnaryCall;
  BkprEditDescriptionByPaymentId(argument: _cln_BkpreditdescriptionbypaymentidRequest, callback: grpc.requestCallback<_cln_BkpreditdescriptionbypaymentidResponse__Output>): grpc.ClientUnaryCall;
  bkprEditDescriptionByPaymentId(argument: _cln_BkpreditdescriptionbypaymentidRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkpreditdescriptionbypaymentidResponse__Output>): grpc.ClientUnaryCall;
  bkprEditDescriptionByPaymentId(argument: _cln_BkpreditdescriptionbypaymentidRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkpreditdescriptionbypaymentidResponse__Output>): grpc.ClientUnaryCall;
  bkprEditDescriptionByPaymentId(argument: _cln_BkpreditdescriptionbypaymentidRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkpreditdescriptionbypaymentidResponse__Output>): grpc.ClientUnaryCall;
  bkprEditDescriptionByPaymentId(argument: _cln_BkpreditdescriptionbypaymentidRequest, callback: grpc.requestCallback<_cln_BkpreditdescriptionbypaymentidResponse__Output>): grpc.ClientUnaryCall;
  
  BkprInspect(argument: _cln_BkprinspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprinspectResponse__Output>): grpc.ClientUnaryCall;
  BkprInspect(argument: _cln_BkprinspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprinspectResponse__Output>): grpc.ClientUnaryCall;
  BkprInspect(argument: _cln_BkprinspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprinspectResponse__Output>): grpc.ClientUnaryCall;
  BkprInspect(argument: _cln_BkprinspectRequest, callback: grpc.requestCallback<_cln_BkprinspectResponse__Output>): grpc.ClientUnaryCall;
  bkprInspect(argument: _cln_BkprinspectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprinspectResponse__Output>): grpc.ClientUnaryCall;
  bkprInspect(argument: _cln_BkprinspectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprinspectResponse__Output>): grpc.ClientUnaryCall;
  bkprInspect(argument: _cln_BkprinspectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprinspectResponse__Output>): grpc.ClientUnaryCall;
  bkprInspect(argument: _cln_BkprinspectRequest, callback: grpc.requestCallback<_cln_BkprinspectResponse__Output>): grpc.ClientUnaryCall;
  
  BkprListAccountEvents(argument: _cln_BkprlistaccounteventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistaccounteventsResponse__Output>): grpc.ClientUnaryCall;
  BkprListAccountEvents(argument: _cln_BkprlistaccounteventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprlistaccounteventsResponse__Output>): grpc.ClientUnaryCall;
  BkprListAccountEvents(argument: _cln_BkprlistaccounteventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistaccounteventsResponse__Output>): grpc.ClientUnaryCall;
  BkprListAccountEvents(argument: _cln_BkprlistaccounteventsRequest, callback: grpc.requestCallback<_cln_BkprlistaccounteventsResponse__Output>): grpc.ClientUnaryCall;
  bkprListAccountEvents(argument: _cln_BkprlistaccounteventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistaccounteventsResponse__Output>): grpc.ClientUnaryCall;
  bkprListAccountEvents(argument: _cln_BkprlistaccounteventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprlistaccounteventsResponse__Output>): grpc.ClientUnaryCall;
  bkprListAccountEvents(argument: _cln_BkprlistaccounteventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistaccounteventsResponse__Output>): grpc.ClientUnaryCall;
  bkprListAccountEvents(argument: _cln_BkprlistaccounteventsRequest, callback: grpc.requestCallback<_cln_BkprlistaccounteventsResponse__Output>): grpc.ClientUnaryCall;
  
  BkprListBalances(argument: _cln_BkprlistbalancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistbalancesResponse__Output>): grpc.ClientUnaryCall;
  BkprListBalances(argument: _cln_BkprlistbalancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprlistbalancesResponse__Output>): grpc.ClientUnaryCall;
  BkprListBalances(argument: _cln_BkprlistbalancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistbalancesResponse__Output>): grpc.ClientUnaryCall;
  BkprListBalances(argument: _cln_BkprlistbalancesRequest, callback: grpc.requestCallback<_cln_BkprlistbalancesResponse__Output>): grpc.ClientUnaryCall;
  bkprListBalances(argument: _cln_BkprlistbalancesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistbalancesResponse__Output>): grpc.ClientUnaryCall;
  bkprListBalances(argument: _cln_BkprlistbalancesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprlistbalancesResponse__Output>): grpc.ClientUnaryCall;
  bkprListBalances(argument: _cln_BkprlistbalancesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistbalancesResponse__Output>): grpc.ClientUnaryCall;
  bkprListBalances(argument: _cln_BkprlistbalancesRequest, callback: grpc.requestCallback<_cln_BkprlistbalancesResponse__Output>): grpc.ClientUnaryCall;
  
  BkprListIncome(argument: _cln_BkprlistincomeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistincomeResponse__Output>): grpc.ClientUnaryCall;
  BkprListIncome(argument: _cln_BkprlistincomeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprlistincomeResponse__Output>): grpc.ClientUnaryCall;
  BkprListIncome(argument: _cln_BkprlistincomeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistincomeResponse__Output>): grpc.ClientUnaryCall;
  BkprListIncome(argument: _cln_BkprlistincomeRequest, callback: grpc.requestCallback<_cln_BkprlistincomeResponse__Output>): grpc.ClientUnaryCall;
  bkprListIncome(argument: _cln_BkprlistincomeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistincomeResponse__Output>): grpc.ClientUnaryCall;
  bkprListIncome(argument: _cln_BkprlistincomeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprlistincomeResponse__Output>): grpc.ClientUnaryCall;
  bkprListIncome(argument: _cln_BkprlistincomeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprlistincomeResponse__Output>): grpc.ClientUnaryCall;
  bkprListIncome(argument: _cln_BkprlistincomeRequest, callback: grpc.requestCallback<_cln_BkprlistincomeResponse__Output>): grpc.ClientUnaryCall;
  
  BkprReport(argument: _cln_BkprreportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprreportResponse__Output>): grpc.ClientUnaryCall;
  BkprReport(argument: _cln_BkprreportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprreportResponse__Output>): grpc.ClientUnaryCall;
  BkprReport(argument: _cln_BkprreportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprreportResponse__Output>): grpc.ClientUnaryCall;
  BkprReport(argument: _cln_BkprreportRequest, callback: grpc.requestCallback<_cln_BkprreportResponse__Output>): grpc.ClientUnaryCall;
  bkprReport(argument: _cln_BkprreportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprreportResponse__Output>): grpc.ClientUnaryCall;
  bkprReport(argument: _cln_BkprreportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BkprreportResponse__Output>): grpc.ClientUnaryCall;
  bkprReport(argument: _cln_BkprreportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BkprreportResponse__Output>): grpc.ClientUnaryCall;
  bkprReport(argument: _cln_BkprreportRequest, callback: grpc.requestCallback<_cln_BkprreportResponse__Output>): grpc.ClientUnaryCall;
  
  BlacklistRune(argument: _cln_BlacklistruneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BlacklistruneResponse__Output>): grpc.ClientUnaryCall;
  BlacklistRune(argument: _cln_BlacklistruneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BlacklistruneResponse__Output>): grpc.ClientUnaryCall;
  BlacklistRune(argument: _cln_BlacklistruneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BlacklistruneResponse__Output>): grpc.ClientUnaryCall;
  BlacklistRune(argument: _cln_BlacklistruneRequest, callback: grpc.requestCallback<_cln_BlacklistruneResponse__Output>): grpc.ClientUnaryCall;
  blacklistRune(argument: _cln_BlacklistruneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BlacklistruneResponse__Output>): grpc.ClientUnaryCall;
  blacklistRune(argument: _cln_BlacklistruneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_BlacklistruneResponse__Output>): grpc.ClientUnaryCall;
  blacklistRune(argument: _cln_BlacklistruneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_BlacklistruneResponse__Output>): grpc.ClientUnaryCall;
  blacklistRune(argument: _cln_BlacklistruneRequest, callback: grpc.requestCallback<_cln_BlacklistruneResponse__Output>): grpc.ClientUnaryCall;
  
  CancelRecurringInvoice(argument: _cln_CancelrecurringinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CancelrecurringinvoiceResponse__Output>): grpc.ClientUnaryCall;
  CancelRecurringInvoice(argument: _cln_CancelrecurringinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CancelrecurringinvoiceResponse__Output>): grpc.ClientUnaryCall;
  CancelRecurringInvoice(argument: _cln_CancelrecurringinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CancelrecurringinvoiceResponse__Output>): grpc.ClientUnaryCall;
  CancelRecurringInvoice(argument: _cln_CancelrecurringinvoiceRequest, callback: grpc.requestCallback<_cln_CancelrecurringinvoiceResponse__Output>): grpc.ClientUnaryCall;
  cancelRecurringInvoice(argument: _cln_CancelrecurringinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CancelrecurringinvoiceResponse__Output>): grpc.ClientUnaryCall;
  cancelRecurringInvoice(argument: _cln_CancelrecurringinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CancelrecurringinvoiceResponse__Output>): grpc.ClientUnaryCall;
  cancelRecurringInvoice(argument: _cln_CancelrecurringinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CancelrecurringinvoiceResponse__Output>): grpc.ClientUnaryCall;
  cancelRecurringInvoice(argument: _cln_CancelrecurringinvoiceRequest, callback: grpc.requestCallback<_cln_CancelrecurringinvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  CheckMessage(argument: _cln_CheckmessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CheckmessageResponse__Output>): grpc.ClientUnaryCall;
  CheckMessage(argument: _cln_CheckmessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CheckmessageResponse__Output>): grpc.ClientUnaryCall;
  CheckMessage(argument: _cln_CheckmessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CheckmessageResponse__Output>): grpc.ClientUnaryCall;
  CheckMessage(argument: _cln_CheckmessageRequest, callback: grpc.requestCallback<_cln_CheckmessageResponse__Output>): grpc.ClientUnaryCall;
  checkMessage(argument: _cln_CheckmessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CheckmessageResponse__Output>): grpc.ClientUnaryCall;
  checkMessage(argument: _cln_CheckmessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CheckmessageResponse__Output>): grpc.ClientUnaryCall;
  checkMessage(argument: _cln_CheckmessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CheckmessageResponse__Output>): grpc.ClientUnaryCall;
  checkMessage(argument: _cln_CheckmessageRequest, callback: grpc.requestCallback<_cln_CheckmessageResponse__Output>): grpc.ClientUnaryCall;
  
  CheckRune(argument: _cln_CheckruneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CheckruneResponse__Output>): grpc.ClientUnaryCall;
  CheckRune(argument: _cln_CheckruneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CheckruneResponse__Output>): grpc.ClientUnaryCall;
  CheckRune(argument: _cln_CheckruneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CheckruneResponse__Output>): grpc.ClientUnaryCall;
  CheckRune(argument: _cln_CheckruneRequest, callback: grpc.requestCallback<_cln_CheckruneResponse__Output>): grpc.ClientUnaryCall;
  checkRune(argument: _cln_CheckruneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CheckruneResponse__Output>): grpc.ClientUnaryCall;
  checkRune(argument: _cln_CheckruneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CheckruneResponse__Output>): grpc.ClientUnaryCall;
  checkRune(argument: _cln_CheckruneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CheckruneResponse__Output>): grpc.ClientUnaryCall;
  checkRune(argument: _cln_CheckruneRequest, callback: grpc.requestCallback<_cln_CheckruneResponse__Output>): grpc.ClientUnaryCall;
  
  ClnrestRegisterPath(argument: _cln_ClnrestregisterpathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ClnrestregisterpathResponse__Output>): grpc.ClientUnaryCall;
  ClnrestRegisterPath(argument: _cln_ClnrestregisterpathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ClnrestregisterpathResponse__Output>): grpc.ClientUnaryCall;
  ClnrestRegisterPath(argument: _cln_ClnrestregisterpathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ClnrestregisterpathResponse__Output>): grpc.ClientUnaryCall;
  ClnrestRegisterPath(argument: _cln_ClnrestregisterpathRequest, callback: grpc.requestCallback<_cln_ClnrestregisterpathResponse__Output>): grpc.ClientUnaryCall;
  clnrestRegisterPath(argument: _cln_ClnrestregisterpathRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ClnrestregisterpathResponse__Output>): grpc.ClientUnaryCall;
  clnrestRegisterPath(argument: _cln_ClnrestregisterpathRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ClnrestregisterpathResponse__Output>): grpc.ClientUnaryCall;
  clnrestRegisterPath(argument: _cln_ClnrestregisterpathRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ClnrestregisterpathResponse__Output>): grpc.ClientUnaryCall;
  clnrestRegisterPath(argument: _cln_ClnrestregisterpathRequest, callback: grpc.requestCallback<_cln_ClnrestregisterpathResponse__Output>): grpc.ClientUnaryCall;
  
  Close(argument: _cln_CloseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CloseResponse__Output>): grpc.ClientUnaryCall;
  Close(argument: _cln_CloseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CloseResponse__Output>): grpc.ClientUnaryCall;
  Close(argument: _cln_CloseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CloseResponse__Output>): grpc.ClientUnaryCall;
  Close(argument: _cln_CloseRequest, callback: grpc.requestCallback<_cln_CloseResponse__Output>): grpc.ClientUnaryCall;
  
  ConnectPeer(argument: _cln_ConnectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ConnectResponse__Output>): grpc.ClientUnaryCall;
  ConnectPeer(argument: _cln_ConnectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ConnectResponse__Output>): grpc.ClientUnaryCall;
  ConnectPeer(argument: _cln_ConnectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ConnectResponse__Output>): grpc.ClientUnaryCall;
  ConnectPeer(argument: _cln_ConnectRequest, callback: grpc.requestCallback<_cln_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connectPeer(argument: _cln_ConnectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connectPeer(argument: _cln_ConnectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connectPeer(argument: _cln_ConnectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ConnectResponse__Output>): grpc.ClientUnaryCall;
  connectPeer(argument: _cln_ConnectRequest, callback: grpc.requestCallback<_cln_ConnectResponse__Output>): grpc.ClientUnaryCall;
  
  CreateInvoice(argument: _cln_CreateinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateinvoiceResponse__Output>): grpc.ClientUnaryCall;
  CreateInvoice(argument: _cln_CreateinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CreateinvoiceResponse__Output>): grpc.ClientUnaryCall;
  CreateInvoice(argument: _cln_CreateinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateinvoiceResponse__Output>): grpc.ClientUnaryCall;
  CreateInvoice(argument: _cln_CreateinvoiceRequest, callback: grpc.requestCallback<_cln_CreateinvoiceResponse__Output>): grpc.ClientUnaryCall;
  createInvoice(argument: _cln_CreateinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateinvoiceResponse__Output>): grpc.ClientUnaryCall;
  createInvoice(argument: _cln_CreateinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CreateinvoiceResponse__Output>): grpc.ClientUnaryCall;
  createInvoice(argument: _cln_CreateinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateinvoiceResponse__Output>): grpc.ClientUnaryCall;
  createInvoice(argument: _cln_CreateinvoiceRequest, callback: grpc.requestCallback<_cln_CreateinvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  CreateInvoiceRequest(argument: _cln_InvoicerequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  CreateInvoiceRequest(argument: _cln_InvoicerequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_InvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  CreateInvoiceRequest(argument: _cln_InvoicerequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  CreateInvoiceRequest(argument: _cln_InvoicerequestRequest, callback: grpc.requestCallback<_cln_InvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  createInvoiceRequest(argument: _cln_InvoicerequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  createInvoiceRequest(argument: _cln_InvoicerequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_InvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  createInvoiceRequest(argument: _cln_InvoicerequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  createInvoiceRequest(argument: _cln_InvoicerequestRequest, callback: grpc.requestCallback<_cln_InvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  
  CreateOnion(argument: _cln_CreateonionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateonionResponse__Output>): grpc.ClientUnaryCall;
  CreateOnion(argument: _cln_CreateonionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CreateonionResponse__Output>): grpc.ClientUnaryCall;
  CreateOnion(argument: _cln_CreateonionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateonionResponse__Output>): grpc.ClientUnaryCall;
  CreateOnion(argument: _cln_CreateonionRequest, callback: grpc.requestCallback<_cln_CreateonionResponse__Output>): grpc.ClientUnaryCall;
  createOnion(argument: _cln_CreateonionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateonionResponse__Output>): grpc.ClientUnaryCall;
  createOnion(argument: _cln_CreateonionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CreateonionResponse__Output>): grpc.ClientUnaryCall;
  createOnion(argument: _cln_CreateonionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateonionResponse__Output>): grpc.ClientUnaryCall;
  createOnion(argument: _cln_CreateonionRequest, callback: grpc.requestCallback<_cln_CreateonionResponse__Output>): grpc.ClientUnaryCall;
  
  CreateProof(argument: _cln_CreateproofRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateproofResponse__Output>): grpc.ClientUnaryCall;
  CreateProof(argument: _cln_CreateproofRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CreateproofResponse__Output>): grpc.ClientUnaryCall;
  CreateProof(argument: _cln_CreateproofRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateproofResponse__Output>): grpc.ClientUnaryCall;
  CreateProof(argument: _cln_CreateproofRequest, callback: grpc.requestCallback<_cln_CreateproofResponse__Output>): grpc.ClientUnaryCall;
  createProof(argument: _cln_CreateproofRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateproofResponse__Output>): grpc.ClientUnaryCall;
  createProof(argument: _cln_CreateproofRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CreateproofResponse__Output>): grpc.ClientUnaryCall;
  createProof(argument: _cln_CreateproofRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateproofResponse__Output>): grpc.ClientUnaryCall;
  createProof(argument: _cln_CreateproofRequest, callback: grpc.requestCallback<_cln_CreateproofResponse__Output>): grpc.ClientUnaryCall;
  
  CreateRune(argument: _cln_CreateruneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateruneResponse__Output>): grpc.ClientUnaryCall;
  CreateRune(argument: _cln_CreateruneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CreateruneResponse__Output>): grpc.ClientUnaryCall;
  CreateRune(argument: _cln_CreateruneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateruneResponse__Output>): grpc.ClientUnaryCall;
  CreateRune(argument: _cln_CreateruneRequest, callback: grpc.requestCallback<_cln_CreateruneResponse__Output>): grpc.ClientUnaryCall;
  createRune(argument: _cln_CreateruneRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateruneResponse__Output>): grpc.ClientUnaryCall;
  createRune(argument: _cln_CreateruneRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CreateruneResponse__Output>): grpc.ClientUnaryCall;
  createRune(argument: _cln_CreateruneRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CreateruneResponse__Output>): grpc.ClientUnaryCall;
  createRune(argument: _cln_CreateruneRequest, callback: grpc.requestCallback<_cln_CreateruneResponse__Output>): grpc.ClientUnaryCall;
  
  CurrencyConvert(argument: _cln_CurrencyconvertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CurrencyconvertResponse__Output>): grpc.ClientUnaryCall;
  CurrencyConvert(argument: _cln_CurrencyconvertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CurrencyconvertResponse__Output>): grpc.ClientUnaryCall;
  CurrencyConvert(argument: _cln_CurrencyconvertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CurrencyconvertResponse__Output>): grpc.ClientUnaryCall;
  CurrencyConvert(argument: _cln_CurrencyconvertRequest, callback: grpc.requestCallback<_cln_CurrencyconvertResponse__Output>): grpc.ClientUnaryCall;
  currencyConvert(argument: _cln_CurrencyconvertRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CurrencyconvertResponse__Output>): grpc.ClientUnaryCall;
  currencyConvert(argument: _cln_CurrencyconvertRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CurrencyconvertResponse__Output>): grpc.ClientUnaryCall;
  currencyConvert(argument: _cln_CurrencyconvertRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CurrencyconvertResponse__Output>): grpc.ClientUnaryCall;
  currencyConvert(argument: _cln_CurrencyconvertRequest, callback: grpc.requestCallback<_cln_CurrencyconvertResponse__Output>): grpc.ClientUnaryCall;
  
  CurrencyRate(argument: _cln_CurrencyrateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CurrencyrateResponse__Output>): grpc.ClientUnaryCall;
  CurrencyRate(argument: _cln_CurrencyrateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CurrencyrateResponse__Output>): grpc.ClientUnaryCall;
  CurrencyRate(argument: _cln_CurrencyrateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CurrencyrateResponse__Output>): grpc.ClientUnaryCall;
  CurrencyRate(argument: _cln_CurrencyrateRequest, callback: grpc.requestCallback<_cln_CurrencyrateResponse__Output>): grpc.ClientUnaryCall;
  currencyRate(argument: _cln_CurrencyrateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CurrencyrateResponse__Output>): grpc.ClientUnaryCall;
  currencyRate(argument: _cln_CurrencyrateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_CurrencyrateResponse__Output>): grpc.ClientUnaryCall;
  currencyRate(argument: _cln_CurrencyrateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_CurrencyrateResponse__Output>): grpc.ClientUnaryCall;
  currencyRate(argument: _cln_CurrencyrateRequest, callback: grpc.requestCallback<_cln_CurrencyrateResponse__Output>): grpc.ClientUnaryCall;
  
  Datastore(argument: _cln_DatastoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DatastoreResponse__Output>): grpc.ClientUnaryCall;
  Datastore(argument: _cln_DatastoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DatastoreResponse__Output>): grpc.ClientUnaryCall;
  Datastore(argument: _cln_DatastoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DatastoreResponse__Output>): grpc.ClientUnaryCall;
  Datastore(argument: _cln_DatastoreRequest, callback: grpc.requestCallback<_cln_DatastoreResponse__Output>): grpc.ClientUnaryCall;
  datastore(argument: _cln_DatastoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DatastoreResponse__Output>): grpc.ClientUnaryCall;
  datastore(argument: _cln_DatastoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DatastoreResponse__Output>): grpc.ClientUnaryCall;
  datastore(argument: _cln_DatastoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DatastoreResponse__Output>): grpc.ClientUnaryCall;
  datastore(argument: _cln_DatastoreRequest, callback: grpc.requestCallback<_cln_DatastoreResponse__Output>): grpc.ClientUnaryCall;
  
  DatastoreUsage(argument: _cln_DatastoreusageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DatastoreusageResponse__Output>): grpc.ClientUnaryCall;
  DatastoreUsage(argument: _cln_DatastoreusageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DatastoreusageResponse__Output>): grpc.ClientUnaryCall;
  DatastoreUsage(argument: _cln_DatastoreusageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DatastoreusageResponse__Output>): grpc.ClientUnaryCall;
  DatastoreUsage(argument: _cln_DatastoreusageRequest, callback: grpc.requestCallback<_cln_DatastoreusageResponse__Output>): grpc.ClientUnaryCall;
  datastoreUsage(argument: _cln_DatastoreusageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DatastoreusageResponse__Output>): grpc.ClientUnaryCall;
  datastoreUsage(argument: _cln_DatastoreusageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DatastoreusageResponse__Output>): grpc.ClientUnaryCall;
  datastoreUsage(argument: _cln_DatastoreusageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DatastoreusageResponse__Output>): grpc.ClientUnaryCall;
  datastoreUsage(argument: _cln_DatastoreusageRequest, callback: grpc.requestCallback<_cln_DatastoreusageResponse__Output>): grpc.ClientUnaryCall;
  
  Decode(argument: _cln_DecodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DecodeResponse__Output>): grpc.ClientUnaryCall;
  Decode(argument: _cln_DecodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DecodeResponse__Output>): grpc.ClientUnaryCall;
  Decode(argument: _cln_DecodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DecodeResponse__Output>): grpc.ClientUnaryCall;
  Decode(argument: _cln_DecodeRequest, callback: grpc.requestCallback<_cln_DecodeResponse__Output>): grpc.ClientUnaryCall;
  decode(argument: _cln_DecodeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DecodeResponse__Output>): grpc.ClientUnaryCall;
  decode(argument: _cln_DecodeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DecodeResponse__Output>): grpc.ClientUnaryCall;
  decode(argument: _cln_DecodeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DecodeResponse__Output>): grpc.ClientUnaryCall;
  decode(argument: _cln_DecodeRequest, callback: grpc.requestCallback<_cln_DecodeResponse__Output>): grpc.ClientUnaryCall;
  
  DelDatastore(argument: _cln_DeldatastoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DeldatastoreResponse__Output>): grpc.ClientUnaryCall;
  DelDatastore(argument: _cln_DeldatastoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DeldatastoreResponse__Output>): grpc.ClientUnaryCall;
  DelDatastore(argument: _cln_DeldatastoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DeldatastoreResponse__Output>): grpc.ClientUnaryCall;
  DelDatastore(argument: _cln_DeldatastoreRequest, callback: grpc.requestCallback<_cln_DeldatastoreResponse__Output>): grpc.ClientUnaryCall;
  delDatastore(argument: _cln_DeldatastoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DeldatastoreResponse__Output>): grpc.ClientUnaryCall;
  delDatastore(argument: _cln_DeldatastoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DeldatastoreResponse__Output>): grpc.ClientUnaryCall;
  delDatastore(argument: _cln_DeldatastoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DeldatastoreResponse__Output>): grpc.ClientUnaryCall;
  delDatastore(argument: _cln_DeldatastoreRequest, callback: grpc.requestCallback<_cln_DeldatastoreResponse__Output>): grpc.ClientUnaryCall;
  
  DelForward(argument: _cln_DelforwardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelforwardResponse__Output>): grpc.ClientUnaryCall;
  DelForward(argument: _cln_DelforwardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DelforwardResponse__Output>): grpc.ClientUnaryCall;
  DelForward(argument: _cln_DelforwardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelforwardResponse__Output>): grpc.ClientUnaryCall;
  DelForward(argument: _cln_DelforwardRequest, callback: grpc.requestCallback<_cln_DelforwardResponse__Output>): grpc.ClientUnaryCall;
  delForward(argument: _cln_DelforwardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelforwardResponse__Output>): grpc.ClientUnaryCall;
  delForward(argument: _cln_DelforwardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DelforwardResponse__Output>): grpc.ClientUnaryCall;
  delForward(argument: _cln_DelforwardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelforwardResponse__Output>): grpc.ClientUnaryCall;
  delForward(argument: _cln_DelforwardRequest, callback: grpc.requestCallback<_cln_DelforwardResponse__Output>): grpc.ClientUnaryCall;
  
  DelInvoice(argument: _cln_DelinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelinvoiceResponse__Output>): grpc.ClientUnaryCall;
  DelInvoice(argument: _cln_DelinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DelinvoiceResponse__Output>): grpc.ClientUnaryCall;
  DelInvoice(argument: _cln_DelinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelinvoiceResponse__Output>): grpc.ClientUnaryCall;
  DelInvoice(argument: _cln_DelinvoiceRequest, callback: grpc.requestCallback<_cln_DelinvoiceResponse__Output>): grpc.ClientUnaryCall;
  delInvoice(argument: _cln_DelinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelinvoiceResponse__Output>): grpc.ClientUnaryCall;
  delInvoice(argument: _cln_DelinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DelinvoiceResponse__Output>): grpc.ClientUnaryCall;
  delInvoice(argument: _cln_DelinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelinvoiceResponse__Output>): grpc.ClientUnaryCall;
  delInvoice(argument: _cln_DelinvoiceRequest, callback: grpc.requestCallback<_cln_DelinvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  DelNetworkEvent(argument: _cln_DelnetworkeventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelnetworkeventResponse__Output>): grpc.ClientUnaryCall;
  DelNetworkEvent(argument: _cln_DelnetworkeventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DelnetworkeventResponse__Output>): grpc.ClientUnaryCall;
  DelNetworkEvent(argument: _cln_DelnetworkeventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelnetworkeventResponse__Output>): grpc.ClientUnaryCall;
  DelNetworkEvent(argument: _cln_DelnetworkeventRequest, callback: grpc.requestCallback<_cln_DelnetworkeventResponse__Output>): grpc.ClientUnaryCall;
  delNetworkEvent(argument: _cln_DelnetworkeventRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelnetworkeventResponse__Output>): grpc.ClientUnaryCall;
  delNetworkEvent(argument: _cln_DelnetworkeventRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DelnetworkeventResponse__Output>): grpc.ClientUnaryCall;
  delNetworkEvent(argument: _cln_DelnetworkeventRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelnetworkeventResponse__Output>): grpc.ClientUnaryCall;
  delNetworkEvent(argument: _cln_DelnetworkeventRequest, callback: grpc.requestCallback<_cln_DelnetworkeventResponse__Output>): grpc.ClientUnaryCall;
  
  DelPay(argument: _cln_DelpayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelpayResponse__Output>): grpc.ClientUnaryCall;
  DelPay(argument: _cln_DelpayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DelpayResponse__Output>): grpc.ClientUnaryCall;
  DelPay(argument: _cln_DelpayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelpayResponse__Output>): grpc.ClientUnaryCall;
  DelPay(argument: _cln_DelpayRequest, callback: grpc.requestCallback<_cln_DelpayResponse__Output>): grpc.ClientUnaryCall;
  delPay(argument: _cln_DelpayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelpayResponse__Output>): grpc.ClientUnaryCall;
  delPay(argument: _cln_DelpayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DelpayResponse__Output>): grpc.ClientUnaryCall;
  delPay(argument: _cln_DelpayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DelpayResponse__Output>): grpc.ClientUnaryCall;
  delPay(argument: _cln_DelpayRequest, callback: grpc.requestCallback<_cln_DelpayResponse__Output>): grpc.ClientUnaryCall;
  
  DevForgetChannel(argument: _cln_DevforgetchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DevforgetchannelResponse__Output>): grpc.ClientUnaryCall;
  DevForgetChannel(argument: _cln_DevforgetchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DevforgetchannelResponse__Output>): grpc.ClientUnaryCall;
  DevForgetChannel(argument: _cln_DevforgetchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DevforgetchannelResponse__Output>): grpc.ClientUnaryCall;
  DevForgetChannel(argument: _cln_DevforgetchannelRequest, callback: grpc.requestCallback<_cln_DevforgetchannelResponse__Output>): grpc.ClientUnaryCall;
  devForgetChannel(argument: _cln_DevforgetchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DevforgetchannelResponse__Output>): grpc.ClientUnaryCall;
  devForgetChannel(argument: _cln_DevforgetchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DevforgetchannelResponse__Output>): grpc.ClientUnaryCall;
  devForgetChannel(argument: _cln_DevforgetchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DevforgetchannelResponse__Output>): grpc.ClientUnaryCall;
  devForgetChannel(argument: _cln_DevforgetchannelRequest, callback: grpc.requestCallback<_cln_DevforgetchannelResponse__Output>): grpc.ClientUnaryCall;
  
  DevSplice(argument: _cln_DevspliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DevspliceResponse__Output>): grpc.ClientUnaryCall;
  DevSplice(argument: _cln_DevspliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DevspliceResponse__Output>): grpc.ClientUnaryCall;
  DevSplice(argument: _cln_DevspliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DevspliceResponse__Output>): grpc.ClientUnaryCall;
  DevSplice(argument: _cln_DevspliceRequest, callback: grpc.requestCallback<_cln_DevspliceResponse__Output>): grpc.ClientUnaryCall;
  devSplice(argument: _cln_DevspliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DevspliceResponse__Output>): grpc.ClientUnaryCall;
  devSplice(argument: _cln_DevspliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DevspliceResponse__Output>): grpc.ClientUnaryCall;
  devSplice(argument: _cln_DevspliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DevspliceResponse__Output>): grpc.ClientUnaryCall;
  devSplice(argument: _cln_DevspliceRequest, callback: grpc.requestCallback<_cln_DevspliceResponse__Output>): grpc.ClientUnaryCall;
  
  DisableInvoiceRequest(argument: _cln_DisableinvoicerequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisableinvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  DisableInvoiceRequest(argument: _cln_DisableinvoicerequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DisableinvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  DisableInvoiceRequest(argument: _cln_DisableinvoicerequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisableinvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  DisableInvoiceRequest(argument: _cln_DisableinvoicerequestRequest, callback: grpc.requestCallback<_cln_DisableinvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  disableInvoiceRequest(argument: _cln_DisableinvoicerequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisableinvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  disableInvoiceRequest(argument: _cln_DisableinvoicerequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DisableinvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  disableInvoiceRequest(argument: _cln_DisableinvoicerequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisableinvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  disableInvoiceRequest(argument: _cln_DisableinvoicerequestRequest, callback: grpc.requestCallback<_cln_DisableinvoicerequestResponse__Output>): grpc.ClientUnaryCall;
  
  DisableOffer(argument: _cln_DisableofferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisableofferResponse__Output>): grpc.ClientUnaryCall;
  DisableOffer(argument: _cln_DisableofferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DisableofferResponse__Output>): grpc.ClientUnaryCall;
  DisableOffer(argument: _cln_DisableofferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisableofferResponse__Output>): grpc.ClientUnaryCall;
  DisableOffer(argument: _cln_DisableofferRequest, callback: grpc.requestCallback<_cln_DisableofferResponse__Output>): grpc.ClientUnaryCall;
  disableOffer(argument: _cln_DisableofferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisableofferResponse__Output>): grpc.ClientUnaryCall;
  disableOffer(argument: _cln_DisableofferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DisableofferResponse__Output>): grpc.ClientUnaryCall;
  disableOffer(argument: _cln_DisableofferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisableofferResponse__Output>): grpc.ClientUnaryCall;
  disableOffer(argument: _cln_DisableofferRequest, callback: grpc.requestCallback<_cln_DisableofferResponse__Output>): grpc.ClientUnaryCall;
  
  Disconnect(argument: _cln_DisconnectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisconnectResponse__Output>): grpc.ClientUnaryCall;
  Disconnect(argument: _cln_DisconnectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DisconnectResponse__Output>): grpc.ClientUnaryCall;
  Disconnect(argument: _cln_DisconnectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisconnectResponse__Output>): grpc.ClientUnaryCall;
  Disconnect(argument: _cln_DisconnectRequest, callback: grpc.requestCallback<_cln_DisconnectResponse__Output>): grpc.ClientUnaryCall;
  disconnect(argument: _cln_DisconnectRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisconnectResponse__Output>): grpc.ClientUnaryCall;
  disconnect(argument: _cln_DisconnectRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_DisconnectResponse__Output>): grpc.ClientUnaryCall;
  disconnect(argument: _cln_DisconnectRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_DisconnectResponse__Output>): grpc.ClientUnaryCall;
  disconnect(argument: _cln_DisconnectRequest, callback: grpc.requestCallback<_cln_DisconnectResponse__Output>): grpc.ClientUnaryCall;
  
  EmergencyRecover(argument: _cln_EmergencyrecoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_EmergencyrecoverResponse__Output>): grpc.ClientUnaryCall;
  EmergencyRecover(argument: _cln_EmergencyrecoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_EmergencyrecoverResponse__Output>): grpc.ClientUnaryCall;
  EmergencyRecover(argument: _cln_EmergencyrecoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_EmergencyrecoverResponse__Output>): grpc.ClientUnaryCall;
  EmergencyRecover(argument: _cln_EmergencyrecoverRequest, callback: grpc.requestCallback<_cln_EmergencyrecoverResponse__Output>): grpc.ClientUnaryCall;
  emergencyRecover(argument: _cln_EmergencyrecoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_EmergencyrecoverResponse__Output>): grpc.ClientUnaryCall;
  emergencyRecover(argument: _cln_EmergencyrecoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_EmergencyrecoverResponse__Output>): grpc.ClientUnaryCall;
  emergencyRecover(argument: _cln_EmergencyrecoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_EmergencyrecoverResponse__Output>): grpc.ClientUnaryCall;
  emergencyRecover(argument: _cln_EmergencyrecoverRequest, callback: grpc.requestCallback<_cln_EmergencyrecoverResponse__Output>): grpc.ClientUnaryCall;
  
  EnableOffer(argument: _cln_EnableofferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_EnableofferResponse__Output>): grpc.ClientUnaryCall;
  EnableOffer(argument: _cln_EnableofferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_EnableofferResponse__Output>): grpc.ClientUnaryCall;
  EnableOffer(argument: _cln_EnableofferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_EnableofferResponse__Output>): grpc.ClientUnaryCall;
  EnableOffer(argument: _cln_EnableofferRequest, callback: grpc.requestCallback<_cln_EnableofferResponse__Output>): grpc.ClientUnaryCall;
  enableOffer(argument: _cln_EnableofferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_EnableofferResponse__Output>): grpc.ClientUnaryCall;
  enableOffer(argument: _cln_EnableofferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_EnableofferResponse__Output>): grpc.ClientUnaryCall;
  enableOffer(argument: _cln_EnableofferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_EnableofferResponse__Output>): grpc.ClientUnaryCall;
  enableOffer(argument: _cln_EnableofferRequest, callback: grpc.requestCallback<_cln_EnableofferResponse__Output>): grpc.ClientUnaryCall;
  
  ExposeSecret(argument: _cln_ExposesecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ExposesecretResponse__Output>): grpc.ClientUnaryCall;
  ExposeSecret(argument: _cln_ExposesecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ExposesecretResponse__Output>): grpc.ClientUnaryCall;
  ExposeSecret(argument: _cln_ExposesecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ExposesecretResponse__Output>): grpc.ClientUnaryCall;
  ExposeSecret(argument: _cln_ExposesecretRequest, callback: grpc.requestCallback<_cln_ExposesecretResponse__Output>): grpc.ClientUnaryCall;
  exposeSecret(argument: _cln_ExposesecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ExposesecretResponse__Output>): grpc.ClientUnaryCall;
  exposeSecret(argument: _cln_ExposesecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ExposesecretResponse__Output>): grpc.ClientUnaryCall;
  exposeSecret(argument: _cln_ExposesecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ExposesecretResponse__Output>): grpc.ClientUnaryCall;
  exposeSecret(argument: _cln_ExposesecretRequest, callback: grpc.requestCallback<_cln_ExposesecretResponse__Output>): grpc.ClientUnaryCall;
  
  Feerates(argument: _cln_FeeratesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FeeratesResponse__Output>): grpc.ClientUnaryCall;
  Feerates(argument: _cln_FeeratesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FeeratesResponse__Output>): grpc.ClientUnaryCall;
  Feerates(argument: _cln_FeeratesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FeeratesResponse__Output>): grpc.ClientUnaryCall;
  Feerates(argument: _cln_FeeratesRequest, callback: grpc.requestCallback<_cln_FeeratesResponse__Output>): grpc.ClientUnaryCall;
  feerates(argument: _cln_FeeratesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FeeratesResponse__Output>): grpc.ClientUnaryCall;
  feerates(argument: _cln_FeeratesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FeeratesResponse__Output>): grpc.ClientUnaryCall;
  feerates(argument: _cln_FeeratesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FeeratesResponse__Output>): grpc.ClientUnaryCall;
  feerates(argument: _cln_FeeratesRequest, callback: grpc.requestCallback<_cln_FeeratesResponse__Output>): grpc.ClientUnaryCall;
  
  FetchBip353(argument: _cln_Fetchbip353Request, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_Fetchbip353Response__Output>): grpc.ClientUnaryCall;
  FetchBip353(argument: _cln_Fetchbip353Request, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_Fetchbip353Response__Output>): grpc.ClientUnaryCall;
  FetchBip353(argument: _cln_Fetchbip353Request, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_Fetchbip353Response__Output>): grpc.ClientUnaryCall;
  FetchBip353(argument: _cln_Fetchbip353Request, callback: grpc.requestCallback<_cln_Fetchbip353Response__Output>): grpc.ClientUnaryCall;
  fetchBip353(argument: _cln_Fetchbip353Request, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_Fetchbip353Response__Output>): grpc.ClientUnaryCall;
  fetchBip353(argument: _cln_Fetchbip353Request, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_Fetchbip353Response__Output>): grpc.ClientUnaryCall;
  fetchBip353(argument: _cln_Fetchbip353Request, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_Fetchbip353Response__Output>): grpc.ClientUnaryCall;
  fetchBip353(argument: _cln_Fetchbip353Request, callback: grpc.requestCallback<_cln_Fetchbip353Response__Output>): grpc.ClientUnaryCall;
  
  FetchInvoice(argument: _cln_FetchinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FetchinvoiceResponse__Output>): grpc.ClientUnaryCall;
  FetchInvoice(argument: _cln_FetchinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FetchinvoiceResponse__Output>): grpc.ClientUnaryCall;
  FetchInvoice(argument: _cln_FetchinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FetchinvoiceResponse__Output>): grpc.ClientUnaryCall;
  FetchInvoice(argument: _cln_FetchinvoiceRequest, callback: grpc.requestCallback<_cln_FetchinvoiceResponse__Output>): grpc.ClientUnaryCall;
  fetchInvoice(argument: _cln_FetchinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FetchinvoiceResponse__Output>): grpc.ClientUnaryCall;
  fetchInvoice(argument: _cln_FetchinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FetchinvoiceResponse__Output>): grpc.ClientUnaryCall;
  fetchInvoice(argument: _cln_FetchinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FetchinvoiceResponse__Output>): grpc.ClientUnaryCall;
  fetchInvoice(argument: _cln_FetchinvoiceRequest, callback: grpc.requestCallback<_cln_FetchinvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  FundChannel(argument: _cln_FundchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelResponse__Output>): grpc.ClientUnaryCall;
  FundChannel(argument: _cln_FundchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundchannelResponse__Output>): grpc.ClientUnaryCall;
  FundChannel(argument: _cln_FundchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelResponse__Output>): grpc.ClientUnaryCall;
  FundChannel(argument: _cln_FundchannelRequest, callback: grpc.requestCallback<_cln_FundchannelResponse__Output>): grpc.ClientUnaryCall;
  fundChannel(argument: _cln_FundchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelResponse__Output>): grpc.ClientUnaryCall;
  fundChannel(argument: _cln_FundchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundchannelResponse__Output>): grpc.ClientUnaryCall;
  fundChannel(argument: _cln_FundchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelResponse__Output>): grpc.ClientUnaryCall;
  fundChannel(argument: _cln_FundchannelRequest, callback: grpc.requestCallback<_cln_FundchannelResponse__Output>): grpc.ClientUnaryCall;
  
  FundChannelCancel(argument: _cln_FundchannelCancelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelCancelResponse__Output>): grpc.ClientUnaryCall;
  FundChannelCancel(argument: _cln_FundchannelCancelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundchannelCancelResponse__Output>): grpc.ClientUnaryCall;
  FundChannelCancel(argument: _cln_FundchannelCancelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelCancelResponse__Output>): grpc.ClientUnaryCall;
  FundChannelCancel(argument: _cln_FundchannelCancelRequest, callback: grpc.requestCallback<_cln_FundchannelCancelResponse__Output>): grpc.ClientUnaryCall;
  fundChannelCancel(argument: _cln_FundchannelCancelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelCancelResponse__Output>): grpc.ClientUnaryCall;
  fundChannelCancel(argument: _cln_FundchannelCancelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundchannelCancelResponse__Output>): grpc.ClientUnaryCall;
  fundChannelCancel(argument: _cln_FundchannelCancelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelCancelResponse__Output>): grpc.ClientUnaryCall;
  fundChannelCancel(argument: _cln_FundchannelCancelRequest, callback: grpc.requestCallback<_cln_FundchannelCancelResponse__Output>): grpc.ClientUnaryCall;
  
  FundChannelComplete(argument: _cln_FundchannelCompleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelCompleteResponse__Output>): grpc.ClientUnaryCall;
  FundChannelComplete(argument: _cln_FundchannelCompleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundchannelCompleteResponse__Output>): grpc.ClientUnaryCall;
  FundChannelComplete(argument: _cln_FundchannelCompleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelCompleteResponse__Output>): grpc.ClientUnaryCall;
  FundChannelComplete(argument: _cln_FundchannelCompleteRequest, callback: grpc.requestCallback<_cln_FundchannelCompleteResponse__Output>): grpc.ClientUnaryCall;
  fundChannelComplete(argument: _cln_FundchannelCompleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelCompleteResponse__Output>): grpc.ClientUnaryCall;
  fundChannelComplete(argument: _cln_FundchannelCompleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundchannelCompleteResponse__Output>): grpc.ClientUnaryCall;
  fundChannelComplete(argument: _cln_FundchannelCompleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelCompleteResponse__Output>): grpc.ClientUnaryCall;
  fundChannelComplete(argument: _cln_FundchannelCompleteRequest, callback: grpc.requestCallback<_cln_FundchannelCompleteResponse__Output>): grpc.ClientUnaryCall;
  
  FundChannelStart(argument: _cln_FundchannelStartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelStartResponse__Output>): grpc.ClientUnaryCall;
  FundChannelStart(argument: _cln_FundchannelStartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundchannelStartResponse__Output>): grpc.ClientUnaryCall;
  FundChannelStart(argument: _cln_FundchannelStartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelStartResponse__Output>): grpc.ClientUnaryCall;
  FundChannelStart(argument: _cln_FundchannelStartRequest, callback: grpc.requestCallback<_cln_FundchannelStartResponse__Output>): grpc.ClientUnaryCall;
  fundChannelStart(argument: _cln_FundchannelStartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelStartResponse__Output>): grpc.ClientUnaryCall;
  fundChannelStart(argument: _cln_FundchannelStartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundchannelStartResponse__Output>): grpc.ClientUnaryCall;
  fundChannelStart(argument: _cln_FundchannelStartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundchannelStartResponse__Output>): grpc.ClientUnaryCall;
  fundChannelStart(argument: _cln_FundchannelStartRequest, callback: grpc.requestCallback<_cln_FundchannelStartResponse__Output>): grpc.ClientUnaryCall;
  
  FundPsbt(argument: _cln_FundpsbtRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundpsbtResponse__Output>): grpc.ClientUnaryCall;
  FundPsbt(argument: _cln_FundpsbtRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundpsbtResponse__Output>): grpc.ClientUnaryCall;
  FundPsbt(argument: _cln_FundpsbtRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundpsbtResponse__Output>): grpc.ClientUnaryCall;
  FundPsbt(argument: _cln_FundpsbtRequest, callback: grpc.requestCallback<_cln_FundpsbtResponse__Output>): grpc.ClientUnaryCall;
  fundPsbt(argument: _cln_FundpsbtRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundpsbtResponse__Output>): grpc.ClientUnaryCall;
  fundPsbt(argument: _cln_FundpsbtRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FundpsbtResponse__Output>): grpc.ClientUnaryCall;
  fundPsbt(argument: _cln_FundpsbtRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FundpsbtResponse__Output>): grpc.ClientUnaryCall;
  fundPsbt(argument: _cln_FundpsbtRequest, callback: grpc.requestCallback<_cln_FundpsbtResponse__Output>): grpc.ClientUnaryCall;
  
  FunderUpdate(argument: _cln_FunderupdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FunderupdateResponse__Output>): grpc.ClientUnaryCall;
  FunderUpdate(argument: _cln_FunderupdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FunderupdateResponse__Output>): grpc.ClientUnaryCall;
  FunderUpdate(argument: _cln_FunderupdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FunderupdateResponse__Output>): grpc.ClientUnaryCall;
  FunderUpdate(argument: _cln_FunderupdateRequest, callback: grpc.requestCallback<_cln_FunderupdateResponse__Output>): grpc.ClientUnaryCall;
  funderUpdate(argument: _cln_FunderupdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FunderupdateResponse__Output>): grpc.ClientUnaryCall;
  funderUpdate(argument: _cln_FunderupdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_FunderupdateResponse__Output>): grpc.ClientUnaryCall;
  funderUpdate(argument: _cln_FunderupdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_FunderupdateResponse__Output>): grpc.ClientUnaryCall;
  funderUpdate(argument: _cln_FunderupdateRequest, callback: grpc.requestCallback<_cln_FunderupdateResponse__Output>): grpc.ClientUnaryCall;
  
  GetEmergencyRecoverData(argument: _cln_GetemergencyrecoverdataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetemergencyrecoverdataResponse__Output>): grpc.ClientUnaryCall;
  GetEmergencyRecoverData(argument: _cln_GetemergencyrecoverdataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetemergencyrecoverdataResponse__Output>): grpc.ClientUnaryCall;
  GetEmergencyRecoverData(argument: _cln_GetemergencyrecoverdataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetemergencyrecoverdataResponse__Output>): grpc.ClientUnaryCall;
  GetEmergencyRecoverData(argument: _cln_GetemergencyrecoverdataRequest, callback: grpc.requestCallback<_cln_GetemergencyrecoverdataResponse__Output>): grpc.ClientUnaryCall;
  getEmergencyRecoverData(argument: _cln_GetemergencyrecoverdataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetemergencyrecoverdataResponse__Output>): grpc.ClientUnaryCall;
  getEmergencyRecoverData(argument: _cln_GetemergencyrecoverdataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetemergencyrecoverdataResponse__Output>): grpc.ClientUnaryCall;
  getEmergencyRecoverData(argument: _cln_GetemergencyrecoverdataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetemergencyrecoverdataResponse__Output>): grpc.ClientUnaryCall;
  getEmergencyRecoverData(argument: _cln_GetemergencyrecoverdataRequest, callback: grpc.requestCallback<_cln_GetemergencyrecoverdataResponse__Output>): grpc.ClientUnaryCall;
  
  GetLog(argument: _cln_GetlogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetlogResponse__Output>): grpc.ClientUnaryCall;
  GetLog(argument: _cln_GetlogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetlogResponse__Output>): grpc.ClientUnaryCall;
  GetLog(argument: _cln_GetlogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetlogResponse__Output>): grpc.ClientUnaryCall;
  GetLog(argument: _cln_GetlogRequest, callback: grpc.requestCallback<_cln_GetlogResponse__Output>): grpc.ClientUnaryCall;
  getLog(argument: _cln_GetlogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetlogResponse__Output>): grpc.ClientUnaryCall;
  getLog(argument: _cln_GetlogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetlogResponse__Output>): grpc.ClientUnaryCall;
  getLog(argument: _cln_GetlogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetlogResponse__Output>): grpc.ClientUnaryCall;
  getLog(argument: _cln_GetlogRequest, callback: grpc.requestCallback<_cln_GetlogResponse__Output>): grpc.ClientUnaryCall;
  
  GetRoute(argument: _cln_GetrouteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetrouteResponse__Output>): grpc.ClientUnaryCall;
  GetRoute(argument: _cln_GetrouteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetrouteResponse__Output>): grpc.ClientUnaryCall;
  GetRoute(argument: _cln_GetrouteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetrouteResponse__Output>): grpc.ClientUnaryCall;
  GetRoute(argument: _cln_GetrouteRequest, callback: grpc.requestCallback<_cln_GetrouteResponse__Output>): grpc.ClientUnaryCall;
  getRoute(argument: _cln_GetrouteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetrouteResponse__Output>): grpc.ClientUnaryCall;
  getRoute(argument: _cln_GetrouteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetrouteResponse__Output>): grpc.ClientUnaryCall;
  getRoute(argument: _cln_GetrouteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetrouteResponse__Output>): grpc.ClientUnaryCall;
  getRoute(argument: _cln_GetrouteRequest, callback: grpc.requestCallback<_cln_GetrouteResponse__Output>): grpc.ClientUnaryCall;
  
  GetRoutes(argument: _cln_GetroutesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetroutesResponse__Output>): grpc.ClientUnaryCall;
  GetRoutes(argument: _cln_GetroutesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetroutesResponse__Output>): grpc.ClientUnaryCall;
  GetRoutes(argument: _cln_GetroutesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetroutesResponse__Output>): grpc.ClientUnaryCall;
  GetRoutes(argument: _cln_GetroutesRequest, callback: grpc.requestCallback<_cln_GetroutesResponse__Output>): grpc.ClientUnaryCall;
  getRoutes(argument: _cln_GetroutesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetroutesResponse__Output>): grpc.ClientUnaryCall;
  getRoutes(argument: _cln_GetroutesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetroutesResponse__Output>): grpc.ClientUnaryCall;
  getRoutes(argument: _cln_GetroutesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetroutesResponse__Output>): grpc.ClientUnaryCall;
  getRoutes(argument: _cln_GetroutesRequest, callback: grpc.requestCallback<_cln_GetroutesResponse__Output>): grpc.ClientUnaryCall;
  
  Getinfo(argument: _cln_GetinfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetinfoResponse__Output>): grpc.ClientUnaryCall;
  Getinfo(argument: _cln_GetinfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetinfoResponse__Output>): grpc.ClientUnaryCall;
  Getinfo(argument: _cln_GetinfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetinfoResponse__Output>): grpc.ClientUnaryCall;
  Getinfo(argument: _cln_GetinfoRequest, callback: grpc.requestCallback<_cln_GetinfoResponse__Output>): grpc.ClientUnaryCall;
  getinfo(argument: _cln_GetinfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetinfoResponse__Output>): grpc.ClientUnaryCall;
  getinfo(argument: _cln_GetinfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GetinfoResponse__Output>): grpc.ClientUnaryCall;
  getinfo(argument: _cln_GetinfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GetinfoResponse__Output>): grpc.ClientUnaryCall;
  getinfo(argument: _cln_GetinfoRequest, callback: grpc.requestCallback<_cln_GetinfoResponse__Output>): grpc.ClientUnaryCall;
  
  Graceful(argument: _cln_GracefulRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GracefulResponse__Output>): grpc.ClientUnaryCall;
  Graceful(argument: _cln_GracefulRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GracefulResponse__Output>): grpc.ClientUnaryCall;
  Graceful(argument: _cln_GracefulRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GracefulResponse__Output>): grpc.ClientUnaryCall;
  Graceful(argument: _cln_GracefulRequest, callback: grpc.requestCallback<_cln_GracefulResponse__Output>): grpc.ClientUnaryCall;
  graceful(argument: _cln_GracefulRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GracefulResponse__Output>): grpc.ClientUnaryCall;
  graceful(argument: _cln_GracefulRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_GracefulResponse__Output>): grpc.ClientUnaryCall;
  graceful(argument: _cln_GracefulRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_GracefulResponse__Output>): grpc.ClientUnaryCall;
  graceful(argument: _cln_GracefulRequest, callback: grpc.requestCallback<_cln_GracefulResponse__Output>): grpc.ClientUnaryCall;
  
  Help(argument: _cln_HelpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_HelpResponse__Output>): grpc.ClientUnaryCall;
  Help(argument: _cln_HelpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_HelpResponse__Output>): grpc.ClientUnaryCall;
  Help(argument: _cln_HelpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_HelpResponse__Output>): grpc.ClientUnaryCall;
  Help(argument: _cln_HelpRequest, callback: grpc.requestCallback<_cln_HelpResponse__Output>): grpc.ClientUnaryCall;
  help(argument: _cln_HelpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_HelpResponse__Output>): grpc.ClientUnaryCall;
  help(argument: _cln_HelpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_HelpResponse__Output>): grpc.ClientUnaryCall;
  help(argument: _cln_HelpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_HelpResponse__Output>): grpc.ClientUnaryCall;
  help(argument: _cln_HelpRequest, callback: grpc.requestCallback<_cln_HelpResponse__Output>): grpc.ClientUnaryCall;
  
  InjectOnionMessage(argument: _cln_InjectonionmessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InjectonionmessageResponse__Output>): grpc.ClientUnaryCall;
  InjectOnionMessage(argument: _cln_InjectonionmessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_InjectonionmessageResponse__Output>): grpc.ClientUnaryCall;
  InjectOnionMessage(argument: _cln_InjectonionmessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InjectonionmessageResponse__Output>): grpc.ClientUnaryCall;
  InjectOnionMessage(argument: _cln_InjectonionmessageRequest, callback: grpc.requestCallback<_cln_InjectonionmessageResponse__Output>): grpc.ClientUnaryCall;
  injectOnionMessage(argument: _cln_InjectonionmessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InjectonionmessageResponse__Output>): grpc.ClientUnaryCall;
  injectOnionMessage(argument: _cln_InjectonionmessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_InjectonionmessageResponse__Output>): grpc.ClientUnaryCall;
  injectOnionMessage(argument: _cln_InjectonionmessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InjectonionmessageResponse__Output>): grpc.ClientUnaryCall;
  injectOnionMessage(argument: _cln_InjectonionmessageRequest, callback: grpc.requestCallback<_cln_InjectonionmessageResponse__Output>): grpc.ClientUnaryCall;
  
  InjectPaymentOnion(argument: _cln_InjectpaymentonionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InjectpaymentonionResponse__Output>): grpc.ClientUnaryCall;
  InjectPaymentOnion(argument: _cln_InjectpaymentonionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_InjectpaymentonionResponse__Output>): grpc.ClientUnaryCall;
  InjectPaymentOnion(argument: _cln_InjectpaymentonionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InjectpaymentonionResponse__Output>): grpc.ClientUnaryCall;
  InjectPaymentOnion(argument: _cln_InjectpaymentonionRequest, callback: grpc.requestCallback<_cln_InjectpaymentonionResponse__Output>): grpc.ClientUnaryCall;
  injectPaymentOnion(argument: _cln_InjectpaymentonionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InjectpaymentonionResponse__Output>): grpc.ClientUnaryCall;
  injectPaymentOnion(argument: _cln_InjectpaymentonionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_InjectpaymentonionResponse__Output>): grpc.ClientUnaryCall;
  injectPaymentOnion(argument: _cln_InjectpaymentonionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InjectpaymentonionResponse__Output>): grpc.ClientUnaryCall;
  injectPaymentOnion(argument: _cln_InjectpaymentonionRequest, callback: grpc.requestCallback<_cln_InjectpaymentonionResponse__Output>): grpc.ClientUnaryCall;
  
  Invoice(argument: _cln_InvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InvoiceResponse__Output>): grpc.ClientUnaryCall;
  Invoice(argument: _cln_InvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_InvoiceResponse__Output>): grpc.ClientUnaryCall;
  Invoice(argument: _cln_InvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InvoiceResponse__Output>): grpc.ClientUnaryCall;
  Invoice(argument: _cln_InvoiceRequest, callback: grpc.requestCallback<_cln_InvoiceResponse__Output>): grpc.ClientUnaryCall;
  invoice(argument: _cln_InvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InvoiceResponse__Output>): grpc.ClientUnaryCall;
  invoice(argument: _cln_InvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_InvoiceResponse__Output>): grpc.ClientUnaryCall;
  invoice(argument: _cln_InvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_InvoiceResponse__Output>): grpc.ClientUnaryCall;
  invoice(argument: _cln_InvoiceRequest, callback: grpc.requestCallback<_cln_InvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  KeySend(argument: _cln_KeysendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_KeysendResponse__Output>): grpc.ClientUnaryCall;
  KeySend(argument: _cln_KeysendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_KeysendResponse__Output>): grpc.ClientUnaryCall;
  KeySend(argument: _cln_KeysendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_KeysendResponse__Output>): grpc.ClientUnaryCall;
  KeySend(argument: _cln_KeysendRequest, callback: grpc.requestCallback<_cln_KeysendResponse__Output>): grpc.ClientUnaryCall;
  keySend(argument: _cln_KeysendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_KeysendResponse__Output>): grpc.ClientUnaryCall;
  keySend(argument: _cln_KeysendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_KeysendResponse__Output>): grpc.ClientUnaryCall;
  keySend(argument: _cln_KeysendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_KeysendResponse__Output>): grpc.ClientUnaryCall;
  keySend(argument: _cln_KeysendRequest, callback: grpc.requestCallback<_cln_KeysendResponse__Output>): grpc.ClientUnaryCall;
  
  ListAddresses(argument: _cln_ListaddressesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListaddressesResponse__Output>): grpc.ClientUnaryCall;
  ListAddresses(argument: _cln_ListaddressesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListaddressesResponse__Output>): grpc.ClientUnaryCall;
  ListAddresses(argument: _cln_ListaddressesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListaddressesResponse__Output>): grpc.ClientUnaryCall;
  ListAddresses(argument: _cln_ListaddressesRequest, callback: grpc.requestCallback<_cln_ListaddressesResponse__Output>): grpc.ClientUnaryCall;
  listAddresses(argument: _cln_ListaddressesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListaddressesResponse__Output>): grpc.ClientUnaryCall;
  listAddresses(argument: _cln_ListaddressesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListaddressesResponse__Output>): grpc.ClientUnaryCall;
  listAddresses(argument: _cln_ListaddressesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListaddressesResponse__Output>): grpc.ClientUnaryCall;
  listAddresses(argument: _cln_ListaddressesRequest, callback: grpc.requestCallback<_cln_ListaddressesResponse__Output>): grpc.ClientUnaryCall;
  
  ListChainMoves(argument: _cln_ListchainmovesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchainmovesResponse__Output>): grpc.ClientUnaryCall;
  ListChainMoves(argument: _cln_ListchainmovesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListchainmovesResponse__Output>): grpc.ClientUnaryCall;
  ListChainMoves(argument: _cln_ListchainmovesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchainmovesResponse__Output>): grpc.ClientUnaryCall;
  ListChainMoves(argument: _cln_ListchainmovesRequest, callback: grpc.requestCallback<_cln_ListchainmovesResponse__Output>): grpc.ClientUnaryCall;
  listChainMoves(argument: _cln_ListchainmovesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchainmovesResponse__Output>): grpc.ClientUnaryCall;
  listChainMoves(argument: _cln_ListchainmovesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListchainmovesResponse__Output>): grpc.ClientUnaryCall;
  listChainMoves(argument: _cln_ListchainmovesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchainmovesResponse__Output>): grpc.ClientUnaryCall;
  listChainMoves(argument: _cln_ListchainmovesRequest, callback: grpc.requestCallback<_cln_ListchainmovesResponse__Output>): grpc.ClientUnaryCall;
  
  ListChannelMoves(argument: _cln_ListchannelmovesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchannelmovesResponse__Output>): grpc.ClientUnaryCall;
  ListChannelMoves(argument: _cln_ListchannelmovesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListchannelmovesResponse__Output>): grpc.ClientUnaryCall;
  ListChannelMoves(argument: _cln_ListchannelmovesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchannelmovesResponse__Output>): grpc.ClientUnaryCall;
  ListChannelMoves(argument: _cln_ListchannelmovesRequest, callback: grpc.requestCallback<_cln_ListchannelmovesResponse__Output>): grpc.ClientUnaryCall;
  listChannelMoves(argument: _cln_ListchannelmovesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchannelmovesResponse__Output>): grpc.ClientUnaryCall;
  listChannelMoves(argument: _cln_ListchannelmovesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListchannelmovesResponse__Output>): grpc.ClientUnaryCall;
  listChannelMoves(argument: _cln_ListchannelmovesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchannelmovesResponse__Output>): grpc.ClientUnaryCall;
  listChannelMoves(argument: _cln_ListchannelmovesRequest, callback: grpc.requestCallback<_cln_ListchannelmovesResponse__Output>): grpc.ClientUnaryCall;
  
  ListChannels(argument: _cln_ListchannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListChannels(argument: _cln_ListchannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListChannels(argument: _cln_ListchannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListChannels(argument: _cln_ListchannelsRequest, callback: grpc.requestCallback<_cln_ListchannelsResponse__Output>): grpc.ClientUnaryCall;
  listChannels(argument: _cln_ListchannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchannelsResponse__Output>): grpc.ClientUnaryCall;
  listChannels(argument: _cln_ListchannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListchannelsResponse__Output>): grpc.ClientUnaryCall;
  listChannels(argument: _cln_ListchannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListchannelsResponse__Output>): grpc.ClientUnaryCall;
  listChannels(argument: _cln_ListchannelsRequest, callback: grpc.requestCallback<_cln_ListchannelsResponse__Output>): grpc.ClientUnaryCall;
  
  ListClosedChannels(argument: _cln_ListclosedchannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListclosedchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListClosedChannels(argument: _cln_ListclosedchannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListclosedchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListClosedChannels(argument: _cln_ListclosedchannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListclosedchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListClosedChannels(argument: _cln_ListclosedchannelsRequest, callback: grpc.requestCallback<_cln_ListclosedchannelsResponse__Output>): grpc.ClientUnaryCall;
  listClosedChannels(argument: _cln_ListclosedchannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListclosedchannelsResponse__Output>): grpc.ClientUnaryCall;
  listClosedChannels(argument: _cln_ListclosedchannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListclosedchannelsResponse__Output>): grpc.ClientUnaryCall;
  listClosedChannels(argument: _cln_ListclosedchannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListclosedchannelsResponse__Output>): grpc.ClientUnaryCall;
  listClosedChannels(argument: _cln_ListclosedchannelsRequest, callback: grpc.requestCallback<_cln_ListclosedchannelsResponse__Output>): grpc.ClientUnaryCall;
  
  ListConfigs(argument: _cln_ListconfigsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListconfigsResponse__Output>): grpc.ClientUnaryCall;
  ListConfigs(argument: _cln_ListconfigsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListconfigsResponse__Output>): grpc.ClientUnaryCall;
  ListConfigs(argument: _cln_ListconfigsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListconfigsResponse__Output>): grpc.ClientUnaryCall;
  ListConfigs(argument: _cln_ListconfigsRequest, callback: grpc.requestCallback<_cln_ListconfigsResponse__Output>): grpc.ClientUnaryCall;
  listConfigs(argument: _cln_ListconfigsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListconfigsResponse__Output>): grpc.ClientUnaryCall;
  listConfigs(argument: _cln_ListconfigsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListconfigsResponse__Output>): grpc.ClientUnaryCall;
  listConfigs(argument: _cln_ListconfigsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListconfigsResponse__Output>): grpc.ClientUnaryCall;
  listConfigs(argument: _cln_ListconfigsRequest, callback: grpc.requestCallback<_cln_ListconfigsResponse__Output>): grpc.ClientUnaryCall;
  
  ListCurrencyRates(argument: _cln_ListcurrencyratesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListcurrencyratesResponse__Output>): grpc.ClientUnaryCall;
  ListCurrencyRates(argument: _cln_ListcurrencyratesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListcurrencyratesResponse__Output>): grpc.ClientUnaryCall;
  ListCurrencyRates(argument: _cln_ListcurrencyratesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListcurrencyratesResponse__Output>): grpc.ClientUnaryCall;
  ListCurrencyRates(argument: _cln_ListcurrencyratesRequest, callback: grpc.requestCallback<_cln_ListcurrencyratesResponse__Output>): grpc.ClientUnaryCall;
  listCurrencyRates(argument: _cln_ListcurrencyratesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListcurrencyratesResponse__Output>): grpc.ClientUnaryCall;
  listCurrencyRates(argument: _cln_ListcurrencyratesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListcurrencyratesResponse__Output>): grpc.ClientUnaryCall;
  listCurrencyRates(argument: _cln_ListcurrencyratesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListcurrencyratesResponse__Output>): grpc.ClientUnaryCall;
  listCurrencyRates(argument: _cln_ListcurrencyratesRequest, callback: grpc.requestCallback<_cln_ListcurrencyratesResponse__Output>): grpc.ClientUnaryCall;
  
  ListDatastore(argument: _cln_ListdatastoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListdatastoreResponse__Output>): grpc.ClientUnaryCall;
  ListDatastore(argument: _cln_ListdatastoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListdatastoreResponse__Output>): grpc.ClientUnaryCall;
  ListDatastore(argument: _cln_ListdatastoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListdatastoreResponse__Output>): grpc.ClientUnaryCall;
  ListDatastore(argument: _cln_ListdatastoreRequest, callback: grpc.requestCallback<_cln_ListdatastoreResponse__Output>): grpc.ClientUnaryCall;
  listDatastore(argument: _cln_ListdatastoreRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListdatastoreResponse__Output>): grpc.ClientUnaryCall;
  listDatastore(argument: _cln_ListdatastoreRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListdatastoreResponse__Output>): grpc.ClientUnaryCall;
  listDatastore(argument: _cln_ListdatastoreRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListdatastoreResponse__Output>): grpc.ClientUnaryCall;
  listDatastore(argument: _cln_ListdatastoreRequest, callback: grpc.requestCallback<_cln_ListdatastoreResponse__Output>): grpc.ClientUnaryCall;
  
  ListForwards(argument: _cln_ListforwardsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListforwardsResponse__Output>): grpc.ClientUnaryCall;
  ListForwards(argument: _cln_ListforwardsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListforwardsResponse__Output>): grpc.ClientUnaryCall;
  ListForwards(argument: _cln_ListforwardsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListforwardsResponse__Output>): grpc.ClientUnaryCall;
  ListForwards(argument: _cln_ListforwardsRequest, callback: grpc.requestCallback<_cln_ListforwardsResponse__Output>): grpc.ClientUnaryCall;
  listForwards(argument: _cln_ListforwardsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListforwardsResponse__Output>): grpc.ClientUnaryCall;
  listForwards(argument: _cln_ListforwardsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListforwardsResponse__Output>): grpc.ClientUnaryCall;
  listForwards(argument: _cln_ListforwardsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListforwardsResponse__Output>): grpc.ClientUnaryCall;
  listForwards(argument: _cln_ListforwardsRequest, callback: grpc.requestCallback<_cln_ListforwardsResponse__Output>): grpc.ClientUnaryCall;
  
  ListFunds(argument: _cln_ListfundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListfundsResponse__Output>): grpc.ClientUnaryCall;
  ListFunds(argument: _cln_ListfundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListfundsResponse__Output>): grpc.ClientUnaryCall;
  ListFunds(argument: _cln_ListfundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListfundsResponse__Output>): grpc.ClientUnaryCall;
  ListFunds(argument: _cln_ListfundsRequest, callback: grpc.requestCallback<_cln_ListfundsResponse__Output>): grpc.ClientUnaryCall;
  listFunds(argument: _cln_ListfundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListfundsResponse__Output>): grpc.ClientUnaryCall;
  listFunds(argument: _cln_ListfundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListfundsResponse__Output>): grpc.ClientUnaryCall;
  listFunds(argument: _cln_ListfundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListfundsResponse__Output>): grpc.ClientUnaryCall;
  listFunds(argument: _cln_ListfundsRequest, callback: grpc.requestCallback<_cln_ListfundsResponse__Output>): grpc.ClientUnaryCall;
  
  ListHtlcs(argument: _cln_ListhtlcsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListhtlcsResponse__Output>): grpc.ClientUnaryCall;
  ListHtlcs(argument: _cln_ListhtlcsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListhtlcsResponse__Output>): grpc.ClientUnaryCall;
  ListHtlcs(argument: _cln_ListhtlcsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListhtlcsResponse__Output>): grpc.ClientUnaryCall;
  ListHtlcs(argument: _cln_ListhtlcsRequest, callback: grpc.requestCallback<_cln_ListhtlcsResponse__Output>): grpc.ClientUnaryCall;
  listHtlcs(argument: _cln_ListhtlcsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListhtlcsResponse__Output>): grpc.ClientUnaryCall;
  listHtlcs(argument: _cln_ListhtlcsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListhtlcsResponse__Output>): grpc.ClientUnaryCall;
  listHtlcs(argument: _cln_ListhtlcsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListhtlcsResponse__Output>): grpc.ClientUnaryCall;
  listHtlcs(argument: _cln_ListhtlcsRequest, callback: grpc.requestCallback<_cln_ListhtlcsResponse__Output>): grpc.ClientUnaryCall;
  
  ListInvoiceRequests(argument: _cln_ListinvoicerequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListinvoicerequestsResponse__Output>): grpc.ClientUnaryCall;
  ListInvoiceRequests(argument: _cln_ListinvoicerequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListinvoicerequestsResponse__Output>): grpc.ClientUnaryCall;
  ListInvoiceRequests(argument: _cln_ListinvoicerequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListinvoicerequestsResponse__Output>): grpc.ClientUnaryCall;
  ListInvoiceRequests(argument: _cln_ListinvoicerequestsRequest, callback: grpc.requestCallback<_cln_ListinvoicerequestsResponse__Output>): grpc.ClientUnaryCall;
  listInvoiceRequests(argument: _cln_ListinvoicerequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListinvoicerequestsResponse__Output>): grpc.ClientUnaryCall;
  listInvoiceRequests(argument: _cln_ListinvoicerequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListinvoicerequestsResponse__Output>): grpc.ClientUnaryCall;
  listInvoiceRequests(argument: _cln_ListinvoicerequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListinvoicerequestsResponse__Output>): grpc.ClientUnaryCall;
  listInvoiceRequests(argument: _cln_ListinvoicerequestsRequest, callback: grpc.requestCallback<_cln_ListinvoicerequestsResponse__Output>): grpc.ClientUnaryCall;
  
  ListInvoices(argument: _cln_ListinvoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListinvoicesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _cln_ListinvoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListinvoicesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _cln_ListinvoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListinvoicesResponse__Output>): grpc.ClientUnaryCall;
  ListInvoices(argument: _cln_ListinvoicesRequest, callback: grpc.requestCallback<_cln_ListinvoicesResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _cln_ListinvoicesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListinvoicesResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _cln_ListinvoicesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListinvoicesResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _cln_ListinvoicesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListinvoicesResponse__Output>): grpc.ClientUnaryCall;
  listInvoices(argument: _cln_ListinvoicesRequest, callback: grpc.requestCallback<_cln_ListinvoicesResponse__Output>): grpc.ClientUnaryCall;
  
  ListNetworkEvents(argument: _cln_ListnetworkeventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListnetworkeventsResponse__Output>): grpc.ClientUnaryCall;
  ListNetworkEvents(argument: _cln_ListnetworkeventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListnetworkeventsResponse__Output>): grpc.ClientUnaryCall;
  ListNetworkEvents(argument: _cln_ListnetworkeventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListnetworkeventsResponse__Output>): grpc.ClientUnaryCall;
  ListNetworkEvents(argument: _cln_ListnetworkeventsRequest, callback: grpc.requestCallback<_cln_ListnetworkeventsResponse__Output>): grpc.ClientUnaryCall;
  listNetworkEvents(argument: _cln_ListnetworkeventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListnetworkeventsResponse__Output>): grpc.ClientUnaryCall;
  listNetworkEvents(argument: _cln_ListnetworkeventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListnetworkeventsResponse__Output>): grpc.ClientUnaryCall;
  listNetworkEvents(argument: _cln_ListnetworkeventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListnetworkeventsResponse__Output>): grpc.ClientUnaryCall;
  listNetworkEvents(argument: _cln_ListnetworkeventsRequest, callback: grpc.requestCallback<_cln_ListnetworkeventsResponse__Output>): grpc.ClientUnaryCall;
  
  ListNodes(argument: _cln_ListnodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListnodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _cln_ListnodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListnodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _cln_ListnodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListnodesResponse__Output>): grpc.ClientUnaryCall;
  ListNodes(argument: _cln_ListnodesRequest, callback: grpc.requestCallback<_cln_ListnodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _cln_ListnodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListnodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _cln_ListnodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListnodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _cln_ListnodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListnodesResponse__Output>): grpc.ClientUnaryCall;
  listNodes(argument: _cln_ListnodesRequest, callback: grpc.requestCallback<_cln_ListnodesResponse__Output>): grpc.ClientUnaryCall;
  
  ListOffers(argument: _cln_ListoffersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListoffersResponse__Output>): grpc.ClientUnaryCall;
  ListOffers(argument: _cln_ListoffersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListoffersResponse__Output>): grpc.ClientUnaryCall;
  ListOffers(argument: _cln_ListoffersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListoffersResponse__Output>): grpc.ClientUnaryCall;
  ListOffers(argument: _cln_ListoffersRequest, callback: grpc.requestCallback<_cln_ListoffersResponse__Output>): grpc.ClientUnaryCall;
  listOffers(argument: _cln_ListoffersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListoffersResponse__Output>): grpc.ClientUnaryCall;
  listOffers(argument: _cln_ListoffersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListoffersResponse__Output>): grpc.ClientUnaryCall;
  listOffers(argument: _cln_ListoffersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListoffersResponse__Output>): grpc.ClientUnaryCall;
  listOffers(argument: _cln_ListoffersRequest, callback: grpc.requestCallback<_cln_ListoffersResponse__Output>): grpc.ClientUnaryCall;
  
  ListPays(argument: _cln_ListpaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpaysResponse__Output>): grpc.ClientUnaryCall;
  ListPays(argument: _cln_ListpaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListpaysResponse__Output>): grpc.ClientUnaryCall;
  ListPays(argument: _cln_ListpaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpaysResponse__Output>): grpc.ClientUnaryCall;
  ListPays(argument: _cln_ListpaysRequest, callback: grpc.requestCallback<_cln_ListpaysResponse__Output>): grpc.ClientUnaryCall;
  listPays(argument: _cln_ListpaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpaysResponse__Output>): grpc.ClientUnaryCall;
  listPays(argument: _cln_ListpaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListpaysResponse__Output>): grpc.ClientUnaryCall;
  listPays(argument: _cln_ListpaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpaysResponse__Output>): grpc.ClientUnaryCall;
  listPays(argument: _cln_ListpaysRequest, callback: grpc.requestCallback<_cln_ListpaysResponse__Output>): grpc.ClientUnaryCall;
  
  ListPeerChannels(argument: _cln_ListpeerchannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpeerchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListPeerChannels(argument: _cln_ListpeerchannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListpeerchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListPeerChannels(argument: _cln_ListpeerchannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpeerchannelsResponse__Output>): grpc.ClientUnaryCall;
  ListPeerChannels(argument: _cln_ListpeerchannelsRequest, callback: grpc.requestCallback<_cln_ListpeerchannelsResponse__Output>): grpc.ClientUnaryCall;
  listPeerChannels(argument: _cln_ListpeerchannelsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpeerchannelsResponse__Output>): grpc.ClientUnaryCall;
  listPeerChannels(argument: _cln_ListpeerchannelsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListpeerchannelsResponse__Output>): grpc.ClientUnaryCall;
  listPeerChannels(argument: _cln_ListpeerchannelsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpeerchannelsResponse__Output>): grpc.ClientUnaryCall;
  listPeerChannels(argument: _cln_ListpeerchannelsRequest, callback: grpc.requestCallback<_cln_ListpeerchannelsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPeers(argument: _cln_ListpeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpeersResponse__Output>): grpc.ClientUnaryCall;
  ListPeers(argument: _cln_ListpeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListpeersResponse__Output>): grpc.ClientUnaryCall;
  ListPeers(argument: _cln_ListpeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpeersResponse__Output>): grpc.ClientUnaryCall;
  ListPeers(argument: _cln_ListpeersRequest, callback: grpc.requestCallback<_cln_ListpeersResponse__Output>): grpc.ClientUnaryCall;
  listPeers(argument: _cln_ListpeersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpeersResponse__Output>): grpc.ClientUnaryCall;
  listPeers(argument: _cln_ListpeersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListpeersResponse__Output>): grpc.ClientUnaryCall;
  listPeers(argument: _cln_ListpeersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListpeersResponse__Output>): grpc.ClientUnaryCall;
  listPeers(argument: _cln_ListpeersRequest, callback: grpc.requestCallback<_cln_ListpeersResponse__Output>): grpc.ClientUnaryCall;
  
  ListSendPays(argument: _cln_ListsendpaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListsendpaysResponse__Output>): grpc.ClientUnaryCall;
  ListSendPays(argument: _cln_ListsendpaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListsendpaysResponse__Output>): grpc.ClientUnaryCall;
  ListSendPays(argument: _cln_ListsendpaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListsendpaysResponse__Output>): grpc.ClientUnaryCall;
  ListSendPays(argument: _cln_ListsendpaysRequest, callback: grpc.requestCallback<_cln_ListsendpaysResponse__Output>): grpc.ClientUnaryCall;
  listSendPays(argument: _cln_ListsendpaysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListsendpaysResponse__Output>): grpc.ClientUnaryCall;
  listSendPays(argument: _cln_ListsendpaysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListsendpaysResponse__Output>): grpc.ClientUnaryCall;
  listSendPays(argument: _cln_ListsendpaysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListsendpaysResponse__Output>): grpc.ClientUnaryCall;
  listSendPays(argument: _cln_ListsendpaysRequest, callback: grpc.requestCallback<_cln_ListsendpaysResponse__Output>): grpc.ClientUnaryCall;
  
  ListTransactions(argument: _cln_ListtransactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListtransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _cln_ListtransactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListtransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _cln_ListtransactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListtransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _cln_ListtransactionsRequest, callback: grpc.requestCallback<_cln_ListtransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _cln_ListtransactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListtransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _cln_ListtransactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ListtransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _cln_ListtransactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ListtransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _cln_ListtransactionsRequest, callback: grpc.requestCallback<_cln_ListtransactionsResponse__Output>): grpc.ClientUnaryCall;
  
  MakeSecret(argument: _cln_MakesecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MakesecretResponse__Output>): grpc.ClientUnaryCall;
  MakeSecret(argument: _cln_MakesecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_MakesecretResponse__Output>): grpc.ClientUnaryCall;
  MakeSecret(argument: _cln_MakesecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MakesecretResponse__Output>): grpc.ClientUnaryCall;
  MakeSecret(argument: _cln_MakesecretRequest, callback: grpc.requestCallback<_cln_MakesecretResponse__Output>): grpc.ClientUnaryCall;
  makeSecret(argument: _cln_MakesecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MakesecretResponse__Output>): grpc.ClientUnaryCall;
  makeSecret(argument: _cln_MakesecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_MakesecretResponse__Output>): grpc.ClientUnaryCall;
  makeSecret(argument: _cln_MakesecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MakesecretResponse__Output>): grpc.ClientUnaryCall;
  makeSecret(argument: _cln_MakesecretRequest, callback: grpc.requestCallback<_cln_MakesecretResponse__Output>): grpc.ClientUnaryCall;
  
  MultiFundChannel(argument: _cln_MultifundchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MultifundchannelResponse__Output>): grpc.ClientUnaryCall;
  MultiFundChannel(argument: _cln_MultifundchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_MultifundchannelResponse__Output>): grpc.ClientUnaryCall;
  MultiFundChannel(argument: _cln_MultifundchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MultifundchannelResponse__Output>): grpc.ClientUnaryCall;
  MultiFundChannel(argument: _cln_MultifundchannelRequest, callback: grpc.requestCallback<_cln_MultifundchannelResponse__Output>): grpc.ClientUnaryCall;
  multiFundChannel(argument: _cln_MultifundchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MultifundchannelResponse__Output>): grpc.ClientUnaryCall;
  multiFundChannel(argument: _cln_MultifundchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_MultifundchannelResponse__Output>): grpc.ClientUnaryCall;
  multiFundChannel(argument: _cln_MultifundchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MultifundchannelResponse__Output>): grpc.ClientUnaryCall;
  multiFundChannel(argument: _cln_MultifundchannelRequest, callback: grpc.requestCallback<_cln_MultifundchannelResponse__Output>): grpc.ClientUnaryCall;
  
  MultiWithdraw(argument: _cln_MultiwithdrawRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MultiwithdrawResponse__Output>): grpc.ClientUnaryCall;
  MultiWithdraw(argument: _cln_MultiwithdrawRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_MultiwithdrawResponse__Output>): grpc.ClientUnaryCall;
  MultiWithdraw(argument: _cln_MultiwithdrawRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MultiwithdrawResponse__Output>): grpc.ClientUnaryCall;
  MultiWithdraw(argument: _cln_MultiwithdrawRequest, callback: grpc.requestCallback<_cln_MultiwithdrawResponse__Output>): grpc.ClientUnaryCall;
  multiWithdraw(argument: _cln_MultiwithdrawRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MultiwithdrawResponse__Output>): grpc.ClientUnaryCall;
  multiWithdraw(argument: _cln_MultiwithdrawRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_MultiwithdrawResponse__Output>): grpc.ClientUnaryCall;
  multiWithdraw(argument: _cln_MultiwithdrawRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_MultiwithdrawResponse__Output>): grpc.ClientUnaryCall;
  multiWithdraw(argument: _cln_MultiwithdrawRequest, callback: grpc.requestCallback<_cln_MultiwithdrawResponse__Output>): grpc.ClientUnaryCall;
  
  NewAddr(argument: _cln_NewaddrRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_NewaddrResponse__Output>): grpc.ClientUnaryCall;
  NewAddr(argument: _cln_NewaddrRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_NewaddrResponse__Output>): grpc.ClientUnaryCall;
  NewAddr(argument: _cln_NewaddrRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_NewaddrResponse__Output>): grpc.ClientUnaryCall;
  NewAddr(argument: _cln_NewaddrRequest, callback: grpc.requestCallback<_cln_NewaddrResponse__Output>): grpc.ClientUnaryCall;
  newAddr(argument: _cln_NewaddrRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_NewaddrResponse__Output>): grpc.ClientUnaryCall;
  newAddr(argument: _cln_NewaddrRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_NewaddrResponse__Output>): grpc.ClientUnaryCall;
  newAddr(argument: _cln_NewaddrRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_NewaddrResponse__Output>): grpc.ClientUnaryCall;
  newAddr(argument: _cln_NewaddrRequest, callback: grpc.requestCallback<_cln_NewaddrResponse__Output>): grpc.ClientUnaryCall;
  
  Offer(argument: _cln_OfferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OfferResponse__Output>): grpc.ClientUnaryCall;
  Offer(argument: _cln_OfferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OfferResponse__Output>): grpc.ClientUnaryCall;
  Offer(argument: _cln_OfferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OfferResponse__Output>): grpc.ClientUnaryCall;
  Offer(argument: _cln_OfferRequest, callback: grpc.requestCallback<_cln_OfferResponse__Output>): grpc.ClientUnaryCall;
  offer(argument: _cln_OfferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OfferResponse__Output>): grpc.ClientUnaryCall;
  offer(argument: _cln_OfferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OfferResponse__Output>): grpc.ClientUnaryCall;
  offer(argument: _cln_OfferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OfferResponse__Output>): grpc.ClientUnaryCall;
  offer(argument: _cln_OfferRequest, callback: grpc.requestCallback<_cln_OfferResponse__Output>): grpc.ClientUnaryCall;
  
  OpenChannelAbort(argument: _cln_OpenchannelAbortRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelAbortResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelAbort(argument: _cln_OpenchannelAbortRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelAbortResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelAbort(argument: _cln_OpenchannelAbortRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelAbortResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelAbort(argument: _cln_OpenchannelAbortRequest, callback: grpc.requestCallback<_cln_OpenchannelAbortResponse__Output>): grpc.ClientUnaryCall;
  openChannelAbort(argument: _cln_OpenchannelAbortRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelAbortResponse__Output>): grpc.ClientUnaryCall;
  openChannelAbort(argument: _cln_OpenchannelAbortRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelAbortResponse__Output>): grpc.ClientUnaryCall;
  openChannelAbort(argument: _cln_OpenchannelAbortRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelAbortResponse__Output>): grpc.ClientUnaryCall;
  openChannelAbort(argument: _cln_OpenchannelAbortRequest, callback: grpc.requestCallback<_cln_OpenchannelAbortResponse__Output>): grpc.ClientUnaryCall;
  
  OpenChannelBump(argument: _cln_OpenchannelBumpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelBumpResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelBump(argument: _cln_OpenchannelBumpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelBumpResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelBump(argument: _cln_OpenchannelBumpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelBumpResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelBump(argument: _cln_OpenchannelBumpRequest, callback: grpc.requestCallback<_cln_OpenchannelBumpResponse__Output>): grpc.ClientUnaryCall;
  openChannelBump(argument: _cln_OpenchannelBumpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelBumpResponse__Output>): grpc.ClientUnaryCall;
  openChannelBump(argument: _cln_OpenchannelBumpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelBumpResponse__Output>): grpc.ClientUnaryCall;
  openChannelBump(argument: _cln_OpenchannelBumpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelBumpResponse__Output>): grpc.ClientUnaryCall;
  openChannelBump(argument: _cln_OpenchannelBumpRequest, callback: grpc.requestCallback<_cln_OpenchannelBumpResponse__Output>): grpc.ClientUnaryCall;
  
  OpenChannelInit(argument: _cln_OpenchannelInitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelInitResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelInit(argument: _cln_OpenchannelInitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelInitResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelInit(argument: _cln_OpenchannelInitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelInitResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelInit(argument: _cln_OpenchannelInitRequest, callback: grpc.requestCallback<_cln_OpenchannelInitResponse__Output>): grpc.ClientUnaryCall;
  openChannelInit(argument: _cln_OpenchannelInitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelInitResponse__Output>): grpc.ClientUnaryCall;
  openChannelInit(argument: _cln_OpenchannelInitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelInitResponse__Output>): grpc.ClientUnaryCall;
  openChannelInit(argument: _cln_OpenchannelInitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelInitResponse__Output>): grpc.ClientUnaryCall;
  openChannelInit(argument: _cln_OpenchannelInitRequest, callback: grpc.requestCallback<_cln_OpenchannelInitResponse__Output>): grpc.ClientUnaryCall;
  
  OpenChannelSigned(argument: _cln_OpenchannelSignedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelSignedResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelSigned(argument: _cln_OpenchannelSignedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelSignedResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelSigned(argument: _cln_OpenchannelSignedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelSignedResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelSigned(argument: _cln_OpenchannelSignedRequest, callback: grpc.requestCallback<_cln_OpenchannelSignedResponse__Output>): grpc.ClientUnaryCall;
  openChannelSigned(argument: _cln_OpenchannelSignedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelSignedResponse__Output>): grpc.ClientUnaryCall;
  openChannelSigned(argument: _cln_OpenchannelSignedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelSignedResponse__Output>): grpc.ClientUnaryCall;
  openChannelSigned(argument: _cln_OpenchannelSignedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelSignedResponse__Output>): grpc.ClientUnaryCall;
  openChannelSigned(argument: _cln_OpenchannelSignedRequest, callback: grpc.requestCallback<_cln_OpenchannelSignedResponse__Output>): grpc.ClientUnaryCall;
  
  OpenChannelUpdate(argument: _cln_OpenchannelUpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelUpdateResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelUpdate(argument: _cln_OpenchannelUpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelUpdateResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelUpdate(argument: _cln_OpenchannelUpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelUpdateResponse__Output>): grpc.ClientUnaryCall;
  OpenChannelUpdate(argument: _cln_OpenchannelUpdateRequest, callback: grpc.requestCallback<_cln_OpenchannelUpdateResponse__Output>): grpc.ClientUnaryCall;
  openChannelUpdate(argument: _cln_OpenchannelUpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelUpdateResponse__Output>): grpc.ClientUnaryCall;
  openChannelUpdate(argument: _cln_OpenchannelUpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_OpenchannelUpdateResponse__Output>): grpc.ClientUnaryCall;
  openChannelUpdate(argument: _cln_OpenchannelUpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_OpenchannelUpdateResponse__Output>): grpc.ClientUnaryCall;
  openChannelUpdate(argument: _cln_OpenchannelUpdateRequest, callback: grpc.requestCallback<_cln_OpenchannelUpdateResponse__Output>): grpc.ClientUnaryCall;
  
  Pay(argument: _cln_PayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PayResponse__Output>): grpc.ClientUnaryCall;
  Pay(argument: _cln_PayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PayResponse__Output>): grpc.ClientUnaryCall;
  Pay(argument: _cln_PayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PayResponse__Output>): grpc.ClientUnaryCall;
  Pay(argument: _cln_PayRequest, callback: grpc.requestCallback<_cln_PayResponse__Output>): grpc.ClientUnaryCall;
  pay(argument: _cln_PayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PayResponse__Output>): grpc.ClientUnaryCall;
  pay(argument: _cln_PayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PayResponse__Output>): grpc.ClientUnaryCall;
  pay(argument: _cln_PayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PayResponse__Output>): grpc.ClientUnaryCall;
  pay(argument: _cln_PayRequest, callback: grpc.requestCallback<_cln_PayResponse__Output>): grpc.ClientUnaryCall;
  
  Ping(argument: _cln_PingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _cln_PingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _cln_PingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PingResponse__Output>): grpc.ClientUnaryCall;
  Ping(argument: _cln_PingRequest, callback: grpc.requestCallback<_cln_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _cln_PingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _cln_PingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _cln_PingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PingResponse__Output>): grpc.ClientUnaryCall;
  ping(argument: _cln_PingRequest, callback: grpc.requestCallback<_cln_PingResponse__Output>): grpc.ClientUnaryCall;
  
  Plugin(argument: _cln_PluginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PluginResponse__Output>): grpc.ClientUnaryCall;
  Plugin(argument: _cln_PluginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PluginResponse__Output>): grpc.ClientUnaryCall;
  Plugin(argument: _cln_PluginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PluginResponse__Output>): grpc.ClientUnaryCall;
  Plugin(argument: _cln_PluginRequest, callback: grpc.requestCallback<_cln_PluginResponse__Output>): grpc.ClientUnaryCall;
  plugin(argument: _cln_PluginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PluginResponse__Output>): grpc.ClientUnaryCall;
  plugin(argument: _cln_PluginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PluginResponse__Output>): grpc.ClientUnaryCall;
  plugin(argument: _cln_PluginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PluginResponse__Output>): grpc.ClientUnaryCall;
  plugin(argument: _cln_PluginRequest, callback: grpc.requestCallback<_cln_PluginResponse__Output>): grpc.ClientUnaryCall;
  
  PreApproveInvoice(argument: _cln_PreapproveinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PreapproveinvoiceResponse__Output>): grpc.ClientUnaryCall;
  PreApproveInvoice(argument: _cln_PreapproveinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PreapproveinvoiceResponse__Output>): grpc.ClientUnaryCall;
  PreApproveInvoice(argument: _cln_PreapproveinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PreapproveinvoiceResponse__Output>): grpc.ClientUnaryCall;
  PreApproveInvoice(argument: _cln_PreapproveinvoiceRequest, callback: grpc.requestCallback<_cln_PreapproveinvoiceResponse__Output>): grpc.ClientUnaryCall;
  preApproveInvoice(argument: _cln_PreapproveinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PreapproveinvoiceResponse__Output>): grpc.ClientUnaryCall;
  preApproveInvoice(argument: _cln_PreapproveinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PreapproveinvoiceResponse__Output>): grpc.ClientUnaryCall;
  preApproveInvoice(argument: _cln_PreapproveinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PreapproveinvoiceResponse__Output>): grpc.ClientUnaryCall;
  preApproveInvoice(argument: _cln_PreapproveinvoiceRequest, callback: grpc.requestCallback<_cln_PreapproveinvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  PreApproveKeysend(argument: _cln_PreapprovekeysendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PreapprovekeysendResponse__Output>): grpc.ClientUnaryCall;
  PreApproveKeysend(argument: _cln_PreapprovekeysendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PreapprovekeysendResponse__Output>): grpc.ClientUnaryCall;
  PreApproveKeysend(argument: _cln_PreapprovekeysendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PreapprovekeysendResponse__Output>): grpc.ClientUnaryCall;
  PreApproveKeysend(argument: _cln_PreapprovekeysendRequest, callback: grpc.requestCallback<_cln_PreapprovekeysendResponse__Output>): grpc.ClientUnaryCall;
  preApproveKeysend(argument: _cln_PreapprovekeysendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PreapprovekeysendResponse__Output>): grpc.ClientUnaryCall;
  preApproveKeysend(argument: _cln_PreapprovekeysendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_PreapprovekeysendResponse__Output>): grpc.ClientUnaryCall;
  preApproveKeysend(argument: _cln_PreapprovekeysendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_PreapprovekeysendResponse__Output>): grpc.ClientUnaryCall;
  preApproveKeysend(argument: _cln_PreapprovekeysendRequest, callback: grpc.requestCallback<_cln_PreapprovekeysendResponse__Output>): grpc.ClientUnaryCall;
  
  Recover(argument: _cln_RecoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _cln_RecoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_RecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _cln_RecoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RecoverResponse__Output>): grpc.ClientUnaryCall;
  Recover(argument: _cln_RecoverRequest, callback: grpc.requestCallback<_cln_RecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _cln_RecoverRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _cln_RecoverRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_RecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _cln_RecoverRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RecoverResponse__Output>): grpc.ClientUnaryCall;
  recover(argument: _cln_RecoverRequest, callback: grpc.requestCallback<_cln_RecoverResponse__Output>): grpc.ClientUnaryCall;
  
  RecoverChannel(argument: _cln_RecoverchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RecoverchannelResponse__Output>): grpc.ClientUnaryCall;
  RecoverChannel(argument: _cln_RecoverchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_RecoverchannelResponse__Output>): grpc.ClientUnaryCall;
  RecoverChannel(argument: _cln_RecoverchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RecoverchannelResponse__Output>): grpc.ClientUnaryCall;
  RecoverChannel(argument: _cln_RecoverchannelRequest, callback: grpc.requestCallback<_cln_RecoverchannelResponse__Output>): grpc.ClientUnaryCall;
  recoverChannel(argument: _cln_RecoverchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RecoverchannelResponse__Output>): grpc.ClientUnaryCall;
  recoverChannel(argument: _cln_RecoverchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_RecoverchannelResponse__Output>): grpc.ClientUnaryCall;
  recoverChannel(argument: _cln_RecoverchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RecoverchannelResponse__Output>): grpc.ClientUnaryCall;
  recoverChannel(argument: _cln_RecoverchannelRequest, callback: grpc.requestCallback<_cln_RecoverchannelResponse__Output>): grpc.ClientUnaryCall;
  
  RenePay(argument: _cln_RenepayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RenepayResponse__Output>): grpc.ClientUnaryCall;
  RenePay(argument: _cln_RenepayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_RenepayResponse__Output>): grpc.ClientUnaryCall;
  RenePay(argument: _cln_RenepayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RenepayResponse__Output>): grpc.ClientUnaryCall;
  RenePay(argument: _cln_RenepayRequest, callback: grpc.requestCallback<_cln_RenepayResponse__Output>): grpc.ClientUnaryCall;
  renePay(argument: _cln_RenepayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RenepayResponse__Output>): grpc.ClientUnaryCall;
  renePay(argument: _cln_RenepayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_RenepayResponse__Output>): grpc.ClientUnaryCall;
  renePay(argument: _cln_RenepayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RenepayResponse__Output>): grpc.ClientUnaryCall;
  renePay(argument: _cln_RenepayRequest, callback: grpc.requestCallback<_cln_RenepayResponse__Output>): grpc.ClientUnaryCall;
  
  RenePayStatus(argument: _cln_RenepaystatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RenepaystatusResponse__Output>): grpc.ClientUnaryCall;
  RenePayStatus(argument: _cln_RenepaystatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_RenepaystatusResponse__Output>): grpc.ClientUnaryCall;
  RenePayStatus(argument: _cln_RenepaystatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RenepaystatusResponse__Output>): grpc.ClientUnaryCall;
  RenePayStatus(argument: _cln_RenepaystatusRequest, callback: grpc.requestCallback<_cln_RenepaystatusResponse__Output>): grpc.ClientUnaryCall;
  renePayStatus(argument: _cln_RenepaystatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RenepaystatusResponse__Output>): grpc.ClientUnaryCall;
  renePayStatus(argument: _cln_RenepaystatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_RenepaystatusResponse__Output>): grpc.ClientUnaryCall;
  renePayStatus(argument: _cln_RenepaystatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_RenepaystatusResponse__Output>): grpc.ClientUnaryCall;
  renePayStatus(argument: _cln_RenepaystatusRequest, callback: grpc.requestCallback<_cln_RenepaystatusResponse__Output>): grpc.ClientUnaryCall;
  
  ReserveInputs(argument: _cln_ReserveinputsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ReserveinputsResponse__Output>): grpc.ClientUnaryCall;
  ReserveInputs(argument: _cln_ReserveinputsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ReserveinputsResponse__Output>): grpc.ClientUnaryCall;
  ReserveInputs(argument: _cln_ReserveinputsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ReserveinputsResponse__Output>): grpc.ClientUnaryCall;
  ReserveInputs(argument: _cln_ReserveinputsRequest, callback: grpc.requestCallback<_cln_ReserveinputsResponse__Output>): grpc.ClientUnaryCall;
  reserveInputs(argument: _cln_ReserveinputsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ReserveinputsResponse__Output>): grpc.ClientUnaryCall;
  reserveInputs(argument: _cln_ReserveinputsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ReserveinputsResponse__Output>): grpc.ClientUnaryCall;
  reserveInputs(argument: _cln_ReserveinputsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ReserveinputsResponse__Output>): grpc.ClientUnaryCall;
  reserveInputs(argument: _cln_ReserveinputsRequest, callback: grpc.requestCallback<_cln_ReserveinputsResponse__Output>): grpc.ClientUnaryCall;
  
  SendAmount(argument: _cln_SendamountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendamountResponse__Output>): grpc.ClientUnaryCall;
  SendAmount(argument: _cln_SendamountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendamountResponse__Output>): grpc.ClientUnaryCall;
  SendAmount(argument: _cln_SendamountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendamountResponse__Output>): grpc.ClientUnaryCall;
  SendAmount(argument: _cln_SendamountRequest, callback: grpc.requestCallback<_cln_SendamountResponse__Output>): grpc.ClientUnaryCall;
  sendAmount(argument: _cln_SendamountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendamountResponse__Output>): grpc.ClientUnaryCall;
  sendAmount(argument: _cln_SendamountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendamountResponse__Output>): grpc.ClientUnaryCall;
  sendAmount(argument: _cln_SendamountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendamountResponse__Output>): grpc.ClientUnaryCall;
  sendAmount(argument: _cln_SendamountRequest, callback: grpc.requestCallback<_cln_SendamountResponse__Output>): grpc.ClientUnaryCall;
  
  SendCustomMsg(argument: _cln_SendcustommsgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendcustommsgResponse__Output>): grpc.ClientUnaryCall;
  SendCustomMsg(argument: _cln_SendcustommsgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendcustommsgResponse__Output>): grpc.ClientUnaryCall;
  SendCustomMsg(argument: _cln_SendcustommsgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendcustommsgResponse__Output>): grpc.ClientUnaryCall;
  SendCustomMsg(argument: _cln_SendcustommsgRequest, callback: grpc.requestCallback<_cln_SendcustommsgResponse__Output>): grpc.ClientUnaryCall;
  sendCustomMsg(argument: _cln_SendcustommsgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendcustommsgResponse__Output>): grpc.ClientUnaryCall;
  sendCustomMsg(argument: _cln_SendcustommsgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendcustommsgResponse__Output>): grpc.ClientUnaryCall;
  sendCustomMsg(argument: _cln_SendcustommsgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendcustommsgResponse__Output>): grpc.ClientUnaryCall;
  sendCustomMsg(argument: _cln_SendcustommsgRequest, callback: grpc.requestCallback<_cln_SendcustommsgResponse__Output>): grpc.ClientUnaryCall;
  
  SendInvoice(argument: _cln_SendinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendinvoiceResponse__Output>): grpc.ClientUnaryCall;
  SendInvoice(argument: _cln_SendinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendinvoiceResponse__Output>): grpc.ClientUnaryCall;
  SendInvoice(argument: _cln_SendinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendinvoiceResponse__Output>): grpc.ClientUnaryCall;
  SendInvoice(argument: _cln_SendinvoiceRequest, callback: grpc.requestCallback<_cln_SendinvoiceResponse__Output>): grpc.ClientUnaryCall;
  sendInvoice(argument: _cln_SendinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendinvoiceResponse__Output>): grpc.ClientUnaryCall;
  sendInvoice(argument: _cln_SendinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendinvoiceResponse__Output>): grpc.ClientUnaryCall;
  sendInvoice(argument: _cln_SendinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendinvoiceResponse__Output>): grpc.ClientUnaryCall;
  sendInvoice(argument: _cln_SendinvoiceRequest, callback: grpc.requestCallback<_cln_SendinvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  SendOnion(argument: _cln_SendonionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendonionResponse__Output>): grpc.ClientUnaryCall;
  SendOnion(argument: _cln_SendonionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendonionResponse__Output>): grpc.ClientUnaryCall;
  SendOnion(argument: _cln_SendonionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendonionResponse__Output>): grpc.ClientUnaryCall;
  SendOnion(argument: _cln_SendonionRequest, callback: grpc.requestCallback<_cln_SendonionResponse__Output>): grpc.ClientUnaryCall;
  sendOnion(argument: _cln_SendonionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendonionResponse__Output>): grpc.ClientUnaryCall;
  sendOnion(argument: _cln_SendonionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendonionResponse__Output>): grpc.ClientUnaryCall;
  sendOnion(argument: _cln_SendonionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendonionResponse__Output>): grpc.ClientUnaryCall;
  sendOnion(argument: _cln_SendonionRequest, callback: grpc.requestCallback<_cln_SendonionResponse__Output>): grpc.ClientUnaryCall;
  
  SendPay(argument: _cln_SendpayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendpayResponse__Output>): grpc.ClientUnaryCall;
  SendPay(argument: _cln_SendpayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendpayResponse__Output>): grpc.ClientUnaryCall;
  SendPay(argument: _cln_SendpayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendpayResponse__Output>): grpc.ClientUnaryCall;
  SendPay(argument: _cln_SendpayRequest, callback: grpc.requestCallback<_cln_SendpayResponse__Output>): grpc.ClientUnaryCall;
  sendPay(argument: _cln_SendpayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendpayResponse__Output>): grpc.ClientUnaryCall;
  sendPay(argument: _cln_SendpayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendpayResponse__Output>): grpc.ClientUnaryCall;
  sendPay(argument: _cln_SendpayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendpayResponse__Output>): grpc.ClientUnaryCall;
  sendPay(argument: _cln_SendpayRequest, callback: grpc.requestCallback<_cln_SendpayResponse__Output>): grpc.ClientUnaryCall;
  
  SendPsbt(argument: _cln_SendpsbtRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendpsbtResponse__Output>): grpc.ClientUnaryCall;
  SendPsbt(argument: _cln_SendpsbtRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendpsbtResponse__Output>): grpc.ClientUnaryCall;
  SendPsbt(argument: _cln_SendpsbtRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendpsbtResponse__Output>): grpc.ClientUnaryCall;
  SendPsbt(argument: _cln_SendpsbtRequest, callback: grpc.requestCallback<_cln_SendpsbtResponse__Output>): grpc.ClientUnaryCall;
  sendPsbt(argument: _cln_SendpsbtRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendpsbtResponse__Output>): grpc.ClientUnaryCall;
  sendPsbt(argument: _cln_SendpsbtRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SendpsbtResponse__Output>): grpc.ClientUnaryCall;
  sendPsbt(argument: _cln_SendpsbtRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SendpsbtResponse__Output>): grpc.ClientUnaryCall;
  sendPsbt(argument: _cln_SendpsbtRequest, callback: grpc.requestCallback<_cln_SendpsbtResponse__Output>): grpc.ClientUnaryCall;
  
  SetChannel(argument: _cln_SetchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetchannelResponse__Output>): grpc.ClientUnaryCall;
  SetChannel(argument: _cln_SetchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SetchannelResponse__Output>): grpc.ClientUnaryCall;
  SetChannel(argument: _cln_SetchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetchannelResponse__Output>): grpc.ClientUnaryCall;
  SetChannel(argument: _cln_SetchannelRequest, callback: grpc.requestCallback<_cln_SetchannelResponse__Output>): grpc.ClientUnaryCall;
  setChannel(argument: _cln_SetchannelRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetchannelResponse__Output>): grpc.ClientUnaryCall;
  setChannel(argument: _cln_SetchannelRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SetchannelResponse__Output>): grpc.ClientUnaryCall;
  setChannel(argument: _cln_SetchannelRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetchannelResponse__Output>): grpc.ClientUnaryCall;
  setChannel(argument: _cln_SetchannelRequest, callback: grpc.requestCallback<_cln_SetchannelResponse__Output>): grpc.ClientUnaryCall;
  
  SetConfig(argument: _cln_SetconfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetconfigResponse__Output>): grpc.ClientUnaryCall;
  SetConfig(argument: _cln_SetconfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SetconfigResponse__Output>): grpc.ClientUnaryCall;
  SetConfig(argument: _cln_SetconfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetconfigResponse__Output>): grpc.ClientUnaryCall;
  SetConfig(argument: _cln_SetconfigRequest, callback: grpc.requestCallback<_cln_SetconfigResponse__Output>): grpc.ClientUnaryCall;
  setConfig(argument: _cln_SetconfigRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetconfigResponse__Output>): grpc.ClientUnaryCall;
  setConfig(argument: _cln_SetconfigRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SetconfigResponse__Output>): grpc.ClientUnaryCall;
  setConfig(argument: _cln_SetconfigRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetconfigResponse__Output>): grpc.ClientUnaryCall;
  setConfig(argument: _cln_SetconfigRequest, callback: grpc.requestCallback<_cln_SetconfigResponse__Output>): grpc.ClientUnaryCall;
  
  SetPsbtVersion(argument: _cln_SetpsbtversionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetpsbtversionResponse__Output>): grpc.ClientUnaryCall;
  SetPsbtVersion(argument: _cln_SetpsbtversionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SetpsbtversionResponse__Output>): grpc.ClientUnaryCall;
  SetPsbtVersion(argument: _cln_SetpsbtversionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetpsbtversionResponse__Output>): grpc.ClientUnaryCall;
  SetPsbtVersion(argument: _cln_SetpsbtversionRequest, callback: grpc.requestCallback<_cln_SetpsbtversionResponse__Output>): grpc.ClientUnaryCall;
  setPsbtVersion(argument: _cln_SetpsbtversionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetpsbtversionResponse__Output>): grpc.ClientUnaryCall;
  setPsbtVersion(argument: _cln_SetpsbtversionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SetpsbtversionResponse__Output>): grpc.ClientUnaryCall;
  setPsbtVersion(argument: _cln_SetpsbtversionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SetpsbtversionResponse__Output>): grpc.ClientUnaryCall;
  setPsbtVersion(argument: _cln_SetpsbtversionRequest, callback: grpc.requestCallback<_cln_SetpsbtversionResponse__Output>): grpc.ClientUnaryCall;
  
  ShowRunes(argument: _cln_ShowrunesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ShowrunesResponse__Output>): grpc.ClientUnaryCall;
  ShowRunes(argument: _cln_ShowrunesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ShowrunesResponse__Output>): grpc.ClientUnaryCall;
  ShowRunes(argument: _cln_ShowrunesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ShowrunesResponse__Output>): grpc.ClientUnaryCall;
  ShowRunes(argument: _cln_ShowrunesRequest, callback: grpc.requestCallback<_cln_ShowrunesResponse__Output>): grpc.ClientUnaryCall;
  showRunes(argument: _cln_ShowrunesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ShowrunesResponse__Output>): grpc.ClientUnaryCall;
  showRunes(argument: _cln_ShowrunesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_ShowrunesResponse__Output>): grpc.ClientUnaryCall;
  showRunes(argument: _cln_ShowrunesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_ShowrunesResponse__Output>): grpc.ClientUnaryCall;
  showRunes(argument: _cln_ShowrunesRequest, callback: grpc.requestCallback<_cln_ShowrunesResponse__Output>): grpc.ClientUnaryCall;
  
  SignInvoice(argument: _cln_SigninvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SigninvoiceResponse__Output>): grpc.ClientUnaryCall;
  SignInvoice(argument: _cln_SigninvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SigninvoiceResponse__Output>): grpc.ClientUnaryCall;
  SignInvoice(argument: _cln_SigninvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SigninvoiceResponse__Output>): grpc.ClientUnaryCall;
  SignInvoice(argument: _cln_SigninvoiceRequest, callback: grpc.requestCallback<_cln_SigninvoiceResponse__Output>): grpc.ClientUnaryCall;
  signInvoice(argument: _cln_SigninvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SigninvoiceResponse__Output>): grpc.ClientUnaryCall;
  signInvoice(argument: _cln_SigninvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SigninvoiceResponse__Output>): grpc.ClientUnaryCall;
  signInvoice(argument: _cln_SigninvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SigninvoiceResponse__Output>): grpc.ClientUnaryCall;
  signInvoice(argument: _cln_SigninvoiceRequest, callback: grpc.requestCallback<_cln_SigninvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  SignMessage(argument: _cln_SignmessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignmessageResponse__Output>): grpc.ClientUnaryCall;
  SignMessage(argument: _cln_SignmessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SignmessageResponse__Output>): grpc.ClientUnaryCall;
  SignMessage(argument: _cln_SignmessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignmessageResponse__Output>): grpc.ClientUnaryCall;
  SignMessage(argument: _cln_SignmessageRequest, callback: grpc.requestCallback<_cln_SignmessageResponse__Output>): grpc.ClientUnaryCall;
  signMessage(argument: _cln_SignmessageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignmessageResponse__Output>): grpc.ClientUnaryCall;
  signMessage(argument: _cln_SignmessageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SignmessageResponse__Output>): grpc.ClientUnaryCall;
  signMessage(argument: _cln_SignmessageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignmessageResponse__Output>): grpc.ClientUnaryCall;
  signMessage(argument: _cln_SignmessageRequest, callback: grpc.requestCallback<_cln_SignmessageResponse__Output>): grpc.ClientUnaryCall;
  
  SignMessageWithKey(argument: _cln_SignmessagewithkeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignmessagewithkeyResponse__Output>): grpc.ClientUnaryCall;
  SignMessageWithKey(argument: _cln_SignmessagewithkeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SignmessagewithkeyResponse__Output>): grpc.ClientUnaryCall;
  SignMessageWithKey(argument: _cln_SignmessagewithkeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignmessagewithkeyResponse__Output>): grpc.ClientUnaryCall;
  SignMessageWithKey(argument: _cln_SignmessagewithkeyRequest, callback: grpc.requestCallback<_cln_SignmessagewithkeyResponse__Output>): grpc.ClientUnaryCall;
  signMessageWithKey(argument: _cln_SignmessagewithkeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignmessagewithkeyResponse__Output>): grpc.ClientUnaryCall;
  signMessageWithKey(argument: _cln_SignmessagewithkeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SignmessagewithkeyResponse__Output>): grpc.ClientUnaryCall;
  signMessageWithKey(argument: _cln_SignmessagewithkeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignmessagewithkeyResponse__Output>): grpc.ClientUnaryCall;
  signMessageWithKey(argument: _cln_SignmessagewithkeyRequest, callback: grpc.requestCallback<_cln_SignmessagewithkeyResponse__Output>): grpc.ClientUnaryCall;
  
  SignPsbt(argument: _cln_SignpsbtRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignpsbtResponse__Output>): grpc.ClientUnaryCall;
  SignPsbt(argument: _cln_SignpsbtRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SignpsbtResponse__Output>): grpc.ClientUnaryCall;
  SignPsbt(argument: _cln_SignpsbtRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignpsbtResponse__Output>): grpc.ClientUnaryCall;
  SignPsbt(argument: _cln_SignpsbtRequest, callback: grpc.requestCallback<_cln_SignpsbtResponse__Output>): grpc.ClientUnaryCall;
  signPsbt(argument: _cln_SignpsbtRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignpsbtResponse__Output>): grpc.ClientUnaryCall;
  signPsbt(argument: _cln_SignpsbtRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SignpsbtResponse__Output>): grpc.ClientUnaryCall;
  signPsbt(argument: _cln_SignpsbtRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SignpsbtResponse__Output>): grpc.ClientUnaryCall;
  signPsbt(argument: _cln_SignpsbtRequest, callback: grpc.requestCallback<_cln_SignpsbtResponse__Output>): grpc.ClientUnaryCall;
  
  SpliceIn(argument: _cln_SpliceinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceinResponse__Output>): grpc.ClientUnaryCall;
  SpliceIn(argument: _cln_SpliceinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceinResponse__Output>): grpc.ClientUnaryCall;
  SpliceIn(argument: _cln_SpliceinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceinResponse__Output>): grpc.ClientUnaryCall;
  SpliceIn(argument: _cln_SpliceinRequest, callback: grpc.requestCallback<_cln_SpliceinResponse__Output>): grpc.ClientUnaryCall;
  spliceIn(argument: _cln_SpliceinRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceinResponse__Output>): grpc.ClientUnaryCall;
  spliceIn(argument: _cln_SpliceinRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceinResponse__Output>): grpc.ClientUnaryCall;
  spliceIn(argument: _cln_SpliceinRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceinResponse__Output>): grpc.ClientUnaryCall;
  spliceIn(argument: _cln_SpliceinRequest, callback: grpc.requestCallback<_cln_SpliceinResponse__Output>): grpc.ClientUnaryCall;
  
  SpliceInit(argument: _cln_SpliceInitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceInitResponse__Output>): grpc.ClientUnaryCall;
  SpliceInit(argument: _cln_SpliceInitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceInitResponse__Output>): grpc.ClientUnaryCall;
  SpliceInit(argument: _cln_SpliceInitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceInitResponse__Output>): grpc.ClientUnaryCall;
  SpliceInit(argument: _cln_SpliceInitRequest, callback: grpc.requestCallback<_cln_SpliceInitResponse__Output>): grpc.ClientUnaryCall;
  spliceInit(argument: _cln_SpliceInitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceInitResponse__Output>): grpc.ClientUnaryCall;
  spliceInit(argument: _cln_SpliceInitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceInitResponse__Output>): grpc.ClientUnaryCall;
  spliceInit(argument: _cln_SpliceInitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceInitResponse__Output>): grpc.ClientUnaryCall;
  spliceInit(argument: _cln_SpliceInitRequest, callback: grpc.requestCallback<_cln_SpliceInitResponse__Output>): grpc.ClientUnaryCall;
  
  SpliceOut(argument: _cln_SpliceoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceoutResponse__Output>): grpc.ClientUnaryCall;
  SpliceOut(argument: _cln_SpliceoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceoutResponse__Output>): grpc.ClientUnaryCall;
  SpliceOut(argument: _cln_SpliceoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceoutResponse__Output>): grpc.ClientUnaryCall;
  SpliceOut(argument: _cln_SpliceoutRequest, callback: grpc.requestCallback<_cln_SpliceoutResponse__Output>): grpc.ClientUnaryCall;
  spliceOut(argument: _cln_SpliceoutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceoutResponse__Output>): grpc.ClientUnaryCall;
  spliceOut(argument: _cln_SpliceoutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceoutResponse__Output>): grpc.ClientUnaryCall;
  spliceOut(argument: _cln_SpliceoutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceoutResponse__Output>): grpc.ClientUnaryCall;
  spliceOut(argument: _cln_SpliceoutRequest, callback: grpc.requestCallback<_cln_SpliceoutResponse__Output>): grpc.ClientUnaryCall;
  
  SpliceSigned(argument: _cln_SpliceSignedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceSignedResponse__Output>): grpc.ClientUnaryCall;
  SpliceSigned(argument: _cln_SpliceSignedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceSignedResponse__Output>): grpc.ClientUnaryCall;
  SpliceSigned(argument: _cln_SpliceSignedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceSignedResponse__Output>): grpc.ClientUnaryCall;
  SpliceSigned(argument: _cln_SpliceSignedRequest, callback: grpc.requestCallback<_cln_SpliceSignedResponse__Output>): grpc.ClientUnaryCall;
  spliceSigned(argument: _cln_SpliceSignedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceSignedResponse__Output>): grpc.ClientUnaryCall;
  spliceSigned(argument: _cln_SpliceSignedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceSignedResponse__Output>): grpc.ClientUnaryCall;
  spliceSigned(argument: _cln_SpliceSignedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceSignedResponse__Output>): grpc.ClientUnaryCall;
  spliceSigned(argument: _cln_SpliceSignedRequest, callback: grpc.requestCallback<_cln_SpliceSignedResponse__Output>): grpc.ClientUnaryCall;
  
  SpliceUpdate(argument: _cln_SpliceUpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceUpdateResponse__Output>): grpc.ClientUnaryCall;
  SpliceUpdate(argument: _cln_SpliceUpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceUpdateResponse__Output>): grpc.ClientUnaryCall;
  SpliceUpdate(argument: _cln_SpliceUpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceUpdateResponse__Output>): grpc.ClientUnaryCall;
  SpliceUpdate(argument: _cln_SpliceUpdateRequest, callback: grpc.requestCallback<_cln_SpliceUpdateResponse__Output>): grpc.ClientUnaryCall;
  spliceUpdate(argument: _cln_SpliceUpdateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceUpdateResponse__Output>): grpc.ClientUnaryCall;
  spliceUpdate(argument: _cln_SpliceUpdateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_SpliceUpdateResponse__Output>): grpc.ClientUnaryCall;
  spliceUpdate(argument: _cln_SpliceUpdateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_SpliceUpdateResponse__Output>): grpc.ClientUnaryCall;
  spliceUpdate(argument: _cln_SpliceUpdateRequest, callback: grpc.requestCallback<_cln_SpliceUpdateResponse__Output>): grpc.ClientUnaryCall;
  
  StaticBackup(argument: _cln_StaticbackupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_StaticbackupResponse__Output>): grpc.ClientUnaryCall;
  StaticBackup(argument: _cln_StaticbackupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_StaticbackupResponse__Output>): grpc.ClientUnaryCall;
  StaticBackup(argument: _cln_StaticbackupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_StaticbackupResponse__Output>): grpc.ClientUnaryCall;
  StaticBackup(argument: _cln_StaticbackupRequest, callback: grpc.requestCallback<_cln_StaticbackupResponse__Output>): grpc.ClientUnaryCall;
  staticBackup(argument: _cln_StaticbackupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_StaticbackupResponse__Output>): grpc.ClientUnaryCall;
  staticBackup(argument: _cln_StaticbackupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_StaticbackupResponse__Output>): grpc.ClientUnaryCall;
  staticBackup(argument: _cln_StaticbackupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_StaticbackupResponse__Output>): grpc.ClientUnaryCall;
  staticBackup(argument: _cln_StaticbackupRequest, callback: grpc.requestCallback<_cln_StaticbackupResponse__Output>): grpc.ClientUnaryCall;
  
  Stop(argument: _cln_StopRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_StopResponse__Output>): grpc.ClientUnaryCall;
  Stop(argument: _cln_StopRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_StopResponse__Output>): grpc.ClientUnaryCall;
  Stop(argument: _cln_StopRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_StopResponse__Output>): grpc.ClientUnaryCall;
  Stop(argument: _cln_StopRequest, callback: grpc.requestCallback<_cln_StopResponse__Output>): grpc.ClientUnaryCall;
  stop(argument: _cln_StopRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_StopResponse__Output>): grpc.ClientUnaryCall;
  stop(argument: _cln_StopRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_StopResponse__Output>): grpc.ClientUnaryCall;
  stop(argument: _cln_StopRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_StopResponse__Output>): grpc.ClientUnaryCall;
  stop(argument: _cln_StopRequest, callback: grpc.requestCallback<_cln_StopResponse__Output>): grpc.ClientUnaryCall;
  
  SubscribeBalanceSnapshot(argument: _cln_StreamBalanceSnapshotRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_BalanceSnapshotNotification__Output>;
  SubscribeBalanceSnapshot(argument: _cln_StreamBalanceSnapshotRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_BalanceSnapshotNotification__Output>;
  subscribeBalanceSnapshot(argument: _cln_StreamBalanceSnapshotRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_BalanceSnapshotNotification__Output>;
  subscribeBalanceSnapshot(argument: _cln_StreamBalanceSnapshotRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_BalanceSnapshotNotification__Output>;
  
  SubscribeBlockAdded(argument: _cln_StreamBlockAddedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_BlockAddedNotification__Output>;
  SubscribeBlockAdded(argument: _cln_StreamBlockAddedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_BlockAddedNotification__Output>;
  subscribeBlockAdded(argument: _cln_StreamBlockAddedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_BlockAddedNotification__Output>;
  subscribeBlockAdded(argument: _cln_StreamBlockAddedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_BlockAddedNotification__Output>;
  
  SubscribeChannelOpenFailed(argument: _cln_StreamChannelOpenFailedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelOpenFailedNotification__Output>;
  SubscribeChannelOpenFailed(argument: _cln_StreamChannelOpenFailedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelOpenFailedNotification__Output>;
  subscribeChannelOpenFailed(argument: _cln_StreamChannelOpenFailedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelOpenFailedNotification__Output>;
  subscribeChannelOpenFailed(argument: _cln_StreamChannelOpenFailedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelOpenFailedNotification__Output>;
  
  SubscribeChannelOpened(argument: _cln_StreamChannelOpenedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelOpenedNotification__Output>;
  SubscribeChannelOpened(argument: _cln_StreamChannelOpenedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelOpenedNotification__Output>;
  subscribeChannelOpened(argument: _cln_StreamChannelOpenedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelOpenedNotification__Output>;
  subscribeChannelOpened(argument: _cln_StreamChannelOpenedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelOpenedNotification__Output>;
  
  SubscribeChannelStateChanged(argument: _cln_StreamChannelStateChangedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelStateChangedNotification__Output>;
  SubscribeChannelStateChanged(argument: _cln_StreamChannelStateChangedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelStateChangedNotification__Output>;
  subscribeChannelStateChanged(argument: _cln_StreamChannelStateChangedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelStateChangedNotification__Output>;
  subscribeChannelStateChanged(argument: _cln_StreamChannelStateChangedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ChannelStateChangedNotification__Output>;
  
  SubscribeCoinMovement(argument: _cln_StreamCoinMovementRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_CoinMovementNotification__Output>;
  SubscribeCoinMovement(argument: _cln_StreamCoinMovementRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_CoinMovementNotification__Output>;
  subscribeCoinMovement(argument: _cln_StreamCoinMovementRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_CoinMovementNotification__Output>;
  subscribeCoinMovement(argument: _cln_StreamCoinMovementRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_CoinMovementNotification__Output>;
  
  SubscribeConnect(argument: _cln_StreamConnectRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PeerConnectNotification__Output>;
  SubscribeConnect(argument: _cln_StreamConnectRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PeerConnectNotification__Output>;
  subscribeConnect(argument: _cln_StreamConnectRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PeerConnectNotification__Output>;
  subscribeConnect(argument: _cln_StreamConnectRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PeerConnectNotification__Output>;
  
  SubscribeCustomMsg(argument: _cln_StreamCustomMsgRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_CustomMsgNotification__Output>;
  SubscribeCustomMsg(argument: _cln_StreamCustomMsgRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_CustomMsgNotification__Output>;
  subscribeCustomMsg(argument: _cln_StreamCustomMsgRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_CustomMsgNotification__Output>;
  subscribeCustomMsg(argument: _cln_StreamCustomMsgRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_CustomMsgNotification__Output>;
  
  SubscribeDeprecatedOneshot(argument: _cln_StreamDeprecatedOneshotRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_DeprecatedOneshotNotification__Output>;
  SubscribeDeprecatedOneshot(argument: _cln_StreamDeprecatedOneshotRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_DeprecatedOneshotNotification__Output>;
  subscribeDeprecatedOneshot(argument: _cln_StreamDeprecatedOneshotRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_DeprecatedOneshotNotification__Output>;
  subscribeDeprecatedOneshot(argument: _cln_StreamDeprecatedOneshotRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_DeprecatedOneshotNotification__Output>;
  
  SubscribeDisconnect(argument: _cln_StreamDisconnectRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_DisconnectNotification__Output>;
  SubscribeDisconnect(argument: _cln_StreamDisconnectRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_DisconnectNotification__Output>;
  subscribeDisconnect(argument: _cln_StreamDisconnectRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_DisconnectNotification__Output>;
  subscribeDisconnect(argument: _cln_StreamDisconnectRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_DisconnectNotification__Output>;
  
  SubscribeForwardEvent(argument: _cln_StreamForwardEventRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ForwardEventNotification__Output>;
  SubscribeForwardEvent(argument: _cln_StreamForwardEventRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ForwardEventNotification__Output>;
  subscribeForwardEvent(argument: _cln_StreamForwardEventRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ForwardEventNotification__Output>;
  subscribeForwardEvent(argument: _cln_StreamForwardEventRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ForwardEventNotification__Output>;
  
  SubscribeInvoiceCreation(argument: _cln_StreamInvoiceCreationRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_InvoiceCreationNotification__Output>;
  SubscribeInvoiceCreation(argument: _cln_StreamInvoiceCreationRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_InvoiceCreationNotification__Output>;
  subscribeInvoiceCreation(argument: _cln_StreamInvoiceCreationRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_InvoiceCreationNotification__Output>;
  subscribeInvoiceCreation(argument: _cln_StreamInvoiceCreationRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_InvoiceCreationNotification__Output>;
  
  SubscribeInvoicePayment(argument: _cln_StreamInvoicePaymentRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_InvoicePaymentNotification__Output>;
  SubscribeInvoicePayment(argument: _cln_StreamInvoicePaymentRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_InvoicePaymentNotification__Output>;
  subscribeInvoicePayment(argument: _cln_StreamInvoicePaymentRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_InvoicePaymentNotification__Output>;
  subscribeInvoicePayment(argument: _cln_StreamInvoicePaymentRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_InvoicePaymentNotification__Output>;
  
  SubscribeLog(argument: _cln_StreamLogRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_LogNotification__Output>;
  SubscribeLog(argument: _cln_StreamLogRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_LogNotification__Output>;
  subscribeLog(argument: _cln_StreamLogRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_LogNotification__Output>;
  subscribeLog(argument: _cln_StreamLogRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_LogNotification__Output>;
  
  SubscribeOnionMessageForwardFail(argument: _cln_StreamOnionMessageForwardFailRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_OnionMessageForwardFailNotification__Output>;
  SubscribeOnionMessageForwardFail(argument: _cln_StreamOnionMessageForwardFailRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_OnionMessageForwardFailNotification__Output>;
  subscribeOnionMessageForwardFail(argument: _cln_StreamOnionMessageForwardFailRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_OnionMessageForwardFailNotification__Output>;
  subscribeOnionMessageForwardFail(argument: _cln_StreamOnionMessageForwardFailRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_OnionMessageForwardFailNotification__Output>;
  
  SubscribeOpenChannelPeerSigs(argument: _cln_StreamOpenChannelPeerSigsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_OpenChannelPeerSigsNotification__Output>;
  SubscribeOpenChannelPeerSigs(argument: _cln_StreamOpenChannelPeerSigsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_OpenChannelPeerSigsNotification__Output>;
  subscribeOpenChannelPeerSigs(argument: _cln_StreamOpenChannelPeerSigsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_OpenChannelPeerSigsNotification__Output>;
  subscribeOpenChannelPeerSigs(argument: _cln_StreamOpenChannelPeerSigsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_OpenChannelPeerSigsNotification__Output>;
  
  SubscribePayPartEnd(argument: _cln_StreamPayPartEndRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PayPartEndNotification__Output>;
  SubscribePayPartEnd(argument: _cln_StreamPayPartEndRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PayPartEndNotification__Output>;
  subscribePayPartEnd(argument: _cln_StreamPayPartEndRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PayPartEndNotification__Output>;
  subscribePayPartEnd(argument: _cln_StreamPayPartEndRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PayPartEndNotification__Output>;
  
  SubscribePayPartStart(argument: _cln_StreamPayPartStartRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PayPartStartNotification__Output>;
  SubscribePayPartStart(argument: _cln_StreamPayPartStartRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PayPartStartNotification__Output>;
  subscribePayPartStart(argument: _cln_StreamPayPartStartRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PayPartStartNotification__Output>;
  subscribePayPartStart(argument: _cln_StreamPayPartStartRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PayPartStartNotification__Output>;
  
  SubscribePluginStarted(argument: _cln_StreamPluginStartedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PluginStartedNotification__Output>;
  SubscribePluginStarted(argument: _cln_StreamPluginStartedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PluginStartedNotification__Output>;
  subscribePluginStarted(argument: _cln_StreamPluginStartedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PluginStartedNotification__Output>;
  subscribePluginStarted(argument: _cln_StreamPluginStartedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PluginStartedNotification__Output>;
  
  SubscribePluginStopped(argument: _cln_StreamPluginStoppedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PluginStoppedNotification__Output>;
  SubscribePluginStopped(argument: _cln_StreamPluginStoppedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PluginStoppedNotification__Output>;
  subscribePluginStopped(argument: _cln_StreamPluginStoppedRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PluginStoppedNotification__Output>;
  subscribePluginStopped(argument: _cln_StreamPluginStoppedRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_PluginStoppedNotification__Output>;
  
  SubscribeSendPayFailure(argument: _cln_StreamSendPayFailureRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_SendPayFailureNotification__Output>;
  SubscribeSendPayFailure(argument: _cln_StreamSendPayFailureRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_SendPayFailureNotification__Output>;
  subscribeSendPayFailure(argument: _cln_StreamSendPayFailureRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_SendPayFailureNotification__Output>;
  subscribeSendPayFailure(argument: _cln_StreamSendPayFailureRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_SendPayFailureNotification__Output>;
  
  SubscribeSendPaySuccess(argument: _cln_StreamSendPaySuccessRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_SendPaySuccessNotification__Output>;
  SubscribeSendPaySuccess(argument: _cln_StreamSendPaySuccessRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_SendPaySuccessNotification__Output>;
  subscribeSendPaySuccess(argument: _cln_StreamSendPaySuccessRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_SendPaySuccessNotification__Output>;
  subscribeSendPaySuccess(argument: _cln_StreamSendPaySuccessRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_SendPaySuccessNotification__Output>;
  
  SubscribeShutdown(argument: _cln_StreamShutdownRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ShutdownNotification__Output>;
  SubscribeShutdown(argument: _cln_StreamShutdownRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ShutdownNotification__Output>;
  subscribeShutdown(argument: _cln_StreamShutdownRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ShutdownNotification__Output>;
  subscribeShutdown(argument: _cln_StreamShutdownRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_ShutdownNotification__Output>;
  
  SubscribeWarning(argument: _cln_StreamWarningRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_WarningNotification__Output>;
  SubscribeWarning(argument: _cln_StreamWarningRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_WarningNotification__Output>;
  subscribeWarning(argument: _cln_StreamWarningRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_WarningNotification__Output>;
  subscribeWarning(argument: _cln_StreamWarningRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_cln_WarningNotification__Output>;
  
  TxDiscard(argument: _cln_TxdiscardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxdiscardResponse__Output>): grpc.ClientUnaryCall;
  TxDiscard(argument: _cln_TxdiscardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_TxdiscardResponse__Output>): grpc.ClientUnaryCall;
  TxDiscard(argument: _cln_TxdiscardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxdiscardResponse__Output>): grpc.ClientUnaryCall;
  TxDiscard(argument: _cln_TxdiscardRequest, callback: grpc.requestCallback<_cln_TxdiscardResponse__Output>): grpc.ClientUnaryCall;
  txDiscard(argument: _cln_TxdiscardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxdiscardResponse__Output>): grpc.ClientUnaryCall;
  txDiscard(argument: _cln_TxdiscardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_TxdiscardResponse__Output>): grpc.ClientUnaryCall;
  txDiscard(argument: _cln_TxdiscardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxdiscardResponse__Output>): grpc.ClientUnaryCall;
  txDiscard(argument: _cln_TxdiscardRequest, callback: grpc.requestCallback<_cln_TxdiscardResponse__Output>): grpc.ClientUnaryCall;
  
  TxPrepare(argument: _cln_TxprepareRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxprepareResponse__Output>): grpc.ClientUnaryCall;
  TxPrepare(argument: _cln_TxprepareRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_TxprepareResponse__Output>): grpc.ClientUnaryCall;
  TxPrepare(argument: _cln_TxprepareRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxprepareResponse__Output>): grpc.ClientUnaryCall;
  TxPrepare(argument: _cln_TxprepareRequest, callback: grpc.requestCallback<_cln_TxprepareResponse__Output>): grpc.ClientUnaryCall;
  txPrepare(argument: _cln_TxprepareRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxprepareResponse__Output>): grpc.ClientUnaryCall;
  txPrepare(argument: _cln_TxprepareRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_TxprepareResponse__Output>): grpc.ClientUnaryCall;
  txPrepare(argument: _cln_TxprepareRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxprepareResponse__Output>): grpc.ClientUnaryCall;
  txPrepare(argument: _cln_TxprepareRequest, callback: grpc.requestCallback<_cln_TxprepareResponse__Output>): grpc.ClientUnaryCall;
  
  TxSend(argument: _cln_TxsendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxsendResponse__Output>): grpc.ClientUnaryCall;
  TxSend(argument: _cln_TxsendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_TxsendResponse__Output>): grpc.ClientUnaryCall;
  TxSend(argument: _cln_TxsendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxsendResponse__Output>): grpc.ClientUnaryCall;
  TxSend(argument: _cln_TxsendRequest, callback: grpc.requestCallback<_cln_TxsendResponse__Output>): grpc.ClientUnaryCall;
  txSend(argument: _cln_TxsendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxsendResponse__Output>): grpc.ClientUnaryCall;
  txSend(argument: _cln_TxsendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_TxsendResponse__Output>): grpc.ClientUnaryCall;
  txSend(argument: _cln_TxsendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_TxsendResponse__Output>): grpc.ClientUnaryCall;
  txSend(argument: _cln_TxsendRequest, callback: grpc.requestCallback<_cln_TxsendResponse__Output>): grpc.ClientUnaryCall;
  
  UnreserveInputs(argument: _cln_UnreserveinputsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UnreserveinputsResponse__Output>): grpc.ClientUnaryCall;
  UnreserveInputs(argument: _cln_UnreserveinputsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_UnreserveinputsResponse__Output>): grpc.ClientUnaryCall;
  UnreserveInputs(argument: _cln_UnreserveinputsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UnreserveinputsResponse__Output>): grpc.ClientUnaryCall;
  UnreserveInputs(argument: _cln_UnreserveinputsRequest, callback: grpc.requestCallback<_cln_UnreserveinputsResponse__Output>): grpc.ClientUnaryCall;
  unreserveInputs(argument: _cln_UnreserveinputsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UnreserveinputsResponse__Output>): grpc.ClientUnaryCall;
  unreserveInputs(argument: _cln_UnreserveinputsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_UnreserveinputsResponse__Output>): grpc.ClientUnaryCall;
  unreserveInputs(argument: _cln_UnreserveinputsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UnreserveinputsResponse__Output>): grpc.ClientUnaryCall;
  unreserveInputs(argument: _cln_UnreserveinputsRequest, callback: grpc.requestCallback<_cln_UnreserveinputsResponse__Output>): grpc.ClientUnaryCall;
  
  UpgradeWallet(argument: _cln_UpgradewalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UpgradewalletResponse__Output>): grpc.ClientUnaryCall;
  UpgradeWallet(argument: _cln_UpgradewalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_UpgradewalletResponse__Output>): grpc.ClientUnaryCall;
  UpgradeWallet(argument: _cln_UpgradewalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UpgradewalletResponse__Output>): grpc.ClientUnaryCall;
  UpgradeWallet(argument: _cln_UpgradewalletRequest, callback: grpc.requestCallback<_cln_UpgradewalletResponse__Output>): grpc.ClientUnaryCall;
  upgradeWallet(argument: _cln_UpgradewalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UpgradewalletResponse__Output>): grpc.ClientUnaryCall;
  upgradeWallet(argument: _cln_UpgradewalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_UpgradewalletResponse__Output>): grpc.ClientUnaryCall;
  upgradeWallet(argument: _cln_UpgradewalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UpgradewalletResponse__Output>): grpc.ClientUnaryCall;
  upgradeWallet(argument: _cln_UpgradewalletRequest, callback: grpc.requestCallback<_cln_UpgradewalletResponse__Output>): grpc.ClientUnaryCall;
  
  UtxoPsbt(argument: _cln_UtxopsbtRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UtxopsbtResponse__Output>): grpc.ClientUnaryCall;
  UtxoPsbt(argument: _cln_UtxopsbtRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_UtxopsbtResponse__Output>): grpc.ClientUnaryCall;
  UtxoPsbt(argument: _cln_UtxopsbtRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UtxopsbtResponse__Output>): grpc.ClientUnaryCall;
  UtxoPsbt(argument: _cln_UtxopsbtRequest, callback: grpc.requestCallback<_cln_UtxopsbtResponse__Output>): grpc.ClientUnaryCall;
  utxoPsbt(argument: _cln_UtxopsbtRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UtxopsbtResponse__Output>): grpc.ClientUnaryCall;
  utxoPsbt(argument: _cln_UtxopsbtRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_UtxopsbtResponse__Output>): grpc.ClientUnaryCall;
  utxoPsbt(argument: _cln_UtxopsbtRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_UtxopsbtResponse__Output>): grpc.ClientUnaryCall;
  utxoPsbt(argument: _cln_UtxopsbtRequest, callback: grpc.requestCallback<_cln_UtxopsbtResponse__Output>): grpc.ClientUnaryCall;
  
  Wait(argument: _cln_WaitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitResponse__Output>): grpc.ClientUnaryCall;
  Wait(argument: _cln_WaitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitResponse__Output>): grpc.ClientUnaryCall;
  Wait(argument: _cln_WaitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitResponse__Output>): grpc.ClientUnaryCall;
  Wait(argument: _cln_WaitRequest, callback: grpc.requestCallback<_cln_WaitResponse__Output>): grpc.ClientUnaryCall;
  wait(argument: _cln_WaitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitResponse__Output>): grpc.ClientUnaryCall;
  wait(argument: _cln_WaitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitResponse__Output>): grpc.ClientUnaryCall;
  wait(argument: _cln_WaitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitResponse__Output>): grpc.ClientUnaryCall;
  wait(argument: _cln_WaitRequest, callback: grpc.requestCallback<_cln_WaitResponse__Output>): grpc.ClientUnaryCall;
  
  WaitAnyInvoice(argument: _cln_WaitanyinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitanyinvoiceResponse__Output>): grpc.ClientUnaryCall;
  WaitAnyInvoice(argument: _cln_WaitanyinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitanyinvoiceResponse__Output>): grpc.ClientUnaryCall;
  WaitAnyInvoice(argument: _cln_WaitanyinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitanyinvoiceResponse__Output>): grpc.ClientUnaryCall;
  WaitAnyInvoice(argument: _cln_WaitanyinvoiceRequest, callback: grpc.requestCallback<_cln_WaitanyinvoiceResponse__Output>): grpc.ClientUnaryCall;
  waitAnyInvoice(argument: _cln_WaitanyinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitanyinvoiceResponse__Output>): grpc.ClientUnaryCall;
  waitAnyInvoice(argument: _cln_WaitanyinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitanyinvoiceResponse__Output>): grpc.ClientUnaryCall;
  waitAnyInvoice(argument: _cln_WaitanyinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitanyinvoiceResponse__Output>): grpc.ClientUnaryCall;
  waitAnyInvoice(argument: _cln_WaitanyinvoiceRequest, callback: grpc.requestCallback<_cln_WaitanyinvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  WaitBlockHeight(argument: _cln_WaitblockheightRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitblockheightResponse__Output>): grpc.ClientUnaryCall;
  WaitBlockHeight(argument: _cln_WaitblockheightRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitblockheightResponse__Output>): grpc.ClientUnaryCall;
  WaitBlockHeight(argument: _cln_WaitblockheightRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitblockheightResponse__Output>): grpc.ClientUnaryCall;
  WaitBlockHeight(argument: _cln_WaitblockheightRequest, callback: grpc.requestCallback<_cln_WaitblockheightResponse__Output>): grpc.ClientUnaryCall;
  waitBlockHeight(argument: _cln_WaitblockheightRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitblockheightResponse__Output>): grpc.ClientUnaryCall;
  waitBlockHeight(argument: _cln_WaitblockheightRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitblockheightResponse__Output>): grpc.ClientUnaryCall;
  waitBlockHeight(argument: _cln_WaitblockheightRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitblockheightResponse__Output>): grpc.ClientUnaryCall;
  waitBlockHeight(argument: _cln_WaitblockheightRequest, callback: grpc.requestCallback<_cln_WaitblockheightResponse__Output>): grpc.ClientUnaryCall;
  
  WaitInvoice(argument: _cln_WaitinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitinvoiceResponse__Output>): grpc.ClientUnaryCall;
  WaitInvoice(argument: _cln_WaitinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitinvoiceResponse__Output>): grpc.ClientUnaryCall;
  WaitInvoice(argument: _cln_WaitinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitinvoiceResponse__Output>): grpc.ClientUnaryCall;
  WaitInvoice(argument: _cln_WaitinvoiceRequest, callback: grpc.requestCallback<_cln_WaitinvoiceResponse__Output>): grpc.ClientUnaryCall;
  waitInvoice(argument: _cln_WaitinvoiceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitinvoiceResponse__Output>): grpc.ClientUnaryCall;
  waitInvoice(argument: _cln_WaitinvoiceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitinvoiceResponse__Output>): grpc.ClientUnaryCall;
  waitInvoice(argument: _cln_WaitinvoiceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitinvoiceResponse__Output>): grpc.ClientUnaryCall;
  waitInvoice(argument: _cln_WaitinvoiceRequest, callback: grpc.requestCallback<_cln_WaitinvoiceResponse__Output>): grpc.ClientUnaryCall;
  
  WaitSendPay(argument: _cln_WaitsendpayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitsendpayResponse__Output>): grpc.ClientUnaryCall;
  WaitSendPay(argument: _cln_WaitsendpayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitsendpayResponse__Output>): grpc.ClientUnaryCall;
  WaitSendPay(argument: _cln_WaitsendpayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitsendpayResponse__Output>): grpc.ClientUnaryCall;
  WaitSendPay(argument: _cln_WaitsendpayRequest, callback: grpc.requestCallback<_cln_WaitsendpayResponse__Output>): grpc.ClientUnaryCall;
  waitSendPay(argument: _cln_WaitsendpayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitsendpayResponse__Output>): grpc.ClientUnaryCall;
  waitSendPay(argument: _cln_WaitsendpayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WaitsendpayResponse__Output>): grpc.ClientUnaryCall;
  waitSendPay(argument: _cln_WaitsendpayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WaitsendpayResponse__Output>): grpc.ClientUnaryCall;
  waitSendPay(argument: _cln_WaitsendpayRequest, callback: grpc.requestCallback<_cln_WaitsendpayResponse__Output>): grpc.ClientUnaryCall;
  
  Withdraw(argument: _cln_WithdrawRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  Withdraw(argument: _cln_WithdrawRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  Withdraw(argument: _cln_WithdrawRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  Withdraw(argument: _cln_WithdrawRequest, callback: grpc.requestCallback<_cln_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  withdraw(argument: _cln_WithdrawRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  withdraw(argument: _cln_WithdrawRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  withdraw(argument: _cln_WithdrawRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  withdraw(argument: _cln_WithdrawRequest, callback: grpc.requestCallback<_cln_WithdrawResponse__Output>): grpc.ClientUnaryCall;
  
  Xkeysend(argument: _cln_XkeysendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_XkeysendResponse__Output>): grpc.ClientUnaryCall;
  Xkeysend(argument: _cln_XkeysendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_XkeysendResponse__Output>): grpc.ClientUnaryCall;
  Xkeysend(argument: _cln_XkeysendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_XkeysendResponse__Output>): grpc.ClientUnaryCall;
  Xkeysend(argument: _cln_XkeysendRequest, callback: grpc.requestCallback<_cln_XkeysendResponse__Output>): grpc.ClientUnaryCall;
  xkeysend(argument: _cln_XkeysendRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_XkeysendResponse__Output>): grpc.ClientUnaryCall;
  xkeysend(argument: _cln_XkeysendRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_XkeysendResponse__Output>): grpc.ClientUnaryCall;
  xkeysend(argument: _cln_XkeysendRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_XkeysendResponse__Output>): grpc.ClientUnaryCall;
  xkeysend(argument: _cln_XkeysendRequest, callback: grpc.requestCallback<_cln_XkeysendResponse__Output>): grpc.ClientUnaryCall;
  
  Xpay(argument: _cln_XpayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_XpayResponse__Output>): grpc.ClientUnaryCall;
  Xpay(argument: _cln_XpayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_XpayResponse__Output>): grpc.ClientUnaryCall;
  Xpay(argument: _cln_XpayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_XpayResponse__Output>): grpc.ClientUnaryCall;
  Xpay(argument: _cln_XpayRequest, callback: grpc.requestCallback<_cln_XpayResponse__Output>): grpc.ClientUnaryCall;
  xpay(argument: _cln_XpayRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_XpayResponse__Output>): grpc.ClientUnaryCall;
  xpay(argument: _cln_XpayRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_cln_XpayResponse__Output>): grpc.ClientUnaryCall;
  xpay(argument: _cln_XpayRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_cln_XpayResponse__Output>): grpc.ClientUnaryCall;
  xpay(argument: _cln_XpayRequest, callback: grpc.requestCallback<_cln_XpayResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface NodeHandlers extends grpc.UntypedServiceImplementation {
  AddGossip: grpc.handleUnaryCall<_cln_AddgossipRequest__Output, _cln_AddgossipResponse>;
  
  AddPsbtOutput: grpc.handleUnaryCall<_cln_AddpsbtoutputRequest__Output, _cln_AddpsbtoutputResponse>;
  
  AskReneAge: grpc.handleUnaryCall<_cln_AskreneageRequest__Output, _cln_AskreneageResponse>;
  
  AskReneBiasChannel: grpc.handleUnaryCall<_cln_AskrenebiaschannelRequest__Output, _cln_AskrenebiaschannelResponse>;
  
  AskReneCreateChannel: grpc.handleUnaryCall<_cln_AskrenecreatechannelRequest__Output, _cln_AskrenecreatechannelResponse>;
  
  AskReneCreateLayer: grpc.handleUnaryCall<_cln_AskrenecreatelayerRequest__Output, _cln_AskrenecreatelayerResponse>;
  
  AskReneDisableNode: grpc.handleUnaryCall<_cln_AskrenedisablenodeRequest__Output, _cln_AskrenedisablenodeResponse>;
  
  AskReneInformChannel: grpc.handleUnaryCall<_cln_AskreneinformchannelRequest__Output, _cln_AskreneinformchannelResponse>;
  
  AskReneListLayers: grpc.handleUnaryCall<_cln_AskrenelistlayersRequest__Output, _cln_AskrenelistlayersResponse>;
  
  AskReneListReservations: grpc.handleUnaryCall<_cln_AskrenelistreservationsRequest__Output, _cln_AskrenelistreservationsResponse>;
  
  AskReneRemoveChannelUpdate: grpc.handleUnaryCall<_cln_AskreneremovechannelupdateRequest__Output, _cln_AskreneremovechannelupdateResponse>;
  
  AskReneRemoveLayer: grpc.handleUnaryCall<_cln_AskreneremovelayerRequest__Output, _cln_AskreneremovelayerResponse>;
  
  AskReneReserve: grpc.handleUnaryCall<_cln_AskrenereserveRequest__Output, _cln_AskrenereserveResponse>;
  
  AskReneUnreserve: grpc.handleUnaryCall<_cln_AskreneunreserveRequest__Output, _cln_AskreneunreserveResponse>;
  
  AskReneUpdateChannel: grpc.handleUnaryCall<_cln_AskreneupdatechannelRequest__Output, _cln_AskreneupdatechannelResponse>;
  
  AskreneBiasNode: grpc.handleUnaryCall<_cln_AskrenebiasnodeRequest__Output, _cln_AskrenebiasnodeResponse>;
  
  AutoCleanOnce: grpc.handleUnaryCall<_cln_AutocleanonceRequest__Output, _cln_AutocleanonceResponse>;
  
  AutoCleanStatus: grpc.handleUnaryCall<_cln_AutocleanstatusRequest__Output, _cln_AutocleanstatusResponse>;
  
  BkprChannelsApy: grpc.handleUnaryCall<_cln_BkprchannelsapyRequest__Output, _cln_BkprchannelsapyResponse>;
  
  BkprDumpIncomeCsv: grpc.handleUnaryCall<_cln_BkprdumpincomecsvRequest__Output, _cln_BkprdumpincomecsvResponse>;
  
  BkprEditDescriptionByOutpoint: grpc.handleUnaryCall<_cln_BkpreditdescriptionbyoutpointRequest__Output, _cln_BkpreditdescriptionbyoutpointResponse>;
  
  BkprEditDescriptionByPaymentId: grpc.handleUnaryCall<_cln_BkpreditdescriptionbypaymentidRequest__Output, _cln_BkpreditdescriptionbypaymentidResponse>;
  
  BkprInspect: grpc.handleUnaryCall<_cln_BkprinspectRequest__Output, _cln_BkprinspectResponse>;
  
  BkprListAccountEvents: grpc.handleUnaryCall<_cln_BkprlistaccounteventsRequest__Output, _cln_BkprlistaccounteventsResponse>;
  
  BkprListBalances: grpc.handleUnaryCall<_cln_BkprlistbalancesRequest__Output, _cln_BkprlistbalancesResponse>;
  
  BkprListIncome: grpc.handleUnaryCall<_cln_BkprlistincomeRequest__Output, _cln_BkprlistincomeResponse>;
  
  BkprReport: grpc.handleUnaryCall<_cln_BkprreportRequest__Output, _cln_BkprreportResponse>;
  
  BlacklistRune: grpc.handleUnaryCall<_cln_BlacklistruneRequest__Output, _cln_BlacklistruneResponse>;
  
  CancelRecurringInvoice: grpc.handleUnaryCall<_cln_CancelrecurringinvoiceRequest__Output, _cln_CancelrecurringinvoiceResponse>;
  
  CheckMessage: grpc.handleUnaryCall<_cln_CheckmessageRequest__Output, _cln_CheckmessageResponse>;
  
  CheckRune: grpc.handleUnaryCall<_cln_CheckruneRequest__Output, _cln_CheckruneResponse>;
  
  ClnrestRegisterPath: grpc.handleUnaryCall<_cln_ClnrestregisterpathRequest__Output, _cln_ClnrestregisterpathResponse>;
  
  Close: grpc.handleUnaryCall<_cln_CloseRequest__Output, _cln_CloseResponse>;
  
  ConnectPeer: grpc.handleUnaryCall<_cln_ConnectRequest__Output, _cln_ConnectResponse>;
  
  CreateInvoice: grpc.handleUnaryCall<_cln_CreateinvoiceRequest__Output, _cln_CreateinvoiceResponse>;
  
  CreateInvoiceRequest: grpc.handleUnaryCall<_cln_InvoicerequestRequest__Output, _cln_InvoicerequestResponse>;
  
  CreateOnion: grpc.handleUnaryCall<_cln_CreateonionRequest__Output, _cln_CreateonionResponse>;
  
  CreateProof: grpc.handleUnaryCall<_cln_CreateproofRequest__Output, _cln_CreateproofResponse>;
  
  CreateRune: grpc.handleUnaryCall<_cln_CreateruneRequest__Output, _cln_CreateruneResponse>;
  
  CurrencyConvert: grpc.handleUnaryCall<_cln_CurrencyconvertRequest__Output, _cln_CurrencyconvertResponse>;
  
  CurrencyRate: grpc.handleUnaryCall<_cln_CurrencyrateRequest__Output, _cln_CurrencyrateResponse>;
  
  Datastore: grpc.handleUnaryCall<_cln_DatastoreRequest__Output, _cln_DatastoreResponse>;
  
  DatastoreUsage: grpc.handleUnaryCall<_cln_DatastoreusageRequest__Output, _cln_DatastoreusageResponse>;
  
  Decode: grpc.handleUnaryCall<_cln_DecodeRequest__Output, _cln_DecodeResponse>;
  
  DelDatastore: grpc.handleUnaryCall<_cln_DeldatastoreRequest__Output, _cln_DeldatastoreResponse>;
  
  DelForward: grpc.handleUnaryCall<_cln_DelforwardRequest__Output, _cln_DelforwardResponse>;
  
  DelInvoice: grpc.handleUnaryCall<_cln_DelinvoiceRequest__Output, _cln_DelinvoiceResponse>;
  
  DelNetworkEvent: grpc.handleUnaryCall<_cln_DelnetworkeventRequest__Output, _cln_DelnetworkeventResponse>;
  
  DelPay: grpc.handleUnaryCall<_cln_DelpayRequest__Output, _cln_DelpayResponse>;
  
  DevForgetChannel: grpc.handleUnaryCall<_cln_DevforgetchannelRequest__Output, _cln_DevforgetchannelResponse>;
  
  DevSplice: grpc.handleUnaryCall<_cln_DevspliceRequest__Output, _cln_DevspliceResponse>;
  
  DisableInvoiceRequest: grpc.handleUnaryCall<_cln_DisableinvoicerequestRequest__Output, _cln_DisableinvoicerequestResponse>;
  
  DisableOffer: grpc.handleUnaryCall<_cln_DisableofferRequest__Output, _cln_DisableofferResponse>;
  
  Disconnect: grpc.handleUnaryCall<_cln_DisconnectRequest__Output, _cln_DisconnectResponse>;
  
  EmergencyRecover: grpc.handleUnaryCall<_cln_EmergencyrecoverRequest__Output, _cln_EmergencyrecoverResponse>;
  
  EnableOffer: grpc.handleUnaryCall<_cln_EnableofferRequest__Output, _cln_EnableofferResponse>;
  
  ExposeSecret: grpc.handleUnaryCall<_cln_ExposesecretRequest__Output, _cln_ExposesecretResponse>;
  
  Feerates: grpc.handleUnaryCall<_cln_FeeratesRequest__Output, _cln_FeeratesResponse>;
  
  FetchBip353: grpc.handleUnaryCall<_cln_Fetchbip353Request__Output, _cln_Fetchbip353Response>;
  
  FetchInvoice: grpc.handleUnaryCall<_cln_FetchinvoiceRequest__Output, _cln_FetchinvoiceResponse>;
  
  FundChannel: grpc.handleUnaryCall<_cln_FundchannelRequest__Output, _cln_FundchannelResponse>;
  
  FundChannelCancel: grpc.handleUnaryCall<_cln_FundchannelCancelRequest__Output, _cln_FundchannelCancelResponse>;
  
  FundChannelComplete: grpc.handleUnaryCall<_cln_FundchannelCompleteRequest__Output, _cln_FundchannelCompleteResponse>;
  
  FundChannelStart: grpc.handleUnaryCall<_cln_FundchannelStartRequest__Output, _cln_FundchannelStartResponse>;
  
  FundPsbt: grpc.handleUnaryCall<_cln_FundpsbtRequest__Output, _cln_FundpsbtResponse>;
  
  FunderUpdate: grpc.handleUnaryCall<_cln_FunderupdateRequest__Output, _cln_FunderupdateResponse>;
  
  GetEmergencyRecoverData: grpc.handleUnaryCall<_cln_GetemergencyrecoverdataRequest__Output, _cln_GetemergencyrecoverdataResponse>;
  
  GetLog: grpc.handleUnaryCall<_cln_GetlogRequest__Output, _cln_GetlogResponse>;
  
  GetRoute: grpc.handleUnaryCall<_cln_GetrouteRequest__Output, _cln_GetrouteResponse>;
  
  GetRoutes: grpc.handleUnaryCall<_cln_GetroutesRequest__Output, _cln_GetroutesResponse>;
  
  Getinfo: grpc.handleUnaryCall<_cln_GetinfoRequest__Output, _cln_GetinfoResponse>;
  
  Graceful: grpc.handleUnaryCall<_cln_GracefulRequest__Output, _cln_GracefulResponse>;
  
  Help: grpc.handleUnaryCall<_cln_HelpRequest__Output, _cln_HelpResponse>;
  
  InjectOnionMessage: grpc.handleUnaryCall<_cln_InjectonionmessageRequest__Output, _cln_InjectonionmessageResponse>;
  
  InjectPaymentOnion: grpc.handleUnaryCall<_cln_InjectpaymentonionRequest__Output, _cln_InjectpaymentonionResponse>;
  
  Invoice: grpc.handleUnaryCall<_cln_InvoiceRequest__Output, _cln_InvoiceResponse>;
  
  KeySend: grpc.handleUnaryCall<_cln_KeysendRequest__Output, _cln_KeysendResponse>;
  
  ListAddresses: grpc.handleUnaryCall<_cln_ListaddressesRequest__Output, _cln_ListaddressesResponse>;
  
  ListChainMoves: grpc.handleUnaryCall<_cln_ListchainmovesRequest__Output, _cln_ListchainmovesResponse>;
  
  ListChannelMoves: grpc.handleUnaryCall<_cln_ListchannelmovesRequest__Output, _cln_ListchannelmovesResponse>;
  
  ListChannels: grpc.handleUnaryCall<_cln_ListchannelsRequest__Output, _cln_ListchannelsResponse>;
  
  ListClosedChannels: grpc.handleUnaryCall<_cln_ListclosedchannelsRequest__Output, _cln_ListclosedchannelsResponse>;
  
  ListConfigs: grpc.handleUnaryCall<_cln_ListconfigsRequest__Output, _cln_ListconfigsResponse>;
  
  ListCurrencyRates: grpc.handleUnaryCall<_cln_ListcurrencyratesRequest__Output, _cln_ListcurrencyratesResponse>;
  
  ListDatastore: grpc.handleUnaryCall<_cln_ListdatastoreRequest__Output, _cln_ListdatastoreResponse>;
  
  ListForwards: grpc.handleUnaryCall<_cln_ListforwardsRequest__Output, _cln_ListforwardsResponse>;
  
  ListFunds: grpc.handleUnaryCall<_cln_ListfundsRequest__Output, _cln_ListfundsResponse>;
  
  ListHtlcs: grpc.handleUnaryCall<_cln_ListhtlcsRequest__Output, _cln_ListhtlcsResponse>;
  
  ListInvoiceRequests: grpc.handleUnaryCall<_cln_ListinvoicerequestsRequest__Output, _cln_ListinvoicerequestsResponse>;
  
  ListInvoices: grpc.handleUnaryCall<_cln_ListinvoicesRequest__Output, _cln_ListinvoicesResponse>;
  
  ListNetworkEvents: grpc.handleUnaryCall<_cln_ListnetworkeventsRequest__Output, _cln_ListnetworkeventsResponse>;
  
  ListNodes: grpc.handleUnaryCall<_cln_ListnodesRequest__Output, _cln_ListnodesResponse>;
  
  ListOffers: grpc.handleUnaryCall<_cln_ListoffersRequest__Output, _cln_ListoffersResponse>;
  
  ListPays: grpc.handleUnaryCall<_cln_ListpaysRequest__Output, _cln_ListpaysResponse>;
  
  ListPeerChannels: grpc.handleUnaryCall<_cln_ListpeerchannelsRequest__Output, _cln_ListpeerchannelsResponse>;
  
  ListPeers: grpc.handleUnaryCall<_cln_ListpeersRequest__Output, _cln_ListpeersResponse>;
  
  ListSendPays: grpc.handleUnaryCall<_cln_ListsendpaysRequest__Output, _cln_ListsendpaysResponse>;
  
  ListTransactions: grpc.handleUnaryCall<_cln_ListtransactionsRequest__Output, _cln_ListtransactionsResponse>;
  
  MakeSecret: grpc.handleUnaryCall<_cln_MakesecretRequest__Output, _cln_MakesecretResponse>;
  
  MultiFundChannel: grpc.handleUnaryCall<_cln_MultifundchannelRequest__Output, _cln_MultifundchannelResponse>;
  
  MultiWithdraw: grpc.handleUnaryCall<_cln_MultiwithdrawRequest__Output, _cln_MultiwithdrawResponse>;
  
  NewAddr: grpc.handleUnaryCall<_cln_NewaddrRequest__Output, _cln_NewaddrResponse>;
  
  Offer: grpc.handleUnaryCall<_cln_OfferRequest__Output, _cln_OfferResponse>;
  
  OpenChannelAbort: grpc.handleUnaryCall<_cln_OpenchannelAbortRequest__Output, _cln_OpenchannelAbortResponse>;
  
  OpenChannelBump: grpc.handleUnaryCall<_cln_OpenchannelBumpRequest__Output, _cln_OpenchannelBumpResponse>;
  
  OpenChannelInit: grpc.handleUnaryCall<_cln_OpenchannelInitRequest__Output, _cln_OpenchannelInitResponse>;
  
  OpenChannelSigned: grpc.handleUnaryCall<_cln_OpenchannelSignedRequest__Output, _cln_OpenchannelSignedResponse>;
  
  OpenChannelUpdate: grpc.handleUnaryCall<_cln_OpenchannelUpdateRequest__Output, _cln_OpenchannelUpdateResponse>;
  
  Pay: grpc.handleUnaryCall<_cln_PayRequest__Output, _cln_PayResponse>;
  
  Ping: grpc.handleUnaryCall<_cln_PingRequest__Output, _cln_PingResponse>;
  
  Plugin: grpc.handleUnaryCall<_cln_PluginRequest__Output, _cln_PluginResponse>;
  
  PreApproveInvoice: grpc.handleUnaryCall<_cln_PreapproveinvoiceRequest__Output, _cln_PreapproveinvoiceResponse>;
  
  PreApproveKeysend: grpc.handleUnaryCall<_cln_PreapprovekeysendRequest__Output, _cln_PreapprovekeysendResponse>;
  
  Recover: grpc.handleUnaryCall<_cln_RecoverRequest__Output, _cln_RecoverResponse>;
  
  RecoverChannel: grpc.handleUnaryCall<_cln_RecoverchannelRequest__Output, _cln_RecoverchannelResponse>;
  
  RenePay: grpc.handleUnaryCall<_cln_RenepayRequest__Output, _cln_RenepayResponse>;
  
  RenePayStatus: grpc.handleUnaryCall<_cln_RenepaystatusRequest__Output, _cln_RenepaystatusResponse>;
  
  ReserveInputs: grpc.handleUnaryCall<_cln_ReserveinputsRequest__Output, _cln_ReserveinputsResponse>;
  
  SendAmount: grpc.handleUnaryCall<_cln_SendamountRequest__Output, _cln_SendamountResponse>;
  
  SendCustomMsg: grpc.handleUnaryCall<_cln_SendcustommsgRequest__Output, _cln_SendcustommsgResponse>;
  
  SendInvoice: grpc.handleUnaryCall<_cln_SendinvoiceRequest__Output, _cln_SendinvoiceResponse>;
  
  SendOnion: grpc.handleUnaryCall<_cln_SendonionRequest__Output, _cln_SendonionResponse>;
  
  SendPay: grpc.handleUnaryCall<_cln_SendpayRequest__Output, _cln_SendpayResponse>;
  
  SendPsbt: grpc.handleUnaryCall<_cln_SendpsbtRequest__Output, _cln_SendpsbtResponse>;
  
  SetChannel: grpc.handleUnaryCall<_cln_SetchannelRequest__Output, _cln_SetchannelResponse>;
  
  SetConfig: grpc.handleUnaryCall<_cln_SetconfigRequest__Output, _cln_SetconfigResponse>;
  
  SetPsbtVersion: grpc.handleUnaryCall<_cln_SetpsbtversionRequest__Output, _cln_SetpsbtversionResponse>;
  
  ShowRunes: grpc.handleUnaryCall<_cln_ShowrunesRequest__Output, _cln_ShowrunesResponse>;
  
  SignInvoice: grpc.handleUnaryCall<_cln_SigninvoiceRequest__Output, _cln_SigninvoiceResponse>;
  
  SignMessage: grpc.handleUnaryCall<_cln_SignmessageRequest__Output, _cln_SignmessageResponse>;
  
  SignMessageWithKey: grpc.handleUnaryCall<_cln_SignmessagewithkeyRequest__Output, _cln_SignmessagewithkeyResponse>;
  
  SignPsbt: grpc.handleUnaryCall<_cln_SignpsbtRequest__Output, _cln_SignpsbtResponse>;
  
  SpliceIn: grpc.handleUnaryCall<_cln_SpliceinRequest__Output, _cln_SpliceinResponse>;
  
  SpliceInit: grpc.handleUnaryCall<_cln_SpliceInitRequest__Output, _cln_SpliceInitResponse>;
  
  SpliceOut: grpc.handleUnaryCall<_cln_SpliceoutRequest__Output, _cln_SpliceoutResponse>;
  
  SpliceSigned: grpc.handleUnaryCall<_cln_SpliceSignedRequest__Output, _cln_SpliceSignedResponse>;
  
  SpliceUpdate: grpc.handleUnaryCall<_cln_SpliceUpdateRequest__Output, _cln_SpliceUpdateResponse>;
  
  StaticBackup: grpc.handleUnaryCall<_cln_StaticbackupRequest__Output, _cln_StaticbackupResponse>;
  
  Stop: grpc.handleUnaryCall<_cln_StopRequest__Output, _cln_StopResponse>;
  
  SubscribeBalanceSnapshot: grpc.handleServerStreamingCall<_cln_StreamBalanceSnapshotRequest__Output, _cln_BalanceSnapshotNotification>;
  
  SubscribeBlockAdded: grpc.handleServerStreamingCall<_cln_StreamBlockAddedRequest__Output, _cln_BlockAddedNotification>;
  
  SubscribeChannelOpenFailed: grpc.handleServerStreamingCall<_cln_StreamChannelOpenFailedRequest__Output, _cln_ChannelOpenFailedNotification>;
  
  SubscribeChannelOpened: grpc.handleServerStreamingCall<_cln_StreamChannelOpenedRequest__Output, _cln_ChannelOpenedNotification>;
  
  SubscribeChannelStateChanged: grpc.handleServerStreamingCall<_cln_StreamChannelStateChangedRequest__Output, _cln_ChannelStateChangedNotification>;
  
  SubscribeCoinMovement: grpc.handleServerStreamingCall<_cln_StreamCoinMovementRequest__Output, _cln_CoinMovementNotification>;
  
  SubscribeConnect: grpc.handleServerStreamingCall<_cln_StreamConnectRequest__Output, _cln_PeerConnectNotification>;
  
  SubscribeCustomMsg: grpc.handleServerStreamingCall<_cln_StreamCustomMsgRequest__Output, _cln_CustomMsgNotification>;
  
  SubscribeDeprecatedOneshot: grpc.handleServerStreamingCall<_cln_StreamDeprecatedOneshotRequest__Output, _cln_DeprecatedOneshotNotification>;
  
  SubscribeDisconnect: grpc.handleServerStreamingCall<_cln_StreamDisconnectRequest__Output, _cln_DisconnectNotification>;
  
  SubscribeForwardEvent: grpc.handleServerStreamingCall<_cln_StreamForwardEventRequest__Output, _cln_ForwardEventNotification>;
  
  SubscribeInvoiceCreation: grpc.handleServerStreamingCall<_cln_StreamInvoiceCreationRequest__Output, _cln_InvoiceCreationNotification>;
  
  SubscribeInvoicePayment: grpc.handleServerStreamingCall<_cln_StreamInvoicePaymentRequest__Output, _cln_InvoicePaymentNotification>;
  
  SubscribeLog: grpc.handleServerStreamingCall<_cln_StreamLogRequest__Output, _cln_LogNotification>;
  
  SubscribeOnionMessageForwardFail: grpc.handleServerStreamingCall<_cln_StreamOnionMessageForwardFailRequest__Output, _cln_OnionMessageForwardFailNotification>;
  
  SubscribeOpenChannelPeerSigs: grpc.handleServerStreamingCall<_cln_StreamOpenChannelPeerSigsRequest__Output, _cln_OpenChannelPeerSigsNotification>;
  
  SubscribePayPartEnd: grpc.handleServerStreamingCall<_cln_StreamPayPartEndRequest__Output, _cln_PayPartEndNotification>;
  
  SubscribePayPartStart: grpc.handleServerStreamingCall<_cln_StreamPayPartStartRequest__Output, _cln_PayPartStartNotification>;
  
  SubscribePluginStarted: grpc.handleServerStreamingCall<_cln_StreamPluginStartedRequest__Output, _cln_PluginStartedNotification>;
  
  SubscribePluginStopped: grpc.handleServerStreamingCall<_cln_StreamPluginStoppedRequest__Output, _cln_PluginStoppedNotification>;
  
  SubscribeSendPayFailure: grpc.handleServerStreamingCall<_cln_StreamSendPayFailureRequest__Output, _cln_SendPayFailureNotification>;
  
  SubscribeSendPaySuccess: grpc.handleServerStreamingCall<_cln_StreamSendPaySuccessRequest__Output, _cln_SendPaySuccessNotification>;
  
  SubscribeShutdown: grpc.handleServerStreamingCall<_cln_StreamShutdownRequest__Output, _cln_ShutdownNotification>;
  
  SubscribeWarning: grpc.handleServerStreamingCall<_cln_StreamWarningRequest__Output, _cln_WarningNotification>;
  
  TxDiscard: grpc.handleUnaryCall<_cln_TxdiscardRequest__Output, _cln_TxdiscardResponse>;
  
  TxPrepare: grpc.handleUnaryCall<_cln_TxprepareRequest__Output, _cln_TxprepareResponse>;
  
  TxSend: grpc.handleUnaryCall<_cln_TxsendRequest__Output, _cln_TxsendResponse>;
  
  UnreserveInputs: grpc.handleUnaryCall<_cln_UnreserveinputsRequest__Output, _cln_UnreserveinputsResponse>;
  
  UpgradeWallet: grpc.handleUnaryCall<_cln_UpgradewalletRequest__Output, _cln_UpgradewalletResponse>;
  
  UtxoPsbt: grpc.handleUnaryCall<_cln_UtxopsbtRequest__Output, _cln_UtxopsbtResponse>;
  
  Wait: grpc.handleUnaryCall<_cln_WaitRequest__Output, _cln_WaitResponse>;
  
  WaitAnyInvoice: grpc.handleUnaryCall<_cln_WaitanyinvoiceRequest__Output, _cln_WaitanyinvoiceResponse>;
  
  WaitBlockHeight: grpc.handleUnaryCall<_cln_WaitblockheightRequest__Output, _cln_WaitblockheightResponse>;
  
  WaitInvoice: grpc.handleUnaryCall<_cln_WaitinvoiceRequest__Output, _cln_WaitinvoiceResponse>;
  
  WaitSendPay: grpc.handleUnaryCall<_cln_WaitsendpayRequest__Output, _cln_WaitsendpayResponse>;
  
  Withdraw: grpc.handleUnaryCall<_cln_WithdrawRequest__Output, _cln_WithdrawResponse>;
  
  Xkeysend: grpc.handleUnaryCall<_cln_XkeysendRequest__Output, _cln_XkeysendResponse>;
  
  Xpay: grpc.handleUnaryCall<_cln_XpayRequest__Output, _cln_XpayResponse>;
  
}

export interface NodeDefinition extends grpc.ServiceDefinition {
  AddGossip: MethodDefinition<_cln_AddgossipRequest, _cln_AddgossipResponse, _cln_AddgossipRequest__Output, _cln_AddgossipResponse__Output>
  AddPsbtOutput: MethodDefinition<_cln_AddpsbtoutputRequest, _cln_AddpsbtoutputResponse, _cln_AddpsbtoutputRequest__Output, _cln_AddpsbtoutputResponse__Output>
  AskReneAge: MethodDefinition<_cln_AskreneageRequest, _cln_AskreneageResponse, _cln_AskreneageRequest__Output, _cln_AskreneageResponse__Output>
  AskReneBiasChannel: MethodDefinition<_cln_AskrenebiaschannelRequest, _cln_AskrenebiaschannelResponse, _cln_AskrenebiaschannelRequest__Output, _cln_AskrenebiaschannelResponse__Output>
  AskReneCreateChannel: MethodDefinition<_cln_AskrenecreatechannelRequest, _cln_AskrenecreatechannelResponse, _cln_AskrenecreatechannelRequest__Output, _cln_AskrenecreatechannelResponse__Output>
  AskReneCreateLayer: MethodDefinition<_cln_AskrenecreatelayerRequest, _cln_AskrenecreatelayerResponse, _cln_AskrenecreatelayerRequest__Output, _cln_AskrenecreatelayerResponse__Output>
  AskReneDisableNode: MethodDefinition<_cln_AskrenedisablenodeRequest, _cln_AskrenedisablenodeResponse, _cln_AskrenedisablenodeRequest__Output, _cln_AskrenedisablenodeResponse__Output>
  AskReneInformChannel: MethodDefinition<_cln_AskreneinformchannelRequest, _cln_AskreneinformchannelResponse, _cln_AskreneinformchannelRequest__Output, _cln_AskreneinformchannelResponse__Output>
  AskReneListLayers: MethodDefinition<_cln_AskrenelistlayersRequest, _cln_AskrenelistlayersResponse, _cln_AskrenelistlayersRequest__Output, _cln_AskrenelistlayersResponse__Output>
  AskReneListReservations: MethodDefinition<_cln_AskrenelistreservationsRequest, _cln_AskrenelistreservationsResponse, _cln_AskrenelistreservationsRequest__Output, _cln_AskrenelistreservationsResponse__Output>
  AskReneRemoveChannelUpdate: MethodDefinition<_cln_AskreneremovechannelupdateRequest, _cln_AskreneremovechannelupdateResponse, _cln_AskreneremovechannelupdateRequest__Output, _cln_AskreneremovechannelupdateResponse__Output>
  AskReneRemoveLayer: MethodDefinition<_cln_AskreneremovelayerRequest, _cln_AskreneremovelayerResponse, _cln_AskreneremovelayerRequest__Output, _cln_AskreneremovelayerResponse__Output>
  AskReneReserve: MethodDefinition<_cln_AskrenereserveRequest, _cln_AskrenereserveResponse, _cln_AskrenereserveRequest__Output, _cln_AskrenereserveResponse__Output>
  AskReneUnreserve: MethodDefinition<_cln_AskreneunreserveRequest, _cln_AskreneunreserveResponse, _cln_AskreneunreserveRequest__Output, _cln_AskreneunreserveResponse__Output>
  AskReneUpdateChannel: MethodDefinition<_cln_AskreneupdatechannelRequest, _cln_AskreneupdatechannelResponse, _cln_AskreneupdatechannelRequest__Output, _cln_AskreneupdatechannelResponse__Output>
  AskreneBiasNode: MethodDefinition<_cln_AskrenebiasnodeRequest, _cln_AskrenebiasnodeResponse, _cln_AskrenebiasnodeRequest__Output, _cln_AskrenebiasnodeResponse__Output>
  AutoCleanOnce: MethodDefinition<_cln_AutocleanonceRequest, _cln_AutocleanonceResponse, _cln_AutocleanonceRequest__Output, _cln_AutocleanonceResponse__Output>
  AutoCleanStatus: MethodDefinition<_cln_AutocleanstatusRequest, _cln_AutocleanstatusResponse, _cln_AutocleanstatusRequest__Output, _cln_AutocleanstatusResponse__Output>
  BkprChannelsApy: MethodDefinition<_cln_BkprchannelsapyRequest, _cln_BkprchannelsapyResponse, _cln_BkprchannelsapyRequest__Output, _cln_BkprchannelsapyResponse__Output>
  BkprDumpIncomeCsv: MethodDefinition<_cln_BkprdumpincomecsvRequest, _cln_BkprdumpincomecsvResponse, _cln_BkprdumpincomecsvRequest__Output, _cln_BkprdumpincomecsvResponse__Output>
  BkprEditDescriptionByOutpoint: MethodDefinition<_cln_BkpreditdescriptionbyoutpointRequest, _cln_BkpreditdescriptionbyoutpointResponse, _cln_BkpreditdescriptionbyoutpointRequest__Output, _cln_BkpreditdescriptionbyoutpointResponse__Output>
  BkprEditDescriptionByPaymentId: MethodDefinition<_cln_BkpreditdescriptionbypaymentidRequest, _cln_BkpreditdescriptionbypaymentidResponse, _cln_BkpreditdescriptionbypaymentidRequest__Output, _cln_BkpreditdescriptionbypaymentidResponse__Output>
  BkprInspect: MethodDefinition<_cln_BkprinspectRequest, _cln_BkprinspectResponse, _cln_BkprinspectRequest__Output, _cln_BkprinspectResponse__Output>
  BkprListAccountEvents: MethodDefinition<_cln_BkprlistaccounteventsRequest, _cln_BkprlistaccounteventsResponse, _cln_BkprlistaccounteventsRequest__Output, _cln_BkprlistaccounteventsResponse__Output>
  BkprListBalances: MethodDefinition<_cln_BkprlistbalancesRequest, _cln_BkprlistbalancesResponse, _cln_BkprlistbalancesRequest__Output, _cln_BkprlistbalancesResponse__Output>
  BkprListIncome: MethodDefinition<_cln_BkprlistincomeRequest, _cln_BkprlistincomeResponse, _cln_BkprlistincomeRequest__Output, _cln_BkprlistincomeResponse__Output>
  BkprReport: MethodDefinition<_cln_BkprreportRequest, _cln_BkprreportResponse, _cln_BkprreportRequest__Output, _cln_BkprreportResponse__Output>
  BlacklistRune: MethodDefinition<_cln_BlacklistruneRequest, _cln_BlacklistruneResponse, _cln_BlacklistruneRequest__Output, _cln_BlacklistruneResponse__Output>
  CancelRecurringInvoice: MethodDefinition<_cln_CancelrecurringinvoiceRequest, _cln_CancelrecurringinvoiceResponse, _cln_CancelrecurringinvoiceRequest__Output, _cln_CancelrecurringinvoiceResponse__Output>
  CheckMessage: MethodDefinition<_cln_CheckmessageRequest, _cln_CheckmessageResponse, _cln_CheckmessageRequest__Output, _cln_CheckmessageResponse__Output>
  CheckRune: MethodDefinition<_cln_CheckruneRequest, _cln_CheckruneResponse, _cln_CheckruneRequest__Output, _cln_CheckruneResponse__Output>
  ClnrestRegisterPath: MethodDefinition<_cln_ClnrestregisterpathRequest, _cln_ClnrestregisterpathResponse, _cln_ClnrestregisterpathRequest__Output, _cln_ClnrestregisterpathResponse__Output>
  Close: MethodDefinition<_cln_CloseRequest, _cln_CloseResponse, _cln_CloseRequest__Output, _cln_CloseResponse__Output>
  ConnectPeer: MethodDefinition<_cln_ConnectRequest, _cln_ConnectResponse, _cln_ConnectRequest__Output, _cln_ConnectResponse__Output>
  CreateInvoice: MethodDefinition<_cln_CreateinvoiceRequest, _cln_CreateinvoiceResponse, _cln_CreateinvoiceRequest__Output, _cln_CreateinvoiceResponse__Output>
  CreateInvoiceRequest: MethodDefinition<_cln_InvoicerequestRequest, _cln_InvoicerequestResponse, _cln_InvoicerequestRequest__Output, _cln_InvoicerequestResponse__Output>
  CreateOnion: MethodDefinition<_cln_CreateonionRequest, _cln_CreateonionResponse, _cln_CreateonionRequest__Output, _cln_CreateonionResponse__Output>
  CreateProof: MethodDefinition<_cln_CreateproofRequest, _cln_CreateproofResponse, _cln_CreateproofRequest__Output, _cln_CreateproofResponse__Output>
  CreateRune: MethodDefinition<_cln_CreateruneRequest, _cln_CreateruneResponse, _cln_CreateruneRequest__Output, _cln_CreateruneResponse__Output>
  CurrencyConvert: MethodDefinition<_cln_CurrencyconvertRequest, _cln_CurrencyconvertResponse, _cln_CurrencyconvertRequest__Output, _cln_CurrencyconvertResponse__Output>
  CurrencyRate: MethodDefinition<_cln_CurrencyrateRequest, _cln_CurrencyrateResponse, _cln_CurrencyrateRequest__Output, _cln_CurrencyrateResponse__Output>
  Datastore: MethodDefinition<_cln_DatastoreRequest, _cln_DatastoreResponse, _cln_DatastoreRequest__Output, _cln_DatastoreResponse__Output>
  DatastoreUsage: MethodDefinition<_cln_DatastoreusageRequest, _cln_DatastoreusageResponse, _cln_DatastoreusageRequest__Output, _cln_DatastoreusageResponse__Output>
  Decode: MethodDefinition<_cln_DecodeRequest, _cln_DecodeResponse, _cln_DecodeRequest__Output, _cln_DecodeResponse__Output>
  DelDatastore: MethodDefinition<_cln_DeldatastoreRequest, _cln_DeldatastoreResponse, _cln_DeldatastoreRequest__Output, _cln_DeldatastoreResponse__Output>
  DelForward: MethodDefinition<_cln_DelforwardRequest, _cln_DelforwardResponse, _cln_DelforwardRequest__Output, _cln_DelforwardResponse__Output>
  DelInvoice: MethodDefinition<_cln_DelinvoiceRequest, _cln_DelinvoiceResponse, _cln_DelinvoiceRequest__Output, _cln_DelinvoiceResponse__Output>
  DelNetworkEvent: MethodDefinition<_cln_DelnetworkeventRequest, _cln_DelnetworkeventResponse, _cln_DelnetworkeventRequest__Output, _cln_DelnetworkeventResponse__Output>
  DelPay: MethodDefinition<_cln_DelpayRequest, _cln_DelpayResponse, _cln_DelpayRequest__Output, _cln_DelpayResponse__Output>
  DevForgetChannel: MethodDefinition<_cln_DevforgetchannelRequest, _cln_DevforgetchannelResponse, _cln_DevforgetchannelRequest__Output, _cln_DevforgetchannelResponse__Output>
  DevSplice: MethodDefinition<_cln_DevspliceRequest, _cln_DevspliceResponse, _cln_DevspliceRequest__Output, _cln_DevspliceResponse__Output>
  DisableInvoiceRequest: MethodDefinition<_cln_DisableinvoicerequestRequest, _cln_DisableinvoicerequestResponse, _cln_DisableinvoicerequestRequest__Output, _cln_DisableinvoicerequestResponse__Output>
  DisableOffer: MethodDefinition<_cln_DisableofferRequest, _cln_DisableofferResponse, _cln_DisableofferRequest__Output, _cln_DisableofferResponse__Output>
  Disconnect: MethodDefinition<_cln_DisconnectRequest, _cln_DisconnectResponse, _cln_DisconnectRequest__Output, _cln_DisconnectResponse__Output>
  EmergencyRecover: MethodDefinition<_cln_EmergencyrecoverRequest, _cln_EmergencyrecoverResponse, _cln_EmergencyrecoverRequest__Output, _cln_EmergencyrecoverResponse__Output>
  EnableOffer: MethodDefinition<_cln_EnableofferRequest, _cln_EnableofferResponse, _cln_EnableofferRequest__Output, _cln_EnableofferResponse__Output>
  ExposeSecret: MethodDefinition<_cln_ExposesecretRequest, _cln_ExposesecretResponse, _cln_ExposesecretRequest__Output, _cln_ExposesecretResponse__Output>
  Feerates: MethodDefinition<_cln_FeeratesRequest, _cln_FeeratesResponse, _cln_FeeratesRequest__Output, _cln_FeeratesResponse__Output>
  FetchBip353: MethodDefinition<_cln_Fetchbip353Request, _cln_Fetchbip353Response, _cln_Fetchbip353Request__Output, _cln_Fetchbip353Response__Output>
  FetchInvoice: MethodDefinition<_cln_FetchinvoiceRequest, _cln_FetchinvoiceResponse, _cln_FetchinvoiceRequest__Output, _cln_FetchinvoiceResponse__Output>
  FundChannel: MethodDefinition<_cln_FundchannelRequest, _cln_FundchannelResponse, _cln_FundchannelRequest__Output, _cln_FundchannelResponse__Output>
  FundChannelCancel: MethodDefinition<_cln_FundchannelCancelRequest, _cln_FundchannelCancelResponse, _cln_FundchannelCancelRequest__Output, _cln_FundchannelCancelResponse__Output>
  FundChannelComplete: MethodDefinition<_cln_FundchannelCompleteRequest, _cln_FundchannelCompleteResponse, _cln_FundchannelCompleteRequest__Output, _cln_FundchannelCompleteResponse__Output>
  FundChannelStart: MethodDefinition<_cln_FundchannelStartRequest, _cln_FundchannelStartResponse, _cln_FundchannelStartRequest__Output, _cln_FundchannelStartResponse__Output>
  FundPsbt: MethodDefinition<_cln_FundpsbtRequest, _cln_FundpsbtResponse, _cln_FundpsbtRequest__Output, _cln_FundpsbtResponse__Output>
  FunderUpdate: MethodDefinition<_cln_FunderupdateRequest, _cln_FunderupdateResponse, _cln_FunderupdateRequest__Output, _cln_FunderupdateResponse__Output>
  GetEmergencyRecoverData: MethodDefinition<_cln_GetemergencyrecoverdataRequest, _cln_GetemergencyrecoverdataResponse, _cln_GetemergencyrecoverdataRequest__Output, _cln_GetemergencyrecoverdataResponse__Output>
  GetLog: MethodDefinition<_cln_GetlogRequest, _cln_GetlogResponse, _cln_GetlogRequest__Output, _cln_GetlogResponse__Output>
  GetRoute: MethodDefinition<_cln_GetrouteRequest, _cln_GetrouteResponse, _cln_GetrouteRequest__Output, _cln_GetrouteResponse__Output>
  GetRoutes: MethodDefinition<_cln_GetroutesRequest, _cln_GetroutesResponse, _cln_GetroutesRequest__Output, _cln_GetroutesResponse__Output>
  Getinfo: MethodDefinition<_cln_GetinfoRequest, _cln_GetinfoResponse, _cln_GetinfoRequest__Output, _cln_GetinfoResponse__Output>
  Graceful: MethodDefinition<_cln_GracefulRequest, _cln_GracefulResponse, _cln_GracefulRequest__Output, _cln_GracefulResponse__Output>
  Help: MethodDefinition<_cln_HelpRequest, _cln_HelpResponse, _cln_HelpRequest__Output, _cln_HelpResponse__Output>
  InjectOnionMessage: MethodDefinition<_cln_InjectonionmessageRequest, _cln_InjectonionmessageResponse, _cln_InjectonionmessageRequest__Output, _cln_InjectonionmessageResponse__Output>
  InjectPaymentOnion: MethodDefinition<_cln_InjectpaymentonionRequest, _cln_InjectpaymentonionResponse, _cln_InjectpaymentonionRequest__Output, _cln_InjectpaymentonionResponse__Output>
  Invoice: MethodDefinition<_cln_InvoiceRequest, _cln_InvoiceResponse, _cln_InvoiceRequest__Output, _cln_InvoiceResponse__Output>
  KeySend: MethodDefinition<_cln_KeysendRequest, _cln_KeysendResponse, _cln_KeysendRequest__Output, _cln_KeysendResponse__Output>
  ListAddresses: MethodDefinition<_cln_ListaddressesRequest, _cln_ListaddressesResponse, _cln_ListaddressesRequest__Output, _cln_ListaddressesResponse__Output>
  ListChainMoves: MethodDefinition<_cln_ListchainmovesRequest, _cln_ListchainmovesResponse, _cln_ListchainmovesRequest__Output, _cln_ListchainmovesResponse__Output>
  ListChannelMoves: MethodDefinition<_cln_ListchannelmovesRequest, _cln_ListchannelmovesResponse, _cln_ListchannelmovesRequest__Output, _cln_ListchannelmovesResponse__Output>
  ListChannels: MethodDefinition<_cln_ListchannelsRequest, _cln_ListchannelsResponse, _cln_ListchannelsRequest__Output, _cln_ListchannelsResponse__Output>
  ListClosedChannels: MethodDefinition<_cln_ListclosedchannelsRequest, _cln_ListclosedchannelsResponse, _cln_ListclosedchannelsRequest__Output, _cln_ListclosedchannelsResponse__Output>
  ListConfigs: MethodDefinition<_cln_ListconfigsRequest, _cln_ListconfigsResponse, _cln_ListconfigsRequest__Output, _cln_ListconfigsResponse__Output>
  ListCurrencyRates: MethodDefinition<_cln_ListcurrencyratesRequest, _cln_ListcurrencyratesResponse, _cln_ListcurrencyratesRequest__Output, _cln_ListcurrencyratesResponse__Output>
  ListDatastore: MethodDefinition<_cln_ListdatastoreRequest, _cln_ListdatastoreResponse, _cln_ListdatastoreRequest__Output, _cln_ListdatastoreResponse__Output>
  ListForwards: MethodDefinition<_cln_ListforwardsRequest, _cln_ListforwardsResponse, _cln_ListforwardsRequest__Output, _cln_ListforwardsResponse__Output>
  ListFunds: MethodDefinition<_cln_ListfundsRequest, _cln_ListfundsResponse, _cln_ListfundsRequest__Output, _cln_ListfundsResponse__Output>
  ListHtlcs: MethodDefinition<_cln_ListhtlcsRequest, _cln_ListhtlcsResponse, _cln_ListhtlcsRequest__Output, _cln_ListhtlcsResponse__Output>
  ListInvoiceRequests: MethodDefinition<_cln_ListinvoicerequestsRequest, _cln_ListinvoicerequestsResponse, _cln_ListinvoicerequestsRequest__Output, _cln_ListinvoicerequestsResponse__Output>
  ListInvoices: MethodDefinition<_cln_ListinvoicesRequest, _cln_ListinvoicesResponse, _cln_ListinvoicesRequest__Output, _cln_ListinvoicesResponse__Output>
  ListNetworkEvents: MethodDefinition<_cln_ListnetworkeventsRequest, _cln_ListnetworkeventsResponse, _cln_ListnetworkeventsRequest__Output, _cln_ListnetworkeventsResponse__Output>
  ListNodes: MethodDefinition<_cln_ListnodesRequest, _cln_ListnodesResponse, _cln_ListnodesRequest__Output, _cln_ListnodesResponse__Output>
  ListOffers: MethodDefinition<_cln_ListoffersRequest, _cln_ListoffersResponse, _cln_ListoffersRequest__Output, _cln_ListoffersResponse__Output>
  ListPays: MethodDefinition<_cln_ListpaysRequest, _cln_ListpaysResponse, _cln_ListpaysRequest__Output, _cln_ListpaysResponse__Output>
  ListPeerChannels: MethodDefinition<_cln_ListpeerchannelsRequest, _cln_ListpeerchannelsResponse, _cln_ListpeerchannelsRequest__Output, _cln_ListpeerchannelsResponse__Output>
  ListPeers: MethodDefinition<_cln_ListpeersRequest, _cln_ListpeersResponse, _cln_ListpeersRequest__Output, _cln_ListpeersResponse__Output>
  ListSendPays: MethodDefinition<_cln_ListsendpaysRequest, _cln_ListsendpaysResponse, _cln_ListsendpaysRequest__Output, _cln_ListsendpaysResponse__Output>
  ListTransactions: MethodDefinition<_cln_ListtransactionsRequest, _cln_ListtransactionsResponse, _cln_ListtransactionsRequest__Output, _cln_ListtransactionsResponse__Output>
  MakeSecret: MethodDefinition<_cln_MakesecretRequest, _cln_MakesecretResponse, _cln_MakesecretRequest__Output, _cln_MakesecretResponse__Output>
  MultiFundChannel: MethodDefinition<_cln_MultifundchannelRequest, _cln_MultifundchannelResponse, _cln_MultifundchannelRequest__Output, _cln_MultifundchannelResponse__Output>
  MultiWithdraw: MethodDefinition<_cln_MultiwithdrawRequest, _cln_MultiwithdrawResponse, _cln_MultiwithdrawRequest__Output, _cln_MultiwithdrawResponse__Output>
  NewAddr: MethodDefinition<_cln_NewaddrRequest, _cln_NewaddrResponse, _cln_NewaddrRequest__Output, _cln_NewaddrResponse__Output>
  Offer: MethodDefinition<_cln_OfferRequest, _cln_OfferResponse, _cln_OfferRequest__Output, _cln_OfferResponse__Output>
  OpenChannelAbort: MethodDefinition<_cln_OpenchannelAbortRequest, _cln_OpenchannelAbortResponse, _cln_OpenchannelAbortRequest__Output, _cln_OpenchannelAbortResponse__Output>
  OpenChannelBump: MethodDefinition<_cln_OpenchannelBumpRequest, _cln_OpenchannelBumpResponse, _cln_OpenchannelBumpRequest__Output, _cln_OpenchannelBumpResponse__Output>
  OpenChannelInit: MethodDefinition<_cln_OpenchannelInitRequest, _cln_OpenchannelInitResponse, _cln_OpenchannelInitRequest__Output, _cln_OpenchannelInitResponse__Output>
  OpenChannelSigned: MethodDefinition<_cln_OpenchannelSignedRequest, _cln_OpenchannelSignedResponse, _cln_OpenchannelSignedRequest__Output, _cln_OpenchannelSignedResponse__Output>
  OpenChannelUpdate: MethodDefinition<_cln_OpenchannelUpdateRequest, _cln_OpenchannelUpdateResponse, _cln_OpenchannelUpdateRequest__Output, _cln_OpenchannelUpdateResponse__Output>
  Pay: MethodDefinition<_cln_PayRequest, _cln_PayResponse, _cln_PayRequest__Output, _cln_PayResponse__Output>
  Ping: MethodDefinition<_cln_PingRequest, _cln_PingResponse, _cln_PingRequest__Output, _cln_PingResponse__Output>
  Plugin: MethodDefinition<_cln_PluginRequest, _cln_PluginResponse, _cln_PluginRequest__Output, _cln_PluginResponse__Output>
  PreApproveInvoice: MethodDefinition<_cln_PreapproveinvoiceRequest, _cln_PreapproveinvoiceResponse, _cln_PreapproveinvoiceRequest__Output, _cln_PreapproveinvoiceResponse__Output>
  PreApproveKeysend: MethodDefinition<_cln_PreapprovekeysendRequest, _cln_PreapprovekeysendResponse, _cln_PreapprovekeysendRequest__Output, _cln_PreapprovekeysendResponse__Output>
  Recover: MethodDefinition<_cln_RecoverRequest, _cln_RecoverResponse, _cln_RecoverRequest__Output, _cln_RecoverResponse__Output>
  RecoverChannel: MethodDefinition<_cln_RecoverchannelRequest, _cln_RecoverchannelResponse, _cln_RecoverchannelRequest__Output, _cln_RecoverchannelResponse__Output>
  RenePay: MethodDefinition<_cln_RenepayRequest, _cln_RenepayResponse, _cln_RenepayRequest__Output, _cln_RenepayResponse__Output>
  RenePayStatus: MethodDefinition<_cln_RenepaystatusRequest, _cln_RenepaystatusResponse, _cln_RenepaystatusRequest__Output, _cln_RenepaystatusResponse__Output>
  ReserveInputs: MethodDefinition<_cln_ReserveinputsRequest, _cln_ReserveinputsResponse, _cln_ReserveinputsRequest__Output, _cln_ReserveinputsResponse__Output>
  SendAmount: MethodDefinition<_cln_SendamountRequest, _cln_SendamountResponse, _cln_SendamountRequest__Output, _cln_SendamountResponse__Output>
  SendCustomMsg: MethodDefinition<_cln_SendcustommsgRequest, _cln_SendcustommsgResponse, _cln_SendcustommsgRequest__Output, _cln_SendcustommsgResponse__Output>
  SendInvoice: MethodDefinition<_cln_SendinvoiceRequest, _cln_SendinvoiceResponse, _cln_SendinvoiceRequest__Output, _cln_SendinvoiceResponse__Output>
  SendOnion: MethodDefinition<_cln_SendonionRequest, _cln_SendonionResponse, _cln_SendonionRequest__Output, _cln_SendonionResponse__Output>
  SendPay: MethodDefinition<_cln_SendpayRequest, _cln_SendpayResponse, _cln_SendpayRequest__Output, _cln_SendpayResponse__Output>
  SendPsbt: MethodDefinition<_cln_SendpsbtRequest, _cln_SendpsbtResponse, _cln_SendpsbtRequest__Output, _cln_SendpsbtResponse__Output>
  SetChannel: MethodDefinition<_cln_SetchannelRequest, _cln_SetchannelResponse, _cln_SetchannelRequest__Output, _cln_SetchannelResponse__Output>
  SetConfig: MethodDefinition<_cln_SetconfigRequest, _cln_SetconfigResponse, _cln_SetconfigRequest__Output, _cln_SetconfigResponse__Output>
  SetPsbtVersion: MethodDefinition<_cln_SetpsbtversionRequest, _cln_SetpsbtversionResponse, _cln_SetpsbtversionRequest__Output, _cln_SetpsbtversionResponse__Output>
  ShowRunes: MethodDefinition<_cln_ShowrunesRequest, _cln_ShowrunesResponse, _cln_ShowrunesRequest__Output, _cln_ShowrunesResponse__Output>
  SignInvoice: MethodDefinition<_cln_SigninvoiceRequest, _cln_SigninvoiceResponse, _cln_SigninvoiceRequest__Output, _cln_SigninvoiceResponse__Output>
  SignMessage: MethodDefinition<_cln_SignmessageRequest, _cln_SignmessageResponse, _cln_SignmessageRequest__Output, _cln_SignmessageResponse__Output>
  SignMessageWithKey: MethodDefinition<_cln_SignmessagewithkeyRequest, _cln_SignmessagewithkeyResponse, _cln_SignmessagewithkeyRequest__Output, _cln_SignmessagewithkeyResponse__Output>
  SignPsbt: MethodDefinition<_cln_SignpsbtRequest, _cln_SignpsbtResponse, _cln_SignpsbtRequest__Output, _cln_SignpsbtResponse__Output>
  SpliceIn: MethodDefinition<_cln_SpliceinRequest, _cln_SpliceinResponse, _cln_SpliceinRequest__Output, _cln_SpliceinResponse__Output>
  SpliceInit: MethodDefinition<_cln_SpliceInitRequest, _cln_SpliceInitResponse, _cln_SpliceInitRequest__Output, _cln_SpliceInitResponse__Output>
  SpliceOut: MethodDefinition<_cln_SpliceoutRequest, _cln_SpliceoutResponse, _cln_SpliceoutRequest__Output, _cln_SpliceoutResponse__Output>
  SpliceSigned: MethodDefinition<_cln_SpliceSignedRequest, _cln_SpliceSignedResponse, _cln_SpliceSignedRequest__Output, _cln_SpliceSignedResponse__Output>
  SpliceUpdate: MethodDefinition<_cln_SpliceUpdateRequest, _cln_SpliceUpdateResponse, _cln_SpliceUpdateRequest__Output, _cln_SpliceUpdateResponse__Output>
  StaticBackup: MethodDefinition<_cln_StaticbackupRequest, _cln_StaticbackupResponse, _cln_StaticbackupRequest__Output, _cln_StaticbackupResponse__Output>
  Stop: MethodDefinition<_cln_StopRequest, _cln_StopResponse, _cln_StopRequest__Output, _cln_StopResponse__Output>
  SubscribeBalanceSnapshot: MethodDefinition<_cln_StreamBalanceSnapshotRequest, _cln_BalanceSnapshotNotification, _cln_StreamBalanceSnapshotRequest__Output, _cln_BalanceSnapshotNotification__Output>
  SubscribeBlockAdded: MethodDefinition<_cln_StreamBlockAddedRequest, _cln_BlockAddedNotification, _cln_StreamBlockAddedRequest__Output, _cln_BlockAddedNotification__Output>
  SubscribeChannelOpenFailed: MethodDefinition<_cln_StreamChannelOpenFailedRequest, _cln_ChannelOpenFailedNotification, _cln_StreamChannelOpenFailedRequest__Output, _cln_ChannelOpenFailedNotification__Output>
  SubscribeChannelOpened: MethodDefinition<_cln_StreamChannelOpenedRequest, _cln_ChannelOpenedNotification, _cln_StreamChannelOpenedRequest__Output, _cln_ChannelOpenedNotification__Output>
  SubscribeChannelStateChanged: MethodDefinition<_cln_StreamChannelStateChangedRequest, _cln_ChannelStateChangedNotification, _cln_StreamChannelStateChangedRequest__Output, _cln_ChannelStateChangedNotification__Output>
  SubscribeCoinMovement: MethodDefinition<_cln_StreamCoinMovementRequest, _cln_CoinMovementNotification, _cln_StreamCoinMovementRequest__Output, _cln_CoinMovementNotification__Output>
  SubscribeConnect: MethodDefinition<_cln_StreamConnectRequest, _cln_PeerConnectNotification, _cln_StreamConnectRequest__Output, _cln_PeerConnectNotification__Output>
  SubscribeCustomMsg: MethodDefinition<_cln_StreamCustomMsgRequest, _cln_CustomMsgNotification, _cln_StreamCustomMsgRequest__Output, _cln_CustomMsgNotification__Output>
  SubscribeDeprecatedOneshot: MethodDefinition<_cln_StreamDeprecatedOneshotRequest, _cln_DeprecatedOneshotNotification, _cln_StreamDeprecatedOneshotRequest__Output, _cln_DeprecatedOneshotNotification__Output>
  SubscribeDisconnect: MethodDefinition<_cln_StreamDisconnectRequest, _cln_DisconnectNotification, _cln_StreamDisconnectRequest__Output, _cln_DisconnectNotification__Output>
  SubscribeForwardEvent: MethodDefinition<_cln_StreamForwardEventRequest, _cln_ForwardEventNotification, _cln_StreamForwardEventRequest__Output, _cln_ForwardEventNotification__Output>
  SubscribeInvoiceCreation: MethodDefinition<_cln_StreamInvoiceCreationRequest, _cln_InvoiceCreationNotification, _cln_StreamInvoiceCreationRequest__Output, _cln_InvoiceCreationNotification__Output>
  SubscribeInvoicePayment: MethodDefinition<_cln_StreamInvoicePaymentRequest, _cln_InvoicePaymentNotification, _cln_StreamInvoicePaymentRequest__Output, _cln_InvoicePaymentNotification__Output>
  SubscribeLog: MethodDefinition<_cln_StreamLogRequest, _cln_LogNotification, _cln_StreamLogRequest__Output, _cln_LogNotification__Output>
  SubscribeOnionMessageForwardFail: MethodDefinition<_cln_StreamOnionMessageForwardFailRequest, _cln_OnionMessageForwardFailNotification, _cln_StreamOnionMessageForwardFailRequest__Output, _cln_OnionMessageForwardFailNotification__Output>
  SubscribeOpenChannelPeerSigs: MethodDefinition<_cln_StreamOpenChannelPeerSigsRequest, _cln_OpenChannelPeerSigsNotification, _cln_StreamOpenChannelPeerSigsRequest__Output, _cln_OpenChannelPeerSigsNotification__Output>
  SubscribePayPartEnd: MethodDefinition<_cln_StreamPayPartEndRequest, _cln_PayPartEndNotification, _cln_StreamPayPartEndRequest__Output, _cln_PayPartEndNotification__Output>
  SubscribePayPartStart: MethodDefinition<_cln_StreamPayPartStartRequest, _cln_PayPartStartNotification, _cln_StreamPayPartStartRequest__Output, _cln_PayPartStartNotification__Output>
  SubscribePluginStarted: MethodDefinition<_cln_StreamPluginStartedRequest, _cln_PluginStartedNotification, _cln_StreamPluginStartedRequest__Output, _cln_PluginStartedNotification__Output>
  SubscribePluginStopped: MethodDefinition<_cln_StreamPluginStoppedRequest, _cln_PluginStoppedNotification, _cln_StreamPluginStoppedRequest__Output, _cln_PluginStoppedNotification__Output>
  SubscribeSendPayFailure: MethodDefinition<_cln_StreamSendPayFailureRequest, _cln_SendPayFailureNotification, _cln_StreamSendPayFailureRequest__Output, _cln_SendPayFailureNotification__Output>
  SubscribeSendPaySuccess: MethodDefinition<_cln_StreamSendPaySuccessRequest, _cln_SendPaySuccessNotification, _cln_StreamSendPaySuccessRequest__Output, _cln_SendPaySuccessNotification__Output>
  SubscribeShutdown: MethodDefinition<_cln_StreamShutdownRequest, _cln_ShutdownNotification, _cln_StreamShutdownRequest__Output, _cln_ShutdownNotification__Output>
  SubscribeWarning: MethodDefinition<_cln_StreamWarningRequest, _cln_WarningNotification, _cln_StreamWarningRequest__Output, _cln_WarningNotification__Output>
  TxDiscard: MethodDefinition<_cln_TxdiscardRequest, _cln_TxdiscardResponse, _cln_TxdiscardRequest__Output, _cln_TxdiscardResponse__Output>
  TxPrepare: MethodDefinition<_cln_TxprepareRequest, _cln_TxprepareResponse, _cln_TxprepareRequest__Output, _cln_TxprepareResponse__Output>
  TxSend: MethodDefinition<_cln_TxsendRequest, _cln_TxsendResponse, _cln_TxsendRequest__Output, _cln_TxsendResponse__Output>
  UnreserveInputs: MethodDefinition<_cln_UnreserveinputsRequest, _cln_UnreserveinputsResponse, _cln_UnreserveinputsRequest__Output, _cln_UnreserveinputsResponse__Output>
  UpgradeWallet: MethodDefinition<_cln_UpgradewalletRequest, _cln_UpgradewalletResponse, _cln_UpgradewalletRequest__Output, _cln_UpgradewalletResponse__Output>
  UtxoPsbt: MethodDefinition<_cln_UtxopsbtRequest, _cln_UtxopsbtResponse, _cln_UtxopsbtRequest__Output, _cln_UtxopsbtResponse__Output>
  Wait: MethodDefinition<_cln_WaitRequest, _cln_WaitResponse, _cln_WaitRequest__Output, _cln_WaitResponse__Output>
  WaitAnyInvoice: MethodDefinition<_cln_WaitanyinvoiceRequest, _cln_WaitanyinvoiceResponse, _cln_WaitanyinvoiceRequest__Output, _cln_WaitanyinvoiceResponse__Output>
  WaitBlockHeight: MethodDefinition<_cln_WaitblockheightRequest, _cln_WaitblockheightResponse, _cln_WaitblockheightRequest__Output, _cln_WaitblockheightResponse__Output>
  WaitInvoice: MethodDefinition<_cln_WaitinvoiceRequest, _cln_WaitinvoiceResponse, _cln_WaitinvoiceRequest__Output, _cln_WaitinvoiceResponse__Output>
  WaitSendPay: MethodDefinition<_cln_WaitsendpayRequest, _cln_WaitsendpayResponse, _cln_WaitsendpayRequest__Output, _cln_WaitsendpayResponse__Output>
  Withdraw: MethodDefinition<_cln_WithdrawRequest, _cln_WithdrawResponse, _cln_WithdrawRequest__Output, _cln_WithdrawResponse__Output>
  Xkeysend: MethodDefinition<_cln_XkeysendRequest, _cln_XkeysendResponse, _cln_XkeysendRequest__Output, _cln_XkeysendResponse__Output>
  Xpay: MethodDefinition<_cln_XpayRequest, _cln_XpayResponse, _cln_XpayRequest__Output, _cln_XpayResponse__Output>
}
