#!/usr/bin/env node
// The only place that calls process.exit: everything else returns an exit code from main().
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
