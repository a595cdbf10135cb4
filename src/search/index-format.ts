import type { Program } from "../rules/core/types";

/** The layout of `_search/<lang>/`, written by src/integrations/search-index.ts and read by the search page. */

/** Enough shards that a query of a few tokens loads a few KB; each holds the tokens starting with its characters. */
export const SHARDS = 64;

export const kinds = ["handbook", "calculator", "form", "checklist"] as const;
export type Kind = (typeof kinds)[number];

export interface SearchPage {
  /** Path below the base, "/en/tops/". */
  url: string;
  title: string;
  description: string;
  kind: Kind;
  program?: Program;
}

export interface SearchMeta {
  /** File names of the shards, by shard number. */
  shards: string[];
  pages: SearchPage[];
}
