# The memleak service (`memleak serve`): one process, state only in its database.
#   docker build -t memleak-service .
#   docker run -p 8080:8080 -v memleak-data:/data memleak-service                      # SQLite in /data
#   docker run -p 8080:8080 -e DATABASE_URL=postgres://user:pass@db/memleak memleak-service  # PostgreSQL
# dist/cli.js and dist/cli-chunks/ are the committed esbuild bundle (the service is in the chunks); better-sqlite3 (native) and the Chart.js file the
# dashboard serves are resolved from node_modules at run time, so production dependencies are
# installed here (the build stage has the compilers better-sqlite3 may need).
FROM node:24-bookworm-slim AS dependencies
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATABASE_URL=sqlite:/data/memleak.sqlite
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY dist/cli.js ./dist/cli.js
COPY dist/cli-chunks ./dist/cli-chunks
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/cli.js", "serve"]
