import { ruleTester } from './rule-tester.ts';
import untaggedImage from '../../../src/rules/pinned-base-images/untagged-image.ts';
import latestTag from '../../../src/rules/pinned-base-images/latest-tag.ts';
import missingDigest from '../../../src/rules/pinned-base-images/missing-digest.ts';
import invalidImageReference from '../../../src/rules/pinned-base-images/invalid-image-reference.ts';
import baseImageArgDefault from '../../../src/rules/pinned-base-images/base-image-arg-default.ts';
import emptyBaseImage from '../../../src/rules/pinned-base-images/empty-base-image.ts';
import undefinedArgInFrom from '../../../src/rules/pinned-base-images/undefined-arg-in-from.ts';

const DIGEST = 'sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d';

ruleTester(untaggedImage, {
  valid: [
    'FROM ruby@sha256:f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc91234\n',
    'FROM ruby:2\n',
    'FROM ${VALUE}\n',
    'FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\n',
    'FROM scratch\n',
    // One-word names outside Docker Hub's official images: built locally (by a test harness) just before.
    'FROM bats-test-base\nRUN plugin-cli --plugins junit:1.6\n',
    'FROM docker.io/library/app-under-test\n',
    // The OSS-Fuzz and ClusterFuzzLite base images are documented untagged: they move with the fuzzing runners.
    'FROM gcr.io/oss-fuzz-base/base-builder\nCOPY . $SRC/app\nCOPY .clusterfuzzlite/build.sh $SRC/\n',
  ],
  invalid: [
    { code: 'FROM debian\n', errors: [{ line: 1, column: 6, endColumn: 12 }] },
    { code: 'FROM gcr.io/other-project/base-builder\n', errors: 1, name: 'another gcr.io project: no documented exception' },
    { code: 'FROM docker.io/debian\n', errors: 1, name: 'an official image named with its registry' },
    { code: 'FROM centos\n', errors: 1, name: 'a deprecated official image, still pullable' },
    { code: 'FROM myorg/app-base\n', errors: 1, name: 'a namespaced Docker Hub image' },
    { code: 'FROM debian AS builder\n', errors: 1 },
    { code: 'FROM golang:1.9 AS build\nFROM node as unit-test\n', errors: [{ line: 2 }] },
    { code: 'FROM --platform=$BUILDPLATFORM node\n', errors: [{ column: 32 }] },
    { code: 'ARG IMG=node\nFROM $IMG\n', errors: 1, name: 'resolved from an ARG default' },
    { code: 'from node\n', errors: 1 },
  ],
});

ruleTester(latestTag, {
  valid: ['FROM debian:jessie\n', `FROM hub.docker.io/debian:latest@${DIGEST}\n`, 'FROM scratch\n'],
  invalid: [
    { code: 'FROM debian:latest\n', errors: [{ column: 6 }] },
    { code: 'FROM debian:latest AS builder\n', errors: 1 },
  ],
});

ruleTester(missingDigest, {
  valid: [`FROM alpine:3.21@${DIGEST}\n`, 'FROM scratch\n', 'FROM alpine\n', 'FROM alpine:latest\n', 'FROM a:1@' + DIGEST + ' AS b\nFROM b\n', 'FROM app-under-test:ci\n'],
  invalid: [
    { code: 'FROM alpine:3.21\n', errors: [{ column: 6, endColumn: 17 }] },
    { code: 'FROM gcr.io/distroless/static-debian12:nonroot AS runtime\n', errors: 1 },
    { code: 'ARG V=3.21\nFROM alpine:$V\n', errors: 1 },
  ],
});

ruleTester(invalidImageReference, {
  valid: [
    'FROM node@sha256:613685c22f65d01f2264bdd49b8a336488e14faf29f3ff9b6bf76a4da23c4700\n',
    'FROM repository.mycompany:5000/tomcat:8.0\n',
    'FROM localhost:1234/node:9\n',
    'FROM 123.22.33.123:2345/user/image:tag2\n',
    'ARG version\nFROM alpine:$version\n',
    'FROM ${var:-alpine}\n',
  ],
  invalid: [
    { code: 'FROM alpine:\n', errors: [{ column: 6, message: /tag after ":" is empty/ }] },
    { code: 'FROM alpine:^\n', errors: 1 },
    { code: `FROM alpine:${'1'.repeat(129)}\n`, errors: 1 },
    { code: 'FROM alpine@sha25:x\n', errors: 1 },
    { code: 'FROM alpine@sha256:48b0309ca019d89d40f670aa1bc06e42\n', errors: [{ message: /64 hex digits/ }] },
    { code: 'FROM alpine@md5:48b0309ca019d89d40f670aa1bc06e42\n', errors: [{ message: /"md5" is not a digest algorithm BuildKit supports/ }] },
    { code: 'FROM localhost:1234/node@\n', errors: 1 },
    { code: 'FROM Alpine:3.21\n', errors: [{ message: /lowercase/ }] },
  ],
});

ruleTester(baseImageArgDefault, {
  valid: [
    'ARG VERSION="latest"\nFROM busybox:${VERSION}\n',
    'ARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n',
    '\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n',
    'ARG IMAGE\nFROM $IMAGE\n',
    'FROM $TARGETPLATFORM\n',
  ],
  invalid: [
    { code: 'ARG VERSION\nFROM busybox:$VERSION\n', errors: [{ line: 2, column: 6 }] },
    { code: 'ARG SFX="box:"\nFROM busy${SFX}\n', errors: 1 },
  ],
});

ruleTester(emptyBaseImage, {
  valid: ['ARG image=node\nFROM $image\n', 'ARG version\nFROM alpine:$version\n', 'FROM s\nENV bbb=123\nFROM localho${bbb}\n'],
  invalid: [
    { code: 'FROM $image\n', errors: [{ column: 6, severity: 'error', message: '$image is always empty, because no ARG before the first FROM declares image, and the build stops with "base name should not be blank": declare it before the first FROM with a pinned default.' }] },
    { code: 'FROM ${var:-}\n', errors: [{ severity: 'error' }] },
    { code: 'ARG IMAGE\nFROM $IMAGE AS stage\n', errors: [{ severity: 'warning', message: '$IMAGE is empty unless --build-arg sets IMAGE: give the ARG a pinned default before the first FROM.' }], name: 'declared without a default: fine when every build passes --build-arg' },
  ],
});

ruleTester(undefinedArgInFrom, {
  valid: [
    'ARG base=scratch\nFROM $base\n',
    'FROM --platform=$BUILDPLATFORM scratch\n',
    'ARG DEBUG\nFROM scra${DEBUG:-tch}\n',
    'ARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\n',
  ],
  invalid: [
    { code: 'FROM --platform=$BULIDPLATFORM scratch\n', errors: [{ column: 6, message: /BULIDPLATFORM/ }] },
    { code: 'ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\n', errors: 1 },
    { code: 'ARG tag=latest\nFROM busybox:${tag}${version} AS b\n', errors: [{ message: /version is not declared/ }] },
    { code: 'FROM scratch\nARG V=1\nFROM alpine:$V\n', errors: 1, name: 'an ARG inside a stage is not global' },
  ],
});
