// Spot checks of generated details against facts read from CLN v26.06.6's own cln-grpc/proto/node.proto
// and primitives.proto (ElementsProject/lightning at tag v26.06.6), plus the JSON-RPC map built beside them.
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.ts';
import { enumVariantName, msggenMethodName, pathToTypeName, protoFieldName } from '../src/naming.ts';
import type { ProtoFile } from '../src/proto-ast.ts';

const result = generate();
const pure = generate({ withoutGreenlightContract: true });

function message(file: ProtoFile, name: string) {
  const m = file.messages.find((x) => x.name === name);
  if (!m) throw new Error(`no message ${name}`);
  return m;
}

function fieldLines(file: ProtoFile, name: string): string[] {
  return message(file, name).fields.map((f) => `${f.label ? `${f.label} ` : ''}${f.type} ${f.name} = ${f.number}`);
}

describe('node.proto matches CLN v26.06.6', () => {
  it('has 153 methods and 24 notification streams, named as CLN names them', () => {
    const rpcs = result.node.service!.rpcs;
    expect(rpcs).toHaveLength(177);
    expect(rpcs.filter((r) => r.serverStreaming)).toHaveLength(24);
    const byName = new Map(rpcs.map((r) => [r.name, r]));
    expect(byName.get('Getinfo')).toMatchObject({ request: 'GetinfoRequest', response: 'GetinfoResponse', jsonrpcMethod: 'getinfo' });
    expect(byName.get('ConnectPeer')).toMatchObject({ request: 'ConnectRequest', response: 'ConnectResponse', jsonrpcMethod: 'connect' });
    expect(byName.get('CreateInvoiceRequest')).toMatchObject({ request: 'InvoicerequestRequest', jsonrpcMethod: 'invoicerequest' });
    expect(byName.get('AskReneAge')).toMatchObject({ request: 'AskreneageRequest', jsonrpcMethod: 'askrene-age' });
    expect(byName.get('SubscribeConnect')).toMatchObject({ request: 'StreamConnectRequest', response: 'PeerConnectNotification', serverStreaming: true });
  });

  it('numbers GetinfoResponse like CLN', () => {
    expect(fieldLines(result.node, 'GetinfoResponse')).toEqual([
      'bytes id = 1', 'string alias = 2', 'bytes color = 3', 'uint32 num_peers = 4', 'uint32 num_pending_channels = 5',
      'uint32 num_active_channels = 6', 'uint32 num_inactive_channels = 7', 'string version = 8', 'string lightning_dir = 9',
      'optional GetinfoOurFeatures our_features = 10', 'uint32 blockheight = 11', 'string network = 12',
      'Amount fees_collected_msat = 13', 'repeated GetinfoAddress address = 14', 'repeated GetinfoBinding binding = 15',
      'optional string warning_bitcoind_sync = 16', 'optional string warning_lightningd_sync = 17',
    ]);
  });

  it('declares enums inside their message with CLN\'s values', () => {
    const outputs = message(result.node, 'ListfundsOutputs');
    expect(outputs.enums.map((e) => [e.name, e.values.map((v) => `${v.name}=${v.number}`)])).toEqual([
      ['ListfundsOutputsStatus', ['UNCONFIRMED=0', 'CONFIRMED=1', 'SPENT=2', 'IMMATURE=3']],
    ]);
    const address = message(result.node, 'PeerConnectAddress');
    expect(address.enums[0]!.values.map((v) => v.name)).toEqual(['LOCAL_SOCKET', 'IPV4', 'IPV6', 'TORV2', 'TORV3', 'WEBSOCKET']);
  });

  it('keeps msggen\'s overrides: shared enums, primitives types, deprecated fields', () => {
    const channels = message(result.node, 'ListpeerchannelsChannels').fields;
    expect(channels.find((f) => f.name === 'state')).toMatchObject({ type: 'ChannelState', number: 3, label: '' });
    expect(channels.find((f) => f.name === 'opener')).toMatchObject({ type: 'ChannelSide', number: 19 });
    const keysend = message(result.node, 'KeysendRequest').fields;
    expect(keysend.find((f) => f.name === 'routehints')).toMatchObject({ type: 'RoutehintList', number: 8, label: 'optional', deprecated: true });
    expect(keysend.find((f) => f.name === 'extratlvs')).toMatchObject({ type: 'TlvStream', number: 9, deprecated: true });
  });

  it('has primitives.proto as CLN has it', () => {
    const state = result.primitives.enums.find((e) => e.name === 'ChannelState')!;
    expect(state.values.map((v) => v.number)).toEqual([...Array(15).keys()]);
    expect(state.values[13]).toMatchObject({ name: 'DualopendOpenCommittReady', json: 'DUALOPEND_OPEN_COMMIT_READY' });
    expect(fieldLines(result.primitives, 'Amount')).toEqual(['uint64 msat = 1']);
    expect(message(result.primitives, 'AmountOrAll').fields.map((f) => `${f.oneof}:${f.type} ${f.name} = ${f.number}`)).toEqual([
      'value:Amount amount = 1',
      'value:bool all = 2',
    ]);
  });

  it('rebuilds the connect and disconnect schemas the shared data lacks, exactly as CLN has them', () => {
    expect(result.notes.filter((n) => n.includes('rebuilt'))).toHaveLength(2);
    expect(fieldLines(pure.node, 'ConnectRequest')).toEqual(['string id = 1', 'optional string host = 2', 'optional uint32 port = 3']);
    expect(fieldLines(pure.node, 'ConnectResponse')).toEqual(['bytes id = 1', 'bytes features = 2', 'ConnectDirection direction = 3', 'ConnectAddress address = 4']);
    expect(fieldLines(pure.node, 'DisconnectRequest')).toEqual(['bytes id = 1', 'optional bool force = 2']);
  });
});

