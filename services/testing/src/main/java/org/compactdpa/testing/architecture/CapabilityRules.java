package org.compactdpa.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.base.DescribedPredicate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that keep a service sorted by capability (docs/architecture.md, "Inside a service"):
 * <ol>
 *   <li>no layer packages ({@code rest}, {@code service}, {@code repository}, {@code domain}) at the top;</li>
 *   <li>no cycles between capability packages;</li>
 *   <li>entities never cross the HTTP boundary: no resource method takes or returns one;</li>
 *   <li>JAX-RS types stay at the boundary: only resources, providers and bean-parameter records use them;</li>
 *   <li>a capability uses another one through its services, never its entities (a package declared
 *       shared with {@link #sharing} is the exception: its entities are everyone's).</li>
 * </ol>
 * A service's {@code ArchitectureTest} calls {@code CapabilityRules.of("org.compactdpa.x").check()}.
 */
public final class CapabilityRules {

    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String PROVIDER = "jakarta.ws.rs.ext.Provider";
    private static final List<String> LAYERS = List.of("rest", "service", "repository", "domain");

    private final String base;
    private final Set<String> shared = new HashSet<>();
    private final Set<String> callingOut = new HashSet<>();

    private CapabilityRules(String base) {
        this.base = base;
    }

    public static CapabilityRules of(String basePackage) {
        return new CapabilityRules(basePackage);
    }

    /** Capability packages whose entities any capability of the service may use. */
    public CapabilityRules sharing(String... capabilities) {
        shared.addAll(List.of(capabilities));
        return this;
    }

    /**
     * Capability packages that call another HTTP API through a client library whose interface is made
     * of JAX-RS types (responses, exceptions): for them the outgoing call is the boundary, so rule 4
     * leaves them alone. Each such declaration says why next to it.
     */
    public CapabilityRules callingOutThrough(String... capabilities) {
        callingOut.addAll(List.of(capabilities));
        return this;
    }

    /** Checks every rule against the service's main classes (tests are left out). */
    public void check() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(base);
        checkAll(main);
    }

    /** Checks every rule against {@code classes}; the rules' own tests call this with fixtures. */
    public void checkAll(JavaClasses classes) {
        for (ArchRule rule : rules()) {
            rule.check(classes);
        }
    }

    public List<ArchRule> rules() {
        return List.of(noLayerPackages(), noCyclesBetweenCapabilities(), noEntityCrossesTheHttpBoundary(),
                jaxRsOnlyAtTheBoundary(), entitiesStayInTheirCapability());
    }

    public ArchRule noLayerPackages() {
        String[] layers = LAYERS.stream().map(l -> base + "." + l + "..").toArray(String[]::new);
        return noClasses().should().resideInAnyPackage(layers)
                .because("a service is sorted by capability, not by layer").allowEmptyShould(true);
    }

    public ArchRule noCyclesBetweenCapabilities() {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    public ArchRule noEntityCrossesTheHttpBoundary() {
        return methods().that().areDeclaredInClassesThat(resources()).and().arePublic()
                .should(new ArchCondition<JavaMethod>("neither take nor return an entity") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        List<JavaType> types = new ArrayList<>();
                        types.add(method.getReturnType());
                        method.getParameters().forEach(p -> types.add(p.getType()));
                        for (JavaType type : types) {
                            entityIn(type).ifPresent(entity -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " exposes the entity " + entity.getName()
                                            + "; resources take and return API records")));
                        }
                    }
                }).allowEmptyShould(true);
    }

    public ArchRule jaxRsOnlyAtTheBoundary() {
        DescribedPredicate<JavaClass> callsOut = new DescribedPredicate<>("calling out through an HTTP client") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().startsWith(base + ".") && callingOut.contains(capabilityOf(type));
            }
        };
        return noClasses().that(atTheBoundary().negate().and(callsOut.negate()))
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy.reactive..")
                .because("HTTP types belong to resources; services and entities know nothing of HTTP")
                .allowEmptyShould(true);
    }

    public ArchRule entitiesStayInTheirCapability() {
        return classes().that().resideInAPackage(base + "..")
                .should(new ArchCondition<JavaClass>("use other capabilities' entities only through their services") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = capabilityOf(origin);
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            if (!target.isAnnotatedWith(ENTITY) || !target.getPackageName().startsWith(base + ".")) {
                                continue;
                            }
                            String to = capabilityOf(target);
                            if (!to.equals(from) && !shared.contains(to)) {
                                events.add(SimpleConditionEvent.violated(origin, d.getDescription()
                                        + ": capability '" + from + "' reaches into the entities of '" + to + "'"));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** The capability a class belongs to: the first package below the service's base package. */
    String capabilityOf(JavaClass type) {
        String rest = type.getPackageName().length() > base.length() ? type.getPackageName().substring(base.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> resources() {
        return new DescribedPredicate<>("resources") {
            @Override
            public boolean test(JavaClass type) {
                return type.isAnnotatedWith(PATH) || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(PATH));
            }
        };
    }

    /** Resources, JAX-RS providers, bean-parameter types, and the classes nested in them. */
    private static DescribedPredicate<JavaClass> atTheBoundary() {
        return new DescribedPredicate<>("at the HTTP boundary") {
            @Override
            public boolean test(JavaClass type) {
                JavaClass outer = type;
                while (outer.getEnclosingClass().isPresent()) {
                    outer = outer.getEnclosingClass().get();
                }
                return resources().test(outer) || outer.isAnnotatedWith(PROVIDER) || isBeanParam(outer);
            }
        };
    }

    private static boolean isBeanParam(JavaClass type) {
        boolean annotatedField = type.getFields().stream().anyMatch(f -> f.getAnnotations().stream()
                .anyMatch(a -> a.getRawType().getPackageName().equals("jakarta.ws.rs")
                        || a.getRawType().getPackageName().startsWith("org.jboss.resteasy.reactive")));
        boolean annotatedParameter = type.getConstructors().stream().flatMap(c -> c.getParameters().stream())
                .anyMatch(p -> p.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName().equals("jakarta.ws.rs")
                        || a.getRawType().getPackageName().startsWith("org.jboss.resteasy.reactive")));
        return annotatedField || annotatedParameter;
    }

    private static Optional<JavaClass> entityIn(JavaType type) {
        if (type instanceof JavaParameterizedType parameterized) {
            for (JavaType argument : parameterized.getActualTypeArguments()) {
                Optional<JavaClass> found = entityIn(argument);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (type instanceof JavaWildcardType wildcard) {
            for (JavaType bound : wildcard.getUpperBounds()) {
                Optional<JavaClass> found = entityIn(bound);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        JavaClass raw = type.toErasure();
        while (raw.isArray()) {
            raw = raw.getComponentType();
        }
        return raw.isAnnotatedWith(ENTITY) ? Optional.of(raw) : Optional.empty();
    }
}
