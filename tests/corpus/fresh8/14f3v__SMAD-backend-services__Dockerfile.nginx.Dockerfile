FROM nginx:latest

COPY ./nginx/conf.d /etc/nginx/conf.d
COPY ./selfsign-ssl/ /etc/nginx/certs/

EXPOSE 80 443

CMD ["nginx", "-g", "daemon off;"]