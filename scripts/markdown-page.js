// Turns the generated function reference (docs/functions.md) into the help page the @helpurl links open.
// Handles only the Markdown the reference generator writes: headings, paragraphs, lists, tables, code spans and blocks.
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function inline(s) {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>');
}

function markdownPage(md, title) {
  const out = [];
  const lines = md.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("```")) {
      const code = [];
      while (++i < lines.length && !lines[i].startsWith("```")) code.push(escapeHtml(lines[i]));
      out.push(`<pre><code>${code.join("\n")}</code></pre>`);
    } else if (/^#{1,4} /.test(line)) {
      const level = line.indexOf(" ");
      const text = line.slice(level + 1);
      const anchor = /<a id="([^"]+)"><\/a>/.exec(text);
      const clean = text.replace(/<a id="[^"]+"><\/a>\s*/, "");
      out.push(`<h${level}${anchor ? ` id="${anchor[1]}"` : ""}>${inline(clean)}</h${level}>`);
    } else if (line.startsWith("|")) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith("|")) rows.push(lines[i++]);
      i--;
      const cells = (r) =>
        r
          .slice(1, -1)
          .split(" | ")
          .map((c) => c.trim());
      const body = rows.filter((_, k) => k !== 1);
      out.push(
        "<table>" +
          body
            .map(
              (r, k) =>
                `<tr>${cells(r)
                  .map((c) => (k === 0 ? `<th>${inline(c)}</th>` : `<td>${inline(c)}</td>`))
                  .join("")}</tr>`,
            )
            .join("") +
          "</table>",
      );
    } else if (line.startsWith("- ")) {
      const items = [];
      while (i < lines.length && lines[i].startsWith("- ")) items.push(`<li>${inline(lines[i++].slice(2))}</li>`);
      i--;
      out.push(`<ul>${items.join("")}</ul>`);
    } else if (line.trim() !== "") {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#242424;line-height:1.5}
code,pre{font-family:Consolas,monospace;background:#f5f5f5}pre{padding:.5rem;overflow:auto}table{border-collapse:collapse}
td,th{border:1px solid #d1d1d1;padding:.25rem .5rem;text-align:left;vertical-align:top}</style></head>
<body>${out.join("\n")}</body></html>
`;
}

module.exports = { markdownPage };
