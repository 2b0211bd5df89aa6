package org.pswcp.assessment.assessment;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.security.OrganisationScopedRepository;

@ApplicationScoped
public class AssessmentRepository extends OrganisationScopedRepository<Assessment> {

    @Override
    protected String resourceName() {
        return "assessment";
    }
}
