#!/usr/bin/env node
// npm run dlq -- list|show|replay: the dead letters of the running services, through each
// service's admin endpoint (GET /dead-letters, GET /dead-letters/:id, POST /dead-letters/:id/replay).
// A replay runs inside the service that dead-lettered the message (its handler, its inbox, its
// database), so the script needs the services up; it never touches Kafka or the databases itself,
// except to issue a short-lived admin key in lhasa_auth when none is given (revoked at the end).
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { URLSearchParams } from 'node:url';
import { withAdminKey } from './lib/admin-key.mjs';
import { runMain } from './lib/util.cjs';

const require = createRequire(import.meta.url);
const { SERVICE_NAMES, servicePorts } = require('./lib/services.cjs');

const USAGE = `Usage:
  npm run dlq -- list [--service <name>] [--status dead|replayed|all] [--type <event type>] [--json]
  npm run dlq -- show <id> [--service <name>]
  npm run dlq -- replay <id> [--service <name>]
  npm run dlq -- replay --all [--service <name>] [--type <event type>]

Services: ${SERVICE_NAMES.join(', ')} (URLs from DECLARATIONS_PORT etc., default 3001-3004 on 127.0.0.1).
The admin key is --key or LHASA_ADMIN_KEY; without one a temporary admin key is issued and revoked.`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      service: { type: 'string' },
      status: { type: 'string', default: 'dead' },
      type: { type: 'string' },
      all: { type: 'boolean', default: false },
      key: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, id] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.service && !SERVICE_NAMES.includes(values.service)) return usage(`unknown service "${values.service}"`);
  if (!['dead', 'replayed', 'all'].includes(values.status)) return usage('--status is dead, replayed or all');
  if (!['list', 'show', 'replay'].includes(command)) return usage(`unknown command "${command}"`);
  if (command === 'show' && !id) return usage('show needs an id');
  if (command === 'replay' && values.all === Boolean(id)) return usage('replay needs an id or --all');
  const ports = servicePorts();
  const services = (values.service ? [values.service] : SERVICE_NAMES).map((name) => ({ name, url: `http://127.0.0.1:${ports[name]}` }));

  return withAdminKey(values.key ?? process.env.LHASA_ADMIN_KEY, 'dlq', async (key) => {
    const api = async (service, method, path) => {
      const res = await fetch(`${service.url}${path}`, { method, headers: { 'x-api-key': key } }).catch((error) => {
        throw new Error(`${service.name} at ${service.url} does not answer (${error.cause?.code ?? error.message}); is it running?`);
      });
      const body = await res.json().catch(() => ({}));
      return { status: res.status, body };
    };
    const listOf = async (service, status) => {
      const items = [];
      for (let offset = 0; ; ) {
        const q = new URLSearchParams({ limit: '500', offset: String(offset) });
        if (status !== 'all') q.set('status', status);
        if (values.type) q.set('type', values.type);
        const { status: code, body } = await api(service, 'GET', `/dead-letters?${q}`);
        if (code !== 200) throw new Error(`${service.name}: ${code} ${body.code ?? ''} ${body.message ?? ''}`);
        items.push(...body.items.map((item) => ({ service: service.name, ...item })));
        offset += body.items.length;
        if (!body.items.length || offset >= body.total) return items;
      }
    };
    /** The service holding dead letter `id` (ids are uuids, unique across services). */
    const locate = async (id) => {
      for (const service of services) {
        const found = await api(service, 'GET', `/dead-letters/${encodeURIComponent(id)}`).catch(() => undefined);
        if (found?.status === 200) return { service, letter: found.body };
      }
      throw new Error(`no dead letter ${id} in ${services.map((s) => s.name).join(', ')}`);
    };
    const replay = async (service, letter) => {
      const { status, body } = await api(service, 'POST', `/dead-letters/${letter.id}/replay`);
      if (status !== 200) {
        console.log(`${service.name} ${letter.id}: ${status} ${body.code ?? ''} ${body.message ?? ''}`);
        return false;
      }
      console.log(`${service.name} ${letter.id} (${letter.type ?? 'unreadable'}): ${body.outcome}${body.deadLetterId ? ` — failed again, now dead letter ${body.deadLetterId}` : ''}`);
      return body.outcome !== 'dead-lettered';
    };

    switch (command) {
      case 'list': {
        const items = [];
        for (const service of services) items.push(...(await listOf(service, values.status)));
        if (values.json) console.log(JSON.stringify(items, null, 2));
        else if (!items.length) console.log(`No ${values.status === 'all' ? '' : `${values.status} `}dead letters.`);
        else for (const i of items) {
          console.log(`${i.id}  ${i.service.padEnd(17)} ${i.status.padEnd(8)} ${i.deadLetteredAt}  ${i.type ?? '-'} ${i.subject ?? ''}`);
          console.log(`    ${i.error.code}: ${i.error.message.slice(0, 300)}  (${i.topic}[${i.partition}]@${i.offset}, ${i.attempts} attempt(s)${i.replayOutcome ? `, replayed: ${i.replayOutcome}` : ''})`);
        }
        return 0;
      }
      case 'show': {
        if (!id) return usage('show needs an id');
        const { service, letter } = await locate(id);
        console.log(JSON.stringify({ service: service.name, ...letter }, null, 2));
        return 0;
      }
      case 'replay': {
        if (values.all === Boolean(id)) return usage('replay needs an id or --all');
        if (id) {
          const { service, letter } = await locate(id);
          return (await replay(service, letter)) ? 0 : 1;
        }
        let failed = 0;
        let total = 0;
        for (const service of services) {
          for (const letter of (await listOf(service, 'dead')).reverse()) {
            total += 1;
            if (!(await replay(service, letter))) failed += 1;
          }
        }
        console.log(`${total} replayed, ${failed} failed again`);
        return failed ? 1 : 0;
      }
      default:
        return usage(`unknown command "${command}"`);
    }
  });
}

function usage(message) {
  console.error(`dlq: ${message}\n\n${USAGE}`);
  return 2;
}

runMain(main, (error) => console.error(`dlq: ${error.message}`));
