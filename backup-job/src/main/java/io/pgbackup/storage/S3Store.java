package io.pgbackup.storage;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link BackupStore} in an S3 bucket under a key prefix (Scaleway Object Storage, AWS S3, or
 * any S3-compatible service). Objects are written by {@link S3ObjectWriter}: see there for the
 * part schedule, the staging object of large streams and the memory bound. Listings skip staging
 * objects ({@code dir/.name.staging-<random>}), as the file store skips its partial files.
 */
public final class S3Store implements BackupStore {
    /** Parts uploaded at the same time by one writer. */
    public static final int DEFAULT_PARTS_IN_FLIGHT = 2;
    static final int LIST_PAGE_SIZE = 1000;

    private final S3Client s3;
    private final S3Location location;
    private final S3Errors errors;
    private final PartSchedule schedule;
    private final int partsInFlight;
    private final WriterLimits limits;
    private final int listPageSize;

    /**
     * A store that owns {@code s3} (closing the store closes it).
     *
     * @param endpoint the endpoint as printed in messages ({@link S3Settings#endpointText()})
     */
    public S3Store(S3Client s3, S3Location location, String endpoint, PartSchedule schedule, int partsInFlight) {
        this(s3, location, endpoint, schedule, partsInFlight, WriterLimits.DEFAULT, LIST_PAGE_SIZE);
    }

    /**
     * A store that owns {@code s3}, whose writers stay within {@code limits}.
     *
     * @param endpoint the endpoint as printed in messages ({@link S3Settings#endpointText()})
     */
    public S3Store(S3Client s3, S3Location location, String endpoint, PartSchedule schedule, int partsInFlight,
                   WriterLimits limits) {
        this(s3, location, endpoint, schedule, partsInFlight, limits, LIST_PAGE_SIZE);
    }

    S3Store(S3Client s3, S3Location location, String endpoint, PartSchedule schedule, int partsInFlight,
            WriterLimits limits, int listPageSize) {
        if (partsInFlight < 1) {
            throw new IllegalArgumentException("partsInFlight must be at least 1");
        }
        this.s3 = s3;
        this.location = location;
        this.errors = new S3Errors(location, endpoint);
        this.schedule = schedule;
        this.partsInFlight = partsInFlight;
        this.limits = limits;
        this.listPageSize = listPageSize;
    }

    /**
     * The production store: {@link S3Clients#create}, {@link PartSchedule#SCALEWAY}, 2 parts in
     * flight, {@link WriterLimits#DEFAULT}: each writer holds at most 3 x 32 MiB + 4 MiB = 100 MiB.
     */
    public static S3Store open(S3Location location, S3Settings settings) {
        return new S3Store(S3Clients.create(settings), location, settings.endpointText(), PartSchedule.SCALEWAY,
                DEFAULT_PARTS_IN_FLIGHT);
    }

    /** Lists at most one key under the prefix: detects a missing bucket, refused keys, no network. */
    @Override
    public void probe() {
        try {
            String prefix = location.prefix().isEmpty() ? null : location.prefix() + "/";
            s3.listObjectsV2(r -> r.bucket(location.bucket()).prefix(prefix).maxKeys(1));
        } catch (SdkException e) {
            throw errors.map(e);
        }
    }

    @Override
    public ObjectWriter create(String key) {
        return new S3ObjectWriter(s3, location.bucket(), location.objectKey(key), schedule, partsInFlight, limits,
                errors);
    }

    /** Streams the object; a network failure while reading surfaces as an {@code IOException}. */
    @Override
    public InputStream open(String key) {
        String objectKey = location.objectKey(key);
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(location.bucket()).key(objectKey));
            if (Archived.isArchived(in.response())) {
                in.abort();
                throw errors.archived(objectKey);
            }
            return in;
        } catch (S3Exception e) {
            if (Archived.isArchived(e)) {
                throw errors.archived(objectKey);
            }
            throw S3Errors.isNoSuchKey(e) ? errors.notFound(key) : errors.map(e);
        } catch (SdkException e) {
            throw errors.map(e);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        String listPrefix = location.listPrefix(prefix);
        List<StoredObject> result = new ArrayList<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(location.bucket())
                    .prefix(listPrefix.isEmpty() ? null : listPrefix).maxKeys(listPageSize)).contents()) {
                String key = location.relativeKey(object.key());
                if (!isHidden(key)) {
                    result.add(new StoredObject(key, object.size(), object.lastModified()));
                }
            }
        } catch (SdkException e) {
            throw errors.map(e);
        }
        return result;
    }

    /**
     * Deletes the object. Note: in a versioned bucket (object lock implies versioning) this adds a
     * delete marker and the locked version stays, as retention requires.
     */
    @Override
    public void delete(String key) {
        String objectKey = location.objectKey(key);
        try {
            s3.deleteObject(r -> r.bucket(location.bucket()).key(objectKey));
        } catch (S3Exception e) {
            if (S3Errors.isObjectLocked(e)) {
                throw new ObjectLockedException(key);
            }
            throw errors.map(e);
        } catch (SdkException e) {
            throw errors.map(e);
        }
    }

    /** Whether a listed key is a writer's staging object (a segment starting with a dot, as no key has). */
    static boolean isHidden(String key) {
        return key.startsWith(".") || key.contains("/.");
    }

    @Override
    public String describe() {
        return location.toString();
    }

    @Override
    public void close() {
        s3.close();
    }
}
