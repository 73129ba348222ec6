# syntax=docker/dockerfile:1
# The api (default command) and the projector (command: node dist/apps/projector/src/main.js) in one
# image. Build: docker build -t almi-ledger . ; run: see docker/compose.yml and docs/operations.md.

# 1. Build with the dev dependencies: TypeScript and the dashboard bundle (esbuild, chart.js).
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY apps ./apps
COPY libs ./libs
COPY tests/support ./tests/support
COPY tests/bench ./tests/bench
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# 2. Run on the production dependencies only, as the unprivileged user node.
FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# Liveness: the process answers. Readiness (/health/ready) is for load balancers and compose's depends_on.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
