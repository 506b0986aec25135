// Whether dist/ was compiled from the sources as they are now, so `npm run bench` can skip the
// build. Built-ins only.
import fs from 'node:fs';
import path from 'node:path';

const SOURCE_ROOTS = ['apps', 'libs'];
const EXCLUDED = /(\.spec\.ts|\.int-spec\.ts|\.d\.ts)$/;

function* sources(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name === 'test') continue;
      yield* sources(full);
    } else if (e.name.endsWith('.ts') && !EXCLUDED.test(e.name)) {
      yield full;
    }
  }
}

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * { fresh: true } when every compiled source has a dist/…/.js at least as new as itself and no
 * tsconfig / package-lock is newer than the oldest of them; else { fresh: false, reason }.
 */
export function distFreshness(root) {
  let oldestOutput = Infinity;
  let count = 0;
  for (const base of SOURCE_ROOTS) {
    for (const src of sources(path.join(root, base))) {
      const rel = path.relative(root, src).replace(/\.ts$/, '.js');
      const out = path.join(root, 'dist', rel);
      const outTime = mtime(out);
      if (outTime === undefined) return { fresh: false, reason: `dist/${rel} is missing` };
      const srcTime = mtime(src);
      if (srcTime > outTime) return { fresh: false, reason: `${path.relative(root, src)} is newer than dist/${rel}` };
      oldestOutput = Math.min(oldestOutput, outTime);
      count += 1;
    }
  }
  if (!count) return { fresh: false, reason: 'no sources found' };
  for (const cfg of ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json']) {
    const t = mtime(path.join(root, cfg));
    if (t !== undefined && t > oldestOutput) return { fresh: false, reason: `${cfg} is newer than dist/` };
  }
  return { fresh: true, reason: `${count} compiled files up to date` };
}
