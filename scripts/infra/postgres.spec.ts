import { buildUrl, databaseOf, quoteIdent, redactUrl, withDatabase } from './postgres';

describe('postgres url helpers', () => {
  it('swaps the database and keeps the rest', () => {
    expect(withDatabase('postgresql://u:p@h:5432/a?sslmode=disable', 'b')).toBe('postgresql://u:p@h:5432/b?sslmode=disable');
    expect(withDatabase('postgresql://u@h:5432', 'newsroom_test')).toBe('postgresql://u@h:5432/newsroom_test');
  });

  it('reads the database name', () => {
    expect(databaseOf('postgresql://u@h:1/news')).toBe('news');
    expect(databaseOf('postgresql://u@h:1/')).toBeUndefined();
    expect(databaseOf('postgresql://u@h:1')).toBeUndefined();
  });

  it('hides passwords', () => {
    expect(redactUrl('postgresql://u:secret@h:1/d')).toBe('postgresql://u:***@h:1/d');
    expect(redactUrl('postgresql://u@h:1/d')).toBe('postgresql://u@h:1/d');
    expect(redactUrl('not a url')).toBe('<invalid url>');
  });

  it('builds URLs', () => {
    expect(buildUrl({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'newsroom' })).toBe(
      'postgresql://postgres@127.0.0.1:5432/newsroom',
    );
    expect(buildUrl({ host: '::1', port: 5, user: 'a b', password: 'p@ss', database: 'd' })).toBe('postgresql://a%20b:p%40ss@[::1]:5/d');
  });

  it('quotes identifiers', () => {
    expect(quoteIdent('newsroom_test')).toBe('"newsroom_test"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });
});
