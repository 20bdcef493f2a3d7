package org.compactdpa.portal.clients;

import io.smallrye.mutiny.Uni;

/**
 * An answer, or the service's refusal of it, for the parts of a page that can do without the answer
 * (an offer the district may not adopt still shows the offer). Outages still fail the page.
 */
public record Outcome<T>(T value, ServiceProblem refusal) {

    public static <T> Uni<Outcome<T>> of(Uni<T> answer) {
        return answer.map(value -> new Outcome<T>(value, null))
                .onFailure(ServiceProblem.class).recoverWithUni(failure -> {
                    ServiceProblem problem = (ServiceProblem) failure;
                    return problem.isClientError() ? Uni.createFrom().item(new Outcome<>(null, problem))
                            : Uni.createFrom().failure(problem);
                });
    }

    public boolean refused() {
        return refusal != null;
    }
}
