#!/usr/bin/env bash
# Builds standin/debian:bookworm-slim, a local stand-in for debian:bookworm-slim, for machines that
# cannot reach a container registry (only deb.debian.org is needed), and adds it to
# scripts/measure/base-map.standin.json. Run it after stand-ins.sh, which rewrites that file.
#
#   sudo scripts/measure/stand-in-debian-slim.sh [--force]
#
# It is made the way the official image is made (debuerreotype): debootstrap --variant=minbase
# bookworm, then debuerreotype's "slimify" dpkg excludes (no docs but copyright files, no man
# pages, no locales), its apt settings for containers (docker-clean, docker-gzip-indexes,
# docker-no-languages, docker-autoremove-suggests) and no package lists. Differences from the
# real image: scripts/measure/STAND-INS.md. Work files go to $STANDIN_WORKDIR (default
# /var/cache/dfp-standins), never into the repository.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="${STANDIN_WORKDIR:-/var/cache/dfp-standins}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
REF='debian:bookworm-slim@sha256:d5d3f9c23164ea16f31852f95bd5959aad1c5e854332fe00f7b3a20fcc9f635c'
TAG='standin/debian:bookworm-slim'
RECIPE="$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)"
EPOCH=1700000000
R="$WORK/debian-slim-rootfs"

log() { printf '[stand-in debian-slim] %s\n' "$*" >&2; }
die() { printf '[stand-in debian-slim] error: %s\n' "$*" >&2; exit 1; }
[[ $EUID -eq 0 ]] || die "run as root (debootstrap and docker import need it)"
docker info >/dev/null 2>&1 || die "cannot reach the Docker daemon (start dockerd first)"
command -v debootstrap >/dev/null || die "debootstrap not found (apt-get install debootstrap)"

got="$(docker image inspect --format '{{index .Config.Labels "standin.recipe"}}' "$TAG" 2>/dev/null || true)"
if [[ "${1:-}" != "--force" && "$got" == "$RECIPE" ]]; then
  log "$TAG is up to date"
else
  mkdir -p "$WORK"
  rm -rf "$R"
  log "debootstrap --variant=minbase bookworm -> $R"
  debootstrap --variant=minbase bookworm "$R" "$MIRROR" >"$WORK/debian-slim-debootstrap.log" 2>&1 \
    || die "debootstrap failed; see $WORK/debian-slim-debootstrap.log"

  # debuerreotype-minimizing-config: apt and dpkg settings every official Debian image has.
  cat > "$R/etc/apt/apt.conf.d/docker-clean" <<'CONF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
CONF
  echo 'Acquire::GzipIndexes "true";' > "$R/etc/apt/apt.conf.d/docker-gzip-indexes"
  echo 'Acquire::Languages "none";' > "$R/etc/apt/apt.conf.d/docker-no-languages"
  printf 'Apt::AutoRemove::SuggestsImportant "false";\n' > "$R/etc/apt/apt.conf.d/docker-autoremove-suggests"
  # debuerreotype-slimify: the dpkg excludes of the -slim variants, applied to what is installed.
  cat > "$R/etc/dpkg/dpkg.cfg.d/docker" <<'CONF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
CONF
  find "$R/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$R/usr/share/doc" -mindepth 1 -type d -empty -delete
  rm -rf "$R"/usr/share/{groff,info,linda,locale,man}/* "$R"/usr/share/lintian/overrides/*
  # Sources as the image has them (deb822), updates and security included; no lists, no caches.
  rm -f "$R/etc/apt/sources.list"
  cat > "$R/etc/apt/sources.list.d/debian.sources" <<'CONF'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
CONF
  rm -rf "$R"/var/lib/apt/lists/* "$R"/var/cache/apt/* "$R"/var/log/* "$R"/tmp/* "$R"/debootstrap
  mkdir -p "$R/var/lib/apt/lists/partial"
  : > "$R/etc/hostname"; : > "$R/etc/resolv.conf"
  find "$R" -xdev -newermt "@$EPOCH" -exec touch -h -d "@$EPOCH" {} + 2>/dev/null || true
  log "docker import -> $TAG"
  tar --numeric-owner --sort=name -C "$R" -cf - . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    --change "LABEL standin.recipe=$RECIPE standin.for=$REF" \
    - "$TAG" >/dev/null
  rm -rf "$R"
fi

# Add the entry to the base map that stand-ins.sh wrote.
MAP="$HERE/base-map.standin.json"
[[ -f "$MAP" ]] || die "$MAP not found: run scripts/measure/stand-ins.sh first"
node -e '
  const fs = require("node:fs");
  const [file, ref, tag] = process.argv.slice(1);
  const map = JSON.parse(fs.readFileSync(file, "utf8"));
  map[ref] = tag;
  fs.writeFileSync(file, JSON.stringify(map, null, 2) + "\n");
' "$MAP" "$REF" "$TAG"
log "added $TAG to $MAP"
docker image ls --format '{{.Repository}}:{{.Tag}}\t{{.ID}}\t{{.Size}}' "$TAG" >&2
