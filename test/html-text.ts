/** The text of an HTML page as a reader sees it: tags removed (each one a line break), entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x3D;/g, '=')
    .replace(/&#x60;/g, '`')
    .replace(/&amp;/g, '&');
}

/** The text as printed: htmlText without the words that are read but not shown (`<span class="vh words">`). */
export function printedText(html: string): string {
  return htmlText(html.replace(/<span class="vh words">[^<]*<\/span>/g, ''));
}
