// A static single-page app: everything runs in the browser.
export const prerender = true;
export const ssr = false;
