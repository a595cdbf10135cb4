import { text } from "../core/format.js";
import type { Text } from "../core/types.js";

/** Which way a TCloud check went, as its step says it: 符合 / met, 不符合 / not met. */
const met = (pass: boolean): Text => (pass ? text("符合", "met") : text("不符合", "not met"));

/** A step's detail ending with its verdict, 「…（符合）」 / "… (met)", alike in the three TCloud checkers. */
export const judged = (fact: Text, pass: boolean, verdict: Text = met(pass)): Text =>
  text(`${fact["zh-TW"]}（${verdict["zh-TW"]}）`, `${fact.en} (${verdict.en})`);
