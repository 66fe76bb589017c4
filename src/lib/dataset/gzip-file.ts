import { constants, gzipSync } from 'node:zlib';

/** Offset of the gzip header's operating-system byte (RFC 1952, section 2.3). */
const OS_BYTE = 9;
/** RFC 1952 "unknown" operating system. */
const OS_UNKNOWN = 255;

/**
 * `text` as UTF-8, gzip-compressed, the same bytes on every machine: maximum
 * compression, modification time 0 (Node's gzip writes none), and the
 * operating-system byte, which zlib sets from the platform it was built for,
 * set to "unknown".
 */
export function deterministicGzip(text: string): Uint8Array<ArrayBuffer> {
  const bytes = gzipSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION });
  bytes[OS_BYTE] = OS_UNKNOWN;
  return new Uint8Array(bytes);
}
