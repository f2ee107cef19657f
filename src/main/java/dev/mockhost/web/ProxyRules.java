package dev.mockhost.web;

import dev.mockhost.config.Settings;
import dev.mockhost.proxy.ProxySettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The server's proxy rules, read from its settings once: the mock servlet forwards by them, and the status page and
 * the mock API report by them, so all three agree, and no call repeats each setting's lookups (JNDI among them).
 */
@ApplicationScoped
public class ProxyRules {

    @Inject
    Settings settings;

    private ProxySettings rules;

    @PostConstruct
    void read() {
        rules = ProxySettings.from(settings);
    }

    public ProxySettings get() {
        return rules;
    }
}
