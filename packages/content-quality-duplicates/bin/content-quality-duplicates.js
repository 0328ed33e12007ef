#!/usr/bin/env node
// The command line; the code lives in lib/cli.ts.
import process from 'node:process'
import {main} from '../dist/cli.js'

process.exitCode = await main(process.argv.slice(2), process.cwd())
