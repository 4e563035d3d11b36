// Renders user-written Markdown (initiative descriptions and the like) safely on public pages:
// no raw HTML, links only to http(s), mailto and relative addresses, no images (no requests to
// third parties on behalf of citizens), and headings that stay below the page's own h1/h2.
// Synchronous and hook-free, so it renders in Server Components.
import ReactMarkdown, { type Components, type UrlTransform } from "react-markdown";

const SAFE_PROTOCOLS = new Set(["http", "https", "mailto"]);

/**
 * Keeps relative URLs and http:, https:, mailto:; drops everything else (javascript:, data:,
 * vbscript:, file:, …). Allow-list, so tricks like "JaVaScRiPt:" or "java\tscript:" cannot pass.
 */
export const safeUrlTransform: UrlTransform = (url) => {
  const colon = url.indexOf(":");
  if (colon === -1) return url;
  // A colon after the first "/", "?" or "#" is part of a path or query, not a scheme.
  const firstDelimiter = url.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return url;
  return SAFE_PROTOCOLS.has(url.slice(0, colon).toLowerCase()) ? url : null;
};

const heading = (level: 3 | 4 | 5 | 6, className: string): Components["h1"] =>
  function Heading({ node: _node, children, ...props }) {
    const Tag = `h${level}` as const;
    return (
      <Tag {...props} className={className}>
        {children}
      </Tag>
    );
  };

const components: Components = {
  // The page owns h1 and its section headings (h2); user content starts at h3.
  h1: heading(3, "mt-6 text-lg font-semibold"),
  h2: heading(3, "mt-6 text-lg font-semibold"),
  h3: heading(4, "mt-4 font-semibold"),
  h4: heading(5, "mt-4 font-semibold"),
  h5: heading(6, "mt-4 font-semibold"),
  h6: heading(6, "mt-4 font-semibold"),
  p: ({ node: _node, ...props }) => <p {...props} className="mt-3" />,
  a: ({ node: _node, href, children }) =>
    // A link whose address was dropped by safeUrlTransform stays readable as text.
    href ? (
      <a href={href} rel="noopener noreferrer nofollow" className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Images would make the citizen's browser call whatever host the author named; show the alt text.
  img: ({ alt }) => (alt ? <span className="italic">{alt}</span> : null),
  ul: ({ node: _node, ...props }) => <ul {...props} className="mt-3 list-disc space-y-1 pl-6" />,
  ol: ({ node: _node, ...props }) => <ol {...props} className="mt-3 list-decimal space-y-1 pl-6" />,
  blockquote: ({ node: _node, ...props }) => <blockquote {...props} className="mt-3 border-l-4 border-slate-300 pl-4 text-slate-700" />,
  code: ({ node: _node, ...props }) => <code {...props} className="rounded bg-slate-100 px-1 font-mono text-sm" />,
  pre: ({ node: _node, ...props }) => <pre {...props} className="mt-3 overflow-x-auto rounded bg-slate-100 p-3 text-sm" />,
  hr: () => <hr className="my-6 border-slate-200" />,
};

export function Markdown({ source }: { source: string }) {
  return (
    <div className="max-w-3xl leading-relaxed">
      <ReactMarkdown skipHtml urlTransform={safeUrlTransform} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
