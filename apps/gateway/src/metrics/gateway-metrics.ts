import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { registerProcessMetrics } from '@newsroom/observability';

/** Request and Kafka-produce metrics of this gateway process, in a registry of its own (tests run several gateways in one process). */
@Injectable()
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'gateway_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  readonly requestSeconds = new Histogram({
    name: 'gateway_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being written, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
    registers: [this.registry],
  });
  readonly produceSeconds = new Histogram({
    name: 'gateway_kafka_produce_duration_seconds',
    help: 'Time for Kafka to acknowledge (acks=all) one event of the article topic, by outcome',
    labelNames: ['outcome'],
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 5],
    registers: [this.registry],
  });
  readonly eventsPublished = new Counter({
    name: 'gateway_events_published_total',
    help: 'Article events acknowledged by Kafka, by event type',
    labelNames: ['type'],
    registers: [this.registry],
  });

  readonly responseCache = new Counter({
    name: 'gateway_response_cache_total',
    help: 'GET requests of the cached read routes, by outcome: hit (answered from memory), miss (read from the database), bypass (Cache-Control: no-cache)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  constructor() {
    registerProcessMetrics(this.registry, 'gateway_');
  }
}
