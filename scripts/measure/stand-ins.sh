#!/usr/bin/env bash
# Builds local stand-ins for the three base images the examples pin, for machines that cannot
# reach a container registry. Only deb.debian.org is needed. Idempotent: an image whose
# `standin.recipe` label matches this script's hash is left alone; pass --force to rebuild.
#
#   sudo scripts/measure/stand-ins.sh [--force]
#
# Needs: root, a running dockerd, debootstrap, chroot. Work files go to $STANDIN_WORKDIR
# (default /var/cache/dfp-standins), never into the repository.
#
# What each stand-in is, and exactly how it differs from the real image, is written out in
# scripts/measure/STAND-INS.md. In short:
#
#   standin/alpine:3.21
#       for alpine:3.21. A busybox rootfs: busybox 1.35 (Debian's source, built static with
#       upstream defconfig, which includes adduser/addgroup), Alpine's default passwd/group
#       layout, Debian's CA bundle at /etc/ssl/certs/ca-certificates.crt. No musl, no apk.
#   standin/golang:1.23-alpine3.21
#       for golang:1.23-alpine3.21. Built FROM standin/alpine:3.21 the way the official image
#       is built FROM alpine:3.21: Go (Debian bookworm-backports golang-1.23, 1.23.5, whose
#       toolchain binaries are static) at /usr/local/go, GOPATH=/go, GOTOOLCHAIN=local.
#   standin/distroless-static-debian12:nonroot
#       for gcr.io/distroless/static-debian12:nonroot. The same Debian 12 packages distroless
#       unpacks (base-files, netbase, tzdata, media-types), the CA bundle, distroless's passwd,
#       group, nsswitch.conf, /home/nonroot and /tmp; USER 65532, WORKDIR /home/nonroot. No shell.
#
# It then writes scripts/measure/base-map.standin.json next to this script.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="${STANDIN_WORKDIR:-/var/cache/dfp-standins}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1
RECIPE="$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)"

GOLANG_REF='golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596'
ALPINE_REF='alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d'
DISTROLESS_REF='gcr.io/distroless/static-debian12:nonroot@sha256:d093aa3e30dbadd3efe1310db061a14da60299baff8450a17fe0ccc514a16639'
ALPINE_TAG='standin/alpine:3.21'
GOLANG_TAG='standin/golang:1.23-alpine3.21'
DISTROLESS_TAG='standin/distroless-static-debian12:nonroot'
# Fixed mtime for files this script writes, so rebuilt rootfs tars differ only where content does.
EPOCH=1700000000

log() { printf '[stand-ins] %s\n' "$*" >&2; }
die() { printf '[stand-ins] error: %s\n' "$*" >&2; exit 1; }

[[ $EUID -eq 0 ]] || die "run as root (debootstrap, chroot and docker import need it)"
command -v docker >/dev/null || die "docker CLI not found"
docker info >/dev/null 2>&1 || die "cannot reach the Docker daemon (start dockerd first)"
command -v debootstrap >/dev/null || die "debootstrap not found (apt-get install debootstrap)"

up_to_date() { # tag
  [[ $FORCE -eq 0 ]] || return 1
  local got
  got="$(docker image inspect --format '{{index .Config.Labels "standin.recipe"}}' "$1" 2>/dev/null || true)"
  [[ "$got" == "$RECIPE" ]]
}

mkdir -p "$WORK"
CHROOT="$WORK/rootfs-build"

# ---------------------------------------------------------------------------------------------
# 1. A Debian bookworm minbase chroot, used only as a source of packages and as a build host.
# ---------------------------------------------------------------------------------------------
mount_chroot() {
  mountpoint -q "$CHROOT/proc" || mount -t proc proc "$CHROOT/proc"
}
umount_chroot() {
  mountpoint -q "$CHROOT/proc" && umount "$CHROOT/proc" || true
}
trap umount_chroot EXIT

