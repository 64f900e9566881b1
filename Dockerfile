# syntax=docker/dockerfile:1
# Build stage: install every dependency from the lockfile (python3, make and g++ in case
# better-sqlite3 has to compile), compile TypeScript to dist/, validate the seed, build the
# read-only corpus database with the compiled code, then drop the development dependencies.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY seed ./seed
RUN npm run build
# Quotes are checked against the thesis, which stays outside the repository: pass it as a build
# secret (docker build --secret id=thesis,src=PATH/TO/THESIS.txt .), verified by seed/thesis.sha256.
# Without it the build stops; --build-arg SEED_QUOTES=unchecked builds and logs QUOTES NOT CHECKED.
ARG SEED_QUOTES=checked
RUN --mount=type=secret,id=thesis \
    if [ "$SEED_QUOTES" = unchecked ]; then node dist/cli/check-seed.js --no-quotes; \
    else node dist/cli/check-seed.js --source /run/secrets/thesis; fi \
 && node dist/cli/build-db.js \
 && npm prune --omit=dev --no-audit --no-fund

# Runtime stage: compiled JavaScript, production dependencies and the database, owned by root
# and run as the unprivileged node user, so nothing in the image can be changed at run time.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_PATH=/app/data/corpus.sqlite
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data ./data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 CMD ["node", "dist/cli/healthcheck.js"]
# One process; `node dist/cluster.js` runs one per core instead (see README, "Every core").
CMD ["node", "dist/server.js"]
