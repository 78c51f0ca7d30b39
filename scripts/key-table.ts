// Prints the README's key table from the keymap: `npx vite-node scripts/key-table.ts`.
import { keyTableMarkdown } from '../src/keys/key-table.js';

console.log(keyTableMarkdown());
