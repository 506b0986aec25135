import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { buildDataSourceOptions, prepareDatabase, ServicePersistence } from './data-source-options';

/** TypeORM for one service: its own database, created and migrated before the app starts. */
@Module({})
export class PersistenceModule {
  static forService(p: ServicePersistence): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => {
            const options = buildDataSourceOptions(p);
            await prepareDatabase(options);
            return options;
          },
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
