// Loads the compiled project code (dist/) and the packages it uses, so the benchmark runs the
// same code paths the services run. Call after ensureDeps() and the build, and after
// TOPIC_NAMESPACE / DATABASE_NAMESPACE / KAFKA_BROKERS / DATABASE_URL are in process.env.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function loadProject(root) {
  const require = createRequire(path.join(root, 'package.json'));
  require('reflect-metadata'); // before any decorated class is loaded
  const entry = (lib) => {
    const file = path.join(root, 'dist', 'libs', lib, 'src', 'index.js');
    if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run npm run build (or drop SKIP_BUILD=1)`);
    return require(file);
  };
  return {
    contracts: entry('contracts'),
    persistence: entry('persistence'),
    messaging: entry('messaging'),
    kafkajs: require('kafkajs'),
    pg: require('pg'),
    typeorm: require('typeorm'),
  };
}
