package org.pswcp.assessment.assessment;

import jakarta.enterprise.context.ApplicationScoped;

import org.pswcp.kit.page.Where;
import org.pswcp.kit.security.OrganisationScopedRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssessmentRepository extends OrganisationScopedRepository<Assessment> {

    @Override
    protected String resourceName() {
        return "assessment";
    }

    /** The assessments of the caller's organisation that meet {@code where}. */
    public PanacheQuery<Assessment> findVisible(Where where, Sort sort) {
        return findVisible(where.query(), where.parameters(), sort);
    }

    /** The assessments of the organisation that meet {@code where}, for work whose organisation is given. */
    public PanacheQuery<Assessment> findInOrganisation(String organisation, Where where, Sort sort) {
        return findInOrganisation(organisation, where.query(), where.parameters(), sort);
    }
}
