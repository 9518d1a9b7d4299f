import { Global, Module } from '@nestjs/common';
import { GatewayMetrics } from './gateway-metrics';
import { MetricsController } from './metrics.controller';
import { RequestLog } from './request-log.hook';

@Global()
@Module({ controllers: [MetricsController], providers: [GatewayMetrics, RequestLog], exports: [GatewayMetrics, RequestLog] })
export class MetricsModule {}
