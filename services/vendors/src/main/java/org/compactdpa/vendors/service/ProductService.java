package org.compactdpa.vendors.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.compactdpa.contracts.events.ProductDeclarationChanged;
import org.compactdpa.contracts.events.ProductDetailsChanged;
import org.compactdpa.contracts.events.ProductRegistered;
import org.compactdpa.contracts.events.Subprocessor;
import org.compactdpa.contracts.events.SubprocessorsChanged;
import org.compactdpa.contracts.vocabulary.DataElement;
import org.compactdpa.contracts.vocabulary.SecurityFramework;
import org.compactdpa.messaging.outbox.Outbox;
import org.compactdpa.messaging.persistence.Pages;
import org.compactdpa.platform.api.Page;
import org.compactdpa.platform.api.PageRequest;
import org.compactdpa.platform.problem.ProblemException;
import org.compactdpa.platform.security.Caller;
import org.compactdpa.platform.text.SearchText;
import org.compactdpa.vendors.domain.Declaration;
import org.compactdpa.vendors.domain.DeclarationDiff;
import org.compactdpa.vendors.domain.Product;
import org.compactdpa.vendors.domain.ProductDeclaration;
import org.compactdpa.vendors.repository.DeclarationRepository;
import org.compactdpa.vendors.repository.ProductDataElementRepository;
import org.compactdpa.vendors.repository.ProductRepository;
import org.compactdpa.vendors.repository.VendorRepository;
import org.compactdpa.vendors.rest.api.ProductInput;

/**
 * Products and their versioned declarations. A change to the data elements or subprocessors makes a
 * new declaration with its diff against the previous one, and the events that announce it.
 */
@ApplicationScoped
public class ProductService {

    private final VendorRepository vendors;
    private final ProductRepository products;
    private final DeclarationRepository declarations;
    private final ProductDataElementRepository elementIndex;
    private final DeclarationCodec codec;
    private final VendorAccess access;
    private final Outbox outbox;
    private final Caller caller;

    public ProductService(VendorRepository vendors, ProductRepository products, DeclarationRepository declarations,
            ProductDataElementRepository elementIndex, DeclarationCodec codec, VendorAccess access, Outbox outbox,
            Caller caller) {
        this.vendors = vendors;
        this.products = products;
        this.declarations = declarations;
        this.elementIndex = elementIndex;
        this.codec = codec;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
    }

    /** A product with its current declaration. */
    public record Declared(Product product, Declaration declaration) {
    }

