FROM node:18-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY node_server.js ./
COPY frontend ./frontend
RUN if [ -f frontend/package.json ]; then cd frontend && npm ci && npm run build && cd ..; fi
EXPOSE 3000 8080
CMD ["node", "node_server.js"]
