import { z } from 'zod';
import { envelopeSchema, EVENT_TYPES } from './envelope';
import { EVENT_SCHEMAS } from './registry';

/** The published JSON Schema files, derived from the same zod schemas the code validates with. */
export function eventJsonSchemas(): Record<string, unknown> {
  const files: Record<string, unknown> = {
    'envelope.json': {
      $id: 'https://newsroom.local/schemas/envelope.json',
      ...z.toJSONSchema(envelopeSchema, { target: 'draft-2020-12', io: 'input' }),
    },
  };
  for (const type of EVENT_TYPES) {
    for (const [version, schema] of Object.entries(EVENT_SCHEMAS[type])) {
      const name = `${type}.v${version}.json`;
      files[name] = {
        $id: `https://newsroom.local/schemas/${name}`,
        title: `${type} v${version}`,
        ...z.toJSONSchema(
          envelopeSchema.extend({ type: z.literal(type), schemaVersion: z.literal(Number(version)), payload: schema }),
          { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' },
        ),
      };
    }
  }
  return files;
}
