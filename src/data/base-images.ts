/**
 * The base images every example Dockerfile pins, each recorded once: its tag, the digest a
 * `docker pull name:tag` resolved to when the source was written (the multi-platform image
 * index, not one platform's manifest), where that digest was copied from, and the compressed
 * size the source publishes for linux/amd64 when it gives one.
 *
 * No digest here is invented: each is copied from the named file at the named commit.
 * tests/unit/base-images.test.ts holds every `FROM … @sha256:` under examples/ to this list.
 */

/** A file in a public GitHub repository, at one commit. */
export interface SourceFile {
  repo: string;
  path: string;
  commit: string;
  /** The day the file was read for this guide (YYYY-MM-DD). */
  read: string;
}

/** A compressed size as the source prints it, for one platform's manifest. */
export interface PublishedCompressedSize {
  platform: 'linux/amd64';
  bytes: number;
  /** The figure as the source prints it. */
  text: string;
  /** The platform manifest's digest, inside the index. */
  manifest_digest: string;
  /** The newest layer's "Last Modified" date in the source (YYYY-MM-DD). */
  layers_date: string;
}

export interface PinnedBaseImage {
  /** Short id used by tables and tests. */
  id: string;
  /** Repository as written in FROM, e.g. "golang" or "gcr.io/distroless/static-debian13". */
  repository: string;
  tag: string;
  /** The image index digest. */
  digest: string;
  /** What the release line is, in words ("Go 1.27 on Alpine 3.24"). */
  describes: string;
  source: SourceFile & { note: string };
  /** Null when the source publishes no size. */
  compressed: PublishedCompressedSize | null;
}

export const pinnedBaseImages = [
  {
    id: 'golang',
    repository: 'golang',
    tag: '1.27-alpine3.24',
    digest: 'sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125',
    describes: 'Go 1.27 (1.27.1 when read) on Alpine 3.24',
    source: {
      repo: 'docker-library/repo-info',
      path: 'repos/golang/remote/1.27-alpine3.24.md',
      commit: '274d39a50141ecda8745a0ebaa20760259111041',
      read: '2026-12-05',
      note: "docker-library's record of the tag as Docker Hub serves it: the index digest, then each platform's manifest and layers.",
    },
    compressed: {
      platform: 'linux/amd64',
      bytes: 75169503,
      text: '75.2 MB (75169503 bytes)',
      manifest_digest: 'sha256:f86f1a6701e3dcc445fec097a42f78b758f15950ccf032c2d3e54e2754d32fdb',
      layers_date: '2026-09-01',
    },
  },
  {
    id: 'alpine',
    repository: 'alpine',
    tag: '3.24',
    digest: 'sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60',
    describes: 'Alpine 3.24 (3.24.2 when read)',
    source: {
      repo: 'docker-library/repo-info',
      path: 'repos/alpine/remote/3.24.md',
      commit: '1746b58749182f00f5d2c26a53fff697cfce2c81',
      read: '2026-12-05',
      note: "docker-library's record of the tag as Docker Hub serves it: the index digest, then each platform's manifest and layers.",
    },
    compressed: {
      platform: 'linux/amd64',
      bytes: 3849738,
      text: '3.8 MB (3849738 bytes)',
      manifest_digest: 'sha256:d56c381f961d307a21b3ca004cf1e3910f106644aefb1f43e654c8a56c4fd395',
      layers_date: '2026-09-17',
    },
  },
  {
    id: 'distroless-static',
    repository: 'gcr.io/distroless/static-debian13',
    tag: 'nonroot',
    digest: 'sha256:f7f8f729987ad0fdf6b05eeeae94b26e6a0f613bdf46feea7fc40f7bd72953e6',
    describes: "distroless's static image on Debian 13, running as nonroot (UID 65532)",
    source: {
      repo: 'cloudnative-pg/cloudnative-pg',
      path: 'Dockerfile',
      commit: 'a95a534dbe0854495b863bbc1b7651f74d310916',
      read: '2026-12-05',
      note: 'docker-library does not cover gcr.io. CloudNativePG pins its operator base by digest and lets Renovate refresh it; this digest was set on 2026-07-20 (commit 79faa54c) and is the one at the commit named. The source gives no size.',
    },
    compressed: null,
  },
  {
    id: 'debian-slim',
    repository: 'debian',
    tag: 'trixie-slim',
    digest: 'sha256:3a39a0592364683e6bab97937b72cad5a8fa6dcbbee90edb3bb48c7f8e94f258',
    describes: 'Debian 13 (trixie), slim variant',
    source: {
      repo: 'docker-library/repo-info',
      path: 'repos/debian/remote/trixie-slim.md',
      commit: '05f354f0a08a211fdfed2f21845d1fccd389921d',
      read: '2026-12-05',
      note: "docker-library's record of the tag as Docker Hub serves it: the index digest, then each platform's manifest and layers.",
    },
    compressed: {
      platform: 'linux/amd64',
      bytes: 29780765,
      text: '29.8 MB (29780765 bytes)',
      manifest_digest: 'sha256:38a76d01668772e381ad2826d876627c89e7133e2f8a0f5d567306798b0f2a16',
      layers_date: '2026-08-04',
    },
  },
] as const satisfies readonly PinnedBaseImage[];

export type PinnedBaseImageId = (typeof pinnedBaseImages)[number]['id'];

export function pinnedImage(id: PinnedBaseImageId): PinnedBaseImage {
  const found = pinnedBaseImages.find((b) => b.id === id);
  if (!found) throw new Error(`no pinned base image "${id}"`);
  return found;
}

/** "name:tag", e.g. "alpine:3.24". */
export function imageName(image: PinnedBaseImage): string {
  return `${image.repository}:${image.tag}`;
}

/** "name:tag@sha256:…", as FROM writes it. */
export function pinnedReference(image: PinnedBaseImage): string {
  return `${imageName(image)}@${image.digest}`;
}

/** The source file's address on GitHub, at its commit. */
export function sourceUrl(source: SourceFile): string {
  return `https://github.com/${source.repo}/blob/${source.commit}/${source.path}`;
}
