package org.pswcp.testkit;

import java.nio.file.Files;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Puts {@link ContractValidation} in front of every {@code @QuarkusTest} of a service, for the contract named after the
 * application ({@code openapi/<quarkus.application.name>.yaml}); a module without a contract of its own (the kit's
 * sample application) is not checked.
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String fileName = ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class)
                .orElse("") + ".yaml";
        if (Files.isRegularFile(OpenApiContract.folder().resolve(fileName))) {
            ContractValidation.register(fileName);
        }
    }
}
