# syntax=docker/dockerfile:1
# The image the pgbackup CI jobs run in: a Java 17 runtime, pgbackup, the pg_dump/psql of the
# PostgreSQL server's major version (pg_dump must not be older than the server) and ISA-L's igzip
# (package isal), the compressor pgbackup puts in the pipe from pg_dump.
#
#   docker build --build-arg PG_MAJOR=16 -t registry.example.com/pgbackup:pg16 .
#   docker run --rm registry.example.com/pgbackup:pg16 --help
#
# Checked by backup-job/src/test/java/io/pgbackup/pipeline/DockerfileTest.java (no engine there).

# The PostgreSQL major version whose client tools go into the image.
ARG PG_MAJOR=15

# ---- build: the self-contained jar (backup-job/target/pgbackup.jar) -------------------------
FROM maven:3-eclipse-temurin-17 AS build
WORKDIR /src
# The poms first, so that the dependency layer is cached until a pom changes.
COPY pom.xml ./
COPY backup-job/pom.xml backup-job/
COPY terraform-generated/pom.xml terraform-generated/
COPY infra/pom.xml infra/
RUN mvn -B -q -pl backup-job -am dependency:go-offline
COPY backup-job/ backup-job/
RUN mvn -B -q -pl backup-job -am -Dmaven.test.skip=true package \
 && test -f backup-job/target/pgbackup.jar

# ---- runtime: Debian bookworm, JRE 17, postgresql-client-${PG_MAJOR} from the PGDG repository ----
FROM debian:bookworm-slim AS runtime
ARG PG_MAJOR
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl gnupg openjdk-17-jre-headless; \
    install -d /usr/share/postgresql-common/pgdg; \
    curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc \
        https://www.postgresql.org/media/keys/ACCC4CF8.asc; \
    echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" \
        > /etc/apt/sources.list.d/pgdg.list; \
    apt-get update; \
    apt-get install -y --no-install-recommends "postgresql-client-${PG_MAJOR}" isal; \
    apt-get purge -y --auto-remove curl gnupg; \
    rm -rf /var/lib/apt/lists/*; \
    "/usr/lib/postgresql/${PG_MAJOR}/bin/pg_dump" --version; \
    igzip --version

# pgbackup uses exactly this major version's pg_dump and psql.
ENV PGBACKUP_PG_BIN=/usr/lib/postgresql/${PG_MAJOR}/bin

# The launcher of the repository, next to the jar where it expects it: /opt/pgbackup/pgbackup.
COPY --from=build /src/backup-job/target/pgbackup.jar /opt/pgbackup/target/pgbackup.jar
COPY backup-job/pgbackup /opt/pgbackup/pgbackup
RUN chmod 0755 /opt/pgbackup/pgbackup
# Class-data sharing archive for this image's JVM (the launcher starts from it, 0.6 s sooner);
# -Xshare:on fails the build if the archive cannot be used.
COPY backup-job/src/main/cds/classes.lst /opt/pgbackup/classes.lst
RUN java -Xshare:dump -XX:SharedClassListFile=/opt/pgbackup/classes.lst \
        -XX:SharedArchiveFile=/opt/pgbackup/target/pgbackup.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Xmx192m -XX:+UseSerialGC -cp /opt/pgbackup/target/pgbackup.jar >/dev/null \
 && PGBACKUP_JAVA_OPTS="-Xshare:on -Xmx192m -XX:+UseSerialGC" /opt/pgbackup/pgbackup --version
ENV PATH=/opt/pgbackup:${PATH}

RUN useradd --system --uid 10001 --create-home --home-dir /home/pgbackup --shell /usr/sbin/nologin pgbackup
USER 10001:10001
WORKDIR /home/pgbackup

LABEL org.opencontainers.image.title="pgbackup" \
      org.opencontainers.image.description="Encrypted, streaming PostgreSQL backups to S3-compatible storage"

# `docker run IMAGE backup ...`; CI jobs override the entrypoint (entrypoint: [""]) and call pgbackup.
ENTRYPOINT ["pgbackup"]
CMD ["--help"]
