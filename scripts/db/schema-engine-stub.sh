#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded here.
# Migrations are written and applied by scripts/db/* instead (see README).
echo "The native Prisma schema engine is not used by this project: use npm run db:migrate, db:migrate:new, db:migrate:check." >&2
exit 1
