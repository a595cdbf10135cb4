import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ItemList, itemId } from "./ItemList";

const words = {
  count: (n: number, max: number) => `${n} / ${max}`,
  over: (by: number) => `${by} over`,
  item: (i: number) => `Item ${i}`,
  add: "Add an item",
  remove: (i: number) => `Remove item ${i}`,
  full: (max: number) => `At most ${max}`,
  items: (n: number, max: number) => `${n} of ${max} items`,
};
const render = (items: string[], maxItems = 10) =>
  renderToStaticMarkup(<ItemList id="l" legend="Features" items={items} onChange={() => {}} maxItems={maxItems} itemMax={15} words={words} errorPrefix="Error: " />);

describe("ItemList", () => {
  it("shows one empty box for an empty list, with no remove button", () => {
    const html = render([]);
    expect(html).toContain('id="l-1"');
    expect(html).not.toContain("Remove item");
    expect(html).toContain("Add an item");
    expect(html).toContain("0 of 10 items");
  });

  it("labels and counts each item, and offers to remove each when there are several", () => {
    const html = render(["庫存", "字".repeat(16)]);
    expect(html).toContain(">Item 2<");
    expect(html).toContain(">2 / 15<");
    expect(html).toContain("16 / 15");
    expect(html).toContain("1 over");
    expect(html).toContain("Remove item 2");
    expect(itemId("l", 1)).toBe("l-2");
  });

  it("at the most items, adding gives way to a note", () => {
    const html = render(Array.from({ length: 10 }, (_, i) => `f${i}`));
    expect(html).not.toContain("Add an item");
    expect(html).toContain("At most 10");
    expect(html).toContain("10 of 10 items");
  });
});
