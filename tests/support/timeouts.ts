// Integration tests wait on a real broker and database: a project-level `testTimeout` is not honoured by
// Jest's multi-project mode, so the integration project sets its default here.
jest.setTimeout(120_000);
