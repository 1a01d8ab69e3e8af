// Worker threads start without the parent's TypeScript loader when the parent runs under a test
// runner; register tsx here so the worker's TypeScript loads the same way everywhere.
import { register } from 'tsx/esm/api';

register();
await import('./issuance-worker.ts');
