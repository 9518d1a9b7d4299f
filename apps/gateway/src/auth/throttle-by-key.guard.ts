import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { keyIdOf } from '@newsroom/auth';
import type { Request, Response } from 'express';
import { presentedKey } from './api-key.guard';

/** Rate limits count per API key (by its id, never the secret); requests without a usable key count per address. */
@Injectable()
export class ThrottleByKeyGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const req = request as unknown as Request;
    const secret = presentedKey(req);
    const id = secret ? keyIdOf(secret) : null;
    return id ? `key:${id}` : `ip:${req.ip}`;
  }

  /** A 429 says when to come back in the standard header (the throttler names it after its throttler). */
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(detail.timeToBlockExpire));
    return super.throwThrottlingException(context, detail);
  }
}
