import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiSecurity } from '@nestjs/swagger';
import type { Role } from '@newsroom/auth';

export const REQUIRED_ROLE = 'newsroom:required-role';
export const PUBLIC_ROUTE = 'newsroom:public';
/** The OpenAPI extension naming the role an operation needs (`none` on public routes), from the same decorator the guard reads. */
export const REQUIRED_ROLE_EXTENSION = 'x-required-role';

/**
 * The role a route needs; routes without it and without @Public() are refused. Declared in the OpenAPI document
 * too: the role as `x-required-role` and the key as the operation's security requirement.
 */
export const RequireRole = (role: Role) =>
  applyDecorators(SetMetadata(REQUIRED_ROLE, role), ApiExtension(REQUIRED_ROLE_EXTENSION, role), ApiSecurity('api-key'));
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension(REQUIRED_ROLE_EXTENSION, 'none'));
