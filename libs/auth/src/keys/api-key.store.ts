import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, Repository } from 'typeorm';
import { invalidInput, isUuid, notFound } from '@lhasa/domain';
import { Caller, isRole, Role, roleNeedsEnterprise } from '../roles';
import { generateApiKey, hashApiKey, parseApiKey } from './api-key';
import { ApiKeyRecord } from './api-key.record';
import { DEFAULT_AUTH_CACHE_TTL_MS } from '../auth.config';

export interface IssueKeyInput {
  name: string;
  role: Role;
  enterpriseCode?: string | null;
}

/** A key as listed: everything but the secret. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  role: Role;
  enterpriseCode: string | null;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The result of issuing: the only moment the plain key exists outside the caller's hands. */
export interface IssuedKey extends ApiKeyInfo {
  key: string;
}

export interface ApiKeyStoreOptions {
  /** How long an authentication result is reused; a revoked key stops working within this. */
  cacheTtlMs?: number;
  /** Bound on cached results so random wrong keys cannot grow memory without limit. */
  cacheMaxEntries?: number;
}

/** Issues, revokes, lists and checks API keys kept hashed in lhasa_auth. */
export class ApiKeyStore {
  private readonly repo: Repository<ApiKeyRecord>;
  private readonly cache = new Map<string, { caller: Caller | null; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;

  constructor(dataSource: DataSource, options: ApiKeyStoreOptions = {}) {
    this.repo = dataSource.getRepository(ApiKeyRecord);
    this.ttlMs = options.cacheTtlMs ?? DEFAULT_AUTH_CACHE_TTL_MS;
    this.maxEntries = options.cacheMaxEntries ?? 10_000;
  }

  async issue(input: IssueKeyInput): Promise<IssuedKey> {
    const { name, role, enterpriseCode } = checkIssueInput(input);
    const generated = generateApiKey();
    const record = this.repo.create({
      id: randomUUID(),
      name,
      role,
      enterpriseCode,
      prefix: generated.prefix,
      keyHash: generated.hash,
      createdAt: new Date(),
      revokedAt: null,
    });
    await this.repo.insert(record);
    return { ...toInfo(record), key: generated.key };
  }

  /** Revokes by id or prefix (a full key or `lhz_<prefix>` also works). Revoking twice is a no-op. */
  async revoke(idOrPrefix: string): Promise<ApiKeyInfo> {
    const record = await this.find(idOrPrefix);
    if (!record) throw notFound('AUTH.KEY_NOT_FOUND', `No API key with id or prefix "${idOrPrefix}"`);
    if (!record.revokedAt) {
      await this.repo.update({ id: record.id, revokedAt: IsNull() }, { revokedAt: new Date() });
      this.cache.delete(record.keyHash);
    }
    return toInfo((await this.repo.findOneByOrFail({ id: record.id })) as ApiKeyRecord);
  }

  async list(): Promise<ApiKeyInfo[]> {
    const records = await this.repo.find({ order: { createdAt: 'ASC' } });
    return records.map(toInfo);
  }

  /** The caller a key belongs to, or null when it is malformed, unknown or revoked. */
  async authenticate(key: string): Promise<Caller | null> {
    if (!parseApiKey(key)) return null;
    const hash = hashApiKey(key);
    const now = Date.now();
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > now) return cached.caller;
    const record = await this.repo.findOneBy({ keyHash: hash });
    const caller = record && !record.revokedAt ? toCaller(record) : null;
    this.remember(hash, caller, now);
    return caller;
  }

  private remember(hash: string, caller: Caller | null, now: number): void {
    if (this.ttlMs <= 0) return;
    this.cache.delete(hash);
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(hash, { caller, expiresAt: now + this.ttlMs });
  }

  private async find(idOrPrefix: string): Promise<ApiKeyRecord | null> {
    const ref = idOrPrefix.trim();
    if (isUuid(ref)) return this.repo.findOneBy({ id: ref });
    const prefix = ref.startsWith('lhz_') ? ref.split('_')[1] : ref;
    return prefix ? this.repo.findOneBy({ prefix }) : null;
  }
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'An' : 'A');

function checkIssueInput(input: IssueKeyInput): { name: string; role: Role; enterpriseCode: string | null } {
  const name = input.name?.trim();
  if (!name) throw invalidInput('AUTH.NAME_REQUIRED', 'A key needs a name saying who holds it', 'name');
  if (!isRole(input.role)) throw invalidInput('AUTH.UNKNOWN_ROLE', `Role must be one of enterprise, operator, bureau, admin`, 'role');
  const enterpriseCode = input.enterpriseCode?.trim() || null;
  if (roleNeedsEnterprise(input.role) && !enterpriseCode) {
    throw invalidInput('AUTH.ENTERPRISE_REQUIRED', `${article(input.role)} ${input.role} key must name its enterprise code`, 'enterpriseCode');
  }
  if (!roleNeedsEnterprise(input.role) && enterpriseCode) {
    throw invalidInput('AUTH.ENTERPRISE_NOT_ALLOWED', `${article(input.role)} ${input.role} key acts for no single enterprise`, 'enterpriseCode');
  }
  return { name, role: input.role, enterpriseCode };
}

function toInfo(r: ApiKeyRecord): ApiKeyInfo {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    enterpriseCode: r.enterpriseCode,
    prefix: r.prefix,
    createdAt: r.createdAt,
    revokedAt: r.revokedAt,
  };
}

function toCaller(r: ApiKeyRecord): Caller {
  return { keyId: r.id, name: r.name, role: r.role, enterpriseCode: r.enterpriseCode };
}
