/**
 * The one island of every calculator, on its page and in handbook pages. It loads only
 * its own calculator's spec and rules (one chunk per file of src/calculators/specs), so a
 * page ships no other calculator, and no island file is written per calculator.
 */
import { Suspense, use } from "react";
import type { AnySpec } from "../../calculators/types.js";
import { CalculatorIsland, type IslandProps } from "./CalculatorIsland.js";

const files = import.meta.glob<{ default: AnySpec }>("./*.ts", { base: "../../calculators/specs" });
const specs = new Map<string, AnySpec | Promise<AnySpec>>();

if (import.meta.env.SSR) {
  // The server renders from the catalog, which holds every spec: nothing suspends there, so
  // React streams no fallback and no inline script (the CSP allows none).
  const { catalog } = await import("../../calculators/catalog.js");
  for (const { spec } of catalog) specs.set(spec.id, spec);
}

/** The same promise on every render, as `use` needs; the spec itself once it has loaded. */
function specOf(id: string): AnySpec | Promise<AnySpec> {
  let spec = specs.get(id);
  if (!spec) {
    const load = files[`./${id}.ts`];
    if (!load) throw new Error(`There is no calculator "${id}"`);
    spec = load().then(({ default: loaded }) => {
      specs.set(id, loaded);
      return loaded;
    });
    specs.set(id, spec);
  }
  return spec;
}

function Loaded({ id, ...props }: IslandProps & { id: string }) {
  const spec = specOf(id);
  return <CalculatorIsland spec={spec instanceof Promise ? use(spec) : spec} {...props} />;
}

/**
 * While the spec's chunk loads, React keeps the server-rendered form as it is (hydration
 * waits at this boundary), so the reader can already type; the island adopts what was typed.
 */
export default function Calculator(props: IslandProps & { id: string }) {
  return (
    <Suspense>
      <Loaded {...props} />
    </Suspense>
  );
}
