#!/usr/bin/env node
// Operator command line (SPEC X5). Runs the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
