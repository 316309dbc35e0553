/**
 * Large Dockerfiles of a given size, for the time-and-memory series of `npm run bench` and the
 * linearity test: one RUN continued over every line, and 22 stages of ordinary instructions.
 */

/** A Dockerfile of about `bytes` bytes whose body is one RUN, continued line after line. */
export function singleRunDockerfile(bytes: number): string {
  const parts = ['FROM alpine:3.21\nRUN set -eux \\\n'];
  let size = parts[0]?.length ?? 0;
  for (let k = 0; size < bytes; k++) {
    const line = k % 5 === 4 ? `    # step ${k}\n` : `    && apk add --no-cache "pkg-${k}" --repository=https://example.com/r/${k} \\\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push('    && true\n');
  return parts.join('');
}

/** A Dockerfile of about `bytes` bytes in `stages` stages of ordinary instructions. */
export function stagesDockerfile(bytes: number, stages = 22): string {
  const per = bytes / stages;
  const parts: string[] = ['ARG BASE=alpine:3.21\n'];
  for (let s = 0; s < stages; s++) {
    let size = 0;
    const head = s === 0 ? 'FROM ${BASE} AS s0\n' : `FROM s${s - 1} AS s${s}\n`;
    parts.push(head);
    size += head.length;
    for (let k = 0; size < per; k++) {
      const line = [
        `ENV V${k}=value-${k} PATH=/opt/${k}/bin:$PATH\n`,
        `RUN apk add --no-cache tool-${k} && rm -rf /var/cache/apk/* && echo "$V${k}" > /etc/v${k}\n`,
        `COPY --chown=1001:1001 src/${k}/ /app/${k}/\n`,
        `# note ${k}\n`,
        `WORKDIR /app/$V${k}\n`,
        `LABEL org.example.k${k}="${k}"\n`,
      ][k % 6] ?? '';
      parts.push(line);
      size += line.length;
    }
  }
  parts.push('USER 1001\nENTRYPOINT ["/app/app"]\n');
  return parts.join('');
}
