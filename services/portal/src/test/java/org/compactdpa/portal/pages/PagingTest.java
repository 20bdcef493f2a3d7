package org.compactdpa.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.compactdpa.portal.clients.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class PagingTest {

    @Test
    void linksKeepTheChosenFiltersAndLeaveOutTheBlankOnes() {
        Paging paging = Paging.of(new Page<>(List.of(), 1, 20, 61), "/", "q", "math & reading", "state", " ",
                "status", null);

        assertThat(paging.number()).isEqualTo(2);
        assertThat(paging.pages()).isEqualTo(4);
        assertThat(paging.previous()).isEqualTo("/?q=math+%26+reading&page=0");
        assertThat(paging.next()).isEqualTo("/?q=math+%26+reading&page=2");
    }

    @Test
    void theOnlyPageLinksNowhere() {
        Paging paging = Paging.of(new Page<>(List.of(), 0, 50, 3), "/offers", "state", "MA");

        assertThat(paging.pages()).isEqualTo(1);
        assertThat(paging.previous()).isNull();
        assertThat(paging.next()).isNull();
    }
}
