# ── 多阶段构建：React 前端 + Nginx ──────────────────

FROM node:20-alpine AS builder

WORKDIR /app
COPY src/frontend/package.json ./
RUN npm install
COPY src/frontend/ ./
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=builder /app/dist /usr/share/nginx/html
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
