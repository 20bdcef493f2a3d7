package org.compactdpa.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class UrlHygieneTest {

    @Test
    void encodedControlCharactersAreRefusedAnywhereInTheUrl() {
        assertThat(UrlHygiene.refused("/api/vendors/a%00b")).isTrue();
        assertThat(UrlHygiene.refused("/api/x%0D%0AINFO%20forged")).isTrue();
        assertThat(UrlHygiene.refused("/api/registry?q=a%0ab")).isTrue();
        assertThat(UrlHygiene.refused("/api/registry?q=%7f")).isTrue();
    }

    @Test
    void ordinaryEncodingsPass() {
        assertThat(UrlHygiene.refused("/api/registry?q=Bright%20path&state=MA")).isFalse();
        assertThat(UrlHygiene.refused("/api/vendors/%7Bx%7D")).isFalse();
        assertThat(UrlHygiene.refused("/api/products?q=%C3%BC%2F%25")).isFalse();
    }

    @Test
    void theContentLengthCheckReadsOnlyNumbers() {
        assertThat(BodyLimit.exceeds("20971520", 10_485_760)).isTrue();
        assertThat(BodyLimit.exceeds("10", 10_485_760)).isFalse();
        assertThat(BodyLimit.exceeds("ten", 10_485_760)).isFalse();
    }
}
