// npm run kb: validate the knowledge base and write generated/ (see generate-kb.ts).
import { generateKb, KbInvalidError } from './generate-kb';

try {
  console.log(generateKb());
} catch (error) {
  console.error(error instanceof KbInvalidError ? error.message : error);
  process.exit(1);
}
