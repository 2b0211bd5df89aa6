package org.pswcp.framework.catalogue;

import org.pswcp.framework.content.FrameworkPackage.RatingScale;

/**
 * The scale for versions that bring none of their own: the one of the framework's October 2020 publication, read from
 * its package so that there is a single definition.
 */
final class DefaultRatingScale {

    static final RatingScale SCALE = load();

    private DefaultRatingScale() {
    }

    private static RatingScale load() {
        return BundledFrameworks.read(BundledFrameworks.PUBLICATION).ratingScale();
    }
}