if [[ ! -x "$CHROOT/usr/bin/apt-get" || ! -f "$CHROOT/.debootstrap-done" ]]; then
  log "debootstrap --variant=minbase bookworm -> $CHROOT"
  rm -rf "$CHROOT"
  debootstrap --variant=minbase bookworm "$CHROOT" "$MIRROR"
  touch "$CHROOT/.debootstrap-done"
fi
mount_chroot
in_chroot() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }

if [[ ! -f "$CHROOT/.packages-done" ]]; then
  log "installing packages in the chroot (golang-1.23 from bookworm-backports, build tools for busybox)"
  cat > "$CHROOT/etc/apt/sources.list" <<EOF
deb $MIRROR bookworm main
deb-src $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb $MIRROR bookworm-backports main
EOF
  cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
  in_chroot apt-get update -q
  in_chroot apt-get install -y -q --no-install-recommends \
    ca-certificates tzdata netbase media-types build-essential dpkg-dev
  in_chroot apt-get install -y -q --no-install-recommends -t bookworm-backports golang-1.23-go
  touch "$CHROOT/.packages-done"
fi

# ---------------------------------------------------------------------------------------------
# 2. busybox, static, with upstream defconfig (Debian's busybox and busybox-static builds leave
#    out adduser/addgroup, which Alpine-syntax Dockerfiles call).
# ---------------------------------------------------------------------------------------------
BUSYBOX_BIN="$WORK/busybox"
if [[ ! -x "$BUSYBOX_BIN" || $FORCE -eq 1 ]]; then
  log "building busybox (Debian bookworm source, upstream defconfig, static)"
  in_chroot sh -c 'set -e; rm -rf /build && mkdir /build && cd /build && apt-get source -q busybox >/dev/null 2>&1 || apt-get source busybox'
  in_chroot sh -c '
    set -e
    cd /build/busybox-*/
    make -s defconfig >/dev/null
    sed -i -e "s/^# CONFIG_STATIC is not set/CONFIG_STATIC=y/" \
           -e "s/^CONFIG_TC=y/# CONFIG_TC is not set/" .config
    make -s oldconfig </dev/null >/dev/null
    make -s -j"$(nproc)" busybox >/build/make.log 2>&1 || { tail -n 40 /build/make.log; exit 1; }
    cp busybox /build/busybox.out'
  cp "$CHROOT/build/busybox.out" "$BUSYBOX_BIN"
  "$BUSYBOX_BIN" --list | grep -qx adduser || die "busybox built without adduser"
fi

touch_tree() { find "$1" -xdev -exec touch -h -d "@$EPOCH" {} + ; }

# ---------------------------------------------------------------------------------------------
# 3. standin/alpine:3.21
# ---------------------------------------------------------------------------------------------
build_alpine() {
  local R="$WORK/alpine-rootfs"
  rm -rf "$R"; mkdir -p "$R"
  (cd "$R" && mkdir -p bin sbin dev etc/apk etc/ssl/certs home lib media mnt opt proc root run srv sys tmp \
      usr/bin usr/sbin usr/lib usr/local/bin usr/local/lib usr/local/share usr/share \
      var/cache var/empty var/lib var/local var/lock var/log var/mail var/opt var/spool var/tmp)
  chmod 1777 "$R/tmp" "$R/var/tmp"; chmod 700 "$R/root"
  install -m 0755 "$BUSYBOX_BIN" "$R/bin/busybox"
  chroot "$R" /bin/busybox --install -s
  # Alpine's default accounts (alpine-baselayout), so ids such as 1001 are free as they are there.
  cat > "$R/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
EOF
  cat > "$R/etc/group" <<'EOF'
root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
EOF
  awk -F: '{ print $1 ":*::0:::::" }' "$R/etc/passwd" > "$R/etc/shadow"
  sed -i 's/^root:\*:/root:!:/' "$R/etc/shadow"
  chmod 640 "$R/etc/shadow"; chgrp 42 "$R/etc/shadow"
  printf '/bin/sh\n/bin/ash\n' > "$R/etc/shells"
  printf 'localhost\n' > "$R/etc/hostname"
  cat > "$R/etc/os-release" <<'EOF'
NAME="Stand-in for alpine:3.21"
ID=standin-alpine
VERSION_ID=3.21
PRETTY_NAME="Stand-in for alpine:3.21 (busybox rootfs built from Debian bookworm; not Alpine)"
HOME_URL="https://example.invalid/dockerfile-practices/scripts/measure/STAND-INS.md"
EOF
  printf '3.21-standin\n' > "$R/etc/alpine-release"
  cp "$CHROOT/etc/ssl/certs/ca-certificates.crt" "$R/etc/ssl/certs/ca-certificates.crt"
  ln -s certs/ca-certificates.crt "$R/etc/ssl/cert.pem"
  touch_tree "$R"
  log "docker import -> $ALPINE_TAG"
  tar --numeric-owner --sort=name -C "$R" -cf - . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["/bin/sh"]' \
    --change "LABEL standin.recipe=$RECIPE standin.for=$ALPINE_REF" \
    - "$ALPINE_TAG" >/dev/null
}

