import { ConfigModule, ConfigFactory } from '@nestjs/config';
import { Test } from '@nestjs/testing';

/** Compiles a module holding only `config` with `env` set, the way an app start reads it. */
export async function startWithConfig(config: ConfigFactory, env: Record<string, string>): Promise<unknown> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const module = await Test.createTestingModule({ imports: [ConfigModule.forFeature(config)] }).compile();
    const value: unknown = module.get((config as unknown as { KEY: string }).KEY);
    await module.close();
    return value;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
