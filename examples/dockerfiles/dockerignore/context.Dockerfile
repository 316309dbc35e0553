# A tool, not an image to ship: it copies the whole build context into an empty
# image, so that an export of it lists exactly what .dockerignore let through.
FROM scratch
COPY . /
