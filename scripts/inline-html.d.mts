export function scriptSafe(js: string): string;
export function inlineHtml(html: string, css: string, js: string): string;