describe("msggen's naming rules", () => {
  it('derives names as msggen does', () => {
    expect(pathToTypeName('ListPeers.peers[].channels[]')).toBe('ListpeersPeersChannels');
    expect(pathToTypeName('AskRene-Age')).toBe('Askrene-age');
    expect(msggenMethodName('FundChannelCancel', 'fundchannel_cancel')).toBe('FundChannel_Cancel');
    expect(msggenMethodName('ConnectPeer', 'connect')).toBe('Connect');
    expect(protoFieldName('type')).toBe('item_type');
    expect(enumVariantName('local socket')).toBe('LOCAL_SOCKET');
    expect(enumVariantName('2.5')).toBe('NUM_2_5');
  });
});

describe('Greenlight compat patches', () => {
  it('keeps fields CLN dropped and Greenlight\'s wire type where it changed', () => {
    const peers = message(result.node, 'ListpeersPeers').fields.find((f) => f.name === 'channels');
    expect(peers).toMatchObject({ number: 4, label: 'repeated', type: 'ListpeersPeersChannels', deprecated: true, json: null });
    expect(fieldLines(result.node, 'CloseResponse')).toEqual([
      'CloseType item_type = 1', 'optional bytes tx = 2', 'optional bytes txid = 3', 'repeated bytes txs = 4', 'repeated bytes txids = 5',
    ]);
    expect(message(result.node, 'ListpeersRequest').fields.find((f) => f.name === 'level')).toMatchObject({ type: 'string', greenlightCompat: 'type' });
    expect(result.compat.missingRpcs.sort()).toEqual(['AutoCleanInvoice', 'DecodePay', 'DelExpiredInvoice']);
  });
});

describe('cln-jsonrpc.json', () => {
  const map = JSON.parse(result.files['proto/cln-jsonrpc.json']!) as {
    rpcs: { rpc: string; jsonrpc?: string; notification?: string }[];
    messages: Record<string, { name: string; json: string | null; conversion: string; kind: string; type: string }[]>;
    enums: Record<string, { name: string; number: number; json: string | null }[]>;
  };

  it('maps RPCs to JSON-RPC methods and notifications', () => {
    expect(map.rpcs.find((r) => r.rpc === 'ConnectPeer')?.jsonrpc).toBe('connect');
    expect(map.rpcs.find((r) => r.rpc === 'SubscribePayPartEnd')?.notification).toBe('xpay_pay_part_end');
  });

  it('gives each field its JSON name and conversion', () => {
    const getinfo = map.messages['cln.GetinfoResponse']!;
    expect(getinfo.find((f) => f.name === 'id')).toMatchObject({ json: 'id', conversion: 'pubkey', kind: 'scalar', type: 'bytes' });
    expect(getinfo.find((f) => f.name === 'fees_collected_msat')).toMatchObject({ conversion: 'msat', kind: 'message', type: 'cln.Amount' });
    const address = map.messages['cln.GetinfoAddress']!;
    expect(address.find((f) => f.name === 'item_type')).toMatchObject({ json: 'type', conversion: 'enum', type: 'cln.GetinfoAddress.GetinfoAddressType' });
    expect(map.enums['cln.GetinfoAddress.GetinfoAddressType']![0]).toEqual({ name: 'DNS', number: 0, json: 'dns' });
    expect(map.messages['cln.ListpeersPeers']!.find((f) => f.name === 'channels')).toMatchObject({ json: null, conversion: 'none' });
  });
});

describe('primitives enum JSON strings', () => {
  it("cover every string the schemas allow for fields typed with a shared enum (CLN's own gap: autoclean's networkevents)", async () => {
    const { loadSources } = await import('../src/sources.ts');
    const { loadService } = await import('../src/service.ts');
    const { sharedDir } = await import('../src/paths.ts');
    const entries = loadService(loadSources(sharedDir()), () => {});
    const known = new Map(result.primitives.enums.map((e) => [e.name, new Set(e.values.map((v) => v.json))]));
    const missing = new Set<string>();
    const visit = (f: import('../src/model.ts').Field): void => {
      if (f.kind === 'enum' && f.typeOverride && known.has(f.typeOverride)) {
        for (const v of f.values) if (!known.get(f.typeOverride)!.has(v)) missing.add(`${f.typeOverride}: ${v}`);
      }
      if (f.kind === 'composite') f.fields.forEach(visit);
      if (f.kind === 'array') {
        if (f.typeOverride && f.itemType.kind === 'enum') visit({ ...f.itemType, typeOverride: f.typeOverride });
        visit(f.itemType);
      }
    };
    for (const e of entries) [e.request, e.response].forEach(visit);
    expect([...missing]).toEqual(['AutocleanSubsystem: networkevents']);
  });
});
