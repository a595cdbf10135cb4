import * as z from "zod/mini";
import { defineCalculator, step } from "../core/calculator.js";
import { num, text } from "../core/format.js";
import { asOfField } from "../core/schema.js";
import type { Step } from "../core/types.js";
import { listingParams2024, onePavilionCite, pavilionIds, pavilions2024, type PavilionId } from "./listing-params-2024.js";
import { registrationEdition2024 } from "./params-2024.js";

export type ListingReason = `pavilion-limit:${PavilionId}` | "total-limit";

interface ListingLimits {
  ok: boolean;
  perPavilion: Record<PavilionId, number>;
  failed: ListingReason[];
}

/** 參、二(一)2: at most two items per pavilion and ten in all, each item in one pavilion. */
export const topsListingLimits = defineCalculator({
  id: "tops-listing-limits",
  program: "tops",
  editions: [{ edition: registrationEdition2024, params: listingParams2024 }],
  title: { "zh-TW": "TOPS 上架件數檢核", en: "TOPS listing limits check" },
  input: z.object({
    items: z.array(z.object({ pavilion: z.enum(pavilionIds) })),
    asOf: asOfField(),
  }),
  compute({ items }, P) {
    const perPavilion = Object.fromEntries(pavilionIds.map((id) => [id, 0])) as Record<PavilionId, number>;
    for (const { pavilion } of items) perPavilion[pavilion] += 1;

    const failed: ListingReason[] = pavilionIds
      .filter((id) => perPavilion[id] > P.perPavilionMax.value)
      .map((id): ListingReason => `pavilion-limit:${id}`);
    const total = items.length;
    const totalOk = total <= P.totalMax.value;
    if (!totalOk) failed.push("total-limit");

    const steps: Step[] = [
      step(
        "p3-2-1-2-one-pavilion-per-item",
        { "zh-TW": "上架件數（每件以上架單一館別為原則）", en: "Items listed (each item in one pavilion, as a rule)" },
        total,
        onePavilionCite,
        text(`共 ${num(total)} 件，每件只計入其所選的一個館別`, `${num(total)} item(s), each counted in the one pavilion chosen for it`),
      ),
      ...pavilionIds.map((id) => {
        const n = perPavilion[id];
        const ok = n <= P.perPavilionMax.value;
        return step(
          `p3-2-1-2-pavilion-limit-${id}`,
          text(`${pavilions2024[id]["zh-TW"]}館上架件數`, `Items in the ${pavilions2024[id].en} pavilion`),
          n,
          P.perPavilionMax.cite,
          text(
            `${num(n)} 件 ${ok ? "≤" : ">"} 上限 ${num(P.perPavilionMax.value)} 件${ok ? "" : "：超過"}`,
            `${num(n)} ${ok ? "≤" : ">"} the limit of ${num(P.perPavilionMax.value)}${ok ? "" : ": over"}`,
          ),
        );
      }),
      step(
        "p3-2-1-2-total-limit",
        P.totalMax.label,
        total,
        P.totalMax.cite,
        text(
          `${num(total)} 件 ${totalOk ? "≤" : ">"} 上限 ${num(P.totalMax.value)} 件。${pavilionIds.length} 個館別 × 每館 ${num(P.perPavilionMax.value)} 件 = ${num(pavilionIds.length * P.perPavilionMax.value)} 件，因此總數上限不會在各館上限之外單獨造成不符：超過總數時必有館別超過上限。`,
          `${num(total)} ${totalOk ? "≤" : ">"} the limit of ${num(P.totalMax.value)}. ${pavilionIds.length} pavilions × ${num(P.perPavilionMax.value)} per pavilion = ${num(pavilionIds.length * P.perPavilionMax.value)}, so the total limit never fails on its own: going over it always means some pavilion is over its limit too.`,
        ),
      ),
    ];

    return { value: { ok: failed.length === 0, perPavilion, failed } satisfies ListingLimits, steps, warnings: [] };
  },
});