# ---------------------------------------------------------------------------------------------
# 4. standin/golang:1.23-alpine3.21, FROM the alpine stand-in, laid out like the official image.
# ---------------------------------------------------------------------------------------------
build_golang() {
  local C="$WORK/golang-context"
  rm -rf "$C"; mkdir -p "$C/go"
  cp -a "$CHROOT/usr/lib/go-1.23/." "$C/go/"
  # Debian splits GOROOT between /usr/lib/go-1.23 and /usr/share/go-1.23 with symlinks; the
  # official tarball is one tree. Replace the top-level links with the real directories.
  for l in src api test misc pkg/include; do
    if [[ -L "$C/go/$l" ]]; then
      local target; target="$(readlink -f "$CHROOT/usr/lib/go-1.23/$l")"
      rm "$C/go/$l"; cp -a "$target" "$C/go/$l"
    fi
  done
  local gover; gover="$(head -n1 "$C/go/VERSION" | sed 's/^go//')"
  cat > "$C/Dockerfile" <<EOF
FROM $ALPINE_TAG
ENV GOLANG_VERSION=$gover
ENV GOTOOLCHAIN=local
ENV GOPATH=/go
ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
COPY go/ /usr/local/go/
RUN mkdir -p "\$GOPATH/src" "\$GOPATH/bin" && chmod -R 1777 "\$GOPATH" && go version
WORKDIR /go
LABEL standin.recipe=$RECIPE standin.for=$GOLANG_REF
EOF
  log "docker build -> $GOLANG_TAG (Go $gover)"
  DOCKER_BUILDKIT=0 docker build -q --network host -t "$GOLANG_TAG" "$C" 2>&1 >/dev/null | grep -v -e DEPRECATED -e 'BuildKit is currently disabled' -e 'environment-variable' -e '^$' >&2 || true
  docker image inspect "$GOLANG_TAG" --format '{{index .Config.Labels "standin.recipe"}}' | grep -qx "$RECIPE" || die "building $GOLANG_TAG failed"
  rm -rf "$C"
}

