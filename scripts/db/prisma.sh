#!/bin/sh
# Runs the Prisma CLI offline: the native schema engine it would download is replaced by a stub
# that fails fast with a clear message (migrations are handled by scripts/db/*).
here=$(cd "$(dirname "$0")" && pwd)
PRISMA_SCHEMA_ENGINE_BINARY="$here/schema-engine-stub.sh" PRISMA_HIDE_UPDATE_MESSAGE=1 exec "$here/../../node_modules/.bin/prisma" "$@"
