import { parseImage, type ImageRef } from '../../engine/image.ts';
import type { Instruction, Model } from '../../engine/model.ts';
import { hasVariable } from '../../engine/words.ts';
import { defineRule } from '../define.ts';
import { mounts } from '../lib/commands.ts';
import { copyFrom } from '../lib/copy.ts';
import { isScratch } from '../lib/images.ts';

/** Docker Hub's other names, and an image with no registry, are docker.io. */
function registryOf(ref: ImageRef): string {
  const host = (ref.registry ?? 'docker.io').toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

/** "docker.io", "*.example.com" (any subdomain), "ghcr.io/acme" (that namespace and below), or "*" (any). */
function trusts(entry: string, ref: ImageRef): boolean {
  if (entry === '*') return true;
  const registry = registryOf(ref);
  const want = entry.toLowerCase().replace(/^(index|registry-1)\.docker\.io(?=\/|$)/, 'docker.io').replace(/\/+$/, '');
  if (want.startsWith('*.')) return registry.endsWith(want.slice(1));
  if (!want.includes('/')) return registry === want;
  const path = registry === 'docker.io' && !ref.path.includes('/') ? `library/${ref.path}` : ref.path;
  const full = `${registry}/${path}`;
  return full === want || full.startsWith(`${want}/`);
}

/** An image that COPY --from or RUN --mount from= names, when it is neither a stage nor a stage index. */
function imageNamed(model: Model, value: string | undefined, instruction: Instruction): ImageRef | null {
  if (!value || /^\d+$/.test(value) || hasVariable(value, instruction.escape)) return null;
  if (model.stages.some((s) => s.name?.toLowerCase() === value.toLowerCase())) return null;
  const ref = parseImage(value);
  return ref.error || isScratch(ref) ? null : ref;
}

export default defineRule({
  id: 'untrusted-registry',
  practice: 'pinned-base-images',
  severity: 'error',
  title: 'Pull base images only from trusted registries',
  rationale:
    'A base image is code that runs in your build and ships in your image, so where it comes from matters as much as which version it is. ' +
    'When the configuration lists trustedRegistries (for example your own mirror and docker.io), a FROM, COPY --from or RUN --mount from= that pulls an image from anywhere else is flagged. ' +
    'With no list, this rule stays quiet.',
  invalid: [{ code: 'FROM quay.example.net/tools/alpine:3.24\n', trustedRegistries: ['docker.io', 'ghcr.io/acme'] }],
  valid: [
    { code: 'FROM alpine:3.24\nFROM ghcr.io/acme/base:1.0 AS base\nFROM base\n', trustedRegistries: ['docker.io', 'ghcr.io/acme'] },
    { code: 'FROM quay.example.net/tools/alpine:3.24\n' },
  ],
  docs: [{ title: 'Docker build best practices: Choose the right base image', url: 'https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image' }],
  sources: [{ id: 'hadolint:DL3026', match: 'same' }],
  check({ model, report, options }) {
    const trusted = options.trustedRegistries ?? [];
    if (trusted.length === 0) return;
    const check = (ref: ImageRef, start: number, end: number, instruction: Instruction | null) => {
      if (trusted.some((entry) => trusts(entry, ref))) return;
      report({ start, end, instruction, message: `${ref.text} comes from ${registryOf(ref)}, which is not among the trusted registries (${trusted.join(', ')}).` });
    };
    for (const stage of model.stages) {
      const ref = stage.ref;
      if (ref && !ref.error && !isScratch(ref) && stage.imageWord) check(ref, stage.imageWord.start, stage.imageWord.end, stage.from);
      for (const i of stage.instructions) {
        if (i.keyword === 'COPY') {
          const ref = imageNamed(model, copyFrom(i), i);
          const flag = i.flag('from');
          if (ref && flag) check(ref, flag.start, flag.end, i);
        } else if (i.keyword === 'RUN') {
          for (const m of mounts(i)) {
            const ref = imageNamed(model, m.from, i);
            const flag = i.flags.find((f) => f.name === 'mount' && f.value?.includes(m.from ?? '\0'));
            if (ref) check(ref, flag?.start ?? i.keywordStart, flag?.end ?? i.keywordEnd, i);
          }
        }
      }
    }
  },
});
