# Multi-stage build of both apps (gateway and projector share one image; the command picks the app).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY scripts/db/prisma.sh scripts/db/schema-engine-stub.sh scripts/db/
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/package.json ./
USER node
# docker-compose.yml overrides this for the projector: node dist/apps/projector/src/main.js
CMD ["node", "dist/apps/gateway/src/main.js"]
