import { afterEach, describe, expect, it, vi } from 'vitest';
import { status } from '@grpc/grpc-js';
import { CommanderError, InvalidArgumentError } from 'commander';
import { GreenhouseError } from '@greenhouse/common';
import { EXIT, exitCodeFor } from '../src/exit-codes.ts';
import { parseAmountMsat } from '../src/commands/node.ts';
import { Progress } from '../src/progress.ts';
import { readable } from '../src/render.ts';

describe('exit codes', () => {
  it('follow the gRPC status, as the README table says', () => {
    const code = (grpc: status) => exitCodeFor(new GreenhouseError(grpc, 'x'));
    expect(code(status.UNKNOWN)).toBe(EXIT.failed);
    expect(code(status.ALREADY_EXISTS)).toBe(1);
    expect(code(status.PERMISSION_DENIED)).toBe(2);
    expect(code(status.UNAUTHENTICATED)).toBe(2);
    expect(code(status.DEADLINE_EXCEEDED)).toBe(3);
    expect(code(status.UNAVAILABLE)).toBe(4);
    expect(code(status.FAILED_PRECONDITION)).toBe(5);
    expect(code(status.INVALID_ARGUMENT)).toBe(64);
    expect(code(status.CANCELLED)).toBe(130);
    expect(exitCodeFor(new InvalidArgumentError('bad'))).toBe(64);
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(0);
    expect(exitCodeFor(new Error('plain'))).toBe(1);
  });
});

describe('amounts', () => {
  it('reads sat, msat, btc and any; a bare number is msat', () => {
    expect(parseAmountMsat('1000sat')).toBe(1_000_000n);
    expect(parseAmountMsat('1500000msat')).toBe(1_500_000n);
    expect(parseAmountMsat('0.0001btc')).toBe(10_000_000n);
    expect(parseAmountMsat('0.5sat')).toBe(500n);
    expect(parseAmountMsat('42')).toBe(42n);
    expect(parseAmountMsat('ANY')).toBeUndefined();
    expect(() => parseAmountMsat('1.5msat')).toThrow(/finer than a millisatoshi/);
    expect(() => parseAmountMsat('0sat')).toThrow(/above 0/);
    expect(() => parseAmountMsat('ten')).toThrow(/expected an amount/);
  });
});

describe('readable output', () => {
  it('lists keys, nests objects and lists, shows amounts and empty values', () => {
    expect(readable({ id: '02ab', binding: [{ type: 'IPV4', port: 1 }], fees: { msat: '0' }, address: [], alias: '' })).toEqual([
      'id       02ab',
      'binding',
      '  - type  IPV4',
      '    port  1',
      'fees     0 msat',
      'address  (none)',
      'alias    (none)',
    ]);
  });
});

describe('progress', () => {
  afterEach(() => vi.useRealTimers());

  function stream(tty: boolean) {
    const written: string[] = [];
    return { written, stream: { isTTY: tty, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
  }

  it('stays quiet for a quick answer', () => {
    vi.useFakeTimers();
    const { written, stream: out } = stream(false);
    const progress = new Progress(out);
    progress.start('starting node 02ab…');
    vi.advanceTimersByTime(1000);
    progress.stop();
    expect(written).toEqual([]);
  });

  it('off a terminal: one line per phase of a long wait', () => {
    vi.useFakeTimers();
    const { written, stream: out } = stream(false);
    const progress = new Progress(out);
    progress.start('starting node 02ab…');
    vi.advanceTimersByTime(5000);
    progress.start('waiting for Invoice');
    vi.advanceTimersByTime(3000);
    progress.stop();
    expect(written).toEqual(['greenhouse: starting node 02ab…\n', 'greenhouse: waiting for Invoice\n']);
  });

  it('on a terminal: a line counting seconds, cleared at the end', () => {
    vi.useFakeTimers();
    const { written, stream: out } = stream(true);
    const progress = new Progress(out);
    progress.start('starting node 02ab…');
    vi.advanceTimersByTime(3000);
    progress.stop();
    expect(written.at(-2)).toBe('\r\x1b[2Kstarting node 02ab… (3 s)');
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });
});
