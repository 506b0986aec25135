// ES module face of util.cjs (the helpers live there so that CommonJS callers, e.g. jest tests
// through services.cjs, can use them too). Node built-ins only.
import util from './util.cjs';

export const {
  ROOT,
  LOCAL_DIR,
  color,
  createLog,
  sleep,
  seconds,
  run,
  isPortOpen,
  forever,
  runMain,
  freePort,
  waitFor,
  tailFile,
  isAlive,
  signalTree,
  exited,
  stopChild,
  eachLine,
  onProcessExit,
} = util;
