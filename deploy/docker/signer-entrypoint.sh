#!/bin/sh
# The signer of the compose profile `signer`: a seed and a registered node on first start, then
# `greenhouse signer run` for good. For trying the stack out; a real signer runs on the user's device.
#
#   GREENHOUSE_SIGNER_DIR  where the seed (hsm_secret) and the creds live   (default /signer, a volume)
#   GREENHOUSE_CLIENT_DIR  a client bundle: metadata.json and certificates (default /client/compose)
#   GREENHOUSE_NETWORK     bitcoin network                                  (default regtest)
#   GREENHOUSE_SIGNER_ARGS more `signer run` options, e.g. --permissive
set -eu
dir="${GREENHOUSE_SIGNER_DIR:-/signer}"
client="${GREENHOUSE_CLIENT_DIR:-/client/compose}"
network="${GREENHOUSE_NETWORK:-regtest}"
greenhouse() { node --import tsx /app/packages/cli/src/main.ts "$@"; }

if [ ! -f "$dir/hsm_secret" ]; then
  greenhouse signer init --secret "$dir/hsm_secret"
fi
if [ ! -f "$dir/device/creds" ]; then
  mkdir -p "$dir/device"
  greenhouse register --secret "$dir/hsm_secret" --network "$network" --creds "$dir/device/creds" --dir "$client"
fi
# shellcheck disable=SC2086 # GREENHOUSE_SIGNER_ARGS is a list of options
exec node --import tsx /app/packages/cli/src/main.ts signer run --secret "$dir/hsm_secret" --creds "$dir/device/creds" \
  --network "$network" --dir "$client" ${GREENHOUSE_SIGNER_ARGS:-}
