#!/usr/bin/env node
// `pnpm greenhouse …`: the command line for people and scripts.
import { Command } from 'commander';
import { signerCommands } from './commands/signer.ts';
import { registerCommand } from './commands/register.ts';
import { pairCommands } from './commands/pair.ts';
import { initCommand } from './commands/init.ts';
import { nodeCommands } from './commands/node.ts';
import { logsCommand } from './commands/logs.ts';
import { fail } from './output.ts';

const program = new Command('greenhouse')
  .description('Greenhouse: your Lightning node in the cloud, your keys on your device')
  .showHelpAfterError()
  .exitOverride(); // usage errors and --help reach fail() below, which exits with the documented codes

initCommand(program);
registerCommand(program);
signerCommands(program);
nodeCommands(program);
logsCommand(program);
pairCommands(program);

program.parseAsync().catch((error: unknown) => fail(error));
