import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { authConfig, AuthConfig } from './auth.config';
import { ApiKeyGuard } from './guard/api-key.guard';
import { openAuthDataSource } from './keys/auth-data-source';
import { ApiKeyStore, ApiKeyStoreOptions } from './keys/api-key.store';

/** Its own token, so the auth connection never stands in for the service's default DataSource. */
export const AUTH_DATA_SOURCE = Symbol('AUTH_DATA_SOURCE');

/** Closes the auth connection after the HTTP server has stopped taking requests. */
@Injectable()
class AuthDataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(AUTH_DATA_SOURCE) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** API-key authentication and role checks for every HTTP route of the app. Import once. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: ApiKeyStoreOptions = {}): DynamicModule {
    return {
      module: AuthModule,
      imports: [ConfigModule.forFeature(authConfig)],
      providers: [
        { provide: AUTH_DATA_SOURCE, useFactory: () => openAuthDataSource() },
        {
          provide: ApiKeyStore,
          useFactory: (ds: DataSource, config: AuthConfig) => new ApiKeyStore(ds, { cacheTtlMs: config.cacheTtlMs, ...options }),
          inject: [AUTH_DATA_SOURCE, authConfig.KEY],
        },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        AuthDataSourceCloser,
      ],
      exports: [ApiKeyStore],
    };
  }
}