    @WithTransaction
    public Uni<Declared> register(UUID vendorId, ProductInput input) {
        access.requireProductEditor(vendorId);
        Declaration declaration = declarationOf(input);
        UUID id = input.id() != null ? input.id() : UUID.randomUUID();
        return vendors.findById(vendorId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Vendor", vendorId))
                .flatMap(vendor -> products.findById(id))
                .onItem().ifNotNull().failWith(() -> ProblemException.conflict("Product " + id + " already exists"))
                .flatMap(none -> {
                    Product product = new Product();
                    product.id = id;
                    product.vendorId = vendorId;
                    product.createdAt = Instant.now();
                    product.declarationVersion = 1;
                    applyDetails(product, input);
                    return products.persist(product);
                })
                .call(product -> saveDeclaration(product, declaration, null))
                .call(product -> elementIndex.apply(product.id, declaration.dataElements(), List.of()))
                .call(product -> outbox.publish(product.id, new ProductRegistered(product.id, vendorId, product.name,
                        product.url, declaration.sortedElements(), declaration.otherDataElements(),
                        product.securityFramework, declaration.subprocessors(), 1, product.createdAt)))
                .map(product -> new Declared(product, declaration));
    }

    @WithTransaction
    public Uni<Declared> update(UUID vendorId, UUID productId, ProductInput input) {
        if (input.id() != null && !input.id().equals(productId)) {
            throw ProblemException.invalid("id", "does not match the product in the path");
        }
        access.requireProductEditor(vendorId);
        Declaration next = declarationOf(input);
        return ownedProduct(vendorId, productId)
                .flatMap(product -> currentDeclaration(product).flatMap(previous -> {
                    boolean detailsChanged = applyDetails(product, input);
                    DeclarationDiff diff = next.diffFrom(previous);
                    Uni<Void> declared = diff.isEmpty() ? Uni.createFrom().voidItem()
                            : declareNewVersion(product, next, diff);
                    Uni<Void> detailed = detailsChanged ? outbox.publish(product.id, new ProductDetailsChanged(product.id,
                            vendorId, product.name, product.url, product.securityFramework, product.updatedAt))
                            .replaceWithVoid() : Uni.createFrom().voidItem();
                    return declared.flatMap(ignored -> detailed)
                            .replaceWith(new Declared(product, diff.isEmpty() ? previous : next));
                }));
    }

    @WithSession
    public Uni<Declared> find(UUID productId) {
        return products.findById(productId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Product", productId))
                .flatMap(product -> currentDeclaration(product).map(d -> new Declared(product, d)));
    }

    @WithSession
    public Uni<Page<Declared>> search(String term, DataElement element, UUID vendorId, PageRequest page) {
        var query = products.search(term, element, vendorId).page(page.page, page.size);
        return query.list().flatMap(items -> query.count().flatMap(total -> withDeclarations(items)
                .map(declared -> new Page<>(declared, page.page, page.size, total))));
    }

    @WithSession
    public Uni<List<ProductDeclaration>> declarations(UUID vendorId, UUID productId) {
        return ownedProduct(vendorId, productId).flatMap(product -> declarations.ofProduct(productId));
    }

    private Uni<Void> declareNewVersion(Product product, Declaration next, DeclarationDiff diff) {
        product.declarationVersion++;
        Instant now = product.updatedAt;
        Uni<Void> changed = outbox.publish(product.id, new ProductDeclarationChanged(product.id, product.vendorId,
                product.name, product.declarationVersion, next.sortedElements(), next.otherDataElements(),
                diff.addedDataElements(), diff.removedDataElements(), diff.otherDataElementsChanged(),
                diff.addedSubprocessors(), diff.removedSubprocessors(), diff.changedSubprocessors(), now))
                .replaceWithVoid();
        Uni<Void> subprocessors = !diff.subprocessorsChanged() ? Uni.createFrom().voidItem()
                : outbox.publish(product.id, new SubprocessorsChanged(product.id, product.vendorId,
                        product.declarationVersion, next.subprocessors(), diff.addedSubprocessors(),
                        diff.removedSubprocessors(), diff.changedSubprocessors(), now)).replaceWithVoid();
        return saveDeclaration(product, next, diff)
                .flatMap(saved -> elementIndex.apply(product.id, diff.addedDataElements(), diff.removedDataElements()))
                .flatMap(ignored -> changed)
                .flatMap(ignored -> subprocessors);
    }

    private Uni<ProductDeclaration> saveDeclaration(Product product, Declaration declaration, DeclarationDiff diff) {
        ProductDeclaration row = new ProductDeclaration();
        row.key = new ProductDeclaration.Key(product.id, product.declarationVersion);
        codec.write(row, declaration, diff);
        row.declaredAt = product.updatedAt;
        row.declaredBy = caller.subject();
        return declarations.persist(row);
    }

    private Uni<Product> ownedProduct(UUID vendorId, UUID productId) {
        return products.findById(productId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Product", productId))
                .invoke(product -> {
                    if (!product.vendorId.equals(vendorId)) {
                        throw ProblemException.notFound("Product", productId + " of vendor " + vendorId);
                    }
                });
    }

    private Uni<Declaration> currentDeclaration(Product product) {
        return declarations.findById(new ProductDeclaration.Key(product.id, product.declarationVersion))
                .map(codec::read);
    }

    private Uni<List<Declared>> withDeclarations(List<Product> items) {
        return Pages.inSequence(items, p -> currentDeclaration(p).map(d -> new Declared(p, d)));
    }

    /** Sets the fields that are not part of the declaration; true if any of them changed. */
    private static boolean applyDetails(Product product, ProductInput input) {
        String name = input.name().trim();
        String url = input.url().trim();
        List<String> bands = input.gradeBands() == null ? List.of() : input.gradeBands().stream().distinct().toList();
        List<String> categories = input.categories() == null ? List.of()
                : input.categories().stream().map(String::trim).distinct().toList();
        String frameworkOther = input.securityFramework() == SecurityFramework.OTHER
                ? requireText(input.securityFrameworkOther(), "securityFrameworkOther",
                        "must name the framework when securityFramework is OTHER")
                : null;
        boolean changed = !Objects.equals(name, product.name) || !Objects.equals(url, product.url)
                || !Objects.equals(input.description(), product.description) || !bands.equals(product.gradeBands)
                || !categories.equals(product.categories) || input.securityFramework() != product.securityFramework
                || !Objects.equals(frameworkOther, product.securityFrameworkOther);
        product.name = name;
        product.url = url;
        product.description = input.description();
        product.gradeBands = bands;
        product.categories = categories;
        product.securityFramework = input.securityFramework();
        product.securityFrameworkOther = frameworkOther;
        product.searchName = SearchText.fold(name);
        product.updatedAt = Instant.now();
        return changed;
    }

    private static Declaration declarationOf(ProductInput input) {
        EnumSet<DataElement> elements = input.dataElements().isEmpty() ? EnumSet.noneOf(DataElement.class)
                : EnumSet.copyOf(input.dataElements());
        String other = input.otherDataElements();
        if (elements.contains(DataElement.OTHER)) {
            requireText(other, "otherDataElements", "must describe the data when dataElements includes OTHER");
        } else if (other != null && !other.isBlank()) {
            throw ProblemException.invalid("otherDataElements", "is only for data elements declared as OTHER");
        }
        List<Subprocessor> subprocessors = input.subprocessors() == null ? List.of() : input.subprocessors().stream()
                .map(s -> new Subprocessor(s.name(), s.purpose().trim(),
                        s.dataElements() == null ? List.of() : s.dataElements(), s.location().trim()))
                .toList();
        long distinctNames = subprocessors.stream().map(s -> s.name().trim().toLowerCase()).distinct().count();
        if (distinctNames < subprocessors.size()) {
            throw ProblemException.invalid("subprocessors", "names each subprocessor once");
        }
        return new Declaration(elements, other, subprocessors);
    }

    private static String requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, message);
        }
        return value.trim();
    }
}
