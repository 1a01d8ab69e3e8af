import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddgossipRequest as _cln_AddgossipRequest, AddgossipRequest__Output as _cln_AddgossipRequest__Output } from './cln/AddgossipRequest.ts';
import type { AddgossipResponse as _cln_AddgossipResponse, AddgossipResponse__Output as _cln_AddgossipResponse__Output } from './cln/AddgossipResponse.ts';
import type { AddpsbtoutputRequest as _cln_AddpsbtoutputRequest, AddpsbtoutputRequest__Output as _cln_AddpsbtoutputRequest__Output } from './cln/AddpsbtoutputRequest.ts';
import type { AddpsbtoutputResponse as _cln_AddpsbtoutputResponse, AddpsbtoutputResponse__Output as _cln_AddpsbtoutputResponse__Output } from './cln/AddpsbtoutputResponse.ts';
import type { Amount as _cln_Amount, Amount__Output as _cln_Amount__Output } from './cln/Amount.ts';
import type { AmountOrAll as _cln_AmountOrAll, AmountOrAll__Output as _cln_AmountOrAll__Output } from './cln/AmountOrAll.ts';
import type { AmountOrAny as _cln_AmountOrAny, AmountOrAny__Output as _cln_AmountOrAny__Output } from './cln/AmountOrAny.ts';
import type { AskreneageRequest as _cln_AskreneageRequest, AskreneageRequest__Output as _cln_AskreneageRequest__Output } from './cln/AskreneageRequest.ts';
import type { AskreneageResponse as _cln_AskreneageResponse, AskreneageResponse__Output as _cln_AskreneageResponse__Output } from './cln/AskreneageResponse.ts';
import type { AskrenebiaschannelBiases as _cln_AskrenebiaschannelBiases, AskrenebiaschannelBiases__Output as _cln_AskrenebiaschannelBiases__Output } from './cln/AskrenebiaschannelBiases.ts';
import type { AskrenebiaschannelRequest as _cln_AskrenebiaschannelRequest, AskrenebiaschannelRequest__Output as _cln_AskrenebiaschannelRequest__Output } from './cln/AskrenebiaschannelRequest.ts';
import type { AskrenebiaschannelResponse as _cln_AskrenebiaschannelResponse, AskrenebiaschannelResponse__Output as _cln_AskrenebiaschannelResponse__Output } from './cln/AskrenebiaschannelResponse.ts';
import type { AskrenebiasnodeNodeBiases as _cln_AskrenebiasnodeNodeBiases, AskrenebiasnodeNodeBiases__Output as _cln_AskrenebiasnodeNodeBiases__Output } from './cln/AskrenebiasnodeNodeBiases.ts';
import type { AskrenebiasnodeRequest as _cln_AskrenebiasnodeRequest, AskrenebiasnodeRequest__Output as _cln_AskrenebiasnodeRequest__Output } from './cln/AskrenebiasnodeRequest.ts';
import type { AskrenebiasnodeResponse as _cln_AskrenebiasnodeResponse, AskrenebiasnodeResponse__Output as _cln_AskrenebiasnodeResponse__Output } from './cln/AskrenebiasnodeResponse.ts';
import type { AskrenecreatechannelRequest as _cln_AskrenecreatechannelRequest, AskrenecreatechannelRequest__Output as _cln_AskrenecreatechannelRequest__Output } from './cln/AskrenecreatechannelRequest.ts';
import type { AskrenecreatechannelResponse as _cln_AskrenecreatechannelResponse, AskrenecreatechannelResponse__Output as _cln_AskrenecreatechannelResponse__Output } from './cln/AskrenecreatechannelResponse.ts';
import type { AskrenecreatelayerLayers as _cln_AskrenecreatelayerLayers, AskrenecreatelayerLayers__Output as _cln_AskrenecreatelayerLayers__Output } from './cln/AskrenecreatelayerLayers.ts';
import type { AskrenecreatelayerLayersBiases as _cln_AskrenecreatelayerLayersBiases, AskrenecreatelayerLayersBiases__Output as _cln_AskrenecreatelayerLayersBiases__Output } from './cln/AskrenecreatelayerLayersBiases.ts';
import type { AskrenecreatelayerLayersChannelUpdates as _cln_AskrenecreatelayerLayersChannelUpdates, AskrenecreatelayerLayersChannelUpdates__Output as _cln_AskrenecreatelayerLayersChannelUpdates__Output } from './cln/AskrenecreatelayerLayersChannelUpdates.ts';
import type { AskrenecreatelayerLayersConstraints as _cln_AskrenecreatelayerLayersConstraints, AskrenecreatelayerLayersConstraints__Output as _cln_AskrenecreatelayerLayersConstraints__Output } from './cln/AskrenecreatelayerLayersConstraints.ts';
import type { AskrenecreatelayerLayersCreatedChannels as _cln_AskrenecreatelayerLayersCreatedChannels, AskrenecreatelayerLayersCreatedChannels__Output as _cln_AskrenecreatelayerLayersCreatedChannels__Output } from './cln/AskrenecreatelayerLayersCreatedChannels.ts';
import type { AskrenecreatelayerLayersNodeBiases as _cln_AskrenecreatelayerLayersNodeBiases, AskrenecreatelayerLayersNodeBiases__Output as _cln_AskrenecreatelayerLayersNodeBiases__Output } from './cln/AskrenecreatelayerLayersNodeBiases.ts';
import type { AskrenecreatelayerRequest as _cln_AskrenecreatelayerRequest, AskrenecreatelayerRequest__Output as _cln_AskrenecreatelayerRequest__Output } from './cln/AskrenecreatelayerRequest.ts';
import type { AskrenecreatelayerResponse as _cln_AskrenecreatelayerResponse, AskrenecreatelayerResponse__Output as _cln_AskrenecreatelayerResponse__Output } from './cln/AskrenecreatelayerResponse.ts';
import type { AskrenedisablenodeRequest as _cln_AskrenedisablenodeRequest, AskrenedisablenodeRequest__Output as _cln_AskrenedisablenodeRequest__Output } from './cln/AskrenedisablenodeRequest.ts';
import type { AskrenedisablenodeResponse as _cln_AskrenedisablenodeResponse, AskrenedisablenodeResponse__Output as _cln_AskrenedisablenodeResponse__Output } from './cln/AskrenedisablenodeResponse.ts';
import type { AskreneinformchannelConstraints as _cln_AskreneinformchannelConstraints, AskreneinformchannelConstraints__Output as _cln_AskreneinformchannelConstraints__Output } from './cln/AskreneinformchannelConstraints.ts';
import type { AskreneinformchannelRequest as _cln_AskreneinformchannelRequest, AskreneinformchannelRequest__Output as _cln_AskreneinformchannelRequest__Output } from './cln/AskreneinformchannelRequest.ts';
import type { AskreneinformchannelResponse as _cln_AskreneinformchannelResponse, AskreneinformchannelResponse__Output as _cln_AskreneinformchannelResponse__Output } from './cln/AskreneinformchannelResponse.ts';
import type { AskrenelistlayersLayers as _cln_AskrenelistlayersLayers, AskrenelistlayersLayers__Output as _cln_AskrenelistlayersLayers__Output } from './cln/AskrenelistlayersLayers.ts';
import type { AskrenelistlayersLayersBiases as _cln_AskrenelistlayersLayersBiases, AskrenelistlayersLayersBiases__Output as _cln_AskrenelistlayersLayersBiases__Output } from './cln/AskrenelistlayersLayersBiases.ts';
import type { AskrenelistlayersLayersChannelUpdates as _cln_AskrenelistlayersLayersChannelUpdates, AskrenelistlayersLayersChannelUpdates__Output as _cln_AskrenelistlayersLayersChannelUpdates__Output } from './cln/AskrenelistlayersLayersChannelUpdates.ts';
import type { AskrenelistlayersLayersConstraints as _cln_AskrenelistlayersLayersConstraints, AskrenelistlayersLayersConstraints__Output as _cln_AskrenelistlayersLayersConstraints__Output } from './cln/AskrenelistlayersLayersConstraints.ts';
import type { AskrenelistlayersLayersCreatedChannels as _cln_AskrenelistlayersLayersCreatedChannels, AskrenelistlayersLayersCreatedChannels__Output as _cln_AskrenelistlayersLayersCreatedChannels__Output } from './cln/AskrenelistlayersLayersCreatedChannels.ts';
import type { AskrenelistlayersLayersNodeBiases as _cln_AskrenelistlayersLayersNodeBiases, AskrenelistlayersLayersNodeBiases__Output as _cln_AskrenelistlayersLayersNodeBiases__Output } from './cln/AskrenelistlayersLayersNodeBiases.ts';
import type { AskrenelistlayersRequest as _cln_AskrenelistlayersRequest, AskrenelistlayersRequest__Output as _cln_AskrenelistlayersRequest__Output } from './cln/AskrenelistlayersRequest.ts';
import type { AskrenelistlayersResponse as _cln_AskrenelistlayersResponse, AskrenelistlayersResponse__Output as _cln_AskrenelistlayersResponse__Output } from './cln/AskrenelistlayersResponse.ts';
import type { AskrenelistreservationsRequest as _cln_AskrenelistreservationsRequest, AskrenelistreservationsRequest__Output as _cln_AskrenelistreservationsRequest__Output } from './cln/AskrenelistreservationsRequest.ts';
import type { AskrenelistreservationsReservations as _cln_AskrenelistreservationsReservations, AskrenelistreservationsReservations__Output as _cln_AskrenelistreservationsReservations__Output } from './cln/AskrenelistreservationsReservations.ts';
import type { AskrenelistreservationsResponse as _cln_AskrenelistreservationsResponse, AskrenelistreservationsResponse__Output as _cln_AskrenelistreservationsResponse__Output } from './cln/AskrenelistreservationsResponse.ts';
import type { AskreneremovechannelupdateRequest as _cln_AskreneremovechannelupdateRequest, AskreneremovechannelupdateRequest__Output as _cln_AskreneremovechannelupdateRequest__Output } from './cln/AskreneremovechannelupdateRequest.ts';
import type { AskreneremovechannelupdateResponse as _cln_AskreneremovechannelupdateResponse, AskreneremovechannelupdateResponse__Output as _cln_AskreneremovechannelupdateResponse__Output } from './cln/AskreneremovechannelupdateResponse.ts';
import type { AskreneremovelayerRequest as _cln_AskreneremovelayerRequest, AskreneremovelayerRequest__Output as _cln_AskreneremovelayerRequest__Output } from './cln/AskreneremovelayerRequest.ts';
import type { AskreneremovelayerResponse as _cln_AskreneremovelayerResponse, AskreneremovelayerResponse__Output as _cln_AskreneremovelayerResponse__Output } from './cln/AskreneremovelayerResponse.ts';
import type { AskrenereservePath as _cln_AskrenereservePath, AskrenereservePath__Output as _cln_AskrenereservePath__Output } from './cln/AskrenereservePath.ts';
import type { AskrenereserveRequest as _cln_AskrenereserveRequest, AskrenereserveRequest__Output as _cln_AskrenereserveRequest__Output } from './cln/AskrenereserveRequest.ts';
import type { AskrenereserveResponse as _cln_AskrenereserveResponse, AskrenereserveResponse__Output as _cln_AskrenereserveResponse__Output } from './cln/AskrenereserveResponse.ts';
import type { AskreneunreservePath as _cln_AskreneunreservePath, AskreneunreservePath__Output as _cln_AskreneunreservePath__Output } from './cln/AskreneunreservePath.ts';
import type { AskreneunreserveRequest as _cln_AskreneunreserveRequest, AskreneunreserveRequest__Output as _cln_AskreneunreserveRequest__Output } from './cln/AskreneunreserveRequest.ts';
import type { AskreneunreserveResponse as _cln_AskreneunreserveResponse, AskreneunreserveResponse__Output as _cln_AskreneunreserveResponse__Output } from './cln/AskreneunreserveResponse.ts';
import type { AskreneupdatechannelRequest as _cln_AskreneupdatechannelRequest, AskreneupdatechannelRequest__Output as _cln_AskreneupdatechannelRequest__Output } from './cln/AskreneupdatechannelRequest.ts';
import type { AskreneupdatechannelResponse as _cln_AskreneupdatechannelResponse, AskreneupdatechannelResponse__Output as _cln_AskreneupdatechannelResponse__Output } from './cln/AskreneupdatechannelResponse.ts';
import type { AutocleanonceAutoclean as _cln_AutocleanonceAutoclean, AutocleanonceAutoclean__Output as _cln_AutocleanonceAutoclean__Output } from './cln/AutocleanonceAutoclean.ts';
import type { AutocleanonceAutocleanExpiredinvoices as _cln_AutocleanonceAutocleanExpiredinvoices, AutocleanonceAutocleanExpiredinvoices__Output as _cln_AutocleanonceAutocleanExpiredinvoices__Output } from './cln/AutocleanonceAutocleanExpiredinvoices.ts';
import type { AutocleanonceAutocleanFailedforwards as _cln_AutocleanonceAutocleanFailedforwards, AutocleanonceAutocleanFailedforwards__Output as _cln_AutocleanonceAutocleanFailedforwards__Output } from './cln/AutocleanonceAutocleanFailedforwards.ts';
import type { AutocleanonceAutocleanFailedpays as _cln_AutocleanonceAutocleanFailedpays, AutocleanonceAutocleanFailedpays__Output as _cln_AutocleanonceAutocleanFailedpays__Output } from './cln/AutocleanonceAutocleanFailedpays.ts';
import type { AutocleanonceAutocleanNetworkevents as _cln_AutocleanonceAutocleanNetworkevents, AutocleanonceAutocleanNetworkevents__Output as _cln_AutocleanonceAutocleanNetworkevents__Output } from './cln/AutocleanonceAutocleanNetworkevents.ts';
import type { AutocleanonceAutocleanPaidinvoices as _cln_AutocleanonceAutocleanPaidinvoices, AutocleanonceAutocleanPaidinvoices__Output as _cln_AutocleanonceAutocleanPaidinvoices__Output } from './cln/AutocleanonceAutocleanPaidinvoices.ts';
import type { AutocleanonceAutocleanSucceededforwards as _cln_AutocleanonceAutocleanSucceededforwards, AutocleanonceAutocleanSucceededforwards__Output as _cln_AutocleanonceAutocleanSucceededforwards__Output } from './cln/AutocleanonceAutocleanSucceededforwards.ts';
import type { AutocleanonceAutocleanSucceededpays as _cln_AutocleanonceAutocleanSucceededpays, AutocleanonceAutocleanSucceededpays__Output as _cln_AutocleanonceAutocleanSucceededpays__Output } from './cln/AutocleanonceAutocleanSucceededpays.ts';
import type { AutocleanonceRequest as _cln_AutocleanonceRequest, AutocleanonceRequest__Output as _cln_AutocleanonceRequest__Output } from './cln/AutocleanonceRequest.ts';
import type { AutocleanonceResponse as _cln_AutocleanonceResponse, AutocleanonceResponse__Output as _cln_AutocleanonceResponse__Output } from './cln/AutocleanonceResponse.ts';
import type { AutocleanstatusAutoclean as _cln_AutocleanstatusAutoclean, AutocleanstatusAutoclean__Output as _cln_AutocleanstatusAutoclean__Output } from './cln/AutocleanstatusAutoclean.ts';
import type { AutocleanstatusAutocleanExpiredinvoices as _cln_AutocleanstatusAutocleanExpiredinvoices, AutocleanstatusAutocleanExpiredinvoices__Output as _cln_AutocleanstatusAutocleanExpiredinvoices__Output } from './cln/AutocleanstatusAutocleanExpiredinvoices.ts';
import type { AutocleanstatusAutocleanFailedforwards as _cln_AutocleanstatusAutocleanFailedforwards, AutocleanstatusAutocleanFailedforwards__Output as _cln_AutocleanstatusAutocleanFailedforwards__Output } from './cln/AutocleanstatusAutocleanFailedforwards.ts';
import type { AutocleanstatusAutocleanFailedpays as _cln_AutocleanstatusAutocleanFailedpays, AutocleanstatusAutocleanFailedpays__Output as _cln_AutocleanstatusAutocleanFailedpays__Output } from './cln/AutocleanstatusAutocleanFailedpays.ts';
import type { AutocleanstatusAutocleanNetworkevents as _cln_AutocleanstatusAutocleanNetworkevents, AutocleanstatusAutocleanNetworkevents__Output as _cln_AutocleanstatusAutocleanNetworkevents__Output } from './cln/AutocleanstatusAutocleanNetworkevents.ts';
import type { AutocleanstatusAutocleanPaidinvoices as _cln_AutocleanstatusAutocleanPaidinvoices, AutocleanstatusAutocleanPaidinvoices__Output as _cln_AutocleanstatusAutocleanPaidinvoices__Output } from './cln/AutocleanstatusAutocleanPaidinvoices.ts';
import type { AutocleanstatusAutocleanSucceededforwards as _cln_AutocleanstatusAutocleanSucceededforwards, AutocleanstatusAutocleanSucceededforwards__Output as _cln_AutocleanstatusAutocleanSucceededforwards__Output } from './cln/AutocleanstatusAutocleanSucceededforwards.ts';
import type { AutocleanstatusAutocleanSucceededpays as _cln_AutocleanstatusAutocleanSucceededpays, AutocleanstatusAutocleanSucceededpays__Output as _cln_AutocleanstatusAutocleanSucceededpays__Output } from './cln/AutocleanstatusAutocleanSucceededpays.ts';
import type { AutocleanstatusRequest as _cln_AutocleanstatusRequest, AutocleanstatusRequest__Output as _cln_AutocleanstatusRequest__Output } from './cln/AutocleanstatusRequest.ts';
import type { AutocleanstatusResponse as _cln_AutocleanstatusResponse, AutocleanstatusResponse__Output as _cln_AutocleanstatusResponse__Output } from './cln/AutocleanstatusResponse.ts';
import type { BalanceSnapshotAccounts as _cln_BalanceSnapshotAccounts, BalanceSnapshotAccounts__Output as _cln_BalanceSnapshotAccounts__Output } from './cln/BalanceSnapshotAccounts.ts';
import type { BalanceSnapshotNotification as _cln_BalanceSnapshotNotification, BalanceSnapshotNotification__Output as _cln_BalanceSnapshotNotification__Output } from './cln/BalanceSnapshotNotification.ts';
import type { BkprchannelsapyChannelsApy as _cln_BkprchannelsapyChannelsApy, BkprchannelsapyChannelsApy__Output as _cln_BkprchannelsapyChannelsApy__Output } from './cln/BkprchannelsapyChannelsApy.ts';
import type { BkprchannelsapyRequest as _cln_BkprchannelsapyRequest, BkprchannelsapyRequest__Output as _cln_BkprchannelsapyRequest__Output } from './cln/BkprchannelsapyRequest.ts';
import type { BkprchannelsapyResponse as _cln_BkprchannelsapyResponse, BkprchannelsapyResponse__Output as _cln_BkprchannelsapyResponse__Output } from './cln/BkprchannelsapyResponse.ts';
import type { BkprdumpincomecsvRequest as _cln_BkprdumpincomecsvRequest, BkprdumpincomecsvRequest__Output as _cln_BkprdumpincomecsvRequest__Output } from './cln/BkprdumpincomecsvRequest.ts';
import type { BkprdumpincomecsvResponse as _cln_BkprdumpincomecsvResponse, BkprdumpincomecsvResponse__Output as _cln_BkprdumpincomecsvResponse__Output } from './cln/BkprdumpincomecsvResponse.ts';
import type { BkpreditdescriptionbyoutpointRequest as _cln_BkpreditdescriptionbyoutpointRequest, BkpreditdescriptionbyoutpointRequest__Output as _cln_BkpreditdescriptionbyoutpointRequest__Output } from './cln/BkpreditdescriptionbyoutpointRequest.ts';
import type { BkpreditdescriptionbyoutpointResponse as _cln_BkpreditdescriptionbyoutpointResponse, BkpreditdescriptionbyoutpointResponse__Output as _cln_BkpreditdescriptionbyoutpointResponse__Output } from './cln/BkpreditdescriptionbyoutpointResponse.ts';
import type { BkpreditdescriptionbyoutpointUpdated as _cln_BkpreditdescriptionbyoutpointUpdated, BkpreditdescriptionbyoutpointUpdated__Output as _cln_BkpreditdescriptionbyoutpointUpdated__Output } from './cln/BkpreditdescriptionbyoutpointUpdated.ts';
import type { BkpreditdescriptionbypaymentidRequest as _cln_BkpreditdescriptionbypaymentidRequest, BkpreditdescriptionbypaymentidRequest__Output as _cln_BkpreditdescriptionbypaymentidRequest__Output } from './cln/BkpreditdescriptionbypaymentidRequest.ts';
import type { BkpreditdescriptionbypaymentidResponse as _cln_BkpreditdescriptionbypaymentidResponse, BkpreditdescriptionbypaymentidResponse__Output as _cln_BkpreditdescriptionbypaymentidResponse__Output } from './cln/BkpreditdescriptionbypaymentidResponse.ts';
import type { BkpreditdescriptionbypaymentidUpdated as _cln_BkpreditdescriptionbypaymentidUpdated, BkpreditdescriptionbypaymentidUpdated__Output as _cln_BkpreditdescriptionbypaymentidUpdated__Output } from './cln/BkpreditdescriptionbypaymentidUpdated.ts';
import type { BkprinspectRequest as _cln_BkprinspectRequest, BkprinspectRequest__Output as _cln_BkprinspectRequest__Output } from './cln/BkprinspectRequest.ts';
import type { BkprinspectResponse as _cln_BkprinspectResponse, BkprinspectResponse__Output as _cln_BkprinspectResponse__Output } from './cln/BkprinspectResponse.ts';
import type { BkprinspectTxs as _cln_BkprinspectTxs, BkprinspectTxs__Output as _cln_BkprinspectTxs__Output } from './cln/BkprinspectTxs.ts';
import type { BkprinspectTxsOutputs as _cln_BkprinspectTxsOutputs, BkprinspectTxsOutputs__Output as _cln_BkprinspectTxsOutputs__Output } from './cln/BkprinspectTxsOutputs.ts';
import type { BkprlistaccounteventsEvents as _cln_BkprlistaccounteventsEvents, BkprlistaccounteventsEvents__Output as _cln_BkprlistaccounteventsEvents__Output } from './cln/BkprlistaccounteventsEvents.ts';
import type { BkprlistaccounteventsRequest as _cln_BkprlistaccounteventsRequest, BkprlistaccounteventsRequest__Output as _cln_BkprlistaccounteventsRequest__Output } from './cln/BkprlistaccounteventsRequest.ts';
import type { BkprlistaccounteventsResponse as _cln_BkprlistaccounteventsResponse, BkprlistaccounteventsResponse__Output as _cln_BkprlistaccounteventsResponse__Output } from './cln/BkprlistaccounteventsResponse.ts';
import type { BkprlistbalancesAccounts as _cln_BkprlistbalancesAccounts, BkprlistbalancesAccounts__Output as _cln_BkprlistbalancesAccounts__Output } from './cln/BkprlistbalancesAccounts.ts';
import type { BkprlistbalancesAccountsBalances as _cln_BkprlistbalancesAccountsBalances, BkprlistbalancesAccountsBalances__Output as _cln_BkprlistbalancesAccountsBalances__Output } from './cln/BkprlistbalancesAccountsBalances.ts';
import type { BkprlistbalancesRequest as _cln_BkprlistbalancesRequest, BkprlistbalancesRequest__Output as _cln_BkprlistbalancesRequest__Output } from './cln/BkprlistbalancesRequest.ts';
import type { BkprlistbalancesResponse as _cln_BkprlistbalancesResponse, BkprlistbalancesResponse__Output as _cln_BkprlistbalancesResponse__Output } from './cln/BkprlistbalancesResponse.ts';
import type { BkprlistincomeIncomeEvents as _cln_BkprlistincomeIncomeEvents, BkprlistincomeIncomeEvents__Output as _cln_BkprlistincomeIncomeEvents__Output } from './cln/BkprlistincomeIncomeEvents.ts';
import type { BkprlistincomeRequest as _cln_BkprlistincomeRequest, BkprlistincomeRequest__Output as _cln_BkprlistincomeRequest__Output } from './cln/BkprlistincomeRequest.ts';
import type { BkprlistincomeResponse as _cln_BkprlistincomeResponse, BkprlistincomeResponse__Output as _cln_BkprlistincomeResponse__Output } from './cln/BkprlistincomeResponse.ts';
import type { BkprreportRequest as _cln_BkprreportRequest, BkprreportRequest__Output as _cln_BkprreportRequest__Output } from './cln/BkprreportRequest.ts';
import type { BkprreportResponse as _cln_BkprreportResponse, BkprreportResponse__Output as _cln_BkprreportResponse__Output } from './cln/BkprreportResponse.ts';
import type { BlacklistruneBlacklist as _cln_BlacklistruneBlacklist, BlacklistruneBlacklist__Output as _cln_BlacklistruneBlacklist__Output } from './cln/BlacklistruneBlacklist.ts';
import type { BlacklistruneRequest as _cln_BlacklistruneRequest, BlacklistruneRequest__Output as _cln_BlacklistruneRequest__Output } from './cln/BlacklistruneRequest.ts';
import type { BlacklistruneResponse as _cln_BlacklistruneResponse, BlacklistruneResponse__Output as _cln_BlacklistruneResponse__Output } from './cln/BlacklistruneResponse.ts';
import type { BlockAddedNotification as _cln_BlockAddedNotification, BlockAddedNotification__Output as _cln_BlockAddedNotification__Output } from './cln/BlockAddedNotification.ts';
import type { CancelrecurringinvoiceRequest as _cln_CancelrecurringinvoiceRequest, CancelrecurringinvoiceRequest__Output as _cln_CancelrecurringinvoiceRequest__Output } from './cln/CancelrecurringinvoiceRequest.ts';
import type { CancelrecurringinvoiceResponse as _cln_CancelrecurringinvoiceResponse, CancelrecurringinvoiceResponse__Output as _cln_CancelrecurringinvoiceResponse__Output } from './cln/CancelrecurringinvoiceResponse.ts';
import type { ChannelOpenFailedNotification as _cln_ChannelOpenFailedNotification, ChannelOpenFailedNotification__Output as _cln_ChannelOpenFailedNotification__Output } from './cln/ChannelOpenFailedNotification.ts';
import type { ChannelOpenedNotification as _cln_ChannelOpenedNotification, ChannelOpenedNotification__Output as _cln_ChannelOpenedNotification__Output } from './cln/ChannelOpenedNotification.ts';
import type { ChannelStateChangeCause as _cln_ChannelStateChangeCause, ChannelStateChangeCause__Output as _cln_ChannelStateChangeCause__Output } from './cln/ChannelStateChangeCause.ts';
import type { ChannelStateChangedNotification as _cln_ChannelStateChangedNotification, ChannelStateChangedNotification__Output as _cln_ChannelStateChangedNotification__Output } from './cln/ChannelStateChangedNotification.ts';
import type { CheckmessageRequest as _cln_CheckmessageRequest, CheckmessageRequest__Output as _cln_CheckmessageRequest__Output } from './cln/CheckmessageRequest.ts';
import type { CheckmessageResponse as _cln_CheckmessageResponse, CheckmessageResponse__Output as _cln_CheckmessageResponse__Output } from './cln/CheckmessageResponse.ts';
import type { CheckruneRequest as _cln_CheckruneRequest, CheckruneRequest__Output as _cln_CheckruneRequest__Output } from './cln/CheckruneRequest.ts';
import type { CheckruneResponse as _cln_CheckruneResponse, CheckruneResponse__Output as _cln_CheckruneResponse__Output } from './cln/CheckruneResponse.ts';
import type { ClnrestregisterpathRequest as _cln_ClnrestregisterpathRequest, ClnrestregisterpathRequest__Output as _cln_ClnrestregisterpathRequest__Output } from './cln/ClnrestregisterpathRequest.ts';
import type { ClnrestregisterpathResponse as _cln_ClnrestregisterpathResponse, ClnrestregisterpathResponse__Output as _cln_ClnrestregisterpathResponse__Output } from './cln/ClnrestregisterpathResponse.ts';
import type { ClnrestregisterpathRuneRestrictions as _cln_ClnrestregisterpathRuneRestrictions, ClnrestregisterpathRuneRestrictions__Output as _cln_ClnrestregisterpathRuneRestrictions__Output } from './cln/ClnrestregisterpathRuneRestrictions.ts';
import type { CloseRequest as _cln_CloseRequest, CloseRequest__Output as _cln_CloseRequest__Output } from './cln/CloseRequest.ts';
import type { CloseResponse as _cln_CloseResponse, CloseResponse__Output as _cln_CloseResponse__Output } from './cln/CloseResponse.ts';
import type { CoinMovementNotification as _cln_CoinMovementNotification, CoinMovementNotification__Output as _cln_CoinMovementNotification__Output } from './cln/CoinMovementNotification.ts';
import type { ConnectAddress as _cln_ConnectAddress, ConnectAddress__Output as _cln_ConnectAddress__Output } from './cln/ConnectAddress.ts';
import type { ConnectRequest as _cln_ConnectRequest, ConnectRequest__Output as _cln_ConnectRequest__Output } from './cln/ConnectRequest.ts';
import type { ConnectResponse as _cln_ConnectResponse, ConnectResponse__Output as _cln_ConnectResponse__Output } from './cln/ConnectResponse.ts';
import type { CreateinvoicePaidOutpoint as _cln_CreateinvoicePaidOutpoint, CreateinvoicePaidOutpoint__Output as _cln_CreateinvoicePaidOutpoint__Output } from './cln/CreateinvoicePaidOutpoint.ts';
import type { CreateinvoiceRequest as _cln_CreateinvoiceRequest, CreateinvoiceRequest__Output as _cln_CreateinvoiceRequest__Output } from './cln/CreateinvoiceRequest.ts';
import type { CreateinvoiceResponse as _cln_CreateinvoiceResponse, CreateinvoiceResponse__Output as _cln_CreateinvoiceResponse__Output } from './cln/CreateinvoiceResponse.ts';
import type { CreateonionHops as _cln_CreateonionHops, CreateonionHops__Output as _cln_CreateonionHops__Output } from './cln/CreateonionHops.ts';
import type { CreateonionRequest as _cln_CreateonionRequest, CreateonionRequest__Output as _cln_CreateonionRequest__Output } from './cln/CreateonionRequest.ts';
import type { CreateonionResponse as _cln_CreateonionResponse, CreateonionResponse__Output as _cln_CreateonionResponse__Output } from './cln/CreateonionResponse.ts';
import type { CreateproofProofs as _cln_CreateproofProofs, CreateproofProofs__Output as _cln_CreateproofProofs__Output } from './cln/CreateproofProofs.ts';
import type { CreateproofRequest as _cln_CreateproofRequest, CreateproofRequest__Output as _cln_CreateproofRequest__Output } from './cln/CreateproofRequest.ts';
import type { CreateproofResponse as _cln_CreateproofResponse, CreateproofResponse__Output as _cln_CreateproofResponse__Output } from './cln/CreateproofResponse.ts';
import type { CreateruneRequest as _cln_CreateruneRequest, CreateruneRequest__Output as _cln_CreateruneRequest__Output } from './cln/CreateruneRequest.ts';
import type { CreateruneResponse as _cln_CreateruneResponse, CreateruneResponse__Output as _cln_CreateruneResponse__Output } from './cln/CreateruneResponse.ts';
import type { CurrencyconvertRequest as _cln_CurrencyconvertRequest, CurrencyconvertRequest__Output as _cln_CurrencyconvertRequest__Output } from './cln/CurrencyconvertRequest.ts';
import type { CurrencyconvertResponse as _cln_CurrencyconvertResponse, CurrencyconvertResponse__Output as _cln_CurrencyconvertResponse__Output } from './cln/CurrencyconvertResponse.ts';
import type { CurrencyrateRequest as _cln_CurrencyrateRequest, CurrencyrateRequest__Output as _cln_CurrencyrateRequest__Output } from './cln/CurrencyrateRequest.ts';
import type { CurrencyrateResponse as _cln_CurrencyrateResponse, CurrencyrateResponse__Output as _cln_CurrencyrateResponse__Output } from './cln/CurrencyrateResponse.ts';
import type { CustomMsgNotification as _cln_CustomMsgNotification, CustomMsgNotification__Output as _cln_CustomMsgNotification__Output } from './cln/CustomMsgNotification.ts';
import type { DatastoreRequest as _cln_DatastoreRequest, DatastoreRequest__Output as _cln_DatastoreRequest__Output } from './cln/DatastoreRequest.ts';
import type { DatastoreResponse as _cln_DatastoreResponse, DatastoreResponse__Output as _cln_DatastoreResponse__Output } from './cln/DatastoreResponse.ts';
import type { DatastoreusageDatastoreusage as _cln_DatastoreusageDatastoreusage, DatastoreusageDatastoreusage__Output as _cln_DatastoreusageDatastoreusage__Output } from './cln/DatastoreusageDatastoreusage.ts';
import type { DatastoreusageRequest as _cln_DatastoreusageRequest, DatastoreusageRequest__Output as _cln_DatastoreusageRequest__Output } from './cln/DatastoreusageRequest.ts';
import type { DatastoreusageResponse as _cln_DatastoreusageResponse, DatastoreusageResponse__Output as _cln_DatastoreusageResponse__Output } from './cln/DatastoreusageResponse.ts';
import type { DecodeExtra as _cln_DecodeExtra, DecodeExtra__Output as _cln_DecodeExtra__Output } from './cln/DecodeExtra.ts';
import type { DecodeFallbacks as _cln_DecodeFallbacks, DecodeFallbacks__Output as _cln_DecodeFallbacks__Output } from './cln/DecodeFallbacks.ts';
import type { DecodeInvoiceFallbacks as _cln_DecodeInvoiceFallbacks, DecodeInvoiceFallbacks__Output as _cln_DecodeInvoiceFallbacks__Output } from './cln/DecodeInvoiceFallbacks.ts';
import type { DecodeInvoicePaths as _cln_DecodeInvoicePaths, DecodeInvoicePaths__Output as _cln_DecodeInvoicePaths__Output } from './cln/DecodeInvoicePaths.ts';
import type { DecodeInvoicePathsPath as _cln_DecodeInvoicePathsPath, DecodeInvoicePathsPath__Output as _cln_DecodeInvoicePathsPath__Output } from './cln/DecodeInvoicePathsPath.ts';
import type { DecodeInvoicePathsPayinfo as _cln_DecodeInvoicePathsPayinfo, DecodeInvoicePathsPayinfo__Output as _cln_DecodeInvoicePathsPayinfo__Output } from './cln/DecodeInvoicePathsPayinfo.ts';
import type { DecodeInvoice_pathsPath as _cln_DecodeInvoice_pathsPath, DecodeInvoice_pathsPath__Output as _cln_DecodeInvoice_pathsPath__Output } from './cln/DecodeInvoice_pathsPath.ts';
import type { DecodeInvreqBip353Name as _cln_DecodeInvreqBip353Name, DecodeInvreqBip353Name__Output as _cln_DecodeInvreqBip353Name__Output } from './cln/DecodeInvreqBip353Name.ts';
import type { DecodeInvreqPaths as _cln_DecodeInvreqPaths, DecodeInvreqPaths__Output as _cln_DecodeInvreqPaths__Output } from './cln/DecodeInvreqPaths.ts';
import type { DecodeInvreqPathsPath as _cln_DecodeInvreqPathsPath, DecodeInvreqPathsPath__Output as _cln_DecodeInvreqPathsPath__Output } from './cln/DecodeInvreqPathsPath.ts';
import type { DecodeOfferPaths as _cln_DecodeOfferPaths, DecodeOfferPaths__Output as _cln_DecodeOfferPaths__Output } from './cln/DecodeOfferPaths.ts';
import type { DecodeOfferPathsPath as _cln_DecodeOfferPathsPath, DecodeOfferPathsPath__Output as _cln_DecodeOfferPathsPath__Output } from './cln/DecodeOfferPathsPath.ts';
import type { DecodeOfferRecurrence as _cln_DecodeOfferRecurrence, DecodeOfferRecurrence__Output as _cln_DecodeOfferRecurrence__Output } from './cln/DecodeOfferRecurrence.ts';
import type { DecodeOfferRecurrencePaywindow as _cln_DecodeOfferRecurrencePaywindow, DecodeOfferRecurrencePaywindow__Output as _cln_DecodeOfferRecurrencePaywindow__Output } from './cln/DecodeOfferRecurrencePaywindow.ts';
import type { DecodeOffer_recurrencePaywindow as _cln_DecodeOffer_recurrencePaywindow, DecodeOffer_recurrencePaywindow__Output as _cln_DecodeOffer_recurrencePaywindow__Output } from './cln/DecodeOffer_recurrencePaywindow.ts';
import type { DecodeRequest as _cln_DecodeRequest, DecodeRequest__Output as _cln_DecodeRequest__Output } from './cln/DecodeRequest.ts';
import type { DecodeResponse as _cln_DecodeResponse, DecodeResponse__Output as _cln_DecodeResponse__Output } from './cln/DecodeResponse.ts';
import type { DecodeRestrictions as _cln_DecodeRestrictions, DecodeRestrictions__Output as _cln_DecodeRestrictions__Output } from './cln/DecodeRestrictions.ts';
import type { DecodeRouteHop as _cln_DecodeRouteHop, DecodeRouteHop__Output as _cln_DecodeRouteHop__Output } from './cln/DecodeRouteHop.ts';
import type { DecodeRoutehint as _cln_DecodeRoutehint, DecodeRoutehint__Output as _cln_DecodeRoutehint__Output } from './cln/DecodeRoutehint.ts';
import type { DecodeRoutehintList as _cln_DecodeRoutehintList, DecodeRoutehintList__Output as _cln_DecodeRoutehintList__Output } from './cln/DecodeRoutehintList.ts';
import type { DecodeUnknownInvoiceRequestTlvs as _cln_DecodeUnknownInvoiceRequestTlvs, DecodeUnknownInvoiceRequestTlvs__Output as _cln_DecodeUnknownInvoiceRequestTlvs__Output } from './cln/DecodeUnknownInvoiceRequestTlvs.ts';
import type { DecodeUnknownInvoiceTlvs as _cln_DecodeUnknownInvoiceTlvs, DecodeUnknownInvoiceTlvs__Output as _cln_DecodeUnknownInvoiceTlvs__Output } from './cln/DecodeUnknownInvoiceTlvs.ts';
import type { DecodeUnknownOfferTlvs as _cln_DecodeUnknownOfferTlvs, DecodeUnknownOfferTlvs__Output as _cln_DecodeUnknownOfferTlvs__Output } from './cln/DecodeUnknownOfferTlvs.ts';
import type { DecodeUnknownPayerProofTlvs as _cln_DecodeUnknownPayerProofTlvs, DecodeUnknownPayerProofTlvs__Output as _cln_DecodeUnknownPayerProofTlvs__Output } from './cln/DecodeUnknownPayerProofTlvs.ts';
import type { DeldatastoreRequest as _cln_DeldatastoreRequest, DeldatastoreRequest__Output as _cln_DeldatastoreRequest__Output } from './cln/DeldatastoreRequest.ts';
import type { DeldatastoreResponse as _cln_DeldatastoreResponse, DeldatastoreResponse__Output as _cln_DeldatastoreResponse__Output } from './cln/DeldatastoreResponse.ts';
import type { DelforwardRequest as _cln_DelforwardRequest, DelforwardRequest__Output as _cln_DelforwardRequest__Output } from './cln/DelforwardRequest.ts';
import type { DelforwardResponse as _cln_DelforwardResponse, DelforwardResponse__Output as _cln_DelforwardResponse__Output } from './cln/DelforwardResponse.ts';
import type { DelinvoiceRequest as _cln_DelinvoiceRequest, DelinvoiceRequest__Output as _cln_DelinvoiceRequest__Output } from './cln/DelinvoiceRequest.ts';
import type { DelinvoiceResponse as _cln_DelinvoiceResponse, DelinvoiceResponse__Output as _cln_DelinvoiceResponse__Output } from './cln/DelinvoiceResponse.ts';
import type { DelnetworkeventRequest as _cln_DelnetworkeventRequest, DelnetworkeventRequest__Output as _cln_DelnetworkeventRequest__Output } from './cln/DelnetworkeventRequest.ts';
import type { DelnetworkeventResponse as _cln_DelnetworkeventResponse, DelnetworkeventResponse__Output as _cln_DelnetworkeventResponse__Output } from './cln/DelnetworkeventResponse.ts';
import type { DelpayPayments as _cln_DelpayPayments, DelpayPayments__Output as _cln_DelpayPayments__Output } from './cln/DelpayPayments.ts';
import type { DelpayRequest as _cln_DelpayRequest, DelpayRequest__Output as _cln_DelpayRequest__Output } from './cln/DelpayRequest.ts';
import type { DelpayResponse as _cln_DelpayResponse, DelpayResponse__Output as _cln_DelpayResponse__Output } from './cln/DelpayResponse.ts';
import type { DeprecatedOneshotNotification as _cln_DeprecatedOneshotNotification, DeprecatedOneshotNotification__Output as _cln_DeprecatedOneshotNotification__Output } from './cln/DeprecatedOneshotNotification.ts';
import type { DevforgetchannelRequest as _cln_DevforgetchannelRequest, DevforgetchannelRequest__Output as _cln_DevforgetchannelRequest__Output } from './cln/DevforgetchannelRequest.ts';
import type { DevforgetchannelResponse as _cln_DevforgetchannelResponse, DevforgetchannelResponse__Output as _cln_DevforgetchannelResponse__Output } from './cln/DevforgetchannelResponse.ts';
import type { DevspliceRequest as _cln_DevspliceRequest, DevspliceRequest__Output as _cln_DevspliceRequest__Output } from './cln/DevspliceRequest.ts';
import type { DevspliceResponse as _cln_DevspliceResponse, DevspliceResponse__Output as _cln_DevspliceResponse__Output } from './cln/DevspliceResponse.ts';
import type { DisableinvoicerequestRequest as _cln_DisableinvoicerequestRequest, DisableinvoicerequestRequest__Output as _cln_DisableinvoicerequestRequest__Output } from './cln/DisableinvoicerequestRequest.ts';
import type { DisableinvoicerequestResponse as _cln_DisableinvoicerequestResponse, DisableinvoicerequestResponse__Output as _cln_DisableinvoicerequestResponse__Output } from './cln/DisableinvoicerequestResponse.ts';
import type { DisableofferRequest as _cln_DisableofferRequest, DisableofferRequest__Output as _cln_DisableofferRequest__Output } from './cln/DisableofferRequest.ts';
import type { DisableofferResponse as _cln_DisableofferResponse, DisableofferResponse__Output as _cln_DisableofferResponse__Output } from './cln/DisableofferResponse.ts';
import type { DisconnectNotification as _cln_DisconnectNotification, DisconnectNotification__Output as _cln_DisconnectNotification__Output } from './cln/DisconnectNotification.ts';
import type { DisconnectRequest as _cln_DisconnectRequest, DisconnectRequest__Output as _cln_DisconnectRequest__Output } from './cln/DisconnectRequest.ts';
import type { DisconnectResponse as _cln_DisconnectResponse, DisconnectResponse__Output as _cln_DisconnectResponse__Output } from './cln/DisconnectResponse.ts';
import type { EmergencyrecoverRequest as _cln_EmergencyrecoverRequest, EmergencyrecoverRequest__Output as _cln_EmergencyrecoverRequest__Output } from './cln/EmergencyrecoverRequest.ts';
import type { EmergencyrecoverResponse as _cln_EmergencyrecoverResponse, EmergencyrecoverResponse__Output as _cln_EmergencyrecoverResponse__Output } from './cln/EmergencyrecoverResponse.ts';
import type { EnableofferRequest as _cln_EnableofferRequest, EnableofferRequest__Output as _cln_EnableofferRequest__Output } from './cln/EnableofferRequest.ts';
import type { EnableofferResponse as _cln_EnableofferResponse, EnableofferResponse__Output as _cln_EnableofferResponse__Output } from './cln/EnableofferResponse.ts';
import type { ExposesecretRequest as _cln_ExposesecretRequest, ExposesecretRequest__Output as _cln_ExposesecretRequest__Output } from './cln/ExposesecretRequest.ts';
import type { ExposesecretResponse as _cln_ExposesecretResponse, ExposesecretResponse__Output as _cln_ExposesecretResponse__Output } from './cln/ExposesecretResponse.ts';
import type { Feerate as _cln_Feerate, Feerate__Output as _cln_Feerate__Output } from './cln/Feerate.ts';
import type { FeeratesOnchainFeeEstimates as _cln_FeeratesOnchainFeeEstimates, FeeratesOnchainFeeEstimates__Output as _cln_FeeratesOnchainFeeEstimates__Output } from './cln/FeeratesOnchainFeeEstimates.ts';
import type { FeeratesPerkb as _cln_FeeratesPerkb, FeeratesPerkb__Output as _cln_FeeratesPerkb__Output } from './cln/FeeratesPerkb.ts';
import type { FeeratesPerkbEstimates as _cln_FeeratesPerkbEstimates, FeeratesPerkbEstimates__Output as _cln_FeeratesPerkbEstimates__Output } from './cln/FeeratesPerkbEstimates.ts';
import type { FeeratesPerkw as _cln_FeeratesPerkw, FeeratesPerkw__Output as _cln_FeeratesPerkw__Output } from './cln/FeeratesPerkw.ts';
import type { FeeratesPerkwEstimates as _cln_FeeratesPerkwEstimates, FeeratesPerkwEstimates__Output as _cln_FeeratesPerkwEstimates__Output } from './cln/FeeratesPerkwEstimates.ts';
import type { FeeratesRequest as _cln_FeeratesRequest, FeeratesRequest__Output as _cln_FeeratesRequest__Output } from './cln/FeeratesRequest.ts';
import type { FeeratesResponse as _cln_FeeratesResponse, FeeratesResponse__Output as _cln_FeeratesResponse__Output } from './cln/FeeratesResponse.ts';
import type { Fetchbip353Instructions as _cln_Fetchbip353Instructions, Fetchbip353Instructions__Output as _cln_Fetchbip353Instructions__Output } from './cln/Fetchbip353Instructions.ts';
import type { Fetchbip353Request as _cln_Fetchbip353Request, Fetchbip353Request__Output as _cln_Fetchbip353Request__Output } from './cln/Fetchbip353Request.ts';
import type { Fetchbip353Response as _cln_Fetchbip353Response, Fetchbip353Response__Output as _cln_Fetchbip353Response__Output } from './cln/Fetchbip353Response.ts';
import type { FetchinvoiceChanges as _cln_FetchinvoiceChanges, FetchinvoiceChanges__Output as _cln_FetchinvoiceChanges__Output } from './cln/FetchinvoiceChanges.ts';
import type { FetchinvoiceNextPeriod as _cln_FetchinvoiceNextPeriod, FetchinvoiceNextPeriod__Output as _cln_FetchinvoiceNextPeriod__Output } from './cln/FetchinvoiceNextPeriod.ts';
import type { FetchinvoiceRequest as _cln_FetchinvoiceRequest, FetchinvoiceRequest__Output as _cln_FetchinvoiceRequest__Output } from './cln/FetchinvoiceRequest.ts';
import type { FetchinvoiceResponse as _cln_FetchinvoiceResponse, FetchinvoiceResponse__Output as _cln_FetchinvoiceResponse__Output } from './cln/FetchinvoiceResponse.ts';
import type { ForwardEventNotification as _cln_ForwardEventNotification, ForwardEventNotification__Output as _cln_ForwardEventNotification__Output } from './cln/ForwardEventNotification.ts';
import type { FundchannelCancelRequest as _cln_FundchannelCancelRequest, FundchannelCancelRequest__Output as _cln_FundchannelCancelRequest__Output } from './cln/FundchannelCancelRequest.ts';
import type { FundchannelCancelResponse as _cln_FundchannelCancelResponse, FundchannelCancelResponse__Output as _cln_FundchannelCancelResponse__Output } from './cln/FundchannelCancelResponse.ts';
import type { FundchannelChannelType as _cln_FundchannelChannelType, FundchannelChannelType__Output as _cln_FundchannelChannelType__Output } from './cln/FundchannelChannelType.ts';
import type { FundchannelCompleteRequest as _cln_FundchannelCompleteRequest, FundchannelCompleteRequest__Output as _cln_FundchannelCompleteRequest__Output } from './cln/FundchannelCompleteRequest.ts';
import type { FundchannelCompleteResponse as _cln_FundchannelCompleteResponse, FundchannelCompleteResponse__Output as _cln_FundchannelCompleteResponse__Output } from './cln/FundchannelCompleteResponse.ts';
import type { FundchannelRequest as _cln_FundchannelRequest, FundchannelRequest__Output as _cln_FundchannelRequest__Output } from './cln/FundchannelRequest.ts';
import type { FundchannelResponse as _cln_FundchannelResponse, FundchannelResponse__Output as _cln_FundchannelResponse__Output } from './cln/FundchannelResponse.ts';
import type { FundchannelStartChannelType as _cln_FundchannelStartChannelType, FundchannelStartChannelType__Output as _cln_FundchannelStartChannelType__Output } from './cln/FundchannelStartChannelType.ts';
import type { FundchannelStartRequest as _cln_FundchannelStartRequest, FundchannelStartRequest__Output as _cln_FundchannelStartRequest__Output } from './cln/FundchannelStartRequest.ts';
import type { FundchannelStartResponse as _cln_FundchannelStartResponse, FundchannelStartResponse__Output as _cln_FundchannelStartResponse__Output } from './cln/FundchannelStartResponse.ts';
import type { FunderupdateRequest as _cln_FunderupdateRequest, FunderupdateRequest__Output as _cln_FunderupdateRequest__Output } from './cln/FunderupdateRequest.ts';
import type { FunderupdateResponse as _cln_FunderupdateResponse, FunderupdateResponse__Output as _cln_FunderupdateResponse__Output } from './cln/FunderupdateResponse.ts';
import type { FundpsbtRequest as _cln_FundpsbtRequest, FundpsbtRequest__Output as _cln_FundpsbtRequest__Output } from './cln/FundpsbtRequest.ts';
import type { FundpsbtReservations as _cln_FundpsbtReservations, FundpsbtReservations__Output as _cln_FundpsbtReservations__Output } from './cln/FundpsbtReservations.ts';
import type { FundpsbtResponse as _cln_FundpsbtResponse, FundpsbtResponse__Output as _cln_FundpsbtResponse__Output } from './cln/FundpsbtResponse.ts';
import type { GetemergencyrecoverdataRequest as _cln_GetemergencyrecoverdataRequest, GetemergencyrecoverdataRequest__Output as _cln_GetemergencyrecoverdataRequest__Output } from './cln/GetemergencyrecoverdataRequest.ts';
import type { GetemergencyrecoverdataResponse as _cln_GetemergencyrecoverdataResponse, GetemergencyrecoverdataResponse__Output as _cln_GetemergencyrecoverdataResponse__Output } from './cln/GetemergencyrecoverdataResponse.ts';
import type { GetinfoAddress as _cln_GetinfoAddress, GetinfoAddress__Output as _cln_GetinfoAddress__Output } from './cln/GetinfoAddress.ts';
import type { GetinfoBinding as _cln_GetinfoBinding, GetinfoBinding__Output as _cln_GetinfoBinding__Output } from './cln/GetinfoBinding.ts';
import type { GetinfoOurFeatures as _cln_GetinfoOurFeatures, GetinfoOurFeatures__Output as _cln_GetinfoOurFeatures__Output } from './cln/GetinfoOurFeatures.ts';
import type { GetinfoRequest as _cln_GetinfoRequest, GetinfoRequest__Output as _cln_GetinfoRequest__Output } from './cln/GetinfoRequest.ts';
import type { GetinfoResponse as _cln_GetinfoResponse, GetinfoResponse__Output as _cln_GetinfoResponse__Output } from './cln/GetinfoResponse.ts';
import type { GetlogLog as _cln_GetlogLog, GetlogLog__Output as _cln_GetlogLog__Output } from './cln/GetlogLog.ts';
import type { GetlogRequest as _cln_GetlogRequest, GetlogRequest__Output as _cln_GetlogRequest__Output } from './cln/GetlogRequest.ts';
import type { GetlogResponse as _cln_GetlogResponse, GetlogResponse__Output as _cln_GetlogResponse__Output } from './cln/GetlogResponse.ts';
import type { GetrouteRequest as _cln_GetrouteRequest, GetrouteRequest__Output as _cln_GetrouteRequest__Output } from './cln/GetrouteRequest.ts';
import type { GetrouteResponse as _cln_GetrouteResponse, GetrouteResponse__Output as _cln_GetrouteResponse__Output } from './cln/GetrouteResponse.ts';
import type { GetrouteRoute as _cln_GetrouteRoute, GetrouteRoute__Output as _cln_GetrouteRoute__Output } from './cln/GetrouteRoute.ts';
import type { GetroutesRequest as _cln_GetroutesRequest, GetroutesRequest__Output as _cln_GetroutesRequest__Output } from './cln/GetroutesRequest.ts';
import type { GetroutesResponse as _cln_GetroutesResponse, GetroutesResponse__Output as _cln_GetroutesResponse__Output } from './cln/GetroutesResponse.ts';
import type { GetroutesRoutes as _cln_GetroutesRoutes, GetroutesRoutes__Output as _cln_GetroutesRoutes__Output } from './cln/GetroutesRoutes.ts';
import type { GetroutesRoutesPath as _cln_GetroutesRoutesPath, GetroutesRoutesPath__Output as _cln_GetroutesRoutesPath__Output } from './cln/GetroutesRoutesPath.ts';
import type { GracefulRequest as _cln_GracefulRequest, GracefulRequest__Output as _cln_GracefulRequest__Output } from './cln/GracefulRequest.ts';
import type { GracefulResponse as _cln_GracefulResponse, GracefulResponse__Output as _cln_GracefulResponse__Output } from './cln/GracefulResponse.ts';
import type { HelpHelp as _cln_HelpHelp, HelpHelp__Output as _cln_HelpHelp__Output } from './cln/HelpHelp.ts';
import type { HelpRequest as _cln_HelpRequest, HelpRequest__Output as _cln_HelpRequest__Output } from './cln/HelpRequest.ts';
import type { HelpResponse as _cln_HelpResponse, HelpResponse__Output as _cln_HelpResponse__Output } from './cln/HelpResponse.ts';
import type { InjectonionmessageRequest as _cln_InjectonionmessageRequest, InjectonionmessageRequest__Output as _cln_InjectonionmessageRequest__Output } from './cln/InjectonionmessageRequest.ts';
import type { InjectonionmessageResponse as _cln_InjectonionmessageResponse, InjectonionmessageResponse__Output as _cln_InjectonionmessageResponse__Output } from './cln/InjectonionmessageResponse.ts';
import type { InjectpaymentonionRequest as _cln_InjectpaymentonionRequest, InjectpaymentonionRequest__Output as _cln_InjectpaymentonionRequest__Output } from './cln/InjectpaymentonionRequest.ts';
import type { InjectpaymentonionResponse as _cln_InjectpaymentonionResponse, InjectpaymentonionResponse__Output as _cln_InjectpaymentonionResponse__Output } from './cln/InjectpaymentonionResponse.ts';
import type { InvoiceCreationNotification as _cln_InvoiceCreationNotification, InvoiceCreationNotification__Output as _cln_InvoiceCreationNotification__Output } from './cln/InvoiceCreationNotification.ts';
import type { InvoicePaymentNotification as _cln_InvoicePaymentNotification, InvoicePaymentNotification__Output as _cln_InvoicePaymentNotification__Output } from './cln/InvoicePaymentNotification.ts';
import type { InvoiceRequest as _cln_InvoiceRequest, InvoiceRequest__Output as _cln_InvoiceRequest__Output } from './cln/InvoiceRequest.ts';
import type { InvoiceResponse as _cln_InvoiceResponse, InvoiceResponse__Output as _cln_InvoiceResponse__Output } from './cln/InvoiceResponse.ts';
import type { InvoicerequestRequest as _cln_InvoicerequestRequest, InvoicerequestRequest__Output as _cln_InvoicerequestRequest__Output } from './cln/InvoicerequestRequest.ts';
import type { InvoicerequestResponse as _cln_InvoicerequestResponse, InvoicerequestResponse__Output as _cln_InvoicerequestResponse__Output } from './cln/InvoicerequestResponse.ts';
import type { JsonArray as _cln_JsonArray, JsonArray__Output as _cln_JsonArray__Output } from './cln/JsonArray.ts';
import type { JsonObject as _cln_JsonObject, JsonObject__Output as _cln_JsonObject__Output } from './cln/JsonObject.ts';
import type { JsonObjectOrArray as _cln_JsonObjectOrArray, JsonObjectOrArray__Output as _cln_JsonObjectOrArray__Output } from './cln/JsonObjectOrArray.ts';
import type { JsonScalar as _cln_JsonScalar, JsonScalar__Output as _cln_JsonScalar__Output } from './cln/JsonScalar.ts';
import type { JsonValue as _cln_JsonValue, JsonValue__Output as _cln_JsonValue__Output } from './cln/JsonValue.ts';
import type { KeysendRequest as _cln_KeysendRequest, KeysendRequest__Output as _cln_KeysendRequest__Output } from './cln/KeysendRequest.ts';
import type { KeysendResponse as _cln_KeysendResponse, KeysendResponse__Output as _cln_KeysendResponse__Output } from './cln/KeysendResponse.ts';
import type { ListaddressesAddresses as _cln_ListaddressesAddresses, ListaddressesAddresses__Output as _cln_ListaddressesAddresses__Output } from './cln/ListaddressesAddresses.ts';
import type { ListaddressesRequest as _cln_ListaddressesRequest, ListaddressesRequest__Output as _cln_ListaddressesRequest__Output } from './cln/ListaddressesRequest.ts';
import type { ListaddressesResponse as _cln_ListaddressesResponse, ListaddressesResponse__Output as _cln_ListaddressesResponse__Output } from './cln/ListaddressesResponse.ts';
import type { ListchainmovesChainmoves as _cln_ListchainmovesChainmoves, ListchainmovesChainmoves__Output as _cln_ListchainmovesChainmoves__Output } from './cln/ListchainmovesChainmoves.ts';
import type { ListchainmovesRequest as _cln_ListchainmovesRequest, ListchainmovesRequest__Output as _cln_ListchainmovesRequest__Output } from './cln/ListchainmovesRequest.ts';
import type { ListchainmovesResponse as _cln_ListchainmovesResponse, ListchainmovesResponse__Output as _cln_ListchainmovesResponse__Output } from './cln/ListchainmovesResponse.ts';
import type { ListchannelmovesChannelmoves as _cln_ListchannelmovesChannelmoves, ListchannelmovesChannelmoves__Output as _cln_ListchannelmovesChannelmoves__Output } from './cln/ListchannelmovesChannelmoves.ts';
import type { ListchannelmovesRequest as _cln_ListchannelmovesRequest, ListchannelmovesRequest__Output as _cln_ListchannelmovesRequest__Output } from './cln/ListchannelmovesRequest.ts';
import type { ListchannelmovesResponse as _cln_ListchannelmovesResponse, ListchannelmovesResponse__Output as _cln_ListchannelmovesResponse__Output } from './cln/ListchannelmovesResponse.ts';
import type { ListchannelsChannels as _cln_ListchannelsChannels, ListchannelsChannels__Output as _cln_ListchannelsChannels__Output } from './cln/ListchannelsChannels.ts';
import type { ListchannelsRequest as _cln_ListchannelsRequest, ListchannelsRequest__Output as _cln_ListchannelsRequest__Output } from './cln/ListchannelsRequest.ts';
import type { ListchannelsResponse as _cln_ListchannelsResponse, ListchannelsResponse__Output as _cln_ListchannelsResponse__Output } from './cln/ListchannelsResponse.ts';
import type { ListclosedchannelsClosedchannels as _cln_ListclosedchannelsClosedchannels, ListclosedchannelsClosedchannels__Output as _cln_ListclosedchannelsClosedchannels__Output } from './cln/ListclosedchannelsClosedchannels.ts';
import type { ListclosedchannelsClosedchannelsAlias as _cln_ListclosedchannelsClosedchannelsAlias, ListclosedchannelsClosedchannelsAlias__Output as _cln_ListclosedchannelsClosedchannelsAlias__Output } from './cln/ListclosedchannelsClosedchannelsAlias.ts';
import type { ListclosedchannelsClosedchannelsChannelType as _cln_ListclosedchannelsClosedchannelsChannelType, ListclosedchannelsClosedchannelsChannelType__Output as _cln_ListclosedchannelsClosedchannelsChannelType__Output } from './cln/ListclosedchannelsClosedchannelsChannelType.ts';
import type { ListclosedchannelsRequest as _cln_ListclosedchannelsRequest, ListclosedchannelsRequest__Output as _cln_ListclosedchannelsRequest__Output } from './cln/ListclosedchannelsRequest.ts';
import type { ListclosedchannelsResponse as _cln_ListclosedchannelsResponse, ListclosedchannelsResponse__Output as _cln_ListclosedchannelsResponse__Output } from './cln/ListclosedchannelsResponse.ts';
import type { ListconfigsConfigs as _cln_ListconfigsConfigs, ListconfigsConfigs__Output as _cln_ListconfigsConfigs__Output } from './cln/ListconfigsConfigs.ts';
import type { ListconfigsConfigsAddr as _cln_ListconfigsConfigsAddr, ListconfigsConfigsAddr__Output as _cln_ListconfigsConfigsAddr__Output } from './cln/ListconfigsConfigsAddr.ts';
import type { ListconfigsConfigsAlias as _cln_ListconfigsConfigsAlias, ListconfigsConfigsAlias__Output as _cln_ListconfigsConfigsAlias__Output } from './cln/ListconfigsConfigsAlias.ts';
import type { ListconfigsConfigsAllowdeprecatedapis as _cln_ListconfigsConfigsAllowdeprecatedapis, ListconfigsConfigsAllowdeprecatedapis__Output as _cln_ListconfigsConfigsAllowdeprecatedapis__Output } from './cln/ListconfigsConfigsAllowdeprecatedapis.ts';
import type { ListconfigsConfigsAlwaysuseproxy as _cln_ListconfigsConfigsAlwaysuseproxy, ListconfigsConfigsAlwaysuseproxy__Output as _cln_ListconfigsConfigsAlwaysuseproxy__Output } from './cln/ListconfigsConfigsAlwaysuseproxy.ts';
import type { ListconfigsConfigsAnnounceaddr as _cln_ListconfigsConfigsAnnounceaddr, ListconfigsConfigsAnnounceaddr__Output as _cln_ListconfigsConfigsAnnounceaddr__Output } from './cln/ListconfigsConfigsAnnounceaddr.ts';
import type { ListconfigsConfigsAnnounceaddrdiscovered as _cln_ListconfigsConfigsAnnounceaddrdiscovered, ListconfigsConfigsAnnounceaddrdiscovered__Output as _cln_ListconfigsConfigsAnnounceaddrdiscovered__Output } from './cln/ListconfigsConfigsAnnounceaddrdiscovered.ts';
import type { ListconfigsConfigsAnnounceaddrdiscoveredport as _cln_ListconfigsConfigsAnnounceaddrdiscoveredport, ListconfigsConfigsAnnounceaddrdiscoveredport__Output as _cln_ListconfigsConfigsAnnounceaddrdiscoveredport__Output } from './cln/ListconfigsConfigsAnnounceaddrdiscoveredport.ts';
import type { ListconfigsConfigsAnnounceaddrdns as _cln_ListconfigsConfigsAnnounceaddrdns, ListconfigsConfigsAnnounceaddrdns__Output as _cln_ListconfigsConfigsAnnounceaddrdns__Output } from './cln/ListconfigsConfigsAnnounceaddrdns.ts';
import type { ListconfigsConfigsAutoconnectseekerpeers as _cln_ListconfigsConfigsAutoconnectseekerpeers, ListconfigsConfigsAutoconnectseekerpeers__Output as _cln_ListconfigsConfigsAutoconnectseekerpeers__Output } from './cln/ListconfigsConfigsAutoconnectseekerpeers.ts';
import type { ListconfigsConfigsAutolisten as _cln_ListconfigsConfigsAutolisten, ListconfigsConfigsAutolisten__Output as _cln_ListconfigsConfigsAutolisten__Output } from './cln/ListconfigsConfigsAutolisten.ts';
import type { ListconfigsConfigsBindaddr as _cln_ListconfigsConfigsBindaddr, ListconfigsConfigsBindaddr__Output as _cln_ListconfigsConfigsBindaddr__Output } from './cln/ListconfigsConfigsBindaddr.ts';
import type { ListconfigsConfigsClearplugins as _cln_ListconfigsConfigsClearplugins, ListconfigsConfigsClearplugins__Output as _cln_ListconfigsConfigsClearplugins__Output } from './cln/ListconfigsConfigsClearplugins.ts';
import type { ListconfigsConfigsCltvdelta as _cln_ListconfigsConfigsCltvdelta, ListconfigsConfigsCltvdelta__Output as _cln_ListconfigsConfigsCltvdelta__Output } from './cln/ListconfigsConfigsCltvdelta.ts';
import type { ListconfigsConfigsCltvfinal as _cln_ListconfigsConfigsCltvfinal, ListconfigsConfigsCltvfinal__Output as _cln_ListconfigsConfigsCltvfinal__Output } from './cln/ListconfigsConfigsCltvfinal.ts';
import type { ListconfigsConfigsCommitfee as _cln_ListconfigsConfigsCommitfee, ListconfigsConfigsCommitfee__Output as _cln_ListconfigsConfigsCommitfee__Output } from './cln/ListconfigsConfigsCommitfee.ts';
import type { ListconfigsConfigsCommitfeerateoffset as _cln_ListconfigsConfigsCommitfeerateoffset, ListconfigsConfigsCommitfeerateoffset__Output as _cln_ListconfigsConfigsCommitfeerateoffset__Output } from './cln/ListconfigsConfigsCommitfeerateoffset.ts';
import type { ListconfigsConfigsCommittime as _cln_ListconfigsConfigsCommittime, ListconfigsConfigsCommittime__Output as _cln_ListconfigsConfigsCommittime__Output } from './cln/ListconfigsConfigsCommittime.ts';
import type { ListconfigsConfigsConf as _cln_ListconfigsConfigsConf, ListconfigsConfigsConf__Output as _cln_ListconfigsConfigsConf__Output } from './cln/ListconfigsConfigsConf.ts';
import type { ListconfigsConfigsCurrencyrateaddsource as _cln_ListconfigsConfigsCurrencyrateaddsource, ListconfigsConfigsCurrencyrateaddsource__Output as _cln_ListconfigsConfigsCurrencyrateaddsource__Output } from './cln/ListconfigsConfigsCurrencyrateaddsource.ts';
import type { ListconfigsConfigsCurrencyratedisablesource as _cln_ListconfigsConfigsCurrencyratedisablesource, ListconfigsConfigsCurrencyratedisablesource__Output as _cln_ListconfigsConfigsCurrencyratedisablesource__Output } from './cln/ListconfigsConfigsCurrencyratedisablesource.ts';
import type { ListconfigsConfigsDaemon as _cln_ListconfigsConfigsDaemon, ListconfigsConfigsDaemon__Output as _cln_ListconfigsConfigsDaemon__Output } from './cln/ListconfigsConfigsDaemon.ts';
import type { ListconfigsConfigsDatabaseupgrade as _cln_ListconfigsConfigsDatabaseupgrade, ListconfigsConfigsDatabaseupgrade__Output as _cln_ListconfigsConfigsDatabaseupgrade__Output } from './cln/ListconfigsConfigsDatabaseupgrade.ts';
import type { ListconfigsConfigsDeveloper as _cln_ListconfigsConfigsDeveloper, ListconfigsConfigsDeveloper__Output as _cln_ListconfigsConfigsDeveloper__Output } from './cln/ListconfigsConfigsDeveloper.ts';
import type { ListconfigsConfigsDisabledns as _cln_ListconfigsConfigsDisabledns, ListconfigsConfigsDisabledns__Output as _cln_ListconfigsConfigsDisabledns__Output } from './cln/ListconfigsConfigsDisabledns.ts';
import type { ListconfigsConfigsDisablempp as _cln_ListconfigsConfigsDisablempp, ListconfigsConfigsDisablempp__Output as _cln_ListconfigsConfigsDisablempp__Output } from './cln/ListconfigsConfigsDisablempp.ts';
import type { ListconfigsConfigsDisableplugin as _cln_ListconfigsConfigsDisableplugin, ListconfigsConfigsDisableplugin__Output as _cln_ListconfigsConfigsDisableplugin__Output } from './cln/ListconfigsConfigsDisableplugin.ts';
import type { ListconfigsConfigsEncryptedhsm as _cln_ListconfigsConfigsEncryptedhsm, ListconfigsConfigsEncryptedhsm__Output as _cln_ListconfigsConfigsEncryptedhsm__Output } from './cln/ListconfigsConfigsEncryptedhsm.ts';
import type { ListconfigsConfigsExperimentalanchors as _cln_ListconfigsConfigsExperimentalanchors, ListconfigsConfigsExperimentalanchors__Output as _cln_ListconfigsConfigsExperimentalanchors__Output } from './cln/ListconfigsConfigsExperimentalanchors.ts';
import type { ListconfigsConfigsExperimentaldualfund as _cln_ListconfigsConfigsExperimentaldualfund, ListconfigsConfigsExperimentaldualfund__Output as _cln_ListconfigsConfigsExperimentaldualfund__Output } from './cln/ListconfigsConfigsExperimentaldualfund.ts';
import type { ListconfigsConfigsExperimentalpeerstorage as _cln_ListconfigsConfigsExperimentalpeerstorage, ListconfigsConfigsExperimentalpeerstorage__Output as _cln_ListconfigsConfigsExperimentalpeerstorage__Output } from './cln/ListconfigsConfigsExperimentalpeerstorage.ts';
import type { ListconfigsConfigsExperimentalshutdownwrongfunding as _cln_ListconfigsConfigsExperimentalshutdownwrongfunding, ListconfigsConfigsExperimentalshutdownwrongfunding__Output as _cln_ListconfigsConfigsExperimentalshutdownwrongfunding__Output } from './cln/ListconfigsConfigsExperimentalshutdownwrongfunding.ts';
import type { ListconfigsConfigsExperimentalsplicing as _cln_ListconfigsConfigsExperimentalsplicing, ListconfigsConfigsExperimentalsplicing__Output as _cln_ListconfigsConfigsExperimentalsplicing__Output } from './cln/ListconfigsConfigsExperimentalsplicing.ts';
import type { ListconfigsConfigsFeebase as _cln_ListconfigsConfigsFeebase, ListconfigsConfigsFeebase__Output as _cln_ListconfigsConfigsFeebase__Output } from './cln/ListconfigsConfigsFeebase.ts';
import type { ListconfigsConfigsFeepersatoshi as _cln_ListconfigsConfigsFeepersatoshi, ListconfigsConfigsFeepersatoshi__Output as _cln_ListconfigsConfigsFeepersatoshi__Output } from './cln/ListconfigsConfigsFeepersatoshi.ts';
import type { ListconfigsConfigsFetchinvoicenoconnect as _cln_ListconfigsConfigsFetchinvoicenoconnect, ListconfigsConfigsFetchinvoicenoconnect__Output as _cln_ListconfigsConfigsFetchinvoicenoconnect__Output } from './cln/ListconfigsConfigsFetchinvoicenoconnect.ts';
import type { ListconfigsConfigsForcefeerates as _cln_ListconfigsConfigsForcefeerates, ListconfigsConfigsForcefeerates__Output as _cln_ListconfigsConfigsForcefeerates__Output } from './cln/ListconfigsConfigsForcefeerates.ts';
import type { ListconfigsConfigsFundingconfirms as _cln_ListconfigsConfigsFundingconfirms, ListconfigsConfigsFundingconfirms__Output as _cln_ListconfigsConfigsFundingconfirms__Output } from './cln/ListconfigsConfigsFundingconfirms.ts';
import type { ListconfigsConfigsHtlcmaximummsat as _cln_ListconfigsConfigsHtlcmaximummsat, ListconfigsConfigsHtlcmaximummsat__Output as _cln_ListconfigsConfigsHtlcmaximummsat__Output } from './cln/ListconfigsConfigsHtlcmaximummsat.ts';
import type { ListconfigsConfigsHtlcminimummsat as _cln_ListconfigsConfigsHtlcminimummsat, ListconfigsConfigsHtlcminimummsat__Output as _cln_ListconfigsConfigsHtlcminimummsat__Output } from './cln/ListconfigsConfigsHtlcminimummsat.ts';
import type { ListconfigsConfigsIgnorefeelimits as _cln_ListconfigsConfigsIgnorefeelimits, ListconfigsConfigsIgnorefeelimits__Output as _cln_ListconfigsConfigsIgnorefeelimits__Output } from './cln/ListconfigsConfigsIgnorefeelimits.ts';
import type { ListconfigsConfigsImportantplugin as _cln_ListconfigsConfigsImportantplugin, ListconfigsConfigsImportantplugin__Output as _cln_ListconfigsConfigsImportantplugin__Output } from './cln/ListconfigsConfigsImportantplugin.ts';
import type { ListconfigsConfigsLargechannels as _cln_ListconfigsConfigsLargechannels, ListconfigsConfigsLargechannels__Output as _cln_ListconfigsConfigsLargechannels__Output } from './cln/ListconfigsConfigsLargechannels.ts';
import type { ListconfigsConfigsLightningdir as _cln_ListconfigsConfigsLightningdir, ListconfigsConfigsLightningdir__Output as _cln_ListconfigsConfigsLightningdir__Output } from './cln/ListconfigsConfigsLightningdir.ts';
import type { ListconfigsConfigsLogfile as _cln_ListconfigsConfigsLogfile, ListconfigsConfigsLogfile__Output as _cln_ListconfigsConfigsLogfile__Output } from './cln/ListconfigsConfigsLogfile.ts';
import type { ListconfigsConfigsLoglevel as _cln_ListconfigsConfigsLoglevel, ListconfigsConfigsLoglevel__Output as _cln_ListconfigsConfigsLoglevel__Output } from './cln/ListconfigsConfigsLoglevel.ts';
import type { ListconfigsConfigsLogprefix as _cln_ListconfigsConfigsLogprefix, ListconfigsConfigsLogprefix__Output as _cln_ListconfigsConfigsLogprefix__Output } from './cln/ListconfigsConfigsLogprefix.ts';
import type { ListconfigsConfigsLogtimestamps as _cln_ListconfigsConfigsLogtimestamps, ListconfigsConfigsLogtimestamps__Output as _cln_ListconfigsConfigsLogtimestamps__Output } from './cln/ListconfigsConfigsLogtimestamps.ts';
import type { ListconfigsConfigsMainnet as _cln_ListconfigsConfigsMainnet, ListconfigsConfigsMainnet__Output as _cln_ListconfigsConfigsMainnet__Output } from './cln/ListconfigsConfigsMainnet.ts';
import type { ListconfigsConfigsMaxconcurrenthtlcs as _cln_ListconfigsConfigsMaxconcurrenthtlcs, ListconfigsConfigsMaxconcurrenthtlcs__Output as _cln_ListconfigsConfigsMaxconcurrenthtlcs__Output } from './cln/ListconfigsConfigsMaxconcurrenthtlcs.ts';
import type { ListconfigsConfigsMaxdusthtlcexposuremsat as _cln_ListconfigsConfigsMaxdusthtlcexposuremsat, ListconfigsConfigsMaxdusthtlcexposuremsat__Output as _cln_ListconfigsConfigsMaxdusthtlcexposuremsat__Output } from './cln/ListconfigsConfigsMaxdusthtlcexposuremsat.ts';
import type { ListconfigsConfigsMincapacitysat as _cln_ListconfigsConfigsMincapacitysat, ListconfigsConfigsMincapacitysat__Output as _cln_ListconfigsConfigsMincapacitysat__Output } from './cln/ListconfigsConfigsMincapacitysat.ts';
import type { ListconfigsConfigsNetwork as _cln_ListconfigsConfigsNetwork, ListconfigsConfigsNetwork__Output as _cln_ListconfigsConfigsNetwork__Output } from './cln/ListconfigsConfigsNetwork.ts';
import type { ListconfigsConfigsOffline as _cln_ListconfigsConfigsOffline, ListconfigsConfigsOffline__Output as _cln_ListconfigsConfigsOffline__Output } from './cln/ListconfigsConfigsOffline.ts';
import type { ListconfigsConfigsPidfile as _cln_ListconfigsConfigsPidfile, ListconfigsConfigsPidfile__Output as _cln_ListconfigsConfigsPidfile__Output } from './cln/ListconfigsConfigsPidfile.ts';
import type { ListconfigsConfigsPlugin as _cln_ListconfigsConfigsPlugin, ListconfigsConfigsPlugin__Output as _cln_ListconfigsConfigsPlugin__Output } from './cln/ListconfigsConfigsPlugin.ts';
import type { ListconfigsConfigsPlugindir as _cln_ListconfigsConfigsPlugindir, ListconfigsConfigsPlugindir__Output as _cln_ListconfigsConfigsPlugindir__Output } from './cln/ListconfigsConfigsPlugindir.ts';
import type { ListconfigsConfigsProxy as _cln_ListconfigsConfigsProxy, ListconfigsConfigsProxy__Output as _cln_ListconfigsConfigsProxy__Output } from './cln/ListconfigsConfigsProxy.ts';
import type { ListconfigsConfigsRegtest as _cln_ListconfigsConfigsRegtest, ListconfigsConfigsRegtest__Output as _cln_ListconfigsConfigsRegtest__Output } from './cln/ListconfigsConfigsRegtest.ts';
import type { ListconfigsConfigsRequireconfirmedinputs as _cln_ListconfigsConfigsRequireconfirmedinputs, ListconfigsConfigsRequireconfirmedinputs__Output as _cln_ListconfigsConfigsRequireconfirmedinputs__Output } from './cln/ListconfigsConfigsRequireconfirmedinputs.ts';
import type { ListconfigsConfigsRescan as _cln_ListconfigsConfigsRescan, ListconfigsConfigsRescan__Output as _cln_ListconfigsConfigsRescan__Output } from './cln/ListconfigsConfigsRescan.ts';
import type { ListconfigsConfigsRgb as _cln_ListconfigsConfigsRgb, ListconfigsConfigsRgb__Output as _cln_ListconfigsConfigsRgb__Output } from './cln/ListconfigsConfigsRgb.ts';
import type { ListconfigsConfigsRpcfile as _cln_ListconfigsConfigsRpcfile, ListconfigsConfigsRpcfile__Output as _cln_ListconfigsConfigsRpcfile__Output } from './cln/ListconfigsConfigsRpcfile.ts';
import type { ListconfigsConfigsRpcfilemode as _cln_ListconfigsConfigsRpcfilemode, ListconfigsConfigsRpcfilemode__Output as _cln_ListconfigsConfigsRpcfilemode__Output } from './cln/ListconfigsConfigsRpcfilemode.ts';
import type { ListconfigsConfigsSignet as _cln_ListconfigsConfigsSignet, ListconfigsConfigsSignet__Output as _cln_ListconfigsConfigsSignet__Output } from './cln/ListconfigsConfigsSignet.ts';
import type { ListconfigsConfigsSubdaemon as _cln_ListconfigsConfigsSubdaemon, ListconfigsConfigsSubdaemon__Output as _cln_ListconfigsConfigsSubdaemon__Output } from './cln/ListconfigsConfigsSubdaemon.ts';
import type { ListconfigsConfigsTestnet as _cln_ListconfigsConfigsTestnet, ListconfigsConfigsTestnet__Output as _cln_ListconfigsConfigsTestnet__Output } from './cln/ListconfigsConfigsTestnet.ts';
import type { ListconfigsConfigsTorservicepassword as _cln_ListconfigsConfigsTorservicepassword, ListconfigsConfigsTorservicepassword__Output as _cln_ListconfigsConfigsTorservicepassword__Output } from './cln/ListconfigsConfigsTorservicepassword.ts';
import type { ListconfigsConfigsWallet as _cln_ListconfigsConfigsWallet, ListconfigsConfigsWallet__Output as _cln_ListconfigsConfigsWallet__Output } from './cln/ListconfigsConfigsWallet.ts';
import type { ListconfigsConfigsWatchtimeblocks as _cln_ListconfigsConfigsWatchtimeblocks, ListconfigsConfigsWatchtimeblocks__Output as _cln_ListconfigsConfigsWatchtimeblocks__Output } from './cln/ListconfigsConfigsWatchtimeblocks.ts';
import type { ListconfigsRequest as _cln_ListconfigsRequest, ListconfigsRequest__Output as _cln_ListconfigsRequest__Output } from './cln/ListconfigsRequest.ts';
import type { ListconfigsResponse as _cln_ListconfigsResponse, ListconfigsResponse__Output as _cln_ListconfigsResponse__Output } from './cln/ListconfigsResponse.ts';
import type { ListcurrencyratesCurrencyrates as _cln_ListcurrencyratesCurrencyrates, ListcurrencyratesCurrencyrates__Output as _cln_ListcurrencyratesCurrencyrates__Output } from './cln/ListcurrencyratesCurrencyrates.ts';
import type { ListcurrencyratesRequest as _cln_ListcurrencyratesRequest, ListcurrencyratesRequest__Output as _cln_ListcurrencyratesRequest__Output } from './cln/ListcurrencyratesRequest.ts';
import type { ListcurrencyratesResponse as _cln_ListcurrencyratesResponse, ListcurrencyratesResponse__Output as _cln_ListcurrencyratesResponse__Output } from './cln/ListcurrencyratesResponse.ts';
import type { ListdatastoreDatastore as _cln_ListdatastoreDatastore, ListdatastoreDatastore__Output as _cln_ListdatastoreDatastore__Output } from './cln/ListdatastoreDatastore.ts';
import type { ListdatastoreRequest as _cln_ListdatastoreRequest, ListdatastoreRequest__Output as _cln_ListdatastoreRequest__Output } from './cln/ListdatastoreRequest.ts';
import type { ListdatastoreResponse as _cln_ListdatastoreResponse, ListdatastoreResponse__Output as _cln_ListdatastoreResponse__Output } from './cln/ListdatastoreResponse.ts';
import type { ListforwardsForwards as _cln_ListforwardsForwards, ListforwardsForwards__Output as _cln_ListforwardsForwards__Output } from './cln/ListforwardsForwards.ts';
import type { ListforwardsRequest as _cln_ListforwardsRequest, ListforwardsRequest__Output as _cln_ListforwardsRequest__Output } from './cln/ListforwardsRequest.ts';
import type { ListforwardsResponse as _cln_ListforwardsResponse, ListforwardsResponse__Output as _cln_ListforwardsResponse__Output } from './cln/ListforwardsResponse.ts';
import type { ListfundsChannels as _cln_ListfundsChannels, ListfundsChannels__Output as _cln_ListfundsChannels__Output } from './cln/ListfundsChannels.ts';
import type { ListfundsOutputs as _cln_ListfundsOutputs, ListfundsOutputs__Output as _cln_ListfundsOutputs__Output } from './cln/ListfundsOutputs.ts';
import type { ListfundsRequest as _cln_ListfundsRequest, ListfundsRequest__Output as _cln_ListfundsRequest__Output } from './cln/ListfundsRequest.ts';
import type { ListfundsResponse as _cln_ListfundsResponse, ListfundsResponse__Output as _cln_ListfundsResponse__Output } from './cln/ListfundsResponse.ts';
import type { ListhtlcsHtlcs as _cln_ListhtlcsHtlcs, ListhtlcsHtlcs__Output as _cln_ListhtlcsHtlcs__Output } from './cln/ListhtlcsHtlcs.ts';
import type { ListhtlcsRequest as _cln_ListhtlcsRequest, ListhtlcsRequest__Output as _cln_ListhtlcsRequest__Output } from './cln/ListhtlcsRequest.ts';
import type { ListhtlcsResponse as _cln_ListhtlcsResponse, ListhtlcsResponse__Output as _cln_ListhtlcsResponse__Output } from './cln/ListhtlcsResponse.ts';
import type { ListinvoicerequestsInvoicerequests as _cln_ListinvoicerequestsInvoicerequests, ListinvoicerequestsInvoicerequests__Output as _cln_ListinvoicerequestsInvoicerequests__Output } from './cln/ListinvoicerequestsInvoicerequests.ts';
import type { ListinvoicerequestsRequest as _cln_ListinvoicerequestsRequest, ListinvoicerequestsRequest__Output as _cln_ListinvoicerequestsRequest__Output } from './cln/ListinvoicerequestsRequest.ts';
import type { ListinvoicerequestsResponse as _cln_ListinvoicerequestsResponse, ListinvoicerequestsResponse__Output as _cln_ListinvoicerequestsResponse__Output } from './cln/ListinvoicerequestsResponse.ts';
import type { ListinvoicesInvoices as _cln_ListinvoicesInvoices, ListinvoicesInvoices__Output as _cln_ListinvoicesInvoices__Output } from './cln/ListinvoicesInvoices.ts';
import type { ListinvoicesInvoicesPaidOutpoint as _cln_ListinvoicesInvoicesPaidOutpoint, ListinvoicesInvoicesPaidOutpoint__Output as _cln_ListinvoicesInvoicesPaidOutpoint__Output } from './cln/ListinvoicesInvoicesPaidOutpoint.ts';
import type { ListinvoicesRequest as _cln_ListinvoicesRequest, ListinvoicesRequest__Output as _cln_ListinvoicesRequest__Output } from './cln/ListinvoicesRequest.ts';
import type { ListinvoicesResponse as _cln_ListinvoicesResponse, ListinvoicesResponse__Output as _cln_ListinvoicesResponse__Output } from './cln/ListinvoicesResponse.ts';
import type { ListnetworkeventsNetworkevents as _cln_ListnetworkeventsNetworkevents, ListnetworkeventsNetworkevents__Output as _cln_ListnetworkeventsNetworkevents__Output } from './cln/ListnetworkeventsNetworkevents.ts';
import type { ListnetworkeventsRequest as _cln_ListnetworkeventsRequest, ListnetworkeventsRequest__Output as _cln_ListnetworkeventsRequest__Output } from './cln/ListnetworkeventsRequest.ts';
import type { ListnetworkeventsResponse as _cln_ListnetworkeventsResponse, ListnetworkeventsResponse__Output as _cln_ListnetworkeventsResponse__Output } from './cln/ListnetworkeventsResponse.ts';
import type { ListnodesNodes as _cln_ListnodesNodes, ListnodesNodes__Output as _cln_ListnodesNodes__Output } from './cln/ListnodesNodes.ts';
import type { ListnodesNodesAddresses as _cln_ListnodesNodesAddresses, ListnodesNodesAddresses__Output as _cln_ListnodesNodesAddresses__Output } from './cln/ListnodesNodesAddresses.ts';
import type { ListnodesNodesOptionWillFund as _cln_ListnodesNodesOptionWillFund, ListnodesNodesOptionWillFund__Output as _cln_ListnodesNodesOptionWillFund__Output } from './cln/ListnodesNodesOptionWillFund.ts';
import type { ListnodesRequest as _cln_ListnodesRequest, ListnodesRequest__Output as _cln_ListnodesRequest__Output } from './cln/ListnodesRequest.ts';
import type { ListnodesResponse as _cln_ListnodesResponse, ListnodesResponse__Output as _cln_ListnodesResponse__Output } from './cln/ListnodesResponse.ts';
import type { ListoffersOffers as _cln_ListoffersOffers, ListoffersOffers__Output as _cln_ListoffersOffers__Output } from './cln/ListoffersOffers.ts';
import type { ListoffersRequest as _cln_ListoffersRequest, ListoffersRequest__Output as _cln_ListoffersRequest__Output } from './cln/ListoffersRequest.ts';
import type { ListoffersResponse as _cln_ListoffersResponse, ListoffersResponse__Output as _cln_ListoffersResponse__Output } from './cln/ListoffersResponse.ts';
import type { ListpaysPays as _cln_ListpaysPays, ListpaysPays__Output as _cln_ListpaysPays__Output } from './cln/ListpaysPays.ts';
import type { ListpaysRequest as _cln_ListpaysRequest, ListpaysRequest__Output as _cln_ListpaysRequest__Output } from './cln/ListpaysRequest.ts';
import type { ListpaysResponse as _cln_ListpaysResponse, ListpaysResponse__Output as _cln_ListpaysResponse__Output } from './cln/ListpaysResponse.ts';
import type { ListpeerchannelsChannels as _cln_ListpeerchannelsChannels, ListpeerchannelsChannels__Output as _cln_ListpeerchannelsChannels__Output } from './cln/ListpeerchannelsChannels.ts';
import type { ListpeerchannelsChannelsAlias as _cln_ListpeerchannelsChannelsAlias, ListpeerchannelsChannelsAlias__Output as _cln_ListpeerchannelsChannelsAlias__Output } from './cln/ListpeerchannelsChannelsAlias.ts';
import type { ListpeerchannelsChannelsChannelType as _cln_ListpeerchannelsChannelsChannelType, ListpeerchannelsChannelsChannelType__Output as _cln_ListpeerchannelsChannelsChannelType__Output } from './cln/ListpeerchannelsChannelsChannelType.ts';
import type { ListpeerchannelsChannelsFeerate as _cln_ListpeerchannelsChannelsFeerate, ListpeerchannelsChannelsFeerate__Output as _cln_ListpeerchannelsChannelsFeerate__Output } from './cln/ListpeerchannelsChannelsFeerate.ts';
import type { ListpeerchannelsChannelsFunding as _cln_ListpeerchannelsChannelsFunding, ListpeerchannelsChannelsFunding__Output as _cln_ListpeerchannelsChannelsFunding__Output } from './cln/ListpeerchannelsChannelsFunding.ts';
import type { ListpeerchannelsChannelsHtlcs as _cln_ListpeerchannelsChannelsHtlcs, ListpeerchannelsChannelsHtlcs__Output as _cln_ListpeerchannelsChannelsHtlcs__Output } from './cln/ListpeerchannelsChannelsHtlcs.ts';
import type { ListpeerchannelsChannelsInflight as _cln_ListpeerchannelsChannelsInflight, ListpeerchannelsChannelsInflight__Output as _cln_ListpeerchannelsChannelsInflight__Output } from './cln/ListpeerchannelsChannelsInflight.ts';
import type { ListpeerchannelsChannelsStateChanges as _cln_ListpeerchannelsChannelsStateChanges, ListpeerchannelsChannelsStateChanges__Output as _cln_ListpeerchannelsChannelsStateChanges__Output } from './cln/ListpeerchannelsChannelsStateChanges.ts';
import type { ListpeerchannelsChannelsUpdates as _cln_ListpeerchannelsChannelsUpdates, ListpeerchannelsChannelsUpdates__Output as _cln_ListpeerchannelsChannelsUpdates__Output } from './cln/ListpeerchannelsChannelsUpdates.ts';
import type { ListpeerchannelsChannelsUpdatesLocal as _cln_ListpeerchannelsChannelsUpdatesLocal, ListpeerchannelsChannelsUpdatesLocal__Output as _cln_ListpeerchannelsChannelsUpdatesLocal__Output } from './cln/ListpeerchannelsChannelsUpdatesLocal.ts';
import type { ListpeerchannelsChannelsUpdatesRemote as _cln_ListpeerchannelsChannelsUpdatesRemote, ListpeerchannelsChannelsUpdatesRemote__Output as _cln_ListpeerchannelsChannelsUpdatesRemote__Output } from './cln/ListpeerchannelsChannelsUpdatesRemote.ts';
import type { ListpeerchannelsRequest as _cln_ListpeerchannelsRequest, ListpeerchannelsRequest__Output as _cln_ListpeerchannelsRequest__Output } from './cln/ListpeerchannelsRequest.ts';
import type { ListpeerchannelsResponse as _cln_ListpeerchannelsResponse, ListpeerchannelsResponse__Output as _cln_ListpeerchannelsResponse__Output } from './cln/ListpeerchannelsResponse.ts';
import type { ListpeersPeers as _cln_ListpeersPeers, ListpeersPeers__Output as _cln_ListpeersPeers__Output } from './cln/ListpeersPeers.ts';
import type { ListpeersPeersChannels as _cln_ListpeersPeersChannels, ListpeersPeersChannels__Output as _cln_ListpeersPeersChannels__Output } from './cln/ListpeersPeersChannels.ts';
import type { ListpeersPeersChannelsAlias as _cln_ListpeersPeersChannelsAlias, ListpeersPeersChannelsAlias__Output as _cln_ListpeersPeersChannelsAlias__Output } from './cln/ListpeersPeersChannelsAlias.ts';
import type { ListpeersPeersChannelsFeerate as _cln_ListpeersPeersChannelsFeerate, ListpeersPeersChannelsFeerate__Output as _cln_ListpeersPeersChannelsFeerate__Output } from './cln/ListpeersPeersChannelsFeerate.ts';
import type { ListpeersPeersChannelsFunding as _cln_ListpeersPeersChannelsFunding, ListpeersPeersChannelsFunding__Output as _cln_ListpeersPeersChannelsFunding__Output } from './cln/ListpeersPeersChannelsFunding.ts';
import type { ListpeersPeersChannelsHtlcs as _cln_ListpeersPeersChannelsHtlcs, ListpeersPeersChannelsHtlcs__Output as _cln_ListpeersPeersChannelsHtlcs__Output } from './cln/ListpeersPeersChannelsHtlcs.ts';
import type { ListpeersPeersChannelsInflight as _cln_ListpeersPeersChannelsInflight, ListpeersPeersChannelsInflight__Output as _cln_ListpeersPeersChannelsInflight__Output } from './cln/ListpeersPeersChannelsInflight.ts';
import type { ListpeersPeersLog as _cln_ListpeersPeersLog, ListpeersPeersLog__Output as _cln_ListpeersPeersLog__Output } from './cln/ListpeersPeersLog.ts';
import type { ListpeersRequest as _cln_ListpeersRequest, ListpeersRequest__Output as _cln_ListpeersRequest__Output } from './cln/ListpeersRequest.ts';
import type { ListpeersResponse as _cln_ListpeersResponse, ListpeersResponse__Output as _cln_ListpeersResponse__Output } from './cln/ListpeersResponse.ts';
import type { ListsendpaysPayments as _cln_ListsendpaysPayments, ListsendpaysPayments__Output as _cln_ListsendpaysPayments__Output } from './cln/ListsendpaysPayments.ts';
import type { ListsendpaysRequest as _cln_ListsendpaysRequest, ListsendpaysRequest__Output as _cln_ListsendpaysRequest__Output } from './cln/ListsendpaysRequest.ts';
import type { ListsendpaysResponse as _cln_ListsendpaysResponse, ListsendpaysResponse__Output as _cln_ListsendpaysResponse__Output } from './cln/ListsendpaysResponse.ts';
import type { ListtransactionsRequest as _cln_ListtransactionsRequest, ListtransactionsRequest__Output as _cln_ListtransactionsRequest__Output } from './cln/ListtransactionsRequest.ts';
import type { ListtransactionsResponse as _cln_ListtransactionsResponse, ListtransactionsResponse__Output as _cln_ListtransactionsResponse__Output } from './cln/ListtransactionsResponse.ts';
import type { ListtransactionsTransactions as _cln_ListtransactionsTransactions, ListtransactionsTransactions__Output as _cln_ListtransactionsTransactions__Output } from './cln/ListtransactionsTransactions.ts';
import type { ListtransactionsTransactionsInputs as _cln_ListtransactionsTransactionsInputs, ListtransactionsTransactionsInputs__Output as _cln_ListtransactionsTransactionsInputs__Output } from './cln/ListtransactionsTransactionsInputs.ts';
import type { ListtransactionsTransactionsOutputs as _cln_ListtransactionsTransactionsOutputs, ListtransactionsTransactionsOutputs__Output as _cln_ListtransactionsTransactionsOutputs__Output } from './cln/ListtransactionsTransactionsOutputs.ts';
import type { LogNotification as _cln_LogNotification, LogNotification__Output as _cln_LogNotification__Output } from './cln/LogNotification.ts';
import type { MakesecretRequest as _cln_MakesecretRequest, MakesecretRequest__Output as _cln_MakesecretRequest__Output } from './cln/MakesecretRequest.ts';
import type { MakesecretResponse as _cln_MakesecretResponse, MakesecretResponse__Output as _cln_MakesecretResponse__Output } from './cln/MakesecretResponse.ts';
import type { MultifundchannelChannelIds as _cln_MultifundchannelChannelIds, MultifundchannelChannelIds__Output as _cln_MultifundchannelChannelIds__Output } from './cln/MultifundchannelChannelIds.ts';
import type { MultifundchannelChannelIdsChannelType as _cln_MultifundchannelChannelIdsChannelType, MultifundchannelChannelIdsChannelType__Output as _cln_MultifundchannelChannelIdsChannelType__Output } from './cln/MultifundchannelChannelIdsChannelType.ts';
import type { MultifundchannelDestinations as _cln_MultifundchannelDestinations, MultifundchannelDestinations__Output as _cln_MultifundchannelDestinations__Output } from './cln/MultifundchannelDestinations.ts';
import type { MultifundchannelFailed as _cln_MultifundchannelFailed, MultifundchannelFailed__Output as _cln_MultifundchannelFailed__Output } from './cln/MultifundchannelFailed.ts';
import type { MultifundchannelFailedError as _cln_MultifundchannelFailedError, MultifundchannelFailedError__Output as _cln_MultifundchannelFailedError__Output } from './cln/MultifundchannelFailedError.ts';
import type { MultifundchannelRequest as _cln_MultifundchannelRequest, MultifundchannelRequest__Output as _cln_MultifundchannelRequest__Output } from './cln/MultifundchannelRequest.ts';
import type { MultifundchannelResponse as _cln_MultifundchannelResponse, MultifundchannelResponse__Output as _cln_MultifundchannelResponse__Output } from './cln/MultifundchannelResponse.ts';
import type { MultiwithdrawRequest as _cln_MultiwithdrawRequest, MultiwithdrawRequest__Output as _cln_MultiwithdrawRequest__Output } from './cln/MultiwithdrawRequest.ts';
import type { MultiwithdrawResponse as _cln_MultiwithdrawResponse, MultiwithdrawResponse__Output as _cln_MultiwithdrawResponse__Output } from './cln/MultiwithdrawResponse.ts';
import type { NewaddrRequest as _cln_NewaddrRequest, NewaddrRequest__Output as _cln_NewaddrRequest__Output } from './cln/NewaddrRequest.ts';
import type { NewaddrResponse as _cln_NewaddrResponse, NewaddrResponse__Output as _cln_NewaddrResponse__Output } from './cln/NewaddrResponse.ts';
import type { NodeClient as _cln_NodeClient, NodeDefinition as _cln_NodeDefinition } from './cln/Node.ts';
import type { OfferRequest as _cln_OfferRequest, OfferRequest__Output as _cln_OfferRequest__Output } from './cln/OfferRequest.ts';
import type { OfferResponse as _cln_OfferResponse, OfferResponse__Output as _cln_OfferResponse__Output } from './cln/OfferResponse.ts';
import type { OnionMessageForwardFailNotification as _cln_OnionMessageForwardFailNotification, OnionMessageForwardFailNotification__Output as _cln_OnionMessageForwardFailNotification__Output } from './cln/OnionMessageForwardFailNotification.ts';
import type { OpenChannelPeerSigsNotification as _cln_OpenChannelPeerSigsNotification, OpenChannelPeerSigsNotification__Output as _cln_OpenChannelPeerSigsNotification__Output } from './cln/OpenChannelPeerSigsNotification.ts';
import type { OpenchannelAbortRequest as _cln_OpenchannelAbortRequest, OpenchannelAbortRequest__Output as _cln_OpenchannelAbortRequest__Output } from './cln/OpenchannelAbortRequest.ts';
import type { OpenchannelAbortResponse as _cln_OpenchannelAbortResponse, OpenchannelAbortResponse__Output as _cln_OpenchannelAbortResponse__Output } from './cln/OpenchannelAbortResponse.ts';
import type { OpenchannelBumpChannelType as _cln_OpenchannelBumpChannelType, OpenchannelBumpChannelType__Output as _cln_OpenchannelBumpChannelType__Output } from './cln/OpenchannelBumpChannelType.ts';
import type { OpenchannelBumpRequest as _cln_OpenchannelBumpRequest, OpenchannelBumpRequest__Output as _cln_OpenchannelBumpRequest__Output } from './cln/OpenchannelBumpRequest.ts';
import type { OpenchannelBumpResponse as _cln_OpenchannelBumpResponse, OpenchannelBumpResponse__Output as _cln_OpenchannelBumpResponse__Output } from './cln/OpenchannelBumpResponse.ts';
import type { OpenchannelInitChannelType as _cln_OpenchannelInitChannelType, OpenchannelInitChannelType__Output as _cln_OpenchannelInitChannelType__Output } from './cln/OpenchannelInitChannelType.ts';
import type { OpenchannelInitRequest as _cln_OpenchannelInitRequest, OpenchannelInitRequest__Output as _cln_OpenchannelInitRequest__Output } from './cln/OpenchannelInitRequest.ts';
import type { OpenchannelInitResponse as _cln_OpenchannelInitResponse, OpenchannelInitResponse__Output as _cln_OpenchannelInitResponse__Output } from './cln/OpenchannelInitResponse.ts';
import type { OpenchannelSignedRequest as _cln_OpenchannelSignedRequest, OpenchannelSignedRequest__Output as _cln_OpenchannelSignedRequest__Output } from './cln/OpenchannelSignedRequest.ts';
import type { OpenchannelSignedResponse as _cln_OpenchannelSignedResponse, OpenchannelSignedResponse__Output as _cln_OpenchannelSignedResponse__Output } from './cln/OpenchannelSignedResponse.ts';
import type { OpenchannelUpdateChannelType as _cln_OpenchannelUpdateChannelType, OpenchannelUpdateChannelType__Output as _cln_OpenchannelUpdateChannelType__Output } from './cln/OpenchannelUpdateChannelType.ts';
import type { OpenchannelUpdateRequest as _cln_OpenchannelUpdateRequest, OpenchannelUpdateRequest__Output as _cln_OpenchannelUpdateRequest__Output } from './cln/OpenchannelUpdateRequest.ts';
import type { OpenchannelUpdateResponse as _cln_OpenchannelUpdateResponse, OpenchannelUpdateResponse__Output as _cln_OpenchannelUpdateResponse__Output } from './cln/OpenchannelUpdateResponse.ts';
import type { Outpoint as _cln_Outpoint, Outpoint__Output as _cln_Outpoint__Output } from './cln/Outpoint.ts';
import type { OutputDesc as _cln_OutputDesc, OutputDesc__Output as _cln_OutputDesc__Output } from './cln/OutputDesc.ts';
import type { PayPartEndNotification as _cln_PayPartEndNotification, PayPartEndNotification__Output as _cln_PayPartEndNotification__Output } from './cln/PayPartEndNotification.ts';
import type { PayPartStartHops as _cln_PayPartStartHops, PayPartStartHops__Output as _cln_PayPartStartHops__Output } from './cln/PayPartStartHops.ts';
import type { PayPartStartNotification as _cln_PayPartStartNotification, PayPartStartNotification__Output as _cln_PayPartStartNotification__Output } from './cln/PayPartStartNotification.ts';
import type { PayRequest as _cln_PayRequest, PayRequest__Output as _cln_PayRequest__Output } from './cln/PayRequest.ts';
import type { PayResponse as _cln_PayResponse, PayResponse__Output as _cln_PayResponse__Output } from './cln/PayResponse.ts';
import type { PeerConnectAddress as _cln_PeerConnectAddress, PeerConnectAddress__Output as _cln_PeerConnectAddress__Output } from './cln/PeerConnectAddress.ts';
import type { PeerConnectNotification as _cln_PeerConnectNotification, PeerConnectNotification__Output as _cln_PeerConnectNotification__Output } from './cln/PeerConnectNotification.ts';
import type { PingRequest as _cln_PingRequest, PingRequest__Output as _cln_PingRequest__Output } from './cln/PingRequest.ts';
import type { PingResponse as _cln_PingResponse, PingResponse__Output as _cln_PingResponse__Output } from './cln/PingResponse.ts';
import type { PluginPlugins as _cln_PluginPlugins, PluginPlugins__Output as _cln_PluginPlugins__Output } from './cln/PluginPlugins.ts';
import type { PluginRequest as _cln_PluginRequest, PluginRequest__Output as _cln_PluginRequest__Output } from './cln/PluginRequest.ts';
import type { PluginResponse as _cln_PluginResponse, PluginResponse__Output as _cln_PluginResponse__Output } from './cln/PluginResponse.ts';
import type { PluginStartedNotification as _cln_PluginStartedNotification, PluginStartedNotification__Output as _cln_PluginStartedNotification__Output } from './cln/PluginStartedNotification.ts';
import type { PluginStoppedNotification as _cln_PluginStoppedNotification, PluginStoppedNotification__Output as _cln_PluginStoppedNotification__Output } from './cln/PluginStoppedNotification.ts';
import type { PreapproveinvoiceRequest as _cln_PreapproveinvoiceRequest, PreapproveinvoiceRequest__Output as _cln_PreapproveinvoiceRequest__Output } from './cln/PreapproveinvoiceRequest.ts';
import type { PreapproveinvoiceResponse as _cln_PreapproveinvoiceResponse, PreapproveinvoiceResponse__Output as _cln_PreapproveinvoiceResponse__Output } from './cln/PreapproveinvoiceResponse.ts';
import type { PreapprovekeysendRequest as _cln_PreapprovekeysendRequest, PreapprovekeysendRequest__Output as _cln_PreapprovekeysendRequest__Output } from './cln/PreapprovekeysendRequest.ts';
import type { PreapprovekeysendResponse as _cln_PreapprovekeysendResponse, PreapprovekeysendResponse__Output as _cln_PreapprovekeysendResponse__Output } from './cln/PreapprovekeysendResponse.ts';
import type { ProofField as _cln_ProofField, ProofField__Output as _cln_ProofField__Output } from './cln/ProofField.ts';
import type { RecoverRequest as _cln_RecoverRequest, RecoverRequest__Output as _cln_RecoverRequest__Output } from './cln/RecoverRequest.ts';
import type { RecoverResponse as _cln_RecoverResponse, RecoverResponse__Output as _cln_RecoverResponse__Output } from './cln/RecoverResponse.ts';
import type { RecoverchannelRequest as _cln_RecoverchannelRequest, RecoverchannelRequest__Output as _cln_RecoverchannelRequest__Output } from './cln/RecoverchannelRequest.ts';
import type { RecoverchannelResponse as _cln_RecoverchannelResponse, RecoverchannelResponse__Output as _cln_RecoverchannelResponse__Output } from './cln/RecoverchannelResponse.ts';
import type { RenepayRequest as _cln_RenepayRequest, RenepayRequest__Output as _cln_RenepayRequest__Output } from './cln/RenepayRequest.ts';
import type { RenepayResponse as _cln_RenepayResponse, RenepayResponse__Output as _cln_RenepayResponse__Output } from './cln/RenepayResponse.ts';
import type { RenepaystatusPaystatus as _cln_RenepaystatusPaystatus, RenepaystatusPaystatus__Output as _cln_RenepaystatusPaystatus__Output } from './cln/RenepaystatusPaystatus.ts';
import type { RenepaystatusRequest as _cln_RenepaystatusRequest, RenepaystatusRequest__Output as _cln_RenepaystatusRequest__Output } from './cln/RenepaystatusRequest.ts';
import type { RenepaystatusResponse as _cln_RenepaystatusResponse, RenepaystatusResponse__Output as _cln_RenepaystatusResponse__Output } from './cln/RenepaystatusResponse.ts';
import type { ReserveinputsRequest as _cln_ReserveinputsRequest, ReserveinputsRequest__Output as _cln_ReserveinputsRequest__Output } from './cln/ReserveinputsRequest.ts';
import type { ReserveinputsReservations as _cln_ReserveinputsReservations, ReserveinputsReservations__Output as _cln_ReserveinputsReservations__Output } from './cln/ReserveinputsReservations.ts';
import type { ReserveinputsResponse as _cln_ReserveinputsResponse, ReserveinputsResponse__Output as _cln_ReserveinputsResponse__Output } from './cln/ReserveinputsResponse.ts';
import type { RouteHop as _cln_RouteHop, RouteHop__Output as _cln_RouteHop__Output } from './cln/RouteHop.ts';
import type { Routehint as _cln_Routehint, Routehint__Output as _cln_Routehint__Output } from './cln/Routehint.ts';
import type { RoutehintList as _cln_RoutehintList, RoutehintList__Output as _cln_RoutehintList__Output } from './cln/RoutehintList.ts';
import type { SendPayFailureNotification as _cln_SendPayFailureNotification, SendPayFailureNotification__Output as _cln_SendPayFailureNotification__Output } from './cln/SendPayFailureNotification.ts';
import type { SendPaySuccessNotification as _cln_SendPaySuccessNotification, SendPaySuccessNotification__Output as _cln_SendPaySuccessNotification__Output } from './cln/SendPaySuccessNotification.ts';
import type { SendamountRequest as _cln_SendamountRequest, SendamountRequest__Output as _cln_SendamountRequest__Output } from './cln/SendamountRequest.ts';
import type { SendamountResponse as _cln_SendamountResponse, SendamountResponse__Output as _cln_SendamountResponse__Output } from './cln/SendamountResponse.ts';
import type { SendcustommsgRequest as _cln_SendcustommsgRequest, SendcustommsgRequest__Output as _cln_SendcustommsgRequest__Output } from './cln/SendcustommsgRequest.ts';
import type { SendcustommsgResponse as _cln_SendcustommsgResponse, SendcustommsgResponse__Output as _cln_SendcustommsgResponse__Output } from './cln/SendcustommsgResponse.ts';
import type { SendinvoiceRequest as _cln_SendinvoiceRequest, SendinvoiceRequest__Output as _cln_SendinvoiceRequest__Output } from './cln/SendinvoiceRequest.ts';
import type { SendinvoiceResponse as _cln_SendinvoiceResponse, SendinvoiceResponse__Output as _cln_SendinvoiceResponse__Output } from './cln/SendinvoiceResponse.ts';
import type { SendonionFirstHop as _cln_SendonionFirstHop, SendonionFirstHop__Output as _cln_SendonionFirstHop__Output } from './cln/SendonionFirstHop.ts';
import type { SendonionRequest as _cln_SendonionRequest, SendonionRequest__Output as _cln_SendonionRequest__Output } from './cln/SendonionRequest.ts';
import type { SendonionResponse as _cln_SendonionResponse, SendonionResponse__Output as _cln_SendonionResponse__Output } from './cln/SendonionResponse.ts';
import type { SendpayFailureData as _cln_SendpayFailureData, SendpayFailureData__Output as _cln_SendpayFailureData__Output } from './cln/SendpayFailureData.ts';
import type { SendpayRequest as _cln_SendpayRequest, SendpayRequest__Output as _cln_SendpayRequest__Output } from './cln/SendpayRequest.ts';
import type { SendpayResponse as _cln_SendpayResponse, SendpayResponse__Output as _cln_SendpayResponse__Output } from './cln/SendpayResponse.ts';
import type { SendpayRoute as _cln_SendpayRoute, SendpayRoute__Output as _cln_SendpayRoute__Output } from './cln/SendpayRoute.ts';
import type { SendpsbtRequest as _cln_SendpsbtRequest, SendpsbtRequest__Output as _cln_SendpsbtRequest__Output } from './cln/SendpsbtRequest.ts';
import type { SendpsbtResponse as _cln_SendpsbtResponse, SendpsbtResponse__Output as _cln_SendpsbtResponse__Output } from './cln/SendpsbtResponse.ts';
import type { SetchannelChannels as _cln_SetchannelChannels, SetchannelChannels__Output as _cln_SetchannelChannels__Output } from './cln/SetchannelChannels.ts';
import type { SetchannelRequest as _cln_SetchannelRequest, SetchannelRequest__Output as _cln_SetchannelRequest__Output } from './cln/SetchannelRequest.ts';
import type { SetchannelResponse as _cln_SetchannelResponse, SetchannelResponse__Output as _cln_SetchannelResponse__Output } from './cln/SetchannelResponse.ts';
import type { SetconfigConfig as _cln_SetconfigConfig, SetconfigConfig__Output as _cln_SetconfigConfig__Output } from './cln/SetconfigConfig.ts';
import type { SetconfigRequest as _cln_SetconfigRequest, SetconfigRequest__Output as _cln_SetconfigRequest__Output } from './cln/SetconfigRequest.ts';
import type { SetconfigResponse as _cln_SetconfigResponse, SetconfigResponse__Output as _cln_SetconfigResponse__Output } from './cln/SetconfigResponse.ts';
import type { SetpsbtversionRequest as _cln_SetpsbtversionRequest, SetpsbtversionRequest__Output as _cln_SetpsbtversionRequest__Output } from './cln/SetpsbtversionRequest.ts';
import type { SetpsbtversionResponse as _cln_SetpsbtversionResponse, SetpsbtversionResponse__Output as _cln_SetpsbtversionResponse__Output } from './cln/SetpsbtversionResponse.ts';
import type { ShowrunesRequest as _cln_ShowrunesRequest, ShowrunesRequest__Output as _cln_ShowrunesRequest__Output } from './cln/ShowrunesRequest.ts';
import type { ShowrunesResponse as _cln_ShowrunesResponse, ShowrunesResponse__Output as _cln_ShowrunesResponse__Output } from './cln/ShowrunesResponse.ts';
import type { ShowrunesRunes as _cln_ShowrunesRunes, ShowrunesRunes__Output as _cln_ShowrunesRunes__Output } from './cln/ShowrunesRunes.ts';
import type { ShowrunesRunesRestrictions as _cln_ShowrunesRunesRestrictions, ShowrunesRunesRestrictions__Output as _cln_ShowrunesRunesRestrictions__Output } from './cln/ShowrunesRunesRestrictions.ts';
import type { ShowrunesRunesRestrictionsAlternatives as _cln_ShowrunesRunesRestrictionsAlternatives, ShowrunesRunesRestrictionsAlternatives__Output as _cln_ShowrunesRunesRestrictionsAlternatives__Output } from './cln/ShowrunesRunesRestrictionsAlternatives.ts';
import type { ShutdownNotification as _cln_ShutdownNotification, ShutdownNotification__Output as _cln_ShutdownNotification__Output } from './cln/ShutdownNotification.ts';
import type { SigninvoiceRequest as _cln_SigninvoiceRequest, SigninvoiceRequest__Output as _cln_SigninvoiceRequest__Output } from './cln/SigninvoiceRequest.ts';
import type { SigninvoiceResponse as _cln_SigninvoiceResponse, SigninvoiceResponse__Output as _cln_SigninvoiceResponse__Output } from './cln/SigninvoiceResponse.ts';
import type { SignmessageRequest as _cln_SignmessageRequest, SignmessageRequest__Output as _cln_SignmessageRequest__Output } from './cln/SignmessageRequest.ts';
import type { SignmessageResponse as _cln_SignmessageResponse, SignmessageResponse__Output as _cln_SignmessageResponse__Output } from './cln/SignmessageResponse.ts';
import type { SignmessagewithkeyRequest as _cln_SignmessagewithkeyRequest, SignmessagewithkeyRequest__Output as _cln_SignmessagewithkeyRequest__Output } from './cln/SignmessagewithkeyRequest.ts';
import type { SignmessagewithkeyResponse as _cln_SignmessagewithkeyResponse, SignmessagewithkeyResponse__Output as _cln_SignmessagewithkeyResponse__Output } from './cln/SignmessagewithkeyResponse.ts';
import type { SignpsbtRequest as _cln_SignpsbtRequest, SignpsbtRequest__Output as _cln_SignpsbtRequest__Output } from './cln/SignpsbtRequest.ts';
import type { SignpsbtResponse as _cln_SignpsbtResponse, SignpsbtResponse__Output as _cln_SignpsbtResponse__Output } from './cln/SignpsbtResponse.ts';
import type { SpliceInitRequest as _cln_SpliceInitRequest, SpliceInitRequest__Output as _cln_SpliceInitRequest__Output } from './cln/SpliceInitRequest.ts';
import type { SpliceInitResponse as _cln_SpliceInitResponse, SpliceInitResponse__Output as _cln_SpliceInitResponse__Output } from './cln/SpliceInitResponse.ts';
import type { SpliceSignedRequest as _cln_SpliceSignedRequest, SpliceSignedRequest__Output as _cln_SpliceSignedRequest__Output } from './cln/SpliceSignedRequest.ts';
import type { SpliceSignedResponse as _cln_SpliceSignedResponse, SpliceSignedResponse__Output as _cln_SpliceSignedResponse__Output } from './cln/SpliceSignedResponse.ts';
import type { SpliceUpdateRequest as _cln_SpliceUpdateRequest, SpliceUpdateRequest__Output as _cln_SpliceUpdateRequest__Output } from './cln/SpliceUpdateRequest.ts';
import type { SpliceUpdateResponse as _cln_SpliceUpdateResponse, SpliceUpdateResponse__Output as _cln_SpliceUpdateResponse__Output } from './cln/SpliceUpdateResponse.ts';
import type { SpliceinRequest as _cln_SpliceinRequest, SpliceinRequest__Output as _cln_SpliceinRequest__Output } from './cln/SpliceinRequest.ts';
import type { SpliceinResponse as _cln_SpliceinResponse, SpliceinResponse__Output as _cln_SpliceinResponse__Output } from './cln/SpliceinResponse.ts';
import type { SpliceoutRequest as _cln_SpliceoutRequest, SpliceoutRequest__Output as _cln_SpliceoutRequest__Output } from './cln/SpliceoutRequest.ts';
import type { SpliceoutResponse as _cln_SpliceoutResponse, SpliceoutResponse__Output as _cln_SpliceoutResponse__Output } from './cln/SpliceoutResponse.ts';
import type { StaticbackupRequest as _cln_StaticbackupRequest, StaticbackupRequest__Output as _cln_StaticbackupRequest__Output } from './cln/StaticbackupRequest.ts';
import type { StaticbackupResponse as _cln_StaticbackupResponse, StaticbackupResponse__Output as _cln_StaticbackupResponse__Output } from './cln/StaticbackupResponse.ts';
import type { StopRequest as _cln_StopRequest, StopRequest__Output as _cln_StopRequest__Output } from './cln/StopRequest.ts';
import type { StopResponse as _cln_StopResponse, StopResponse__Output as _cln_StopResponse__Output } from './cln/StopResponse.ts';
import type { StreamBalanceSnapshotRequest as _cln_StreamBalanceSnapshotRequest, StreamBalanceSnapshotRequest__Output as _cln_StreamBalanceSnapshotRequest__Output } from './cln/StreamBalanceSnapshotRequest.ts';
import type { StreamBlockAddedRequest as _cln_StreamBlockAddedRequest, StreamBlockAddedRequest__Output as _cln_StreamBlockAddedRequest__Output } from './cln/StreamBlockAddedRequest.ts';
import type { StreamChannelOpenFailedRequest as _cln_StreamChannelOpenFailedRequest, StreamChannelOpenFailedRequest__Output as _cln_StreamChannelOpenFailedRequest__Output } from './cln/StreamChannelOpenFailedRequest.ts';
import type { StreamChannelOpenedRequest as _cln_StreamChannelOpenedRequest, StreamChannelOpenedRequest__Output as _cln_StreamChannelOpenedRequest__Output } from './cln/StreamChannelOpenedRequest.ts';
import type { StreamChannelStateChangedRequest as _cln_StreamChannelStateChangedRequest, StreamChannelStateChangedRequest__Output as _cln_StreamChannelStateChangedRequest__Output } from './cln/StreamChannelStateChangedRequest.ts';
import type { StreamCoinMovementRequest as _cln_StreamCoinMovementRequest, StreamCoinMovementRequest__Output as _cln_StreamCoinMovementRequest__Output } from './cln/StreamCoinMovementRequest.ts';
import type { StreamConnectRequest as _cln_StreamConnectRequest, StreamConnectRequest__Output as _cln_StreamConnectRequest__Output } from './cln/StreamConnectRequest.ts';
import type { StreamCustomMsgRequest as _cln_StreamCustomMsgRequest, StreamCustomMsgRequest__Output as _cln_StreamCustomMsgRequest__Output } from './cln/StreamCustomMsgRequest.ts';
import type { StreamDeprecatedOneshotRequest as _cln_StreamDeprecatedOneshotRequest, StreamDeprecatedOneshotRequest__Output as _cln_StreamDeprecatedOneshotRequest__Output } from './cln/StreamDeprecatedOneshotRequest.ts';
import type { StreamDisconnectRequest as _cln_StreamDisconnectRequest, StreamDisconnectRequest__Output as _cln_StreamDisconnectRequest__Output } from './cln/StreamDisconnectRequest.ts';
import type { StreamForwardEventRequest as _cln_StreamForwardEventRequest, StreamForwardEventRequest__Output as _cln_StreamForwardEventRequest__Output } from './cln/StreamForwardEventRequest.ts';
import type { StreamInvoiceCreationRequest as _cln_StreamInvoiceCreationRequest, StreamInvoiceCreationRequest__Output as _cln_StreamInvoiceCreationRequest__Output } from './cln/StreamInvoiceCreationRequest.ts';
import type { StreamInvoicePaymentRequest as _cln_StreamInvoicePaymentRequest, StreamInvoicePaymentRequest__Output as _cln_StreamInvoicePaymentRequest__Output } from './cln/StreamInvoicePaymentRequest.ts';
import type { StreamLogRequest as _cln_StreamLogRequest, StreamLogRequest__Output as _cln_StreamLogRequest__Output } from './cln/StreamLogRequest.ts';
import type { StreamOnionMessageForwardFailRequest as _cln_StreamOnionMessageForwardFailRequest, StreamOnionMessageForwardFailRequest__Output as _cln_StreamOnionMessageForwardFailRequest__Output } from './cln/StreamOnionMessageForwardFailRequest.ts';
import type { StreamOpenChannelPeerSigsRequest as _cln_StreamOpenChannelPeerSigsRequest, StreamOpenChannelPeerSigsRequest__Output as _cln_StreamOpenChannelPeerSigsRequest__Output } from './cln/StreamOpenChannelPeerSigsRequest.ts';
import type { StreamPayPartEndRequest as _cln_StreamPayPartEndRequest, StreamPayPartEndRequest__Output as _cln_StreamPayPartEndRequest__Output } from './cln/StreamPayPartEndRequest.ts';
import type { StreamPayPartStartRequest as _cln_StreamPayPartStartRequest, StreamPayPartStartRequest__Output as _cln_StreamPayPartStartRequest__Output } from './cln/StreamPayPartStartRequest.ts';
import type { StreamPluginStartedRequest as _cln_StreamPluginStartedRequest, StreamPluginStartedRequest__Output as _cln_StreamPluginStartedRequest__Output } from './cln/StreamPluginStartedRequest.ts';
import type { StreamPluginStoppedRequest as _cln_StreamPluginStoppedRequest, StreamPluginStoppedRequest__Output as _cln_StreamPluginStoppedRequest__Output } from './cln/StreamPluginStoppedRequest.ts';
import type { StreamSendPayFailureRequest as _cln_StreamSendPayFailureRequest, StreamSendPayFailureRequest__Output as _cln_StreamSendPayFailureRequest__Output } from './cln/StreamSendPayFailureRequest.ts';
import type { StreamSendPaySuccessRequest as _cln_StreamSendPaySuccessRequest, StreamSendPaySuccessRequest__Output as _cln_StreamSendPaySuccessRequest__Output } from './cln/StreamSendPaySuccessRequest.ts';
import type { StreamShutdownRequest as _cln_StreamShutdownRequest, StreamShutdownRequest__Output as _cln_StreamShutdownRequest__Output } from './cln/StreamShutdownRequest.ts';
import type { StreamWarningRequest as _cln_StreamWarningRequest, StreamWarningRequest__Output as _cln_StreamWarningRequest__Output } from './cln/StreamWarningRequest.ts';
import type { TlvEntry as _cln_TlvEntry, TlvEntry__Output as _cln_TlvEntry__Output } from './cln/TlvEntry.ts';
import type { TlvStream as _cln_TlvStream, TlvStream__Output as _cln_TlvStream__Output } from './cln/TlvStream.ts';
import type { TxdiscardRequest as _cln_TxdiscardRequest, TxdiscardRequest__Output as _cln_TxdiscardRequest__Output } from './cln/TxdiscardRequest.ts';
import type { TxdiscardResponse as _cln_TxdiscardResponse, TxdiscardResponse__Output as _cln_TxdiscardResponse__Output } from './cln/TxdiscardResponse.ts';
import type { TxprepareRequest as _cln_TxprepareRequest, TxprepareRequest__Output as _cln_TxprepareRequest__Output } from './cln/TxprepareRequest.ts';
import type { TxprepareResponse as _cln_TxprepareResponse, TxprepareResponse__Output as _cln_TxprepareResponse__Output } from './cln/TxprepareResponse.ts';
import type { TxsendRequest as _cln_TxsendRequest, TxsendRequest__Output as _cln_TxsendRequest__Output } from './cln/TxsendRequest.ts';
import type { TxsendResponse as _cln_TxsendResponse, TxsendResponse__Output as _cln_TxsendResponse__Output } from './cln/TxsendResponse.ts';
import type { UnreserveinputsRequest as _cln_UnreserveinputsRequest, UnreserveinputsRequest__Output as _cln_UnreserveinputsRequest__Output } from './cln/UnreserveinputsRequest.ts';
import type { UnreserveinputsReservations as _cln_UnreserveinputsReservations, UnreserveinputsReservations__Output as _cln_UnreserveinputsReservations__Output } from './cln/UnreserveinputsReservations.ts';
import type { UnreserveinputsResponse as _cln_UnreserveinputsResponse, UnreserveinputsResponse__Output as _cln_UnreserveinputsResponse__Output } from './cln/UnreserveinputsResponse.ts';
import type { UpgradewalletRequest as _cln_UpgradewalletRequest, UpgradewalletRequest__Output as _cln_UpgradewalletRequest__Output } from './cln/UpgradewalletRequest.ts';
import type { UpgradewalletResponse as _cln_UpgradewalletResponse, UpgradewalletResponse__Output as _cln_UpgradewalletResponse__Output } from './cln/UpgradewalletResponse.ts';
import type { UtxopsbtRequest as _cln_UtxopsbtRequest, UtxopsbtRequest__Output as _cln_UtxopsbtRequest__Output } from './cln/UtxopsbtRequest.ts';
import type { UtxopsbtReservations as _cln_UtxopsbtReservations, UtxopsbtReservations__Output as _cln_UtxopsbtReservations__Output } from './cln/UtxopsbtReservations.ts';
import type { UtxopsbtResponse as _cln_UtxopsbtResponse, UtxopsbtResponse__Output as _cln_UtxopsbtResponse__Output } from './cln/UtxopsbtResponse.ts';
import type { WaitChainmoves as _cln_WaitChainmoves, WaitChainmoves__Output as _cln_WaitChainmoves__Output } from './cln/WaitChainmoves.ts';
import type { WaitChannelmoves as _cln_WaitChannelmoves, WaitChannelmoves__Output as _cln_WaitChannelmoves__Output } from './cln/WaitChannelmoves.ts';
import type { WaitDetails as _cln_WaitDetails, WaitDetails__Output as _cln_WaitDetails__Output } from './cln/WaitDetails.ts';
import type { WaitForwards as _cln_WaitForwards, WaitForwards__Output as _cln_WaitForwards__Output } from './cln/WaitForwards.ts';
import type { WaitHtlcs as _cln_WaitHtlcs, WaitHtlcs__Output as _cln_WaitHtlcs__Output } from './cln/WaitHtlcs.ts';
import type { WaitInvoices as _cln_WaitInvoices, WaitInvoices__Output as _cln_WaitInvoices__Output } from './cln/WaitInvoices.ts';
import type { WaitNetworkevents as _cln_WaitNetworkevents, WaitNetworkevents__Output as _cln_WaitNetworkevents__Output } from './cln/WaitNetworkevents.ts';
import type { WaitRequest as _cln_WaitRequest, WaitRequest__Output as _cln_WaitRequest__Output } from './cln/WaitRequest.ts';
import type { WaitResponse as _cln_WaitResponse, WaitResponse__Output as _cln_WaitResponse__Output } from './cln/WaitResponse.ts';
import type { WaitSendpays as _cln_WaitSendpays, WaitSendpays__Output as _cln_WaitSendpays__Output } from './cln/WaitSendpays.ts';
import type { WaitanyinvoicePaidOutpoint as _cln_WaitanyinvoicePaidOutpoint, WaitanyinvoicePaidOutpoint__Output as _cln_WaitanyinvoicePaidOutpoint__Output } from './cln/WaitanyinvoicePaidOutpoint.ts';
import type { WaitanyinvoiceRequest as _cln_WaitanyinvoiceRequest, WaitanyinvoiceRequest__Output as _cln_WaitanyinvoiceRequest__Output } from './cln/WaitanyinvoiceRequest.ts';
import type { WaitanyinvoiceResponse as _cln_WaitanyinvoiceResponse, WaitanyinvoiceResponse__Output as _cln_WaitanyinvoiceResponse__Output } from './cln/WaitanyinvoiceResponse.ts';
import type { WaitblockheightRequest as _cln_WaitblockheightRequest, WaitblockheightRequest__Output as _cln_WaitblockheightRequest__Output } from './cln/WaitblockheightRequest.ts';
import type { WaitblockheightResponse as _cln_WaitblockheightResponse, WaitblockheightResponse__Output as _cln_WaitblockheightResponse__Output } from './cln/WaitblockheightResponse.ts';
import type { WaitinvoicePaidOutpoint as _cln_WaitinvoicePaidOutpoint, WaitinvoicePaidOutpoint__Output as _cln_WaitinvoicePaidOutpoint__Output } from './cln/WaitinvoicePaidOutpoint.ts';
import type { WaitinvoiceRequest as _cln_WaitinvoiceRequest, WaitinvoiceRequest__Output as _cln_WaitinvoiceRequest__Output } from './cln/WaitinvoiceRequest.ts';
import type { WaitinvoiceResponse as _cln_WaitinvoiceResponse, WaitinvoiceResponse__Output as _cln_WaitinvoiceResponse__Output } from './cln/WaitinvoiceResponse.ts';
import type { WaitsendpayRequest as _cln_WaitsendpayRequest, WaitsendpayRequest__Output as _cln_WaitsendpayRequest__Output } from './cln/WaitsendpayRequest.ts';
import type { WaitsendpayResponse as _cln_WaitsendpayResponse, WaitsendpayResponse__Output as _cln_WaitsendpayResponse__Output } from './cln/WaitsendpayResponse.ts';
import type { WarningNotification as _cln_WarningNotification, WarningNotification__Output as _cln_WarningNotification__Output } from './cln/WarningNotification.ts';
import type { WithdrawRequest as _cln_WithdrawRequest, WithdrawRequest__Output as _cln_WithdrawRequest__Output } from './cln/WithdrawRequest.ts';
import type { WithdrawResponse as _cln_WithdrawResponse, WithdrawResponse__Output as _cln_WithdrawResponse__Output } from './cln/WithdrawResponse.ts';
import type { XkeysendRequest as _cln_XkeysendRequest, XkeysendRequest__Output as _cln_XkeysendRequest__Output } from './cln/XkeysendRequest.ts';
import type { XkeysendResponse as _cln_XkeysendResponse, XkeysendResponse__Output as _cln_XkeysendResponse__Output } from './cln/XkeysendResponse.ts';
import type { XpayRequest as _cln_XpayRequest, XpayRequest__Output as _cln_XpayRequest__Output } from './cln/XpayRequest.ts';
import type { XpayResponse as _cln_XpayResponse, XpayResponse__Output as _cln_XpayResponse__Output } from './cln/XpayResponse.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  cln: {
    AddgossipRequest: MessageTypeDefinition<_cln_AddgossipRequest, _cln_AddgossipRequest__Output>
    AddgossipResponse: MessageTypeDefinition<_cln_AddgossipResponse, _cln_AddgossipResponse__Output>
    AddpsbtoutputRequest: MessageTypeDefinition<_cln_AddpsbtoutputRequest, _cln_AddpsbtoutputRequest__Output>
    AddpsbtoutputResponse: MessageTypeDefinition<_cln_AddpsbtoutputResponse, _cln_AddpsbtoutputResponse__Output>
    Amount: MessageTypeDefinition<_cln_Amount, _cln_Amount__Output>
    AmountOrAll: MessageTypeDefinition<_cln_AmountOrAll, _cln_AmountOrAll__Output>
    AmountOrAny: MessageTypeDefinition<_cln_AmountOrAny, _cln_AmountOrAny__Output>
    AskreneageRequest: MessageTypeDefinition<_cln_AskreneageRequest, _cln_AskreneageRequest__Output>
    AskreneageResponse: MessageTypeDefinition<_cln_AskreneageResponse, _cln_AskreneageResponse__Output>
    AskrenebiaschannelBiases: MessageTypeDefinition<_cln_AskrenebiaschannelBiases, _cln_AskrenebiaschannelBiases__Output>
    AskrenebiaschannelRequest: MessageTypeDefinition<_cln_AskrenebiaschannelRequest, _cln_AskrenebiaschannelRequest__Output>
    AskrenebiaschannelResponse: MessageTypeDefinition<_cln_AskrenebiaschannelResponse, _cln_AskrenebiaschannelResponse__Output>
    AskrenebiasnodeNodeBiases: MessageTypeDefinition<_cln_AskrenebiasnodeNodeBiases, _cln_AskrenebiasnodeNodeBiases__Output>
    AskrenebiasnodeRequest: MessageTypeDefinition<_cln_AskrenebiasnodeRequest, _cln_AskrenebiasnodeRequest__Output>
    AskrenebiasnodeResponse: MessageTypeDefinition<_cln_AskrenebiasnodeResponse, _cln_AskrenebiasnodeResponse__Output>
    AskrenecreatechannelRequest: MessageTypeDefinition<_cln_AskrenecreatechannelRequest, _cln_AskrenecreatechannelRequest__Output>
    AskrenecreatechannelResponse: MessageTypeDefinition<_cln_AskrenecreatechannelResponse, _cln_AskrenecreatechannelResponse__Output>
    AskrenecreatelayerLayers: MessageTypeDefinition<_cln_AskrenecreatelayerLayers, _cln_AskrenecreatelayerLayers__Output>
    AskrenecreatelayerLayersBiases: MessageTypeDefinition<_cln_AskrenecreatelayerLayersBiases, _cln_AskrenecreatelayerLayersBiases__Output>
    AskrenecreatelayerLayersChannelUpdates: MessageTypeDefinition<_cln_AskrenecreatelayerLayersChannelUpdates, _cln_AskrenecreatelayerLayersChannelUpdates__Output>
    AskrenecreatelayerLayersConstraints: MessageTypeDefinition<_cln_AskrenecreatelayerLayersConstraints, _cln_AskrenecreatelayerLayersConstraints__Output>
    AskrenecreatelayerLayersCreatedChannels: MessageTypeDefinition<_cln_AskrenecreatelayerLayersCreatedChannels, _cln_AskrenecreatelayerLayersCreatedChannels__Output>
    AskrenecreatelayerLayersNodeBiases: MessageTypeDefinition<_cln_AskrenecreatelayerLayersNodeBiases, _cln_AskrenecreatelayerLayersNodeBiases__Output>
    AskrenecreatelayerRequest: MessageTypeDefinition<_cln_AskrenecreatelayerRequest, _cln_AskrenecreatelayerRequest__Output>
    AskrenecreatelayerResponse: MessageTypeDefinition<_cln_AskrenecreatelayerResponse, _cln_AskrenecreatelayerResponse__Output>
    AskrenedisablenodeRequest: MessageTypeDefinition<_cln_AskrenedisablenodeRequest, _cln_AskrenedisablenodeRequest__Output>
    AskrenedisablenodeResponse: MessageTypeDefinition<_cln_AskrenedisablenodeResponse, _cln_AskrenedisablenodeResponse__Output>
    AskreneinformchannelConstraints: MessageTypeDefinition<_cln_AskreneinformchannelConstraints, _cln_AskreneinformchannelConstraints__Output>
    AskreneinformchannelRequest: MessageTypeDefinition<_cln_AskreneinformchannelRequest, _cln_AskreneinformchannelRequest__Output>
    AskreneinformchannelResponse: MessageTypeDefinition<_cln_AskreneinformchannelResponse, _cln_AskreneinformchannelResponse__Output>
    AskrenelistlayersLayers: MessageTypeDefinition<_cln_AskrenelistlayersLayers, _cln_AskrenelistlayersLayers__Output>
    AskrenelistlayersLayersBiases: MessageTypeDefinition<_cln_AskrenelistlayersLayersBiases, _cln_AskrenelistlayersLayersBiases__Output>
    AskrenelistlayersLayersChannelUpdates: MessageTypeDefinition<_cln_AskrenelistlayersLayersChannelUpdates, _cln_AskrenelistlayersLayersChannelUpdates__Output>
    AskrenelistlayersLayersConstraints: MessageTypeDefinition<_cln_AskrenelistlayersLayersConstraints, _cln_AskrenelistlayersLayersConstraints__Output>
    AskrenelistlayersLayersCreatedChannels: MessageTypeDefinition<_cln_AskrenelistlayersLayersCreatedChannels, _cln_AskrenelistlayersLayersCreatedChannels__Output>
    AskrenelistlayersLayersNodeBiases: MessageTypeDefinition<_cln_AskrenelistlayersLayersNodeBiases, _cln_AskrenelistlayersLayersNodeBiases__Output>
    AskrenelistlayersRequest: MessageTypeDefinition<_cln_AskrenelistlayersRequest, _cln_AskrenelistlayersRequest__Output>
    AskrenelistlayersResponse: MessageTypeDefinition<_cln_AskrenelistlayersResponse, _cln_AskrenelistlayersResponse__Output>
    AskrenelistreservationsRequest: MessageTypeDefinition<_cln_AskrenelistreservationsRequest, _cln_AskrenelistreservationsRequest__Output>
    AskrenelistreservationsReservations: MessageTypeDefinition<_cln_AskrenelistreservationsReservations, _cln_AskrenelistreservationsReservations__Output>
    AskrenelistreservationsResponse: MessageTypeDefinition<_cln_AskrenelistreservationsResponse, _cln_AskrenelistreservationsResponse__Output>
    AskreneremovechannelupdateRequest: MessageTypeDefinition<_cln_AskreneremovechannelupdateRequest, _cln_AskreneremovechannelupdateRequest__Output>
    AskreneremovechannelupdateResponse: MessageTypeDefinition<_cln_AskreneremovechannelupdateResponse, _cln_AskreneremovechannelupdateResponse__Output>
    AskreneremovelayerRequest: MessageTypeDefinition<_cln_AskreneremovelayerRequest, _cln_AskreneremovelayerRequest__Output>
    AskreneremovelayerResponse: MessageTypeDefinition<_cln_AskreneremovelayerResponse, _cln_AskreneremovelayerResponse__Output>
    AskrenereservePath: MessageTypeDefinition<_cln_AskrenereservePath, _cln_AskrenereservePath__Output>
    AskrenereserveRequest: MessageTypeDefinition<_cln_AskrenereserveRequest, _cln_AskrenereserveRequest__Output>
    AskrenereserveResponse: MessageTypeDefinition<_cln_AskrenereserveResponse, _cln_AskrenereserveResponse__Output>
    AskreneunreservePath: MessageTypeDefinition<_cln_AskreneunreservePath, _cln_AskreneunreservePath__Output>
    AskreneunreserveRequest: MessageTypeDefinition<_cln_AskreneunreserveRequest, _cln_AskreneunreserveRequest__Output>
    AskreneunreserveResponse: MessageTypeDefinition<_cln_AskreneunreserveResponse, _cln_AskreneunreserveResponse__Output>
    AskreneupdatechannelRequest: MessageTypeDefinition<_cln_AskreneupdatechannelRequest, _cln_AskreneupdatechannelRequest__Output>
    AskreneupdatechannelResponse: MessageTypeDefinition<_cln_AskreneupdatechannelResponse, _cln_AskreneupdatechannelResponse__Output>
    AutocleanSubsystem: EnumTypeDefinition
    AutocleanonceAutoclean: MessageTypeDefinition<_cln_AutocleanonceAutoclean, _cln_AutocleanonceAutoclean__Output>
    AutocleanonceAutocleanExpiredinvoices: MessageTypeDefinition<_cln_AutocleanonceAutocleanExpiredinvoices, _cln_AutocleanonceAutocleanExpiredinvoices__Output>
    AutocleanonceAutocleanFailedforwards: MessageTypeDefinition<_cln_AutocleanonceAutocleanFailedforwards, _cln_AutocleanonceAutocleanFailedforwards__Output>
    AutocleanonceAutocleanFailedpays: MessageTypeDefinition<_cln_AutocleanonceAutocleanFailedpays, _cln_AutocleanonceAutocleanFailedpays__Output>
    AutocleanonceAutocleanNetworkevents: MessageTypeDefinition<_cln_AutocleanonceAutocleanNetworkevents, _cln_AutocleanonceAutocleanNetworkevents__Output>
    AutocleanonceAutocleanPaidinvoices: MessageTypeDefinition<_cln_AutocleanonceAutocleanPaidinvoices, _cln_AutocleanonceAutocleanPaidinvoices__Output>
    AutocleanonceAutocleanSucceededforwards: MessageTypeDefinition<_cln_AutocleanonceAutocleanSucceededforwards, _cln_AutocleanonceAutocleanSucceededforwards__Output>
    AutocleanonceAutocleanSucceededpays: MessageTypeDefinition<_cln_AutocleanonceAutocleanSucceededpays, _cln_AutocleanonceAutocleanSucceededpays__Output>
    AutocleanonceRequest: MessageTypeDefinition<_cln_AutocleanonceRequest, _cln_AutocleanonceRequest__Output>
    AutocleanonceResponse: MessageTypeDefinition<_cln_AutocleanonceResponse, _cln_AutocleanonceResponse__Output>
    AutocleanstatusAutoclean: MessageTypeDefinition<_cln_AutocleanstatusAutoclean, _cln_AutocleanstatusAutoclean__Output>
    AutocleanstatusAutocleanExpiredinvoices: MessageTypeDefinition<_cln_AutocleanstatusAutocleanExpiredinvoices, _cln_AutocleanstatusAutocleanExpiredinvoices__Output>
    AutocleanstatusAutocleanFailedforwards: MessageTypeDefinition<_cln_AutocleanstatusAutocleanFailedforwards, _cln_AutocleanstatusAutocleanFailedforwards__Output>
    AutocleanstatusAutocleanFailedpays: MessageTypeDefinition<_cln_AutocleanstatusAutocleanFailedpays, _cln_AutocleanstatusAutocleanFailedpays__Output>
    AutocleanstatusAutocleanNetworkevents: MessageTypeDefinition<_cln_AutocleanstatusAutocleanNetworkevents, _cln_AutocleanstatusAutocleanNetworkevents__Output>
    AutocleanstatusAutocleanPaidinvoices: MessageTypeDefinition<_cln_AutocleanstatusAutocleanPaidinvoices, _cln_AutocleanstatusAutocleanPaidinvoices__Output>
    AutocleanstatusAutocleanSucceededforwards: MessageTypeDefinition<_cln_AutocleanstatusAutocleanSucceededforwards, _cln_AutocleanstatusAutocleanSucceededforwards__Output>
    AutocleanstatusAutocleanSucceededpays: MessageTypeDefinition<_cln_AutocleanstatusAutocleanSucceededpays, _cln_AutocleanstatusAutocleanSucceededpays__Output>
    AutocleanstatusRequest: MessageTypeDefinition<_cln_AutocleanstatusRequest, _cln_AutocleanstatusRequest__Output>
    AutocleanstatusResponse: MessageTypeDefinition<_cln_AutocleanstatusResponse, _cln_AutocleanstatusResponse__Output>
    BalanceSnapshotAccounts: MessageTypeDefinition<_cln_BalanceSnapshotAccounts, _cln_BalanceSnapshotAccounts__Output>
    BalanceSnapshotNotification: MessageTypeDefinition<_cln_BalanceSnapshotNotification, _cln_BalanceSnapshotNotification__Output>
    BkprchannelsapyChannelsApy: MessageTypeDefinition<_cln_BkprchannelsapyChannelsApy, _cln_BkprchannelsapyChannelsApy__Output>
    BkprchannelsapyRequest: MessageTypeDefinition<_cln_BkprchannelsapyRequest, _cln_BkprchannelsapyRequest__Output>
    BkprchannelsapyResponse: MessageTypeDefinition<_cln_BkprchannelsapyResponse, _cln_BkprchannelsapyResponse__Output>
    BkprdumpincomecsvRequest: MessageTypeDefinition<_cln_BkprdumpincomecsvRequest, _cln_BkprdumpincomecsvRequest__Output>
    BkprdumpincomecsvResponse: MessageTypeDefinition<_cln_BkprdumpincomecsvResponse, _cln_BkprdumpincomecsvResponse__Output>
    BkpreditdescriptionbyoutpointRequest: MessageTypeDefinition<_cln_BkpreditdescriptionbyoutpointRequest, _cln_BkpreditdescriptionbyoutpointRequest__Output>
    BkpreditdescriptionbyoutpointResponse: MessageTypeDefinition<_cln_BkpreditdescriptionbyoutpointResponse, _cln_BkpreditdescriptionbyoutpointResponse__Output>
    BkpreditdescriptionbyoutpointUpdated: MessageTypeDefinition<_cln_BkpreditdescriptionbyoutpointUpdated, _cln_BkpreditdescriptionbyoutpointUpdated__Output>
    BkpreditdescriptionbypaymentidRequest: MessageTypeDefinition<_cln_BkpreditdescriptionbypaymentidRequest, _cln_BkpreditdescriptionbypaymentidRequest__Output>
    BkpreditdescriptionbypaymentidResponse: MessageTypeDefinition<_cln_BkpreditdescriptionbypaymentidResponse, _cln_BkpreditdescriptionbypaymentidResponse__Output>
    BkpreditdescriptionbypaymentidUpdated: MessageTypeDefinition<_cln_BkpreditdescriptionbypaymentidUpdated, _cln_BkpreditdescriptionbypaymentidUpdated__Output>
    BkprinspectRequest: MessageTypeDefinition<_cln_BkprinspectRequest, _cln_BkprinspectRequest__Output>
    BkprinspectResponse: MessageTypeDefinition<_cln_BkprinspectResponse, _cln_BkprinspectResponse__Output>
    BkprinspectTxs: MessageTypeDefinition<_cln_BkprinspectTxs, _cln_BkprinspectTxs__Output>
    BkprinspectTxsOutputs: MessageTypeDefinition<_cln_BkprinspectTxsOutputs, _cln_BkprinspectTxsOutputs__Output>
    BkprlistaccounteventsEvents: MessageTypeDefinition<_cln_BkprlistaccounteventsEvents, _cln_BkprlistaccounteventsEvents__Output>
    BkprlistaccounteventsRequest: MessageTypeDefinition<_cln_BkprlistaccounteventsRequest, _cln_BkprlistaccounteventsRequest__Output>
    BkprlistaccounteventsResponse: MessageTypeDefinition<_cln_BkprlistaccounteventsResponse, _cln_BkprlistaccounteventsResponse__Output>
    BkprlistbalancesAccounts: MessageTypeDefinition<_cln_BkprlistbalancesAccounts, _cln_BkprlistbalancesAccounts__Output>
    BkprlistbalancesAccountsBalances: MessageTypeDefinition<_cln_BkprlistbalancesAccountsBalances, _cln_BkprlistbalancesAccountsBalances__Output>
    BkprlistbalancesRequest: MessageTypeDefinition<_cln_BkprlistbalancesRequest, _cln_BkprlistbalancesRequest__Output>
    BkprlistbalancesResponse: MessageTypeDefinition<_cln_BkprlistbalancesResponse, _cln_BkprlistbalancesResponse__Output>
    BkprlistincomeIncomeEvents: MessageTypeDefinition<_cln_BkprlistincomeIncomeEvents, _cln_BkprlistincomeIncomeEvents__Output>
    BkprlistincomeRequest: MessageTypeDefinition<_cln_BkprlistincomeRequest, _cln_BkprlistincomeRequest__Output>
    BkprlistincomeResponse: MessageTypeDefinition<_cln_BkprlistincomeResponse, _cln_BkprlistincomeResponse__Output>
    BkprreportRequest: MessageTypeDefinition<_cln_BkprreportRequest, _cln_BkprreportRequest__Output>
    BkprreportResponse: MessageTypeDefinition<_cln_BkprreportResponse, _cln_BkprreportResponse__Output>
    BlacklistruneBlacklist: MessageTypeDefinition<_cln_BlacklistruneBlacklist, _cln_BlacklistruneBlacklist__Output>
    BlacklistruneRequest: MessageTypeDefinition<_cln_BlacklistruneRequest, _cln_BlacklistruneRequest__Output>
    BlacklistruneResponse: MessageTypeDefinition<_cln_BlacklistruneResponse, _cln_BlacklistruneResponse__Output>
    BlockAddedNotification: MessageTypeDefinition<_cln_BlockAddedNotification, _cln_BlockAddedNotification__Output>
    CancelrecurringinvoiceRequest: MessageTypeDefinition<_cln_CancelrecurringinvoiceRequest, _cln_CancelrecurringinvoiceRequest__Output>
    CancelrecurringinvoiceResponse: MessageTypeDefinition<_cln_CancelrecurringinvoiceResponse, _cln_CancelrecurringinvoiceResponse__Output>
    ChannelOpenFailedNotification: MessageTypeDefinition<_cln_ChannelOpenFailedNotification, _cln_ChannelOpenFailedNotification__Output>
    ChannelOpenedNotification: MessageTypeDefinition<_cln_ChannelOpenedNotification, _cln_ChannelOpenedNotification__Output>
    ChannelSide: EnumTypeDefinition
    ChannelState: EnumTypeDefinition
    ChannelStateChangeCause: MessageTypeDefinition<_cln_ChannelStateChangeCause, _cln_ChannelStateChangeCause__Output>
    ChannelStateChangedNotification: MessageTypeDefinition<_cln_ChannelStateChangedNotification, _cln_ChannelStateChangedNotification__Output>
    ChannelTypeName: EnumTypeDefinition
    CheckmessageRequest: MessageTypeDefinition<_cln_CheckmessageRequest, _cln_CheckmessageRequest__Output>
    CheckmessageResponse: MessageTypeDefinition<_cln_CheckmessageResponse, _cln_CheckmessageResponse__Output>
    CheckruneRequest: MessageTypeDefinition<_cln_CheckruneRequest, _cln_CheckruneRequest__Output>
    CheckruneResponse: MessageTypeDefinition<_cln_CheckruneResponse, _cln_CheckruneResponse__Output>
    ClnrestregisterpathRequest: MessageTypeDefinition<_cln_ClnrestregisterpathRequest, _cln_ClnrestregisterpathRequest__Output>
    ClnrestregisterpathResponse: MessageTypeDefinition<_cln_ClnrestregisterpathResponse, _cln_ClnrestregisterpathResponse__Output>
    ClnrestregisterpathRuneRestrictions: MessageTypeDefinition<_cln_ClnrestregisterpathRuneRestrictions, _cln_ClnrestregisterpathRuneRestrictions__Output>
    CloseRequest: MessageTypeDefinition<_cln_CloseRequest, _cln_CloseRequest__Output>
    CloseResponse: MessageTypeDefinition<_cln_CloseResponse, _cln_CloseResponse__Output>
    CoinMovementNotification: MessageTypeDefinition<_cln_CoinMovementNotification, _cln_CoinMovementNotification__Output>
    ConnectAddress: MessageTypeDefinition<_cln_ConnectAddress, _cln_ConnectAddress__Output>
    ConnectRequest: MessageTypeDefinition<_cln_ConnectRequest, _cln_ConnectRequest__Output>
    ConnectResponse: MessageTypeDefinition<_cln_ConnectResponse, _cln_ConnectResponse__Output>
    CreateinvoicePaidOutpoint: MessageTypeDefinition<_cln_CreateinvoicePaidOutpoint, _cln_CreateinvoicePaidOutpoint__Output>
    CreateinvoiceRequest: MessageTypeDefinition<_cln_CreateinvoiceRequest, _cln_CreateinvoiceRequest__Output>
    CreateinvoiceResponse: MessageTypeDefinition<_cln_CreateinvoiceResponse, _cln_CreateinvoiceResponse__Output>
    CreateonionHops: MessageTypeDefinition<_cln_CreateonionHops, _cln_CreateonionHops__Output>
    CreateonionRequest: MessageTypeDefinition<_cln_CreateonionRequest, _cln_CreateonionRequest__Output>
    CreateonionResponse: MessageTypeDefinition<_cln_CreateonionResponse, _cln_CreateonionResponse__Output>
    CreateproofProofs: MessageTypeDefinition<_cln_CreateproofProofs, _cln_CreateproofProofs__Output>
    CreateproofRequest: MessageTypeDefinition<_cln_CreateproofRequest, _cln_CreateproofRequest__Output>
    CreateproofResponse: MessageTypeDefinition<_cln_CreateproofResponse, _cln_CreateproofResponse__Output>
    CreateruneRequest: MessageTypeDefinition<_cln_CreateruneRequest, _cln_CreateruneRequest__Output>
    CreateruneResponse: MessageTypeDefinition<_cln_CreateruneResponse, _cln_CreateruneResponse__Output>
    CurrencyconvertRequest: MessageTypeDefinition<_cln_CurrencyconvertRequest, _cln_CurrencyconvertRequest__Output>
    CurrencyconvertResponse: MessageTypeDefinition<_cln_CurrencyconvertResponse, _cln_CurrencyconvertResponse__Output>
    CurrencyrateRequest: MessageTypeDefinition<_cln_CurrencyrateRequest, _cln_CurrencyrateRequest__Output>
    CurrencyrateResponse: MessageTypeDefinition<_cln_CurrencyrateResponse, _cln_CurrencyrateResponse__Output>
    CustomMsgNotification: MessageTypeDefinition<_cln_CustomMsgNotification, _cln_CustomMsgNotification__Output>
    DatastoreRequest: MessageTypeDefinition<_cln_DatastoreRequest, _cln_DatastoreRequest__Output>
    DatastoreResponse: MessageTypeDefinition<_cln_DatastoreResponse, _cln_DatastoreResponse__Output>
    DatastoreusageDatastoreusage: MessageTypeDefinition<_cln_DatastoreusageDatastoreusage, _cln_DatastoreusageDatastoreusage__Output>
    DatastoreusageRequest: MessageTypeDefinition<_cln_DatastoreusageRequest, _cln_DatastoreusageRequest__Output>
    DatastoreusageResponse: MessageTypeDefinition<_cln_DatastoreusageResponse, _cln_DatastoreusageResponse__Output>
    DecodeExtra: MessageTypeDefinition<_cln_DecodeExtra, _cln_DecodeExtra__Output>
    DecodeFallbacks: MessageTypeDefinition<_cln_DecodeFallbacks, _cln_DecodeFallbacks__Output>
    DecodeInvoiceFallbacks: MessageTypeDefinition<_cln_DecodeInvoiceFallbacks, _cln_DecodeInvoiceFallbacks__Output>
    DecodeInvoicePaths: MessageTypeDefinition<_cln_DecodeInvoicePaths, _cln_DecodeInvoicePaths__Output>
    DecodeInvoicePathsPath: MessageTypeDefinition<_cln_DecodeInvoicePathsPath, _cln_DecodeInvoicePathsPath__Output>
    DecodeInvoicePathsPayinfo: MessageTypeDefinition<_cln_DecodeInvoicePathsPayinfo, _cln_DecodeInvoicePathsPayinfo__Output>
    DecodeInvoice_pathsPath: MessageTypeDefinition<_cln_DecodeInvoice_pathsPath, _cln_DecodeInvoice_pathsPath__Output>
    DecodeInvreqBip353Name: MessageTypeDefinition<_cln_DecodeInvreqBip353Name, _cln_DecodeInvreqBip353Name__Output>
    DecodeInvreqPaths: MessageTypeDefinition<_cln_DecodeInvreqPaths, _cln_DecodeInvreqPaths__Output>
    DecodeInvreqPathsPath: MessageTypeDefinition<_cln_DecodeInvreqPathsPath, _cln_DecodeInvreqPathsPath__Output>
    DecodeOfferPaths: MessageTypeDefinition<_cln_DecodeOfferPaths, _cln_DecodeOfferPaths__Output>
    DecodeOfferPathsPath: MessageTypeDefinition<_cln_DecodeOfferPathsPath, _cln_DecodeOfferPathsPath__Output>
    DecodeOfferRecurrence: MessageTypeDefinition<_cln_DecodeOfferRecurrence, _cln_DecodeOfferRecurrence__Output>
    DecodeOfferRecurrencePaywindow: MessageTypeDefinition<_cln_DecodeOfferRecurrencePaywindow, _cln_DecodeOfferRecurrencePaywindow__Output>
    DecodeOffer_recurrencePaywindow: MessageTypeDefinition<_cln_DecodeOffer_recurrencePaywindow, _cln_DecodeOffer_recurrencePaywindow__Output>
    DecodeRequest: MessageTypeDefinition<_cln_DecodeRequest, _cln_DecodeRequest__Output>
    DecodeResponse: MessageTypeDefinition<_cln_DecodeResponse, _cln_DecodeResponse__Output>
    DecodeRestrictions: MessageTypeDefinition<_cln_DecodeRestrictions, _cln_DecodeRestrictions__Output>
    DecodeRouteHop: MessageTypeDefinition<_cln_DecodeRouteHop, _cln_DecodeRouteHop__Output>
    DecodeRoutehint: MessageTypeDefinition<_cln_DecodeRoutehint, _cln_DecodeRoutehint__Output>
    DecodeRoutehintList: MessageTypeDefinition<_cln_DecodeRoutehintList, _cln_DecodeRoutehintList__Output>
    DecodeUnknownInvoiceRequestTlvs: MessageTypeDefinition<_cln_DecodeUnknownInvoiceRequestTlvs, _cln_DecodeUnknownInvoiceRequestTlvs__Output>
    DecodeUnknownInvoiceTlvs: MessageTypeDefinition<_cln_DecodeUnknownInvoiceTlvs, _cln_DecodeUnknownInvoiceTlvs__Output>
    DecodeUnknownOfferTlvs: MessageTypeDefinition<_cln_DecodeUnknownOfferTlvs, _cln_DecodeUnknownOfferTlvs__Output>
    DecodeUnknownPayerProofTlvs: MessageTypeDefinition<_cln_DecodeUnknownPayerProofTlvs, _cln_DecodeUnknownPayerProofTlvs__Output>
    DeldatastoreRequest: MessageTypeDefinition<_cln_DeldatastoreRequest, _cln_DeldatastoreRequest__Output>
    DeldatastoreResponse: MessageTypeDefinition<_cln_DeldatastoreResponse, _cln_DeldatastoreResponse__Output>
    DelforwardRequest: MessageTypeDefinition<_cln_DelforwardRequest, _cln_DelforwardRequest__Output>
    DelforwardResponse: MessageTypeDefinition<_cln_DelforwardResponse, _cln_DelforwardResponse__Output>
    DelinvoiceRequest: MessageTypeDefinition<_cln_DelinvoiceRequest, _cln_DelinvoiceRequest__Output>
    DelinvoiceResponse: MessageTypeDefinition<_cln_DelinvoiceResponse, _cln_DelinvoiceResponse__Output>
    DelnetworkeventRequest: MessageTypeDefinition<_cln_DelnetworkeventRequest, _cln_DelnetworkeventRequest__Output>
    DelnetworkeventResponse: MessageTypeDefinition<_cln_DelnetworkeventResponse, _cln_DelnetworkeventResponse__Output>
    DelpayPayments: MessageTypeDefinition<_cln_DelpayPayments, _cln_DelpayPayments__Output>
    DelpayRequest: MessageTypeDefinition<_cln_DelpayRequest, _cln_DelpayRequest__Output>
    DelpayResponse: MessageTypeDefinition<_cln_DelpayResponse, _cln_DelpayResponse__Output>
    DeprecatedOneshotNotification: MessageTypeDefinition<_cln_DeprecatedOneshotNotification, _cln_DeprecatedOneshotNotification__Output>
    DevforgetchannelRequest: MessageTypeDefinition<_cln_DevforgetchannelRequest, _cln_DevforgetchannelRequest__Output>
    DevforgetchannelResponse: MessageTypeDefinition<_cln_DevforgetchannelResponse, _cln_DevforgetchannelResponse__Output>
    DevspliceRequest: MessageTypeDefinition<_cln_DevspliceRequest, _cln_DevspliceRequest__Output>
    DevspliceResponse: MessageTypeDefinition<_cln_DevspliceResponse, _cln_DevspliceResponse__Output>
    DisableinvoicerequestRequest: MessageTypeDefinition<_cln_DisableinvoicerequestRequest, _cln_DisableinvoicerequestRequest__Output>
    DisableinvoicerequestResponse: MessageTypeDefinition<_cln_DisableinvoicerequestResponse, _cln_DisableinvoicerequestResponse__Output>
    DisableofferRequest: MessageTypeDefinition<_cln_DisableofferRequest, _cln_DisableofferRequest__Output>
    DisableofferResponse: MessageTypeDefinition<_cln_DisableofferResponse, _cln_DisableofferResponse__Output>
    DisconnectNotification: MessageTypeDefinition<_cln_DisconnectNotification, _cln_DisconnectNotification__Output>
    DisconnectRequest: MessageTypeDefinition<_cln_DisconnectRequest, _cln_DisconnectRequest__Output>
    DisconnectResponse: MessageTypeDefinition<_cln_DisconnectResponse, _cln_DisconnectResponse__Output>
    EmergencyrecoverRequest: MessageTypeDefinition<_cln_EmergencyrecoverRequest, _cln_EmergencyrecoverRequest__Output>
    EmergencyrecoverResponse: MessageTypeDefinition<_cln_EmergencyrecoverResponse, _cln_EmergencyrecoverResponse__Output>
    EnableofferRequest: MessageTypeDefinition<_cln_EnableofferRequest, _cln_EnableofferRequest__Output>
    EnableofferResponse: MessageTypeDefinition<_cln_EnableofferResponse, _cln_EnableofferResponse__Output>
    ExposesecretRequest: MessageTypeDefinition<_cln_ExposesecretRequest, _cln_ExposesecretRequest__Output>
    ExposesecretResponse: MessageTypeDefinition<_cln_ExposesecretResponse, _cln_ExposesecretResponse__Output>
    Feerate: MessageTypeDefinition<_cln_Feerate, _cln_Feerate__Output>
    FeeratesOnchainFeeEstimates: MessageTypeDefinition<_cln_FeeratesOnchainFeeEstimates, _cln_FeeratesOnchainFeeEstimates__Output>
    FeeratesPerkb: MessageTypeDefinition<_cln_FeeratesPerkb, _cln_FeeratesPerkb__Output>
    FeeratesPerkbEstimates: MessageTypeDefinition<_cln_FeeratesPerkbEstimates, _cln_FeeratesPerkbEstimates__Output>
    FeeratesPerkw: MessageTypeDefinition<_cln_FeeratesPerkw, _cln_FeeratesPerkw__Output>
    FeeratesPerkwEstimates: MessageTypeDefinition<_cln_FeeratesPerkwEstimates, _cln_FeeratesPerkwEstimates__Output>
    FeeratesRequest: MessageTypeDefinition<_cln_FeeratesRequest, _cln_FeeratesRequest__Output>
    FeeratesResponse: MessageTypeDefinition<_cln_FeeratesResponse, _cln_FeeratesResponse__Output>
    Fetchbip353Instructions: MessageTypeDefinition<_cln_Fetchbip353Instructions, _cln_Fetchbip353Instructions__Output>
    Fetchbip353Request: MessageTypeDefinition<_cln_Fetchbip353Request, _cln_Fetchbip353Request__Output>
    Fetchbip353Response: MessageTypeDefinition<_cln_Fetchbip353Response, _cln_Fetchbip353Response__Output>
    FetchinvoiceChanges: MessageTypeDefinition<_cln_FetchinvoiceChanges, _cln_FetchinvoiceChanges__Output>
    FetchinvoiceNextPeriod: MessageTypeDefinition<_cln_FetchinvoiceNextPeriod, _cln_FetchinvoiceNextPeriod__Output>
    FetchinvoiceRequest: MessageTypeDefinition<_cln_FetchinvoiceRequest, _cln_FetchinvoiceRequest__Output>
    FetchinvoiceResponse: MessageTypeDefinition<_cln_FetchinvoiceResponse, _cln_FetchinvoiceResponse__Output>
    ForwardEventNotification: MessageTypeDefinition<_cln_ForwardEventNotification, _cln_ForwardEventNotification__Output>
    FundchannelCancelRequest: MessageTypeDefinition<_cln_FundchannelCancelRequest, _cln_FundchannelCancelRequest__Output>
    FundchannelCancelResponse: MessageTypeDefinition<_cln_FundchannelCancelResponse, _cln_FundchannelCancelResponse__Output>
    FundchannelChannelType: MessageTypeDefinition<_cln_FundchannelChannelType, _cln_FundchannelChannelType__Output>
    FundchannelCompleteRequest: MessageTypeDefinition<_cln_FundchannelCompleteRequest, _cln_FundchannelCompleteRequest__Output>
    FundchannelCompleteResponse: MessageTypeDefinition<_cln_FundchannelCompleteResponse, _cln_FundchannelCompleteResponse__Output>
    FundchannelRequest: MessageTypeDefinition<_cln_FundchannelRequest, _cln_FundchannelRequest__Output>
    FundchannelResponse: MessageTypeDefinition<_cln_FundchannelResponse, _cln_FundchannelResponse__Output>
    FundchannelStartChannelType: MessageTypeDefinition<_cln_FundchannelStartChannelType, _cln_FundchannelStartChannelType__Output>
    FundchannelStartRequest: MessageTypeDefinition<_cln_FundchannelStartRequest, _cln_FundchannelStartRequest__Output>
    FundchannelStartResponse: MessageTypeDefinition<_cln_FundchannelStartResponse, _cln_FundchannelStartResponse__Output>
    FunderupdateRequest: MessageTypeDefinition<_cln_FunderupdateRequest, _cln_FunderupdateRequest__Output>
    FunderupdateResponse: MessageTypeDefinition<_cln_FunderupdateResponse, _cln_FunderupdateResponse__Output>
    FundpsbtRequest: MessageTypeDefinition<_cln_FundpsbtRequest, _cln_FundpsbtRequest__Output>
    FundpsbtReservations: MessageTypeDefinition<_cln_FundpsbtReservations, _cln_FundpsbtReservations__Output>
    FundpsbtResponse: MessageTypeDefinition<_cln_FundpsbtResponse, _cln_FundpsbtResponse__Output>
    GetemergencyrecoverdataRequest: MessageTypeDefinition<_cln_GetemergencyrecoverdataRequest, _cln_GetemergencyrecoverdataRequest__Output>
    GetemergencyrecoverdataResponse: MessageTypeDefinition<_cln_GetemergencyrecoverdataResponse, _cln_GetemergencyrecoverdataResponse__Output>
    GetinfoAddress: MessageTypeDefinition<_cln_GetinfoAddress, _cln_GetinfoAddress__Output>
    GetinfoBinding: MessageTypeDefinition<_cln_GetinfoBinding, _cln_GetinfoBinding__Output>
    GetinfoOurFeatures: MessageTypeDefinition<_cln_GetinfoOurFeatures, _cln_GetinfoOurFeatures__Output>
    GetinfoRequest: MessageTypeDefinition<_cln_GetinfoRequest, _cln_GetinfoRequest__Output>
    GetinfoResponse: MessageTypeDefinition<_cln_GetinfoResponse, _cln_GetinfoResponse__Output>
    GetlogLog: MessageTypeDefinition<_cln_GetlogLog, _cln_GetlogLog__Output>
    GetlogRequest: MessageTypeDefinition<_cln_GetlogRequest, _cln_GetlogRequest__Output>
    GetlogResponse: MessageTypeDefinition<_cln_GetlogResponse, _cln_GetlogResponse__Output>
    GetrouteRequest: MessageTypeDefinition<_cln_GetrouteRequest, _cln_GetrouteRequest__Output>
    GetrouteResponse: MessageTypeDefinition<_cln_GetrouteResponse, _cln_GetrouteResponse__Output>
    GetrouteRoute: MessageTypeDefinition<_cln_GetrouteRoute, _cln_GetrouteRoute__Output>
    GetroutesRequest: MessageTypeDefinition<_cln_GetroutesRequest, _cln_GetroutesRequest__Output>
    GetroutesResponse: MessageTypeDefinition<_cln_GetroutesResponse, _cln_GetroutesResponse__Output>
    GetroutesRoutes: MessageTypeDefinition<_cln_GetroutesRoutes, _cln_GetroutesRoutes__Output>
    GetroutesRoutesPath: MessageTypeDefinition<_cln_GetroutesRoutesPath, _cln_GetroutesRoutesPath__Output>
    GracefulRequest: MessageTypeDefinition<_cln_GracefulRequest, _cln_GracefulRequest__Output>
    GracefulResponse: MessageTypeDefinition<_cln_GracefulResponse, _cln_GracefulResponse__Output>
    HelpHelp: MessageTypeDefinition<_cln_HelpHelp, _cln_HelpHelp__Output>
    HelpRequest: MessageTypeDefinition<_cln_HelpRequest, _cln_HelpRequest__Output>
    HelpResponse: MessageTypeDefinition<_cln_HelpResponse, _cln_HelpResponse__Output>
    HtlcState: EnumTypeDefinition
    InjectonionmessageRequest: MessageTypeDefinition<_cln_InjectonionmessageRequest, _cln_InjectonionmessageRequest__Output>
    InjectonionmessageResponse: MessageTypeDefinition<_cln_InjectonionmessageResponse, _cln_InjectonionmessageResponse__Output>
    InjectpaymentonionRequest: MessageTypeDefinition<_cln_InjectpaymentonionRequest, _cln_InjectpaymentonionRequest__Output>
    InjectpaymentonionResponse: MessageTypeDefinition<_cln_InjectpaymentonionResponse, _cln_InjectpaymentonionResponse__Output>
    InvoiceCreationNotification: MessageTypeDefinition<_cln_InvoiceCreationNotification, _cln_InvoiceCreationNotification__Output>
    InvoicePaymentNotification: MessageTypeDefinition<_cln_InvoicePaymentNotification, _cln_InvoicePaymentNotification__Output>
    InvoiceRequest: MessageTypeDefinition<_cln_InvoiceRequest, _cln_InvoiceRequest__Output>
    InvoiceResponse: MessageTypeDefinition<_cln_InvoiceResponse, _cln_InvoiceResponse__Output>
    InvoicerequestRequest: MessageTypeDefinition<_cln_InvoicerequestRequest, _cln_InvoicerequestRequest__Output>
    InvoicerequestResponse: MessageTypeDefinition<_cln_InvoicerequestResponse, _cln_InvoicerequestResponse__Output>
    JsonArray: MessageTypeDefinition<_cln_JsonArray, _cln_JsonArray__Output>
    JsonObject: MessageTypeDefinition<_cln_JsonObject, _cln_JsonObject__Output>
    JsonObjectOrArray: MessageTypeDefinition<_cln_JsonObjectOrArray, _cln_JsonObjectOrArray__Output>
    JsonScalar: MessageTypeDefinition<_cln_JsonScalar, _cln_JsonScalar__Output>
    JsonValue: MessageTypeDefinition<_cln_JsonValue, _cln_JsonValue__Output>
    KeysendRequest: MessageTypeDefinition<_cln_KeysendRequest, _cln_KeysendRequest__Output>
    KeysendResponse: MessageTypeDefinition<_cln_KeysendResponse, _cln_KeysendResponse__Output>
    ListaddressesAddresses: MessageTypeDefinition<_cln_ListaddressesAddresses, _cln_ListaddressesAddresses__Output>
    ListaddressesRequest: MessageTypeDefinition<_cln_ListaddressesRequest, _cln_ListaddressesRequest__Output>
    ListaddressesResponse: MessageTypeDefinition<_cln_ListaddressesResponse, _cln_ListaddressesResponse__Output>
    ListchainmovesChainmoves: MessageTypeDefinition<_cln_ListchainmovesChainmoves, _cln_ListchainmovesChainmoves__Output>
    ListchainmovesRequest: MessageTypeDefinition<_cln_ListchainmovesRequest, _cln_ListchainmovesRequest__Output>
    ListchainmovesResponse: MessageTypeDefinition<_cln_ListchainmovesResponse, _cln_ListchainmovesResponse__Output>
    ListchannelmovesChannelmoves: MessageTypeDefinition<_cln_ListchannelmovesChannelmoves, _cln_ListchannelmovesChannelmoves__Output>
    ListchannelmovesRequest: MessageTypeDefinition<_cln_ListchannelmovesRequest, _cln_ListchannelmovesRequest__Output>
    ListchannelmovesResponse: MessageTypeDefinition<_cln_ListchannelmovesResponse, _cln_ListchannelmovesResponse__Output>
    ListchannelsChannels: MessageTypeDefinition<_cln_ListchannelsChannels, _cln_ListchannelsChannels__Output>
    ListchannelsRequest: MessageTypeDefinition<_cln_ListchannelsRequest, _cln_ListchannelsRequest__Output>
    ListchannelsResponse: MessageTypeDefinition<_cln_ListchannelsResponse, _cln_ListchannelsResponse__Output>
    ListclosedchannelsClosedchannels: MessageTypeDefinition<_cln_ListclosedchannelsClosedchannels, _cln_ListclosedchannelsClosedchannels__Output>
    ListclosedchannelsClosedchannelsAlias: MessageTypeDefinition<_cln_ListclosedchannelsClosedchannelsAlias, _cln_ListclosedchannelsClosedchannelsAlias__Output>
    ListclosedchannelsClosedchannelsChannelType: MessageTypeDefinition<_cln_ListclosedchannelsClosedchannelsChannelType, _cln_ListclosedchannelsClosedchannelsChannelType__Output>
    ListclosedchannelsRequest: MessageTypeDefinition<_cln_ListclosedchannelsRequest, _cln_ListclosedchannelsRequest__Output>
    ListclosedchannelsResponse: MessageTypeDefinition<_cln_ListclosedchannelsResponse, _cln_ListclosedchannelsResponse__Output>
    ListconfigsConfigs: MessageTypeDefinition<_cln_ListconfigsConfigs, _cln_ListconfigsConfigs__Output>
    ListconfigsConfigsAddr: MessageTypeDefinition<_cln_ListconfigsConfigsAddr, _cln_ListconfigsConfigsAddr__Output>
    ListconfigsConfigsAlias: MessageTypeDefinition<_cln_ListconfigsConfigsAlias, _cln_ListconfigsConfigsAlias__Output>
    ListconfigsConfigsAllowdeprecatedapis: MessageTypeDefinition<_cln_ListconfigsConfigsAllowdeprecatedapis, _cln_ListconfigsConfigsAllowdeprecatedapis__Output>
    ListconfigsConfigsAlwaysuseproxy: MessageTypeDefinition<_cln_ListconfigsConfigsAlwaysuseproxy, _cln_ListconfigsConfigsAlwaysuseproxy__Output>
    ListconfigsConfigsAnnounceaddr: MessageTypeDefinition<_cln_ListconfigsConfigsAnnounceaddr, _cln_ListconfigsConfigsAnnounceaddr__Output>
    ListconfigsConfigsAnnounceaddrdiscovered: MessageTypeDefinition<_cln_ListconfigsConfigsAnnounceaddrdiscovered, _cln_ListconfigsConfigsAnnounceaddrdiscovered__Output>
    ListconfigsConfigsAnnounceaddrdiscoveredport: MessageTypeDefinition<_cln_ListconfigsConfigsAnnounceaddrdiscoveredport, _cln_ListconfigsConfigsAnnounceaddrdiscoveredport__Output>
    ListconfigsConfigsAnnounceaddrdns: MessageTypeDefinition<_cln_ListconfigsConfigsAnnounceaddrdns, _cln_ListconfigsConfigsAnnounceaddrdns__Output>
    ListconfigsConfigsAutoconnectseekerpeers: MessageTypeDefinition<_cln_ListconfigsConfigsAutoconnectseekerpeers, _cln_ListconfigsConfigsAutoconnectseekerpeers__Output>
    ListconfigsConfigsAutolisten: MessageTypeDefinition<_cln_ListconfigsConfigsAutolisten, _cln_ListconfigsConfigsAutolisten__Output>
    ListconfigsConfigsBindaddr: MessageTypeDefinition<_cln_ListconfigsConfigsBindaddr, _cln_ListconfigsConfigsBindaddr__Output>
    ListconfigsConfigsClearplugins: MessageTypeDefinition<_cln_ListconfigsConfigsClearplugins, _cln_ListconfigsConfigsClearplugins__Output>
    ListconfigsConfigsCltvdelta: MessageTypeDefinition<_cln_ListconfigsConfigsCltvdelta, _cln_ListconfigsConfigsCltvdelta__Output>
    ListconfigsConfigsCltvfinal: MessageTypeDefinition<_cln_ListconfigsConfigsCltvfinal, _cln_ListconfigsConfigsCltvfinal__Output>
    ListconfigsConfigsCommitfee: MessageTypeDefinition<_cln_ListconfigsConfigsCommitfee, _cln_ListconfigsConfigsCommitfee__Output>
    ListconfigsConfigsCommitfeerateoffset: MessageTypeDefinition<_cln_ListconfigsConfigsCommitfeerateoffset, _cln_ListconfigsConfigsCommitfeerateoffset__Output>
    ListconfigsConfigsCommittime: MessageTypeDefinition<_cln_ListconfigsConfigsCommittime, _cln_ListconfigsConfigsCommittime__Output>
    ListconfigsConfigsConf: MessageTypeDefinition<_cln_ListconfigsConfigsConf, _cln_ListconfigsConfigsConf__Output>
    ListconfigsConfigsCurrencyrateaddsource: MessageTypeDefinition<_cln_ListconfigsConfigsCurrencyrateaddsource, _cln_ListconfigsConfigsCurrencyrateaddsource__Output>
    ListconfigsConfigsCurrencyratedisablesource: MessageTypeDefinition<_cln_ListconfigsConfigsCurrencyratedisablesource, _cln_ListconfigsConfigsCurrencyratedisablesource__Output>
    ListconfigsConfigsDaemon: MessageTypeDefinition<_cln_ListconfigsConfigsDaemon, _cln_ListconfigsConfigsDaemon__Output>
    ListconfigsConfigsDatabaseupgrade: MessageTypeDefinition<_cln_ListconfigsConfigsDatabaseupgrade, _cln_ListconfigsConfigsDatabaseupgrade__Output>
    ListconfigsConfigsDeveloper: MessageTypeDefinition<_cln_ListconfigsConfigsDeveloper, _cln_ListconfigsConfigsDeveloper__Output>
    ListconfigsConfigsDisabledns: MessageTypeDefinition<_cln_ListconfigsConfigsDisabledns, _cln_ListconfigsConfigsDisabledns__Output>
    ListconfigsConfigsDisablempp: MessageTypeDefinition<_cln_ListconfigsConfigsDisablempp, _cln_ListconfigsConfigsDisablempp__Output>
    ListconfigsConfigsDisableplugin: MessageTypeDefinition<_cln_ListconfigsConfigsDisableplugin, _cln_ListconfigsConfigsDisableplugin__Output>
    ListconfigsConfigsEncryptedhsm: MessageTypeDefinition<_cln_ListconfigsConfigsEncryptedhsm, _cln_ListconfigsConfigsEncryptedhsm__Output>
    ListconfigsConfigsExperimentalanchors: MessageTypeDefinition<_cln_ListconfigsConfigsExperimentalanchors, _cln_ListconfigsConfigsExperimentalanchors__Output>
    ListconfigsConfigsExperimentaldualfund: MessageTypeDefinition<_cln_ListconfigsConfigsExperimentaldualfund, _cln_ListconfigsConfigsExperimentaldualfund__Output>
    ListconfigsConfigsExperimentalpeerstorage: MessageTypeDefinition<_cln_ListconfigsConfigsExperimentalpeerstorage, _cln_ListconfigsConfigsExperimentalpeerstorage__Output>
    ListconfigsConfigsExperimentalshutdownwrongfunding: MessageTypeDefinition<_cln_ListconfigsConfigsExperimentalshutdownwrongfunding, _cln_ListconfigsConfigsExperimentalshutdownwrongfunding__Output>
    ListconfigsConfigsExperimentalsplicing: MessageTypeDefinition<_cln_ListconfigsConfigsExperimentalsplicing, _cln_ListconfigsConfigsExperimentalsplicing__Output>
    ListconfigsConfigsFeebase: MessageTypeDefinition<_cln_ListconfigsConfigsFeebase, _cln_ListconfigsConfigsFeebase__Output>
    ListconfigsConfigsFeepersatoshi: MessageTypeDefinition<_cln_ListconfigsConfigsFeepersatoshi, _cln_ListconfigsConfigsFeepersatoshi__Output>
    ListconfigsConfigsFetchinvoicenoconnect: MessageTypeDefinition<_cln_ListconfigsConfigsFetchinvoicenoconnect, _cln_ListconfigsConfigsFetchinvoicenoconnect__Output>
    ListconfigsConfigsForcefeerates: MessageTypeDefinition<_cln_ListconfigsConfigsForcefeerates, _cln_ListconfigsConfigsForcefeerates__Output>
    ListconfigsConfigsFundingconfirms: MessageTypeDefinition<_cln_ListconfigsConfigsFundingconfirms, _cln_ListconfigsConfigsFundingconfirms__Output>
    ListconfigsConfigsHtlcmaximummsat: MessageTypeDefinition<_cln_ListconfigsConfigsHtlcmaximummsat, _cln_ListconfigsConfigsHtlcmaximummsat__Output>
    ListconfigsConfigsHtlcminimummsat: MessageTypeDefinition<_cln_ListconfigsConfigsHtlcminimummsat, _cln_ListconfigsConfigsHtlcminimummsat__Output>
    ListconfigsConfigsIgnorefeelimits: MessageTypeDefinition<_cln_ListconfigsConfigsIgnorefeelimits, _cln_ListconfigsConfigsIgnorefeelimits__Output>
    ListconfigsConfigsImportantplugin: MessageTypeDefinition<_cln_ListconfigsConfigsImportantplugin, _cln_ListconfigsConfigsImportantplugin__Output>
    ListconfigsConfigsLargechannels: MessageTypeDefinition<_cln_ListconfigsConfigsLargechannels, _cln_ListconfigsConfigsLargechannels__Output>
    ListconfigsConfigsLightningdir: MessageTypeDefinition<_cln_ListconfigsConfigsLightningdir, _cln_ListconfigsConfigsLightningdir__Output>
    ListconfigsConfigsLogfile: MessageTypeDefinition<_cln_ListconfigsConfigsLogfile, _cln_ListconfigsConfigsLogfile__Output>
    ListconfigsConfigsLoglevel: MessageTypeDefinition<_cln_ListconfigsConfigsLoglevel, _cln_ListconfigsConfigsLoglevel__Output>
    ListconfigsConfigsLogprefix: MessageTypeDefinition<_cln_ListconfigsConfigsLogprefix, _cln_ListconfigsConfigsLogprefix__Output>
    ListconfigsConfigsLogtimestamps: MessageTypeDefinition<_cln_ListconfigsConfigsLogtimestamps, _cln_ListconfigsConfigsLogtimestamps__Output>
    ListconfigsConfigsMainnet: MessageTypeDefinition<_cln_ListconfigsConfigsMainnet, _cln_ListconfigsConfigsMainnet__Output>
    ListconfigsConfigsMaxconcurrenthtlcs: MessageTypeDefinition<_cln_ListconfigsConfigsMaxconcurrenthtlcs, _cln_ListconfigsConfigsMaxconcurrenthtlcs__Output>
    ListconfigsConfigsMaxdusthtlcexposuremsat: MessageTypeDefinition<_cln_ListconfigsConfigsMaxdusthtlcexposuremsat, _cln_ListconfigsConfigsMaxdusthtlcexposuremsat__Output>
    ListconfigsConfigsMincapacitysat: MessageTypeDefinition<_cln_ListconfigsConfigsMincapacitysat, _cln_ListconfigsConfigsMincapacitysat__Output>
    ListconfigsConfigsNetwork: MessageTypeDefinition<_cln_ListconfigsConfigsNetwork, _cln_ListconfigsConfigsNetwork__Output>
    ListconfigsConfigsOffline: MessageTypeDefinition<_cln_ListconfigsConfigsOffline, _cln_ListconfigsConfigsOffline__Output>
    ListconfigsConfigsPidfile: MessageTypeDefinition<_cln_ListconfigsConfigsPidfile, _cln_ListconfigsConfigsPidfile__Output>
    ListconfigsConfigsPlugin: MessageTypeDefinition<_cln_ListconfigsConfigsPlugin, _cln_ListconfigsConfigsPlugin__Output>
    ListconfigsConfigsPlugindir: MessageTypeDefinition<_cln_ListconfigsConfigsPlugindir, _cln_ListconfigsConfigsPlugindir__Output>
    ListconfigsConfigsProxy: MessageTypeDefinition<_cln_ListconfigsConfigsProxy, _cln_ListconfigsConfigsProxy__Output>
    ListconfigsConfigsRegtest: MessageTypeDefinition<_cln_ListconfigsConfigsRegtest, _cln_ListconfigsConfigsRegtest__Output>
    ListconfigsConfigsRequireconfirmedinputs: MessageTypeDefinition<_cln_ListconfigsConfigsRequireconfirmedinputs, _cln_ListconfigsConfigsRequireconfirmedinputs__Output>
    ListconfigsConfigsRescan: MessageTypeDefinition<_cln_ListconfigsConfigsRescan, _cln_ListconfigsConfigsRescan__Output>
    ListconfigsConfigsRgb: MessageTypeDefinition<_cln_ListconfigsConfigsRgb, _cln_ListconfigsConfigsRgb__Output>
    ListconfigsConfigsRpcfile: MessageTypeDefinition<_cln_ListconfigsConfigsRpcfile, _cln_ListconfigsConfigsRpcfile__Output>
    ListconfigsConfigsRpcfilemode: MessageTypeDefinition<_cln_ListconfigsConfigsRpcfilemode, _cln_ListconfigsConfigsRpcfilemode__Output>
    ListconfigsConfigsSignet: MessageTypeDefinition<_cln_ListconfigsConfigsSignet, _cln_ListconfigsConfigsSignet__Output>
    ListconfigsConfigsSubdaemon: MessageTypeDefinition<_cln_ListconfigsConfigsSubdaemon, _cln_ListconfigsConfigsSubdaemon__Output>
    ListconfigsConfigsTestnet: MessageTypeDefinition<_cln_ListconfigsConfigsTestnet, _cln_ListconfigsConfigsTestnet__Output>
    ListconfigsConfigsTorservicepassword: MessageTypeDefinition<_cln_ListconfigsConfigsTorservicepassword, _cln_ListconfigsConfigsTorservicepassword__Output>
    ListconfigsConfigsWallet: MessageTypeDefinition<_cln_ListconfigsConfigsWallet, _cln_ListconfigsConfigsWallet__Output>
    ListconfigsConfigsWatchtimeblocks: MessageTypeDefinition<_cln_ListconfigsConfigsWatchtimeblocks, _cln_ListconfigsConfigsWatchtimeblocks__Output>
    ListconfigsRequest: MessageTypeDefinition<_cln_ListconfigsRequest, _cln_ListconfigsRequest__Output>
    ListconfigsResponse: MessageTypeDefinition<_cln_ListconfigsResponse, _cln_ListconfigsResponse__Output>
    ListcurrencyratesCurrencyrates: MessageTypeDefinition<_cln_ListcurrencyratesCurrencyrates, _cln_ListcurrencyratesCurrencyrates__Output>
    ListcurrencyratesRequest: MessageTypeDefinition<_cln_ListcurrencyratesRequest, _cln_ListcurrencyratesRequest__Output>
    ListcurrencyratesResponse: MessageTypeDefinition<_cln_ListcurrencyratesResponse, _cln_ListcurrencyratesResponse__Output>
    ListdatastoreDatastore: MessageTypeDefinition<_cln_ListdatastoreDatastore, _cln_ListdatastoreDatastore__Output>
    ListdatastoreRequest: MessageTypeDefinition<_cln_ListdatastoreRequest, _cln_ListdatastoreRequest__Output>
    ListdatastoreResponse: MessageTypeDefinition<_cln_ListdatastoreResponse, _cln_ListdatastoreResponse__Output>
    ListforwardsForwards: MessageTypeDefinition<_cln_ListforwardsForwards, _cln_ListforwardsForwards__Output>
    ListforwardsRequest: MessageTypeDefinition<_cln_ListforwardsRequest, _cln_ListforwardsRequest__Output>
    ListforwardsResponse: MessageTypeDefinition<_cln_ListforwardsResponse, _cln_ListforwardsResponse__Output>
    ListfundsChannels: MessageTypeDefinition<_cln_ListfundsChannels, _cln_ListfundsChannels__Output>
    ListfundsOutputs: MessageTypeDefinition<_cln_ListfundsOutputs, _cln_ListfundsOutputs__Output>
    ListfundsRequest: MessageTypeDefinition<_cln_ListfundsRequest, _cln_ListfundsRequest__Output>
    ListfundsResponse: MessageTypeDefinition<_cln_ListfundsResponse, _cln_ListfundsResponse__Output>
    ListhtlcsHtlcs: MessageTypeDefinition<_cln_ListhtlcsHtlcs, _cln_ListhtlcsHtlcs__Output>
    ListhtlcsRequest: MessageTypeDefinition<_cln_ListhtlcsRequest, _cln_ListhtlcsRequest__Output>
    ListhtlcsResponse: MessageTypeDefinition<_cln_ListhtlcsResponse, _cln_ListhtlcsResponse__Output>
    ListinvoicerequestsInvoicerequests: MessageTypeDefinition<_cln_ListinvoicerequestsInvoicerequests, _cln_ListinvoicerequestsInvoicerequests__Output>
    ListinvoicerequestsRequest: MessageTypeDefinition<_cln_ListinvoicerequestsRequest, _cln_ListinvoicerequestsRequest__Output>
    ListinvoicerequestsResponse: MessageTypeDefinition<_cln_ListinvoicerequestsResponse, _cln_ListinvoicerequestsResponse__Output>
    ListinvoicesInvoices: MessageTypeDefinition<_cln_ListinvoicesInvoices, _cln_ListinvoicesInvoices__Output>
    ListinvoicesInvoicesPaidOutpoint: MessageTypeDefinition<_cln_ListinvoicesInvoicesPaidOutpoint, _cln_ListinvoicesInvoicesPaidOutpoint__Output>
    ListinvoicesRequest: MessageTypeDefinition<_cln_ListinvoicesRequest, _cln_ListinvoicesRequest__Output>
    ListinvoicesResponse: MessageTypeDefinition<_cln_ListinvoicesResponse, _cln_ListinvoicesResponse__Output>
    ListnetworkeventsNetworkevents: MessageTypeDefinition<_cln_ListnetworkeventsNetworkevents, _cln_ListnetworkeventsNetworkevents__Output>
    ListnetworkeventsRequest: MessageTypeDefinition<_cln_ListnetworkeventsRequest, _cln_ListnetworkeventsRequest__Output>
    ListnetworkeventsResponse: MessageTypeDefinition<_cln_ListnetworkeventsResponse, _cln_ListnetworkeventsResponse__Output>
    ListnodesNodes: MessageTypeDefinition<_cln_ListnodesNodes, _cln_ListnodesNodes__Output>
    ListnodesNodesAddresses: MessageTypeDefinition<_cln_ListnodesNodesAddresses, _cln_ListnodesNodesAddresses__Output>
    ListnodesNodesOptionWillFund: MessageTypeDefinition<_cln_ListnodesNodesOptionWillFund, _cln_ListnodesNodesOptionWillFund__Output>
    ListnodesRequest: MessageTypeDefinition<_cln_ListnodesRequest, _cln_ListnodesRequest__Output>
    ListnodesResponse: MessageTypeDefinition<_cln_ListnodesResponse, _cln_ListnodesResponse__Output>
    ListoffersOffers: MessageTypeDefinition<_cln_ListoffersOffers, _cln_ListoffersOffers__Output>
    ListoffersRequest: MessageTypeDefinition<_cln_ListoffersRequest, _cln_ListoffersRequest__Output>
    ListoffersResponse: MessageTypeDefinition<_cln_ListoffersResponse, _cln_ListoffersResponse__Output>
    ListpaysPays: MessageTypeDefinition<_cln_ListpaysPays, _cln_ListpaysPays__Output>
    ListpaysRequest: MessageTypeDefinition<_cln_ListpaysRequest, _cln_ListpaysRequest__Output>
    ListpaysResponse: MessageTypeDefinition<_cln_ListpaysResponse, _cln_ListpaysResponse__Output>
    ListpeerchannelsChannels: MessageTypeDefinition<_cln_ListpeerchannelsChannels, _cln_ListpeerchannelsChannels__Output>
    ListpeerchannelsChannelsAlias: MessageTypeDefinition<_cln_ListpeerchannelsChannelsAlias, _cln_ListpeerchannelsChannelsAlias__Output>
    ListpeerchannelsChannelsChannelType: MessageTypeDefinition<_cln_ListpeerchannelsChannelsChannelType, _cln_ListpeerchannelsChannelsChannelType__Output>
    ListpeerchannelsChannelsFeerate: MessageTypeDefinition<_cln_ListpeerchannelsChannelsFeerate, _cln_ListpeerchannelsChannelsFeerate__Output>
    ListpeerchannelsChannelsFunding: MessageTypeDefinition<_cln_ListpeerchannelsChannelsFunding, _cln_ListpeerchannelsChannelsFunding__Output>
    ListpeerchannelsChannelsHtlcs: MessageTypeDefinition<_cln_ListpeerchannelsChannelsHtlcs, _cln_ListpeerchannelsChannelsHtlcs__Output>
    ListpeerchannelsChannelsInflight: MessageTypeDefinition<_cln_ListpeerchannelsChannelsInflight, _cln_ListpeerchannelsChannelsInflight__Output>
    ListpeerchannelsChannelsStateChanges: MessageTypeDefinition<_cln_ListpeerchannelsChannelsStateChanges, _cln_ListpeerchannelsChannelsStateChanges__Output>
    ListpeerchannelsChannelsUpdates: MessageTypeDefinition<_cln_ListpeerchannelsChannelsUpdates, _cln_ListpeerchannelsChannelsUpdates__Output>
    ListpeerchannelsChannelsUpdatesLocal: MessageTypeDefinition<_cln_ListpeerchannelsChannelsUpdatesLocal, _cln_ListpeerchannelsChannelsUpdatesLocal__Output>
    ListpeerchannelsChannelsUpdatesRemote: MessageTypeDefinition<_cln_ListpeerchannelsChannelsUpdatesRemote, _cln_ListpeerchannelsChannelsUpdatesRemote__Output>
    ListpeerchannelsRequest: MessageTypeDefinition<_cln_ListpeerchannelsRequest, _cln_ListpeerchannelsRequest__Output>
    ListpeerchannelsResponse: MessageTypeDefinition<_cln_ListpeerchannelsResponse, _cln_ListpeerchannelsResponse__Output>
    ListpeersPeers: MessageTypeDefinition<_cln_ListpeersPeers, _cln_ListpeersPeers__Output>
    ListpeersPeersChannels: MessageTypeDefinition<_cln_ListpeersPeersChannels, _cln_ListpeersPeersChannels__Output>
    ListpeersPeersChannelsAlias: MessageTypeDefinition<_cln_ListpeersPeersChannelsAlias, _cln_ListpeersPeersChannelsAlias__Output>
    ListpeersPeersChannelsFeerate: MessageTypeDefinition<_cln_ListpeersPeersChannelsFeerate, _cln_ListpeersPeersChannelsFeerate__Output>
    ListpeersPeersChannelsFunding: MessageTypeDefinition<_cln_ListpeersPeersChannelsFunding, _cln_ListpeersPeersChannelsFunding__Output>
    ListpeersPeersChannelsHtlcs: MessageTypeDefinition<_cln_ListpeersPeersChannelsHtlcs, _cln_ListpeersPeersChannelsHtlcs__Output>
    ListpeersPeersChannelsInflight: MessageTypeDefinition<_cln_ListpeersPeersChannelsInflight, _cln_ListpeersPeersChannelsInflight__Output>
    ListpeersPeersLog: MessageTypeDefinition<_cln_ListpeersPeersLog, _cln_ListpeersPeersLog__Output>
    ListpeersRequest: MessageTypeDefinition<_cln_ListpeersRequest, _cln_ListpeersRequest__Output>
    ListpeersResponse: MessageTypeDefinition<_cln_ListpeersResponse, _cln_ListpeersResponse__Output>
    ListsendpaysPayments: MessageTypeDefinition<_cln_ListsendpaysPayments, _cln_ListsendpaysPayments__Output>
    ListsendpaysRequest: MessageTypeDefinition<_cln_ListsendpaysRequest, _cln_ListsendpaysRequest__Output>
    ListsendpaysResponse: MessageTypeDefinition<_cln_ListsendpaysResponse, _cln_ListsendpaysResponse__Output>
    ListtransactionsRequest: MessageTypeDefinition<_cln_ListtransactionsRequest, _cln_ListtransactionsRequest__Output>
    ListtransactionsResponse: MessageTypeDefinition<_cln_ListtransactionsResponse, _cln_ListtransactionsResponse__Output>
    ListtransactionsTransactions: MessageTypeDefinition<_cln_ListtransactionsTransactions, _cln_ListtransactionsTransactions__Output>
    ListtransactionsTransactionsInputs: MessageTypeDefinition<_cln_ListtransactionsTransactionsInputs, _cln_ListtransactionsTransactionsInputs__Output>
    ListtransactionsTransactionsOutputs: MessageTypeDefinition<_cln_ListtransactionsTransactionsOutputs, _cln_ListtransactionsTransactionsOutputs__Output>
    LogNotification: MessageTypeDefinition<_cln_LogNotification, _cln_LogNotification__Output>
    MakesecretRequest: MessageTypeDefinition<_cln_MakesecretRequest, _cln_MakesecretRequest__Output>
    MakesecretResponse: MessageTypeDefinition<_cln_MakesecretResponse, _cln_MakesecretResponse__Output>
    MultifundchannelChannelIds: MessageTypeDefinition<_cln_MultifundchannelChannelIds, _cln_MultifundchannelChannelIds__Output>
    MultifundchannelChannelIdsChannelType: MessageTypeDefinition<_cln_MultifundchannelChannelIdsChannelType, _cln_MultifundchannelChannelIdsChannelType__Output>
    MultifundchannelDestinations: MessageTypeDefinition<_cln_MultifundchannelDestinations, _cln_MultifundchannelDestinations__Output>
    MultifundchannelFailed: MessageTypeDefinition<_cln_MultifundchannelFailed, _cln_MultifundchannelFailed__Output>
    MultifundchannelFailedError: MessageTypeDefinition<_cln_MultifundchannelFailedError, _cln_MultifundchannelFailedError__Output>
    MultifundchannelRequest: MessageTypeDefinition<_cln_MultifundchannelRequest, _cln_MultifundchannelRequest__Output>
    MultifundchannelResponse: MessageTypeDefinition<_cln_MultifundchannelResponse, _cln_MultifundchannelResponse__Output>
    MultiwithdrawRequest: MessageTypeDefinition<_cln_MultiwithdrawRequest, _cln_MultiwithdrawRequest__Output>
    MultiwithdrawResponse: MessageTypeDefinition<_cln_MultiwithdrawResponse, _cln_MultiwithdrawResponse__Output>
    NewaddrRequest: MessageTypeDefinition<_cln_NewaddrRequest, _cln_NewaddrRequest__Output>
    NewaddrResponse: MessageTypeDefinition<_cln_NewaddrResponse, _cln_NewaddrResponse__Output>
    Node: SubtypeConstructor<typeof grpc.Client, _cln_NodeClient> & { service: _cln_NodeDefinition }
    OfferRequest: MessageTypeDefinition<_cln_OfferRequest, _cln_OfferRequest__Output>
    OfferResponse: MessageTypeDefinition<_cln_OfferResponse, _cln_OfferResponse__Output>
    OnionMessageForwardFailNotification: MessageTypeDefinition<_cln_OnionMessageForwardFailNotification, _cln_OnionMessageForwardFailNotification__Output>
    OpenChannelPeerSigsNotification: MessageTypeDefinition<_cln_OpenChannelPeerSigsNotification, _cln_OpenChannelPeerSigsNotification__Output>
    OpenchannelAbortRequest: MessageTypeDefinition<_cln_OpenchannelAbortRequest, _cln_OpenchannelAbortRequest__Output>
    OpenchannelAbortResponse: MessageTypeDefinition<_cln_OpenchannelAbortResponse, _cln_OpenchannelAbortResponse__Output>
    OpenchannelBumpChannelType: MessageTypeDefinition<_cln_OpenchannelBumpChannelType, _cln_OpenchannelBumpChannelType__Output>
    OpenchannelBumpRequest: MessageTypeDefinition<_cln_OpenchannelBumpRequest, _cln_OpenchannelBumpRequest__Output>
    OpenchannelBumpResponse: MessageTypeDefinition<_cln_OpenchannelBumpResponse, _cln_OpenchannelBumpResponse__Output>
    OpenchannelInitChannelType: MessageTypeDefinition<_cln_OpenchannelInitChannelType, _cln_OpenchannelInitChannelType__Output>
    OpenchannelInitRequest: MessageTypeDefinition<_cln_OpenchannelInitRequest, _cln_OpenchannelInitRequest__Output>
    OpenchannelInitResponse: MessageTypeDefinition<_cln_OpenchannelInitResponse, _cln_OpenchannelInitResponse__Output>
    OpenchannelSignedRequest: MessageTypeDefinition<_cln_OpenchannelSignedRequest, _cln_OpenchannelSignedRequest__Output>
    OpenchannelSignedResponse: MessageTypeDefinition<_cln_OpenchannelSignedResponse, _cln_OpenchannelSignedResponse__Output>
    OpenchannelUpdateChannelType: MessageTypeDefinition<_cln_OpenchannelUpdateChannelType, _cln_OpenchannelUpdateChannelType__Output>
    OpenchannelUpdateRequest: MessageTypeDefinition<_cln_OpenchannelUpdateRequest, _cln_OpenchannelUpdateRequest__Output>
    OpenchannelUpdateResponse: MessageTypeDefinition<_cln_OpenchannelUpdateResponse, _cln_OpenchannelUpdateResponse__Output>
    Outpoint: MessageTypeDefinition<_cln_Outpoint, _cln_Outpoint__Output>
    OutputDesc: MessageTypeDefinition<_cln_OutputDesc, _cln_OutputDesc__Output>
    PayPartEndNotification: MessageTypeDefinition<_cln_PayPartEndNotification, _cln_PayPartEndNotification__Output>
    PayPartStartHops: MessageTypeDefinition<_cln_PayPartStartHops, _cln_PayPartStartHops__Output>
    PayPartStartNotification: MessageTypeDefinition<_cln_PayPartStartNotification, _cln_PayPartStartNotification__Output>
    PayRequest: MessageTypeDefinition<_cln_PayRequest, _cln_PayRequest__Output>
    PayResponse: MessageTypeDefinition<_cln_PayResponse, _cln_PayResponse__Output>
    PeerConnectAddress: MessageTypeDefinition<_cln_PeerConnectAddress, _cln_PeerConnectAddress__Output>
    PeerConnectNotification: MessageTypeDefinition<_cln_PeerConnectNotification, _cln_PeerConnectNotification__Output>
    PingRequest: MessageTypeDefinition<_cln_PingRequest, _cln_PingRequest__Output>
    PingResponse: MessageTypeDefinition<_cln_PingResponse, _cln_PingResponse__Output>
    PluginPlugins: MessageTypeDefinition<_cln_PluginPlugins, _cln_PluginPlugins__Output>
    PluginRequest: MessageTypeDefinition<_cln_PluginRequest, _cln_PluginRequest__Output>
    PluginResponse: MessageTypeDefinition<_cln_PluginResponse, _cln_PluginResponse__Output>
    PluginStartedNotification: MessageTypeDefinition<_cln_PluginStartedNotification, _cln_PluginStartedNotification__Output>
    PluginStoppedNotification: MessageTypeDefinition<_cln_PluginStoppedNotification, _cln_PluginStoppedNotification__Output>
    PluginSubcommand: EnumTypeDefinition
    PreapproveinvoiceRequest: MessageTypeDefinition<_cln_PreapproveinvoiceRequest, _cln_PreapproveinvoiceRequest__Output>
    PreapproveinvoiceResponse: MessageTypeDefinition<_cln_PreapproveinvoiceResponse, _cln_PreapproveinvoiceResponse__Output>
    PreapprovekeysendRequest: MessageTypeDefinition<_cln_PreapprovekeysendRequest, _cln_PreapprovekeysendRequest__Output>
    PreapprovekeysendResponse: MessageTypeDefinition<_cln_PreapprovekeysendResponse, _cln_PreapprovekeysendResponse__Output>
    ProofField: MessageTypeDefinition<_cln_ProofField, _cln_ProofField__Output>
    RecoverRequest: MessageTypeDefinition<_cln_RecoverRequest, _cln_RecoverRequest__Output>
    RecoverResponse: MessageTypeDefinition<_cln_RecoverResponse, _cln_RecoverResponse__Output>
    RecoverchannelRequest: MessageTypeDefinition<_cln_RecoverchannelRequest, _cln_RecoverchannelRequest__Output>
    RecoverchannelResponse: MessageTypeDefinition<_cln_RecoverchannelResponse, _cln_RecoverchannelResponse__Output>
    RenepayRequest: MessageTypeDefinition<_cln_RenepayRequest, _cln_RenepayRequest__Output>
    RenepayResponse: MessageTypeDefinition<_cln_RenepayResponse, _cln_RenepayResponse__Output>
    RenepaystatusPaystatus: MessageTypeDefinition<_cln_RenepaystatusPaystatus, _cln_RenepaystatusPaystatus__Output>
    RenepaystatusRequest: MessageTypeDefinition<_cln_RenepaystatusRequest, _cln_RenepaystatusRequest__Output>
    RenepaystatusResponse: MessageTypeDefinition<_cln_RenepaystatusResponse, _cln_RenepaystatusResponse__Output>
    ReserveinputsRequest: MessageTypeDefinition<_cln_ReserveinputsRequest, _cln_ReserveinputsRequest__Output>
    ReserveinputsReservations: MessageTypeDefinition<_cln_ReserveinputsReservations, _cln_ReserveinputsReservations__Output>
    ReserveinputsResponse: MessageTypeDefinition<_cln_ReserveinputsResponse, _cln_ReserveinputsResponse__Output>
    RouteHop: MessageTypeDefinition<_cln_RouteHop, _cln_RouteHop__Output>
    Routehint: MessageTypeDefinition<_cln_Routehint, _cln_Routehint__Output>
    RoutehintList: MessageTypeDefinition<_cln_RoutehintList, _cln_RoutehintList__Output>
    SendPayFailureNotification: MessageTypeDefinition<_cln_SendPayFailureNotification, _cln_SendPayFailureNotification__Output>
    SendPaySuccessNotification: MessageTypeDefinition<_cln_SendPaySuccessNotification, _cln_SendPaySuccessNotification__Output>
    SendamountRequest: MessageTypeDefinition<_cln_SendamountRequest, _cln_SendamountRequest__Output>
    SendamountResponse: MessageTypeDefinition<_cln_SendamountResponse, _cln_SendamountResponse__Output>
    SendcustommsgRequest: MessageTypeDefinition<_cln_SendcustommsgRequest, _cln_SendcustommsgRequest__Output>
    SendcustommsgResponse: MessageTypeDefinition<_cln_SendcustommsgResponse, _cln_SendcustommsgResponse__Output>
    SendinvoiceRequest: MessageTypeDefinition<_cln_SendinvoiceRequest, _cln_SendinvoiceRequest__Output>
    SendinvoiceResponse: MessageTypeDefinition<_cln_SendinvoiceResponse, _cln_SendinvoiceResponse__Output>
    SendonionFirstHop: MessageTypeDefinition<_cln_SendonionFirstHop, _cln_SendonionFirstHop__Output>
    SendonionRequest: MessageTypeDefinition<_cln_SendonionRequest, _cln_SendonionRequest__Output>
    SendonionResponse: MessageTypeDefinition<_cln_SendonionResponse, _cln_SendonionResponse__Output>
    SendpayFailureData: MessageTypeDefinition<_cln_SendpayFailureData, _cln_SendpayFailureData__Output>
    SendpayRequest: MessageTypeDefinition<_cln_SendpayRequest, _cln_SendpayRequest__Output>
    SendpayResponse: MessageTypeDefinition<_cln_SendpayResponse, _cln_SendpayResponse__Output>
    SendpayRoute: MessageTypeDefinition<_cln_SendpayRoute, _cln_SendpayRoute__Output>
    SendpsbtRequest: MessageTypeDefinition<_cln_SendpsbtRequest, _cln_SendpsbtRequest__Output>
    SendpsbtResponse: MessageTypeDefinition<_cln_SendpsbtResponse, _cln_SendpsbtResponse__Output>
    SetchannelChannels: MessageTypeDefinition<_cln_SetchannelChannels, _cln_SetchannelChannels__Output>
    SetchannelRequest: MessageTypeDefinition<_cln_SetchannelRequest, _cln_SetchannelRequest__Output>
    SetchannelResponse: MessageTypeDefinition<_cln_SetchannelResponse, _cln_SetchannelResponse__Output>
    SetconfigConfig: MessageTypeDefinition<_cln_SetconfigConfig, _cln_SetconfigConfig__Output>
    SetconfigRequest: MessageTypeDefinition<_cln_SetconfigRequest, _cln_SetconfigRequest__Output>
    SetconfigResponse: MessageTypeDefinition<_cln_SetconfigResponse, _cln_SetconfigResponse__Output>
    SetpsbtversionRequest: MessageTypeDefinition<_cln_SetpsbtversionRequest, _cln_SetpsbtversionRequest__Output>
    SetpsbtversionResponse: MessageTypeDefinition<_cln_SetpsbtversionResponse, _cln_SetpsbtversionResponse__Output>
    ShowrunesRequest: MessageTypeDefinition<_cln_ShowrunesRequest, _cln_ShowrunesRequest__Output>
    ShowrunesResponse: MessageTypeDefinition<_cln_ShowrunesResponse, _cln_ShowrunesResponse__Output>
    ShowrunesRunes: MessageTypeDefinition<_cln_ShowrunesRunes, _cln_ShowrunesRunes__Output>
    ShowrunesRunesRestrictions: MessageTypeDefinition<_cln_ShowrunesRunesRestrictions, _cln_ShowrunesRunesRestrictions__Output>
    ShowrunesRunesRestrictionsAlternatives: MessageTypeDefinition<_cln_ShowrunesRunesRestrictionsAlternatives, _cln_ShowrunesRunesRestrictionsAlternatives__Output>
    ShutdownNotification: MessageTypeDefinition<_cln_ShutdownNotification, _cln_ShutdownNotification__Output>
    SigninvoiceRequest: MessageTypeDefinition<_cln_SigninvoiceRequest, _cln_SigninvoiceRequest__Output>
    SigninvoiceResponse: MessageTypeDefinition<_cln_SigninvoiceResponse, _cln_SigninvoiceResponse__Output>
    SignmessageRequest: MessageTypeDefinition<_cln_SignmessageRequest, _cln_SignmessageRequest__Output>
    SignmessageResponse: MessageTypeDefinition<_cln_SignmessageResponse, _cln_SignmessageResponse__Output>
    SignmessagewithkeyRequest: MessageTypeDefinition<_cln_SignmessagewithkeyRequest, _cln_SignmessagewithkeyRequest__Output>
    SignmessagewithkeyResponse: MessageTypeDefinition<_cln_SignmessagewithkeyResponse, _cln_SignmessagewithkeyResponse__Output>
    SignpsbtRequest: MessageTypeDefinition<_cln_SignpsbtRequest, _cln_SignpsbtRequest__Output>
    SignpsbtResponse: MessageTypeDefinition<_cln_SignpsbtResponse, _cln_SignpsbtResponse__Output>
    SpliceInitRequest: MessageTypeDefinition<_cln_SpliceInitRequest, _cln_SpliceInitRequest__Output>
    SpliceInitResponse: MessageTypeDefinition<_cln_SpliceInitResponse, _cln_SpliceInitResponse__Output>
    SpliceSignedRequest: MessageTypeDefinition<_cln_SpliceSignedRequest, _cln_SpliceSignedRequest__Output>
    SpliceSignedResponse: MessageTypeDefinition<_cln_SpliceSignedResponse, _cln_SpliceSignedResponse__Output>
    SpliceUpdateRequest: MessageTypeDefinition<_cln_SpliceUpdateRequest, _cln_SpliceUpdateRequest__Output>
    SpliceUpdateResponse: MessageTypeDefinition<_cln_SpliceUpdateResponse, _cln_SpliceUpdateResponse__Output>
    SpliceinRequest: MessageTypeDefinition<_cln_SpliceinRequest, _cln_SpliceinRequest__Output>
    SpliceinResponse: MessageTypeDefinition<_cln_SpliceinResponse, _cln_SpliceinResponse__Output>
    SpliceoutRequest: MessageTypeDefinition<_cln_SpliceoutRequest, _cln_SpliceoutRequest__Output>
    SpliceoutResponse: MessageTypeDefinition<_cln_SpliceoutResponse, _cln_SpliceoutResponse__Output>
    StaticbackupRequest: MessageTypeDefinition<_cln_StaticbackupRequest, _cln_StaticbackupRequest__Output>
    StaticbackupResponse: MessageTypeDefinition<_cln_StaticbackupResponse, _cln_StaticbackupResponse__Output>
    StopRequest: MessageTypeDefinition<_cln_StopRequest, _cln_StopRequest__Output>
    StopResponse: MessageTypeDefinition<_cln_StopResponse, _cln_StopResponse__Output>
    StreamBalanceSnapshotRequest: MessageTypeDefinition<_cln_StreamBalanceSnapshotRequest, _cln_StreamBalanceSnapshotRequest__Output>
    StreamBlockAddedRequest: MessageTypeDefinition<_cln_StreamBlockAddedRequest, _cln_StreamBlockAddedRequest__Output>
    StreamChannelOpenFailedRequest: MessageTypeDefinition<_cln_StreamChannelOpenFailedRequest, _cln_StreamChannelOpenFailedRequest__Output>
    StreamChannelOpenedRequest: MessageTypeDefinition<_cln_StreamChannelOpenedRequest, _cln_StreamChannelOpenedRequest__Output>
    StreamChannelStateChangedRequest: MessageTypeDefinition<_cln_StreamChannelStateChangedRequest, _cln_StreamChannelStateChangedRequest__Output>
    StreamCoinMovementRequest: MessageTypeDefinition<_cln_StreamCoinMovementRequest, _cln_StreamCoinMovementRequest__Output>
    StreamConnectRequest: MessageTypeDefinition<_cln_StreamConnectRequest, _cln_StreamConnectRequest__Output>
    StreamCustomMsgRequest: MessageTypeDefinition<_cln_StreamCustomMsgRequest, _cln_StreamCustomMsgRequest__Output>
    StreamDeprecatedOneshotRequest: MessageTypeDefinition<_cln_StreamDeprecatedOneshotRequest, _cln_StreamDeprecatedOneshotRequest__Output>
    StreamDisconnectRequest: MessageTypeDefinition<_cln_StreamDisconnectRequest, _cln_StreamDisconnectRequest__Output>
    StreamForwardEventRequest: MessageTypeDefinition<_cln_StreamForwardEventRequest, _cln_StreamForwardEventRequest__Output>
    StreamInvoiceCreationRequest: MessageTypeDefinition<_cln_StreamInvoiceCreationRequest, _cln_StreamInvoiceCreationRequest__Output>
    StreamInvoicePaymentRequest: MessageTypeDefinition<_cln_StreamInvoicePaymentRequest, _cln_StreamInvoicePaymentRequest__Output>
    StreamLogRequest: MessageTypeDefinition<_cln_StreamLogRequest, _cln_StreamLogRequest__Output>
    StreamOnionMessageForwardFailRequest: MessageTypeDefinition<_cln_StreamOnionMessageForwardFailRequest, _cln_StreamOnionMessageForwardFailRequest__Output>
    StreamOpenChannelPeerSigsRequest: MessageTypeDefinition<_cln_StreamOpenChannelPeerSigsRequest, _cln_StreamOpenChannelPeerSigsRequest__Output>
    StreamPayPartEndRequest: MessageTypeDefinition<_cln_StreamPayPartEndRequest, _cln_StreamPayPartEndRequest__Output>
    StreamPayPartStartRequest: MessageTypeDefinition<_cln_StreamPayPartStartRequest, _cln_StreamPayPartStartRequest__Output>
    StreamPluginStartedRequest: MessageTypeDefinition<_cln_StreamPluginStartedRequest, _cln_StreamPluginStartedRequest__Output>
    StreamPluginStoppedRequest: MessageTypeDefinition<_cln_StreamPluginStoppedRequest, _cln_StreamPluginStoppedRequest__Output>
    StreamSendPayFailureRequest: MessageTypeDefinition<_cln_StreamSendPayFailureRequest, _cln_StreamSendPayFailureRequest__Output>
    StreamSendPaySuccessRequest: MessageTypeDefinition<_cln_StreamSendPaySuccessRequest, _cln_StreamSendPaySuccessRequest__Output>
    StreamShutdownRequest: MessageTypeDefinition<_cln_StreamShutdownRequest, _cln_StreamShutdownRequest__Output>
    StreamWarningRequest: MessageTypeDefinition<_cln_StreamWarningRequest, _cln_StreamWarningRequest__Output>
    TlvEntry: MessageTypeDefinition<_cln_TlvEntry, _cln_TlvEntry__Output>
    TlvStream: MessageTypeDefinition<_cln_TlvStream, _cln_TlvStream__Output>
    TxdiscardRequest: MessageTypeDefinition<_cln_TxdiscardRequest, _cln_TxdiscardRequest__Output>
    TxdiscardResponse: MessageTypeDefinition<_cln_TxdiscardResponse, _cln_TxdiscardResponse__Output>
    TxprepareRequest: MessageTypeDefinition<_cln_TxprepareRequest, _cln_TxprepareRequest__Output>
    TxprepareResponse: MessageTypeDefinition<_cln_TxprepareResponse, _cln_TxprepareResponse__Output>
    TxsendRequest: MessageTypeDefinition<_cln_TxsendRequest, _cln_TxsendRequest__Output>
    TxsendResponse: MessageTypeDefinition<_cln_TxsendResponse, _cln_TxsendResponse__Output>
    UnreserveinputsRequest: MessageTypeDefinition<_cln_UnreserveinputsRequest, _cln_UnreserveinputsRequest__Output>
    UnreserveinputsReservations: MessageTypeDefinition<_cln_UnreserveinputsReservations, _cln_UnreserveinputsReservations__Output>
    UnreserveinputsResponse: MessageTypeDefinition<_cln_UnreserveinputsResponse, _cln_UnreserveinputsResponse__Output>
    UpgradewalletRequest: MessageTypeDefinition<_cln_UpgradewalletRequest, _cln_UpgradewalletRequest__Output>
    UpgradewalletResponse: MessageTypeDefinition<_cln_UpgradewalletResponse, _cln_UpgradewalletResponse__Output>
    UtxopsbtRequest: MessageTypeDefinition<_cln_UtxopsbtRequest, _cln_UtxopsbtRequest__Output>
    UtxopsbtReservations: MessageTypeDefinition<_cln_UtxopsbtReservations, _cln_UtxopsbtReservations__Output>
    UtxopsbtResponse: MessageTypeDefinition<_cln_UtxopsbtResponse, _cln_UtxopsbtResponse__Output>
    WaitChainmoves: MessageTypeDefinition<_cln_WaitChainmoves, _cln_WaitChainmoves__Output>
    WaitChannelmoves: MessageTypeDefinition<_cln_WaitChannelmoves, _cln_WaitChannelmoves__Output>
    WaitDetails: MessageTypeDefinition<_cln_WaitDetails, _cln_WaitDetails__Output>
    WaitForwards: MessageTypeDefinition<_cln_WaitForwards, _cln_WaitForwards__Output>
    WaitHtlcs: MessageTypeDefinition<_cln_WaitHtlcs, _cln_WaitHtlcs__Output>
    WaitInvoices: MessageTypeDefinition<_cln_WaitInvoices, _cln_WaitInvoices__Output>
    WaitNetworkevents: MessageTypeDefinition<_cln_WaitNetworkevents, _cln_WaitNetworkevents__Output>
    WaitRequest: MessageTypeDefinition<_cln_WaitRequest, _cln_WaitRequest__Output>
    WaitResponse: MessageTypeDefinition<_cln_WaitResponse, _cln_WaitResponse__Output>
    WaitSendpays: MessageTypeDefinition<_cln_WaitSendpays, _cln_WaitSendpays__Output>
    WaitanyinvoicePaidOutpoint: MessageTypeDefinition<_cln_WaitanyinvoicePaidOutpoint, _cln_WaitanyinvoicePaidOutpoint__Output>
    WaitanyinvoiceRequest: MessageTypeDefinition<_cln_WaitanyinvoiceRequest, _cln_WaitanyinvoiceRequest__Output>
    WaitanyinvoiceResponse: MessageTypeDefinition<_cln_WaitanyinvoiceResponse, _cln_WaitanyinvoiceResponse__Output>
    WaitblockheightRequest: MessageTypeDefinition<_cln_WaitblockheightRequest, _cln_WaitblockheightRequest__Output>
    WaitblockheightResponse: MessageTypeDefinition<_cln_WaitblockheightResponse, _cln_WaitblockheightResponse__Output>
    WaitinvoicePaidOutpoint: MessageTypeDefinition<_cln_WaitinvoicePaidOutpoint, _cln_WaitinvoicePaidOutpoint__Output>
    WaitinvoiceRequest: MessageTypeDefinition<_cln_WaitinvoiceRequest, _cln_WaitinvoiceRequest__Output>
    WaitinvoiceResponse: MessageTypeDefinition<_cln_WaitinvoiceResponse, _cln_WaitinvoiceResponse__Output>
    WaitsendpayRequest: MessageTypeDefinition<_cln_WaitsendpayRequest, _cln_WaitsendpayRequest__Output>
    WaitsendpayResponse: MessageTypeDefinition<_cln_WaitsendpayResponse, _cln_WaitsendpayResponse__Output>
    WarningNotification: MessageTypeDefinition<_cln_WarningNotification, _cln_WarningNotification__Output>
    WithdrawRequest: MessageTypeDefinition<_cln_WithdrawRequest, _cln_WithdrawRequest__Output>
    WithdrawResponse: MessageTypeDefinition<_cln_WithdrawResponse, _cln_WithdrawResponse__Output>
    XkeysendRequest: MessageTypeDefinition<_cln_XkeysendRequest, _cln_XkeysendRequest__Output>
    XkeysendResponse: MessageTypeDefinition<_cln_XkeysendResponse, _cln_XkeysendResponse__Output>
    XpayRequest: MessageTypeDefinition<_cln_XpayRequest, _cln_XpayRequest__Output>
    XpayResponse: MessageTypeDefinition<_cln_XpayResponse, _cln_XpayResponse__Output>
  }
}

