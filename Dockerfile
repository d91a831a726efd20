# The memleak service (`memleak serve`): one process, state only in its database.
#   docker build -t memleak-service .
#   docker run -p 8080:8080 -v memleak-data:/data memleak-service                      # SQLite in /data
#   docker run -p 8080:8080 -e DATABASE_URL=postgres://user:pass@db/memleak memleak-service  # PostgreSQL
# dist/cli.js and dist/cli-chunks/ are the committed esbuild bundle: everything `memleak serve`
# runs is inside it (the dashboard's Chart.js too) except better-sqlite3, the native SQLite driver,
# an optional peer dependency of the package. Only it is installed here, at the version the tests
# ran with (package.json devDependencies); the build stage has the compilers it may need.
FROM node:24-bookworm-slim AS dependencies
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json ./
RUN npm install --prefix /deps --no-audit --no-fund \
      "better-sqlite3@$(node -p "require('./package.json').devDependencies['better-sqlite3']")"

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DATABASE_URL=sqlite:/data/memleak.sqlite
COPY --from=dependencies /deps/node_modules ./node_modules
COPY package.json ./
COPY dist/cli.js ./dist/cli.js
COPY dist/cli-chunks ./dist/cli-chunks
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/cli.js", "serve"]
