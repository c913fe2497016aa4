# Build stage: the same Maven build as on a developer machine.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package

# Runtime stage: a JRE and the one jar.
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /opt/tact tact \
    && mkdir -p /opt/tact/data \
    && chown -R tact /opt/tact
WORKDIR /opt/tact
COPY --from=build /src/app/target/tact.jar /opt/tact/tact.jar
USER tact
# the embedded H2 database lives here unless TACT_DB_URL points to PostgreSQL
VOLUME /opt/tact/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/tact/tact.jar"]
CMD ["serve"]
