package org.pswcp.kit.sample;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.security.OrganisationScopedRepository;

@ApplicationScoped
public class SampleRepository extends OrganisationScopedRepository<SampleRecord> {

    @Override
    protected String resourceName() {
        return "sample";
    }
}
