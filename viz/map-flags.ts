/**
 * The map payload's flag bits, mirrored from `MAP_FLAGS` in schema/api.ts: that module also holds
 * the zod validators, which the browser bundle must not carry. map-data.test.ts checks they agree.
 */
export const MAP_FLAGS = { hasPosition: 1, stub: 2 } as const;
