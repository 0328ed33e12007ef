#!/usr/bin/env node
// The command line; the code lives in lib/cli.ts.
import '../dist/cli.js'
