import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const script = new URL("../../scripts/check-system.sh", import.meta.url).pathname;

describe("npm test's system check (scripts/check-system.sh)", () => {
  it("stops at once on a machine without the Debian packages, naming each and the command that installs it", () => {
    const out = spawnSync("/bin/sh", [script], { env: { PATH: "/nonexistent" }, encoding: "utf8" });
    expect(out.status).toBe(1);
    for (const pkg of ["chromium", "fonts-noto-cjk", "poppler-utils", "libreoffice-writer-nogui"]) expect(out.stderr).toContain(pkg);
    expect(out.stderr).toContain("sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk poppler-utils libreoffice-writer-nogui");
  });

  it("passes where they are installed, as on CI after .ci/run", () => {
    const out = spawnSync("/bin/sh", [script], { encoding: "utf8" });
    expect(out.stderr).toBe("");
    expect(out.status).toBe(0);
  });
});
