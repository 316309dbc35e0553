FROM gcr.io/oss-fuzz-base/base-builder-python

COPY . $SRC/hancock

WORKDIR $SRC/hancock

COPY .clusterfuzzlite/build.sh $SRC/
