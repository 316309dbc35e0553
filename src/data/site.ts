/** Where the guide is published. Absolute URLs (CLI output, SARIF helpUri, share links) start here. */
export const SITE_URL = 'https://dockerfile-practices.dev';
