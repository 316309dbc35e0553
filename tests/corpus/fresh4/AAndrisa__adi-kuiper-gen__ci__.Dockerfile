FROM scratch
ADD kuiper_image.tar /
CMD ["/bin/bash"]
