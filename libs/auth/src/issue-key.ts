import { openAuthDataSource } from './keys/auth-data-source';
import { ApiKeyInfo, ApiKeyStore, IssuedKey, IssueKeyInput } from './keys/api-key.store';

/** Runs `work` against the auth store in its own short-lived connection (scripts, CLI). */
export async function withApiKeyStore<T>(work: (store: ApiKeyStore) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const dataSource = await openAuthDataSource(env);
  try {
    return await work(new ApiKeyStore(dataSource, { cacheTtlMs: 0 }));
  } finally {
    await dataSource.destroy();
  }
}

/** Issues one key outside a Nest app (the demo script uses this from dist). */
export function issueKey(input: IssueKeyInput, env: NodeJS.ProcessEnv = process.env): Promise<IssuedKey> {
  return withApiKeyStore((store) => store.issue(input), env);
}

export function revokeKey(idOrPrefix: string, env: NodeJS.ProcessEnv = process.env): Promise<ApiKeyInfo> {
  return withApiKeyStore((store) => store.revoke(idOrPrefix), env);
}

export function listKeys(env: NodeJS.ProcessEnv = process.env): Promise<ApiKeyInfo[]> {
  return withApiKeyStore((store) => store.list(), env);
}
