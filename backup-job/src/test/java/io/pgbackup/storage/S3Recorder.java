package io.pgbackup.storage;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches a real client's requests: which operations ran, which headers went out, how many parts
 * were uploading at once. It can also delay part uploads, or fail one as a dropped connection would.
 */
final class S3Recorder implements ExecutionInterceptor {
    final List<String> operations = new CopyOnWriteArrayList<>();
    final List<String> headerNames = new CopyOnWriteArrayList<>();
    final AtomicInteger partsUploading = new AtomicInteger();
    final AtomicInteger maxPartsUploading = new AtomicInteger();
    volatile int failOnPart = -1;
    volatile long partDelayMillis;

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        SdkRequest request = context.request();
        if (request instanceof UploadPartRequest part) {
            maxPartsUploading.accumulateAndGet(partsUploading.incrementAndGet(), Math::max);
            sleep(partDelayMillis);
            if (part.partNumber() == failOnPart) {
                throw SdkClientException.create("injected failure",
                        new IOException("connection reset (injected by the test)"));
            }
        }
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
