import { CustomsEvents } from './customs.events';
import { DeclarationEvents } from './declarations.events';
import { EventDefinition } from './event-definition';
import { WarehouseEvents } from './warehouse.events';

export const AllEvents: EventDefinition[] = [
  ...Object.values(DeclarationEvents),
  ...Object.values(WarehouseEvents),
  ...Object.values(CustomsEvents),
] as EventDefinition[];

const byKey = new Map(AllEvents.map((d) => [`${d.type}@${d.version}`, d]));

export function findEventDefinition(type: string, version: number): EventDefinition | undefined {
  return byKey.get(`${type}@${version}`);
}
