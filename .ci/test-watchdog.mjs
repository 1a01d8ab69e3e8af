#!/usr/bin/env node
// Runs the test command and watches that it makes progress. A test run that stops making progress
// (no output and no test file queued, loaded or finished for --stall-minutes) is described
// (which test files were under way, and every process of the run: state, kernel wait channel,
// threads, open fds) in the --diagnostics file and on stdout, then stopped with all its processes,
// and this exits with 124. Processes of the run still alive after it ended are listed and stopped
// too: they are leaks of a test.
//
//   node .ci/test-watchdog.mjs --stall-minutes 10 --diagnostics FILE --progress FILE -- pnpm test …
//
// Every process of the run carries GREENHOUSE_CI_RUN_MARK in its environment, so the ones that
// left their process group (detached children of tests) are found too. Plain JavaScript: it must
// run before and without the project's own tooling.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, readlinkSync, statSync, statfsSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

const STALLED = 124;

function parseArguments(argv) {
  const split = argv.indexOf('--');
  if (split < 0 || split === argv.length - 1) usage('the command to run goes after --');
  const options = { stallMinutes: 10, diagnostics: undefined, progress: undefined };
  const flags = argv.slice(0, split);
  for (let i = 0; i < flags.length; i += 2) {
    const [name, value] = [flags[i], flags[i + 1]];
    if (value === undefined) usage(`${name} needs a value`);
    if (name === '--stall-minutes') options.stallMinutes = Number(value);
    else if (name === '--diagnostics') options.diagnostics = value;
    else if (name === '--progress') options.progress = value;
    else usage(`unknown option ${name}`);
  }
  if (!(options.stallMinutes > 0)) usage('--stall-minutes must be a positive number');
  return { ...options, command: argv.slice(split + 1) };
}

function usage(problem) {
  console.error(`test-watchdog: ${problem}\nusage: node .ci/test-watchdog.mjs [--stall-minutes N] [--diagnostics FILE] [--progress FILE] -- command …`);
  process.exit(2);
}

function readOr(file, fallback = '') {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

/** Pids of live processes whose environment carries the mark (not this process). */
function markedProcesses(mark) {
  const needle = `GREENHOUSE_CI_RUN_MARK=${mark}`;
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (readOr(`/proc/${pid}/environ`).split('\0').includes(needle)) pids.push(pid);
  }
  return pids;
}

function describeProcess(pid) {
  const stat = readOr(`/proc/${pid}/stat`);
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [state, ppid] = [afterName[0], afterName[1]];
  const status = readOr(`/proc/${pid}/status`);
  const threads = /Threads:\s+(\d+)/.exec(status)?.[1] ?? '?';
  let fds = '?';
  try {
    fds = String(readdirSync(`/proc/${pid}/fd`).length);
  } catch {
    // gone, or not ours to read
  }
  const wchan = readOr(`/proc/${pid}/wchan`) || '-';
  const threadWaits = new Map();
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const where = readOr(`/proc/${pid}/task/${task}/wchan`) || 'running';
      threadWaits.set(where, (threadWaits.get(where) ?? 0) + 1);
    }
  } catch {
    // gone
  }
  const cmdline = readOr(`/proc/${pid}/cmdline`).split('\0').join(' ').trim().slice(0, 240);
  let cwd = '?';
  try {
    cwd = readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    // gone, or not ours to read
  }
  const stack = readOr(`/proc/${pid}/stack`).trim().split('\n').slice(0, 6).join(' < ');
  const waits = [...threadWaits].map(([where, count]) => `${count}×${where}`).join(', ');
  return [
    `pid ${pid} (parent ${ppid}) state ${state} wchan ${wchan} threads ${threads} fds ${fds} cwd ${cwd}`,
    `    ${cmdline}`,
    `    thread waits: ${waits}`,
    ...(stack ? [`    kernel stack: ${stack}`] : []),
  ].join('\n');
}

