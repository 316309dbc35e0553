FROM node:20-alpine

WORKDIR /app

COPY api ./
COPY modules ./modules

RUN npm install

CMD ["node", "index.js"]