package org.openbcf.examples.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 strictly: a byte sequence that is not UTF-8 is an error, never a replacement
 * character. Unlike {@code InputStreamReader}, it first hands out every character decoded before the
 * bad bytes, and fails only on the read after them, so a CSV reader knows the row the bad bytes are on.
 * Not thread-safe.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private CharacterCodingException failure;
    private boolean end;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (failure != null) {
                throw failure;
            }
            if (end && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        if (!end) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, end);
        if (result.isError()) {
            failure = new MalformedInputException(result.length());
        } else if (end && !bytes.hasRemaining()) {
            CoderResult flushed = decoder.flush(chars);
            if (flushed.isError()) {
                failure = new MalformedInputException(flushed.length());
            }
        } else if (end && result.isUnderflow() && bytes.hasRemaining()) {
            failure = new MalformedInputException(bytes.remaining());
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
