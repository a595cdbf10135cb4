// Machinery shared by the calculators, not a program rule: no seed clause applies here.

/** A finite number ≥ 0 as the decimal it prints as: 70.9 → 709 × 10⁻¹ (not the binary float below it). */
function decimalOf(n: number): { digits: bigint; scale: number } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new RangeError(`not a finite number ≥ 0: ${n}`);
  const fraction = m[2] ?? "";
  const scale = fraction.length - Number(m[3] ?? 0);
  const digits = BigInt(m[1] + fraction);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/**
 * Σ aᵢ × bᵢ ÷ divisor, rounded half up to `places` decimals, worked out on the decimals the
 * inputs print as. Binary floats would round 77.635 (R&D 80/75/70.9/82) down to 77.63,
 * because the float sum is 77.63499…; integers cannot drift.
 */
export function sumOfProductsRounded(terms: readonly (readonly [number, number])[], divisor: number, places: number): number {
  const products = terms.map(([a, b]) => {
    const x = decimalOf(a);
    const y = decimalOf(b);
    return { digits: x.digits * y.digits, scale: x.scale + y.scale };
  });
  const scale = Math.max(0, ...products.map((p) => p.scale));
  const numerator = products.reduce((sum, p) => sum + p.digits * 10n ** BigInt(scale - p.scale), 0n);
  const d = decimalOf(divisor);
  // value × 10^places = numerator × 10^(d.scale + places) ÷ (10^scale × d.digits); half up is floor(x + ½).
  const q = 10n ** BigInt(scale) * d.digits;
  const rounded = (2n * numerator * 10n ** BigInt(d.scale + places) + q) / (2n * q);
  return Number(rounded) / 10 ** places;
}
