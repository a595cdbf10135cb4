// Machinery shared by the calculators and forms, not a program rule: no seed clause applies here.
/**
 * zod compiles object parsers with `new Function` when it can, and finds out whether it can
 * by trying. The site's Content Security Policy has no 'unsafe-eval', so the try is blocked
 * and reported as a violation on every page that parses. Parsing without the compiler is
 * what happens after the failed try anyway; saying so up front skips the try. Imported by
 * the rules' schemas and first by the form pages' script; zod and zod/mini share this setting.
 */
import { config } from "zod/mini";

config({ jitless: true });
