#!/usr/bin/env node
// Entry point for `npx tactful`. The CLI is bundled by `npm ci` (prepare → scripts/build-cli.mjs);
// if that step was skipped (--ignore-scripts), build it now.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/tactful.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) await import('../scripts/build-cli.mjs');
await import(bundle.href);
