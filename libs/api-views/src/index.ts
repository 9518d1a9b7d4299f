// The response views of the public API as zod schemas: the gateway derives its DTOs and the OpenAPI document from
// them, the dashboard its types (type-only imports). Pure: nothing but zod.
export * from './articles.views';
export * from './errors.views';
export * from './itinerary.views';
export * from './pagination.views';
export * from './peace-process.views';
export * from './projections.views';
export * from './sources.views';
export * from './statement-log.views';
export * from './live-stream.views';
