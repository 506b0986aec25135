import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The plugin metadata every app loads is generated from its sources (scripts/openapi-metadata.mjs):
// a DTO, view or controller changed without regenerating it would document the old shape.
it('every app’s OpenAPI plugin metadata is generated from its current sources', () => {
  const root = path.resolve(__dirname, '../../../..');
  const check = spawnSync(process.execPath, [path.join(root, 'scripts/openapi-metadata.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
}, 60000);
