# syntax=docker/dockerfile:1
#
# Greenhouse images, one target per program, all built from the repository root:
#
#   docker build --target scheduler -t greenhouse/scheduler:0.1.0 .
#   docker build --target gateway   -t greenhouse/node-gateway:0.1.0 .
#   docker build --target signer    -t greenhouse/signer:0.1.0 .
#
# One Dockerfile rather than one per service: the three programs are one pnpm workspace (one
# lockfile, packages/common, proto/), so they share the toolchain and the install stages' layout,
# and BuildKit builds only the stages a target needs. Each image holds only its own workspace
# packages and their production dependencies, installed with --frozen-lockfile; native modules
# (better-sqlite3, the gateway's fd-passing addon) compile in the build stage, on the same Debian
# release and Node.js as the runtime stage. Programs run as TypeScript through tsx, as everywhere
# else in the repository, so the source keeps its repository layout (proto/ is found relative to
# packages/common). Every runtime runs as the unprivileged user 10001.

ARG NODE_VERSION=20
# Core Lightning as its maintainers release it; nothing of CLN is built here.
ARG CLN_IMAGE=elementsproject/lightningd:v26.06.6

FROM ${CLN_IMAGE} AS cln

# ---- toolchain: Node.js with python3, make and g++ (node-gyp), and pnpm -------------------------
FROM node:${NODE_VERSION}-bookworm AS toolchain
ARG PNPM_VERSION=10.34.9
# node-gyp compiles against the headers of the Node.js it runs on instead of downloading them.
ENV CI=true npm_config_nodedir=/usr/local npm_config_store_dir=/pnpm/store
RUN npm install --global pnpm@${PNPM_VERSION}
WORKDIR /app

# ---- what an install reads: the lockfile, the workspace's package.json files, the addon's sources.
# Source edits leave this output unchanged, so the install layers below stay cached.
FROM toolchain AS manifests
COPY . /src
WORKDIR /src
RUN mkdir /manifests \
 && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents '{}' /manifests \; \
 && cp --parents pnpm-lock.yaml pnpm-workspace.yaml .npmrc /manifests \
 && cp -r --parents services/node-gateway/binding.gyp services/node-gateway/native /manifests

# ---- per target: production dependencies of the root (tsx) and of that program's packages ------
FROM toolchain AS scheduler-build
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,id=greenhouse-pnpm,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter greenhouse --filter '@greenhouse/scheduler...'
COPY . .

FROM toolchain AS gateway-build
COPY --from=manifests /manifests/ ./
# Runs the gateway's install script too: node-gyp builds build/Release/fdpass.node and the native
# helpers lightningd runs as its hsmd and events plugin (src/handoff/README.md).
RUN --mount=type=cache,id=greenhouse-pnpm,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter greenhouse --filter '@greenhouse/node-gateway...' \
 && test -f services/node-gateway/build/Release/fdpass.node \
 && test -x services/node-gateway/build/Release/greenhouse-hsmd \
 && test -x services/node-gateway/build/Release/greenhouse-events-plugin
COPY . .

FROM toolchain AS signer-build
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,id=greenhouse-pnpm,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter greenhouse --filter '@greenhouse/cli...'
COPY . .

# ---- runtime base: Node.js on Debian bookworm-slim, user greenhouse (10001) ---------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
RUN groupadd --system --gid 10001 greenhouse \
 && useradd --system --uid 10001 --gid 10001 --home-dir /data --shell /usr/sbin/nologin greenhouse \
 && mkdir -p /data /client \
 && chown 10001:10001 /data /client \
 && chmod 0700 /data
ENV NODE_ENV=production GREENHOUSE_DIR=/data
# `node --import tsx` resolves tsx from the working directory: keep it /app.
WORKDIR /app

# ---- scheduler ---------------------------------------------------------------------------------
FROM runtime AS scheduler
COPY --from=scheduler-build /app/package.json /app/tsconfig.json /app/tsconfig.base.json ./
COPY --from=scheduler-build /app/node_modules ./node_modules
COPY --from=scheduler-build /app/proto ./proto
COPY --from=scheduler-build /app/packages/common ./packages/common
COPY --from=scheduler-build /app/services/scheduler ./services/scheduler
# deploy/certs.ts (service certificates with deployment names, the client bundle) and what it imports.
COPY --from=scheduler-build /app/services/stack/src/metadata.ts ./services/stack/src/metadata.ts
COPY --from=scheduler-build /app/deploy/certs.ts ./deploy/certs.ts
COPY --from=scheduler-build /app/deploy/docker ./deploy/docker
# Fails the build if a production dependency is missing.
RUN node --import tsx services/scheduler/src/main.ts --help >/dev/null && rm -rf /tmp/tsx-*
ENV GREENHOUSE_HOST=0.0.0.0 \
    GREENHOUSE_SCHEDULER_PORT=2601 \
    GREENHOUSE_HEALTH_PORT=2601 \
    GREENHOUSE_HEALTH_IDENTITY=services/scheduler
