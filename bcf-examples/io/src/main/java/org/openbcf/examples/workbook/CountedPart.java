package org.openbcf.examples.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A part's inflated bytes, counted against the limit for one part and the limit for all parts read
 * from one workbook ({@link WorkbookLimits#maxPartBytes()}, {@link WorkbookLimits#maxTotalBytes()}).
 * The count is of bytes actually inflated, whatever sizes the zip's directory claims.
 */
final class CountedPart extends FilterInputStream {

    /** The running total for one open workbook; not thread-safe, as {@link SavedWorkbook} is not. */
    static final class Budget {
        private final WorkbookLimits limits;
        private long inflated;

        Budget(WorkbookLimits limits) {
            this.limits = limits;
        }

        /** The bytes inflated so far from every part read. */
        long inflated() {
            return inflated;
        }

        /**
         * Refuses a part before it is inflated when the size the zip's directory declares for it is
         * already beyond a limit; a part that declares less than it holds is still stopped by the count.
         */
        void expect(long declared) throws LimitExceeded {
            if (declared > limits.maxPartBytes()) {
                throw new LimitExceeded(Failures.partTooLarge(limits));
            }
            if (declared > 0 && inflated + declared > limits.maxTotalBytes()) {
                throw new LimitExceeded(totalTooLarge(limits));
            }
        }
    }

    private static String totalTooLarge(WorkbookLimits limits) {
        return "the parts read expand to more than " + limits.maxTotalBytes()
                + " bytes in all, openbcf's limit for one workbook (at most " + limits.maxPartBytes()
                + " bytes a part); it may be a zip bomb";
    }

    /** A limit reached: the message says which, in words. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    private final Budget budget;
    private long count;

    CountedPart(InputStream in, Budget budget) {
        super(in);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    private void counted(long n) throws LimitExceeded {
        count += n;
        budget.inflated += n;
        WorkbookLimits limits = budget.limits;
        if (count > limits.maxPartBytes()) {
            throw new LimitExceeded(Failures.partTooLarge(limits));
        }
        if (budget.inflated > limits.maxTotalBytes()) {
            throw new LimitExceeded(totalTooLarge(limits));
        }
    }
}