# ---------------------------------------------------------------------------------------------
# 5. standin/distroless-static-debian12:nonroot, assembled the way distroless assembles static.
# ---------------------------------------------------------------------------------------------
build_distroless() {
  local R="$WORK/distroless-rootfs" D="$WORK/debs"
  rm -rf "$R" "$D"; mkdir -p "$R" "$D"
  chmod 755 "$R"
  in_chroot sh -c 'rm -rf /debs && mkdir /debs && cd /debs && apt-get download -q base-files netbase tzdata media-types ca-certificates >/dev/null 2>&1'
  cp "$CHROOT"/debs/*.deb "$D/"
  for p in base-files netbase tzdata media-types; do
    dpkg-deb -x "$D"/${p}_*.deb "$R"
    # distroless records each package in /var/lib/dpkg/status.d/<name> for scanners.
    mkdir -p "$R/var/lib/dpkg/status.d"
    dpkg-deb -f "$D"/${p}_*.deb > "$R/var/lib/dpkg/status.d/$p"
  done
  # cacerts: the generated bundle plus the package's copyright file.
  mkdir -p "$R/etc/ssl/certs" "$R/usr/share/doc/ca-certificates"
  cp "$CHROOT/etc/ssl/certs/ca-certificates.crt" "$R/etc/ssl/certs/ca-certificates.crt"
  cp "$CHROOT/usr/share/doc/ca-certificates/copyright" "$R/usr/share/doc/ca-certificates/copyright"
  cat > "$R/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
EOF
  cat > "$R/etc/group" <<'EOF'
root:x:0:
nobody:x:65534:
tty:x:5:
staff:x:50:
nonroot:x:65532:
EOF
  cat > "$R/etc/nsswitch.conf" <<'EOF'
# /etc/nsswitch.conf
#
# Example configuration of GNU Name Service Switch functionality.
# If you have the `glibc-doc-reference' and `info' packages installed, try:
# `info libc "Name Service Switch"' for information about this file.

passwd:         compat
group:          compat
shadow:         compat
gshadow:        files

hosts:          files dns
networks:       files

protocols:      db files
services:       db files
ethers:         db files
rpc:            db files

netgroup:       nis
EOF
  rm -f "$R/etc/os-release" "$R/usr/lib/os-release"
  cat > "$R/etc/os-release" <<'EOF'
PRETTY_NAME="Stand-in for Distroless (static-debian12), built from Debian 12 packages"
NAME="Debian GNU/Linux"
ID="debian"
VERSION_ID="12"
VERSION="Debian GNU/Linux 12 (bookworm)"
HOME_URL="https://example.invalid/dockerfile-practices/scripts/measure/STAND-INS.md"
EOF
  mkdir -p "$R/root" "$R/home/nonroot" "$R/tmp"
  chmod 700 "$R/root" "$R/home/nonroot"; chmod 755 "$R/home"; chmod 1777 "$R/tmp"
  chown 65532:65532 "$R/home/nonroot"
  # No shell, no package manager. (base-files ships /etc/update-motd.d/10-uname, a script no
  # one can run without a shell; the real image has it too.)
  [[ ! -e "$R/bin/sh" && ! -e "$R/usr/bin/sh" ]] || die "distroless stand-in has a shell"
  touch_tree "$R"
  log "docker import -> $DISTROLESS_TAG"
  tar --numeric-owner --sort=name -C "$R" -cf - . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt' \
    --change 'USER 65532' \
    --change 'WORKDIR /home/nonroot' \
    --change "LABEL standin.recipe=$RECIPE standin.for=$DISTROLESS_REF" \
    - "$DISTROLESS_TAG" >/dev/null
  rm -rf "$D"
}

if up_to_date "$ALPINE_TAG"; then log "$ALPINE_TAG is up to date"; else build_alpine; FORCE_CHILD=1; fi
if [[ "${FORCE_CHILD:-0}" == 0 ]] && up_to_date "$GOLANG_TAG"; then log "$GOLANG_TAG is up to date"; else build_golang; fi
if up_to_date "$DISTROLESS_TAG"; then log "$DISTROLESS_TAG is up to date"; else build_distroless; fi

# ---------------------------------------------------------------------------------------------
# 6. The base map used by measure-images.ts --base-map.
# ---------------------------------------------------------------------------------------------
cat > "$HERE/base-map.standin.json" <<EOF
{
  "\$comment": "Written by scripts/measure/stand-ins.sh. Pinned reference, exactly as the example Dockerfiles write it -> local stand-in tag. See scripts/measure/STAND-INS.md for what differs.",
  "$GOLANG_REF": "$GOLANG_TAG",
  "$ALPINE_REF": "$ALPINE_TAG",
  "$DISTROLESS_REF": "$DISTROLESS_TAG"
}
EOF
log "wrote $HERE/base-map.standin.json"
docker image ls --format '{{.Repository}}:{{.Tag}}\t{{.ID}}\t{{.Size}}' | grep '^standin/' >&2
