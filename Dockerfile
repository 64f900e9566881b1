# syntax=docker/dockerfile:1
# Build stage: install the production dependencies from the lockfile (python3, make and g++ in
# case better-sqlite3 has to compile), validate the seed, build the read-only corpus database.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY src ./src
COPY migrations ./migrations
COPY seed ./seed
# Quotes are checked against the thesis, which stays outside the repository: pass it as a build
# secret (docker build --secret id=thesis,src=PATH/TO/THESIS.txt .), verified by seed/thesis.sha256.
# Without it the build stops; --build-arg SEED_QUOTES=unchecked builds and logs QUOTES NOT CHECKED.
ARG SEED_QUOTES=checked
RUN --mount=type=secret,id=thesis \
    if [ "$SEED_QUOTES" = unchecked ]; then npm run seed:check -- --no-quotes; \
    else npm run seed:check -- --source /run/secrets/thesis; fi \
 && npm run db:build

# Runtime stage: the app, its production dependencies and the database, run as a non-root user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_PATH=/app/data/corpus.sqlite
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/src ./src
COPY --from=build --chown=node:node /app/data ./data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "src/server.ts"]
