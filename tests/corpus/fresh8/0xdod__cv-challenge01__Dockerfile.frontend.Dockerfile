# Stage 1: Build
FROM node:18 AS build
WORKDIR /opt/app
COPY frontend/package.json frontend/package-lock.json ./
RUN npm install
COPY frontend/ .
ENV VITE_API_URL=""
RUN npm run build

# Stage 2: Serve
FROM nginx:stable-alpine AS production
COPY --from=build /opt/app/dist /usr/share/nginx/html  
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]

