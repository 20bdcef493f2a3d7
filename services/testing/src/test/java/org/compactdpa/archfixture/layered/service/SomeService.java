package org.compactdpa.archfixture.layered.service;

public class SomeService {
}
