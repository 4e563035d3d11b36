import { describe, expect, it } from "vitest";
import { png } from "@/tests/images";
import { checkLogo, LOGO_MAX_BYTES } from "./logo";

const svg = (body: string, attrs = "") => Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"${attrs}>${body}</svg>`);

describe("logo check by content", () => {
  it("accepts a PNG by its signature and header, with its SHA-256", () => {
    const r = checkLogo(png(120, 40));
    expect(r).toMatchObject({ ok: true, type: "image/png" });
    expect(r.ok && r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a PNG whose pixel size is absurd, and one too small to see", () => {
    expect(checkLogo(png(100_000, 40))).toEqual({ ok: false, problem: "pngDimensions" });
    expect(checkLogo(png(4, 4))).toEqual({ ok: false, problem: "pngDimensions" });
  });

  it("refuses a file above the size limit before looking at it", () => {
    const big = Buffer.concat([png(100, 100), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(checkLogo(big)).toEqual({ ok: false, problem: "tooLarge" });
    expect(checkLogo(Buffer.alloc(0))).toEqual({ ok: false, problem: "empty" });
  });

  it("refuses what is neither PNG nor SVG, whatever it is called (a JPEG, HTML)", () => {
    expect(checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toEqual({ ok: false, problem: "unknownType" });
    expect(checkLogo(Buffer.from("<html><script>alert(1)</script></html>"))).toEqual({ ok: false, problem: "unknownType" });
  });

  it("accepts a plain SVG wordmark with shapes, text, gradients, local references and inline styles", () => {
    const ok = svg(
      `<defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient></defs>` +
        `<style>.t { font: bold 20px sans-serif; fill: url(#g); }</style>` +
        `<rect width="100" height="40" fill="url(#g)"/><text x="5" y="28" class="t">Stadt</text><use href="#g"/>`,
    );
    expect(checkLogo(ok)).toMatchObject({ ok: true, type: "image/svg+xml" });
  });

  it.each([
    ["a script element", svg(`<script>alert(1)</script>`), "svgScript"],
    ["an XHTML script", svg(`<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>`), "svgScript"],
    ["an event handler", svg(`<rect width="10" height="10" onload="alert(1)"/>`), "svgEventHandler"],
    ["an event handler on the root", svg(``, ` onclick="alert(1)"`), "svgEventHandler"],
    ["an external image", svg(`<image href="https://tracker.example/x.png" width="10" height="10"/>`), "svgExternalReference"],
    ["an xlink to another file", svg(`<use xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="other.svg#a"/>`), "svgExternalReference"],
    ["a javascript: link", svg(`<a href="javascript:alert(1)"><text>x</text></a>`), "svgExternalReference"],
    ["a CSS url() to another host", svg(`<style>rect { fill: url(https://tracker.example/f) }</style>`), "svgExternalReference"],
    ["a CSS @import", svg(`<style>@import "https://tracker.example/a.css";</style>`), "svgExternalReference"],
    ["a style attribute with url()", svg(`<rect style="fill:url('https://x.example/p')"/>`), "svgExternalReference"],
    ["an animation that sets href", svg(`<a><set attributeName="href" to="javascript:alert(1)"/></a>`), "svgExternalReference"],
    ["foreignObject", svg(`<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>`), "svgForeignObject"],
    ["a DOCTYPE with entities", Buffer.from(`<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>`), "svgDoctype"],
    ["a stylesheet processing instruction", Buffer.from(`<?xml version="1.0"?><?xml-stylesheet href="https://x.example/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>`), "svgDoctype"],
    ["malformed XML", Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>`), "svgMalformed"],
    ["an SVG without the SVG namespace", Buffer.from(`<svg viewBox="0 0 1 1"><rect/></svg>`), "svgNotSvg"],
  ])("refuses an SVG with %s", (_name, bytes, problem) => {
    expect(checkLogo(bytes)).toEqual({ ok: false, problem });
  });
});
