import { Topics } from '../topics';

type Class<T> = new () => T;

/** Everything a process needs to know about one event: name, version, topic and payload shape. */
export interface EventDefinition<T = unknown> {
  type: string;
  version: number;
  topic: (typeof Topics)[keyof typeof Topics];
  payload: Class<T>;
}

export function defineEvent<T>(type: string, version: number, topic: EventDefinition['topic'], payload: Class<T>): EventDefinition<T> {
  return { type, version, topic, payload };
}

