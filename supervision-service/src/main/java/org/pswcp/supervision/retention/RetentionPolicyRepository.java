package org.pswcp.supervision.retention;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Each organisation's retention policy, by its ODS code; an organisation without one has the service's default. */
@ApplicationScoped
public class RetentionPolicyRepository implements PanacheRepositoryBase<RetentionPolicy, String> {
}
