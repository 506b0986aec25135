// ES module face of services.cjs (CommonJS so that jest tests can require it). See services.cjs
// for the API: startServices({ env, ports, log, output, logDir, ... }) → group with
// list / get(name) / urls / failures / start() / waitHealthy() / stop() / kill(), and handles
// with stop() / kill(signal) / restart() / waitHealthy() / logTail().
import services from './services.cjs';

export const {
  SERVICES,
  SERVICE_NAMES,
  ServiceHandle,
  createServices,
  isHealthy,
  serviceEntry,
  servicePorts,
  startServices,
} = services;
