import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { createMemoryRouter, RouterProvider } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { Markdown } from "~/components/markdown";
import { parseInline, parseMarkdown, safeHref } from "~/lib/text/markdown";

describe("safeHref", () => {
  it.each([
    ["https://example.com/a?b=1", "https://example.com/a?b=1"],
    ["http://example.com", "http://example.com/"],
    ["/report#rd-lifePath", "/report#rd-lifePath"],
    ["javascript:alert(1)", null],
    ["JaVaScRiPt:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["//evil.example/steal", null],
    ["/\\evil.example", null],
    ["mailto:someone@example.com", null],
    ["report", null],
  ])("%s → %s", (href, expected) => {
    expect(safeHref(href)).toBe(expected);
  });
});

describe("parseMarkdown", () => {
  it("reads paragraphs, headings, lists, emphasis, code and links", () => {
    const blocks = parseMarkdown(
      "## Your numbers\n\nYour **Life Path 1** is *bold*.\n\n- one\n- [two](/report#x)\n\n1. first\n2. `code`",
    );
    expect(blocks.map((b) => b.type)).toEqual(["heading", "paragraph", "list", "list"]);
    expect(parseInline("[Life Path 1](/report#rd-lifePath)")).toEqual([
      { type: "link", href: "/report#rd-lifePath", children: [{ type: "text", text: "Life Path 1" }] },
    ]);
  });

  it("keeps a link with an unsafe target as plain text", () => {
    expect(parseInline("[click](javascript:alert(1))")).toEqual([{ type: "text", text: "click" }]);
  });
});

function render(text: string) {
  const router = createMemoryRouter([{ path: "/", element: createElement(Markdown, { text }) }]);
  return renderToStaticMarkup(createElement(RouterProvider, { router }));
}

describe("<Markdown>", () => {
  it("renders a model's raw HTML as text, never as elements", () => {
    const html = render('Hi <script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:x">y</a>');
    expect(html).not.toMatch(/<script|<img|<a href="javascript/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("links to our pages and to http(s) sites only", () => {
    const html = render(
      "[report](/report#lo-shu) [site](https://example.com) [bad](javascript:alert(1)) [proto](//evil.example)",
    );
    expect(html).toContain('href="/report#lo-shu"');
    expect(html).toContain('href="https://example.com/"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).not.toMatch(/javascript:|evil\.example/);
  });
});
