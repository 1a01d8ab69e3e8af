import { createHash } from 'node:crypto';
import type { HsmdMessage } from '@greenhouse/common/hsmd';
import type { AuthorizedCall } from './pending-requests.ts';
import { invoiceTerms, unsignedInvoiceParts, type InvoiceTerms } from './bolt11-fields.ts';

/**
 * Whether an authorised client call asked for this signature. Returns the reason when none did.
 * Invoices need an Invoice, CreateInvoice or LspInvoice call with the same terms; a signed
 * message needs a SignMessage call with the same text.
 */
export function justifySignature(message: HsmdMessage, calls: AuthorizedCall[]): string | undefined {
  switch (message.kind) {
    case 'hsmd_sign_invoice':
      return justifyInvoice(Buffer.from(message.hrp).toString('ascii'), message.u5bytes, calls);
    case 'hsmd_sign_message': {
      const text = Buffer.from(message.msg);
      const asked = calls.some((c) => isCall(c, 'cln.Node', 'SignMessage') && Buffer.from(String(c.request.message)).equals(text));
      return asked ? undefined : 'no authorised SignMessage call asked to sign this message';
    }
    default:
      return undefined;
  }
}

function justifyInvoice(hrp: string, words: Uint8Array, calls: AuthorizedCall[]): string | undefined {
  const candidates = calls.filter(
    (c) => isCall(c, 'cln.Node', 'Invoice') || isCall(c, 'cln.Node', 'CreateInvoice') || isCall(c, 'greenlight.Node', 'LspInvoice'),
  );
  if (candidates.length === 0) return 'no authorised Invoice, CreateInvoice or LspInvoice call asked for an invoice';
  let terms: InvoiceTerms;
  try {
    terms = invoiceTerms(hrp, words);
  } catch (error) {
    return `the invoice to sign does not parse: ${(error as Error).message}`;
  }
  if (candidates.some((call) => matches(call, terms, words))) return undefined;
  const amount = terms.amountMsat === undefined ? 'any amount' : `${terms.amountMsat} msat`;
  return `the invoice to sign (${amount}, description ${JSON.stringify(terms.description ?? '')}) matches none of the ${candidates.length} authorised invoice call(s)`;
}

function matches(call: AuthorizedCall, terms: InvoiceTerms, words: Uint8Array): boolean {
  const request = call.request;
  if (call.method === 'CreateInvoice') {
    try {
      const parts = unsignedInvoiceParts(String(request.invstring));
      return parts.hrp === terms.hrp && Buffer.from(parts.words).equals(Buffer.from(words));
    } catch {
      return false; // an invstring that does not decode asks for nothing
    }
  }
  const description = String(request.description ?? '');
  const describes =
    terms.description === description || terms.descriptionHash?.equals(createHash('sha256').update(description).digest()) === true;
  if (!describes) return false;
  const askedAmount = call.method === 'Invoice' ? amountOfInvoiceCall(request) : lspAmount(request);
  return askedAmount === terms.amountMsat;
}

/** `cln.Node/Invoice` amount: AmountOrAny, either `{ amount: { msat } }` or `{ any: true }`. */
function amountOfInvoiceCall(request: Record<string, unknown>): bigint | undefined {
  const amount = request.amount_msat as { amount?: { msat?: string | number } } | undefined;
  return amount?.amount?.msat !== undefined ? BigInt(amount.amount.msat) : undefined;
}

/** `greenlight.Node/LspInvoice` amount_msat: 0 means any amount. */
function lspAmount(request: Record<string, unknown>): bigint | undefined {
  const amount = BigInt(String(request.amount_msat ?? '0'));
  return amount === 0n ? undefined : amount;
}

function isCall(call: AuthorizedCall, service: AuthorizedCall['service'], method: string): boolean {
  return call.service === service && call.method === method;
}
