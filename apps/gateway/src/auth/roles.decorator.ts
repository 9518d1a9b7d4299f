import { SetMetadata } from '@nestjs/common';
import type { Role } from '@newsroom/auth';

export const REQUIRED_ROLE = 'newsroom:required-role';
export const PUBLIC_ROUTE = 'newsroom:public';

/** The role a route needs; routes without it and without @Public() are refused. */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
