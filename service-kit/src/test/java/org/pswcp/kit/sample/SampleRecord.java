package org.pswcp.kit.sample;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sample_record")
public class SampleRecord {

    @Id
    UUID id;
    String organisation;
    String title;
    int quantity;

    protected SampleRecord() {
    }

    SampleRecord(UUID id, String organisation, String title, int quantity) {
        this.id = id;
        this.organisation = organisation;
        this.title = title;
        this.quantity = quantity;
    }
}
