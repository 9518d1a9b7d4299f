import { ForbiddenException, Inject, Injectable, Logger, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyRepository, CachedKeyAuthenticator, grants, type AuthenticatedKey, type Role } from '@newsroom/auth';
import { APP_CONFIG, type AppConfig } from '@newsroom/config';
import { PrismaService } from '@newsroom/database';
import type { FastifyRequest } from 'fastify';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from './roles.decorator';

export type AuthenticatedRequest = FastifyRequest & { apiKey?: AuthenticatedKey };

/** Reads the key from `X-API-Key` or `Authorization: Bearer`. */
export const presentedKey = (request: Pick<FastifyRequest, 'headers'>): string | undefined => {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return undefined;
};

/** Every route needs a valid key with the right role, unless it is marked @Public(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger('ApiKeyGuard');
  private readonly keys: CachedKeyAuthenticator;

  constructor(
    private readonly reflector: Reflector,
    prisma: PrismaService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const repository = () => new ApiKeyRepository(prisma.client);
    this.keys = new CachedKeyAuthenticator(
      (id) => repository().findStored(id),
      config.API_KEY_CACHE_TTL_MS,
      (id) => void repository().touch(id).catch((error: Error) => this.logger.warn(`last use of key ${id} not recorded: ${error.message}`)),
    );
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const required = this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const secret = presentedKey(request);
    if (!secret) throw new UnauthorizedException('an API key is required (X-API-Key header)');
    const key = await this.keys.authenticate(secret);
    if (!key) throw new UnauthorizedException('the API key is not valid, expired or revoked');
    request.apiKey = key;
    if (!required || !grants(key.role, required)) {
      throw new ForbiddenException(`this route needs the ${required ?? 'admin'} role; the key has the ${key.role} role`);
    }
    return true;
  }
}
