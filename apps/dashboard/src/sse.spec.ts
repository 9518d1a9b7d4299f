import { SseParser } from './sse';

describe('SseParser', () => {
  it('parses events split across chunks, keeps the last id and skips comments', () => {
    const parser = new SseParser();
    expect(parser.push(': heartbeat\n\nevent: visit\nid: 7\nda')).toEqual([]);
    expect(parser.push('ta: {"kind":"visit"}\r\n\r\ndata: a\ndata: b\n\n')).toEqual([
      { event: 'visit', data: '{"kind":"visit"}', id: '7' },
      { event: 'message', data: 'a\nb', id: '7' },
    ]);
  });

  it('ignores an event without data lines', () => {
    expect(new SseParser().push('event: visit\nid: 3\n\n')).toEqual([]);
  });
});
