/**
 * Where each peer documents its rules, so docs can link a rule's `sources` to them.
 * Pure data: no network access happens here; pages only render the links.
 */
import type { PeerTool } from '../engine/types.ts';

export const peerNames: Record<PeerTool, string> = {
  hadolint: 'hadolint',
  buildkit: 'BuildKit',
  'dockerfile-utils': 'dockerfile-utils',
  trivy: 'Trivy',
  checkov: 'Checkov',
};

/** "JSONArgsRecommended" -> "json-args-recommended", as in Docker's build-checks URLs. */
function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

export interface PeerSource {
  tool: PeerTool;
  /** The peer's own id: "DL3006", "JSONArgsRecommended". */
  rule: string;
  /** Page documenting it. */
  url: string;
}

export function peerSource(id: string): PeerSource {
  const colon = id.indexOf(':');
  const tool = id.slice(0, colon) as PeerTool;
  const rule = id.slice(colon + 1);
  const url =
    tool === 'hadolint'
      ? `https://github.com/hadolint/hadolint/wiki/${rule}`
      : tool === 'buildkit'
        ? `https://docs.docker.com/reference/build-checks/${kebab(rule)}/`
        : tool === 'trivy'
          ? `https://avd.aquasec.com/misconfig/avd-${rule.toLowerCase()}`
          : tool === 'checkov'
            ? 'https://www.checkov.io/5.Policy%20Index/dockerfile.html'
            : 'https://github.com/rcjsuen/dockerfile-utils#readme';
  return { tool, rule, url };
}

/** The suppression comments that silence a rule: ours, and the peers' where they apply. */
export function suppressionComments(rule: { id: string; sources: readonly { id: string }[] }): string[] {
  const lines = [`# dockerfile-practices ignore=${rule.id}`];
  const hadolint = rule.sources.filter((s) => s.id.startsWith('hadolint:')).map((s) => s.id.slice(9));
  if (hadolint.length > 0) lines.push(`# hadolint ignore=${hadolint.join(',')}`);
  const buildkit = rule.sources.filter((s) => s.id.startsWith('buildkit:')).map((s) => s.id.slice(9));
  if (buildkit.length > 0) lines.push(`# check=skip=${buildkit.join(',')}`);
  return lines;
}
