import { RebuildableReadModel, rebuildReadModel, RebuildOptions, RebuildReport } from '@lhasa/messaging';
import { AppModule, SERVICE } from '../../app.module';
import { statisticsFigures } from './statistics.figures';

/**
 * The statistics read model (trade_facts) as `npm run rebuild -- statistics` rebuilds it: the
 * service's own AppModule replays the topics through its own consumers and inbox.
 */
export const statisticsReadModel: RebuildableReadModel = {
  service: SERVICE,
  description: 'trade facts (summary, breakdowns, progress) from the released lists, verification lists, returns and cancels',
  appModule: AppModule,
  figures: statisticsFigures,
};

export function rebuildStatistics(options: RebuildOptions = {}): Promise<RebuildReport> {
  return rebuildReadModel(statisticsReadModel, options);
}
