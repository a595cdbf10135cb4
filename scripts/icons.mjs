#!/usr/bin/env node
/**
 * Draws the PNG icons of the web app manifest (and the apple-touch-icon) from public/favicon.svg
 * in Debian's Chromium, so the raster icons never drift from the one drawing. The PNGs are
 * committed; run this again after changing the SVG:
 *
 *   node scripts/icons.mjs
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const SIZES = { "public/icon-192.png": 192, "public/icon-512.png": 512, "public/apple-touch-icon.png": 180 };
const svg = readFileSync("public/favicon.svg", "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const [file, size] of Object.entries(SIZES)) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    // iOS rounds the corners itself and shows transparency as black: the touch icon gets a full square.
    const background = file.includes("apple") ? "#0b4f6c" : "transparent";
    await page.setContent(`<body style="margin:0;background:${background}"><img src="${src}" width="${size}" height="${size}" style="display:block">`);
    await page.locator("img").evaluate((img) => img.decode());
    writeFileSync(file, await page.screenshot({ omitBackground: background === "transparent" }));
    await page.close();
    console.log(`${file}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
