import { href } from "./anchors.js";
import type { Cite } from "./core/types.js";

/**
 * 民法 第120–123條, how every period in the seeds is counted: none of the five
 * source documents says how, so the deadline calculators cite the outside fact.
 */
const clause = "Counting periods (民法 Civil Code, 第120–123條)";
const link = href("about", "fact-civil-code-periods");

export const civilCodeCites = {
  /** 第120條第2項, 第121條: the event's day is not counted; the period ends on the day before the corresponding day. */
  periods: { doc: "domain-facts", clause: `${clause} 第120條; 第121條`, href: link } satisfies Cite,
  /** 第122條: a last day that is a day of rest moves to the next day. */
  holiday: { doc: "domain-facts", clause: `${clause} 第122條`, href: link } satisfies Cite,
};
