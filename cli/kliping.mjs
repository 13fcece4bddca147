#!/usr/bin/env node
// The CLI runs the same TypeScript in lib/ that the extension bundles; tsx compiles it on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./index.ts');
await main(process.argv.slice(2));
