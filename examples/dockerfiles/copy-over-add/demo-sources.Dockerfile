# A demonstration, not an image to ship: what ADD and COPY write for each kind of source.
FROM scratch
# A gzip-compressed tar: ADD unpacks it.
ADD payload.tar.gz /add/
# The same file through COPY: it stays one file.
COPY payload.tar.gz /copy/
# Named like a tarball but not one: ADD copies it as it is.
ADD not-a-tar.tar.gz /add-fake/
# A remote file: downloaded, not unpacked, mode 600.
ADD https://curl.se/ca/cacert-2025-11-04.pem /remote/
