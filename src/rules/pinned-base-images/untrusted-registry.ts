import type { ImageRef } from '../../engine/image.ts';
import { defineRule } from '../define.ts';
import { isScratch } from '../lib/images.ts';

/** Docker Hub's other names, and an image with no registry, are docker.io. */
function registryOf(ref: ImageRef): string {
  const host = (ref.registry ?? 'docker.io').toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

/** "docker.io", "*.example.com" (any subdomain), or "ghcr.io/acme" (that namespace and below). */
function trusts(entry: string, ref: ImageRef): boolean {
  const registry = registryOf(ref);
  const want = entry.toLowerCase().replace(/^(index|registry-1)\.docker\.io(?=\/|$)/, 'docker.io').replace(/\/+$/, '');
  if (want.startsWith('*.')) return registry.endsWith(want.slice(1));
  if (!want.includes('/')) return registry === want;
  const path = registry === 'docker.io' && !ref.path.includes('/') ? `library/${ref.path}` : ref.path;
  const full = `${registry}/${path}`;
  return full === want || full.startsWith(`${want}/`);
}

export default defineRule({
  id: 'untrusted-registry',
  practice: 'pinned-base-images',
  severity: 'error',
  title: 'Pull base images only from trusted registries',
  rationale:
    'A base image is code that runs in your build and ships in your image, so where it comes from matters as much as which version it is. ' +
    'When the configuration lists trustedRegistries (for example your own mirror and docker.io), a FROM that pulls from anywhere else is flagged. ' +
    'With no list, this rule stays quiet.',
  invalid: [{ code: 'FROM quay.example.net/tools/alpine:3.21\n', trustedRegistries: ['docker.io', 'ghcr.io/acme'] }],
  valid: [
    { code: 'FROM alpine:3.21\nFROM ghcr.io/acme/base:1.0 AS base\nFROM base\n', trustedRegistries: ['docker.io', 'ghcr.io/acme'] },
    { code: 'FROM quay.example.net/tools/alpine:3.21\n' },
  ],
  docs: [{ title: 'Docker build best practices: Choose the right base image', url: 'https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image' }],
  sources: [{ id: 'hadolint:DL3026', match: 'same' }],
  check({ model, report, options }) {
    const trusted = options.trustedRegistries ?? [];
    if (trusted.length === 0) return;
    for (const stage of model.stages) {
      const ref = stage.ref;
      if (!ref || ref.error || isScratch(ref) || !stage.imageWord) continue;
      if (trusted.some((entry) => trusts(entry, ref))) continue;
      report({
        start: stage.imageWord.start,
        end: stage.imageWord.end,
        instruction: stage.from,
        message: `${ref.text} comes from ${registryOf(ref)}, which is not among the trusted registries (${trusted.join(', ')}).`,
      });
    }
  },
});
