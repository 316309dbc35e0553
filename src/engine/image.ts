/**
 * Image references as the builder parses them (github.com/distribution/reference):
 * [registry/]path[:tag][@algorithm:hex].
 */

export interface ImageRef {
  /** The whole reference as given. */
  readonly text: string;
  /** Registry host, with port, if the first component looks like one. */
  readonly registry: string | null;
  /** Repository path without the registry: "library/debian" is written "debian". */
  readonly path: string;
  /** Last path component: "distroless/static-debian13" gives "static-debian13". */
  readonly name: string;
  readonly tag: string | null;
  readonly digest: string | null;
  /** Why the reference is invalid, or null when it is valid. */
  readonly error: string | null;
}

const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainRe = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const pathComponentRe = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagRe = /^[\w][\w.-]{0,127}$/;
const digestRe = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const digestLengths = new Map([['sha256', 64], ['sha384', 96], ['sha512', 128]]);

/** Lowercase letters and digits with single separators: the common case, checked without a regex. */
function isSimpleComponent(part: string): boolean {
  if (part.length === 0) return false;
  let prevSeparator = true;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum) prevSeparator = false;
    else if ((c === 45 || c === 46) && !prevSeparator) prevSeparator = true;
    else return false;
  }
  return !prevSeparator;
}

export function parseImage(text: string): ImageRef {
  let rest = text;
  let digest: string | null = null;
  let tag: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  const path = rest;
  const lastSlash = path.lastIndexOf('/');
  const name = lastSlash >= 0 ? path.slice(lastSlash + 1) : path;
  return { text, registry, path, name, tag, digest, error: validate(text, registry, path, tag, digest) };
}

function validate(text: string, registry: string | null, path: string, tag: string | null, digest: string | null): string | null {
  if (text === '') return 'the image name is empty';
  if (registry !== null && !domainRe.test(registry)) return `"${registry}" is not a valid registry host`;
  if (path === '') return 'the repository name is empty';
  for (const part of path.split('/')) {
    if (!isSimpleComponent(part) && !pathComponentRe.test(part)) {
      return part !== part.toLowerCase()
        ? 'the repository name must be lowercase'
        : `"${part}" is not a valid repository name component`;
    }
  }
  if ((registry ? registry.length + 1 : 0) + path.length > 255) return 'the repository name is longer than 255 characters';
  if (tag !== null && !tagRe.test(tag)) {
    return tag === '' ? 'the tag after ":" is empty' : `"${tag}" is not a valid tag`;
  }
  if (digest !== null) {
    if (!digestRe.test(digest)) return digest === '' ? 'the digest after "@" is empty' : `"${digest}" is not a valid digest`;
    const [algorithm = '', hex = ''] = digest.split(':');
    const want = digestLengths.get(algorithm);
    // go-digest, which BuildKit parses references with, refuses an algorithm it has no hash for.
    if (want === undefined) return `"${algorithm}" is not a digest algorithm BuildKit supports (sha256, sha384 or sha512)`;
    if (hex.length !== want) return `a ${algorithm} digest has ${want} hex digits, this one has ${hex.length}`;
  }
  return null;
}
