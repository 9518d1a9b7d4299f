// Writes libs/events/json-schema/*.json from the zod schemas (npm run events:schemas).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventJsonSchemas } from '@newsroom/events';

const dir = join(__dirname, '..', '..', 'libs', 'events', 'json-schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(eventJsonSchemas())) {
  writeFileSync(join(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote libs/events/json-schema/${name}`);
}