USER 10001:10001
EXPOSE 2601
HEALTHCHECK --interval=15s --timeout=8s --start-period=30s --retries=3 \
  CMD ["node", "/app/deploy/docker/healthcheck.mjs"]
ENTRYPOINT ["node", "--import", "tsx", "/app/services/scheduler/src/main.ts"]
CMD ["run"]

# ---- node gateway: the gateway, the hsmd proxy, and Core Lightning's release binaries ----------
FROM runtime AS gateway
# tini reaps lightningd's subdaemons should lightningd die before them; libpq5 and libssl3 are
# what the release binaries link beyond libc (the ldd check below fails the build on anything else).
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini libpq5 libssl3 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# lightningd, lightning-cli, lightning-hsmtool, the subdaemons and plugins under
# libexec/c-lightning, and the bitcoin-cli the release image carries for the bcli plugin.
COPY --from=cln /usr/local/bin/lightningd /usr/local/bin/lightning-cli /usr/local/bin/lightning-hsmtool /usr/local/bin/
COPY --from=cln /usr/local/libexec/c-lightning /usr/local/libexec/c-lightning
COPY --from=cln /usr/bin/bitcoin-cli /usr/local/bin/bitcoin-cli
RUN missing="$(ldd /usr/local/bin/lightningd /usr/local/bin/bitcoin-cli /usr/local/libexec/c-lightning/lightning_* 2>&1 | grep 'not found' || true)" \
 && if [ -n "$missing" ]; then echo "Core Lightning needs libraries this image lacks:"; echo "$missing"; exit 1; fi \
 && lightningd --version && bitcoin-cli -version | head -1
COPY --from=gateway-build /app/package.json /app/tsconfig.json /app/tsconfig.base.json ./
COPY --from=gateway-build /app/node_modules ./node_modules
COPY --from=gateway-build /app/proto ./proto
COPY --from=gateway-build /app/packages/common ./packages/common
COPY --from=gateway-build /app/packages/cln-rpc ./packages/cln-rpc
COPY --from=gateway-build /app/services/node-gateway ./services/node-gateway
COPY --from=gateway-build /app/deploy/docker ./deploy/docker
RUN node --import tsx services/node-gateway/src/main.ts --help >/dev/null && rm -rf /tmp/tsx-*
ENV GREENHOUSE_HOST=0.0.0.0 \
    GREENHOUSE_GATEWAY_PORT=2602 \
    GREENHOUSE_HEALTH_PORT=2602 \
    GREENHOUSE_HEALTH_IDENTITY=services/node-gateway \
    LIGHTNINGD=/usr/local/bin/lightningd
USER 10001:10001
EXPOSE 2602
HEALTHCHECK --interval=15s --timeout=8s --start-period=30s --retries=3 \
  CMD ["node", "/app/deploy/docker/healthcheck.mjs"]
ENTRYPOINT ["/usr/bin/tini", "--", "node", "--import", "tsx", "/app/services/node-gateway/src/main.ts"]
CMD ["run"]

# ---- signer: the `greenhouse` command (signer init/info/run, register) --------------------------
# A client, not a server: no port and no health check. It belongs on the user's device; the
# compose profile runs one next to the stack for trying things out.
FROM runtime AS signer
COPY --from=signer-build /app/package.json /app/tsconfig.json /app/tsconfig.base.json ./
COPY --from=signer-build /app/node_modules ./node_modules
COPY --from=signer-build /app/proto ./proto
COPY --from=signer-build /app/packages/common ./packages/common
COPY --from=signer-build /app/packages/client ./packages/client
COPY --from=signer-build /app/packages/cli ./packages/cli
COPY --from=signer-build /app/services/signer ./services/signer
COPY --from=signer-build /app/deploy/docker/signer-entrypoint.sh ./deploy/docker/signer-entrypoint.sh
RUN node --import tsx packages/cli/src/main.ts --help >/dev/null && rm -rf /tmp/tsx-* \
 && mkdir -p /signer && chown 10001:10001 /signer && chmod 0700 /signer
USER 10001:10001
HEALTHCHECK NONE
ENTRYPOINT ["node", "--import", "tsx", "/app/packages/cli/src/main.ts"]
CMD ["--help"]
