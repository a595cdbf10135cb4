import { text } from "../core/format.js";
import type { Text } from "../core/types.js";

/**
 * Which way a TCloud check went, in the guidelines' own word for meeting a condition
 * (tcloud-vendor-guidelines 五(一) 「符合本須知資訊服務廠商定義」, 六(一), 六(四) 「符合下列類別之一」):
 * 符合 / met, 不符合 / not met. A wording helper, not a rule: the steps carry their clause's cite.
 */
const met = (pass: boolean): Text => (pass ? text("符合", "met") : text("不符合", "not met"));

/** A step's detail ending with its verdict, 「…（符合）」 / "… (met)", alike in the three TCloud checkers. */
export const judged = (fact: Text, pass: boolean, verdict: Text = met(pass)): Text =>
  text(`${fact["zh-TW"]}（${verdict["zh-TW"]}）`, `${fact.en} (${verdict.en})`);
