import { closeSync, fstatSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fdPassing } from '../src/hsmd-proxy/fd-passing.ts';

describe('fd-passing addon', () => {
  const opened: number[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const fd of opened.splice(0)) closeSync(fd);
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const pair = () => {
    const fds = fdPassing.socketPair();
    opened.push(...fds);
    return fds;
  };

  it('passes an fd: the receiver gets the same open file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'greenhouse-fdpass-'));
    dirs.push(dir);
    const file = openSync(path.join(dir, 'passed'), 'w');
    opened.push(file);
    const [a, b] = pair();
    fdPassing.sendFd(a, file);
    const received = fdPassing.recvFd(b);
    opened.push(received);
    expect(received).not.toBe(file);
    expect(fstatSync(received).ino).toBe(fstatSync(file).ino);
  });

  it('gives up after its timeout instead of wedging the event loop when no fd comes', () => {
    const [, b] = pair();
    expect(() => fdPassing.recvFd(b, 150)).toThrow(/recvmsg: Connection timed out/);
  });

  it('says so when the peer closes before sending an fd', () => {
    const [a, b] = fdPassing.socketPair();
    opened.push(b);
    closeSync(a);
    expect(() => fdPassing.recvFd(b, 1000)).toThrow(/the socket closed before an fd arrived/);
  });
});
