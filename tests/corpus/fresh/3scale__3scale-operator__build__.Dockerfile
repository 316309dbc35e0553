FROM alpine:3.6

USER nobody

ADD build/_output/bin/3scale-operator /usr/local/bin/3scale-operator
