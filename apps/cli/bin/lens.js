#!/usr/bin/env node
// The built command (`pnpm build` writes dist/); `pnpm install` builds it once.
import '../dist/main.js';
