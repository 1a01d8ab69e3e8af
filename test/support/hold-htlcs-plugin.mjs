#!/usr/bin/env node
// A Core Lightning plugin for tests: holds (never answers the htlc_accepted hook for) every incoming
// HTLC whose payment hash is listed, one hex hash per line, in `<lightning-dir>/hold-payment-hashes`;
// every other HTLC continues at once. A test uses it to keep an HTLC in flight on a channel.
import { readFileSync } from 'node:fs';
import path from 'node:path';

let holdFile;

function respond(id, result) {
  process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, result }) + '\n\n');
}

function held(paymentHash) {
  try {
    return readFileSync(holdFile, 'utf8').split('\n').map((line) => line.trim()).includes(paymentHash);
  } catch {
    return false; // no file: hold nothing
  }
}

function handle({ id, method, params }) {
  if (id === undefined || id === null) return; // notifications: none subscribed
  switch (method) {
    case 'getmanifest':
      respond(id, { options: [], rpcmethods: [], subscriptions: [], hooks: [{ name: 'htlc_accepted' }], dynamic: false, nonnumericids: true });
      return;
    case 'init':
      holdFile = path.join(params.configuration['lightning-dir'], 'hold-payment-hashes');
      respond(id, {});
      return;
    case 'htlc_accepted':
      if (!held(params.htlc.payment_hash)) respond(id, { result: 'continue' });
      return;
    default:
      process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, error: { code: -32601, message: `no method ${method}` } }) + '\n\n');
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  input += chunk;
  let end;
  while ((end = input.indexOf('\n\n')) >= 0) {
    const text = input.slice(0, end).trim();
    input = input.slice(end + 2);
    if (text) handle(JSON.parse(text));
  }
});
process.stdin.on('end', () => process.exit(0));
process.stdout.on('error', () => process.exit(0));
