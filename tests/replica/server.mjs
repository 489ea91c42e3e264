#!/usr/bin/env node
// Local replica of PCSE Online's Locum A/B pages, for testing and demonstrating Locum Ledger.
// Usage: node tests/replica/server.mjs [--port N] [--variant classic|govuk|table|NAME] [--today YYYY-MM-DD]
//                                      [--session-timeout SECONDS] [--hostile]
// It listens on 127.0.0.1 only. See README.md for routes and test endpoints.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createApp } from './lib/app.mjs';
import { createStore } from './lib/store.mjs';
import { isVariant } from './lib/generated-variants.mjs';
import { isIsoDate } from './lib/dates.mjs';
import { hostileLabels } from './lib/hostile.mjs';
import { relabel } from './lib/relabel.mjs';

const DEFAULT_PORT = 4123;

/** Starts the replica in this process. Resolves once it is listening. */
export function startReplica({
  port = Number(process.env.REPLICA_PORT ?? DEFAULT_PORT),
  variant = 'classic',
  today = null,
  host = '127.0.0.1',
  sessionTimeoutSeconds,
  hostile = false,
} = {}) {
  if (!isVariant(variant))
    throw new Error('variant must be classic, govuk, table or a generated variant (tests/replica/generated/NAME.json)');
  if (today !== null && !isIsoDate(today)) throw new Error('today must be YYYY-MM-DD');
  if (hostile) relabel(hostileLabels());
  const store = createStore({ variant, today, sessionTimeoutSeconds, hostile });
  const app = createApp(store);
  const server = http.createServer(app.handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      variant: { type: 'string', default: 'classic' },
      today: { type: 'string' },
      'session-timeout': { type: 'string' },
      hostile: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port ?? process.env.REPLICA_PORT ?? DEFAULT_PORT);
  const timeout = values['session-timeout'] ? Number(values['session-timeout']) : undefined;
  const replica = await startReplica({
    port,
    variant: values.variant,
    today: values.today ?? null,
    sessionTimeoutSeconds: timeout,
    hostile: values.hostile,
  });
  console.log(
    `PCSE Online replica (${values.variant}${values.hostile ? ', hostile' : ''}) listening on ${replica.url}${values.today ? `, today is ${values.today}` : ''}`,
  );
  const stop = () => replica.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
