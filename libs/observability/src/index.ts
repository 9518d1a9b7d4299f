export * from './app-logger';
export * from './process-metrics';
