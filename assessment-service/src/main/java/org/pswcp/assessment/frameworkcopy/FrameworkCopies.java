package org.pswcp.assessment.frameworkcopy;

import java.util.List;
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
 * This service's copies of the published framework versions, read from its database (filled from
 * {@code framework.events}) and kept in memory: published versions never change. Ratings are validated against them
 * without calling framework-service.
 */
@ApplicationScoped
public class FrameworkCopies {

    private static final ObjectMapper CONTENT = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<UUID, FrameworkCopy> copies = new ConcurrentHashMap<>();
    private final FrameworkCopyRepository repository;

    FrameworkCopies(FrameworkCopyRepository repository) {
        this.repository = repository;
    }

    /** The copy of the version, if framework-service has published it and its event has arrived here. */
    @Transactional
    public Optional<FrameworkCopy> version(UUID versionId) {
        FrameworkCopy cached = copies.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return repository.findByIdOptional(versionId).map(stored -> {
            FrameworkCopy loaded = new FrameworkCopy(stored.versionId(),
                    stored.frameworkCode() + "/" + stored.versionCode(), parse(stored.content()));
            copies.putIfAbsent(versionId, loaded);
            return loaded;
        });
    }

    /** The most recently published version that carries content: what profiles use by default. */
    @Transactional
    public Optional<UUID> newestWithContent() {
        return repository.newestWithContent();
    }

    /** Every version this service has learned, oldest first. */
    @Transactional
    public List<FrameworkCopy> all() {
        return repository.allVersionIds().stream().map(this::version).flatMap(Optional::stream).toList();
    }

    static FrameworkCopy.Content parse(String content) {
        if (content == null) {
            return null;
        }
        try {
            return CONTENT.readValue(content, FrameworkCopy.Content.class);
        } catch (Exception e) {
            throw new IllegalStateException("A stored framework version cannot be read", e);
        }
    }
}
