import type { Logger } from './logging.ts';

/**
 * How a Greenhouse server process ends: on SIGINT, SIGTERM or (started by `pnpm start`, with
 * GREENHOUSE_EXIT_WITH_PARENT=1) the end of stdin, the pipe from the stack, it runs `stop` once,
 * then exits 0, or 1 after logging why the stop failed.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>, message = 'shutting down'): void {
  let stopping = false;
  const shutDown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, message);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutDown('SIGINT'));
  process.once('SIGTERM', () => shutDown('SIGTERM'));
  if (process.env.GREENHOUSE_EXIT_WITH_PARENT === '1') {
    process.stdin.on('end', () => shutDown('parent exited')).resume();
  }
}
