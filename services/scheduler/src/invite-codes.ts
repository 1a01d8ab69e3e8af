import { randomBytes } from 'node:crypto';

/** A fresh invite code in Greenlight's documented shape, `xxxx-xxxx`. */
export function newInviteCode(): string {
  const text = randomBytes(4).toString('hex');
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}
