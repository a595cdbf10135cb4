import type { Cite, Param, Period, Text, Unit } from "./types.js";

/** Declares a parameter with its unit, period, citation and bilingual label. */
export function param<T>(value: T, unit: Unit, period: Period, cite: Cite, label: Text): Param<T> {
  return { value, unit, period, cite, label };
}
