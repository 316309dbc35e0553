FROM node:18-alpine

WORKDIR /app

COPY backend/package*.json ./backend/

WORKDIR /app/backend

RUN npm install

COPY backend/ .

EXPOSE 5000

CMD ["node", "server.js"]
