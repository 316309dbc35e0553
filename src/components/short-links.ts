/**
 * The rules' short links, /r/<id>/: each rule's own id, and each peer rule's id (hadolint's
 * DL3006, Checkov's CKV_DOCKER_7) that our rules' `sources` name. A short link names one rule
 * (the page redirects to its section) or several (the page lists them). src/pages/r/[id].astro
 * builds the pages; astro.config.mjs keeps the redirects out of the sitemap. A peer's id works in
 * lower case too (/r/dl3006/).
 */
import { rules, type Rule } from '../linter/index.ts';
import { peerNames, peerSource } from '../rules/sources.ts';

export interface RuleShortLink {
  /** The path segment: `latest-tag`, `DL3006`. */
  id: string;
  rules: Rule[];
  /** The peer rules the id names, in words ("hadolint DL3006"); empty for our own ids. */
  peers: string[];
  /** For a peer's id typed in lower case (`dl3006`), the id as the peer writes it. */
  twinOf?: string;
}

export function ruleShortLinks(): RuleShortLink[] {
  const links = new Map<string, RuleShortLink>(rules.map((r) => [r.id, { id: r.id, rules: [r], peers: [] }]));
  for (const rule of rules) {
    for (const source of rule.sources) {
      const peer = peerSource(source.id);
      // Our ids are kebab-case and the peers' never are, but a peer must never hide a rule.
      if (rules.some((r) => r.id === peer.rule)) continue;
      const link = links.get(peer.rule) ?? { id: peer.rule, rules: [], peers: [] };
      if (!link.rules.includes(rule)) link.rules.push(rule);
      const name = `${peerNames[peer.tool]} ${peer.rule}`;
      if (!link.peers.includes(name)) link.peers.push(name);
      links.set(peer.rule, link);
    }
  }
  // Peers write their ids in capitals (DL3006, CKV_DOCKER_7); a reviewer may type them in lower case.
  for (const link of [...links.values()]) {
    const lower = link.id.toLowerCase();
    if (lower !== link.id && !links.has(lower)) links.set(lower, { ...link, id: lower, twinOf: link.id });
  }
  return [...links.values()];
}
