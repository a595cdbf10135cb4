/**
 * Answers too long for an address (a long list) kept in this browser's storage, their key in the
 * address instead (CalculatorIsland's ?saved=…). Imported by the list control: only a list makes
 * answers that long, and a calculator without one loads none of this.
 */
import { keptName, longAnswers } from "./context.js";

/** How many long answers of one calculator are kept: each is several KB, and every visit adds one. */
const KEEP = 20;

longAnswers.keep = (id, query, key) => {
  // Keys in time order (base 36 of the time: 8 characters until 2059), so the oldest go first.
  key ??= Date.now().toString(36);
  try {
    localStorage.setItem(keptName(id, key), query);
    const mine = Object.keys(localStorage)
      .filter((k) => k.startsWith(keptName(id, "")))
      .sort();
    for (const old of mine.slice(0, -KEEP)) if (old !== keptName(id, key)) localStorage.removeItem(old);
    return key;
  } catch {
    return null;
  }
};
