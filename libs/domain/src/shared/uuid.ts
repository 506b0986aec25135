const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text is a UUID (any version): ids are looked up only when they are one. */
export const isUuid = (value: string): boolean => UUID.test(value);
