#!/usr/bin/env node
// Issue, revoke and list API keys: `npm run keys -- issue --role admin --name ops`.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DomainError } from '@lhasa/domain';
import { ApiError } from '@lhasa/http';
import { isRole, ROLES } from '../roles';
import { ApiKeyInfo } from '../keys/api-key.store';
import { issueKey, listKeys, revokeKey } from '../issue-key';

const USAGE = `Usage:
  keys issue --role <${ROLES.join('|')}> --name <name> [--enterprise <code>] [--json]
  keys revoke <id-or-prefix> [--json]
  keys list [--json]

enterprise and operator keys need --enterprise (the enterprise's customs or credit code).
The database is lhasa_auth on DATABASE_URL (or AUTH_DATABASE_URL).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      name: { type: 'string' },
      enterprise: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const print = (value: unknown, text: () => string) => console.log(values.json ? JSON.stringify(value, null, 2) : text());

  switch (command) {
    case 'issue': {
      if (!isRole(values.role) || !values.name) return usageError('issue needs --role and --name');
      const issued = await issueKey({ role: values.role, name: values.name, enterpriseCode: values.enterprise });
      print(issued, () =>
        [
          `Issued ${issued.role} key "${issued.name}"${issued.enterpriseCode ? ` for ${issued.enterpriseCode}` : ''} (id ${issued.id}, prefix ${issued.prefix}).`,
          `API key (shown only now, store it safely): ${issued.key}`,
        ].join('\n'),
      );
      return 0;
    }
    case 'revoke': {
      if (!target) return usageError('revoke needs an id or prefix');
      const revoked = await revokeKey(target);
      print(revoked, () => `Revoked ${describe(revoked)}. Services stop accepting it within AUTH_CACHE_TTL_MS (default 5 s).`);
      return 0;
    }
    case 'list': {
      const keys = await listKeys();
      print(keys, () => (keys.length ? keys.map(describe).join('\n') : 'No keys issued yet.'));
      return 0;
    }
    default:
      return usageError(`unknown command "${command}"`);
  }
}

function describe(k: ApiKeyInfo): string {
  const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
  return `${k.prefix}  ${k.id}  ${k.role.padEnd(10)} ${(k.enterpriseCode ?? '-').padEnd(20)} ${k.name}  (${state})`;
}

function usageError(message: string): number {
  console.error(`keys: ${message}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`keys: ${error instanceof ApiError || error instanceof DomainError ? `${error.message} [${error.code}]` : error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
