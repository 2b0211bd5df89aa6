package org.pswcp.assessment.frameworkcopy;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * This service's own copy of the published framework versions, read from its database (filled from
 * {@code framework.events}) and kept in memory: published versions never change. Ratings are validated against it
 * without calling framework-service.
 */
@ApplicationScoped
public class FrameworkCopy {

    private static final ObjectMapper VIEWS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<UUID, VersionFramework> versions = new ConcurrentHashMap<>();
    private final PublishedVersionRepository repository;

    FrameworkCopy(PublishedVersionRepository repository) {
        this.repository = repository;
    }

    /** The version, if framework-service has published it and its event has arrived here. */
    @Transactional
    public Optional<VersionFramework> version(UUID versionId) {
        VersionFramework cached = versions.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return repository.findByIdOptional(versionId).map(v -> {
            VersionFramework loaded = new VersionFramework(v.versionId(), v.frameworkCode() + "/" + v.versionCode(),
                    parse(v.content()));
            versions.putIfAbsent(versionId, loaded);
            return loaded;
        });
    }

    static FrameworkContentView parse(String content) {
        if (content == null) {
            return null;
        }
        try {
            return VIEWS.readValue(content, FrameworkContentView.class);
        } catch (Exception e) {
            throw new IllegalStateException("A stored framework version cannot be read", e);
        }
    }

    static String write(Object content) {
        try {
            return VIEWS.writeValueAsString(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
