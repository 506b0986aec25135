import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '../roles';

@Entity({ name: 'api_keys' })
export class ApiKeyRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  role: Role;

  @Column('text', { name: 'enterprise_code', nullable: true })
  enterpriseCode: string | null;

  @Column('text', { unique: true })
  prefix: string;

  /** SHA-256 hex of the whole key; the plain key is never stored. */
  @Column('char', { name: 'key_hash', length: 64, unique: true })
  keyHash: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
