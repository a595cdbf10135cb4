import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CountedText, countChars } from "./CountedText";

const words = { count: (n: number, max: number) => `${n} / ${max}`, over: (by: number) => `${by} over` };
const render = (value: string, extra: Partial<Parameters<typeof CountedText>[0]> = {}) =>
  renderToStaticMarkup(<CountedText id="f" label="Profile" value={value} onChange={() => {}} max={300} words={words} errorPrefix="Error: " {...extra} />);

describe("CountedText", () => {
  it("counts code points, so a character outside the BMP is one", () => {
    expect(countChars("𠮷a字")).toBe(3);
  });

  it("shows the count under the box and ties it to the field", () => {
    const html = render("字".repeat(120));
    expect(html).toContain(">120 / 300<");
    expect(html).toMatch(/<input[^>]*aria-describedby="f-count"/);
    expect(html).not.toContain("ctl-text__count--over");
  });

  it("at the limit is not over; one past it says by how much and keeps the text", () => {
    expect(render("字".repeat(300))).not.toContain("over");
    const html = render("字".repeat(301));
    expect(html).toContain("ctl-text__count--over");
    expect(html).toContain("1 over");
    expect(html).toContain("字".repeat(301));
    expect(html).not.toContain("maxlength");
  });

  it("an error is named in the label's description, with a hidden prefix, and marks the field invalid", () => {
    const html = render("", { error: "Company profile: not filled in yet", hint: "At most 300" });
    expect(html).toMatch(/aria-describedby="f-hint f-error f-count"/);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('<span class="visually-hidden">Error: </span>Company profile: not filled in yet');
  });

  it("without a limit there is no counter; multiline renders a textarea", () => {
    expect(render("x", { max: undefined })).not.toContain("ctl-text__count");
    expect(render("x", { multiline: true })).toMatch(/<textarea[^>]*id="f"/);
  });
});
