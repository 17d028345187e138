// One way to inline a bundled script and its styles into an HTML page, for the sidebar
// (Apps Script serves one HTML file and it may load nothing remote) and the playground page.

/** A script's text made safe inside <script>: a "</script" in a string must not end the element. */
export function scriptSafe(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1');
}

/** The page with its /*STYLE*\/ and /*SCRIPT*\/ placeholders filled in. */
export function inlineHtml(html, css, js) {
  return html.replace('/*STYLE*/', () => css).replace('/*SCRIPT*/', () => scriptSafe(js));
}
