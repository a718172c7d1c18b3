package io.pgbackup.storage;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.UploadPartCopyRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches a real client's requests: which operations ran, which headers went out, how many parts
 * were uploading at once, which ranges were copied. It can also delay part uploads, fail one as a
 * dropped connection would (before it starts, or in the middle of a streamed part's body), or fail
 * the server-side copies.
 */
final class S3Recorder implements ExecutionInterceptor {
    final List<String> operations = new CopyOnWriteArrayList<>();
    final List<String> headerNames = new CopyOnWriteArrayList<>();
    final AtomicInteger partsUploading = new AtomicInteger();
    final AtomicInteger maxPartsUploading = new AtomicInteger();
    final List<String> copyRanges = new CopyOnWriteArrayList<>();
    final AtomicInteger stagingPartsStarted = new AtomicInteger();
    volatile int failOnPart = -1;
    volatile long partDelayMillis;
    /** Delay of the parts sent to a staging object (streamed parts) only. */
    volatile long stagingPartDelayMillis;
    /** The staging part whose body breaks after {@link #failAfterBytes} bytes. */
    volatile int failStagingPart = -1;
    volatile long failAfterBytes;
    volatile boolean failCopies;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        SdkRequest request = context.request();
        if (request instanceof UploadPartCopyRequest copy) {
            copyRanges.add(copy.copySourceRange());
            if (failCopies) {
                throw injected();
            }
        }
        if (request instanceof UploadPartRequest part && isStaging(part)) {
            stagingPartsStarted.incrementAndGet();
            sleep(stagingPartDelayMillis);
        }
        if (request instanceof UploadPartRequest part) {
            maxPartsUploading.accumulateAndGet(partsUploading.incrementAndGet(), Math::max);
            sleep(partDelayMillis);
            if (part.partNumber() == failOnPart) {
                throw injected();
            }
        }
    }

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        Optional<RequestBody> body = context.requestBody();
        if (context.request() instanceof UploadPartRequest part && isStaging(part)
                && part.partNumber() == failStagingPart && body.isPresent()) {
            RequestBody original = body.get();
            long limit = failAfterBytes;
            return Optional.of(RequestBody.fromContentProvider(() -> new BreakingStream(
                    original.contentStreamProvider().newStream(), limit), original.optionalContentLength().orElseThrow(),
                    original.contentType()));
        }
        return body;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        headerNames.addAll(context.httpRequest().headers().keySet());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        partDone(context.request());
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        partDone(context.request());
    }

    long count(String operation) {
        return operations.stream().filter(operation::equals).count();
    }

    private void partDone(SdkRequest request) {
        if (request instanceof UploadPartRequest) {
            partsUploading.decrementAndGet();
        }
    }

    private static boolean isStaging(UploadPartRequest part) {
        return part.key().contains(StagingUpload.MARKER);
    }

    private static SdkClientException injected() {
        return SdkClientException.create("injected failure", new IOException("connection reset (injected by the test)"));
    }

    /** A body that breaks, as a reset connection would, after {@code limit} bytes. */
    private static final class BreakingStream extends FilterInputStream {
        private long left;

        BreakingStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("connection reset in the middle of a streamed part (injected by the test)");
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            left -= Math.max(n, 0);
            return n;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
