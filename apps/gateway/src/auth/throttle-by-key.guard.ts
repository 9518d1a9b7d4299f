import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { keyIdOf } from '@newsroom/auth';
import type { Request } from 'express';
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
}
