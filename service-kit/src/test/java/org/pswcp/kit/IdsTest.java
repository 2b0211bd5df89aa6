package org.pswcp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pswcp.kit.id.NameBasedIds;
import org.pswcp.kit.id.TimeOrderedIds;

class IdsTest {

    @Test
    void nameBasedIdsAreTheStandardVersion5Ids() {
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(NameBasedIds.v5(dns, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void timeOrderedIdsIncreaseInTheOrderTheyAreMade() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(ids.get(0).version()).isEqualTo(7);
        assertThat(ids.get(0).variant()).isEqualTo(2);
    }
}
