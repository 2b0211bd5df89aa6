package org.pswcp.framework.catalogue;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A competence framework, such as {@code mh-psw}, the Competence Framework for Mental Health Peer Support Workers. */
@Entity
@Table(name = "framework")
public class Framework {

    @Id
    UUID id;

    String code;

    String title;

    String description;

    @Version
    long version;

    protected Framework() {
    }

    Framework(String code, String title, String description) {
        this.id = CatalogueIds.framework(code);
        this.code = code;
        this.title = title;
        this.description = description;
    }

    void describe(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
