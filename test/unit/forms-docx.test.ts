import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxBlob } from "../../src/components/forms/docx";
import { emptyProfile } from "../../src/forms/profile";
import { sppTerminationApplication as def } from "../../src/forms/spp-termination-application";
import { evaluateForm } from "../../src/forms/values";

/** word/document.xml of the .docx the download button would save. */
async function documentXml(orgName: string): Promise<string> {
  const answers = { approvedSubsidy: "1,000,000", interest: "1,234", other: "0", subsidyReceived: "500,000", forceMajeure: "no" };
  const { doc } = evaluateForm(def, answers, { ...emptyProfile, orgName, contactName: "高文華", phone: "(03) 822-7171" });
  const zip = unzipSync(new Uint8Array(await (await docxBlob(doc)).arrayBuffer()));
  return strFromU8(zip["word/document.xml"]!);
}

describe(".docx writer: text a reader pasted stays valid XML (issue 13)", () => {
  it("leaves out U+FFFE, U+FFFF, C0 controls and lone surrogates, and keeps the text around them", async () => {
    const xml = await documentXml("花蓮\uFFFF縣\uFFFE政\u0001府\uD800");
    for (const bad of ["\uFFFE", "\uFFFF", "\u0001"]) expect(xml.includes(bad)).toBe(false);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(xml).toContain("花蓮縣政府");
  });

  it("keeps characters outside the BMP (rare CJK names) whole", async () => {
    const xml = await documentXml("𠀋𡈽府");
    expect(xml).toContain("𠀋𡈽府");
  });
});