/** Test files that were queued or loaded but never ended, from the progress reporter's lines. */
function unfinishedFiles(progressFile) {
  const open = new Map();
  for (const line of readOr(progressFile).split('\n')) {
    const [time, step, file] = line.split(' ');
    if (!file) continue;
    if (step === 'end') open.delete(file);
    else open.set(file, `${step} at ${time}`);
  }
  return [...open].map(([file, since]) => `${file} (${since})`);
}

function systemFacts() {
  const meminfo = readOr('/proc/meminfo');
  const available = /MemAvailable:\s+(\d+)/.exec(meminfo)?.[1];
  let disk = '?';
  try {
    const fs = statfsSync(tmpdir());
    disk = `${Math.round((fs.bavail * fs.bsize) / 2 ** 20)} MiB free in ${tmpdir()}`;
  } catch {
    // no statfs: leave it unknown
  }
  const pidsNow = readOr('/sys/fs/cgroup/pids.current').trim();
  const pidsMax = readOr('/sys/fs/cgroup/pids.max').trim();
  const limits = readOr('/proc/self/limits')
    .split('\n')
    .filter((line) => /open files|processes/i.test(line))
    .map((line) => line.replace(/\s{2,}/g, ' ').trim());
  return [
    `load ${loadavg().map((value) => value.toFixed(2)).join(' ')}; memory available ${available ? `${Math.round(available / 1024)} MiB` : '?'}; ${disk}`,
    `cgroup pids ${pidsNow || '?'} of ${pidsMax || '?'}; ${limits.join('; ')}`,
  ];
}

async function stopAll(mark) {
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    const pids = markedProcesses(mark);
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // gone in the meantime
      }
    }
    await sleep(3000);
  }
}

function report(options, heading, lines) {
  const text = [`== test-watchdog: ${heading}`, ...lines, ''].join('\n');
  process.stdout.write(text);
  if (options.diagnostics) appendFileSync(options.diagnostics, text);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const mark = randomUUID();
  if (options.progress) writeFileSync(options.progress, '');
  const child = spawn(options.command[0], options.command.slice(1), {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: {
      ...process.env,
      GREENHOUSE_CI_RUN_MARK: mark,
      ...(options.progress && { GREENHOUSE_TEST_PROGRESS_FILE: options.progress }),
    },
  });
  let lastActivity = Date.now();
  child.stdout.on('data', (chunk) => {
    lastActivity = Date.now();
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk) => {
    lastActivity = Date.now();
    process.stderr.write(chunk);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      void stopAll(mark).then(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
    });
  }
  // 'exit', not 'close': a leaked grandchild may hold the output pipes open for ever.
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      const status = code ?? 128 + (signal === 'SIGKILL' ? 9 : signal === 'SIGINT' ? 2 : 15);
      const drained = () => resolve(status);
      if (child.stdout.destroyed) return drained();
      child.stdout.once('close', drained);
      setTimeout(drained, 2000);
    });
  });

  const stallMs = options.stallMinutes * 60_000;
  for (;;) {
    const outcome = await Promise.race([exited, sleep(10_000, 'tick', { ref: false })]);
    if (outcome !== 'tick') {
      const leftovers = markedProcesses(mark);
      if (leftovers.length > 0) {
        report(options, `${leftovers.length} process(es) of the test run outlived it; a test leaks them`, leftovers.map(describeProcess));
        await stopAll(mark);
      }
      return outcome;
    }
    let progressAt = 0;
    if (options.progress) {
      try {
        progressAt = statSync(options.progress).mtimeMs;
      } catch {
        // not written yet
      }
    }
    const idleMs = Date.now() - Math.max(lastActivity, progressAt);
    if (idleMs < stallMs) continue;
    const unfinished = options.progress ? unfinishedFiles(options.progress) : [];
    report(options, `no progress for ${options.stallMinutes} min: the test run is stopped`, [
      `test files under way: ${unfinished.length ? unfinished.join(', ') : 'none reported'}`,
      ...systemFacts(),
      ...markedProcesses(mark).map(describeProcess),
    ]);
    await stopAll(mark);
    return STALLED;
  }
}

process.exitCode = await main();
