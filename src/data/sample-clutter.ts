/**
 * The clutter a real working copy of the sample app has next to examples/app_go: version
 * control, local secrets, front-end tooling, logs and a locally built binary.
 *
 * Defined once, used twice: the playground's build-context preview lists these files, and
 * `npm run measure:images` writes them (filled with incompressible bytes of exactly these sizes)
 * into a scratch copy of app_go to measure the dockerignore practice's context sizes. The sizes
 * are a stated synthetic working copy, not measurements of someone's disk.
 */
export interface ClutterFile {
  /** Slash-separated path from the context root. */
  path: string;
  /** Bytes. */
  size: number;
  /** Why the file is there. */
  note: string;
}

export const sampleClutter: readonly ClutterFile[] = [
  { path: 'Dockerfile', size: 1_024, note: 'the Dockerfile itself' },
  { path: '.git/HEAD', size: 21, note: 'version control' },
  { path: '.git/config', size: 312, note: 'version control' },
  { path: '.git/index', size: 2_184, note: 'version control' },
  { path: '.git/refs/heads/main', size: 41, note: 'version control' },
  { path: '.git/objects/pack/pack-9c1e5b07.idx', size: 1_250_000, note: 'version control' },
  { path: '.git/objects/pack/pack-9c1e5b07.pack', size: 48_300_000, note: 'history, deleted secrets included' },
  { path: '.env', size: 214, note: 'local secrets' },
  { path: 'node_modules/.package-lock.json', size: 18_422, note: 'front-end tooling' },
  { path: 'node_modules/prettier/package.json', size: 2_100, note: 'front-end tooling' },
  { path: 'node_modules/prettier/index.mjs', size: 1_640_000, note: 'front-end tooling' },
  { path: 'logs/app.log', size: 5_242_880, note: 'local runs' },
  { path: 'logs/access.log', size: 1_048_576, note: 'local runs' },
  { path: 'app', size: 7_864_320, note: 'binary from a local go build' },
];
