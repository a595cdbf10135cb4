import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculatorIds, calculators, run, type Outcome } from "../../src/rules/index";
import { programs } from "../../src/rules/sources";
import { examples } from "./examples";

/** Every number anywhere in a value, to check that none is NaN or infinite. */
function numbers(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbers);
  return [];
}

describe("every calculator, on arbitrary input (rules-api.md: run never throws, never NaN)", () => {
  it.each(calculatorIds)("%s: run on arbitrary JSON returns an outcome", (id) => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object(), fc.anything()), (input) => {
        const out = run(id, input);
        if (out.ok) {
          expect(numbers(out.value).every(Number.isFinite)).toBe(true);
        } else {
          expect(out.errors.length).toBeGreaterThan(0);
          for (const e of out.errors) {
            expect(typeof e.path).toBe("string");
            expect(e.message["zh-TW"].length).toBeGreaterThan(0);
            expect(e.message.en.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("rejects an unknown calculator id with a bilingual error", () => {
    const out = run("no-such-calculator" as never, {});
    expect(out.ok).toBe(false);
  });

  it.each(calculatorIds)("%s: declares its program, edition and a bilingual title", (id) => {
    const calc = calculators[id];
    expect(programs).toContain(calc.program);
    expect(calc.edition).toMatch(/^\d{4}$/);
    expect(calc.title["zh-TW"]).toMatch(/\S/);
    expect(calc.title.en).toMatch(/\S/);
  });
});

/** Paths of every leaf (number, string, boolean, null, empty array or object) in a JSON value. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length ? value.flatMap((v, i) => leaves(v, [...path, i])) : [path];
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([k, v]) => leaves(v, [...path, k])) : [path];
  }
  return [path];
}

/** A copy of `value` with the leaf at `path` replaced (or, for `remove`, deleted). */
function replaced(value: unknown, path: (string | number)[], next: unknown, remove = false): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove && !Array.isArray(at)) delete at[last];
  else at[last] = next;
  return copy;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Values that break number handling: NaN, infinities, -0, huge and tiny numbers, unsafe integers, numbers as text. */
const hostile = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -0, -1, 0, 1e21, 0.1 + 0.2),
  fc.constantFrom("", "0", "-1", "1e309", "NaN", "１２０萬", "2019-02-30", "0000-01-01", "9999-12-31", "2019-06-01T00:00:00Z"),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);

/** The outcome contract of rules-api.md, for any input. */
function expectWellFormed(out: Outcome) {
  if (out.ok) {
    expect(numbers(out.value).every(Number.isFinite)).toBe(true);
    expect(numbers(out.steps.map((s) => s.value)).every(Number.isFinite)).toBe(true);
    for (const step of out.steps) expect(step.cite.clause.length).toBeGreaterThan(0);
  } else {
    expect(out.errors.length).toBeGreaterThan(0);
    for (const e of out.errors) {
      expect(typeof e.path).toBe("string");
      expect(e.message["zh-TW"]).toMatch(/\S/);
      expect(e.message.en).toMatch(/\S/);
      expect(e.message.en).not.toMatch(/\bundefined\b|\[object /);
    }
  }
}

describe("every calculator, on its valid example changed in one place", () => {
  it.each(calculatorIds)("%s: the example itself computes (so the changes below reach the rules)", (id) => {
    expect(run(id, examples[id]).ok).toBe(true);
  });

  it.each(calculatorIds)("%s: any one value replaced by a hostile one gives an outcome or named errors, never a throw or NaN", (id) => {
    const paths = leaves(examples[id]);
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), hostile, fc.boolean(), (at, value, remove) => {
        const input = deepFreeze(replaced(examples[id], paths[at]!, value, remove));
        const out = run(id, input);
        expectWellFormed(out);
        // Deterministic, and the frozen input was not written to (a throw above would show it).
        expect(run(id, input)).toEqual(out);
      }),
      { numRuns: 400 },
    );
  });

  it.each(calculatorIds)("%s: every number replaced by an arbitrary finite number still computes finite values or says why not", (id) => {
    const numberPaths = leaves(examples[id]).filter((p) => typeof p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], examples[id]) === "number");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: -1e6, max: 1e12 })), { minLength: numberPaths.length, maxLength: numberPaths.length }), (values) => {
        const input = numberPaths.reduce<unknown>((acc, path, i) => replaced(acc, path, values[i]), examples[id]);
        expectWellFormed(run(id, input));
      }),
      { numRuns: 300 },
    );
  });

  it.each(calculatorIds)("%s: an unknown extra key is ignored or named, never a throw", (id) => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.jsonValue(), (key, value) => {
        const input = { ...(examples[id] as object), [key]: value };
        expectWellFormed(run(id, input));
      }),
      { numRuns: 100 },
    );
  });
});

describe("bilingual messages name the options of a choice", () => {
  it("lists the purchase kinds when purchaseKind is unknown, and asks for it when missing", () => {
    const unknown = run("spp-mature-subsidy", { financialTier: 2, purchaseKind: "lease", contractAmount: 1 });
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.errors[0]?.path).toBe("purchaseKind");
    expect(unknown.errors[0]?.message.en).toBe("Choose one of: one-off, continuous");
    expect(unknown.errors[0]?.message["zh-TW"]).toBe("請從下列選項中選擇：one-off, continuous");
    const missing = run("spp-mature-subsidy", { financialTier: 2, contractAmount: 1 });
    expect(!missing.ok && missing.errors[0]?.message.en).toBe("This field is required");
  });
});
