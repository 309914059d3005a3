import { Link } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import { parseMarkdown, type Block, type Inline } from "~/lib/text/markdown";

function inline(nodes: Inline[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.type) {
      case "text":
        return <Fragment key={i}>{node.text}</Fragment>;
      case "strong":
        return <strong key={i}>{inline(node.children)}</strong>;
      case "em":
        return <em key={i}>{inline(node.children)}</em>;
      case "code":
        return <code key={i}>{node.text}</code>;
      case "link":
        return node.href.startsWith("/") ? (
          <Link key={i} to={node.href}>
            {inline(node.children)}
          </Link>
        ) : (
          <a key={i} href={node.href} rel="noopener noreferrer nofollow" target="_blank">
            {inline(node.children)}
          </a>
        );
    }
  });
}

function block(node: Block, i: number): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p key={i}>{inline(node.children)}</p>;
    case "heading": {
      const Heading = `h${node.level}` as const;
      return <Heading key={i}>{inline(node.children)}</Heading>;
    }
    case "list": {
      const List = node.ordered ? "ol" : "ul";
      return (
        <List key={i}>
          {node.items.map((item, j) => (
            <li key={j}>{inline(item)}</li>
          ))}
        </List>
      );
    }
    case "quote":
      return <blockquote key={i}>{inline(node.children)}</blockquote>;
    case "code":
      return (
        <pre key={i}>
          <code>{node.text}</code>
        </pre>
      );
  }
}

/** Markdown as React elements: raw HTML stays text, and only safe links are links. */
export function Markdown({ text }: { text: string }) {
  return <>{parseMarkdown(text).map(block)}</>;
}
