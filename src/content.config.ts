import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

import { docIds, programs } from "./rules/sources";

/**
 * Handbook pages: content/{zh-tw,en}/<page>.md, the file path mirroring the URL
 * (content/en/tops/awards.md → /en/tops/awards/). `translationKey` is the
 * language-neutral page path and is identical in both languages.
 */
const handbook = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./content" }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    program: z.enum([...programs, "general"]),
    edition: z.string().min(1),
    translationKey: z.string().min(1),
    order: z.number().int(),
    sources: z.array(z.object({ doc: z.enum(docIds), clause: z.string().min(1) })).min(1),
    // YAML reads an unquoted 2026-11-22 as a Date; keep the ISO day either way.
    lastReviewed: z.union([z.date(), z.iso.date()]).transform((d) => (typeof d === "string" ? d : d.toISOString().slice(0, 10))),
  }),
});

export const collections = { handbook };
