import type { Edition, Program } from "./core/types.js";
import { edition2019 } from "./spp/params-2019.js";
import { edition2023 } from "./tcloud/params-2023.js";
import { edition2024 } from "./tops/params-2024.js";

/**
 * The edition of each program that the site describes (editions.md): the footer, the finder's
 * note and the forms name their sources from here, so a new edition is one change, not four.
 * Each edition carries its own cite: the clause that titles and dates it.
 */
export const describedEditions: Readonly<Record<Program, Edition>> = { tops: edition2024, spp: edition2019, tcloud: edition2023 };
