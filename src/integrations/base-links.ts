import type { AstroIntegration } from "astro";

/** The fields of Sätteri's mdast nodes and plugin context this plugin uses. */
interface UrlNode {
  url: string;
}
interface HtmlNode {
  value: string;
}
interface Ctx {
  setProperty<N extends UrlNode | HtmlNode>(node: N, key: keyof N, value: string): void;
}
interface SatteriOptions {
  mdastPlugins: unknown[];
}

/**
 * Puts the base path (BASE_PATH, see astro.config.mjs) before every root-relative link and
 * image in the handbook's Markdown, which is written as served from the root
 * ("/zh-tw/calculators/tops-award/"). An mdast plugin added to Astro's own Markdown processor
 * (Sätteri, the default), so no other Markdown package is needed. Nothing changes when the base is "/".
 */
export function baseLinks(): AstroIntegration {
  return {
    name: "handbook-base-links",
    hooks: {
      "astro:config:setup": ({ config }) => {
        const prefix = config.base.replace(/\/+$/, "");
        if (!prefix) return;
        const processor = config.markdown.processor as { name: string; options: SatteriOptions };
        if (processor.name !== "satteri") throw new Error(`base-links: expected Astro's Sätteri Markdown processor, found ${processor.name}`);
        const fix = (node: UrlNode, ctx: Ctx) => {
          if (node.url.startsWith("/") && !node.url.startsWith("//")) ctx.setProperty(node, "url", prefix + node.url);
        };
        const fixHtml = (node: HtmlNode, ctx: Ctx) => {
          const value = node.value.replace(/(\s(?:href|src)=")\/(?!\/)/g, `$1${prefix}/`);
          if (value !== node.value) ctx.setProperty(node, "value", value);
        };
        processor.options.mdastPlugins.push({ name: "base-links", link: fix, image: fix, definition: fix, html: fixHtml });
      },
    },
  };
}
