import { acceptableCorrelationId, withCorrelation } from './correlation';
import { loadLogConfig, ServiceLogger } from './service-logger';

function captured(run: (logger: ServiceLogger) => void, config = loadLogConfig({})): string[] {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    run(new ServiceLogger('declarations', config));
  } finally {
    spy.mockRestore();
  }
  return lines;
}

describe('ServiceLogger', () => {
  it('writes one JSON object a line with the service and, inside a flow, its correlation id', () => {
    const [outside, inside] = captured((logger) => {
      logger.log('started', 'Bootstrap');
      withCorrelation('flow-42', () => logger.log('list filed', 'FileInventoryList'));
    }).map((line) => JSON.parse(line));
    expect(outside).toEqual(expect.objectContaining({ level: 'log', message: 'started', context: 'Bootstrap', service: 'declarations' }));
    expect(outside).not.toHaveProperty('correlationId');
    expect(inside).toEqual(expect.objectContaining({ message: 'list filed', service: 'declarations', correlationId: 'flow-42' }));
  });

  it('leaves out the start-up detail (modules, controllers, routes) unless LOG_ROUTES=1, never a warning', () => {
    const chatter = (logger: ServiceLogger) => {
      logger.log('Mapped {/inventory-lists, POST} route', 'RouterExplorer');
      logger.log('AppModule dependencies initialized', 'InstanceLoader');
      logger.warn('slow start', 'RouterExplorer');
    };
    expect(captured(chatter).map((l) => JSON.parse(l).message)).toEqual(['slow start']);
    expect(captured(chatter, loadLogConfig({ LOG_ROUTES: '1' }))).toHaveLength(3);
  });

  it('prints text lines when LOG_FORMAT=text and refuses an unknown setting by name', () => {
    const [line] = captured((logger) => logger.log('hello', 'Test'), loadLogConfig({ LOG_FORMAT: 'text' }));
    expect(() => JSON.parse(line)).toThrow();
    expect(line).toContain('hello');
    expect(() => loadLogConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
    expect(() => loadLogConfig({ LOG_ROUTES: 'yes' })).toThrow(/LOG_ROUTES/);
  });
});

describe('acceptableCorrelationId', () => {
  it('keeps a plain token and replaces anything else', () => {
    expect(acceptableCorrelationId('order-2026-0001:a')).toBe('order-2026-0001:a');
    for (const bad of ['', 'a b', '<script>', 'x'.repeat(101), ['a'], undefined]) expect(acceptableCorrelationId(bad)).toBeUndefined();
  });
});
