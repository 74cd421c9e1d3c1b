// `npm run schema`: writes docs/briefing.schema.json from the validator's schemas (json-schema.ts).
import { writeFileSync } from "node:fs";
import { JSON_SCHEMA_FILE, briefingJsonSchemaText } from "./validate/json-schema.ts";

writeFileSync(JSON_SCHEMA_FILE, briefingJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
