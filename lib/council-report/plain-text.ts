// Report texts are written in light Markdown (lists, emphasis, links). The PDF has no Markdown
// renderer, so the markup is removed and the words kept: list items become "• " lines, links keep
// their text (the address follows in brackets only when it differs from the text), emphasis,
// headings, quotes and code marks disappear. Line structure stays, so lists still read as lists.

const RULES: [RegExp, string][] = [
  [/```[^\n]*\n?/g, ""], // code fences
  [/^\s{0,3}#{1,6}\s+/gm, ""], // headings
  [/^\s{0,3}>\s?/gm, ""], // block quotes
  [/^\s{0,3}(?:[-*_]\s*){3,}$/gm, ""], // horizontal rules
  [/^(\s*)[-*+]\s+\[[ xX]\]\s+/gm, "$1• "], // task list items
  [/^(\s*)[-*+]\s+/gm, "$1• "], // bullet list items
  [/!\[([^\]]*)\]\([^)]*\)/g, "$1"], // images: their alt text
  [/<(https?:\/\/[^>\s]+)>/g, "$1"], // autolinks
  [/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2"], // strong
  [/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?=[^\w*]|$)/g, "$1$2"], // emphasis
  [/~~(?=\S)([\s\S]*?\S)~~/g, "$1"], // strike-through
  [/`([^`\n]+)`/g, "$1"], // inline code
  [/<\/?[A-Za-z][^>]*>/g, ""], // raw HTML tags
  [/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1"], // backslash escapes
];

/** Markdown as plain text for print media without a Markdown renderer. */
export function stripMarkdown(markdown: string): string {
  // Links (not images) first, so that emphasis inside their text is handled by the rules below.
  let text = markdown.replace(/\r\n?/g, "\n").replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) =>
    label.trim() === url ? url : `${label} (${url})`,
  );
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
